// `make T` and `npm run S` as edges: the task the caller runs is read with the caller's values;
// the other tasks of the file, and the same text where nothing runs it, are not.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readTaskRun } from '../../src/detectors/shell/task-runs.js';
import { makefileRecipes, recipesOf } from '../../src/detectors/makefile.js';
import { parseShell } from '../../src/detectors/shell/shell.js';
import { expandWord } from '../../src/detectors/shell/expand.js';
import { makeTree } from '../helpers/tmp.js';
import { CC } from './edge-cases.js';

async function fails(files: Record<string, string>): Promise<string[]> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await main(['scan', makeTree(files), '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as {
      findings: {
        action: string;
        component: { version: string | null };
        location: { file: string; line: number };
      }[];
    };
    return r.findings
      .filter((f) => f.action === 'fail')
      .map((f) => `${f.location.file}:${f.location.line} ${f.component.version}`);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const task = (line: string) => {
  const words = parseShell(line).pipelines[0]!.commands[0]!.words.map((w) => expandWord(w, () => undefined));
  const r = readTaskRun(words[0]!.text, words.slice(1), 1);
  return (
    r && {
      runner: r.runner,
      targets: r.targets,
      dir: r.dir,
      file: r.file,
      vars: Object.fromEntries([...r.vars].map(([k, v]) => [k, v.text])),
    }
  );
};

describe('task runs', () => {
  it('reads make and package-manager script runs', () => {
    expect(task('make -j4 -C tools -f build.mk install X=1')).toEqual({
      runner: 'make',
      targets: ['install'],
      dir: 'tools',
      file: 'build.mk',
      vars: { X: '1' },
    });
    expect(task('npm run setup -- --flag')).toMatchObject({ runner: 'npm', targets: ['setup'] });
    expect(task('npm --prefix web run-script build')).toMatchObject({ targets: ['build'], dir: 'web' });
    expect(task('pnpm setup:agents')).toMatchObject({ targets: ['setup:agents'] });
    expect(task('yarn run lint')).toMatchObject({ targets: ['lint'] });
    expect(task('npm test')).toMatchObject({ targets: ['test'] });
    expect(task('bun run dev')).toMatchObject({ targets: ['dev'] });
  });

  it('commands that run no task are not task runs', () => {
    for (const line of [
      'make -n install',
      'make --dry-run',
      'make -q x',
      'npm run',
      'npm install',
      'pnpm install',
      'yarn add x',
      'npm run "$S"',
      'pnpm --filter web build',
      'bun x',
    ])
      expect(task(line), line).toBeNull();
  });

  it('make runs the goal and its prerequisites; with no goal, every recipe', () => {
    const recipes = makefileRecipes('all: a\na: b\n\techo a\nb:\n\techo b\nc:\n\techo c\n.PHONY: all\n');
    const lines = (t: string[]) => recipesOf(recipes, t).map((r) => r.script);
    expect(lines(['a'])).toEqual(['echo b', 'echo a']);
    expect(lines([])).toEqual(['echo a', 'echo b', 'echo c']);
    expect(lines(['c'])).toEqual(['echo c']);
    // A target no rule names (a pattern rule's): every recipe, as nothing can be ruled out.
    expect(lines(['x.o'])).toEqual(['echo a', 'echo b', 'echo c']);
  });
});

describe('task edges through the CLI', () => {
  const makefile = `CC_VERSION ?= 2.1.90\nclaude:\n\tnpm install -g ${CC}@$(CC_VERSION)\nother:\n\tnpm install -g ${CC}@$(OTHER_VERSION)\n`;
  const workflow = (run: string, env = '') =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${env}    steps:\n      - run: ${run}\n`;
  const env = '    env:\n      CC_VERSION: "2.1.150"\n      OTHER_VERSION: "2.1.150"\n';

  it('only the target run reads the caller values', async () => {
    expect(
      await fails({ Makefile: makefile, '.github/workflows/a.yml': workflow('make claude', env) }),
    ).toEqual(['Makefile:3 2.1.150']);
  });

  it('a `=` definition is the file own: the environment does not replace it', async () => {
    const fixed = makefile.replace('?=', '=');
    expect(await fails({ Makefile: fixed, '.github/workflows/a.yml': workflow('make claude', env) })).toEqual(
      [],
    );
    expect(
      await fails({ Makefile: fixed, '.github/workflows/a.yml': workflow('make claude CC_VERSION=2.1.150') }),
    ).toEqual(['Makefile:3 2.1.150']);
  });

  it('negative twins: the same text where it runs nothing', async () => {
    for (const run of ['echo make claude', 'make -n claude', "'# make claude'", 'cat Makefile'])
      expect(await fails({ Makefile: makefile, '.github/workflows/a.yml': workflow(run, env) }), run).toEqual(
        [],
      );
  });

  it('npm run with pre and post scripts', async () => {
    const pkg = JSON.stringify(
      { scripts: { presetup: `npm i -g ${CC}@$V`, setup: 'echo ok', postsetup: 'true' } },
      null,
      2,
    );
    expect(
      await fails({
        'package.json': pkg,
        '.github/workflows/a.yml': workflow('npm run setup', '    env:\n      V: "2.1.150"\n'),
      }),
    ).toEqual(['package.json:3 2.1.150']);
    expect(
      await fails({
        'package.json': pkg,
        '.github/workflows/a.yml': workflow('npm run other', '    env:\n      V: "2.1.150"\n'),
      }),
    ).toEqual([]);
  });
});

describe('functions of a sourced library', () => {
  const lib = `install_cc() {\n  npm install -g "${CC}@$1"\n}\n`;
  it('a call in the sourcing script installs the version it passes, reported at the call', async () => {
    const setup = `#!/bin/bash\nsource ./lib.sh\ninstall_cc 2.1.150\n`;
    expect(await fails({ 'lib.sh': lib, 'setup.sh': setup })).toEqual(['setup.sh:3 2.1.150']);
  });
  it('negative twins: a clean version passed, or the call commented out', async () => {
    expect(
      await fails({ 'lib.sh': lib, 'setup.sh': '#!/bin/bash\nsource ./lib.sh\ninstall_cc 2.1.90\n' }),
    ).toEqual([]);
    expect(
      await fails({ 'lib.sh': lib, 'setup.sh': '#!/bin/bash\nsource ./lib.sh\n# install_cc 2.1.150\n' }),
    ).toEqual([]);
  });
});

describe('just and task runs', () => {
  it('reads the justfile, the overrides and the recipe arguments', () => {
    const just = (line: string) => {
      const words = parseShell(line).pipelines[0]!.commands[0]!.words.map((w) =>
        expandWord(w, () => undefined),
      );
      const r = readTaskRun(words[0]!.text, words.slice(1), 1);
      return r && { file: r.file, dir: r.dir, args: r.args?.map((a) => a.text), vars: [...r.vars.keys()] };
    };
    expect(just('just -f ci/justfile --set cc 2.1.150 V=1 install 2.1.150 lint')).toEqual({
      file: 'ci/justfile',
      dir: undefined,
      args: ['install', '2.1.150', 'lint'],
      vars: ['cc', 'V'],
    });
    expect(just('just tools/install 2.1.150')).toMatchObject({ dir: 'tools', args: ['install', '2.1.150'] });
    for (const line of [
      'just --list',
      'just -n install',
      'just --dry-run install 1',
      'just --show install',
      'just --evaluate',
      'just --choose',
    ])
      expect(just(line), line).toBeNull();
    expect(task('task -t ci/Taskfile.yml -d . build CC=2.1.150 -- --flag')).toMatchObject({
      runner: 'task',
      targets: ['build'],
      file: 'ci/Taskfile.yml',
      vars: { CC: '2.1.150' },
    });
    for (const line of [
      'task --list',
      'task -n build',
      'task --dry build',
      'task --summary build',
      'task --status build',
    ])
      expect(task(line), line).toBeNull();
  });

  const justfile = `alias i := install\n\ninstall version='2.1.90':\n    version=2.1.80; npm i -g ${CC}@{{version}}\n\nother version:\n    npm i -g ${CC}@{{version}}\n`;
  const wf = (run: string) =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;

  it('the caller argument is what just writes, whatever the recipe assigns; aliases and folders', async () => {
    expect(await fails({ justfile, '.github/workflows/a.yml': wf('just install 2.1.150') })).toEqual([
      'justfile:4 2.1.150',
    ]);
    expect(await fails({ justfile, '.github/workflows/a.yml': wf('just i 2.1.150') })).toEqual([
      'justfile:4 2.1.150',
    ]);
    expect(
      await fails({ 'sub/justfile': justfile, '.github/workflows/a.yml': wf('just sub/install 2.1.150') }),
    ).toEqual(['sub/justfile:4 2.1.150']);
    // Two recipes on one line: `install` takes one argument, the next word is a recipe.
    expect(
      await fails({ justfile, '.github/workflows/a.yml': wf('just install 2.1.90 other 2.1.150') }),
    ).toEqual(['justfile:7 2.1.150']);
  });

  it('negative twins: a safe version, a dry run, a listing, echoed, commented, another recipe', async () => {
    for (const run of [
      'just install 2.1.90',
      'just --dry-run install 2.1.150',
      'just --list',
      'echo just install 2.1.150',
      "'# just install 2.1.150'",
      'just other 2.1.90',
      'cat justfile',
    ])
      expect(await fails({ justfile, '.github/workflows/a.yml': wf(run) }), run).toEqual([]);
  });

  const taskfile = `version: '3'\nvars:\n  CC: 2.1.90\ntasks:\n  claude:\n    cmds:\n      - npm i -g ${CC}@{{.CC}}\n  fixed:\n    vars:\n      CC: 2.1.91\n    cmds:\n      - echo {{.CC}}\n`;

  it("task T VAR=v: a root variable is the caller's to set; a task variable is not", async () => {
    expect(
      await fails({ 'Taskfile.yml': taskfile, '.github/workflows/a.yml': wf('task claude CC=2.1.150') }),
    ).toEqual(['Taskfile.yml:7 2.1.150']);
    for (const run of [
      'task claude CC=2.1.90',
      'task -n claude CC=2.1.150',
      'task --list',
      'echo task claude CC=2.1.150',
      'task fixed CC=2.1.150',
    ])
      expect(await fails({ 'Taskfile.yml': taskfile, '.github/workflows/a.yml': wf(run) }), run).toEqual([]);
  });
});

describe('go-task includes', () => {
  const root = `version: '3'\nincludes:\n  tools: ./tools\n  ai:\n    taskfile: ./ai/Tasks.yml\ntasks:\n  default:\n    cmds: [echo hi]\n`;
  const tools = `version: '3'\nvars:\n  CC: 2.1.90\ntasks:\n  claude:\n    cmds:\n      - npm i -g ${CC}@{{.CC}}\n`;
  const wf = (run: string) =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;
  it('`task ns:task` runs the included Taskfile task with the caller variables', async () => {
    const files = { 'Taskfile.yml': root, 'tools/Taskfile.yml': tools, 'ai/Tasks.yml': tools };
    expect(await fails({ ...files, '.github/workflows/a.yml': wf('task tools:claude CC=2.1.150') })).toEqual([
      'tools/Taskfile.yml:7 2.1.150',
    ]);
    expect(await fails({ ...files, '.github/workflows/a.yml': wf('task ai:claude CC=2.1.151') })).toEqual([
      'ai/Tasks.yml:7 2.1.151',
    ]);
    for (const run of [
      'task tools:claude CC=2.1.90',
      'task other:claude CC=2.1.150',
      'task -n tools:claude CC=2.1.150',
    ])
      expect(await fails({ ...files, '.github/workflows/a.yml': wf(run) }), run).toEqual([]);
  });
});

describe('GitHub expressions inside single quotes', () => {
  // The runner replaces `${{ … }}` in the script before the shell reads it, quotes or not.
  const wf = (cc: string, run: string) =>
    `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        cc: ["${cc}"]\n    steps:\n      - run: ${run}\n`;
  const install = `npm i -g '${CC}@\${{ matrix.cc }}'`;
  it('is the matrix value', async () => {
    expect(await fails({ '.github/workflows/a.yml': wf('2.1.150', install) })).toEqual([
      '.github/workflows/a.yml:9 2.1.150',
    ]);
    // A fallback chain takes the first operand that is not empty.
    const chain = (cc: string, fallback: string) =>
      fails({ '.github/workflows/a.yml': wf(cc, `npm i -g '${CC}@\${{ matrix.cc || '${fallback}' }}'`) });
    expect(await chain('2.1.150', '2.1.90')).toEqual(['.github/workflows/a.yml:9 2.1.150']);
    expect(await chain('', '2.1.151')).toEqual(['.github/workflows/a.yml:9 2.1.151']);
    expect(await chain('', '2.1.90')).toEqual([]);
    expect(await chain('2.1.90', '2.1.151')).toEqual([]);
  });
  it('a matrix key the job does not define is null: the chain takes its literal', async () => {
    // GitHub evaluates an undefined matrix property to null; `||` then gives the literal.
    const undefinedKey = (strategy: string, fallback: string) =>
      fails({
        '.github/workflows/a.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${strategy}    steps:\n      - run: npm i -g '${CC}@\${{ matrix.nope || '${fallback}' }}'\n`,
      });
    const known =
      '    strategy:\n      matrix:\n        node: [20, 22]\n        include:\n          - os: linux\n';
    expect(await undefinedKey(known, '2.1.150')).toEqual(['.github/workflows/a.yml:11 2.1.150']);
    expect(await undefinedKey('', '2.1.151')).toEqual(['.github/workflows/a.yml:6 2.1.151']);
    // Twins: a safe literal; a matrix (or an include, or a strategy) given by an expression may
    // define the key, so the value stays unknown (a warning, not a pass and not this finding).
    expect(await undefinedKey(known, '2.1.90')).toEqual([]);
    for (const strategy of [
      '    strategy:\n      matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n',
      '    strategy:\n      matrix:\n        node: [20]\n        include: ${{ fromJSON(needs.plan.outputs.extra) }}\n',
      '    strategy:\n      matrix:\n        node: [20]\n        include:\n          - ${{ fromJSON(needs.plan.outputs.extra) }}\n',
      '    strategy: ${{ fromJSON(needs.plan.outputs.strategy) }}\n',
    ])
      expect(await undefinedKey(strategy, '2.1.150'), strategy).toEqual([]);
  });
  it('negative twins: a safe value, echoed, commented', async () => {
    for (const [cc, run] of [
      ['2.1.90', install],
      ['2.1.150', `echo '${install}'`],
      ['2.1.150', `'# ${install.replace(/'/g, '')}'`],
    ])
      expect(await fails({ '.github/workflows/a.yml': wf(cc!, run!) }), run).toEqual([]);
  });
});

describe('a file run as a program is a shell script only under a shell shebang', () => {
  it('a node or python program run by path is not read as shell; `bash x` still is', async () => {
    const js = `#!/usr/bin/env node\nconst cmd = \`npm i -g ${CC}@2.1.150\`;\n`;
    const sh = `#!/bin/sh\nnpm i -g ${CC}@2.1.151\n`;
    const pkg = (s: string) => JSON.stringify({ scripts: { build: s } });
    expect(await fails({ 'package.json': pkg('./tools/gen'), 'tools/gen': js })).toEqual([]);
    expect(await fails({ 'package.json': pkg('./tools/gen.sh'), 'tools/gen.sh': sh })).toEqual([
      'tools/gen.sh:2 2.1.151',
    ]);
    // A shebang the scan does not know as another language's stays shell (busybox sh, a nix bash).
    for (const head of ['#!/bin/busybox sh', '#!/nix/store/abc-bash-5.2/bin/bash', '#!/opt/tools/runner'])
      expect(
        await fails({
          'package.json': pkg('./tools/gen 2.1.152'),
          'tools/gen': `${head}\nnpm i -g "${CC}@$1"\n`,
        }),
        head,
      ).toEqual(['tools/gen:2 2.1.152']);
    // The same text under another language's interpreter never runs as shell.
    for (const head of ['#!/usr/bin/env python3', '#!/usr/bin/perl -w', '#!/usr/bin/env -S deno run -A'])
      expect(
        await fails({
          'package.json': pkg('./tools/gen 2.1.152'),
          'tools/gen': `${head}\nnpm i -g "${CC}@$1"\n`,
        }),
        head,
      ).toEqual([]);
    // bash reads the file whatever its first line says.
    expect(await fails({ 'package.json': pkg('bash tools/gen'), 'tools/gen': js })).toEqual([
      'tools/gen:2 2.1.150',
    ]);
  });
});

describe('cd before a run', () => {
  const script = `#!/bin/bash\nnpm i -g "${CC}@$1"\n`;
  const justfile = `install version:\n    npm i -g ${CC}@{{version}}\n`;
  it('a script or a task file is taken from the folder cd moved to', async () => {
    const wf = (run: string) =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;
    const files = { 'tools/x.sh': script, 'tools/justfile': justfile };
    expect(await fails({ ...files, '.github/workflows/a.yml': wf('cd tools && ./x.sh 2.1.150') })).toEqual([
      'tools/x.sh:2 2.1.150',
    ]);
    expect(
      await fails({ ...files, '.github/workflows/a.yml': wf('pushd tools; just install 2.1.151') }),
    ).toEqual(['tools/justfile:2 2.1.151']);
    for (const run of [
      'cd tools && ./x.sh 2.1.90',
      'cd /tmp && ./x.sh 2.1.150',
      'cd tools && echo ./x.sh 2.1.150',
    ])
      expect(await fails({ ...files, '.github/workflows/a.yml': wf(run) }), run).toEqual([]);
  });
  it('a cd in an earlier RUN does not hide a script run from the root', async () => {
    const dockerfile = `FROM node:22\nWORKDIR /src\nCOPY . .\nRUN cd tools && true\nRUN ./scripts/x.sh 2.1.152\n`;
    expect(await fails({ Dockerfile: dockerfile, 'scripts/x.sh': script })).toEqual([
      'scripts/x.sh:2 2.1.152',
    ]);
  });
});

describe('.env files task runners load', () => {
  it('negative twins: a .env a justfile does not load, or a safe version in it', async () => {
    const justfile = `cc := env('CC_VERSION', '2.1.90')\nagents:\n    npm i -g ${CC}@{{cc}}\n`;
    expect(await fails({ justfile, '.env': 'CC_VERSION=2.1.150\n' })).toEqual([]);
    expect(await fails({ justfile: `set dotenv-load\n${justfile}`, '.env': 'CC_VERSION=2.1.90\n' })).toEqual(
      [],
    );
    expect(await fails({ justfile: `set dotenv-load\n${justfile}`, '.env': 'CC_VERSION=2.1.150\n' })).toEqual(
      ['justfile:4 2.1.150'],
    );
    // A caller's environment wins over the .env (just does not override it): that run is clean; the
    // justfile on its own (`just agents` on a developer's machine) still loads 2.1.150.
    const wf = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      CC_VERSION: "2.1.90"\n    steps:\n      - run: just agents\n`;
    expect(
      await fails({
        justfile: `set dotenv-load\n${justfile}`,
        '.env': 'CC_VERSION=2.1.150\n',
        '.github/workflows/a.yml': wf,
      }),
    ).toEqual(['justfile:4 2.1.150']);
  });
});
