#!/usr/bin/env node
// Refreshes the npm-derived version tables of the AI-tool catalog (src/catalog/data/):
//
//   claude-agent-sdk-npm.json   every @anthropic-ai/claude-agent-sdk version -> the Claude Code CLI it
//                               bundles (package.json "claudeCodeVersion"), from the packument
//   npm-platform-packages.json  the platform packages (optionalDependencies of the latest version)
//                               of @anthropic-ai/claude-code and @anthropic-ai/claude-agent-sdk
//   claude-code-npm-versions.json  every published version of @anthropic-ai/claude-code
//   banned-artifacts.json       dist.integrity and dist.shasum of every version of every npm
//                               carrier that an advisory bans (which ones: the catalog's own
//                               mappings, src/catalog/artifacts.ts bannedBy, bundled with ncc from
//                               the tables just written); its PyPI rows are kept as they are
//
// The other tables come from sources this script cannot reach (PyPI changelog, GitHub tags); their
// headers say where they came from and they are updated by hand.
//
// Usage: node scripts/refresh-catalog.mjs [--registry URL]
// The registry defaults to `npm config get registry`. One packument request per package.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(process.env.AITG_CATALOG_DATA_DIR ?? join(root, 'src', 'catalog', 'data'));
// The date written into every header (tests fix it).
const today = process.env.AITG_CATALOG_DATE ?? new Date().toISOString().slice(0, 10);

function registryUrl() {
  const i = process.argv.indexOf('--registry');
  if (i > 0 && process.argv[i + 1]) return process.argv[i + 1].replace(/\/+$/, '');
  try {
    return execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim().replace(/\/+$/, '');
  } catch {
    return 'https://registry.npmjs.org';
  }
}

async function packument(registry, name) {
  const url = `${registry}/${name.replace('/', '%2f')}`;
  // The full packument: the abbreviated one has no claudeCodeVersion fields. A kept-alive
  // connection the server closed while the catalog was being bundled fails at once: retried.
  let res;
  for (let attempt = 1; ; attempt++) {
    try {
      res = await fetch(url, { headers: { accept: 'application/json' } });
      break;
    } catch (e) {
      if (attempt === 3) throw new Error(`${url}: ${e.cause?.message ?? e.message}`);
    }
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** Orders versions numerically (x.y.z with an optional prerelease after the release). */
function compareVersions(a, b) {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** One entry per line, so that a refresh shows up in review as the lines that changed. */
function writeTable(file, header, key, entries) {
  let s = JSON.stringify(header, null, 2).slice(0, -2);
  s += `,\n  ${JSON.stringify(key)}: {\n`;
  s += entries.map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  s += '\n  }\n}\n';
  JSON.parse(s);
  writeFileSync(join(dataDir, file), s);
}

const registry = registryUrl();

const sdk = await packument(registry, '@anthropic-ai/claude-agent-sdk');
const sdkVersions = Object.keys(sdk.versions ?? {}).sort(compareVersions);
const previous = JSON.parse(readFileSync(join(dataDir, 'claude-agent-sdk-npm.json'), 'utf8'));
writeTable(
  'claude-agent-sdk-npm.json',
  {
    $source:
      'npm registry packument of @anthropic-ai/claude-agent-sdk: the "claudeCodeVersion" field of each version\'s package.json (the Claude Code CLI the SDK bundles)',
    $retrieved: today,
    $method:
      'scripts/refresh-catalog.mjs reads the packument (GET <registry>/@anthropic-ai%2fclaude-agent-sdk) and records versions[v].claudeCodeVersion for every published version; null = the version does not record which CLI it bundles',
    package: previous.package,
  },
  'claudeCodeVersion',
  sdkVersions.map((v) => [v, sdk.versions[v].claudeCodeVersion ?? null]),
);

const platform = {};
for (const name of ['@anthropic-ai/claude-code', '@anthropic-ai/claude-agent-sdk']) {
  const doc = name === '@anthropic-ai/claude-agent-sdk' ? sdk : await packument(registry, name);
  const latest = doc['dist-tags']?.latest;
  const deps = Object.keys(doc.versions?.[latest]?.optionalDependencies ?? {}).filter((d) =>
    d.startsWith(`${name}-`),
  );
  platform[name] = deps.sort();
}
writeTable(
  'npm-platform-packages.json',
  {
    $source:
      'npm registry packuments: the optionalDependencies of the latest version that are named <package>-<platform> (the native builds, published with the same version as the package)',
    $retrieved: today,
    $method: 'scripts/refresh-catalog.mjs (GET <registry>/<package>, versions[dist-tags.latest].optionalDependencies)',
  },
  'platformPackages',
  Object.entries(platform),
);
const cli = await packument(registry, '@anthropic-ai/claude-code');
const cliVersions = Object.keys(cli.versions ?? {}).sort(compareVersions);
const previousVersions = JSON.parse(readFileSync(join(dataDir, 'claude-code-npm-versions.json'), 'utf8'));
{
  const header = {
    $source: previousVersions.$source,
    $retrieved: today,
    $method: previousVersions.$method,
    package: previousVersions.package,
    absentButNamed: previousVersions.absentButNamed,
    absentButNamedNote: previousVersions.absentButNamedNote,
  };
  let s = JSON.stringify(header, null, 2).slice(0, -2);
  // The layout of the hand-written file: the short list on one line, one version a line.
  s = s.replace(/"absentButNamed": \[[^\]]*\]/, `"absentButNamed": ${JSON.stringify(header.absentButNamed).replace(/","/g, '", "')}`);
  s += ',\n  "versions": [\n' + cliVersions.map((v) => `    ${JSON.stringify(v)}`).join(',\n') + '\n  ]\n}\n';
  JSON.parse(s);
  writeFileSync(join(dataDir, 'claude-code-npm-versions.json'), s);
}

// Which carrier versions are banned follows from the tables just written: the catalog is bundled
// from the source (with those tables) and asked, version by version.
const catalogLib = await bundleCatalog();
const documents = new Map([
  ['@anthropic-ai/claude-agent-sdk', sdk],
  ['@anthropic-ai/claude-code', cli],
]);
const artifacts = [];
for (const advisory of catalogLib.advisories) {
  const tool = catalogLib.tools.find((t) => t.id === advisory.tool);
  for (const carrier of tool?.carriers ?? []) {
    if (carrier.ecosystem !== 'npm') continue;
    let doc = documents.get(carrier.package);
    if (!doc) documents.set(carrier.package, (doc = await packument(registry, carrier.package)));
    for (const version of Object.keys(doc.versions ?? {}).sort(compareVersions)) {
      if (catalogLib.bannedBy(carrier, tool.id, version) !== advisory.id) continue;
      const dist = doc.versions[version].dist ?? {};
      if (typeof dist.integrity !== 'string' || typeof dist.shasum !== 'string')
        throw new Error(`${carrier.package}@${version}: the packument records no dist.integrity/dist.shasum`);
      artifacts.push({ name: carrier.package, version, integrity: dist.integrity, shasum: dist.shasum, advisory: advisory.id });
    }
  }
}
const previousArtifacts = JSON.parse(readFileSync(join(dataDir, 'banned-artifacts.json'), 'utf8'));
{
  const header = {
    $source:
      'npm: the registry packument of each npm carrier of a tool with an advisory (versions[v].dist.integrity, the sha512 of the published tarball, and dist.shasum, its sha1); PyPI: each row names the file it was read from',
    $retrieved: today,
    $method:
      'scripts/refresh-catalog.mjs: for every advisory, every npm carrier of its tool, every published version the catalog maps into the advisory\'s range (src/catalog/artifacts.ts bannedBy); the PyPI rows are not reachable by the script and are kept as they are',
  };
  let s = JSON.stringify(header, null, 2).slice(0, -2);
  const rows = (list) => (list.length === 0 ? '[]' : '[\n' + list.map((r) => `    ${JSON.stringify(r)}`).join(',\n') + '\n  ]');
  s += `,\n  "npm": ${rows(artifacts)},\n  "pypi": ${rows(previousArtifacts.pypi ?? [])}\n}\n`;
  JSON.parse(s);
  writeFileSync(join(dataDir, 'banned-artifacts.json'), s);
}

console.log(
  `refreshed from ${registry}: ${sdkVersions.length} agent SDK versions; ${cliVersions.length} CLI versions; platform packages: ${Object.values(
    platform,
  )
    .map((l) => l.length)
    .join(', ')}; banned npm artifacts: ${artifacts.length}`,
);

/**
 * The catalog (src/catalog/) bundled with ncc from a copy of src/ whose data are the files just
 * written, so that the mappings it applies are the refreshed ones.
 */
async function bundleCatalog() {
  const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  // Inside the repository, so that the copy resolves the same node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const work = mkdtempSync(join(root, '.cache', 'refresh-catalog-'));
  try {
    cpSync(join(root, 'src'), join(work, 'src'), { recursive: true });
    for (const f of readdirSync(dataDir)) if (f.endsWith('.json')) cpSync(join(dataDir, f), join(work, 'src', 'catalog', 'data', f));
    writeFileSync(
      join(work, 'entry.ts'),
      "export { advisories, tools } from './src/catalog/index.js';\nexport { bannedBy } from './src/catalog/artifacts.js';\n",
    );
    const out = join(work, 'out');
    execFileSync(process.execPath, [ncc, 'build', join(work, 'entry.ts'), '-o', out, '-q', '--transpile-only', '--target', 'es2024'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return await import(pathToFileURL(join(out, 'index.js')).href);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
