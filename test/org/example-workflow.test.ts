import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';

interface Step {
  uses?: string;
  with?: Record<string, string>;
  run?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps: Step[]; strategy?: { matrix: { shard: number[] } } }
  >;
}

describe('examples/workflows/org-audit.yml', () => {
  const wf = parse(
    readFileSync(join(projectRoot, 'examples', 'workflows', 'org-audit.yml'), 'utf8'),
  ) as Workflow;
  it('runs on a schedule and on demand, with minimal permissions', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.permissions).toEqual({});
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
  });
  it('pins every third-party action by commit SHA', () => {
    for (const job of Object.values(wf.jobs))
      for (const s of job.steps)
        if (s.uses && !s.uses.startsWith('OWNER/ai-tooling-gate@'))
          expect(s.uses).toMatch(/^actions\/[\w-]+@[0-9a-f]{40}$/);
  });
  it('fans out over shards with an App token, and merges every shard', () => {
    const audit = wf.jobs.audit!;
    const shards = audit.strategy!.matrix.shard;
    const step = audit.steps.find((s) => s.uses?.startsWith('OWNER/ai-tooling-gate@'))!;
    expect(step.with).toMatchObject({
      mode: 'org-audit',
      shard: `\${{ matrix.shard }}/${shards.length}`,
      token: '${{ steps.app-token.outputs.token }}',
    });
    expect(audit.steps.some((s) => s.uses?.startsWith('actions/create-github-app-token@'))).toBe(true);
    const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const input of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(input);
    expect(wf.jobs.merge!.steps.map((s) => s.run ?? '').join('\n')).toContain('merge-reports shards/*.json');
  });
});
