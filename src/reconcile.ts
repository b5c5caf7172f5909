import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import type { Component, Ecosystem } from './model.js';
import { normalizeName } from './policy/names.js';

/** Manifest formats whose dependency specs a lockfile beside (or above) them pins. */
const MANIFESTS = new Set(['package.json', 'pyproject.toml', 'Pipfile']);

/** Lockfile formats, by ecosystem, that pin what a manifest in their folder subtree installs. */
const LOCKFILES: Record<string, Ecosystem> = {
  'package-lock.json': 'npm',
  'npm-shrinkwrap.json': 'npm',
  'yarn.lock': 'npm',
  'pnpm-lock.yaml': 'npm',
  'bun.lock': 'npm',
  'bun.lockb': 'npm',
  'deno.lock': 'npm',
  'poetry.lock': 'pypi',
  'uv.lock': 'pypi',
  'pdm.lock': 'pypi',
  'Pipfile.lock': 'pypi',
  'pylock.toml': 'pypi',
};

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

function isWithin(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}

/**
 * Drops manifest entries (package.json, pyproject.toml, Pipfile) that a lockfile governing the same
 * folder already pins to a version the manifest accepts: the lockfile's concrete version is what
 * gets installed, and it is judged at the lockfile's line. A manifest entry the lockfile does not
 * satisfy (a stale lockfile, a dependency added without re-locking) is kept, so that it cannot
 * slip past the gate: it is judged by its own pin, or resolved from the registry.
 */
export function reconcileManifests(components: readonly Component[]): Component[] {
  // Locked versions per lockfile folder, ecosystem and normalised name.
  const locked = new Map<string, Map<string, string[]>>();
  for (const c of components) {
    if (LOCKFILES[c.source] !== c.ecosystem || c.version === null) continue;
    const key = `${dirOf(c.location.file)}\u0000${c.ecosystem}`;
    let byName = locked.get(key);
    if (!byName) locked.set(key, (byName = new Map()));
    const name = normalizeName(c.ecosystem, c.name);
    const list = byName.get(name);
    if (list) list.push(c.version);
    else byName.set(name, [c.version]);
  }
  if (locked.size === 0) return [...components];
  const lockDirs = [...locked.keys()].map((k) => {
    const [dir, eco] = k.split('\u0000') as [string, Ecosystem];
    return { dir, eco, byName: locked.get(k)! };
  });
  return components.filter((c) => {
    if (!MANIFESTS.has(c.source) || c.sourceKind !== 'registry') return true;
    const dir = dirOf(c.location.file);
    const name = normalizeName(c.ecosystem, c.name);
    for (const l of lockDirs) {
      if (l.eco !== c.ecosystem || !isWithin(dir, l.dir)) continue;
      const versions = l.byName.get(name);
      if (versions && versions.some((v) => accepts(c, v))) return false;
    }
    return true;
  });
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
