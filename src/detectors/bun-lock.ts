// bun.lock: Bun's text lockfile (JSONC with trailing commas), lockfileVersion 0, 1 and 2. Every
// `packages` entry is a tuple whose first element is `name@resolution`; its key is the install path
// (`parent/child`), whose last package is the folder name, so an alias shows as a key that differs
// from the tuple's name. `workspaces` lists the workspace members.
//
// Bun writes plain JSON apart from trailing commas, so the usual file is read by one linear pass
// (key lines, nesting, trailing commas) and JSON.parse of the text without those commas; anything
// else (comments, duplicate keys, a value of the wrong type, a syntax error) is read, with the same
// results, from jsonc-parser's tree.
import type { Node } from 'jsonc-parser';
import type {
  Component,
  DetectInput,
  Detector,
  DetectorResult,
  ScanError,
  SourceKind,
} from '../model/component.js';
import { makeComponent } from './component.js';
import { locateKeys, withoutOffsets, type KeyShape } from './parsers/json-keys.js';
import { member, members, parseJsonc, stringValue } from './parsers/jsonc.js';
import { classifyLocation, isSemverVersion, isValidPackageName } from './parsers/npm-spec.js';
import { tarballIdentity } from './parsers/tarball-url.js';
import { detectScreened } from './parsers/screened-entries.js';
import { bunKeyNames, bunSegments, keepRootEntries } from './bun/segments.js';

export const bunLockDetector: Detector = {
  id: 'bun.lock',
  role: 'lockfile',
  syntax: 'jsonc',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (path) => path === 'bun.lock' || path.endsWith('/bun.lock'),
  detect: (input: DetectInput) =>
    detectScreened(input, {
      ecosystems: ['npm'],
      segment: bunSegments,
      keyNames: bunKeyNames,
      alsoKeep: keepRootEntries,
      parse: (text) => detectBunLock(input.path, text, input.limits.maxDepth),
    }),
};

const SUPPORTED_VERSIONS = new Set([0, 1, 2]);

export function detectBunLock(file: string, input: string, maxDepth: number): DetectorResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return detectBunLockFast(file, text, maxDepth) ?? detectBunLockTree(file, text, maxDepth);
}

/** The root's keys, and the keys of `workspaces` and `packages`, are located (and checked unique). */
const SHAPE: KeyShape = {
  record: true,
  keys: new Map([
    ['workspaces', { record: true }],
    ['packages', { record: true }],
  ]),
};

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ownString(o: Json, key: string): string | undefined {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/**
 * The fast path: null when the text is not plain JSON apart from trailing commas, or when a
 * section would give an error located at a value (the tree reads those).
 */
export function detectBunLockFast(file: string, text: string, maxDepth: number): DetectorResult | null {
  const where = locateKeys(text, SHAPE, maxDepth, { comments: true, trailingCommas: true });
  if (where.tooDeepAt !== undefined || where.sawComment || where.duplicateKeys) return null;
  let root: unknown;
  try {
    root = JSON.parse(withoutOffsets(text, where.trailingCommas ?? []));
  } catch {
    return null;
  }
  if (!isObject(root)) return null;
  const rootKeys = where.tables.get(-1);
  if (rootKeys === undefined) return null;
  const version = Object.hasOwn(root, 'lockfileVersion') ? root['lockfileVersion'] : undefined;
  if (version !== undefined && !(typeof version === 'number' && SUPPORTED_VERSIONS.has(version))) return null;
  const workspaces = Object.hasOwn(root, 'workspaces') ? root['workspaces'] : undefined;
  const packages = Object.hasOwn(root, 'packages') ? root['packages'] : undefined;
  if ((workspaces !== undefined && !isObject(workspaces)) || (packages !== undefined && !isObject(packages)))
    return null;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const lineOfKey = (id: number): number => where.lines[id] ?? 1;
  if (workspaces !== undefined) {
    const table = where.tables.get(rootKeys.get('workspaces')!);
    if (table === undefined) return null;
    for (const [path, id] of table) {
      if (path === '') continue; // the root project itself
      const ws = workspaces[path];
      const fields = isObject(ws) ? ws : undefined;
      const workspace = readWorkspace(
        file,
        path,
        fields && ownString(fields, 'name'),
        fields && ownString(fields, 'version'),
        lineOfKey(id),
        errors,
      );
      if (workspace) components.push(workspace);
    }
  }
  if (packages !== undefined) {
    const table = where.tables.get(rootKeys.get('packages')!);
    if (table === undefined) return null;
    for (const [key, id] of table) {
      const tuple = packages[key];
      // Bun refuses a lockfile whose tuple has no `name@resolution` string: the readable entries
      // are listed, and the bad one is an error (the gate fails closed on a file bun rejects).
      if (!Array.isArray(tuple) || typeof tuple[0] !== 'string') {
        errors.push(badTuple(file, key, lineOfKey(id)));
        continue;
      }
      const registry: unknown = tuple[1];
      const integrity: unknown = tuple[3];
      const c = readTuple(
        file,
        key,
        tuple[0],
        typeof registry === 'string' ? registry : undefined,
        typeof integrity === 'string' ? integrity : undefined,
        (tuple as unknown[]).slice(1).map(valueKind),
        lineOfKey(id),
        errors,
      );
      if (c) components.push(c);
    }
  }
  return { components, errors };
}

/** Reads the file from jsonc-parser's tree: any JSONC, with every error located. */
export function detectBunLockTree(file: string, text: string, maxDepth: number): DetectorResult {
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const {
    root,
    lines,
    errors: syntax,
  } = parseJsonc(text, file, maxDepth, { comments: true, trailingCommas: true, emptyIsNothing: false });
  if (syntax.length > 0 || root === undefined) return { components, errors: syntax };
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
  for (const { key: path, keyNode, value: ws } of members(workspaces)) {
    if (path === '') continue; // the root project itself
    const name = stringValue(member(ws, 'name'));
    const version = stringValue(member(ws, 'version'));
    const c = readWorkspace(file, path, name, version, lineOf(keyNode), errors);
    if (c) components.push(c);
  }

  const packages = member(root, 'packages');
  if (packages !== undefined && packages.type !== 'object') {
    errors.push({ file, line: lineOf(packages), message: '"packages" is not an object' });
    return { components, errors };
  }
  for (const { key, keyNode, value: tuple } of members(packages)) {
    const line = lineOf(keyNode);
    // Bun refuses a lockfile whose tuple has no `name@resolution` string (see the fast path).
    const ident = tuple.type === 'array' ? stringValue(tuple.children?.[0]) : undefined;
    if (ident === undefined) {
      errors.push(badTuple(file, key, line));
      continue;
    }
    const items = tuple.children ?? [];
    const c = readTuple(
      file,
      key,
      ident,
      stringValue(items[1]),
      stringValue(items[3]),
      items.slice(1).map(nodeKind),
      line,
      errors,
    );
    if (c) components.push(c);
  }
  return { components, errors };
}

function badTuple(file: string, key: string, line: number): ScanError {
  return {
    file,
    line,
    message: `package "${clip(key)}": not a [name@resolution, …] entry (bun refuses such a lockfile)`,
  };
}

/** A `workspaces` member (not the root): a workspace component, or an error. */
function readWorkspace(
  file: string,
  path: string,
  nameField: string | undefined,
  version: string | undefined,
  line: number,
  errors: ScanError[],
): Component | null {
  const name = nameField ?? path.slice(path.lastIndexOf('/') + 1);
  if (!isValidPackageName(name)) {
    errors.push({
      file,
      line,
      message: `workspace "${clip(path)}": "${clip(name)}" is not a valid package name`,
    });
    return null;
  }
  const exact = version !== undefined && isSemverVersion(version) ? version : null;
  return makeComponent({
    ecosystem: 'npm',
    name,
    version: exact,
    ...(exact === null ? { spec: `workspace:${path}` } : {}),
    location: { file, line },
    source: 'bun.lock',
    sourceKind: 'workspace',
    resolved: path,
  });
}

/** The package a `packages` key installs: its last path segment (a scoped name is one). */
function folderOf(key: string): string {
  const slash = key.lastIndexOf('/');
  if (slash <= 0) return key.slice(slash + 1);
  const prevSlash = key.lastIndexOf('/', slash - 1);
  return key.charCodeAt(prevSlash + 1) === 0x40 ? key.slice(prevSlash + 1) : key.slice(slash + 1);
}

/** The JSON type of a tuple element after `name@resolution`, as bun checks it. */
type ElementKind = 'string' | 'object' | 'other';

function valueKind(v: unknown): ElementKind {
  return typeof v === 'string' ? 'string' : isObject(v) ? 'object' : 'other';
}

function nodeKind(n: Node): ElementKind {
  return n.type === 'string' ? 'string' : n.type === 'object' ? 'object' : 'other';
}

/**
 * What bun's text-lockfile reader (bun.lock.zig, `packages`) requires after `name@resolution`: a
 * registry package `[ident, registry, info, integrity]` with two strings around an object; a
 * folder, link, tarball or git package an info object, and a git package then its commit tag.
 * Null when the tuple has that shape, else the reason bun refuses it.
 */
function tupleShapeError(kind: SourceKind, elements: readonly ElementKind[]): string | null {
  const need = (i: number, want: ElementKind, what: string): string | null =>
    elements[i] === want
      ? null
      : `the ${what} ${elements[i] === undefined ? 'is missing' : `is not ${want === 'object' ? 'an object' : 'a string'}`}`;
  if (kind === 'registry')
    return need(0, 'string', 'registry') ?? need(1, 'object', 'info') ?? need(2, 'string', 'integrity');
  if (kind === 'file' || kind === 'link' || kind === 'tarball' || kind === 'git') {
    return need(0, 'object', 'info') ?? (kind === 'git' ? need(1, 'string', 'git tag') : null);
  }
  return null;
}

function readTuple(
  file: string,
  key: string,
  ident: string,
  registry: string | undefined,
  integrity: string | undefined,
  elements: readonly ElementKind[],
  line: number,
  errors: ScanError[],
): Component | null {
  const refuse = (kind: SourceKind): boolean => {
    const reason = tupleShapeError(kind, elements);
    if (reason !== null)
      errors.push({ file, line, message: `package "${clip(key)}": ${reason} (bun refuses such a lockfile)` });
    return reason !== null;
  };
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
    if (refuse('registry')) return null;
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
  if (refuse(kind)) return null;
  // A tarball URL of registry shape names its package and version (`…/name/-/name-1.2.3.tgz`).
  const id = kind === 'tarball' ? tarballIdentity(name, resolution) : { name, version: null };
  const version = id.version;
  return makeComponent({
    ...base,
    name: id.name,
    ...('alias' in id && base.alias === undefined ? { alias: id.alias } : {}),
    version,
    ...(version === null ? { spec: resolution } : {}),
    sourceKind: kind,
    resolved: resolution,
  });
}

function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}
