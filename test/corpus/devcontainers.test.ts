// Conformance: `inventory` over every example of ../shared/corpus/devcontainers (real
// devcontainers, features, workflows and compose files; see its SOURCES.md) must list exactly these
// components of the formats this project's devcontainer/Dockerfile/workflow detectors read: file,
// line, source, ecosystem, name and version (or the spec as written, in parentheses). The
// Dockerfiles and scripts of those repositories are not in the corpus (PATTERNS.md describes them);
// our fixtures under test/fixtures/devcontainer, docker and workflows reproduce them.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inventory } from '../../src/inventory/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { line } from '../helpers/inventory-lines.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = process.env.AITG_DEVCONTAINER_CORPUS ?? resolve(here, '../../../shared/corpus/devcontainers');
const present = existsSync(corpus);

if (!present) {
  console.warn(
    `devcontainer corpus conformance skipped: ${corpus} is absent (set AITG_DEVCONTAINER_CORPUS or check out ../shared)`,
  );
}

/** The formats whose components this conformance test pins (lockfile detectors are tested elsewhere). */
const SOURCES = new Set([
  'devcontainer.json',
  'devcontainer-lock.json',
  'Dockerfile',
  'compose',
  'github-workflow',
  'shell-script',
  'package.json scripts',
  '.tool-versions',
  'mise.toml',
  'Brewfile',
  '.vscode/extensions.json',
]);

const expected: Record<string, string[]> = {
  'anthropics-claude-code-sandbox': [
    '.devcontainer/devcontainer.json:19 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    '.devcontainer/devcontainer.json:20 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    '.devcontainer/devcontainer.json:21 [devcontainer.json] vscode-extension esbenp.prettier-vscode (latest)',
    '.devcontainer/devcontainer.json:22 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
    '.github/workflows/claude.yml:28 [github-workflow] github-action actions/checkout 11bd71901bbe5b1630ceea73d27597364c9af683',
    '.github/workflows/claude.yml:34 [github-workflow] github-action anthropics/claude-code-action v1',
  ],
  'apache-magpie-toml-pin-affected': [],
  'austenstone-many-ai-actions': [
    '.github/workflows/claude-issue-triage.yml:18 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/claude-issue-triage.yml:99 [github-workflow] github-action anthropics/claude-code-base-action beta',
    '.github/workflows/claude.yml:28 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/claude.yml:33 [github-workflow] github-action anthropics/claude-code-action beta',
    '.github/workflows/codex.yml:23 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/codex.yml:26 [github-workflow] github-action openai/codex/.github/actions/codex main',
    '.github/workflows/gemini.yml:33 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini.yml:38 [github-workflow] github-action google-gemini/gemini-cli-action main',
    '.github/workflows/gemini.yml:94 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini.yml:99 [github-workflow] github-action google-gemini/gemini-cli-action main',
    '.github/workflows/gemini.yml:139 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini.yml:144 [github-workflow] github-action google-gemini/gemini-cli-action main',
    '.github/workflows/gemini.yml:196 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini.yml:201 [github-workflow] github-action google-gemini/gemini-cli-action main',
    '.github/workflows/gemini.yml:263 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini.yml:268 [github-workflow] github-action google-gemini/gemini-cli-action main',
  ],
  'banteg-agents-template-dir-arg-versions': [
    'devcontainer/devcontainer.json:16 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    'devcontainer/devcontainer.json:17 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    'devcontainer/devcontainer.json:18 [devcontainer.json] vscode-extension esbenp.prettier-vscode (latest)',
    'devcontainer/devcontainer.json:19 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
  ],
  'blueeventhorizon-package-json-devdeps': [
    '.devcontainer/devcontainer.json:12 [devcontainer.json] vscode-extension google.gemini-code-assist (latest)',
    '.devcontainer/devcontainer.json:13 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    '.github/workflows/claude.yml:28 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/claude.yml:34 [github-workflow] github-action anthropics/claude-code-action beta',
  ],
  'devcontainers-cli-conformance-fixtures': [
    'src/test/configs/compose-Dockerfile-with-features/.devcontainer/devcontainer.json:12 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    'src/test/configs/compose-Dockerfile-with-features/.devcontainer/devcontainer.json:13 [devcontainer.json] vscode-extension mongodb.mongodb-vscode (latest)',
    'src/test/configs/compose-Dockerfile-with-features/.devcontainer/devcontainer.json:24 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/docker-in-docker ()',
    'src/test/configs/compose-Dockerfile-with-features/.devcontainer/devcontainer.json:25 [devcontainer.json] devcontainer-feature codspace/myfeatures/helloworld ()',
    'src/test/container-features/configs/lifecycle-hooks-inline-commands/.devcontainer/devcontainer.json:6 [devcontainer.json] devcontainer-feature ./tiger ()',
    'src/test/container-features/configs/lifecycle-hooks-inline-commands/.devcontainer/devcontainer.json:7 [devcontainer.json] devcontainer-feature ./panda ()',
  ],
  'dulah-ai-config-volumes-no-install': [
    '.devcontainer/devcontainer.json:21 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/common-utils ()',
    '.devcontainer/devcontainer.json:26 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/git ()',
    '.devcontainer/devcontainer.json:27 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/github-cli ()',
    '.devcontainer/devcontainer.json:28 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/node (lts)',
    '.devcontainer/devcontainer.json:31 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/python (3.12)',
    '.devcontainer/devcontainer.json:66 [devcontainer.json] vscode-extension ms-vscode-remote.remote-containers (latest)',
    '.devcontainer/devcontainer.json:67 [devcontainer.json] vscode-extension github.copilot (latest)',
    '.devcontainer/devcontainer.json:68 [devcontainer.json] vscode-extension github.copilot-chat (latest)',
    '.devcontainer/devcontainer.json:69 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
    '.devcontainer/devcontainer.json:70 [devcontainer.json] vscode-extension ms-python.python (latest)',
    '.devcontainer/devcontainer.json:71 [devcontainer.json] vscode-extension ms-python.vscode-pylance (latest)',
    '.devcontainer/devcontainer.json:72 [devcontainer.json] vscode-extension ms-azuretools.vscode-docker (latest)',
  ],
  'feature-metadata-anthropics-claude-code': [],
  'feature-metadata-devcontainers-copilot-cli': [],
  'feature-metadata-devcontainers-extra': [],
  'feature-metadata-third-party-option-names': [],
  'github-spec-kit-multi-agent': [
    '.devcontainer/devcontainer.json:8 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/common-utils ()',
    '.devcontainer/devcontainer.json:17 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/dotnet (lts)',
    '.devcontainer/devcontainer.json:20 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/git (latest)',
    '.devcontainer/devcontainer.json:24 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/node (lts)',
    '.devcontainer/devcontainer.json:40 [devcontainer.json] vscode-extension mhutchie.git-graph (latest)',
    '.devcontainer/devcontainer.json:41 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
    '.devcontainer/devcontainer.json:42 [devcontainer.json] vscode-extension anweber.reveal-button (latest)',
    '.devcontainer/devcontainer.json:43 [devcontainer.json] vscode-extension chrisdias.promptboost (latest)',
    '.devcontainer/devcontainer.json:45 [devcontainer.json] vscode-extension github.copilot (latest)',
    '.devcontainer/devcontainer.json:46 [devcontainer.json] vscode-extension github.copilot-chat (latest)',
    '.devcontainer/devcontainer.json:48 [devcontainer.json] vscode-extension openai.chatgpt (latest)',
    '.devcontainer/devcontainer.json:50 [devcontainer.json] vscode-extension kilocode.kilo-code (latest)',
    '.devcontainer/devcontainer.json:52 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
  ],
  'ichuan-prebuilt-image-hides-install': [
    '.devcontainer/devcontainer.json:7 [devcontainer.json] vscode-extension ms-vscode.vscode-typescript-next (latest)',
    '.devcontainer/devcontainer.json:8 [devcontainer.json] vscode-extension esbenp.prettier-vscode (latest)',
    '.devcontainer/devcontainer.json:9 [devcontainer.json] vscode-extension ms-python.python (latest)',
    '.devcontainer/devcontainer.json:10 [devcontainer.json] vscode-extension ms-python.debugpy (latest)',
    '.devcontainer/devcontainer.json:11 [devcontainer.json] vscode-extension ms-python.isort (latest)',
    '.devcontainer/devcontainer.json:12 [devcontainer.json] vscode-extension ms-python.vscode-pylance (latest)',
    '.devcontainer/devcontainer.json:13 [devcontainer.json] vscode-extension ms-python.vscode-python-envs (latest)',
    '.devcontainer/devcontainer.json:14 [devcontainer.json] vscode-extension charliermarsh.ruff (latest)',
    '.devcontainer/devcontainer.json:15 [devcontainer.json] vscode-extension ms-vscode.vscode-json (latest)',
    '.devcontainer/devcontainer.json:16 [devcontainer.json] vscode-extension redhat.vscode-yaml (latest)',
    '.devcontainer/devcontainer.json:17 [devcontainer.json] vscode-extension github.copilot (latest)',
    '.devcontainer/devcontainer.json:18 [devcontainer.json] vscode-extension github.copilot-chat (latest)',
    '.devcontainer/devcontainer.json:19 [devcontainer.json] vscode-extension ms-vscode-remote.remote-containers (latest)',
    '.devcontainer/devcontainer.json:20 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    '.devcontainer/devcontainer.json:21 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    '.devcontainer/devcontainer.json:22 [devcontainer.json] vscode-extension ecmel.vscode-html-css (latest)',
    '.devcontainer/devcontainer.json:23 [devcontainer.json] vscode-extension editorconfig.editorconfig (latest)',
    '.devcontainer/devcontainer.json:24 [devcontainer.json] vscode-extension mechatroner.rainbow-csv (latest)',
    '.devcontainer/devcontainer.json:25 [devcontainer.json] vscode-extension tamasfe.even-better-toml (latest)',
    '.devcontainer/devcontainer.json:26 [devcontainer.json] vscode-extension zxh404.vscode-proto3 (latest)',
    '.devcontainer/devcontainer.json:102 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/git-lfs ()',
    '.devcontainer/devcontainer.json:103 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/github-cli ()',
    '.github/workflows/docker-build.yml:29 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/docker-build.yml:32 [github-workflow] github-action docker/login-action v3',
    '.github/workflows/docker-build.yml:40 [github-workflow] github-action docker/metadata-action v5',
    '.github/workflows/docker-build.yml:47 [github-workflow] github-action docker/setup-buildx-action v3',
    '.github/workflows/docker-build.yml:50 [github-workflow] github-action docker/build-push-action v5',
  ],
  'kicksecure-reusable-sha-pinned-claude-action': [
    '.github/workflows/consumer-claude-code.yml:69 [github-workflow] github-action org-ai-assisted/developer-meta-files/.github/workflows/reusable-claude-code-review.yml master',
    '.github/workflows/consumer-codex-review.yml:41 [github-workflow] github-action org-ai-assisted/developer-meta-files/.github/workflows/reusable-codex-review.yml master',
    '.github/workflows/reusable-claude-code-review.yml:196 [github-workflow] github-action actions/checkout de0fac2e4500dabe0009e67214ff5f5447ce83dd',
    '.github/workflows/reusable-claude-code-review.yml:201 [github-workflow] github-action anthropics/claude-code-action 787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251',
  ],
  'linux-ai-biz-stale-lockfile': [
    '.devcontainer/devcontainer-lock.json:3 [devcontainer-lock.json] devcontainer-feature ghcr.io/anthropics/devcontainer-features/claude-code (latest)',
    '.devcontainer/devcontainer-lock.json:8 [devcontainer-lock.json] devcontainer-feature ghcr.io/devcontainers/features/node ()',
    '.devcontainer/devcontainer-lock.json:13 [devcontainer-lock.json] devcontainer-feature ghcr.io/devcontainers/features/sshd ()',
  ],
  'mfisher87-env-compose-arg-chain': [
    '.github/workflows/build.yml:21 [github-workflow] github-action actions/checkout v3',
    '.github/workflows/build.yml:56 [github-workflow] github-action docker/login-action v2',
  ],
  'openswiftui-codex-action-unpinned': [
    '.github/workflows/codex.yml:124 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/codex.yml:233 [github-workflow] github-action openai/codex-action v1',
    '.github/workflows/codex.yml:243 [github-workflow] github-action actions/github-script v7',
  ],
  'qwen-code-action-dispatch-reusable': [
    '.github/workflows/qwen-dispatch.yml:76 [github-workflow] github-action actions/create-github-app-token a8d616148505b5069dccd32f177bb87d7f39123b',
    '.github/workflows/qwen-dispatch.yml:86 [github-workflow] github-action actions/github-script 60a0d83039c74a4aee543508d2ffcb1c3799cdea',
    '.github/workflows/qwen-dispatch.yml:186 [github-workflow] github-action actions/create-github-app-token a8d616148505b5069dccd32f177bb87d7f39123b',
    '.github/workflows/qwen-invoke.yml:32 [github-workflow] github-action actions/create-github-app-token a8d616148505b5069dccd32f177bb87d7f39123b',
    '.github/workflows/qwen-invoke.yml:42 [github-workflow] github-action QwenLM/qwen-code-action v1',
    '.github/workflows/qwen-invoke.yml:56 [github-workflow] npm @qwen-code/qwen-code (${{ vars.QWEN_CLI_VERSION }})',
  ],
  'run-gemini-cli-version-from-repo-var': [
    '.github/workflows/gemini-invoke.yml:32 [github-workflow] github-action actions/create-github-app-token 29824e69f54612133e76f7eaac726eef6c875baf',
    '.github/workflows/gemini-invoke.yml:41 [github-workflow] github-action actions/checkout v4',
    '.github/workflows/gemini-invoke.yml:45 [github-workflow] github-action google-github-actions/run-gemini-cli main',
    '.github/workflows/gemini-invoke.yml:61 [github-workflow] npm @google/gemini-cli (${{ vars.GEMINI_CLI_VERSION }})',
  ],
  'saitotm-nested-folders-pinned-npm': [
    'basic/python/.devcontainer/devcontainer.json:16 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    'basic/python/.devcontainer/devcontainer.json:17 [devcontainer.json] vscode-extension esbenp.prettier-vscode (latest)',
    'basic/python/.devcontainer/devcontainer.json:18 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
    'basic/python/.devcontainer/devcontainer.json:19 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    'basic/python/.devcontainer/devcontainer.json:20 [devcontainer.json] vscode-extension ms-python.python (latest)',
    'basic/python/.devcontainer/devcontainer.json:21 [devcontainer.json] vscode-extension charliermarsh.ruff (latest)',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:11 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/docker-outside-of-docker ()',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:16 [devcontainer.json] vscode-extension dbaeumer.vscode-eslint (latest)',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:17 [devcontainer.json] vscode-extension esbenp.prettier-vscode (latest)',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:18 [devcontainer.json] vscode-extension eamodio.gitlens (latest)',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:19 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
    'docker-required/dood/rust/.devcontainer/devcontainer.json:20 [devcontainer.json] vscode-extension rust-lang.rust-analyzer (latest)',
  ],
  'trailofbits-root-devcontainer-installsh': [
    'devcontainer.json:13 [devcontainer.json] devcontainer-feature ghcr.io/devcontainers/features/github-cli ()',
    'devcontainer.json:24 [devcontainer.json] vscode-extension anthropic.claude-code (latest)',
  ],
};

describe.skipIf(!present)('devcontainer corpus conformance', () => {
  const dirs = present
    ? readdirSync(corpus)
        .filter((d) => statSync(join(corpus, d)).isDirectory())
        .sort()
    : [];

  it('covers every example directory', () => {
    expect(dirs).toEqual(Object.keys(expected).sort());
  });

  for (const dir of dirs) {
    it(dir, async () => {
      const inv = await inventory(new DirectorySource(join(corpus, dir)));
      expect(inv.errors).toEqual([]);
      expect(inv.components.filter((c) => SOURCES.has(c.source)).map(line)).toEqual(expected[dir]);
    });
  }

  it('the SHA-pinned claude-code-action is found and the commented-out codex-action is not', async () => {
    const inv = await inventory(
      new DirectorySource(join(corpus, 'kicksecure-reusable-sha-pinned-claude-action')),
    );
    const actions = inv.components
      .filter((c) => c.ecosystem === 'github-action')
      .map((c) => `${c.name}@${c.version}`);
    expect(actions).toContain('anthropics/claude-code-action@787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251');
    expect(actions.some((a) => a.startsWith('openai/codex-action'))).toBe(false);
  });
});
