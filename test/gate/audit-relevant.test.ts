// `scan` with a policy judges only the components a rule may match by name: over every fixture
// folder, as committed and with mutated texts (escapes, letter case, aliases, tarball URLs), under
// several policies, the report equals the one judging every component. The shared corpus gets the
// same check in test/corpus/audit-relevant.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { auditExtraPolicies, compareAudits, mutatedTexts } from '../helpers/audit-differential.js';
import { differentialPolicies, filesUnder } from '../helpers/reach-differential.js';

const FIXTURES = join(projectRoot, 'test', 'fixtures');

describe('audit: judging only what a rule may match by name changes no report', () => {
  for (const folder of readdirSync(FIXTURES).sort()) {
    it(`test/fixtures/${folder}, as committed and mutated`, { timeout: 300_000 }, async () => {
      const files = filesUnder(join(FIXTURES, folder));
      for (const { name, policy } of [...(await differentialPolicies()), ...auditExtraPolicies()]) {
        for (const [label, tree] of [
          ['committed', files],
          ['mutated', mutatedTexts(files)],
        ] as const) {
          if (Object.keys(tree).length === 0) continue;
          const r = await compareAudits(tree, policy);
          expect(r.filtered, `${folder} ${label} under ${name}`).toEqual(r.full);
          expect(r.screened, `${folder} ${label} under ${name}, entries screened`).toEqual([]);
        }
      }
    });
  }

  it('the mutations are found: each spelling of the banned package is a finding', async () => {
    const files = filesUnder(join(FIXTURES, 'npm'));
    const mutated = mutatedTexts(files);
    const [defaults] = await differentialPolicies();
    const r = await compareAudits(mutated, defaults!.policy);
    const report = r.full as { findings: { location: { file: string } }[] };
    const folders = new Set(report.findings.map((f) => f.location.file.split('/')[0]));
    for (const f of ['injected', 'escaped', 'alias', 'tarball', 'bytes']) expect(folders).toContain(f);
    expect(r.filtered).toEqual(r.full);
    expect(r.screened).toEqual([]);
  });

  it('the new shapes are found: pnpm, bun and deno entries by name and escaped, yarn and pnpm by bytes', async () => {
    const files = {
      ...filesUnder(join(FIXTURES, 'pnpm')),
      ...Object.fromEntries(
        Object.entries(filesUnder(join(FIXTURES, 'bun'))).map(([k, v]) => [`bun/${k}`, v]),
      ),
      ...Object.fromEntries(
        Object.entries(filesUnder(join(FIXTURES, 'deno'))).map(([k, v]) => [`deno/${k}`, v]),
      ),
      ...Object.fromEntries(
        Object.entries(filesUnder(join(FIXTURES, 'yarn'))).map(([k, v]) => [`yarn/${k}`, v]),
      ),
    };
    const [defaults] = await differentialPolicies();
    const r = await compareAudits(mutatedTexts(files), defaults!.policy);
    const report = r.full as { findings: { location: { file: string } }[] };
    const files_ = report.findings.map((f) => f.location.file);
    for (const want of [
      /^injected\/v9-two-documents\/pnpm-lock\.yaml$/,
      /^injected\/bun\/.*bun\.lock$/,
      /^injected\/deno\/.*deno\.lock$/,
      /^bytes\/.*pnpm-lock\.yaml$/,
      /^escaped\/v9-two-documents\/pnpm-lock\.yaml$/,
      /^escaped\/v6-edge\/pnpm-lock\.yaml$/,
      /^escaped\/deno\/.*deno\.lock$/,
      /^escaped\/bun\/.*bun\.lock$/,
      /^bytes\/yarn\/classic.*yarn\.lock$/,
    ])
      expect(
        files_.some((f) => want.test(f)),
        String(want),
      ).toBe(true);
    expect(r.filtered).toEqual(r.full);
    expect(r.screened).toEqual([]);
  });
});
