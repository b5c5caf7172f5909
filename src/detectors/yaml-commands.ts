// A YAML file of no known kind (Ansible tasks, Kubernetes manifests, CI systems not listed, tool
// configs) read for commands under the keys that usually hold them: `run`, `script`, `shell`,
// `cmds` (a command, or a list of commands), `command`, `entrypoint`, `cmd`, `args` (a command
// line, or an argv list; a map's `command`/`entrypoint` list and its `args` list are one argv, as
// in a Kubernetes container), and Ansible's `npm` and `pip` modules (name, version). Nothing
// says such a file holds commands: only installs are reported, and text the shell cannot parse,
// or YAML that does not parse (a template), is skipped, never an error. `{{ … }}` templates are
// unknown values.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { parseNpmSpec } from './shell/packages.js';
import { scanCommandSites, wordsSite, yamlSite, type CommandSite } from './parsers/command-sites.js';
import { pep508Component } from './parsers/pep508-component.js';
import {
  get,
  items,
  lineOf,
  pairs,
  parseYaml,
  scalarLocator,
  str,
  type ParsedYaml,
} from './parsers/yaml-nodes.js';

export const YAML_COMMANDS_SOURCE = 'yaml-commands';

const COMMAND_LISTS = new Set([
  'run',
  'script',
  'shell',
  'cmds',
  'ansible.builtin.shell',
  'ansible.builtin.script',
  'raw',
  'ansible.builtin.raw',
]);
const COMMAND_LINES = new Set(['command', 'entrypoint', 'cmd', 'args', 'ansible.builtin.command']);
const NPM_MODULES = new Set(['npm', 'community.general.npm']);
const PIP_MODULES = new Set(['pip', 'ansible.builtin.pip']);

const untemplated = (t: string): string => t.replace(/\{\{[^}]*\}\}/g, '${TEMPLATE_VALUE}');

export function scanYamlCommands({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const components: Component[] = [];
  // Most YAML files hold none of the keys: a text search decides before parsing.
  if (!/\b(run|script|shell|cmds?|command|entrypoint|args|raw|npm|pip)\s*:/.test(text))
    return { components, errors: [] };
  const parsed = parseYaml(text, path, limits.maxDepth);
  if (parsed.errors.length > 0) return { components, errors: [] };
  const sites: CommandSite[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64 || seen.has(node) || node === null || typeof node !== 'object') return;
    seen.add(node);
    const ps = pairs(parsed.doc, node);
    const argvKeys = ps.filter(
      (p) => (p.key === 'command' || p.key === 'entrypoint' || p.key === 'args') && isSeq(p.value),
    );
    const combined = argvKeys.length > 1 ? new Set(argvKeys.map((p) => p.key)) : new Set<string>();
    if (combined.size > 0) {
      const order = ['entrypoint', 'command', 'args'].flatMap((k) => argvKeys.filter((p) => p.key === k));
      sites.push(
        argvSite(
          parsed,
          order.flatMap((p) => items(parsed.doc, p.value)),
        ),
      );
    }
    for (const p of ps) {
      if (combined.has(p.key)) continue;
      if (NPM_MODULES.has(p.key) && isMap(p.value)) ansibleNpm(parsed, p.value, path, components);
      else if (PIP_MODULES.has(p.key) && isMap(p.value)) ansiblePip(parsed, p.value, path, components);
      else if (COMMAND_LISTS.has(p.key) && (isScalar(p.value) || isSeq(p.value))) {
        const list = isScalar(p.value) ? [p.value] : items(parsed.doc, p.value);
        for (const n of list) {
          const site = isScalar(n) ? yamlSite(parsed.lines, n, untemplated) : null;
          if (site) sites.push(site);
        }
      } else if (COMMAND_LINES.has(p.key) && isScalar(p.value)) {
        const site = yamlSite(parsed.lines, p.value, untemplated);
        if (site) sites.push(site);
      } else if (COMMAND_LINES.has(p.key) && isSeq(p.value)) {
        sites.push(argvSite(parsed, items(parsed.doc, p.value)));
      } else walk(p.value, depth + 1);
    }
    for (const item of items(parsed.doc, node)) walk(item, depth + 1);
  };
  walk(parsed.doc.contents, 0);
  const r = scanCommandSites(
    path,
    YAML_COMMANDS_SOURCE,
    sites.map((s) => ({ ...s, quiet: true })),
    'command',
  );
  return { components: [...components, ...r.components], errors: [] };
}

function argvSite(parsed: ParsedYaml, nodes: unknown[]): CommandSite {
  return wordsSite(
    nodes.flatMap((n) => {
      const t = isScalar(n) ? str(n) : undefined;
      if (t === undefined) return [];
      const locate = scalarLocator(parsed.lines, n);
      return [
        {
          text: untemplated(t),
          line: lineOf(parsed.lines, n),
          argv: true,
          locate: (o: number) => locate(o, t),
        },
      ];
    }),
  );
}

function ansibleNpm(parsed: ParsedYaml, mod: unknown, file: string, out: Component[]): void {
  const nameNode = get(parsed.doc, mod, 'name');
  const name = str(nameNode);
  if (name === undefined || name.includes('{{') || str(get(parsed.doc, mod, 'state')) === 'absent') return;
  const version = str(get(parsed.doc, mod, 'version'));
  const p = parseNpmSpec(version ? `${name}@${version}` : name, version?.includes('{{') ?? false);
  if (!p) return;
  out.push(
    makeComponent({
      ecosystem: 'npm',
      name: p.name,
      version: p.version,
      ...(p.version === null && p.spec !== undefined ? { spec: p.spec } : {}),
      location: { file, line: lineOf(parsed.lines, nameNode) },
      source: YAML_COMMANDS_SOURCE,
      sourceKind: 'registry',
    }),
  );
}

function ansiblePip(parsed: ParsedYaml, mod: unknown, file: string, out: Component[]): void {
  const nameNode = get(parsed.doc, mod, 'name');
  if (str(get(parsed.doc, mod, 'state')) === 'absent') return;
  const version = str(get(parsed.doc, mod, 'version'));
  const names = isScalar(nameNode) ? [nameNode] : items(parsed.doc, nameNode);
  for (const n of names) {
    const name = str(n);
    if (name === undefined || name.includes('{{')) continue;
    const r = pep508Component(
      version && !version.includes('{{') ? `${name}==${version}` : name,
      file,
      lineOf(parsed.lines, n),
      YAML_COMMANDS_SOURCE,
    );
    if (!('message' in r)) out.push(r);
  }
}

/** The fallback for YAML files that none of `named` reads. */
export function yamlCommandsDetector(named: readonly Detector[]): Detector {
  return {
    id: YAML_COMMANDS_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: (p) => /\.ya?ml$/i.test(p) && !named.some((d) => d.matches(p)),
    detect: scanYamlCommands,
  };
}
