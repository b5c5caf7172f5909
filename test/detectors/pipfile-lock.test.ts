import { describe, expect, it } from 'vitest';
import { detectPipfileLock, pipfileLockDetector } from '../../src/detectors/pipfile-lock.js';
import { brief, fixtureInput, textInput } from './deno-python-input.js';

const run = (text: string) => detectPipfileLock(textInput('Pipfile.lock', text));

describe('Pipfile.lock', () => {
  it('matches Pipfile.lock anywhere', () => {
    expect(pipfileLockDetector.matches('Pipfile.lock')).toBe(true);
    expect(pipfileLockDetector.matches('api/Pipfile.lock')).toBe(true);
    expect(pipfileLockDetector.matches('Pipfile')).toBe(false);
  });

  it('reads default (prod) and develop (dev), with key lines', () => {
    const r = detectPipfileLock(fixtureInput('python/pipenv', 'Pipfile.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 19, name: 'anyio', version: '4.11.0', kind: 'registry', scope: 'prod', file: 'Pipfile.lock' },
      {
        line: 27,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'Pipfile.lock',
      },
      {
        line: 36,
        name: 'demo',
        version: null,
        spec: '.',
        kind: 'workspace',
        scope: 'prod',
        resolved: '.',
        file: 'Pipfile.lock',
      },
      {
        line: 42,
        name: 'aider-chat',
        version: '0.86.1',
        kind: 'registry',
        scope: 'dev',
        file: 'Pipfile.lock',
      },
      {
        line: 50,
        name: 'claude-code-sdk',
        version: null,
        spec: 'https://github.com/anthropics/claude-code-sdk-python.git#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        kind: 'git',
        scope: 'dev',
        resolved:
          'https://github.com/anthropics/claude-code-sdk-python.git#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        file: 'Pipfile.lock',
      },
    ]);
    expect(r.components[1]!.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(r.components[1]!.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
  });

  it('non-exact versions and file URLs keep what was written', () => {
    const r = run(
      '{\n"default": {\n"A_B": {"version": "*"},\n"c": {"file": "https://example.com/c-1.0.tar.gz"}\n}\n}',
    );
    expect(r.components.map((c) => [c.location.line, c.name, c.version, c.spec, c.sourceKind])).toEqual([
      [3, 'a-b', null, '*', 'registry'],
      [4, 'c', null, 'https://example.com/c-1.0.tar.gz', 'url'],
    ]);
  });

  describe('hostile input', () => {
    it('truncated JSON: a located error', () => {
      const r = run('{\n    "default": {\n        "anyio": {\n            "version": "==4.1');
      expect(r.components).toEqual([]);
      expect(r.errors).toEqual([
        { file: 'Pipfile.lock', line: 4, column: 24, message: 'invalid JSON: unexpected end of string' },
      ]);
    });

    it('100k-deep nesting: a located error', () => {
      const r = run('{\n"default": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
      expect(r.errors).toEqual([
        { file: 'Pipfile.lock', line: 2, message: 'JSON nesting deeper than 512 levels' },
      ]);
    });

    it('BOM, CRLF and __proto__ keys', () => {
      const r = run(
        '\uFEFF{\r\n"default": {\r\n"__proto__": {"version": "==1.0"},\r\n"b": {"version": "==2"}\r\n}\r\n}',
      );
      expect(r.errors).toEqual([]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([
        [3, '-proto-', '1.0'],
        [4, 'b', '2'],
      ]);
    });

    it('wrong shapes: errors, not throws', () => {
      expect(run('"x"').errors).toEqual([
        { file: 'Pipfile.lock', line: 1, message: 'Pipfile.lock is not a JSON object' },
      ]);
      expect(run('{\n"default": [],\n"develop": {"a": 1}\n}').errors).toEqual([
        { file: 'Pipfile.lock', line: 2, message: '"default" is not an object' },
        { file: 'Pipfile.lock', line: 3, message: 'entry "a" is not an object' },
      ]);
    });
  });
});
