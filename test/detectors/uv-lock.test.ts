import { describe, expect, it } from 'vitest';
import { detectUvLock, uvLockDetector } from '../../src/detectors/uv-lock.js';
import { brief, fixtureInput, textInput, tomlHostileCases } from './deno-python-input.js';

describe('uv.lock', () => {
  it('matches uv.lock anywhere', () => {
    expect(uvLockDetector.matches('uv.lock')).toBe(true);
    expect(uvLockDetector.matches('packages/a/uv.lock')).toBe(true);
    expect(uvLockDetector.matches('uv.lock.json')).toBe(false);
  });

  it('reads every source kind, with header lines', () => {
    const r = detectUvLock(fixtureInput('python/uv', 'uv.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 5,
        name: 'anyio',
        version: '4.11.0',
        kind: 'registry',
        resolved:
          'https://files.pythonhosted.org/packages/d0/7e/bf7465b4aa3ee99060bc5b1347bd3a913a761c1534fdba3b8f844fd80a68/anyio-4.11.0.tar.gz',
        file: 'uv.lock',
      },
      {
        line: 19,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        resolved:
          'https://files.pythonhosted.org/packages/af/28/1de6fb2221fa06f77b59c49a3955f3149d6e6b4f69df741a6b1b12aa1102/claude_agent_sdk-0.1.5.tar.gz',
        file: 'uv.lock',
      },
      {
        line: 33,
        name: 'claude-code-sdk',
        version: '0.0.25',
        kind: 'git',
        resolved:
          'https://github.com/anthropics/claude-code-sdk-python?rev=v0.0.25#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        file: 'uv.lock',
      },
      { line: 41, name: 'demo', version: '0.1.0', kind: 'workspace', resolved: '.', file: 'uv.lock' },
      {
        line: 60,
        name: 'local-helpers',
        version: '0.3.0',
        kind: 'workspace',
        resolved: 'libs/local-helpers',
        file: 'uv.lock',
      },
      {
        line: 65,
        name: 'vendored-wheel',
        version: '2.0.0',
        kind: 'file',
        resolved: 'vendor/vendored_wheel-2.0.0-py3-none-any.whl',
        file: 'uv.lock',
      },
    ]);
    const sdk = r.components[1]!;
    expect(sdk.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(sdk.source).toBe('uv.lock');
    expect(sdk.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
  });

  it('a workspace member without a version (dynamic) and an unknown source', () => {
    const text =
      '[[package]]\nname = "proj"\nsource = { editable = "." }\n\n[[package]]\nname = "odd"\nversion = "1.0"\nsource = { mystery = "x" }\n';
    const r = detectUvLock(textInput('uv.lock', text));
    expect(r.errors).toEqual([{ file: 'uv.lock', line: 5, message: 'package "odd" has no source uv knows' }]);
    expect(r.components.map((c) => [c.location.line, c.name, c.version, c.sourceKind])).toEqual([
      [1, 'proj', null, 'workspace'],
      [5, 'odd', '1.0', 'other'],
    ]);
  });

  tomlHostileCases('uv.lock', 'package', detectUvLock, 'source = { registry = "https://pypi.org/simple" }');
});
