// A repository's tree at one commit through the git trees API: one recursive listing, or, when
// GitHub truncates it, a walk of the sub-trees one level at a time; blobs are fetched on demand.
import type { GitHubClient } from '../github/client.js';
import { readBlob, type ApiTreeEntry } from '../github/files.js';
import { resolveInTree } from '../sources/git.js';
import { isSkippedPath, SourceReadError, type FileSource } from '../sources/source.js';

/** The tree cannot be read within the audit's limits. */
export class TreeTooLargeError extends Error {}

export interface TreeLimits {
  /** Most files (blobs) a repository may have. */
  maxFiles: number;
  /** Most tree requests one repository may take when the recursive listing is truncated. */
  maxTreeRequests: number;
  /** Sub-trees read at once during a walk. */
  concurrency?: number;
}

export interface RepoTree {
  entries: ApiTreeEntry[];
  /** Tree requests made (1 unless the recursive listing was truncated). */
  treeRequests: number;
  /** Whether the recursive listing was truncated and the tree was walked instead. */
  walked: boolean;
}

interface RawEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string;
  size?: number;
}

function entry(e: RawEntry, prefix: string): ApiTreeEntry {
  return {
    path: prefix + (e.path ?? ''),
    mode: e.mode ?? '',
    type: e.type ?? '',
    sha: e.sha ?? '',
    ...(typeof e.size === 'number' ? { size: e.size } : {}),
  };
}

export async function readRepoTree(
  client: GitHubClient,
  owner: string,
  repo: string,
  commit: string,
  limits: TreeLimits,
): Promise<RepoTree> {
  const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
  if (!data.truncated) {
    const entries = data.tree.map((e) => entry(e, ''));
    const files = entries.filter((e) => e.type === 'blob').length;
    if (files > limits.maxFiles)
      throw new TreeTooLargeError(`${files} files exceed the limit of ${limits.maxFiles} files`);
    return { entries, treeRequests: 1, walked: false };
  }
  return walkTree(client, owner, repo, commit, limits, completeSubtrees(data.tree.map((e) => entry(e, ''))));
}

/**
 * The sub-trees a truncated recursive listing already holds completely, by path, each with every
 * entry below it. GitHub lists a tree depth first (a folder, then everything in it, then its next
 * sibling) and truncates the end: a folder is complete once an entry outside it follows. When the
 * listing is not depth first (an entry whose folder is not open), nothing is reused.
 */
export function completeSubtrees(listing: readonly ApiTreeEntry[]): Map<string, ApiTreeEntry[]> {
  const complete = new Map<string, ApiTreeEntry[]>();
  const open: { path: string; start: number }[] = [];
  for (let i = 0; i < listing.length; i++) {
    const e = listing[i]!;
    const parent = e.path.includes('/') ? e.path.slice(0, e.path.lastIndexOf('/')) : '';
    while (open.length > 0 && open[open.length - 1]!.path !== parent) {
      const done = open.pop()!;
      complete.set(done.path, listing.slice(done.start + 1, i));
    }
    if (parent !== '' && open.length === 0) return new Map();
    if (e.type === 'tree') open.push({ path: e.path, start: i });
  }
  return complete;
}

/** Reads a tree level by level (each sub-tree non-recursively), skipping node_modules and .git. */
async function walkTree(
  client: GitHubClient,
  owner: string,
  repo: string,
  commit: string,
  limits: TreeLimits,
  /** Sub-trees the truncated listing holds completely: taken as they are, not requested. */
  known: ReadonlyMap<string, ApiTreeEntry[]> = new Map(),
): Promise<RepoTree> {
  const entries: ApiTreeEntry[] = [];
  const queue: { sha: string; prefix: string }[] = [{ sha: commit, prefix: '' }];
  let treeRequests = 1; // the truncated recursive listing
  let files = 0;
  let failure: Error | undefined;
  const worker = async (): Promise<void> => {
    while (queue.length > 0 && !failure) {
      const { sha, prefix } = queue.shift()!;
      if (treeRequests >= limits.maxTreeRequests) {
        failure = new TreeTooLargeError(
          `the tree is too large for the GitHub API listing and walking it needs more than ${limits.maxTreeRequests} requests`,
        );
        return;
      }
      treeRequests++;
      let data;
      try {
        ({ data } = await client.rest.git.getTree({ owner, repo, tree_sha: sha }));
      } catch (e) {
        failure = e as Error;
        return;
      }
      if (data.truncated) {
        failure = new TreeTooLargeError(
          `the folder ${prefix || '/'} has too many entries for the GitHub API listing`,
        );
        return;
      }
      const add = (e: ApiTreeEntry): boolean => {
        if (e.type === 'blob' && ++files > limits.maxFiles) {
          failure = new TreeTooLargeError(
            `more than ${limits.maxFiles} files: over the limit of ${limits.maxFiles} files`,
          );
          return false;
        }
        entries.push(e);
        return true;
      };
      for (const raw of data.tree) {
        const e = entry(raw, prefix);
        if (e.type !== 'tree') {
          if (!add(e)) return;
          continue;
        }
        if (isSkippedPath(e.path)) continue;
        const below = known.get(e.path);
        if (!below) {
          queue.push({ sha: e.sha, prefix: e.path + '/' });
          continue;
        }
        // What walking it would add: the entries that are not folders, outside node_modules and .git.
        for (const d of below) {
          if (d.type === 'tree' || isSkippedPath(d.path.slice(0, d.path.lastIndexOf('/')))) continue;
          if (!add(d)) return;
        }
      }
    }
  };
  // Workers take sub-trees as earlier reads add them; when every worker has stopped on an empty
  // queue while the last reads were adding more, a new round starts.
  const width = Math.max(1, limits.concurrency ?? 4);
  do {
    await Promise.all(Array.from({ length: Math.min(width, Math.max(1, queue.length)) }, worker));
  } while (queue.length > 0 && !failure);
  if (failure) throw failure;
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, treeRequests, walked: true };
}

/** The files of a listed tree, read blob by blob through the API (each blob at most once). */
export class ApiTreeSource implements FileSource {
  readonly description: string;
  private readonly byPath = new Map<string, ApiTreeEntry>();
  private readonly blobs = new Map<string, Promise<Uint8Array>>();

  constructor(
    private readonly client: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    readonly commit: string,
    entries: readonly ApiTreeEntry[],
  ) {
    this.description = `github:${owner}/${repo}@${commit}`;
    for (const e of entries) if (e.type === 'blob') this.byPath.set(e.path, e);
  }

  list(): Promise<string[]> {
    return Promise.resolve([...this.byPath.keys()].filter((p) => !isSkippedPath(p)).sort());
  }

  private blob(sha: string): Promise<Uint8Array> {
    let p = this.blobs.get(sha);
    if (!p) {
      p = readBlob(this.client, this.owner, this.repo, sha).catch((e: unknown) => {
        this.blobs.delete(sha);
        throw new SourceReadError(
          `cannot be read from the GitHub API: ${(e as Error).message.split('\n')[0]}`,
        );
      });
      this.blobs.set(sha, p);
    }
    return p;
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array | null> {
    const e = await resolveInTree(this.byPath, path, (link) => this.blob(link.sha));
    if (!e) return null;
    if (e.mode === '160000') throw new SourceReadError('not a regular file');
    if (e.size !== undefined && e.size > maxBytes) {
      throw new SourceReadError(`file is ${e.size} bytes, over the limit of ${maxBytes} bytes`);
    }
    const bytes = await this.blob(e.sha);
    if (bytes.length > maxBytes)
      throw new SourceReadError(`file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
    return bytes;
  }
}
