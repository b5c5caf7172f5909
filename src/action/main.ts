import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createClient, type GitHubClient } from '../github/client.js';
import { listPullFiles, readGithubFileWith } from '../github/files.js';
import { limitsFromEnv, type Limits } from '../model/limits.js';
import { verdictOf, type FailOn, type Report } from '../gate/report.js';
import { annotate, omittedNote } from '../reporters/annotations.js';
import { renderJson } from '../reporters/json.js';
import { mdText } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { blobLink, renderSummary } from '../reporters/summary.js';
import { auditResolveHook, createNpmResolver, normalizeRegistry } from '../resolver/index.js';
import { audit, diffScan } from '../gate/scan.js';
import { DirectorySource } from '../sources/directory.js';
import { fetchCommit, GitSource, hasCommit, revParse, workTreeOf } from '../sources/git.js';
import { gitChanges } from '../sources/git-changes.js';
import { GitHubApiSource } from '../sources/github-api.js';
import type { FileSource } from '../sources/source.js';
import { loadTrustedPolicy, readPolicyText } from '../policy/trusted.js';
import { postComment } from './comment.js';
import { eventRefs, resolveMode, type ScanMode } from './event.js';
import { saveRunnerAuditState } from './runner-audit.js';
import type { CommentMode } from '../reporters/comment.js';
import type { Rule } from '../policy/types.js';

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not "${raw}"`);
  }
  return raw as T;
}

interface Repo {
  owner: string;
  repo: string;
}

/** Sources for one side of the comparison: the scanned folder and the repository root (for the policy). */
interface Side {
  scan: FileSource;
  root: FileSource;
  /** The commit findings link to. */
  sha: string;
  close(): void;
}

const HEX_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/** Makes a commit's objects available locally: present, or fetched (shallow clones). */
async function ensureLocalCommit(top: string, ref: string): Promise<string | null> {
  if (HEX_SHA.test(ref)) {
    if (await hasCommit(top, ref)) return ref.toLowerCase();
    try {
      core.info(`Fetching ${ref} (not in the local clone)`);
      await fetchCommit(top, ref);
    } catch (e) {
      core.info(`Could not fetch ${ref}: ${(e as Error).message.split('\n')[0]}`);
      return null;
    }
    return (await hasCommit(top, ref)) ? ref.toLowerCase() : null;
  }
  try {
    return await revParse(top, ref);
  } catch {
    return null;
  }
}

function gitSide(top: string, sha: string, prefix: string, limits: Limits): Side {
  const scan = new GitSource(top, sha, prefix, limits.maxFiles);
  const root = prefix ? new GitSource(top, sha, '', limits.maxFiles) : scan;
  return {
    scan,
    root,
    sha,
    close: () => {
      scan.close();
      if (root !== scan) (root as GitSource).close();
    },
  };
}

function apiSide(client: GitHubClient, repo: Repo, sha: string, prefix: string, limits: Limits): Side {
  const scan = new GitHubApiSource(client, repo.owner, repo.repo, sha, prefix, limits.maxFiles);
  const root = prefix ? new GitHubApiSource(client, repo.owner, repo.repo, sha, '', limits.maxFiles) : scan;
  return { scan, root, sha, close: () => {} };
}

function parseRepository(value: string | undefined): Repo | undefined {
  const m = /^([^/]+)\/([^/]+)$/.exec(value ?? '');
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

async function readPayload(path: string | undefined): Promise<unknown> {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (e) {
    throw new Error(`cannot read the event payload ${path}: ${(e as Error).message}`, { cause: e });
  }
}

/** The action: the same engine as the CLI, reading inputs and writing outputs the runner's way. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // The org audit's code is loaded only in that mode.
  if (core.getInput('mode').trim() === 'org-audit') return (await import('./org-audit.js')).runOrgAudit(env);
  const closers: (() => void)[] = [];
  try {
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const workingDirectory = core.getInput('working-directory') || '.';
    const root = resolve(workspace, workingDirectory);
    const relRoot = relative(workspace, root);
    if (relRoot.startsWith('..') || isAbsolute(relRoot)) {
      throw new Error(`working-directory "${workingDirectory}" is outside the workspace`);
    }
    const failOn = choice<FailOn>('fail-on', ['introduced', 'any', 'never'], 'introduced');
    // Every lockfile entry parsed, its errors reported, even where it names nothing the policy covers.
    const strictParse =
      choice('strict-parse', ['true', 'false'], 'false') === 'true' ? { strictParse: true } : {};
    const modeInput = choice<ScanMode>('mode', ['auto', 'diff', 'audit'], 'auto');
    const commentMode = choice<CommentMode>('comment', ['on-failure', 'always', 'never'], 'on-failure');
    const annotateMode = choice<'all' | 'introduced'>('annotate', ['all', 'introduced'], 'all');
    const limits = limitsFromEnv(env);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = await readPayload(env.GITHUB_EVENT_PATH);
    const repo = parseRepository(env.GITHUB_REPOSITORY);
    const token = core.getInput('token');
    // Not core.setSecret(token): that writes the token itself to stdout (`::add-mask::…`). The runner
    // already masks `github.token` and every secret passed as an input.
    let client: GitHubClient | undefined;
    const api = (): GitHubClient => {
      if (!token) throw new Error('the GitHub API is needed here and the token input is empty');
      client ??= createClient(token, { log: (m) => core.info(m) });
      return client;
    };

    const refs = eventRefs(eventName, payload);
    const plan = resolveMode(modeInput, refs, {
      baseRef: core.getInput('base-ref').trim(),
      headRef: core.getInput('head-ref').trim(),
    });
    if (plan.note) core.notice(plan.note);

    const wt = existsSync(root) ? await workTreeOf(root) : null;
    const prefix = wt ? wt.prefix : relRoot.split(sep).join('/');

    // --- sources -------------------------------------------------------------------------
    const side = async (ref: string, what: string): Promise<Side> => {
      if (wt) {
        const sha = await ensureLocalCommit(wt.top, ref);
        if (sha) return gitSide(wt.top, sha, prefix, limits);
      }
      if (!repo)
        throw new Error(`the ${what} commit ${ref} is not in the checkout and GITHUB_REPOSITORY is not set`);
      core.info(`Reading the ${what} commit ${ref} through the GitHub API (it is not in the checkout)`);
      return apiSide(api(), repo, ref, prefix, limits);
    };
    const workingTree = (): Side => {
      if (!existsSync(root))
        throw new Error(`working-directory ${root} does not exist; check out the repository first`);
      const scan = new DirectorySource(root, limits.maxFiles);
      const top = wt ? wt.top : workspace;
      return {
        scan,
        root: top === root ? scan : new DirectorySource(top, limits.maxFiles),
        sha: env.GITHUB_SHA ?? '',
        close: () => {},
      };
    };

    const readGithub = (owner: string, r: string, path: string, ref: string): Promise<string> =>
      readGithubFileWith(api(), owner, r, path, ref);

    // --- registry look-ups for unpinned specs --------------------------------------------------
    const registry = core.getInput('registry').trim();
    if (registry !== '' && normalizeRegistry(registry) === null)
      throw new Error(`input registry must be an http(s) URL, not "${registry}"`);
    const offlineInput = core.getInput('offline').trim().toLowerCase() || 'false';
    if (offlineInput !== 'true' && offlineInput !== 'false')
      throw new Error(`input offline must be true or false, not "${core.getInput('offline')}"`);
    // The .npmrc comes from the trusted side (the base commit in diff mode): a pull request cannot
    // point look-ups at a registry of its choosing.
    const resolverFor = async (trusted: FileSource) =>
      auditResolveHook(
        createNpmResolver({
          root,
          offline: offlineInput === 'true',
          env: process.env,
          projectNpmrc: await readPolicyText(trusted, '.npmrc').catch(() => null),
          ...(registry !== '' ? { registry } : {}),
        }),
      );

    let report: Report;
    let compared: string;
    let linkSha: string;
    let baseSha: string | undefined;
    let rules: Rule[] = [];
    let changedFrom = '';
    if (plan.mode === 'diff') {
      const base = await side(plan.base!, 'base');
      closers.push(base.close);
      const head = plan.head ? await side(plan.head, 'head') : workingTree();
      closers.push(head.close);
      // Both sides from the API: the pull request's file list names what changed (capped by GitHub)
      // and what moved. Commits in the checkout: git names what moved (and, against the work
      // tree, what changed).
      let changed: Set<string> | undefined;
      let renames: Map<string, string> | undefined;
      if (wt && base.scan instanceof GitSource && head.scan instanceof DirectorySource) {
        ({ changed, renames } = await gitChanges(wt.top, base.sha, null, prefix));
      } else if (wt && base.scan instanceof GitSource && head.scan instanceof GitSource) {
        ({ renames } = await gitChanges(wt.top, base.sha, head.sha, prefix));
      } else if (
        base.scan instanceof GitHubApiSource &&
        head.scan instanceof GitHubApiSource &&
        refs.pullRequest &&
        repo &&
        !core.getInput('base-ref') &&
        !core.getInput('head-ref')
      ) {
        const files = await listPullFiles(api(), repo.owner, repo.repo, refs.pullRequest, {
          prefix,
          ...(refs.changedFiles !== undefined ? { changedFiles: refs.changedFiles } : {}),
        });
        if (files === null)
          core.info('The pull request changes 3,000 files or more: comparing the whole trees instead');
        else {
          ({ changed, renames } = files);
          changedFrom = ' (changed files from the pull request)';
        }
      }
      const {
        policy,
        source: origin,
        digest,
        notices,
      } = await loadTrustedPolicy({
        input: core.getInput('policy'),
        trusted: base.root,
        proposed: head.root,
        prefix,
        readGithub,
      });
      core.info(`Policy: ${origin} (${digest})`);
      rules = policy.rules;
      saveRunnerAuditState(policy, origin);
      report = await diffScan(base.scan, head.scan, {
        policy,
        policyName: { source: origin, digest },
        pathPrefix: prefix,
        limits,
        notices,
        failOn,
        ...strictParse,
        resolve: await resolverFor(base.scan),
        ...(changed ? { changed } : {}),
        ...(renames ? { renames } : {}),
      });
      compared = `Compared ${short(base.sha)} (base) with ${head.sha ? short(head.sha) : 'the working tree'} (head)${changedFrom}; policy: ${origin}.`;
      linkSha = head.sha;
      baseSha = base.sha;
    } else {
      const head = plan.head ? await side(plan.head, 'head') : workingTree();
      closers.push(head.close);
      const {
        policy,
        source: origin,
        digest,
        notices,
      } = await loadTrustedPolicy({
        input: core.getInput('policy'),
        trusted: head.root,
        prefix,
        readGithub,
      });
      core.info(`Policy: ${origin} (${digest})`);
      rules = policy.rules;
      saveRunnerAuditState(policy, origin);
      report = await audit(head.scan, {
        policy,
        policyName: { source: origin, digest },
        pathPrefix: prefix,
        limits,
        ...strictParse,
        resolve: await resolverFor(head.scan),
      });
      if (notices.length) report.notices.unshift(...notices);
      compared = `Audited ${head.sha ? short(head.sha) : 'the working tree'}; policy: ${origin}.`;
      linkSha = head.sha;
    }

    // --- outputs -------------------------------------------------------------------------
    const verdict = verdictOf(report, failOn);
    const failed = verdict.fails;
    const outDir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'ai-tooling-gate-'));
    const reportFile = join(outDir, 'report.json');
    await writeFile(reportFile, renderJson(report));
    let sarifFile = '';
    const sarifInput = core.getInput('sarif-file').trim();
    if (sarifInput) {
      sarifFile = resolve(workspace, sarifInput);
      await mkdir(dirname(sarifFile), { recursive: true });
      await writeFile(sarifFile, renderSarif(report, { verdict, pathPrefix: prefix, rules }));
    }

    const counts = annotate(report, verdict, core, { pathPrefix: prefix, only: annotateMode });
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const linkCtx = { serverUrl, repository: env.GITHUB_REPOSITORY ?? '', sha: linkSha, pathPrefix: prefix };
    const baseLink = baseSha ? blobLink({ ...linkCtx, sha: baseSha }) : undefined;
    if (env.GITHUB_STEP_SUMMARY) {
      const note = omittedNote(counts);
      await core.summary
        .addRaw(
          renderSummary(report, {
            verdict,
            ...linkCtx,
            ...(baseSha ? { baseSha } : {}),
            compared,
            ...(note ? { notes: [note] } : {}),
          }),
        )
        .write();
    }

    if (refs.pullRequest !== undefined && repo && commentMode !== 'never') {
      if (!token)
        core.warning('ai-tooling-gate: no token, so no pull-request comment; the gate still decides');
      else {
        await postComment(api(), {
          ...repo,
          issue: refs.pullRequest,
          mode: commentMode,
          report,
          verdict,
          workflow: env.GITHUB_WORKFLOW ?? '',
          job: env.GITHUB_JOB ?? '',
          workingDirectory: prefix || '.',
          link: blobLink(linkCtx),
          ...(baseLink ? { linkBase: baseLink } : {}),
          ...(env.GITHUB_RUN_ID
            ? { runUrl: `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        });
      }
    }

    core.setOutput('result', failed ? 'fail' : 'pass');
    // What fails this gate under fail-on (the summary's first column), not every banned component.
    core.setOutput('failed', verdict.findings.length + verdict.errors.length);
    core.setOutput('warned', report.summary.warned);
    core.setOutput('introduced', report.summary.introduced ?? 0);
    core.setOutput('report-file', reportFile);
    core.setOutput('sarif-file', sarifFile);
    core.info(
      `${report.mode}: ${report.summary.filesScanned} files scanned, ${report.summary.components} components, ${report.summary.failed} failed, ${report.summary.warned} warned${report.mode === 'diff' ? `, ${report.summary.introduced ?? 0} introduced, ${report.summary.removed ?? 0} removed` : ''}, ${report.errors.length} errors`,
    );
    if (failed) {
      const findings = verdict.findings.length;
      const errors = verdict.errors.length;
      core.setFailed(
        `ai-tooling-gate: ${findings} banned component(s)${report.mode === 'diff' && failOn === 'introduced' ? ' introduced' : ''}, ${errors} file(s) that could not be scanned (fail-on: ${failOn})`,
      );
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    core.setOutput('result', 'fail');
    core.setFailed(`ai-tooling-gate: ${message}`);
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(`## ❌ ai-tooling-gate: could not run\n\n${mdText(message)}\n\nThe gate fails closed.\n`)
        .write()
        .catch(() => undefined);
    }
  } finally {
    for (const close of closers) close();
  }
}

function short(sha: string): string {
  return HEX_SHA.test(sha) ? sha.slice(0, 12) : sha;
}
