import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFindings, diffInventory } from '../../src/diff/diff.js';
import { policyChangeNotice } from '../../src/policy/change.js';
import { parsePolicyText } from '../../src/policy/load.js';
import type { Finding } from '../../src/policy/types.js';
import { verdictOf } from '../../src/gate/report.js';
import { diffScan } from '../../src/gate/scan.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { GitSource } from '../../src/sources/git.js';
import { gitChanges } from '../../src/sources/git-changes.js';

const workTreeChanges = async (top: string, base: string, prefix = ''): Promise<Set<string>> =>
  (await gitChanges(top, base, null, prefix)).changed;
import { git, makeRepo } from '../helpers/tmp.js';
import { pinsDetector } from '../helpers/pins-detector.js';

const policy = parsePolicyText(
  'policy.yml',
  [
    'version: 1',
    'rules:',
    '  - id: no-claude-code',
    '    ecosystem: npm',
    '    package: "@anthropic-ai/claude-code"',
    '    versions: ">=2.1.91 <2.1.198"',
    '  - id: codex-warn',
    '    ecosystem: npm',
    '    package: "@openai/codex"',
    '    action: warn',
  ].join('\n'),
);

function finding(ruleId: string, name: string, version: string, file: string, line: number): Finding {
  return {
    ruleId,
    action: 'fail',
    message: `${name} ${version}`,
    component: { ecosystem: 'npm', name, version, purl: `pkg:npm/${name}@${version}` },
    location: { file, line },
    source: 'pins.txt',
  };
}

function commit(root: string, files: Record<string, string | null>, message = 'change'): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    if (content === null) git(root, 'rm', '-q', '--', path);
    else {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, content);
    }
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

describe('classifyFindings', () => {
  it('matches by rule, carrier, version and file, never by line', () => {
    const base = [finding('r', 'a', '1.0.0', 'x/pins.txt', 3), finding('r', 'b', '1.0.0', 'x/pins.txt', 4)];
    const head = [
      finding('r', 'a', '1.0.0', 'x/pins.txt', 10), // moved: unchanged
      finding('r', 'b', '2.0.0', 'x/pins.txt', 4), // bumped: introduced
      finding('r', 'a', '1.0.0', 'y/pins.txt', 1), // same carrier in another file: introduced
    ];
    const out = classifyFindings(base, head);
    expect(
      out.map(
        (f) => `${f.status} ${f.component.name}@${f.component.version} ${f.location.file}:${f.location.line}`,
      ),
    ).toEqual([
      'unchanged a@1.0.0 x/pins.txt:10',
      'introduced b@2.0.0 x/pins.txt:4',
      'introduced a@1.0.0 y/pins.txt:1',
      'removed b@1.0.0 x/pins.txt:4',
    ]);
  });

  it('counts identities: a second copy in the same file is introduced', () => {
    const base = [finding('r', 'a', '1.0.0', 'pins.txt', 1)];
    const head = [finding('r', 'a', '1.0.0', 'pins.txt', 1), finding('r', 'a', '1.0.0', 'pins.txt', 2)];
    expect(classifyFindings(base, head).map((f) => f.status)).toEqual(['unchanged', 'introduced']);
  });

  it('treats unknown versions by the spec written', () => {
    const a = {
      ...finding('r', 'a', '1.0.0', 'pins.txt', 1),
      component: { ecosystem: 'npm' as const, name: 'a', version: null, spec: '^1.0.0', purl: 'pkg:npm/a' },
    };
    const b = { ...a, component: { ...a.component, spec: 'latest' } };
    expect(classifyFindings([a], [b]).map((f) => f.status)).toEqual(['introduced', 'removed']);
    expect(classifyFindings([a], [a]).map((f) => f.status)).toEqual(['unchanged']);
  });
});

describe('diffInventory over git commits', () => {
  it('parses unchanged files once and re-reads a file at base only when it or a file it read changed', async () => {
    const root = makeRepo({
      'a/pins.txt': 'left@1.0.0\n',
      'b/pins.txt': '-r shared.txt\n',
      'c/pins.txt': 'steady@1.0.0\n',
      'shared.txt': 'inc@1.0.0\n',
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, {
      'a/pins.txt': 'left@2.0.0\n',
      'shared.txt': 'inc@2.0.0\n',
      'd/pins.txt': 'new@1.0.0\n',
    });
    const calls: string[] = [];
    const baseSource = new GitSource(root, base);
    const headSource = new GitSource(root, head);
    const d = await diffInventory(baseSource, headSource, { detectors: [pinsDetector(calls)] });
    baseSource.close();
    headSource.close();
    expect(d.dirty).toEqual(['a/pins.txt', 'b/pins.txt', 'd/pins.txt']);
    expect(calls.filter((c) => c === 'c/pins.txt')).toHaveLength(1);
    expect(calls.filter((c) => c === 'a/pins.txt')).toHaveLength(2);
    expect(calls.filter((c) => c === 'b/pins.txt')).toHaveLength(2);
    expect(d.baseComponents.map((c) => `${c.location.file} ${c.name}@${c.version}`).sort()).toEqual([
      'a/pins.txt left@1.0.0',
      'b/pins.txt inc@1.0.0',
      'c/pins.txt steady@1.0.0',
    ]);
    expect(d.head.components.map((c) => `${c.location.file} ${c.name}@${c.version}`)).toEqual([
      'a/pins.txt left@2.0.0',
      'b/pins.txt inc@2.0.0',
      'c/pins.txt steady@1.0.0',
      'd/pins.txt new@1.0.0',
    ]);
  });

  it('uses a known list of changed paths instead of comparing trees', async () => {
    const root = makeRepo({ 'a/pins.txt': 'x@1.0.0\n', 'b/pins.txt': 'y@1.0.0\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'a/pins.txt': 'x@2.0.0\n', 'b/pins.txt': null });
    const calls: string[] = [];
    const d = await diffInventory(new GitSource(root, base), new GitSource(root, head), {
      detectors: [pinsDetector(calls)],
      changed: new Set(['a/pins.txt', 'b/pins.txt']),
    });
    expect(d.baseComponents.map((c) => `${c.location.file} ${c.name}@${c.version}`)).toEqual([
      'a/pins.txt x@1.0.0',
      'b/pins.txt y@1.0.0',
    ]);
    expect(d.baseFilesScanned).toBe(2);
  });

  it('marks errors in changed files introduced and in unchanged files unchanged', async () => {
    const root = makeRepo({ 'old/pins.txt': 'BROKEN\n', 'new/pins.txt': 'ok@1.0.0\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'new/pins.txt': 'ok@1.0.0\nBROKEN\n' });
    const d = await diffInventory(new GitSource(root, base), new GitSource(root, head), {
      detectors: [pinsDetector()],
    });
    expect(d.headErrors).toEqual([
      { file: 'new/pins.txt', line: 2, message: 'cannot parse line', status: 'introduced' },
      { file: 'old/pins.txt', line: 1, message: 'cannot parse line', status: 'unchanged' },
    ]);
  });
});

describe('diffScan', () => {
  it('fails exactly on an introduced banned version, warns on pre-existing ones, lists fixed ones', async () => {
    const root = makeRepo({
      'app/pins.txt': '@anthropic-ai/claude-code@2.1.90\n',
      'legacy/pins.txt': '@anthropic-ai/claude-code@2.1.100\n',
      'gone/pins.txt': '@anthropic-ai/claude-code@2.1.95\n',
    });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, {
      'app/pins.txt': '# bumped\n@anthropic-ai/claude-code@2.1.100\n@openai/codex@0.1.0\n',
      'gone/pins.txt': null,
    });
    const report = await diffScan(new GitSource(root, base), new GitSource(root, head), {
      policy,
      detectors: [pinsDetector()],
    });
    expect(report.mode).toBe('diff');
    expect(
      report.findings.map(
        (f) =>
          `${f.status} ${f.action} ${f.location.file}:${f.location.line} ${f.component.name}@${f.component.version}`,
      ),
    ).toEqual([
      'introduced fail app/pins.txt:2 @anthropic-ai/claude-code@2.1.100',
      'introduced warn app/pins.txt:3 @openai/codex@0.1.0',
      'unchanged fail legacy/pins.txt:1 @anthropic-ai/claude-code@2.1.100',
      'removed fail gone/pins.txt:1 @anthropic-ai/claude-code@2.1.95',
    ]);
    expect(report.summary).toMatchObject({ failed: 2, warned: 1, introduced: 2, removed: 1 });
    expect(verdictOf(report, 'introduced').fails).toBe(true);
    expect(verdictOf(report, 'never').fails).toBe(false);
  });

  it('passes a change that only moves a banned entry, under fail-on introduced, and fails it under any', async () => {
    const root = makeRepo({ 'pins.txt': '@anthropic-ai/claude-code@2.1.100\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    const head = commit(root, { 'pins.txt': 'a@1.0.0\nb@1.0.0\n@anthropic-ai/claude-code@2.1.100\n' });
    const report = await diffScan(new GitSource(root, base), new GitSource(root, head), {
      policy,
      detectors: [pinsDetector()],
    });
    expect(report.findings.map((f) => f.status)).toEqual(['unchanged']);
    expect(verdictOf(report, 'introduced').fails).toBe(false);
    expect(verdictOf(report, 'any').fails).toBe(true);
  });

  it('an error in a changed file fails the gate; in an unchanged file it only warns (fail-on introduced)', async () => {
    const root = makeRepo({ 'old/pins.txt': 'BROKEN\n', 'new/pins.txt': 'a@1.0.0\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    const clean = commit(root, { 'new/pins.txt': 'a@2.0.0\n' });
    const r1 = await diffScan(new GitSource(root, base), new GitSource(root, clean), {
      policy,
      detectors: [pinsDetector()],
    });
    expect(verdictOf(r1, 'introduced').fails).toBe(false);
    expect(verdictOf(r1, 'any').fails).toBe(true);
    const broken = commit(root, { 'new/pins.txt': 'BROKEN\n' });
    const r2 = await diffScan(new GitSource(root, base), new GitSource(root, broken), {
      policy,
      detectors: [pinsDetector()],
    });
    expect(verdictOf(r2, 'introduced').fails).toBe(true);
  });

  it('lists work-tree changes against a commit: modified, deleted, untracked, in a subfolder', async () => {
    const root = makeRepo({
      'a/pins.txt': 'x@1\n',
      'a/gone.txt': 'g\n',
      'b/pins.txt': 'y@1\n',
      '.gitignore': 'ignored/\n',
    });
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'a/pins.txt'), 'x@2\n');
    git(root, 'rm', '-q', 'a/gone.txt');
    mkdirSync(join(root, 'a/new'), { recursive: true });
    writeFileSync(join(root, 'a/new/pins.txt'), 'z@1\n');
    mkdirSync(join(root, 'ignored'));
    writeFileSync(join(root, 'ignored/pins.txt'), 'i@1\n');
    expect([...(await workTreeChanges(root, base))].sort()).toEqual([
      'a/gone.txt',
      'a/new/pins.txt',
      'a/pins.txt',
    ]);
    expect([...(await workTreeChanges(root, base, 'a'))].sort()).toEqual([
      'gone.txt',
      'new/pins.txt',
      'pins.txt',
    ]);
  });

  it('compares files read through readFile even when the change list does not name them (ignored .env)', async () => {
    const root = makeRepo({ 'pins.txt': '-r local.txt\n', '.gitignore': 'local.txt\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'local.txt'), '@anthropic-ai/claude-code@2.1.150\n');
    const changed = await workTreeChanges(root, base);
    expect([...changed]).toEqual([]);
    const report = await diffScan(new GitSource(root, base), new DirectorySource(root), {
      policy,
      detectors: [pinsDetector()],
      changed,
    });
    expect(report.findings.map((f) => `${f.status} ${f.component.name}@${f.component.version}`)).toEqual([
      'introduced @anthropic-ai/claude-code@2.1.150',
    ]);
  });

  it('compares a commit with the working tree (the CLI --base case)', async () => {
    const root = makeRepo({ 'pins.txt': 'a@1.0.0\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'pins.txt'), '@anthropic-ai/claude-code@2.1.150\n');
    const report = await diffScan(new GitSource(root, base), new DirectorySource(root), {
      policy,
      detectors: [pinsDetector()],
    });
    expect(report.findings.map((f) => f.status)).toEqual(['introduced']);
  });
});

describe('GitSource', () => {
  it('lists blobs of a commit, follows symlinks inside the tree and refuses links out of it', async () => {
    const root = makeRepo({ 'a/pins.txt': 'x@1.0.0\n', 'big/pins.txt': 'y'.repeat(100) });
    symlinkSync('../a/pins.txt', join(root, 'big/link.txt'));
    symlinkSync('../../etc/passwd', join(root, 'a/out.txt'));
    symlinkSync('loop2.txt', join(root, 'loop1.txt'));
    symlinkSync('loop1.txt', join(root, 'loop2.txt'));
    mkdirSync(join(root, 'node_modules/x'), { recursive: true });
    writeFileSync(join(root, 'node_modules/x/pins.txt'), 'hidden@1\n');
    git(root, 'add', '-A', '-f');
    git(root, 'commit', '-q', '-m', 'links');
    const src = new GitSource(root, 'HEAD');
    expect(await src.list()).toEqual([
      'a/out.txt',
      'a/pins.txt',
      'big/link.txt',
      'big/pins.txt',
      'loop1.txt',
      'loop2.txt',
    ]);
    expect(new TextDecoder().decode((await src.read('big/link.txt', 1000))!)).toBe('x@1.0.0\n');
    await expect(src.read('a/out.txt', 1000)).rejects.toThrow(
      'symlink points outside the scanned directory; not followed',
    );
    await expect(src.read('loop1.txt', 1000)).rejects.toThrow('symlink loop');
    await expect(src.read('big/pins.txt', 50)).rejects.toThrow(
      'file is 100 bytes, over the limit of 50 bytes',
    );
    expect(await src.read('missing.txt', 1000)).toBeNull();
    const sub = new GitSource(root, 'HEAD', 'a');
    expect(await sub.list()).toEqual(['out.txt', 'pins.txt']);
    await expect(sub.read('out.txt', 1000)).rejects.toThrow('symlink points outside');
    // Many reads in flight share one cat-file process and come back in order.
    const many = await Promise.all(
      Array.from({ length: 50 }, (_, i) => src.read(i % 2 ? 'a/pins.txt' : 'big/pins.txt', 1000)),
    );
    expect(many.map((b) => b!.length)).toEqual(Array.from({ length: 50 }, (_, i) => (i % 2 ? 8 : 100)));
    src.close();
    sub.close();
  });

  it('reports a commit that does not exist', async () => {
    const root = makeRepo({ 'pins.txt': 'a@1\n' });
    const src = new GitSource(root, '0123456789012345678901234567890123456789');
    await expect(src.list()).rejects.toThrow(
      /cannot list the tree of 0123456789012345678901234567890123456789/,
    );
  });
});

describe('policyChangeNotice', () => {
  it('names the rules a policy change would add, remove and change', () => {
    const after = parsePolicyText(
      'p.yml',
      'version: 1\nrules:\n  - id: no-claude-code\n    ecosystem: npm\n    package: "@anthropic-ai/claude-code"\n  - id: extra\n    ecosystem: npm\n    package: x\n',
    );
    const notice = policyChangeNotice('.github/ai-tooling-policy.yml', policy, after);
    expect(notice.message).toBe(
      'this change edits the policy .github/ai-tooling-policy.yml; this run judges it by the policy of the base commit, and the change takes effect after merge (rules added: extra; rules removed: codex-warn; rules changed: no-claude-code). After merge it weakens the policy: removes rule codex-warn',
    );
    // no-claude-code now covers every version: wider, so not a weakening; the removed rule is.
    expect(notice.severity).toBe('error');
    expect(notice.weakens).toEqual(['removes rule codex-warn']);
  });
});

describe('unreadable files across commits', () => {
  it('the same link out of the tree on both sides warns; a new one fails closed', async () => {
    const root = makeRepo({ 'a/pins.txt': 'x@1.0.0\n' });
    mkdirSync(join(root, 'b'));
    symlinkSync('../../outside/pins.txt', join(root, 'b/pins.txt'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'link');
    const base = git(root, 'rev-parse', 'HEAD');
    mkdirSync(join(root, 'c'));
    symlinkSync('../../elsewhere/pins.txt', join(root, 'c/pins.txt'));
    const head = commit(root, { 'a/pins.txt': 'x@2.0.0\n' });
    const sides = [
      { head: new GitSource(root, head) },
      { head: new DirectorySource(root), changed: await workTreeChanges(root, base) },
    ];
    for (const { head: headSource, changed } of sides) {
      const d = await diffInventory(new GitSource(root, base), headSource, {
        detectors: [pinsDetector()],
        ...(changed ? { changed } : {}),
      });
      // A dangling link out of the tree: git reports where it points, the disk that it is dangling.
      expect(d.headErrors.map((e) => `${e.status} ${e.file}`)).toEqual([
        'unchanged b/pins.txt',
        'introduced c/pins.txt',
      ]);
      expect(d.headErrors[0]!.message).toMatch(
        /^symlink (points outside the scanned directory; not followed|to a file that does not exist)$/,
      );
    }
  });
});
