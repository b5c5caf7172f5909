// The AI coding tools the gate knows, each with every identity by which it enters a repository.
// Names follow the component naming of the detectors (docs in DEVELOPERS.md / the common brief):
// npm real names, PEP 503 PyPI names, lowercased `publisher.name` extensions, lowercased OCI ids
// of devcontainer features, `owner/repo[/path]` actions, Homebrew tokens, installer URLs without
// scheme.
import platform from './data/npm-platform-packages.json' with { type: 'json' };
import {
  agentSdkNpmToCli,
  agentSdkPypiToCli,
  claudeCodeActionToCli,
  homebrewVersion,
  prefixedVersion,
  sameVersion,
  tableDates,
  unmappedVersion,
} from './mappings.js';
import type { Carrier, Tool, VersionScheme } from './types.js';
import { CLAUDE_RELEASE_BUCKET } from '../detectors/shell/tool-names.js';

const SAME = 'same version as the tool';

function npm(pkg: string, kind: string, scheme: VersionScheme = 'semver'): Carrier {
  return { ecosystem: 'npm', package: pkg, kind, versionMapping: SAME, toolVersion: sameVersion(scheme) };
}

function pypi(pkg: string, kind: string, scheme: VersionScheme = 'pep440'): Carrier {
  return { ecosystem: 'pypi', package: pkg, kind, versionMapping: SAME, toolVersion: sameVersion(scheme) };
}

function extension(id: string, kind: string, sameAsTool: boolean, scheme: VersionScheme = 'semver'): Carrier {
  return {
    ecosystem: 'vscode-extension',
    package: id.toLowerCase(),
    kind,
    versionMapping: sameAsTool ? SAME : 'the extension has its own version line: unknown',
    toolVersion: sameAsTool ? sameVersion(scheme) : unmappedVersion(`extension ${id.toLowerCase()}`),
  };
}

function brew(token: string, type: 'cask' | 'formula', scheme: VersionScheme = 'semver'): Carrier {
  return {
    ecosystem: 'homebrew',
    package: token,
    kind: `Homebrew ${type}`,
    versionMapping: SAME,
    toolVersion: homebrewVersion(scheme),
  };
}

function feature(
  id: string,
  versionOption: { name: string; default: string } | null,
  scheme: VersionScheme = 'semver',
  toolVersion = sameVersion(scheme),
): Carrier {
  return {
    ecosystem: 'devcontainer-feature',
    package: id.toLowerCase(),
    kind: 'devcontainer feature',
    versionMapping: versionOption
      ? `the feature's "${versionOption.name}" option is the tool version (default ${versionOption.default})`
      : 'the feature has no version option: it always installs the latest release',
    versionOption,
    toolVersion,
  };
}

function action(id: string, versionInput: string | null): Carrier {
  return {
    ecosystem: 'github-action',
    package: id,
    kind: 'GitHub action',
    versionMapping: versionInput
      ? `the action's ref does not fix the tool version (input "${versionInput}" does, else the latest release): unknown`
      : "the action's ref does not fix the tool version: unknown",
    toolVersion: unmappedVersion(`action ${id}@`),
  };
}

/** A download channel whose URL names the version (`…/claude-code-releases/<version>/<platform>/claude`). */
function releaseChannel(channel: string, kind: string): Carrier {
  return {
    ecosystem: 'installer',
    package: channel,
    kind,
    versionMapping: 'the version in the download URL is the tool version',
    toolVersion: sameVersion('semver'),
  };
}

/** A package of an OS package manager without an ecosystem of its own (`winget/<id>`). */
function osPackage(name: string, kind: string): Carrier {
  return {
    ecosystem: 'installer',
    package: name,
    kind,
    versionMapping: SAME,
    toolVersion: sameVersion('semver'),
  };
}

function installer(url: string, versionArgument: string, scheme: VersionScheme = 'semver'): Carrier {
  return {
    ecosystem: 'installer',
    package: url,
    kind: 'vendor install script',
    versionMapping: 'the version argument is the tool version (none = latest)',
    versionArgument,
    toolVersion: sameVersion(scheme),
  };
}

const claudeCodePlatform = platform.platformPackages['@anthropic-ai/claude-code'];
const agentSdkPlatform = platform.platformPackages['@anthropic-ai/claude-agent-sdk'];

const claudeCode: Tool = {
  id: 'claude-code',
  name: 'Claude Code',
  vendor: 'Anthropic',
  homepage: 'https://www.anthropic.com/claude-code',
  versionScheme: 'semver',
  carriers: [
    npm('@anthropic-ai/claude-code', 'npm package (the CLI)'),
    ...claudeCodePlatform.map((p) => npm(p, 'platform package (native build of the CLI)')),
    {
      ecosystem: 'npm',
      package: '@anthropic-ai/claude-agent-sdk',
      kind: 'Agent SDK (bundles the CLI)',
      versionMapping: `the SDK version's "claudeCodeVersion" (table retrieved ${tableDates.agentSdkNpm})`,
      toolVersion: agentSdkNpmToCli,
    },
    ...agentSdkPlatform.map((p): Carrier => ({
      ecosystem: 'npm',
      package: p,
      kind: 'Agent SDK platform package (bundles the CLI)',
      versionMapping: `as @anthropic-ai/claude-agent-sdk of the same version (table retrieved ${tableDates.agentSdkNpm})`,
      toolVersion: agentSdkNpmToCli,
    })),
    {
      ecosystem: 'pypi',
      package: 'claude-agent-sdk',
      kind: 'Python Agent SDK (bundles the CLI)',
      versionMapping: `the bundled CLI named by the SDK changelog; a release without a bump bundles the previous one (table retrieved ${tableDates.agentSdkPypi})`,
      toolVersion: agentSdkPypiToCli,
    },
    extension('anthropic.claude-code', 'VS Code / Open VSX extension (ships the CLI)', true),
    {
      ecosystem: 'github-action',
      package: 'anthropics/claude-code-action',
      kind: 'GitHub action (installs the CLI)',
      versionMapping: `the CLI version each tag or tag commit installs (tag table retrieved ${tableDates.claudeCodeAction}); moving tags (v1) map to at least the version at the snapshot; branches and unknown commits: unknown`,
      toolVersion: claudeCodeActionToCli,
    },
    action('anthropics/claude-code-base-action', null),
    brew('claude-code', 'cask'),
    feature('ghcr.io/anthropics/devcontainer-features/claude-code', null),
    feature('ghcr.io/devcontainers-extra/features/claude-code', { name: 'version', default: 'latest' }),
    installer('claude.ai/install.sh', 'positional: `bash -s 2.1.150` (or `stable`, `latest`)'),
    installer('claude.ai/install.ps1', 'positional: `& ([scriptblock]::Create((irm …))) 2.1.150`'),
    installer('claude.ai/install.cmd', 'positional: `install.cmd 2.1.150`'),
    releaseChannel(CLAUDE_RELEASE_BUCKET, 'native build download (the release bucket; also mise `claude`)'),
    releaseChannel('downloads.claude.ai/claude-code-releases', 'native build download'),
    osPackage('winget/Anthropic.ClaudeCode', 'winget package'),
  ],
};

const claudeAgentSdk: Tool = {
  id: 'claude-agent-sdk',
  name: 'Claude Agent SDK',
  vendor: 'Anthropic',
  homepage: 'https://docs.anthropic.com/en/docs/agent-sdk/overview',
  versionScheme: 'semver',
  note: 'Its own version line (0.x); a `tool: claude-code` rule also covers it through the CLI it bundles.',
  carriers: [
    npm('@anthropic-ai/claude-agent-sdk', 'npm package'),
    ...agentSdkPlatform.map((p) => npm(p, 'platform package')),
    {
      ecosystem: 'pypi',
      package: 'claude-agent-sdk',
      kind: 'Python package (its own version line)',
      versionMapping: 'the Python SDK has its own version line: unknown for version ranges',
      toolVersion: unmappedVersion('claude-agent-sdk (PyPI)'),
    },
  ],
};

const codex: Tool = {
  id: 'codex',
  name: 'OpenAI Codex CLI',
  vendor: 'OpenAI',
  homepage: 'https://github.com/openai/codex',
  versionScheme: 'semver',
  note: 'Native builds are published as versions of @openai/codex itself (0.100.0-linux-x64): they are judged as their release.',
  carriers: [
    npm('@openai/codex', 'npm package (the CLI and its platform-suffixed builds)'),
    {
      ecosystem: 'npm',
      package: '@openai/codex-sdk',
      kind: 'TypeScript SDK (drives the CLI)',
      versionMapping: 'the SDK has its own version line: unknown',
      toolVersion: unmappedVersion('@openai/codex-sdk'),
    },
    brew('codex', 'cask'),
    extension('openai.chatgpt', 'VS Code extension (Codex IDE extension)', false),
    action('openai/codex-action', 'codex-version'),
    action('openai/codex/.github/actions/codex', null),
    feature('ghcr.io/jsburckhardt/devcontainer-features/codex', null),
    feature(
      'ghcr.io/sachitv/devcontainer-features/codex',
      { name: 'release_tag', default: 'latest' },
      'semver',
      prefixedVersion('semver', /^rust-v/),
    ),
  ],
};

const geminiCli: Tool = {
  id: 'gemini-cli',
  name: 'Gemini CLI',
  vendor: 'Google',
  homepage: 'https://github.com/google-gemini/gemini-cli',
  versionScheme: 'semver',
  carriers: [
    npm('@google/gemini-cli', 'npm package (the CLI)'),
    npm('@google/gemini-cli-core', 'core library (versioned with the CLI)'),
    brew('gemini-cli', 'formula'),
    action('google-github-actions/run-gemini-cli', 'gemini_cli_version'),
    action('google-gemini/gemini-cli-action', null),
    feature('ghcr.io/stu-bell/devcontainer-features/gemini-cli', { name: 'version', default: 'latest' }),
  ],
};

const geminiCodeAssist: Tool = {
  id: 'gemini-code-assist',
  name: 'Gemini Code Assist',
  vendor: 'Google',
  versionScheme: 'semver',
  carriers: [extension('google.geminicodeassist', 'VS Code extension', true)],
};

const qwenCode: Tool = {
  id: 'qwen-code',
  name: 'Qwen Code',
  vendor: 'Alibaba (QwenLM)',
  homepage: 'https://github.com/QwenLM/qwen-code',
  versionScheme: 'semver',
  carriers: [
    npm('@qwen-code/qwen-code', 'npm package'),
    action('QwenLM/qwen-code-action', 'qwen_cli_version'),
  ],
};

const copilotCli: Tool = {
  id: 'copilot-cli',
  name: 'GitHub Copilot CLI',
  vendor: 'GitHub',
  homepage: 'https://github.com/github/copilot-cli',
  versionScheme: 'semver',
  carriers: [
    npm('@github/copilot', 'npm package'),
    brew('copilot-cli', 'cask'),
    feature('ghcr.io/devcontainers/features/copilot-cli', { name: 'version', default: 'latest' }),
    installer('gh.io/copilot-install', 'environment variable `VERSION=…` for the script'),
  ],
};

const githubCopilot: Tool = {
  id: 'github-copilot',
  name: 'GitHub Copilot (IDE extensions)',
  vendor: 'GitHub',
  versionScheme: 'semver',
  carriers: [
    extension('github.copilot', 'VS Code extension', true),
    extension('github.copilot-chat', 'VS Code extension (chat and agent mode)', false),
  ],
};

const cursor: Tool = {
  id: 'cursor',
  name: 'Cursor and Cursor CLI (cursor-agent)',
  vendor: 'Anysphere',
  homepage: 'https://cursor.com',
  versionScheme: 'semver',
  carriers: [installer('cursor.com/install', 'none (always the latest release)'), brew('cursor', 'cask')],
};

const amp: Tool = {
  id: 'amp',
  name: 'Amp',
  vendor: 'Sourcegraph',
  homepage: 'https://ampcode.com',
  versionScheme: 'semver',
  note: "The unscoped npm package `amp` and Amplitude's `amp` CLI are different projects: only @sourcegraph/amp is Amp.",
  carriers: [
    npm('@sourcegraph/amp', 'npm package'),
    extension('sourcegraph.amp', 'VS Code extension', false),
    installer('ampcode.com/install.sh', 'none (always the latest release)'),
  ],
};

const aider: Tool = {
  id: 'aider',
  name: 'Aider',
  vendor: 'Aider AI',
  homepage: 'https://aider.chat',
  versionScheme: 'pep440',
  carriers: [
    pypi('aider-chat', 'PyPI package (the CLI)'),
    {
      ecosystem: 'pypi',
      package: 'aider-install',
      kind: 'PyPI installer package',
      versionMapping: 'the installer has its own version line: unknown',
      toolVersion: unmappedVersion('aider-install'),
    },
    brew('aider', 'formula', 'pep440'),
    installer('aider.chat/install.sh', 'none (always the latest release)', 'pep440'),
    installer('aider.chat/install.ps1', 'none (always the latest release)', 'pep440'),
  ],
};

const opencode: Tool = {
  id: 'opencode',
  name: 'OpenCode',
  vendor: 'SST',
  homepage: 'https://opencode.ai',
  versionScheme: 'semver',
  note: 'Not the archived Go project opencode-ai/opencode (now Crush).',
  carriers: [
    npm('opencode-ai', 'npm package (the CLI)'),
    ...[
      'opencode-darwin-arm64',
      'opencode-darwin-x64',
      'opencode-darwin-x64-baseline',
      'opencode-linux-arm64',
      'opencode-linux-arm64-musl',
      'opencode-linux-x64',
      'opencode-linux-x64-baseline',
      'opencode-linux-x64-baseline-musl',
      'opencode-linux-x64-musl',
      'opencode-windows-arm64',
      'opencode-windows-x64',
      'opencode-windows-x64-baseline',
    ].map((p) => npm(p, 'platform package')),
    brew('sst/tap/opencode', 'formula'),
    brew('opencode', 'formula'),
    installer('opencode.ai/install', 'environment variable `VERSION=…` or `--version`'),
    feature('ghcr.io/devcontainers-extra/features/opencode', { name: 'version', default: 'latest' }),
  ],
};

const cline: Tool = {
  id: 'cline',
  name: 'Cline',
  vendor: 'Cline',
  homepage: 'https://cline.bot',
  versionScheme: 'semver',
  carriers: [
    extension('saoudrizwan.claude-dev', 'VS Code extension', true),
    npm('cline', 'npm package (the CLI)'),
  ],
};

const rooCode: Tool = {
  id: 'roo-code',
  name: 'Roo Code',
  vendor: 'Roo Code',
  versionScheme: 'semver',
  carriers: [extension('rooveterinaryinc.roo-cline', 'VS Code extension', true)],
};

const kiloCode: Tool = {
  id: 'kilo-code',
  name: 'Kilo Code',
  vendor: 'Kilo Code',
  homepage: 'https://kilocode.ai',
  versionScheme: 'semver',
  carriers: [
    extension('kilocode.kilo-code', 'VS Code extension', true),
    npm('@kilocode/cli', 'npm package (the CLI, its own version line)'),
  ],
};

const continueDev: Tool = {
  id: 'continue',
  name: 'Continue',
  vendor: 'Continue',
  homepage: 'https://continue.dev',
  versionScheme: 'semver',
  carriers: [
    extension('continue.continue', 'VS Code extension', true),
    npm('@continuedev/cli', 'npm package (the `cn` CLI, its own version line)'),
  ],
};

const goose: Tool = {
  id: 'goose',
  name: 'Goose',
  vendor: 'Block',
  homepage: 'https://block.github.io/goose',
  versionScheme: 'semver',
  note: 'Homebrew `goose` is a database migration tool: the agent is the `block-goose-cli` formula and `block-goose` cask.',
  carriers: [
    brew('block-goose-cli', 'formula'),
    brew('block-goose', 'cask'),
    installer(
      'github.com/block/goose/releases/download/stable/download_cli.sh',
      'environment variable `GOOSE_VERSION=…`',
    ),
    feature('ghcr.io/devcontainers-extra/features/codename-goose-cli', {
      name: 'version',
      default: 'stable',
    }),
  ],
};

const auggie: Tool = {
  id: 'auggie',
  name: 'Auggie (Augment Code)',
  vendor: 'Augment Code',
  homepage: 'https://www.augmentcode.com',
  versionScheme: 'semver',
  carriers: [
    npm('@augmentcode/auggie', 'npm package (the CLI)'),
    extension('augment.vscode-augment', 'VS Code extension', false),
  ],
};

const kimiCli: Tool = {
  id: 'kimi-cli',
  name: 'Kimi CLI',
  vendor: 'Moonshot AI',
  homepage: 'https://github.com/MoonshotAI/kimi-cli',
  versionScheme: 'pep440',
  carriers: [pypi('kimi-cli', 'PyPI package')],
};

const crush: Tool = {
  id: 'crush',
  name: 'Crush',
  vendor: 'Charm',
  homepage: 'https://github.com/charmbracelet/crush',
  versionScheme: 'semver',
  carriers: [npm('@charmland/crush', 'npm package'), brew('charmbracelet/tap/crush', 'formula')],
};

const windsurf: Tool = {
  id: 'windsurf',
  name: 'Windsurf (Codeium)',
  vendor: 'Cognition (formerly Codeium)',
  versionScheme: 'semver',
  carriers: [
    brew('windsurf', 'cask'),
    extension('codeium.codeium', 'VS Code extension (Windsurf plugin)', false),
  ],
};

const amazonQ: Tool = {
  id: 'amazon-q',
  name: 'Amazon Q Developer',
  vendor: 'Amazon Web Services',
  versionScheme: 'semver',
  carriers: [
    brew('amazon-q', 'cask'),
    extension('amazonwebservices.amazon-q-vscode', 'VS Code extension', false),
  ],
};

const kiro: Tool = {
  id: 'kiro',
  name: 'Kiro and Kiro CLI',
  vendor: 'Amazon Web Services',
  homepage: 'https://kiro.dev',
  versionScheme: 'semver',
  carriers: [brew('kiro', 'cask'), installer('cli.kiro.dev/install', 'none (always the latest release)')],
};

const droid: Tool = {
  id: 'droid',
  name: 'Droid (Factory)',
  vendor: 'Factory',
  homepage: 'https://factory.ai',
  versionScheme: 'semver',
  carriers: [
    npm('droid', 'npm package'),
    installer('app.factory.ai/cli', 'none (always the latest release)'),
  ],
};

const junie: Tool = {
  id: 'junie',
  name: 'Junie CLI',
  vendor: 'JetBrains',
  homepage: 'https://www.jetbrains.com/junie/',
  versionScheme: 'semver',
  carriers: [
    npm('@jetbrains/junie', 'npm package (wrapper that runs the CLI)'),
    installer('junie.jetbrains.com/install.sh', 'none (always the latest release)'),
    brew('jetbrains-junie/junie/junie', 'formula'),
  ],
};

const codebuddy: Tool = {
  id: 'codebuddy',
  name: 'CodeBuddy Code',
  vendor: 'Tencent',
  versionScheme: 'semver',
  carriers: [npm('@tencent-ai/codebuddy-code', 'npm package')],
};

const pi: Tool = {
  id: 'pi',
  name: 'Pi coding agent',
  vendor: 'Mario Zechner',
  homepage: 'https://github.com/badlogic/pi-mono',
  versionScheme: 'semver',
  carriers: [npm('@mariozechner/pi-coding-agent', 'npm package')],
};

const cody: Tool = {
  id: 'cody',
  name: 'Sourcegraph Cody',
  vendor: 'Sourcegraph',
  versionScheme: 'semver',
  carriers: [extension('sourcegraph.cody-ai', 'VS Code extension', true)],
};

const tabnine: Tool = {
  id: 'tabnine',
  name: 'Tabnine',
  vendor: 'Tabnine',
  versionScheme: 'semver',
  carriers: [extension('tabnine.tabnine-vscode', 'VS Code extension', true)],
};

const openhands: Tool = {
  id: 'openhands',
  name: 'OpenHands',
  vendor: 'All Hands AI',
  homepage: 'https://github.com/All-Hands-AI/OpenHands',
  versionScheme: 'pep440',
  carriers: [pypi('openhands-ai', 'PyPI package')],
};

export const tools: readonly Tool[] = [
  claudeCode,
  claudeAgentSdk,
  codex,
  geminiCli,
  geminiCodeAssist,
  qwenCode,
  copilotCli,
  githubCopilot,
  cursor,
  amp,
  aider,
  opencode,
  cline,
  rooCode,
  kiloCode,
  continueDev,
  goose,
  auggie,
  kimiCli,
  crush,
  windsurf,
  amazonQ,
  kiro,
  droid,
  junie,
  codebuddy,
  pi,
  cody,
  tabnine,
  openhands,
];
