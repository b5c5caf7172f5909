import type { Ecosystem } from '../model/component.js';

/** The canonical form of a name for comparison in its ecosystem. */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return name.toLowerCase().replace(/[-_.]+/g, '-'); // PEP 503
    case 'vscode-extension': // publisher.name, case-insensitive
    case 'devcontainer-feature': // OCI ids are lowercase
    case 'github-action': // owner/repo, case-insensitive on GitHub
    case 'homebrew':
    case 'installer':
    case 'oci-image': // image repositories are lowercase
      return name.toLowerCase();
    default:
      return name; // npm and jsr names are case-sensitive (and lowercase when published)
  }
}

/**
 * A name glob: `*` is any run of characters (including `/`, so `@anthropic-ai/*` and `*` cover
 * scoped names and `owner/*` covers every action of an owner), `?` one character; nothing else is
 * special. Matched by the classic two-pointer wildcard algorithm: O(pattern × name) at worst, no
 * regular-expression backtracking on hostile patterns.
 */
export function globMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Whether a name matches an exact name or a `*` glob, in the ecosystem's comparison. */
export function nameMatches(ecosystem: Ecosystem, pattern: string, name: string): boolean {
  const p = normalizeName(ecosystem, pattern);
  const n = normalizeName(ecosystem, name);
  if (!p.includes('*') && !p.includes('?')) return p === n;
  return globMatches(p, n);
}
