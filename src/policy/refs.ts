// How a policy is named: `builtin:NAME`, `github:OWNER/REPO/PATH@REF` or a path, and how an
// `extends` entry resolves against the file that names it. The one grammar of `github:` policy
// references (the action's input, the CLI's --policy, extends, the org audit's central policy).
import { dirname, posix, resolve } from 'node:path';
import { BUILTIN_NAMES, isBuiltinName } from './builtin.js';
import { PolicyError } from './error.js';

/** Where a policy comes from. `id` identifies it for cycles and locking; `display` names it in messages. */
export type PolicyRef =
  | { kind: 'builtin'; name: (typeof BUILTIN_NAMES)[number]; id: string; display: string }
  | { kind: 'file'; path: string; id: string; display: string }
  | { kind: 'github'; owner: string; repo: string; path: string; ref: string; id: string; display: string };

const GITHUB_REF =
  /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)\/([^@]+)@([^@\s]+)$/;

export function githubRef(text: string): PolicyRef | null {
  const m = GITHUB_REF.exec(text);
  if (!m) return null;
  const path = posix.normalize(m[3]!);
  if (path.startsWith('../') || path === '..' || path.startsWith('/')) return null;
  const id = `github:${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}/${path}@${m[4]!}`;
  return {
    kind: 'github',
    owner: m[1]!,
    repo: m[2]!,
    path,
    ref: m[4]!,
    id,
    display: `github:${m[1]}/${m[2]}/${path}@${m[4]}`,
  };
}

/** Resolves an `extends` entry against the file that names it; a string error when it cannot be. */
export function resolveExtends(entry: string, parent: PolicyRef): PolicyRef | string {
  if (entry.startsWith('builtin:')) {
    return isBuiltinName(entry)
      ? { kind: 'builtin', name: entry, id: entry, display: entry }
      : `unknown built-in policy "${entry}" (known: ${BUILTIN_NAMES.join(', ')})`;
  }
  if (entry.startsWith('github:')) {
    return githubRef(entry) ?? `"${entry}" must be github:OWNER/REPO/PATH@REF`;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(entry) && !/^[A-Za-z]:[\\/]/.test(entry)) {
    return `"${entry}": only builtin:, github: and relative paths can be extended`;
  }
  if (entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)) {
    return `"${entry}" must be a path relative to this file`;
  }
  switch (parent.kind) {
    case 'builtin':
      return `"${entry}": a built-in policy cannot extend a path`;
    case 'file': {
      const path = resolve(dirname(parent.path), entry);
      const display = posix.normalize(posix.join(posix.dirname(parent.display.replace(/\\/g, '/')), entry));
      return { kind: 'file', path, id: path, display };
    }
    case 'github': {
      const path = posix.normalize(posix.join(posix.dirname(parent.path), entry));
      if (path.startsWith('../') || path === '..')
        return `"${entry}" leaves the repository ${parent.owner}/${parent.repo}`;
      const ref = githubRef(`github:${parent.owner}/${parent.repo}/${path}@${parent.ref}`);
      return ref ?? `"${entry}" is not a usable path`;
    }
  }
}

export function rootRef(ref: string, baseDir?: string): PolicyRef {
  if (isBuiltinName(ref)) return { kind: 'builtin', name: ref, id: ref, display: ref };
  if (ref.startsWith('builtin:')) {
    throw new PolicyError(ref, 0, 0, `unknown built-in policy (known: ${BUILTIN_NAMES.join(', ')})`);
  }
  if (ref.startsWith('github:')) {
    const g = githubRef(ref);
    if (!g) throw new PolicyError(ref, 0, 0, 'must be github:OWNER/REPO/PATH@REF');
    return g;
  }
  const path = baseDir === undefined ? resolve(ref) : resolve(baseDir, ref);
  return { kind: 'file', path, id: path, display: ref };
}
