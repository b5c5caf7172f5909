import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { validSarif } from '../helpers/sarif-schema.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('scan --base', () => {
  it('needs DIR to be a git work tree (exit 2)', async () => {
    const dir = makeTree({ 'a.txt': 'x' });
    const r = await cli(['scan', dir, '--base', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--base needs DIR to be a git work tree; ${dir} is not one`);
  });

  it('rejects a ref that is not a commit (exit 2), including option-like refs', async () => {
    const dir = makeRepo({ 'a.txt': 'x' });
    expect((await cli(['scan', dir, '--base', 'no-such-branch'])).code).toBe(2);
    const r = await cli(['scan', dir, '--base=--output=/tmp/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a git revision');
  });

  it('writes a diff-mode JSON, SARIF and Markdown report', async () => {
    const dir = makeRepo({ 'a.txt': 'x' });
    const json = await cli(['scan', dir, '--base', 'HEAD', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      mode: 'diff',
      findings: [],
      summary: { introduced: 0, removed: 0 },
    });
    const sarif = await cli([
      'scan',
      dir,
      '--base',
      'HEAD',
      '--format',
      'sarif',
      '--output',
      join(dir, 'out.sarif'),
    ]);
    expect(sarif.code).toBe(0);
    expect(validSarif(readFileSync(join(dir, 'out.sarif'), 'utf8'))).toMatchObject({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'ai-tooling-gate' } }, results: [] }],
    });
    const md = await cli(['scan', dir, '--base', 'HEAD', '--format', 'markdown']);
    expect(md.stdout).toContain('## ✅ ai-tooling-gate: passed');
  });

  it('reads the policy from the base commit and notes a change in the working tree', async () => {
    const dir = makeRepo({ '.github/ai-tooling-policy.yml': 'version: 1\nrules: []\n' });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, '.github/ai-tooling-policy.yml'),
      'version: 1\nrules:\n  - id: extra\n    ecosystem: npm\n    package: x\n',
    );
    const r = await cli(['scan', dir, '--base', 'HEAD', '--format', 'json']);
    const report = JSON.parse(r.stdout) as {
      notices: { kind: string; message: string }[];
      policy: { sources: string[] };
    };
    // The built-in advisories are the floor under the repository's policy.
    expect(report.policy.sources).toEqual(['builtin:advisories', '.github/ai-tooling-policy.yml']);
    expect(report.notices).toEqual([
      {
        kind: 'policy-changed',
        message:
          'this change edits the policy .github/ai-tooling-policy.yml; this run judges it by the policy of the base commit, and the change takes effect after merge (rules added: extra)',
        origin: { file: '.github/ai-tooling-policy.yml', line: 1, column: 1 },
      },
    ]);
  });
  it('says how many unchanged files it did not parse and points to the audit, in text, JSON and Markdown', async () => {
    const lock = (name: string) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: { '': {}, [`node_modules/${name}`]: { version: '1.0.0' } },
      });
    const dir = makeRepo({
      'a/package-lock.json': lock('left-pad'),
      'b/package-lock.json': lock('is-number'),
    });
    const text = await cli(['scan', dir, '--base', 'HEAD']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '2 files scanned (2 unchanged, not reached by the change, not parsed: an audit reports findings already there), 0 components',
    );
    const json = await cli(['scan', dir, '--base', 'HEAD', '--format', 'json']);
    expect(JSON.parse(json.stdout).summary).toMatchObject({
      filesScanned: 2,
      components: 0,
      unchangedNotParsed: 2,
    });
    const md = await cli(['scan', dir, '--base', 'HEAD', '--format', 'markdown']);
    expect(md.stdout).toContain(
      '2 unchanged files of the 2 are not reached by this change and not parsed: findings already in them are not re-evaluated here; an audit',
    );
    const audit = await cli(['scan', dir, '--format', 'json']);
    expect(JSON.parse(audit.stdout).summary).toEqual({
      filesScanned: 2,
      components: 2,
      failed: 0,
      warned: 0,
      passed: 0,
    });
  });
});

describe('scan --base: a change behind a symlink', () => {
  it('is introduced, though git lists only the link target as changed', async () => {
    const lock = (entries: Record<string, string>) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: Object.fromEntries([
          ['', {}],
          ...Object.entries(entries).map(([n, v]) => [`node_modules/${n}`, { version: v }]),
        ]),
      });
    const dir = makeRepo({ 'data/lock.txt': lock({ 'left-pad': '1.3.0' }) });
    symlinkSync('data/lock.txt', join(dir, 'package-lock.json'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'link');
    writeFileSync(
      join(dir, 'data/lock.txt'),
      lock({ 'left-pad': '1.3.0', '@anthropic-ai/claude-code': '2.1.100' }),
    );
    const r = await cli(['scan', dir, '--base', 'HEAD', '--offline', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(
      report.findings.map((f: { location: { file: string }; status: string }) => [f.location.file, f.status]),
    ).toEqual([['package-lock.json', 'introduced']]);
    expect(r.code).toBe(1);
  });
  it('makes a file behind the link that no longer parses an introduced error', async () => {
    const dir = makeRepo({ 'data/lock.txt': '{"lockfileVersion":3,"packages":{"":{}}}' });
    symlinkSync('data/lock.txt', join(dir, 'package-lock.json'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'link');
    writeFileSync(
      join(dir, 'data/lock.txt'),
      '{"lockfileVersion":3,"packages":{"node_modules/@anthropic-ai/claude-code":',
    );
    const r = await cli(['scan', dir, '--base', 'HEAD', '--offline', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.errors.map((e: { file: string; status: string }) => [e.file, e.status])).toEqual([
      ['package-lock.json', 'introduced'],
    ]);
    expect(r.code).toBe(1);
  });
});
