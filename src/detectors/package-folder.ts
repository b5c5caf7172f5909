// A package folder: what installing the folder that holds this package.json brings in, read from
// the package.json as npm reads it (its `name` and `version`). No folder is a finding of its own:
// a package.json is every project's, so only an install that names the folder by path
// (`npm i -g ./vendor/cc`, `"cc": "file:vendor/cc"`, a lockfile entry resolved to it) makes it one,
// and takes its identity there (inventory/archives.ts). A package.json without a name installs
// nothing this can name (the install keeps the name it was given); one npm cannot parse is the
// package.json detector's error, not reported twice.
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { isVendoredPath } from '../sources/source.js';
import { LineIndex } from '../util/lines.js';
import { makeComponent } from './component.js';
import { at, parseJsonc, stringValue } from './parsers/jsonc.js';

export const PACKAGE_FOLDER_SOURCE = 'package folder';

/**
 * Whether a component is a folder's own identity, which an inventory does not list: it is no
 * installation until an install names the folder.
 */
export function isPackageFolderIdentity(c: Pick<Component, 'source'>): boolean {
  return c.source === PACKAGE_FOLDER_SOURCE;
}

/** The folder a package.json describes (`''`: the root). */
export function folderOf(packageJson: string): string {
  const i = packageJson.lastIndexOf('/');
  return i < 0 ? '' : packageJson.slice(0, i);
}

export function scanPackageFolder({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const strict = { comments: false, trailingCommas: false, emptyIsNothing: false };
  const { root, errors } = parseJsonc(text, path, limits.maxDepth, strict, lines);
  if (errors.length > 0 || !root) return { components: [], errors: [] };
  const nameNode = at(root, ['name']);
  const versionNode = at(root, ['version']);
  const name = nameNode ? stringValue(nameNode) : undefined;
  if (!name) return { components: [], errors: [] };
  const version = versionNode ? stringValue(versionNode) || undefined : undefined;
  const component: Component = makeComponent({
    ecosystem: 'npm',
    name,
    version: version ?? null,
    ...(version === undefined ? { spec: `unknown (no version in ${path})` } : {}),
    location: { file: path, line: lines.line((versionNode ?? nameNode)!.offset) },
    source: PACKAGE_FOLDER_SOURCE,
    sourceKind: 'file',
    resolved: `file:${folderOf(path)}`,
  });
  return { components: [component], errors: [] };
}

export const packageFolderDetector: Detector = {
  id: PACKAGE_FOLDER_SOURCE,
  role: 'environment',
  syntax: 'json',
  ecosystems: ['npm'],
  // Its one component is named in its own text (the `name` field).
  namesInText: ['npm'],
  matches: (p) => (p === 'package.json' || p.endsWith('/package.json')) && !isVendoredPath(p),
  detect: scanPackageFolder,
};
