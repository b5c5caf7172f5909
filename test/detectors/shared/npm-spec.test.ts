import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import semver from 'semver';
import {
  classifyLocation,
  exactVersion,
  isSemverVersion,
  isValidPackageName,
  npmPurl,
  parseNpmSpec,
  splitNameSpec,
} from '../../../src/detectors/parsers/npm-spec.js';
import { purlFor } from '../../../src/util/purl.js';

describe('parseNpmSpec', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['a', '2.1.91', { type: 'version', name: 'a', version: '2.1.91', sourceKind: 'registry' }],
    ['a', '=2.1.91', { type: 'version', version: '2.1.91' }],
    ['a', 'v2.1.91', { type: 'version', version: '2.1.91' }],
    ['a', ' = 2.1.91 ', { type: 'version', version: '2.1.91' }],
    ['a', '2.1.91-beta.1', { type: 'version', version: '2.1.91-beta.1' }],
    ['a', '^2.1.91', { type: 'range', version: null, sourceKind: 'registry' }],
    ['a', '2.1', { type: 'range', version: null }],
    ['a', '*', { type: 'range', version: null }],
    ['a', '', { type: 'range', version: null }],
    ['a', '>=1 <2 || 3.x', { type: 'range', version: null }],
    ['a', 'latest', { type: 'tag', version: null, sourceKind: 'registry' }],
    ['a', 'next-11', { type: 'tag', version: null }],
    [
      'cc',
      'npm:@anthropic-ai/claude-code@2.1.91',
      { type: 'version', name: '@anthropic-ai/claude-code', alias: 'cc', version: '2.1.91' },
    ],
    [
      'cc',
      'npm:@anthropic-ai/claude-code@^2',
      { type: 'range', name: '@anthropic-ai/claude-code', alias: 'cc', version: null },
    ],
    [
      'cc',
      'npm:@anthropic-ai/claude-code',
      { type: 'range', name: '@anthropic-ai/claude-code', alias: 'cc', version: null },
    ],
    ['cc', 'npm:claude@latest', { type: 'tag', name: 'claude', alias: 'cc' }],
    ['a', 'github:acme/a#v1', { type: 'git', sourceKind: 'git', version: null }],
    ['a', 'gitlab:acme/a', { type: 'git' }],
    ['a', 'bitbucket:acme/a', { type: 'git' }],
    ['a', 'gist:11081aaa', { type: 'git' }],
    ['a', 'acme/a', { type: 'git' }],
    ['a', 'acme/a#semver:^1.0.0', { type: 'git' }],
    ['a', 'git+ssh://git@github.com/acme/a.git#abc', { type: 'git' }],
    ['a', 'git://github.com/acme/a', { type: 'git' }],
    ['a', 'git@github.com:acme/a.git', { type: 'git' }],
    ['a', 'https://github.com/acme/a.git', { type: 'git' }],
    ['a', 'https://github.com/acme/a', { type: 'git' }],
    ['a', 'https://example.com/a-1.0.0.tgz', { type: 'tarball', sourceKind: 'tarball' }],
    ['a', 'https://github.com/acme/a/archive/v1.tar.gz', { type: 'tarball' }],
    ['a', 'file:../a', { type: 'file', sourceKind: 'file' }],
    ['a', './a', { type: 'file' }],
    ['a', '../a-1.0.0.tgz', { type: 'file' }],
    ['a', '/abs/a', { type: 'file' }],
    ['a', 'a-1.0.0.tgz', { type: 'file' }],
    ['a', 'link:../a', { type: 'link', sourceKind: 'link' }],
    ['a', 'portal:../a', { type: 'link' }],
    ['a', 'workspace:*', { type: 'workspace', sourceKind: 'workspace' }],
    ['a', 'workspace:^1.0.0', { type: 'workspace' }],
    ['a', 'catalog:', { type: 'other', sourceKind: 'other' }],
    ['a', 'jsr:@std/path@1', { type: 'other' }],
  ];
  for (const [name, spec, expected] of cases) {
    it(`${name} ${JSON.stringify(spec)}`, () => {
      const got = parseNpmSpec(name, spec);
      expect(got).toMatchObject({ spec, ...expected });
      if (!('alias' in expected)) expect(got.alias).toBeUndefined();
    });
  }

  it('never throws and returns exact versions only for valid semver', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, spec) => {
        const r = parseNpmSpec(name, spec);
        if (r.version !== null) expect(semver.valid(r.version)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('helpers', () => {
  it('exactVersion and isSemverVersion', () => {
    expect(exactVersion('1.2.3')).toBe('1.2.3');
    expect(exactVersion('=v1.2.3')).toBe('1.2.3');
    expect(exactVersion('^1.2.3')).toBeNull();
    expect(isSemverVersion('1.2.3')).toBe(true);
    expect(isSemverVersion('1.2.3-rc.1+b.2')).toBe(true);
    expect(isSemverVersion('01.2.3')).toBe(false);
    expect(isSemverVersion('v1.2.3')).toBe(false);
    expect(isSemverVersion('1.2')).toBe(false);
    expect(isSemverVersion('')).toBe(false);
    expect(isSemverVersion('99999999999999999.0.0')).toBe(false);
  });

  it('classifyLocation', () => {
    expect(classifyLocation('git+ssh://git@github.com/a/b.git#x')).toBe('git');
    expect(classifyLocation('https://example.com/x.tgz')).toBe('tarball');
    expect(classifyLocation('file:x')).toBe('file');
    expect(classifyLocation('link:x')).toBe('link');
    expect(classifyLocation('workspace:*')).toBe('workspace');
    expect(classifyLocation('C:\\x')).toBe('file');
    expect(classifyLocation('latest')).toBeNull();
  });

  it('isValidPackageName', () => {
    for (const ok of ['a', '@s/a', 'JSONStream', 'a.b-c_d', "a~b'c!(d)*"])
      expect(isValidPackageName(ok)).toBe(true);
    for (const bad of [
      '',
      '_a',
      '.a',
      '__proto__',
      'a b',
      '@s',
      '@s/',
      '@/a',
      'a/b',
      'node_modules',
      'favicon.ico',
      'a%20',
    ])
      expect(isValidPackageName(bad)).toBe(false);
  });

  it('splitNameSpec', () => {
    expect(splitNameSpec('@s/a@^1')).toEqual({ name: '@s/a', spec: '^1' });
    expect(splitNameSpec('a')).toEqual({ name: 'a', spec: '*' });
    expect(splitNameSpec('@s/a')).toEqual({ name: '@s/a', spec: '*' });
  });

  it('npmPurl equals purlFor', () => {
    for (const [n, v] of [
      ['@anthropic-ai/claude-code', '2.1.91'],
      ['a', null],
      ['JSONStream', '1.0.0'],
      ['a', '1.0.0+build.1'],
      ['@s/a', '1.0.0-rc.1'],
      ["a~b'c", '1.0.0'],
    ] as const)
      expect(npmPurl(n, v)).toBe(purlFor('npm', n, v));
  });
});
