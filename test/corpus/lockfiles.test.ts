// Conformance: `inventory` over every case of ../shared/corpus/lockfiles must list exactly the
// registry packages of its expected.json (written by the reference parsers).
//
// The corpus README notes that bun rejects two files outright; their expected.json follows the
// lenient readers that skip bad entries. We list the same packages and, failing closed, report
// each entry bun would reject: those errors are listed below and nothing else is accepted.
//
// Registry tarballs named with their scope are registry packages here (EXTRA_REGISTRY below). One
// deliberate difference, checked on its own: a pnpm 11+ lockfile's first YAML document (the
// "env lockfile": pnpm itself, config dependencies) is inventoried, because pnpm installs what it
// pins, while pnpm's own lockfile reader (the reference) returns only the main document. Components
// located in that first document must be exactly its `packages:` entries.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../src/inventory/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.AITG_CORPUS ?? resolve(here, '../../../shared/corpus/lockfiles');
const present = existsSync(corpus);

if (!present) {
  console.warn(`corpus conformance skipped: ${corpus} is absent (set AITG_CORPUS or check out ../shared)`);
}

const cases: { format: string; name: string; dir: string }[] = [];
if (present) {
  for (const format of readdirSync(corpus).sort()) {
    const fdir = join(corpus, format);
    if (!statSync(fdir).isDirectory()) continue;
    for (const name of readdirSync(fdir).sort()) {
      const dir = join(fdir, name);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'expected.json')))
        cases.push({ format, name, dir });
    }
  }
}

const EXPECTED_ERRORS: Record<string, string[]> = {
  'bun/fixture-scalibr-malformed-bad-tuple': [
    'package "wrappy-bad1": not a [name@resolution, …] entry (bun refuses such a lockfile)',
    'package "wrappy-bad2": not a [name@resolution, …] entry (bun refuses such a lockfile)',
  ],
  // A github: tuple whose second element is "" where bun's reader requires the info object
  // (bun.lock.zig); the corpus README lists this file among the two bun rejects outright.
  'bun/fixture-osv-scanner-shorthash': [
    'package "some-git-dep": the info is not an object (bun refuses such a lockfile)',
  ],
};

/**
 * Registry packages the corpus rule misses, by design here: the corpus calls a tarball
 * registry-shaped only as `…/-/name-x.y.z.tgz`, but GitLab's npm registry (like npmjs and
 * Artifactory) also serves the file named with its scope, `…/-/@scope/name-x.y.z.tgz`, and the one
 * tarball-URL reader reads both (issue 15 §3).
 */
const EXTRA_REGISTRY: Record<string, string[]> = {
  'pnpm/fixture-scalibr-tarball-v5.3': ['@my-org/my-package@3.2.3'],
};

describe.skipIf(!present)('lockfile corpus conformance', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(50);
  });
  for (const c of cases) {
    it(`${c.format}/${c.name}`, async () => {
      const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as string[];
      const inv = await inventory(new DirectorySource(c.dir));
      const got = new Set<string>();
      const envEnd = pnpmEnvDocumentEnd(c.dir);
      const env = new Set<string>();
      for (const comp of inv.components) {
        if (comp.sourceKind !== 'registry' || comp.version === null) continue;
        if (envEnd > 0 && comp.location.file === 'pnpm-lock.yaml' && comp.location.line < envEnd) {
          env.add(`${comp.name}@${comp.version}`);
          continue;
        }
        if (comp.ecosystem === 'npm' || comp.ecosystem === 'pypi') got.add(`${comp.name}@${comp.version}`);
        else if (comp.ecosystem === 'jsr') got.add(`jsr:${comp.name}@${comp.version}`);
      }
      const actual = [...got].sort();
      expect(inv.errors.map((e) => e.message)).toEqual(EXPECTED_ERRORS[`${c.format}/${c.name}`] ?? []);
      expect(actual).toEqual(
        [...new Set([...expected, ...(EXTRA_REGISTRY[`${c.format}/${c.name}`] ?? [])])].sort(),
      );
      if (envEnd > 0) expect([...env].sort()).toEqual(pnpmEnvPackages(c.dir));
    });
  }
});

/** The line where a two-document pnpm-lock.yaml's main document starts (0: not such a file). */
function pnpmEnvDocumentEnd(dir: string): number {
  const file = join(dir, 'pnpm-lock.yaml');
  if (!existsSync(file)) return 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  const starts = lines.flatMap((l, i) => (l === '---' ? [i + 1] : []));
  return starts.length >= 2 ? starts[1]! : 0;
}

/** `name@version` of the `packages:` keys of the first document, by a plain reading of the lines. */
function pnpmEnvPackages(dir: string): string[] {
  const lines = readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8').split('\n');
  const end = pnpmEnvDocumentEnd(dir);
  const out: string[] = [];
  let inPackages = false;
  for (const l of lines.slice(0, end - 1)) {
    if (/^\S/.test(l)) inPackages = l === 'packages:';
    const m = inPackages ? /^ {2}'?(@?[^@'\s]+)@([^'(:\s]+)'?:$/.exec(l) : null;
    if (m) out.push(`${m[1]}@${m[2]}`);
  }
  return [...new Set(out)].sort();
}
