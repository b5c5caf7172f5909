#!/usr/bin/env node
// Generates real lockfiles with real package managers for the detector tests.
//
//   node scripts/generate-fixtures.mjs [--only <manager>]... [--keep-work] [--keep-cache]
//
// <manager> is a family (npm, yarn, yarn-berry, pnpm, bun, deno), a major (pnpm@9) or a pinned
// tool (yarn@1.22.22). A full run takes about 20 minutes, mostly yarn: yarn 1 and berry download
// every tarball (berry to compute checksums), several GB for these projects; those caches are
// deleted at the end unless --keep-cache.
//
// The managers are installed from the npm registry into .cache/fixture-tools/ (git-ignored) and
// run, one after the other, on small projects in .cache/fixture-tools/work/. Only the manifests
// and the lockfiles are copied to test/fixtures/lockfiles/generated/<manager>@<version>[-<variant>]/
// <project>/, next to an expected.json listing the registry packages (name@version, real names)
// as the manager itself lists them from the lockfile (npm query, pnpm 11+ list, yarn berry info) or,
// where it has no such lister, as derived here from the lockfile and cross-checked against what the
// manager does print (bun pm ls) or against the lister of a newer release of the same lockfile
// format (pnpm). manifest.json and README.md in that folder are rewritten from the results.
//
// Every manager runs with a clean, isolated configuration (a fresh HOME, XDG dirs, npm user and
// global config files written here, no inherited npm_config_*/YARN_*/PNPM_* variables), so the
// developer's ~/.npmrc (omit-lockfile-registry-resolved, nodedir, a private registry…) cannot leak
// into the fixtures. Install scripts never run (--ignore-scripts everywhere).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.cache', 'fixture-tools');
const TOOLS_DIR = path.join(CACHE, 'tools');
const WORK_DIR = path.join(CACHE, 'work');
const OUT = path.join(ROOT, 'test', 'fixtures', 'lockfiles', 'generated');
const REGISTRY = 'https://registry.npmjs.org/';
const NODE = process.execPath;

// ---------------------------------------------------------------------------------------------
// Pinned versions. Bump a pin to regenerate with a newer release; the old case folders of that
// manager are removed when it runs.

const TOOLS = [
  { id: 'npm@11.21.2', family: 'npm', pkg: 'npm', version: '11.21.2' },
  { id: 'yarn@1.22.22', family: 'yarn', pkg: 'yarn', version: '1.22.22' },
  { id: 'yarn@3.8.7', family: 'yarn', pkg: '@yarnpkg/cli-dist', version: '3.8.7' },
  { id: 'yarn@4.18.1', family: 'yarn', pkg: '@yarnpkg/cli-dist', version: '4.18.1' },
  { id: 'pnpm@7.33.7', family: 'pnpm', pkg: 'pnpm', version: '7.33.7' },
  { id: 'pnpm@8.15.9', family: 'pnpm', pkg: 'pnpm', version: '8.15.9' },
  { id: 'pnpm@9.15.9', family: 'pnpm', pkg: 'pnpm', version: '9.15.9' },
  { id: 'pnpm@10.34.9', family: 'pnpm', pkg: 'pnpm', version: '10.34.9' },
  { id: 'pnpm@11.28.11', family: 'pnpm', pkg: 'pnpm', version: '11.28.11' },
  { id: 'pnpm@12.21.0', family: 'pnpm', pkg: 'pnpm', version: '12.21.0' },
  { id: 'bun@1.4.5', family: 'bun', pkg: 'bun', version: '1.4.5' },
  { id: 'deno@2.9.6', family: 'deno', pkg: 'deno', version: '2.9.6' },
];

// The package versions the projects use.
const V = {
  claudeCodeBanned: '2.1.150', // in 2.1.91–2.1.197; has eight -<platform> optionalDependencies
  claudeCodeOld: '2.1.90', // before the banned range, installed under the alias claude-old
  claudeCodeSafe: '2.1.198',
  agentSdk: '0.2.113', // package.json claudeCodeVersion 2.1.113 (banned range)
  codex: '0.169.0', // optionalDependencies are npm: aliases of @openai/codex@0.169.0-<platform>
  isNumber: '7.0.0',
  isOddTarball: 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz', // is-odd 3.0.1 → is-number ^6.0.0
  forcedIsNumber: '7.0.0', // override / resolution forcing is-odd's is-number out of its range
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const log = (...a) => console.error('[fixtures]', ...a);

function rm(p) {
  fs.rmSync(p, { recursive: true, force: true, maxRetries: 3 });
}

function writeFile(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const json = (v) => JSON.stringify(v, null, 2) + '\n';

let HOME_BASE;
/** A fresh environment: nothing from the caller's shell except PATH to this Node and proxies. */
function isolatedEnv(extra = {}) {
  const home = fs.mkdtempSync(path.join(HOME_BASE, 'home-'));
  const npmrc = path.join(home, 'npmrc');
  const globalNpmrc = path.join(home, 'global-npmrc');
  writeFile(npmrc, `registry=${REGISTRY}\nfund=false\naudit=false\nupdate-notifier=false\n`);
  writeFile(globalNpmrc, '');
  const env = {
    PATH: [path.dirname(NODE), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    TMPDIR: home,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_userconfig: npmrc,
    npm_config_globalconfig: globalNpmrc,
    npm_config_cache: path.join(CACHE, 'cache', 'npm'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE']) {
    if (process.env[k]) env[k] = process.env[k];
  }
  return env;
}

/** Runs a command; returns stdout. Throws with the output on failure unless allowFail. */
function run(cmd, args, { cwd, env, allowFail = false, quiet = false, timeout = 30 * 60_000, label } = {}) {
  if (!quiet) log(`$ ${label ?? path.basename(cmd)} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout });
  if (r.error) throw r.error;
  if (r.status !== 0 && !allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`);
  }
  return allowFail ? r : r.stdout;
}

async function fetchBuffer(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

// ---------------------------------------------------------------------------------------------
// Installing the managers

const tool = (id) => TOOLS.find((t) => t.id === id);
const toolDir = (t) => path.join(TOOLS_DIR, t.id);
const pkgDir = (t) => path.join(toolDir(t), 'node_modules', t.pkg);

function installedVersion(t) {
  try {
    return JSON.parse(fs.readFileSync(path.join(pkgDir(t), 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** npm itself comes straight from its registry tarball (integrity-checked); it bundles its deps. */
async function bootstrapNpm(t) {
  if (installedVersion(t) === t.version) return;
  log(`installing ${t.pkg}@${t.version} from the registry tarball`);
  const meta = JSON.parse((await fetchBuffer(`${REGISTRY}${t.pkg}/${t.version}`)).toString('utf8'));
  const tgz = await fetchBuffer(meta.dist.tarball);
  const [algo, want] = meta.dist.integrity.split('-');
  const got = createHash(algo).update(tgz).digest('base64');
  if (got !== want) throw new Error(`integrity mismatch for ${meta.dist.tarball}`);
  rm(toolDir(t));
  fs.mkdirSync(pkgDir(t), { recursive: true });
  const file = path.join(toolDir(t), 'npm.tgz');
  fs.writeFileSync(file, tgz);
  run('tar', ['-xzf', file, '-C', pkgDir(t), '--strip-components=1'], { cwd: ROOT, quiet: true });
  fs.rmSync(file);
}

function npmCli() {
  return path.join(pkgDir(tool('npm@11.21.2')), 'bin', 'npm-cli.js');
}

function installTool(t) {
  if (installedVersion(t) === t.version) return;
  log(`installing ${t.pkg}@${t.version} into ${path.relative(ROOT, toolDir(t))}`);
  rm(toolDir(t));
  fs.mkdirSync(toolDir(t), { recursive: true });
  writeFile(path.join(toolDir(t), 'package.json'), json({ name: 'fixture-tool', private: true }));
  // cwd is the tool folder itself: npm would take an argument naming an existing folder for a path.
  run(NODE, [npmCli(), 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=warn', `${t.pkg}@${t.version}`], {
    cwd: toolDir(t),
    env: isolatedEnv(),
  });
  if (installedVersion(t) !== t.version) throw new Error(`could not install ${t.pkg}@${t.version}`);
}

/** The native executable of a package that ships one per platform in optional dependencies. */
function nativeBinary(t, scope, rel) {
  const base = path.join(toolDir(t), 'node_modules', scope);
  const candidates = fs.existsSync(base) ? fs.readdirSync(base).map((d) => path.join(base, d, rel)) : [];
  for (const c of candidates) {
    if (!fs.existsSync(c)) continue;
    const r = spawnSync(c, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return c;
  }
  throw new Error(`no runnable ${rel} for ${t.id} under ${base}`);
}

/** [command, leading args] to run a manager. */
function commandFor(t) {
  switch (t.pkg) {
    case 'npm':
      return [NODE, [npmCli()]];
    case 'yarn':
      return [NODE, [path.join(pkgDir(t), 'bin', 'yarn.js')]];
    case '@yarnpkg/cli-dist':
      return [NODE, [path.join(pkgDir(t), 'bin', 'yarn.js')]];
    case 'pnpm': {
      const mjs = path.join(pkgDir(t), 'bin', 'pnpm.mjs');
      return [NODE, [fs.existsSync(mjs) ? mjs : path.join(pkgDir(t), 'bin', 'pnpm.cjs')]];
    }
    case 'bun':
      return [nativeBinary(t, '@oven', path.join('bin', 'bun')), []];
    case 'deno':
      return [nativeBinary(t, '@deno', 'deno'), []];
    default:
      throw new Error(`unknown tool ${t.pkg}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The projects. Each returns { files: { relPath: content }, exercises: '…' } for a manager.

function claudeAlias() {
  return {
    exercises:
      `a banned @anthropic-ai/claude-code@${V.claudeCodeBanned} with its eight -<platform> optional packages; ` +
      `an npm: alias claude-old → @anthropic-ai/claude-code@${V.claudeCodeOld}; is-number@${V.isNumber}; ` +
      `devDependency @anthropic-ai/claude-agent-sdk@${V.agentSdk} (claudeCodeVersion 2.1.113) with its dependency tree and zod peer`,
    files: {
      'package.json': json({
        name: 'fixture-claude-alias',
        version: '1.0.0',
        private: true,
        dependencies: {
          '@anthropic-ai/claude-code': V.claudeCodeBanned,
          'claude-old': `npm:@anthropic-ai/claude-code@${V.claudeCodeOld}`,
          'is-number': V.isNumber,
        },
        devDependencies: {
          '@anthropic-ai/claude-agent-sdk': V.agentSdk,
        },
      }),
    },
  };
}

function workspaces({ workspaceProtocol, pnpmWorkspaceYaml = false }) {
  const files = {
    'package.json': json({
      name: 'fixture-workspaces',
      version: '1.0.0',
      private: true,
      workspaces: ['packages/*'],
    }),
    'packages/app/package.json': json({
      name: '@fixture/app',
      version: '1.0.0',
      dependencies: {
        '@anthropic-ai/claude-code': V.claudeCodeSafe,
        '@fixture/tools': workspaceProtocol ? 'workspace:*' : '1.0.0',
      },
    }),
    'packages/tools/package.json': json({
      name: '@fixture/tools',
      version: '1.0.0',
      devDependencies: {
        '@openai/codex': V.codex,
      },
    }),
  };
  if (pnpmWorkspaceYaml) files['pnpm-workspace.yaml'] = "packages:\n  - 'packages/*'\n";
  return {
    exercises:
      `workspaces packages/*: packages/app → @anthropic-ai/claude-code@${V.claudeCodeSafe} (safe) and ` +
      `packages/tools (${workspaceProtocol ? 'workspace:*' : 'plain version 1.0.0'}); packages/tools devDepends on ` +
      `@openai/codex@${V.codex}, whose platform builds are npm: aliases of @openai/codex@${V.codex}-<platform>`,
    files,
  };
}

/** overrides: 'overrides' | 'resolutions' | 'pnpm.overrides' | 'pnpm-workspace.yaml' */
function sources({ link, overrides }) {
  const pkg = {
    name: 'fixture-sources',
    version: '1.0.0',
    private: true,
    dependencies: {
      'file-pkg': 'file:./local/file-pkg',
      ...(link ? { 'link-pkg': 'link:./local/link-pkg' } : {}),
      'is-odd': V.isOddTarball,
    },
  };
  const files = {};
  const forced = { 'is-number': V.forcedIsNumber };
  if (overrides === 'overrides') pkg.overrides = forced;
  else if (overrides === 'resolutions') pkg.resolutions = forced;
  else if (overrides === 'pnpm.overrides') pkg.pnpm = { overrides: forced };
  else if (overrides === 'pnpm-workspace.yaml') files['pnpm-workspace.yaml'] = `overrides:\n  is-number: ${V.forcedIsNumber}\n`;
  files['package.json'] = json(pkg);
  files['local/file-pkg/package.json'] = json({ name: 'file-pkg', version: '1.0.0', dependencies: { 'is-number': '^7.0.0' } });
  files['local/file-pkg/index.js'] = "module.exports = 'file-pkg';\n";
  if (link) {
    files['local/link-pkg/package.json'] = json({ name: 'link-pkg', version: '1.0.0' });
    files['local/link-pkg/index.js'] = "module.exports = 'link-pkg';\n";
  }
  return {
    exercises:
      `file: dependency on local/file-pkg (which depends on is-number ^7.0.0)` +
      (link ? ', link: dependency on local/link-pkg' : '') +
      `, a registry tarball URL dependency (${V.isOddTarball}), and ${overrides} forcing is-odd's is-number ^6.0.0 to ${V.forcedIsNumber}`,
    files,
  };
}

/** The deno-native project: a deno.json import map with npm: (and, when jsr.io answers, jsr:) specifiers. */
function denoImports({ jsr }) {
  const imports = {
    '@anthropic-ai/claude-code': `npm:@anthropic-ai/claude-code@${V.claudeCodeBanned}`,
    'claude-old': `npm:@anthropic-ai/claude-code@${V.claudeCodeOld}`,
    'is-number': `npm:is-number@${V.isNumber}`,
    '@anthropic-ai/claude-agent-sdk': `npm:@anthropic-ai/claude-agent-sdk@${V.agentSdk}`,
  };
  if (jsr) imports['@std/semver'] = 'jsr:@std/semver@1.0.5';
  return {
    exercises:
      `deno.json imports: npm:@anthropic-ai/claude-code@${V.claudeCodeBanned} (banned), claude-old → ` +
      `npm:@anthropic-ai/claude-code@${V.claudeCodeOld}, npm:is-number@${V.isNumber}, ` +
      `npm:@anthropic-ai/claude-agent-sdk@${V.agentSdk}` +
      (jsr ? ', jsr:@std/semver@1.0.5' : ' (npm: only: jsr.io was not reachable when this was generated)'),
    files: { 'deno.json': json({ imports }) },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading lockfiles back (lockfile version; package lists where the manager cannot list them)

const sortUnique = (xs) => [...new Set(xs)].sort();

function splitNameVersion(s) {
  const i = s.indexOf('@', 1);
  if (i < 0) throw new Error(`not name@version: ${s}`);
  return [s.slice(0, i), s.slice(i + 1)];
}

/** JSON with trailing commas (bun.lock). */
function parseJsonc(text) {
  return JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
}

function lockfileVersionOf(manager, file) {
  const base = path.basename(file);
  if (base === 'bun.lockb') {
    // "#!/usr/bin/env bun\nbun-lockfile-format-v0\n", then the format version as a little-endian u32.
    const buf = fs.readFileSync(file);
    const header = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';
    if (buf.subarray(0, header.length).toString('latin1') !== header) throw new Error(`${file}: unknown bun.lockb header`);
    return String(buf.readUInt32LE(header.length));
  }
  const text = fs.readFileSync(file, 'utf8');
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') return String(JSON.parse(text).lockfileVersion);
  if (base === 'bun.lock') return String(parseJsonc(text).lockfileVersion);
  if (base === 'deno.lock') return String(JSON.parse(text).version);
  if (base === 'pnpm-lock.yaml') {
    const all = [...text.matchAll(/^lockfileVersion: '?([^'\s]+)'?$/gm)].map((m) => m[1]);
    if (!all.length) throw new Error(`${file}: no lockfileVersion`);
    return sortUnique(all).join('+');
  }
  if (base === 'yarn.lock') {
    if (/^# yarn lockfile v1$/m.test(text)) return '1';
    const m = /^__metadata:\n {2}version: (\d+)/m.exec(text);
    if (!m) throw new Error(`${file}: no __metadata.version`);
    return m[1];
  }
  throw new Error(`unknown lockfile ${file}`);
}

const unquote = (s) => (/^(['"]).*\1$/.test(s) ? s.slice(1, -1) : s);

/**
 * pnpm-lock.yaml `packages:` section → name@version of every registry package. Entries carrying
 * `name:`/`version:` fields (tarballs, local folders) use them; local folders (resolution
 * `directory:`) are skipped. Other keys are /name/version_peers (5.x), /name@version(peers) (6.0)
 * or name@version (9.0). With several YAML documents, the one holding `importers:` is read.
 */
function pnpmLockPackages(text, lockfileVersion) {
  const fiveX = lockfileVersion.startsWith('5');
  const docs = text.split(/^---$/m);
  const doc = docs.find((d) => /^importers:/m.test(d)) ?? docs.find((d) => /^(dependencies|devDependencies|specifiers):/m.test(d)) ?? docs.at(-1);
  const lines = doc.split('\n');
  const out = [];
  let i = lines.findIndex((l) => l === 'packages:');
  if (i < 0) return out;
  const entries = [];
  for (i++; i < lines.length && (lines[i] === '' || lines[i].startsWith(' ')); i++) {
    const l = lines[i];
    const key = /^ {2}(\S.*):$/.exec(l);
    if (key) entries.push({ key: unquote(key[1]), fields: [] });
    else if (l.startsWith('    ') && entries.length) entries.at(-1).fields.push(l);
  }
  for (const e of entries) {
    const field = (n) => {
      const f = e.fields.find((x) => x.startsWith(`    ${n}: `));
      return f ? unquote(f.slice(`    ${n}: `.length).trim()) : undefined;
    };
    const resolution = e.fields.filter((x) => x.startsWith('    resolution:') || x.startsWith('      ')).join('\n');
    if (/\bdirectory:/.test(resolution) || /^(file|link):/.test(e.key) || /@(file|link):/.test(e.key)) continue;
    const name = field('name');
    const version = field('version');
    if (name && version) {
      out.push(`${name}@${version}`);
      continue;
    }
    const k = e.key.replace(/^\//, '');
    if (fiveX) {
      // 5.x: name/version_peer… or @scope/name/version_peer…
      const parts = k.split('/');
      const nameLen = parts[0].startsWith('@') ? 2 : 1;
      out.push(`${parts.slice(0, nameLen).join('/')}@${parts.slice(nameLen).join('/').replace(/_.*$/, '')}`);
    } else {
      // 6.0 / 9.0: name@version(peer@x)…
      const [nm, ver] = splitNameVersion(k.replace(/\(.*$/, ''));
      out.push(`${nm}@${ver}`);
    }
  }
  return sortUnique(out);
}

/** yarn.lock v1 → name@version of every entry not from a local folder; alias keys give the real name. */
function yarnV1Packages(text) {
  const out = [];
  const blocks = text.split(/\n(?=\S)/);
  for (const b of blocks) {
    const [head, ...body] = b.split('\n');
    if (head.startsWith('#') || !head.endsWith(':')) continue;
    const firstKey = unquote(head.slice(0, -1).split(', ')[0].trim());
    const [alias, spec] = splitNameVersion(firstKey);
    if (/^(file|link|portal):/.test(spec)) continue;
    const v = body.map((l) => /^ {2}version "?([^"\s]+)"?$/.exec(l)).find(Boolean);
    if (!v) throw new Error(`yarn.lock entry without version: ${head}`);
    const name = spec.startsWith('npm:') ? splitNameVersion(spec.slice(4))[0] : alias;
    out.push(`${name}@${v[1]}`);
  }
  return sortUnique(out);
}

/** bun.lock `packages` → the resolved "name@version" the lockfile records (first array element). */
function bunLockPackages(text) {
  const lock = parseJsonc(text);
  const out = [];
  const unversioned = [];
  for (const entry of Object.values(lock.packages ?? {})) {
    const [name, ref] = splitNameVersion(entry[0]);
    if (/^(workspace|file|link|root):/.test(ref)) continue;
    if (/^[0-9]/.test(ref)) out.push(`${name}@${ref}`);
    else unversioned.push(entry[0]); // tarball URL / git: bun records no version
  }
  return { list: sortUnique(out), unversioned: sortUnique(unversioned) };
}

/** deno.lock `npm` keys are name@version[_peer@version…]; `jsr` keys are @scope/name@version. */
function denoLockPackages(text) {
  const lock = JSON.parse(text);
  const out = Object.keys(lock.npm ?? {}).map((k) => {
    const [name, rest] = splitNameVersion(k);
    return `${name}@${rest.replace(/_.*$/, '')}`;
  });
  const jsr = Object.keys(lock.jsr ?? {}).map((k) => `jsr:${k}`);
  return sortUnique([...out, ...jsr]);
}

// Package lists as the managers report them.

/** npm query '*' --package-lock-only: real name and version of every node in node_modules. */
function npmQueryPackages(stdout) {
  const out = [];
  for (const n of JSON.parse(stdout)) {
    if (!n.location || n.isLink || !/(^|\/)node_modules\//.test(n.location)) continue;
    if (typeof n.resolved === 'string' && /^(file|link):/.test(n.resolved)) continue;
    if (!n.name || !n.version) throw new Error(`npm query: node without name/version at ${n.location}`);
    out.push(`${n.name}@${n.version}`);
  }
  return sortUnique(out);
}

/** pnpm list -r --depth Infinity --json: `from` is the real name, the key may be an alias. */
function pnpmListPackages(stdout) {
  const out = [];
  const seen = new Set();
  const walk = (deps) => {
    for (const d of Object.values(deps ?? {})) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (!/^(link|file):/.test(d.version)) out.push(`${d.from}@${d.version}`);
      walk(d.dependencies);
      walk(d.optionalDependencies);
    }
  };
  for (const p of JSON.parse(stdout)) {
    walk(p.dependencies);
    walk(p.devDependencies);
    walk(p.optionalDependencies);
  }
  return sortUnique(out);
}

/** yarn (berry) info -AR --json: one JSON object per line, value is the locator name@npm:version. */
function berryInfoPackages(stdout) {
  const out = [];
  for (const line of stdout.split('\n').filter(Boolean)) {
    const o = JSON.parse(line);
    const [name, ref] = splitNameVersion(o.value);
    if (/^(workspace|file|link|portal|patch):/.test(ref)) continue;
    const version = o.children?.Version;
    if (!version) throw new Error(`yarn info: no Version for ${o.value}`);
    out.push(`${name}@${version}`);
  }
  return sortUnique(out);
}

/** bun pm ls --all (text tree): the installed names (aliases as written) and versions. */
function bunPmLs(stdout) {
  return sortUnique(
    stdout
      .split('\n')
      .map((l) => /^[\s│├└─]*([^\s│├└─].*)$/.exec(l)?.[1])
      .filter((x) => x && !x.startsWith('/') && x.includes('@', 1)),
  );
}

// ---------------------------------------------------------------------------------------------
// The cases

const NOT_PRODUCED = []; // { manager, what, why } rendered into the README
const DIFFERENCES = [
  'yarn 1 writes registry packages\' `resolved` URLs on registry.yarnpkg.com (its default registry); every other manager here uses registry.npmjs.org',
  'pnpm 11 and 12 no longer read the `pnpm` field of package.json (pnpm 11 ignores `pnpm.overrides` silently, pnpm 12 warns `The "pnpm" field in package.json is no longer read`), so their sources project has `overrides:` in pnpm-workspace.yaml; pnpm 7–10 use `pnpm.overrides` in package.json',
  'pnpm 7 does not auto-install peers (`autoInstallPeers` is off before pnpm 8); zod is still locked because @modelcontextprotocol/sdk depends on it',
  'the registry tarball URL dependency: pnpm turns it into a plain registry entry `is-odd@3.0.1` (integrity-only resolution; the URL stays as the importer `specifier`); yarn 1, berry and bun keep the URL in the entry key; npm lockfile v2/v3 record `version` 3.0.1 with the URL as `resolved`, lockfile v1 has the URL as `version`',
  'bun.lock and bun.lockb record a tarball URL dependency without its version (`is-odd@https://…/is-odd-3.0.1.tgz`); it is left out of those expected.json files',
  'deno.lock does not record `file:` dependencies at all (a full `deno install` links node_modules/file-pkg, but writes the same deno.lock)',
  'the claude-code platform packages are real packages (`@anthropic-ai/claude-code-linux-x64@2.1.150`); the codex platform builds are versions of @openai/codex itself (`@openai/codex@0.169.0-linux-x64`) installed under alias names',
];

function buildCases({ jsr }) {
  const cases = [];
  const add = (c) => cases.push(c);

  // npm 11: lockfile v1, v2, v3, v3 without registry `resolved`, and npm-shrinkwrap.json.
  {
    const t = tool('npm@11.21.2');
    const projects = () => [
      ['claude-alias', claudeAlias()],
      ['workspaces', workspaces({ workspaceProtocol: false })],
      ['sources', sources({ link: false, overrides: 'overrides' })],
    ];
    const base = ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'];
    const variants = [
      { variant: 'lockfile-v1', args: ['--lockfile-version=1'], lockfile: 'package-lock.json' },
      { variant: 'lockfile-v2', args: ['--lockfile-version=2'], lockfile: 'package-lock.json' },
      { variant: 'lockfile-v3', args: ['--lockfile-version=3'], lockfile: 'package-lock.json' },
      {
        variant: 'lockfile-v3-omit-resolved',
        args: ['--lockfile-version=3', '--omit-lockfile-registry-resolved=true'],
        lockfile: 'package-lock.json',
      },
      { variant: 'shrinkwrap', args: ['--lockfile-version=3'], then: [['shrinkwrap', '--ignore-scripts']], lockfile: 'npm-shrinkwrap.json' },
    ];
    for (const v of variants) {
      for (const [project, def] of projects()) {
        add({
          tool: t,
          variant: v.variant,
          project,
          def,
          lockfile: v.lockfile,
          commands: [[...base, ...v.args], ...(v.then ?? [])],
          expected: {
            command: ['query', '*', '--package-lock-only'],
            parse: npmQueryPackages,
            how: "`npm query '*' --package-lock-only` (same npm, same folder): `name@version` of every node under node_modules/ that is not a link or a `file:` folder; `name` is the real package name also for aliases",
          },
        });
      }
    }
    NOT_PRODUCED.push({ manager: 'npm', what: '`link:` dependency (sources)', why: 'npm 11 rejects the protocol: `EUNSUPPORTEDPROTOCOL Unsupported URL Type "link:"`; the npm sources project has `file:` only' });
  }

  // yarn classic
  {
    const t = tool('yarn@1.22.22');
    for (const [project, def] of [
      ['claude-alias', claudeAlias()],
      ['workspaces', workspaces({ workspaceProtocol: false })],
      ['sources', sources({ link: true, overrides: 'resolutions' })],
    ]) {
      add({
        tool: t,
        project,
        def,
        lockfile: 'yarn.lock',
        commands: [['install', '--ignore-scripts', '--non-interactive', '--no-progress', '--cache-folder', '$RUN_CACHE/yarn-classic']],
        expected: {
          derive: (text) => yarnV1Packages(text),
          how: 'derived from yarn.lock (yarn 1 has no lockfile lister; `yarn list` reports the hoisted node_modules tree under alias names): one `name@version` per entry, `version` field, name from the entry key or, for `alias@npm:real@range` keys, the real name; `file:`/`link:` entries skipped',
        },
      });
    }
    NOT_PRODUCED.push({ manager: 'yarn@1', what: '`workspace:*` (workspaces)', why: 'yarn 1 does not know the workspace: protocol; packages/app depends on packages/tools by plain version 1.0.0' });
  }

  // yarn berry 3 and 4
  for (const id of ['yarn@3.8.7', 'yarn@4.18.1']) {
    const t = tool(id);
    for (const [project, def] of [
      ['claude-alias', claudeAlias()],
      ['workspaces', workspaces({ workspaceProtocol: true })],
      ['sources', sources({ link: true, overrides: 'resolutions' })],
    ]) {
      def.files['.yarnrc.yml'] = 'nodeLinker: node-modules\n';
      add({
        tool: t,
        project,
        def,
        lockfile: 'yarn.lock',
        env: {
          YARN_ENABLE_GLOBAL_CACHE: '0',
          YARN_ENABLE_TELEMETRY: '0',
          YARN_ENABLE_SCRIPTS: '0',
          YARN_ENABLE_IMMUTABLE_INSTALLS: '0',
          YARN_ENABLE_PROGRESS_BARS: '0',
          YARN_CACHE_FOLDER: '$RUN_CACHE/' + id,
        },
        commands: [['install', '--mode=update-lockfile']],
        expected: {
          command: ['info', '--all', '--recursive', '--json'],
          parse: berryInfoPackages,
          how: '`yarn info --all --recursive --json` (same yarn, after the install): `name@version` from each locator and its `Version`; workspace:, file:, link:, portal: and patch: locators skipped',
        },
      });
    }
  }

  // pnpm 7 … 12
  for (const id of ['pnpm@7.33.7', 'pnpm@8.15.9', 'pnpm@9.15.9', 'pnpm@10.34.9', 'pnpm@11.28.11', 'pnpm@12.21.0']) {
    const t = tool(id);
    const major = Number(t.version.split('.')[0]);
    const canList = major >= 11; // `pnpm list --lockfile-only` is an unknown option before pnpm 11
    const overrides = major >= 11 ? 'pnpm-workspace.yaml' : 'pnpm.overrides';
    for (const [project, def] of [
      ['claude-alias', claudeAlias()],
      ['workspaces', workspaces({ workspaceProtocol: true, pnpmWorkspaceYaml: true })],
      ['sources', sources({ link: true, overrides })],
    ]) {
      add({
        tool: t,
        project,
        def,
        lockfile: 'pnpm-lock.yaml',
        commands: [['install', '--lockfile-only', '--ignore-scripts', '--store-dir', '$RUN_CACHE/pnpm-store-' + major]],
        expected: canList
          ? {
              command: ['list', '--recursive', '--depth', 'Infinity', '--json', '--lockfile-only'],
              parse: pnpmListPackages,
              crossCheck: (text, lv) => pnpmLockPackages(text, lv),
              how: '`pnpm list --recursive --depth Infinity --json --lockfile-only` (same pnpm): `from@version` of every node (`from` is the real name; `link:`/`file:` versions skipped). The generator checks it equals the lockfile-key derivation used for pnpm 7–10',
            }
          : {
              derive: (text, lv) => pnpmLockPackages(text, lv),
              how: 'derived from pnpm-lock.yaml `packages:` keys (`pnpm list --lockfile-only` does not exist before pnpm 11 and `pnpm list` needs node_modules): `/name/version_peers` (5.4), `/name@version(peers)` (6.0), `name@version` (9.0), peer suffixes dropped; entries with `name:`/`version:` fields (tarballs) use those; `directory:` (file:) entries skipped. The same derivation is checked against `pnpm list --lockfile-only` for pnpm 11 and 12',
            },
      });
    }
  }

  // bun: bun.lock (text) and bun.lockb (binary, if this bun still writes it)
  {
    const t = tool('bun@1.4.5');
    for (const lockb of [false, true]) {
      for (const [project, def] of [
        ['claude-alias', claudeAlias()],
        ['workspaces', workspaces({ workspaceProtocol: true })],
        ['sources', sources({ link: true, overrides: 'overrides' })],
      ]) {
        if (lockb) def.files['bunfig.toml'] = '[install]\nsaveTextLockfile = false\n';
        add({
          tool: t,
          variant: lockb ? 'lockb' : undefined,
          project,
          def,
          lockfile: lockb ? 'bun.lockb' : 'bun.lock',
          env: { BUN_INSTALL_CACHE_DIR: '$RUN_CACHE/bun', DO_NOT_TRACK: '1' },
          commands: [lockb ? ['install', '--lockfile-only', '--ignore-scripts'] : ['install', '--lockfile-only', '--ignore-scripts', '--save-text-lockfile']],
          expected: {
            bun: true,
            how: lockb
              ? 'bun.lockb is converted by the same bun (`bun install --lockfile-only --save-text-lockfile --ignore-scripts` on a scratch copy with no bunfig.toml) and read like bun.lock: the first element of each `packages` entry is the resolved `name@version` (real name for aliases); workspace:, file:, link: entries skipped; checked against `bun pm ls --all` on the bun.lockb'
              : 'derived from bun.lock `packages` (bun has no JSON lister): the first element of each entry is the resolved `name@version` (real name also for aliases); workspace:, file:, link: entries skipped; checked against `bun pm ls --all`, which reads the lockfile without node_modules but prints alias names',
          },
        });
      }
    }
  }

  // deno
  {
    const t = tool('deno@2.9.6');
    const denoCases = [
      ['deno-imports', denoImports({ jsr })],
      ['claude-alias', claudeAlias()],
      ['workspaces', workspaces({ workspaceProtocol: true })],
      ['sources', denoSources()],
    ];
    for (const [project, def] of denoCases) {
      add({
        tool: t,
        project,
        def,
        lockfile: 'deno.lock',
        env: { DENO_DIR: '$RUN_CACHE/deno', DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' },
        commands: [['install', '--lockfile-only']],
        expected: {
          derive: (text) => denoLockPackages(text),
          how: 'derived from deno.lock (deno has no lockfile lister): the `npm` keys are `name@version` with `_peer@version` suffixes (dropped); jsr keys would be listed as `jsr:@scope/name@version`',
        },
      });
    }
    if (!jsr) NOT_PRODUCED.push({ manager: 'deno', what: '`jsr:` imports', why: 'jsr.io did not answer from the generating machine (only the npm registry is reachable); deno.lock has an `npm` section only' });
    NOT_PRODUCED.push({
      manager: 'deno',
      what: '`link:` and tarball-URL dependencies (sources)',
      why: "With both in package.json, deno 2 warns `Not implemented scheme 'link'` and `Not implemented scheme 'https'` and writes no deno.lock; the deno sources project keeps `file:` and `overrides` and takes is-odd@3.0.1 from the registry",
    });
  }
  return cases;
}

function denoSources() {
  const def = sources({ link: false, overrides: 'overrides' });
  const pkg = JSON.parse(def.files['package.json']);
  pkg.dependencies['is-odd'] = '3.0.1';
  def.files['package.json'] = json(pkg);
  def.exercises =
    'file: dependency on local/file-pkg (which depends on is-number ^7.0.0), registry is-odd@3.0.1 (is-number ^6.0.0), and overrides forcing is-number to ' +
    V.forcedIsNumber;
  return def;
}

// ---------------------------------------------------------------------------------------------
// Running a case

let RUN_CACHE;
const subst = (s) => s.replaceAll('$RUN_CACHE', RUN_CACHE);
const caseDirOf = (c) => `${c.tool.id}${c.variant ? `-${c.variant}` : ''}/${c.project}`;

function shownCommand(c, args) {
  const name = c.tool.family === 'yarn' || c.tool.family === 'pnpm' || c.tool.family === 'npm' ? c.tool.family : c.tool.pkg;
  const env = Object.entries(c.env ?? {})
    .filter(([k]) => !/CACHE|DENO_DIR/.test(k))
    .map(([k, v]) => `${k}=${v}`);
  return [...env, name, ...args.map((a) => (/[\s*'"]/.test(a) ? `'${a}'` : a))].join(' ');
}

function copyTree(from, to, { skip = () => false } = {}) {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (skip(e.name)) continue;
    const s = path.join(from, e.name);
    const d = path.join(to, e.name);
    if (e.isDirectory()) copyTree(s, d, { skip });
    else if (e.isFile()) writeFile(d, fs.readFileSync(s));
  }
}

function runCase(c) {
  const caseDir = caseDirOf(c);
  log(`--- ${caseDir}`);
  const work = path.join(WORK_DIR, caseDir);
  rm(work);
  for (const [rel, content] of Object.entries(c.def.files)) writeFile(path.join(work, rel), content);
  const env = isolatedEnv(Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, subst(v)])));
  const [cmd, lead] = commandFor(c.tool);
  const manager = (args, opts = {}) => {
    log(`$ ${c.tool.id} ${args.join(' ')}`);
    return run(cmd, [...lead, ...args.map(subst)], { cwd: work, env, quiet: true, ...opts });
  };

  for (const args of c.commands) manager(args);
  const lockPath = path.join(work, c.lockfile);
  if (!fs.existsSync(lockPath)) throw new Error(`${caseDir}: ${c.tool.id} wrote no ${c.lockfile}`);
  const lockfileVersion = lockfileVersionOf(c.tool.family, lockPath);

  // expected.json
  const notes = [];
  let expected;
  const text = c.lockfile === 'bun.lockb' ? null : fs.readFileSync(lockPath, 'utf8');
  if (c.expected.command) {
    expected = c.expected.parse(manager(c.expected.command));
    if (c.expected.crossCheck) {
      const derived = c.expected.crossCheck(text, lockfileVersion);
      if (JSON.stringify(derived) !== JSON.stringify(expected)) {
        throw new Error(`${caseDir}: lockfile derivation disagrees with ${c.expected.command.join(' ')}:\n` + diffLists(expected, derived));
      }
    }
  } else if (c.expected.derive) {
    expected = c.expected.derive(text, lockfileVersion);
  } else if (c.expected.bun) {
    let lockText = text;
    if (c.lockfile === 'bun.lockb') {
      const scratch = path.join(WORK_DIR, `${caseDir}.text`);
      rm(scratch);
      copyTree(work, scratch, { skip: (n) => n === 'node_modules' || n === 'bunfig.toml' });
      run(cmd, [...lead, 'install', '--lockfile-only', '--ignore-scripts', '--save-text-lockfile'], { cwd: scratch, env, label: c.tool.id });
      lockText = fs.readFileSync(path.join(scratch, 'bun.lock'), 'utf8');
      rm(scratch);
    }
    const lock = parseJsonc(lockText);
    const { list, unversioned } = bunLockPackages(lockText);
    expected = list;
    for (const u of unversioned) notes.push(`bun records \`${u}\` with no version; it is not in expected.json`);
    // Cross-check against bun's own listing, which reads the lockfile (no node_modules here).
    const listed = bunPmLs(manager(['pm', 'ls', '--all']));
    const realOf = (n, v) => {
      const e = lock.packages?.[n];
      return e && e[0].endsWith(`@${v}`) ? e[0] : `${n}@${v}`;
    };
    const fromLs = sortUnique(listed.filter((x) => /^\d/.test(splitNameVersion(x)[1])).map((x) => realOf(...splitNameVersion(x))));
    if (JSON.stringify(fromLs) !== JSON.stringify(expected)) {
      throw new Error(`${caseDir}: bun.lock packages disagree with bun pm ls --all:\n` + diffLists(fromLs, expected));
    }
  }
  if (!expected.length) throw new Error(`${caseDir}: empty package list`);
  if (c.lockfile.endsWith('.json') && lockfileVersion === '1') {
    for (const [name, d] of Object.entries(JSON.parse(text).dependencies ?? {})) {
      if (/^https?:/.test(d.version)) {
        notes.push(`lockfile v1 records ${name} with \`version\` = its tarball URL; npm query reports the version from the package manifest`);
      }
    }
  }

  // Copy the manifests we wrote (as the manager left them) and the lockfile into the fixtures.
  const out = path.join(OUT, caseDir);
  rm(out);
  for (const rel of [...Object.keys(c.def.files), c.lockfile]) writeFile(path.join(out, rel), fs.readFileSync(path.join(work, rel)));
  writeFile(path.join(out, 'expected.json'), json(expected));
  if (!process.argv.includes('--keep-work')) rm(work);

  return {
    case: caseDir,
    manager: c.tool.family,
    managerVersion: c.tool.version,
    lockfile: c.lockfile,
    lockfileVersion,
    project: c.project,
    ...(c.variant ? { variant: c.variant } : {}),
    commands: c.commands.map((a) => shownCommand(c, a)),
    exercises: c.def.exercises,
    expectedFrom: c.expected.how,
    packages: expected.length,
    ...(notes.length ? { notes } : {}),
  };
}

function diffLists(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  return [...a.filter((x) => !B.has(x)).map((x) => `- ${x}`), ...b.filter((x) => !A.has(x)).map((x) => `+ ${x}`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// README

function renderReadme(manifest) {
  const byTool = new Map();
  for (const m of manifest) {
    const key = m.case.split('/')[0];
    if (!byTool.has(key)) byTool.set(key, []);
    byTool.get(key).push(m);
  }
  const lines = [];
  lines.push(
    '# Lockfiles written by the real package managers',
    '',
    'Everything in this folder is generated by `node scripts/generate-fixtures.mjs` (see the comment at',
    'its top) and committed; do not edit by hand. Re-run the script (optionally `--only <manager>`, e.g.',
    '`--only pnpm`, `--only pnpm@9`, `--only yarn@1.22.22`) to regenerate.',
    '',
    'How they were made:',
    '',
    '- Each manager is the package of that name and exact version from registry.npmjs.org, installed',
    '  with `--ignore-scripts` into `.cache/fixture-tools/tools/` (git-ignored) and run with the Node.js',
    '  that runs the script (v24). Native managers (bun, deno, pnpm 12) run the binary from their',
    '  platform package (`@oven/bun-*`, `@deno/*`, `@pnpm/exe.*`).',
    '- Every command runs in a scratch folder under `.cache/fixture-tools/work/` with a fresh HOME, XDG',
    '  folders and TMPDIR, npm user/global config files that set only `registry=https://registry.npmjs.org/`',
    '  (plus fund/audit/update-notifier off), and no inherited `npm_config_*`, `YARN_*`, `PNPM_*`, `BUN_*`',
    '  or `DENO_*` variables, so a developer\'s `~/.npmrc` cannot change the output. Caches and stores',
    '  (`$RUN_CACHE` below) live in `.cache/fixture-tools/run-cache/` and are deleted after the run',
    '  (unless `--keep-cache`).',
    '- Install scripts never run (`--ignore-scripts`; yarn berry `enableScripts: false` and',
    '  `--mode=update-lockfile`; deno runs none without `--allow-scripts`).',
    '- Only the project files and the lockfile are copied here; no node_modules.',
    '- `expected.json` next to each lockfile is the sorted, de-duplicated list of `name@version` of the',
    '  registry packages in that lockfile, with real names (an alias `claude-old` →',
    '  `@anthropic-ai/claude-code@2.1.90` is listed as `@anthropic-ai/claude-code@2.1.90`). Root and',
    '  workspace packages and `file:`/`link:` folders are not listed; packages for every platform are.',
    '  Per manager below: how the list was obtained.',
    '- `manifest.json` lists every case: `case` (folder), `manager`, `managerVersion`, `lockfile`,',
    '  `lockfileVersion`, and the same details as this README. `lockfileVersion` is the file\'s own field',
    '  (`lockfileVersion` in package-lock.json, pnpm-lock.yaml and bun.lock, `__metadata.version` in a berry',
    '  yarn.lock, `1` for `# yarn lockfile v1`, `version` in deno.lock) and, for bun.lockb, the little-endian',
    '  u32 format version that follows the `bun-lockfile-format-v0` header.',
    '',
    '## Projects',
    '',
    '- `claude-alias`: ' + claudeAlias().exercises + '.',
    '- `workspaces`: ' + workspaces({ workspaceProtocol: true }).exercises + ' (npm and yarn 1: plain version).',
    '- `sources`: ' + sources({ link: true, overrides: 'overrides/resolutions/pnpm overrides' }).exercises + ' (`link:` where the manager has it).',
    '- `deno-imports` (deno only): a deno.json import map with `npm:` specifiers for the claude-alias packages.',
    '',
    '## Cases',
    '',
  );
  for (const [key, entries] of byTool) {
    lines.push(`### ${key}`, '', `${entries[0].manager} ${entries[0].managerVersion}. expected.json: ${entries[0].expectedFrom}.`, '');
    lines.push('| case | lockfile (version) | packages | command | project exercises |', '|---|---|---|---|---|');
    for (const e of entries) {
      const cmd = e.commands.map((x) => '`' + x.replaceAll('|', '\\|') + '`').join('<br>then ');
      const notes = e.notes ? '<br>Note: ' + e.notes.join('; ') : '';
      lines.push(`| \`${e.case}\` | \`${e.lockfile}\` (${e.lockfileVersion}) | ${e.packages} | ${cmd} | ${e.exercises}${notes} |`);
    }
    lines.push('');
  }
  lines.push('## Not produced', '');
  for (const n of NOT_PRODUCED) lines.push(`- ${n.manager}: ${n.what}. ${n.why}.`);
  lines.push('', '## Differences between managers worth knowing', '');
  for (const d of DIFFERENCES) lines.push(`- ${d}.`);
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

/** The facts the projects rely on, checked against the registry before anything runs. */
async function preflight() {
  const manifest = async (name, version) =>
    JSON.parse((await fetchBuffer(`${REGISTRY}${name.replace('/', '%2f')}/${version}`)).toString('utf8'));
  const inBannedRange = (v) => {
    const [maj, min, patch] = v.split('.').map(Number);
    return maj === 2 && min === 1 && patch >= 91 && patch <= 197;
  };
  const sdk = await manifest('@anthropic-ai/claude-agent-sdk', V.agentSdk);
  if (!inBannedRange(sdk.claudeCodeVersion ?? '')) {
    throw new Error(`@anthropic-ai/claude-agent-sdk@${V.agentSdk} has claudeCodeVersion ${sdk.claudeCodeVersion}, not in 2.1.91–2.1.197`);
  }
  if (!inBannedRange(V.claudeCodeBanned) || inBannedRange(V.claudeCodeOld) || inBannedRange(V.claudeCodeSafe)) {
    throw new Error('claude-code versions in V do not fit their roles');
  }
  const cc = await manifest('@anthropic-ai/claude-code', V.claudeCodeBanned);
  const platforms = Object.keys(cc.optionalDependencies ?? {}).filter((n) => n.startsWith('@anthropic-ai/claude-code-'));
  if (platforms.length !== 8) throw new Error(`@anthropic-ai/claude-code@${V.claudeCodeBanned}: ${platforms.length} platform packages, expected 8`);
  const codex = await manifest('@openai/codex', V.codex);
  const aliases = Object.values(codex.optionalDependencies ?? {}).filter((s) => s.startsWith(`npm:@openai/codex@${V.codex}-`));
  if (!aliases.length) throw new Error(`@openai/codex@${V.codex}: no npm: alias optionalDependencies`);
  log(`preflight: claude-agent-sdk@${V.agentSdk} bundles claude-code ${sdk.claudeCodeVersion}; codex@${V.codex} has ${aliases.length} platform aliases`);
}

async function reachable(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return res.ok;
  } catch {
    return false;
  }
}

function selected(t, only) {
  if (!only.length) return true;
  return only.some((o) => o === t.family || o === t.id || o === `${t.family}@${t.version.split('.')[0]}` || (o === 'yarn-berry' && t.pkg === '@yarnpkg/cli-dist'));
}

const USAGE = `usage: node scripts/generate-fixtures.mjs [--only <manager>]... [--keep-work] [--keep-cache]
  --only <manager>  npm, yarn, yarn-berry, pnpm, bun, deno, a major (pnpm@9) or a pinned id (yarn@4.18.1); repeatable
  --keep-work       keep the scratch projects in .cache/fixture-tools/work/
  --keep-cache      keep the managers' caches and stores in .cache/fixture-tools/run-cache/ (several GB with yarn)`;

async function main() {
  const argv = process.argv.slice(2);
  const only = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only.push(argv[++i]);
    else if (argv[i].startsWith('--only=')) only.push(argv[i].slice('--only='.length));
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      return;
    } else if (argv[i] !== '--keep-work' && argv[i] !== '--keep-cache') throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  for (const o of only) if (!TOOLS.some((t) => selected(t, [o]))) throw new Error(`--only ${o}: no such manager`);

  fs.mkdirSync(CACHE, { recursive: true });
  HOME_BASE = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-homes-'));
  RUN_CACHE = path.join(CACHE, 'run-cache');
  try {
    const jsr = await reachable('https://jsr.io/@std/semver/meta.json');
    log(`jsr.io ${jsr ? 'reachable' : 'not reachable: deno gets npm: specifiers only'}`);
    await preflight();
    const tools = TOOLS.filter((t) => selected(t, only));
    await bootstrapNpm(tool('npm@11.21.2'));
    for (const t of tools) installTool(t);

    const cases = buildCases({ jsr }).filter((c) => tools.includes(c.tool));
    // Remove this run's old output (also of older pins of the same manager when a family runs).
    fs.mkdirSync(OUT, { recursive: true });
    const families = new Set(TOOLS.filter((t) => only.includes(t.family) || !only.length).map((t) => t.family));
    const stale = (d) => tools.some((t) => d === t.id || d.startsWith(`${t.id}-`)) || [...families].some((f) => d.startsWith(`${f}@`));
    for (const d of fs.readdirSync(OUT)) if (stale(d)) rm(path.join(OUT, d));

    const manifestFile = path.join(OUT, 'manifest.json');
    const old = fs.existsSync(manifestFile) ? JSON.parse(fs.readFileSync(manifestFile, 'utf8')) : [];
    const entries = old.filter((e) => !stale(e.case.split('/')[0]));
    rm(WORK_DIR);
    for (const c of cases) entries.push(runCase(c));

    const order = new Map(TOOLS.map((t, i) => [t.id, i]));
    const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    entries.sort((a, b) => {
      const [da, pa] = a.case.split('/');
      const [db, pb] = b.case.split('/');
      const ta = order.get(`${a.manager}@${a.managerVersion}`) ?? 99;
      const tb = order.get(`${b.manager}@${b.managerVersion}`) ?? 99;
      return ta - tb || cmp(da, db) || cmp(pa, pb);
    });
    writeFile(manifestFile, json(entries));
    writeFile(path.join(OUT, 'README.md'), renderReadme(entries));

    const nm = run('find', [OUT, '-name', 'node_modules'], { cwd: ROOT, quiet: true }).trim();
    if (nm) throw new Error(`node_modules left in the fixtures:\n${nm}`);
    log(`${cases.length} cases written; ${run('du', ['-sh', OUT], { cwd: ROOT, quiet: true }).trim()}`);
  } finally {
    rm(HOME_BASE);
    if (!argv.includes('--keep-cache')) rm(RUN_CACHE);
    if (!process.argv.includes('--keep-work')) rm(WORK_DIR);
  }
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
