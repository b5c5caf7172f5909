import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { runAction, type ActionRun } from './runner.js';
import { validSarif } from '../helpers/sarif-schema.js';

const CC = '@anthropic-ai/claude-code';

/** A package-lock.json (lockfile v3) as npm writes it: 2-space JSON and a final newline. */
function lockfile(deps: Record<string, string>): string {
  const packages: Record<string, unknown> = {
    '': {
      name: 'app',
      version: '1.0.0',
      dependencies: Object.fromEntries(Object.keys(deps).map((n) => [n, `^${deps[n]}`])),
    },
  };
  for (const [name, version] of Object.entries(deps)) {
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      integrity: 'sha512-AAAA',
      license: 'MIT',
    };
  }
  return (
    JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) +
    '\n'
  );
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

// A repository rule restating the advisory; the built-in floor is turned off so that each banned
// entry is one finding of this rule (the floor itself is tested in test/policy/floor.test.ts).
const POLICY = [
  'version: 1',
  'settings:',
  '  advisories: off',
  '  advisoriesReason: restated as no-claude-code-fingerprinting',
  'rules:',
  '  - id: no-claude-code-fingerprinting',
  '    ecosystem: npm',
  `    package: "${CC}"`,
  '    versions: ">=2.1.91 <2.1.198"',
  '    reason: Covert environment fingerprinting',
  '',
].join('\n');

interface Fixture {
  origin: string;
  base: string;
  head: string;
}

function commitFiles(root: string, files: Record<string, string | null>, message: string): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) git(root, 'rm', '-q', '--', path);
    else {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** An origin repository: `main` at base, `feature` at head (one commit on top). */
function fixture(baseFiles: Record<string, string>, headFiles: Record<string, string | null>): Fixture {
  const origin = makeRepo(baseFiles);
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  const base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  const head = commitFiles(origin, headFiles, 'feature change');
  git(origin, 'checkout', '-q', 'main');
  return { origin, base, head };
}

function clone(fx: Fixture, opts: { shallow: boolean; branch?: string }): string {
  const ws = mkdtempSync(join(tmpdir(), 'aitg-ws-'));
  git(
    tmpdir(),
    'clone',
    '-q',
    ...(opts.shallow ? ['--depth=1'] : []),
    '--branch',
    opts.branch ?? 'feature',
    `file://${fx.origin}`,
    ws,
  );
  return ws;
}

function prPayload(fx: Fixture, number = 7): unknown {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: fx.base, ref: 'main' },
      head: { sha: fx.head, ref: 'feature' },
    },
  };
}

const bundle = ACTION_BUNDLE;

const servers: GitHubServer[] = [];
async function server(fx: Fixture): Promise<GitHubServer> {
  const s = new GitHubServer('acme', 'app', fx.origin);
  await s.start();
  servers.push(s);
  return s;
}
afterAll(async () => {
  for (const s of servers) await s.stop();
});

let introduced: Fixture;
beforeEach(() => {
  introduced = fixture(
    {
      '.github/ai-tooling-policy.yml': POLICY,
      'package-lock.json': lockfile({ 'left-pad': '1.3.0', [CC]: '2.1.90' }),
    },
    { 'package-lock.json': lockfile({ 'left-pad': '1.3.0', [CC]: '2.1.100' }) },
  );
});

function expectIntroducedFailure(run: ActionRun, lock: string): void {
  expect(run.code, run.stdout + run.stderr).toBe(1);
  expect(run.outputs).toMatchObject({ result: 'fail', failed: '1', warned: '0', introduced: '1' });
  const line = lineOf(lock, `"node_modules/${CC}"`);
  expect(run.annotations.filter((a) => a.level === 'error' && a.file === 'package-lock.json')).toEqual([
    {
      level: 'error',
      file: 'package-lock.json',
      line,
      title: 'ai-tooling-gate: no-claude-code-fingerprinting',
      // What to do first, then what was found.
      message: `Upgrade ${CC} to 2.1.198 or later. ${CC} 2.1.100 is banned: Covert environment fingerprinting (introduced by this change)`,
    },
  ]);
  expect(run.stdout).toMatch(/::error::ai-tooling-gate: 1 banned component\(s\) introduced/);
  const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as {
    mode: string;
    findings: {
      status: string;
      component: { name: string; version: string };
      location: { file: string; line: number };
    }[];
  };
  expect(report.mode).toBe('diff');
  expect(
    report.findings.map(
      (f) => `${f.status} ${f.component.name}@${f.component.version} ${f.location.file}:${f.location.line}`,
    ),
  ).toEqual([`introduced ${CC}@2.1.100 package-lock.json:${line}`]);
}

describe('pull_request', () => {
  for (const shallow of [false, true]) {
    it(`fails a pull request that introduces a banned version (${shallow ? 'shallow' : 'full'} clone), with annotation, summary, comment and outputs`, async () => {
      const fx = introduced;
      const s = await server(fx);
      const ws = clone(fx, { shallow });
      const run = await runAction({
        bundle,
        workspace: ws,
        event: 'pull_request',
        payload: prPayload(fx),
        apiUrl: s.url,
        sha: fx.head,
      });
      const lock = readFileSync(join(ws, 'package-lock.json'), 'utf8');
      expectIntroducedFailure(run, lock);
      if (shallow) expect(run.stdout).toContain(`Fetching ${fx.base}`);
      // Read from git objects: the API is used for the comment only.
      expect(s.requests.map((r) => r.operationId)).toEqual(['issues/list-comments', 'issues/create-comment']);
      expect(s.violations).toEqual([]);
      const line = lineOf(lock, `"node_modules/${CC}"`);
      expect(run.summary).toContain('❌ ai-tooling-gate: failed');
      expect(run.summary).toContain(
        `[L${line}](https://github.com/acme/app/blob/${fx.head}/package-lock.json#L${line})`,
      );
      expect(s.comments).toHaveLength(1);
      expect(s.comments[0]!.body).toContain(
        '<!-- ai-tooling-gate:sticky workflow="AI tooling gate" job="gate" dir="." -->',
      );
      expect(s.comments[0]!.body).toContain('introduced');
    });
  }

  it('passes a change that does not touch the banned entry, does not re-evaluate it (the summary points to the audit), and does not comment', async () => {
    const fx = fixture(
      {
        '.github/ai-tooling-policy.yml': POLICY,
        'package-lock.json': lockfile({ [CC]: '2.1.100' }),
        'README.md': 'hi\n',
      },
      { 'README.md': 'hello\n' },
    );
    const s = await server(fx);
    const ws = clone(fx, { shallow: true });
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
    });
    expect(run.code, run.stdout).toBe(0);
    // `failed` counts what fails this gate: the pre-existing finding does not under fail-on introduced.
    expect(run.outputs).toMatchObject({ result: 'pass', failed: '0', introduced: '0' });
    // No change reaches the lockfile: it is not read, and its finding is not re-evaluated here.
    expect(run.annotations.filter((a) => a.file)).toEqual([]);
    expect(run.summary).toContain('1 unchanged file of the 2 is not reached by this change and not parsed');
    expect(s.comments).toEqual([]);
    expect(s.violations).toEqual([]);
    // fail-on any: the same run fails.
    const strict = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
      inputs: { 'fail-on': 'any' },
    });
    expect(strict.code).toBe(1);
    expect(strict.outputs).toMatchObject({ result: 'fail', failed: '1' });
  });

  it('moving an entry or reformatting the lockfile is not introducing it', async () => {
    const fx = fixture(
      { 'package-lock.json': lockfile({ [CC]: '2.1.100' }), '.github/ai-tooling-policy.yml': POLICY },
      { 'package-lock.json': lockfile({ 'a-first': '1.0.0', [CC]: '2.1.100', 'z-last': '1.0.0' }) },
    );
    const s = await server(fx);
    const run = await runAction({
      bundle,
      workspace: clone(fx, { shallow: false }),
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', introduced: '0' });
  });

  it('edits its failing comment to say the problem is resolved once the pull request is fixed', async () => {
    const fx = introduced;
    const s = await server(fx);
    // A person quoting the marker is not our comment and is never edited.
    s.addComment(7, `see <!-- ai-tooling-gate:sticky workflow="AI tooling gate" job="gate" dir="." -->`, {
      login: 'someone',
      type: 'User',
    });
    const ws = clone(fx, { shallow: false });
    const first = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
    });
    expect(first.code).toBe(1);
    expect(s.comments).toHaveLength(2);
    // The author fixes the lockfile: a second commit on the branch.
    git(fx.origin, 'checkout', '-q', 'feature');
    const fixed = commitFiles(
      fx.origin,
      { 'package-lock.json': lockfile({ 'left-pad': '1.3.0', [CC]: '2.1.200' }) },
      'fix',
    );
    git(fx.origin, 'checkout', '-q', 'main');
    const fx2 = { ...fx, head: fixed };
    const ws2 = clone(fx2, { shallow: true });
    const second = await runAction({
      bundle,
      workspace: ws2,
      event: 'pull_request',
      payload: prPayload(fx2),
      apiUrl: s.url,
      sha: fixed,
    });
    expect(second.code, second.stdout).toBe(0);
    expect(s.comments).toHaveLength(2);
    expect(s.comments[0]!.body).toMatch(/^see /);
    expect(s.comments[1]!.body).toContain('**Resolved:**');
    expect(s.comments[1]!.body).toContain('✅ ai-tooling-gate: passed');
    expect(s.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(s.violations).toEqual([]);
  });

  it('a 403 on the comment is a warning; the gate still fails', async () => {
    const fx = introduced;
    const s = await server(fx);
    s.fault({
      method: 'POST',
      path: '/comments',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const ws = clone(fx, { shallow: false });
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
    });
    expectIntroducedFailure(run, readFileSync(join(ws, 'package-lock.json'), 'utf8'));
    expect(run.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining(
        'no pull-request comment: the token may not comment on this pull request (HTTP 403',
      ),
    });
    expect(s.violations).toEqual([]);
  });

  it('a pull request cannot weaken the policy that judges it; it is told what its change would do', async () => {
    const weakened =
      POLICY.replace('>=2.1.91 <2.1.198', '>=9.0.0') +
      '  - id: extra\n    ecosystem: npm\n    package: left-pad\n';
    const fx = fixture(
      { '.github/ai-tooling-policy.yml': POLICY, 'package-lock.json': lockfile({ [CC]: '2.1.90' }) },
      { '.github/ai-tooling-policy.yml': weakened, 'package-lock.json': lockfile({ [CC]: '2.1.100' }) },
    );
    const s = await server(fx);
    const run = await runAction({
      bundle,
      workspace: clone(fx, { shallow: true }),
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.introduced).toBe('1');
    // The loosened rule is named in an error-level annotation on the policy file itself.
    expect(run.annotations).toContainEqual({
      level: 'error',
      title: 'ai-tooling-gate: policy weakened after merge',
      file: '.github/ai-tooling-policy.yml',
      line: 1,
      message:
        'this change edits the policy .github/ai-tooling-policy.yml; this run judges it by the policy of the base commit, and the change takes effect after merge (rules added: extra; rules changed: no-claude-code-fingerprinting). After merge it weakens the policy: loosens rule no-claude-code-fingerprinting (versions >=2.1.91 <2.1.198 → >=9.0.0)',
    });
    expect(run.summary).toContain('takes effect after merge');
    expect(run.summary).toContain('loosens rule no-claude-code-fingerprinting');
  });

  it('reads the base commit through the API when it cannot be fetched into the shallow clone', async () => {
    const fx = introduced;
    const s = await server(fx);
    const ws = clone(fx, { shallow: true });
    git(ws, 'remote', 'set-url', 'origin', join(tmpdir(), 'aitg-no-such-remote'));
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
      inputs: { comment: 'never' },
    });
    expectIntroducedFailure(run, readFileSync(join(ws, 'package-lock.json'), 'utf8'));
    expect(run.stdout).toContain(`Could not fetch ${fx.base}`);
    expect(run.stdout).toContain(`Reading the base commit ${fx.base} through the GitHub API`);
    expect([...new Set(s.requests.map((r) => r.operationId))].sort()).toEqual([
      'git/get-blob',
      'git/get-tree',
    ]);
    expect(s.violations).toEqual([]);
  });

  it('an invalid policy at the base fails the step, naming file, line and column', async () => {
    const fx = fixture(
      {
        '.github/ai-tooling-policy.yml': 'version: 1\nrules: [\n',
        'package-lock.json': lockfile({ [CC]: '2.1.90' }),
      },
      { '.github/ai-tooling-policy.yml': POLICY },
    );
    const s = await server(fx);
    const run = await runAction({
      bundle,
      workspace: clone(fx, { shallow: true }),
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
      inputs: { comment: 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/::error::ai-tooling-gate: \.github\/ai-tooling-policy\.yml:\d+:\d+: /);
    expect(run.summary).toContain('## ❌ ai-tooling-gate: could not run');
  });

  it('keeps separate sticky comments per working directory (matrix jobs)', async () => {
    const fx = fixture(
      {
        '.github/ai-tooling-policy.yml': POLICY,
        'a/package-lock.json': lockfile({ [CC]: '2.1.90' }),
        'b/package-lock.json': lockfile({ [CC]: '2.1.90' }),
      },
      {
        'a/package-lock.json': lockfile({ [CC]: '2.1.100' }),
        'b/package-lock.json': lockfile({ [CC]: '2.1.101' }),
      },
    );
    const s = await server(fx);
    const ws = clone(fx, { shallow: false });
    const a = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
      inputs: { 'working-directory': 'a' },
    });
    const b = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: prPayload(fx),
      apiUrl: s.url,
      sha: fx.head,
      inputs: { 'working-directory': 'b' },
    });
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(a.annotations.find((x) => x.level === 'error' && x.file)?.file).toBe('a/package-lock.json');
    expect(s.comments.map((c) => /dir="([^"]*)"/.exec(c.body)?.[1])).toEqual(['a', 'b']);
    expect(s.violations).toEqual([]);
  });
});

describe('pull_request_target (no checkout of the head)', () => {
  it('reads blobs through the API only, never runs anything from the pull request, and judges by the base policy', async () => {
    const marker = join(tmpdir(), `aitg-pwned-${process.pid}-${Date.now()}`);
    const fx = fixture(
      {
        '.github/ai-tooling-policy.yml': POLICY,
        'package-lock.json': lockfile({ [CC]: '2.1.90' }),
        'package.json': '{"name":"app"}\n',
      },
      {
        '.github/ai-tooling-policy.yml': 'version: 1\nrules: []\n',
        'package-lock.json': lockfile({ [CC]: '2.1.100' }),
        'package.json':
          JSON.stringify({
            name: 'app',
            scripts: { preinstall: `touch ${marker}`, prepare: `touch ${marker}` },
          }) + '\n',
        'scripts/build.sh': `#!/bin/sh\ntouch ${marker}\n`,
      },
    );
    const s = await server(fx);
    s.pulls.set(9, { base: fx.base, head: fx.head });
    // The base branch checked out, as actions/checkout does by default for pull_request_target.
    const ws = clone(fx, { shallow: true, branch: 'main' });
    rmSync(join(ws, '.git'), { recursive: true, force: true });
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request_target',
      payload: prPayload(fx, 9),
      apiUrl: s.url,
      sha: fx.base,
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', introduced: '1' });
    expect(existsSync(marker)).toBe(false);
    const ops = [...new Set(s.requests.map((r) => r.operationId))].sort();
    expect(ops).toEqual([
      'git/get-blob',
      'git/get-tree',
      'issues/create-comment',
      'issues/list-comments',
      'pulls/list-files',
    ]);
    expect(s.violations).toEqual([]);
  });

  it('retries a server error and a secondary rate limit, then succeeds', async () => {
    const fx = introduced;
    const s = await server(fx);
    s.pulls.set(9, { base: fx.base, head: fx.head });
    s.fault({ method: 'GET', path: '/git/blobs/', status: 502 });
    s.fault({
      method: 'GET',
      path: '/pulls/9/files',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const ws = mkdtempSync(join(tmpdir(), 'aitg-empty-ws-'));
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request_target',
      payload: prPayload(fx, 9),
      apiUrl: s.url,
      sha: fx.base,
      inputs: { comment: 'never' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', introduced: '1' });
    expect(s.requests.filter((r) => r.status === 502)).toHaveLength(1);
    expect(s.requests.filter((r) => r.status === 403)).toHaveLength(1);
    expect(run.stdout).toContain('secondary rate limit');
    expect(s.violations).toEqual([]);
  });

  it('falls back to comparing whole trees when the pull request lists 3,000 files', async () => {
    const fx = introduced;
    const s = await server(fx);
    s.pulls.set(9, { base: fx.base, head: fx.head });
    s.pullFilesOverride = 3000;
    const ws = mkdtempSync(join(tmpdir(), 'aitg-empty-ws-'));
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request_target',
      payload: prPayload(fx, 9),
      apiUrl: s.url,
      sha: fx.base,
      inputs: { comment: 'never' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('comparing the whole trees instead');
    expect(run.outputs.introduced).toBe('1');
  });

  it('a base commit the API does not know fails closed', async () => {
    const fx = introduced;
    const s = await server(fx);
    const ws = mkdtempSync(join(tmpdir(), 'aitg-empty-ws-'));
    s.pulls.set(9, { base: fx.base, head: fx.head });
    const payload = prPayload({ ...fx, base: 'f'.repeat(40) }, 9);
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request_target',
      payload,
      apiUrl: s.url,
      sha: fx.base,
      inputs: { comment: 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toMatch(/::error::ai-tooling-gate: .*cannot list github:acme\/app@f{40}/);
    expect(s.violations).toEqual([]);
  });
});

describe('merge_group, push, workflow_dispatch, schedule', () => {
  for (const shallow of [false, true]) {
    it(`merge_group compares base_sha with head_sha (${shallow ? 'shallow' : 'full'} clone)`, async () => {
      const fx = introduced;
      const s = await server(fx);
      const run = await runAction({
        bundle,
        workspace: clone(fx, { shallow }),
        event: 'merge_group',
        payload: {
          action: 'checks_requested',
          merge_group: {
            base_sha: fx.base,
            head_sha: fx.head,
            head_ref: 'refs/heads/gh-readonly-queue/main/pr-7',
          },
        },
        apiUrl: s.url,
        sha: fx.head,
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs).toMatchObject({ result: 'fail', introduced: '1' });
      expect(s.requests).toEqual([]);
    });
  }

  for (const shallow of [false, true]) {
    it(`push audits by default (mode auto) and compares before..after with mode diff (${shallow ? 'shallow' : 'full'} clone)`, async () => {
      const fx = fixture(
        { '.github/ai-tooling-policy.yml': POLICY, 'package-lock.json': lockfile({ [CC]: '2.1.100' }) },
        { 'README.md': 'docs\n' },
      );
      const s = await server(fx);
      const ws = clone(fx, { shallow });
      const payload = { before: fx.base, after: fx.head, ref: 'refs/heads/feature' };
      const auditRun = await runAction({
        bundle,
        workspace: ws,
        event: 'push',
        payload,
        apiUrl: s.url,
        sha: fx.head,
      });
      expect(auditRun.code).toBe(1);
      expect(auditRun.outputs).toMatchObject({ result: 'fail', failed: '1', introduced: '0' });
      const diffRun = await runAction({
        bundle,
        workspace: ws,
        event: 'push',
        payload,
        apiUrl: s.url,
        sha: fx.head,
        inputs: { mode: 'diff' },
      });
      expect(diffRun.code, diffRun.stdout).toBe(0);
      // The banned component is pre-existing: it does not fail this gate, so `failed` is 0.
      expect(diffRun.outputs).toMatchObject({ result: 'pass', failed: '0', introduced: '0' });
    });
  }

  it('a push that creates a branch is audited, with a notice', async () => {
    const fx = introduced;
    const s = await server(fx);
    const payload = { before: '0'.repeat(40), after: fx.head, ref: 'refs/heads/feature', created: true };
    const run = await runAction({
      bundle,
      workspace: clone(fx, { shallow: true }),
      event: 'push',
      payload,
      apiUrl: s.url,
      sha: fx.head,
      inputs: { mode: 'diff' },
    });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual({
      level: 'notice',
      message:
        'This push created the branch: there is no earlier commit to compare with, so the whole tree is audited.',
    });
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { mode: string };
    expect(report.mode).toBe('audit');
  });

  for (const event of ['workflow_dispatch', 'schedule']) {
    it(`${event} audits the checked-out tree and writes SARIF`, async () => {
      const fx = introduced;
      const s = await server(fx);
      const ws = clone(fx, { shallow: true });
      const run = await runAction({
        bundle,
        workspace: ws,
        event,
        payload: {},
        apiUrl: s.url,
        sha: fx.head,
        inputs: { 'sarif-file': 'out/gate.sarif' },
      });
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({
        result: 'fail',
        failed: '1',
        'sarif-file': join(ws, 'out/gate.sarif'),
      });
      const sarif = validSarif<{
        version: string;
        runs: {
          tool: {
            driver: {
              rules: { id: string; help: { markdown: string }; properties: Record<string, unknown> }[];
            };
          };
          results: {
            ruleId: string;
            level: string;
            locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
            partialFingerprints: Record<string, string>;
          }[];
        }[];
      }>(readFileSync(join(ws, 'out/gate.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      const r = sarif.runs[0]!;
      expect(r.tool.driver.rules[0]).toMatchObject({
        id: 'no-claude-code-fingerprinting',
        properties: { 'security-severity': '8.0' },
      });
      expect(r.results).toMatchObject([
        {
          ruleId: 'no-claude-code-fingerprinting',
          level: 'error',
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'package-lock.json', uriBaseId: '%SRCROOT%' } } },
          ],
        },
      ]);
      expect(Object.keys(r.results[0]!.partialFingerprints)).toEqual(['aiToolingGate/v1']);
      expect(s.requests).toEqual([]);
    });
  }

  it('workflow_dispatch with base-ref compares that commit with the checked-out tree', async () => {
    const fx = introduced;
    const s = await server(fx);
    const ws = clone(fx, { shallow: true });
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: s.url,
      sha: fx.head,
      inputs: { 'base-ref': fx.base },
    });
    expectIntroducedFailure(run, readFileSync(join(ws, 'package-lock.json'), 'utf8'));
    expect(s.requests).toEqual([]);
  });

  it('reads a github: policy through the contents API', async () => {
    const fx = fixture(
      { 'policies/org.yml': POLICY, 'package-lock.json': lockfile({ [CC]: '2.1.100' }) },
      { 'README.md': 'x\n' },
    );
    const s = await server(fx);
    const run = await runAction({
      bundle,
      workspace: clone(fx, { shallow: true }),
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: s.url,
      inputs: { policy: 'github:acme/app/policies/org.yml@main' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '1' });
    expect(s.requests.map((r) => r.operationId)).toEqual(['repos/get-content']);
    expect(s.violations).toEqual([]);
  });

  it('fail-on never passes; an invalid input fails the step', async () => {
    const fx = introduced;
    const s = await server(fx);
    const ws = clone(fx, { shallow: true });
    const never = await runAction({
      bundle,
      workspace: ws,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: s.url,
      inputs: { 'fail-on': 'never' },
    });
    expect(never.code).toBe(0);
    expect(never.outputs.result).toBe('pass');
    const bad = await runAction({
      bundle,
      workspace: ws,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: s.url,
      inputs: { 'fail-on': 'sometimes' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      '::error::ai-tooling-gate: input fail-on must be one of introduced, any, never, not "sometimes"',
    );
  });
});

describe('bundle', () => {
  it('is dist/index.js, as the runner runs it', () => {
    expect(bundle.endsWith(join('dist', 'index.js'))).toBe(true);
  });
});
