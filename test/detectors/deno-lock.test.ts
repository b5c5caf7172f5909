import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDenoLock, denoLockDetector, splitPackageId } from '../../src/detectors/deno-lock.js';
import { brief, fixtureInput, fixtures, textInput } from './deno-python-input.js';

const run = (root: string) => detectDenoLock(fixtureInput(root, 'deno.lock'));
const cc = '@anthropic-ai/claude-code';

describe('deno.lock', () => {
  it('matches deno.lock anywhere', () => {
    expect(denoLockDetector.matches('deno.lock')).toBe(true);
    expect(denoLockDetector.matches('apps/web/deno.lock')).toBe(true);
    expect(denoLockDetector.matches('deno.lock.bak')).toBe(false);
    expect(denoLockDetector.matches('deno.json')).toBe(false);
  });

  it('reads v2: npm.packages, peer suffixes dropped, line of each key', () => {
    const r = run('deno/v2');
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 13, name: cc, version: '1.0.0', kind: 'registry', file: 'deno.lock' },
      { line: 17, name: 'preact-render-to-string', version: '6.0.2', kind: 'registry', file: 'deno.lock' },
      { line: 24, name: 'preact', version: '10.15.1', kind: 'registry', file: 'deno.lock' },
      { line: 28, name: 'pretty-format', version: '3.8.0', kind: 'registry', file: 'deno.lock' },
    ]);
    expect(r.components[0]!.purl).toBe('pkg:npm/%40anthropic-ai/claude-code@1.0.0');
    expect(r.components[0]!.source).toBe('deno.lock');
    expect(r.components[0]!.integrity).toMatch(/^sha512-j\+unqOvDZJaF/);
  });

  it('reads v3: packages.npm and packages.jsr', () => {
    const r = run('deno/v3');
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 16, name: cc, version: '1.0.30', kind: 'registry', file: 'deno.lock' },
      { line: 20, name: '@preact/signals-core', version: '1.6.0', kind: 'registry', file: 'deno.lock' },
      { line: 24, name: '@preact/signals', version: '1.2.3', kind: 'registry', file: 'deno.lock' },
      { line: 31, name: 'preact', version: '10.22.0', kind: 'registry', file: 'deno.lock' },
      { line: 11, name: '@std/path', version: '0.225.2', kind: 'registry', file: 'deno.lock' },
    ]);
    const jsr = r.components.find((c) => c.ecosystem === 'jsr')!;
    expect(jsr.purl).toBe('pkg:jsr/%40std/path@0.225.2');
    expect(jsr.integrity).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads v4: top-level npm and jsr; npm CDN URLs in remote are npm packages, other URLs are not', () => {
    const r = run('deno/v4');
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 15, name: cc, version: '2.1.91', kind: 'registry', file: 'deno.lock' },
      { line: 18, name: '@preact/signals-core', version: '1.8.0', kind: 'registry', file: 'deno.lock' },
      { line: 21, name: '@preact/signals', version: '1.3.2', kind: 'registry', file: 'deno.lock' },
      { line: 28, name: 'preact', version: '10.26.5', kind: 'registry', file: 'deno.lock' },
      { line: 10, name: '@std/path', version: '1.0.6', kind: 'registry', file: 'deno.lock' },
      {
        line: 33,
        name: cc,
        version: '2.1.90',
        kind: 'url',
        resolved: 'https://esm.sh/@anthropic-ai/claude-code@2.1.90/cli.js',
        file: 'deno.lock',
      },
    ]);
  });

  it('reads v5 with workspace members and per-package flags', () => {
    const r = run('deno/v5');
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 15, name: cc, version: '2.1.120', kind: 'registry', file: 'deno.lock' },
      { line: 19, name: cc, version: '2.1.90', kind: 'registry', file: 'deno.lock' },
      { line: 23, name: '@preact/signals-core', version: '1.12.1', kind: 'registry', file: 'deno.lock' },
      { line: 26, name: '@preact/signals', version: '2.3.1', kind: 'registry', file: 'deno.lock' },
      { line: 33, name: 'preact', version: '10.27.2', kind: 'registry', file: 'deno.lock' },
      { line: 10, name: '@std/path', version: '1.1.2', kind: 'registry', file: 'deno.lock' },
    ]);
  });

  it('records a v5 tarball URL as resolved', () => {
    const text =
      '{\n  "version": "5",\n  "npm": {\n    "x@1.0.0": {\n      "integrity": "sha512-a",\n      "tarball": "https://npm.example.com/x/-/x-1.0.0.tgz"\n    }\n  }\n}\n';
    const r = detectDenoLock(textInput('deno.lock', text));
    expect(r.components.map(brief)).toEqual([
      {
        line: 4,
        name: 'x',
        version: '1.0.0',
        kind: 'registry',
        resolved: 'https://npm.example.com/x/-/x-1.0.0.tgz',
        file: 'deno.lock',
      },
    ]);
  });

  it('v1 (URL -> checksum map) has no packages but CDN URLs', () => {
    const text =
      '{\n  "https://deno.land/std@0.100.0/fs/mod.ts": "abc",\n  "https://unpkg.com/@anthropic-ai/claude-code@^2.1.0/cli.js": "def"\n}\n';
    const r = detectDenoLock(textInput('deno.lock', text));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 3,
        name: cc,
        version: null,
        spec: '^2.1.0',
        kind: 'url',
        resolved: 'https://unpkg.com/@anthropic-ai/claude-code@^2.1.0/cli.js',
        file: 'deno.lock',
      },
    ]);
  });

  it('splits package ids as deno_lockfile does', () => {
    expect(splitPackageId('@a/b@1.0.0_@c+d@2.0.0_e@3.0.0')).toEqual({ name: '@a/b', version: '1.0.0' });
    expect(splitPackageId('preact@10.0.0')).toEqual({ name: 'preact', version: '10.0.0' });
    expect(splitPackageId('nover')).toBeNull();
    expect(splitPackageId('@scope@1.0.0')).toBeNull();
    expect(splitPackageId('x@')).toBeNull();
  });

  describe('hostile input', () => {
    it('truncated JSON: a located error', () => {
      const text = '{\n  "version": "4",\n  "npm": {\n    "a@1.0.0": {\n      "integrity": "sha512-';
      const r = detectDenoLock(textInput('deno.lock', text));
      expect(r.components).toEqual([]);
      expect(r.errors).toEqual([
        { file: 'deno.lock', line: 5, column: 20, message: 'invalid JSON: unexpected end of string' },
      ]);
    });

    it('a syntax error in the middle: located', () => {
      const text = '{\n  "version": "4",\n  "npm": {\n    "a@1.0.0": { "integrity": "x" },\n  }\n}\n';
      const r = detectDenoLock(textInput('deno.lock', text));
      expect(r.errors).toEqual([
        { file: 'deno.lock', line: 5, column: 3, message: 'invalid JSON: property name expected' },
      ]);
    });

    it('100k-deep nesting: a located error, no crash', () => {
      const text = '{\n"version": "4",\n"npm": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
      const r = detectDenoLock(textInput('deno.lock', text));
      expect(r.errors).toEqual([
        { file: 'deno.lock', line: 3, message: 'JSON nesting deeper than 512 levels' },
      ]);
    });

    it('BOM and CRLF: same lines', () => {
      const text =
        '\uFEFF{\r\n  "version": "4",\r\n  "npm": {\r\n    "a@1.0.0": {\r\n      "integrity": "sha512-x"\r\n    }\r\n  }\r\n}\r\n';
      const r = detectDenoLock(textInput('deno.lock', text));
      expect(r.errors).toEqual([]);
      expect(r.components.map(brief)).toEqual([
        { line: 4, name: 'a', version: '1.0.0', kind: 'registry', file: 'deno.lock' },
      ]);
    });

    it('__proto__ keys: reported as invalid ids, nothing polluted', () => {
      const text =
        '{\n  "version": "4",\n  "npm": {\n    "__proto__": { "integrity": "x" },\n    "constructor@1.0.0": { "integrity": "y" }\n  },\n  "__proto__": { "polluted": true }\n}\n';
      const r = detectDenoLock(textInput('deno.lock', text));
      expect(r.errors).toEqual([
        { file: 'deno.lock', line: 4, message: 'invalid npm package id "__proto__"' },
      ]);
      expect(r.components.map(brief)).toEqual([
        { line: 5, name: 'constructor', version: '1.0.0', kind: 'registry', file: 'deno.lock' },
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('wrong shapes and unknown versions are errors, not throws', () => {
      const r1 = detectDenoLock(textInput('deno.lock', '[1, 2]'));
      expect(r1.errors).toEqual([{ file: 'deno.lock', line: 1, message: 'deno.lock is not a JSON object' }]);
      const r2 = detectDenoLock(textInput('deno.lock', '{\n  "version": "4",\n  "npm": "nope"\n}'));
      expect(r2.errors).toEqual([{ file: 'deno.lock', line: 3, message: '"npm" is not an object' }]);
      const r3 = detectDenoLock(
        textInput('deno.lock', '{\n  "version": "9",\n  "npm": { "a@1.0.0": {} }\n}'),
      );
      expect(r3.errors).toEqual([
        { file: 'deno.lock', line: 2, message: 'unsupported deno.lock version "9"; read as version 5' },
      ]);
      expect(r3.components.map(brief)).toEqual([
        { line: 3, name: 'a', version: '1.0.0', kind: 'registry', file: 'deno.lock' },
      ]);
    });
  });
});

describe('deno.lock truncated at a structural point', () => {
  it('reports the end of the file', () => {
    const r = detectDenoLock(textInput('deno.lock', '{\n  "version": "4",\n  "npm": {\n'));
    expect(r.errors).toEqual([
      { file: 'deno.lock', line: 4, column: 1, message: 'invalid JSON: unexpected end of file' },
    ]);
  });
});

describe('deno.lock generated by deno 2.9.6 (lockfile v5)', () => {
  for (const name of ['claude-alias', 'deno-imports', 'sources', 'workspaces']) {
    it(`${name}: exactly the registry packages of expected.json, each on its key line`, () => {
      const input = fixtureInput(`lockfiles/generated/deno@2.9.6/${name}`, 'deno.lock');
      const expected = JSON.parse(
        readFileSync(join(fixtures, `lockfiles/generated/deno@2.9.6/${name}/expected.json`), 'utf8'),
      ) as string[];
      const r = detectDenoLock(input);
      expect(r.errors).toEqual([]);
      const got = r.components.map((c) => (c.ecosystem === 'jsr' ? 'jsr:' : '') + `${c.name}@${c.version}`);
      expect([...new Set(got)].sort()).toEqual([...expected].sort());
      const lines = input.text.split('\n');
      for (const c of r.components) {
        expect(lines[c.location.line - 1]!.startsWith(`    "${c.name}@${c.version}`)).toBe(true);
        expect(c.integrity).toMatch(/^sha512-/);
        expect(c.sourceKind).toBe('registry');
      }
    });
  }

  it('claude-alias: the banned claude-code and the aliased old one, with real names and lines', () => {
    const r = detectDenoLock(fixtureInput('lockfiles/generated/deno@2.9.6/claude-alias', 'deno.lock'));
    const cc = r.components.filter((c) => c.name === '@anthropic-ai/claude-code');
    expect(cc.map((c) => [c.location.line, c.version, c.purl])).toEqual([
      [108, '2.1.150', 'pkg:npm/%40anthropic-ai/claude-code@2.1.150'],
      [123, '2.1.90', 'pkg:npm/%40anthropic-ai/claude-code@2.1.90'],
    ]);
    const sdk = r.components.find((c) => c.name === '@anthropic-ai/claude-agent-sdk')!;
    expect(sdk.version).toBe('0.2.113'); // the key is `@anthropic-ai/claude-agent-sdk@0.2.113_zod@4.6.7`
  });
});
