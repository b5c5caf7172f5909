// The shared corpus under the audit's component filter (see test/gate/audit-relevant.test.ts):
// every lockfile folder, the devcontainers and the evasion cases, as they are and with mutated
// texts, under several policies: the report equals the one judging every component.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { auditExtraPolicies, compareAudits, mutatedTexts } from '../helpers/audit-differential.js';
import { differentialPolicies, filesUnder } from '../helpers/reach-differential.js';

const CORPUS = [join(projectRoot, '..', 'shared'), join(projectRoot, '..', '..', 'shared')]
  .map((s) => join(s, 'corpus'))
  .find((p) => existsSync(p));
if (!CORPUS)
  console.warn('audit filter differential over the shared corpus skipped: ../shared/corpus is absent');

const trees: string[] = [];
if (CORPUS) {
  for (const f of readdirSync(join(CORPUS, 'lockfiles'), { withFileTypes: true }))
    if (f.isDirectory()) trees.push(join('lockfiles', f.name));
  trees.push('devcontainers', 'evasion');
}

describe.skipIf(!CORPUS)('audit filter over the shared corpus', () => {
  for (const tree of trees) {
    it(tree, { timeout: 600_000 }, async () => {
      const files = filesUnder(join(CORPUS!, tree));
      for (const { name, policy } of [...(await differentialPolicies()), ...auditExtraPolicies()]) {
        for (const [label, t] of [
          ['as committed', files],
          ['mutated', mutatedTexts(files)],
        ] as const) {
          if (Object.keys(t).length === 0) continue;
          const r = await compareAudits(t, policy);
          expect(r.filtered, `${tree} ${label} under ${name}`).toEqual(r.full);
          expect(r.screened, `${tree} ${label} under ${name}, entries screened`).toEqual([]);
        }
      }
    });
  }
});
