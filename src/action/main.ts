import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { limitsFromEnv } from '../limits.js';
import { loadPolicy } from '../policy/load.js';
import { gateFails, gateFindings, type FailOn } from '../report.js';
import { renderJson } from '../reporters/json.js';
import { auditResolveHook, createNpmResolver, normalizeRegistry } from '../resolver/index.js';
import { audit } from '../scan.js';
import { DirectorySource } from '../sources/directory.js';

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not "${raw}"`);
  }
  return raw as T;
}

/** The action: the same engine as the CLI, reading inputs and writing outputs the runner's way. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, core.getInput('working-directory') || '.');
    const failOn = choice<FailOn>('fail-on', ['introduced', 'any', 'never'], 'introduced');
    const policyInput = core.getInput('policy') || '.github/ai-tooling-policy.yml';
    const policyRef = policyInput.startsWith('builtin:') ? policyInput : resolve(root, policyInput);
    const policy = await loadPolicy(
      policyInput.startsWith('builtin:') || (await exists(policyRef)) ? policyRef : 'builtin:default',
    );
    const registry = core.getInput('registry').trim();
    if (registry !== '' && normalizeRegistry(registry) === null)
      throw new Error(`input registry must be an http(s) URL, not "${registry}"`);
    const offlineInput = core.getInput('offline').trim().toLowerCase() || 'false';
    if (offlineInput !== 'true' && offlineInput !== 'false')
      throw new Error(`input offline must be true or false, not "${core.getInput('offline')}"`);
    const offline = offlineInput === 'true';
    const resolveVersions = auditResolveHook(
      createNpmResolver({ root, offline, env: process.env, ...(registry !== '' ? { registry } : {}) }),
    );
    const report = await audit(new DirectorySource(root), {
      policy,
      limits: limitsFromEnv(process.env),
      resolve: resolveVersions,
    });
    const reportFile = join(process.env.RUNNER_TEMP ?? root, 'ai-tooling-gate-report.json');
    await writeFile(reportFile, renderJson(report));
    const failing = new Set(gateFindings(report, failOn));
    for (const f of report.findings) {
      if (f.action === 'pass') continue;
      const props = {
        file: f.location.file,
        startLine: f.location.line,
        title: `ai-tooling-gate: ${f.ruleId}`,
      };
      if (failing.has(f)) core.error(f.message, props);
      else core.warning(f.message, props);
    }
    for (const e of report.errors)
      core.error(e.message, { file: e.file, ...(e.line ? { startLine: e.line } : {}) });
    const failed = gateFails(report, failOn);
    core.setOutput('result', failed ? 'fail' : 'pass');
    core.setOutput('failed', report.summary.failed);
    core.setOutput('warned', report.summary.warned);
    core.setOutput('introduced', report.summary.introduced ?? 0);
    core.setOutput('report-file', reportFile);
    core.setOutput('sarif-file', '');
    if (failed)
      core.setFailed(
        `ai-tooling-gate: ${failing.size} banned component(s), ${report.errors.length} error(s)`,
      );
  } catch (e) {
    core.setFailed(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  const { access } = await import('node:fs/promises');
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
