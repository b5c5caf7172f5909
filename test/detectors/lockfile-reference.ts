// The reference parsers the line scanners are checked against: `@yarnpkg/lockfile` (yarn classic),
// `@yarnpkg/parsers` parseSyml (yarn berry, the parser yarn itself uses) and `yaml` (pnpm). Each
// function projects a lockfile to the same plain shape from the scanner and from the library, so
// a test can compare them with toEqual.
import { createRequire } from 'node:module';
import { parseSyml } from '@yarnpkg/parsers';
import { parseAllDocuments } from 'yaml';
import { scanPnpmLock } from '../../src/detectors/pnpm/scan.js';
import { scanYarnBerry } from '../../src/detectors/yarn/berry.js';
import { scanYarnClassic } from '../../src/detectors/yarn/classic.js';

type Fields = Record<string, string>;

const require = createRequire(import.meta.url);
const lockfile = require('@yarnpkg/lockfile') as typeof import('@yarnpkg/lockfile');

function pick(obj: unknown, names: readonly string[]): Fields {
  const out: Fields = {};
  if (obj === null || typeof obj !== 'object') return out;
  for (const n of names) {
    const v = (obj as Record<string, unknown>)[n];
    if (v !== undefined && v !== null && typeof v !== 'object') out[n] = String(v);
  }
  return out;
}

function sorted(map: Map<string, unknown>): [string, unknown][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const classicFields = ['version', 'resolved', 'integrity'] as const;

/** Yarn classic: descriptor key → version/resolved/integrity, by the scanner. */
export function classicByScanner(text: string): { entries: [string, unknown][]; errors: number } {
  const scan = scanYarnClassic(text);
  const map = new Map<string, unknown>();
  for (const e of scan.entries) for (const k of e.keys) map.set(k, pick(e, classicFields));
  return { entries: sorted(map), errors: scan.errors.length };
}

/** Yarn classic: the same projection by @yarnpkg/lockfile. Throws where yarn would. */
export function classicByLibrary(text: string): [string, unknown][] {
  const parsed = lockfile.parse(text);
  if (parsed.type !== 'success') throw new Error(`yarn lockfile parse: ${parsed.type}`);
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(parsed.object)) {
    if (v === null || typeof v !== 'object') throw new Error(`top-level scalar ${k}`);
    map.set(k, pick(v, classicFields));
  }
  return sorted(map);
}

const berryFields = ['version', 'resolution', 'checksum', 'languageName', 'linkType', 'conditions'] as const;

export function berryByScanner(text: string): {
  entries: [string, unknown][];
  metadata?: string;
  errors: number;
} {
  const scan = scanYarnBerry(text);
  const map = new Map<string, unknown>();
  for (const e of scan.entries) map.set(e.key, pick(e, berryFields));
  return {
    entries: sorted(map),
    ...(scan.metadataVersion !== undefined ? { metadata: scan.metadataVersion } : {}),
    errors: scan.errors.length,
  };
}

export function berryByLibrary(text: string): { entries: [string, unknown][]; metadata?: string } {
  const parsed = parseSyml(text) as Record<string, unknown>;
  const map = new Map<string, unknown>();
  let metadata: string | undefined;
  for (const [k, v] of Object.entries(parsed)) {
    if (k === '__metadata') {
      const mv = (v as Record<string, unknown> | null)?.version;
      if (typeof mv === 'string') metadata = mv;
      continue;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v))
      throw new Error(`entry ${k} is not a mapping`);
    map.set(k, pick(v, berryFields));
  }
  return { entries: sorted(map), ...(metadata !== undefined ? { metadata } : {}) };
}

export interface PnpmProjection {
  lockfileVersion?: string;
  packages: [string, unknown][];
  snapshots: [string, unknown][];
  dependencies: [string, unknown][];
}

function flowToPlain(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(flowToPlain);
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = flowToPlain(x);
    return out;
  }
  return String(v);
}

/** Only the scalar fields of a resolution (block resolutions may nest more, which both sides skip). */
function resolutionScalars(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return flowToPlain(v);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>))
    out[k] = x !== null && typeof x === 'object' ? 'nested' : flowToPlain(x);
  return out;
}

export function pnpmByScanner(text: string): { projection: PnpmProjection | null; errors: number } {
  const scan = scanPnpmLock(text);
  const docs = scan.documents;
  if (docs.length === 0) return { projection: null, errors: scan.errors.length };
  const doc = docs.length >= 2 ? docs[1]! : docs[0]!;
  const packages = new Map<string, unknown>();
  for (const p of doc.packages) {
    packages.set(p.key, {
      ...pick(p, ['name', 'version', 'dev', 'optional']),
      ...(p.resolution ? { resolution: resolutionScalars(p.resolution) } : {}),
    });
  }
  const snapshots = new Map<string, unknown>();
  for (const [k, o] of doc.snapshots) snapshots.set(k, o);
  const dependencies = new Map<string, unknown>();
  for (const d of doc.dependencies)
    dependencies.set(`${d.importer} ${d.section} ${d.name}`, pick(d, ['specifier', 'version']));
  return {
    projection: {
      ...(doc.lockfileVersion !== undefined ? { lockfileVersion: doc.lockfileVersion } : {}),
      packages: sorted(packages),
      snapshots: sorted(snapshots),
      dependencies: sorted(dependencies),
    },
    errors: scan.errors.length,
  };
}

export function pnpmByLibrary(text: string): PnpmProjection | null {
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true });
  if (!Array.isArray(docs)) throw new Error('not YAML documents');
  for (const d of docs) if (d.errors.length > 0) throw new Error(d.errors[0]!.message);
  if (docs.length === 0) return null;
  const main = ((docs.length >= 2 ? docs[1]! : docs[0]!).toJS({ maxAliasCount: 100 }) ?? {}) as Record<
    string,
    unknown
  >;
  const packages = new Map<string, unknown>();
  const mapOf = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(mapOf(main.packages))) {
    const res = mapOf(v).resolution;
    packages.set(k, {
      ...pick(v, ['name', 'version', 'dev', 'optional']),
      ...(res !== undefined ? { resolution: resolutionScalars(res) } : {}),
    });
  }
  const snapshots = new Map<string, unknown>();
  for (const [k, v] of Object.entries(mapOf(main.snapshots))) snapshots.set(k, mapOf(v).optional === 'true');
  const dependencies = new Map<string, unknown>();
  const addDeps = (importer: string, holder: Record<string, unknown>): void => {
    for (const section of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      for (const [name, v] of Object.entries(mapOf(holder[section]))) {
        dependencies.set(
          `${importer} ${section} ${name}`,
          typeof v === 'string' ? (v === '' ? {} : { version: v }) : pick(v, ['specifier', 'version']),
        );
      }
    }
  };
  addDeps('.', main);
  for (const [id, v] of Object.entries(mapOf(main.importers))) addDeps(id, mapOf(v));
  const lv = main.lockfileVersion;
  return {
    ...(typeof lv === 'string' ? { lockfileVersion: lv } : {}),
    packages: sorted(packages),
    snapshots: sorted(snapshots),
    dependencies: sorted(dependencies),
  };
}
