// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 to 4. Version 2 to 4 files are
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
  EntryScreen,
  ScanError,
} from '../model/component.js';
import { locateKeys, locateMemberKeysFast, type KeyLocations, type KeyShape } from './parsers/json-keys.js';
import { parseJson } from './parsers/json-parse.js';
import { lineColumnAt } from '../util/lines.js';
import { isObject, own, type Json } from './package-lock/entries.js';
import { readPackages, screenPackages } from './package-lock/packages.js';
import { readDependencyTree } from './package-lock/tree.js';

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
  detect: (input: DetectInput) => {
    const full = () => detectPackageLock(input.path, input.text, input.limits.maxDepth);
    if (input.screen === undefined) return full();
    // Parsed only where the screen keeps entries; an error there means the whole file is parsed.
    const screened = detectPackageLock(input.path, input.text, input.limits.maxDepth, input.screen);
    return screened.errors.length > 0 ? full() : screened;
  },
};

/** Reads a package-lock.json or npm-shrinkwrap.json text. */
export function detectPackageLock(
  file: string,
  input: string,
  maxDepth: number,
  screen?: EntryScreen,
): DetectorResult {
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
    const all = Object.keys(packages);
    const screened = screen ? screenPackages(packages as Json, all, screen) : null;
    const keys = screened?.keys ?? all;
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
    if (screened) return { components, errors, notBuilt: screened.notBuilt };
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
  const { line, column } = lineColumnAt(text, offset);
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
  return at < 0 ? {} : { line: lineColumnAt(text, at).line };
}
