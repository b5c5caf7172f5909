// What the org-audit tests expect of the fake organisation (stand-in detectors, central policy).
import { HOSTILE_DIR, HOSTILE_VERSION } from './org-fixture.js';

/** [file, line, rule, action, package, version] */
export type Row = [string, number, string, string, string, string];

const LOCK: Row[] = [
  ['package-lock.json', 14, 'claude-code-fingerprinting', 'fail', '@anthropic-ai/claude-code', '2.1.100'],
];
const PLATFORM: Row[] = [
  [
    'tools/cli/package-lock.json',
    12,
    'claude-code-fingerprinting',
    'fail',
    '@anthropic-ai/claude-code-linux-x64',
    '2.1.91',
  ],
  ['tools/cli/package-lock.json', 23, 'no-codex', 'warn', '@openai/codex', '0.120.0'],
];
const PINS: Row[] = [
  ['pins.txt', 2, 'claude-code-fingerprinting', 'fail', '@anthropic-ai/claude-code', '2.1.150'],
  ['pins.txt', 2, 'no-codex', 'warn', '@openai/codex', '0.1.0'],
];

export const FINDINGS_BY_TEMPLATE: Record<string, Row[]> = {
  'claude-lock': LOCK,
  'claude-lock-clean': [],
  'platform-lock': PLATFORM,
  'pins-include': PINS,
  devcontainer: [],
  workflow: [],
  dockerfile: [],
  clean: [],
  monorepo: [...PINS, ...PLATFORM],
  huge: [],
  hostile: [[`${HOSTILE_DIR}/pins.txt`, 1, 'no-codex', 'warn', '@openai/codex', HOSTILE_VERSION]],
  'repo-policy': [['pins.txt', 2, 'no-codex', 'warn', '@openai/codex', '0.2.0']],
  'repo-policy-weakening': [
    ['pins.txt', 1, 'claude-code-fingerprinting', 'fail', '@anthropic-ai/claude-code', '2.1.150'],
  ],
};

/** Blobs the stand-in detectors read per template (matched files and the files they include). */
export const BLOBS_BY_TEMPLATE: Record<string, number> = {
  'claude-lock': 1,
  'claude-lock-clean': 1,
  'platform-lock': 1,
  'pins-include': 2,
  devcontainer: 0,
  workflow: 0,
  dockerfile: 0,
  clean: 0,
  monorepo: 3,
  huge: 0,
  hostile: 1,
  'repo-policy': 1,
  'repo-policy-weakening': 1,
};

/** Statuses other than `scanned`, with the start of their reason. */
export const UNSCANNED: Record<string, [string, string]> = {
  broken: ['error', 'HTTP 502: fault 502'],
  dmca: ['unavailable', 'HTTP 451: Repository access blocked'],
  empty: ['empty', 'the repository has no commits (HTTP 409: Git Repository is empty.'],
  gone: ['not-found', 'HTTP 404: Not Found'],
  huge: [
    'too-large',
    'the tree is too large for the GitHub API listing and walking it needs more than 20 requests',
  ],
};

/**
 * Requests per repository: the branch ref and the recursive tree (2), the blobs, and extra: retries
 * (flaky: two 502s; throttled: one 403 secondary limit; rate-429: one 429), the sub-trees of a
 * truncated listing (monorepo: the root and 7 folders, node_modules skipped; huge: stopped at 20 tree requests),
 * and failures answered at the first request.
 */
export const EXTRA_REQUESTS: Record<string, number> = { flaky: 2, throttled: 1, 'rate-429': 1, monorepo: 8 };
export const FIXED_REQUESTS: Record<string, number> = { broken: 5, dmca: 1, empty: 1, gone: 1, huge: 21 };
