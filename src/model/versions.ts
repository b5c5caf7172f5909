import * as pep440 from '@renovatebot/pep440';
import npa from 'npm-package-arg';
import semver from 'semver';
import type { Ecosystem } from './component.js';
import { pep440RangeAgainst } from './pep440-ranges.js';

/**
 * The range syntax a `versions:` field is written in:
 * - `semver`: node-semver ranges (npm, jsr, extensions, and the version lines of semver tools);
 * - `pep440`: PEP 440 specifiers (PyPI, and tools whose version line is PEP 440);
 * - `ref`: GitHub action refs: a semver range over `vX.Y.Z` tags, or `||`-separated exact refs
 *   (tags, branches, commit SHAs).
 */
export type RangeSyntax = 'semver' | 'pep440' | 'ref';

/** The range syntax of an ecosystem's own versions. */
export function syntaxOf(ecosystem: Ecosystem): RangeSyntax {
  if (ecosystem === 'pypi') return 'pep440';
  if (ecosystem === 'github-action') return 'ref';
  return 'semver';
}

/**
 * Platform-suffixed builds are published as versions of the package they belong to
 * (`@openai/codex@0.100.0-linux-x64`): they are judged as the release they belong to.
 */
const PLATFORM_PRERELEASE =
  /^(?:linux|darwin|macos|mac|win32|win|windows|freebsd|openbsd|netbsd|sunos|aix|android)(?:[-.](?:x64|x86_64|amd64|arm64|aarch64|arm|armv7|ia32|x86|musl|gnu|msvc|riscv64|ppc64|ppc64le|s390x|loong64|baseline|\d+))*$/i;

/** The release a version belongs to: `0.100.0-linux-x64` → `0.100.0`; others unchanged. */
export function releaseOf(version: string): string {
  const dash = version.indexOf('-');
  if (dash < 0) return version;
  const core = version.slice(0, dash);
  const rest = version.slice(dash + 1).split('+')[0]!;
  return PLATFORM_PRERELEASE.test(rest) ? core : version;
}

export type RangeCheck = { ok: true } | { ok: false; message: string };

const REF = /^[A-Za-z0-9._/-]+$/;

/** Whether `range` is valid in a syntax; the message says what is wrong. */
export function validateRange(syntax: RangeSyntax, range: string): RangeCheck {
  if (range.trim() === '') return { ok: false, message: 'is empty (omit it to cover every version)' };
  if (syntax === 'pep440') {
    return pep440.validRange(range) || pep440.valid(range)
      ? { ok: true }
      : { ok: false, message: `"${range}" is not a valid PEP 440 version specifier` };
  }
  if (semver.validRange(range) !== null) return { ok: true };
  if (syntax === 'ref') {
    const refs = range.split('||').map((r) => r.trim());
    return refs.every((r) => REF.test(r))
      ? { ok: true }
      : {
          ok: false,
          message: `"${range}" is neither a semver range nor a list of refs (v1.2.3 || main || <sha>)`,
        };
  }
  return { ok: false, message: `"${range}" is not a valid semver range` };
}

/** A semver version read from a written one: `v` prefix dropped, platform suffix judged as its release. */
function semverOf(version: string): string | null {
  return semver.valid(releaseOf(version.trim().replace(/^v(?=\d)/, '')), { loose: true });
}

/**
 * Whether a concrete version is in a range, in the syntax's own semantics (prereleases included:
 * a banned range bans its prereleases too). Versions the syntax cannot read (a branch, a dist-tag,
 * a digest) match only a range that names them exactly.
 */
export function versionSatisfies(syntax: RangeSyntax, version: string, range: string): boolean {
  if (syntax === 'pep440') {
    try {
      if (pep440.valid(range)) return pep440.eq(version, range) ?? false;
      if (!pep440.valid(version)) return false;
      return pep440.satisfies(version, range, { prereleases: true });
    } catch {
      return false;
    }
  }
  const parsed = semverOf(version);
  if (parsed !== null) {
    const r = semverRange(range);
    if (r !== null) return r.test(parsed);
  }
  const v = version.trim().toLowerCase();
  return range.split('||').some((r) => r.trim().toLowerCase() === v);
}

// A policy and the catalog name few ranges, each asked of every component of its package: parsed
// once (semver.satisfies parses its range on every call).
const ranges = new Map<string, semver.Range | null>();
const MAX_CACHED_RANGES = 1000;

/** The range `semver.satisfies(v, range, { includePrerelease: true })` tests with, or null. */
function semverRange(range: string): semver.Range | null {
  let r = ranges.get(range);
  if (r === undefined) {
    r = semver.validRange(range) === null ? null : new semver.Range(range, { includePrerelease: true });
    if (ranges.size < MAX_CACHED_RANGES) ranges.set(range, r);
  }
  return r;
}

/**
 * For a moving reference known to carry `version` or a later one: `in` when every such version
 * is in the range, `out` when none is, `maybe` otherwise.
 */
export function lowerBoundIn(version: string, range: string): 'in' | 'out' | 'maybe' {
  const v = semverOf(version);
  if (v === null || semver.validRange(range) === null) return 'maybe';
  const bound = `>=${v}`;
  const opts = { includePrerelease: true };
  if (semver.subset(bound, range, opts)) return 'in';
  if (!semver.intersects(bound, range, opts)) return 'out';
  return 'maybe';
}

export type RangeVerdict = 'in' | 'out' | 'maybe';

/**
 * Whether a semver range admits pre-releases (`>=2.2.0-beta.1`): a comparator names one, other
 * than the `<X.Y.Z-0` bound semver writes for `^`, `~` and x-ranges, which admits none of X.Y.Z.
 */
function namesPrerelease(range: string): boolean {
  return new semver.Range(range, { loose: true }).set.some((cs) =>
    cs.some(
      (c) =>
        typeof (c.semver as unknown) === 'object' &&
        c.semver.prerelease.length > 0 &&
        !(c.operator === '<' && c.semver.prerelease.join('.') === '0'),
    ),
  );
}

/**
 * Where every version a written range allows stands against a banned range, decided without
 * knowing which versions exist: `in` when each is banned, `out` when none is, `maybe` when the
 * range straddles the ban (only a registry can say what an install gets); null when `range` or
 * `ban` is not a range of the syntax. Semver ranges are read as npm reads them: a range that names
 * no pre-release installs none; one that does gives `maybe` (a platform build such as
 * `1.0.0-linux-x64` is judged as its release, which no interval of semver's order captures).
 * PEP 440 specifiers include pre-releases (pip takes one when nothing else matches): see
 * `pep440-ranges.ts`.
 */
export function rangeAgainst(syntax: RangeSyntax, range: string, ban: string): RangeVerdict | null {
  if (syntax === 'pep440') return pep440RangeAgainst(range, ban);
  if (syntax !== 'semver' || range.trim() === '') return null;
  if (semver.validRange(range, { loose: true }) === null || semver.validRange(ban) === null) return null;
  if (namesPrerelease(range)) return 'maybe';
  // npm installs no pre-release for such a range: only releases are compared, and a release is in
  // a ban whether or not the ban's reading includes pre-releases.
  const options = { loose: true };
  if (!semver.intersects(range, ban, options)) return 'out';
  if (semver.subset(range, ban, options)) return 'in';
  return 'maybe';
}

/**
 * The version range a written spec stands for, in the ecosystem's own syntax, or null when it is
 * not one (a dist-tag such as `latest`, a URL, a variable, a git ref): npm specs as npm reads them
 * (an alias `npm:name@range` too), PyPI specifier sets.
 */
export function specRange(ecosystem: Ecosystem, name: string, spec: string | undefined): string | null {
  const written = (spec ?? '').trim();
  if (written === '') return null;
  switch (syntaxOf(ecosystem)) {
    case 'pep440':
      return pep440.validRange(written) ? written : null;
    case 'ref':
      return null;
    case 'semver': {
      if (ecosystem !== 'npm') return semver.validRange(written, { loose: true }) !== null ? written : null;
      try {
        let parsed = npa.resolve(name, written) as npa.Result & { subSpec?: npa.Result };
        if (parsed.type === 'alias') {
          if (!parsed.subSpec || parsed.subSpec.name !== name) return null;
          parsed = parsed.subSpec;
        }
        return parsed.type === 'range' || parsed.type === 'version' ? (parsed.fetchSpec ?? null) : null;
      } catch {
        return null;
      }
    }
  }
}
