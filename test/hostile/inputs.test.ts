// Hostile file contents, for every file name some registered detector reads (the list grows as
// detectors land): each case runs through `inventory(new DirectorySource(dir))` and must end in
// located errors (never a throw, a hang or a silent skip), in bounded time, with no prototype
// pollution. The CLI side (exit codes, no stack traces) is in cli.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/model/limits.js';
import { bomCrlf, deepNesting, prototypeKeys } from './formats.js';
import {
  covered,
  expectLocated,
  garbage,
  insertAtLine,
  printableLine,
  scanDir,
  scanTree,
  uncovered,
} from './helpers.js';
import { mkdtempSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Generous bounds for a shared, noisy machine; the measured times are printed. */
const BOUND_MS = 10_000;
const HUGE_BOUND_MS = 30_000;
const DEPTH = 100_000;

const timings: string[] = [];
afterAll(() => {
  console.log(
    `hostile inputs: covered ${covered.length} names: ${covered.map((f) => f.name).join(', ')}\n` +
      `  not yet read by any detector: ${uncovered.join(', ') || 'none'}\n` +
      timings.map((t) => `  ${t}`).join('\n'),
  );
});

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
}

describe.each(covered.map((f) => [f.name, f] as const))('%s', (name, format) => {
  const valid = format.valid;

  it('binary garbage is a located error', async () => {
    const r = await scanTree({ [name]: garbage(64 * 1024) });
    expect(r.errors.length).toBeGreaterThan(0);
    expectLocated(r.errors, name);
    expect(r.components).toEqual([]);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });

  if (valid !== null) {
    it('invalid UTF-8 is an error on its line', async () => {
      const r = await scanTree({ [name]: insertAtLine(valid, 2, Uint8Array.of(0xc3, 0x28, 0xff)) });
      expect(r.errors).toEqual([{ file: name, line: 2, message: 'not valid UTF-8 text' }]);
      expect(r.components).toEqual([]);
    });

    it('a NUL byte is an error on its line', async () => {
      const r = await scanTree({ [name]: insertAtLine(valid, 3, Uint8Array.of(0)) });
      expect(r.errors).toEqual([{ file: name, line: 3, message: 'binary data (NUL byte) in a text file' }]);
      expect(r.components).toEqual([]);
    });

    it('BOM + CRLF content is read exactly like the LF original', async () => {
      const lf = await scanTree({ [name]: valid });
      const crlf = await scanTree({ [name]: bomCrlf(valid) });
      expect(lf.errors).toEqual([]);
      expect(lf.components.length).toBeGreaterThan(0);
      expect(crlf.errors).toEqual([]);
      expect(crlf.components).toEqual(lf.components);
      for (const c of crlf.components) expect(JSON.stringify(c)).not.toMatch(/\\r|\\ufeff|\ufeff/);
    });

    it('a file over the size limit is a located error, not a skip', async () => {
      const big = valid + '\n'.repeat(2000);
      const limits = { ...defaultLimits, maxFileBytes: 1000 };
      const r = await scanTree({ [name]: big }, limits);
      expect(r.errors).toEqual([
        { file: name, message: `file is ${Buffer.byteLength(big)} bytes, over the limit of 1000 bytes` },
      ]);
      expect(r.components).toEqual([]);
    });
  }

  it('40 MB of single-line garbage ends in bounded time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-huge-'));
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), printableLine(40 * 1024 * 1024));
    const r = await scanDir(root);
    timings.push(`${name}: 40 MB line in ${r.ms.toFixed(0)} ms, ${r.errors.length} error(s)`);
    expect(r.ms).toBeLessThan(HUGE_BOUND_MS);
    expectLocated(r.errors, name);
    // Nothing meaningful is in there: any component would be a mis-read of noise.
    for (const c of r.components) expect(c.name.length).toBeLessThan(1000);
  });

  const deep = deepNesting(format.structure, DEPTH);
  deep.forEach((text, i) => {
    it(`${DEPTH.toLocaleString('en')}-deep nesting #${i + 1} is bounded${format.structure === 'json' || format.structure === 'yaml' || format.structure === 'toml' ? ' and an error' : ''}`, async () => {
      const r = await scanTree({ [name]: text });
      timings.push(
        `${name}: nesting #${i + 1} in ${r.ms.toFixed(0)} ms: ${r.errors.map((e) => e.message).join('; ') || 'no error'}`,
      );
      expect(r.ms).toBeLessThan(BOUND_MS);
      expectLocated(r.errors, name);
      if (format.structure === 'json' || format.structure === 'yaml' || format.structure === 'toml') {
        expect(r.errors.length).toBeGreaterThan(0);
        expect(r.components).toEqual([]);
      }
    });
  });

  if (format.structure === 'yaml') {
    it('a YAML alias bomb is bounded', async () => {
      const levels = ['l0: &l0 {run: "npx -y @anthropic-ai/claude-code@2.1.100", image: "node:24"}'];
      for (let i = 1; i <= 12; i++)
        levels.push(
          `l${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        );
      const text = [
        ...levels,
        'services: {a: {command: *l12, environment: *l12}}',
        'jobs: {j: {runs-on: *l12, steps: *l12}}',
        'runs: {using: composite, steps: *l12}',
        'importers: *l12',
        'packages: *l12',
        'snapshots: *l12',
        '',
      ].join('\n');
      const r = await scanTree({ [name]: text });
      timings.push(`${name}: alias bomb in ${r.ms.toFixed(0)} ms`);
      expect(r.ms).toBeLessThan(BOUND_MS);
      expectLocated(r.errors, name);
    });

    it('merge-key abuse is bounded', async () => {
      const levels = ['m0: &m0 {run: "npx -y @anthropic-ai/claude-code@2.1.100", k0: 0}'];
      for (let i = 1; i <= 25; i++)
        levels.push(
          `m${i}: &m${i} {<<: [${Array(8)
            .fill(`*m${i - 1}`)
            .join(', ')}], k${i}: ${i}}`,
        );
      const text = [
        ...levels,
        'services: {a: {<<: *m25}}',
        'jobs: {j: {<<: *m25, steps: [{<<: *m25}]}}',
        'runs: {using: composite, steps: [{<<: *m25}]}',
        'packages: {<<: *m25}',
        '',
      ].join('\n');
      const r = await scanTree({ [name]: text });
      timings.push(`${name}: merge keys in ${r.ms.toFixed(0)} ms`);
      expect(r.ms).toBeLessThan(BOUND_MS);
      expectLocated(r.errors, name);
    });
  }

  const proto = prototypeKeys(format.structure);
  if (proto !== null) {
    it('__proto__ / constructor / prototype keys do not pollute prototypes', async () => {
      const r = await scanTree({ [name]: proto });
      expectLocated(r.errors, name);
      expectNoPollution();
      if (valid !== null) {
        // The keys spliced into a valid file: still read, still no pollution.
        const r2 = await scanTree({ [name]: valid, [`again/${name}`]: proto });
        expect(r2.components.length).toBeGreaterThan(0);
        expectNoPollution();
      }
    });
  }
});

it('covers at least the detectors on main', () => {
  expect(covered.length).toBeGreaterThanOrEqual(11);
});

it('a link to the 40 MB line under every covered name at once stays bounded', async () => {
  const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-links-'));
  writeFileSync(join(root, 'blob.bin'), printableLine(8 * 1024 * 1024));
  for (const [i, f] of covered.entries()) {
    const p = join(root, `n${i}`, f.name);
    mkdirSync(dirname(p), { recursive: true });
    symlinkSync(join(root, 'blob.bin'), p);
  }
  const r = await scanDir(root);
  timings.push(`${covered.length} links to an 8 MB line: ${r.ms.toFixed(0)} ms`);
  expect(r.ms).toBeLessThan(HUGE_BOUND_MS);
  for (const e of r.errors) expect(e.file).toMatch(/^n\d+\//);
});
