import { describe, expect, it } from 'vitest';
import { detectPdmLock, pdmLockDetector } from '../../src/detectors/pdm-lock.js';
import { brief, fixtureInput, textInput, tomlHostileCases } from './deno-python-input.js';

describe('pdm.lock', () => {
  it('matches pdm.lock anywhere', () => {
    expect(pdmLockDetector.matches('pdm.lock')).toBe(true);
    expect(pdmLockDetector.matches('a/b/pdm.lock')).toBe(true);
    expect(pdmLockDetector.matches('pdm.toml')).toBe(false);
  });

  it('reads groups, VCS and local packages, with header lines', () => {
    const r = detectPdmLock(fixtureInput('python/pdm', 'pdm.lock'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 13, name: 'aider-chat', version: '0.86.1', kind: 'registry', scope: 'dev', file: 'pdm.lock' },
      {
        line: 24,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'pdm.lock',
      },
      {
        line: 40,
        name: 'claude-code-sdk',
        version: '0.0.25',
        kind: 'git',
        scope: 'dev',
        resolved:
          'https://github.com/anthropics/claude-code-sdk-python.git#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        file: 'pdm.lock',
      },
      {
        line: 50,
        name: 'local-helpers',
        version: '0.3.0',
        kind: 'workspace',
        scope: 'prod',
        resolved: './libs/local-helpers',
        file: 'pdm.lock',
      },
    ]);
    expect(r.components[1]!.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(r.components[1]!.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
  });

  it('direct URLs and non-git VCS', () => {
    const text =
      '[[package]]\nname = "a"\nversion = "1.0"\nurl = "https://example.com/a-1.0.tar.gz"\n\n[[package]]\nname = "b"\nversion = "2.0"\nhg = "https://hg.example.com/b"\nrevision = "abc"\n';
    const r = detectPdmLock(textInput('pdm.lock', text));
    expect(r.components.map((c) => [c.location.line, c.name, c.sourceKind, c.resolved])).toEqual([
      [1, 'a', 'url', 'https://example.com/a-1.0.tar.gz'],
      [6, 'b', 'other', 'https://hg.example.com/b#abc'],
    ]);
  });

  tomlHostileCases('pdm.lock', 'package', detectPdmLock);
});
