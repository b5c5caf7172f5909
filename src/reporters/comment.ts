// The sticky pull-request comment: one per workflow, job and folder, edited in place.
import type { Report, Verdict } from '../gate/report.js';
import { renderMarkdown } from './markdown.js';

/** GitHub rejects comment bodies over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65536;

export type CommentMode = 'on-failure' | 'always' | 'never';

/**
 * The hidden marker that finds this job's comment again. Workflow, job and working directory are
 * part of it so matrix jobs and several gates in one repository keep separate comments.
 */
export function commentMarker(workflow: string, job: string, workingDirectory: string): string {
  const clean = (s: string): string => s.replace(/--+>?/g, '-').replace(/[\r\n]/g, ' ');
  return `<!-- ai-tooling-gate:sticky workflow=${JSON.stringify(clean(workflow))} job=${JSON.stringify(clean(job))} dir=${JSON.stringify(clean(workingDirectory))} -->`;
}

export interface CommentContext {
  verdict: Verdict;
  marker: string;
  link?: (file: string, line: number) => string | undefined;
  /** Links for fixed findings, at the base commit. */
  linkBase?: (file: string, line: number) => string | undefined;
  /** A line naming the run (a link to the workflow run). */
  runLink?: string;
}

/** The comment body for a report, within GitHub's limit. */
export function renderComment(report: Report, wasFailing: boolean, ctx: CommentContext): string {
  const failed = ctx.verdict.fails;
  const notes: string[] = [];
  if (!failed && wasFailing) {
    notes.push('**Resolved:** the problems this gate reported earlier on this pull request are fixed.');
  }
  if (ctx.runLink) notes.push(ctx.runLink);
  const marker = `${ctx.marker}\n<!-- ai-tooling-gate:state ${failed ? 'failing' : 'passing'} -->\n`;
  // Characters ≤ bytes, so a byte budget keeps the body under the character limit.
  const body = renderMarkdown(report, {
    verdict: ctx.verdict,
    ...(ctx.link ? { link: ctx.link } : {}),
    ...(ctx.linkBase ? { linkBase: ctx.linkBase } : {}),
    maxBytes: COMMENT_MAX_CHARS - Buffer.byteLength(marker) - 64,
    headingLevel: 3,
    extraNotes: notes,
  });
  return marker + body;
}

/** Whether an existing comment body says the gate was failing. */
export function commentWasFailing(body: string): boolean {
  return body.includes('<!-- ai-tooling-gate:state failing -->');
}

/** What to do with the sticky comment. */
export function commentAction(
  mode: CommentMode,
  failed: boolean,
  existing: boolean,
): 'create' | 'update' | 'none' {
  if (mode === 'never') return 'none';
  if (existing) return 'update'; // a failing PR that is fixed gets its comment edited to say so
  if (failed || mode === 'always') return 'create';
  return 'none';
}
