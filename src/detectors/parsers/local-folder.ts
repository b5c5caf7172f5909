// A package folder named by a path, where an install reads it: `npm i -g ./vendor/cc`,
// `npm install vendor/cc/`, `pnpm add file:vendor/cc`, a `"cc": "file:vendor/cc"` dependency, a
// lockfile entry resolved to `file:vendor/cc`. npm-package-arg decides what a spec is, as npm
// does: a bare `vendor/cc` is GitHub's `vendor/cc`, not a folder; `vendor/cc/` and `./vendor/cc`
// are folders. What the folder is comes from its own package.json (detectors/package-folder.ts);
// inventory/archives.ts gives the install that identity.
import npa from 'npm-package-arg';
import type { LocalArchiveInstall } from './local-archive.js';

/**
 * Where npm-package-arg resolves a relative path from: only its relative form is kept, so the
 * folder is deep enough that a path climbing out (`../../x`) stays relative.
 */
const HERE = '/' + Array.from({ length: 64 }, () => '_').join('/');

/**
 * The folder a spec installs, as npm saves it (`file:` removed, relative paths normalised: `''`
 * is the folder the spec is read from), or null when the spec names no folder (a registry spec,
 * git, a URL, an archive). A `name@file:…` spec gives its name too.
 */
export function localFolderSpec(text: string): { path: string; name?: string } | null {
  const t = text.trim();
  // npm-package-arg reads a drive letter as a Windows path only on Windows; no folder here is one.
  if (t === '' || /^(?:link|portal|workspace):/i.test(t)) return null;
  let parsed: ReturnType<typeof npa>;
  try {
    parsed = npa(t, HERE);
  } catch {
    return null;
  }
  if (parsed.type !== 'directory' || typeof parsed.saveSpec !== 'string') return null;
  let path = parsed.saveSpec.replace(/^file:/i, '');
  if (path.startsWith('//')) path = path.slice(2);
  path = path.replace(/\/+$/, '');
  return parsed.name ? { path, name: parsed.name } : { path };
}

/** The folder a spec installs (see `localFolderSpec`), or null. */
export function localFolderPath(text: string): string | null {
  return localFolderSpec(text)?.path ?? null;
}

/**
 * What installing the folder at `text` brings in, before its package.json is read: named by its
 * path (`file:vendor/cc`, which no registry name can be) until the folder's package.json names it;
 * a `cc@file:vendor/cc` spec names it `cc` (the alias it is installed under).
 */
export function localFolderInstall(text: string): LocalArchiveInstall | null {
  const folder = localFolderSpec(text);
  if (folder === null) return null;
  const resolved = `file:${folder.path}`;
  return {
    ecosystem: 'npm',
    name: folder.name ?? resolved,
    version: null,
    spec: resolved,
    sourceKind: 'file',
    resolved,
  };
}

/**
 * A local install (archive or folder) read after `cd dir` in the same script: its relative path
 * from the script's folder. An absolute path, a home path or a URL is left as it is.
 */
export function afterCd<T extends { name: string; spec?: string; resolved?: string }>(
  install: T,
  dir: string,
): T {
  const r = install.resolved;
  if (r === undefined || dir === '') return install;
  const file = /^file:/i.test(r) ? r.slice(0, 5) : '';
  const path = r.slice(file.length);
  if (path.startsWith('//') || /^(?:[/\\~]|[a-z]:|[a-z][a-z0-9+.-]*:)/i.test(path)) return install;
  const moved = `${file}${dir}/${path}`;
  return {
    ...install,
    resolved: moved,
    ...(install.name === r ? { name: moved } : {}),
    ...(install.spec === r || install.spec === `file:${path}` ? { spec: `file:${dir}/${path}` } : {}),
  };
}

// The working directory as a script or a CI job spells it: the shell's `$PWD`/`$(pwd)`, and the
// variables CI systems set to the checkout (GitHub, GitLab, Bitbucket, CircleCI, Jenkins, Azure
// Pipelines, Woodpecker, Drone). The scan does not know their values, but a path under them is a
// path in the repository.
const WORKDIR =
  /^(?:\$\{?PWD\}?|\$\(\s*pwd\s*\)|`\s*pwd\s*`|\$\{?(?:GITHUB_WORKSPACE|CI_PROJECT_DIR|BITBUCKET_CLONE_DIR|CIRCLE_WORKING_DIRECTORY|WORKSPACE|BUILD_SOURCESDIRECTORY|SYSTEM_DEFAULTWORKINGDIRECTORY|CI_WORKSPACE|DRONE_WORKSPACE)\}?|\$\{\{\s*github\.workspace\s*\}\})\/+([^$`'"\\]+)$/;

/**
 * `$PWD/vendor/cc`, `${GITHUB_WORKSPACE}/vendor/cc.tgz` (as written, its variable unknown) as the
 * relative path it names (`./vendor/cc`); null for anything else, or a path that climbs out.
 */
export function underWorkdir(text: string): string | null {
  const m = WORKDIR.exec(text.trim());
  // A path that climbs out (`$PWD/../x`) leaves the checkout when the job runs at its root: where
  // it lands is not known.
  if (!m || m[1]!.split('/').includes('..')) return null;
  return `./${m[1]!}`;
}
