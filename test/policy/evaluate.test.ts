import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import sdkNpmTable from '../../src/catalog/data/claude-agent-sdk-npm.json' with { type: 'json' };
import type { Component } from '../../src/model/component.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { loadPolicy, parsePolicyText } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { component } from './helpers.js';

const BAN = [
  'version: 1',
  'rules:',
  '  - id: ban-cc',
  '    tool: claude-code',
  '    versions: ">=2.1.91 <2.1.198"',
  '    reason: covert fingerprinting',
];

function policy(...extra: string[]): Policy {
  return parsePolicyText('policy.yml', [...BAN, ...extra].join('\n'));
}

/** [action, toolVersion, unknownReason] of each finding, in order. */
function judge(components: Component[], p: Policy = policy(), now = new Date('2026-11-24T12:00:00Z')) {
  return evaluate(components, p, { catalog, now });
}

function summary(components: Component[], p?: Policy) {
  return judge(components, p).findings.map((f) => [
    f.component.name,
    f.component.version,
    f.action,
    f.toolVersion,
  ]);
}

describe('tool rules cover every carrier with its version mapping', () => {
  it('the CLI, an alias of it and its platform packages', () => {
    const r = judge([
      component('npm', '@anthropic-ai/claude-code', '2.1.150'),
      component('npm', '@anthropic-ai/claude-code', '2.1.91', { alias: 'cc' }),
      component('npm', '@anthropic-ai/claude-code-linux-x64-musl', '2.1.197'),
      component('npm', '@anthropic-ai/claude-code', '2.1.90'),
      component('npm', '@anthropic-ai/claude-code', '2.1.198'),
      component('npm', '@anthropic-ai/claude-code-router', '2.1.150'),
    ]);
    expect(r.findings.map((f) => [f.component.name, f.action, f.tool, f.toolVersion, f.message])).toEqual([
      [
        '@anthropic-ai/claude-code',
        'fail',
        'claude-code',
        '2.1.150',
        '@anthropic-ai/claude-code 2.1.150 is banned: covert fingerprinting',
      ],
      [
        '@anthropic-ai/claude-code',
        'fail',
        'claude-code',
        '2.1.91',
        '@anthropic-ai/claude-code 2.1.91 (installed as cc) is banned: covert fingerprinting',
      ],
      [
        '@anthropic-ai/claude-code-linux-x64-musl',
        'fail',
        'claude-code',
        '2.1.197',
        '@anthropic-ai/claude-code-linux-x64-musl 2.1.197 is banned: covert fingerprinting',
      ],
    ]);
    expect(r.findings[1]!.component).toEqual({
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: '2.1.91',
      purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.91',
      alias: 'cc',
    });
  });

  it('the Agent SDK through the CLI it bundles (npm and its platform packages)', () => {
    const r = judge([
      component('npm', '@anthropic-ai/claude-agent-sdk', '0.3.150'),
      component('npm', '@anthropic-ai/claude-agent-sdk-darwin-arm64', '0.3.150'),
      component('npm', '@anthropic-ai/claude-agent-sdk', '0.2.90'),
      component('npm', '@anthropic-ai/claude-agent-sdk', '0.9.1'),
    ]);
    expect(
      r.findings.map((f) => [f.component.name, f.component.version, f.action, f.toolVersion, f.message]),
    ).toEqual([
      [
        '@anthropic-ai/claude-agent-sdk',
        '0.3.150',
        'fail',
        '2.1.150',
        '@anthropic-ai/claude-agent-sdk 0.3.150 (Claude Code 2.1.150) is banned: covert fingerprinting',
      ],
      [
        '@anthropic-ai/claude-agent-sdk-darwin-arm64',
        '0.3.150',
        'fail',
        '2.1.150',
        '@anthropic-ai/claude-agent-sdk-darwin-arm64 0.3.150 (Claude Code 2.1.150) is banned: covert fingerprinting',
      ],
      [
        '@anthropic-ai/claude-agent-sdk',
        '0.9.1',
        'warn',
        null,
        `@anthropic-ai/claude-agent-sdk 0.9.1 may be banned by rule ban-cc (covert fingerprinting), but its Claude Code version cannot be known: @anthropic-ai/claude-agent-sdk 0.9.1 is not in the catalog's table of bundled CLI versions (retrieved ${sdkNpmTable.$retrieved}); run scripts/refresh-catalog.mjs`,
      ],
    ]);
    expect(r.findings[2]).toMatchObject({
      unknownVersion: true,
      unknownReason: expect.stringContaining('not in the catalog'),
    });
  });

  it('the Python SDK, the extension, the cask, features and the installer', () => {
    expect(
      summary([
        component('pypi', 'claude-agent-sdk', '0.1.55'),
        component('pypi', 'claude_agent_sdk', '0.1.53'),
        component('vscode-extension', 'Anthropic.claude-code', '2.1.112'),
        component('homebrew', 'claude-code', '2.1.196', { resolved: 'cask' }),
        component('devcontainer-feature', 'ghcr.io/devcontainers-extra/features/claude-code', '2.1.150'),
        component('installer', 'claude.ai/install.sh', '2.1.150'),
        component('installer', 'claude.ai/install.sh', '2.1.198'),
      ]),
    ).toEqual([
      ['claude-agent-sdk', '0.1.55', 'fail', '2.1.91'],
      ['Anthropic.claude-code', '2.1.112', 'fail', '2.1.112'],
      ['claude-code', '2.1.196', 'fail', '2.1.196'],
      ['ghcr.io/devcontainers-extra/features/claude-code', '2.1.150', 'fail', '2.1.150'],
      ['claude.ai/install.sh', '2.1.150', 'fail', '2.1.150'],
    ]);
  });

  it('claude-code-action tags, commits, moving tags and branches', () => {
    const r = judge([
      component('github-action', 'anthropics/claude-code-action', 'v1.0.133'),
      component('github-action', 'anthropics/claude-code-action', '787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251'),
      component('github-action', 'anthropics/claude-code-action', 'v1.0.162'),
      component('github-action', 'anthropics/claude-code-action', 'v1'),
      component('github-action', 'anthropics/claude-code-action', 'main'),
    ]);
    expect(r.findings.map((f) => [f.component.version, f.action, f.toolVersion])).toEqual([
      ['v1.0.133', 'fail', '2.1.150'],
      ['787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251', 'fail', '2.1.150'],
      ['main', 'warn', null],
    ]);
    expect(r.findings[2]!.message).toBe(
      'anthropics/claude-code-action main may be banned by rule ban-cc (covert fingerprinting), but its Claude Code version cannot be known: ref main is not a tag of anthropics/claude-code-action in the catalog (a branch, or a tag newer than the snapshot of 2026-12-04)',
    );
  });

  it('a moving tag is banned when every version it can carry is in the range, unknown when some are', () => {
    const p = parsePolicyText(
      'p.yml',
      'version: 1\nrules:\n  - id: old\n    tool: claude-code\n    versions: ">=2.0.0"\n  - id: window\n    tool: claude-code\n    versions: ">=2.1.200 <2.1.300"\n',
    );
    const r = judge([component('github-action', 'anthropics/claude-code-action', 'v1')], p);
    expect(r.findings.map((f) => [f.ruleId, f.action, f.toolVersion, f.unknownVersion ?? false])).toEqual([
      ['old', 'fail', '>=2.1.240', false],
      ['window', 'warn', '>=2.1.240', true],
    ]);
  });

  it('unpinned carriers follow settings.unknownVersion, and say why', () => {
    const unpinned = [
      component('npm', '@anthropic-ai/claude-code', null, { spec: 'latest' }),
      component('devcontainer-feature', 'ghcr.io/anthropics/devcontainer-features/claude-code', null, {
        spec: 'latest',
      }),
      component('installer', 'claude.ai/install.sh', null, {
        spec: 'latest',
        versionNote: 'the script installs the latest release',
      }),
    ];
    expect(judge(unpinned).findings.map((f) => [f.action, f.unknownReason])).toEqual([
      ['warn', 'the version is not pinned (latest)'],
      ['warn', 'the version is not pinned (latest)'],
      ['warn', 'the script installs the latest release'],
    ]);
    expect(
      judge(unpinned, policy('settings: { unknownVersion: fail }')).findings.map((f) => f.action),
    ).toEqual(['fail', 'fail', 'fail']);
    expect(judge(unpinned, policy('settings: { unknownVersion: ignore }')).findings).toEqual([]);
    expect(judge(unpinned).findings[0]!.message).toBe(
      '@anthropic-ai/claude-code (latest) may be banned by rule ban-cc (covert fingerprinting), but its Claude Code version cannot be known: the version is not pinned (latest)',
    );
  });

  it('a tool rule without versions covers every carrier, pinned or not', () => {
    const p = parsePolicyText(
      'p.yml',
      'version: 1\nrules:\n  - id: no-codex\n    tool: codex\n    action: warn\n',
    );
    const r = judge(
      [
        component('npm', '@openai/codex', '0.100.0-linux-x64'),
        component('github-action', 'openai/codex-action', 'v1'),
        component('npm', '@openai/codex', null, { spec: 'latest' }),
        component('npm', 'codex', '1.0.0'),
      ],
      p,
    );
    expect(r.findings.map((f) => [f.component.name, f.action, f.toolVersion, f.message])).toEqual([
      [
        '@openai/codex',
        'warn',
        '0.100.0-linux-x64',
        '@openai/codex 0.100.0-linux-x64 is flagged by rule no-codex',
      ],
      [
        'openai/codex-action',
        'warn',
        null,
        'openai/codex-action v1 (OpenAI Codex CLI) is flagged by rule no-codex',
      ],
      [
        '@openai/codex',
        'warn',
        null,
        '@openai/codex (latest) (OpenAI Codex CLI) is flagged by rule no-codex',
      ],
    ]);
  });

  it('matches platform-suffixed builds as their release in tool ranges', () => {
    const p = parsePolicyText(
      'p.yml',
      'version: 1\nrules:\n  - id: old-codex\n    tool: codex\n    versions: "<0.120.0"\n',
    );
    expect(
      summary(
        [
          component('npm', '@openai/codex', '0.100.0-linux-x64'),
          component('npm', '@openai/codex', '0.120.0-darwin-arm64'),
        ],
        p,
      ),
    ).toEqual([['@openai/codex', '0.100.0-linux-x64', 'fail', '0.100.0-linux-x64']]);
  });
});

describe("package rules use the ecosystem's own names and ranges", () => {
  const p = parsePolicyText(
    'p.yml',
    [
      'version: 1',
      'rules:',
      '  - id: cc-family',
      '    ecosystem: npm',
      '    package: "@anthropic-ai/claude-code*"',
      '    versions: ">=2.1.91 <2.1.198"',
      '  - id: aider',
      '    ecosystem: pypi',
      '    package: Aider_Chat',
      '    versions: ">=0.50,<0.60"',
      '    action: warn',
      '  - id: copilot',
      '    ecosystem: vscode-extension',
      '    package: github.copilot*',
    ].join('\n'),
  );

  it('globs, PEP 503 names, PEP 440 ranges and case-insensitive extension ids', () => {
    expect(
      summary(
        [
          component('npm', '@anthropic-ai/claude-code-win32-x64', '2.1.100'),
          component('npm', '@anthropic-ai/claude-agent-sdk', '0.3.150'),
          component('pypi', 'aider-chat', '0.55.1'),
          component('pypi', 'aider-chat', '0.60.0'),
          component('vscode-extension', 'GitHub.Copilot-Chat', null),
        ],
        p,
      ),
    ).toEqual([
      ['@anthropic-ai/claude-code-win32-x64', '2.1.100', 'fail', undefined],
      ['aider-chat', '0.55.1', 'warn', undefined],
      ['GitHub.Copilot-Chat', null, 'fail', undefined],
    ]);
  });
});

describe('exceptions', () => {
  const components = [
    component('npm', '@anthropic-ai/claude-code', '2.1.150', {
      location: { file: 'sandbox/lab/package-lock.json', line: 7 },
    }),
    component('npm', '@anthropic-ai/claude-code', '2.1.150', {
      location: { file: 'app/package-lock.json', line: 9 },
    }),
    component('npm', '@anthropic-ai/claude-agent-sdk', '0.3.150', {
      location: { file: 'sandbox/package-lock.json', line: 3 },
    }),
    component('npm', '@anthropic-ai/claude-code', '2.1.160', {
      location: { file: 'sandbox/package-lock.json', line: 5 },
    }),
  ];
  const ex = (...lines: string[]) => policy('exceptions:', ...lines);

  it('narrow by package, tool version and path, and stay listed with action pass', () => {
    const p = ex(
      '  - rule: ban-cc',
      '    package: "@anthropic-ai/claude-code"',
      '    versions: "2.1.150"',
      '    paths: ["sandbox/**"]',
      '    reason: Isolated red-team sandbox, ticket SEC-142',
      '    expires: 2026-12-31',
    );
    const r = judge(components, p);
    expect(r.findings.map((f) => [f.location.file, f.action, f.exception])).toEqual([
      [
        'sandbox/lab/package-lock.json',
        'pass',
        { reason: 'Isolated red-team sandbox, ticket SEC-142', expires: '2026-12-31' },
      ],
      ['app/package-lock.json', 'fail', undefined],
      ['sandbox/package-lock.json', 'fail', undefined],
      ['sandbox/package-lock.json', 'fail', undefined],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('take versions in the tool version line for tool rules (the SDK maps to 2.1.150)', () => {
    const p = ex('  - rule: ban-cc', '    versions: "2.1.150"', '    reason: r', '    expires: 2026-12-31');
    expect(judge(components, p).findings.map((f) => f.action)).toEqual(['pass', 'pass', 'pass', 'fail']);
  });

  it('apply through their expiry day (UTC), then no longer, with a notice', () => {
    const p = ex('  - rule: ban-cc', '    reason: until the migration', '    expires: 2026-11-24');
    const lastDay = judge(components, p, new Date('2026-11-24T23:59:59Z'));
    expect(lastDay.findings.every((f) => f.action === 'pass')).toBe(true);
    expect(lastDay.notices).toEqual([]);
    const after = judge(components, p, new Date('2026-11-25T00:00:00Z'));
    expect(after.findings.every((f) => f.action === 'fail')).toBe(true);
    expect(after.notices).toEqual([
      {
        kind: 'expired-exception',
        message:
          'exception for rule ban-cc expired on 2026-11-24 and no longer applies (until the migration)',
        origin: { file: 'policy.yml', line: 8, column: 5 },
      },
    ]);
  });

  it('that match nothing are reported as stale', () => {
    const p = ex(
      '  - rule: ban-cc',
      '    paths: ["old/**"]',
      '    reason: the old lab',
      '    expires: 2027-01-01',
    );
    expect(judge(components, p).notices).toEqual([
      {
        kind: 'stale-exception',
        message: 'exception for rule ban-cc matches nothing: it is stale and can be removed (the old lab)',
        origin: { file: 'policy.yml', line: 8, column: 5 },
      },
    ]);
  });

  it('with versions never vouch for an unknown version', () => {
    const p = ex('  - rule: ban-cc', '    versions: "2.1.150"', '    reason: r', '    expires: 2027-01-01');
    const r = judge([component('npm', '@anthropic-ai/claude-code', null, { spec: '^2.1.0' })], p);
    expect(r.findings.map((f) => f.action)).toEqual(['warn']);
    expect(r.notices.map((n) => n.kind)).toEqual(['stale-exception']);
  });
});

describe('built-in policies', () => {
  it('builtin:default fails every carrier of an affected Claude Code and nothing clean', async () => {
    const p = await loadPolicy('builtin:default');
    const r = judge(
      [
        component('npm', '@anthropic-ai/claude-code', '2.1.91'),
        component('npm', '@anthropic-ai/claude-code', '2.1.90'),
        component('npm', '@anthropic-ai/claude-code', '2.1.198'),
        component('npm', '@anthropic-ai/claude-agent-sdk', '0.3.197'),
        component(
          'github-action',
          'anthropics/claude-code-action',
          'fad22eb3fa582b7357fc0ea48af6645851b884fd',
        ),
        component('npm', '@openai/codex', '0.100.0'),
      ],
      p,
    );
    expect(r.findings.map((f) => [f.ruleId, f.component.name, f.toolVersion, f.action])).toEqual([
      ['AITG-2026-0001', '@anthropic-ai/claude-code', '2.1.91', 'fail'],
      ['AITG-2026-0001', '@anthropic-ai/claude-agent-sdk', '2.1.197', 'fail'],
      ['AITG-2026-0001', 'anthropics/claude-code-action', '2.1.197', 'fail'],
    ]);
    expect(r.findings[0]!.message).toBe(
      '@anthropic-ai/claude-code 2.1.91 is banned: AITG-2026-0001: Claude Code covert environment fingerprinting in >=2.1.91 <2.1.198 (first clean release 2.1.198)',
    );
  });

  it('builtin:ai-coding-tools warns on every tool, the SDK as itself and as a carrier of Claude Code', async () => {
    const p = await loadPolicy('builtin:ai-coding-tools');
    const r = judge(
      [
        component('npm', '@anthropic-ai/claude-agent-sdk', '0.3.150'),
        component('homebrew', 'goose', '3.24.0'),
        component('homebrew', 'block-goose-cli', '1.10.0'),
        component('npm', 'amp', '1.0.0'),
      ],
      p,
    );
    // The advisories floor judges the SDK too (0.3.150 bundles a banned CLI).
    expect(r.findings.map((f) => [f.ruleId, f.component.name, f.action])).toEqual([
      ['AITG-2026-0001', '@anthropic-ai/claude-agent-sdk', 'fail'],
      ['ai-coding-tools/claude-code', '@anthropic-ai/claude-agent-sdk', 'warn'],
      ['ai-coding-tools/claude-agent-sdk', '@anthropic-ai/claude-agent-sdk', 'warn'],
      ['ai-coding-tools/goose', 'block-goose-cli', 'warn'],
    ]);
  });
});

describe('evaluation is fast', () => {
  it('judges 60,000 components against every built-in rule in well under a second', async () => {
    const p = await loadPolicy('p.yml', {
      readFile: async () => 'version: 1\nextends: [builtin:default, builtin:ai-coding-tools]\n',
    });
    const many: Component[] = [];
    for (let i = 0; i < 60_000; i++) many.push(component('npm', `pkg-${i}`, '1.0.0'));
    many.push(component('npm', '@anthropic-ai/claude-code', '2.1.150'));
    const start = performance.now();
    const r = judge(many, p);
    const ms = performance.now() - start;
    expect(r.findings.map((f) => f.ruleId)).toEqual(['AITG-2026-0001', 'ai-coding-tools/claude-code']);
    expect(ms).toBeLessThan(1000);
  });
});

describe('unknown versions of locked rules', () => {
  const unpinned = [component('npm', '@anthropic-ai/claude-code', null, { spec: 'latest' })];

  it('cannot be silenced by a later settings.unknownVersion: ignore', async () => {
    const readFile = async (path: string) =>
      path.endsWith('repo.yml')
        ? 'version: 1\nextends: [builtin:default, ./org.yml]\nsettings: { unknownVersion: ignore }\nrules:\n  - id: no-amp\n    tool: amp\n    versions: "<1"\n'
        : 'version: 1\nsettings: { unknownVersion: fail }\nrules:\n  - id: org-cc\n    tool: claude-code\n    versions: "<3"\n    locked: true\n';
    const p = await loadPolicy('repo.yml', { readFile });
    expect(p.settings.unknownVersion).toBe('ignore');
    const r = judge([...unpinned, component('npm', '@sourcegraph/amp', null, { spec: 'latest' })], p);
    expect(r.findings.map((f) => [f.ruleId, f.action])).toEqual([
      ['AITG-2026-0001', 'warn'], // built-in advisories: at least warn
      ['org-cc', 'fail'], // the org file says fail for its locked rule
    ]);
  });
});
