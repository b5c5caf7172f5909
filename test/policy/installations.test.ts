// One installation, one finding: an installation seen from two places (an importer's alias and
// the pnpm package entry it names, a devcontainer feature and the npm package it installs, an
// action and the version input that chose its CLI) gives one finding, the other place in `via`;
// two genuinely different installations stay two. Through the CLI (JSON and text) and the action's
// annotations, as the runner runs the bundle.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runAction } from '../action/runner.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

interface JsonFinding {
  ruleId: string;
  action: string;
  component: { ecosystem: string; name: string; version: string | null; alias?: string };
  location: { file: string; line: number };
  via?: { file: string; line: number }[];
}

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main([...args, '--offline']), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

async function scan(files: Record<string, string>) {
  const dir = makeTree(files);
  const json = await cli(['scan', dir, '--format', 'json']);
  const text = await cli(['scan', dir, '--format', 'text']);
  const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings;
  // The text report has one FAIL/WARN line per finding.
  const textLines = text.stdout.split('\n').filter((l) => /^(FAIL|WARN|PASS)\s/.test(l));
  expect(textLines).toHaveLength(findings.length);
  return { code: json.code, findings, dir };
}

const where = (f: JsonFinding) => `${f.location.file}:${f.location.line}`;
const vias = (f: JsonFinding) => (f.via ?? []).map((v) => `${v.file}:${v.line}`);

// The shape pnpm 9 writes for `pnpm add cc@npm:@anthropic-ai/claude-code@2.1.150`.
const pnpmLock = (extra = '') => `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      cc:
        specifier: npm:@anthropic-ai/claude-code@2.1.150
        version: '@anthropic-ai/claude-code@2.1.150'
${extra}
packages:

  '@anthropic-ai/claude-code@2.1.150':
    resolution: {integrity: sha512-abc}
    hasBin: true

  '@anthropic-ai/claude-code@2.1.160':
    resolution: {integrity: sha512-def}
    hasBin: true

snapshots:

  '@anthropic-ai/claude-code@2.1.150': {}

  '@anthropic-ai/claude-code@2.1.160': {}
`;

describe('pnpm: an alias and the package entry it names', () => {
  it('one finding, at the alias, with the package entry in via', async () => {
    const r = await scan({ 'pnpm-lock.yaml': pnpmLock() });
    expect(r.code).toBe(1);
    const at150 = r.findings.filter((f) => f.component.version === '2.1.150');
    expect(at150).toHaveLength(1);
    expect(at150[0]).toMatchObject({ action: 'fail', component: { alias: 'cc' } });
    expect(where(at150[0]!)).toBe('pnpm-lock.yaml:11');
    expect(vias(at150[0]!)).toEqual(['pnpm-lock.yaml:17']);
  });

  it('negative twin: another version of the package in the same lockfile stays its own finding', async () => {
    const r = await scan({ 'pnpm-lock.yaml': pnpmLock() });
    const at160 = r.findings.filter((f) => f.component.version === '2.1.160');
    expect(at160).toHaveLength(1);
    expect(where(at160[0]!)).toBe('pnpm-lock.yaml:21');
    expect(at160[0]!.via).toBeUndefined();
  });

  it('negative twin: two aliases of one package are two declarations, the entry is reported once', async () => {
    const second = `
  packages/b:
    dependencies:
      claude:
        specifier: npm:@anthropic-ai/claude-code@2.1.150
        version: '@anthropic-ai/claude-code@2.1.150'
`;
    const r = await scan({ 'pnpm-lock.yaml': pnpmLock(second) });
    const at150 = r.findings.filter((f) => f.component.version === '2.1.150');
    expect(at150.map((f) => [where(f), f.component.alias])).toEqual([
      ['pnpm-lock.yaml:11', 'cc'],
      ['pnpm-lock.yaml:17', 'claude'],
    ]);
  });
});

describe('a devcontainer feature and the npm package it installs', () => {
  const feature = '"ghcr.io/anthropics/devcontainer-features/claude-code:1.0": {}';

  it('one finding, the npm package (the feature always installs the latest release)', async () => {
    const r = await scan({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "features": {\n    ${feature}\n  }\n}\n`,
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      action: 'warn',
      component: { ecosystem: 'npm', name: '@anthropic-ai/claude-code' },
      location: { file: '.devcontainer/devcontainer.json', line: 4 },
    });
  });

  it('negative twin: a lifecycle command installing the CLI as well is a second installation', async () => {
    const r = await scan({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "features": {\n    ${feature}\n  },\n  "postCreateCommand": "npm i -g @anthropic-ai/claude-code@2.1.150"\n}\n`,
    });
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [where(f), f.action])).toEqual([
      ['.devcontainer/devcontainer.json:4', 'warn'],
      ['.devcontainer/devcontainer.json:6', 'fail'],
    ]);
  });

  it('negative twin: another feature on the same line stays its own finding', async () => {
    const other = '"ghcr.io/devcontainers-extra/features/claude-code:1": { "version": "2.1.150" }';
    const r = await scan({
      '.devcontainer/devcontainer.json': `{"image": "node:22", "features": {${feature}, ${other}}}\n`,
    });
    expect(r.findings.map((f) => [f.component.name, f.action]).sort()).toEqual([
      ['@anthropic-ai/claude-code', 'warn'],
      ['ghcr.io/devcontainers-extra/features/claude-code', 'fail'],
    ]);
  });
});

describe('an action and the version input that chose its CLI', () => {
  const policy = [
    'version: 1',
    'rules:',
    '  - id: old-gemini',
    '    tool: gemini-cli',
    '    versions: "<0.2.0"',
    '    action: fail',
    '',
  ].join('\n');
  const workflow = (version: string, extra = '') => `on: pull_request
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - uses: google-github-actions/run-gemini-cli@v0
        with:
          gemini_cli_version: ${version}
${extra}`;

  it('one finding, at the input, with the uses: line in via', async () => {
    const r = await scan({
      '.github/workflows/review.yml': workflow('0.1.5'),
      '.github/ai-tooling-policy.yml': policy,
    });
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      action: 'fail',
      component: { name: '@google/gemini-cli', version: '0.1.5' },
    });
    expect(where(r.findings[0]!)).toBe('.github/workflows/review.yml:8');
    expect(vias(r.findings[0]!)).toEqual(['.github/workflows/review.yml:6']);
  });

  it('a clean version input clears the action: its CLI is the one the input chose', async () => {
    const r = await scan({
      '.github/workflows/review.yml': workflow('0.3.0'),
      '.github/ai-tooling-policy.yml': policy,
    });
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('without a version input the action is judged on its own', async () => {
    const r = await scan({
      '.github/workflows/review.yml': workflow('0.1.5').replace(/ {8}with:\n.*\n/, ''),
      '.github/ai-tooling-policy.yml': policy,
    });
    expect(r.findings.map((f) => [f.component.name, f.action])).toEqual([
      ['google-github-actions/run-gemini-cli', 'warn'],
    ]);
  });

  it('negative twin: a run step installing the CLI is a second installation', async () => {
    const step = '      - run: npm i -g @google/gemini-cli@0.1.0\n';
    const r = await scan({
      '.github/workflows/review.yml': workflow('0.1.5', step),
      '.github/ai-tooling-policy.yml': policy,
    });
    expect(r.findings.map((f) => [where(f), f.component.version])).toEqual([
      ['.github/workflows/review.yml:8', '0.1.5'],
      ['.github/workflows/review.yml:9', '0.1.0'],
    ]);
  });
});

describe("a Dockerfile's ARG default and the build args that override it", () => {
  it('one finding per consumer, none for the default nothing builds with', async () => {
    const r = await scan({
      '.devcontainer/Dockerfile':
        'FROM node:22\nARG CC_VERSION=2.1.104\nRUN npm install -g @anthropic-ai/claude-code@${CC_VERSION}\n',
      '.devcontainer/devcontainer.json':
        '{\n  "build": {\n    "dockerfile": "Dockerfile",\n    "args": { "CC_VERSION": "2.1.150" }\n  }\n}\n',
    });
    expect(r.findings.map((f) => [where(f), f.component.version, vias(f)])).toEqual([
      ['.devcontainer/Dockerfile:3', '2.1.150', ['.devcontainer/devcontainer.json:3']],
    ]);
  });

  it('negative twin: two consumers building it with different args are two installations', async () => {
    const r = await scan({
      '.devcontainer/Dockerfile':
        'FROM node:22\nARG CC_VERSION=2.1.104\nRUN npm install -g @anthropic-ai/claude-code@${CC_VERSION}\n',
      '.devcontainer/devcontainer.json':
        '{\n  "build": {\n    "dockerfile": "Dockerfile",\n    "args": { "CC_VERSION": "2.1.150" }\n  }\n}\n',
      'compose.yaml':
        'services:\n  app:\n    build:\n      context: .devcontainer\n      args:\n        CC_VERSION: 2.1.160\n',
    });
    expect(r.findings.map((f) => f.component.version).sort()).toEqual(['2.1.150', '2.1.160']);
  });
});

describe("the action's annotations", () => {
  it('one annotation per installation', async () => {
    const workspace = makeTree({
      'pnpm-lock.yaml': pnpmLock(),
      '.devcontainer/devcontainer.json':
        '{\n  "image": "node:22",\n  "features": {\n    "ghcr.io/anthropics/devcontainer-features/claude-code:1.0": {}\n  }\n}\n',
    });
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace,
      event: 'workflow_dispatch',
      payload: {},
      inputs: { offline: 'true', mode: 'audit' },
      // Nothing is asked of the API in an audit of the workspace.
      apiUrl: 'http://127.0.0.1:9',
    });
    const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) [^:]*file=/.test(l));
    expect(annotations.map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(':')).sort()).toEqual([
      '.devcontainer/devcontainer.json:4',
      'pnpm-lock.yaml:11',
      'pnpm-lock.yaml:21',
    ]);
  }, 120_000);
});
