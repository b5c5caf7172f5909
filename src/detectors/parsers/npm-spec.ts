// Parsing of npm dependency specs as package.json files and lockfiles write them: exact versions,
// ranges, dist-tags, `npm:` aliases, git URLs and hosted shorthands, tarball URLs, local paths,
// `file:`, `link:`, `portal:` and `workspace:` protocols.
import semver from 'semver';
import type { SourceKind } from '../../model/component.js';
import { purlFor } from '../../util/purl.js';

export type NpmSpecType =
  | 'version' // an exact version (`2.1.91`, `=2.1.91`, `v2.1.91`)
  | 'range' // a semver range (`^2.1.0`, `*`, `2.x`, ``)
  | 'tag' // a dist-tag (`latest`, `next`)
  | 'git'
  | 'tarball'
  | 'file'
  | 'link'
  | 'workspace'
  | 'other';

export interface NpmSpec {
  type: NpmSpecType;
  /** The real package name: the `npm:` target for aliases, else the name the spec was given under. */
  name: string;
  /** The name the dependency is installed under, when an `npm:` alias makes it differ from `name`. */
  alias?: string;
  /** The exact version when the spec pins one, else null. */
  version: string | null;
  /** The spec as written. */
  spec: string;
  sourceKind: SourceKind;
}

const GIT_PREFIXES = ['git+ssh://', 'git+https://', 'git+http://', 'git+file://', 'git://', 'ssh://'];
const HOSTED_PREFIXES = ['github:', 'gitlab:', 'bitbucket:', 'gist:'];
// `user/repo`, `user/repo#ref`, `user/repo#semver:^1` (npm's GitHub shorthand).
const GITHUB_SHORTHAND = /^[^@%/\s.:][^/\s:]*\/[^/\s:#]+(?:#.*)?$/;
// scp-like git remotes: `git@github.com:user/repo.git`.
const SCP_GIT = /^[^@/\s:]+@[^/\s:]+:[^\s]+$/;
const HOSTED_HTTPS =
  /^https?:\/\/(?:[^@/]+@)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/[^/]+\/[^/#]+?(?:\.git)?(?:#.*)?$/i;

/** The exact version a spec pins (`2.1.91`, `=2.1.91`, `v2.1.91`, ` = 2.1.91 `), else null. */
export function exactVersion(spec: string): string | null {
  let s = spec.trim();
  if (s.startsWith('=')) s = s.slice(1).trim();
  if (s.startsWith('v')) s = s.slice(1);
  if (s === '' || s.length > 256) return null;
  return semver.valid(s) !== null ? s : null;
}

const PLAIN_VERSION = /^(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})$/;

// One-entry memos: a detector checks a name or version and then builds its purl from the same
// string, so the second regex test is skipped.
let lastPlainVersion: string | null = null;
let lastPlainName: string | null = null;
let lastPlainNameResult = false;

/** Whether a string is a valid semver version as written (no leading `=`/`v`, no spaces). */
export function isSemverVersion(v: string): boolean {
  if (v === lastPlainVersion) return true;
  if (PLAIN_VERSION.test(v)) {
    lastPlainVersion = v; // the common case, without building a SemVer
    return true;
  }
  return v.length > 0 && v.length <= 256 && semver.valid(v) === v.replace(/\+.*$/, '');
}

/** The kind of source a URL or path records (lockfile `resolved` values and spec bodies). */
export function classifyLocation(value: string): SourceKind | null {
  const v = value.trim();
  const lower = v.toLowerCase();
  if (GIT_PREFIXES.some((p) => lower.startsWith(p)) || HOSTED_PREFIXES.some((p) => lower.startsWith(p)))
    return 'git';
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    return HOSTED_HTTPS.test(v) ? 'git' : 'tarball';
  }
  if (lower.startsWith('file:')) return 'file';
  if (lower.startsWith('link:') || lower.startsWith('portal:')) return 'link';
  if (lower.startsWith('workspace:')) return 'workspace';
  if (SCP_GIT.test(v)) return 'git';
  if (
    v.startsWith('./') ||
    v.startsWith('../') ||
    v.startsWith('/') ||
    v.startsWith('~/') ||
    v === '.' ||
    v === '..'
  )
    return 'file';
  if (/^[a-zA-Z]:[\\/]/.test(v)) return 'file';
  return null;
}

/** Splits `name@spec` (scoped names keep their leading `@`); a bare name gets spec `*`. */
export function splitNameSpec(s: string): { name: string; spec: string } {
  const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
  if (at <= 0) return { name: s, spec: '*' };
  return { name: s.slice(0, at), spec: s.slice(at + 1) };
}

/**
 * Parses the spec `spec` of a dependency declared under `name`. `npm:` aliases report the target
 * as `name` and the declared name as `alias`.
 */
export function parseNpmSpec(name: string, spec: string): NpmSpec {
  const raw = spec;
  const s = spec.trim();
  if (s.toLowerCase().startsWith('npm:')) {
    const target = splitNameSpec(s.slice(4).trim());
    const inner = parseRegistrySpec(target.spec);
    const real = target.name;
    return {
      type: inner.type,
      name: real,
      ...(real !== name ? { alias: name } : {}),
      version: inner.version,
      spec: raw,
      sourceKind: inner.type === 'other' ? 'other' : 'registry',
    };
  }
  const located = classifyLocation(s);
  if (located !== null) {
    return { type: typeOfKind(located), name, version: null, spec: raw, sourceKind: located };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s)) {
    // catalog:, patch:, exec:, jsr:, … protocols of other package managers.
    return { type: 'other', name, version: null, spec: raw, sourceKind: 'other' };
  }
  if (GITHUB_SHORTHAND.test(s) && semver.validRange(s) === null) {
    return { type: 'git', name, version: null, spec: raw, sourceKind: 'git' };
  }
  if (/\.(?:tgz|tar\.gz|tar)$/i.test(s)) {
    return { type: 'file', name, version: null, spec: raw, sourceKind: 'file' };
  }
  const reg = parseRegistrySpec(s);
  return {
    type: reg.type,
    name,
    version: reg.version,
    spec: raw,
    sourceKind: reg.type === 'other' ? 'other' : 'registry',
  };
}

function parseRegistrySpec(s: string): { type: NpmSpecType; version: string | null } {
  const exact = exactVersion(s);
  if (exact !== null) return { type: 'version', version: exact };
  if (s.length <= 1024 && semver.validRange(s) !== null) return { type: 'range', version: null };
  if (/^[^\s/@%:^~<>=|*]+$/.test(s) && s.isWellFormed() && encodeURIComponent(s) === s)
    return { type: 'tag', version: null };
  return { type: 'other', version: null };
}

function typeOfKind(kind: SourceKind): NpmSpecType {
  switch (kind) {
    case 'git':
    case 'tarball':
    case 'file':
    case 'link':
    case 'workspace':
      return kind;
    default:
      return 'other';
  }
}

/**
 * Whether a package name is one npm accepts (the rules for existing packages: legacy capitals and
 * `~'!()*` allowed; no leading `.` or `_`, no spaces, URL-safe, `@scope/name` for scopes).
 */
export function isValidPackageName(name: string): boolean {
  if (name.length <= 214 && isPlainName(name)) return name !== 'node_modules' && name !== 'favicon.ico';
  if (name.length === 0 || name.length > 214) return false;
  if (name === 'node_modules' || name === 'favicon.ico') return false;
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash < 2 || slash === name.length - 1) return false;
    return validPart(name.slice(1, slash)) && validPart(name.slice(slash + 1));
  }
  return validPart(name);
}

function validPart(p: string): boolean {
  if (p.startsWith('.') || p.startsWith('_')) return false;
  // A lone surrogate makes encodeURIComponent throw; such a name is invalid, not a crash.
  return p.isWellFormed() && encodeURIComponent(p) === p;
}

const PLAIN_PURL_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** Lowercase URL-safe names (`@scope/name`): valid npm names whose purl needs no encoding. */
function isPlainName(name: string): boolean {
  if (name !== lastPlainName) {
    lastPlainName = name;
    lastPlainNameResult = PLAIN_PURL_NAME.test(name);
  }
  return lastPlainNameResult;
}
const PLAIN_PURL_VERSION = /^[0-9A-Za-z.+-]+$/;

/**
 * The purl of an npm package, built directly for plain lowercase names and versions (the output
 * packageurl-js gives for them) and by `purlFor` otherwise.
 */
export function npmPurl(name: string, version: string | null): string {
  if (
    isPlainName(name) &&
    (version === null || version === lastPlainVersion || PLAIN_PURL_VERSION.test(version))
  ) {
    const n = name.startsWith('@') ? '%40' + name.slice(1) : name;
    return version === null ? `pkg:npm/${n}` : `pkg:npm/${n}@${version}`;
  }
  return purlFor('npm', name, version);
}
