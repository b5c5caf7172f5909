import picomatch from 'picomatch';
import type { Ecosystem } from '../model.js';

/** The canonical form of a name for comparison in its ecosystem. */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return name.toLowerCase().replace(/[-_.]+/g, '-'); // PEP 503
    case 'vscode-extension':
    case 'devcontainer-feature':
    case 'github-action':
    case 'homebrew':
      return name.toLowerCase();
    default:
      return name;
  }
}

const matcherCache = new Map<string, (s: string) => boolean>();

/** Whether a name matches an exact name or a `*` glob, in the ecosystem's comparison. */
export function nameMatches(ecosystem: Ecosystem, pattern: string, name: string): boolean {
  const p = normalizeName(ecosystem, pattern);
  const n = normalizeName(ecosystem, name);
  if (!p.includes('*') && !p.includes('?')) return p === n;
  let m = matcherCache.get(p);
  if (!m) {
    m = picomatch(p, { dot: true, nobrace: true, noextglob: true });
    matcherCache.set(p, m);
  }
  return m(n);
}
