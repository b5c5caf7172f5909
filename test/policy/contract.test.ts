import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, PolicyError } from '../../src/policy/load.js';
import { parsePolicyFile } from '../../src/policy/parse.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'policy', 'contract');

describe('the policy example of the contract', () => {
  it('loads with its extends (github: through an injected reader)', async () => {
    const p = await loadPolicy(join(dir, 'ai-tooling-policy.yml'), {
      readGithub: async (owner, repo, path, ref) => {
        expect([owner, repo, path, ref]).toEqual(['my-org', '.github', 'policies/ai-tooling.yml', 'main']);
        return 'version: 1\nrules:\n  - id: org-no-cursor\n    tool: cursor\n    locked: true\n';
      },
    });
    expect(p.sources).toEqual([
      'builtin:advisories',
      join(dir, 'shared-policy.yml'),
      'github:my-org/.github/policies/ai-tooling.yml@main',
      join(dir, 'ai-tooling-policy.yml'),
    ]);
    expect(p.rules.map((r) => [r.id, r.action, r.locked ?? false])).toEqual([
      ['AITG-2026-0001', 'fail', true],
      ['no-aider', 'warn', false],
      ['org-no-cursor', 'fail', true],
      ['claude-code-fingerprinting', 'fail', false],
      ['no-codex', 'warn', false],
    ]);
    expect(p.exceptions).toEqual([
      expect.objectContaining({
        rule: 'claude-code-fingerprinting',
        package: '@anthropic-ai/claude-code',
        versions: '2.1.150',
        paths: ['sandbox/**'],
        expires: '2026-12-31',
      }),
    ]);
  });
});

describe('hostile policy text', () => {
  it('either parses or throws a located PolicyError, never anything else', () => {
    const pieces = fc.constantFrom(
      'version: 1\n',
      'rules:\n',
      '  - id: a\n',
      '    tool: claude-code\n',
      '    versions: ">=1 <"\n',
      'exceptions:\n',
      '  - rule: a\n',
      '    expires: 2026-13-01\n',
      '__proto__: {}\n',
      'constructor: 1\n',
      '&a [*a]\n',
      '\t',
      '\r\n',
      '\uFEFF',
      '{"version": 1}',
      '[',
      '- ',
      ': ',
      '"',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        try {
          parsePolicyFile('p.yml', text);
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
          for (const issue of (e as PolicyError).issues) {
            expect(issue.file).toBe('p.yml');
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('does not let __proto__ keys reach objects', () => {
    expect(() => parsePolicyFile('p.yml', 'version: 1\n__proto__: { polluted: true }\n')).toThrow(
      'p.yml:2:1: __proto__: unknown key',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
