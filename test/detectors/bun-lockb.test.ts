import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bunLockbDetector, detectBunLockb } from '../../src/detectors/bun-lockb.js';
import { inventory } from '../../src/inventory/engine.js';
import type { Component } from '../../src/model/component.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

const fixtures = join(import.meta.dirname, '../fixtures/bun');
const header = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';
const noFile = (): Promise<string | null> => Promise.resolve(null);

/** name@version of the registry packages in the yarn v1 lockfile `bun ./bun.lockb` printed. */
function printedRegistryPackages(yarnLock: string): string[] {
  const out = new Set<string>();
  for (const block of yarnLock.split('\n\n')) {
    const m = /^"?([^\n"]+?)"?(?:,[^\n]*)?:\n\s+version "([^"]+)"/m.exec(block.trim());
    if (!m) continue;
    const descriptor = m[1]!;
    const at = descriptor.indexOf('@', 1);
    let name = descriptor.slice(0, at);
    const rest = descriptor.slice(at + 1);
    if (rest.startsWith('npm:')) name = rest.slice(4, rest.indexOf('@', 5));
    if (/^\d+\.\d+\.\d+/.test(m[2]!)) out.add(`${name}@${m[2]}`);
  }
  return [...out].sort();
}

function brief(c: Component): string {
  return `${c.name}@${c.version ?? c.spec} ${c.sourceKind}`;
}

describe('bun.lockb written by real bun', () => {
  for (const [dir, format] of [
    ['lockb-bun1.1.45', 2],
    ['lockb-bun1.4.5', 3],
  ] as const) {
    it(`${dir} (binary format ${format}) lists exactly what bun prints`, async () => {
      const bytes = new Uint8Array(readFileSync(join(fixtures, dir, 'bun.lockb')));
      expect(bytes[42]).toBe(format);
      const r = await detectBunLockb({ path: `${dir}/bun.lockb`, bytes, readFile: noFile });
      expect(r.errors).toEqual([]);
      const registry = [
        ...new Set(
          r.components.filter((c) => c.sourceKind === 'registry').map((c) => `${c.name}@${c.version}`),
        ),
      ].sort();
      expect(registry).toEqual(
        printedRegistryPackages(readFileSync(join(fixtures, dir, 'bun-lockb-printed.yarn.lock'), 'utf8')),
      );
      expect(registry).toContain('@anthropic-ai/claude-code@2.1.90');
      expect(registry).toContain('@anthropic-ai/claude-code@2.1.91');
      expect(registry).toContain('typescript@5.0.1-rc');
      expect(
        r.components
          .filter((c) => c.sourceKind !== 'registry')
          .map(brief)
          .sort(),
      ).toEqual(['app@workspace:packages/app workspace', 'is-odd@3.0.1 tarball', 'local-pkg@local file']);
      const cc = r.components.find((c) => c.version === '2.1.91')!;
      expect(cc).toEqual({
        ecosystem: 'npm',
        name: '@anthropic-ai/claude-code',
        version: '2.1.91',
        purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.91',
        location: { file: `${dir}/bun.lockb`, line: 1 },
        source: 'bun.lockb',
        sourceKind: 'registry',
        resolved: 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.91.tgz',
      });
    });
  }

  it('is read as bytes by the engine and matches bun.lockb only', () => {
    expect(bunLockbDetector.binary).toBe(true);
    expect(bunLockbDetector.matches('a/bun.lockb')).toBe(true);
    expect(bunLockbDetector.matches('a/bun.lock')).toBe(false);
  });
});

describe('bun.lockb that cannot be read fails closed', () => {
  const message = (reason: string): string =>
    `bun.lockb is a binary lockfile this version cannot read (${reason}); convert it with "bun install --save-text-lockfile" and commit bun.lock`;
  const real = new Uint8Array(readFileSync(join(fixtures, 'lockb-bun1.4.5/bun.lockb')));

  it('binary garbage', async () => {
    const r = await detectBunLockb({
      path: 'x/bun.lockb',
      bytes: new Uint8Array([0, 1, 2, 255]),
      readFile: noFile,
    });
    expect(r).toEqual({
      components: [],
      errors: [{ file: 'x/bun.lockb', message: message('it does not start with the bun lockfile header') }],
    });
  });

  it('another binary format version, and a bun.lock beside it', async () => {
    const bytes = real.slice();
    bytes[42] = 1;
    const r = await detectBunLockb({
      path: 'p/bun.lockb',
      bytes,
      readFile: (p) => Promise.resolve(p === 'p/bun.lock' ? '{}' : null),
    });
    expect(r.errors).toEqual([
      {
        file: 'p/bun.lockb',
        message:
          message('binary format version 1; versions 2 and 3 are read') +
          '; a bun.lock sits beside it (Bun reads bun.lock first): delete the stale bun.lockb',
      },
    ]);
  });

  it('every truncation and every single corrupted byte: an error or a valid read, never a throw', async () => {
    for (let n = 0; n < real.length; n += 97) {
      const r = await detectBunLockb({ path: 'bun.lockb', bytes: real.subarray(0, n), readFile: noFile });
      expect(r.components.length === 0 ? r.errors.length : 1).toBe(1);
    }
    for (let i = 42; i < real.length; i += 13) {
      const bytes = real.slice();
      bytes[i] = bytes[i]! ^ 0xff;
      const r = await detectBunLockb({ path: 'bun.lockb', bytes, readFile: noFile });
      for (const c of r.components) expect(typeof c.name).toBe('string');
      expect(r.errors.length + r.components.length).toBeGreaterThan(0);
    }
  });

  it('huge lengths in the header', async () => {
    const bytes = real.slice();
    new DataView(bytes.buffer).setBigUint64(86, 0xffffffffffffffffn, true);
    const r = await detectBunLockb({ path: 'bun.lockb', bytes, readFile: noFile });
    expect(r.errors[0]!.message).toMatch(
      /^bun\.lockb is a binary lockfile this version cannot read \(a length at byte 86 is out of range\)/,
    );
  });

  it('through the engine, garbage under the bun header is an error naming the file', async () => {
    const bytes = new Uint8Array(header.length + 4096);
    bytes.set(new TextEncoder().encode(header));
    for (let i = header.length; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
    const root = makeTree({ 'bun.lockb': bytes });
    const inv = await inventory(new DirectorySource(root), { detectors: [bunLockbDetector] });
    expect(inv.components).toEqual([]);
    expect(inv.errors).toHaveLength(1);
    expect(inv.errors[0]!.file).toBe('bun.lockb');
  });
});
