// A truncated recursive tree listing: the sub-trees it already holds completely are reused, the
// others walked; the files found are the files of the whole tree either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import type { ApiTreeEntry } from '../../src/github/files.js';
import { completeSubtrees, readRepoTree } from '../../src/org/tree.js';
import { isSkippedPath } from '../../src/sources/source.js';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';

const FILES: Record<string, string> = {
  'README.md': 'r\n',
  'apps/web/package-lock.json': '{}\n',
  'apps/web/src/index.js': 'x\n',
  'apps/api/pins.txt': 'a@1\n',
  'apps/api/node_modules/evil/pins.txt': 'b@1\n',
  'docs/guide.md': 'g\n',
  'libs/a/b/c/deep.txt': 'd\n',
  'libs/z.txt': 'z\n',
  'node_modules/x/pins.txt': 'c@1\n',
  'tools/setup.sh': 'true\n',
};

let server: GitHubServer;
let listing: ApiTreeEntry[];
beforeAll(async () => {
  const dir = makeRepo(FILES);
  git(dir, 'branch', 'org/mono');
  server = new GitHubServer('acme', 'unused', dir);
  server.org = { login: 'acme', repos: [{ name: 'mono', branch: 'org/mono' }] };
  await server.start();
  const out = git(dir, 'ls-tree', '-r', '-t', '-l', 'HEAD');
  listing = out.split('\n').map((rec) => {
    const [meta, path] = rec.split('\t') as [string, string];
    const [mode, type, sha] = meta.split(/ +/) as [string, string, string];
    return { path, mode, type, sha };
  });
});
afterAll(async () => {
  await server.stop();
});

/** What a walk finds: every entry that is not a folder, outside node_modules and .git folders. */
function walked(entries: readonly ApiTreeEntry[]): string[] {
  return entries
    .filter((e) => e.type !== 'tree' && !isSkippedPath(e.path.slice(0, Math.max(0, e.path.lastIndexOf('/')))))
    .map((e) => e.path)
    .sort();
}

describe('readRepoTree on a truncated listing', () => {
  it('finds every file at every truncation point, with fewer requests where folders are complete', async () => {
    const client = createClient('ghs_test', { baseUrl: server.url });
    const commit = git(server.gitDir, 'rev-parse', 'HEAD');
    const trees = listing.filter((e) => e.type === 'tree' && !isSkippedPath(e.path)).length;
    const requests: number[] = [];
    for (let at = 1; at < listing.length; at++) {
      server.org!.repos[0]!.truncateAt = at;
      const tree = await readRepoTree(client, 'acme', 'mono', commit, { maxFiles: 100, maxTreeRequests: 50 });
      expect(tree.walked).toBe(true);
      expect(tree.entries.map((e) => e.path).sort(), `truncated at ${at}`).toEqual(walked(listing));
      // The listing, the root, and each folder not held completely (a walk of every folder: 2 + trees).
      const complete = completeSubtrees(listing.slice(0, at));
      const held = new Set<string>();
      for (const [path, below] of complete) {
        held.add(path);
        for (const d of below) if (d.type === 'tree') held.add(d.path);
      }
      const needed = listing.filter((e) => e.type === 'tree' && !isSkippedPath(e.path) && !held.has(e.path));
      expect(tree.treeRequests, `truncated at ${at}`).toBe(2 + needed.length);
      requests.push(tree.treeRequests);
    }
    expect(Math.max(...requests)).toBe(2 + trees);
    expect(Math.min(...requests)).toBeLessThan(2 + trees - 3);
  });
});

describe('completeSubtrees', () => {
  const e = (path: string, type = 'blob'): ApiTreeEntry => ({ path, type, mode: '100644', sha: path });
  it('a folder is complete once an entry outside it follows', () => {
    const out = completeSubtrees([
      e('a', 'tree'),
      e('a/x'),
      e('a/b', 'tree'),
      e('a/b/y'),
      e('c', 'tree'),
      e('c/z'),
    ]);
    expect([...out.keys()].sort()).toEqual(['a', 'a/b']);
    expect(out.get('a')!.map((x) => x.path)).toEqual(['a/x', 'a/b', 'a/b/y']);
  });
  it('reuses nothing from a listing that is not depth first', () => {
    // Sorted as plain strings ("a-b" between "a" and "a/x"): "a" would look complete and empty.
    expect(completeSubtrees([e('a', 'tree'), e('a-b'), e('a/x')]).size).toBe(0);
  });
});
