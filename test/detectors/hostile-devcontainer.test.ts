import { describe, expect, it } from 'vitest';
import { scanDevcontainer } from '../../src/detectors/devcontainer-json.js';
import { defaultLimits } from '../../src/model/limits.js';
import type { DetectInput } from '../../src/model/component.js';
import { line } from '../helpers/inventory-lines.js';

function input(text: string, files: Record<string, string> = {}): DetectInput {
  return {
    path: '.devcontainer/devcontainer.json',
    text,
    bytes: new Uint8Array(),
    readFile: async (p) => files[p] ?? null,
    limits: defaultLimits,
  };
}

describe('devcontainer.json on hostile input', () => {
  it('100k-deep nesting is a located error, not a stack overflow', async () => {
    const r = await scanDevcontainer(input('{"a":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'));
    expect(r.errors).toEqual([
      {
        file: '.devcontainer/devcontainer.json',
        line: 1,
        column: 517,
        message: 'nesting deeper than 512 levels',
      },
    ]);
  });

  it('binary garbage and a non-object are errors', async () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(1 + ((i * 31) % 200))).join(
      '',
    );
    const r = await scanDevcontainer(input(garbage));
    expect(r.errors.length).toBe(1);
    expect(r.errors[0]!.message).toMatch(/^invalid JSONC: /);
    expect((await scanDevcontainer(input('[1]'))).errors).toEqual([
      { file: '.devcontainer/devcontainer.json', line: 1, message: 'devcontainer.json is not a JSON object' },
    ]);
  });

  it('__proto__ keys and script cycles are harmless', async () => {
    const text =
      '{"__proto__": {"x": 1}, "features": {"__proto__": {}}, "postCreateCommand": "bash .devcontainer/a.sh"}';
    const r = await scanDevcontainer(
      input(text, {
        '.devcontainer/a.sh': 'bash .devcontainer/b.sh\nnpm i -g a@1.0.0\n',
        '.devcontainer/b.sh': 'bash .devcontainer/a.sh\nnpm i -g b@2.0.0\n',
      }),
    );
    expect(r.errors).toEqual([]);
    expect(r.components.map(line)).toEqual([
      '.devcontainer/devcontainer.json:1 [devcontainer.json] devcontainer-feature __proto__ ()',
      '.devcontainer/a.sh:2 [shell-script] npm a 1.0.0',
      '.devcontainer/b.sh:2 [shell-script] npm b 2.0.0',
    ]);
  });

  it('scripts are found relative to the workspace or the config folder, and outside paths are not read', async () => {
    const r = await scanDevcontainer(
      input(
        '{"postCreateCommand": "bash setup.sh && sh ${containerWorkspaceFolder}/tools/x.sh && bash ../../etc/x.sh && .devcontainer/run.sh"}',
        {
          '.devcontainer/setup.sh': 'npx -y @openai/codex@0.46.0',
          '.devcontainer/run.sh': 'npx -y @google/gemini-cli@0.9.0',
          'tools/x.sh': 'pipx install aider-chat==0.86.1',
        },
      ),
    );
    expect(r.components.map(line)).toEqual([
      '.devcontainer/setup.sh:1 [shell-script] npm @openai/codex 0.46.0',
      'tools/x.sh:1 [shell-script] pypi aider-chat 0.86.1',
      '.devcontainer/run.sh:1 [shell-script] npm @google/gemini-cli 0.9.0',
    ]);
  });
});

describe('devcontainer.json environment', () => {
  it('containerEnv and remoteEnv values reach lifecycle commands and the scripts they run', async () => {
    const text = `{
  "containerEnv": { "CLAUDE_VERSION": "2.1.100" },
  "remoteEnv": { "CODEX_VERSION": "\${localEnv:CODEX_VERSION}" },
  "postCreateCommand": "npm i -g @anthropic-ai/claude-code@$CLAUDE_VERSION && bash .devcontainer/x.sh"
}`;
    const r = await scanDevcontainer(
      input(text, { '.devcontainer/x.sh': 'npm i -g @openai/codex@$CODEX_VERSION\n' }),
    );
    expect(r.components.map(line)).toEqual([
      '.devcontainer/devcontainer.json:4 [devcontainer.json] npm @anthropic-ai/claude-code 2.1.100',
      '.devcontainer/x.sh:1 [shell-script] npm @openai/codex (${localEnv:CODEX_VERSION})',
    ]);
  });
});
