// Classification of the `resolved` URLs and tarball locations that yarn and pnpm lockfiles record:
// an npm-registry tarball (any host), a git source, a local path, or some other archive.
import type { SourceKind } from '../../model/component.js';

export interface RegistryTarball {
  name: string;
  version: string;
}

const gitHosts = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

/**
 * Parses an npm-registry tarball URL of the standard shape
 * `http(s)://host/any/prefix/<name>/-/<unscoped-name>-<version>.tgz` (scoped names as `@scope/name`
 * or `@scope%2fname`), on any host. Returns null for anything else.
 */
export function parseRegistryTarball(url: string): RegistryTarball | null {
  if (!url.startsWith('https://') && !url.startsWith('http://')) return null;
  let end = url.length;
  const hash = url.indexOf('#');
  if (hash !== -1) end = hash;
  const query = url.indexOf('?');
  if (query !== -1 && query < end) end = query;
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2), end);
  const sep = path.lastIndexOf('/-/');
  if (sep <= 0) return null;
  const file = safeDecode(path.slice(sep + 3));
  if (file === null || !file.endsWith('.tgz') || file.includes('/')) return null;
  const before = path.slice(0, sep);
  const lastSlash = before.lastIndexOf('/');
  let name = safeDecode(before.slice(lastSlash + 1));
  if (name === null || name === '') return null;
  const unscoped = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  if (!name.startsWith('@') && lastSlash > 0) {
    const prev = before.slice(before.lastIndexOf('/', lastSlash - 1) + 1, lastSlash);
    if (prev.startsWith('@')) name = `${prev}/${name}`;
  }
  if (name.startsWith('@') && (name.indexOf('/') <= 1 || name.indexOf('/') === name.length - 1)) return null;
  if (!file.startsWith(unscoped + '-')) return null;
  const version = file.slice(unscoped.length + 1, -4);
  if (version === '') return null;
  return { name, version };
}

function safeDecode(s: string): string | null {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Whether a URL or specifier names a git source (git protocols, hosted-git shorthands, codeload). */
export function isGitSource(spec: string): boolean {
  if (/^(git\+[a-z]+|git|ssh):\/\//i.test(spec) || /^git@/i.test(spec)) return true;
  if (/^(github|gitlab|bitbucket|gist):/i.test(spec)) return true;
  const m = /^https?:\/\/(?:[^@/]*@)?([^/:?#]+)(?::\d+)?(\/[^?#]*)?(\?[^#]*)?(#.*)?$/i.exec(spec);
  if (!m) return false;
  const host = m[1]!.toLowerCase();
  const path = m[2] ?? '';
  if (host === 'codeload.github.com') return true;
  if (path.endsWith('.git') || /\.git#/.test(spec)) return true;
  if (gitHosts.has(host)) {
    if (/\/repository\/archive\.tar\.gz$/.test(path)) return true;
    if (m[4] !== undefined) return true;
    return path.split('/').filter(Boolean).length === 2;
  }
  return false;
}

/** The source kind of a recorded resolved URL or tarball location. */
export function classifyLocation(resolved: string): SourceKind {
  if (resolved.startsWith('file:')) return 'file';
  if (resolved.startsWith('link:')) return 'link';
  if (parseRegistryTarball(resolved)) return 'registry';
  if (isGitSource(resolved)) return 'git';
  if (/^https?:\/\//i.test(resolved)) return 'tarball';
  return 'other';
}

/** Splits `name@range` (scoped names keep their leading `@`). Returns null without a name. */
export function splitDescriptor(descriptor: string): { name: string; range: string } | null {
  const at = descriptor.indexOf('@', descriptor.startsWith('@') ? 1 : 0);
  if (at === -1) return descriptor === '' ? null : { name: descriptor, range: '' };
  if (at === 0) return null;
  return { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}
