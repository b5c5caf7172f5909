// What the action asks the GitHub API in a pull_request_target run without a checkout: the policy
// blob once, no file list when the event already says the pull request is past GitHub's cap, and
// errors that name the file and commit that could not be read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { runAction } from './runner.js';

const CC = '@anthropic-ai/claude-code';
const POLICY = `version: 1\nsettings:\n  advisories: off\n  advisoriesReason: restated as no-cc\nrules:\n  - id: no-cc\n    ecosystem: npm\n    package: "${CC}"\n    versions: ">=2.1.91 <2.1.198"\n`;

function pins(version: string): string {
  return JSON.stringify({ name: 'app', devDependencies: { [CC]: version } }, null, 2) + '\n';
}

async function pullRequest(): Promise<{
  server: GitHubServer;
  base: string;
  head: string;
  policySha: string;
}> {
  const origin = makeRepo({ '.github/ai-tooling-policy.yml': POLICY, 'package.json': pins('2.1.90') });
  const base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(origin, 'package.json'), pins('2.1.100'));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'bump');
  const head = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
  const policySha = git(origin, 'rev-parse', `${base}:.github/ai-tooling-policy.yml`);
  const server = new GitHubServer('acme', 'app', origin);
  await server.start();
  servers.push(server);
  server.pulls.set(9, { base, head });
  return { server, base, head, policySha };
}

function payload(base: string, head: string, extra: Record<string, unknown> = {}): unknown {
  return {
    action: 'synchronize',
    number: 9,
    pull_request: {
      number: 9,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: 'feature' },
      ...extra,
    },
  };
}

const servers: GitHubServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

describe('pull_request_target through the API only', () => {
  it('fetches the policy blob once when the pull request does not change it', async () => {
    const { server, base, head, policySha } = await pullRequest();
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace: mkdtempSync(join(tmpdir(), 'aitg-empty-ws-')),
      event: 'pull_request_target',
      payload: payload(base, head),
      apiUrl: server.url,
      sha: base,
      inputs: { comment: 'never' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.introduced).toBe('1');
    expect(server.requests.filter((r) => r.path.endsWith(`/git/blobs/${policySha}`))).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('does not walk the file list when the event counts 3,000 changed files or more', async () => {
    const { server, base, head } = await pullRequest();
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace: mkdtempSync(join(tmpdir(), 'aitg-empty-ws-')),
      event: 'pull_request_target',
      payload: payload(base, head, { changed_files: 3500 }),
      apiUrl: server.url,
      sha: base,
      inputs: { comment: 'never' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('comparing the whole trees instead');
    expect(server.requests.filter((r) => r.operationId === 'pulls/list-files')).toEqual([]);
    expect(run.outputs.introduced).toBe('1');
  });

  it('stops the file-list walk at the cap when the event does not count the files', async () => {
    const { server, base, head } = await pullRequest();
    server.pullFilesOverride = 4500;
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace: mkdtempSync(join(tmpdir(), 'aitg-empty-ws-')),
      event: 'pull_request_target',
      payload: payload(base, head),
      apiUrl: server.url,
      sha: base,
      inputs: { comment: 'never' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('comparing the whole trees instead');
    // 100 a page: the walk stops at 3,000 files, page 30 of 45.
    expect(server.requests.filter((r) => r.operationId === 'pulls/list-files')).toHaveLength(30);
  });

  it('a policy that cannot be read at the base commit fails the step, naming the file and the commit', async () => {
    const { server, base, head, policySha } = await pullRequest();
    server.fault({ method: 'GET', path: `/git/blobs/${policySha}`, status: 500, times: 20 });
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace: mkdtempSync(join(tmpdir(), 'aitg-empty-ws-')),
      event: 'pull_request_target',
      payload: payload(base, head),
      apiUrl: server.url,
      sha: base,
      inputs: { comment: 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
    expect(error).toContain(`.github/ai-tooling-policy.yml at github:acme/app@${base}`);
    expect(error).toContain('HTTP 500');
  });
});
