// The org audit: list an organisation's repositories, keep the selected ones of this shard, scan
// each with a concurrency limit, report every repository's status and every finding.
import type { Limits } from '../model/limits.js';
import type { Detector } from '../model/component.js';
import type { AuditOptions } from '../gate/scan.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import type { CountingClient } from './client.js';
import {
  ASSUMED_BLOBS_PER_REPOSITORY,
  describeEstimate,
  estimateRequests,
  readRateBudget,
} from './estimate.js';
import { listOrgRepositories } from './list.js';
import {
  compareOrgErrors,
  compareOrgFindings,
  policyDigest,
  summarize,
  type OrgError,
  type OrgFinding,
  type OrgReport,
  type RepositoryResult,
} from './report.js';
import { scanRepository } from './scan-repo.js';
import { selectRepositories, type RepositorySelection } from './select.js';
import { inShard, type Shard } from './shard.js';

export interface OrgAuditOptions {
  organization: string;
  api: CountingClient;
  policy: Policy;
  selection: RepositorySelection;
  shard: Shard | null;
  repoPolicy: 'ignore' | 'merge';
  limits: Limits;
  /** Repositories scanned at once (default 4). */
  concurrency?: number;
  /** Most tree requests for one repository whose listing GitHub truncates (default 2,000). */
  maxTreeRequests?: number;
  serverUrl: string;
  log?: (line: string) => void;
  detectors?: readonly Detector[];
  now?: Date;
  /**
   * Turns unpinned specs into the versions an install gets now (one resolver for the whole audit:
   * each package is looked up once); omitted, versions that are not pinned stay unknown unless the
   * written range decides.
   */
  resolve?: AuditOptions['resolve'];
}

export async function auditOrganization(options: OrgAuditOptions): Promise<OrgReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const { client, requests } = options.api;
  const budget = await readRateBudget(client);
  const listing = await listOrgRepositories(client, options.organization);
  const { selected, excluded } = selectRepositories(listing.repositories, options.selection);
  const mine = selected.filter((r) => inShard(r.fullName, options.shard));
  const otherShards = selected.length - mine.length;
  log(
    `${options.organization}: ${listing.repositories.length} repositories listed, ${selected.length} selected` +
      ` (left out: ${excluded.archived} archived, ${excluded.forks} forks, ${excluded.patterns} by the repositories globs)` +
      (options.shard ? `; shard ${options.shard.index}/${options.shard.count} has ${mine.length}` : ''),
  );
  log(
    describeEstimate(
      estimateRequests(listing.repositories.length, mine.length, ASSUMED_BLOBS_PER_REPOSITORY),
      budget,
    ),
  );

  const results: RepositoryResult[] = new Array(mine.length);
  const findings: OrgFinding[] = [];
  const errors: OrgError[] = [];
  const noticesByRepo: PolicyNotice[][] = [];
  let next = 0;
  let done = 0;
  const width = String(mine.length).length;
  const worker = async (): Promise<void> => {
    while (next < mine.length) {
      const i = next++;
      const repo = mine[i]!;
      const before = requests.forRepo(repo.fullName);
      const scan = await scanRepository(
        {
          client,
          policy: options.policy,
          repoPolicy: options.repoPolicy,
          limits: options.limits,
          maxTreeRequests: options.maxTreeRequests ?? 2000,
          serverUrl: options.serverUrl,
          ...(options.detectors ? { detectors: options.detectors } : {}),
          ...(options.now ? { now: options.now } : {}),
          ...(options.resolve ? { resolve: options.resolve } : {}),
        },
        repo,
      );
      results[i] = { ...scan.result, requests: requests.forRepo(repo.fullName) - before };
      for (const f of scan.findings) findings.push(f);
      for (const e of scan.errors) errors.push(e);
      if (scan.result.status === 'scanned' || scan.result.status === 'policy-error')
        noticesByRepo.push(scan.notices);
      done++;
      const r = scan.result;
      const what =
        r.status === 'scanned'
          ? `${r.findings} finding${r.findings === 1 ? '' : 's'}${r.errors ? `, ${r.errors} unreadable file${r.errors === 1 ? '' : 's'}` : ''}`
          : `${r.status}: ${r.reason ?? ''}`;
      log(`[${String(done).padStart(width)}/${mine.length}] ${repo.fullName} … ${what}`);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, mine.length || 1)) }, worker),
  );

  const notices = orgNotices(noticesByRepo);
  findings.sort(compareOrgFindings);
  errors.sort(compareOrgErrors);
  const summary = summarize(results, findings, requests.total, Date.now() - started);
  const perRepo = mine.length ? (summary.requests / mine.length).toFixed(1) : '0';
  log(
    `Done: ${summary.scanned} of ${mine.length} repositories scanned, ${summary.failed} failing and ${summary.warned} warning findings, ${summary.notScanned} not scanned; ${summary.requests} API requests (${perRepo} per repository) in ${(summary.durationMs / 1000).toFixed(1)} s`,
  );
  return {
    schemaVersion: 1,
    mode: 'org-audit',
    organization: options.organization,
    serverUrl: options.serverUrl,
    generatedAt: new Date(started).toISOString(),
    ...(options.shard && options.shard.count > 1 ? { shard: options.shard } : {}),
    selection: {
      repositories: [...options.selection.include, ...options.selection.exclude.map((g) => '!' + g)],
      includeArchived: options.selection.includeArchived,
      includeForks: options.selection.includeForks,
      repoPolicy: options.repoPolicy,
      listed: listing.repositories.length,
      excluded: { ...excluded, otherShards },
    },
    findings,
    errors,
    notices,
    repositories: results,
    summary,
    policy: { sources: options.policy.sources, digest: policyDigest(options.policy, options.repoPolicy) },
  };
}

/**
 * Policy notices across repositories: an expired exception is told once; a central exception is
 * stale only when it matched nothing in any repository.
 */
function orgNotices(perRepo: PolicyNotice[][]): PolicyNotice[] {
  const out: PolicyNotice[] = [];
  const seen = new Set<string>();
  const staleCount = new Map<string, { notice: PolicyNotice; n: number }>();
  for (const list of perRepo) {
    for (const n of list) {
      if (n.kind === 'stale-exception') {
        const s = staleCount.get(n.message) ?? { notice: n, n: 0 };
        s.n++;
        staleCount.set(n.message, s);
      } else if (!seen.has(n.message)) {
        seen.add(n.message);
        out.push(n);
      }
    }
  }
  for (const { notice, n } of staleCount.values()) {
    if (n === perRepo.length)
      out.push({
        ...notice,
        message: notice.message.replace('matches nothing', 'matches nothing in any repository'),
      });
  }
  return out;
}
