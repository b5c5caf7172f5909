// Dev container features: the catalog (src/catalog/data/tools.json) says which option of a known
// feature carries the tool version, its default and the registry package it installs; this module
// reads option values as versions and guesses, for features the catalog does not know, whether
// the id names an AI tool.
import { devcontainerFeature, type FeatureFacts } from '../../catalog/index.js';

export type KnownFeature = FeatureFacts;

const semverish = (v: string): string | null => {
  const m = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(v);
  return m ? m[1]! : null;
};

export function knownFeature(id: string): KnownFeature | undefined {
  return devcontainerFeature(id);
}

/** An option value as a tool version (`rust-v0.58.0` → `0.58.0`); null when it is a channel. */
export function featureVersion(f: KnownFeature, value: string): string | null {
  return semverish(f.tagPrefix && value.startsWith(f.tagPrefix) ? value.slice(f.tagPrefix.length) : value);
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
