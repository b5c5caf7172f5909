import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bunLockbDetector, detectBunLockb } from '../../src/detectors/bun-lockb.js';
import { inventory } from '../../src/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

const header = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';

describe('bun.lockb', () => {
  it('is read as bytes by the engine and matches bun.lockb only', () => {
    expect(bunLockbDetector.binary).toBe(true);
    expect(bunLockbDetector.matches('a/bun.lockb')).toBe(true);
    expect(bunLockbDetector.matches('a/bun.lock')).toBe(false);
  });

  it('binary garbage: an error naming the file', async () => {
    const r = await detectBunLockb({
      path: 'x/bun.lockb',
      bytes: new Uint8Array([0, 1, 2, 255]),
      readFile: () => Promise.resolve(null),
    });
    expect(r).toEqual({
      components: [],
      errors: [{ file: 'x/bun.lockb', message: 'bun.lockb does not start with the bun lockfile header' }],
    });
  });

  it('through the engine, garbage under the bun header never throws', async () => {
    const bytes = new Uint8Array(header.length + 4096);
    bytes.set(new TextEncoder().encode(header));
    for (let i = header.length; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
    const root = makeTree({ 'bun.lockb': bytes });
    const inv = await inventory(new DirectorySource(root), { detectors: [bunLockbDetector] });
    expect(inv.components).toEqual([]);
    expect(inv.errors).toHaveLength(1);
    expect(inv.errors[0]!.file).toBe('bun.lockb');
  });

  it('names a bun.lock beside it', async () => {
    const bytes = new TextEncoder().encode(header + 'x');
    const r = await detectBunLockb({
      path: 'p/bun.lockb',
      bytes,
      readFile: (p) => Promise.resolve(p === 'p/bun.lock' ? '{}' : null),
    });
    expect(r.errors[0]!.message).toMatch(/a bun\.lock sits beside it/);
  });

  void readFileSync;
  void join;
});
