// The org audit's REST client: the project's Octokit plugins (retry, throttling) with delays that
// tests can shorten, 409 (empty repository) not retried, and a count of every HTTP request sent.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { apiBaseUrl, rateLimitHandler, type GitHubClient } from '../github/client.js';

export interface OrgClientOptions {
  /** REST base URL; default `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** Rate-limit waits and give-ups are reported here. */
  log?: (message: string) => void;
  /** Retries of a failing request (5xx, network, rate limits). Default 3. */
  retries?: number;
  /**
   * Milliseconds one retry unit lasts (default 1000): server errors wait (n+1)² units, rate limits
   * `retry-after` units. Tests make it small.
   */
  retryUnitMs?: number;
}

export interface CountingClient {
  client: GitHubClient;
  /** HTTP requests sent so far (retries included), per `owner/repo` (lowercased) and in total. */
  requests: RequestCounter;
}

export class RequestCounter {
  total = 0;
  private readonly byRepo = new Map<string, number>();

  count(url: string): void {
    this.total++;
    const m = /\/repos\/([^/?#]+)\/([^/?#]+)/.exec(new URL(url).pathname);
    if (m) {
      const key = `${decodeURIComponent(m[1]!)}/${decodeURIComponent(m[2]!)}`.toLowerCase();
      this.byRepo.set(key, (this.byRepo.get(key) ?? 0) + 1);
    }
  }

  forRepo(fullName: string): number {
    return this.byRepo.get(fullName.toLowerCase()) ?? 0;
  }
}

/** Requests GitHub answers the same way however often they are repeated: not retried. */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

export function createOrgClient(token: string, options: OrgClientOptions = {}): CountingClient {
  const retries = options.retries ?? 3;
  const unit = options.retryUnitMs ?? 1000;
  const log = options.log ?? (() => {});
  const requests = new RequestCounter();
  const countingFetch: typeof fetch = (input, init) => {
    requests.count(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return fetch(input, init);
  };
  const onLimit = (kind: string) => rateLimitHandler(kind, retries, log);
  const client = getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? apiBaseUrl(),
      userAgent: 'ai-tooling-gate (org audit)',
      request: { fetch: countingFetch },
      retry: { retries, retryAfterBaseValue: unit, doNotRetry: DO_NOT_RETRY },
      throttle: {
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
  return { client, requests };
}

/** The web URL of the server behind an API URL: api.github.com → github.com; GHES /api/v3 → host. */
export function serverUrlFor(apiUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.GITHUB_SERVER_URL) return env.GITHUB_SERVER_URL.replace(/\/+$/, '');
  const u = new URL(apiUrl);
  if (u.hostname === 'api.github.com') return 'https://github.com';
  if (/^api\./.test(u.hostname) && u.hostname.endsWith('.ghe.com')) return `https://${u.hostname.slice(4)}`;
  return `${u.protocol}//${u.host}`;
}
