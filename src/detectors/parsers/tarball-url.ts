// Registry tarball URLs: the one reader of the package and version a tarball URL names, used by
// every lockfile, manifest and command-line format. The layouts registries and mirrors serve:
//   …/<name>/-/<base>-<version>.tgz           npm's layout, any host and prefix; the name as
//                                              `@scope/name`, `@scope%2fname` or `%40scope%2fname`
//   …/<name>/-/@scope/<base>-<version>.tgz    the file named with its scope (npmjs, Artifactory)
//   …/<scope>/<name>/-/<name>-<version>.tgz   the scope without its `@` (Artifactory, Nexus): the URL
//                                              alone cannot tell it from a path segment, so the
//                                              segment is kept as `bareScope` for the caller's key
//   …/packages/<name>/<version>/<base>-<version>.tgz   npmmirror's CDN layout
import { isSemverVersion, isValidPackageName } from './npm-spec.js';

export interface TarballUrl {
  /** The package name the URL writes (`@scope/name`, or the bare name when no `@scope` is written). */
  name: string;
  /** The version the file name carries. */
  version: string;
  /** For a bare name, the path segment before it: a scope written without its `@` (Artifactory). */
  bareScope?: string;
}

/**
 * Parses a registry tarball URL of one of the layouts above (http or https, any host; a query or
 * fragment is ignored). Null for any other URL, and for a file name that does not carry the
 * package's name and a version.
 */
export function parseTarballUrl(url: string): TarballUrl | null {
  // String operations rather than a regex or URL parsing: this runs once per lockfile entry.
  if (!(url.startsWith('https://') || url.startsWith('http://'))) return null;
  let end = url.length;
  const q = url.indexOf('?');
  if (q !== -1) end = q;
  const h = url.indexOf('#');
  if (h !== -1 && h < end) end = h;
  const hostEnd = url.indexOf('/', url.indexOf('//') + 2);
  if (hostEnd === -1 || hostEnd >= end) return null;
  if (url.slice(end - 4, end).toLowerCase() !== '.tgz') return null;
  const segments = url.slice(hostEnd + 1, end).split('/');
  const dash = segments.lastIndexOf('-');
  if (dash !== -1 && dash >= segments.length - 3) return npmLayout(segments, dash);
  return mirrorLayout(segments);
}

/** `…/<name>/-/<file>`, the file optionally prefixed by `@scope/`. */
function npmLayout(segments: readonly string[], dash: number): TarballUrl | null {
  const fileParts = segments.slice(dash + 1).map(decode);
  if (fileParts.includes(null)) return null;
  let file = fileParts.join('/');
  let fileScope: string | null = null;
  if (file.startsWith('@')) {
    // The file named with its scope: `@scope/name-1.0.0.tgz` (raw or encoded slash).
    const slash = file.indexOf('/');
    if (slash < 2) return null;
    fileScope = file.slice(0, slash);
    file = file.slice(slash + 1);
  } else if (fileParts.length > 1) return null;
  if (file.includes('/')) return null;
  const named = nameBefore(segments, dash);
  if (named === null) return null;
  let name = named.name;
  let bareScope = named.bareScope;
  const base = baseOf(name);
  if (fileScope !== null) {
    // The file's scope names the package; a scoped path must agree with it.
    if (name.startsWith('@')) {
      if (scopeOf(name) !== fileScope) return null;
    } else {
      name = `${fileScope}/${name}`;
      bareScope = undefined;
    }
  }
  if (!file.startsWith(base + '-')) return null;
  const version = file.slice(base.length + 1, -4);
  if (version === '') return null;
  return bareScope !== undefined ? { name, version, bareScope } : { name, version };
}

/** `…/packages/<name>/<version>/<base>-<version>.tgz` (npmmirror's CDN). */
function mirrorLayout(segments: readonly string[]): TarballUrl | null {
  const n = segments.length;
  if (n < 4) return null;
  const file = decode(segments[n - 1]!);
  const version = decode(segments[n - 2]!);
  if (file === null || version === null || version === '') return null;
  const named = nameBefore(segments, n - 2);
  if (named === null) return null;
  if (segments[n - 2 - named.segments - 1] !== 'packages') return null;
  if (file !== `${baseOf(named.name)}-${version}.tgz`) return null;
  return { name: named.name, version };
}

/** The package name written in the segments before index `at`, with the bare-scope candidate. */
function nameBefore(
  segments: readonly string[],
  at: number,
): { name: string; bareScope?: string; segments: number } | null {
  if (at < 1) return null;
  const last = decode(segments[at - 1]!);
  if (last === null || last === '') return null;
  if (last.startsWith('@')) {
    // `@scope%2fname` or `%40scope%2fname`: one encoded segment.
    const slash = last.indexOf('/');
    return slash > 1 && slash < last.length - 1 && !last.includes('/', slash + 1)
      ? { name: last, segments: 1 }
      : null;
  }
  if (last.includes('/')) return null;
  if (at >= 2) {
    const prev = decode(segments[at - 2]!);
    if (prev === null) return null;
    if (prev.startsWith('@'))
      return prev.length > 1 && !prev.includes('/') ? { name: `${prev}/${last}`, segments: 2 } : null;
    if (prev !== '') return { name: last, bareScope: prev, segments: 1 };
  }
  return { name: last, segments: 1 };
}

function baseOf(name: string): string {
  return name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
}

function scopeOf(name: string): string {
  return name.slice(0, name.indexOf('/'));
}

function decode(s: string): string | null {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/**
 * The name a parsed tarball URL installs for an entry declared as `declared`: the declared name
 * when the URL writes that name's scope without its `@` (`…/scope/name/-/name-1.0.0.tgz` for
 * `@scope/name`), else the name the URL writes.
 */
export function tarballName(t: TarballUrl, declared: string | undefined): string {
  if (
    declared !== undefined &&
    t.bareScope !== undefined &&
    declared.length === t.bareScope.length + t.name.length + 2 &&
    declared === `@${t.bareScope}/${t.name}`
  )
    return declared;
  return t.name;
}

/**
 * What a registry-shaped tarball URL installs: the package and version it names (for an entry
 * declared as `declared`, see tarballName), null when the URL is not of a registry layout or names
 * no valid package and version.
 */
export function tarballPackage(url: string, declared?: string): { name: string; version: string } | null {
  const t = parseTarballUrl(url);
  if (t === null || !isSemverVersion(t.version)) return null;
  const name = tarballName(t, declared);
  return isValidPackageName(name) ? { name, version: t.version } : null;
}

/**
 * A dependency declared as `declared` whose source is `url`: the name, version and alias to report.
 * A registry-shaped tarball of another package is that package, aliased by the declared name (a
 * banned package cannot hide behind a harmless dependency name); any other URL keeps the declared
 * name and no version.
 */
export function tarballIdentity(
  declared: string,
  url: string,
): { name: string; version: string | null; alias?: string } {
  const pkg = tarballPackage(url, declared);
  if (pkg === null) return { name: declared, version: null };
  return pkg.name === declared ? pkg : { ...pkg, alias: declared };
}

/**
 * Whether `url` is the registry tarball of exactly `name@version` (`…/name/-/base-version.tgz`):
 * the common case, checked without taking the URL apart.
 */
export function isOwnRegistryTarball(url: string, name: string, version: string): boolean {
  if (!(url.startsWith('https://') || url.startsWith('http://'))) return false;
  // Compared piece by piece from the end, without building the expected suffix.
  const slash = name.charCodeAt(0) === 0x40 ? name.indexOf('/') : -1;
  const baseLen = name.length - slash - 1;
  let end = url.length - 4;
  if (!url.startsWith('.tgz', end)) return false;
  end -= version.length;
  if (!url.startsWith(version, end)) return false;
  end -= baseLen + 1;
  if (url.charCodeAt(end + baseLen) !== 0x2d || !url.startsWith(name.slice(slash + 1), end)) return false;
  end -= 3;
  if (!url.startsWith('/-/', end)) return false;
  end -= name.length;
  return end > 8 && url.charCodeAt(end - 1) === 0x2f && url.startsWith(name, end);
}
