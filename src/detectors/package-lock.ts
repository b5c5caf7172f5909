// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. Version 2 and 3 files are
// read from their `packages` map (the duplicate v1 `dependencies` section of v2 is ignored); version
// 1 files (and v2 files without `packages`) from their nested `dependencies` tree. One JSON.parse
// gives the values and one linear pass (locateKeys) gives the line of every entry's key.
import type {
  Component,
  DetectInput,
  Detector,
  DetectorResult,
  Scope,
  ScanError,
  SourceKind,
} from '../model.js';
import { locateKeys, parseJson, lineColumn, type KeyLocations, type KeyShape } from './shared/json-keys.js';
import {
  classifyLocation,
  isSemverVersion,
  isValidPackageName,
  npmPurl,
  parseNpmSpec,
  registryTarballParts,
} from './shared/npm-spec.js';

type Json = Record<string, unknown>;

const V2_SHAPE: KeyShape = { keys: new Map([['packages', { record: true }]]) };
const V1_ENTRY: KeyShape = { keys: new Map<string, KeyShape>() };
const V1_DEPS: KeyShape = { record: true, each: V1_ENTRY };
(V1_ENTRY.keys as Map<string, KeyShape>).set('dependencies', V1_DEPS);
const V1_SHAPE: KeyShape = { keys: new Map([['dependencies', V1_DEPS]]) };

const FILE_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export const packageLockDetector: Detector = {
  id: 'package-lock.json',
  matches: (path) => FILE_NAMES.has(baseName(path)),
  detect: (input: DetectInput) => detectPackageLock(input.path, input.text, input.limits.maxDepth),
};

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Reads a package-lock.json or npm-shrinkwrap.json text. */
export function detectPackageLock(file: string, input: string, maxDepth: number): DetectorResult {
  const source = baseName(file) === 'npm-shrinkwrap.json' ? 'npm-shrinkwrap.json' : 'package-lock.json';
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const errors: ScanError[] = [];
  const components: Component[] = [];
  const parsed = parseJson(text);
  if ('error' in parsed) {
    errors.push({ file, ...located(parsed.error.line, parsed.error.column), message: parsed.error.message });
    return { components, errors };
  }
  const root = parsed.value;
  if (!isObject(root)) {
    errors.push({ file, line: 1, message: `${source} is not a JSON object` });
    return { components, errors };
  }
  const lockfileVersion = own(root, 'lockfileVersion');
  if (
    lockfileVersion !== undefined &&
    lockfileVersion !== 1 &&
    lockfileVersion !== 2 &&
    lockfileVersion !== 3
  ) {
    errors.push({
      file,
      message: `lockfileVersion ${JSON.stringify(lockfileVersion)?.slice(0, 40)} is not supported (1, 2 and 3 are read)`,
    });
  }
  const packages = own(root, 'packages');
  const dependencies = own(root, 'dependencies');
  const usePackages =
    packages !== undefined ||
    (lockfileVersion !== 1 && lockfileVersion !== undefined && dependencies === undefined);
  const where = locateKeys(text, usePackages ? V2_SHAPE : V1_SHAPE, maxDepth);
  if (where.tooDeepAt !== undefined) {
    const { line, column } = lineColumn(text, where.tooDeepAt);
    errors.push({ file, line, column, message: `nesting deeper than ${maxDepth} levels` });
    return { components, errors };
  }
  const ctx: Ctx = { file, source, errors, components, where };
  if (usePackages) {
    if (!isObject(packages)) {
      errors.push({ file, ...keyLineOfRoot(text, 'packages'), message: '"packages" is not an object' });
      return { components, errors };
    }
    readPackages(ctx, packages);
  } else if (dependencies !== undefined) {
    if (!isObject(dependencies)) {
      errors.push({
        file,
        ...keyLineOfRoot(text, 'dependencies'),
        message: '"dependencies" is not an object',
      });
      return { components, errors };
    }
    readDependencyTree(ctx, dependencies, maxDepth);
  }
  return { components, errors };
}

function located(line: number | undefined, column: number | undefined): { line?: number; column?: number } {
  return { ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
}

/** Line of a top-level key, for errors about it (a rare path: a plain search is fine). */
function keyLineOfRoot(text: string, key: string): { line?: number } {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? {} : { line: lineColumn(text, at).line };
}

interface Ctx {
  file: string;
  source: string;
  errors: ScanError[];
  components: Component[];
  where: KeyLocations;
}

function lineOf(where: KeyLocations, owner: number, key: string): { line: number; id: number } {
  const id = where.tables.get(owner)?.get(key);
  return id === undefined ? { line: 1, id: -2 } : { line: where.lines[id] ?? 1, id };
}

function scopeOf(entry: Json): Scope {
  const dev = own(entry, 'dev') === true;
  const optional = own(entry, 'optional') === true;
  if (dev) return 'dev';
  if (optional || own(entry, 'devOptional') === true) return 'optional';
  if (own(entry, 'peer') === true) return 'peer';
  return 'prod';
}

/** The package name a `node_modules/…` path installs: the part after the last `node_modules/`. */
function nameFromPath(path: string): string | null {
  const i = path.lastIndexOf('node_modules/');
  if (i < 0 || (i > 0 && path[i - 1] !== '/')) return null;
  return path.slice(i + 'node_modules/'.length);
}

/** lockfileVersion 2 and 3: the flat `packages` map keyed by install path. */
function readPackages(ctx: Ctx, packages: Json): void {
  const { file, errors } = ctx;
  for (const key of Object.keys(packages)) {
    if (key === '') continue; // the root project itself
    const { line } = lineOf(ctx.where, -1, key);
    const entry = packages[key];
    if (!isObject(entry)) {
      errors.push({ file, line, message: `entry "${clip(key)}" is not an object` });
      continue;
    }
    const version = own(entry, 'version');
    if (version !== undefined && typeof version !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "version" is not a string` });
      continue;
    }
    const nameField = own(entry, 'name');
    if (nameField !== undefined && typeof nameField !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "name" is not a string` });
      continue;
    }
    const resolvedField = own(entry, 'resolved');
    if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
      errors.push({ file, line, message: `entry "${clip(key)}": "resolved" is not a string` });
      continue;
    }
    const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
    const pathName = nameFromPath(key);
    const inNodeModules = pathName !== null;
    const name = nameField ?? pathName ?? key.slice(key.lastIndexOf('/') + 1);
    if (!isValidPackageName(name) || (pathName !== null && !isValidPackageName(pathName))) {
      errors.push({
        file,
        line,
        message: `entry "${clip(key)}": "${clip(name)}" is not a valid package name`,
      });
      continue;
    }
    const alias = inNodeModules && pathName !== name ? pathName : undefined;
    const integrity = own(entry, 'integrity');
    let sourceKind: SourceKind;
    let ver: string | null = version !== undefined && version !== '' ? version : null;
    let spec: string | undefined;
    if (own(entry, 'link') === true) {
      sourceKind = 'link';
      const target = resolved !== undefined ? packages[resolved] : undefined;
      const tv = isObject(target) && Object.hasOwn(packages, resolved!) ? own(target, 'version') : undefined;
      ver = typeof tv === 'string' && tv !== '' ? tv : null;
    } else if (!inNodeModules) {
      sourceKind = 'workspace';
    } else if (resolved !== undefined) {
      sourceKind = kindOfResolved(resolved);
    } else if (ver !== null && isSemverVersion(ver)) {
      sourceKind = 'registry';
    } else if (ver !== null) {
      // Old or hand-edited entries can carry a spec in `version` (`file:…`, a git URL).
      const parsed = parseNpmSpec(name, ver);
      sourceKind = parsed.sourceKind === 'registry' ? 'other' : parsed.sourceKind;
    } else {
      sourceKind = 'other';
    }
    if (ver !== null && !isSemverVersion(ver)) {
      spec = ver;
      ver = null;
    }
    if (ver === null && spec === undefined) spec = resolved ?? (sourceKind === 'link' ? 'link' : '*');
    const base: Omit<Component, 'name' | 'version' | 'purl' | 'sourceKind'> = {
      ecosystem: 'npm',
      location: { file, line },
      source: ctx.source,
      scope: scopeOf(entry),
    };
    if (typeof integrity === 'string') base.integrity = integrity;
    if (resolved !== undefined) base.resolved = resolved;
    const c: Component = { ...base, name, version: ver, purl: npmPurl(name, ver), sourceKind };
    if (spec !== undefined) c.spec = spec;
    if (alias !== undefined) c.alias = alias;
    ctx.components.push(c);
    pushMismatch(ctx, base, name, ver, resolved, alias);
  }
}

/**
 * npm fetches what `resolved` names: a registry tarball URL that names another package or version
 * than the entry installs that one, so it is reported too (as a tarball component).
 */
function pushMismatch(
  ctx: Ctx,
  base: Omit<Component, 'name' | 'version' | 'purl' | 'sourceKind'>,
  name: string,
  version: string | null,
  resolved: string | undefined,
  alias: string | undefined,
): void {
  if (resolved === undefined) return;
  const parts = registryTarballParts(resolved);
  if (parts === null || parts.version === null || !isValidPackageName(parts.name)) return;
  if (parts.name === name && parts.version === version) return;
  ctx.components.push(
    makeNpmComponent({
      ...base,
      name: parts.name,
      version: isSemverVersion(parts.version) ? parts.version : null,
      ...(isSemverVersion(parts.version) ? {} : { spec: parts.version }),
      sourceKind: 'tarball',
      ...((alias ?? (parts.name !== name ? name : undefined)) ? { alias: alias ?? name } : {}),
      versionNote: 'named by the resolved URL, which differs from the entry',
    }),
  );
}

function kindOfResolved(resolved: string): SourceKind {
  if (registryTarballParts(resolved) !== null) return 'registry';
  return classifyLocation(resolved) ?? 'other';
}

/** lockfileVersion 1: the nested `dependencies` tree (nested copies under each entry). */
function readDependencyTree(ctx: Ctx, top: Json, maxDepth: number): void {
  const { file, errors } = ctx;
  const work: { deps: Json; owner: number; depth: number }[] = [{ deps: top, owner: -1, depth: 0 }];
  while (work.length > 0) {
    const { deps, owner, depth } = work.pop()!;
    for (const key of Object.keys(deps)) {
      const { line, id } = lineOf(ctx.where, owner, key);
      const entry = deps[key];
      if (!isObject(entry)) {
        errors.push({ file, line, message: `dependency "${clip(key)}" is not an object` });
        continue;
      }
      const nested = own(entry, 'dependencies');
      if (nested !== undefined) {
        if (!isObject(nested))
          errors.push({ file, line, message: `dependency "${clip(key)}": "dependencies" is not an object` });
        else if (depth + 1 > maxDepth)
          errors.push({ file, line, message: `dependency tree deeper than ${maxDepth} levels` });
        else work.push({ deps: nested, owner: id, depth: depth + 1 });
      }
      readV1Entry(ctx, key, entry, line);
    }
  }
}

function readV1Entry(ctx: Ctx, key: string, entry: Json, line: number): void {
  const { file, errors } = ctx;
  const version = own(entry, 'version');
  if (typeof version !== 'string') {
    errors.push({
      file,
      line,
      message: `dependency "${clip(key)}": "version" is ${version === undefined ? 'missing' : 'not a string'}`,
    });
    return;
  }
  const resolvedField = own(entry, 'resolved');
  if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
    errors.push({ file, line, message: `dependency "${clip(key)}": "resolved" is not a string` });
    return;
  }
  const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
  let spec = parseNpmSpec(key, version);
  if (spec.sourceKind === 'tarball') {
    // npm 7+ writes a registry tarball URL dependency's URL as its v1 `version`.
    const parts = registryTarballParts(version);
    if (parts !== null && parts.version !== null && isSemverVersion(parts.version)) {
      spec = {
        type: 'version',
        name: parts.name,
        ...(parts.name !== key ? { alias: key } : {}),
        version: parts.version,
        spec: version,
        sourceKind: 'registry',
      };
    }
  }
  const name = spec.name;
  if (!isValidPackageName(key) || !isValidPackageName(name)) {
    errors.push({
      file,
      line,
      message: `dependency "${clip(key)}": "${clip(name)}" is not a valid package name`,
    });
    return;
  }
  let ver: string | null = spec.version;
  let sourceKind: SourceKind;
  if (spec.sourceKind === 'registry') {
    if (ver === null) sourceKind = 'other';
    else if (resolved !== undefined) sourceKind = kindOfResolved(resolved);
    else sourceKind = 'registry'; // bundled dependencies carry no `resolved`
  } else if (spec.sourceKind === 'file') {
    // v1 `file:` folders are installed as symlinks; `file:` tarballs are unpacked.
    sourceKind = /\.(?:tgz|tar\.gz|tar)$/i.test(version) ? 'file' : 'link';
  } else {
    sourceKind = spec.sourceKind;
  }
  if (ver !== null && !isSemverVersion(ver)) ver = null;
  const integrity = own(entry, 'integrity');
  const base = {
    ecosystem: 'npm' as const,
    location: { file, line },
    source: ctx.source,
    ...(typeof integrity === 'string' ? { integrity } : {}),
    scope: scopeOf(entry),
    ...(resolved !== undefined
      ? { resolved }
      : !isSemverVersion(version) && !version.startsWith('npm:')
        ? { resolved: version }
        : {}),
  };
  ctx.components.push(
    makeNpmComponent({
      ...base,
      name,
      version: ver,
      ...(ver === null ? { spec: version } : {}),
      sourceKind,
      ...(spec.alias ? { alias: spec.alias } : {}),
    }),
  );
  pushMismatch(ctx, base, name, ver, resolved, spec.alias);
}

function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}

function makeNpmComponent(init: Omit<Component, 'purl'>): Component {
  return { ...init, purl: npmPurl(init.name, init.version) };
}
