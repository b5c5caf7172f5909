// `audit-org` resolves unpinned versions as `scan` does, against a local registry (verdaccio on
// 127.0.0.1), and decides written ranges offline; no repository's `.npmrc` redirects its look-ups.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditOrgCommand } from '../../src/org/cli.js';
import type { OrgReport } from '../../src/org/report.js';
import { runAction } from '../action/runner.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { GitHubServer } from '../helpers/github-server.js';
import { startFaultProxy, startRegistry, type FaultProxy, type TestRegistry } from '../helpers/registry.js';
import { buildOrgGit, orgSpec, type FakeRepo } from './org-fixture.js';

const ORG = 'ranges';
const CC = '@anthropic-ai/claude-code';

let registry: TestRegistry;
let auditors: FaultProxy; // the registry the auditor configures
let repos: FaultProxy; // the registry a repository's .npmrc names
let server: GitHubServer;

const pkg = (spec: string) => JSON.stringify({ name: 'app', dependencies: { [CC]: spec } }, null, 2) + '\n';

function repo(name: string, files: Record<string, string>): FakeRepo {
  return { name, branch: `org/${name}`, template: null, files };
}

beforeAll(async () => {
  registry = await startRegistry();
  await registry.publish(CC, '2.1.80', []);
  await registry.publish(CC, '2.1.150', []);
  await registry.publish(CC, '2.1.160', []);
  await registry.publish(CC, '2.1.198', ['latest']);
  [auditors, repos] = await Promise.all([startFaultProxy(registry.url), startFaultProxy(registry.url)]);
  const list = [
    // Wholly inside the ban: fails without a registry.
    repo('inside', { 'package.json': pkg('2.1.150 - 2.1.160') }),
    // Straddles the ban; the highest version it allows is 2.1.160 (banned).
    repo('straddle-banned', { 'package.json': pkg('>=2.1.80 <2.1.170'), '.npmrc': '' }),
    // Straddles the ban; an install gets `latest`, 2.1.198 (clean).
    repo('straddle-clean', { 'package.json': pkg('^2.1.150') }),
    // Wholly outside the ban.
    repo('outside', { 'package.json': pkg('^2.1.198') }),
  ];
  server = new GitHubServer(ORG, 'unused', buildOrgGit(list));
  server.org = { ...orgSpec(list), login: ORG };
  await server.start();
});

afterAll(async () => {
  await server?.stop();
  await Promise.all([auditors?.close(), repos?.close()]);
  await registry?.close();
});

beforeEach(() => {
  auditors.reset();
  repos.reset();
});

async function audit(args: string[]): Promise<{ code: number; report: OrgReport }> {
  const out = join(mkdtempSync(join(tmpdir(), 'aitg-org-resolve-')), 'report.json');
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await auditOrgCommand([ORG, '--format', 'json', '--output', out, ...args], {
      GITHUB_TOKEN: 'test-token',
      GITHUB_API_URL: server.url,
      HOME: mkdtempSync(join(tmpdir(), 'aitg-home-')),
    });
    return { code, report: JSON.parse(readFileSync(out, 'utf8')) as OrgReport };
  } finally {
    e.mockRestore();
  }
}

/** repository → [action, version, unknown] of its findings. */
function verdicts(report: OrgReport): Record<string, [string, string | null, boolean][]> {
  const out: Record<string, [string, string | null, boolean][]> = {};
  for (const r of report.repositories) out[r.name.split('/')[1]!] = [];
  for (const f of report.findings)
    out[f.repository.split('/')[1]!]!.push([f.action, f.component.version, f.unknownVersion === true]);
  return out;
}

describe('audit-org resolves unpinned versions', () => {
  it('online: a straddling range is judged by what an install gets now, as scan judges it', async () => {
    const { code, report } = await audit(['--registry', auditors.url]);
    expect(code).toBe(1);
    expect(verdicts(report)).toEqual({
      inside: [['fail', '2.1.160', false]],
      'straddle-banned': [['fail', '2.1.160', false]],
      'straddle-clean': [],
      outside: [],
    });
    // One packument request for the whole audit; nothing asked of a registry a repository names.
    expect(auditors.count(CC)).toBe(1);
    expect(repos.count(CC)).toBe(0);
  });

  it("never follows a repository's .npmrc, which could send the auditor's token away", async () => {
    const evil = [
      repo('evil', {
        'package.json': pkg('^2.1.150'),
        '.npmrc': `registry=${repos.url}\n//127.0.0.1:${repos.port}/:_authToken=\${GITHUB_TOKEN}\n`,
      }),
    ];
    const own = new GitHubServer('evil-org', 'unused', buildOrgGit(evil));
    own.org = { ...orgSpec(evil), login: 'evil-org' };
    await own.start();
    const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const out = join(mkdtempSync(join(tmpdir(), 'aitg-org-resolve-')), 'report.json');
      const code = await auditOrgCommand(
        ['evil-org', '--format', 'json', '--output', out, '--registry', auditors.url],
        {
          GITHUB_TOKEN: 'test-token',
          GITHUB_API_URL: own.url,
          HOME: mkdtempSync(join(tmpdir(), 'aitg-home-')),
        },
      );
      expect(code).toBe(0);
      expect(repos.count(CC)).toBe(0);
      expect(repos.authorizations(CC)).toEqual([]);
      expect(auditors.count(CC)).toBe(1);
    } finally {
      e.mockRestore();
      await own.stop();
    }
  });

  it('--offline: ranges inside or outside the ban are decided, straddling ones are unknown; no request', async () => {
    const { code, report } = await audit(['--offline', '--registry', auditors.url]);
    expect(code).toBe(1);
    expect(verdicts(report)).toEqual({
      inside: [['fail', null, false]],
      'straddle-banned': [['warn', null, true]],
      'straddle-clean': [['warn', null, true]],
      outside: [],
    });
    expect(auditors.count(CC) + repos.count(CC)).toBe(0);
  });

  it('rejects a --registry that is not an http(s) URL', async () => {
    const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await auditOrgCommand([ORG, '--registry', 'file:///etc'], { GITHUB_TOKEN: 't' })).toBe(2);
    } finally {
      e.mockRestore();
    }
  });

  it('the action in mode org-audit resolves the same way (registry input), and offline on request', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'aitg-org-ws-'));
    const online = await runAction({
      bundle: ACTION_BUNDLE,
      workspace,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: server.url,
      inputs: { mode: 'org-audit', organization: ORG, registry: auditors.url },
    });
    expect(online.code).toBe(1);
    const report = JSON.parse(readFileSync(online.outputs['report-file']!, 'utf8')) as OrgReport;
    expect(verdicts(report)['straddle-banned']).toEqual([['fail', '2.1.160', false]]);
    expect(verdicts(report)['straddle-clean']).toEqual([]);
    auditors.reset();
    const offline = await runAction({
      bundle: ACTION_BUNDLE,
      workspace,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: server.url,
      inputs: { mode: 'org-audit', organization: ORG, registry: auditors.url, offline: 'true' },
    });
    const r2 = JSON.parse(readFileSync(offline.outputs['report-file']!, 'utf8')) as OrgReport;
    expect(verdicts(r2)['straddle-clean']).toEqual([['warn', null, true]]);
    expect(auditors.count(CC)).toBe(0);
  }, 300_000);
});
