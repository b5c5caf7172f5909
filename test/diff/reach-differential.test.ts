// Diff mode parses only what a change reaches; over every fixture folder, pairs built from it (a
// file rewritten, deleted, copied, moved, given a banned Claude Code) are judged that way and by
// the full evaluation, under several policies: the verdict and the introduced findings and errors
// must be the same. The shared corpus gets the same check in test/corpus/reach-differential.test.ts.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffInventory } from '../../src/diff/diff.js';
import { GitSource } from '../../src/sources/git.js';
import { projectRoot } from '../helpers/bundles.js';
import {
  comparePair,
  compareMutations,
  differentialPolicies,
  filesUnder,
} from '../helpers/reach-differential.js';
import { git, makeRepo } from '../helpers/tmp.js';

const FIXTURES = join(projectRoot, 'test', 'fixtures');

describe('diff mode reach: the same verdict and introduced findings as the full evaluation', () => {
  for (const folder of readdirSync(FIXTURES).sort()) {
    it(`test/fixtures/${folder}`, { timeout: 300_000 }, async () => {
      const results = await compareMutations(
        filesUnder(join(FIXTURES, folder)),
        folder,
        await differentialPolicies(),
      );
      for (const r of results) expect(r.reached, `${r.name} under ${r.policy}`).toEqual(r.full);
      // The check is not vacuous: some pair introduces a finding, and some leaves files unparsed.
      if (folder === 'lockfiles' || folder === 'npm') {
        expect(results.some((r) => r.full.findings.length > 0)).toBe(true);
        expect(results.some((r) => r.notParsed > 0)).toBe(true);
      }
    });
  }
});

describe('diff mode reach: files a changed caller runs', () => {
  it('a self-contained file (setup.py) that a changed script runs is read after all, and judged as the full evaluation judges it', async () => {
    const root = makeRepo({
      'setup.py': 'from setuptools import setup\nsetup(name="x", install_requires=["requests==2.0.0"])\n',
      'run.sh': '#!/bin/bash\necho hi\n',
      'other/setup.py':
        'from setuptools import setup\nsetup(name="y", install_requires=["requests==2.0.0"])\n',
    });
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'run.sh'), '#!/bin/bash\nbash ./setup.py 1.0\n');
    git(root, 'commit', '-q', '-am', 'run setup.py');
    const head = git(root, 'rev-parse', 'HEAD');
    const b = new GitSource(root, base);
    const h = new GitSource(root, head);
    try {
      const d = await diffInventory(b, h, {});
      // setup.py is run by the changed run.sh: read and parsed; other/setup.py is not reached.
      expect(d.head.byFile.get('setup.py')?.notParsed).toBeUndefined();
      expect(d.head.byFile.get('setup.py')?.standalone?.length).toBe(1);
      expect(d.head.byFile.get('other/setup.py')?.notParsed).toBe(true);
      expect(d.notParsed).toBe(1);
    } finally {
      b.close();
      h.close();
    }
    for (const r of await comparePair(root, base, head, 'setup.py run', await differentialPolicies()))
      expect(r.reached, `${r.name} under ${r.policy}`).toEqual(r.full);
  });
});

describe('diff mode reach: symbolic links', () => {
  it('a linked lockfile whose target changed is read, though the change list names only the target', async () => {
    const lock = (version: string) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': {},
          'node_modules/@anthropic-ai/claude-code': {
            version,
            resolved: `https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-${version}.tgz`,
          },
        },
      }) + '\n';
    const root = makeRepo({ 'a/package-lock.json': lock('2.1.50'), 'c/package-lock.json': lock('2.1.50') });
    symlinkSync('../a/package-lock.json', join(root, 'b-lock.json'));
    mkdirSync(join(root, 'b'));
    symlinkSync('../a/package-lock.json', join(root, 'b', 'package-lock.json'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'link');
    const base = git(root, 'rev-parse', 'HEAD');
    writeFileSync(join(root, 'a/package-lock.json'), lock('2.1.150'));
    git(root, 'commit', '-q', '-am', 'banned version');
    const head = git(root, 'rev-parse', 'HEAD');
    const results = await comparePair(root, base, head, 'linked lockfile', await differentialPolicies());
    for (const r of results) expect(r.reached, `${r.name} under ${r.policy}`).toEqual(r.full);
    const introducedFiles = results[0]!.reached.findings.map((f) => (JSON.parse(f) as unknown[])[6]);
    expect(introducedFiles).toEqual(['a/package-lock.json', 'b/package-lock.json']);
    // c is a plain file the change does not reach.
    expect(results[0]!.notParsed).toBe(1);
  });
});
