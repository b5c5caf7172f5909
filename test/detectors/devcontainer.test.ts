import { describe, expect, it } from 'vitest';
import { inventoryOf } from '../helpers/inventory-lines.js';

const fx = (name: string): string => `test/fixtures/devcontainer/${name}`;

describe('devcontainer.json', () => {
  it('pattern 1: a build arg wins over the ARG default; the Dockerfile is judged as the devcontainer builds it, not again on its own defaults', async () => {
    const inv = await inventoryOf(fx('reference-build-args'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      '.devcontainer/Dockerfile:28 [Dockerfile] installer github.com/dandavison/delta/releases 0.18.2',
      '.devcontainer/Dockerfile:32 [Dockerfile] npm @anthropic-ai/claude-code 2.1.100',
      '.devcontainer/devcontainer.json:13 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
      '.devcontainer/devcontainer.json:13 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    ]);
  });

  it('pattern 2: two ARG-driven tools in one continued RUN, quoted specs, ${localEnv:…} build arg', async () => {
    const inv = await inventoryOf(fx('two-tools-template'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      'devcontainer/Dockerfile:7 [Dockerfile] npm @anthropic-ai/claude-code (latest)',
      'devcontainer/Dockerfile:8 [Dockerfile] npm @openai/codex (${localEnv:CODEX_VERSION})',
    ]);
  });

  it('pattern 3: .env → compose build args → ARG without default → install.sh positional version', async () => {
    const inv = await inventoryOf(fx('compose-arg-chain'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      'Dockerfile:3 [Dockerfile] installer claude.ai/install.sh 2.1.7',
      'codex.Dockerfile:3 [Dockerfile] npm @openai/codex 0.46.0',
      'compose.yml:21 [Dockerfile] npm @google/gemini-cli 0.9.0',
    ]);
    const installer = inv.components.find((c) => c.version === '2.1.7')!;
    expect(installer).toMatchObject({
      ecosystem: 'installer',
      sourceKind: 'url',
      resolved: 'https://claude.ai/install.sh',
      purl: 'pkg:generic/installer/claude.ai%2Finstall.sh@2.1.7',
    });
  });

  it('pattern 6: a post-create script with a helper function and a downloaded installer', async () => {
    const inv = await inventoryOf(fx('post-create-script'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      '.devcontainer/devcontainer.json:6 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/node (lts)',
      '.devcontainer/post-create.sh:10 [shell-script] npm @github/copilot (latest)',
      '.devcontainer/post-create.sh:11 [shell-script] npm @anthropic-ai/claude-code (latest)',
      '.devcontainer/post-create.sh:12 [shell-script] npm @openai/codex (latest)',
      '.devcontainer/post-create.sh:13 [shell-script] npm @google/gemini-cli (latest)',
      '.devcontainer/post-create.sh:14 [shell-script] npm @augmentcode/auggie (latest)',
      '.devcontainer/post-create.sh:15 [shell-script] npm @qwen-code/qwen-code (latest)',
      '.devcontainer/post-create.sh:16 [shell-script] npm opencode-ai (latest)',
      '.devcontainer/post-create.sh:24 [shell-script] installer cli.kiro.dev/install (latest)',
    ]);
  });

  it('features: known option names and defaults, pins, digests, ${localEnv}, AI-looking ids, local features, comments', async () => {
    const inv = await inventoryOf(fx('features'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      '.devcontainer/devcontainer.json:4 [devcontainer.json] devcontainer-feature ghcr.io/anthropics/devcontainer-features/claude-code (latest)',
      '.devcontainer/devcontainer.json:4 [devcontainer.json] npm @anthropic-ai/claude-code (latest)',
      '.devcontainer/devcontainer.json:5 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers-extra/features/claude-code 2.0.30',
      '.devcontainer/devcontainer.json:6 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers-extra/features/opencode (latest)',
      '.devcontainer/devcontainer.json:7 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers-extra/features/codename-goose-cli (stable)',
      '.devcontainer/devcontainer.json:8 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/copilot-cli 0.0.369',
      '.devcontainer/devcontainer.json:9 [devcontainer.json] devcontainer-feature ghcr.io/sachitv/devcontainer-features/codex 0.58.0',
      '.devcontainer/devcontainer.json:10 [devcontainer.json] devcontainer-feature ghcr.io/stu-bell/devcontainer-features/gemini-cli (${localEnv:GEMINI_VERSION})',
      '.devcontainer/devcontainer.json:10 [devcontainer.json] npm @google/gemini-cli (${localEnv:GEMINI_VERSION})',
      '.devcontainer/devcontainer.json:11 [devcontainer.json] devcontainer-feature ghcr.io/example/features/kimi-cli 1.2.0',
      '.devcontainer/devcontainer.json:12 [devcontainer.json] devcontainer-feature ghcr.io/example/features/goose (3.24.0)',
      '.devcontainer/devcontainer.json:13 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/node (lts)',
      '.devcontainer/devcontainer.json:14 [devcontainer.json] devcontainer-feature example.com/features/devcontainer-feature-aider.tgz ()',
      '.devcontainer/devcontainer.json:15 [devcontainer.json] devcontainer-feature ./local-feature (0.86.1)',
      '.devcontainer/devcontainer.json:20 [devcontainer.json] npm @anthropic-ai/claude-code 2.1.150',
      '.devcontainer/devcontainer.json:21 [devcontainer.json] pypi aider-chat 0.86.1',
      '.devcontainer/devcontainer.json:23 [devcontainer.json] pypi kimi-cli 1.3.0',
      '.devcontainer/devcontainer.json:27 [devcontainer.json] vscode-extension anthropic.claude-code 2.1.100',
      '.devcontainer/devcontainer.json:29 [devcontainer.json] vscode-extension openai.chatgpt (latest)',
      '.devcontainer/local-feature/install.sh:3 [shell-script] pypi aider-chat 0.86.1',
    ]);
    const byLine = (n: number) =>
      inv.components.filter((c) => c.location.line === n && c.location.file.endsWith('devcontainer.json'));
    expect(byLine(8)[0]).toMatchObject({
      sourceKind: 'registry',
      resolved:
        'ghcr.io/devcontainers/features/copilot-cli@sha256:0000000000000000000000000000000000000000000000000000000000000000',
    });
    expect(byLine(14)[0]).toMatchObject({ sourceKind: 'tarball' });
    expect(byLine(15)[0]).toMatchObject({ sourceKind: 'file' });
    // Removals (`-github.copilot`) and commented-out entries are not installs.
    expect(
      inv.components.some((c) => c.name === 'github.copilot' || c.name === 'google.geminicodeassist'),
    ).toBe(false);
  });

  it('legacy top-level keys: dockerFile, extensions; a root devcontainer.json', async () => {
    const inv = await inventoryOf(fx('legacy-root'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      'Dockerfile.dev:2 [Dockerfile] installer claude.ai/install.sh (latest)',
      'devcontainer.json:3 [devcontainer.json] vscode-extension continue.continue 0.8.1',
      'devcontainer.json:3 [devcontainer.json] vscode-extension github.copilot (latest)',
      'devcontainer.json:5 [devcontainer.json] installer claude.ai/install.sh 2.1.110',
    ]);
  });

  it('devcontainer-lock.json: feature digest and integrity, even when the config no longer names it', async () => {
    const inv = await inventoryOf(fx('lock'));
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      '.devcontainer/devcontainer-lock.json:3 [devcontainer-lock.json] devcontainer-feature ghcr.io/anthropics/devcontainer-features/claude-code (latest)',
      '.devcontainer/devcontainer-lock.json:8 [devcontainer-lock.json] devcontainer-feature ghcr.io/devcontainers/features/node ()',
      '.devcontainer/devcontainer.json:4 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/node ()',
    ]);
    expect(inv.components[0]).toMatchObject({
      resolved:
        'ghcr.io/anthropics/devcontainer-features/claude-code@sha256:cfc2e7d3e9fd3b9b01f8d5cb158508a884c8c0ede2e23ed10f32dea5d4ffe69a',
      integrity: 'sha256:cfc2e7d3e9fd3b9b01f8d5cb158508a884c8c0ede2e23ed10f32dea5d4ffe69a',
      versionNote: 'feature version 1.0.5 (the lock does not record the tool version)',
    });
  });

  it('invalid JSONC: a located error, and what could be read', async () => {
    const inv = await inventoryOf(fx('invalid'));
    expect(inv.errors).toEqual([
      {
        file: '.devcontainer/devcontainer.json',
        line: 5,
        column: 3,
        message: 'invalid JSONC: CommaExpected',
      },
    ]);
    expect(inv.lines).toEqual([
      '.devcontainer/devcontainer.json:3 [devcontainer.json] devcontainer-feature ghcr.io/anthropics/devcontainer-features/claude-code (latest)',
      '.devcontainer/devcontainer.json:3 [devcontainer.json] npm @anthropic-ai/claude-code (latest)',
      '.devcontainer/devcontainer.json:5 [devcontainer.json] npm @openai/codex 0.46.0',
    ]);
  });
});
