import * as core from '@actions/core';
import { httpStatus, type GitHubClient } from '../github/client.js';
import type { Report, Verdict } from '../gate/report.js';
import {
  commentAction,
  commentMarker,
  commentWasFailing,
  renderComment,
  type CommentMode,
} from '../reporters/comment.js';

export interface CommentRequest {
  owner: string;
  repo: string;
  issue: number;
  mode: CommentMode;
  report: Report;
  verdict: Verdict;
  workflow: string;
  job: string;
  workingDirectory: string;
  link?: (file: string, line: number) => string | undefined;
  linkBase?: (file: string, line: number) => string | undefined;
  runUrl?: string;
}

/**
 * Creates or updates this job's sticky comment. A token that may not comment (fork pull requests,
 * read-only tokens) or any API failure is a warning: the comment never decides the gate.
 */
export async function postComment(client: GitHubClient, req: CommentRequest): Promise<void> {
  const marker = commentMarker(req.workflow, req.job, req.workingDirectory);
  try {
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issue,
      per_page: 100,
    });
    // Ours: a body that starts with the marker and the state line, as renderComment writes it (a
    // person quoting the marker mid-comment is not matched); a bot's comment is preferred.
    const ours = comments.filter((c) => (c.body ?? '').startsWith(`${marker}\n<!-- ai-tooling-gate:state `));
    const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
    const action = commentAction(req.mode, req.verdict.fails, existing !== undefined);
    if (action === 'none') return;
    const body = renderComment(req.report, existing ? commentWasFailing(existing.body ?? '') : false, {
      verdict: req.verdict,
      marker,
      ...(req.link ? { link: req.link } : {}),
      ...(req.linkBase ? { linkBase: req.linkBase } : {}),
      ...(req.runUrl ? { runLink: `[Workflow run](${req.runUrl})` } : {}),
    });
    if (existing) {
      if (existing.body === body) return;
      await client.rest.issues.updateComment({
        owner: req.owner,
        repo: req.repo,
        comment_id: existing.id,
        body,
      });
      core.info(`Updated the pull-request comment ${existing.html_url}`);
    } else {
      const { data } = await client.rest.issues.createComment({
        owner: req.owner,
        repo: req.repo,
        issue_number: req.issue,
        body,
      });
      core.info(`Commented on the pull request: ${data.html_url}`);
    }
  } catch (e) {
    const status = httpStatus(e);
    const why =
      status === 403 || status === 401 || status === 404
        ? `the token may not comment on this pull request (HTTP ${status}; fork pull requests and read-only tokens cannot; grant pull-requests: write)`
        : `the GitHub API failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    core.warning(`ai-tooling-gate: no pull-request comment: ${why}. The gate still decides.`);
  }
}
