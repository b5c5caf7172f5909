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
        'justfile:11 [justfile] npm @anthropic-ai/claude-code (${version})',
        'justfile:13 [justfile] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
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
        'Taskfile.yml:14 [Taskfile] pypi kimi-cli (==${KIMI})',
        'Taskfile.yml:16 [Taskfile] npm opencode-ai 0.15.0',
      ],
      errors: [],
    });
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
