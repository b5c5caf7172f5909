// Diff mode parses only what a change reaches; over every fixture folder, pairs built from it (a
// file rewritten, deleted, copied, moved, given a banned Claude Code) are judged that way and by
// the full evaluation, under several policies: the verdict and the introduced findings and errors
// must be the same. The shared corpus gets the same check in test/corpus/reach-differential.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { compareMutations, differentialPolicies, filesUnder } from '../helpers/reach-differential.js';

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
