// The repository's own workflows, the reusable workflow offered to users and Dependabot's config:
// every action pinned by a full commit SHA (with the version in a comment, which Dependabot keeps
// up to date), nothing granted by default, and each job granted only what it uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const dir = join(projectRoot, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const load = (f: string) => parse(readFileSync(join(dir, f), 'utf8')) as Workflow;

/** What each job may be granted: reading is the norm; every write is named here, with its job. */
const WRITES: Record<string, string[]> = {
  'ai-tooling-gate.yml': ['pull-requests:write', 'security-events:write'],
  'codeql.yml': ['security-events:write', 'actions:read'],
  'release.yml': ['contents:write', 'id-token:write'],
  'gate.yml': ['pull-requests:write'],
};

describe("the repository's workflows", () => {
  it('include CI, the dist check, the release, CodeQL and the reusable gate', () => {
    for (const f of [
      'ci.yml',
      'check-dist.yml',
      'release.yml',
      'codeql.yml',
      'gate.yml',
      'ai-tooling-gate.yml',
    ])
      expect(files, f).toContain(f);
  });

  it('use the action on itself', () => {
    const uses = files.flatMap((f) =>
      Object.values(load(f).jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses)),
    );
    expect(uses).toContain('./');
  });

  for (const file of files) {
    it(`${file}: pins every action by commit SHA and grants minimal permissions`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const wf = load(file);
      expect(wf.permissions, 'nothing granted at the top').toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `${name} declares its permissions`).toBeDefined();
        for (const [scope, level] of Object.entries(job.permissions ?? {})) {
          const grant = `${scope}:${level}`;
          if (level === 'read' && scope !== 'id-token') continue;
          expect(WRITES[file] ?? [], `${file} ${name}: ${grant}`).toContain(grant);
        }
        for (const uses of [job.uses, ...(job.steps ?? []).map((s) => s.uses)]) {
          if (!uses || uses.startsWith('./') || uses.startsWith('$/')) continue;
          expect(uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
          // The version the SHA stands for is said beside it (Dependabot updates both).
          const line = text.split('\n').find((l) => l.includes(uses))!;
          expect(line, uses).toMatch(/@[0-9a-f]{40} # v\d+(\.\d+)*\s*$/);
        }
      }
    });
  }

  it('pin each action at one commit across all of them', () => {
    const seen = new Map<string, Set<string>>();
    for (const f of files)
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(
        /uses: ([\w.-]+\/[\w.-]+)[\w./-]*@([0-9a-f]{40})/g,
      ))
        seen.set(m[1]!, (seen.get(m[1]!) ?? new Set()).add(m[2]!));
    for (const [action, shas] of seen) expect([...shas], action).toHaveLength(1);
  });

  it('release.yml checks dist/, uses the CHANGELOG section as notes and moves the major tag', () => {
    const wf = load('release.yml');
    expect(wf.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const runs = Object.values(wf.jobs)
      .flatMap((j) => j.steps ?? [])
      .map((s) => s.run ?? '')
      .join('\n');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('git status --porcelain -- dist');
    expect(runs).toContain('scripts/changelog-section.mjs');
    expect(runs).toMatch(/git tag --force "\$major"/);
    expect(runs).toContain('npm publish --provenance');
  });

  it('ci.yml runs .ci/run', () => {
    const steps = Object.values(load('ci.yml').jobs).flatMap((j) => j.steps ?? []);
    expect(steps.map((s) => s.run)).toContain('.ci/run');
  });
});

describe('dependabot.yml', () => {
  it('updates npm and the pinned actions', () => {
    const file = join(projectRoot, '.github', 'dependabot.yml');
    expect(existsSync(file)).toBe(true);
    const config = parse(readFileSync(file, 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'docker',
      'github-actions',
      'npm',
    ]);
  });
});
