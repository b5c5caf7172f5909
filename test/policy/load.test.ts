import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/policy/load.js';
import { memoryFiles } from './helpers.js';

const yaml = (...lines: string[]): string => lines.join('\n') + '\n';

describe('loadPolicy: extends, merge order, locking', () => {
  it('loads the built-in policies', async () => {
    const def = await loadPolicy('builtin:default');
    expect(def.sources).toEqual(['builtin:advisories', 'builtin:default']);
    expect(def.rules).toEqual([
      expect.objectContaining({
        id: 'AITG-2026-0001',
        tool: 'claude-code',
        versions: '>=2.1.91 <2.1.198',
        action: 'fail',
        locked: true,
        definedIn: 'builtin:advisories',
      }),
    ]);
    const tools = await loadPolicy('builtin:ai-coding-tools');
    // The advisories are the floor under every policy, built-in ones included.
    const own = tools.rules.filter((r) => r.definedIn === 'builtin:ai-coding-tools');
    expect(tools.rules.filter((r) => r.definedIn === 'builtin:advisories').length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThanOrEqual(25);
    expect(own.every((r) => r.action === 'warn' && r.tool && r.versions === undefined && !r.locked)).toBe(
      true,
    );
    expect(tools.rules.map((r) => r.id)).toContain('ai-coding-tools/claude-code');
  });

  it('merges extends first, relative to the file that names them, each file once', async () => {
    const readFile = memoryFiles({
      'repo/.github/policy.yml': yaml(
        'version: 1',
        'extends: [builtin:default, ../org/base.yml, ../org/base.yml]',
        'rules:',
        '  - id: no-codex',
        '    tool: codex',
        '    action: fail',
      ),
      'repo/org/base.yml': yaml(
        'version: 1',
        'extends: [./more/tools.yml, builtin:advisories]',
        'settings: { unknownVersion: fail }',
        'rules:',
        '  - id: no-codex',
        '    tool: codex',
        '    action: warn',
      ),
      'repo/org/more/tools.yml': yaml('version: 1', 'rules:', '  - id: no-amp', '    tool: amp'),
    });
    const p = await loadPolicy('repo/.github/policy.yml', { readFile });
    expect(p.sources).toEqual([
      'builtin:advisories',
      'builtin:default',
      'repo/org/more/tools.yml',
      'repo/org/base.yml',
      'repo/.github/policy.yml',
    ]);
    expect(p.rules.map((r) => [r.id, r.action])).toEqual([
      ['AITG-2026-0001', 'fail'],
      ['no-amp', 'fail'],
      ['no-codex', 'fail'], // the later file overrides the earlier, unlocked rule
    ]);
    expect(p.settings.unknownVersion).toBe('fail');
  });

  it('reports a missing extended file at the extends entry', async () => {
    const readFile = memoryFiles({ 'p.yml': yaml('version: 1', 'extends:', '  - ./shared.yml') });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      'p.yml:3:5: extends: shared.yml does not exist',
    );
  });

  it('reports cycles with the chain', async () => {
    const readFile = memoryFiles({
      'a.yml': yaml('version: 1', 'extends: [./b.yml]'),
      'b.yml': yaml('version: 1', 'extends:', '  - builtin:advisories', '  - ./a.yml'),
    });
    await expect(loadPolicy('a.yml', { readFile })).rejects.toThrow(
      'b.yml:4:5: extends: cycle: a.yml → b.yml → a.yml',
    );
    const self = memoryFiles({ 's.yml': yaml('version: 1', 'extends: [./s.yml]') });
    await expect(loadPolicy('s.yml', { readFile: self })).rejects.toThrow(
      's.yml:2:11: extends: cycle: s.yml → s.yml',
    );
  });

  it('rejects unknown built-ins, malformed github refs, URLs and absolute paths in extends', async () => {
    const cases: [string, string][] = [
      [
        'builtin:strict',
        'p.yml:2:11: extends: unknown built-in policy "builtin:strict" (known: builtin:default, builtin:advisories, builtin:ai-coding-tools)',
      ],
      ['github:org/repo', 'p.yml:2:11: extends: "github:org/repo" must be github:OWNER/REPO/PATH@REF'],
      [
        'https://example.com/p.yml',
        'p.yml:2:11: extends: "https://example.com/p.yml": only builtin:, github: and relative paths can be extended',
      ],
      ['/etc/p.yml', 'p.yml:2:11: extends: "/etc/p.yml" must be a path relative to this file'],
    ];
    for (const [entry, message] of cases) {
      const readFile = memoryFiles({ 'p.yml': yaml('version: 1', `extends: [${JSON.stringify(entry)}]`) });
      await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(message);
    }
  });

  it('reads github: extends through the injected reader, relative extends staying in that repository', async () => {
    const calls: string[] = [];
    const readGithub = async (owner: string, repo: string, path: string, ref: string): Promise<string> => {
      calls.push(`${owner}/${repo}/${path}@${ref}`);
      if (path === 'policies/ai.yml')
        return yaml(
          'version: 1',
          'extends: [./common.yml]',
          'rules:',
          '  - id: org-no-amp',
          '    tool: amp',
          '    locked: true',
        );
      if (path === 'policies/common.yml')
        return yaml('version: 1', 'rules:', '  - id: org-no-aider', '    tool: aider');
      throw new Error('Not Found');
    };
    const readFile = memoryFiles({
      'p.yml': yaml('version: 1', 'extends: ["github:my-org/.github/policies/ai.yml@main"]'),
    });
    const p = await loadPolicy('p.yml', { readFile, readGithub });
    expect(calls).toEqual(['my-org/.github/policies/ai.yml@main', 'my-org/.github/policies/common.yml@main']);
    expect(p.sources).toEqual([
      'builtin:advisories',
      'github:my-org/.github/policies/common.yml@main',
      'github:my-org/.github/policies/ai.yml@main',
      'p.yml',
    ]);
    expect(p.rules.map((r) => r.id)).toEqual(['AITG-2026-0001', 'org-no-aider', 'org-no-amp']);

    const missing = memoryFiles({
      'p.yml': yaml('version: 1', 'extends: ["github:my-org/.github/nope.yml@v1"]'),
    });
    await expect(loadPolicy('p.yml', { readFile: missing, readGithub })).rejects.toThrow(
      'p.yml:2:11: extends: github:my-org/.github/nope.yml@v1 cannot be read: Not Found',
    );
  });

  it('says a github: extends needs a token when there is no reader', async () => {
    const readFile = memoryFiles({
      'p.yml': yaml('version: 1', 'extends:', '  - github:my-org/.github/ai.yml@main'),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      'p.yml:3:5: github: extends need a token: set GITHUB_TOKEN (github:my-org/.github/ai.yml@main)',
    );
    await expect(loadPolicy('github:my-org/.github/ai.yml@main')).rejects.toThrow(
      'github:my-org/.github/ai.yml@main: github: extends need a token: set GITHUB_TOKEN',
    );
  });

  it('reports errors inside an extended file at that file', async () => {
    const readFile = memoryFiles({
      'p.yml': yaml('version: 1', 'extends: [./org.yml]'),
      'org.yml': yaml('version: 1', 'rules:', '  - id: x', '    tool: codex', '    versions: ">=1 <<2"'),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      'org.yml:5:15: rules[0].versions: ">=1 <<2" is not a valid semver range',
    );
  });
});

describe('locked rules', () => {
  const org = yaml(
    'version: 1',
    'rules:',
    '  - id: ban-cc',
    '    tool: claude-code',
    '    versions: ">=2.1.91 <2.1.198"',
    '    locked: true',
    'exceptions:',
    '  - rule: ban-cc',
    '    paths: ["security-lab/**"]',
    '    reason: the lab studies the fingerprinting',
    '    expires: 2027-01-31',
  );

  it('cannot be overridden or loosened by a later file: the error names both places', async () => {
    const readFile = memoryFiles({
      'org.yml': org,
      'p.yml': yaml(
        'version: 1',
        'extends: [./org.yml]',
        'rules:',
        '  - id: ban-cc',
        '    tool: claude-code',
        '    action: warn',
      ),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      'p.yml:4:9: rule "ban-cc" is locked by org.yml:3:9 and cannot be overridden or loosened here',
    );
  });

  it('cannot be overridden even to a stricter definition, and built-in advisories are locked', async () => {
    const readFile = memoryFiles({
      'p.yml': yaml(
        'version: 1',
        'extends: [builtin:advisories]',
        'rules:',
        '  - id: AITG-2026-0001',
        '    tool: claude-code',
      ),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      'p.yml:4:9: rule "AITG-2026-0001" is locked by builtin:advisories and cannot be overridden or loosened here',
    );
  });

  it('takes exceptions only from the file that defines it', async () => {
    const ok = await loadPolicy('org.yml', { readFile: memoryFiles({ 'org.yml': org }) });
    expect(ok.exceptions).toHaveLength(1);

    const readFile = memoryFiles({
      'org.yml': org,
      'p.yml': yaml(
        'version: 1',
        'extends: [./org.yml, builtin:advisories]',
        'exceptions:',
        '  - rule: ban-cc',
        '    reason: we want it',
        '    expires: 2027-01-01',
        '  - rule: AITG-2026-0001',
        '    reason: we want it too',
        '    expires: 2027-01-01',
      ),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      [
        'p.yml:4:11: exception for rule "ban-cc": the rule is locked by org.yml:3:9; only that file may grant exceptions to it',
        'p.yml:7:11: exception for rule "AITG-2026-0001": the rule is locked by builtin:advisories; only that file may grant exceptions to it',
      ].join('\n'),
    );
  });

  it("exceptions must name a rule of the merged policy, with versions in the rule's version line", async () => {
    const readFile = memoryFiles({
      'p.yml': yaml(
        'version: 1',
        'rules:',
        '  - id: no-aider',
        '    tool: aider',
        'exceptions:',
        '  - rule: no-aidr',
        '    reason: r',
        '    expires: 2027-01-01',
        '  - rule: no-aider',
        '    versions: "^0.50"',
        '    reason: r',
        '    expires: 2027-01-01',
      ),
    });
    await expect(loadPolicy('p.yml', { readFile })).rejects.toThrow(
      [
        'p.yml:6:11: exception for rule "no-aidr": no such rule in the merged policy (rules: AITG-2026-0001, no-aider)',
        'p.yml:10:15: exception for rule "no-aider": versions: "^0.50" is not a valid PEP 440 version specifier',
      ].join('\n'),
    );
  });
});
