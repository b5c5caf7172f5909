import { vendoredPackageName } from '../catalog/vendored.js';
/** A tree of files to scan: a directory, a git commit, or a repository read through the GitHub API. */
export interface FileSource {
  /** Describes the source for messages (`/repo`, `git:abc123`, `github:owner/repo@sha`). */
  readonly description: string;
  /** Every file path in the tree, relative, `/` separators, sorted. */
  list(): Promise<string[]>;
  /**
   * Reads one file. Returns null when it does not exist. Throws a `SourceReadError` when it
   * exists but cannot be read safely (symlink out of the tree, not a regular file, too large).
   */
  read(path: string, maxBytes: number): Promise<Uint8Array | null>;
  /**
   * Set when `read` does its work before it returns (a local disk): reading ahead then only holds
   * bytes longer, and the engine reads each file when its turn comes.
   */
  readonly readsAtOnce?: boolean;
  /**
   * Reads at most `bytes` from the start of a file, cheaply (no size limit: a large file's head is
   * read all the same). Null when it does not exist. Sources without it are not sniffed for
   * scripts named by their content (a GitHub API read per file would cost too much).
   */
  readHead?(path: string, bytes: number): Promise<Uint8Array | null>;
  /**
   * Whether the path is a symbolic link (false when it is not, or does not exist). A link's
   * content can change while git's change list names only its target: diff mode takes a file as
   * unchanged from that list only where its source can tell it is no link.
   */
  isLink?(path: string): Promise<boolean>;
}

export class SourceReadError extends Error {}

/** Normalises a path relative to the root; returns null when it escapes the root. */
export function normalizeRelative(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** A path under a `node_modules/` folder (only vendored catalog packages get this far). */
export function isVendoredPath(path: string): boolean {
  return /(^|\/)node_modules\//.test(path);
}

/**
 * Directories never scanned, wherever they are: `.git/`, and `node_modules/` except the
 * `package.json` of a vendored catalog package (catalog/vendored.ts).
 */
export function isSkippedPath(path: string): boolean {
  if (!/(^|\/)(node_modules|\.git)(\/|$)/.test(path)) return false;
  if (/(^|\/)\.git(\/|$)/.test(path)) return true;
  return vendoredPackageName(path) === null;
}
