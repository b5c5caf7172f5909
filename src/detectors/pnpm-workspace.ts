// pnpm-workspace.yaml: the default `catalog`, the named `catalogs`, and `overrides` (the last
// package of a `parent>child` or `name@range` selector). A `catalog:` spec in a package.json takes
// its version from here; as manifest entries, they are dropped when a lockfile in the folder pins
// a version the spec accepts, and judged by their own spec when none does.
import { isScalar } from 'yaml';
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';
import { parseNpmSpec } from './parsers/npm-spec.js';
import { get, lineOf, pairs, parseYaml, str } from './parsers/yaml-nodes.js';

export const PNPM_WORKSPACE_SOURCE = 'pnpm-workspace.yaml';

/** A catalog or override entry as an npm manifest component, or null when it names no package. */
export function catalogComponent(
  selector: string,
  spec: string,
  file: string,
  line: number,
  source: string,
): Component | null {
  const last = selector.split('>').pop()!.trim();
  const at = last.indexOf('@', last.startsWith('@') ? 1 : 0);
  const name = at > 0 ? last.slice(0, at) : last;
  if (name === '' || spec === '-' || spec.startsWith('$')) return null;
  const p = parseNpmSpec(name, spec);
  return makeComponent({
    ecosystem: 'npm',
    name: p.name,
    version: p.version,
    ...(p.version === null ? { spec: p.spec } : {}),
    ...(p.alias ? { alias: p.alias } : {}),
    location: { file, line },
    source,
    sourceKind: p.sourceKind,
    scope: 'prod',
  });
}

export function scanPnpmWorkspace({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const parsed = parseYaml(text, path, limits.maxDepth);
  const { doc } = parsed;
  const components: Component[] = [];
  const maps = [get(doc, doc.contents, 'catalog'), get(doc, doc.contents, 'overrides')];
  for (const named of pairs(doc, get(doc, doc.contents, 'catalogs'))) maps.push(named.value);
  for (const map of maps) {
    for (const p of pairs(doc, map)) {
      const spec = isScalar(p.value) ? str(p.value) : undefined;
      if (spec === undefined) continue;
      const c = catalogComponent(p.key, spec, path, lineOf(parsed.lines, p.keyNode), PNPM_WORKSPACE_SOURCE);
      if (c) components.push(c);
    }
  }
  return { components, errors: parsed.errors };
}

export const pnpmWorkspaceDetector: Detector = {
  id: PNPM_WORKSPACE_SOURCE,
  role: 'manifest',
  syntax: 'yaml',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (p) => p === 'pnpm-workspace.yaml' || p.endsWith('/pnpm-workspace.yaml'),
  detect: scanPnpmWorkspace,
};
