// End to end through the CLI: `scan` with a `tool:` rule over lockfile fixtures holding the CLI,
// an alias of it, its platform package, the Agent SDK and its platform package, and a clean
// nested copy. A small test-only package-lock.json reader stands in for the registry, so that the
// findings are the policy's alone. The fixture is copied out of this repository first: inside a git
// work tree the CLI judges by the repository root's policy (as the action does), not DIR's.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component, DetectInput, Detector } from '../../src/model/component.js';
import { purlFor } from '../../src/util/purl.js';

/** Reads `packages` entries of a package-lock.json v3, located at their key line. */
const testLockDetector: Detector = {
  id: 'package-lock.json',
  role: 'lockfile',
  syntax: 'json',
  ecosystems: ['npm'],
  matches: (path) => path === 'package-lock.json' || path.endsWith('/package-lock.json'),
  detect({ path, text }: DetectInput) {
    const lock = JSON.parse(text) as { packages: Record<string, { name?: string; version: string }> };
    const lines = text.split('\n');
    const components: Component[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key === '') continue;
      const folder = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const name = entry.name ?? folder;
      const line = lines.findIndex((l) => l.trimStart().startsWith(`${JSON.stringify(key)}:`)) + 1;
      components.push({
        ecosystem: 'npm',
        name,
        version: entry.version,
        purl: purlFor('npm', name, entry.version),
        location: { file: path, line },
        source: 'package-lock.json',
        sourceKind: 'registry',
        ...(name !== folder ? { alias: folder } : {}),
      });
    }
    return { components, errors: [] };
  },
};

vi.mock('../../src/detectors/index.js', () => ({ detectors: [testLockDetector] }));

const { main } = await import('../../src/cli/main.js');
const fixture = mkdtempSync(join(tmpdir(), 'aitg-policy-e2e-'));
cpSync(join(import.meta.dirname, '..', 'fixtures', 'policy', 'e2e'), fixture, { recursive: true });

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('ai-tooling-gate scan with a tool: rule (end to end)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('finds every carrier at its line, with the tool version, and fails', async () => {
    const { code, stdout, stderr } = await run(['scan', fixture, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const reason = 'Covert environment fingerprinting in these versions';
    expect(report.findings).toEqual([
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'fail',
        message: `@anthropic-ai/claude-agent-sdk 0.3.150 (Claude Code 2.1.150) is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-agent-sdk',
          version: '0.3.150',
          purl: 'pkg:npm/%40anthropic-ai/claude-agent-sdk@0.3.150',
        },
        tool: 'claude-code',
        toolVersion: '2.1.150',
        location: { file: 'package-lock.json', line: 17 },
        source: 'package-lock.json',
        reason,
        remediation: {
          version: '0.3.198',
          text: 'Upgrade @anthropic-ai/claude-agent-sdk to 0.3.198 or later (it carries Claude Code 2.1.198).',
        },
      },
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'fail',
        message: `@anthropic-ai/claude-agent-sdk-linux-x64 0.3.150 (Claude Code 2.1.150) is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-agent-sdk-linux-x64',
          version: '0.3.150',
          purl: 'pkg:npm/%40anthropic-ai/claude-agent-sdk-linux-x64@0.3.150',
        },
        tool: 'claude-code',
        toolVersion: '2.1.150',
        location: { file: 'package-lock.json', line: 26 },
        source: 'package-lock.json',
        reason,
        remediation: {
          version: '0.3.198',
          text: 'Upgrade @anthropic-ai/claude-agent-sdk-linux-x64 to 0.3.198 or later (it carries Claude Code 2.1.198).',
        },
      },
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'fail',
        message: `@anthropic-ai/claude-code 2.1.150 is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-code',
          version: '2.1.150',
          purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        },
        tool: 'claude-code',
        toolVersion: '2.1.150',
        location: { file: 'package-lock.json', line: 39 },
        source: 'package-lock.json',
        reason,
        remediation: { version: '2.1.198', text: 'Upgrade @anthropic-ai/claude-code to 2.1.198 or later.' },
      },
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'fail',
        message: `@anthropic-ai/claude-code-linux-x64 2.1.150 is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-code-linux-x64',
          version: '2.1.150',
          purl: 'pkg:npm/%40anthropic-ai/claude-code-linux-x64@2.1.150',
        },
        tool: 'claude-code',
        toolVersion: '2.1.150',
        location: { file: 'package-lock.json', line: 51 },
        source: 'package-lock.json',
        reason,
        remediation: {
          version: '2.1.198',
          text: 'Upgrade @anthropic-ai/claude-code-linux-x64 to 2.1.198 or later.',
        },
      },
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'fail',
        message: `@anthropic-ai/claude-code 2.1.91 (installed as cc) is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-code',
          version: '2.1.91',
          purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.91',
          alias: 'cc',
        },
        tool: 'claude-code',
        toolVersion: '2.1.91',
        location: { file: 'package-lock.json', line: 64 },
        source: 'package-lock.json',
        reason,
        remediation: { version: '2.1.198', text: 'Upgrade @anthropic-ai/claude-code to 2.1.198 or later.' },
      },
      {
        ruleId: 'claude-code-fingerprinting',
        action: 'pass',
        message: `@anthropic-ai/claude-code 2.1.150 is banned: ${reason}`,
        component: {
          ecosystem: 'npm',
          name: '@anthropic-ai/claude-code',
          version: '2.1.150',
          purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        },
        tool: 'claude-code',
        toolVersion: '2.1.150',
        location: { file: 'sandbox/package-lock.json', line: 12 },
        source: 'package-lock.json',
        reason,
        remediation: { version: '2.1.198', text: 'Upgrade @anthropic-ai/claude-code to 2.1.198 or later.' },
        exception: { reason: 'Isolated red-team sandbox, ticket SEC-142', expires: '2026-12-31' },
      },
    ]);
    expect(report.summary).toEqual({ filesScanned: 2, components: 8, failed: 5, warned: 0, passed: 1 });
    expect(report.notices).toEqual([]);
    // Found in DIR (outside any git work tree) and named as the repository path it was read at.
    expect(report.policy.sources).toEqual(['.github/ai-tooling-policy.yml']);
    expect(report.policy.source).toBe(`.github/ai-tooling-policy.yml (${fixture})`);
    expect(report.policy.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('judges with builtin:default when --policy names it (the exception belongs to the other policy)', async () => {
    const { code, stdout } = await run([
      'scan',
      join(fixture, 'sandbox'),
      '--format',
      'json',
      '--policy',
      'builtin:default',
    ]);
    const report = JSON.parse(stdout);
    expect(
      report.findings.map((f: { ruleId: string; action: string; location: unknown }) => [
        f.ruleId,
        f.action,
        f.location,
      ]),
    ).toEqual([['AITG-2026-0001', 'fail', { file: 'package-lock.json', line: 12 }]]);
    expect(code).toBe(1);
  });

  it('reports the expired exception as a notice, and the finding fails again', async () => {
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    const { code, stdout } = await run(['scan', fixture]);
    expect(code).toBe(1);
    // What to do comes first, what was found on the next line.
    expect(stdout).toContain(
      'FAIL  sandbox/package-lock.json:12  [claude-code-fingerprinting] Upgrade @anthropic-ai/claude-code to 2.1.198 or later.\n' +
        '      @anthropic-ai/claude-code 2.1.150 is banned',
    );
    expect(stdout).toContain(
      'exception for rule claude-code-fingerprinting expired on 2026-12-31 and no longer applies (Isolated red-team sandbox, ticket SEC-142)',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '2 files scanned, 8 components: 6 failed, 0 warned, 0 excepted, 0 errors',
    );
  });
});

describe('ai-tooling-gate policy check and catalog', () => {
  it('prints a short summary of a valid policy', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    const file = join(fixture, '.github', 'ai-tooling-policy.yml');
    const { code, stdout } = await run(['policy', 'check', file]);
    vi.useRealTimers();
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `${file}: valid policy (version 1)`,
        '  1 rule, 1 exception, unknown versions: warn',
        `  merged from: ${file}`,
        '  fail claude-code-fingerprinting: tool claude-code >=2.1.91 <2.1.198',
        '  warning: compared with the built-in default, it turns the built-in advisories off (settings.advisories: off, reason: "restated as claude-code-fingerprinting with a sandbox exception")',
        `  warning: compared with the built-in default, it adds an exception to rule claude-code-fingerprinting in sandbox/** until 2026-12-31 at ${file}:14`,
        '',
      ].join('\n'),
    );
  });

  it('exits 2 on an invalid policy, naming file, line and column', async () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'policy', 'invalid.yml');
    const { code, stdout, stderr } = await run(['policy', 'check', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `ai-tooling-gate: invalid policy: ${file}:6:15: rules[0].versions: ">=1.2.3 <" is not a valid semver range`,
        `${file}:7:5: rules[0].acton: unknown key (did you mean "action"?)`,
        '',
      ].join('\n'),
    );
    const scan = await run(['scan', fixture, '--policy', file]);
    expect(scan.code).toBe(2);
  });

  it('prints the catalog and the advisories, as text and JSON', async () => {
    const text = await run(['catalog']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('claude-code  Claude Code (Anthropic)');
    expect(text.stdout).toContain('AITG-2026-0001  Claude Code covert environment fingerprinting');
    const json = await run(['catalog', '--format', 'json']);
    const data = JSON.parse(json.stdout);
    expect(data.tools.map((t: { id: string }) => t.id)).toContain('goose');
    expect(data.advisories[0].id).toBe('AITG-2026-0001');
    expect((await run(['catalog', '--format', 'yaml'])).code).toBe(2);
  });
});
