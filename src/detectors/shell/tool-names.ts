// Registry short names of AI coding tools in mise (and asdf-style `.tool-versions`): `claude`,
// `codex`, `gemini`, … each stands for the backend mise installs it from (mise's registry/*.toml,
// jdx/mise). `mise use claude@2.1.150` downloads the native build from Claude Code's release
// bucket; the others install an npm package or a GitHub release.

/** Claude Code's native release channel, as mise's `claude` backend downloads it. */
export const CLAUDE_RELEASE_BUCKET =
  'storage.googleapis.com/claude-code-dist-86c565f3-f756-42ad-8dfa-d59b1c096819/claude-code-releases';

/** Short name (and aliases) → the backend it stands for (`npm:pkg`, `github:o/r`, `release:url`). */
const SHORT_NAMES: Record<string, string> = {
  claude: `release:${CLAUDE_RELEASE_BUCKET}`,
  'claude-code': `release:${CLAUDE_RELEASE_BUCKET}`,
  codex: 'npm:@openai/codex',
  gemini: 'npm:@google/gemini-cli',
  'gemini-cli': 'npm:@google/gemini-cli',
  qwen: 'npm:@qwen-code/qwen-code',
  'qwen-code': 'npm:@qwen-code/qwen-code',
  amp: 'npm:@ampcode/cli',
  copilot: 'npm:@github/copilot',
  'copilot-cli': 'npm:@github/copilot',
  opencode: 'github:anomalyco/opencode',
  crush: 'github:charmbracelet/crush',
};

/** The backend a registry short name stands for, or null for names outside the table. */
export function shortNameBackend(name: string): string | null {
  return Object.hasOwn(SHORT_NAMES, name) ? SHORT_NAMES[name]! : null;
}
