// Writes the `scan --format json` and `inventory --format json` reports of the built CLI
// (dist/cli/index.js) for every fixture folder and every shared corpus case into OUT, one file per
// folder and command: a refactor that must not change behaviour is checked by running this before
// and after and comparing the two folders byte for byte (`diff -r`).
// Usage: node scripts/report-snapshot.mjs OUT
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/report-snapshot.mjs OUT');
const cli = join(root, 'dist', 'cli', 'index.js');

const dirs = [];
const sub = (d) => readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(d, e.name));
for (const d of sub(join(root, 'test', 'fixtures'))) dirs.push(d, ...sub(d));
// AITG_SHARED_CORPUS: the shared corpus when the checkout has no ../shared beside it (a worktree).
const corpus = process.env.AITG_SHARED_CORPUS ?? join(root, '..', 'shared', 'corpus');
if (existsSync(corpus)) for (const d of sub(corpus)) dirs.push(...sub(d));
mkdirSync(out, { recursive: true });
for (const dir of dirs) {
  const name = relative(join(root, '..'), dir).replace(/[\\/]/g, '__');
  for (const cmd of ['scan', 'inventory']) {
    const r = spawnSync(process.execPath, [cli, cmd, dir, '--format', 'json', '--offline'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    writeFileSync(join(out, `${name}.${cmd}.json`), `exit ${r.status}\n${r.stdout}\n--- stderr\n${r.stderr}`);
  }
}
console.log(`${dirs.length} folders written to ${out}`);
