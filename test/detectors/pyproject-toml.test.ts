import { describe, expect, it } from 'vitest';
import { detectPyproject, pyprojectTomlDetector } from '../../src/detectors/pyproject-toml.js';
import { brief, fixtureInput, textInput } from './deno-python-input.js';

const run = (text: string) => detectPyproject(textInput('pyproject.toml', text));

describe('pyproject.toml', () => {
  it('matches pyproject.toml anywhere', () => {
    expect(pyprojectTomlDetector.matches('pyproject.toml')).toBe(true);
    expect(pyprojectTomlDetector.matches('libs/a/pyproject.toml')).toBe(true);
    expect(pyprojectTomlDetector.matches('pyproject.toml.j2')).toBe(false);
  });

  it('reads PEP 621, PEP 735 and build-system requirements on their own lines', () => {
    const r = detectPyproject(fixtureInput('python/pyproject-pep621', 'pyproject.toml'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 10,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 11,
        name: 'anyio',
        version: null,
        spec: '>=4.0',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 12,
        name: 'claude-code-sdk',
        version: null,
        spec: 'git+https://github.com/anthropics/claude-code-sdk-python@v0.0.25',
        kind: 'git',
        scope: 'prod',
        resolved: 'git+https://github.com/anthropics/claude-code-sdk-python@v0.0.25',
        file: 'pyproject.toml',
      },
      {
        line: 16,
        name: 'aider-chat',
        version: '0.86.1',
        kind: 'registry',
        scope: 'optional',
        file: 'pyproject.toml',
      },
      {
        line: 21,
        name: 'pytest',
        version: null,
        spec: '>=8',
        kind: 'registry',
        scope: 'dev',
        file: 'pyproject.toml',
      },
      { line: 23, name: 'ruff', version: '0.14.0', kind: 'registry', scope: 'dev', file: 'pyproject.toml' },
      {
        line: 2,
        name: 'hatchling',
        version: null,
        spec: '>=1.26',
        kind: 'registry',
        scope: 'dev',
        file: 'pyproject.toml',
      },
    ]);
    expect(r.components[0]!.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(r.components[0]!.source).toBe('pyproject.toml');
  });

  it('reads Poetry dependencies: strings, tables, lists, groups; python is not a package', () => {
    const r = detectPyproject(fixtureInput('python/pyproject-poetry', 'pyproject.toml'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 26,
        name: 'poetry-core',
        version: null,
        spec: '*',
        kind: 'registry',
        scope: 'dev',
        file: 'pyproject.toml',
      },
      {
        line: 9,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 10,
        name: 'anyio',
        version: null,
        spec: '^4.0',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 11,
        name: 'aider-chat',
        version: '0.86.1',
        kind: 'registry',
        scope: 'optional',
        file: 'pyproject.toml',
      },
      {
        line: 12,
        name: 'claude-code-sdk',
        version: null,
        spec: 'https://github.com/anthropics/claude-code-sdk-python.git#v0.0.25',
        kind: 'git',
        scope: 'prod',
        resolved: 'https://github.com/anthropics/claude-code-sdk-python.git#v0.0.25',
        file: 'pyproject.toml',
      },
      {
        line: 13,
        name: 'local-helpers',
        version: null,
        spec: 'libs/local-helpers',
        kind: 'workspace',
        scope: 'prod',
        resolved: 'libs/local-helpers',
        file: 'pyproject.toml',
      },
      { line: 14, name: 'numpy', version: '1.26.4', kind: 'registry', scope: 'prod', file: 'pyproject.toml' },
      {
        line: 14,
        name: 'numpy',
        version: null,
        spec: '^2.1',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 20,
        name: 'pytest',
        version: null,
        spec: '^8.0',
        kind: 'registry',
        scope: 'dev',
        file: 'pyproject.toml',
      },
    ]);
  });

  it('Poetry 1.x dev-dependencies, dependency tables as headers, PDM and uv dev groups, inline tables', () => {
    const text = [
      '[tool.poetry.dev-dependencies]',
      'Claude-Code-SDK = "==0.0.20"',
      '',
      '[tool.poetry.dependencies.aider-chat]',
      'version = "0.86.1"',
      '',
      '[tool.pdm.dev-dependencies]',
      'test = ["claude-agent-sdk==0.1.5"]',
      '',
      '[tool.uv]',
      'dev-dependencies = [',
      '  "claude-agent-sdk>=0.1",',
      ']',
      '',
      '[project]',
      'optional-dependencies = { x = ["anyio==4.11.0"] }',
    ].join('\n');
    const r = run(text);
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.location.line, c.name, c.version, c.scope])).toEqual([
      [16, 'anyio', '4.11.0', 'optional'],
      [4, 'aider-chat', '0.86.1', 'prod'],
      [2, 'claude-code-sdk', '0.0.20', 'dev'],
      [8, 'claude-agent-sdk', '0.1.5', 'dev'],
      [12, 'claude-agent-sdk', null, 'dev'],
    ]);
  });

  it('invalid requirement strings and wrong shapes are located errors', () => {
    const r = run(
      '[project]\ndependencies = [\n  "ok==1",\n  "not a requirement!",\n  3,\n]\n\n[dependency-groups]\ndev = "x"\n',
    );
    expect(r.errors).toEqual([
      { file: 'pyproject.toml', line: 4, message: 'invalid requirement: not a requirement!' },
      { file: 'pyproject.toml', line: 5, message: '"project.dependencies" entry is not a string' },
      { file: 'pyproject.toml', line: 9, message: '"dependency-groups.dev" is not an array' },
    ]);
    expect(r.components.map((c) => c.name)).toEqual(['ok']);
  });

  describe('pyproject hostile input', () => {
    it('invalid TOML: error with line', () => {
      const r = run('[project]\nname = "x"\ndependencies = ["a",\n');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: 'pyproject.toml', line: 4 });
    });

    it('100k-deep nesting: located error', () => {
      const r = run('[project]\ndependencies = ' + '['.repeat(100_000));
      expect(r.errors).toEqual([
        {
          file: 'pyproject.toml',
          line: 2,
          column: expect.any(Number),
          message: 'invalid TOML: document contains excessively nested structures. aborting.',
        },
      ]);
    });

    it('printable garbage: an error, never a throw', () => {
      let s = '';
      for (let i = 0; i < 20_000; i++) s += String.fromCharCode(32 + ((i * 7919) % 95));
      const r = run(s);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors[0]!.file).toBe('pyproject.toml');
    });

    it('BOM, CRLF, __proto__ keys', () => {
      const r = run(
        '\uFEFF[project]\r\ndependencies = [\r\n  "a==1",\r\n]\r\n[project.optional-dependencies]\r\n__proto__ = ["b==2"]\r\n[tool.poetry.dependencies]\r\n__proto__ = "1.0"\r\n',
      );
      expect(r.errors).toEqual([]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([
        [3, 'a', '1'],
        [6, 'b', '2'],
        [8, '-proto-', '1.0'],
      ]);
    });
  });
});

describe('pyproject.toml with [tool.uv.sources]', () => {
  it('redirects named requirements to git, paths, URLs and workspace members', () => {
    const text = [
      '[project]',
      'dependencies = [',
      '  "claude-agent-sdk==0.1.5",',
      '  "helpers",',
      '  "aider-chat",',
      '  "member",',
      '  "anyio>=4",',
      ']',
      '',
      '[tool.uv.sources]',
      'claude-agent-sdk = { git = "https://github.com/anthropics/claude-agent-sdk-python", tag = "v0.1.5" }',
      'helpers = { path = "libs/helpers", editable = true }',
      'aider-chat = [{ url = "https://example.com/aider_chat-0.86.1.tar.gz", marker = "sys_platform == \'linux\'" }]',
      'member = { workspace = true }',
      'anyio = { index = "internal" }',
    ].join('\n');
    const r = detectPyproject(textInput('pyproject.toml', text));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 3,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'git',
        scope: 'prod',
        resolved: 'https://github.com/anthropics/claude-agent-sdk-python#v0.1.5',
        file: 'pyproject.toml',
      },
      {
        line: 4,
        name: 'helpers',
        version: null,
        spec: 'libs/helpers',
        kind: 'workspace',
        scope: 'prod',
        resolved: 'libs/helpers',
        file: 'pyproject.toml',
      },
      {
        line: 5,
        name: 'aider-chat',
        version: null,
        spec: 'https://example.com/aider_chat-0.86.1.tar.gz',
        kind: 'url',
        scope: 'prod',
        resolved: 'https://example.com/aider_chat-0.86.1.tar.gz',
        file: 'pyproject.toml',
      },
      {
        line: 6,
        name: 'member',
        version: null,
        spec: '*',
        kind: 'workspace',
        scope: 'prod',
        file: 'pyproject.toml',
      },
      {
        line: 7,
        name: 'anyio',
        version: null,
        spec: '>=4',
        kind: 'registry',
        scope: 'prod',
        file: 'pyproject.toml',
      },
    ]);
    expect(r.components[0]!.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
  });
});
