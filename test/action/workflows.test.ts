import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; steps?: { uses?: string }[] }>;
}

const dir = join(projectRoot, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe("the repository's own workflows", () => {
  it('exist and use the action on itself', () => {
    const uses = files.flatMap((f) =>
      Object.values((parse(readFileSync(join(dir, f), 'utf8')) as Workflow).jobs).flatMap((j) =>
        (j.steps ?? []).map((s) => s.uses),
      ),
    );
    expect(uses).toContain('./');
  });

  for (const file of files) {
    it(`${file}: pins every action by commit SHA and grants minimal permissions`, () => {
      const wf = parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
      expect(wf.permissions).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `${name} declares its permissions`).toBeDefined();
        for (const [scope, level] of Object.entries(job.permissions ?? {})) {
          expect(['contents:read', 'pull-requests:write', 'security-events:write']).toContain(
            `${scope}:${level}`,
          );
        }
        for (const step of job.steps ?? []) {
          if (!step.uses || step.uses.startsWith('./')) continue;
          expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        }
      }
    });
  }
});
