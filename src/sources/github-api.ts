// A commit read through the GitHub REST API (no checkout): one tree listing, blobs on demand.
import type { GitHubClient } from '../github/client.js';
import { httpStatus } from '../github/client.js';
import { readBlob, readTree, type ApiTreeEntry } from '../github/files.js';
import { resolveInTree } from './git.js';
import { isSkippedPath, normalizeRelative, SourceReadError, type FileSource } from './source.js';

/**
 * Blobs read, by client and repository: the base and head sources of one run share them, so a
 * file both commits hold (the policy a pull request does not change) is fetched once.
 */
const blobCaches = new WeakMap<GitHubClient, Map<string, Promise<Uint8Array>>>();

/**
 * The files of `owner/repo` at `commit`, read with the git trees and blobs endpoints. Used when the
 * workspace has no git objects for a commit (e.g. `pull_request_target` without a checkout of the
 * head): only blobs are read, nothing is checked out or run. `prefix` scans a subfolder as root.
 */
export class GitHubApiSource implements FileSource {
  readonly description: string;
  private entries: Promise<Map<string, ApiTreeEntry>> | undefined;
  private readonly blobCache: Map<string, Promise<Uint8Array>>;

  constructor(
    private readonly client: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    readonly commit: string,
    readonly prefix = '',
    private readonly maxFiles = Number.POSITIVE_INFINITY,
  ) {
    this.description = `github:${owner}/${repo}@${commit}${prefix ? ':' + prefix : ''}`;
    let caches = blobCaches.get(client);
    if (!caches) blobCaches.set(client, (caches = new Map()));
    this.blobCache = caches;
  }

  private tree(): Promise<Map<string, ApiTreeEntry>> {
    this.entries ??= (async () => {
      let list: ApiTreeEntry[];
      try {
        list = await readTree(this.client, this.owner, this.repo, this.commit);
      } catch (e) {
        throw new SourceReadError(`cannot list ${this.description}: ${(e as Error).message}`);
      }
      const map = new Map<string, ApiTreeEntry>();
      const base = this.prefix ? this.prefix.replace(/\/+$/, '') + '/' : '';
      for (const e of list) {
        if (e.type !== 'blob' || !e.path.startsWith(base)) continue;
        map.set(e.path.slice(base.length), e);
      }
      if (map.size > this.maxFiles) {
        throw new SourceReadError(
          `${map.size} files in ${this.description} exceed the limit of ${this.maxFiles} files`,
        );
      }
      return map;
    })();
    return this.entries;
  }

  async list(): Promise<string[]> {
    return [...(await this.tree()).keys()].filter((p) => !isSkippedPath(p)).sort();
  }

  private blob(sha: string): Promise<Uint8Array> {
    const key = `${this.owner}/${this.repo}:${sha}`;
    let p = this.blobCache.get(key);
    if (!p) {
      p = readBlob(this.client, this.owner, this.repo, sha).catch((e: unknown) => {
        this.blobCache.delete(key);
        const status = httpStatus(e);
        throw new SourceReadError(
          `the GitHub API did not return it${status !== undefined ? ` (HTTP ${status})` : ''}: ${(e as Error).message}`,
        );
      });
      this.blobCache.set(key, p);
    }
    return p;
  }

  private async resolve(path: string): Promise<ApiTreeEntry | null> {
    return resolveInTree(await this.tree(), path, (e) => this.blob(e.sha));
  }

  async isLink(path: string): Promise<boolean> {
    return (await this.tree()).get(normalizeRelative(path) ?? '')?.mode === '120000';
  }

  async blobId(path: string): Promise<string | null> {
    let e;
    try {
      e = await this.resolve(path);
    } catch (err) {
      // A link that cannot be followed is identified by the link itself.
      const link = (await this.tree()).get(normalizeRelative(path) ?? '');
      if (link) return `link:${link.sha}`;
      throw err;
    }
    return e ? `${e.mode === '100755' ? 'x' : ''}${e.sha}` : null;
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array | null> {
    const e = await this.resolve(path);
    if (!e) return null;
    if (e.size !== undefined && e.size > maxBytes) {
      throw new SourceReadError(`file is ${e.size} bytes, over the limit of ${maxBytes} bytes`);
    }
    const bytes = await this.blob(e.sha);
    if (bytes.length > maxBytes)
      throw new SourceReadError(`file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
    return bytes;
  }
}
