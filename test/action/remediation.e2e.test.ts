// What a pull-request author sees, through dist/index.js as the runner runs it: what to do first
// (annotation, summary, comment), one row per installation (a package and its platform packages),
// pre-existing findings as pre-existing, fixed ones linked at the base commit, the advisory
// explained, `failed` counting what fails this gate, and `annotate: introduced`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisories } from '../../src/catalog/index.js';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { ACTION_BUNDLE } from '../helpers/bundles.js';
import { runAction } from './runner.js';

const CC = '@anthropic-ai/claude-code';
const advisory = advisories.find((a) => a.id === 'AITG-2026-0001')!;

/** A package-lock.json (v3) as npm writes it. */
function lockfile(deps: Record<string, string>): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (const [name, version] of Object.entries(deps))
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/x-${version}.tgz`,
      license: 'MIT',
    };
  return (
    JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) +
    '\n'
  );
}

let bundle: string;
let server: GitHubServer;
let ws: string;
let base: string;
let head: string;
beforeAll(async () => {
  bundle = ACTION_BUNDLE;
  // No policy file: builtin:default, whose advisory rule is the ban.
  // The pre-existing finding sits in the root lockfile, which the changed new/package-lock.json
  // reaches (a lockfile pins the manifests of its whole folder subtree, so the root one is re-read
  // with any lockfile below it): pull requests report pre-existing findings of reached files only.
  const origin = makeRepo({
    'package-lock.json': lockfile({ [CC]: '2.1.100' }),
    'gone/package-lock.json': lockfile({ 'left-pad': '1.3.0', [CC]: '2.1.120' }),
  });
  git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  mkdirSync(join(origin, 'new'));
  writeFileSync(
    join(origin, 'new/package-lock.json'),
    lockfile({ [CC]: '2.1.150', [`${CC}-darwin-arm64`]: '2.1.150', [`${CC}-linux-x64`]: '2.1.150' }),
  );
  git(origin, 'rm', '-q', 'gone/package-lock.json');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'feature');
  head = git(origin, 'rev-parse', 'HEAD');
  server = new GitHubServer('acme', 'app', origin);
  await server.start();
  ws = mkdtempSync(join(tmpdir(), 'aitg-ws-'));
  git(tmpdir(), 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, ws);
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

const payload = () => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
});

describe('the fix in every message', () => {
  it('annotation, summary and comment say what to do first; rows, statuses, links and counts are right', async () => {
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: payload(),
      apiUrl: server.url,
      sha: head,
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // Three findings fail this gate (the package and its two platform packages); the pre-existing
    // one does not.
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '3', introduced: '3' });

    const onNew = run.annotations.filter((a) => a.file === 'new/package-lock.json');
    expect(onNew.map((a) => a.level)).toEqual(['error', 'error', 'error']);
    for (const a of onNew)
      expect(a.message).toMatch(/^Upgrade @anthropic-ai\/claude-code(-[a-z0-9-]+)? to 2\.1\.198 or later\. /);
    expect(run.annotations.filter((a) => a.file === 'package-lock.json')).toMatchObject([
      { level: 'warning', message: expect.stringMatching(/^Upgrade .* \(already on the base branch\)$/) },
    ]);

    const s = run.summary;
    // One row for the installation, the fix in its first cell, both platform packages' lines linked.
    const rows = s
      .split('\n')
      .filter(
        (l) => l.includes('`new/package-lock.json`') || (l.startsWith('| Upgrade') && l.includes('| new |')),
      );
    const newRows = s.split('\n').filter((l) => l.startsWith('| ') && l.includes('| new |'));
    expect(newRows, s).toHaveLength(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(newRows[0]).toMatch(
      /^\| Upgrade @anthropic-ai\/claude-code to 2\.1\.198 or later\. \| new \| ❌ fails the gate \|/,
    );
    expect(newRows[0]).toContain('and 2 platform packages');
    expect(
      newRows[0]!.match(
        /\]\(https:\/\/github\.com\/acme\/app\/blob\/[0-9a-f]{40}\/new\/package-lock\.json#L\d+\)/g,
      ),
    ).toHaveLength(3);
    // The pre-existing one says so, and is not "fails the gate".
    const preRows = s.split('\n').filter((l) => l.includes('| pre-existing |'));
    expect(preRows).toHaveLength(1);
    expect(preRows[0]).toContain('⚠️ pre-existing (not failing this gate)');
    // The fixed one links to the base commit, where its line still is.
    const fixedRows = s.split('\n').filter((l) => l.includes('| fixed |'));
    expect(fixedRows).toHaveLength(1);
    expect(fixedRows[0]).toContain(`https://github.com/acme/app/blob/${base}/gone/package-lock.json#L`);
    expect(fixedRows[0]).not.toContain(head);
    // The advisory: title, description, link.
    expect(s).toContain('### Advisories');
    expect(s).toContain(`[${advisory.id}](${advisory.link}): ${advisory.title}`);
    expect(s).toContain(advisory.description.slice(0, 60));

    // The comment says the same.
    const body = server.comments.at(-1)!.body;
    expect(body).toContain('| Upgrade @anthropic-ai/claude-code to 2.1.198 or later. | new |');
    expect(body).toContain(`blob/${base}/gone/package-lock.json#L`);
    expect(body).toContain(advisory.link);

    // The JSON report carries the remediation of every finding.
    const { readFileSync } = await import('node:fs');
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as {
      findings: { status: string; remediation?: { version: string } }[];
    };
    for (const f of report.findings) expect(f.remediation?.version, f.status).toBe('2.1.198');
  });

  it('annotate: introduced leaves unchanged files without annotations; the summary still lists them', async () => {
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: payload(),
      apiUrl: server.url,
      sha: head,
      inputs: { annotate: 'introduced', comment: 'never' },
    });
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.file === 'package-lock.json')).toEqual([]);
    expect(run.annotations.filter((a) => a.file === 'new/package-lock.json')).toHaveLength(3);
    expect(run.summary).toContain('| pre-existing |');
    const bad = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: payload(),
      apiUrl: server.url,
      sha: head,
      inputs: { annotate: 'some', comment: 'never' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('input annotate must be one of all, introduced, not "some"');
  });

  it('fail-on any: the pre-existing finding fails this gate too, and `failed` counts it', async () => {
    const run = await runAction({
      bundle,
      workspace: ws,
      event: 'pull_request',
      payload: payload(),
      apiUrl: server.url,
      sha: head,
      inputs: { 'fail-on': 'any', comment: 'never' },
    });
    expect(run.outputs).toMatchObject({ result: 'fail', failed: '4' });
    expect(
      run.summary.split('\n').filter((l) => l.includes('| pre-existing | ❌ fails the gate |')),
    ).toHaveLength(1);
  });
});
