// The CLI's org commands: `audit-org ORG` and `merge-reports FILE…`.
import { readFile } from 'node:fs/promises';
import { emit } from '../cli/args.js';
import { parseArgs } from 'node:util';
import { apiBaseUrl } from '../github/client.js';
import { readGithubFileWith } from '../github/files.js';
import { limitsFromEnv } from '../model/limits.js';
import { orgResolveHook } from './resolve.js';
import { renderOrgCsv } from './reporters/csv.js';
import { renderOrgHtml } from './reporters/html.js';
import { renderOrgSummary, renderOrgText } from './reporters/org-summary.js';
import { auditOrganization } from './audit.js';
import { createOrgClient, serverUrlFor } from './client.js';
import { MergeError, mergeOrgReports, parseOrgReport } from './merge.js';
import { loadCentralPolicy } from './policy.js';
import { orgAuditFails, type OrgReport } from './report.js';
import { parseRepositoryPatterns, SelectionError } from './select.js';
import { parseShard, ShardError } from './shard.js';

export const ORG_FORMATS = ['json', 'text', 'csv', 'html', 'markdown'] as const;
export type OrgFormat = (typeof ORG_FORMATS)[number];

export class OrgUsageError extends Error {}

export function renderOrgReport(report: OrgReport, format: OrgFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'csv':
      return renderOrgCsv(report);
    case 'html':
      return renderOrgHtml(report);
    case 'markdown':
      // Bounded like the job summary it is usually appended to.
      return renderOrgSummary(report);
    case 'text':
      return renderOrgText(report);
  }
}

function choose<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(String(value)))
    throw new OrgUsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(value)}"`);
  return value as T;
}

/** Runs a command body; usage problems exit 2 with a message, like the other commands. */
async function guarded(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (
      e instanceof OrgUsageError ||
      e instanceof SelectionError ||
      e instanceof ShardError ||
      e instanceof MergeError
    ) {
      process.stderr.write(`ai-tooling-gate: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export function auditOrgCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        repositories: { type: 'string' },
        'include-archived': { type: 'boolean' },
        'include-forks': { type: 'boolean' },
        shard: { type: 'string' },
        policy: { type: 'string' },
        'repo-policy': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        concurrency: { type: 'string' },
        'fail-on': { type: 'string' },
        offline: { type: 'boolean' },
        registry: { type: 'string' },
      },
    });
    if (positionals.length !== 1)
      throw new OrgUsageError('audit-org takes exactly one organisation: audit-org ORG');
    const organization = positionals[0]!;
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(organization))
      throw new OrgUsageError(`"${organization}" is not an organisation name`);
    const format = choose('format', values.format, ORG_FORMATS, 'text');
    const failOn = choose('fail-on', values['fail-on'], ['any', 'never'] as const, 'any');
    const repoPolicy = choose('repo-policy', values['repo-policy'], ['ignore', 'merge'] as const, 'ignore');
    const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      throw new OrgUsageError(
        `--concurrency must be a whole number from 1 to 64, not "${values.concurrency}"`,
      );
    const patterns = parseRepositoryPatterns(values.repositories ?? '');
    const shard = values.shard === undefined ? null : parseShard(values.shard);
    const resolve = orgResolveHook({
      offline: values.offline === true,
      ...(values.registry !== undefined ? { registry: values.registry } : {}),
      env,
    });
    if (resolve === null)
      throw new OrgUsageError(`--registry must be an http(s) URL, not "${values.registry}"`);
    const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
    if (!token)
      throw new OrgUsageError(
        'audit-org needs a token in GITHUB_TOKEN (or GH_TOKEN) that can read the repositories',
      );
    const baseUrl = apiBaseUrl(env);
    const log = (m: string): void => void process.stderr.write(m + '\n');
    const api = createOrgClient(token, { baseUrl, log });
    const policy = await loadCentralPolicy(values.policy ?? 'builtin:default', (o, r, p, ref) =>
      readGithubFileWith(api.client, o, r, p, ref),
    );
    const report = await auditOrganization({
      organization,
      api,
      policy,
      selection: {
        ...patterns,
        includeArchived: values['include-archived'] === true,
        includeForks: values['include-forks'] === true,
      },
      shard,
      repoPolicy,
      limits: limitsFromEnv(env),
      concurrency,
      serverUrl: serverUrlFor(baseUrl, env),
      log,
      resolve,
    });
    await emit(renderOrgReport(report, format), values.output);
    return orgAuditFails(report, failOn) ? 1 : 0;
  });
}

export function mergeReportsCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, output: { type: 'string' }, 'fail-on': { type: 'string' } },
    });
    if (positionals.length === 0)
      throw new OrgUsageError('merge-reports needs the shard reports: merge-reports FILE…');
    const format = choose('format', values.format, ORG_FORMATS, 'json');
    const failOn = choose('fail-on', values['fail-on'], ['any', 'never'] as const, 'any');
    const reports: OrgReport[] = [];
    for (const file of positionals) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        throw new OrgUsageError(`${file}: cannot be read: ${(e as Error).message}`);
      }
      reports.push(parseOrgReport(file, text));
    }
    const merged = mergeOrgReports(reports, positionals);
    await emit(renderOrgReport(merged, format), values.output);
    return orgAuditFails(merged, failOn) ? 1 : 0;
  });
}
