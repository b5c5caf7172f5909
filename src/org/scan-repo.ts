// One repository of an org audit: its default branch's commit, its tree, the blobs the detectors
// read, the components judged by the policy. Failures become a status and a reason, never a throw.
import { reconcileManifests } from '../inventory/reconcile.js';
import { catalog } from '../catalog/index.js';
import { inventory } from '../inventory/engine.js';
import { httpStatus, type GitHubClient } from '../github/client.js';
import type { Limits } from '../model/limits.js';
import type { Detector } from '../model/component.js';
import { evaluate } from '../policy/evaluate.js';
import { nameFilter } from '../policy/relevance.js';
import { resolveRelevant, type AuditOptions } from '../gate/scan.js';
import { PolicyError } from '../policy/load.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import type { OrgRepository } from './list.js';
import { mergeRepoPolicy, parseRepoPolicy, readRepoPolicyText } from './policy.js';
import type { OrgError, OrgFinding, RepositoryResult, RepositoryStatus } from './report.js';
import { ApiTreeSource, readRepoTree, TreeTooLargeError } from './tree.js';

export interface RepoScanContext {
  client: GitHubClient;
  policy: Policy;
  repoPolicy: 'ignore' | 'merge';
  limits: Limits;
  /** Most tree requests one repository may take when its recursive listing is truncated. */
  maxTreeRequests: number;
  serverUrl: string;
  detectors?: readonly Detector[];
  now?: Date;
  /** Files read at once within one repository. */
  fileConcurrency?: number;
  /** Registry look-ups for unpinned specs, as `scan` makes them. */
  resolve?: AuditOptions['resolve'];
}

export interface RepoScan {
  result: Omit<RepositoryResult, 'requests'>;
  findings: OrgFinding[];
  errors: OrgError[];
  notices: PolicyNotice[];
}

/** A link to a file and line at a commit on the web server. */
export function lineLink(
  serverUrl: string,
  fullName: string,
  commit: string,
  file: string,
  line: number,
): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  const repo = fullName.split('/').map(encodeURIComponent).join('/');
  return `${serverUrl.replace(/\/+$/, '')}/${repo}/blob/${commit}/${path}${line > 0 ? `#L${line}` : ''}`;
}

function statusOf(e: unknown): { status: RepositoryStatus; reason: string } {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  if (e instanceof TreeTooLargeError) return { status: 'too-large', reason: message };
  const code = httpStatus(e);
  switch (code) {
    case 409:
      return { status: 'empty', reason: `the repository has no commits (HTTP 409: ${message})` };
    case 404:
      return {
        status: 'not-found',
        reason: `HTTP 404: ${message} (deleted, renamed or not readable with this token)`,
      };
    case 451:
      return { status: 'unavailable', reason: `HTTP 451: ${message} (blocked for legal reasons)` };
    default:
      return { status: 'error', reason: code ? `HTTP ${code}: ${message}` : message };
  }
}

export async function scanRepository(ctx: RepoScanContext, repo: OrgRepository): Promise<RepoScan> {
  const base: Omit<RepositoryResult, 'requests'> = {
    name: repo.fullName,
    status: 'scanned',
    findings: 0,
    failed: 0,
    warned: 0,
    components: 0,
    filesScanned: 0,
    errors: 0,
    defaultBranch: repo.defaultBranch,
    commit: '',
    archived: repo.archived,
    fork: repo.fork,
  };
  const none = (status: RepositoryStatus, reason: string): RepoScan => ({
    result: { ...base, status, reason },
    findings: [],
    errors: [],
    notices: [],
  });
  let commit: string;
  let source: ApiTreeSource;
  let walked: boolean;
  try {
    const { data: ref } = await ctx.client.rest.git.getRef({
      owner: repo.owner,
      repo: repo.name,
      ref: `heads/${repo.defaultBranch}`,
    });
    if (ref.object.type !== 'commit') {
      return none(
        'error',
        `the default branch ${repo.defaultBranch} points at a ${ref.object.type}, not a commit`,
      );
    }
    commit = ref.object.sha;
    const tree = await readRepoTree(ctx.client, repo.owner, repo.name, commit, {
      maxFiles: ctx.limits.maxFiles,
      maxTreeRequests: ctx.maxTreeRequests,
    });
    walked = tree.walked;
    source = new ApiTreeSource(ctx.client, repo.owner, repo.name, commit, tree.entries);
  } catch (e) {
    const { status, reason } = statusOf(e);
    return none(status, reason);
  }
  base.commit = commit;
  if (walked) base.treeWalked = true;

  let policy = ctx.policy;
  let status: RepositoryStatus = 'scanned';
  let reason: string | undefined;
  if (ctx.repoPolicy === 'merge') {
    try {
      const own = await readRepoPolicyText(source);
      if (own) {
        const label = `${repo.fullName}/${own.path}@${commit}`;
        policy = mergeRepoPolicy(ctx.policy, parseRepoPolicy(label, own.text, ctx.policy), label);
        base.repoPolicy = own.path;
      }
    } catch (e) {
      status = 'policy-error';
      reason = `its own policy cannot be used, so it is judged by the central policy alone: ${
        e instanceof PolicyError ? e.message : (e as Error).message
      }`;
    }
  }

  let inv;
  try {
    inv = await inventory(source, {
      limits: ctx.limits,
      ...(ctx.detectors ? { detectors: ctx.detectors } : {}),
      concurrency: ctx.fileConcurrency ?? 8,
    });
  } catch (e) {
    const s = statusOf(e);
    return { ...none(s.status, s.reason), result: { ...base, status: s.status, reason: s.reason } };
  }
  // Judged as `scan` judges a directory: manifest entries a lockfile pins are judged at the lockfile,
  // unpinned specs some rule names are resolved to what an install gets now.
  let components = reconcileManifests(inv.components);
  const scanErrors = [...inv.errors];
  if (ctx.resolve)
    components = await resolveRelevant(ctx.resolve, components, scanErrors, nameFilter(policy, catalog));
  const { findings, notices } = evaluate(components, policy, {
    catalog,
    ...(ctx.now ? { now: ctx.now } : {}),
  });
  const orgFindings: OrgFinding[] = findings.map(({ link: ruleLink, ...f }) => ({
    repository: repo.fullName,
    ...f,
    ...(ruleLink ? { ruleLink } : {}),
    link: lineLink(ctx.serverUrl, repo.fullName, commit, f.location.file, f.location.line),
  }));
  const errors: OrgError[] = scanErrors.map((e) => ({ repository: repo.fullName, ...e }));
  return {
    result: {
      ...base,
      status,
      ...(reason ? { reason } : {}),
      findings: orgFindings.length,
      failed: orgFindings.filter((f) => f.action === 'fail').length,
      warned: orgFindings.filter((f) => f.action === 'warn').length,
      components: inv.components.length,
      filesScanned: inv.filesScanned,
      errors: errors.length,
    },
    findings: orgFindings,
    errors,
    notices,
  };
}
