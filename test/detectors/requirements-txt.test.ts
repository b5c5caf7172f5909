import { describe, expect, it } from 'vitest';
import {
  detectRequirements,
  isRequirementsFile,
  logicalLines,
  requirementsTxtDetector,
} from '../../src/detectors/requirements-txt.js';
import { brief, fixtureInput, textInput } from './deno-python-input.js';

const run = (text: string, files: Record<string, string> = {}, path = 'requirements.txt') =>
  detectRequirements(textInput(path, text, files));

describe('requirements files', () => {
  it('matches the names pip users give them', () => {
    for (const p of [
      'requirements.txt',
      'requirements-dev.txt',
      'requirements_test.txt',
      'dev-requirements.txt',
      'test_requirements.txt',
      'requirements.in',
      'requirements/base.txt',
      'requirements/prod.in',
      'services/api/requirements/dev.txt',
      'constraints.txt',
      'constraints-py312.txt',
      'Requirements.txt',
    ]) {
      expect(requirementsTxtDetector.matches(p), p).toBe(true);
    }
    for (const p of [
      'readme.txt',
      'requirements.txt.bak',
      'myrequirements.txt',
      'requirements.md',
      'requirements/README.md',
    ]) {
      expect(isRequirementsFile(p), p).toBe(false);
    }
  });

  it('reads the fixture: -r include followed and located in the included file, -c adds nothing', async () => {
    const r = await detectRequirements(fixtureInput('python/requirements', 'requirements.txt'));
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 7, name: 'anyio', version: '4.11.0', kind: 'registry', file: 'requirements/base.txt' },
      {
        line: 11,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'registry',
        file: 'requirements/base.txt',
      },
      { line: 15, name: 'idna', version: '3.10', kind: 'registry', file: 'requirements/base.txt' },
      { line: 19, name: 'sniffio', version: '1.3.1', kind: 'registry', file: 'requirements/base.txt' },
      { line: 6, name: 'aider-chat', version: '0.86.1', kind: 'registry', file: 'requirements.txt' },
      { line: 7, name: 'claude-code-sdk', version: '0.0.25', kind: 'registry', file: 'requirements.txt' },
      {
        line: 8,
        name: 'requests',
        version: null,
        spec: '>= 2.31, < 3',
        kind: 'registry',
        file: 'requirements.txt',
      },
      {
        line: 9,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'url',
        resolved: 'https://files.pythonhosted.org/packages/8a/2f/claude_agent_sdk-0.1.5-py3-none-any.whl',
        file: 'requirements.txt',
      },
      {
        line: 10,
        name: 'claude-agent-sdk',
        version: null,
        spec: 'git+https://github.com/anthropics/claude-agent-sdk-python.git@v0.1.5#egg=claude-agent-sdk',
        kind: 'git',
        resolved: 'git+https://github.com/anthropics/claude-agent-sdk-python.git@v0.1.5#egg=claude-agent-sdk',
        file: 'requirements.txt',
      },
      {
        line: 11,
        name: 'claude-agent-sdk',
        version: '0.1.4',
        kind: 'file',
        resolved: './vendor/claude_agent_sdk-0.1.4-py3-none-any.whl',
        file: 'requirements.txt',
      },
      { line: 12, name: 'mcp', version: '1.16.0', kind: 'registry', file: 'requirements.txt' },
      {
        line: 15,
        name: 'pydantic',
        version: null,
        spec: '==${PYDANTIC_VERSION}',
        kind: 'registry',
        file: 'requirements.txt',
      },
    ]);
    const base = r.components.find((c) => c.name === 'claude-agent-sdk' && c.version === '0.1.5')!;
    expect(base.purl).toBe('pkg:pypi/claude-agent-sdk@0.1.5');
    expect(base.source).toBe('requirements.txt');
    expect(base.integrity).toMatch(/^sha256:[0-9a-f]{64} sha256:[0-9a-f]{64}$/);
  });

  it('follows pip line rules: continuations, comments, extras, PEP 503 names, === pins', async () => {
    const text = [
      '# comment',
      'pkgA==1.0 \\',
      '  --hash=sha256:123',
      'qwerty \\',
      '  == 0.1',
      'Foo_Bar.baz [x, y] == 2.0 # trailing comment',
      'url#notacomment==1.0',
      'yolo===1.0+local',
      'wild==1.*',
      'both>=1,==1.5',
      'plain',
      'last==9 \\',
    ].join('\n');
    const r = await run(text);
    expect(r.errors).toEqual([
      { file: 'requirements.txt', line: 7, message: 'invalid requirement: url#notacomment==1.0' },
    ]);
    expect(r.components.map((c) => [c.location.line, c.name, c.version, c.spec])).toEqual([
      [2, 'pkga', '1.0', undefined],
      [4, 'qwerty', '0.1', undefined],
      [6, 'foo-bar-baz', '2.0', undefined],
      [8, 'yolo', '1.0+local', undefined],
      [9, 'wild', null, '==1.*'],
      [10, 'both', '1.5', undefined],
      [11, 'plain', null, '*'],
      [12, 'last', '9', undefined],
    ]);
    expect(r.components[0]!.integrity).toBe('sha256:123');
  });

  it('a comment line ends a continuation, as in pip', () => {
    expect([...logicalLines('a==1 \\\n# note\nb==2')]).toEqual([
      { line: 1, text: 'a==1  # note' },
      { line: 3, text: 'b==2' },
    ]);
  });

  it('splits lines as Python does: a lone CR or a form feed separates requirements', async () => {
    const r = await run('safe==1.0\rclaude-agent-sdk==0.1.5\fother==2\nlast==3\n');
    expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([
      [1, 'safe', '1.0'],
      [1, 'claude-agent-sdk', '0.1.5'],
      [1, 'other', '2'],
      [2, 'last', '3'],
    ]);
  });

  it('reads -e, paths, URLs and markers', async () => {
    const text = [
      '-e .',
      '--editable=./libs/helpers',
      '-e git+ssh://git@github.com/anthropics/claude-code-sdk-python.git#egg=claude_code_sdk',
      'https://example.com/dist/aider_chat-0.86.1.tar.gz',
      'hg+https://hg.example.com/repo#egg=thing',
      'claude-agent-sdk @ file:///wheels/claude_agent_sdk-0.1.5-py3-none-any.whl ; python_version >= "3.10"',
      'requests[security]==2.31.0; sys_platform == "win32"',
      '-i https://pypi.example.com/simple',
      '--extra-index-url https://other.example.com/simple',
      '-c constraints.txt',
    ].join('\n');
    const r = await run(text);
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      {
        line: 1,
        name: '.',
        version: null,
        spec: '.',
        kind: 'workspace',
        resolved: '.',
        file: 'requirements.txt',
      },
      {
        line: 2,
        name: './libs/helpers',
        version: null,
        spec: './libs/helpers',
        kind: 'workspace',
        resolved: './libs/helpers',
        file: 'requirements.txt',
      },
      {
        line: 3,
        name: 'claude-code-sdk',
        version: null,
        spec: 'git+ssh://git@github.com/anthropics/claude-code-sdk-python.git#egg=claude_code_sdk',
        kind: 'git',
        resolved: 'git+ssh://git@github.com/anthropics/claude-code-sdk-python.git#egg=claude_code_sdk',
        file: 'requirements.txt',
      },
      {
        line: 4,
        name: 'aider-chat',
        version: '0.86.1',
        kind: 'url',
        resolved: 'https://example.com/dist/aider_chat-0.86.1.tar.gz',
        file: 'requirements.txt',
      },
      {
        line: 5,
        name: 'thing',
        version: null,
        spec: 'hg+https://hg.example.com/repo#egg=thing',
        kind: 'other',
        resolved: 'hg+https://hg.example.com/repo#egg=thing',
        file: 'requirements.txt',
      },
      {
        line: 6,
        name: 'claude-agent-sdk',
        version: '0.1.5',
        kind: 'file',
        resolved: 'file:///wheels/claude_agent_sdk-0.1.5-py3-none-any.whl',
        file: 'requirements.txt',
      },
      { line: 7, name: 'requests', version: '2.31.0', kind: 'registry', file: 'requirements.txt' },
    ]);
    expect(r.components[0]!.versionNote).toBe('the requirement names no package; reported by its reference');
  });

  it('includes nest relative to the including file, and a file included twice is read once', async () => {
    const r = await run('-r a/one.txt\n-r "b/two.txt"\n', {
      'a/one.txt': '--requirement ../common.txt\nclaude-code-sdk==0.0.25\n',
      'b/two.txt': '-r../common.txt\n',
      'common.txt': 'aider-chat==0.86.1\n',
    });
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.location.file, c.location.line, c.name])).toEqual([
      ['common.txt', 1, 'aider-chat'],
      ['a/one.txt', 2, 'claude-code-sdk'],
    ]);
  });

  describe('hostile input', () => {
    it('-r include cycles: a located error, no loop', async () => {
      const r = await run('-r a.txt\nx==1\n', { 'a.txt': '-r b.txt\n', 'b.txt': '-r requirements.txt\n' });
      expect(r.errors).toEqual([
        {
          file: 'b.txt',
          line: 1,
          message: 'include cycle: requirements.txt -> a.txt -> b.txt -> requirements.txt',
        },
      ]);
      expect(r.components.map((c) => c.name)).toEqual(['x']);
    });

    it('-r of itself', async () => {
      const r = await run('-r ./requirements.txt\n');
      expect(r.errors).toEqual([
        { file: 'requirements.txt', line: 1, message: 'include cycle: requirements.txt -> requirements.txt' },
      ]);
    });

    it('-r outside the root, absolute, missing or a URL: "included file not found"', async () => {
      const r = await run(
        '-r ../../outside.txt\n-r /etc/passwd\n-r missing.txt\n-r https://example.com/r.txt\n-r\n',
        {},
        'sub/requirements.txt',
      );
      expect(r.errors).toEqual([
        { file: 'sub/requirements.txt', line: 1, message: 'included file not found: ../../outside.txt' },
        { file: 'sub/requirements.txt', line: 2, message: 'included file not found: /etc/passwd' },
        { file: 'sub/requirements.txt', line: 3, message: 'included file not found: missing.txt' },
        {
          file: 'sub/requirements.txt',
          line: 4,
          message: 'included file is a URL and cannot be read: https://example.com/r.txt',
        },
        { file: 'sub/requirements.txt', line: 5, message: '-r needs a file name' },
      ]);
    });

    it('an include bomb (each file includes the next twice) is read once per file', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`f${i}.txt`] = `-r f${i + 1}.txt\n-r f${i + 1}.txt\np${i}==1\n`;
      files['f40.txt'] = 'end==1\n';
      const r = await run('-r f0.txt\n', files);
      expect(r.errors).toEqual([]);
      expect(r.components).toHaveLength(41);
    });

    it('a 40 MB single-line garbage file: one located error, bounded time', async () => {
      const garbage = 'x=<>!@#$%^&*()'.repeat(3_000_000).slice(0, 40 * 1024 * 1024);
      const t0 = Date.now();
      const r = await run(garbage);
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(r.components).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.line).toBe(1);
      expect(r.errors[0]!.message).toMatch(/^invalid requirement: x=<>!@#\$%\^&\*\(\)x=<>.{0,70}…$/);
    });

    it('a 40 MB line of one long name and a long continuation chain stay linear', async () => {
      const t0 = Date.now();
      const r1 = await run('a'.repeat(40 * 1024 * 1024) + '==1');
      expect(r1.components).toHaveLength(1);
      const r2 = await run('pkg==1 \\\n'.repeat(200_000) + 'x');
      expect(r2.errors).toHaveLength(1);
      expect(Date.now() - t0).toBeLessThan(10_000);
    });

    it('binary-looking garbage: errors, never a throw', async () => {
      let s = '';
      for (let i = 0; i < 5000; i++) s += String.fromCharCode(1 + ((i * 7919) % 65000));
      const r = await run(s);
      expect(r.errors.length).toBeGreaterThan(0);
      for (const e of r.errors) expect(e.file).toBe('requirements.txt');
    });

    it('BOM and CRLF', async () => {
      const r = await run('\uFEFFclaude-agent-sdk==0.1.5\r\nanyio==4.11.0 \\\r\n  --hash=sha256:abc\r\n');
      expect(r.errors).toEqual([]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version, c.integrity])).toEqual([
        [1, 'claude-agent-sdk', '0.1.5', undefined],
        [2, 'anyio', '4.11.0', 'sha256:abc'],
      ]);
    });

    it('__proto__ names and includes are plain data', async () => {
      const files = JSON.parse('{"__proto__": "x==1\\n"}') as Record<string, string>;
      const r = await run('__proto__==1.0\n-r __proto__\nconstructor==2\n', files);
      // `__proto__` is not a valid PEP 508 name (it must start and end with a letter or digit).
      expect(r.errors).toEqual([
        { file: 'requirements.txt', line: 1, message: 'invalid requirement: __proto__==1.0' },
      ]);
      expect(r.components.map((c) => [c.location.file, c.name])).toEqual([
        ['__proto__', 'x'],
        ['requirements.txt', 'constructor'],
      ]);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    });
  });
});
