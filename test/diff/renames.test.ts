import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFindings } from '../../src/diff/diff.js';
import { withExactRenames } from '../../src/diff/renames.js';
import { diffScan } from '../../src/gate/scan.js';
import { parsePolicyText } from '../../src/policy/load.js';
import type { Finding } from '../../src/policy/types.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { GitSource } from '../../src/sources/git.js';
import { gitChanges, parseNameStatus } from '../../src/sources/git-changes.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { pinsDetector } from '../helpers/pins-detector.js';

const CC = '@anthropic-ai/claude-code';

function finding(file: string, version: string): Finding {
  return {
    ruleId: 'r',
    action: 'fail',
    message: 'm',
    component: { ecosystem: 'npm', name: CC, version, purl: `pkg:npm/x@${version}` },
    location: { file, line: 1 },
    source: 'x',
  };
}

describe('classifyFindings with renames', () => {
  it('compares a moved file with its base path, and says where it moved from', () => {
    const base = [finding('old/p.txt', '2.1.100'), finding('a.txt', '2.1.150')];
    const head = [finding('new/p.txt', '2.1.100'), finding('a.txt', '2.1.150')];
    const out = classifyFindings(base, head, new Map([['new/p.txt', 'old/p.txt']]));
    expect(out.map((f) => [f.status, f.location.file, f.movedFrom])).toEqual([
      ['unchanged', 'new/p.txt', 'old/p.txt'],
      ['unchanged', 'a.txt', undefined],
    ]);
    // Without the pairing the move is an introduction and a removal.
    expect(classifyFindings(base, head).map((f) => f.status)).toEqual(['introduced', 'unchanged', 'removed']);
  });

  it('a moved file whose version changed is introduced; a second copy in it is introduced', () => {
    const renames = new Map([['new/p.txt', 'old/p.txt']]);
    const out = classifyFindings(
      [finding('old/p.txt', '2.1.100')],
      [finding('new/p.txt', '2.1.150'), finding('new/p.txt', '2.1.100'), finding('new/p.txt', '2.1.100')],
      renames,
    );
    expect(out.map((f) => `${f.status} ${f.component.version} ${f.location.file}`)).toEqual([
      'introduced 2.1.150 new/p.txt',
      'unchanged 2.1.100 new/p.txt',
      'introduced 2.1.100 new/p.txt',
    ]);
  });

  it('swapped files pair crosswise', () => {
    const out = classifyFindings(
      [finding('a', '2.1.100'), finding('b', '2.1.150')],
      [finding('a', '2.1.150'), finding('b', '2.1.100')],
      new Map([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    );
    expect(out.map((f) => `${f.status} ${f.location.file} <- ${f.movedFrom}`)).toEqual([
      'unchanged a <- b',
      'unchanged b <- a',
    ]);
  });
});

describe('parseNameStatus', () => {
  it('reads renames (old path first), copies, and single-path records', () => {
    const out = parseNameStatus(
      ['M', 'a.txt', 'R087', 'old/x', 'new/x', 'C100', 'src', 'copy', 'D', 'gone', 'A', 'new', ''].join('\0'),
    );
    expect(out.paths).toEqual(['a.txt', 'old/x', 'new/x', 'src', 'copy', 'gone', 'new']);
    expect([...out.renames]).toEqual([['new/x', 'old/x']]);
  });
});

/** A text git pairs only by similarity once edited: 40 distinct lines. */
const LONG = Array.from({ length: 40 }, (_, i) => `line ${i} of a long file\n`).join('');

describe('gitChanges', () => {
  it('pairs a move git sees: staged, unstaged (untracked new path), edited, and inside a folder', async () => {
    const root = makeRepo({ 'a/one.txt': LONG, 'a/two.txt': LONG + 'two\n', 'a/three.txt': LONG + '3\n' });
    const base = git(root, 'rev-parse', 'HEAD');
    git(root, 'mv', 'a/one.txt', 'a/uno.txt');
    renameSync(join(root, 'a/two.txt'), join(root, 'a/dos.txt'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b/tres.txt'), LONG + 'tres, edited\n');
    git(root, 'rm', '-q', 'a/three.txt');
    const all = await gitChanges(root, base, null);
    expect([...all.renames].sort()).toEqual([
      ['a/dos.txt', 'a/two.txt'],
      ['a/uno.txt', 'a/one.txt'],
      ['b/tres.txt', 'a/three.txt'],
    ]);
    expect([...all.changed].sort()).toEqual([
      'a/dos.txt',
      'a/one.txt',
      'a/three.txt',
      'a/two.txt',
      'a/uno.txt',
      'b/tres.txt',
    ]);
    // The repository's own index is not written: the unstaged move stays unstaged.
    expect(git(root, 'status', '--porcelain', '--', 'a/dos.txt')).toBe('?? a/dos.txt');
    // Inside a folder, only moves within it pair; one from outside is an addition.
    const inA = await gitChanges(root, base, null, 'a');
    expect([...inA.renames].sort()).toEqual([
      ['dos.txt', 'two.txt'],
      ['uno.txt', 'one.txt'],
    ]);
    expect(inA.changed.has('three.txt')).toBe(true);
  });

  it('between two commits, swapped files pair (git -B), and a copy does not', async () => {
    const other = Array.from({ length: 40 }, (_, i) => `other ${i} entirely\n`).join('');
    const root = makeRepo({ 'x.txt': LONG, 'y.txt': other });
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'x.txt'), other);
    writeFileSync(join(root, 'y.txt'), LONG);
    writeFileSync(join(root, 'z.txt'), LONG);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'swap');
    const head = git(root, 'rev-parse', 'HEAD');
    const c = await gitChanges(root, base, head);
    expect([...c.renames].sort()).toEqual([
      ['x.txt', 'y.txt'],
      ['y.txt', 'x.txt'],
    ]);
    expect(c.changed.has('z.txt')).toBe(true);
  });

  it('rejects what is not a commit id', async () => {
    await expect(gitChanges('/tmp', '--output=x', null)).rejects.toThrow('is not a commit id');
  });
});

describe('withExactRenames', () => {
  it('pairs a changed file with the base file whose content it now has, once; never a copy', async () => {
    const root = makeRepo({ 'a.txt': 'A\n', 'b.txt': 'B\n', 'c.txt': 'C\n' });
    const sha = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'a.txt'), 'B\n');
    writeFileSync(join(root, 'b.txt'), 'A\n');
    writeFileSync(join(root, 'd.txt'), 'C\n');
    writeFileSync(join(root, 'e.txt'), 'B\n');
    const base = new GitSource(root, sha);
    try {
      const out = await withExactRenames(
        base,
        new DirectorySource(root),
        ['a.txt', 'b.txt', 'd.txt', 'e.txt'],
        ['a.txt', 'b.txt', 'd.txt', 'e.txt'],
        new Map(),
        1024,
      );
      // c.txt is still there unchanged: d.txt is a copy. b.txt's old content pairs once.
      expect([...out].sort()).toEqual([
        ['a.txt', 'b.txt'],
        ['b.txt', 'a.txt'],
      ]);
    } finally {
      base.close();
    }
  });
});

describe('diffScan: a file moved with the error it had', () => {
  const policy = parsePolicyText(
    'p.yml',
    `version: 1\nrules:\n  - id: r\n    ecosystem: npm\n    package: "${CC}"\n`,
  );

  it('keeps the error unchanged (it warns); a new error in a moved file is introduced', async () => {
    const root = makeRepo({ 'old/pins.txt': `${CC}@2.1.100\nBROKEN\n`, 'x/pins.txt': 'a@1\n' });
    const sha = git(root, 'rev-parse', 'HEAD');
    git(root, 'mv', 'old', 'new');
    git(root, 'mv', 'x', 'y');
    writeFileSync(join(root, 'y/pins.txt'), 'a@1\nBROKEN\n');
    const { changed, renames } = await gitChanges(root, sha, null);
    const base = new GitSource(root, sha);
    try {
      const report = await diffScan(base, new DirectorySource(root), {
        policy,
        detectors: [pinsDetector()],
        changed,
        renames,
      });
      expect(report.errors.map((e) => `${e.status} ${e.file}`)).toEqual([
        'unchanged new/pins.txt',
        'introduced y/pins.txt',
      ]);
      expect(report.findings.map((f) => `${f.status} ${f.location.file} <- ${f.movedFrom}`)).toEqual([
        'unchanged new/pins.txt <- old/pins.txt',
      ]);
    } finally {
      base.close();
    }
  });
});
