// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3. Version 2 and 3 files are
// read from their `packages` map (the duplicate v1 `dependencies` section of v2 is ignored); version
// 1 files (and v2 files without `packages`) from their nested `dependencies` tree. One JSON.parse
// gives the values; the line of every entry's key comes from a forward search for each key at the
// member indentation (pretty-printed files, the norm) or else from one linear pass (locateKeys).
// Names, versions and sources always come from the parsed values, never from the text search, so a
// layout trick can move a line but never hide an entry.
import type {
  Component,
  DetectInput,
  Detector,
  DetectorResult,
  Scope,
  ScanError,
  SourceKind,
} from '../model/component.js';
import {
  lineColumn,
  locateKeys,
  locateMemberKeysFast,
  parseJson,
  type KeyLocations,
  type KeyShape,
} from './parsers/json-keys.js';
import {
  classifyLocation,
  isSemverVersion,
  isValidPackageName,
  npmPurl,
  parseNpmSpec,
} from './parsers/npm-spec.js';
import {
  isOwnRegistryTarball,
  parseTarballUrl,
  tarballName,
  tarballPackage,
  type TarballUrl,
} from './parsers/tarball-url.js';

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
  role: 'lockfile',
  syntax: 'json',
  ecosystems: ['npm'],
  sources: ['package-lock.json', 'npm-shrinkwrap.json'],
  namesInText: ['npm'],
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
  // npm refuses exactly the files whose lockfileVersion compares (as JavaScript compares) above
  // the newest it knows; it reads any other value, and so does this reader.
  if ((lockfileVersion as number) > NEWEST_LOCKFILE_VERSION) {
    errors.push({
      file,
      ...keyLineOfRoot(text, 'lockfileVersion'),
      message: `lockfileVersion ${JSON.stringify(lockfileVersion)?.slice(0, 40)} is not supported (npm reads up to ${NEWEST_LOCKFILE_VERSION})`,
    });
  }
  // As npm's reader (@npmcli/arborist) chooses: a present `packages` map, else the v1
  // `dependencies` tree, else no packages (a v3 file of a project without dependencies may have
  // neither).
  const packages = own(root, 'packages');
  const dependencies = own(root, 'dependencies');
  if (isTruthy(packages)) {
    if (typeof packages !== 'object' || packages === null) {
      errors.push({ file, ...keyLineOfRoot(text, 'packages'), message: '"packages" is not an object' });
      return { components, errors };
    }
    const keys = Object.keys(packages);
    // JSON.parse is iterative and this walk is flat, so nesting needs no check on the fast path.
    let lines = locateMemberKeysFast(text, 'packages', keys);
    if (lines === null) {
      const where = locateKeys(text, V2_SHAPE, maxDepth);
      if (where.tooDeepAt !== undefined) return tooDeep(file, text, where.tooDeepAt, maxDepth);
      const table = where.tables.get(-1);
      lines = keys.map((k) => {
        const id = table?.get(k);
        return id === undefined ? 1 : (where.lines[id] ?? 1);
      });
    }
    readPackages({ file, source, errors, components, where: EMPTY_LOCATIONS }, packages as Json, keys, lines);
  } else if (isTruthy(dependencies)) {
    if (!isObject(dependencies)) {
      errors.push({
        file,
        ...keyLineOfRoot(text, 'dependencies'),
        message: '"dependencies" is not an object',
      });
      return { components, errors };
    }
    const where = locateKeys(text, V1_SHAPE, maxDepth);
    if (where.tooDeepAt !== undefined) return tooDeep(file, text, where.tooDeepAt, maxDepth);
    readDependencyTree({ file, source, errors, components, where }, dependencies, maxDepth);
  }
  return { components, errors };
}

const EMPTY_LOCATIONS: KeyLocations = { tables: new Map(), lines: [] };

/** The newest lockfileVersion npm reads (v4 is v3 with patched-dependency fields). */
const NEWEST_LOCKFILE_VERSION = 4;

function isTruthy(v: unknown): boolean {
  return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}

function tooDeep(file: string, text: string, offset: number, maxDepth: number): DetectorResult {
  const { line, column } = lineColumn(text, offset);
  return {
    components: [],
    errors: [{ file, line, column, message: `nesting deeper than ${maxDepth} levels` }],
  };
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
function readPackages(ctx: Ctx, packages: Json, keys: readonly string[], lines: readonly number[]): void {
  const { file, errors } = ctx;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === '') continue; // the root project itself
    const line = lines[k] ?? 1;
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
    let name = nameField ?? pathName ?? key.slice(key.lastIndexOf('/') + 1);
    if (!inNodeModules && !isValidPackageName(name)) {
      // A folder outside node_modules (a workspace, or a linked folder outside the tree such as
      // `../../..`) is named by its own package.json, which npm reads at install time: name it by
      // its key, as written. Only what npm fetches into node_modules needs a package name.
      name = key;
    } else if (
      !isValidPackageName(name) ||
      (pathName !== null && pathName !== name && !isValidPackageName(pathName))
    ) {
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
    let tarball: TarballUrl | null = null;
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
      if (ver !== null && isOwnRegistryTarball(resolved, name, ver)) {
        sourceKind = 'registry';
      } else {
        tarball = parseTarballUrl(resolved);
        sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
      }
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
    const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
    if (spec !== undefined) c.spec = spec;
    if (typeof integrity === 'string') c.integrity = integrity;
    if (alias !== undefined) c.alias = alias;
    if (resolved !== undefined) c.resolved = resolved;
    ctx.components.push(c);
    if (tarball !== null) pushMismatch(ctx, c, tarball);
  }
}

/** Builds an npm component with one fixed shape (no object spreads: this runs per entry). */
function npmComponent(
  ctx: Ctx,
  line: number,
  name: string,
  version: string | null,
  sourceKind: SourceKind,
  scope: Scope,
): Component {
  return {
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version),
    location: { file: ctx.file, line },
    source: ctx.source,
    sourceKind,
    scope,
  };
}

/**
 * npm fetches what `resolved` names: a registry tarball URL that names another package or version
 * than the entry installs that one, so it is reported too (as a tarball component).
 */
function pushMismatch(ctx: Ctx, entry: Component, parts: TarballUrl): void {
  const name = tarballName(parts, entry.name);
  if (!isValidPackageName(name)) return;
  if (name === entry.name && parts.version === entry.version) return;
  const valid = isSemverVersion(parts.version);
  const c = npmComponent(
    ctx,
    entry.location.line,
    name,
    valid ? parts.version : null,
    'tarball',
    entry.scope ?? 'prod',
  );
  if (!valid) c.spec = parts.version;
  if (entry.integrity !== undefined) c.integrity = entry.integrity;
  const alias = entry.alias ?? (name !== entry.name ? entry.name : undefined);
  if (alias !== undefined) c.alias = alias;
  c.resolved = entry.resolved!;
  c.versionNote = 'named by the resolved URL, which differs from the entry';
  ctx.components.push(c);
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
    const parts = tarballPackage(version, key);
    if (parts !== null) {
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
  let tarball: TarballUrl | null = null;
  if (spec.sourceKind === 'registry') {
    if (ver === null) sourceKind = 'other';
    else if (resolved !== undefined) {
      tarball = parseTarballUrl(resolved);
      sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
    } else sourceKind = 'registry'; // bundled dependencies carry no `resolved`
  } else if (spec.sourceKind === 'file') {
    // v1 `file:` folders are installed as symlinks; `file:` tarballs are unpacked.
    sourceKind = /\.(?:tgz|tar\.gz|tar)$/i.test(version) ? 'file' : 'link';
  } else {
    sourceKind = spec.sourceKind;
  }
  if (ver !== null && !isSemverVersion(ver)) ver = null;
  const integrity = own(entry, 'integrity');
  const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
  if (ver === null) c.spec = version;
  if (typeof integrity === 'string') c.integrity = integrity;
  if (spec.alias !== undefined) c.alias = spec.alias;
  if (resolved !== undefined) c.resolved = resolved;
  else if (!isSemverVersion(version) && !version.startsWith('npm:')) c.resolved = version;
  ctx.components.push(c);
  if (tarball !== null) pushMismatch(ctx, c, tarball);
}

function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}
