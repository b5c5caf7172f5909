// Hostile trees: links out of the tree, loops, devices, FIFOs, file names made to be run by a
// shell, very many files. Every case is bounded in time and ends in located errors, never a hang,
// a crash, an executed command or a silent skip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inventory } from '../../src/inventory/engine.js';
import { defaultLimits } from '../../src/model/limits.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { covered, runCli, scanDir, STACK_TRACE, WORKFLOW_COPIER } from './helpers.js';

const BOUND_MS = 10_000;
const measured: string[] = [];
afterAll(() => console.log(`hostile trees:\n${measured.map((m) => `  ${m}`).join('\n')}`));

const DOCKERFILE = 'FROM node:24-slim\nRUN npm install -g @anthropic-ai/claude-code@2.1.100\n';

function mkfifo(path: string): void {
  execFileSync('mkfifo', ['--', path]);
}

describe('links, devices and FIFOs', () => {
  it('a symlink out of the tree, a loop and links to /dev/zero and /dev/urandom are located errors', async () => {
    const outside = makeTree({ Dockerfile: DOCKERFILE });
    const root = makeTree(WORKFLOW_COPIER);
    const names = covered.map((f) => f.name);
    const cases: Record<string, string> = {
      out: join(outside, 'Dockerfile'),
      zero: '/dev/zero',
      urandom: '/dev/urandom',
      loop: 'LOOP',
    };
    for (const [dir, target] of Object.entries(cases)) {
      for (const name of names) {
        const p = join(root, dir, name);
        mkdirSync(dirname(p), { recursive: true });
        symlinkSync(target === 'LOOP' ? p : target, p);
      }
    }
    const r = await scanDir(root);
    measured.push(
      `links to outside, /dev/zero, /dev/urandom, loops under ${names.length} names: ${r.ms.toFixed(0)} ms`,
    );
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.components).toEqual([]);
    const expected = [];
    for (const dir of Object.keys(cases))
      for (const name of names)
        expected.push({
          file: `${dir}/${name}`,
          message:
            dir === 'loop' ? 'symlink loop' : 'symlink points outside the scanned directory; not followed',
        });
    expect(r.errors).toEqual(expected.sort((a, b) => (a.file < b.file ? -1 : 1)));
  });

  it('a FIFO under every detected name does not block the scan and is an error', async () => {
    const root = makeTree(WORKFLOW_COPIER);
    for (const f of covered) {
      const p = join(root, 'fifo', f.name);
      mkdirSync(dirname(p), { recursive: true });
      mkfifo(p);
    }
    // Also the classic: a FIFO named package-lock.json next to a real file.
    mkfifo(join(root, 'package-lock.json'));
    writeFileSync(join(root, 'Dockerfile'), DOCKERFILE);
    const r = await scanDir(root);
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.errors.filter((e) => e.file.startsWith('fifo/'))).toEqual(
      covered
        .map((f) => ({ file: `fifo/${f.name}`, message: 'not a regular file' }))
        .sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
    expect(r.components.map((c) => c.location.file)).toContain('Dockerfile');
  });

  it('in a git work tree: a committed link to /dev/zero is an error and an untracked FIFO never blocks', async () => {
    const root = makeRepo({ Dockerfile: DOCKERFILE });
    symlinkSync('/dev/zero', join(root, 'package.json'));
    git(root, 'add', '--', 'package.json');
    git(root, 'commit', '-q', '-m', 'link');
    mkfifo(join(root, 'compose.yml'));
    const r = await scanDir(root);
    expect(r.ms).toBeLessThan(BOUND_MS);
    // git never lists a FIFO; if it did, reading it would be "not a regular file".
    expect(r.errors.filter((e) => e.file !== 'compose.yml')).toEqual([
      { file: 'package.json', message: 'symlink points outside the scanned directory; not followed' },
    ]);
    expect(r.components.map((c) => c.location.file)).toContain('Dockerfile');
  });

  it('a character device inside the tree is not read', async () => {
    const root = makeTree({});
    try {
      execFileSync('mknod', ['--', join(root, 'Dockerfile'), 'c', '1', '5']); // same device as /dev/zero
    } catch {
      console.log('mknod not permitted here: device-inside-the-tree case not run');
      return;
    }
    const r = await scanDir(root);
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.errors).toEqual([{ file: 'Dockerfile', message: 'not a regular file' }]);
  });
});

describe('file names and contents made for a shell', () => {
  const hostileDirs = [
    '$(touch pwned-a)',
    ';touch pwned-b;',
    '`touch pwned-c`',
    'a\nb',
    "x' || touch pwned-d '",
    '-rf',
    '--output=pwned-e',
  ];
  const content =
    'FROM node:24-slim\nRUN npm install -g @anthropic-ai/claude-code@2.1.100 $(touch pwned-f) `touch pwned-g`\n';

  function check(root: string, r: { components: { location: { file: string } }[] }, cwd: string): void {
    for (const where of [root, cwd, tmpdir(), process.cwd()]) {
      const pwned = readdirSync(where).filter((n) => n.startsWith('pwned'));
      expect(pwned).toEqual([]);
    }
    const files = new Set(r.components.map((c) => c.location.file));
    for (const d of hostileDirs) expect(files).toContain(`${d}/Dockerfile`);
  }

  it('outside git: every file is scanned by its literal name and nothing is run', async () => {
    const root = makeTree(Object.fromEntries(hostileDirs.map((d) => [`${d}/Dockerfile`, content])));
    const r = await scanDir(root);
    check(root, r, root);
  });

  it('in a git work tree (names from git ls-files -z): the same', async () => {
    const root = makeRepo(Object.fromEntries(hostileDirs.map((d) => [`${d}/Dockerfile`, content])));
    const r = await scanDir(root);
    check(root, r, root);
    // And the CLI from inside that tree.
    const cli = runCli(['scan', root, '--format', 'json', '--offline']);
    expect(cli.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(cli.stdout) as { findings: { location: { file: string } }[] };
    expect(report.findings.map((f) => f.location.file)).toContain('$(touch pwned-a)/Dockerfile');
    check(root, r, root);
  });
});

describe('very many files', () => {
  it('100,000 files in one tree are listed and scanned in bounded time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-many-'));
    const t0 = performance.now();
    for (let d = 0; d < 1000; d++) {
      const dir = join(root, `d${d}`);
      mkdirSync(dir);
      for (let f = 0; f < 99; f++) writeFileSync(join(dir, `f${f}.txt`), 'x');
      writeFileSync(
        join(dir, d % 10 === 0 ? 'Dockerfile' : 'README.md'),
        d % 10 === 0 ? DOCKERFILE : '# hi\n',
      );
    }
    const made = performance.now() - t0;
    const r = await scanDir(root);
    measured.push(
      `100,000 files (100 Dockerfiles): created in ${made.toFixed(0)} ms, inventory in ${r.ms.toFixed(0)} ms`,
    );
    expect(r.errors).toEqual([]);
    expect(r.filesScanned).toBe(100);
    expect(r.components.length).toBe(100);
    expect(r.ms).toBeLessThan(30_000);
  });

  it('a tree over maxFiles is a located error and a failing exit, never a partial scan', async () => {
    const files: Record<string, string> = { Dockerfile: DOCKERFILE };
    for (let i = 0; i < 60; i++) files[`f${i}.txt`] = 'x';
    const root = makeTree(files);
    const limits = { ...defaultLimits, maxFiles: 50 };
    const inv = await inventory(new DirectorySource(root), { limits });
    expect(inv.errors).toEqual([{ file: '.', message: '61 files exceed the limit of 50 files in one tree' }]);
    expect(inv.components).toEqual([]);
    // A source that stops listing at the limit says so the same way.
    const bounded = await inventory(new DirectorySource(root, 50), { limits });
    expect(bounded.errors).toEqual([
      { file: '.', message: 'more than 50 files in the tree, over the limit' },
    ]);

    for (const command of ['scan', 'inventory']) {
      const cli = runCli([command, root, '--format', 'json', '--offline'], { AITG_MAX_FILES: '50' });
      expect(cli.status).toBe(1);
      expect(cli.stderr).not.toMatch(STACK_TRACE);
      const report = JSON.parse(cli.stdout) as { errors: { file: string; message: string }[] };
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]!.file).toBe('.');
      expect(report.errors[0]!.message).toMatch(/over the limit|exceed the limit of 50 files/);
    }
  });

  it('the default limits are the documented safe ones', () => {
    expect(defaultLimits).toEqual({
      maxFileBytes: 64 * 1024 * 1024,
      maxFiles: 500_000,
      maxDepth: 512,
      maxComponentsPerFile: 1_000_000,
    });
  });
});

it('git is asked for files with -z, so a name with a newline stays one name', async () => {
  const root = makeRepo({ 'a\nb/Dockerfile': DOCKERFILE });
  git(root, 'status');
  const list = await new DirectorySource(root).list();
  expect(list).toContain('a\nb/Dockerfile');
  expect(existsSync(join(root, 'a'))).toBe(false);
});
