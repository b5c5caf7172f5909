#!/usr/bin/env node
// What any sound audit screen must at least do: a lower bound for `scan` (audit) on the post-ban
// tree, to set beside issue 17's target (the audit at ≤ 1.5× the floor of reading the files and
// JSON.parse / splitting lines).
//
//   node scripts/bench-audit-lower-bound.mjs [TREE]
//
// TREE defaults to $AITG_BENCH_DIR/postban (`npm run bench -- --only postban` builds it, and
// compiles the engine to .cache/bench/build, which the last row imports).
//
// An audit may skip an entry only after reading enough of it to know that no rule can match it:
// its name, in any letter case (the policy's name fragments), and its recorded hash (a banned
// tarball republished under a harmless name is caught only by its bytes). Each row runs in a
// fresh Node process (as the bench measures), three times, and adds, cumulatively:
//   floor          walk the tree, read every lockfile, JSON.parse it or split it into lines;
//   + name search  one case-insensitive search of the policy's name fragment over each text (the
//                  cheapest form; the real screen also looks for escapes that decode into it);
//   + hash search  one search for `sha512-` heads, each checked against the banned prefixes in a
//                  set (the cheapest form: the real screen also reads the other algorithms, letter
//                  cases, `#<sha1>` fragments and lone hex digests);
//   + entry starts one walk over the line starts of the line formats (where entries begin; JSON
//                  gives them from JSON.parse).
// Nothing here parses an entry, builds a component, judges a finding or writes a report. The last
// row is the real audit (`audit` of src/gate/scan.ts, builtin:default), for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, '.cache', 'bench', 'build', 'src');
const benchDir = process.env.AITG_BENCH_DIR || join(tmpdir(), 'ai-tooling-gate-bench');
const tree = process.argv[2] ?? join(benchDir, 'postban');
const RUNS = 3;
if (!existsSync(tree)) throw new Error(`no tree at ${tree}: run \`npm run bench -- --only postban\` first`);

// The banned sha512 prefixes (first 6 bytes, base64), as the catalog's table holds them.
const table = JSON.parse(readFileSync(join(root, 'src', 'catalog', 'data', 'banned-artifacts.json'), 'utf8'));
const prefixes = [...new Set(table.npm.map((r) => r.integrity.slice(7, 15)))];

const PHASES = `
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
const [dir, phase] = process.argv.slice(1);
const order = ['floor', 'name', 'hash', 'entries'];
const upTo = order.indexOf(phase);
const JSON_FILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'deno.lock']);
const NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'deno.lock', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']);
const PREFIXES = new Set(${JSON.stringify(prefixes)});
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) { if (e.name !== '.git') yield* walk(p); } else yield p; } }
const t0 = performance.now();
let n = 0;
for (const f of walk(dir)) {
  const name = basename(f);
  if (!NAMES.has(name)) continue;
  const text = readFileSync(f, 'utf8');
  const json = JSON_FILES.has(name);
  if (json) n += Object.keys(JSON.parse(text)).length;
  else n += text.split('\\n').length;
  if (upTo >= 1) {
    const re = /anthropic/giu;
    while (re.exec(text) !== null) n++;
  }
  if (upTo >= 2) {
    for (let at = text.indexOf('sha512-'); at !== -1; at = text.indexOf('sha512-', at + 7)) {
      if (PREFIXES.has(text.substr(at + 7, 8))) n++;
    }
  }
  if (upTo >= 3 && !json) {
    for (let at = text.indexOf('\\n'); at !== -1; at = text.indexOf('\\n', at + 1)) if (text.charCodeAt(at + 1) !== 32) n++;
  }
}
console.log(JSON.stringify({ ms: performance.now() - t0, n }));
`;

const AUDIT = `
import { audit } from ${JSON.stringify(join(build, 'gate', 'scan.js'))};
import { loadPolicy } from ${JSON.stringify(join(build, 'policy', 'load.js'))};
import { DirectorySource } from ${JSON.stringify(join(build, 'sources', 'directory.js'))};
const policy = await loadPolicy('builtin:default');
const t0 = performance.now();
const r = await audit(new DirectorySource(process.argv[1]), { policy });
console.log(JSON.stringify({ ms: performance.now() - t0, n: r.summary.failed }));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = (script, args) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};

const rows = [];
const labels = { floor: 'floor (read + JSON.parse / split lines)', name: '+ name search', hash: '+ hash search', entries: '+ entry starts' };
for (const phase of Object.keys(labels)) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) ms.push(run(PHASES, [tree, phase]).ms);
  rows.push({ label: labels[phase], ms: median(ms) });
}
if (existsSync(join(build, 'gate', 'scan.js'))) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) ms.push(run(AUDIT, [tree]).ms);
  rows.push({ label: 'the audit (src/gate/scan.ts)', ms: median(ms) });
}
const floor = rows[0].ms;
console.log(`${tree}: median of ${RUNS} fresh processes`);
console.log('| phase (cumulative) | ms | ratio to floor |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${r.ms.toFixed(0)} | ${(r.ms / floor).toFixed(2)} |`);
