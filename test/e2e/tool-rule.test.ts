// End to end, as users run it: the bundled CLI scans lockfiles written by the real npm 11 with a
// `tool:` rule, and every carrier of Claude Code is found at its line — the CLI, its eight
// platform packages and the Agent SDK with its platform packages (SDK 0.2.113 bundles CLI
// 2.1.113) — while an alias of a clean version (`claude-old` → 2.1.90) is not.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

const cli = join(projectRoot, 'dist', 'cli', 'index.js');
const generated = join(projectRoot, 'test', 'fixtures', 'lockfiles', 'generated');

const policyDir = makeTree({
  'policy.yml': [
    'version: 1',
    // The rule restates the advisory; the built-in floor is off so each carrier is one finding.
    'settings:',
    '  advisories: off',
    '  advisoriesReason: restated as no-fingerprinting-claude',
    'rules:',
    '  - id: no-fingerprinting-claude',
    '    tool: claude-code',
    '    versions: ">=2.1.91 <2.1.198"',
    '    reason: Covert environment fingerprinting',
  ].join('\n'),
});

function scan(dir: string, ...extra: string[]) {
  const r = spawnSync(
    process.execPath,
    [cli, 'scan', dir, '--policy', join(policyDir, 'policy.yml'), '--offline', '--format', 'json', ...extra],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { code: r.status, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

interface Report {
  findings: {
    action: string;
    ruleId: string;
    toolVersion?: string | null;
    component: { name: string; version: string | null; alias?: string };
    location: { file: string; line: number };
  }[];
  errors: unknown[];
}

const PLATFORMS = [
  'darwin-arm64',
  'darwin-x64',
  'linux-arm64',
  'linux-arm64-musl',
  'linux-x64',
  'linux-x64-musl',
  'win32-arm64',
  'win32-x64',
];
const EXPECTED = [
  ...['', ...PLATFORMS.map((p) => '-' + p)].map(
    (s) => `@anthropic-ai/claude-agent-sdk${s}@0.2.113 → 2.1.113`,
  ),
  ...['', ...PLATFORMS.map((p) => '-' + p)].map((s) => `@anthropic-ai/claude-code${s}@2.1.150 → 2.1.150`),
].sort();

describe('scan with a tool: rule over real npm 11 lockfiles', () => {
  for (const [variant, file] of [
    ['npm@11.21.2-lockfile-v1', 'package-lock.json'],
    ['npm@11.21.2-lockfile-v2', 'package-lock.json'],
    ['npm@11.21.2-lockfile-v3', 'package-lock.json'],
    ['npm@11.21.2-lockfile-v3-omit-resolved', 'package-lock.json'],
    ['npm@11.21.2-shrinkwrap', 'npm-shrinkwrap.json'],
  ] as const) {
    it(`${variant}: every carrier, at the line that names it; the clean alias passes`, () => {
      const dir = join(generated, variant, 'claude-alias');
      const { code, report } = scan(dir);
      expect(report.errors).toEqual([]);
      expect(code).toBe(1);
      const got = report.findings
        .map((f) => `${f.component.name}@${f.component.version} → ${f.toolVersion}`)
        .sort();
      expect(got).toEqual(EXPECTED);
      expect(
        report.findings.every((f) => f.action === 'fail' && f.ruleId === 'no-fingerprinting-claude'),
      ).toBe(true);
      expect(report.findings.every((f) => f.location.file === file)).toBe(true);
      // Each line is the entry's key (v2/v3: "node_modules/<name>": {; v1: "<name>": {).
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      for (const f of report.findings) {
        expect(lines[f.location.line - 1]).toMatch(
          new RegExp(`"(node_modules/)?${f.component.name.replace(/[/.]/g, '\\$&')}": \\{`),
        );
      }
      expect(report.findings.some((f) => f.component.version === '2.1.90')).toBe(false);
    });
  }

  it('an alias of a banned version is reported under the real name, with the alias', () => {
    const v3 = readFileSync(
      join(generated, 'npm@11.21.2-lockfile-v3', 'claude-alias', 'package-lock.json'),
      'utf8',
    );
    // The same lockfile with the alias pointing at a banned release, as npm writes it.
    const banned = v3
      .replace(
        '"claude-old": "npm:@anthropic-ai/claude-code@2.1.90"',
        '"claude-old": "npm:@anthropic-ai/claude-code@2.1.120"',
      )
      .replace(
        /("node_modules\/claude-old": \{\n\s+"name": "@anthropic-ai\/claude-code",\n\s+"version": )"2\.1\.90"/,
        '$1"2.1.120"',
      );
    expect(banned).not.toBe(v3);
    const dir = makeTree({ 'package-lock.json': banned });
    writeFileSync(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
    const { report } = scan(dir);
    const alias = report.findings.filter((f) => f.component.alias === 'claude-old');
    expect(alias.map((f) => `${f.component.name}@${f.component.version}`)).toEqual([
      '@anthropic-ai/claude-code@2.1.120',
    ]);
    expect(banned.split('\n')[alias[0]!.location.line - 1]).toContain('"node_modules/claude-old": {');
  });

  it('the quick-start demo fails on the lockfile and the devcontainer, each at its line', () => {
    const r = spawnSync(
      process.execPath,
      [cli, 'scan', join(projectRoot, 'examples', 'demo'), '--offline', '--format', 'json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const failing = report.findings
      .filter((f) => f.action === 'fail')
      .map((f) => `${f.location.file}:${f.location.line} ${f.component.name}@${f.component.version}`);
    expect(failing).toContain('.devcontainer/Dockerfile:9 @anthropic-ai/claude-code@2.1.112');
    expect(failing).toContain(
      '.devcontainer/devcontainer.json:13 ghcr.io/devcontainers-extra/features/claude-code@2.1.120',
    );
    expect(failing.filter((f) => f.startsWith('package-lock.json:'))).toHaveLength(9);
  });
});
