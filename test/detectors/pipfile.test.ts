import { describe, expect, it } from 'vitest';
import { detectPipfile, pipfileDetector } from '../../src/detectors/pipfile.js';
import { brief, fixtureInput, textInput } from './deno-python-input.js';

const run = (text: string) => detectPipfile(textInput('Pipfile', text));

describe('Pipfile', () => {
  it('matches Pipfile, not Pipfile.lock', () => {
    expect(pipfileDetector.matches('Pipfile')).toBe(true);
    expect(pipfileDetector.matches('svc/Pipfile')).toBe(true);
    expect(pipfileDetector.matches('Pipfile.lock')).toBe(false);
  });

  it('reads packages (prod), dev-packages and other categories (dev), with key lines', () => {
    const r = detectPipfile(fixtureInput('python/pipenv', 'Pipfile'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 7,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'Pipfile',
      },
      { line: 8, name: 'anyio', version: null, spec: '*', kind: 'registry', scope: 'prod', file: 'Pipfile' },
      {
        line: 9,
        name: 'demo',
        version: null,
        spec: '.',
        kind: 'workspace',
        scope: 'prod',
        resolved: '.',
        file: 'Pipfile',
      },
      { line: 12, name: 'aider-chat', version: '0.86.1', kind: 'registry', scope: 'dev', file: 'Pipfile' },
      {
        line: 13,
        name: 'claude-code-sdk',
        version: null,
        spec: 'https://github.com/anthropics/claude-code-sdk-python.git#v0.0.25',
        kind: 'git',
        scope: 'dev',
        resolved: 'https://github.com/anthropics/claude-code-sdk-python.git#v0.0.25',
        file: 'Pipfile',
      },
      {
        line: 16,
        name: 'sphinx',
        version: null,
        spec: '>=7',
        kind: 'registry',
        scope: 'dev',
        file: 'Pipfile',
      },
    ]);
  });

  describe('hostile input', () => {
    it('invalid TOML: error with line', () => {
      const r = run('[packages]\na = "1"\nb = \n');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: 'Pipfile', line: 3 });
    });

    it('100k-deep nesting: located error', () => {
      const r = run('[packages]\na = ' + '{b='.repeat(100_000));
      expect(r.errors).toEqual([
        {
          file: 'Pipfile',
          line: 2,
          column: expect.any(Number),
          message: 'invalid TOML: document contains excessively nested structures. aborting.',
        },
      ]);
    });

    it('BOM, CRLF, __proto__ keys and unreadable values', () => {
      const r = run('\uFEFF[packages]\r\n__proto__ = "==1.0"\r\nbad = 3\r\n');
      expect(r.errors).toEqual([
        { file: 'Pipfile', line: 3, message: 'package "bad" has an unreadable value' },
      ]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([[2, '-proto-', '1.0']]);
    });
  });
});
