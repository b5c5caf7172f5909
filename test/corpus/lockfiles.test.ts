// Conformance: `inventory` over every case of ../shared/corpus/lockfiles must list exactly the
// registry packages of its expected.json (written by the reference parsers).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../src/engine.js';
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

describe.skipIf(!present)('lockfile corpus conformance', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(50);
  });
  for (const c of cases) {
    it(`${c.format}/${c.name}`, async () => {
      const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8')) as string[];
      const inv = await inventory(new DirectorySource(c.dir));
      const got = new Set<string>();
      for (const comp of inv.components) {
        if (comp.sourceKind !== 'registry' || comp.version === null) continue;
        if (comp.ecosystem === 'npm' || comp.ecosystem === 'pypi') got.add(`${comp.name}@${comp.version}`);
        else if (comp.ecosystem === 'jsr') got.add(`jsr:${comp.name}@${comp.version}`);
      }
      const actual = [...got].sort();
      expect(inv.errors).toEqual([]);
      expect(actual).toEqual([...new Set(expected)].sort());
    });
  }
});
