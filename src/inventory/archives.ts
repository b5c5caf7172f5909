// An install from a committed package archive takes the archive's identity. The archive is read by
// its own detector (detectors/package-archive.ts: what its package.json or METADATA says, and its
// bytes); the places that install it name it only by path (`npm i -g ./vendor/tool.tgz`, a
// `file:vendor/tool.tgz` dependency, a lockfile's `resolved: "file:vendor/tool.tgz"`,
// `pip install vendor/aider_chat-0.50.0-py3-none-any.whl`). Here, where components of every file
// meet, each such place becomes the package the archive holds, marked `sameInstallationAs` the
// archive: one installation, one finding, at the line that installs it, the archive in its `via`.
// A manifest's `file:` entry that a lockfile above it records from the same archive goes, as a
// registry entry a lockfile pins does (reconcile.ts).
// A package folder is linked the same way (`npm i -g ./vendor/cc`, `"cc": "file:vendor/cc"`, a
// pnpm or yarn entry resolved to `file:vendor/cc`): the folder's package.json says what it is
// (detectors/package-folder.ts). Unlike an archive, a folder nothing installs is no finding: its
// component is only the identity its installs take, and is dropped here.
import { detectors } from '../detectors/index.js';
import { PACKAGE_ARCHIVE_SOURCE } from '../detectors/package-archive.js';
import { localArchivePath } from '../detectors/parsers/local-archive.js';
import { localFolderPath } from '../detectors/parsers/local-folder.js';
import { folderOf, PACKAGE_FOLDER_SOURCE } from '../detectors/package-folder.js';
import type { Component } from '../model/component.js';

const roleOf = new Map(detectors.flatMap((d) => (d.sources ?? [d.id]).map((s) => [s, d.role] as const)));

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

function isWithin(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}

/** `dir/ref` normalised within the tree; null for an absolute path or one that leaves the tree. */
function within(dir: string, ref: string): string | null {
  if (/^(?:[/\\~]|[a-z]:)/i.test(ref)) return null;
  const parts = dir === '' ? [] : dir.split('/');
  for (const p of ref.replace(/\\/g, '/').split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join('/');
}

function baseName(path: string): string {
  return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
}

/** The archive path an install names (`resolved`, or a `file:` spec), when it names one. */
function archiveReference(c: Component): string | null {
  if (isLocalPackage(c) || c.sourceKind !== 'file') return null;
  for (const v of [c.resolved, c.spec]) {
    const p =
      v === undefined
        ? null
        : localArchivePath(v, c.ecosystem === 'npm' || c.ecosystem === 'pypi' ? c.ecosystem : undefined);
    if (p !== null) return p;
  }
  return null;
}

/** The folder path an npm install names (`resolved`, or a `file:` spec), when it names one. */
function folderReference(c: Component): string | null {
  if (c.ecosystem !== 'npm' || c.sourceKind !== 'file' || isLocalPackage(c)) return null;
  for (const v of [c.resolved, c.spec]) {
    const p = v === undefined ? null : localFolderPath(v);
    if (p !== null) return p;
  }
  return null;
}

function isLocalPackage(c: Component): boolean {
  return c.source === PACKAGE_ARCHIVE_SOURCE || c.source === PACKAGE_FOLDER_SOURCE;
}

/** Whether a component is a committed archive or package folder, or an install that names one by path. */
export function touchesLocalArchive(c: Component): boolean {
  return isLocalPackage(c) || archiveReference(c) !== null || folderReference(c) !== null;
}

/**
 * The archive a reference names. npm and pip read a manifest's or a lockfile's path from that
 * file's folder; a command's working directory is not known, so its path is tried from the
 * command's folder, then from the root, then (an absolute path: a copy made into an image) by the
 * file name when exactly one archive is called so.
 */
function archiveFor(
  c: Component,
  ref: string,
  archives: Map<string, Component[]>,
  /** Match only an absolute path by name (folders: a folder name says less than an archive's). */
  byNameOnlyAbsolute = false,
): Component[] | undefined {
  const dir = dirOf(c.location.file);
  const exact = within(dir, ref);
  if (exact !== null && archives.has(exact)) return archives.get(exact);
  const role = roleOf.get(c.source);
  if (role === 'lockfile' || role === 'manifest') return undefined;
  const fromRoot = within('', ref);
  if (fromRoot !== null && archives.has(fromRoot)) return archives.get(fromRoot);
  if (byNameOnlyAbsolute && !ref.startsWith('/')) return undefined;
  const name = baseName(ref.replace(/\/+$/, ''));
  if (name === '') return undefined;
  const named = [...archives.keys()].filter((p) => baseName(p) === name);
  return named.length === 1 ? archives.get(named[0]!) : undefined;
}

function groupBy(components: readonly Component[], source: string, key: (c: Component) => string) {
  const out = new Map<string, Component[]>();
  for (const c of components)
    if (c.source === source) {
      const list = out.get(key(c));
      if (list) list.push(c);
      else out.set(key(c), [c]);
    }
  return out;
}

/**
 * Each component, in order, as the archive or folder it installs makes it (undefined: a manifest
 * entry that a lockfile records from the same archive or folder, and every folder's own
 * component, dropped). Components that touch neither are returned as they are.
 */
export function linkLocalArchivesAligned(components: readonly Component[]): (Component | undefined)[] {
  const archives = groupBy(components, PACKAGE_ARCHIVE_SOURCE, (c) => c.location.file);
  const folders = groupBy(components, PACKAGE_FOLDER_SOURCE, (c) => folderOf(c.location.file));
  if (archives.size === 0 && folders.size === 0) return [...components];
  const linked = components.map((c) => {
    const ref = archiveReference(c);
    if (ref !== null) {
      const archive = archiveFor(c, ref, archives)?.find((a) => a.ecosystem === c.ecosystem);
      return { c: archive ? installedFrom(c, archive) : c, archive };
    }
    const folderRef = folderReference(c);
    if (folderRef === null) return { c, archive: undefined };
    const folder = archiveFor(c, folderRef, folders, true)?.[0];
    if (!folder) return { c, archive: undefined };
    // The version is written in the folder's package.json: that is where a fix goes.
    return { c: { ...installedFrom(c, folder), versionFrom: folder.location }, archive: folder };
  });
  // Folders whose lockfiles record an install from each archive or folder.
  const lockedFrom = new Map<string, string[]>();
  const lockedIn = (local: Component, lockfile: Component) => {
    const dirs = lockedFrom.get(local.location.file) ?? [];
    dirs.push(dirOf(lockfile.location.file));
    lockedFrom.set(local.location.file, dirs);
  };
  for (const { c, archive } of linked)
    if (archive && roleOf.get(c.source) === 'lockfile') lockedIn(archive, c);
  const out = linked.map(({ c, archive }) => {
    if (!archive || roleOf.get(c.source) !== 'manifest') return c;
    const dir = dirOf(c.location.file);
    return lockedFrom.get(archive.location.file)?.some((l) => isWithin(dir, l)) ? undefined : c;
  });
  // A folder stays only where an install of it stays: there it is the other view of that
  // installation (its place goes into the finding's `via`, policy/installations.ts).
  const installed = new Set<Component>();
  linked.forEach(({ archive }, i) => {
    if (archive && out[i] !== undefined) installed.add(archive);
  });
  return out.map((c) => (c && c.source === PACKAGE_FOLDER_SOURCE && !installed.has(c) ? undefined : c));
}

/** `linkLocalArchivesAligned` without the dropped entries. */
export function linkLocalArchives(components: readonly Component[]): Component[] {
  // The common case (no archive or folder in the tree) costs one pass and no copy.
  if (!components.some(isLocalPackage)) return components as Component[];
  return linkLocalArchivesAligned(components).filter((c): c is Component => c !== undefined);
}

/** An install that reads `archive` (or a folder), as the package it holds. */
function installedFrom(c: Component, archive: Component): Component {
  const { spec: _spec, versionNote: _note, alias: _alias, ...rest } = c;
  // A manifest's or lockfile's own name for it (`"x": "file:vendor/tool.tgz"`) is its alias; a
  // command names it by its path (no name).
  const alias =
    c.alias ??
    (c.ecosystem === 'npm' && c.name !== c.resolved && c.name !== archive.name ? c.name : undefined);
  return {
    ...rest,
    ecosystem: archive.ecosystem,
    name: archive.name,
    version: archive.version,
    ...(archive.spec !== undefined ? { spec: archive.spec } : {}),
    purl: archive.purl,
    ...((c.integrity ?? archive.integrity) !== undefined
      ? { integrity: c.integrity ?? archive.integrity }
      : {}),
    ...(alias !== undefined && alias !== archive.name ? { alias } : {}),
    sameInstallationAs: { ecosystem: archive.ecosystem, name: archive.name, location: archive.location },
  };
}
