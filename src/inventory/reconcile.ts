import { isVendoredPath } from '../sources/source.js';
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { detectors } from '../detectors/index.js';
import type { Component, Detector, Ecosystem } from '../model/component.js';
import { normalizeName } from '../policy/names.js';
import { linkLocalArchives } from './archives.js';

/**
 * The sources of manifest components (package.json, pyproject.toml, Pipfile, requirements files)
 * and of lockfile components by ecosystem, from the detectors' declared roles: a lockfile pins
 * what a manifest in its folder subtree declares.
 */
const MANIFESTS = new Set(detectors.filter((d) => d.role === 'manifest').flatMap(sourcesOf));
const LOCKFILES = new Map(
  detectors
    .filter((d) => d.role === 'lockfile')
    .flatMap((d) => sourcesOf(d).map((s) => [s, d.ecosystems] as const)),
);
const manifestDetectors = detectors.filter((d) => d.role === 'manifest');

function sourcesOf(d: Detector): readonly string[] {
  return d.sources ?? [d.id];
}

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

function isWithin(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}

/** Whether a component is a manifest's registry dependency, which a lockfile may pin. */
export function isManifestEntry(c: Component): boolean {
  return MANIFESTS.has(c.source) && c.sourceKind === 'registry';
}

/** Whether a path names a manifest file (the streamed audit reads those first). */
export function isManifestPath(path: string): boolean {
  return !isVendoredPath(path) && manifestDetectors.some((d) => d.matches(path));
}

/**
 * Drops manifest entries (package.json, pyproject.toml, Pipfile) that a lockfile governing the same
 * folder already pins to a version the manifest accepts: the lockfile's concrete version is what
 * gets installed, and it is judged at the lockfile's line. A manifest entry the lockfile does not
 * satisfy (a stale lockfile, a dependency added without re-locking) is kept, so that it cannot
 * slip past the gate: it is judged by its own pin, or resolved from the registry.
 */
export function reconcileManifests(components: readonly Component[]): Component[] {
  // Installs from a committed archive first take the archive's identity (archives.ts).
  const linked = linkLocalArchives(components);
  const lockfiles = new LockedVersions();
  for (const c of linked) lockfiles.note(c);
  return linked.filter((c) => !isManifestEntry(c) || !lockfiles.pins(c));
}

/**
 * The versions lockfiles pin, per lockfile folder, ecosystem and normalised name, gathered one
 * component at a time. With `wanted` (normalised names by ecosystem, as `wantedKey` makes them),
 * only those names are remembered, and their strings are copied: a name or version sliced from a
 * lockfile's text would otherwise keep the whole text alive.
 */
export class LockedVersions {
  private readonly byFolder = new Map<
    string,
    { dir: string; eco: Ecosystem; byName: Map<string, string[]> }
  >();

  constructor(private readonly wanted?: ReadonlyMap<string, string>) {}

  /** Remembers a lockfile entry's version (other components are ignored). */
  note(c: Component): void {
    if (c.version === null || !LOCKFILES.get(c.source)?.includes(c.ecosystem)) return;
    let name = normalizeName(c.ecosystem, c.name);
    let version = c.version;
    if (this.wanted) {
      const own = this.wanted.get(wantedKey(c.ecosystem, name));
      if (own === undefined) return;
      name = own;
      version = detach(version);
    }
    const dir = dirOf(c.location.file);
    const key = `${dir}\u0000${c.ecosystem}`;
    let folder = this.byFolder.get(key);
    if (!folder) this.byFolder.set(key, (folder = { dir, eco: c.ecosystem, byName: new Map() }));
    const list = folder.byName.get(name);
    if (list) list.push(version);
    else folder.byName.set(name, [version]);
  }

  /** Whether a lockfile at or above a manifest entry's folder pins a version it accepts. */
  pins(manifest: Component): boolean {
    const dir = dirOf(manifest.location.file);
    const name = normalizeName(manifest.ecosystem, manifest.name);
    for (const l of this.byFolder.values()) {
      if (l.eco !== manifest.ecosystem || !isWithin(dir, l.dir)) continue;
      const versions = l.byName.get(name);
      if (versions && versions.some((v) => accepts(manifest, v))) return true;
    }
    return false;
  }
}

/** The key of `LockedVersions`' `wanted` map for a normalised name. */
export function wantedKey(ecosystem: Ecosystem, normalizedName: string): string {
  return `${ecosystem}\u0000${normalizedName}`;
}

/** A copy of a string that shares no memory with the text it may have been sliced from. */
function detach(s: string): string {
  // Slicing a concatenation flattens it into a new string first; the slice then points into that.
  return (' ' + s).slice(1);
}

/** Whether a manifest entry accepts a locked version. */
function accepts(manifest: Component, lockedVersion: string): boolean {
  if (manifest.version !== null) return manifest.version === lockedVersion;
  const spec = (manifest.spec ?? '').trim();
  if (manifest.ecosystem === 'pypi') {
    if (spec === '' || spec === '*') return true;
    try {
      return pep440.satisfies(lockedVersion, spec);
    } catch {
      return false;
    }
  }
  const range = spec.replace(/^npm:(?:@[^/@]+\/)?[^@]+@/, '');
  if (semver.validRange(range) !== null) {
    return semver.satisfies(lockedVersion, range, { includePrerelease: true, loose: true });
  }
  // A dist-tag (`latest`) or anything else: the lockfile's entry is what installs.
  return /^[a-z][a-z0-9._-]*$/i.test(range) || range === '';
}
