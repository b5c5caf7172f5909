import { describe, expect, it } from 'vitest';
import { detectPoetryLock, poetryLockDetector } from '../../src/detectors/poetry-lock.js';
import { brief, fixtureInput, textInput } from './deno-python-input.js';

describe('poetry.lock', () => {
  it('matches poetry.lock anywhere', () => {
    expect(poetryLockDetector.matches('poetry.lock')).toBe(true);
    expect(poetryLockDetector.matches('svc/poetry.lock')).toBe(true);
    expect(poetryLockDetector.matches('poetry.lock.orig')).toBe(false);
  });

  it('reads Poetry 2.x (lock-version 2.1): groups, sources, header lines', () => {
    const r = detectPoetryLock(fixtureInput('python/poetry-2', 'poetry.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 3, name: 'anyio', version: '4.11.0', kind: 'registry', scope: 'prod', file: 'poetry.lock' },
      {
        line: 24,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'poetry.lock',
      },
      {
        line: 44,
        name: 'claude-code-sdk',
        version: '0.0.25',
        kind: 'git',
        scope: 'dev',
        resolved:
          'https://github.com/anthropics/claude-code-sdk-python.git#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        file: 'poetry.lock',
      },
      {
        line: 63,
        name: 'internal-tools',
        version: '1.2.0',
        kind: 'registry',
        scope: 'optional',
        resolved: 'https://pypi.example.com/simple',
        file: 'poetry.lock',
      },
      {
        line: 81,
        name: 'local-helpers',
        version: '0.3.0',
        kind: 'workspace',
        scope: 'prod',
        resolved: 'libs/local-helpers',
        file: 'poetry.lock',
      },
    ]);
    expect(r.components[1]!.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(r.components[1]!.source).toBe('poetry.lock');
    expect(r.components[1]!.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
  });

  it('reads Poetry 1.x (lock-version 1.1): category and [metadata.files] hashes', () => {
    const r = detectPoetryLock(fixtureInput('python/poetry-1', 'poetry.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 1,
        name: 'aider-chat',
        version: '0.50.1',
        kind: 'registry',
        scope: 'prod',
        file: 'poetry.lock',
      },
      { line: 12, name: 'backoff', version: '2.2.1', kind: 'registry', scope: 'prod', file: 'poetry.lock' },
      { line: 20, name: 'pytest', version: '7.4.4', kind: 'registry', scope: 'dev', file: 'poetry.lock' },
    ]);
    expect(r.components[1]!.integrity?.split(' ')).toHaveLength(2);
  });

  it('normalises names (PEP 503) and keeps versions as written', () => {
    const r = detectPoetryLock(
      textInput('poetry.lock', '[[package]]\nname = "Zope.Interface"\nversion = "6.0.post1"\n'),
    );
    expect(r.components.map((c) => [c.name, c.version])).toEqual([['zope-interface', '6.0.post1']]);
  });

  it('finds headers past multi-line strings, comments and quoted keys', () => {
    const text = [
      '# [[package]] in a comment',
      '[[package]]',
      'name = "a"',
      'version = "1"',
      'description = """',
      '[[package]]',
      'name = "fake"',
      '"""',
      "notes = '''",
      '[[package]]',
      "'''",
      '[package.extras]',
      'x = ["[[package]]"]',
      '',
      '[[ "package" ]]  # spaced and quoted',
      'name = "b"',
      'version = "2"',
    ].join('\n');
    const r = detectPoetryLock(textInput('poetry.lock', text));
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.location.line, c.name])).toEqual([
      [2, 'a'],
      [15, 'b'],
    ]);
  });

  describe('hostile input', () => {
    it('invalid TOML: error with line and column', () => {
      const r = detectPoetryLock(textInput('poetry.lock', '[[package]]\nname = "a"\nversion = 1.0.0\n'));
      expect(r.components).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: 'poetry.lock', line: 3 });
      expect(r.errors[0]!.message).toMatch(/^invalid TOML: /);
    });

    it('100k-deep nested arrays and inline tables: located error, no crash', () => {
      for (const nested of ['x = ' + '['.repeat(100_000), 'x = ' + '{a='.repeat(100_000)]) {
        const r = detectPoetryLock(textInput('poetry.lock', '[[package]]\nname = "a"\n' + nested));
        expect(r.components).toEqual([]);
        expect(r.errors).toEqual([
          {
            file: 'poetry.lock',
            line: 3,
            column: expect.any(Number),
            message: 'invalid TOML: document contains excessively nested structures. aborting.',
          },
        ]);
      }
    });

    it('entries without a name, and a package key of the wrong type', () => {
      const r1 = detectPoetryLock(textInput('poetry.lock', '[[package]]\nversion = "1"\n'));
      expect(r1.errors).toEqual([{ file: 'poetry.lock', line: 1, message: 'package entry has no name' }]);
      const r2 = detectPoetryLock(textInput('poetry.lock', 'package = "x"\n'));
      expect(r2.errors).toEqual([
        { file: 'poetry.lock', line: 1, message: '"package" is not an array of tables' },
      ]);
      const r3 = detectPoetryLock(textInput('poetry.lock', 'package = [1, { name = "a", version = "1" }]\n'));
      expect(r3.errors).toEqual([{ file: 'poetry.lock', line: 1, message: 'package entry is not a table' }]);
      expect(r3.components.map((c) => c.name)).toEqual(['a']);
    });

    it('BOM, CRLF and __proto__ keys', () => {
      const text =
        '\uFEFF[[package]]\r\nname = "__proto__"\r\nversion = "1"\r\n\r\n[package.__proto__]\r\npolluted = true\r\n\r\n[[package]]\r\nname = "b"\r\nversion = "2"\r\n';
      const r = detectPoetryLock(textInput('poetry.lock', text));
      expect(r.errors).toEqual([]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([
        [1, '-proto-', '1'],
        [8, 'b', '2'],
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});
