// bun.lock: Bun's text lockfile (JSONC with trailing commas), lockfileVersion 0, 1 and 2. Every
// `packages` entry is a tuple whose first element is `name@resolution`; its key is the install path
// (`parent/child`), whose last package is the folder name, so an alias shows as a key that differs
// from the tuple's name. `workspaces` lists the workspace members.
import type { Node } from 'jsonc-parser';
import type { Component, DetectInput, Detector, DetectorResult, ScanError, SourceKind } from '../model.js';
import { makeComponent } from './component.js';
import { member, members, parseJsoncTree, stringValue } from './shared/jsonc-tree.js';
import {
  classifyLocation,
  isSemverVersion,
  isValidPackageName,
  versionFromTarballUrl,
} from './shared/npm-spec.js';

export const bunLockDetector: Detector = {
  id: 'bun.lock',
  namesInText: ['npm'],
  matches: (path) => path === 'bun.lock' || path.endsWith('/bun.lock'),
  detect: (input: DetectInput) => detectBunLock(input.path, input.text, input.limits.maxDepth),
};

const SUPPORTED_VERSIONS = new Set([0, 1, 2]);

export function detectBunLock(file: string, input: string, maxDepth: number): DetectorResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const parsed = parseJsoncTree(text, maxDepth, { comments: true, trailingCommas: true });
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    errors.push({ file, ...(line ? { line, column } : {}), message });
    return { components, errors };
  }
  const { root, lines } = parsed.tree;
  const lineOf = (n: Node): number => lines.line(n.offset);
  if (root.type !== 'object') {
    errors.push({ file, line: 1, message: 'bun.lock is not a JSON object' });
    return { components, errors };
  }
  const versionNode = member(root, 'lockfileVersion');
  if (
    versionNode !== undefined &&
    !(versionNode.type === 'number' && SUPPORTED_VERSIONS.has(versionNode.value as number))
  ) {
    errors.push({
      file,
      line: lineOf(versionNode),
      message: `lockfileVersion ${String(versionNode.value).slice(0, 40)} is not supported (0, 1 and 2 are read)`,
    });
  }

  const workspaces = member(root, 'workspaces');
  if (workspaces !== undefined && workspaces.type !== 'object') {
    errors.push({ file, line: lineOf(workspaces), message: '"workspaces" is not an object' });
  }
  for (const [path, keyNode, ws] of members(workspaces)) {
    if (path === '') continue; // the root project itself
    const name = stringValue(member(ws, 'name')) ?? path.slice(path.lastIndexOf('/') + 1);
    const version = stringValue(member(ws, 'version'));
    if (!isValidPackageName(name)) {
      errors.push({
        file,
        line: lineOf(keyNode),
        message: `workspace "${clip(path)}": "${clip(name)}" is not a valid package name`,
      });
      continue;
    }
    const exact = version !== undefined && isSemverVersion(version) ? version : null;
    components.push(
      makeComponent({
        ecosystem: 'npm',
        name,
        version: exact,
        ...(exact === null ? { spec: `workspace:${path}` } : {}),
        location: { file, line: lineOf(keyNode) },
        source: 'bun.lock',
        sourceKind: 'workspace',
        resolved: path,
      }),
    );
  }

  const packages = member(root, 'packages');
  if (packages !== undefined && packages.type !== 'object') {
    errors.push({ file, line: lineOf(packages), message: '"packages" is not an object' });
    return { components, errors };
  }
  for (const [key, keyNode, tuple] of members(packages)) {
    const line = lineOf(keyNode);
    // Bun refuses a lockfile whose tuple has no `name@resolution` string: such an entry installs
    // nothing, and is passed over as Bun's readers do.
    const ident = tuple.type === 'array' ? stringValue(tuple.children?.[0]) : undefined;
    if (ident === undefined) continue;
    const c = readTuple(file, key, ident, tuple.children ?? [], line, errors);
    if (c) components.push(c);
  }
  return { components, errors };
}

/** The package a `packages` key installs: its last path segment (a scoped name is one). */
function folderOf(key: string): string {
  const parts = key.split('/');
  const last = parts[parts.length - 1] ?? '';
  const prev = parts[parts.length - 2];
  return prev !== undefined && prev.startsWith('@') ? `${prev}/${last}` : last;
}

function readTuple(
  file: string,
  key: string,
  ident: string,
  items: Node[],
  line: number,
  errors: ScanError[],
): Component | null {
  const at = ident.indexOf('@', ident.startsWith('@') ? 1 : 0);
  if (at <= 0) {
    errors.push({ file, line, message: `package "${clip(key)}": "${clip(ident)}" is not name@resolution` });
    return null;
  }
  const name = ident.slice(0, at);
  let resolution = ident.slice(at + 1);
  if (resolution.startsWith('npm:')) resolution = resolution.slice(4);
  if (resolution.startsWith('root:')) return null; // the root project itself
  if (!isValidPackageName(name)) {
    errors.push({
      file,
      line,
      message: `package "${clip(key)}": "${clip(name)}" is not a valid package name`,
    });
    return null;
  }
  const folder = folderOf(key);
  const alias = folder !== name && isValidPackageName(folder) ? folder : undefined;
  const base = {
    ecosystem: 'npm' as const,
    name,
    location: { file, line },
    source: 'bun.lock',
    ...(alias ? { alias } : {}),
  };
  if (isSemverVersion(resolution)) {
    // [name@version, registry, info, integrity]
    const registry = stringValue(items[1]);
    const integrity = stringValue(items[3]);
    return makeComponent({
      ...base,
      version: resolution,
      sourceKind: 'registry',
      ...(integrity ? { integrity } : {}),
      ...(registry ? { resolved: registry } : {}),
    });
  }
  let kind: SourceKind;
  if (resolution.startsWith('workspace:')) kind = 'workspace';
  else kind = classifyLocation(resolution) ?? 'other';
  // A tarball URL of registry shape names its version (`…/name/-/name-1.2.3.tgz`).
  const version = kind === 'tarball' ? versionFromTarballUrl(name, resolution) : null;
  return makeComponent({
    ...base,
    version,
    ...(version === null ? { spec: resolution } : {}),
    sourceKind: kind,
    resolved: resolution,
  });
}

function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}
