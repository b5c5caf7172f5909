// Repository-relative paths as detectors join them (`/` separators, no leading `./`).
import { posix } from 'node:path';

/** Joins a relative path onto a folder of the scanned tree; null for absolute paths and URLs. */
export function joinRelative(dir: string, rel: string): string | null {
  if (rel.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) || rel.includes('${')) return null;
  const j = posix.normalize(posix.join(dir || '.', rel));
  return j === '.' ? '' : j.replace(/^\.\//, '');
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}
