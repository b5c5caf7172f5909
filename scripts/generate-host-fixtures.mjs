#!/usr/bin/env node
// Generates the installed-layout fixtures of the host audit by running the real installers.
//
//   node scripts/generate-host-fixtures.mjs [--keep-work]
//
// Two fake users under one fake root: alice installs the banned @anthropic-ai/claude-code 2.1.150,
// bob the clean 2.1.198, each through every installer this machine can run from the npm registry:
// npm global installs (into an nvm-style and a volta-style prefix), an npx run, pnpm's global add and
// dlx, yarn classic's global add, bun's global add and bunx. Every run has a fresh, isolated HOME
// and XDG dirs and `--ignore-scripts`; the commands npx/dlx/bunx run are `node -e 0`, never the
// package. Of what they leave, only the metadata is kept: each package folder's package.json, and
// the links inside node_modules trees (pnpm's), as links. The result goes to
// test/fixtures/host/generated/root/, with expected.json listing every package folder found
// (path, name, version) as read here from the files themselves, not by the code under test.
//
// The managers are installed from the npm registry into .cache/host-fixture-tools/ (git-ignored).
// Layouts no installer here can produce (pip from PyPI, the native installer, Homebrew, editor
// extensions) are written by hand from their specifications in test/fixtures/host/spec/ (see the
// README there).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.cache', 'host-fixture-tools');
const OUT = path.join(ROOT, 'test', 'fixtures', 'host', 'generated');
const REGISTRY = 'https://registry.npmjs.org/';
const PINS = { pnpm: '10.34.9', yarn: '1.22.22', bun: '1.4.5' };
const PACKAGE = '@anthropic-ai/claude-code';
const USERS = { alice: '2.1.150', bob: '2.1.198' };

function run(cmd, args, env, cwd = os.tmpdir()) {
  const r = spawnSync(cmd, args, { env, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function installTools() {
  fs.mkdirSync(TOOLS, { recursive: true });
  const specs = Object.entries(PINS).map(([n, v]) => `${n}@${v}`);
  run('npm', ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', '--registry', REGISTRY, ...specs], process.env);
  const bin = (n) => path.join(TOOLS, 'node_modules', '.bin', n);
  return { pnpm: bin('pnpm'), yarn: bin('yarn'), bun: bin('bun') };
}

/** A clean environment for one fake user: nothing of the developer's configuration leaks in. */
function userEnv(home, work) {
  const npmrc = path.join(work, 'npmrc');
  const globalNpmrc = path.join(work, 'npmrc-global');
  fs.writeFileSync(npmrc, `registry=${REGISTRY}\n`);
  fs.writeFileSync(globalNpmrc, '');
  const env = {
    PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    npm_config_cache: path.join(home, '.npm'),
    npm_config_userconfig: npmrc,
    npm_config_globalconfig: globalNpmrc,
    npm_config_registry: REGISTRY,
    npm_config_update_notifier: 'false',
    PNPM_HOME: path.join(home, '.local', 'share', 'pnpm'),
    BUN_INSTALL: path.join(home, '.bun'),
  };
  // A proxy and its certificate authority, where the machine reaches the registry through one.
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE']) {
    if (process.env[k]) env[k] = process.env[k];
  }
  if (process.env.NODE_EXTRA_CA_CERTS) env.npm_config_cafile = process.env.NODE_EXTRA_CA_CERTS;
  return env;
}

function installAll(tools, home, version, work) {
  const env = userEnv(home, work);
  const spec = `${PACKAGE}@${version}`;
  const npmFlags = ['--ignore-scripts', '--no-audit', '--no-fund'];
  // npm global installs into the prefixes of node version managers.
  run('npm', ['install', '-g', '--prefix', path.join(home, '.nvm/versions/node/v24.11.0'), ...npmFlags, spec], env);
  run('npm', ['install', '-g', '--prefix', path.join(home, `.volta/tools/image/packages/${PACKAGE}`), ...npmFlags, spec], env);
  // npx: the package lands in ~/.npm/_npx/<hash>/node_modules; `node -e 0` is what runs.
  run('npm', ['exec', '--yes', '--ignore-scripts', `--package=${spec}`, '--', 'node', '-e', '0'], env);
  run(tools.pnpm, ['add', '-g', '--ignore-scripts', spec], { ...env, PATH: `${env.PNPM_HOME}:${env.PATH}` });
  run(tools.pnpm, [`--package=${spec}`, 'dlx', 'node', '-e', '0'], env);
  run(tools.yarn, ['global', 'add', '--ignore-scripts', '--non-interactive', '--prefix', path.join(home, '.yarn'), spec], env);
  run(tools.bun, ['add', '-g', '--ignore-scripts', spec], env);
  run(tools.bun, ['x', '--package', spec, 'node', '-e', '0'], env);
}

/** Package folders' package.json (not in yarn's download cache), as the audit's layout reads them. */
const PACKAGE_JSON = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/;
const YARN_CACHE = /(?:^|\/)yarn\/v\d+\/npm-[^/]+\/node_modules\//;

/** Copies the metadata of `from` into `to`: package folders' package.json and node_modules links. */
function keepMetadata(from, to, rel = '') {
  const kept = [];
  for (const d of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) kept.push(...keepMetadata(from, to, p));
    else if (d.isSymbolicLink() && p.includes('node_modules/')) {
      fs.mkdirSync(path.dirname(path.join(to, p)), { recursive: true });
      fs.symlinkSync(fs.readlinkSync(path.join(from, p)), path.join(to, p));
    } else if (d.isFile() && PACKAGE_JSON.test(p) && !YARN_CACHE.test(p)) {
      fs.mkdirSync(path.dirname(path.join(to, p)), { recursive: true });
      fs.copyFileSync(path.join(from, p), path.join(to, p));
      const m = JSON.parse(fs.readFileSync(path.join(from, p), 'utf8'));
      kept.push({ path: p, name: m.name, version: m.version });
    }
  }
  return kept;
}

const keepWork = process.argv.includes('--keep-work');
const tools = installTools();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'aitg-host-fixtures-'));
const fakeRoot = path.join(work, 'root');
for (const [user, version] of Object.entries(USERS)) {
  const home = path.join(fakeRoot, 'home', user);
  fs.mkdirSync(home, { recursive: true });
  console.log(`installing ${PACKAGE}@${version} as ${user} …`);
  installAll(tools, home, version, work);
}
fs.rmSync(path.join(OUT, 'root'), { recursive: true, force: true });
const kept = keepMetadata(fakeRoot, path.join(OUT, 'root')).sort((a, b) => (a.path < b.path ? -1 : 1));
fs.writeFileSync(
  path.join(OUT, 'expected.json'),
  JSON.stringify({ generatedWith: { ...PINS, node: process.version, npm: run('npm', ['--version'], process.env).trim() }, packages: kept }, null, 2) + '\n',
);
if (!keepWork) fs.rmSync(work, { recursive: true, force: true });
console.log(`kept ${kept.length} package folders in ${path.relative(ROOT, OUT)}/root`);
