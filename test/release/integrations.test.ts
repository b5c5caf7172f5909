// Beyond GitHub workflows, through dist/cli/index.js: the GitLab Code Quality report, the
// CycloneDX 1.6 SBOM (validated against its schema by the CycloneDX library), the pre-commit
// hook as pre-commit runs it, the container image definition, and the reusable workflow.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';

const CLI = join(projectRoot, 'dist', 'cli', 'index.js');
const cli = (args: string[], cwd = projectRoot) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
const pkg = (version: string) =>
  JSON.stringify(
    { devDependencies: { '@anthropic-ai/claude-code': version, 'left-pad': '1.3.0' } },
    null,
    2,
  ) + '\n';

interface CodeQualityIssue {
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

describe('scan --format codequality (GitLab)', () => {
  it('one issue per finding with the fix first, repository-relative paths and stable fingerprints', () => {
    const repo = makeRepo({ 'svc/package.json': pkg('2.1.150') });
    const r = cli(['scan', join(repo, 'svc'), '--offline', '--format', 'codequality']);
    expect(r.status, r.stderr).toBe(1);
    const issues = JSON.parse(r.stdout) as CodeQualityIssue[];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      check_name: 'AITG-2026-0001',
      severity: 'critical',
      location: { path: 'svc/package.json', lines: { begin: 3 } },
    });
    expect(issues[0]!.description).toMatch(/^Upgrade @anthropic-ai\/claude-code to 2\.1\.198 or later\. /);
    expect(issues[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    // The fingerprint does not move with the line.
    writeFileSync(join(repo, 'svc/package.json'), '\n\n' + pkg('2.1.150'));
    const moved = JSON.parse(
      cli(['scan', join(repo, 'svc'), '--offline', '--format', 'codequality']).stdout,
    ) as CodeQualityIssue[];
    expect(moved[0]!.location.lines.begin).toBe(5);
    expect(moved[0]!.fingerprint).toBe(issues[0]!.fingerprint);
    // Negative twin: a clean version is an empty report.
    const clean = makeTree({ 'package.json': pkg('2.1.198') });
    const none = cli(['scan', clean, '--offline', '--format', 'codequality']);
    expect(none.status).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });
});

describe('inventory --format cyclonedx', () => {
  it('is a CycloneDX 1.6 SBOM valid against its schema, one component per package and version', async () => {
    const dir = makeTree({ 'package.json': pkg('2.1.150'), 'web/package.json': pkg('2.1.150') });
    const r = cli(['inventory', dir, '--offline', '--format', 'cyclonedx']);
    expect(r.status, r.stderr).toBe(0);
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(r.stdout)).toBeNull();
    const bom = JSON.parse(r.stdout) as {
      bomFormat: string;
      specVersion: string;
      components: {
        name: string;
        version: string;
        purl: string;
        properties: { name: string; value: string }[];
      }[];
    };
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    const cc = bom.components.filter((c) => c.name === '@anthropic-ai/claude-code');
    expect(cc).toHaveLength(1);
    expect(cc[0]).toMatchObject({ version: '2.1.150', purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.150' });
    expect(
      cc[0]!.properties
        .filter((p) => p.name === 'aitg:location')
        .map((p) => p.value)
        .sort(),
    ).toEqual(['package.json:3', 'web/package.json:3']);
    expect(bom.components.map((c) => c.name).sort()).toEqual(['@anthropic-ai/claude-code', 'left-pad']);
    // The validator is not a rubber stamp.
    const broken = JSON.parse(r.stdout) as { components: { type: string }[] };
    broken.components[0]!.type = 'gadget';
    await expect(validator.validate(JSON.stringify(broken))).resolves.not.toBeNull();
  });

  it('an unreadable file: exit 1, the error on stderr, the SBOM still valid', async () => {
    const dir = makeTree({ 'package.json': pkg('2.1.150'), 'bad/package-lock.json': '{ not json' });
    const r = cli(['inventory', dir, '--offline', '--format', 'cyclonedx']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad/package-lock.json');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(r.stdout)).toBeNull();
  });
});

describe('the pre-commit hook', () => {
  const hooks = parse(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    pass_filenames: boolean;
  }[];

  it('scans the staged change offline, as pre-commit runs it (the entry, in the repository)', () => {
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({ id: 'ai-tooling-gate', language: 'node', pass_filenames: false });
    const [bin, ...args] = hook.entry.split(' ');
    expect(bin).toBe('ai-tooling-gate');
    expect(args).toContain('--offline');
    const repo = makeRepo({ 'package.json': pkg('2.1.90') });
    // Staged: a banned version. pre-commit runs the hook with the unstaged rest stashed away.
    writeFileSync(join(repo, 'package.json'), pkg('2.1.150'));
    git(repo, 'add', 'package.json');
    const staged = cli(args, repo);
    expect(staged.status, staged.stdout).toBe(1);
    expect(staged.stdout).toContain('Upgrade @anthropic-ai/claude-code to 2.1.198 or later.');
    // Negative twins: a clean staged change, and a banned version already committed (not this change).
    writeFileSync(join(repo, 'package.json'), pkg('2.1.198'));
    git(repo, 'add', 'package.json');
    expect(cli(args, repo).status).toBe(0);
    writeFileSync(join(repo, 'package.json'), pkg('2.1.150'));
    git(repo, 'commit', '-qam', 'banned, already there');
    writeFileSync(join(repo, 'README.md'), 'docs\n');
    git(repo, 'add', 'README.md');
    const pre = cli(args, repo);
    expect(pre.status, pre.stdout).toBe(0);
    expect(pre.stdout).toContain('PRE-EXISTING');
  });
});

describe('the container image', () => {
  it('runs the CLI as its entry point, as a non-root user, from the committed bundle', () => {
    const text = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8');
    const df = DockerfileParser.parse(text);
    const instructions = df
      .getInstructions()
      .map((i) => [i.getKeyword(), i.getArgumentsContent() ?? ''] as const);
    const last = (k: string) => instructions.filter(([kw]) => kw === k).at(-1)?.[1];
    expect(last('FROM')).toMatch(/^node:24/);
    expect(last('USER')).toBe('node');
    expect(JSON.parse(last('ENTRYPOINT')!)).toEqual(['node', '/opt/ai-tooling-gate/dist/cli/index.js']);
    // USER comes before ENTRYPOINT and after the last RUN: nothing runs as root at run time.
    const order = instructions.map(([k]) => k);
    expect(order.lastIndexOf('USER')).toBeGreaterThan(order.lastIndexOf('RUN'));
    expect(text).not.toMatch(/npm (i|install|ci)\b/);
  });
});

describe('the reusable workflow', () => {
  it("passes inputs the action has, and runs the action of the workflow's own commit", () => {
    const wf = parse(readFileSync(join(projectRoot, '.github/workflows/gate.yml'), 'utf8')) as {
      on: { workflow_call: { inputs: Record<string, unknown> } };
      jobs: { gate: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    const action = parse(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const step = wf.jobs.gate.steps.find((s) => s.uses === '$/')!;
    expect(step).toBeDefined();
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
    for (const name of Object.keys(wf.on.workflow_call.inputs))
      expect(step.with?.[name]).toBe(`\${{ inputs.${name} }}`);
  });
});
