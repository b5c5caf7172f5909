import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeComponent } from '../../src/detectors/component.js';
import { detectPnpmLock, parsePackageKey, pnpmLockDetector } from '../../src/detectors/pnpm-lock.js';
import type { Component } from '../../src/model/component.js';
import { pnpmByLibrary, pnpmByScanner } from './lockfile-reference.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../fixtures/pnpm');
const read = (p: string): string => readFileSync(join(fixtures, p), 'utf8');
const F = 'pnpm-lock.yaml';

function npm(line: number, name: string, version: string | null, rest: Partial<Component> = {}): Component {
  return makeComponent({
    ecosystem: 'npm',
    name,
    version,
    location: { file: F, line },
    source: 'pnpm-lock.yaml',
    sourceKind: 'registry',
    ...rest,
  });
}

const I91 = 'sha512-RvSjgk4yKfwjByUK+r6LXHU0aXLse0omlWhBefiFJhCyNAB8sc3NHc3N7+7CPaBLC/s3MHf3AQHSYqi6V8ltuA==';
const I90 = 'sha512-orm8uULh71ow5yA27PXMGYZrNlEAUmmGOwPrOava6wuai1wAC7J7ZOvx2cbM2u8GJBDkdiNSFdUwYmzc6QsWDQ==';
const ISH = 'sha512-imtQ3WMJXbMY4fxb/Ndp6HBTNVtWCUI0WdobyheGf5+ad6xX8VIDO8u2xE4qc/fr08CKG/7dDseFtn6M6g/r3w==';
const INUM =
  'sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==';
const IA = 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const CODELOAD = `https://codeload.github.com/example/my-git/tar.gz/${SHA}`;

const v5: Component[] = [
  npm(28, '@anthropic-ai/claude-code', '2.1.90', { integrity: I90, scope: 'prod' }),
  npm(34, '@anthropic-ai/claude-code', '2.1.91', { integrity: I91, scope: 'prod' }),
  npm(40, '@img/sharp-darwin-arm64', '0.34.5', { integrity: ISH, scope: 'optional' }),
  npm(49, 'is-number', '7.0.0', { integrity: INUM }),
  npm(53, 'string_decoder', '1.3.0', { integrity: IA, scope: 'dev' }),
  npm(59, 'my-git', '1.0.0', { sourceKind: 'git', scope: 'prod', resolved: CODELOAD }),
  npm(65, 'private-pkg', '1.2.3', {
    integrity: IA,
    scope: 'dev',
    resolved: 'https://registry.example.com/private-pkg/-/private-pkg-1.2.3.tgz',
  }),
  npm(14, '@anthropic-ai/claude-code', '2.1.90', {
    alias: 'cc',
    scope: 'prod',
    // The package entry the alias names: one installation.
    sameInstallationAs: {
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      location: { file: F, line: 28 },
    },
  }),
  npm(16, 'tools', null, {
    sourceKind: 'link',
    spec: 'link:packages/tools',
    scope: 'prod',
    resolved: 'link:packages/tools',
  }),
];

const v6: Component[] = [
  npm(31, '@anthropic-ai/claude-code', '2.1.90', { integrity: I90, scope: 'prod' }),
  npm(37, '@anthropic-ai/claude-code', '2.1.91', { integrity: I91, scope: 'prod' }),
  npm(43, '@scope/private', '1.0.0', {
    integrity: IA,
    scope: 'prod',
    resolved: 'https://npm.internal.example.com/@scope/private/-/private-1.0.0.tgz',
  }),
  npm(47, 'react-dom', '18.2.0', { integrity: IA, scope: 'prod' }),
  npm(55, 'react', '18.2.0', { integrity: IA, scope: 'prod' }),
  // GitLab's package registry names the file with its scope (`/-/@scope/other-1.0.0.tgz`): a
  // registry tarball of the entry's own package.
  npm(60, '@scope/other', '1.0.0', {
    sourceKind: 'registry',
    scope: 'prod',
    resolved:
      'https://gitlab.example.com/api/v4/projects/1/packages/npm/@scope/other/-/@scope/other-1.0.0.tgz',
  }),
  npm(66, 'local-dir', '1.0.0', { sourceKind: 'file', scope: 'optional', resolved: 'file:vendor/local-dir' }),
  npm(17, '@anthropic-ai/claude-code', '2.1.90', {
    alias: 'cc',
    scope: 'prod',
    // The package entry the alias names: one installation.
    sameInstallationAs: {
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      location: { file: F, line: 31 },
    },
  }),
];

const v9: Component[] = [
  // The env document (pnpm 11+): pnpm itself, pinned by packageManagerDependencies.
  npm(15, 'pnpm', '11.0.0', {
    integrity:
      'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==',
  }),
  npm(57, '@anthropic-ai/claude-code', '2.1.90', { integrity: I90 }),
  npm(62, '@img/sharp-darwin-arm64', '0.34.5', { integrity: ISH, scope: 'optional' }),
  npm(68, 'my-git', '1.0.0', { sourceKind: 'git', resolved: CODELOAD }),
  npm(72, 'node', '22.0.0', { resolved: 'runtime:22.0.0' }),
  npm(35, '@anthropic-ai/claude-code', '2.1.90', {
    alias: 'cc',
    scope: 'prod',
    // The package entry the alias names: one installation.
    sameInstallationAs: {
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      location: { file: F, line: 57 },
    },
  }),
  npm(41, 'tools', null, {
    sourceKind: 'link',
    spec: 'link:packages/tools',
    scope: 'prod',
    resolved: 'link:packages/tools',
  }),
];

describe('pnpm-lock.yaml', () => {
  it('5.4: slash keys, registry host prefixes, peer suffixes, dev/optional flags, aliases and links', () => {
    expect(detectPnpmLock(F, read('v5-edge/pnpm-lock.yaml'))).toEqual({ components: v5, errors: [] });
  });

  it('6.0: single-project dependencies, (peer) suffixes, private and non-registry tarballs, directories', () => {
    expect(detectPnpmLock(F, read('v6-edge/pnpm-lock.yaml'))).toEqual({ components: v6, errors: [] });
  });

  it('9.0 two-document file: the packages of both documents; runtime, git, alias, link, optional snapshots', () => {
    const r = detectPnpmLock(F, read('v9-two-documents/pnpm-lock.yaml'));
    expect(r).toEqual({ components: v9, errors: [] });
  });

  it('pnpm 11 env document: a config dependency (installed as a pnpm plugin) is a component', () => {
    // Written by the real pnpm 11.28.11: `configDependencies: {is-odd: 3.0.1}` in
    // pnpm-workspace.yaml, `is-number: 7.0.0` in package.json, `pnpm install --ignore-scripts`.
    const r = detectPnpmLock(F, read('env-document/pnpm-lock.yaml'));
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.name, c.version, c.location.line])).toEqual([
      ['is-odd', '3.0.1', 14],
      ['is-number', '7.0.0', 38],
    ]);
  });

  it('reads CRLF and a BOM the same way', () => {
    for (const [f, expected] of [
      ['v5-edge/pnpm-lock.yaml', v5],
      ['v9-two-documents/pnpm-lock.yaml', v9],
    ] as const) {
      const text = '\ufeff' + read(f).replace(/\n/g, '\r\n');
      expect(detectPnpmLock(F, text)).toEqual({ components: expected, errors: [] });
    }
  });

  it('agrees with the yaml library on every fixture', () => {
    const texts = [
      read('v5-edge/pnpm-lock.yaml'),
      read('v6-edge/pnpm-lock.yaml'),
      read('v9-two-documents/pnpm-lock.yaml'),
      ...generated().map((g) => g.text),
    ];
    for (const text of texts) {
      const mine = pnpmByScanner(text);
      expect(mine.errors).toBe(0);
      expect(mine.projection).toEqual(pnpmByLibrary(text));
    }
  });

  it('parses package keys of every era', () => {
    expect(parsePackageKey('/@a/b/1.0.0_c@2.0.0+@d+e@3.0.0', 5)).toEqual({ name: '@a/b', version: '1.0.0' });
    expect(parsePackageKey('/string_decoder/1.1.1', 5)).toEqual({ name: 'string_decoder', version: '1.1.1' });
    expect(parsePackageKey('registry.example.com/@a/b/1.0.0', 5)).toEqual({ name: '@a/b', version: '1.0.0' });
    expect(parsePackageKey('/@a/b@1.0.0(@c/d@2.0.0)(e@3.0.0)', 6)).toEqual({
      name: '@a/b',
      version: '1.0.0',
    });
    expect(parsePackageKey('registry.example.com/b@1.0.0', 6)).toEqual({ name: 'b', version: '1.0.0' });
    expect(parsePackageKey('b@1.0.0(c@2.0.0)', 9)).toEqual({ name: 'b', version: '1.0.0' });
    expect(parsePackageKey('b@https://example.com/b.tgz', 9)).toBeNull();
    expect(parsePackageKey('file:../x', 5)).toBeNull();
  });
});

describe('real lockfiles (pnpm 7–12, from the fixtures generator)', () => {
  for (const g of generated()) {
    it(g.name, () => {
      const r = detectPnpmLock(F, g.text);
      expect(r.errors).toEqual([]);
      const got = new Set(
        r.components
          .filter((c) => c.sourceKind === 'registry' && c.version)
          .map((c) => `${c.name}@${c.version}`),
      );
      expect([...got].sort()).toEqual([...new Set(g.expected)].sort());
      // Real names only: an alias never appears as a name.
      for (const c of r.components) if (c.alias) expect(c.name).not.toBe(c.alias);
    });
  }
});

describe('hostile pnpm-lock.yaml input', () => {
  const timed = (text: string): ReturnType<typeof detectPnpmLock> => {
    const start = performance.now();
    const r = detectPnpmLock(F, text);
    expect(performance.now() - start).toBeLessThan(5000);
    return r;
  };
  const head = "lockfileVersion: '9.0'\n\npackages:\n\n";

  it('a truncated file', () => {
    const text = read('v9-two-documents/pnpm-lock.yaml');
    const cut = text.slice(0, text.indexOf(I90) + 20);
    expect(timed(cut).errors).toEqual([
      { file: F, line: 58, message: 'flow mapping does not end on its line' },
      { file: F, line: 57, message: 'package "@anthropic-ai/claude-code@2.1.90" has no resolution' },
      {
        file: F,
        line: 35,
        message: 'dependency "cc" refers to "@anthropic-ai/claude-code@2.1.90", which is not in packages',
      },
    ]);
  });

  it('a YAML alias bomb', () => {
    const bomb = [
      "lockfileVersion: '9.0'",
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'packages:',
      '  a@1.0.0: *e',
      '',
    ].join('\n');
    const r = timed(bomb);
    expect(r.components).toEqual([]);
    expect(r.errors).toEqual([
      { file: F, line: 2, message: 'YAML anchors ("&") are not supported in a lockfile' },
      { file: F, line: 3, message: 'YAML anchors ("&") are not supported in a lockfile' },
      { file: F, line: 4, message: 'YAML anchors ("&") are not supported in a lockfile' },
      { file: F, line: 5, message: 'YAML anchors ("&") are not supported in a lockfile' },
      { file: F, line: 6, message: 'YAML anchors ("&") are not supported in a lockfile' },
      { file: F, line: 8, message: 'YAML aliases ("*") are not supported in a lockfile' },
    ]);
  });

  it('merge keys', () => {
    const text = head + `  a@1.0.0:\n    <<: {resolution: {integrity: ${IA}}}\n`;
    expect(timed(text).errors).toEqual([
      { file: F, line: 6, message: 'merge keys ("<<") are not supported in a lockfile' },
      { file: F, line: 5, message: 'package "a@1.0.0" has no resolution' },
    ]);
  });

  it('deep nesting: 1000 block levels, a 100k-space line, 100k nested flow brackets', () => {
    const deep = head + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n');
    expect(timed(deep).errors).toEqual([
      { file: F, line: 516, message: 'nesting deeper than 512 levels' },
      { file: F, line: 5, message: 'package "k" has no resolution' },
    ]);
    expect(timed(head + ' '.repeat(100_000) + 'a@1.0.0:\n').errors).toEqual([
      { file: F, line: 5, message: 'package "a@1.0.0" has no resolution' },
    ]);
    const flow = head + `  a@1.0.0:\n    resolution: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(timed(flow).errors).toEqual([
      { file: F, line: 6, message: 'flow collection nested too deeply' },
      { file: F, line: 5, message: 'package "a@1.0.0" has no resolution' },
    ]);
  });

  it('stays linear on many lines (no look-ahead past a line)', () => {
    const lines = [head.trimEnd()];
    for (let i = 0; i < 30_000; i++)
      lines.push(`  p${i}@1.0.0:`, `    resolution: {integrity: ${IA}}`, '    hasBin: true');
    const r = timed(lines.join('\n') + '\n');
    expect(r.errors).toEqual([]);
    expect(r.components.length).toBe(30_000);
  });

  it('a 40 MB single line of garbage', () => {
    expect(timed('x'.repeat(40 * 1024 * 1024))).toEqual({
      components: [],
      errors: [
        {
          file: F,
          line: 1,
          message: 'expected "key: value" (multi-line scalars are not supported in a lockfile)',
        },
      ],
    });
  });

  it('binary garbage', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const text = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(rand() * 256))).join(
      '',
    );
    const r = timed(text);
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e.line).toBeGreaterThan(0);
  });

  it('__proto__ and constructor as package names, importers and resolution keys', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  __proto__:',
      '    dependencies:',
      '      constructor:',
      '        specifier: npm:__proto__@1.0.0',
      "        version: '__proto__@1.0.0'",
      '',
      'packages:',
      '',
      '  __proto__@1.0.0:',
      `    resolution: {__proto__: x, integrity: ${IA}}`,
      '',
      '  constructor@1.0.0:',
      `    resolution: {integrity: ${IA}}`,
      '',
    ].join('\n');
    const r = timed(text);
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => `${c.name}@${c.version}:${c.alias ?? ''}`)).toEqual([
      '__proto__@1.0.0:',
      'constructor@1.0.0:',
      '__proto__@1.0.0:constructor',
    ]);
    expect(({} as Record<string, unknown>).integrity).toBeUndefined();
  });

  it('tabs in indentation', () => {
    expect(timed(head + '\ta@1.0.0:\n').errors).toEqual([
      { file: F, line: 5, message: 'tab character in indentation' },
    ]);
  });

  it('an unknown lockfileVersion is a located error', () => {
    const text = `lockfileVersion: '10.0'\n\npackages:\n\n  a@1.0.0:\n    resolution: {integrity: ${IA}}\n`;
    expect(timed(text)).toEqual({
      components: [npm(5, 'a', '1.0.0', { integrity: IA })],
      errors: [{ file: F, line: 1, message: 'unknown pnpm lockfileVersion 10.0' }],
    });
  });

  it('duplicate keys and three documents', () => {
    const text = `${head}  a@1.0.0:\n    resolution: {integrity: ${IA}}\n  a@1.0.0:\n    resolution: {integrity: ${IA}}\n---\na: 1\n---\nb: 1\n`;
    expect(timed(text).errors).toEqual([
      { file: F, line: 7, message: 'duplicate package key "a@1.0.0"' },
      { file: F, line: 12, message: '3 YAML documents; pnpm writes at most two' },
      { file: F, line: 10, message: 'pnpm-lock.yaml without lockfileVersion' },
    ]);
  });

  it('a registry name field that contradicts the key', () => {
    const text = `lockfileVersion: '6.0'\n\npackages:\n\n  /lodash@4.17.21:\n    resolution: {integrity: ${IA}}\n    name: '@anthropic-ai/claude-code'\n`;
    const r = timed(text);
    expect(r.errors).toEqual([
      {
        file: F,
        line: 5,
        message: 'name field @anthropic-ai/claude-code differs from the package key "/lodash@4.17.21"',
      },
    ]);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['@anthropic-ai/claude-code@4.17.21']);
  });
});

describe('scanner mutations agree with the yaml library', () => {
  const snippets = [
    '"',
    ':',
    ' ',
    '#',
    ',',
    '  ',
    "'",
    '- ',
    '{',
    '}',
    '[',
    ']',
    '&a',
    '*a',
    '? ',
    '|',
    '\t',
    '@',
    '---',
  ];
  const mutation = fc.record({
    line: fc.nat(),
    op: fc.constantFrom('delete', 'duplicate', 'indent', 'dedent', 'insert', 'swap'),
    at: fc.nat(),
    snippet: fc.constantFrom(...snippets),
  });
  type Mutation = { line: number; op: string; at: number; snippet: string };
  const mutate = (text: string, ms: Mutation[]): string => {
    const lines = text.split('\n');
    for (const m of ms) {
      const i = m.line % lines.length;
      const l = lines[i]!;
      if (m.op === 'delete') lines.splice(i, 1);
      else if (m.op === 'duplicate') lines.splice(i, 0, l);
      else if (m.op === 'indent') lines[i] = ' ' + l;
      else if (m.op === 'dedent') lines[i] = l.replace(/^ /, '');
      else if (m.op === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, l];
      else {
        const at = m.at % (l.length + 1);
        lines[i] = l.slice(0, at) + m.snippet + l.slice(at);
      }
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n');
  };
  const runs = Number(process.env.FUZZ_RUNS ?? 200);

  for (const f of ['v5-edge/pnpm-lock.yaml', 'v6-edge/pnpm-lock.yaml', 'v9-two-documents/pnpm-lock.yaml']) {
    it(f, () => {
      const base = read(f);
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
          const text = mutate(base, ms);
          const mine = pnpmByScanner(text);
          if (mine.errors > 0) return;
          // Where the library rejects what the scanner reads (duplicate keys in sections the
          // scanner skips), pnpm rejects the file too: nothing installs, nothing is hidden.
          let reference: ReturnType<typeof pnpmByLibrary>;
          try {
            reference = pnpmByLibrary(text);
          } catch {
            return;
          }
          expect(mine.projection).toEqual(reference);
        }),
        { numRuns: runs, seed: 3 },
      );
    });
  }
});

describe('matching', () => {
  it('matches pnpm-lock.yaml anywhere in the tree and nothing else', () => {
    expect(pnpmLockDetector.matches('pnpm-lock.yaml')).toBe(true);
    expect(pnpmLockDetector.matches('apps/web/pnpm-lock.yaml')).toBe(true);
    expect(pnpmLockDetector.matches('pnpm-lock.yml')).toBe(false);
    expect(pnpmLockDetector.matches('pnpm-workspace.yaml')).toBe(false);
  });
});

function generated(): { name: string; text: string; expected: string[] }[] {
  const root = join(fixtures, '../lockfiles/generated');
  const out: { name: string; text: string; expected: string[] }[] = [];
  for (const m of readdirSync(root).sort()) {
    if (!m.startsWith('pnpm@')) continue;
    for (const c of readdirSync(join(root, m)).sort()) {
      const dir = join(root, m, c);
      out.push({
        name: `${m}/${c}`,
        text: readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as string[],
      });
    }
  }
  return out;
}

describe('pnpm-lock.yaml: a registry tarball of another package', () => {
  it('is that package and version, aliased by the entry name (a banned tool cannot hide behind a harmless key)', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'packages:',
      '',
      '  a@1.0.0:',
      '    resolution: {tarball: https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.100.tgz}',
      '',
    ].join('\n');
    const r = detectPnpmLock(F, text);
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.location.line, c.name, c.version, c.sourceKind, c.alias])).toEqual([
      [5, '@anthropic-ai/claude-code', '2.1.100', 'tarball', 'a'],
    ]);
  });
});
