#!/usr/bin/env node
// npm run bench: how fast `inventory` reads lockfiles, against the floor (reading the same bytes and
// JSON.parse / splitting lines in the same Node) and against the reference parsers.
//
//   node scripts/bench.mjs [--quick] [--check] [--json FILE] [--only bun,pnpm,whole,big,startup,pr,postban]
//
// --quick (for CI): a 20 MB tree, a 10,000-entry lockfile, one run each. --check compares every
// ratio with bench/budget.json (`quick` or `full` section): the budget is the ratio measured on the
// development machine × 2, headroom for noisy CI machines; the fixed targets (≤ 1.5× the floor,
// ≥ 10× the reference parsers, peak RSS) are checked only in full runs, where three runs tame the
// noise. A ratio without a budget entry is printed as a note, not a failure.
// Memory is judged on the `inventory` command as users run it (the CLI bundle, writing its JSON
// report to a file), the highest peak RSS of its runs; the in-process engine's and the floor's
// peaks are printed beside it.
// Start-up: time to first output of `node dist/cli/index.js --version` and of the action bundle
// (`node dist/index.js` without its INPUT_* environment: it reports the missing inputs), against
// `node -e ''` as the floor.
//
// It builds, under .cache/bench/: a ~100 MB monorepo of real lockfiles in every format (the
// committed fixtures, and ../shared/corpus/lockfiles when present, copied until the tree reaches
// the target size) and one 60,000-entry package-lock.json. Every measurement runs in a fresh
// child process of the same Node, three times; the median is reported. --check exits 1 when a
// target is missed or a ratio regresses past bench/budget.json.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const check = args.includes('--check');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const RUNS = quick ? 1 : 3;
const TARGET_BYTES = (quick ? 20 : 100) * 1024 * 1024;
const BIG_ENTRIES = quick ? 10_000 : 60_000;
const REFERENCE_TIMEOUT_MS = quick ? 60_000 : 120_000;
// --only bun,pnpm: measure only these rows (formats, `whole`, `big`, `flows`, `startup`, `pr`, `postban`); for work on
// one detector. AITG_BENCH_DIR: where the trees go (default: the OS temp folder), so that two
// checkouts can bench at once without sharing trees.
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const wants = (row) => only === null || only.has(row);
if (check && only !== null) {
  console.error('bench: --check judges every row; it cannot be combined with --only');
  process.exit(2);
}

// The compiled engine stays in the project (its imports resolve from node_modules); the trees go
// outside it: inside a git work tree, git-ignored folders are not scanned, as users expect.
const build = join(root, '.cache', 'bench', 'build');
const work = process.env.AITG_BENCH_DIR || join(tmpdir(), 'ai-tooling-gate-bench');
const mono = join(work, 'mono');
const big = join(work, 'big');

// --- 1. compile the engine for in-process timing -----------------------------------------------
console.error('bench: compiling the engine (tsc) …');
rmSync(build, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', build, '--noEmit', 'false'], {
  stdio: 'inherit',
});

// --- 2. the lockfile tree ------------------------------------------------------------------------
const FORMATS = {
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'package-lock',
  'yarn.lock': 'yarn',
  'pnpm-lock.yaml': 'pnpm',
  'bun.lock': 'bun',
  'deno.lock': 'deno',
  'poetry.lock': 'python',
  'uv.lock': 'python',
  'pdm.lock': 'python',
  'Pipfile.lock': 'python',
  'pylock.toml': 'python',
  'requirements.txt': 'python',
};
const JSON_FILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'deno.lock', 'Pipfile.lock']);

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') yield* walk(p);
    } else if (e.isFile()) yield p;
  }
}

const sources = [];
const seenHashes = new Set();
const sourceDirs = [join(root, 'test', 'fixtures'), join(root, '..', 'shared', 'corpus', 'lockfiles')];
for (const dir of sourceDirs) {
  if (!existsSync(dir)) continue;
  for (const file of walk(dir)) {
    const name = basename(file);
    if (!(name in FORMATS)) continue;
    const bytes = readFileSync(file);
    // Skip hostile fixtures (they are errors by design) and duplicates.
    if (/hostile|malformed|invalid|broken|garbage/i.test(file)) continue;
    const h = createHash('sha256').update(bytes).digest('hex');
    if (seenHashes.has(h)) continue;
    seenHashes.add(h);
    sources.push({ file, name, format: FORMATS[name], size: bytes.length });
  }
}
if (sources.length === 0) {
  console.error('bench: no lockfiles found under test/fixtures or ../shared/corpus/lockfiles');
  process.exit(1);
}

rmSync(mono, { recursive: true, force: true });
let total = 0;
let copy = 0;
while (total < TARGET_BYTES) {
  for (const s of sources) {
    const dest = join(mono, s.format, `copy${copy}`, relative(root, dirname(s.file)).replace(/[^A-Za-z0-9._-]+/g, '_'), s.name);
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(s.file, dest);
    total += s.size;
  }
  copy++;
}

// One 60,000-entry package-lock.json, shaped like npm 11's lockfileVersion 3.
rmSync(big, { recursive: true, force: true });
mkdirSync(big, { recursive: true });
{
  const packages = { '': { name: 'big-monorepo', version: '1.0.0', dependencies: {} } };
  for (let i = 0; i < BIG_ENTRIES; i++) {
    const scoped = i % 3 === 0;
    const name = scoped ? `@scope${i % 97}/package-${i}` : `package-${i}`;
    const version = `${i % 13}.${i % 7}.${i % 11}`;
    const base = scoped ? name.split('/')[1] : name;
    const nested = i % 10 === 9 ? `node_modules/package-${i - 1}/node_modules/${name}` : `node_modules/${name}`;
    packages[nested] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`,
      integrity: 'sha512-' + createHash('sha512').update(name).digest('base64'),
      ...(i % 4 === 0 ? { dev: true } : {}),
      ...(i % 17 === 0 ? { optional: true } : {}),
      license: 'MIT',
      dependencies: i > 0 ? { [`package-${i - 1}`]: `^${(i - 1) % 13}.0.0` } : {},
      engines: { node: '>=18' },
    };
    if (i < 2000) packages[''].dependencies[name] = `^${version}`;
  }
  packages['node_modules/@anthropic-ai/claude-code'] = {
    version: '2.1.150',
    resolved: 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.150.tgz',
    license: 'SEE LICENSE IN README.md',
  };
  writeFileSync(join(big, 'package-lock.json'), JSON.stringify({ name: 'big-monorepo', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n');
}

// .cache/ is ignored by the project's git: without a repository of their own, the trees would be
// listed through the project's `git ls-files` and look empty. Each is its own (untracked) work tree,
// as a scanned repository is.
for (const dir of [mono, big]) execFileSync('git', ['init', '-q', '--', dir]);

// --- 3. measurements -------------------------------------------------------------------------------
class TimedOut extends Error {}

function runChild(script, childArgs, timeoutMs) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...childArgs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGKILL' } : {}),
  });
  if (r.error && /ETIMEDOUT/.test(String(r.error.code ?? r.error))) throw new TimedOut(`timed out after ${timeoutMs / 1000} s`);
  if (r.signal === 'SIGKILL' && timeoutMs) throw new TimedOut(`timed out after ${timeoutMs / 1000} s`);
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop();
  return JSON.parse(line);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(script, childArgs, timeoutMs) {
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(runChild(script, childArgs, timeoutMs));
  return { ms: median(results.map((r) => r.ms)), rssMb: Math.max(...results.map((r) => r.rssMb)), extra: results[0].extra };
}

// The command users run, end to end: `node dist/cli/index.js inventory DIR --format json --output
// FILE --offline` (start-up, reading, detecting, writing the report), its wall time and peak RSS.
// The peak is read in the CLI's own process by a preloaded exit hook, which adds nothing else.
const RSS_HOOK = join(root, '.cache', 'bench', 'rss-hook.mjs');
mkdirSync(dirname(RSS_HOOK), { recursive: true });
writeFileSync(
  RSS_HOOK,
  "process.on('exit', () => process.stderr.write('\\n' + JSON.stringify({ aitgBenchRssMb: process.resourceUsage().maxRSS / 1024 }) + '\\n'));\n",
);
function measureCli(dir) {
  const out = join(work, 'inventory-report.json');
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(RSS_HOOK).href, join(root, 'dist', 'cli', 'index.js'), 'inventory', dir, '--format', 'json', '--output', out, '--offline'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const ms = performance.now() - t0;
    // Exit 1 is a tree with unreadable files (the corpus has some on purpose); 2 or a crash is not.
    const m = /\{"aitgBenchRssMb":([0-9.]+)\}/.exec(r.stderr ?? '');
    if ((r.status !== 0 && r.status !== 1) || !m) throw new Error(`inventory CLI failed on ${dir}: ${r.stderr}`);
    results.push({ ms, rssMb: Number(m[1]) });
  }
  rmSync(out, { force: true });
  return { ms: median(results.map((r) => r.ms)), rssMb: Math.max(...results.map((r) => r.rssMb)) };
}

const OURS = `
import { inventoryEach } from ${JSON.stringify(join(build, 'src', 'inventory', 'engine.js'))};
import { DirectorySource } from ${JSON.stringify(join(build, 'src', 'sources', 'directory.js'))};
const dir = process.argv[1];
const t0 = performance.now();
// As the CLI's inventory command runs it: file by file, each file's components handed over in
// order and then let go (the CLI writes them out; here they are counted).
let components = 0;
const totals = await inventoryEach(new DirectorySource(dir), {}, (file, list) => { components += list.length; });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, extra: { components, errors: totals.errors.length, files: totals.filesScanned } }));
`;

const FLOOR = `
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
const JSON_FILES = new Set(${JSON.stringify([...JSON_FILES])});
const NAMES = new Set(${JSON.stringify(Object.keys(FORMATS))});
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) yield* walk(p); else yield p; } }
const t0 = performance.now();
let n = 0;
for (const f of walk(process.argv[1])) {
  const name = basename(f);
  if (!NAMES.has(name)) continue;
  const text = readFileSync(f, 'utf8');
  if (JSON_FILES.has(name)) n += Object.keys(JSON.parse(text)).length;
  else n += text.split('\\n').length;
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, extra: { n } }));
`;

const REFERENCE = {
  'package-lock': {
    name: '@npmcli/arborist loadVirtual',
    module: '@npmcli/arborist',
    script: `
import Arborist from '@npmcli/arborist';
import { readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) yield* walk(p); else yield p; } }
const t0 = performance.now();
let n = 0;
let failed = 0;
for (const f of walk(process.argv[1])) {
  if (basename(f) !== 'package-lock.json' && basename(f) !== 'npm-shrinkwrap.json') continue;
  try {
    const tree = await new Arborist({ path: dirname(f) }).loadVirtual();
    n += tree.inventory.size;
  } catch { failed++; }
}
console.log(JSON.stringify({ ms: performance.now() - t0, rssMb: process.resourceUsage().maxRSS / 1024, extra: { n } }));
`,
  },
  yarn: {
    name: '@yarnpkg/parsers parseSyml + @yarnpkg/lockfile',
    module: '@yarnpkg/parsers',
    script: `
import { parseSyml } from '@yarnpkg/parsers';
import lockfile from '@yarnpkg/lockfile';
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) yield* walk(p); else yield p; } }
const t0 = performance.now();
let n = 0;
for (const f of walk(process.argv[1])) {
  if (basename(f) !== 'yarn.lock') continue;
  const text = readFileSync(f, 'utf8');
  const parsed = text.includes('__metadata:') ? parseSyml(text) : lockfile.parse(text).object;
  n += Object.keys(parsed).length;
}
console.log(JSON.stringify({ ms: performance.now() - t0, rssMb: process.resourceUsage().maxRSS / 1024, extra: { n } }));
`,
  },
  pnpm: {
    name: '@pnpm/lockfile.fs readWantedLockfile',
    module: '@pnpm/lockfile.fs',
    script: `
import { readWantedLockfile } from '@pnpm/lockfile.fs';
import { readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) yield* walk(p); else yield p; } }
const t0 = performance.now();
let n = 0;
for (const f of walk(process.argv[1])) {
  if (basename(f) !== 'pnpm-lock.yaml') continue;
  try {
    const lock = await readWantedLockfile(dirname(f), { ignoreIncompatible: true });
    n += Object.keys(lock?.packages ?? {}).length;
  } catch { n += 0; }
}
console.log(JSON.stringify({ ms: performance.now() - t0, rssMb: process.resourceUsage().maxRSS / 1024, extra: { n } }));
`,
  },
};

function dirBytes(dir) {
  let b = 0;
  let largest = 0;
  let files = 0;
  for (const f of walk(dir)) {
    const s = statSync(f).size;
    b += s;
    largest = Math.max(largest, s);
    files++;
  }
  return { bytes: b, largest, files };
}

const rows = [];
const targets = [];
const notes = [];
const targetsFor = (label, dir, withReference) => {
  const size = dirBytes(dir);
  const ours = measure(OURS, [dir]);
  const floor = measure(FLOOR, [dir]);
  const cli = measureCli(dir);
  const row = {
    label,
    files: size.files,
    mb: size.bytes / 1048576,
    oursMs: ours.ms,
    floorMs: floor.ms,
    ratio: ours.ms / floor.ms,
    rssMb: ours.rssMb,
    floorRssMb: floor.rssMb,
    cliMs: cli.ms,
    cliRssMb: cli.rssMb,
    rssBudgetMb: (2 * size.largest) / 1048576 + 150,
    components: ours.extra.components,
    errors: ours.extra.errors,
  };
  const ref = withReference ? REFERENCE[withReference] : undefined;
  if (ref) {
    try {
      // A reference parser gets at most REFERENCE_TIMEOUT_MS a run: past it, the speed-up is a
      // lower bound (arborist's loadVirtual takes many minutes on a 60,000-entry lockfile).
      const r = measure(ref.script, [dir], REFERENCE_TIMEOUT_MS);
      row.reference = ref.name;
      row.referenceMs = r.ms;
      row.speedup = r.ms / ours.ms;
    } catch (e) {
      if (e instanceof TimedOut) {
        row.reference = `${ref.name} (stopped after ${REFERENCE_TIMEOUT_MS / 1000} s)`;
        row.referenceMs = REFERENCE_TIMEOUT_MS;
        row.speedup = REFERENCE_TIMEOUT_MS / ours.ms;
        row.speedupIsLowerBound = true;
      } else {
        row.reference = `${ref.name} (failed: ${String(e.message).split('\n')[0].slice(0, 120)})`;
      }
    }
  }
  rows.push(row);
  targets.push({ label, ok: row.ratio <= 1.5, what: `ratio to floor ${row.ratio.toFixed(2)} ≤ 1.5` });
  // Judged on the command users run, not on the engine alone.
  targets.push({ label, ok: row.cliRssMb <= row.rssBudgetMb, what: `inventory command peak RSS ${row.cliRssMb.toFixed(0)} MB ≤ ${row.rssBudgetMb.toFixed(0)} MB` });
  if (row.speedup !== undefined) targets.push({ label, ok: row.speedup >= 10, what: `${row.speedup.toFixed(1)}× faster than ${ref.name} (≥ 10×)` });
};

for (const format of [...new Set(Object.values(FORMATS))].sort()) {
  const dir = join(mono, format);
  if (!existsSync(dir) || !wants(format)) continue;
  console.error(`bench: ${format} …`);
  targetsFor(format, dir, REFERENCE[format] ? format : undefined);
}
if (wants('whole')) {
  console.error('bench: whole monorepo …');
  targetsFor('whole monorepo', mono, undefined);
}
if (wants('big')) {
  console.error(`bench: ${BIG_ENTRIES}-entry package-lock.json …`);
  targetsFor(`${BIG_ENTRIES}-entry package-lock`, big, 'package-lock');
}

/** The floor of a tree of scripts: reading every file and splitting its lines. */
const FLOOR_EVERY_FILE = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
function* walk(d) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) yield* walk(p); else yield p; } }
const t0 = performance.now();
let n = 0;
for (const f of walk(process.argv[1])) n += readFileSync(f, 'utf8').split('\\n').length;
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, extra: { lines: n } }));
`;

// --- 3a. flows: scripts judged in the contexts their callers give them ------------------------------
// 200 install scripts, each run by 10 of 50 caller scripts with the caller's own version as its
// argument: 2,000 script evaluations besides the 250 files' own scans. Floor: reading the
// same files. Its cost is what following the invocation graph adds; trees without callers (every
// lockfile row above) do not follow anything.
if (wants('flows')) {
  console.error('bench: flows (200 scripts called from 50 callers) …');
  const flows = join(work, 'flows');
  rmSync(flows, { recursive: true, force: true });
  mkdirSync(join(flows, 'scripts'), { recursive: true });
  mkdirSync(join(flows, 'ci'), { recursive: true });
  for (let i = 0; i < 200; i++)
    writeFileSync(join(flows, 'scripts', `install-${i}.sh`), `#!/usr/bin/env bash\nset -euo pipefail\nVERSION="\${1:-latest}"\nnpm install -g "@anthropic-ai/claude-code@\${VERSION}"\n`);
  for (let c = 0; c < 50; c++) {
    const lines = ['#!/usr/bin/env bash', `export TOOL_HOME=/opt/tool-${c}`];
    for (let k = 0; k < 40; k++) lines.push(`bash scripts/install-${(c * 4 + k) % 200}.sh 2.1.${90 + (c % 10)}`);
    writeFileSync(join(flows, 'ci', `caller-${c}.sh`), lines.join('\n') + '\n');
  }
  const size = dirBytes(flows);
  const ours = measure(OURS, [flows]);
  const floor = measure(FLOOR_EVERY_FILE, [flows]);
  rows.push({ label: 'flows: 200 scripts called from 50 callers', files: size.files, mb: size.bytes / 1048576, oursMs: ours.ms, floorMs: floor.ms, ratio: ours.ms / floor.ms, rssMb: ours.rssMb, floorRssMb: floor.rssMb, rssBudgetMb: undefined, components: ours.extra.components, startup: true });
  notes.push(`flows: ${size.files} files; each caller runs 40 scripts (2,000 script evaluations, each in its caller's context); ${ours.extra.components} components.`);
}

// --- 3b. start-up of the bundles ----------------------------------------------------------------------
/** Milliseconds from spawn to the first byte on stdout or stderr (or to exit, for the floor). */
function firstOutput(args, env, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(performance.now() - t0);
    };
    child.stdout.once('data', finish);
    child.stderr.once('data', finish);
    child.on('exit', finish);
    child.on('error', reject);
  });
}

async function startup(label, args, env = {}) {
  const runs = quick ? 3 : 7; // cheap: a few more runs than the tree measurements
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstOutput(args, env, empty));
  return { label, ms: median(times) };
}

// An empty workspace: the action bundle without inputs scans nothing and reports at once.
const empty = join(work, 'startup-empty');
if (wants('startup')) {
  console.error('bench: start-up …');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  const floorStart = await startup('node -e ""', ['-e', '']);
  for (const s of [
    await startup('start-up: CLI --version', [join(root, 'dist', 'cli', 'index.js'), '--version']),
    await startup('start-up: action, no inputs', [join(root, 'dist', 'index.js')], { GITHUB_WORKSPACE: empty, RUNNER_TEMP: empty }),
  ]) {
    rows.push({ label: s.label, files: 0, mb: 0, oursMs: s.ms, floorMs: floorStart.ms, ratio: s.ms / floorStart.ms, rssMb: undefined, rssBudgetMb: undefined, components: '–', startup: true });
  }
}

// --- a pull request that touches one lockfile of a 500-lockfile repository ---------------------
// Diff mode parses what changed (and what read a changed file); an unchanged lockfile is parsed
// only when its text names something the policy covers (it may hold a pre-existing finding), and
// otherwise only read and searched. Both sides run the CLI bundle end to end (start-up included)
// on the built-in default policy. Two repositories: a typical one, where 5 of the 500 lockfiles pin
// a banned Claude Code (pre-existing findings) and the rest name no AI tool; and the worst case,
// where every lockfile names a covered package and so every one is parsed.
if (wants('pr')) {
  const { nameFilter } = await import(pathToFileURL(join(build, 'src', 'policy', 'relevance.js')).href);
  const { loadPolicy } = await import(pathToFileURL(join(build, 'src', 'policy', 'load.js')).href);
  const { catalog } = await import(pathToFileURL(join(build, 'src', 'catalog', 'index.js')).href);
  const filter = nameFilter(await loadPolicy('builtin:default'), catalog);
  const lockSources = sources.filter((x) => ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].includes(x.name));
  const names = (x) => filter.textMayName(readFileSync(x.file, 'utf8'), ['npm']);
  const naming = lockSources.filter(names);
  const quiet = lockSources.filter((x) => !names(x));
  const bannedSource = naming.find((x) => x.name === 'package-lock.json' && /claude-code-2\.1\.1\d\d\.tgz/.test(readFileSync(x.file, 'utf8')));
  if (!bannedSource || quiet.length === 0) throw new Error('bench: no fixture lockfile with a banned Claude Code, or none without an AI tool');
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (cwd, ...a) => execFileSync('git', a, { cwd, env: gitEnv, stdio: 'ignore' });
  const cliRun = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: the CLI failed: ${r.stderr}`);
    return ms;
  };
  const prDiff = (label, name, pick, changedSource) => {
    console.error(`bench: ${label} …`);
    const repo = join(work, `pr-${name}`);
    const pair = join(work, `pr-${name}-pair`);
    rmSync(repo, { recursive: true, force: true });
    rmSync(pair, { recursive: true, force: true });
    let bytes = 0;
    let naming = 0;
    const files = [];
    for (let i = 0; i < 500; i++) {
      const x = i === 0 ? changedSource : pick(i);
      const dest = join(repo, `pkg-${String(i).padStart(3, '0')}`, x.name);
      mkdirSync(dirname(dest), { recursive: true });
      cpSync(x.file, dest);
      bytes += x.size;
      if (names(x)) naming++;
      files.push(dest);
    }
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    // The change: one lockfile gains a trailing line, as a re-lock would rewrite it.
    const before = readFileSync(files[0]);
    writeFileSync(files[0], Buffer.concat([before, Buffer.from('\n')]));
    // The one file pair alone: the same change in a repository holding only that file, scanned
    // the same way (the same command, so start-up and policy loading cancel out).
    mkdirSync(join(pair, 'pkg-000'), { recursive: true });
    writeFileSync(join(pair, 'pkg-000', changedSource.name), before);
    git(pair, 'init', '-q');
    git(pair, 'add', '-A');
    git(pair, 'commit', '-q', '-m', 'base');
    writeFileSync(join(pair, 'pkg-000', changedSource.name), readFileSync(files[0]));
    const diffTimes = [];
    const pairTimes = [];
    for (let i = 0; i < RUNS; i++) {
      diffTimes.push(cliRun(['scan', repo, '--base', 'HEAD', '--offline', '--format', 'json', '--output', join(work, `pr-${name}.json`)]));
      pairTimes.push(cliRun(['scan', pair, '--base', 'HEAD', '--offline', '--format', 'json', '--output', join(work, `pr-${name}-pair.json`)]));
    }
    const diffMs = median(diffTimes);
    const pairMs = median(pairTimes);
    const summary = JSON.parse(readFileSync(join(work, `pr-${name}.json`), 'utf8')).summary;
    rows.push({ label, files: 500, mb: bytes / 1048576, oursMs: diffMs, floorMs: pairMs, ratio: diffMs / pairMs, rssMb: undefined, rssBudgetMb: undefined, components: summary.components, startup: true });
    notes.push(`${label}: ${naming} of 500 lockfiles (${(bytes / 1048576).toFixed(1)} MB) name a package the default policy covers; ${summary.unchangedNotParsed} unchanged ones were read and not parsed; ${summary.failed} pre-existing failing findings reported.`);
    return { diffMs, pairMs };
  };
  const typical = prDiff('PR diff: 1 of 500 lockfiles changed', 'typical', (i) => (i % 100 === 50 ? bannedSource : quiet[i % quiet.length]), quiet[0]);
  targets.push({ label: 'PR diff: 1 of 500 lockfiles changed', ok: typical.diffMs / typical.pairMs <= 2, what: `diff-mode scan ${typical.diffMs.toFixed(0)} ms vs the one file pair alone ${typical.pairMs.toFixed(0)} ms: ${(typical.diffMs / typical.pairMs).toFixed(2)}× (≤ 2×)` });
  prDiff('PR diff, worst case: all 500 name a covered package', 'worst', (i) => naming[i % naming.length], naming[0]);
}

// --- the post-ban repository: every lockfile holds a banned Claude Code ------------------------------
// Many real lockfiles of npm, yarn 1 and 4, pnpm, bun and deno, each with a banned Claude Code
// injected (scripts/bench-postban.mjs). Rows: a pull request that adds one such lockfile, against
// the same pull request in a repository holding only that file (time and peak RSS, the CLI end to
// end); the audit `scan` (builtin:default) and `inventory` in-process against the floor; and the
// audit `scan` of the bench's monorepo against its floor.
if (wants('postban')) {
  console.error('bench: post-ban repository …');
  const { postBanTexts } = await import(pathToFileURL(join(root, 'scripts', 'bench-postban.mjs')).href);
  const { detectorsFor } = await import(pathToFileURL(join(build, 'src', 'inventory', 'engine.js')).href);
  const { defaultLimits } = await import(pathToFileURL(join(build, 'src', 'model', 'limits.js')).href);
  const detectFile = async (path, text) => {
    const out = [];
    for (const d of detectorsFor(path)) {
      const r = await d.detect({ path, text, bytes: Buffer.from(text), readFile: async () => null, limits: defaultLimits });
      out.push(...r.components);
    }
    return out;
  };
  const { kept, left } = await postBanTexts(sources, detectFile);
  if (kept.length === 0) throw new Error('bench: no lockfile template took a banned Claude Code');
  const postban = join(work, 'postban');
  const pair = join(work, 'postban-pair');
  rmSync(postban, { recursive: true, force: true });
  rmSync(pair, { recursive: true, force: true });
  const POSTBAN_BYTES = (quick ? 20 : 93) * 1024 * 1024;
  let bytes = 0;
  let files = 0;
  const byFormat = {};
  for (let copy = 0; bytes < POSTBAN_BYTES; copy++) {
    for (const [i, t] of kept.entries()) {
      const dest = join(postban, `copy${copy}`, `pkg-${String(i).padStart(3, '0')}`, t.name);
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, t.text);
      bytes += t.size;
      files++;
      byFormat[t.name] = (byFormat[t.name] ?? 0) + 1;
    }
  }
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (cwd, ...a) => execFileSync('git', a, { cwd, env: gitEnv, stdio: 'ignore' });
  git(postban, 'init', '-q');
  git(postban, 'add', '-A');
  git(postban, 'commit', '-q', '-m', 'base');
  notes.push(`post-ban repository: ${files} lockfiles (${(bytes / 1048576).toFixed(1)} MB; ${Object.entries(byFormat).map(([k, v]) => `${v} ${k}`).join(', ')}), each holding ${'@anthropic-ai/claude-code'} 2.1.150; ${left} template(s) left out (no known place for the entry).`);

  const AUDIT = `
import { audit } from ${JSON.stringify(join(build, 'src', 'gate', 'scan.js'))};
import { loadPolicy } from ${JSON.stringify(join(build, 'src', 'policy', 'load.js'))};
import { DirectorySource } from ${JSON.stringify(join(build, 'src', 'sources', 'directory.js'))};
const policy = await loadPolicy('builtin:default');
const t0 = performance.now();
const r = await audit(new DirectorySource(process.argv[1]), { policy });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, extra: { components: r.summary.components, failed: r.summary.failed, errors: r.errors.length } }));
`;
  const ratioRow = (label, script, dir) => {
    const ours = measure(script, [dir]);
    const floor = measure(FLOOR, [dir]);
    const size = dirBytes(dir);
    rows.push({ label, files: size.files, mb: size.bytes / 1048576, oursMs: ours.ms, floorMs: floor.ms, ratio: ours.ms / floor.ms, rssMb: ours.rssMb, floorRssMb: floor.rssMb, rssBudgetMb: undefined, components: ours.extra.components });
    return { ours, floor };
  };
  const scanRow = ratioRow('post-ban: scan (audit)', AUDIT, postban);
  if (scanRow.ours.extra.failed < files) throw new Error(`bench: the post-ban audit found ${scanRow.ours.extra.failed} failing findings in ${files} lockfiles`);
  targets.push({ label: 'post-ban: scan (audit)', ok: scanRow.ours.ms / scanRow.floor.ms <= 1.5, what: `audit scan ${(scanRow.ours.ms / scanRow.floor.ms).toFixed(2)}× the floor (≤ 1.5×)` });
  const invRow = ratioRow('post-ban: inventory', OURS, postban);
  targets.push({ label: 'post-ban: inventory', ok: invRow.ours.ms / invRow.floor.ms <= 3, what: `inventory ${(invRow.ours.ms / invRow.floor.ms).toFixed(2)}× the floor (≤ 3×)` });
  if (existsSync(mono)) {
    const monoRow = ratioRow('whole monorepo: scan (audit)', AUDIT, mono);
    targets.push({ label: 'whole monorepo: scan (audit)', ok: monoRow.ours.ms / monoRow.floor.ms <= 1.5, what: `audit scan ${(monoRow.ours.ms / monoRow.floor.ms).toFixed(2)}× the floor (≤ 1.5×)` });
  }

  // The pull request: one more post-ban npm lockfile, in a new folder of the work tree.
  const added = kept.find((t) => t.name === 'package-lock.json') ?? kept[0];
  mkdirSync(join(postban, 'new-service'), { recursive: true });
  writeFileSync(join(postban, 'new-service', added.name), added.text);
  mkdirSync(pair, { recursive: true });
  git(pair, 'init', '-q');
  git(pair, 'commit', '-q', '--allow-empty', '-m', 'base');
  mkdirSync(join(pair, 'new-service'), { recursive: true });
  writeFileSync(join(pair, 'new-service', added.name), added.text);
  const cliScan = (dir, out) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(RSS_HOOK).href, join(root, 'dist', 'cli', 'index.js'), 'scan', dir, '--base', 'HEAD', '--offline', '--format', 'json', '--output', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - t0;
    const m = /\{"aitgBenchRssMb":([0-9.]+)\}/.exec(r.stderr ?? '');
    if (r.status !== 1 || !m) throw new Error(`bench: the post-ban pull request must fail the gate (exit 1): ${r.status} ${r.stderr}`);
    return { ms, rssMb: Number(m[1]), summary: JSON.parse(readFileSync(out, 'utf8')).summary };
  };
  const prRuns = [];
  const pairRuns = [];
  // Three interleaved runs even in quick mode: each is about a second, and one run of two
  // processes on a loaded machine is noise.
  for (let i = 0; i < Math.max(RUNS, 3); i++) {
    prRuns.push(cliScan(postban, join(work, 'postban-pr.json')));
    pairRuns.push(cliScan(pair, join(work, 'postban-pair.json')));
  }
  const prMs = median(prRuns.map((r) => r.ms));
  const pairMs = median(pairRuns.map((r) => r.ms));
  const prRss = Math.max(...prRuns.map((r) => r.rssMb));
  const pairRss = Math.max(...pairRuns.map((r) => r.rssMb));
  const label = 'post-ban: PR adding 1 lockfile vs the one-pair repository';
  rows.push({ label, files: files + 1, mb: bytes / 1048576, oursMs: prMs, floorMs: pairMs, ratio: prMs / pairMs, rssMb: prRss, floorRssMb: pairRss, rssBudgetMb: pairRss + 50, components: prRuns[0].summary.components, startup: true });
  notes.push(`${label}: ${prRuns[0].summary.introduced} introduced, ${prRuns[0].summary.unchangedNotParsed} unchanged lockfiles not parsed; peak RSS ${prRss.toFixed(0)} MB vs ${pairRss.toFixed(0)} MB for the one pair.`);
  targets.push({ label, ok: prMs / pairMs <= 2, what: `${prMs.toFixed(0)} ms vs the one pair ${pairMs.toFixed(0)} ms: ${(prMs / pairMs).toFixed(2)}× (≤ 2×)` });
  targets.push({ label, ok: prRss <= pairRss + 50, what: `peak RSS ${prRss.toFixed(0)} MB ≤ one pair ${pairRss.toFixed(0)} MB + 50 MB` });
  rmSync(join(postban, 'new-service'), { recursive: true, force: true });
}

// --- 4. report ------------------------------------------------------------------------------------
const fmt = (n, d = 0) => (n === undefined ? '–' : n.toFixed(d));
const lines = [
  `Node ${process.version}, ${RUNS} run(s) each, median; ours = inventory in-process (list, read, detect, locate, dedupe), file by file as the CLI writes it; floor RSS and engine RSS = the peak of those processes; CLI = \`node dist/cli/index.js inventory DIR --format json --output FILE --offline\` end to end (start-up and report writing included)`,
  '',
  '| tree | files | MB | ours ms | floor ms | ours/floor | reference | ref ms | speed-up | floor RSS MB | engine RSS MB | CLI ms | CLI peak RSS MB (budget) | components |',
  '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.startup ? '–' : r.files} | ${r.startup ? '–' : fmt(r.mb, 1)} | ${fmt(r.oursMs)} | ${fmt(r.floorMs)} | ${fmt(r.ratio, 2)} | ${r.reference ?? '–'} | ${fmt(r.referenceMs)} | ${r.speedup ? (r.speedupIsLowerBound ? '> ' : '') + fmt(r.speedup, 1) + '×' : '–'} | ${fmt(r.floorRssMb)} | ${fmt(r.rssMb)} | ${fmt(r.cliMs)} | ${fmt(r.cliRssMb)} (${fmt(r.rssBudgetMb)}) | ${r.components} |`,
  ),
  '',
  ...notes,
  ...(notes.length ? [''] : []),
  ...targets.map((t) => `${t.ok ? 'ok  ' : 'MISS'} ${t.label}: ${t.what}`),
];
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ node: process.version, rows, targets }, null, 2) + '\n');

if (check) {
  const budgetFile = join(root, 'bench', 'budget.json');
  // Quick runs are one noisy sample each: only the budget (measured × 2) applies to them.
  let failed = quick ? 0 : targets.filter((t) => !t.ok).length;
  if (existsSync(budgetFile)) {
    const budget = JSON.parse(readFileSync(budgetFile, 'utf8'));
    const section = budget[quick ? 'quick' : 'full'] ?? {};
    const minFloorMs = section.minFloorMs ?? 0;
    for (const r of rows) {
      const max = section.maxRatio?.[r.label];
      if (!r.startup && r.floorMs < minFloorMs) {
        console.log(`note ${r.label}: floor ${r.floorMs.toFixed(1)} ms is under ${minFloorMs} ms, too small to judge a ratio; not checked`);
      } else if (max === undefined) {
        console.log(`note ${r.label}: no budget in bench/budget.json (${quick ? 'quick' : 'full'}); ratio ${r.ratio.toFixed(2)}`);
      } else if (r.ratio > max) {
        console.log(`MISS ${r.label}: ratio ${r.ratio.toFixed(2)} regressed past the budget ${max}`);
        failed++;
      } else {
        console.log(`ok   ${r.label}: ratio ${r.ratio.toFixed(2)} ≤ budget ${max}`);
      }
    }
  } else {
    console.log('MISS bench/budget.json is missing');
    failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}
