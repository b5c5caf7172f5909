// A pull request that changes only the caller, judged by the action bundle as the runner runs it
// (`node dist/index.js`, INPUT_* variables, the event payload, a real clone): the callee's finding
// is introduced, the job fails, and the annotation sits where the version is written.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { runAction } from '../action/runner.js';
import { BANNED, EDGE_CASES, SAFE } from './edge-cases.js';

const servers: GitHubServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

describe('invocation graph edges (action bundle, pull_request)', () => {
  for (const c of EDGE_CASES) {
    it(`${c.name}: only the caller changes → introduced`, async () => {
      const origin = makeRepo(c.files(SAFE));
      git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
      const base = git(origin, 'rev-parse', 'HEAD');
      git(origin, 'checkout', '-q', '-b', 'feature');
      for (const [path, text] of Object.entries(c.files(BANNED))) {
        mkdirSync(dirname(join(origin, path)), { recursive: true });
        writeFileSync(join(origin, path), text);
      }
      git(origin, 'commit', '-qam', 'bump the version the caller passes');
      const head = git(origin, 'rev-parse', 'HEAD');
      git(origin, 'checkout', '-q', 'main');
      const ws = mkdtempSync(join(tmpdir(), 'aitg-ws-'));
      git(tmpdir(), 'clone', '-q', '--branch', 'feature', `file://${origin}`, ws);
      const server = new GitHubServer('acme', 'app', origin);
      await server.start();
      servers.push(server);
      const run = await runAction({
        bundle: ACTION_BUNDLE,
        workspace: ws,
        event: 'pull_request',
        payload: {
          action: 'synchronize',
          number: 7,
          pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
        },
        inputs: { comment: 'never' },
        apiUrl: server.url,
        sha: head,
      });
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'fail', introduced: '1' });
      const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
      expect(errors.map((a) => `${a.file}:${a.line}`)).toEqual([`${c.versionAt.file}:${c.versionAt.line}`]);
      expect(errors[0]!.message).toContain('(introduced by this change)');
      expect(errors[0]!.message).toContain(`installed at ${c.install.file}:${c.install.line}`);
    }, 60_000);
  }
});
