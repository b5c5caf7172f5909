import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import type { Ecosystem } from '../model.js';

/**
 * Platform-suffixed builds are published as versions of the package they belong to
 * (`@openai/codex@0.100.0-linux-x64`): they are judged as the release they belong to.
 */
const PLATFORM_PRERELEASE =
  /^(?:linux|darwin|macos|win32|windows|freebsd|openbsd|netbsd|sunos|aix|android)(?:[-.](?:x64|x86_64|amd64|arm64|aarch64|arm|armv7|ia32|x86|musl|gnu|msvc|riscv64|ppc64|ppc64le|s390x|loong64|baseline|\d+))*$/i;

/** The release a version belongs to: `0.100.0-linux-x64` → `0.100.0`; others unchanged. */
export function releaseOf(version: string): string {
  const dash = version.indexOf('-');
  if (dash < 0) return version;
  const core = version.slice(0, dash);
  const rest = version.slice(dash + 1).split('+')[0]!;
  return PLATFORM_PRERELEASE.test(rest) ? core : version;
}

export type RangeCheck = { ok: true } | { ok: false; message: string };

/** Whether `range` is valid in the ecosystem's own syntax. */
export function validateRange(ecosystem: Ecosystem | 'tool', range: string): RangeCheck {
  if (ecosystem === 'pypi') {
    return pep440.validRange(range) || pep440.valid(range)
      ? { ok: true }
      : { ok: false, message: `"${range}" is not a valid PEP 440 version specifier` };
  }
  if (isSemverEcosystem(ecosystem)) {
    return semver.validRange(range, { loose: false }) !== null
      ? { ok: true }
      : { ok: false, message: `"${range}" is not a valid semver range` };
  }
  // Exact tags, branches and digests (actions, features, installers) or semver ranges.
  return range.trim() === '' ? { ok: false, message: 'an empty version range' } : { ok: true };
}

function isSemverEcosystem(e: Ecosystem | 'tool'): boolean {
  return e === 'npm' || e === 'jsr' || e === 'tool' || e === 'vscode-extension';
}

/**
 * Whether a concrete version is in a range, in the ecosystem's own semantics. Versions that the
 * ecosystem's syntax cannot read never match a range, except by exact equality.
 */
export function versionSatisfies(ecosystem: Ecosystem | 'tool', version: string, range: string): boolean {
  if (ecosystem === 'pypi') {
    try {
      if (pep440.valid(range)) return pep440.eq(version, range) ?? false;
      return pep440.satisfies(version, range);
    } catch {
      return version === range;
    }
  }
  const release = releaseOf(version.replace(/^v(?=\d)/, ''));
  const parsed = semver.valid(release, { loose: true });
  if (parsed !== null) {
    try {
      return semver.satisfies(parsed, range, { includePrerelease: true, loose: true });
    } catch {
      return false;
    }
  }
  // Not a semver version (a git tag like `beta`, a branch, a digest): exact match only.
  return range.split('||').some((r) => r.trim() === version);
}
