#!/usr/bin/env node
// Refreshes the npm-derived version tables of the AI-tool catalog (src/catalog/data/):
//
//   claude-agent-sdk-npm.json   every @anthropic-ai/claude-agent-sdk version -> the Claude Code CLI it
//                               bundles (package.json "claudeCodeVersion"), from the packument
//   npm-platform-packages.json  the platform packages (optionalDependencies of the latest version)
//                               of @anthropic-ai/claude-code and @anthropic-ai/claude-agent-sdk
//
// The other tables come from sources this script cannot reach (PyPI changelog, GitHub tags); their
// headers say where they came from and they are updated by hand.
//
// Usage: node scripts/refresh-catalog.mjs [--registry URL]
// The registry defaults to `npm config get registry`. One packument request per package.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'src', 'catalog', 'data');
const today = new Date().toISOString().slice(0, 10);

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
  const res = await fetch(url, { headers: { accept: 'application/json' } });
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
console.log(
  `refreshed from ${registry}: ${sdkVersions.length} agent SDK versions; platform packages: ${Object.values(platform)
    .map((l) => l.length)
    .join(', ')}`,
);
