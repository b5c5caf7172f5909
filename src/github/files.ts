// Reading repository contents through the REST API: trees, blobs, contents, pull-request files.
import { createClient, httpStatus, type GitHubClient } from './client.js';

/** One entry of a recursive git tree listing. */
export interface ApiTreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

export class GitHubReadError extends Error {}

/** Every entry of a commit's tree; throws when GitHub truncates the listing. */
export async function readTree(
  client: GitHubClient,
  owner: string,
  repo: string,
  commit: string,
): Promise<ApiTreeEntry[]> {
  const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
  if (data.truncated) {
    throw new GitHubReadError(
      `the tree of ${owner}/${repo}@${commit} is too large for the GitHub API listing; check out the repository (actions/checkout) so it is read with git`,
    );
  }
  return data.tree.map((e) => ({
    path: e.path ?? '',
    mode: e.mode ?? '',
    type: e.type ?? '',
    sha: e.sha ?? '',
    ...(typeof e.size === 'number' ? { size: e.size } : {}),
  }));
}

/** The bytes of a blob. */
export async function readBlob(
  client: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<Uint8Array> {
  const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: sha });
  if (data.encoding !== 'base64' && data.encoding !== 'utf-8') {
    throw new GitHubReadError(`blob ${sha} has an unknown encoding ${data.encoding}`);
  }
  const buf =
    data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}

/**
 * A file's bytes at a ref through the contents API, or null when it does not exist there. Files
 * over 1 MB (whose content the contents API leaves out) are read as blobs.
 */
export async function readContent(
  client: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  ref?: string,
): Promise<Uint8Array | null> {
  let data;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) }));
  } catch (e) {
    if (httpStatus(e) === 404) return null;
    throw e;
  }
  if (Array.isArray(data) || data.type !== 'file') {
    throw new GitHubReadError(`${owner}/${repo}/${path}${ref ? '@' + ref : ''} is not a file`);
  }
  if (data.encoding === 'base64' && data.content) {
    const buf = Buffer.from(data.content, 'base64');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  }
  return readBlob(client, owner, repo, data.sha);
}

/**
 * Reads `path` of `owner/repo` at `ref` (the default branch when empty) as text, for `github:`
 * policy references. Throws when it does not exist or cannot be read.
 */
export async function readGithubFileWith(
  client: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  ref: string,
): Promise<string> {
  const bytes = await readContent(client, owner, repo, path, ref || undefined);
  if (bytes === null)
    throw new GitHubReadError(`github:${owner}/${repo}/${path}${ref ? '@' + ref : ''} does not exist`);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * `readGithubFile` with a client from the environment's token (`GITHUB_TOKEN`, `GH_TOKEN` or the
 * action's `token` input) and `GITHUB_API_URL`.
 */
export async function readGithubFile(
  owner: string,
  repo: string,
  path: string,
  ref: string,
): Promise<string> {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || process.env.INPUT_TOKEN || '';
  if (!token)
    throw new GitHubReadError(`reading github:${owner}/${repo}/${path} needs a token (GITHUB_TOKEN)`);
  return readGithubFileWith(createClient(token), owner, repo, path, ref);
}

/** GitHub lists at most this many files of a pull request. */
export const PULL_FILES_CAP = 3000;

export interface PullFiles {
  /** Paths the pull request changes, on both sides of a rename (relative to the scanned folder). */
  changed: Set<string>;
  /** Files it moves (`status: renamed`): head path → `previous_filename`, both inside the folder. */
  renames: Map<string, string>;
}

/**
 * The files a pull request changes, relative to `prefix`, or null when it changes so many that
 * GitHub's listing is capped (then the caller compares the trees instead). The walk does not start
 * when the event already counts `changedFiles` past the cap, and stops at the cap.
 */
export async function listPullFiles(
  client: GitHubClient,
  owner: string,
  repo: string,
  pullNumber: number,
  options: { prefix?: string; changedFiles?: number } = {},
): Promise<PullFiles | null> {
  if (options.changedFiles !== undefined && options.changedFiles >= PULL_FILES_CAP) return null;
  let count = 0;
  const files = await client.paginate(
    client.rest.pulls.listFiles,
    { owner, repo, pull_number: pullNumber, per_page: 100 },
    (response, done) => {
      count += response.data.length;
      if (count >= PULL_FILES_CAP) done();
      return response.data;
    },
  );
  if (files.length >= PULL_FILES_CAP) return null;
  const inScope = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : '';
  const rel = (p: string | undefined): string | null =>
    p !== undefined && p.startsWith(inScope) && p.length > inScope.length ? p.slice(inScope.length) : null;
  const out: PullFiles = { changed: new Set(), renames: new Map() };
  for (const f of files) {
    const [to, from] = [rel(f.filename), rel(f.previous_filename)];
    if (to !== null) out.changed.add(to);
    if (from !== null) out.changed.add(from);
    if (f.status === 'renamed' && to !== null && from !== null) out.renames.set(to, from);
  }
  return out;
}
