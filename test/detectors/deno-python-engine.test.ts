// The deno and Python detectors as the engine runs them over a real directory: binary garbage
// under every file name they read, and `-r` includes read through the source.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denoLockDetector } from '../../src/detectors/deno-lock.js';
import { pdmLockDetector } from '../../src/detectors/pdm-lock.js';
import { pipfileLockDetector } from '../../src/detectors/pipfile-lock.js';
import { pipfileDetector } from '../../src/detectors/pipfile.js';
import { poetryLockDetector } from '../../src/detectors/poetry-lock.js';
import { pylockTomlDetector } from '../../src/detectors/pylock-toml.js';
import { pyprojectTomlDetector } from '../../src/detectors/pyproject-toml.js';
import { requirementsTxtDetector } from '../../src/detectors/requirements-txt.js';
import { uvLockDetector } from '../../src/detectors/uv-lock.js';
import { inventory } from '../../src/inventory/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';
import { textInput } from './deno-python-input.js';

/** This branch's detectors only, so other formats' detectors cannot change these results. */
const MINE = [
  denoLockDetector,
  requirementsTxtDetector,
  poetryLockDetector,
  uvLockDetector,
  pipfileLockDetector,
  pdmLockDetector,
  pylockTomlDetector,
  pyprojectTomlDetector,
  pipfileDetector,
];

const NAMES = [
  'deno.lock',
  'requirements.txt',
  'requirements/dev.txt',
  'dev-requirements.in',
  'constraints.txt',
  'poetry.lock',
  'uv.lock',
  'pdm.lock',
  'Pipfile.lock',
  'pylock.toml',
  'pylock.dev.toml',
  'pyproject.toml',
  'Pipfile',
];

describe('deno and Python detectors under the engine', () => {
  it('binary garbage under every file name: one located error per file, no component, no throw', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const n of NAMES) files[n] = Uint8Array.from([0x41, 0x0a, 0x00, ...randomBytes(4096)]);
    const inv = await inventory(new DirectorySource(makeTree(files)), { detectors: MINE });
    expect(inv.components).toEqual([]);
    expect(inv.errors.map((e) => e.file).sort()).toEqual([...NAMES].sort());
    for (const e of inv.errors) expect(e.line).toBeGreaterThanOrEqual(1);
  });

  it('printable garbage (valid UTF-8) under every file name: errors naming the file', async () => {
    let s = '';
    for (let i = 0; i < 50_000; i++) s += String.fromCharCode(32 + ((i * 7919) % 95));
    const files: Record<string, string> = {};
    for (const n of NAMES) files[n] = s;
    const inv = await inventory(new DirectorySource(makeTree(files)), { detectors: MINE });
    const withErrors = new Set(inv.errors.map((e) => e.file));
    expect([...withErrors].sort()).toEqual([...NAMES].sort());
    expect(
      inv.errors.every(
        (e) => !e.message.includes(': nesting too deep') && !/is not a function|undefined/.test(e.message),
      ),
    ).toBe(true);
  });

  it('follows -r through the source; components of an included file are located there and not doubled', async () => {
    const root = makeTree({
      'requirements.txt': '-r requirements/base.txt\nclaude-agent-sdk==0.1.5\n',
      'requirements/base.txt': 'anyio==4.11.0\n',
      'tools/req.txt': 'not-a-requirements-file-name==1\n',
      'dev-requirements.txt': '-r tools/req.txt\n-r ../outside.txt\n',
    });
    const inv = await inventory(new DirectorySource(root), { detectors: MINE });
    expect(inv.components.map((c) => [c.location.file, c.location.line, c.name, c.version])).toEqual([
      ['requirements.txt', 2, 'claude-agent-sdk', '0.1.5'],
      ['requirements/base.txt', 1, 'anyio', '4.11.0'],
      ['tools/req.txt', 1, 'not-a-requirements-file-name', '1'],
    ]);
    expect(inv.errors).toEqual([
      { file: 'dev-requirements.txt', line: 2, message: 'included file not found: ../outside.txt' },
    ]);
  });
});

describe('deno and Python detectors never throw (property)', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 100);
  const fragments = fc.constantFrom(
    '[[package]]\n',
    '[[packages]]\n',
    'name = "a"\n',
    'version = "1"\n',
    'source = { git = "x" }\n',
    '{"version": "4", "npm": {',
    '"a@1.0.0": {"integrity": "x"}',
    '"default": {"a": {"version": "==1"}}',
    '-r other.txt\n',
    '-e .\n',
    'pkg==1 \\\n',
    ' --hash=sha256:00\n',
    '# c\n',
    '[project]\ndependencies = [',
    '"x>=1",',
    ']',
    '}',
    '\r\n',
    '\uFEFF',
    '__proto__',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(fragments, { maxLength: 20 }).map((a) => a.join('')),
  );
  for (const d of MINE) {
    it(d.id, async () => {
      const path = NAMES.find((n) => d.matches(n))!;
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          const r = await d.detect(textInput(path, t, { 'other.txt': t }));
          for (const e of r.errors) expect(e.file).toBeTypeOf('string');
        }),
        { numRuns: runs },
      );
    });
  }
});
