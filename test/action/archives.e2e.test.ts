// The action bundle as the runner runs it (`node dist/index.js`), on pull requests whose only change
// is a binary package archive: a safe `npm pack` tarball replaced by a banned one is an
// introduction at the install that names it, read from the checkout (git) and from the REST API
// alone (pull_request_target without a checkout); the reverse change passes.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { GitHubServer } from '../helpers/github-server.js';
import { npmPack } from '../helpers/package-archives.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { runAction } from './runner.js';

const CC = '@anthropic-ai/claude-code';
const tarball = (version: string) => npmPack({ name: CC, version, bin: { claude: 'cli.js' } });

const servers: GitHubServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

async function pullRequest(before: Uint8Array, after: Uint8Array) {
  const origin = makeRepo({
    'vendor/tool.tgz': before,
    'scripts/setup.sh': '#!/bin/sh\nnpm install -g ./vendor/tool.tgz\n',
    'README.md': 'The agent is installed from vendor/tool.tgz.\n',
  });
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  const base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  mkdirSync(join(origin, 'vendor'), { recursive: true });
  writeFileSync(join(origin, 'vendor', 'tool.tgz'), after);
  git(origin, 'commit', '-qam', 'update the vendored agent');
  const head = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
  const server = new GitHubServer('acme', 'app', origin);
  await server.start();
  servers.push(server);
  server.pulls.set(7, { base, head });
  const payload = {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
  };
  const checkout = mkdtempSync(join(tmpdir(), 'aitg-ws-'));
  git(tmpdir(), 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, checkout);
  const empty = mkdtempSync(join(tmpdir(), 'aitg-empty-ws-'));
  const runs = [];
  for (const [mode, workspace, event] of [
    ['git', checkout, 'pull_request'],
    ['api', empty, 'pull_request_target'],
  ] as const) {
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace,
      event,
      payload,
      apiUrl: server.url,
      sha: head,
      inputs: { comment: 'never' },
    });
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as {
      findings: {
        status: string;
        action: string;
        component: { name: string; version: string };
        location: { file: string; line: number };
        via?: { file: string; line: number }[];
      }[];
    };
    runs.push({
      mode,
      code: run.code,
      log: run.stdout + run.stderr,
      found: report.findings.map(
        (f) =>
          `${f.status} ${f.action} ${f.location.file}:${f.location.line} ${f.component.name}@${f.component.version}` +
          (f.via ? ` via ${f.via.map((v) => `${v.file}:${v.line}`).join(',')}` : ''),
      ),
    });
  }
  return runs;
}

describe('pull requests that change only a package archive (the action bundle)', () => {
  it('a safe tarball replaced by a banned one fails at the install that names it', async () => {
    for (const r of await pullRequest(tarball('2.1.90'), tarball('2.1.150'))) {
      expect(r.code, `${r.mode}: ${r.log}`).toBe(1);
      expect(r.found, r.mode).toEqual([
        `introduced fail scripts/setup.sh:2 ${CC}@2.1.150 via vendor/tool.tgz:1`,
      ]);
    }
  });

  it('negative twin: a banned tarball replaced by a safe one passes', async () => {
    for (const r of await pullRequest(tarball('2.1.150'), tarball('2.1.198'))) {
      expect(r.code, `${r.mode}: ${r.log}`).toBe(0);
      expect(
        r.found.filter((f) => !f.startsWith('removed')),
        r.mode,
      ).toEqual([]);
    }
  });
});
