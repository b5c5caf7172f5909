// An install from a committed package archive is the package the archive holds: one installation,
// one finding, at the line that installs it, the archive in its `via`. Archives are real `npm
// pack` output and Python-written wheels; scans run through the CLI, in a folder, a git work tree
// and a pull request (`--base`).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../helpers/cli-findings.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { npmPack, wheel } from '../helpers/package-archives.js';

const CC = '@anthropic-ai/claude-code';
const banned = () => npmPack({ name: CC, version: '2.1.150', bin: { claude: 'cli.js' } });
const safe = () => npmPack({ name: CC, version: '2.1.90', bin: { claude: 'cli.js' } });
const other = () => npmPack({ name: 'left-pad', version: '2.1.150' });

const scan = (files: Record<string, string | Uint8Array>) => run(['scan', makeTree(files)]);
const TGZ = 'vendor/tool.tgz:1';

describe('installs from a committed archive', () => {
  it('the archive alone is a finding at its own place; a safe one, another package, a README are quiet', async () => {
    expect((await scan({ 'vendor/tool.tgz': banned() })).found).toEqual([`fail ${TGZ} ${CC}@2.1.150`]);
    expect(
      await scan({
        'vendor/tool.tgz': safe(),
        'vendor/left-pad.tgz': other(),
        'README.md': 'Install with `npm i -g ./vendor/claude-code-2.1.150.tgz`.\n',
      }),
    ).toEqual({ code: 0, found: [], errors: [] });
  });

  it('a script that installs it is the finding, the archive its via; mentions are not installs', async () => {
    const script = [
      '#!/bin/sh',
      'set -e',
      'npm install ./vendor/tool.tgz',
      '# npm install ./vendor/tool.tgz',
      'echo npm install ./vendor/tool.tgz',
      'cat <<EOF',
      'npm i -g vendor/tool.tgz',
      'EOF',
      'npm uninstall ./vendor/tool.tgz',
      '',
    ].join('\n');
    const r = await scan({ 'vendor/tool.tgz': banned(), 'scripts/setup.sh': script });
    expect(r.found).toEqual([`fail scripts/setup.sh:3 ${CC}@2.1.150 via ${TGZ}`]);
    expect(r.code).toBe(1);
    // Twin: the same script over a safe archive.
    expect((await scan({ 'vendor/tool.tgz': safe(), 'scripts/setup.sh': script })).found).toEqual([]);
  });

  it('every way to write the install names the archive', async () => {
    for (const command of [
      'npm i -g file:vendor/tool.tgz',
      'cd vendor && npm i -g tool.tgz',
      'npm --global install "$PWD/../vendor/tool.tgz"',
      'pnpm add ./vendor/tool.tgz',
      'yarn global add file:./vendor/tool.tgz',
      'bun add -g ./vendor/tool.tgz',
      'npx -y ./vendor/tool.tgz --version',
      'npm exec --package=./vendor/tool.tgz -- claude',
    ]) {
      const r = await scan({ 'vendor/tool.tgz': banned(), 'setup.sh': `#!/bin/bash\n${command}\n` });
      if (command.includes('$PWD')) {
        // The working directory is unknown: the path is not one the scan can resolve, and the
        // archive keeps its own finding.
        expect(r.found, command).toEqual([`fail ${TGZ} ${CC}@2.1.150`]);
      } else expect(r.found, command).toEqual([`fail setup.sh:2 ${CC}@2.1.150 via ${TGZ}`]);
    }
  });

  it('a Dockerfile that copies it into the image and installs it there', async () => {
    const dockerfile = 'FROM node:24\nCOPY vendor/tool.tgz /tmp/\nRUN npm i -g /tmp/tool.tgz\n';
    const r = await scan({ 'vendor/tool.tgz': banned(), Dockerfile: dockerfile });
    expect(r.found).toEqual([`fail Dockerfile:3 ${CC}@2.1.150 via ${TGZ}`]);
    // Two archives of that name: which one the image holds is not decided by the name.
    const two = await scan({ 'vendor/tool.tgz': banned(), 'old/tool.tgz': safe(), Dockerfile: dockerfile });
    expect(two.found).toEqual([`fail ${TGZ} ${CC}@2.1.150`]);
  });

  it('a file: dependency, with and without the lockfile npm writes for it: one finding', async () => {
    const dir = makeTree({
      'vendor/tool.tgz': banned(),
      'package.json': '{ "name": "app", "version": "1.0.0" }\n',
    });
    execFileSync(
      'npm',
      ['install', '--package-lock-only', '--offline', '--ignore-scripts', './vendor/tool.tgz'],
      {
        cwd: dir,
        env: {
          ...process.env,
          npm_config_registry: 'http://127.0.0.1:9/',
          npm_config_cache: join(dir, '..', 'c'),
        },
        stdio: 'ignore',
      },
    );
    const r = await run(['scan', dir]);
    expect(r.found).toEqual([`fail package-lock.json:14 ${CC}@2.1.150 via ${TGZ}`]);
    const manifestOnly = await scan({
      'vendor/tool.tgz': banned(),
      'package.json': '{\n  "dependencies": {\n    "innocent": "file:vendor/tool.tgz"\n  }\n}\n',
    });
    expect(manifestOnly.found).toEqual([`fail package.json:3 ${CC}@2.1.150 via ${TGZ}`]);
    // Twin: the dependency on a safe archive.
    const clean = await scan({
      'vendor/tool.tgz': safe(),
      'package.json': '{\n  "dependencies": {\n    "innocent": "file:vendor/tool.tgz"\n  }\n}\n',
    });
    expect(clean.found).toEqual([]);
  });

  it('pnpm and yarn lockfile entries installed from the archive', async () => {
    // pnpm 9's shape for a `file:` tarball dependency (as Rush's common/temp lockfiles and pnpm's own
    // tests write it): the key and `resolution.tarball` name the file. Written here by hand: pnpm is
    // not installed on this machine.
    const pnpm = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '  .:',
      '    dependencies:',
      '      innocent:',
      '        specifier: file:vendor/tool.tgz',
      '        version: file:vendor/tool.tgz',
      '',
      'packages:',
      '  innocent@file:vendor/tool.tgz:',
      '    resolution: {integrity: sha512-AAAA, tarball: file:vendor/tool.tgz}',
      '    version: 1.0.0',
      '',
      'snapshots:',
      '  innocent@file:vendor/tool.tgz: {}',
      '',
    ].join('\n');
    const r = await scan({ 'vendor/tool.tgz': banned(), 'pnpm-lock.yaml': pnpm });
    expect(r.found).toEqual([`fail pnpm-lock.yaml:11 ${CC}@2.1.150 via ${TGZ}`]);
    // yarn classic records the file with its sha1 as the URL fragment.
    const yarn =
      '# yarn lockfile v1\n\n\n"innocent@file:vendor/tool.tgz":\n  version "1.0.0"\n  resolved "file:vendor/tool.tgz#0123456789abcdef0123456789abcdef01234567"\n';
    const y = await scan({ 'vendor/tool.tgz': banned(), 'yarn.lock': yarn });
    expect(y.found).toEqual([`fail yarn.lock:4 ${CC}@2.1.150 via ${TGZ}`]);
    // Twins: the same lockfiles over a safe archive.
    expect(
      (await scan({ 'vendor/tool.tgz': safe(), 'pnpm-lock.yaml': pnpm, 'yarn.lock': yarn })).found,
    ).toEqual([]);
  });

  it('pip installs a wheel by its path: the wheel, a requirements line, a command', async () => {
    const policy = [
      'version: 1',
      'rules:',
      '  - id: old-aider',
      '    tool: aider',
      '    versions: ">=0.50,<0.60"',
      '',
    ].join('\n');
    const whl = 'vendor/aider_chat-0.50.0-py3-none-any.whl';
    const r = await scan({
      '.github/ai-tooling-policy.yml': policy,
      [whl]: wheel('aider-chat', '0.50.0'),
      'requirements.txt': `./${whl}\n`,
      'setup.sh': `#!/bin/sh\npip install ${whl}\necho pip install ${whl}\n`,
    });
    expect(r.found).toEqual([
      `fail requirements.txt:1 aider-chat@0.50.0 via ${whl}:1`,
      `fail setup.sh:2 aider-chat@0.50.0 via ${whl}:1`,
    ]);
    // Twin: a safe version's wheel under the same (renamed) file name is judged by its METADATA.
    const renamed = await scan({
      '.github/ai-tooling-policy.yml': policy,
      [whl]: wheel('aider-chat', '0.70.0'),
      'setup.sh': `#!/bin/sh\npip install ${whl}\n`,
    });
    expect(renamed.found).toEqual([]);
  });
});

describe('pull requests (--base)', () => {
  const repo = (files: Record<string, string | Uint8Array>) => makeRepo(files);
  const commit = (dir: string, files: Record<string, string | Uint8Array>) => {
    for (const [p, content] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), content);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'change');
    return run(['scan', dir, '--base', 'HEAD~1']);
  };
  const script = '#!/bin/sh\nnpm i -g ./vendor/tool.tgz\n';

  it('replacing a safe archive by a banned one (only the binary changes) is an introduction', async () => {
    const dir = repo({ 'vendor/tool.tgz': safe(), 'setup.sh': script, 'README.md': 'vendor/tool.tgz\n' });
    const r = await commit(dir, { 'vendor/tool.tgz': banned() });
    expect(r.found).toEqual([`fail introduced setup.sh:2 ${CC}@2.1.150 via ${TGZ}`]);
    expect(r.code).toBe(1);
  });

  it('adding the archive, or a renamed one, is an introduction even when nothing names it', async () => {
    const dir = repo({ 'README.md': 'hi\n' });
    const r = await commit(dir, { 'vendor/x': 'y', 'third_party/blob.tar.gz': banned() });
    expect(r.found).toEqual([`fail introduced third_party/blob.tar.gz:1 ${CC}@2.1.150`]);
  });

  it('a change to the installing file alone re-evaluates the archive it names', async () => {
    const dir = repo({ 'vendor/tool.tgz': banned(), 'package.json': '{ "name": "app" }\n' });
    const r = await commit(dir, { 'setup.sh': script });
    // The archive's own finding at base is now the install's: it moves into the install's via.
    expect(r.found).toEqual([
      `fail introduced setup.sh:2 ${CC}@2.1.150 via ${TGZ}`,
      `fail removed ${TGZ} ${CC}@2.1.150`,
    ]);
    // Twin: an unrelated change leaves the committed archive to the audit.
    const quiet = await commit(dir, { 'README.md': 'docs\n' });
    expect(quiet.found.filter((f) => f.includes('introduced'))).toEqual([]);
    expect(quiet.code).toBe(0);
  });

  it('a pull request that replaces a banned archive by a safe one passes', async () => {
    const dir = repo({ 'vendor/tool.tgz': banned(), 'setup.sh': script });
    const r = await commit(dir, { 'vendor/tool.tgz': safe() });
    expect(r.found).toEqual([`fail removed setup.sh:2 ${CC}@2.1.150 via ${TGZ}`]);
    expect(r.code).toBe(0);
  });
});
