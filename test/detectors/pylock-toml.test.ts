import { describe, expect, it } from 'vitest';
import { detectPylock, pylockTomlDetector } from '../../src/detectors/pylock-toml.js';
import { brief, fixtureInput, textInput, tomlHostileCases } from './deno-python-input.js';

describe('pylock.toml (PEP 751)', () => {
  it('matches pylock.toml and named pylock.<name>.toml', () => {
    expect(pylockTomlDetector.matches('pylock.toml')).toBe(true);
    expect(pylockTomlDetector.matches('sub/pylock.dev.toml')).toBe(true);
    expect(pylockTomlDetector.matches('pylock.a.b.toml')).toBe(false);
    expect(pylockTomlDetector.matches('mypylock.toml')).toBe(false);
  });

  it('reads index, VCS and directory packages with [[packages]] header lines', () => {
    const r = detectPylock(fixtureInput('python/pylock', 'pylock.toml'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 7,
        name: 'anyio',
        version: '4.11.0',
        kind: 'registry',
        resolved: 'https://files.pythonhosted.org/packages/c6/78/anyio-4.11.0.tar.gz',
        file: 'pylock.toml',
      },
      {
        line: 14,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        resolved: 'https://files.pythonhosted.org/packages/aa/bb/claude_agent_sdk-0.1.5.tar.gz',
        file: 'pylock.toml',
      },
      {
        line: 21,
        name: 'claude-code-sdk',
        version: '0.0.25',
        kind: 'git',
        resolved:
          'https://github.com/anthropics/claude-code-sdk-python#24e4738e8f477a1da3bf8fefc9cae759662a7c07',
        file: 'pylock.toml',
      },
      { line: 26, name: 'demo', version: null, kind: 'workspace', resolved: '.', file: 'pylock.toml' },
    ]);
    expect(r.components[1]!.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
    expect(r.components[3]!.versionNote).toBe('no version recorded');
  });

  it('archives by URL or path', () => {
    const text =
      'lock-version = "1.0"\n\n[[packages]]\nname = "a"\nversion = "1"\narchive = { url = "https://example.com/a-1.tar.gz", hashes = { sha256 = "ff" } }\n\n[[packages]]\nname = "b"\nversion = "2"\narchive = { path = "dist/b-2.tar.gz", hashes = { sha256 = "ee" } }\n';
    const r = detectPylock(textInput('pylock.toml', text));
    expect(r.components.map((c) => [c.location.line, c.name, c.sourceKind, c.resolved, c.integrity])).toEqual(
      [
        [3, 'a', 'url', 'https://example.com/a-1.tar.gz', 'sha256:ff'],
        [8, 'b', 'file', 'dist/b-2.tar.gz', 'sha256:ee'],
      ],
    );
  });

  tomlHostileCases('pylock.toml', 'packages', detectPylock);
});
