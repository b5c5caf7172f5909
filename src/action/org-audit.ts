// The action's `mode: org-audit`: audits every selected repository of an organisation and writes
// the JSON, CSV and HTML reports, the job summary and the outputs.
import { loadPolicy } from '../policy/load.js';
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTrustedPolicy } from '../policy/trusted.js';
import { apiBaseUrl } from '../github/client.js';
import { readGithubFileWith } from '../github/files.js';
import { limitsFromEnv } from '../model/limits.js';
import type { Detector } from '../model/component.js';
import { mdText } from '../reporters/markdown.js';
import { renderOrgCsv } from '../org/reporters/csv.js';
import { renderOrgHtml } from '../org/reporters/html.js';
import { renderOrgSummary } from '../org/reporters/org-summary.js';
import { DirectorySource } from '../sources/directory.js';
import { auditOrganization } from '../org/audit.js';
import { createOrgClient, serverUrlFor } from '../org/client.js';
import { orgAuditFails } from '../org/report.js';
import { parseRepositoryPatterns } from '../org/select.js';
import { parseShard } from '../org/shard.js';
import { orgResolveHook } from '../org/resolve.js';

function bool(name: string): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new Error(`input ${name} must be true or false, not "${raw}"`);
}

export interface OrgActionOptions {
  /** Detectors to run (tests); default every registered one. */
  detectors?: readonly Detector[];
  /** Retry unit in ms (tests make it small). */
  retryUnitMs?: number;
}

export async function runOrgAudit(
  env: NodeJS.ProcessEnv = process.env,
  options: OrgActionOptions = {},
): Promise<void> {
  try {
    const organization = core.getInput('organization').trim() || env.GITHUB_REPOSITORY_OWNER || '';
    if (!organization) throw new Error('mode org-audit needs the organization input');
    const token = core.getInput('token');
    if (!token)
      throw new Error('mode org-audit needs a token that can read the repositories (the token input)');
    // The runner masks github.token and secrets passed as inputs; core.setSecret would print the token.
    const patterns = parseRepositoryPatterns(core.getInput('repositories'));
    const shardInput = core.getInput('shard').trim();
    const shard = shardInput ? parseShard(shardInput) : null;
    const failOnInput = core.getInput('fail-on').trim() || 'any';
    if (!['introduced', 'any', 'never'].includes(failOnInput))
      throw new Error(`input fail-on must be one of introduced, any, never, not "${failOnInput}"`);
    // An audit has nothing "introduced": every failing finding counts.
    const failOn = failOnInput === 'never' ? 'never' : 'any';
    const repoPolicyInput = core.getInput('repo-policy').trim() || 'ignore';
    if (repoPolicyInput !== 'ignore' && repoPolicyInput !== 'merge')
      throw new Error(`input repo-policy must be ignore or merge, not "${repoPolicyInput}"`);
    const registry = core.getInput('registry').trim();
    const resolveVersions = orgResolveHook({
      offline: bool('offline'),
      ...(registry !== '' ? { registry } : {}),
      env,
    });
    if (resolveVersions === null) throw new Error(`input registry must be an http(s) URL, not "${registry}"`);
    const baseUrl = apiBaseUrl(env);
    const log = (m: string): void => core.info(m);
    const api = createOrgClient(token, {
      baseUrl,
      log,
      ...(options.retryUnitMs !== undefined ? { retryUnitMs: options.retryUnitMs } : {}),
    });
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const readGithub = (o: string, r: string, p: string, ref: string): Promise<string> =>
      readGithubFileWith(api.client, o, r, p, ref);
    const { policy, source: origin } = existsSync(workspace)
      ? await loadTrustedPolicy({
          input: core.getInput('policy'),
          trusted: new DirectorySource(workspace),
          readGithub,
        })
      : { policy: await loadPolicy('builtin:default'), source: 'builtin:default' };
    core.info(`Policy: ${origin}`);
    const report = await auditOrganization({
      organization,
      api,
      policy,
      selection: {
        ...patterns,
        includeArchived: bool('include-archived'),
        includeForks: bool('include-forks'),
      },
      shard,
      repoPolicy: repoPolicyInput,
      limits: limitsFromEnv(env),
      serverUrl: serverUrlFor(baseUrl, env),
      log,
      resolve: resolveVersions,
      ...(options.detectors ? { detectors: options.detectors } : {}),
    });

    const outDir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'ai-tooling-gate-org-'));
    const suffix = shard && shard.count > 1 ? `-shard-${shard.index}-of-${shard.count}` : '';
    const reportFile = join(outDir, `org-audit${suffix}.json`);
    const csvFile = join(outDir, `org-audit${suffix}.csv`);
    const htmlFile = join(outDir, `org-audit${suffix}.html`);
    await writeFile(reportFile, JSON.stringify(report, null, 2) + '\n');
    await writeFile(csvFile, renderOrgCsv(report));
    await writeFile(htmlFile, renderOrgHtml(report));
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderOrgSummary(report)).write();

    const failed = orgAuditFails(report, failOn);
    core.setOutput('result', failed ? 'fail' : 'pass');
    core.setOutput('failed', report.summary.failed);
    core.setOutput('warned', report.summary.warned);
    core.setOutput('introduced', 0);
    core.setOutput('report-file', reportFile);
    core.setOutput('csv-file', csvFile);
    core.setOutput('html-file', htmlFile);
    core.setOutput('sarif-file', '');
    if (failed) {
      core.setFailed(
        `ai-tooling-gate: ${report.summary.failed} banned component(s) in ${report.summary.repositoriesFailed} repositories, ${report.summary.notScanned} repositories and ${report.errors.length} files that could not be scanned (fail-on: ${failOn})`,
      );
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    core.setOutput('result', 'fail');
    core.setFailed(`ai-tooling-gate: ${message}`);
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(`## ❌ ai-tooling-gate: the org audit could not run\n\n${mdText(message)}\n`)
        .write()
        .catch(() => undefined);
    }
  }
}
