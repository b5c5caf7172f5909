// A package archive named by a path, where an install reads it: `npm install ./vendor/tool.tgz`,
// `npm i -g file:vendor/tool.tgz`, `pip install vendor/aider_chat-0.50.0-py3-none-any.whl`, a
// `file:` dependency or lockfile `resolved`. What the archive is comes from the archive itself
// (detectors/package-archive.ts); inventory/archives.ts gives the install that identity.
import type { Ecosystem, SourceKind } from '../../model/component.js';
import { distributionFromFilename, normalizePyName } from './python.js';

/** The file endings npm installs a local tarball from (npm-package-arg), and pip's wheels. */
const ARCHIVE_NAME = /\.(?:tgz|tar\.gz|tar|whl)$/i;

/** Whether a path names a package archive (detectors/package-archive.ts reads such files). */
export function isPackageArchivePath(path: string): boolean {
  return ARCHIVE_NAME.test(path);
}

/** The endings each installer reads a local path as a package archive by. */
const INSTALLS_AS_ARCHIVE: Record<'npm' | 'pypi', RegExp> = {
  // npm-package-arg: any other path is a folder.
  npm: /\.(?:tgz|tar\.gz|tar)$/i,
  // pip: wheels and the tar sdists this scan reads.
  pypi: /\.(?:whl|tgz|tar\.gz|tar)$/i,
};

/**
 * The path of a local package archive as written (`file:` and `file://` removed), or null when
 * the text names no such file (a registry spec, a URL, a folder, a file of another kind); with an
 * ecosystem, only a file that ecosystem's installer reads as an archive.
 */
export function localArchivePath(text: string, ecosystem?: 'npm' | 'pypi'): string | null {
  let p = text.trim();
  if (/^file:/i.test(p)) {
    p = p.slice(5);
    if (p.startsWith('//')) p = p.slice(2); // file:///abs → /abs
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(p) && !/^[a-z]:[\\/]/i.test(p)) return null;
  p = p.replace(/[?#].*$/s, '');
  if (p === '' || !isPackageArchivePath(p)) return null;
  return ecosystem === undefined || INSTALLS_AS_ARCHIVE[ecosystem].test(p) ? p : null;
}

/** A command's install of a local archive, as the shell reports a package it installs. */
export interface LocalArchiveInstall {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  spec?: string;
  sourceKind: SourceKind;
  resolved: string;
}

/**
 * What installing the archive at `text` brings in, before the archive is read: pip takes a wheel
 * or sdist only under a file name that says its project and version (and refuses one whose
 * metadata disagrees), so that is the component; npm takes any name, so the component is named by
 * the path until the archive's own package.json names it.
 */
export function localArchiveInstall(ecosystem: 'npm' | 'pypi', text: string): LocalArchiveInstall | null {
  const path = localArchivePath(text, ecosystem);
  if (path === null) return null;
  const resolved = path;
  if (ecosystem === 'pypi') {
    const dist = distributionFromFilename(path);
    if (dist)
      return {
        ecosystem,
        name: normalizePyName(dist.name),
        version: dist.version,
        sourceKind: 'file',
        resolved,
      };
  }
  return { ecosystem, name: path, version: null, spec: `file:${path}`, sourceKind: 'file', resolved };
}
