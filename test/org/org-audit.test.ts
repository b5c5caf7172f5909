import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/limits.js';
import type { Detector } from '../../src/model.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { auditOrganization, type OrgAuditOptions } from '../../src/org/audit.js';
import { createOrgClient } from '../../src/org/client.js';
import { mergeOrgReports } from '../../src/org/merge.js';
import type { OrgReport } from '../../src/org/report.js';
import { GitHubServer } from '../helpers/github-server.js';
import { pinsDetector } from '../helpers/pins-detector.js';
import { packageLockStandIn } from '../action/harness/package-lock-detector.js';
import { buildOrgGit, fakeOrg, FIXTURES, HOSTILE_DIR, HOSTILE_VERSION, ORG, orgSpec } from './org-fixture.js';

const detectors: Detector[] = [packageLockStandIn, pinsDetector()];
let server: GitHubServer;
let policy: Policy;
const logs: string[] = [];

function options(extra: Partial<OrgAuditOptions> = {}): OrgAuditOptions {
  return {
    organization: ORG,
    api: createOrgClient('test-token', { baseUrl: server.url, retryUnitMs: 5, log: (m) => logs.push(m) }),
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

beforeAll(async () => {
  const { repos, faults } = fakeOrg();
  server = new GitHubServer(ORG, 'unused', buildOrgGit(repos));
  server.org = orgSpec(repos);
  for (const f of faults) server.fault(f);
  await server.start();
  policy = await loadPolicy(join(FIXTURES, 'central-policy.yml'));
});

afterAll(async () => {
  await server.stop();
});

describe('org audit against a local GitHub API', () => {
  let report: OrgReport;
  it('audits every selected repository', async () => {
    report = await auditOrganization(options());
    const t0 = Date.now();
    const again = await auditOrganization(options());
    console.log('second run ms', Date.now() - t0, again.summary.requests);
    console.log(
      JSON.stringify(
        report.repositories.map((r) => [r.name, r.status, r.reason, r.findings, r.requests]),
        null,
        0,
      ),
    );
    console.log(
      JSON.stringify(
        report.findings.map((f) => [
          f.repository,
          f.location.file,
          f.location.line,
          f.ruleId,
          f.action,
          f.component.name,
          f.component.version,
          f.link,
        ]),
      ),
    );
    console.log(logs.join('\n'));
    console.log(server.violations);
    void HOSTILE_DIR;
    void HOSTILE_VERSION;
    void mergeOrgReports;
  });
});
