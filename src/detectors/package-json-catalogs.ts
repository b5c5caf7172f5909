// Bun's catalogs in package.json: `catalog` and `catalogs.NAME` at the top level or under an
// object-form `workspaces`. Like pnpm's, they give `catalog:` specs their versions, as manifest
// entries that a lockfile pinning them supersedes. Syntax errors are the package.json detector's.
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { at, JSONC, parseJsonc, members, stringValue } from './parsers/jsonc.js';
import { catalogComponent } from './pnpm-workspace.js';

export const PACKAGE_JSON_CATALOGS_SOURCE = 'package.json catalogs';

export function scanPackageJsonCatalogs({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const components: Component[] = [];
  if (!text.includes('"catalog')) return { components, errors: [] };
  const lines = new LineIndex(text);
  const { root } = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  for (const base of [[], ['workspaces']] as string[][]) {
    const maps = [at(root, [...base, 'catalog'])];
    for (const named of members(at(root, [...base, 'catalogs']))) maps.push(named.value);
    for (const map of maps) {
      for (const p of members(map)) {
        const spec = stringValue(p.value);
        if (spec === undefined) continue;
        const c = catalogComponent(
          p.key,
          spec,
          path,
          lines.line(p.keyNode.offset),
          PACKAGE_JSON_CATALOGS_SOURCE,
        );
        if (c) components.push(c);
      }
    }
  }
  return { components, errors: [] };
}

export const packageJsonCatalogsDetector: Detector = {
  id: PACKAGE_JSON_CATALOGS_SOURCE,
  role: 'manifest',
  syntax: 'json',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
  detect: scanPackageJsonCatalogs,
};
