// The offline decision for a written range (`rangeAgainst`) checked against the definition it
// stands for: every version of a generated version line that the range allows is banned when the
// decision is `in`, none is when it is `out`.
import * as pep440 from '@renovatebot/pep440';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { rangeAgainst, specRange, versionSatisfies } from '../../src/model/versions.js';

const small = fc.integer({ min: 0, max: 3 });

const semverVersion = fc
  .tuple(
    small,
    small,
    fc.integer({ min: 0, max: 6 }),
    fc.option(fc.constantFrom('0', 'beta.1', 'rc.2', 'linux-x64')),
  )
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre === null ? '' : `-${pre}`}`);
const plainSemver = fc
  .tuple(small, small, fc.integer({ min: 0, max: 6 }))
  .map(([a, b, c]) => `${a}.${b}.${c}`);

const comparator = fc
  .tuple(fc.constantFrom('', '=', '<', '<=', '>', '>='), semverVersion)
  .map(([op, v]) => `${op}${v}`);
const semverTerm = fc.oneof(
  comparator,
  fc.tuple(comparator, comparator).map(([a, b]) => `${a} ${b}`),
  fc.tuple(plainSemver, plainSemver).map(([a, b]) => `${a} - ${b}`),
  plainSemver.map((v) => `~${v}`),
  plainSemver.map((v) => `^${v}`),
  fc.tuple(small, small).map(([a, b]) => `${a}.${b}.x`),
  small.map((a) => `${a}.x`),
  fc.constant('*'),
);
const semverRange = fc.oneof(
  { weight: 3, arbitrary: semverTerm },
  { weight: 1, arbitrary: fc.tuple(semverTerm, semverTerm).map(([a, b]) => `${a} || ${b}`) },
);

describe('rangeAgainst (semver)', () => {
  it('agrees with checking every version of a version line', () => {
    let decided = 0;
    fc.assert(
      fc.property(
        semverRange,
        semverRange,
        fc.uniqueArray(semverVersion, { maxLength: 40 }),
        (range, ban, line) => {
          const verdict = rangeAgainst('semver', range, ban);
          expect(verdict).not.toBeNull();
          if (verdict !== 'maybe') decided++;
          // What an install may pick: npm's reading of the range.
          const allowed = line.filter((v) => semver.satisfies(v, range, { loose: true }));
          if (verdict === 'in')
            for (const v of allowed)
              expect(versionSatisfies('semver', v, ban), `${v} of ${range} in ${ban}`).toBe(true);
          if (verdict === 'out')
            for (const v of allowed)
              expect(versionSatisfies('semver', v, ban), `${v} of ${range} out of ${ban}`).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
    expect(decided).toBeGreaterThan(300);
  });

  it('decides the ranges that lie inside or outside a ban, and leaves the straddling ones to the registry', () => {
    const ban = '>=2.1.91 <=2.1.197';
    const cases: [string, string][] = [
      ['2.1.150 - 2.1.160', 'in'],
      ['>=2.1.100 <2.1.151', 'in'],
      ['2.1.150', 'in'],
      // Undecided though every release below 2.1.198 is at most 2.1.197: semver's subset reads
      // ranges as intervals, and a pre-release 2.1.198-0 sits between (npm would not install it).
      ['>=2.1.91 <2.1.198', 'maybe'],
      ['<2.1.91', 'out'],
      ['^2.1.198', 'out'],
      ['>=2.1.198', 'out'],
      ['2.0.x', 'out'],
      ['1.x || >=3', 'out'],
      // ~2.1.150 is >=2.1.150 <2.2.0: 2.1.198 and later are clean.
      ['~2.1.150', 'maybe'],
      // ^2.1.150 is >=2.1.150 <3.0.0.
      ['^2.1.150', 'maybe'],
      ['*', 'maybe'],
      ['2.1.x', 'maybe'],
      ['>=2.1.90 <2.1.100', 'maybe'],
      // A range that admits pre-releases may get a platform build judged as its release.
      ['>=2.1.198-0', 'maybe'],
    ];
    for (const [range, want] of cases) expect(rangeAgainst('semver', range, ban), range).toBe(want);
    expect(rangeAgainst('semver', 'latest', ban)).toBeNull();
    expect(rangeAgainst('semver', '', ban)).toBeNull();
  });
});

const pepVersion = fc
  .tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 3 }),
    fc.option(fc.integer({ min: 0, max: 3 })),
    fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.integer({ min: 0, max: 2 }))),
    fc.option(fc.integer({ min: 0, max: 2 })),
    fc.option(fc.integer({ min: 0, max: 2 })),
    fc.option(fc.constantFrom('local', 'ubuntu.1')),
  )
  .map(
    ([a, b, c, pre, post, dev, local]) =>
      `${a}.${b}${c === null ? '' : `.${c}`}${pre ? `${pre[0]}${pre[1]}` : ''}${post === null ? '' : `.post${post}`}${
        dev === null ? '' : `.dev${dev}`
      }${local === null ? '' : `+${local}`}`,
  );
const pepPublic = pepVersion.map((v) => v.split('+')[0]!);
const pepRelease = fc
  .tuple(
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 3 }),
    fc.option(fc.integer({ min: 0, max: 3 })),
  )
  .map(([a, b, c]) => `${a}.${b}${c === null ? '' : `.${c}`}`);
const clause = fc.oneof(
  fc.tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!='), pepPublic).map(([op, v]) => `${op}${v}`),
  fc.tuple(fc.constantFrom('==', '!='), pepRelease).map(([op, v]) => `${op}${v}.*`),
  pepRelease.map((v) => `~=${v}`),
  pepVersion.map((v) => `==${v}`),
);
const specifierSet = fc.array(clause, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(','));

describe('rangeAgainst (PEP 440)', () => {
  it('agrees with checking every version of a version line', () => {
    let decided = 0;
    fc.assert(
      fc.property(
        specifierSet,
        specifierSet,
        fc.uniqueArray(pepVersion, { maxLength: 40 }),
        (spec, ban, line) => {
          fc.pre(pep440.validRange(spec) && pep440.validRange(ban));
          const verdict = rangeAgainst('pep440', spec, ban);
          expect(verdict).not.toBeNull();
          if (verdict !== 'maybe') decided++;
          // Pre-releases included: a superset of what pip picks by default.
          const allowed = line.filter((v) => pep440.satisfies(v, spec, { prereleases: true }));
          if (verdict === 'in')
            for (const v of allowed)
              expect(versionSatisfies('pep440', v, ban), `${v} of ${spec} in ${ban}`).toBe(true);
          if (verdict === 'out')
            for (const v of allowed)
              expect(versionSatisfies('pep440', v, ban), `${v} of ${spec} out of ${ban}`).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
    // The decision is not vacuous: a good share of generated pairs is decided.
    expect(decided).toBeGreaterThan(300);
  });

  it('decides specifier sets inside or outside a ban', () => {
    const cases: [string, string, string][] = [
      ['>=0.1.5,<0.1.9', '>=0.1.0,<0.2', 'in'],
      ['~=0.1.5', '>=0.1.0,<0.2', 'in'],
      ['==0.1.*', '>=0.1.dev0,<0.2', 'in'],
      // 0.1.dev0 is in 0.1.* and not in the ban.
      ['==0.1.*', '>=0.1.0,<0.2', 'maybe'],
      ['>=0.1.0,<=0.1.7', '<0.2', 'in'],
      ['>=0.2', '>=0.1.0,<0.2', 'out'],
      ['<0.1', '>=0.1.0,<0.2', 'out'],
      ['~=0.2.0', '>=0.1.0,<0.2', 'out'],
      ['==0.3.*', '>=0.1.0,<0.2', 'out'],
      ['>=0.1.5', '>=0.1.0,<0.2', 'maybe'],
      ['~=0.1.2', '>=0.1.0,<0.2', 'in'],
      // ~=0.1 is >=0.1,==0.*: 0.2 and later too.
      ['~=0.1', '>=0.1.0,<0.2', 'maybe'],
      ['!=0.1.5', '>=0.1.0,<0.2', 'maybe'],
    ];
    for (const [spec, ban, want] of cases)
      expect(rangeAgainst('pep440', spec, ban), `${spec} vs ${ban}`).toBe(want);
  });
});

describe('specRange', () => {
  it('reads the range a written spec stands for', () => {
    const cc = '@anthropic-ai/claude-code';
    expect(specRange('npm', cc, '2.1.150 - 2.1.160')).toBe('2.1.150 - 2.1.160');
    expect(specRange('npm', cc, `npm:${cc}@~2.1.150`)).toBe('~2.1.150');
    expect(specRange('npm', cc, 'npm:other@~2.1.150')).toBeNull();
    expect(specRange('npm', cc, 'latest')).toBeNull();
    expect(specRange('npm', cc, '')).toBeNull();
    expect(specRange('npm', cc, undefined)).toBeNull();
    expect(specRange('npm', cc, 'github:anthropics/claude-code')).toBeNull();
    expect(specRange('npm', cc, '${CC_VERSION}')).toBeNull();
    expect(specRange('pypi', 'claude-agent-sdk', '>=0.1,<0.2')).toBe('>=0.1,<0.2');
    expect(specRange('pypi', 'claude-agent-sdk', 'latest')).toBeNull();
    expect(specRange('github-action', 'anthropics/claude-code-action', 'v1')).toBeNull();
  });
});
