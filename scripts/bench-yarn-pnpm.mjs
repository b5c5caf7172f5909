// Speed of the yarn.lock and pnpm-lock.yaml line scanners against reading the bytes and splitting
// lines, and against the reference parsers (@yarnpkg/lockfile, @yarnpkg/parsers parseSyml, yaml).
//
//   npx tsc -p tsconfig.json --outDir .cache/bench-build --noEmit false
//   node scripts/bench-yarn-pnpm.mjs .cache/bench-build <lockfile> [...]
//
// Each file is also grown to ~30 MB by repeating its entries under renamed package keys, since
// real monorepo lockfiles reach tens of MB. Times are medians of several runs, in milliseconds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildDir, ...files] = process.argv.slice(2);
if (!buildDir || files.length === 0) {
  console.error('usage: node scripts/bench-yarn-pnpm.mjs <tsc-out-dir> <lockfile> [...]');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(resolve(buildDir, p)).href);
const { detectYarnLock, isBerry } = await load('src/detectors/yarn-lock.js');
const { detectPnpmLock } = await load('src/detectors/pnpm-lock.js');
const { decodeText } = await load('src/util/text.js');
const require = createRequire(import.meta.url);
const lockfile = require('@yarnpkg/lockfile');
const { parseSyml } = require('@yarnpkg/parsers');
const { parseAllDocuments } = require('yaml');

function median(fn, runs) {
  const times = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], out };
}

/** Repeats a lockfile's entries with renamed keys until it is about `target` bytes. */
function grow(text, kind, target) {
  const lines = text.split('\n');
  // The entries: everything after the header lines (comments, __metadata / lockfileVersion).
  let start = 0;
  if (kind === 'pnpm') start = lines.findIndex((l) => l === 'packages:') + 1;
  else if (kind === 'berry')
    start = lines.findIndex(
      (l, i) => i > 0 && /^\S/.test(l) && !l.startsWith('__metadata') && !l.startsWith('#'),
    );
  else start = lines.findIndex((l) => /^\S/.test(l) && !l.startsWith('#'));
  let end = lines.length;
  if (kind === 'pnpm') {
    const snap = lines.findIndex((l, i) => i > start && /^\S/.test(l));
    if (snap !== -1) end = snap;
  }
  const head = lines.slice(0, start).join('\n');
  const body = lines.slice(start, end);
  const parts = [head];
  let size = head.length;
  for (let n = 0; size < target; n++) {
    const renamed = body.map((l) => {
      if (kind === 'pnpm') return /^ {2}\S/.test(l) ? l.replace(/^( {2}'?\/?(@[^/]+\/)?)/, `$1x${n}-`) : l;
      return /^[^\s#]/.test(l)
        ? l.replace(/^("?(@[^/]+\/)?)/, `$1x${n}-`).replace(/, ("?(@[^/]+\/)?)/g, `, $1x${n}-`)
        : l;
    });
    const chunk = renamed.join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('\n') + '\n';
}

const rows = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const base = decodeText(bytes);
  const kind = file.endsWith('pnpm-lock.yaml') ? 'pnpm' : isBerry(base) ? 'berry' : 'classic';
  for (const [label, buf] of [
    ['as is', bytes],
    ['grown to ~30 MB', Buffer.from(grow(base, kind, 30 * 1024 * 1024))],
  ]) {
    const runs = buf.length > 5e6 ? 5 : 15;
    const split = median(() => decodeText(buf).split('\n').length, runs);
    const scan = median(() => {
      const text = decodeText(buf);
      return kind === 'pnpm' ? detectPnpmLock('f', text) : detectYarnLock('f', text);
    }, runs);
    const lib = median(
      () => {
        const text = decodeText(buf);
        if (kind === 'classic') return Object.keys(lockfile.parse(text).object).length;
        if (kind === 'berry') return Object.keys(parseSyml(text)).length;
        return parseAllDocuments(text).map((d) => d.toJS({ maxAliasCount: -1 })).length;
      },
      buf.length > 5e6 ? 1 : 3,
    );
    const row = {
      file: `${file.split('/').slice(-3, -1).join('/')} (${label})`,
      MB: (buf.length / 1e6).toFixed(1),
      components: scan.out.components.length,
      errors: scan.out.errors.length,
      'split ms': split.ms.toFixed(1),
      'scanner ms': scan.ms.toFixed(1),
      'scanner/split': (scan.ms / split.ms).toFixed(2),
      'library ms': lib.ms.toFixed(1),
      'library/scanner': (lib.ms / scan.ms).toFixed(1),
    };
    console.log(JSON.stringify(row));
    rows.push(row);
  }
}
console.table(rows);
