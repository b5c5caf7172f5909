// The org commands as users run them: `audit-org` and `merge-reports` through the CLI's entry, and
// the action's `mode: org-audit` run from its bundle the way the runner runs it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { detectors } from '../../src/detectors/index.js';
import type { Detector } from '../../src/model/component.js';
import { auditOrgCommand, mergeReportsCommand } from '../../src/org/cli.js';
import type { OrgReport } from '../../src/org/report.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { runAction } from '../action/runner.js';
import { GitHubServer } from '../helpers/github-server.js';
import { pinsDetector } from '../helpers/pins-detector.js';
import { UNSCANNED } from './expected.js';
import { buildOrgGit, fakeOrg, FIXTURES, ORG, orgSpec } from './org-fixture.js';

const bundle = ACTION_BUNDLE;

// The org fixtures also hold `pins.txt` files (a test-only format) that the CLI run in this process reads.
if (!detectors.some((d) => d.matches('pins.txt'))) (detectors as Detector[]).push(pinsDetector());

let server: GitHubServer;
const dir = mkdtempSync(join(tmpdir(), 'aitg-org-cli-'));
const policy = join(FIXTURES, 'central-policy.yml');

beforeAll(async () => {
  const { repos } = fakeOrg();
  // No faults here: the CLI and the action retry with real (second-long) delays.
  server = new GitHubServer(ORG, 'unused', buildOrgGit(repos));
  server.org = orgSpec(repos);
  await server.start();
});
afterAll(async () => {
  await server.stop();
});

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  try {
    // Offline: the fixtures' unpinned specs stay unknown (test/org/resolve.test.ts resolves them
    // against a local registry).
    const code = await auditOrgCommand([...args, '--offline'], {
      GITHUB_TOKEN: 'test-token',
      GITHUB_API_URL: server.url,
      ...env,
    });
    return { code, stderr, stdout };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

async function merge(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  try {
    return { code: await mergeReportsCommand(args), stderr, stdout };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

const read = (f: string): OrgReport => JSON.parse(readFileSync(f, 'utf8')) as OrgReport;

describe('ai-tooling-gate audit-org', () => {
  it('audits the organisation, logs progress on stderr, and fails on banned components', async () => {
    const out = join(dir, 'whole.json');
    const r = await run([ORG, '--policy', policy, '--format', 'json', '--output', out, '--concurrency', '6']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('acme: 66 repositories listed, 60 selected');
    expect(r.stderr).toMatch(/\[60\/60\] acme\/\S+ … /);
    const report = read(out);
    expect(report).toMatchObject({
      schemaVersion: 1,
      mode: 'org-audit',
      organization: ORG,
      serverUrl: 'http://127.0.0.1:' + server.url.split(':')[2],
    });
    expect(report.repositories).toHaveLength(60);
    const statuses = Object.fromEntries(
      report.repositories.filter((x) => x.status !== 'scanned').map((x) => [x.name, x.status]),
    );
    // Without faults the repositories that only failed through them are scanned; huge is walked within the default limits.
    expect(statuses).toEqual({ 'acme/dmca': 'unavailable', 'acme/empty': 'empty', 'acme/gone': 'not-found' });
    void UNSCANNED;
    expect(report.summary.failed).toBeGreaterThan(0);
    expect(
      report.findings.every((f) => f.link.startsWith(`http://127.0.0.1:${server.url.split(':')[2]}/acme/`)),
    ).toBe(true);
  });

  it('splits into shards that merge-reports joins into the same report', async () => {
    const files = [1, 2].map((i) => join(dir, `shard-${i}.json`));
    for (const [i, f] of files.entries()) {
      const r = await run([
        ORG,
        '--policy',
        policy,
        '--shard',
        `${i + 1}/2`,
        '--format',
        'json',
        '--output',
        f,
      ]);
      expect(r.code).toBe(1);
    }
    const merged = join(dir, 'merged.json');
    const m = await merge([...files, '--output', merged]);
    expect(m).toMatchObject({ code: 1, stderr: '' });
    const whole = read(join(dir, 'whole.json'));
    const joined = read(merged);
    expect(joined.mergedShards).toBe(2);
    expect(joined.repositories.map((r) => [r.name, r.status, r.findings])).toEqual(
      whole.repositories.map((r) => [r.name, r.status, r.findings]),
    );
    expect(joined.findings).toEqual(whole.findings);

    const html = await merge([...files, '--format', 'html']);
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    const csv = await merge([...files, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')).toHaveLength(whole.findings.length + 2);
    const md = await merge([...files, '--format', 'markdown', '--fail-on', 'never']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## ❌ ai-tooling-gate: org audit of acme \(2 shards merged\)\n/);

    expect(await merge([files[0]!])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ai-tooling-gate: missing shard 2/2: the merged report would leave repositories out\n',
    });
    expect(await merge([files[0]!, files[0]!])).toMatchObject({
      code: 2,
      stderr: `ai-tooling-gate: shard 1/2 appears twice: ${files[0]} and ${files[0]}\n`,
    });
    expect(await merge([join(FIXTURES, 'central-policy.yml')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/central-policy\.yml: not JSON: /),
    });
  });

  it('checks its arguments: exit 2 with a message', async () => {
    expect(await run([ORG], { GITHUB_TOKEN: '' })).toMatchObject({
      code: 2,
      stderr:
        'ai-tooling-gate: audit-org needs a token in GITHUB_TOKEN (or GH_TOKEN) that can read the repositories\n',
    });
    expect(await run([ORG, '--shard', '3/2'])).toMatchObject({
      code: 2,
      stderr: 'ai-tooling-gate: shard "3/2": i must be between 1 and 2\n',
    });
    expect(await run(['../etc'])).toMatchObject({
      code: 2,
      stderr: 'ai-tooling-gate: "../etc" is not an organisation name\n',
    });
    expect(await run([ORG, '--format', 'pdf'])).toMatchObject({
      code: 2,
      stderr: 'ai-tooling-gate: --format must be one of json, text, csv, html, markdown, not "pdf"\n',
    });
    expect(await run([ORG, '--repositories', 'a b'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"a b" is not a repository name or glob'),
    });
  });

  it('is reachable from the CLI entry', async () => {
    const saved = { t: process.env.GITHUB_TOKEN, u: process.env.GITHUB_API_URL };
    process.env.GITHUB_TOKEN = 'test-token';
    process.env.GITHUB_API_URL = server.url;
    let stdout = '';
    const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      const code = await main([
        'audit-org',
        ORG,
        '--repositories',
        'svc-01',
        '--format',
        'text',
        '--offline',
      ]);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe(
        'org audit of acme: 1 repositories, 1 scanned, 0 not scanned; 0 failing, 0 warning findings in 0 repositories; 5 API requests',
      );
    } finally {
      e.mockRestore();
      o.mockRestore();
      process.env.GITHUB_TOKEN = saved.t;
      process.env.GITHUB_API_URL = saved.u;
      if (saved.t === undefined) delete process.env.GITHUB_TOKEN;
      if (saved.u === undefined) delete process.env.GITHUB_API_URL;
    }
  });
});

describe('the action, mode org-audit', () => {
  it('writes the reports, the job summary and the outputs, and fails the step on banned components', async () => {
    const path = bundle;
    const workspace = mkdtempSync(join(tmpdir(), 'aitg-org-ws-'));
    const run = await runAction({
      bundle: path,
      workspace,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: server.url,
      inputs: {
        mode: 'org-audit',
        organization: ORG,
        repositories: 'svc-0*\n!svc-05',
        shard: '',
        offline: 'true',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    const report = read(run.outputs['report-file']!);
    expect(report.repositories.map((r) => r.name)).toEqual(
      ['00', '01', '02', '03', '04', '06', '07', '08', '09'].map((n) => `acme/svc-${n}`),
    );
    expect(report.policy.sources).toEqual(['builtin:advisories', 'builtin:default']);
    expect(Number(run.outputs.failed)).toBe(report.summary.failed);
    expect(report.summary.failed).toBeGreaterThan(0);
    expect(existsSync(run.outputs['html-file']!)).toBe(true);
    expect(readFileSync(run.outputs['csv-file']!, 'utf8').startsWith('repository,file,line,')).toBe(true);
    expect(run.summary).toMatch(/^## ❌ ai-tooling-gate: org audit of acme\n/);
    expect(run.stdout).toContain('[9/9] acme/');
    expect(run.stdout).toMatch(
      /::error::ai-tooling-gate: \d+ banned component\(s\) in \d+ repositories, 0 repositories and 0 files that could not be scanned \(fail-on: any\)/,
    );
  }, 300_000);

  it('fails closed with a message when the organisation cannot be listed', async () => {
    const path = bundle;
    const run = await runAction({
      bundle: path,
      workspace: mkdtempSync(join(tmpdir(), 'aitg-org-ws-')),
      event: 'schedule',
      payload: {},
      apiUrl: server.url,
      inputs: { mode: 'org-audit', organization: 'nobody', offline: 'true' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toContain('## ❌ ai-tooling-gate: the org audit could not run');
  }, 300_000);
});
