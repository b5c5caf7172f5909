import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { mergeRepoPolicy, parseRepoPolicy } from '../../src/org/policy.js';
import { FIXTURES } from './org-fixture.js';

let central: Policy;
beforeAll(async () => {
  central = await loadPolicy(join(FIXTURES, 'central-policy.yml'));
});

const parse = (text: string): Policy =>
  parseRepoPolicy('acme/x/.github/ai-tooling-policy.yml@c0ffee', text, central);

describe('a repository policy under the central one', () => {
  it('adds its own rules after the central rules, keeping the central settings', () => {
    const own = parse(
      'version: 1\nsettings:\n  unknownVersion: ignore\nrules:\n  - id: no-left-pad\n    ecosystem: npm\n    package: left-pad\n',
    );
    const merged = mergeRepoPolicy(central, own, 'acme/x/.github/ai-tooling-policy.yml@c0ffee');
    expect(merged.rules.map((r) => r.id)).toEqual(['claude-code-fingerprinting', 'no-codex', 'no-left-pad']);
    expect(merged.settings).toEqual(central.settings);
    expect(merged.sources).toEqual([...central.sources, 'acme/x/.github/ai-tooling-policy.yml@c0ffee']);
  });

  it('cannot redefine a central rule', () => {
    expect(() =>
      parse(
        'version: 1\nrules:\n  - action: warn\n    id: no-codex\n    ecosystem: npm\n    package: "@openai/codex"\n',
      ),
    ).toThrow(
      new PolicyError(
        'acme/x/.github/ai-tooling-policy.yml@c0ffee',
        4,
        1,
        'rule "no-codex" is defined by the central policy, whose rules are locked; a repository cannot redefine it',
      ),
    );
  });

  it('cannot grant an exception to a central rule', () => {
    expect(() =>
      parse(
        'version: 1\nexceptions:\n  - reason: sandbox\n    expires: 2099-01-01\n    rule: claude-code-fingerprinting\n',
      ),
    ).toThrow(
      'acme/x/.github/ai-tooling-policy.yml@c0ffee:5:1: exception for rule "claude-code-fingerprinting": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it',
    );
  });

  it('cannot extend anything but the central policy', () => {
    expect(() => parse('version: 1\nextends:\n  - builtin:ai-coding-tools\n')).toThrow(
      'acme/x/.github/ai-tooling-policy.yml@c0ffee:3:1: extends: a repository policy in an org audit extends the central policy only; list the rules in the file itself',
    );
  });

  it('checks the merged result too (an exception must name one of its own rules)', () => {
    const own: Policy = {
      version: 1,
      settings: { unknownVersion: 'warn', advisories: 'on' },
      rules: [],
      exceptions: [{ rule: 'nothing', reason: 'x', expires: '2099-01-01' }],
      sources: ['own'],
    };
    expect(() => mergeRepoPolicy(central, own, 'own')).toThrow(
      'own:1:1: exception for rule "nothing": no such rule in the repository\'s policy',
    );
  });
});
