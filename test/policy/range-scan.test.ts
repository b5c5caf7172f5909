// A written range judged without a registry, through the CLI offline: wholly inside the ban it
// fails, wholly outside it passes, straddling it falls to `unknownVersion`; npm (aliases too),
// devcontainer feature options, PyPI carriers of PEP 440 tools and package rules.
import { vi } from 'vitest';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeTree } from '../helpers/tmp.js';

const CC = '@anthropic-ai/claude-code';

interface JsonFinding {
  ruleId: string;
  action: string;
  message: string;
  component: { name: string; version: string | null; spec?: string };
  toolVersion?: string | null;
  unknownVersion?: boolean;
  unknownReason?: string;
  exception?: unknown;
  remediation?: { version: string };
}

async function scan(files: Record<string, string>, extra: string[] = []) {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['scan', makeTree(files), '--offline', '--format', 'json', ...extra]);
    const r = JSON.parse(stdout) as { findings: JsonFinding[]; errors: unknown[] };
    return { code, findings: r.findings, errors: r.errors };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const pkg = (deps: Record<string, string>) => JSON.stringify({ name: 'app', dependencies: deps }, null, 2);

describe('a written npm range, offline', () => {
  for (const range of [
    '2.1.150 - 2.1.160',
    '>=2.1.100 <2.1.151',
    '2.1.150 || 2.1.160',
    `npm:${CC}@>=2.1.100 <2.1.151`,
  ]) {
    it(`"${range}" lies inside AITG-2026-0001: fails, though no registry was asked`, async () => {
      const r = await scan({ 'package.json': pkg({ [range.startsWith('npm:') ? 'cc' : CC]: range }) });
      expect(r.code).toBe(1);
      expect(r.findings).toHaveLength(1);
      const f = r.findings[0]!;
      expect(f).toMatchObject({
        ruleId: 'AITG-2026-0001',
        action: 'fail',
        component: { name: CC, version: null },
      });
      expect(f.unknownVersion).toBeUndefined();
      expect(f.message).toContain('every version');
      expect(f.remediation?.version).toBe('2.1.198');
    });
  }

  for (const range of ['^2.1.198', '<2.1.91', '>=2.1.198', '2.0.x', `npm:${CC}@^2.1.198`]) {
    it(`"${range}" lies outside the ban: passes quietly`, async () => {
      const r = await scan({ 'package.json': pkg({ [range.startsWith('npm:') ? 'cc' : CC]: range }) });
      expect(r.code).toBe(0);
      expect(r.findings).toEqual([]);
    });
  }

  for (const range of ['^2.1.150', '~2.1.150', 'latest', '*']) {
    it(`"${range}" straddles the ban (or is a tag): the policy's unknownVersion decides`, async () => {
      const r = await scan({ 'package.json': pkg({ [CC]: range }) });
      expect(r.code).toBe(0);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ action: 'warn', unknownVersion: true });
      const policy = 'version: 1\nextends: [builtin:default]\nsettings:\n  unknownVersion: fail\n';
      const strict = await scan({
        'package.json': pkg({ [CC]: range }),
        '.github/ai-tooling-policy.yml': policy,
      });
      expect(strict.code).toBe(1);
      expect(strict.findings[0]).toMatchObject({ action: 'fail', unknownVersion: true });
    });
  }

  it('says why a straddling range is undecided', async () => {
    const r = await scan({ 'package.json': pkg({ [CC]: '^2.1.150' }) });
    expect(r.findings[0]!.unknownReason).toContain(
      '"^2.1.150" allows versions in and out of >=2.1.91 <2.1.198',
    );
  });

  it('an exception limited to versions covers a range only when the range lies inside it', async () => {
    const files = (versions: string) => ({
      'package.json': pkg({ 'ai-helper': '1.2.0 - 1.4.0' }),
      '.github/ai-tooling-policy.yml': [
        'version: 1',
        'rules:',
        '  - id: old-helper',
        '    ecosystem: npm',
        '    package: ai-helper',
        '    versions: "<2.0.0"',
        '    action: fail',
        'exceptions:',
        '  - rule: old-helper',
        `    versions: "${versions}"`,
        '    reason: sandbox',
        '    expires: 2099-01-01',
        '',
      ].join('\n'),
    });
    const covered = await scan(files('>=1.1.0 <1.5.0'));
    expect(covered.code).toBe(0);
    expect(covered.findings[0]).toMatchObject({ action: 'pass', exception: { reason: 'sandbox' } });
    const partly = await scan(files('1.2.0 - 1.3.0'));
    expect(partly.code).toBe(1);
    expect(partly.findings[0]).toMatchObject({ action: 'fail' });
    expect(partly.findings[0]!.unknownVersion).toBeUndefined();
  });
});

describe('a written range on other carriers', () => {
  const feature = (version: string) =>
    JSON.stringify({
      image: 'node:22',
      features: { 'ghcr.io/devcontainers-extra/features/claude-code:1': { version } },
    });

  it('a devcontainer feature whose version option is a range inside the ban fails; outside passes', async () => {
    const inside = await scan({ '.devcontainer/devcontainer.json': feature('2.1.150 - 2.1.160') });
    expect(inside.code).toBe(1);
    expect(inside.findings.some((f) => f.action === 'fail' && f.component.name.endsWith('claude-code'))).toBe(
      true,
    );
    const outside = await scan({ '.devcontainer/devcontainer.json': feature('>=2.1.198') });
    expect(outside.findings.filter((f) => f.action !== 'pass')).toEqual([]);
  });

  const aider = (spec: string) => ({
    'requirements.txt': `aider-chat${spec}\n`,
    '.github/ai-tooling-policy.yml': [
      'version: 1',
      'rules:',
      '  - id: old-aider',
      '    tool: aider',
      '    versions: ">=0.50,<0.60"',
      '    action: fail',
      '  - id: pkg-aider',
      '    ecosystem: pypi',
      '    package: aider-chat',
      '    versions: "<0.60"',
      '    action: warn',
      '',
    ].join('\n'),
  });

  it('a PyPI specifier set inside a PEP 440 ban fails (tool rule) and is flagged (package rule)', async () => {
    const r = await scan(aider('>=0.52,<0.55'));
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.ruleId, f.action, f.unknownVersion ?? false])).toEqual([
      ['old-aider', 'fail', false],
      ['pkg-aider', 'warn', false],
    ]);
    expect(r.findings[0]!.toolVersion).toBe('>=0.52,<0.55');
  });

  it('~=0.60.1 lies outside both bans: quiet', async () => {
    const r = await scan(aider('~=0.60.1'));
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('>=0.52 straddles: unknown under both rules', async () => {
    const r = await scan(aider('>=0.52'));
    expect(r.findings.map((f) => [f.ruleId, f.action, f.unknownVersion])).toEqual([
      ['old-aider', 'warn', true],
      ['pkg-aider', 'warn', true],
    ]);
  });

  it('a carrier whose versions are a line of their own is never decided by a range', async () => {
    // claude-agent-sdk (PyPI) bundles a CLI version its own version does not spell.
    const r = await scan({ 'requirements.txt': 'claude-agent-sdk>=0.1.0,<0.1.5\n' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ action: 'warn', unknownVersion: true });
  });
});
