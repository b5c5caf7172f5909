// The npm package as users get it: `npm pack`, installed from the tarball in an empty folder with
// no network (the bundles hold all the code, so there is nothing else to fetch), then run through
// `npx ai-tooling-gate` as the README says.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

interface Packed {
  filename: string;
  files: { path: string }[];
}

let packed: Packed;
let app: string;
const npmEnv = (cache: string) => ({
  ...process.env,
  npm_config_cache: cache,
  npm_config_update_notifier: 'false',
});

beforeAll(() => {
  const out = makeTree({});
  const cache = makeTree({});
  packed = (
    JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: npmEnv(cache),
      }),
    ) as Packed[]
  )[0]!;
  app = makeTree({ 'package.json': '{"name":"app","private":true}\n' });
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(out, packed.filename)], {
    cwd: app,
    env: npmEnv(cache),
    stdio: 'pipe',
  });
}, 120_000);

describe('the npm package', () => {
  it('is publishable with provenance and declares no runtime dependency', () => {
    const pkg = JSON.parse(
      readFileSync(join(app, 'node_modules', 'ai-tooling-gate', 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.bin).toEqual({ 'ai-tooling-gate': 'dist/cli/index.js' });
    expect(pkg.publishConfig).toMatchObject({ provenance: true });
    // One package installed: nothing else came along.
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as { packages: object };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/ai-tooling-gate']);
  });

  it('ships the bundles, the action, the schema, the licence and the docs, and no source or tests', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of [
      'dist/cli/index.js',
      'dist/index.js',
      'action.yml',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
    ])
      expect(paths, p).toContain(p);
    expect(paths.some((p) => p.startsWith('schema/'))).toBe(true);
    expect(paths.filter((p) => /^(src|test|scripts|\.github)\//.test(p))).toEqual([]);
  });

  it('runs through npx: --version and a scan', () => {
    const npx = (...args: string[]) =>
      spawnSync('npx', ['--offline', '--no-install', 'ai-tooling-gate', ...args], {
        cwd: app,
        encoding: 'utf8',
        env: { ...process.env, npm_config_update_notifier: 'false' },
      });
    const version = npx('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^ai-tooling-gate \d+\.\d+\.\d+\n$/);

    const banned = makeTree({
      'package.json':
        JSON.stringify({ devDependencies: { '@anthropic-ai/claude-code': '2.1.150' } }, null, 2) + '\n',
    });
    const failing = npx('scan', banned, '--offline', '--format', 'json');
    expect(failing.status, failing.stderr).toBe(1);
    const report = JSON.parse(failing.stdout) as {
      findings: { component: { name: string; version: string } }[];
    };
    expect(report.findings.map((f) => `${f.component.name}@${f.component.version}`)).toEqual([
      '@anthropic-ai/claude-code@2.1.150',
    ]);

    const clean = makeTree({
      'package.json': JSON.stringify({ devDependencies: { '@anthropic-ai/claude-code': '2.1.198' } }),
    });
    const passing = npx('scan', clean, '--offline');
    expect(passing.status, passing.stderr).toBe(0);
  });
});
