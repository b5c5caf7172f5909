// The shared corpus under diff mode's reach (see test/diff/reach-differential.test.ts): every
// lockfile folder, the devcontainers and every evasion case, as base trees of built pull requests,
// and the corpus's own pull requests (`pr.sh`): the verdict and the introduced findings and errors
// of a scan that parses only what the change reaches equal the full evaluation's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import {
  comparePair,
  compareMutations,
  differentialPolicies,
  filesUnder,
} from '../helpers/reach-differential.js';
import { git } from '../helpers/tmp.js';

const CORPUS = [join(projectRoot, '..', 'shared'), join(projectRoot, '..', '..', 'shared')]
  .map((s) => join(s, 'corpus'))
  .find((p) => existsSync(p));
if (!CORPUS) console.warn('reach differential over the shared corpus skipped: ../shared/corpus is absent');

const trees: string[] = [];
if (CORPUS) {
  for (const f of readdirSync(join(CORPUS, 'lockfiles'), { withFileTypes: true }))
    if (f.isDirectory()) trees.push(join('lockfiles', f.name));
  trees.push('devcontainers');
  for (const f of readdirSync(join(CORPUS, 'evasion'), { withFileTypes: true }))
    if (f.isDirectory() && !existsSync(join(CORPUS, 'evasion', f.name, 'pr.sh')))
      trees.push(join('evasion', f.name));
}
const prCases = CORPUS
  ? readdirSync(join(CORPUS, 'evasion')).filter((d) => existsSync(join(CORPUS, 'evasion', d, 'pr.sh')))
  : [];

describe.skipIf(!CORPUS)('diff mode reach over the shared corpus', () => {
  for (const tree of trees) {
    it(tree, { timeout: 600_000 }, async () => {
      const results = await compareMutations(
        filesUnder(join(CORPUS!, tree)),
        tree,
        await differentialPolicies(),
      );
      for (const r of results) expect(r.reached, `${r.name} under ${r.policy}`).toEqual(r.full);
    });
  }
  for (const c of prCases) {
    it(`evasion/${c} (pr.sh)`, async () => {
      const repo = mkdtempSync(join(tmpdir(), 'aitg-reach-pr-'));
      try {
        execFileSync('bash', [join(CORPUS!, 'evasion', c, 'pr.sh'), repo], { stdio: 'ignore' });
        const base = git(repo, 'rev-parse', 'HEAD~1');
        const head = git(repo, 'rev-parse', 'HEAD');
        const results = await comparePair(repo, base, head, c, await differentialPolicies());
        for (const r of results) expect(r.reached, `${r.name} under ${r.policy}`).toEqual(r.full);
        expect(results.some((r) => r.full.findings.length > 0)).toBe(true);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    });
  }
});
