// The built-in advisories are a floor under every policy: a repository file, --policy FILE, a
// github: policy, a central org policy. Only `settings.advisories: off` with a reason removes it,
// and a file cannot turn off what a file merged before it keeps on. Run through the bundled CLI as
// users run it, outside any git work tree unless the test makes one.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRepoPolicy, parseRepoPolicy } from '../../src/org/policy.js';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import { policyChangeNotice, policyWeakenings } from '../../src/policy/change.js';
import { parsePolicyText } from '../../src/policy/load.js';
import { CLI_BUNDLE } from '../helpers/bundles.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';

const BANNED = JSON.stringify(
  { name: 'app', devDependencies: { '@anthropic-ai/claude-code': '2.1.150' } },
  null,
  2,
);
const SAFE = JSON.stringify(
  { name: 'app', devDependencies: { '@anthropic-ai/claude-code': '2.1.90' } },
  null,
  2,
);
const CODEX_ONLY = 'version: 1\nrules:\n  - id: no-codex\n    tool: codex\n    action: fail\n';
const OFF = (reason = 'audited elsewhere, ticket SEC-9') =>
  `version: 1\nsettings:\n  advisories: off\n  advisoriesReason: ${reason}\nrules:\n  - id: no-codex\n    tool: codex\n`;

function scan(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', dir, '--offline', '--format', 'json', ...args], {
    encoding: 'utf8',
  });
  const report = r.stdout ? JSON.parse(r.stdout) : null;
  return { code: r.status, report, stderr: r.stderr };
}

const rules = (report: { findings: { ruleId: string; action: string }[] }) =>
  report.findings.map((f) => `${f.ruleId}:${f.action}`);

describe('the advisories floor', () => {
  it('applies under a repository policy that does not extend builtin:advisories', () => {
    const dir = makeTree({ '.github/ai-tooling-policy.yml': CODEX_ONLY, 'package.json': BANNED });
    const r = scan(dir);
    expect(r.code).toBe(1);
    expect(rules(r.report)).toEqual(['AITG-2026-0001:fail']);
    expect(r.report.policy.sources).toEqual(['builtin:advisories', '.github/ai-tooling-policy.yml']);
    // Negative twin: a safe version under the same policy passes.
    const safe = makeTree({ '.github/ai-tooling-policy.yml': CODEX_ONLY, 'package.json': SAFE });
    expect(scan(safe).code).toBe(0);
  });

  it('applies under --policy FILE and under a built-in policy', () => {
    const policyDir = makeTree({ 'p.yml': CODEX_ONLY });
    const dir = makeTree({ 'package.json': BANNED });
    expect(rules(scan(dir, '--policy', join(policyDir, 'p.yml')).report)).toEqual(['AITG-2026-0001:fail']);
    expect(rules(scan(dir, '--policy', 'builtin:ai-coding-tools').report)).toContain('AITG-2026-0001:fail');
  });

  it('is turned off only explicitly, with a reason', () => {
    const dir = makeTree({ '.github/ai-tooling-policy.yml': OFF(), 'package.json': BANNED });
    const r = scan(dir);
    expect(r.code).toBe(0);
    expect(r.report.findings).toEqual([]);
    expect(r.report.policy.sources).toEqual(['.github/ai-tooling-policy.yml']);

    const noReason = makeTree({
      '.github/ai-tooling-policy.yml': 'version: 1\nsettings:\n  advisories: off\n',
      'package.json': BANNED,
    });
    const bad = scan(noReason);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '.github/ai-tooling-policy.yml:3:3: settings.advisories: off needs settings.advisoriesReason',
    );
  });

  it('cannot be turned off by a file merged over one that keeps it on', async () => {
    const files: Record<string, string> = {
      'base.yml': 'version: 1\nextends: [builtin:default]\n',
      'p.yml': 'version: 1\nextends: [./base.yml]\nsettings:\n  advisories: off\n  advisoriesReason: x\n',
    };
    const readFile = async (p: string) => files[p.slice(p.lastIndexOf('/') + 1)] ?? null;
    const err = await loadPolicy('/x/p.yml', { readFile }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect(String((err as Error).message)).toContain(
      'settings.advisories: off: builtin:advisories is merged before this file and keeps the built-in advisories on',
    );
  });

  it('a repository policy under a central org policy cannot turn off what the central one keeps on', async () => {
    const central = await loadPolicy('builtin:default');
    const own = parseRepoPolicy('acme/x/.github/ai-tooling-policy.yml@c0ffee', OFF(), central);
    expect(() => mergeRepoPolicy(central, own, 'acme/x/.github/ai-tooling-policy.yml@c0ffee')).toThrow(
      /central policy keeps the built-in advisories on/,
    );
  });
});

describe('a pull request that weakens the policy', () => {
  const base = parsePolicyText(
    'p.yml',
    'version: 1\nrules:\n  - id: no-codex\n    tool: codex\n    versions: ">=0.100.0"\n  - id: no-amp\n    ecosystem: npm\n    package: amp\n',
  );

  it('names each weakening: advisories off, rule removed, rule loosened, exception added', () => {
    const head = parsePolicyText(
      'p.yml',
      'version: 1\nsettings:\n  advisories: off\n  advisoriesReason: we trust it\nrules:\n  - id: no-codex\n    tool: codex\n    versions: ">=0.200.0"\n    action: warn\nexceptions:\n  - rule: no-codex\n    reason: pilot\n    expires: 2099-01-01\n',
    );
    expect(policyWeakenings({ ...base, settings: { ...base.settings, advisories: 'on' } }, head)).toEqual([
      'turns the built-in advisories off (settings.advisories: off, reason: "we trust it")',
      'loosens rule no-codex (fail → warn, versions >=0.100.0 → >=0.200.0)',
      'removes rule no-amp',
      'adds an exception to rule no-codex until 2099-01-01 at p.yml:11',
    ]);
  });

  it('does not call a stricter change a weakening (negative twin)', () => {
    const head = parsePolicyText(
      'p.yml',
      'version: 1\nrules:\n  - id: no-codex\n    tool: codex\n  - id: no-amp\n    ecosystem: npm\n    package: amp\n  - id: no-aider\n    ecosystem: pypi\n    package: aider-chat\n',
    );
    expect(policyWeakenings(base, head)).toEqual([]);
    const notice = policyChangeNotice('p.yml', base, head);
    expect(notice.severity).toBeUndefined();
  });

  it('through the CLI: the policy edit is an error-level notice naming what it drops, and the base policy judges', () => {
    const repo = makeRepo({
      '.github/ai-tooling-policy.yml': 'version: 1\nextends: [builtin:advisories]\n',
      'package.json': SAFE,
    });
    writeFileSync(join(repo, '.github/ai-tooling-policy.yml'), OFF('not needed'));
    writeFileSync(join(repo, 'package.json'), BANNED);
    const r = scan(repo, '--base', 'HEAD');
    expect(r.code).toBe(1);
    expect(rules(r.report)).toEqual(['AITG-2026-0001:fail']);
    expect(r.report.notices).toEqual([
      expect.objectContaining({
        kind: 'policy-changed',
        severity: 'error',
        origin: { file: '.github/ai-tooling-policy.yml', line: 1, column: 1 },
        weakens: ['turns the built-in advisories off (settings.advisories: off, reason: "not needed")'],
      }),
    ]);
    git(repo, 'add', '-A');
  });

  it('a change to a file the policy extends is named too, though the policy file itself is unchanged', () => {
    const repo = makeRepo({
      '.github/ai-tooling-policy.yml': 'version: 1\nextends: [./team.yml]\n',
      '.github/team.yml': CODEX_ONLY,
      'package.json': SAFE,
    });
    writeFileSync(join(repo, '.github/team.yml'), OFF('team decided'));
    writeFileSync(join(repo, 'package.json'), BANNED);
    const r = scan(repo, '--base', 'HEAD');
    // Judged by the base policy (floor on): the banned version fails.
    expect(r.code).toBe(1);
    expect(rules(r.report)).toEqual(['AITG-2026-0001:fail']);
    expect(r.report.notices).toEqual([
      expect.objectContaining({
        severity: 'error',
        weakens: ['turns the built-in advisories off (settings.advisories: off, reason: "team decided")'],
      }),
    ]);
    // Negative twin: nothing in the policy changes, no notice.
    const quiet = makeRepo({
      '.github/ai-tooling-policy.yml': 'version: 1\nextends: [./team.yml]\n',
      '.github/team.yml': CODEX_ONLY,
      'package.json': SAFE,
    });
    writeFileSync(join(quiet, 'package.json'), BANNED);
    expect(scan(quiet, '--base', 'HEAD').report.notices).toEqual([]);
  });

  it('policy check warns the same way', () => {
    const dir = makeTree({ 'p.yml': OFF() });
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'policy', 'check', join(dir, 'p.yml')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'warning: compared with the built-in default, it turns the built-in advisories off (settings.advisories: off, reason: "audited elsewhere, ticket SEC-9")',
    );
    const plain = makeTree({ 'p.yml': CODEX_ONLY });
    const quiet = spawnSync(process.execPath, [CLI_BUNDLE, 'policy', 'check', join(plain, 'p.yml')], {
      encoding: 'utf8',
    });
    expect(quiet.stdout).not.toContain('warning:');
  });
});
