// Classification of the `resolved` URLs and tarball locations that yarn and pnpm lockfiles record:
// an npm-registry tarball (any host), a git source, a local path, or some other archive.
import type { SourceKind } from '../../model/component.js';
import { parseTarballUrl } from './tarball-url.js';

const gitHosts = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

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
  if (parseTarballUrl(resolved)) return 'registry';
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
