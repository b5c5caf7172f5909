// Dev container features that install AI coding tools: which option carries the tool's version,
// its default (from each feature's devcontainer-feature.json), how an option value maps to a
// version, and the npm/PyPI package the feature installs where that is how it installs.

export interface KnownFeature {
  /** The OCI id without tag, lowercased (`ghcr.io/anthropics/devcontainer-features/claude-code`). */
  id: string;
  tool: string;
  /** The option that carries the tool version; undefined when the feature takes none. */
  versionOption?: string;
  /** The version installed when the option is not set (`latest`, `stable`). */
  defaultVersion: string;
  /** Turns an option value into a version (`rust-v0.58.0` → `0.58.0`); null when it is a channel. */
  toVersion?: (value: string) => string | null;
  /** The registry package the feature installs, when it installs one. */
  npm?: string;
  pypi?: string;
}

const semverish = (v: string): string | null => {
  const m = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(v);
  return m ? m[1]! : null;
};

const releaseTag = (v: string): string | null => {
  const m = /^(?:rust-)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(v);
  return m ? m[1]! : null;
};

const extra = (ns: string): KnownFeature[] => [
  // devcontainers-extra (formerly devcontainers-contrib): option `version`, default `latest`;
  // claude-code runs the native installer, opencode and goose download GitHub releases.
  {
    id: `ghcr.io/${ns}/features/claude-code`,
    tool: 'claude-code',
    versionOption: 'version',
    defaultVersion: 'latest',
  },
  {
    id: `ghcr.io/${ns}/features/opencode`,
    tool: 'opencode',
    versionOption: 'version',
    defaultVersion: 'latest',
  },
  {
    id: `ghcr.io/${ns}/features/codename-goose-cli`,
    tool: 'goose',
    versionOption: 'version',
    defaultVersion: 'stable',
  },
];

export const knownFeatures: readonly KnownFeature[] = [
  // anthropics/devcontainer-features claude-code: no options, always `npm install -g
  // @anthropic-ai/claude-code` (latest).
  {
    id: 'ghcr.io/anthropics/devcontainer-features/claude-code',
    tool: 'claude-code',
    defaultVersion: 'latest',
    npm: '@anthropic-ai/claude-code',
  },
  ...extra('devcontainers-extra'),
  ...extra('devcontainers-contrib'),
  // devcontainers/features copilot-cli: option `version` (latest | prerelease | X.Y.Z).
  {
    id: 'ghcr.io/devcontainers/features/copilot-cli',
    tool: 'copilot-cli',
    versionOption: 'version',
    defaultVersion: 'latest',
  },
  // sachitv codex: option `release_tag` (a GitHub release tag such as `rust-v0.58.0`), default latest.
  {
    id: 'ghcr.io/sachitv/devcontainer-features/codex',
    tool: 'codex',
    versionOption: 'release_tag',
    defaultVersion: 'latest',
    toVersion: releaseTag,
  },
  // jsburckhardt codex: no options, always the latest release.
  { id: 'ghcr.io/jsburckhardt/devcontainer-features/codex', tool: 'codex', defaultVersion: 'latest' },
  // stu-bell gemini-cli: option `version` (latest | nightly | preview | X.Y.Z), npm install.
  {
    id: 'ghcr.io/stu-bell/devcontainer-features/gemini-cli',
    tool: 'gemini-cli',
    versionOption: 'version',
    defaultVersion: 'latest',
    npm: '@google/gemini-cli',
  },
];

const byId = new Map(knownFeatures.map((f) => [f.id, f]));

export function knownFeature(id: string): KnownFeature | undefined {
  return byId.get(id);
}

export function featureVersion(f: KnownFeature, value: string): string | null {
  return (f.toVersion ?? semverish)(value);
}

/**
 * Last path segments of feature ids that name an AI coding tool unambiguously. Bare words that
 * also name unrelated tools (`goose` the database migration tool, `amp` of Amplitude) are left
 * out on purpose.
 */
const AI_TOOL_IDS = new Set([
  'claude-code',
  'claude-code-cli',
  'claude',
  'codex',
  'codex-cli',
  'openai-codex',
  'gemini-cli',
  'google-gemini-cli',
  'copilot-cli',
  'github-copilot-cli',
  'opencode',
  'goose-cli',
  'codename-goose-cli',
  'block-goose',
  'aider',
  'aider-chat',
  'cursor-cli',
  'cursor-agent',
  'qwen-code',
  'qwen-code-cli',
  'kimi-cli',
  'amp-cli',
  'sourcegraph-amp',
  'crush',
  'auggie',
  'cline',
  'cline-cli',
  'kilocode',
  'kilo-code',
  'droid',
  'factory-droid',
  'junie',
  'codebuddy',
  'plandex',
  'openhands',
]);

export function looksLikeAiTool(id: string): boolean {
  return AI_TOOL_IDS.has(id.slice(id.lastIndexOf('/') + 1));
}

/** An option name that says it carries a version. */
export function isVersionOption(name: string): boolean {
  return /version|release|tag/i.test(name);
}

export const semverLike = semverish;
