// The GitHub REST client: Octokit with retries (5xx, network) and rate-limit handling.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** REST base URL; default `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** Where rate-limit waits are reported (core.info in the action). */
  log?: (message: string) => void;
  /** Retries of a failing request (5xx, rate limits). */
  retries?: number;
}

/** The REST base URL of this run: `GITHUB_API_URL` (GitHub Enterprise Server sets it), else github.com's. */
export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * The throttling plugin's handler for a rate limit of one kind (`primary`, `secondary`): waits and
 * retries up to `retries` times, saying so through `log`, then gives up.
 */
export function rateLimitHandler(
  kind: string,
  retries: number,
  log: (message: string) => void,
): (
  retryAfter: number,
  request: { method: string; url: string },
  octokit: unknown,
  retryCount: number,
) => boolean {
  return (retryAfter, request, _octokit, retryCount) => {
    if (retryCount >= retries) {
      log(
        `GitHub API ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`,
      );
      return false;
    }
    log(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
    return true;
  };
}

/**
 * An authenticated client. Server errors are retried with back-off; primary and secondary rate
 * limits wait for `retry-after` (or the reset time) and retry, up to `retries` times.
 */
export function createClient(token: string, options: ClientOptions = {}): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => {});
  const onLimit = (kind: string) => rateLimitHandler(kind, retries, log);
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? apiBaseUrl(),
      userAgent: 'ai-tooling-gate',
      retry: { retries },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
