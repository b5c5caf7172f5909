// Workflow files under a nested `.github/workflows/` folder (a template kept inside the repository)
// are not run by GitHub, which runs only the top folder's workflows: they are judged only when
// something in the repository uses them (a reusable-workflow call names them, or a script, a
// Dockerfile or a workflow copies them into place). The shapes reproduce public repositories that
// ship workflow templates for generated projects (e.g. cookiecutter templates'
// `{{cookiecutter.project}}/.github/workflows/ci.yml`, starter-workflow folders copied by a setup
// script).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workflowReferences } from '../../src/inventory/workflow-templates.js';
import { ACTION_BUNDLE, CLI_BUNDLE } from '../helpers/bundles.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { runAction } from '../action/runner.js';

const TEMPLATE = 'templates/ci/.github/workflows/agent.yml';
const BANNED_WORKFLOW = `name: agent
on: [push]
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - run: npm install -g @anthropic-ai/claude-code@2.1.150
`;
const REUSABLE_TEMPLATE = `name: agent
on:
  workflow_call:
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - run: npm install -g @anthropic-ai/claude-code@2.1.150
`;
const ROOT_CLEAN = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;
const BROKEN_TEMPLATE = 'jobs:\n  x: [unclosed\n';

interface Finding {
  location: { file: string; line: number };
  via?: { file: string; line: number }[];
}
function scan(files: Record<string, string>): {
  code: number | null;
  findings: Finding[];
  errors: unknown[];
} {
  const dir = makeTree(files);
  const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', dir, '--offline', '--format', 'json'], {
    encoding: 'utf8',
  });
  const report = JSON.parse(r.stdout) as { findings: Finding[]; errors: unknown[] };
  return { code: r.status, findings: report.findings, errors: report.errors };
}
const files = (fs: Finding[]) => fs.map((f) => `${f.location.file}:${f.location.line}`);

describe('nested workflow templates through the CLI', () => {
  it('a template nothing uses is quiet: no finding, no error; the root workflow is judged as before', () => {
    const quiet = scan({ '.github/workflows/ci.yml': ROOT_CLEAN, [TEMPLATE]: BANNED_WORKFLOW });
    expect(quiet).toEqual({ code: 0, findings: [], errors: [] });
    expect(scan({ '.github/workflows/ci.yml': ROOT_CLEAN, [TEMPLATE]: BROKEN_TEMPLATE })).toEqual({
      code: 0,
      findings: [],
      errors: [],
    });
    // The same file at the top is a workflow GitHub runs.
    const root = scan({ '.github/workflows/agent.yml': BANNED_WORKFLOW });
    expect(root.code).toBe(1);
    expect(files(root.findings)).toEqual(['.github/workflows/agent.yml:7']);
  });

  it('a template a root workflow calls (uses: ./…) is judged, through its caller', () => {
    const caller = `on: [push]\njobs:\n  agent:\n    uses: ./${TEMPLATE}\n`;
    const r = scan({ '.github/workflows/ci.yml': caller, [TEMPLATE]: REUSABLE_TEMPLATE });
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      expect.objectContaining({
        location: { file: TEMPLATE, line: 8 },
        via: [{ file: '.github/workflows/ci.yml', line: 4 }],
      }),
    ]);
    // Its negative twin: the call commented out.
    const commented = `on: [push]\njobs:\n  test:\n    # uses: ./${TEMPLATE}\n    runs-on: x\n    steps: [{run: 'true'}]\n`;
    expect(scan({ '.github/workflows/ci.yml': commented, [TEMPLATE]: REUSABLE_TEMPLATE }).findings).toEqual(
      [],
    );
  });

  const copiers: [string, Record<string, string>][] = [
    [
      'a setup script (cp)',
      { 'scripts/setup.sh': `#!/bin/sh\nmkdir -p .github/workflows\ncp ${TEMPLATE} .github/workflows/\n` },
    ],
    ['a script copying the template folder', { 'init.sh': '#!/bin/bash\ncp -r templates/ci/. .\n' }],
    ['rsync by file name', { Makefile: 'init:\n\trsync -a "$(TPL)/agent.yml" .github/workflows/\n' }],
    [
      'a copy from a variable into .github/workflows',
      { 'bootstrap.sh': '#!/bin/sh\ncp "$TEMPLATES"/*.yml .github/workflows/\n' },
    ],
    ['a Dockerfile COPY', { Dockerfile: 'FROM node:24\nCOPY templates/ci/.github /src/.github\n' }],
    [
      'a root workflow step',
      {
        '.github/workflows/ci.yml': `on: [push]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: mv ${TEMPLATE} .github/workflows/agent.yml\n`,
      },
    ],
  ];
  for (const [name, copier] of copiers) {
    it(`a template copied into place by ${name} is judged`, () => {
      const r = scan({ [TEMPLATE]: BANNED_WORKFLOW, ...copier });
      expect(r.code).toBe(1);
      expect(files(r.findings)).toContain(`${TEMPLATE}:7`);
    });
  }

  it('quiet twins: the copy echoed or commented names no copy, another template is not this one', () => {
    const twins: Record<string, string>[] = [
      { 'scripts/setup.sh': `#!/bin/sh\n# cp ${TEMPLATE} .github/workflows/\n` },
      { 'scripts/setup.sh': `#!/bin/sh\necho "then run: cp ${TEMPLATE} .github/workflows/"\n` },
      { 'scripts/setup.sh': '#!/bin/sh\ncp templates/other/.github/workflows/lint.yml .github/workflows/\n' },
      { 'README.md': `Copy it: cp ${TEMPLATE} .github/workflows/\n` },
    ];
    for (const copier of twins)
      expect(scan({ [TEMPLATE]: BANNED_WORKFLOW, ...copier }).findings, JSON.stringify(copier)).toEqual([]);
  });
});

describe('workflowReferences', () => {
  it('reads copy commands and local uses, normalised', () => {
    expect(workflowReferences('cp -r ./templates/ci/. .\n')).toEqual({
      paths: ['templates/ci'],
      namesIntoWorkflows: [],
      anyIntoWorkflows: false,
    });
    expect(workflowReferences('    uses: "./a/.github/workflows/x.yml@main"\n')?.paths).toEqual([
      'a/.github/workflows/x.yml',
    ]);
    expect(workflowReferences('install -m 644 $SRC/ci.yaml .github/workflows/ci.yaml\n')).toMatchObject({
      namesIntoWorkflows: ['ci.yaml'],
      anyIntoWorkflows: true,
    });
    expect(workflowReferences('npm test\n')).toBeUndefined();
  });

  it('does not split a very long line into words: one that names .github may copy any template', () => {
    const filler = 'x '.repeat(20_000);
    expect(workflowReferences(`${filler} cp a b\n`)).toBeUndefined();
    expect(workflowReferences(`${filler} cp a .github/workflows/\n`)).toEqual({
      paths: [],
      namesIntoWorkflows: [],
      anyIntoWorkflows: true,
    });
  });
});

describe('through dist/index.js as the runner runs it', () => {
  it('a pull request that copies a quiet template into place introduces its findings', async () => {
    const repo = makeRepo({ [TEMPLATE]: BANNED_WORKFLOW, 'README.md': 'x\n' });
    const base = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'setup.sh'), `#!/bin/sh\ncp ${TEMPLATE} .github/workflows/\n`);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'copy the template into place');
    const head = git(repo, 'rev-parse', 'HEAD');
    const run = await runAction({
      bundle: ACTION_BUNDLE,
      workspace: repo,
      event: 'workflow_dispatch',
      payload: {},
      apiUrl: 'http://127.0.0.1:9',
      sha: head,
      inputs: { 'base-ref': base },
      env: { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'aitg-tpl-')) },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.introduced).toBe('1');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: TEMPLATE, line: 7 }),
    );
  }, 120_000);
});
