// The org audit's JSON report (schemaVersion 1, mode "org-audit"): every finding located in its
// repository with a link to the line at the scanned commit, and one entry per repository.
import { createHash } from 'node:crypto';
import type { Finding, Policy, PolicyNotice } from '../policy/types.js';
import type { ScanError } from '../model/component.js';
import type { Shard } from './shard.js';

/**
 * What happened to a repository: `scanned` (read and judged; file errors may be listed),
 * `policy-error` (its own policy is invalid; judged by the central policy alone), `empty` (no
 * commits), `not-found` (404: deleted, renamed or out of the token's reach since the listing),
 * `unavailable` (451: blocked for legal reasons), `too-large` (the tree exceeds the limits), `error`
 * (anything else, e.g. server errors after retries).
 */
export type RepositoryStatus =
  'scanned' | 'policy-error' | 'empty' | 'not-found' | 'unavailable' | 'too-large' | 'error';

/**
 * A finding of the org audit. `link` is the line on GitHub at the scanned commit (what an org
 * report's reader opens first); the rule's own link (its advisory or the policy's `link`), which a
 * `scan` report carries as `link`, is kept as `ruleLink`.
 */
export interface OrgFinding extends Omit<Finding, 'link'> {
  /** `owner/name`. */
  repository: string;
  /** The line on GitHub at the scanned commit. */
  link: string;
  /** The rule's link: its advisory, or the `link` the policy gives the rule. */
  ruleLink?: string;
}

export interface OrgError extends ScanError {
  repository: string;
}

export interface RepositoryResult {
  /** `owner/name`. */
  name: string;
  status: RepositoryStatus;
  reason?: string;
  /** Findings in it (every action). */
  findings: number;
  failed: number;
  warned: number;
  components: number;
  filesScanned: number;
  /** Files that could not be read or parsed. */
  errors: number;
  defaultBranch: string;
  /** The commit scanned (empty when none could be read). */
  commit: string;
  archived: boolean;
  fork: boolean;
  /** HTTP requests its scan took (retries included). */
  requests: number;
  /** Whether its tree was too large for one listing and was walked folder by folder. */
  treeWalked?: boolean;
  /** The repository's own policy file merged under the central one (`--repo-policy merge`). */
  repoPolicy?: string;
}

export interface OrgReport {
  schemaVersion: 1;
  mode: 'org-audit';
  organization: string;
  /** The web server findings link to (https://github.com or a GHES host). */
  serverUrl: string;
  generatedAt: string;
  /** The slice of the organisation this report covers; absent for a whole (or merged) audit. */
  shard?: Shard;
  /** Set on a report merged from shard reports: how many shards it joins. */
  mergedShards?: number;
  selection: {
    repositories: string[];
    includeArchived: boolean;
    includeForks: boolean;
    repoPolicy: 'ignore' | 'merge';
    /** Repositories listed in the organisation, and those left out and why. */
    listed: number;
    excluded: { archived: number; forks: number; patterns: number; otherShards: number };
  };
  findings: OrgFinding[];
  errors: OrgError[];
  notices: PolicyNotice[];
  repositories: RepositoryResult[];
  summary: {
    repositories: number;
    scanned: number;
    /** Repositories that could not be scanned (every status but scanned, policy-error and empty). */
    notScanned: number;
    /** Repositories with at least one failing finding. */
    repositoriesFailed: number;
    filesScanned: number;
    components: number;
    failed: number;
    warned: number;
    passed: number;
    /** HTTP requests made (listing, rate limit, trees, blobs, retries). */
    requests: number;
    durationMs: number;
  };
  policy: { sources: string[]; digest: string };
}

/** Statuses that mean a repository was not fully judged: the audit fails closed on them. */
export function isUnscanned(status: RepositoryStatus): boolean {
  return status !== 'scanned' && status !== 'policy-error' && status !== 'empty';
}

/** A digest of what a policy decides (rules, exceptions, settings), independent of where it was read. */
export function policyDigest(policy: Policy, repoPolicy: 'ignore' | 'merge'): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      if (k === 'origin' || k === 'definedIn') continue;
      out[k] = strip((v as Record<string, unknown>)[k]);
    }
    return out;
  };
  const canonical = JSON.stringify(
    strip({ settings: policy.settings, rules: policy.rules, exceptions: policy.exceptions, repoPolicy }),
  );
  return 'sha256:' + createHash('sha256').update(canonical).digest('hex');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ACTION_ORDER = { fail: 0, warn: 1, pass: 2 } as const;

export function compareOrgFindings(a: OrgFinding, b: OrgFinding): number {
  return (
    cmp(a.repository.toLowerCase(), b.repository.toLowerCase()) ||
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.component.name, b.component.name)
  );
}

export function compareOrgErrors(a: OrgError, b: OrgError): number {
  return (
    cmp(a.repository.toLowerCase(), b.repository.toLowerCase()) ||
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.message, b.message)
  );
}

/** Totals over repositories and findings. */
export function summarize(
  repositories: readonly RepositoryResult[],
  findings: readonly OrgFinding[],
  requests: number,
  durationMs: number,
): OrgReport['summary'] {
  return {
    repositories: repositories.length,
    scanned: repositories.filter((r) => r.status === 'scanned' || r.status === 'policy-error').length,
    notScanned: repositories.filter((r) => isUnscanned(r.status)).length,
    repositoriesFailed: repositories.filter((r) => r.failed > 0).length,
    filesScanned: repositories.reduce((n, r) => n + r.filesScanned, 0),
    components: repositories.reduce((n, r) => n + r.components, 0),
    failed: findings.filter((f) => f.action === 'fail').length,
    warned: findings.filter((f) => f.action === 'warn').length,
    passed: findings.filter((f) => f.action === 'pass').length,
    requests,
    durationMs,
  };
}

/** Whether the audit fails: a failing finding, a file that could not be scanned, or a repository that could not be. */
export function orgAuditFails(report: OrgReport, failOn: 'any' | 'never'): boolean {
  if (failOn === 'never') return false;
  return report.summary.failed > 0 || report.errors.length > 0 || report.summary.notScanned > 0;
}
