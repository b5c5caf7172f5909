// The action's `registry` and `offline` inputs, run the way the runner runs the action:
// `node dist/index.js` with INPUT_* variables.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../helpers/tmp.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';

function runAction(inputs: Record<string, string>): {
  status: number | null;
  stdout: string;
  outputs: string;
} {
  const temp = mkdtempSync(join(tmpdir(), 'aitg-runner-'));
  const outputFile = join(temp, 'output');
  writeFileSync(outputFile, '');
  writeFileSync(join(temp, 'summary'), ''); // the runner creates the summary file
  const workspace = makeTree({ 'README.md': 'nothing to find\n' }, 'aitg-ws-');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    NPM_CONFIG_USERCONFIG: join(temp, 'npmrc'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'push',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [ACTION_BUNDLE], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, outputs: readFileSync(outputFile, 'utf8') };
}

describe('action inputs registry and offline', () => {
  it('accepts offline true/false and a registry URL', () => {
    const cases: Record<string, string>[] = [
      { offline: 'True' },
      { offline: 'false', registry: 'http://127.0.0.1:9/' },
      {},
    ];
    for (const inputs of cases) {
      const r = runAction(inputs);
      expect(r.status).toBe(0);
      expect(r.outputs).toContain('result');
      expect(r.outputs).toContain('pass');
    }
  });

  it('fails the step on an offline value that is not true or false', () => {
    const r = runAction({ offline: 'yes please' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error::ai-tooling-gate: input offline must be true or false, not "yes please"',
    );
  });

  it('fails the step on a registry that is not an http(s) URL', () => {
    const r = runAction({ registry: 'file:///etc' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error::ai-tooling-gate: input registry must be an http(s) URL, not "file:///etc"',
    );
  });
});
