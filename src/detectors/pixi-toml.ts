// pixi.toml: the PyPI packages of `[pypi-dependencies]` and of each
// `[feature.NAME.pypi-dependencies]` (a version string, or a table with `version`, `git`, `path`,
// `url`), and the commands of `[tasks]` and `[feature.NAME.tasks]` (a string, or a table whose
// `cmd` is a string or a list), read by the shell interpreter. The conda `[dependencies]` are not
// in an ecosystem the gate covers.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { argvScript, scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { addPep508 } from './parsers/pep508-component.js';
import { parseToml, str, tbl, type TomlTable } from './parsers/toml.js';
import { TomlPositions } from './parsers/toml-positions.js';

export const PIXI_SOURCE = 'pixi.toml';

export function scanPixi({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const parsed = parseToml(path, text, limits.maxDepth);
  if (!parsed.ok) return { components: [], errors: [parsed.error] };
  const doc = parsed.value;
  const positions = new TomlPositions(text);
  const lineOf = (keys: string[]): number =>
    positions.key(keys)?.line ?? positions.tableLine(keys.slice(0, -1)) ?? 1;
  const out: { components: Component[]; errors: ScanError[] } = { components: [], errors: [] };
  const sites: CommandSite[] = [];
  const scopes: { table: TomlTable | undefined; at: string[] }[] = [{ table: doc, at: [] }];
  for (const [name, feature] of Object.entries(tbl(doc, 'feature') ?? {}))
    if (typeof feature === 'object' && feature !== null)
      scopes.push({ table: feature as TomlTable, at: ['feature', name] });
  for (const { table, at } of scopes) {
    for (const [name, value] of Object.entries(tbl(table, 'pypi-dependencies') ?? {})) {
      const line = lineOf([...at, 'pypi-dependencies', name]);
      const t = typeof value === 'object' && value !== null ? (value as TomlTable) : undefined;
      const url = t ? (str(t, 'url') ?? str(t, 'git')) : undefined;
      if (t && str(t, 'path') !== undefined) continue; // a local project
      const version = typeof value === 'string' ? value : t ? (str(t, 'version') ?? '') : '';
      const req = url !== undefined ? `${name} @ ${url}` : `${name}${version === '*' ? '' : version}`;
      addPep508(out, req, path, line, PIXI_SOURCE, 'prod');
    }
    for (const [name, value] of Object.entries(tbl(table, 'tasks') ?? {})) {
      const line = lineOf([...at, 'tasks', name]);
      const cmd = typeof value === 'object' && value !== null ? (value as TomlTable)['cmd'] : value;
      const script =
        typeof cmd === 'string'
          ? cmd
          : Array.isArray(cmd) && cmd.every((c) => typeof c === 'string')
            ? argvScript(cmd as string[])
            : undefined;
      if (script !== undefined) sites.push({ script, locate: () => line });
    }
  }
  const r = scanCommandSites(path, PIXI_SOURCE, sites, 'task');
  return { components: [...out.components, ...r.components], errors: [...out.errors, ...r.errors] };
}

export const pixiTomlDetector: Detector = {
  id: PIXI_SOURCE,
  role: 'manifest',
  syntax: 'toml',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => p === 'pixi.toml' || p.endsWith('/pixi.toml'),
  detect: scanPixi,
};
