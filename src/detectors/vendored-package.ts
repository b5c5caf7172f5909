// A committed copy of a catalog npm package (`node_modules/<name>/package.json`, vendored into
// the repository): what is installed is what the copy's own package.json says. Only the paths
// that name a catalog package are read (catalog/vendored.ts); a copy whose `name` field says
// another package is that package.
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { vendoredPackageName } from '../catalog/vendored.js';
import { makeComponent } from './component.js';
import { at, parseJsonc, stringValue } from './parsers/jsonc.js';

export const VENDORED_SOURCE = 'node_modules (vendored)';

export function scanVendoredPackage({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  // Strict JSON, as npm reads a package.json.
  const strict = { comments: false, trailingCommas: false, emptyIsNothing: false };
  const { root, errors } = parseJsonc(text, path, limits.maxDepth, strict, lines);
  const components: Component[] = [];
  const nameNode = at(root, ['name']);
  const versionNode = at(root, ['version']);
  const name = (nameNode && stringValue(nameNode)) || vendoredPackageName(path);
  const version = versionNode ? stringValue(versionNode) : undefined;
  if (name) {
    components.push(
      makeComponent({
        ecosystem: 'npm',
        name,
        version: version ?? null,
        ...(version === undefined ? { spec: 'unknown (no version in the vendored package.json)' } : {}),
        location: { file: path, line: lines.line((versionNode ?? nameNode ?? root)?.offset ?? 0) },
        source: VENDORED_SOURCE,
        sourceKind: 'file',
      }),
    );
  }
  return { components, errors };
}

export const vendoredPackageDetector: Detector = {
  id: VENDORED_SOURCE,
  role: 'environment',
  syntax: 'json',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  readsVendored: true,
  matches: (p) => vendoredPackageName(p) !== null,
  detect: scanVendoredPackage,
};
