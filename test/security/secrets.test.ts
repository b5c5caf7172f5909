// Credentials never leak: the CLI and action bundles scan a repository whose `.npmrc` holds a
// registry token, with GITHUB_TOKEN and the action's token input set, resolve versions against a
// real registry (verdaccio on 127.0.0.1) that needs the token, and no output (stdout, stderr, the
// report file, the step outputs and summary) contains any of the secret values.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTree } from '../helpers/tmp.js';
import { CLI, projectRoot, STACK_TRACE } from '../hostile/helpers.js';

const CC = '@anthropic-ai/claude-code';
const ACTION = join(projectRoot, 'dist', 'index.js');
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry({ authRequired: ['@anthropic-ai/*'] });
  await registry.publish(CC, '2.1.90', ['latest', 'stable']);
  await registry.publish(CC, '2.1.150');
});
afterAll(async () => {
  await registry?.close();
});

const alnum = (n: number) =>
  Array.from(
    randomBytes(n),
    (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[b % 62],
  ).join('');

function repoWith(npmrc: string): string {
  return makeTree(
    {
      'package.json': '{\n  "scripts": {\n    "agent": "npx -y @anthropic-ai/claude-code@latest"\n  }\n}\n',
      Dockerfile: 'FROM node:24-slim\nRUN npm install -g @anthropic-ai/claude-code@stable\n',
      '.npmrc': npmrc,
    },
    'aitg-secrets-',
  );
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'aitg-home-'));
  writeFileSync(join(home, '.npmrc'), '');
  return { PATH: process.env.PATH, HOME: home, NPM_CONFIG_USERCONFIG: join(home, '.npmrc'), ...extra };
}

/** Runs a bundle without blocking this process (verdaccio answers from inside it). */
function run(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file, ...args],
      { encoding: 'utf8', env, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ status: code, out: stdout + stderr });
      },
    );
  });
}

/** Every file under a folder (the action writes its reports into a folder of RUNNER_TEMP). */
function allText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? allText(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n');
}

describe('secrets stay secret', () => {
  it('CLI scan and inventory, resolving with the .npmrc token, print and write no secret', async () => {
    const githubToken = `ghp_${alnum(36)}`;
    const host = `127.0.0.1:${registry.port}`;
    const secrets = [githubToken, registry.token];
    const out = mkdtempSync(join(tmpdir(), 'aitg-secrets-out-'));
    // A literal token in the repository's .npmrc and one taken from the environment.
    const literal = repoWith(`registry=${registry.url}\n//${host}/:_authToken=${registry.token}\n`);
    const fromEnv = repoWith(`registry=${registry.url}\n//${host}/:_authToken=\${NPM_TOKEN}\n`);
    const env = cleanEnv({ GITHUB_TOKEN: githubToken, NPM_TOKEN: registry.token, INPUT_TOKEN: githubToken });
    const outputs: string[] = [];
    for (const [i, repo] of [literal, fromEnv].entries()) {
      const scan = await run(
        CLI,
        ['scan', repo, '--format', 'json', '--output', join(out, `scan${i}.json`)],
        env,
      );
      const text = await run(CLI, ['scan', repo], env);
      const inv = await run(CLI, ['inventory', repo, '--format', 'json'], env);
      expect(scan.out).not.toMatch(STACK_TRACE);
      outputs.push(scan.out, text.out, inv.out);
      // The token was needed and used: the versions were resolved.
      const report = JSON.parse(inv.out) as {
        components: { version: string | null; versionNote?: string }[];
      };
      expect(report.components.map((c) => c.version).sort()).toEqual(['2.1.150', '2.1.90']);
    }
    // A rejected token and a password in the registry URL: the failure messages name neither.
    const wrong = `npm_${alnum(36)}`;
    const password = `pw${alnum(20)}`;
    secrets.push(wrong, password, Buffer.from(`user:${password}`).toString('base64'));
    const rejected = repoWith(`registry=${registry.url}\n//${host}/:_authToken=${wrong}\n`);
    const inUrl = repoWith(`registry=http://user:${password}@${host}/\n`);
    for (const repo of [rejected, inUrl]) {
      const inv = await run(CLI, ['inventory', repo, '--format', 'json'], env);
      const report = JSON.parse(inv.out) as {
        components: { version: string | null; versionNote?: string }[];
      };
      expect(
        report.components.every((c) => c.version === null && /not resolved/.test(c.versionNote ?? '')),
      ).toBe(true);
      outputs.push(inv.out, (await run(CLI, ['scan', repo], env)).out);
    }
    const everything = outputs.join('\n') + allText(out);
    for (const s of secrets) expect(everything).not.toContain(s);
  });

  it('the action bundle writes no secret to its log, outputs, summary or report', async () => {
    const githubToken = `ghp_${alnum(36)}`;
    const host = `127.0.0.1:${registry.port}`;
    const repo = repoWith(`registry=${registry.url}\n//${host}/:_authToken=${registry.token}\n`);
    const runnerTemp = mkdtempSync(join(tmpdir(), 'aitg-runner-'));
    const outputFile = join(runnerTemp, 'output');
    const summaryFile = join(runnerTemp, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const event = join(runnerTemp, 'event.json');
    writeFileSync(event, '{}');
    const env = cleanEnv({
      GITHUB_TOKEN: githubToken,
      INPUT_TOKEN: githubToken,
      'INPUT_FAIL-ON': 'any',
      INPUT_MODE: 'audit',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_SHA: '0'.repeat(40),
      RUNNER_TEMP: runnerTemp,
    });
    const r = await run(ACTION, [], env);
    expect(r.out).not.toMatch(STACK_TRACE);
    const outputs = readFileSync(outputFile, 'utf8');
    expect(outputs).toContain('report-file');
    const everything = r.out + allText(runnerTemp);
    for (const s of [githubToken, registry.token]) expect(everything).not.toContain(s);
  });
});
