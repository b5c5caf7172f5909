import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeComponent } from '../../src/detectors/component.js';
import { detectYarnLock, yarnLockDetector } from '../../src/detectors/yarn-lock.js';
import { scanYarnClassic } from '../../src/detectors/yarn/classic.js';
import { defaultLimits } from '../../src/model/limits.js';
import type { Component } from '../../src/model/component.js';
import { berryByLibrary, berryByScanner, classicByLibrary, classicByScanner } from './lockfile-reference.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../fixtures/yarn');
const read = (p: string): string => readFileSync(join(fixtures, p), 'utf8');
const F = 'yarn.lock';

function npm(line: number, name: string, version: string | null, rest: Partial<Component> = {}): Component {
  return makeComponent({
    ecosystem: 'npm',
    name,
    version,
    location: { file: F, line },
    source: 'yarn.lock',
    sourceKind: 'registry',
    ...rest,
  });
}

const I91 = 'sha512-RvSjgk4yKfwjByUK+r6LXHU0aXLse0omlWhBefiFJhCyNAB8sc3NHc3N7+7CPaBLC/s3MHf3AQHSYqi6V8ltuA==';
const I90 = 'sha512-orm8uULh71ow5yA27PXMGYZrNlEAUmmGOwPrOava6wuai1wAC7J7ZOvx2cbM2u8GJBDkdiNSFdUwYmzc6QsWDQ==';
const IA = 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
const SHA = '0123456789abcdef0123456789abcdef01234567';

const classicEdge: Component[] = [
  npm(5, '@anthropic-ai/claude-code', '2.1.91', {
    integrity: I91,
    resolved:
      'https://registry.yarnpkg.com/@anthropic-ai/claude-code/-/claude-code-2.1.91.tgz#f7c6050592b4a7c10074eacda07872f79875dc61',
  }),
  npm(10, '@anthropic-ai/claude-code', '2.1.90', {
    integrity: I90,
    alias: 'cc',
    resolved:
      'https://registry.yarnpkg.com/@anthropic-ai/claude-code/-/claude-code-2.1.90.tgz#b086e61c497edae02fb5bf52fae75293c034138a',
  }),
  npm(15, 'is-number', '7.0.0', { sourceKind: 'file' }),
  npm(18, 'linked', null, { sourceKind: 'link', spec: 'link:./packages/linked' }),
  npm(21, 'my-git', '1.0.0', {
    sourceKind: 'git',
    resolved: `git+https://github.com/example/my-git.git#${SHA}`,
  }),
  npm(25, 'private-pkg', '1.2.3', {
    integrity: IA,
    resolved: `https://npm.internal.example.com/repository/npm/private-pkg/-/private-pkg-1.2.3.tgz#${SHA}`,
  }),
  npm(30, 'tar-pkg', '1.0.0', {
    sourceKind: 'tarball',
    resolved: `https://example.com/downloads/tar-pkg-1.0.0.tgz#${SHA}`,
  }),
  npm(34, 'zod', '3.25.76', {
    integrity:
      'sha512-gzUt/qt81nXsFGKIFcC3YnfEAx5NkunCfnDlvuBSSFS02bcXu4Lmea0AFIUwbLWxWPx3d9p8S5QoaujKcNQxcQ==',
    resolved: 'https://registry.yarnpkg.com/zod/-/zod-3.25.76.tgz#26841c3f6fd22a6a2760e7ccb719179768471e34',
  }),
];

describe('yarn classic (v1)', () => {
  it('reads multi-specifier headers, aliases, file/link/git/tarball sources and private registries', () => {
    const r = detectYarnLock(F, read('classic-edge/yarn.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components).toEqual(classicEdge);
    expect(r.components[1]!.purl).toBe('pkg:npm/%40anthropic-ai/claude-code@2.1.90');
  });

  it('reads CRLF and a BOM the same way', () => {
    const text = read('classic-edge/yarn.lock');
    expect(detectYarnLock(F, '\ufeff' + text.replace(/\n/g, '\r\n'))).toEqual({
      components: classicEdge,
      errors: [],
    });
  });

  it('agrees with @yarnpkg/lockfile on the fixtures', () => {
    for (const text of [read('classic-edge/yarn.lock'), ...generated('yarn@1').map((g) => g.text)]) {
      const mine = classicByScanner(text);
      expect(mine.errors).toBe(0);
      expect(mine.entries).toEqual(classicByLibrary(text));
    }
  });

  it('reports a resolved tarball that contradicts the header (the tarball is what yarn installs)', () => {
    const text = [
      'lodash@^4.17.21:',
      '  version "4.17.21"',
      '  resolved "https://registry.yarnpkg.com/@anthropic-ai/claude-code/-/claude-code-2.1.91.tgz#f7c6"',
      '',
    ].join('\n');
    const r = detectYarnLock(F, text);
    expect(r.errors).toEqual([
      {
        file: F,
        line: 1,
        message: 'resolved tarball is @anthropic-ai/claude-code@2.1.91 but the entry names lodash',
      },
      {
        file: F,
        line: 1,
        message: "resolved tarball is @anthropic-ai/claude-code@2.1.91 but the entry's version is 4.17.21",
      },
    ]);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['@anthropic-ai/claude-code@2.1.91']);
  });
});

const berryEdge: Component[] = [
  npm(8, '@anthropic-ai/claude-code', '2.1.91', {
    integrity:
      '10c0/af38f56729045bbd43e074f456bc6c9e6fe784a262de1b47a60e031032195adc1512eb32dbcc9f4a9600a418e940bb0807adb756f63ed4237729b12b71e6a5bb',
    resolved: '@anthropic-ai/claude-code@npm:2.1.91',
  }),
  npm(17, '@img/sharp-darwin-arm64', '0.34.5', { resolved: '@img/sharp-darwin-arm64@npm:0.34.5' }),
  npm(24, 'build-tool', null, {
    sourceKind: 'other',
    spec: 'exec:./scripts/build-tool.js#./scripts/build-tool.js::hash=f1a2b3&locator=root%40workspace%3A.',
    resolved:
      'build-tool@exec:./scripts/build-tool.js#./scripts/build-tool.js::hash=f1a2b3&locator=root%40workspace%3A.',
  }),
  npm(30, '@anthropic-ai/claude-code', '2.1.90', {
    integrity:
      '10c0/6f1f3c2e3b2a8d1f0e9c7b6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a',
    alias: 'cc',
    resolved: '@anthropic-ai/claude-code@npm:2.1.90',
  }),
  npm(37, 'local-dir', '1.0.0', {
    sourceKind: 'file',
    resolved:
      'local-dir@file:./vendor/local-dir#./vendor/local-dir::hash=0a1b2c&locator=root%40workspace%3A.',
  }),
  npm(43, 'my-git', '1.0.0', {
    sourceKind: 'git',
    resolved: `my-git@https://github.com/example/my-git.git#commit=${SHA}`,
  }),
  npm(49, 'portaled', null, {
    sourceKind: 'link',
    spec: 'portal:./packages/portaled::locator=root%40workspace%3A.',
    resolved: 'portaled@portal:./packages/portaled::locator=root%40workspace%3A.',
  }),
  npm(55, 'resolve', '1.22.10', {
    integrity:
      '10c0/52a4e505bbfc7925ac8f4cd91fd8c4e096b6a89728b9f46861d3b405ac9a1ccf4dcbf8befb4e89a2e11370dacd0160918163885cbc669369590f2f31f4c58939',
    resolved:
      'resolve@patch:resolve@npm%3A1.22.10#optional!builtin<compat/resolve>::version=1.22.10&hash=c3c19d',
  }),
  npm(64, 'root', null, { sourceKind: 'workspace', spec: 'workspace:.', resolved: 'root@workspace:.' }),
  npm(75, 'tools', null, {
    sourceKind: 'workspace',
    spec: 'workspace:packages/tools',
    resolved: 'tools@workspace:packages/tools',
  }),
];

describe('yarn berry', () => {
  it('reads npm, aliased, patched, workspace, portal, file, git, exec and conditional entries', () => {
    const r = detectYarnLock(F, read('berry-edge/yarn.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components).toEqual(berryEdge);
  });

  it('reads CRLF and a BOM the same way', () => {
    const text = read('berry-edge/yarn.lock');
    expect(detectYarnLock(F, '\ufeff' + text.replace(/\n/g, '\r\n'))).toEqual({
      components: berryEdge,
      errors: [],
    });
  });

  it('agrees with parseSyml on the fixtures', () => {
    for (const text of [read('berry-edge/yarn.lock'), ...generated('yarn@3').map((g) => g.text)]) {
      const { errors, ...mine } = berryByScanner(text);
      expect(errors).toBe(0);
      expect(mine).toEqual(berryByLibrary(text));
    }
  });

  it('reads a key over 1024 characters, which yarn writes as "? key" then ":"', () => {
    const ranges = Array.from({ length: 80 }, (_, i) => `left-pad@npm:^1.${i}.0`).join(', ');
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      `? "${ranges}"`,
      ':',
      '  version: 1.3.0',
      '  resolution: "left-pad@npm:1.3.0"',
      '  languageName: node',
      '  linkType: hard',
      '',
    ].join('\n');
    expect(ranges.length).toBeGreaterThan(1024);
    const r = detectYarnLock(F, text);
    expect(r.errors).toEqual([]);
    expect(r.components).toEqual([npm(4, 'left-pad', '1.3.0', { resolved: 'left-pad@npm:1.3.0' })]);
    expect(berryByScanner(text).entries).toEqual(berryByLibrary(text).entries);
  });

  it('reads __metadata.version 11 when every entry parses, and says so when one does not', () => {
    const ok = [
      '__metadata:',
      '  version: 11',
      '',
      '"a@npm:1.0.0":',
      '  version: 1.0.0',
      '  resolution: "a@npm:1.0.0"',
      '',
    ];
    expect(detectYarnLock(F, ok.join('\n'))).toEqual({
      components: [npm(4, 'a', '1.0.0', { resolved: 'a@npm:1.0.0' })],
      errors: [],
    });
    const bad = [...ok.slice(0, 6), '  checksum: &x 1', ''];
    expect(detectYarnLock(F, bad.join('\n')).errors).toEqual([
      { file: F, line: 7, message: 'YAML anchors ("&") are not supported in a lockfile' },
      {
        file: F,
        line: 1,
        message:
          '__metadata.version 11 is newer than the versions this reader knows (4–10) and did not read cleanly',
      },
    ]);
  });

  it('rejects an unknown old __metadata.version', () => {
    const text = ['__metadata:', '  version: 3', ''].join('\n');
    expect(detectYarnLock(F, text).errors).toEqual([
      { file: F, line: 1, message: 'unknown yarn lockfile __metadata.version 3' },
    ]);
  });
});

describe('real lockfiles (yarn 1.22.22 and yarn 3.8.7, from the fixtures generator)', () => {
  for (const g of [...generated('yarn@1'), ...generated('yarn@3')]) {
    it(g.name, () => {
      const r = detectYarnLock(F, g.text);
      expect(r.errors).toEqual([]);
      const got = new Set(
        r.components
          .filter((c) => c.sourceKind === 'registry' && c.version)
          .map((c) => `${c.name}@${c.version}`),
      );
      expect([...got].sort()).toEqual([...new Set(g.expected)].sort());
    });
  }
});

describe('hostile yarn.lock input', () => {
  const timed = (text: string): ReturnType<typeof detectYarnLock> => {
    const start = performance.now();
    const r = detectYarnLock(F, text);
    expect(performance.now() - start).toBeLessThan(5000);
    return r;
  };

  it('a truncated classic file', () => {
    const text = read('classic-edge/yarn.lock');
    const cut = text.slice(0, text.indexOf('integrity sha512-orm8u') - 40);
    expect(timed(cut).errors).toEqual([{ file: F, line: 12, message: 'unterminated string' }]);
  });

  it('a truncated berry file', () => {
    const text = read('berry-edge/yarn.lock');
    const cut = text.slice(0, text.indexOf('"@img/sharp-darwin-arm64@npm:0.34.5"') + 20);
    expect(timed(cut).errors).toEqual([
      {
        file: F,
        line: 19,
        message: 'quoted scalar does not end on its line (multi-line scalars are not supported)',
      },
      { file: F, line: 17, message: 'entry has no resolution' },
    ]);
  });

  it('a 40 MB single line of garbage', () => {
    const r = timed('x'.repeat(40 * 1024 * 1024));
    expect(r).toEqual({
      components: [],
      errors: [{ file: F, line: 1, message: 'expected an entry header ending in ":"' }],
    });
  });

  it('binary garbage', () => {
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const text = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(rand() * 256))).join(
      '',
    );
    const r = timed(text);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.length).toBeLessThanOrEqual(100);
    for (const e of r.errors) expect(e.line).toBeGreaterThan(0);
  });

  it('deep indentation (1000 levels, and a 100k-space line)', () => {
    const deep = ['a@^1:', ...Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`)];
    expect(timed(deep.join('\n')).errors).toEqual([
      { file: F, line: 514, message: 'nesting deeper than 512 levels' },
      { file: F, line: 1, message: 'entry has no version' },
    ]);
    expect(timed(`a@^1:\n${' '.repeat(100_000)}version "1.0.0"\n`).errors).toEqual([
      { file: F, line: 2, message: 'nesting deeper than 512 levels' },
      { file: F, line: 1, message: 'entry has no version' },
    ]);
    const berryDeep = [
      '__metadata:',
      '  version: 8',
      '"a@npm:1.0.0":',
      ...Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}k:`),
    ];
    expect(timed(berryDeep.join('\n')).errors).toEqual([
      { file: F, line: 515, message: 'nesting deeper than 512 levels' },
      { file: F, line: 3, message: 'entry has no resolution' },
    ]);
  });

  it('__proto__ and constructor as package names', () => {
    const text = [
      '"__proto__@^1.0.0":',
      '  version "1.0.0"',
      '  resolved "https://registry.yarnpkg.com/__proto__/-/__proto__-1.0.0.tgz"',
      '',
      'constructor@^1.0.0:',
      '  version "1.0.0"',
      '  resolved "https://registry.yarnpkg.com/constructor/-/constructor-1.0.0.tgz"',
      '',
    ].join('\n');
    const r = timed(text);
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => `${c.name}@${c.version}:${c.sourceKind}`)).toEqual([
      '__proto__@1.0.0:registry',
      'constructor@1.0.0:registry',
    ]);
    const berry = [
      '__metadata:',
      '  version: 8',
      '',
      '"__proto__@npm:1.0.0":',
      '  version: 1.0.0',
      '  resolution: "__proto__@npm:1.0.0"',
      '',
    ];
    expect(timed(berry.join('\n')).components.map((c) => c.name)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });

  it('tabs', () => {
    expect(timed('a@^1:\n\tversion "1.0.0"\n').errors).toEqual([
      { file: F, line: 2, message: 'tab character (yarn.lock is indented with spaces)' },
      { file: F, line: 1, message: 'entry has no version' },
    ]);
    expect(timed('__metadata:\n\tversion: 8\n').errors[0]).toEqual({
      file: F,
      line: 2,
      message: 'tab character in indentation',
    });
  });

  it('a lone carriage return (yarn and YAML read it as a line break)', () => {
    expect(timed('a@^1:\n  version "1.0.0"\r  resolved "x"\n').errors).toEqual([
      { file: F, line: 2, message: 'carriage return without a line feed (yarn reads it as a line break)' },
    ]);
  });

  it('an unknown classic lockfile version', () => {
    expect(timed('# yarn lockfile v2\n\na@^1:\n  version "1.0.0"\n').errors).toEqual([
      { file: F, line: 1, message: 'unknown yarn lockfile version v2 (this reader knows v1)' },
    ]);
  });

  it('merge conflict markers and duplicate keys', () => {
    const text = [
      'a@^1:',
      '  version "1.0.0"',
      '<<<<<<< HEAD',
      'a@^1:',
      '  version "2.0.0"',
      '  version "2.1.0"',
      '',
    ].join('\n');
    expect(timed(text).errors).toEqual([
      { file: F, line: 3, message: 'merge conflict marker' },
      { file: F, line: 4, message: 'duplicate entry key "a@^1"' },
      { file: F, line: 6, message: 'duplicate field "version"' },
    ]);
  });

  it('YAML tricks in a berry file: aliases, merge keys, flow and block values', () => {
    const base = ['__metadata:', '  version: 8', '', '"a@npm:1.0.0":', '  version: 1.0.0'];
    expect(timed([...base, '  resolution: *r', ''].join('\n')).errors[0]).toEqual({
      file: F,
      line: 6,
      message: 'YAML aliases ("*") are not supported in a lockfile',
    });
    expect(timed([...base, '  <<: {resolution: "b@npm:1.0.0"}', ''].join('\n')).errors[0]).toEqual({
      file: F,
      line: 6,
      message: 'merge keys ("<<") are not supported in a lockfile',
    });
  });
});

describe('scanner mutations agree with the reference parsers', () => {
  // Line-level mutations of real files: whenever a scanner accepts the result without an error,
  // yarn's own parser must read exactly the same entries.
  const snippets = [
    '"',
    ':',
    ' ',
    '#',
    ',',
    '  ',
    'true',
    '1',
    '\\',
    '- ',
    '{',
    '[',
    '&a',
    '*a',
    '? ',
    '|',
    "'",
    '\t',
    '@',
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
    return lines.join('\n').replace(/\n?$/, '\n');
  };
  const runs = Number(process.env.FUZZ_RUNS ?? 300);

  it('yarn classic vs @yarnpkg/lockfile', () => {
    const base = read('classic-edge/yarn.lock');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const text = mutate(base, ms);
        const mine = classicByScanner(text);
        if (mine.errors > 0) return;
        expect(mine.entries).toEqual(classicByLibrary(text));
      }),
      { numRuns: runs, seed: 1 },
    );
  });

  it('yarn berry vs parseSyml', () => {
    const base = read('berry-edge/yarn.lock');
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const text = mutate(base, ms);
        const { errors, ...mine } = berryByScanner(text);
        if (errors > 0) return;
        expect(mine).toEqual(berryByLibrary(text));
      }),
      { numRuns: runs, seed: 2 },
    );
  });
});

describe('helpers', () => {
  it('matches yarn.lock anywhere in the tree and nothing else', () => {
    expect(yarnLockDetector.matches('yarn.lock')).toBe(true);
    expect(yarnLockDetector.matches('packages/a/yarn.lock')).toBe(true);
    expect(yarnLockDetector.matches('yarn.lock.bak')).toBe(false);
    expect(yarnLockDetector.matches('myyarn.lock')).toBe(false);
  });

  it('the detector uses the scan limits', () => {
    const r = yarnLockDetector.detect({
      path: F,
      text: '',
      bytes: new Uint8Array(),
      readFile: () => Promise.resolve(null),
      limits: defaultLimits,
    });
    expect(r).toEqual({ components: [], errors: [] });
    expect(scanYarnClassic('# yarn lockfile v1\n').entries).toEqual([]);
  });
});

function generated(prefix: string): { name: string; text: string; expected: string[] }[] {
  const root = join(fixtures, '../lockfiles/generated');
  const out: { name: string; text: string; expected: string[] }[] = [];
  for (const m of readdirSync(root).sort()) {
    if (!m.startsWith(prefix)) continue;
    for (const c of readdirSync(join(root, m)).sort()) {
      const dir = join(root, m, c);
      out.push({
        name: `${m}/${c}`,
        text: readFileSync(join(dir, 'yarn.lock'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as string[],
      });
    }
  }
  return out;
}
