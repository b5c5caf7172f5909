// Joining the JSON reports of an org audit's shards into one report of the same schema.
import { compareOrgErrors, compareOrgFindings, summarize, type OrgReport } from './report.js';
import { compareNames } from './select.js';

export class MergeError extends Error {}

function isOrgReport(v: unknown): v is OrgReport {
  const r = v as Partial<OrgReport> | null;
  return (
    !!r &&
    typeof r === 'object' &&
    r.schemaVersion === 1 &&
    r.mode === 'org-audit' &&
    typeof r.organization === 'string' &&
    Array.isArray(r.findings) &&
    Array.isArray(r.errors) &&
    Array.isArray(r.repositories) &&
    typeof r.policy?.digest === 'string' &&
    typeof r.summary === 'object'
  );
}

/** Parses one shard report; `name` is used in messages. */
export function parseOrgReport(name: string, text: string): OrgReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new MergeError(`${name}: not JSON: ${(e as Error).message}`);
  }
  if (!isOrgReport(data))
    throw new MergeError(`${name}: not an org-audit report (schemaVersion 1, mode "org-audit")`);
  return data;
}

/**
 * Merges shard reports: same organisation, policy and selection; every shard 1..n exactly once.
 * `names` label the inputs in messages.
 */
export function mergeOrgReports(reports: readonly OrgReport[], names: readonly string[] = []): OrgReport {
  if (reports.length === 0) throw new MergeError('no reports to merge');
  const label = (i: number): string => names[i] ?? `report ${i + 1}`;
  const first = reports[0]!;
  const selectionKey = (r: OrgReport): string =>
    JSON.stringify([
      r.selection.repositories,
      r.selection.includeArchived,
      r.selection.includeForks,
      r.selection.repoPolicy,
    ]);
  const count = first.shard?.count ?? 1;
  const seen = new Map<number, number>();
  for (const [i, r] of reports.entries()) {
    if (r.organization.toLowerCase() !== first.organization.toLowerCase())
      throw new MergeError(`${label(i)} audits ${r.organization}, ${label(0)} audits ${first.organization}`);
    if (r.policy.digest !== first.policy.digest)
      throw new MergeError(
        `${label(i)} was judged by a different policy (${r.policy.sources.join(', ')}, ${r.policy.digest}) than ${label(0)} (${first.policy.sources.join(', ')}, ${first.policy.digest})`,
      );
    if (selectionKey(r) !== selectionKey(first))
      throw new MergeError(
        `${label(i)} selects different repositories than ${label(0)} (repositories, include-archived, include-forks or repo-policy differ)`,
      );
    if (r.mergedShards !== undefined) throw new MergeError(`${label(i)} is already a merged report`);
    const c = r.shard?.count ?? 1;
    if (c !== count)
      throw new MergeError(
        `${label(i)} is shard ${r.shard ? `${r.shard.index}/${c}` : '1/1'}, ${label(0)} is one of ${count} shards`,
      );
    const index = r.shard?.index ?? 1;
    const dup = seen.get(index);
    if (dup !== undefined)
      throw new MergeError(`shard ${index}/${count} appears twice: ${label(dup)} and ${label(i)}`);
    seen.set(index, i);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw new MergeError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((m) => `${m}/${count}`).join(', ')}: the merged report would leave repositories out`,
    );

  const repositories = reports.flatMap((r) => r.repositories).sort((a, b) => compareNames(a.name, b.name));
  for (let i = 1; i < repositories.length; i++) {
    if (repositories[i]!.name.toLowerCase() === repositories[i - 1]!.name.toLowerCase())
      throw new MergeError(`repository ${repositories[i]!.name} is in two shards`);
  }
  const findings = reports.flatMap((r) => r.findings).sort(compareOrgFindings);
  const errors = reports.flatMap((r) => r.errors).sort(compareOrgErrors);
  const noticeSeen = new Set<string>();
  const notices = reports
    .flatMap((r) => r.notices)
    .filter((n) => !noticeSeen.has(n.message) && !!noticeSeen.add(n.message));
  const requests = reports.reduce((n, r) => n + r.summary.requests, 0);
  // Shards run side by side: the audit took as long as the slowest.
  const durationMs = Math.max(...reports.map((r) => r.summary.durationMs));
  const excluded = { archived: 0, forks: 0, patterns: 0, otherShards: 0 };
  for (const r of reports) {
    excluded.archived = Math.max(excluded.archived, r.selection.excluded.archived);
    excluded.forks = Math.max(excluded.forks, r.selection.excluded.forks);
    excluded.patterns = Math.max(excluded.patterns, r.selection.excluded.patterns);
  }
  const { shard: _shard, ...rest } = first;
  return {
    ...rest,
    generatedAt: reports.map((r) => r.generatedAt).sort()[0]!,
    mergedShards: count,
    selection: { ...first.selection, listed: Math.max(...reports.map((r) => r.selection.listed)), excluded },
    findings,
    errors,
    notices,
    repositories,
    summary: summarize(repositories, findings, requests, durationMs),
  };
}
