import * as pep440 from '@renovatebot/pep440';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { nameMatches, normalizeName } from '../../src/policy/names.js';
import { lowerBoundIn, releaseOf, validateRange, versionSatisfies } from '../../src/model/versions.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

const num = fc.integer({ min: 0, max: 12 });
const pre = fc.option(
  fc.oneof(
    fc.constantFrom('alpha', 'beta', 'rc', 'next'),
    fc.tuple(fc.constantFrom('alpha', 'beta', 'rc'), num).map(([a, n]) => `${a}.${n}`),
  ),
  { nil: undefined },
);
const semverVersion = fc.tuple(num, num, num, pre).map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`);
const releaseVersion = fc.tuple(num, num, num).map(([a, b, c]) => `${a}.${b}.${c}`);
const comparator = fc
  .tuple(fc.constantFrom('', '=', '<', '<=', '>', '>=', '^', '~'), semverVersion)
  .map(([op, v]) => `${op}${v}`);
const semverRange = fc
  .array(fc.array(comparator, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((sets) => sets.map((s) => s.join(' ')).join(' || '));
const platform = fc.constantFrom(
  'linux-x64',
  'linux-arm64',
  'darwin-arm64',
  'darwin-x64',
  'win32-x64',
  'win32-arm64',
  'linux-x64-musl',
);

describe('semver matching agrees with node-semver (includePrerelease)', () => {
  it('for random versions and ranges', () => {
    fc.assert(
      fc.property(semverVersion, semverRange, (v, r) => {
        expect(validateRange('semver', r)).toEqual({ ok: true });
        expect(versionSatisfies('semver', v, r)).toBe(semver.satisfies(v, r, { includePrerelease: true }));
      }),
      { numRuns: runs },
    );
  });

  it('judges platform-suffixed builds as the release they belong to', () => {
    fc.assert(
      fc.property(releaseVersion, platform, semverRange, (v, p, r) => {
        expect(releaseOf(`${v}-${p}`)).toBe(v);
        expect(versionSatisfies('semver', `${v}-${p}`, r)).toBe(
          semver.satisfies(v, r, { includePrerelease: true }),
        );
      }),
      { numRuns: runs },
    );
    expect(versionSatisfies('semver', '0.100.0-linux-x64', '>=0.100.0')).toBe(true);
    expect(versionSatisfies('semver', '0.100.0-linux-x64', '<0.100.0')).toBe(false);
    expect(releaseOf('0.100.0-alpha.1')).toBe('0.100.0-alpha.1');
  });

  it('bans prereleases of banned releases, and reads v-prefixed tags', () => {
    expect(versionSatisfies('semver', '2.1.150-beta.1', '>=2.1.91 <2.1.198')).toBe(true);
    expect(versionSatisfies('semver', '2.1.198-beta.1', '>=2.1.91 <2.1.198')).toBe(true);
    expect(versionSatisfies('semver', '2.1.198', '>=2.1.91 <2.1.198')).toBe(false);
    expect(versionSatisfies('semver', '2.1.90', '>=2.1.91 <2.1.198')).toBe(false);
    expect(versionSatisfies('ref', 'v1.0.133', '>=1.0.87 <=1.0.161')).toBe(true);
  });

  it('matches non-versions (branches, dist-tags, SHAs) only by exact name', () => {
    expect(validateRange('ref', 'main || v1 || 787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251')).toEqual({
      ok: true,
    });
    expect(versionSatisfies('ref', 'main', 'main || v1')).toBe(true);
    expect(versionSatisfies('ref', 'Main', 'main')).toBe(true);
    expect(versionSatisfies('ref', 'develop', 'main || v1')).toBe(false);
    expect(versionSatisfies('semver', 'latest', '>=0.0.0')).toBe(false);
    expect(validateRange('ref', 'v1 ; rm -rf')).toEqual({
      ok: false,
      message: '"v1 ; rm -rf" is neither a semver range nor a list of refs (v1.2.3 || main || <sha>)',
    });
  });

  it('validates ranges strictly', () => {
    expect(validateRange('semver', '>=1.2.3 <')).toEqual({
      ok: false,
      message: '">=1.2.3 <" is not a valid semver range',
    });
    expect(validateRange('semver', ' ')).toEqual({
      ok: false,
      message: 'is empty (omit it to cover every version)',
    });
    expect(validateRange('semver', 'banana')).toEqual({
      ok: false,
      message: '"banana" is not a valid semver range',
    });
    expect(validateRange('pep440', '>=1.0,<2')).toEqual({ ok: true });
    expect(validateRange('pep440', '0.2.150')).toEqual({ ok: true });
    expect(validateRange('pep440', '>=1.0 <2')).toEqual({
      ok: false,
      message: '">=1.0 <2" is not a valid PEP 440 version specifier',
    });
  });

  it('bounds a moving reference from below', () => {
    expect(lowerBoundIn('2.1.240', '>=2.1.91 <2.1.198')).toBe('out');
    expect(lowerBoundIn('2.1.150', '>=2.1.91')).toBe('in');
    expect(lowerBoundIn('2.1.150', '>=2.1.91 <2.1.198')).toBe('maybe');
  });
});

const pepVersion = fc
  .tuple(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 12 }),
    fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.integer({ min: 0, max: 3 })), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  )
  .map(
    ([a, b, c, p, post]) =>
      `${a}.${b}${c !== undefined ? `.${c}` : ''}${p ? `${p[0]}${p[1]}` : ''}${post !== undefined ? `.post${post}` : ''}`,
  );
const pepSpecifier = fc
  .array(
    fc
      .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>=', '~='), pepVersion)
      .filter(([op, v]) => op !== '~=' || v.split('.').length >= 2)
      .map(([op, v]) => `${op}${v}`),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(','));

describe('PEP 440 matching agrees with @renovatebot/pep440 (prereleases included)', () => {
  it('for random versions and specifiers', () => {
    fc.assert(
      fc.property(pepVersion, pepSpecifier, (v, r) => {
        expect(validateRange('pep440', r)).toEqual({ ok: true });
        expect(versionSatisfies('pep440', v, r)).toBe(pep440.satisfies(v, r, { prereleases: true }));
      }),
      { numRuns: runs },
    );
  });

  it('reads a bare version as equality, in PEP 440 normal form', () => {
    expect(versionSatisfies('pep440', '0.1.55', '0.1.55')).toBe(true);
    expect(versionSatisfies('pep440', '0.1.55.0', '0.1.55')).toBe(true);
    expect(versionSatisfies('pep440', '1.0rc1', '>=0.9,<1.0')).toBe(false);
    expect(versionSatisfies('pep440', '1.0rc1', '>=0.9,<=1.0')).toBe(true);
  });
});

describe('names, per ecosystem', () => {
  it('normalises PyPI names (PEP 503) and case-insensitive ecosystems', () => {
    expect(normalizeName('pypi', 'Claude_Agent.SDK')).toBe('claude-agent-sdk');
    expect(nameMatches('pypi', 'claude-agent-sdk', 'Claude_Agent__SDK')).toBe(true);
    expect(nameMatches('vscode-extension', 'anthropic.claude-code', 'Anthropic.Claude-Code')).toBe(true);
    expect(
      nameMatches(
        'devcontainer-feature',
        'ghcr.io/anthropics/devcontainer-features/claude-code',
        'GHCR.io/Anthropics/devcontainer-features/claude-code',
      ),
    ).toBe(true);
    expect(
      nameMatches('github-action', 'anthropics/claude-code-action', 'Anthropics/Claude-Code-Action'),
    ).toBe(true);
    expect(nameMatches('npm', '@anthropic-ai/claude-code', '@Anthropic-ai/claude-code')).toBe(false);
  });

  it('treats scoped npm names as one name and * as any run of characters', () => {
    expect(nameMatches('npm', '@anthropic-ai/claude-code*', '@anthropic-ai/claude-code-linux-x64')).toBe(
      true,
    );
    expect(nameMatches('npm', '@anthropic-ai/claude-code*', '@anthropic-ai/claude-agent-sdk')).toBe(false);
    expect(nameMatches('npm', '@anthropic-ai/*', '@anthropic-ai/sdk')).toBe(true);
    expect(nameMatches('npm', '*', '@anthropic-ai/sdk')).toBe(true);
    expect(nameMatches('npm', 'claude-code', '@anthropic-ai/claude-code')).toBe(false);
    expect(nameMatches('github-action', 'openai/*', 'openai/codex/.github/actions/codex')).toBe(true);
    expect(nameMatches('npm', 'left.pad', 'left-pad')).toBe(false);
    expect(nameMatches('npm', 'a?c', 'abc')).toBe(true);
  });

  it('matches globs in linear-ish time on hostile names', () => {
    const start = performance.now();
    expect(nameMatches('npm', '*a*a*a*a*a*a*b', 'a'.repeat(200))).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('globMatches agrees with a regular expression on small inputs', () => {
  it('for random patterns and names', async () => {
    const { globMatches } = await import('../../src/policy/names.js');
    const alphabet = fc.constantFrom('a', 'b', '/', '-');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(alphabet, fc.constantFrom('*', '?')), { maxLength: 8 }).map((a) => a.join('')),
        fc.array(alphabet, { maxLength: 10 }).map((a) => a.join('')),
        (pattern, name) => {
          const re = new RegExp(
            '^' + pattern.replace(/[-/]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$',
            's',
          );
          expect(globMatches(pattern, name)).toBe(re.test(name));
        },
      ),
      { numRuns: runs },
    );
  });
});
