// The package keys of pnpm-lock.yaml in each era's syntax: `/name/1.0.0_peers` (5.x),
// `/name@1.0.0(peers)` (6.x), `name@1.0.0(peers)` (7.0 and 9.x), and the keys pnpm writes for
// runtimes and non-registry sources.

/** 5 = `/name/1.0.0_peers`, 6 = `/name@1.0.0(peers)`, 9 = `name@1.0.0(peers)` (7.0 and 9.x). */
export type PnpmEra = 5 | 6 | 9;

export interface KeyParts {
  name: string;
  version: string;
}

/** Name and version of a registry-style package key (or importer version reference), or null. */
export function parsePackageKey(key: string, era: PnpmEra): KeyParts | null {
  let k = key.startsWith('/') ? key.slice(1) : key;
  if (era === 5) {
    // `[host/]name/version[_peers]` or `[host/]@scope/name/version[_peers]`; peers never hold "/"
    // before the version segment, and names may contain "_" (string_decoder).
    const segments = k.split('/');
    let i = 0;
    if (segments.length >= 3 && !segments[0]!.startsWith('@') && !/^\d/.test(segments[1]!)) i = 1; // a registry host
    let name: string;
    if (segments[i]?.startsWith('@')) {
      name = `${segments[i]}/${segments[i + 1] ?? ''}`;
      i += 2;
    } else {
      name = segments[i] ?? '';
      i += 1;
    }
    const rest = segments.slice(i).join('/');
    const underscore = rest.indexOf('_');
    const version = underscore === -1 ? rest : rest.slice(0, underscore);
    return validParts(name, version);
  }
  const paren = k.indexOf('(');
  if (paren !== -1) k = k.slice(0, paren);
  const at = k.indexOf('@', k.startsWith('@') ? 1 : k.indexOf('/@') + 2);
  if (at <= 0) return null;
  let name = k.slice(0, at);
  const version = k.slice(at + 1);
  // A registry host prefix (`registry.example.com/name@1.0.0`).
  const scoped = name.indexOf('/@');
  if (scoped !== -1) name = name.slice(scoped + 1);
  else if (!name.startsWith('@') && name.includes('/')) name = name.slice(name.lastIndexOf('/') + 1);
  return validParts(name, version);
}

function validParts(name: string, version: string): KeyParts | null {
  if (name === '' || version === '' || version.includes(':') || version.includes('/')) return null;
  if (name.charCodeAt(0) === 46 || name.includes(':')) return null;
  const slash = name.indexOf('/');
  if (name.charCodeAt(0) === 64) {
    // `@scope/name`: exactly one "/", with text on both sides.
    if (slash <= 1 || slash === name.length - 1 || name.indexOf('/', slash + 1) !== -1) return null;
  } else if (slash !== -1) return null;
  return { name, version };
}

/** The name part of a pnpm 9 non-registry key (`name@https://…`, `name@file:…`). */
export function keyName(key: string): string | null {
  const k = key.startsWith('/') ? key.slice(1) : key;
  const at = k.indexOf('@', k.startsWith('@') ? 1 : 0);
  if (at <= 0) return null;
  const name = k.slice(0, at);
  return /^(@[^/@:]+\/)?[^/@:]+$/.test(name) ? name : null;
}

/** `name@runtime:<version>` keys of pnpm 10+ runtime dependencies (node, deno, bun). */
export function runtimeKey(key: string): KeyParts | null {
  if (!key.includes('@runtime:')) return null;
  const m = /^\/?((?:@[^/@]+\/)?[^/@]+)@runtime:([^()]+)$/.exec(key);
  return m ? { name: m[1]!, version: m[2]! } : null;
}
