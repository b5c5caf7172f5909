// SARIF as code scanning needs it: each rule's level and severity from the rule itself, one
// category whatever the mode, repository-relative locations (the CLI too), %SRCROOT% declared, the
// fix first in the result message and the rule help; every log valid against the OASIS schema.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advisories } from '../../src/catalog/index.js';
import type { Finding } from '../../src/policy/types.js';
import { buildReport, verdictOf, type FailOn, type Report } from '../../src/gate/report.js';
import { renderSarif, type SarifOptions } from '../../src/reporters/sarif.js';
import { projectRoot } from '../helpers/bundles.js';
import { validSarif } from '../helpers/sarif-schema.js';
import { makeRepo } from '../helpers/tmp.js';

/** The SARIF of a report under the verdict of `failOn` on that same report. */
const sarifOf = (r: Report, failOn: FailOn, options: Omit<SarifOptions, 'verdict'> = {}): string =>
  renderSarif(r, { ...options, verdict: verdictOf(r, failOn) });

interface Log {
  runs: {
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, unknown>;
    tool: {
      driver: {
        rules: {
          id: string;
          defaultConfiguration: { level: string };
          properties: { 'security-severity': string };
          help: { text: string; markdown: string };
          helpUri?: string;
        }[];
      };
    };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    properties?: { policy: { source: string; digest?: string } };
  }[];
}

const ADVISORY = advisories[0]!;
const FIX = { version: '2.1.198', text: 'Upgrade @anthropic-ai/claude-code to 2.1.198 or later.' };

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: ADVISORY.id,
    action: 'fail',
    message: '@anthropic-ai/claude-code 2.1.150 is banned: fingerprinting',
    component: {
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
      purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
    },
    tool: 'claude-code',
    toolVersion: '2.1.150',
    location: { file: 'package-lock.json', line: 7 },
    source: 'package-lock.json',
    ...over,
  };
}

const unknownFirst = finding({
  action: 'warn',
  message: '@anthropic-ai/claude-code (latest) may be banned, but its version cannot be known',
  component: {
    ecosystem: 'npm',
    name: '@anthropic-ai/claude-code',
    version: null,
    purl: 'pkg:npm/%40anthropic-ai/claude-code',
  },
  toolVersion: null,
  unknownVersion: true,
  unknownReason: 'offline',
  location: { file: 'package.json', line: 3 },
});

function report(mode: 'audit' | 'diff', findings: Finding[]): Report {
  return buildReport({
    mode,
    findings,
    errors: [],
    notices: [],
    filesScanned: 2,
    components: 2,
    policySources: ['builtin:default'],
  });
}

describe('SARIF for code scanning', () => {
  it("takes a rule's level and severity from the rule, not from whichever finding comes first", () => {
    // The advisory bans: an unknown-version warning first does not make it Medium.
    const log = validSarif<Log>(
      sarifOf(report('audit', [unknownFirst, finding({ remediation: FIX })]), 'any'),
    );
    const rule = log.runs[0]!.tool.driver.rules[0]!;
    expect(rule).toMatchObject({
      id: ADVISORY.id,
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0' },
    });
    expect(log.runs[0]!.results.map((r) => r.level)).toEqual(['warning', 'error']);

    // A policy rule with only unknown-version findings: its own action decides.
    const custom = { ...unknownFirst, ruleId: 'no-cc' };
    const declared = [{ id: 'no-cc', action: 'fail' as const, reason: 'No Claude Code here' }];
    const withRule = validSarif<Log>(sarifOf(report('audit', [custom]), 'any', { rules: declared }));
    expect(withRule.runs[0]!.tool.driver.rules[0]).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0' },
    });
    // A warn rule stays a warning even when the first finding's action is pass (excepted).
    const warnRule = [{ id: 'no-cc', action: 'warn' as const }];
    const excepted = {
      ...finding({}),
      ruleId: 'no-cc',
      action: 'pass' as const,
      exception: { reason: 'r', expires: '2099-01-01' },
    };
    const w = validSarif<Log>(sarifOf(report('audit', [excepted]), 'any', { rules: warnRule }));
    expect(w.runs[0]!.tool.driver.rules[0]).toMatchObject({
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '4.0' },
    });
  });

  it('uses one automation id for audit and diff, and declares %SRCROOT%', () => {
    const audit = validSarif<Log>(sarifOf(report('audit', [finding({})]), 'any'));
    const diff = validSarif<Log>(sarifOf(report('diff', [finding({ status: 'introduced' })]), 'introduced'));
    expect(audit.runs[0]!.automationDetails).toEqual(diff.runs[0]!.automationDetails);
    expect(audit.runs[0]!.automationDetails.id).toBe('ai-tooling-gate/');
    expect(Object.keys(audit.runs[0]!.originalUriBaseIds)).toEqual(['%SRCROOT%']);
  });

  it('puts the fix first in the result message and the rule help, with the advisory and its link', () => {
    const log = validSarif<Log>(sarifOf(report('audit', [finding({ remediation: FIX })]), 'any'));
    const run = log.runs[0]!;
    expect(run.results[0]!.message.text).toBe(
      `${FIX.text} @anthropic-ai/claude-code 2.1.150 is banned: fingerprinting`,
    );
    const rule = run.tool.driver.rules[0]!;
    expect(rule.help.text.startsWith(`Fix: ${FIX.text}`)).toBe(true);
    expect(
      rule.help.markdown.startsWith(`**Fix:** Upgrade @anthropic-ai/claude-code to 2.1.198 or later.`),
    ).toBe(true);
    expect(rule.help.markdown).toContain(ADVISORY.title);
    expect(rule.helpUri).toBe(ADVISORY.link);
  });

  it('names the policy in the run properties when the report does', () => {
    const r = report('audit', [finding({})]);
    r.policy = { ...r.policy, source: '.github/ai-tooling-policy.yml', digest: 'sha256:abc' };
    const log = validSarif<Log>(sarifOf(r, 'any'));
    expect(log.runs[0]!.properties).toEqual({
      policy: { source: '.github/ai-tooling-policy.yml', digest: 'sha256:abc' },
    });
  });

  it('the schema check itself rejects what is not SARIF', () => {
    const log = JSON.parse(sarifOf(report('audit', [finding({})]), 'any')) as Log;
    (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
    expect(() => validSarif(JSON.stringify(log))).toThrow();
  });

  it('the CLI (dist/cli/index.js) writes locations relative to the repository root, for a folder inside it', () => {
    const repo = makeRepo({ 'README.md': 'x\n' });
    mkdirSync(join(repo, 'services', 'api'), { recursive: true });
    writeFileSync(
      join(repo, 'services', 'api', 'package.json'),
      JSON.stringify({ devDependencies: { '@anthropic-ai/claude-code': '2.1.150' } }, null, 2) + '\n',
    );
    const cli = spawnSync(
      process.execPath,
      [
        join(projectRoot, 'dist', 'cli', 'index.js'),
        'scan',
        join(repo, 'services', 'api'),
        '--offline',
        '--format',
        'sarif',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status, cli.stderr).toBe(1);
    const log = validSarif<Log>(cli.stdout);
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'services/api/package.json',
    ]);
    expect(log.runs[0]!.results[0]!.message.text).toMatch(
      /^Upgrade @anthropic-ai\/claude-code to 2\.1\.198 or later\. /,
    );
    // Outside a git work tree, relative to the folder scanned.
    const plain = join(repo, '..', `${repo.split('/').pop()}-plain`);
    mkdirSync(plain);
    writeFileSync(
      join(plain, 'package.json'),
      JSON.stringify({ devDependencies: { '@anthropic-ai/claude-code': '2.1.150' } }),
    );
    const out = spawnSync(
      process.execPath,
      [join(projectRoot, 'dist', 'cli', 'index.js'), 'scan', plain, '--offline', '--format', 'sarif'],
      { encoding: 'utf8' },
    );
    expect(
      validSarif<Log>(out.stdout).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri,
    ).toBe('package.json');
  });
});
