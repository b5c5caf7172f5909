// The action's post step (`runs.post`, run with `post-if: always()`): with `audit-runner: true`, it
// audits the runner's filesystem after the job's other steps ran — what the job installed, by any
// route (a version chosen at run time, an install inside a downloaded script, a tool baked into a
// container the job built) — judged by the policy the main step loaded, and fails the job per
// `fail-on`. The main step hands that policy over in the step state (`STATE_policy`), which later
// steps of the job cannot rewrite, so a step that edits the policy file cannot weaken the audit.
// It cannot promise more than the runner shows: a job that ran untrusted code can tamper with its
// own runner, and one that deletes what it installed leaves nothing to find.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditRoot } from '../host/audit.js';
import { DEFAULT_MAX_ENTRIES } from '../host/walk.js';
import { verdictOf, type FailOn, type Report } from '../gate/report.js';
import { renderJson } from '../reporters/json.js';
import { mdText } from '../reporters/markdown.js';
import { renderSummary } from '../reporters/summary.js';
import { DirectorySource } from '../sources/directory.js';
import type { Policy } from '../policy/types.js';
import { loadTrustedPolicy } from '../policy/trusted.js';

const STATE_POLICY = 'policy';

/** Whether `audit-runner` is on; anything but true/false is an error, as the other inputs. */
function auditRunnerInput(): boolean {
  const raw = core.getInput('audit-runner').trim().toLowerCase() || 'false';
  if (raw !== 'true' && raw !== 'false')
    throw new Error(`input audit-runner must be true or false, not "${core.getInput('audit-runner')}"`);
  return raw === 'true';
}

/** Main step: hands the policy it loaded to the post step, when the post step will audit. */
export function saveRunnerAuditState(policy: Policy, origin: string): void {
  if (auditRunnerInput()) core.saveState(STATE_POLICY, JSON.stringify({ policy, origin }));
}

/** The post step. */
export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    if (!auditRunnerInput()) return;
    const failOn = ((): FailOn => {
      const raw = core.getInput('fail-on').trim() || 'introduced';
      if (raw !== 'introduced' && raw !== 'any' && raw !== 'never')
        throw new Error(`input fail-on must be one of introduced, any, never, not "${raw}"`);
      return raw;
    })();
    const root = resolve(core.getInput('runner-root').trim() || '/');
    const { policy, origin, note } = await postPolicy(env);
    core.info(`Auditing the runner under ${root}; policy: ${origin}`);
    const started = Date.now();
    const host = await auditRoot(root, { policy, maxEntries: DEFAULT_MAX_ENTRIES });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // Paths as they are on the runner.
    const absolute = (file: string) => (root === '/' ? `/${file}` : `${root}/${file}`);
    const report: Report = {
      ...host.report,
      findings: host.report.findings.map((f) => ({
        ...f,
        location: { ...f.location, file: absolute(f.location.file) },
      })),
      errors: host.report.errors.map((e) => ({ ...e, file: absolute(e.file) })),
    };
    const outDir = join(env.RUNNER_TEMP || tmpdir(), 'ai-tooling-gate-runner');
    await mkdir(outDir, { recursive: true });
    await writeFile(
      join(outDir, 'report.json'),
      renderJson({
        ...report,
        host: { root, entriesVisited: host.entriesVisited, skipped: host.skipped },
      } as Report),
    );
    // Runner paths are not files of the repository: annotations name them in the message.
    const verdict = verdictOf(report, failOn);
    for (const f of report.findings) {
      if (f.action === 'pass') continue;
      const text = `${f.message} (installed on the runner: ${f.location.file})`;
      const props = { title: `ai-tooling-gate runner audit: ${f.ruleId}` };
      if (verdict.gates(f)) core.error(text, props);
      else core.warning(text, props);
    }
    for (const e of report.errors)
      core.error(`${e.file}: ${e.message}`, { title: 'ai-tooling-gate runner audit: not audited' });
    const skipped = host.skipped.map((s) => `${absolute(s.path)} (${s.reason})`).join(', ');
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(
          renderSummary(report, {
            verdict,
            serverUrl: '',
            repository: '',
            sha: '',
            pathPrefix: '',
            compared: `Runner audit after the job: ${host.entriesVisited} entries under ${root} read in ${seconds} s; policy: ${origin}.`,
            notes: [
              ...(note ? [note] : []),
              ...(skipped ? [`Not entered: ${skipped}.`] : []),
              'The runner audit sees what is on disk when the job ends: a job that ran untrusted code can tamper with its own runner, and an install removed before the end leaves nothing to find.',
            ],
          }),
        )
        .write();
    }
    core.info(
      `runner audit: ${report.summary.components} installations, ${report.summary.failed} failed, ${report.summary.warned} warned, ${report.errors.length} errors (${seconds} s)`,
    );
    if (verdict.fails) {
      core.setFailed(
        `ai-tooling-gate runner audit: ${verdict.findings.length} banned installation(s) on the runner, ${verdict.errors.length} path(s) that could not be audited (fail-on: ${failOn})`,
      );
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    core.setFailed(`ai-tooling-gate runner audit: ${message}`);
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(
          `## ❌ ai-tooling-gate runner audit: could not run\n\n${mdText(message)}\n\nThe gate fails closed.\n`,
        )
        .write()
        .catch(() => undefined);
    }
  }
}

/**
 * The policy the main step loaded; when it did not get that far (it failed before, or ran in
 * org-audit mode), the `policy` input read from the workspace as the job left it, said so.
 */
async function postPolicy(
  env: NodeJS.ProcessEnv,
): Promise<{ policy: Policy; origin: string; note?: string }> {
  const saved = core.getState(STATE_POLICY);
  if (saved) {
    const { policy, origin } = JSON.parse(saved) as { policy: Policy; origin: string };
    return { policy, origin };
  }
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const { policy, source: origin } = await loadTrustedPolicy({
    input: core.getInput('policy'),
    trusted: new DirectorySource(workspace),
    readGithub: () => Promise.reject(new Error('a github: policy is read by the main step; it did not run')),
  });
  return {
    policy,
    origin,
    note: 'The main step handed over no policy (it stopped early or ran in another mode): the policy was read from the workspace as the job left it.',
  };
}
