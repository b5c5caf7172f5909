import type { Ecosystem } from '../model.js';

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
      return name.toLowerCase();
    default:
      return name; // npm and jsr names are case-sensitive (and lowercase when published)
  }
}

const matcherCache = new Map<string, RegExp>();

/**
 * A name glob: `*` is any run of characters (including `/`, so `@anthropic-ai/*` and `*` cover
 * scoped names and `owner/*` covers every action of an owner), `?` one character; nothing else is
 * special.
 */
function globRegExp(pattern: string): RegExp {
  let re = matcherCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('')
      .replace(/(?:\.\*)+/g, '.*');
    re = new RegExp(`^${body}$`, 's');
    matcherCache.set(pattern, re);
  }
  return re;
}

/** Whether a name matches an exact name or a `*` glob, in the ecosystem's comparison. */
export function nameMatches(ecosystem: Ecosystem, pattern: string, name: string): boolean {
  const p = normalizeName(ecosystem, pattern);
  const n = normalizeName(ecosystem, name);
  if (!p.includes('*') && !p.includes('?')) return p === n;
  return globRegExp(p).test(n);
}
