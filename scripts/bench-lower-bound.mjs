#!/usr/bin/env node
// What the output alone costs: a lower bound for `inventory` on a bench tree, to set beside the
// targets of scripts/bench.mjs (≤ 1.5× the floor of reading the files and JSON.parse / splitting
// lines for the format rows; ≤ 3× for the post-ban tree's inventory, issue 17).
//
//   node scripts/bench-lower-bound.mjs [TREE …]
//
// TREE defaults to $AITG_BENCH_DIR/mono/pnpm and …/yarn (the trees `npm run bench` builds; run it
// first, it also compiles the engine to .cache/bench/build, which this script imports); pass
// $AITG_BENCH_DIR/postban for the post-ban tree (every lockfile format).
//
// For each tree, one child process runs `inventory` once and writes the components it found. Then,
// three times, a fresh Node process (as the bench measures) loads that list before its clock starts
// and times, cumulatively:
//   floor      walk the tree, read every lockfile, JSON.parse it or split it into lines (the
//              bench's floor);
//   + objects  allocate one component object per entry with the fields the contract requires
//              (ecosystem, name, version, purl as a plain template string, location {file, line},
//              source, sourceKind, integrity, resolved, alias, scope, spec), every string a fresh copy:
//              no parsing at all, so this is less than any detector can cost;
//   + purlFor  the same with the real purl (src/util/purl.ts, packageurl-js) instead of the template;
//   + engine   the engine's dedupeAndSort over them (src/inventory/engine.ts), as `inventory` ends.
// It prints the median of each and its ratio to the floor. A line scanner cannot beat "+ engine":
// whatever of the 1.5× budget that row already uses is the cost of the output, not of parsing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, '.cache', 'bench', 'build', 'src');
const benchDir = process.env.AITG_BENCH_DIR || join(tmpdir(), 'ai-tooling-gate-bench');
const trees = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['pnpm', 'yarn'].map((f) => join(benchDir, 'mono', f));
const RUNS = 3;

const LIST = `
import { writeFileSync } from 'node:fs';
import { inventory } from ${JSON.stringify(join(build, 'inventory', 'engine.js'))};
import { DirectorySource } from ${JSON.stringify(join(build, 'sources', 'directory.js'))};
const inv = await inventory(new DirectorySource(process.argv[1]));
writeFileSync(process.argv[2], JSON.stringify(inv.components.map((c) => [c.ecosystem, c.location.file, c.location.line, c.name, c.version, c.source, c.sourceKind, c.integrity ?? null, c.resolved ?? null, c.alias ?? null, c.scope ?? null, c.spec ?? null])));
`;

const MEASURE = `
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { purlFor } from ${JSON.stringify(join(build, 'util', 'purl.js'))};
import { dedupeAndSort } from ${JSON.stringify(join(build, 'inventory', 'dedupe.js'))};
const [dir, listFile] = process.argv.slice(1);
const records = JSON.parse(readFileSync(listFile, 'utf8'));
// The bench's floor: JSON formats parsed, the others split into lines.
const JSON_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'deno.lock']);
const NAMES = new Set(['pnpm-lock.yaml', 'yarn.lock', 'bun.lock', ...JSON_NAMES]);
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) { if (e.name !== '.git') yield* walk(p); } else yield p; } }
// A fresh copy of a string, as slicing it out of the file's text would make.
const fresh = (s) => (s === null ? undefined : (' ' + s).slice(1));
function objects(purl) {
  const out = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const [ecosystem, file, line, name, version, source, sourceKind, integrity, resolved, alias, scope, spec] = records[i];
    const n = fresh(name);
    const v = version === null ? null : fresh(version);
    const c = { ecosystem, name: n, version: v, location: { file, line }, source, sourceKind };
    if (spec !== null) c.spec = fresh(spec);
    if (integrity !== null) c.integrity = fresh(integrity);
    if (alias !== null) c.alias = fresh(alias);
    if (scope !== null) c.scope = scope;
    if (resolved !== null) c.resolved = fresh(resolved);
    c.purl = purl ? purlFor(ecosystem, n, v) : 'pkg:' + ecosystem + '/' + n + (v === null ? '' : '@' + v);
    out[i] = c;
  }
  return out;
}
const phase = process.argv[3];
const t0 = performance.now();
let lines = 0;
for (const f of walk(dir)) {
  if (!NAMES.has(basename(f))) continue;
  const text = readFileSync(f, 'utf8');
  lines += JSON_NAMES.has(basename(f)) ? Object.keys(JSON.parse(text)).length : text.split('\\n').length;
}
let n = 0;
if (phase !== 'floor') {
  let cs = objects(phase !== 'objects');
  if (phase === 'engine') cs = dedupeAndSort(cs);
  n = cs.length;
}
console.log(JSON.stringify({ ms: performance.now() - t0, lines, n }));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'aitg-lower-bound-'));
try {
  for (const tree of trees) {
    const listFile = join(tmp, 'components.json');
    const run = (script, args) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
      return r.stdout.trim().split('\n').pop();
    };
    writeFileSync(listFile, '[]');
    run(LIST, [tree, listFile]);
    const rows = [];
    let floor = 0;
    for (const phase of ['floor', 'objects', 'purlFor', 'engine']) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(JSON.parse(run(MEASURE, [tree, listFile, phase])));
      const ms = median(results.map((r) => r.ms));
      if (phase === 'floor') floor = ms;
      rows.push({ phase, ms, n: results[0].n });
    }
    console.log(`${tree}: ${rows.at(-1).n} components, median of ${RUNS} fresh processes`);
    console.log('| phase (cumulative) | ms | ratio to floor |');
    console.log('|---|---:|---:|');
    for (const r of rows) console.log(`| ${r.phase === 'floor' ? 'floor (read + JSON.parse / split lines)' : '+ ' + r.phase} | ${r.ms.toFixed(0)} | ${(r.ms / floor).toFixed(2)} |`);
    console.log('');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
