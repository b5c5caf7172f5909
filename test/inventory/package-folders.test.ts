// An install from a committed package folder is the package its package.json names: one
// installation, one finding, at the line that installs it, the folder's version line in `via`.
// Every way npm, pnpm, yarn, bun and npx install a local folder, from every place that runs
// commands, a manifest's `file:` dependency and the lockfile entries npm and pnpm write for it;
// each with a twin that stays quiet. Scans run through the CLI, in a folder and a pull request.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../helpers/cli-findings.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';

const CC = '@anthropic-ai/claude-code';
/** A folder `npm pack` would pack: name, version (line 3), a bin. */
const folder = (version: string, name = CC) =>
  JSON.stringify({ name, version, bin: { claude: 'cli.js' } }, null, 2) + '\n';
const BANNED = { 'vendor/cc/package.json': folder('2.1.150'), 'vendor/cc/cli.js': '#!/usr/bin/env node\n' };
const SAFE = { 'vendor/cc/package.json': folder('2.1.90') };
const VIA = 'via vendor/cc/package.json:3';

const scan = async (files: Record<string, string>) => {
  const r = await run(['scan', makeTree(files)]);
  expect(r.errors).toEqual([]);
  return r.found;
};
const fails = (at: string) => [`fail ${at} ${CC}@2.1.150 ${VIA}`];

describe('a command that installs a committed folder', () => {
  const commands: [string, string][] = [
    ['npm i -g ./vendor/cc', 'npm i -g ./vendor/cc'],
    ['npm install vendor/cc/ (a trailing slash: a folder)', 'npm install vendor/cc/'],
    ['npm i -g file:vendor/cc', 'npm i -g file:vendor/cc'],
    ['npm i -g file:./vendor/cc/', 'npm i -g file:./vendor/cc/'],
    ['an alias: npm i -g claude@file:vendor/cc', 'npm i -g claude@file:vendor/cc'],
    ['pnpm add -g ./vendor/cc', 'pnpm add -g ./vendor/cc'],
    ['yarn global add file:./vendor/cc', 'yarn global add file:./vendor/cc'],
    ['bun add -g ./vendor/cc', 'bun add -g ./vendor/cc'],
    ['npx ./vendor/cc', 'npx ./vendor/cc --version'],
    ['options after the path', 'npm install ./vendor/cc --global --no-audit'],
  ];
  for (const [name, command] of commands)
    it(name, async () => {
      expect(await scan({ ...BANNED, 'install.sh': `#!/bin/sh\n${command}\n` })).toEqual(
        fails('install.sh:2'),
      );
      // Negative twin: the same folder holding a safe version.
      expect(await scan({ ...SAFE, 'install.sh': `#!/bin/sh\n${command}\n` })).toEqual([]);
    });

  it('a path read from the script folder: scripts/install.sh runs npm i -g ../vendor/cc', async () => {
    expect(await scan({ ...BANNED, 'scripts/install.sh': '#!/bin/sh\nnpm i -g ../vendor/cc\n' })).toEqual(
      fails('scripts/install.sh:2'),
    );
  });

  it('a relative path after a cd in the same script is read from where the cd went', async () => {
    for (const script of [
      'cd vendor && npm i -g ./cc',
      'cd vendor\nnpm i -g ./cc',
      'cd vendor/cc && npm i -g .',
    ])
      expect(await scan({ ...BANNED, 'install.sh': `#!/bin/sh\n${script}\n` })).toEqual(
        fails(`install.sh:${script.includes('\n') ? 3 : 2}`),
      );
    // Twins: a cd out of the repository (where is unknown), and a relative path that names no
    // folder from where it runs (a folder's name elsewhere is not matched).
    for (const script of ['cd /tmp && npm i -g ./cc', 'npm i -g ./cc', 'cd scripts && npm i -g ./vendor/cc'])
      expect(await scan({ ...BANNED, 'install.sh': `#!/bin/sh\n${script}\n` })).toEqual([]);
  });

  it('a path under the working directory as a variable spells it ($PWD, $(pwd), a CI checkout)', async () => {
    for (const path of [
      '"$PWD/vendor/cc"',
      '${PWD}/vendor/cc',
      '"$(pwd)/vendor/cc"',
      '"${GITHUB_WORKSPACE}/vendor/cc"',
      '$CI_PROJECT_DIR/vendor/cc',
    ])
      expect(await scan({ ...BANNED, 'install.sh': `#!/bin/sh\nnpm i -g ${path}\n` }), path).toEqual(
        fails('install.sh:2'),
      );
    // Twins: another variable (not the checkout), echoed, a path naming no folder, one climbing out
    // of the checkout, a safe copy.
    for (const [files, line] of [
      [BANNED, 'npm i -g "$HOME/vendor/cc"'],
      [BANNED, 'echo npm i -g "$PWD/vendor/cc"'],
      [BANNED, 'npm i -g "$PWD/vendor/missing"'],
      [BANNED, 'npm i -g "$PWD/../vendor/cc"'],
      [SAFE, 'npm i -g "$PWD/vendor/cc"'],
    ] as const)
      expect(await scan({ ...files, 'install.sh': `#!/bin/sh\n${line}\n` }), line).toEqual([]);
  });

  it('a workflow run: step, a package.json script, a Makefile recipe', async () => {
    const workflow =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm install -g ./vendor/cc\n';
    expect(await scan({ ...BANNED, '.github/workflows/ai.yml': workflow })).toEqual(
      fails('.github/workflows/ai.yml:7'),
    );
    const pkg =
      '{\n  "name": "app",\n  "private": true,\n  "scripts": { "agents": "npm i -g ./vendor/cc" }\n}\n';
    expect(await scan({ ...BANNED, 'package.json': pkg })).toEqual(fails('package.json:4'));
    expect(await scan({ ...BANNED, Makefile: 'agents:\n\tnpm i -g ./vendor/cc\n' })).toEqual(
      fails('Makefile:2'),
    );
  });

  it('a Dockerfile COPY of the folder, then RUN npm i -g of the copy', async () => {
    const dockerfile = 'FROM node:22\nCOPY vendor/cc /opt/cc\nRUN npm install -g /opt/cc\n';
    expect(await scan({ ...BANNED, Dockerfile: dockerfile })).toEqual(fails('Dockerfile:3'));
    expect(await scan({ ...SAFE, Dockerfile: dockerfile })).toEqual([]);
  });

  it('the folder installed from two places: a finding at each install line', async () => {
    const found = await scan({
      ...BANNED,
      'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n',
      Dockerfile: 'FROM node:22\nCOPY . /src\nRUN npm i -g /src/vendor/cc\n',
    });
    expect(found).toEqual([...fails('Dockerfile:3'), ...fails('install.sh:2')]);
  });

  it('a package.json without a version is an unknown version of what it names (warn)', async () => {
    const found = await scan({
      'vendor/cc/package.json': JSON.stringify({ name: CC }),
      'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n',
    });
    expect(found).toEqual([`warn install.sh:2 ${CC}@null via vendor/cc/package.json:1`]);
  });

  describe('twins that stay quiet', () => {
    const quiet: [string, Record<string, string>][] = [
      ['the folder nothing installs', { ...BANNED, 'README.md': 'vendor/cc is a copy\n' }],
      ['an echoed install', { ...BANNED, 'install.sh': '#!/bin/sh\necho "npm i -g ./vendor/cc"\n' }],
      ['a commented install', { ...BANNED, 'install.sh': '#!/bin/sh\n# npm i -g ./vendor/cc\n' }],
      ['an uninstall', { ...BANNED, 'install.sh': '#!/bin/sh\nnpm uninstall -g ./vendor/cc\n' }],
      ['a heredoc to cat', { ...BANNED, 'install.sh': '#!/bin/sh\ncat <<EOF\nnpm i -g ./vendor/cc\nEOF\n' }],
      [
        'a folder that is not in the repository',
        { ...BANNED, 'install.sh': '#!/bin/sh\nnpm i -g ./vendor/nope\n' },
      ],
      // npm reads a bare `vendor/cc` as the GitHub repository vendor/cc (npm-package-arg).
      ['GitHub shorthand vendor/cc', { ...BANNED, 'install.sh': '#!/bin/sh\nnpm i -g vendor/cc\n' }],
      [
        'a folder whose package.json names another package',
        {
          'vendor/cc/package.json': folder('2.1.150', 'left-pad'),
          'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n',
        },
      ],
      [
        'a folder whose package.json has no name',
        {
          'vendor/cc/package.json': '{ "version": "2.1.150" }\n',
          'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n',
        },
      ],
      [
        'a folder whose package.json is not JSON (the package.json detector reports it)',
        { 'vendor/cc/package.json': '{ "name": ', 'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n' },
      ],
    ];
    for (const [name, files] of quiet)
      it(name, async () => {
        const r = await run(['scan', makeTree(files)]);
        expect(r.found).toEqual([]);
        if (!name.includes('not JSON')) expect(r.errors).toEqual([]);
      });
  });
});

describe('a manifest or lockfile that installs a committed folder', () => {
  const manifest = (spec: string) =>
    `{\n  "name": "app",\n  "version": "1.0.0",\n  "dependencies": {\n    "cc": "${spec}"\n  }\n}\n`;

  it('"cc": "file:vendor/cc" (and file:./vendor/cc) is the folder package, under its alias', async () => {
    for (const spec of ['file:vendor/cc', 'file:./vendor/cc'])
      expect(await scan({ ...BANNED, 'package.json': manifest(spec) })).toEqual(fails('package.json:5'));
    expect(await scan({ ...SAFE, 'package.json': manifest('file:vendor/cc') })).toEqual([]);
  });

  it("npm's lockfile (written by npm here) records the folder: its entry fails, and the manifest's", async () => {
    const dir = makeTree({ ...BANNED, 'package.json': manifest('file:vendor/cc') });
    execFileSync(
      'npm',
      ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    const r = await run(['scan', dir]);
    expect(r.errors).toEqual([]);
    // `node_modules/cc` is the link, `vendor/cc` the folder's entry with its name and version. The
    // manifest's `file:` entry is judged as well: npm's lockfile ties the link to the folder only
    // by a bare path the audit's entry screen does not read, so the two are not merged.
    expect(r.found).toEqual([`fail package-lock.json:18 ${CC}@2.1.150`, ...fails('package.json:5')]);
  });

  it("pnpm's directory resolution (pnpm 8 lockfile shape) is the folder package", async () => {
    // The shape pnpm 8.15.9 writes for a file: folder dependency (test/fixtures/lockfiles/generated).
    const lock = [
      "lockfileVersion: '6.0'",
      '',
      'dependencies:',
      '  cc:',
      '    specifier: file:vendor/cc',
      '    version: file:vendor/cc',
      '',
      'packages:',
      '',
      '  file:vendor/cc:',
      '    resolution: {directory: vendor/cc, type: directory}',
      '    name: cc',
      '    dev: false',
      '',
    ].join('\n');
    const files = { ...BANNED, 'package.json': manifest('file:vendor/cc'), 'pnpm-lock.yaml': lock };
    expect(await scan(files)).toEqual(fails('pnpm-lock.yaml:10'));
    expect(await scan({ ...files, ...SAFE })).toEqual([]);
  });

  it('workspace members linked by a lockfile add no finding', async () => {
    const dir = makeTree({
      'package.json': '{\n  "name": "mono",\n  "private": true,\n  "workspaces": ["packages/*"]\n}\n',
      'packages/a/package.json':
        '{\n  "name": "a",\n  "version": "1.0.0",\n  "dependencies": { "b": "file:../b" }\n}\n',
      'packages/b/package.json': '{\n  "name": "b",\n  "version": "2.1.150"\n}\n',
    });
    execFileSync(
      'npm',
      ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
    const r = await run(['scan', dir]);
    expect(r.errors).toEqual([]);
    expect(r.found).toEqual([]);
  });
});

describe('a pull request', () => {
  it('a change to the folder alone (its version) is introduced at the unchanged install line', async () => {
    const dir = makeRepo({ ...SAFE, 'install.sh': '#!/bin/sh\nnpm i -g ./vendor/cc\n' });
    writeFileSync(join(dir, 'vendor/cc/package.json'), folder('2.1.150'));
    git(dir, 'commit', '-qam', 'bump the vendored copy');
    const r = await run(['scan', dir, '--base', 'HEAD~1']);
    expect(r.found).toEqual([`fail introduced install.sh:2 ${CC}@2.1.150 ${VIA}`]);
  });

  it('an install added next to a banned folder already committed is introduced', async () => {
    const dir = makeRepo({ ...BANNED, 'install.sh': '#!/bin/sh\necho setup\n' });
    writeFileSync(join(dir, 'install.sh'), '#!/bin/sh\necho setup\nnpm i -g ./vendor/cc\n');
    git(dir, 'commit', '-qam', 'install the vendored copy');
    const r = await run(['scan', dir, '--base', 'HEAD~1']);
    expect(r.found).toEqual([`fail introduced install.sh:3 ${CC}@2.1.150 ${VIA}`]);
  });
});
