// Renames between base and head: which head path a base file moved to, so that a move keeps its
// findings' identity (a move introduces nothing).
import { createHash } from 'node:crypto';
import type { FileSource } from '../sources/source.js';

/** Head path → the base path it was moved from (both relative to the scanned root). */
export type Renames = ReadonlyMap<string, string>;

/** A source that names a file's content by its git blob id (git, the GitHub API). */
export interface BlobIdSource extends FileSource {
  blobId(path: string): Promise<string | null>;
}

export function hasBlobIds(s: FileSource): s is BlobIdSource {
  return typeof (s as Partial<BlobIdSource>).blobId === 'function';
}

/**
 * Adds the exact moves the known renames do not cover: a changed head file (of `headPaths`: the
 * ones whose pairing can matter) whose content is the content a base file of `basePaths` had,
 * where that base file is gone or changed at head.
 * GitHub's pull-request file list calls two swapped files "modified" (it does not break rewrites
 * as `git diff -B` does), and git does not break two similar files; their contents still pair
 * them. Content is named by blob id where both sources have them, else by a hash of the bytes
 * (at most `maxBytes`; a file that cannot be read pairs nothing). Each path pairs once.
 */
export async function withExactRenames(
  base: FileSource,
  head: FileSource,
  headPaths: Iterable<string>,
  basePaths: Iterable<string>,
  known: Renames,
  maxBytes: number,
): Promise<Map<string, string>> {
  const out = new Map(known);
  const wanted = [...new Set(headPaths)].filter((p) => !out.has(p)).sort();
  if (wanted.length === 0) return out;
  const useIds = hasBlobIds(base) && hasBlobIds(head);
  const id = async (s: FileSource, p: string): Promise<string | null> => {
    try {
      if (useIds) {
        const v = await (s as BlobIdSource).blobId(p);
        // A link that cannot be followed is not content.
        return v === null || v.startsWith('link:') ? null : v;
      }
      const bytes = await s.read(p, maxBytes);
      return bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
    } catch {
      return null;
    }
  };
  const takenFrom = new Set(known.values());
  const headIds = new Map<string, string>();
  for (const p of wanted) {
    const h = await id(head, p);
    // A file whose content is what it was at base did not move here.
    if (h !== null && (await id(base, p)) !== h) headIds.set(p, h);
  }
  const wantedIds = new Set(headIds.values());
  const baseIds = new Map<string, string[]>();
  for (const q of [...new Set(basePaths)].sort()) {
    if (takenFrom.has(q)) continue;
    const b = await id(base, q);
    // A base file still there unchanged did not move (a copy is not a move).
    if (b === null || !wantedIds.has(b) || (await id(head, q)) === b) continue;
    const list = baseIds.get(b);
    if (list) list.push(q);
    else baseIds.set(b, [q]);
  }
  for (const [p, h] of headIds) {
    const from = baseIds.get(h)?.find((q) => q !== p && !takenFrom.has(q));
    if (from === undefined) continue;
    out.set(p, from);
    takenFrom.add(from);
  }
  return out;
}
