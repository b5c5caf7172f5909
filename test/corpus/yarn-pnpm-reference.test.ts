// The yarn and pnpm line scanners against the reference parsers, over every yarn.lock and
// pnpm-lock.yaml of ../shared/corpus/lockfiles: the same entries, names, versions and
// resolutions, and no scanner errors.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  berryByLibrary,
  berryByScanner,
  classicByLibrary,
  classicByScanner,
  pnpmByLibrary,
  pnpmByScanner,
} from '../detectors/lockfile-reference.js';
import { isBerry } from '../../src/detectors/yarn-lock.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.AITG_CORPUS ?? resolve(here, '../../../shared/corpus/lockfiles');

const files: { name: string; path: string }[] = [];
for (const format of ['yarn-classic', 'yarn-berry', 'pnpm']) {
  const dir = join(corpus, format);
  if (!existsSync(dir)) continue;
  for (const c of readdirSync(dir).sort()) {
    for (const f of ['yarn.lock', 'pnpm-lock.yaml']) {
      if (existsSync(join(dir, c, f))) files.push({ name: `${format}/${c}`, path: join(dir, c, f) });
    }
  }
}

describe.skipIf(files.length === 0)(
  'yarn and pnpm scanners agree with the reference parsers on the corpus',
  () => {
    for (const f of files) {
      it(f.name, () => {
        const text = readFileSync(f.path, 'utf8');
        if (f.path.endsWith('pnpm-lock.yaml')) {
          const mine = pnpmByScanner(text);
          expect(mine.errors).toBe(0);
          expect(mine.projection).toEqual(pnpmByLibrary(text));
        } else if (isBerry(text)) {
          const { errors, ...mine } = berryByScanner(text);
          expect(errors).toBe(0);
          expect(mine).toEqual(berryByLibrary(text));
        } else {
          const { errors, entries } = classicByScanner(text);
          expect(errors).toBe(0);
          expect(entries).toEqual(classicByLibrary(text));
        }
      });
    }
  },
);
