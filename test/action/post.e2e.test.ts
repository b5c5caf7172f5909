// The action's post step run as the runner runs it: `node dist/post.js` with the INPUT_* variables
// of action.yml, the state the main step saved (STATE_policy, read back from the main step's
// GITHUB_STATE file), GITHUB_STEP_SUMMARY and GITHUB_OUTPUT. The runner's filesystem is the fake
// machine of the host-audit fixtures (input runner-root), where alice installed banned Claude Code
// in every way the audit knows and bob clean versions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fakeMachine } from '../helpers/host-machine.js';
import { projectRoot } from '../helpers/bundles.js';
import { parseOutputFile, runAction } from './runner.js';
import { makeRepo } from '../helpers/tmp.js';

const post = join(projectRoot, 'dist', 'post.js');
const expected = JSON.parse(
  readFileSync(join(projectRoot, 'test', 'fixtures', 'host', 'generated', 'expected.json'), 'utf8'),
) as {
  packages: { path: string }[];
};
/** Alice's banned installations in the fake machine (the npm ones generated, 11 written from specs:
 * five Python environments, four editors, the native installer, a cask). */
const aliceCount = expected.packages.filter((p) => p.path.startsWith('home/alice/')).length + 11;

describe('action.yml declares the post step', () => {
  it('runs dist/post.js after the job, whatever happened, with the audit-runner input off by default', () => {
    const yml = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
      runs: Record<string, string>;
      inputs: Record<string, { default?: string }>;
    };
    expect(yml.runs).toMatchObject({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'always()',
    });
    expect(yml.inputs['audit-runner']!.default).toBe('false');
  });
});

describe('the post step (node dist/post.js)', () => {
  const machine = fakeMachine();
  const workspace = makeRepo({ 'README.md': 'app\n' });

  /** The main step in audit mode, with the state file the runner gives it; returns its saved state. */
  async function mainStepState(inputs: Record<string, string>): Promise<Record<string, string>> {
    const dir = mkdtempSync(join(tmpdir(), 'aitg-state-'));
    const stateFile = join(dir, 'state.txt');
    writeFileSync(stateFile, '');
    const r = await runAction({
      bundle: join(projectRoot, 'dist', 'index.js'),
      workspace,
      event: 'push',
      payload: {},
      inputs: { mode: 'audit', ...inputs },
      env: { GITHUB_STATE: stateFile },
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(r.code).toBe(0);
    return parseOutputFile(readFileSync(stateFile, 'utf8'));
  }

  const runPost = (inputs: Record<string, string>, state: Record<string, string>) =>
    runAction({
      bundle: post,
      workspace,
      event: 'push',
      payload: {},
      inputs: { 'runner-root': machine, ...inputs },
      env: Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
      apiUrl: 'http://127.0.0.1:9',
    });

  it('audits the runner with the policy the main step handed over, annotates and fails the job', async () => {
    const state = await mainStepState({ 'audit-runner': 'true', policy: 'builtin:default' });
    expect(JSON.parse(state.policy!)).toMatchObject({ origin: 'builtin:default' });
    const r = await runPost({ 'audit-runner': 'true', policy: 'builtin:default' }, state);
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    // One annotation per banned installation, plus the step's failure message.
    expect(errors).toHaveLength(aliceCount + 1);
    expect(errors.every((a) => a.file === undefined)).toBe(true);
    expect(
      errors.some((a) => a.message.includes(`${machine}/home/alice/.local/share/claude/versions/2.1.150`)),
    ).toBe(true);
    expect(errors.some((a) => a.message.includes('/home/bob/'))).toBe(false);
    expect(r.annotations.at(-1)!.message).toContain(`${aliceCount} banned installation(s) on the runner`);
    expect(r.summary).toContain('Runner audit after the job');
    expect(r.summary).toContain(
      '/home/alice/.nvm/versions/node/v24.11.0/lib/node_modules/@anthropic-ai/claude-code/package.json',
    );
  });

  it('warns without failing under fail-on: never', async () => {
    const state = await mainStepState({ 'audit-runner': 'true', policy: 'builtin:default' });
    const r = await runPost({ 'audit-runner': 'true', 'fail-on': 'never' }, state);
    expect(r.code).toBe(0);
    expect(r.annotations.filter((a) => a.level === 'warning')).toHaveLength(aliceCount);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('does nothing unless audit-runner is true, and the main step then saves no state', async () => {
    expect(await mainStepState({ policy: 'builtin:default' })).toEqual({});
    const r = await runPost({}, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.summary).toBe('');
  });

  it('passes a runner with only clean installations', async () => {
    const state = await mainStepState({ 'audit-runner': 'true', policy: 'builtin:default' });
    const r = await runPost({ 'audit-runner': 'true', 'runner-root': join(machine, 'home', 'bob') }, state);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.summary).toContain('Runner audit after the job');
    expect(r.code).toBe(0);
  });

  it("without the main step's state, reads the policy input from the workspace and says so", async () => {
    const ws = makeRepo({
      '.github/ai-tooling-policy.yml':
        'version: 1\nrules:\n  - id: no-claude-at-all\n    tool: claude-code\n',
    });
    const r = await runAction({
      bundle: post,
      workspace: ws,
      event: 'push',
      payload: {},
      inputs: { 'audit-runner': 'true', 'runner-root': join(machine, 'home', 'bob', '.npm') },
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(r.code).toBe(1);
    expect(
      r.annotations.filter((a) => a.title === 'ai-tooling-gate runner audit: no-claude-at-all'),
    ).toHaveLength(2);
    expect(r.summary).toContain('handed over no policy');
  });

  it('fails closed on a bad input', async () => {
    const r = await runPost({ 'audit-runner': 'yes' }, {});
    expect(r.code).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/audit-runner must be true or false/);
  });
});
