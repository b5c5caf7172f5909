// What changed between a commit and a later commit or the work tree, as git sees it: the paths on
// either side, and the files git pairs as moved (its own rename rule: `-M`, similarity 50% by
// default, with `-B` so that two swapped files pair too).
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { runGit } from './git.js';

export interface GitChanges {
  /** Paths that differ, on both sides of a rename (relative to the scanned folder). */
  changed: Set<string>;
  /** Moved files: head path → base path (both inside the scanned folder). */
  renames: Map<string, string>;
}

const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/**
 * The paths and renames of `git diff --name-status -z` output: every path on either side, and each
 * `R` record's new path → old path (`R` and `C` records name the old path first).
 */
export function parseNameStatus(out: string): { paths: string[]; renames: Map<string, string> } {
  const fields = out.split('\0');
  const paths: string[] = [];
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const code = fields[i++]!;
    if (code === '') continue;
    if (code.startsWith('R') || code.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      paths.push(from, to);
      if (code.startsWith('R')) renames.set(to, from);
    } else paths.push(fields[i++]!);
  }
  return { paths, renames };
}

function diffArgs(base: string, head: string | null, scope: string): string[] {
  return [
    '-c',
    'core.quotepath=off',
    'diff',
    '--name-status',
    '-z',
    '-M',
    '-B',
    '--no-ext-diff',
    '--no-textconv',
    base,
    ...(head ? [head] : []),
    '--',
    scope,
  ];
}

/**
 * The changes under `prefix` from commit `base` to commit `head`, or to the work tree when `head`
 * is null: tracked files changed, added or deleted (staged or not), untracked files git does not
 * ignore, and the moves among them. Git compares contents, so links and files too large to read
 * are compared exactly. Untracked files are paired too: the diff runs on a copy of the index where
 * they are marked intent-to-add (`git add -N`, which writes no object), so a file moved with `mv`
 * and not yet staged is a move as well; the repository's own index is never written.
 */
export async function gitChanges(
  top: string,
  base: string,
  head: string | null,
  prefix = '',
): Promise<GitChanges> {
  if (!COMMIT_ID.test(base)) throw new Error(`"${base}" is not a commit id`);
  if (head !== null && !COMMIT_ID.test(head)) throw new Error(`"${head}" is not a commit id`);
  const scope = prefix ? prefix : '.';
  let diff: string;
  let untracked: string[] = [];
  if (head !== null) diff = await runGit(top, diffArgs(base, head, scope));
  else {
    untracked = (
      await runGit(top, [
        '-c',
        'core.quotepath=off',
        'ls-files',
        '-z',
        '--others',
        '--exclude-standard',
        '--full-name',
        '--',
        scope,
      ])
    )
      .split('\0')
      .filter((p) => p !== '');
    diff =
      (untracked.length > 0 ? await diffWithIntentToAdd(top, base, scope, untracked) : null) ??
      (await runGit(top, diffArgs(base, null, scope)));
  }
  const parsed = parseNameStatus(diff);
  const inScope = prefix ? `${prefix}/` : '';
  const rel = (p: string): string | null => (p.startsWith(inScope) ? p.slice(inScope.length) : null);
  const changed = new Set<string>();
  for (const p of [...parsed.paths, ...untracked]) {
    const r = rel(p);
    if (r !== null && r !== '') changed.add(r);
  }
  const renames = new Map<string, string>();
  for (const [to, from] of parsed.renames) {
    const [t, f] = [rel(to), rel(from)];
    if (t && f) renames.set(t, f);
  }
  return { changed, renames };
}

/**
 * `git diff BASE` with the untracked files marked intent-to-add in a copy of the index, or null
 * when that cannot be done (no index yet, a nested repository git refuses to add): the caller then
 * diffs without pairing untracked files, and lists them as added.
 */
async function diffWithIntentToAdd(
  top: string,
  base: string,
  scope: string,
  untracked: string[],
): Promise<string | null> {
  const dir = await mkdtemp(join(tmpdir(), 'aitg-index-'));
  try {
    const indexPath = (await runGit(top, ['rev-parse', '--git-path', 'index'])).trim();
    const index = join(dir, 'index');
    await copyFile(isAbsolute(indexPath) ? indexPath : join(top, indexPath), index);
    const list = join(dir, 'paths');
    // Folders listed with a trailing slash are nested repositories: not files of this tree.
    await writeFile(list, untracked.filter((p) => !p.endsWith('/')).join('\0'));
    const env = { GIT_INDEX_FILE: index };
    await runGit(
      top,
      ['add', '--intent-to-add', '--pathspec-from-file', list, '--pathspec-file-nul'],
      undefined,
      env,
    );
    return await runGit(top, diffArgs(base, null, scope), undefined, env);
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
