import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPackageJson, packageJsonDetector } from '../../src/detectors/package-json.js';
import type { Component } from '../../src/model/component.js';

const fixtures = join(import.meta.dirname, '../fixtures/npm');

function brief(c: Component): Record<string, unknown> {
  return {
    line: c.location.line,
    name: c.name,
    version: c.version,
    ...(c.spec !== undefined ? { spec: c.spec } : {}),
    kind: c.sourceKind,
    ...(c.alias !== undefined ? { alias: c.alias } : {}),
    ...(c.scope !== undefined ? { scope: c.scope } : {}),
  };
}

const detect = (t: string) => detectPackageJson('p/package.json', t, 512);

describe('package.json', () => {
  it('reports every dependency, bundled name, override and resolution at its key line', () => {
    const text = readFileSync(join(fixtures, 'manifest/package.json'), 'utf8');
    const r = detectPackageJson('manifest/package.json', text, 512);
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 5, name: '@anthropic-ai/claude-code', version: '2.1.91', kind: 'registry', scope: 'prod' },
      { line: 6, name: 'pinned-eq', version: '2.1.91', kind: 'registry', scope: 'prod' },
      {
        line: 7,
        name: '@anthropic-ai/claude-code',
        version: '2.1.91',
        kind: 'registry',
        alias: 'cc',
        scope: 'prod',
      },
      {
        line: 8,
        name: '@anthropic-ai/claude-code',
        version: null,
        spec: 'npm:@anthropic-ai/claude-code@^2.1.0',
        kind: 'registry',
        alias: 'cc-range',
        scope: 'prod',
      },
      { line: 9, name: 'ranged', version: null, spec: '^1.2.0', kind: 'registry', scope: 'prod' },
      { line: 10, name: 'tagged', version: null, spec: 'latest', kind: 'registry', scope: 'prod' },
      { line: 11, name: 'gh', version: null, spec: 'github:acme/gh#v1.0.0', kind: 'git', scope: 'prod' },
      { line: 12, name: 'short', version: null, spec: 'acme/short', kind: 'git', scope: 'prod' },
      {
        line: 13,
        name: 'gitssh',
        version: null,
        spec: 'git+ssh://git@github.com/acme/gitssh.git#abc',
        kind: 'git',
        scope: 'prod',
      },
      {
        line: 14,
        name: 'tgz',
        version: null,
        spec: 'https://example.com/tgz-1.0.0.tgz',
        kind: 'tarball',
        scope: 'prod',
      },
      { line: 15, name: 'local', version: null, spec: 'file:../local', kind: 'file', scope: 'prod' },
      { line: 16, name: 'linked', version: null, spec: 'link:../linked', kind: 'link', scope: 'prod' },
      { line: 17, name: 'ws', version: null, spec: 'workspace:*', kind: 'workspace', scope: 'prod' },
      { line: 20, name: 'dev-only', version: null, spec: '~3.0.0', kind: 'registry', scope: 'dev' },
      { line: 23, name: 'opt', version: '1.0.0', kind: 'registry', scope: 'optional' },
      { line: 26, name: 'peer', version: null, spec: '>=2', kind: 'registry', scope: 'peer' },
      { line: 29, name: 'ranged', version: null, spec: '^1.2.0', kind: 'registry', scope: 'prod' },
      { line: 32, name: 'over', version: '1.1.1', kind: 'registry' },
      { line: 33, name: 'parent', version: '2.2.2', kind: 'registry' },
      { line: 35, name: 'child', version: null, spec: '^1.2.0', kind: 'registry' },
      { line: 39, name: 'res', version: '3.3.3', kind: 'registry' },
      { line: 40, name: '@scope/res2', version: null, spec: '^4.0.0', kind: 'registry' },
      { line: 44, name: 'pn', version: '5.5.5', kind: 'registry' },
      { line: 45, name: '@scope/bar', version: '6.6.6', kind: 'registry' },
    ]);
    const cc = r.components.find((c) => c.alias === 'cc')!;
    expect(cc).toEqual({
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: '2.1.91',
      purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.91',
      location: { file: 'manifest/package.json', line: 7 },
      source: 'package.json',
      sourceKind: 'registry',
      alias: 'cc',
      scope: 'prod',
    });
  });

  it('matches package.json files only', () => {
    expect(packageJsonDetector.matches('package.json')).toBe(true);
    expect(packageJsonDetector.matches('a/b/package.json')).toBe(true);
    expect(packageJsonDetector.matches('a/my-package.json')).toBe(false);
  });

  it('reads the generated fixtures without errors', () => {
    const r = detectPackageJson(
      'package.json',
      readFileSync(
        join(fixtures, '../lockfiles/generated/npm@11.21.2-lockfile-v3/claude-alias/package.json'),
        'utf8',
      ),
      512,
    );
    expect(r.errors).toEqual([]);
    expect(r.components.find((c) => c.alias === 'claude-old')).toMatchObject({
      name: '@anthropic-ai/claude-code',
      version: '2.1.90',
    });
  });

  it('CRLF, tabs and a BOM keep the lines', () => {
    const t = '{\r\n\t"dependencies": {\r\n\t\t"a": "1.0.0"\r\n\t}\r\n}\r\n';
    expect(detect('\ufeff' + t).components.map(brief)).toEqual([
      { line: 3, name: 'a', version: '1.0.0', kind: 'registry', scope: 'prod' },
    ]);
  });
});

describe('hostile package.json', () => {
  it('invalid and truncated JSON: a located error', () => {
    expect(detect('{\n  "dependencies": {\n    "a": "1.0.0",\n  }\n}').errors).toEqual([
      { file: 'p/package.json', line: 4, column: 3, message: 'invalid JSON: PropertyNameExpected' },
    ]);
    expect(detect('{\n  "dependencies": {\n    "a": "1.0').errors).toEqual([
      { file: 'p/package.json', line: 3, column: 10, message: 'invalid JSON: UnexpectedEndOfString' },
    ]);
  });

  it('100k-deep nesting: a located error', () => {
    const r = detect('{"x": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
    expect(r.errors).toEqual([
      { file: 'p/package.json', line: 1, column: 518, message: 'nesting deeper than 512 levels' },
    ]);
  });

  it('specs that are not strings, bad sections, __proto__ names and dangling $references', () => {
    const r = detect(
      [
        '{',
        '  "dependencies": {"a": 1, "__proto__": "1.0.0", "constructor": "2.0.0"},',
        '  "devDependencies": [],',
        '  "bundleDependencies": [3],',
        '  "overrides": {"b": "$missing"},',
        '  "resolutions": "x"',
        '}',
      ].join('\n'),
    );
    expect(r.errors).toEqual([
      { file: 'p/package.json', line: 2, message: 'dependencies: the spec of "a" is not a string' },
      { file: 'p/package.json', line: 2, message: 'dependencies: "__proto__" is not a valid package name' },
      { file: 'p/package.json', line: 3, message: '"devDependencies" is not an object' },
      { file: 'p/package.json', line: 4, message: 'bundleDependencies: an entry is not a package name' },
      {
        file: 'p/package.json',
        line: 5,
        message: 'overrides: "$missing" references a dependency the package does not declare',
      },
      { file: 'p/package.json', line: 6, message: '"resolutions" is not an object' },
    ]);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['constructor@2.0.0']);
    expect(({} as Record<string, unknown>)['1.0.0']).toBeUndefined();
  });

  it('a file that is not an object', () => {
    expect(detect('"just a string"').errors).toEqual([
      { file: 'p/package.json', line: 1, message: 'package.json is not a JSON object' },
    ]);
  });
});

describe('package.json: a registry tarball of another package', () => {
  it('is that package and version, aliased by the declared name', () => {
    const url = 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.100.tgz';
    const r = detect(
      JSON.stringify({
        dependencies: { a: url, 'is-odd': 'https://registry.npmjs.org/is-odd/-/is-odd-3.0.1.tgz' },
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 1,
        name: '@anthropic-ai/claude-code',
        version: '2.1.100',
        kind: 'tarball',
        alias: 'a',
        scope: 'prod',
      },
      { line: 1, name: 'is-odd', version: '3.0.1', kind: 'tarball', scope: 'prod' },
    ]);
  });
});

describe('package.json: a lone surrogate', () => {
  it('in a name is a located error, in a spec an unknown spec; nothing else is lost', () => {
    const r = detect(
      '{"dependencies":{"@anthropic-ai/claude-code":"2.1.100","b\\ud800":"1.0.0","c":"tag\\ud800"}}',
    );
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual([
      '@anthropic-ai/claude-code@2.1.100',
      'c@null',
    ]);
    expect(r.errors).toEqual([
      { file: 'p/package.json', line: 1, message: 'dependencies: "b\ud800" is not a valid package name' },
    ]);
  });
});
