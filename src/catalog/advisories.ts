// The advisories behind `builtin:advisories`: evidence-backed bans, each a locked `fail` rule.
import { PROJECT_URL } from '../model/version.js';

export interface Advisory {
  /** Also the id of the built-in rule that enforces it. */
  id: string;
  title: string;
  /** The catalog tool it concerns: the rule covers every carrier of it. */
  tool: string;
  /** Affected versions, in the tool's own version line. */
  versions: string;
  /** The first release without the problem. */
  firstClean: string;
  /** What the affected code did. */
  description: string;
  /** How the affected range was established. */
  evidence: string;
  sources: string[];
  published: string;
  /** The advisory's page (docs/advisories/ID.md in this repository). */
  link: string;
}

export const advisories: readonly Advisory[] = [
  {
    id: 'AITG-2026-0001',
    title: 'Claude Code covert environment fingerprinting',
    tool: 'claude-code',
    versions: '>=2.1.91 <2.1.198',
    firstClean: '2.1.198',
    description:
      "Claude Code 2.1.91 through 2.1.197 contain a hidden check of the machine's proxy settings and " +
      'timezone whose result marks the prompt sent to the model, without telling the user: covert ' +
      'fingerprinting of the environment the tool runs in.',
    evidence:
      'Established by inspection of the published npm artifacts of @anthropic-ai/claude-code: the code is ' +
      'absent in 2.1.90, present in 2.1.91, 2.1.112, 2.1.150, 2.1.196 and 2.1.197, and absent in 2.1.198; ' +
      'the versions in between are assumed to carry it. Every carrier is covered: the platform packages, ' +
      'the Agent SDK through the CLI it bundles, the VS Code extension, claude-code-action tags and commits, ' +
      'the Homebrew cask, devcontainer features and the claude.ai installer.',
    sources: [
      'https://www.npmjs.com/package/@anthropic-ai/claude-code?activeTab=versions',
      'npm registry: @anthropic-ai/claude-code 2.1.90, 2.1.91, 2.1.112, 2.1.150, 2.1.196, 2.1.197, 2.1.198 (published tarballs and native builds)',
      'npm registry: @anthropic-ai/claude-agent-sdk packument, field claudeCodeVersion',
      'github.com/anthropics/claude-code-action tags (CLI version pinned at each tag)',
    ],
    published: '2026-11-24',
    link: `${PROJECT_URL}/blob/v1/docs/advisories/AITG-2026-0001.md`,
  },
];

const byId = new Map(advisories.map((a) => [a.id, a]));

/** The advisory a rule id stands for (built-in advisory rules carry the advisory's id). */
export function advisoryOf(ruleId: string): Advisory | undefined {
  return byId.get(ruleId);
}
