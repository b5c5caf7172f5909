import { describe, expect, it } from 'vitest';
import { isJustfilePath, scanJustfile } from '../../../src/detectors/justfile.js';
import { isTaskfilePath, scanTaskfile } from '../../../src/detectors/taskfile.js';
import { defaultLimits } from '../../../src/model/limits.js';
import { line } from '../../helpers/inventory-lines.js';

const just = (text: string) => {
  const r = scanJustfile('justfile', text);
  return { lines: r.components.map(line), errors: r.errors };
};
const task = (text: string) => {
  const r = scanTaskfile({ path: 'Taskfile.yml', text, limits: defaultLimits });
  return { lines: r.components.map(line), errors: r.errors };
};

describe('justfile', () => {
  it('names', () => {
    for (const p of ['justfile', 'Justfile', 'a/.justfile', 'tools/setup.just'])
      expect(isJustfilePath(p), p).toBe(true);
    for (const p of ['justfile.md', 'justfiles/readme']) expect(isJustfilePath(p), p).toBe(false);
  });

  it('recipe lines with variables, parameters and prefixes, each at its line', () => {
    // The shape of public justfiles: `set shell`, `export` variables, `@`-quiet recipes.
    const text = [
      'set shell := ["bash", "-cu"]',
      "claude_version := '2.1.150'",
      'pkg := "@anthropic-ai/claude-code" + "@" + claude_version',
      '',
      '# install the tools',
      'setup:',
      '    @npm ci',
      '    npm install -g {{pkg}}',
      '',
      'run version="x":',
      '    -npx -y @anthropic-ai/claude-code@{{version}} -p hi',
      '    pip install \\',
      '      kimi-cli==1.2.0',
    ].join('\n');
    expect(just(text)).toEqual({
      lines: [
        'justfile:8 [justfile] npm @anthropic-ai/claude-code 2.1.150',
        // `just run` runs with the default: the text just writes is `x`.
        'justfile:11 [justfile] npm @anthropic-ai/claude-code (x)',
        'justfile:13 [justfile] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
  });

  it('a recipe on its own runs as `just RECIPE` would: defaults, env() defaults, dependency arguments', () => {
    const text = [
      "cc := env('CC_VERSION', '2.1.150')",
      'export pinned := "2.1.151"',
      '',
      "install version='2.1.152' $exported='2.1.153':",
      '    npm i -g @anthropic-ai/claude-code@{{version}}',
      '    npm i -g @anthropic-ai/claude-code@$exported',
      '',
      'agents:',
      "    npm i -g '@anthropic-ai/claude-code@{{cc}}'",
      '    npm i -g @anthropic-ai/claude-code@$pinned',
      '',
      'release: (install "2.1.154")',
      '    echo released',
      '',
      'later *flags:',
      '    npm i -g @anthropic-ai/claude-code@{{flags}}',
      'shadow version:',
      '    version=2.1.90; npm i -g @anthropic-ai/claude-code@{{version}}',
    ].join('\n');
    expect(just(text)).toEqual({
      lines: [
        'justfile:5 [justfile] npm @anthropic-ai/claude-code 2.1.152',
        'justfile:6 [justfile] npm @anthropic-ai/claude-code 2.1.153',
        'justfile:9 [justfile] npm @anthropic-ai/claude-code 2.1.150',
        'justfile:10 [justfile] npm @anthropic-ai/claude-code 2.1.151',
        'justfile:5 [justfile] npm @anthropic-ai/claude-code 2.1.154',
        // `*flags` given nothing is empty: the spec names no version.
        'justfile:16 [justfile] npm @anthropic-ai/claude-code (latest)',
        // just writes the argument before the shell runs: the shell's `version` is another.
        'justfile:18 [justfile] npm @anthropic-ai/claude-code ({{version}})',
      ],
      errors: [],
    });
  });

  it('hostile input: dependencies that pass new values at every level are read a bounded number of times', () => {
    // Twenty levels of two calls each, every call with a new argument: 2^20 distinct runs unbounded.
    const lines: string[] = [];
    for (let i = 0; i < 20; i++) {
      const deps = i === 19 ? '' : ` (r${i + 1} x + 'a') (r${i + 1} x + 'b')`;
      lines.push(`r${i} x='v':${deps}`, '    echo {{x}}', '');
    }
    lines.push('last:', '    npm i -g @anthropic-ai/claude-code@2.1.150');
    const started = Date.now();
    expect(just(lines.join('\n')).lines).toEqual([
      'justfile:62 [justfile] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('negative twins: comments, echo, variables never run, uninstall', () => {
    const text = [
      "cmd := 'npm install -g @anthropic-ai/claude-code@2.1.150'",
      '# setup:',
      '#     npm install -g @anthropic-ai/claude-code@2.1.150',
      'help:',
      '    @echo "npm install -g @anthropic-ai/claude-code@2.1.150"',
      '    # npm install -g @anthropic-ai/claude-code@2.1.150',
      '    npm uninstall -g @anthropic-ai/claude-code',
    ].join('\n');
    expect(just(text)).toEqual({ lines: [], errors: [] });
  });
});

describe('Taskfile', () => {
  it('names', () => {
    for (const p of ['Taskfile.yml', 'a/taskfile.yaml', 'Taskfile.dist.yml'])
      expect(isTaskfilePath(p), p).toBe(true);
    for (const p of ['Taskfile.md', 'tasks.yml']) expect(isTaskfilePath(p), p).toBe(false);
  });

  it('cmds as strings, cmd: entries, block scalars and a task given as a list, with vars', () => {
    // go-task's documented shapes (taskfile.dev/usage: vars, cmds, cmd:, defer:).
    const text = [
      "version: '3'",
      'vars:',
      '  CLAUDE: 2.1.150',
      'tasks:',
      '  setup:',
      '    vars:',
      '      CODEX: 0.58.0',
      '    cmds:',
      '      - npm ci',
      '      - npm i -g @anthropic-ai/claude-code@{{.CLAUDE}}',
      '      - cmd: npm i -g @openai/codex@{{.CODEX}}',
      '      - |',
      '        echo start',
      '        pip install kimi-cli=={{.KIMI}}',
      '  quick:',
      '    - npx -y opencode-ai@0.15.0',
    ].join('\n');
    expect(task(text)).toEqual({
      lines: [
        'Taskfile.yml:10 [Taskfile] npm @anthropic-ai/claude-code 2.1.150',
        'Taskfile.yml:11 [Taskfile] npm @openai/codex 0.58.0',
        // Nothing defines KIMI: a caller or the environment may; unknown.
        'Taskfile.yml:14 [Taskfile] pypi kimi-cli (=={{.KIMI}})',
        'Taskfile.yml:16 [Taskfile] npm opencode-ai 0.15.0',
      ],
      errors: [],
    });
  });

  it('deps, task calls with vars, defaults, env and for loops, as go-task evaluates them', () => {
    const text = [
      "version: '3'",
      'env:',
      '  CCE: 2.1.150',
      'tasks:',
      '  base:',
      '    cmds:',
      '      - npm i -g @anthropic-ai/claude-code@{{.V}}',
      '  all:',
      '    deps: [{ task: base, vars: { V: 2.1.151 } }]',
      '    cmds:',
      '      - task: base',
      '        vars: { V: 2.1.152 }',
      '      - npm i -g @anthropic-ai/claude-code@$CCE',
      '  pinned:',
      '    vars:',
      '      P: \'{{.P | default "2.1.153"}}\'',
      '    cmds:',
      '      - for: [2.1.154, 2.1.90]',
      '        cmd: npm i -g "@anthropic-ai/claude-code@{{.ITEM}}" && echo {{.P}}',
      '      - npm i -g @anthropic-ai/claude-code@{{.P}}',
      '  templated:',
      '    cmds:',
      '      - npm i -g @anthropic-ai/claude-code@{{.CCE}}',
    ].join('\n');
    expect(task(text).lines).toEqual([
      'Taskfile.yml:7 [Taskfile] npm @anthropic-ai/claude-code ({{.V}})',
      'Taskfile.yml:7 [Taskfile] npm @anthropic-ai/claude-code 2.1.151',
      'Taskfile.yml:7 [Taskfile] npm @anthropic-ai/claude-code 2.1.152',
      'Taskfile.yml:13 [Taskfile] npm @anthropic-ai/claude-code 2.1.150',
      'Taskfile.yml:19 [Taskfile] npm @anthropic-ai/claude-code 2.1.154',
      'Taskfile.yml:19 [Taskfile] npm @anthropic-ai/claude-code 2.1.90',
      'Taskfile.yml:20 [Taskfile] npm @anthropic-ai/claude-code 2.1.153',
      // The Taskfile's env is a template value too.
      'Taskfile.yml:23 [Taskfile] npm @anthropic-ai/claude-code 2.1.150',
    ]);
  });

  it('negative twins: desc, summary, echo, commented cmds', () => {
    const text = [
      "version: '3'",
      'tasks:',
      '  setup:',
      '    desc: npm install -g @anthropic-ai/claude-code@2.1.150',
      '    cmds:',
      '      # - npm install -g @anthropic-ai/claude-code@2.1.150',
      '      - echo "npm install -g @anthropic-ai/claude-code@2.1.150"',
      '      - task: other',
    ].join('\n');
    expect(task(text)).toEqual({ lines: [], errors: [] });
  });
});
