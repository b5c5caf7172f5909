import { describe, expect, it } from 'vitest';
import { scanBrewfile } from '../../src/detectors/brewfile.js';
import { isMisePath, scanMiseToml } from '../../src/detectors/mise-toml.js';
import { scanPackageJsonScripts } from '../../src/detectors/package-json-scripts.js';
import { scanShellScript } from '../../src/detectors/shell-script.js';
import { scanToolVersions } from '../../src/detectors/tool-versions.js';
import { scanVscodeExtensions } from '../../src/detectors/vscode-extensions.js';
import { defaultLimits } from '../../src/model/limits.js';
import { line } from '../helpers/inventory-lines.js';

describe('.tool-versions', () => {
  it('reads npm, pipx and GitHub-release backends; plain asdf tools are not packages', () => {
    const text = [
      'nodejs 22.11.0',
      'npm:@anthropic-ai/claude-code 2.1.100 # pinned',
      'npm:@openai/codex latest',
      'pipx:aider-chat 0.86.1',
      '# npm:@google/gemini-cli 0.9.0',
      'github:openai/codex rust-v0.58.0',
    ].join('\n');
    expect(scanToolVersions('.tool-versions', text).components.map(line)).toEqual([
      '.tool-versions:2 [.tool-versions] npm @anthropic-ai/claude-code 2.1.100',
      '.tool-versions:3 [.tool-versions] npm @openai/codex (latest)',
      '.tool-versions:4 [.tool-versions] pypi aider-chat 0.86.1',
      '.tool-versions:6 [.tool-versions] installer github.com/openai/codex/releases 0.58.0',
    ]);
  });
});

describe('mise.toml', () => {
  it('matches mise config locations', () => {
    for (const p of [
      'mise.toml',
      '.mise.toml',
      'mise.local.toml',
      '.config/mise.toml',
      '.config/mise/config.toml',
      '.mise/config.toml',
    ])
      expect(isMisePath(p), p).toBe(true);
    expect(isMisePath('pyproject.toml')).toBe(false);
  });

  it('reads [tools] with quoted backend keys, arrays and tables', () => {
    const text = [
      '[env]',
      'X = "npm:@openai/codex"',
      '[tools]',
      'node = "22"',
      '"npm:@anthropic-ai/claude-code" = "2.1.100"',
      '"npm:@openai/codex" = "latest"',
      '"pipx:aider-chat" = { version = "0.86.1" }',
      '"uvx:kimi-cli" = ["1.2.0", "1.3.0"]',
      '# "npm:@google/gemini-cli" = "0.9.0"',
    ].join('\n');
    const r = scanMiseToml('mise.toml', text);
    expect(r.errors).toEqual([]);
    expect(r.components.map(line)).toEqual([
      'mise.toml:5 [mise.toml] npm @anthropic-ai/claude-code 2.1.100',
      'mise.toml:6 [mise.toml] npm @openai/codex (latest)',
      'mise.toml:7 [mise.toml] pypi aider-chat 0.86.1',
      'mise.toml:8 [mise.toml] pypi kimi-cli 1.2.0',
      'mise.toml:8 [mise.toml] pypi kimi-cli 1.3.0',
    ]);
  });

  it('reads the commands of [tasks] with [env] and the task env', () => {
    const text = [
      '[env]',
      'CC = "2.1.150"',
      '[tasks]',
      'short = "npm i -g @anthropic-ai/claude-code@$CC"',
      'list = ["echo start", "npx -y @anthropic-ai/claude-code@2.1.151 --version"]',
      '[tasks.long]',
      'description = "install"',
      'env = { V = "2.1.152" }',
      'run = """',
      'set -e',
      'npm install --global "@anthropic-ai/claude-code@$V"',
      '"""',
      '[tasks.quiet]',
      'run = ["echo npm i -g @anthropic-ai/claude-code@2.1.150", "npm view @anthropic-ai/claude-code@2.1.150"]',
      '# [tasks.off]',
      '# run = "npm i -g @anthropic-ai/claude-code@2.1.150"',
    ].join('\n');
    const r = scanMiseToml('mise.toml', text);
    expect(r.errors).toEqual([]);
    expect(r.components.map(line)).toEqual([
      'mise.toml:4 [mise.toml] npm @anthropic-ai/claude-code 2.1.150',
      'mise.toml:5 [mise.toml] npm @anthropic-ai/claude-code 2.1.151',
      'mise.toml:9 [mise.toml] npm @anthropic-ai/claude-code 2.1.152',
    ]);
    // Twin: a safe version in the env.
    const safe = scanMiseToml('mise.toml', text.replace('CC = "2.1.150"', 'CC = "2.1.90"'));
    expect(safe.components.map(line)).toContain(
      'mise.toml:4 [mise.toml] npm @anthropic-ai/claude-code 2.1.90',
    );
  });

  it('invalid TOML is a located error', () => {
    expect(scanMiseToml('mise.toml', '[tools]\nx = \n').errors).toEqual([
      expect.objectContaining({ file: 'mise.toml', line: 2 }),
    ]);
  });
});

describe('Brewfile', () => {
  it('reads brew and cask entries; taps and comments are not installs', () => {
    const text = [
      'tap "homebrew/cask"',
      'brew "goose"',
      'cask "claude-code"',
      '# cask "codex"',
      "brew 'gemini-cli', args: ['HEAD']",
    ].join('\n');
    const r = scanBrewfile('Brewfile', text);
    expect(r.components.map((c) => `${line(c)} ${c.resolved}`)).toEqual([
      'Brewfile:2 [Brewfile] homebrew goose (latest) formula',
      'Brewfile:3 [Brewfile] homebrew claude-code (latest) cask',
      'Brewfile:5 [Brewfile] homebrew gemini-cli (latest) formula',
    ]);
  });
});

describe('.vscode/extensions.json', () => {
  it('reads recommendations (JSONC), not unwanted recommendations', () => {
    const text = `{
  // AI assistants
  "recommendations": ["Anthropic.claude-code", "GitHub.copilot-chat@0.22.4",],
  "unwantedRecommendations": ["openai.chatgpt"]
}`;
    const r = scanVscodeExtensions({ path: '.vscode/extensions.json', text, limits: defaultLimits });
    expect(r.errors).toEqual([]);
    expect(r.components.map(line)).toEqual([
      '.vscode/extensions.json:3 [.vscode/extensions.json] vscode-extension anthropic.claude-code (latest)',
      '.vscode/extensions.json:3 [.vscode/extensions.json] vscode-extension github.copilot-chat 0.22.4',
    ]);
  });
});

describe('package.json scripts', () => {
  it('reads installs and runs in scripts, at each script line', () => {
    const text = `{
  "name": "x",
  "scripts": {
    "claude": "claude",
    "review": "npx -y @anthropic-ai/claude-code@2.1.120 -p review",
    "setup": "npm i -g @openai/codex@0.46.0 && pnpm dlx @google/gemini-cli"
  },
  "devDependencies": { "@anthropic-ai/claude-code": "latest" }
}`;
    const r = scanPackageJsonScripts({ path: 'package.json', text, limits: defaultLimits });
    expect(r.components.map(line)).toEqual([
      'package.json:5 [package.json scripts] npm @anthropic-ai/claude-code 2.1.120',
      'package.json:6 [package.json scripts] npm @openai/codex 0.46.0',
      'package.json:6 [package.json scripts] npm @google/gemini-cli (latest)',
    ]);
  });

  it('a script reads the npm_package_* variables npm gives it from the package.json', async () => {
    const text = (config: string, script: string) => `{
  "name": "@anthropic-ai/claude-code",
  "version": "2.1.151",
  "config": { "cc": ${config} },
  "scripts": {
    "prepare": "npm run cc",
    "cc": "${script}"
  }
}`;
    const lines = (t: string) =>
      scanPackageJsonScripts({ path: 'package.json', text: t, limits: defaultLimits }).components.map(line);
    expect(lines(text('"2.1.150"', 'npm i -g @anthropic-ai/claude-code@$npm_package_config_cc'))).toEqual([
      'package.json:7 [package.json scripts] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    expect(lines(text('"x"', 'npx -y $npm_package_name@$npm_package_version'))).toEqual([
      'package.json:7 [package.json scripts] npm @anthropic-ai/claude-code 2.1.151',
    ]);
    // Twins: a safe config value, a command that installs nothing, a key the config lacks.
    expect(lines(text('"2.1.90"', 'npm i -g @anthropic-ai/claude-code@$npm_package_config_cc'))).toEqual([
      'package.json:7 [package.json scripts] npm @anthropic-ai/claude-code 2.1.90',
    ]);
    expect(lines(text('"2.1.150"', 'npm view @anthropic-ai/claude-code@$npm_package_config_cc'))).toEqual([]);
    expect(lines(text('"2.1.150"', 'npm i -g @anthropic-ai/claude-code@$npm_package_config_v'))).toEqual([
      'package.json:7 [package.json scripts] npm @anthropic-ai/claude-code ($npm_package_config_v)',
    ]);
  });
});

describe('shell scripts', () => {
  it('CRLF, BOM-less tabs and unterminated quotes', async () => {
    const r = await scanShellScript(
      'setup.sh',
      'set -e\r\n\tnpm i -g @openai/codex@0.46.0\r\necho "oops\r\n',
    );
    expect(r.components.map(line)).toEqual(['setup.sh:2 [shell-script] npm @openai/codex 0.46.0']);
    expect(r.errors).toEqual([{ file: 'setup.sh', line: 3, message: 'shell: unterminated double quote' }]);
  });
});
