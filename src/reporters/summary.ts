// The job summary (GITHUB_STEP_SUMMARY): verdict, counts, findings by file, fixed, errors.
import type { Report, Verdict } from '../gate/report.js';
import { renderMarkdown } from './markdown.js';

/** GitHub accepts up to 1 MiB of summary per step; keep a margin for the runner's own framing. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export interface SummaryContext {
  verdict: Verdict;
  /** `https://github.com` or the GHES server URL. */
  serverUrl: string;
  /** `owner/repo`. */
  repository: string;
  /** The commit findings are located in (head in diff mode). */
  sha: string;
  /** Diff mode: the base commit, where fixed findings are. */
  baseSha?: string;
  /** The scanned folder inside the repository (`''` at the top). */
  pathPrefix: string;
  /** What was compared, for the heading line. */
  compared?: string;
  notes?: string[];
  maxBytes?: number;
}

/** A link to a file and line at a commit. */
export function blobLink(ctx: Pick<SummaryContext, 'serverUrl' | 'repository' | 'sha' | 'pathPrefix'>) {
  return (file: string, line: number): string | undefined => {
    if (!ctx.repository || !ctx.sha) return undefined;
    const full = ctx.pathPrefix ? `${ctx.pathPrefix.replace(/\/+$/, '')}/${file}` : file;
    const path = full.split('/').map(encodeURIComponent).join('/');
    return `${ctx.serverUrl.replace(/\/+$/, '')}/${ctx.repository}/blob/${ctx.sha}/${path}#L${line}`;
  };
}

/** The job summary's Markdown, within the summary size limit. */
export function renderSummary(report: Report, ctx: SummaryContext): string {
  const notes = [...(ctx.compared ? [ctx.compared] : []), ...(ctx.notes ?? [])];
  return renderMarkdown(report, {
    verdict: ctx.verdict,
    link: blobLink(ctx),
    ...(ctx.baseSha ? { linkBase: blobLink({ ...ctx, sha: ctx.baseSha }) } : {}),
    maxBytes: ctx.maxBytes ?? SUMMARY_MAX_BYTES,
    extraNotes: notes,
  });
}
