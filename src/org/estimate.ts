// What an org audit costs in API requests, against what the token has left.
import type { GitHubClient } from '../github/client.js';

export interface RateBudget {
  limit: number;
  remaining: number;
  /** When the window resets (epoch seconds). */
  reset: number;
}

/** The token's core REST budget (GET /rate_limit does not count against it); null when unknown. */
export async function readRateBudget(client: GitHubClient): Promise<RateBudget | null> {
  try {
    const { data } = await client.rest.rateLimit.get();
    const core = data.resources.core;
    return { limit: core.limit, remaining: core.remaining, reset: core.reset };
  } catch {
    return null;
  }
}

export interface CostEstimate {
  listPages: number;
  /** Per repository: the branch reference and one recursive tree listing. */
  treeCalls: number;
  blobs: number;
  total: number;
}

/**
 * Requests an audit needs: 1 list page per 100 repositories, 2 per repository (the default
 * branch's commit and its tree; more only for trees GitHub truncates) and one per blob a detector
 * reads (`blobsPerRepository`, measured or assumed).
 */
export function estimateRequests(
  listed: number,
  repositories: number,
  blobsPerRepository: number,
): CostEstimate {
  const listPages = Math.max(1, Math.ceil(listed / 100));
  const treeCalls = 2 * repositories;
  const blobs = Math.ceil(blobsPerRepository * repositories);
  return { listPages, treeCalls, blobs, total: listPages + treeCalls + blobs };
}

/** Blobs a repository needs when nothing is measured yet: a lockfile or two, a workflow, a devcontainer. */
export const ASSUMED_BLOBS_PER_REPOSITORY = 4;

export function describeEstimate(e: CostEstimate, budget: RateBudget | null, now = Date.now()): string {
  const est = `Estimated API requests: ${e.total} (${e.listPages} list page${e.listPages === 1 ? '' : 's'}, ${e.treeCalls} branch and tree calls, ~${e.blobs} blobs)`;
  if (!budget) return `${est}; the token's rate limit could not be read.`;
  const mins = Math.max(0, Math.ceil((budget.reset * 1000 - now) / 60000));
  const verdict =
    e.total <= budget.remaining
      ? 'enough for this run'
      : `NOT enough: the run will wait for the limit to reset (in ${mins} min) or fail; use --shard i/n over several jobs or a GitHub App token`;
  return `${est}; the token has ${budget.remaining} of ${budget.limit} left (resets in ${mins} min): ${verdict}.`;
}
