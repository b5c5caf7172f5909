// Differential test of the package-lock.json reader against npm's own reader, @npmcli/arborist
// (loadVirtual), over every package-lock fixture and hand-mutated copies of each (sections
// missing, odd keys, other lockfileVersion values): the same installed packages, and an error
// exactly where arborist throws, except the divergences listed in DELIBERATE.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, lstatSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectPackageLock } from '../../src/detectors/package-lock.js';

const require = createRequire(import.meta.url);
const Arborist = require('@npmcli/arborist') as new (opts: { path: string }) => {
  loadVirtual(): Promise<{ inventory: Map<string, ArbNode> }>;
};

interface ArbNode {
  location: string;
  packageName: string | null;
  version: string;
  isLink: boolean;
  isRoot: boolean;
}

const fixtures = join(import.meta.dirname, '../fixtures');
const LOCK_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

function lockfiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (lstatSync(p).isDirectory()) out.push(...lockfiles(p));
    else if (LOCK_NAMES.has(e)) out.push(p);
  }
  return out.sort();
}

type Json = Record<string, unknown>;

/** Hand mutations of a parsed lockfile: each returns the text to read, or null where it does not apply. */
const MUTATIONS: Record<string, (lock: Json) => unknown> = {
  'as written': (l) => l,
  'without packages': (l) => omit(l, 'packages'),
  'without dependencies': (l) => omit(l, 'dependencies'),
  'without packages and dependencies': (l) => omit(omit(l, 'packages'), 'dependencies'),
  'packages null': (l) => ({ ...l, packages: null }),
  'packages an empty array': (l) => ({ ...l, packages: [] }),
  'packages a number': (l) => ({ ...l, packages: 5 }),
  'lockfileVersion 4': (l) => ({ ...l, lockfileVersion: 4 }),
  'lockfileVersion "3"': (l) => ({ ...l, lockfileVersion: '3' }),
  'lockfileVersion 5': (l) => ({ ...l, lockfileVersion: 5 }),
  'without lockfileVersion': (l) => omit(l, 'lockfileVersion'),
  // npm writes this for a workspace linked from outside the tree (`npm install ../../..`).
  'a linked folder outside the tree': (l) =>
    isObject(l.packages)
      ? {
          ...l,
          packages: {
            ...l.packages,
            '../../..': {},
            'node_modules/outside': { resolved: '../../..', link: true },
          },
        }
      : null,
  'unknown keys at the top and in entries': (l) => ({
    ...l,
    'x-generator': { tool: 'custom' },
    ...(isObject(l.packages)
      ? {
          packages: Object.fromEntries(
            Object.entries(l.packages).map(([k, v]) => [
              k,
              isObject(v) ? { ...v, 'x-note': [1, { a: 2 }] } : v,
            ]),
          ),
        }
      : {}),
  }),
  'an entry that is a string': (l) =>
    isObject(l.packages) ? { ...l, packages: { ...l.packages, 'node_modules/zzz': 'x' } } : null,
};

/**
 * Where this reader errs on text arborist loads without throwing, on purpose: npm's reader loads
 * anything and leaves the failure to the install. Empty today; each entry names the mutation.
 */
const DELIBERATE = new Set<string>();

function omit(o: Json, key: string): Json {
  const { [key]: _, ...rest } = o;
  return rest;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const work = mkdtempSync(join(tmpdir(), 'aitg-arborist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** Arborist's packages (installed under node_modules, links excluded), or the error it throws. */
async function byArborist(text: string): Promise<string[] | { throws: string }> {
  const dir = join(work, String(n++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'package-lock.json'), text);
  try {
    const tree = await new Arborist({ path: dir }).loadVirtual();
    const out: string[] = [];
    for (const node of tree.inventory.values()) {
      if (node.isRoot || node.isLink || !node.location.includes('node_modules/')) continue;
      const installed = node.location.slice(node.location.lastIndexOf('node_modules/') + 13);
      // Where npm knows the version only after fetching (a v1 entry whose `version` is a URL),
      // only the folder it installs into is compared.
      out.push(node.version === '' ? `${installed}=` : `${installed}=${node.packageName}@${node.version}`);
    }
    return out.sort();
  } catch (e) {
    return { throws: (e as Error).message };
  }
}

/** This reader's packages, on the same terms, and its errors. */
function byReader(text: string): { packages: string[]; errors: string[] } {
  const r = detectPackageLock('package-lock.json', text, 512);
  const packages = r.components
    .filter((c) => c.sourceKind !== 'link' && c.sourceKind !== 'workspace' && c.versionNote === undefined)
    .map((c) => `${c.alias ?? c.name}=${c.name}@${c.version ?? ''}`)
    .sort();
  return { packages, errors: r.errors.map((e) => e.message) };
}

const files = lockfiles(fixtures);

describe('package-lock.json reader vs @npmcli/arborist loadVirtual', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    it(relative(fixtures, file), async () => {
      const lock = JSON.parse(readFileSync(file, 'utf8')) as Json;
      let compared = 0;
      for (const [name, mutate] of Object.entries(MUTATIONS)) {
        const value = mutate(lock);
        if (value === null) continue;
        const text = JSON.stringify(value, null, 2) + '\n';
        const npm = await byArborist(text);
        const mine = byReader(text);
        const where = `${name}`;
        if ('throws' in npm) {
          expect(mine.errors, `${where}: arborist throws "${npm.throws}"`).not.toEqual([]);
          continue;
        }
        if (!DELIBERATE.has(name)) expect(mine.errors, where).toEqual([]);
        // A folder whose version one side leaves open is compared by folder only: npm knows a v1
        // URL entry's package only after fetching it (this reader reads a registry-layout URL), and
        // it guesses a version from a non-registry tarball's file name (this reader leaves the
        // version to the content).
        const unknown = new Set([...npm, ...mine.packages].filter((p) => p.endsWith('@') || p.endsWith('=')));
        const folders = new Set([...unknown].map((p) => p.slice(0, p.indexOf('=') + 1)));
        const project = (list: string[]): string[] =>
          list
            .map((p) => (folders.has(p.slice(0, p.indexOf('=') + 1)) ? p.slice(0, p.indexOf('=') + 1) : p))
            .sort();
        expect(project(mine.packages), where).toEqual(project(npm));
        compared++;
      }
      expect(compared).toBeGreaterThan(5);
    });
  }
});
