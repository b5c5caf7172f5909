// The deno and Python detectors as the engine runs them over a real directory: binary garbage
// under every file name they read, and `-r` includes read through the source.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../src/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

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
    const inv = await inventory(new DirectorySource(makeTree(files)));
    expect(inv.components).toEqual([]);
    expect(inv.errors.map((e) => e.file).sort()).toEqual([...NAMES].sort());
    for (const e of inv.errors) expect(e.line).toBeGreaterThanOrEqual(1);
  });

  it('printable garbage (valid UTF-8) under every file name: errors naming the file', async () => {
    let s = '';
    for (let i = 0; i < 50_000; i++) s += String.fromCharCode(32 + ((i * 7919) % 95));
    const files: Record<string, string> = {};
    for (const n of NAMES) files[n] = s;
    const inv = await inventory(new DirectorySource(makeTree(files)));
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
    const inv = await inventory(new DirectorySource(root));
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
