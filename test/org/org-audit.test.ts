import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/model/limits.js';
import type { Detector } from '../../src/model/component.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { auditOrganization, type OrgAuditOptions } from '../../src/org/audit.js';
import { createOrgClient } from '../../src/org/client.js';
import { MergeError, mergeOrgReports } from '../../src/org/merge.js';
import { orgAuditFails, type OrgReport } from '../../src/org/report.js';
import { audit } from '../../src/gate/scan.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { GitHubServer } from '../helpers/github-server.js';
import { pinsDetector } from '../helpers/pins-detector.js';
import { packageLockDetector } from '../../src/detectors/package-lock.js';
import {
  BLOBS_BY_TEMPLATE,
  EXTRA_REQUESTS,
  FINDINGS_BY_TEMPLATE,
  FIXED_REQUESTS,
  UNSCANNED,
  type Row,
} from './expected.js';
import { makeTree } from '../helpers/tmp.js';
import { buildOrgGit, fakeOrg, FIXTURES, ORG, orgSpec, type FakeRepo } from './org-fixture.js';

const detectors: Detector[] = [packageLockDetector, pinsDetector()];
let server: GitHubServer;
let policy: Policy;
let repos: FakeRepo[];
let logs: string[] = [];

function options(extra: Partial<OrgAuditOptions> = {}): OrgAuditOptions {
  return {
    organization: ORG,
    api: createOrgClient('test-token', { baseUrl: server.url, retryUnitMs: 2, log: (m) => logs.push(m) }),
    policy,
    selection: { include: [], exclude: [], includeArchived: false, includeForks: false },
    shard: null,
    repoPolicy: 'ignore',
    limits: defaultLimits,
    maxTreeRequests: 20,
    serverUrl: 'https://github.com',
    detectors,
    now: new Date('2026-11-24T00:00:00Z'),
    log: (m) => logs.push(m),
    ...extra,
  };
}

function rows(report: OrgReport, repo: string): Row[] {
  return report.findings
    .filter((f) => f.repository === `${ORG}/${repo}`)
    .map((f) => [
      f.location.file,
      f.location.line,
      f.ruleId,
      f.action,
      f.component.name,
      f.component.version ?? '',
    ]);
}

function expectedRows(repo: FakeRepo, overrides: Record<string, Row[]> = {}): Row[] {
  if (overrides[repo.name]) return overrides[repo.name]!;
  if (UNSCANNED[repo.name] || repo.template === null) return [];
  return FINDINGS_BY_TEMPLATE[repo.template]!;
}

function expectedRequests(repo: FakeRepo, extraBlobs: Record<string, number> = {}): number {
  if (FIXED_REQUESTS[repo.name] !== undefined) return FIXED_REQUESTS[repo.name]!;
  return (
    2 + BLOBS_BY_TEMPLATE[repo.template!]! + (EXTRA_REQUESTS[repo.name] ?? 0) + (extraBlobs[repo.name] ?? 0)
  );
}

function installFaults(): void {
  for (const f of fakeOrg().faults) server.fault(f);
}

beforeAll(async () => {
  const org = fakeOrg();
  repos = org.repos;
  server = new GitHubServer(ORG, 'unused', buildOrgGit(repos));
  server.org = orgSpec(repos);
  await server.start();
  policy = await loadPolicy(join(FIXTURES, 'central-policy.yml'));
});

afterAll(async () => {
  await server.stop();
});

describe('org audit against a local GitHub API (66 repositories)', () => {
  let report: OrgReport;
  beforeAll(async () => {
    logs = [];
    installFaults();
    report = await auditOrganization(options());
  });

  it('lists every repository and leaves out archived ones and forks by default', () => {
    expect(report.selection.listed).toBe(66);
    expect(report.selection.excluded).toEqual({ archived: 3, forks: 3, patterns: 0, otherShards: 0 });
    expect(report.repositories.map((r) => r.name)).toEqual(
      repos
        .filter((r) => !r.archived && !r.fork)
        .map((r) => `${ORG}/${r.name}`)
        .sort(),
    );
  });

  it('reports every repository with its status, reason, branch and commit', () => {
    for (const r of report.repositories) {
      const name = r.name.slice(ORG.length + 1);
      const spec = repos.find((x) => x.name === name)!;
      const un = UNSCANNED[name];
      expect(r.status, name).toBe(un ? un[0] : 'scanned');
      if (un) expect(r.reason, name).toContain(un[1]);
      else expect(r.reason, name).toBeUndefined();
      expect(r.defaultBranch).toBe(spec.defaultBranch ?? 'main');
      expect(r.commit, name).toMatch(un ? /^$/ : /^[0-9a-f]{40}$/);
    }
    expect(report.repositories.find((r) => r.name === 'acme/monorepo')!.treeWalked).toBe(true);
    expect(report.summary).toMatchObject({
      repositories: 60,
      scanned: 55,
      notScanned: 4,
      repositoriesFailed: 23,
    });
  });

  it('finds every finding, located, with a link to the line at the scanned commit and the rule link beside it', () => {
    for (const spec of repos.filter((r) => !r.archived && !r.fork)) {
      expect(rows(report, spec.name), spec.name).toEqual(expectedRows(spec));
    }
    const commits = new Map(report.repositories.map((r) => [r.name, r.commit]));
    for (const f of report.findings) {
      const path = f.location.file.split('/').map(encodeURIComponent).join('/');
      expect(f.link).toBe(
        `https://github.com/${f.repository}/blob/${commits.get(f.repository)}/${path}#L${f.location.line}`,
      );
      // The rule's own link (central-policy.yml gives one to claude-code-fingerprinting only) is
      // kept, not overwritten by the line's.
      expect(f.ruleLink, f.ruleId).toBe(
        f.ruleId === 'claude-code-fingerprinting'
          ? 'https://security.example.com/advisories/claude-code-fingerprinting'
          : undefined,
      );
    }
    expect(report.findings.some((f) => f.ruleId === 'claude-code-fingerprinting')).toBe(true);
    expect(report.summary.failed).toBe(report.findings.filter((f) => f.action === 'fail').length);
    expect(report.summary.failed).toBe(24);
    expect(report.summary.warned).toBe(17);
    expect(orgAuditFails(report, 'any')).toBe(true);
    expect(orgAuditFails(report, 'never')).toBe(false);
  });

  it('fetches only the blobs a detector reads, retries 5xx and rate limits, and counts every request', () => {
    for (const r of report.repositories) {
      const spec = repos.find((x) => `${ORG}/${x.name}` === r.name)!;
      expect(r.requests, r.name).toBe(expectedRequests(spec));
    }
    // GET /rate_limit and one list page besides the repositories' own requests.
    expect(report.summary.requests).toBe(2 + report.repositories.reduce((n, r) => n + r.requests, 0));
    const blobPaths = server.requests.filter((q) => q.path.includes('/git/blobs/')).length;
    expect(blobPaths).toBeGreaterThan(0);
    expect(server.violations).toEqual([]);
  });

  it('logs progress and the cost estimate against the token budget', () => {
    expect(logs[0]).toBe(
      'acme: 66 repositories listed, 60 selected (left out: 3 archived, 3 forks, 0 by the repositories globs)',
    );
    expect(logs[1]).toMatch(
      /^Estimated API requests: 361 \(1 list page, 120 branch and tree calls, ~240 blobs\); the token has 5000 of 5000 left \(resets in \d+ min\): enough for this run\.$/,
    );
    const progress = logs.filter((l) => l.startsWith('['));
    expect(progress).toHaveLength(60);
    expect(progress.map((l) => l.slice(0, 7))).toEqual(
      Array.from({ length: 60 }, (_, i) => `[${String(i + 1).padStart(2)}/60]`),
    );
    expect(progress).toContain(
      '[' + progress.find((l) => l.includes('acme/svc-02 '))!.slice(1, 6) + '] acme/svc-02 … 2 findings',
    );
    expect(progress.some((l) => /\] acme\/empty … empty: the repository has no commits/.test(l))).toBe(true);
    expect(
      logs.some((l) =>
        /secondary rate limit on GET \/repos\/\{owner\}\/\{repo\}\/git\/ref\/\{ref\}; retrying in 1s/.test(l),
      ),
    ).toBe(true);
    expect(logs.at(-1)).toMatch(
      /^Done: 55 of 60 repositories scanned, 24 failing and 17 warning findings, 4 not scanned; \d+ API requests \(\d+\.\d per repository\) in \d+\.\d s$/,
    );
  });
});

describe('selection', () => {
  it('includes archived repositories and forks on request', async () => {
    const r = await auditOrganization(
      options({ selection: { include: [], exclude: [], includeArchived: true, includeForks: true } }),
    );
    expect(r.repositories).toHaveLength(66);
    for (const name of ['archived-1', 'archived-2', 'archived-3', 'fork-1', 'fork-2', 'fork-3']) {
      expect(rows(r, name), name).toEqual(FINDINGS_BY_TEMPLATE['claude-lock']);
      expect(r.repositories.find((x) => x.name === `${ORG}/${name}`)).toMatchObject({
        status: 'scanned',
        archived: name.startsWith('archived'),
        fork: name.startsWith('fork'),
      });
    }
  });

  it('selects by globs with exclusions, case-insensitively', async () => {
    const r = await auditOrganization(
      options({
        selection: {
          include: ['SVC-0*', 'acme/monorepo'],
          exclude: ['svc-05'],
          includeArchived: false,
          includeForks: false,
        },
      }),
    );
    expect(r.repositories.map((x) => x.name)).toEqual([
      'acme/monorepo',
      ...['00', '01', '02', '03', '04', '06', '07', '08', '09'].map((n) => `acme/svc-${n}`),
    ]);
    // Globs are applied first: archived repositories and forks they leave out count as left out by globs.
    expect(r.selection.excluded).toEqual({ archived: 0, forks: 0, patterns: 56, otherShards: 0 });
    expect(r.selection.repositories).toEqual(['SVC-0*', 'acme/monorepo', '!svc-05']);
  });
});

describe('repository policies merged under the central policy', () => {
  it('adds a repository’s own rules, refuses one that excepts a locked central rule', async () => {
    const r = await auditOrganization(
      options({
        repoPolicy: 'merge',
        selection: {
          include: ['repo-policy*', 'svc-00'],
          exclude: [],
          includeArchived: false,
          includeForks: false,
        },
      }),
    );
    expect(rows(r, 'repo-policy')).toEqual([
      ['pins.txt', 1, 'no-left-pad', 'fail', 'left-pad', '1.3.0'],
      ['pins.txt', 2, 'no-codex', 'warn', '@openai/codex', '0.2.0'],
    ]);
    const own = r.repositories.find((x) => x.name === 'acme/repo-policy')!;
    expect(own).toMatchObject({
      status: 'scanned',
      repoPolicy: '.github/ai-tooling-policy.yml',
      failed: 1,
      requests: 4,
    });
    const weak = r.repositories.find((x) => x.name === 'acme/repo-policy-weakening')!;
    expect(weak.status).toBe('policy-error');
    expect(weak.reason).toMatch(
      /^its own policy cannot be used, so it is judged by the central policy alone: acme\/repo-policy-weakening\/\.github\/ai-tooling-policy\.yml@[0-9a-f]{40}:3:1: exception for rule "claude-code-fingerprinting": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it$/,
    );
    expect(rows(r, 'repo-policy-weakening')).toEqual(FINDINGS_BY_TEMPLATE['repo-policy-weakening']);
    expect(rows(r, 'svc-00')).toEqual(FINDINGS_BY_TEMPLATE['claude-lock']);
    expect(r.selection.repoPolicy).toBe('merge');
  });
});

describe('shards', () => {
  it('split the organisation without overlap, and merge back into the whole report', async () => {
    installFaults();
    const whole = await auditOrganization(options());
    const shards: OrgReport[] = [];
    // One set of faults for the three shards: each repository is in exactly one of them.
    installFaults();
    for (let i = 1; i <= 3; i++) {
      shards.push(await auditOrganization(options({ shard: { index: i, count: 3 } })));
    }
    const names = shards.flatMap((s) => s.repositories.map((r) => r.name));
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(whole.repositories.map((r) => r.name));
    for (const s of shards) {
      expect(s.shard).toEqual({ index: shards.indexOf(s) + 1, count: 3 });
      expect(s.selection.excluded.otherShards).toBe(60 - s.repositories.length);
      expect(s.repositories.length).toBeGreaterThan(5);
    }
    const merged = mergeOrgReports([shards[2]!, shards[0]!, shards[1]!], ['c', 'a', 'b']);
    const strip = (r: OrgReport) => ({
      ...r,
      generatedAt: '',
      mergedShards: undefined,
      selection: { ...r.selection, excluded: { ...r.selection.excluded, otherShards: 0 } },
      repositories: r.repositories.map((x) => ({ ...x, requests: 0 })),
      summary: { ...r.summary, requests: 0, durationMs: 0 },
    });
    expect(strip(merged)).toEqual(strip(whole));
    expect(merged.mergedShards).toBe(3);
    expect(merged.shard).toBeUndefined();
    // Each shard read the rate limit and the listing once.
    expect(merged.summary.requests).toBe(shards.reduce((n, s) => n + s.summary.requests, 0));
    expect(merged.summary.requests).toBe(whole.summary.requests + 2 * 2);

    expect(() => mergeOrgReports([shards[0]!, shards[1]!], ['a.json', 'b.json'])).toThrow(
      new MergeError('missing shard 3/3: the merged report would leave repositories out'),
    );
    expect(() =>
      mergeOrgReports([shards[0]!, shards[1]!, shards[1]!], ['a.json', 'b.json', 'b2.json']),
    ).toThrow(new MergeError('shard 2/3 appears twice: b.json and b2.json'));
    const otherPolicy = { ...shards[2]!, policy: { sources: ['builtin:default'], digest: 'sha256:0000' } };
    expect(() =>
      mergeOrgReports([shards[0]!, shards[1]!, otherPolicy], ['a.json', 'b.json', 'c.json']),
    ).toThrow(
      /^c\.json was judged by a different policy \(builtin:default, sha256:0000\) than a\.json \(.*central-policy\.yml, sha256:[0-9a-f]{64}\)$/,
    );
    expect(() => mergeOrgReports([shards[0]!, whole], ['a.json', 'whole.json'])).toThrow(
      new MergeError('whole.json is shard 1/1, a.json is one of 3 shards'),
    );
    expect(() => mergeOrgReports([merged], ['m.json'])).toThrow(
      new MergeError('m.json is already a merged report'),
    );
  });
});

describe('with the registered detectors', () => {
  it('finds in each repository exactly what a scan of the same files finds', async () => {
    const r = await auditOrganization({ ...options(), detectors: undefined });
    const now = new Date('2026-11-24T00:00:00Z');
    const key = (f: {
      location: { file: string; line: number };
      ruleId: string;
      action: string;
      component: unknown;
    }) => [f.location.file, f.location.line, f.ruleId, f.action, f.component];
    let compared = 0;
    for (const spec of repos.filter((x) => !x.archived && !x.fork && x.template && !UNSCANNED[x.name])) {
      const dir = makeTree(spec.files, 'aitg-org-tpl-');
      const local = await audit(new DirectorySource(dir), { policy, now });
      const sorted = (keys: unknown[][]) => keys.map((k) => JSON.stringify(k)).sort();
      expect(
        sorted(r.findings.filter((f) => f.repository === `${ORG}/${spec.name}`).map(key)),
        spec.name,
      ).toEqual(sorted(local.findings.map(key)));
      expect(r.repositories.find((x) => x.name === `${ORG}/${spec.name}`)!.components, spec.name).toBe(
        local.summary.components,
      );
      compared++;
    }
    expect(compared).toBe(55);
  });
});
