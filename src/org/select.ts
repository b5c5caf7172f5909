// Which repositories of an organisation an audit covers: name globs with `!` exclusions, archived
// and forked repositories only when asked for.
import picomatch from 'picomatch';
import type { OrgRepository } from './list.js';

export interface RepositorySelection {
  /** Globs over repository names (`api-*`, `acme/web`); empty = every repository. */
  include: string[];
  /** Globs that remove repositories the include globs matched. */
  exclude: string[];
  includeArchived: boolean;
  includeForks: boolean;
}

export class SelectionError extends Error {}

/**
 * Parses the `repositories` input: globs separated by newlines or commas; `!glob` excludes; `#`
 * starts a comment line. A glob with a `/` matches `owner/name`, one without matches the name.
 */
export function parseRepositoryPatterns(text: string): { include: string[]; exclude: string[] } {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const item = raw.trim();
    if (item === '' || item.startsWith('#')) continue;
    const negated = item.startsWith('!');
    const glob = (negated ? item.slice(1) : item).trim();
    if (glob === '') throw new SelectionError(`"${item}" is not a repository glob`);
    if (!/^[A-Za-z0-9._*?[\]{}\-/!]+$/.test(glob) || glob.split('/').length > 2) {
      throw new SelectionError(
        `"${glob}" is not a repository name or glob (letters, digits, . _ - and * ? [ ] { })`,
      );
    }
    (negated ? exclude : include).push(glob);
  }
  return { include, exclude };
}

export interface SelectionResult {
  selected: OrgRepository[];
  excluded: { archived: number; forks: number; patterns: number };
}

function matcher(globs: string[]): (repo: OrgRepository) => boolean {
  const tests = globs.map((g) => {
    const m = picomatch(g.toLowerCase(), { dot: true });
    return g.includes('/')
      ? (r: OrgRepository) => m(r.fullName.toLowerCase())
      : (r: OrgRepository) => m(r.name.toLowerCase());
  });
  return (r) => tests.some((t) => t(r));
}

/** The repositories an audit covers, sorted by full name; names compare case-insensitively. */
export function selectRepositories(
  repos: readonly OrgRepository[],
  selection: RepositorySelection,
): SelectionResult {
  const included = selection.include.length > 0 ? matcher(selection.include) : () => true;
  const excludedByGlob = selection.exclude.length > 0 ? matcher(selection.exclude) : () => false;
  const excluded = { archived: 0, forks: 0, patterns: 0 };
  const selected: OrgRepository[] = [];
  for (const r of repos) {
    if (!included(r) || excludedByGlob(r)) excluded.patterns++;
    else if (r.archived && !selection.includeArchived) excluded.archived++;
    else if (r.fork && !selection.includeForks) excluded.forks++;
    else selected.push(r);
  }
  selected.sort((a, b) => compareNames(a.fullName, b.fullName));
  return { selected, excluded };
}

export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}
