import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../src/inventory/engine.js';
import type { Detector } from '../../src/model/component.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { purlFor } from '../../src/util/purl.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';

/** A detector that reports one component per line `name@version` of files named `pins.txt`. */
const pins: Detector = {
  id: 'pins.txt',
  role: 'manifest',
  syntax: 'text',
  ecosystems: ['npm'],
  matches: (p) => p === 'pins.txt' || p.endsWith('/pins.txt'),
  detect({ path, text }) {
    const components = text
      .split('\n')
      .map((l, i) => [l.trim(), i + 1] as const)
      .filter(([l]) => l.includes('@'))
      .map(([l, line]) => {
        const [name, version] = l.split('@') as [string, string];
        return {
          ecosystem: 'npm' as const,
          name,
          version,
          purl: purlFor('npm', name, version),
          location: { file: path, line },
          source: 'pins.txt',
          sourceKind: 'registry' as const,
        };
      });
    return { components, errors: [] };
  },
};

describe('inventory over a directory', () => {
  it('reads every matching file, skips node_modules, and locates each component', async () => {
    const root = makeTree({
      'pins.txt': 'a@1.0.0\n\nb@2.0.0\n',
      'sub/pins.txt': 'c@3.0.0',
      'node_modules/x/pins.txt': 'hidden@1.0.0',
      'other.txt': 'd@4',
    });
    const inv = await inventory(new DirectorySource(root), { detectors: [pins] });
    expect(inv.errors).toEqual([]);
    expect(inv.filesScanned).toBe(2);
    expect(inv.components.map((c) => `${c.location.file}:${c.location.line} ${c.name}@${c.version}`)).toEqual(
      ['pins.txt:1 a@1.0.0', 'pins.txt:3 b@2.0.0', 'sub/pins.txt:1 c@3.0.0'],
    );
  });

  it('in a git work tree lists tracked and untracked-but-not-ignored files only', async () => {
    const root = makeRepo({ 'pins.txt': 'a@1.0.0\n', '.gitignore': 'ignored/\n' });
    mkdirSync(join(root, 'ignored'));
    writeFileSync(join(root, 'ignored/pins.txt'), 'secret@1.0.0\n');
    mkdirSync(join(root, 'new'));
    writeFileSync(join(root, 'new/pins.txt'), 'fresh@1.0.0\n');
    git(root, 'status');
    const inv = await inventory(new DirectorySource(root), { detectors: [pins] });
    expect(inv.components.map((c) => c.name)).toEqual(['fresh', 'a']);
  });

  it('reports a symlink out of the tree as an error and does not follow it', async () => {
    const outside = makeTree({ 'pins.txt': 'outside@1.0.0\n' });
    const root = makeTree({});
    symlinkSync(join(outside, 'pins.txt'), join(root, 'pins.txt'));
    const inv = await inventory(new DirectorySource(root), { detectors: [pins] });
    expect(inv.components).toEqual([]);
    expect(inv.errors).toEqual([
      { file: 'pins.txt', message: 'symlink points outside the scanned directory; not followed' },
    ]);
  });

  it('reports symlink loops, files over the size limit, invalid UTF-8 and NUL bytes as located errors', async () => {
    const root = makeTree({
      'big/pins.txt': 'x'.repeat(2000),
      'utf8/pins.txt': Buffer.from([0x61, 0x40, 0x31, 0x0a, 0xff, 0xfe, 0x0a]),
      'nul/pins.txt': 'a@1\n\u0000\n',
      'bom/pins.txt': '\ufeffbom@1.0.0\n',
      'utf16/pins.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('wide@1.0.0\n', 'utf16le')]),
    });
    symlinkSync('pins.txt', join(root, 'loop-a'));
    mkdirSync(join(root, 'loop'));
    symlinkSync('../loop/pins.txt', join(root, 'loop/pins.txt'));
    const inv = await inventory(new DirectorySource(root), {
      detectors: [pins],
      limits: { maxFileBytes: 1000, maxFiles: 100, maxDepth: 100, maxComponentsPerFile: 100 },
    });
    expect(inv.errors).toEqual([
      { file: 'big/pins.txt', message: 'file is 2000 bytes, over the limit of 1000 bytes' },
      { file: 'loop/pins.txt', message: 'symlink loop' },
      { file: 'nul/pins.txt', line: 2, message: 'binary data (NUL byte) in a text file' },
      { file: 'utf8/pins.txt', line: 2, message: 'not valid UTF-8 text' },
    ]);
    expect(inv.components.map((c) => c.name)).toEqual(['bom', 'wide']);
  });

  it('turns a detector that throws into a located error, never a crash', async () => {
    const root = makeTree({ 'pins.txt': 'a@1' });
    const broken: Detector = {
      ...pins,
      detect: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const inv = await inventory(new DirectorySource(root), { detectors: [broken] });
    expect(inv.errors).toEqual([{ file: 'pins.txt', message: 'pins.txt: nesting too deep to parse' }]);
  });
});
