// inventoryEach hands over the same components, in the same order, as inventory — file by file.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { renderJson } from '../../src/reporters/json.js';
import { createNpmResolver } from '../../src/resolver/index.js';
import { renderInventoryText } from '../../src/reporters/text.js';
import { inventoryReport } from '../../src/gate/scan.js';
import { inventory, inventoryEach } from '../../src/inventory/engine.js';
import type { Component } from '../../src/model/component.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

async function streamed(dir: string) {
  const files: string[] = [];
  const components: Component[] = [];
  const totals = await inventoryEach(new DirectorySource(dir), {}, (file, list) => {
    files.push(file);
    for (const c of list) {
      expect(c.location.file).toBe(file);
      components.push(c);
    }
  });
  return { files, components, totals };
}

describe('inventoryEach', () => {
  it('equals inventory over every committed fixture (all formats, hostile files included)', async () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
    const whole = await inventory(new DirectorySource(dir));
    const s = await streamed(dir);
    expect(whole.components.length).toBeGreaterThan(3000);
    expect(s.components).toEqual(whole.components);
    expect(s.totals.errors).toEqual(whole.errors);
    expect(s.totals.filesScanned).toBe(whole.filesScanned);
    expect(s.totals.components).toBe(whole.components.length);
    expect(s.files).toEqual([...new Set(whole.components.map((c) => c.location.file))]);
  });

  it('hands over components another file located in an earlier file at that file’s turn', async () => {
    // `.devcontainer/Dockerfile` sorts before `.devcontainer/devcontainer.json`, which reads it.
    const dir = makeTree({
      '.devcontainer/devcontainer.json': JSON.stringify({
        build: { dockerfile: 'Dockerfile', args: { V: '2.1.120' } },
      }),
      '.devcontainer/Dockerfile': 'FROM node:24\nARG V\nRUN npm install -g @anthropic-ai/claude-code@${V}\n',
      'app/package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: { '': {}, 'node_modules/left-pad': { version: '1.3.0' } },
      }),
    });
    const whole = await inventory(new DirectorySource(dir));
    const s = await streamed(dir);
    expect(s.components).toEqual(whole.components);
    expect(s.files).toEqual(['.devcontainer/Dockerfile', 'app/package-lock.json']);
  });

  it('reports a file it cannot read (read ahead) at its turn, as inventory does', async () => {
    const dir = makeTree({
      'b/package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: { '': {}, 'node_modules/left-pad': { version: '1.3.0' } },
      }),
    });
    mkdirSync(join(dir, 'a'));
    symlinkSync('/etc/hostname', join(dir, 'a', 'package-lock.json'));
    const whole = await inventory(new DirectorySource(dir));
    const s = await streamed(dir);
    expect(whole.errors).toHaveLength(1);
    expect(s.totals.errors).toEqual(whole.errors);
    expect(s.components).toEqual(whole.components);
  });

  it('reports a tree it cannot list as one error at the root', async () => {
    const s = await inventoryEach(
      { description: 'x', list: () => Promise.reject(new Error('boom')), read: () => Promise.resolve(null) },
      {},
      () => {
        throw new Error('no file expected');
      },
    );
    expect(s.errors).toEqual([{ file: '.', message: 'cannot be listed: boom' }]);
  });
});

describe('inventory (CLI), written file by file', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

  it('prints byte for byte the report of the whole inventory, JSON to a file and text to stdout', async () => {
    // What the CLI printed before it streamed: the whole inventory through the (offline) resolver.
    const inv = await inventory(new DirectorySource(fixtures));
    const resolved = await createNpmResolver({ root: fixtures, offline: true, env: {} })(inv.components);
    inv.components = resolved.components;
    if (resolved.errors) inv.errors.push(...resolved.errors);
    const expected = inventoryReport(inv);
    const out = join(mkdtempSync(join(tmpdir(), 'aitg-inv-')), 'inventory.json');
    const code = await main(['inventory', fixtures, '--offline', '--format', 'json', '--output', out]);
    expect(code).toBe(expected.errors.length > 0 ? 1 : 0);
    expect(readFileSync(out, 'utf8')).toBe(renderJson(expected));

    let stdout = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      await main(['inventory', fixtures, '--offline']);
    } finally {
      spy.mockRestore();
    }
    expect(stdout).toBe(renderInventoryText(expected));
  });

  it('prints an empty inventory as the whole-report renderer does', async () => {
    const dir = makeTree({ 'README.md': 'nothing to see' });
    const out = join(mkdtempSync(join(tmpdir(), 'aitg-inv-')), 'inventory.json');
    expect(await main(['inventory', dir, '--format', 'json', '--output', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      renderJson({
        schemaVersion: 1,
        components: [],
        errors: [],
        summary: { filesScanned: 0, components: 0 },
      }),
    );
  });

  it('an --output that cannot be written is a failing exit naming the file, before anything is scanned', async () => {
    const dir = makeTree({ 'package-lock.json': '{"lockfileVersion":3,"packages":{}}' });
    let stderr = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    try {
      expect(await main(['inventory', dir, '--output', dir])).toBe(1);
      // Missing folders are created (issue 16); a folder that cannot be (its parent is a file) fails.
      expect(await main(['inventory', dir, '--output', join(dir, 'package-lock.json', 'out.json')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(stderr).toContain(`EISDIR`);
    expect(stderr).toContain(join(dir, 'package-lock.json'));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reads each file of a local disk when its turn comes, and reads ahead from slower sources', async () => {
    const lock = (name: string) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: { '': {}, [`node_modules/${name}`]: { version: '1.0.0' } },
      });
    const dir = makeTree({
      'a/package-lock.json': lock('left-pad'),
      'b/package-lock.json': lock('right-pad'),
      'c/package-lock.json': lock('up-pad'),
    });
    const run = async (readsAtOnce: boolean) => {
      const disk = new DirectorySource(dir);
      const log: string[] = [];
      const source = {
        description: disk.description,
        readsAtOnce,
        list: () => disk.list(),
        read: (path: string, max: number) => {
          log.push(`read ${path}`);
          return disk.read(path, max);
        },
      };
      await inventoryEach(source, {}, (file) => {
        log.push(`file ${file}`);
      });
      return log;
    };
    expect(await run(true)).toEqual([
      'read a/package-lock.json',
      'file a/package-lock.json',
      'read b/package-lock.json',
      'file b/package-lock.json',
      'read c/package-lock.json',
      'file c/package-lock.json',
    ]);
    expect((await run(false)).slice(0, 3)).toEqual([
      'read a/package-lock.json',
      'read b/package-lock.json',
      'read c/package-lock.json',
    ]);
  });
});
