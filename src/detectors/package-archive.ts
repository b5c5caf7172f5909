// A package committed as an archive: an npm tarball (`npm pack`'s `.tgz`, or any `.tar.gz`/`.tar`:
// the three endings npm installs a local file from), a Python sdist (`.tar.gz`) or wheel (`.whl`).
// It is judged by its bytes (their sha512/sha256 against the published banned artifacts,
// catalog/artifacts.ts) and by what it says it is: the npm package.json in its top folder (npm
// strips that folder whatever it is called), an sdist's `PKG-INFO`, a wheel's
// `*.dist-info/METADATA`. The file name says nothing: a renamed tarball is still what it holds.
// An archive that holds no package is not one (quiet); one that cannot be read is a located error.
import { createHash } from 'node:crypto';
import { bannedArtifactOf } from '../catalog/artifacts.js';
import type { Component, Detector, DetectInput, DetectorResult, Ecosystem } from '../model/component.js';
import { makeComponent } from './component.js';
import { isPackageArchivePath } from './parsers/local-archive.js';
import { readTarEntries } from './parsers/tar.js';
import { readZipEntry } from './parsers/zip.js';

export const PACKAGE_ARCHIVE_SOURCE = 'package archive';

/** Metadata files are kilobytes; a bound on hostile input, not on honest archives. */
const MAX_METADATA = 4 << 20;
/** Decompressed bytes read at most: more is a gzip bomb, or an archive no package is. */
const MAX_DECOMPRESSED = 1 << 30;

/** The archive's path within its top folder (npm's strip of one level), or null at the top. */
function underTop(path: string): string | null {
  const parts = path.split('/');
  if (parts.length < 2) return null;
  return parts
    .slice(1)
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/** RFC 822-style headers of core metadata (PKG-INFO, METADATA): the first value of each. */
function metadataField(text: string, field: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break; // the headers end at the first blank line; the body follows
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).toLowerCase() === field.toLowerCase())
      return line.slice(colon + 1).trim() || undefined;
  }
  return undefined;
}

interface Identity {
  ecosystem: Ecosystem;
  name: string;
  version: string | undefined;
  /** Which entry said so. */
  from: string;
}

function npmIdentity(entry: string, bytes: Uint8Array): Identity | string | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return `${entry} is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    return `${entry} is not a JSON object`;
  const { name, version } = manifest as { name?: unknown; version?: unknown };
  // A folder's package.json without a name (a project, not a package) installs nothing named.
  if (typeof name !== 'string' || name === '') return null;
  return {
    ecosystem: 'npm',
    name,
    version: typeof version === 'string' && version !== '' ? version : undefined,
    from: entry,
  };
}

function pythonIdentity(entry: string, bytes: Uint8Array): Identity | null {
  const text = new TextDecoder().decode(bytes);
  const name = metadataField(text, 'Name');
  if (!name) return null;
  return { ecosystem: 'pypi', name, version: metadataField(text, 'Version'), from: entry };
}

/** What the archive's own metadata says it is (none: not a package), or a reason it cannot tell. */
async function identitiesOf(path: string, bytes: Uint8Array): Promise<Identity[] | string> {
  if (/\.whl$/i.test(path)) {
    const metadata = readZipEntry(bytes, (n) => /^[^/]+\.dist-info\/METADATA$/.test(n), MAX_METADATA);
    if (typeof metadata === 'string') return `${metadata}: not a wheel`;
    if (metadata === null) return 'no *.dist-info/METADATA: not a wheel';
    const id = pythonIdentity(metadata.name, metadata.bytes);
    return id ? [id] : `${metadata.name} has no Name`;
  }
  // Extraction strips the top folder, so every top folder's file lands in one place: the last wins.
  const entries = await readTarEntries(
    bytes,
    (p) => {
      const inner = underTop(p);
      return inner === 'package.json' || inner === 'PKG-INFO' ? inner : null;
    },
    { maxEntryBytes: MAX_METADATA, maxTotalBytes: MAX_DECOMPRESSED },
  );
  if (typeof entries === 'string') return entries;
  const out: Identity[] = [];
  const pkg = entries.get('package.json');
  if (pkg) {
    const id = npmIdentity(pkg.path, pkg.bytes);
    if (typeof id === 'string') return id;
    if (id) out.push(id);
  }
  const info = entries.get('PKG-INFO');
  if (info) {
    const id = pythonIdentity(info.path, info.bytes);
    if (id) out.push(id);
  }
  return out;
}

/** The archive's hashes as SRI strings: npm's integrity (sha512) and PyPI's digest (sha256). */
function integrityOf(bytes: Uint8Array): string {
  const sri = (algorithm: string) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
  return `${sri('sha512')} ${sri('sha256')}`;
}

export async function scanPackageArchive({
  path,
  bytes,
}: Pick<DetectInput, 'path' | 'bytes'>): Promise<DetectorResult> {
  const integrity = integrityOf(bytes);
  const found = await identitiesOf(path, bytes);
  const identities = typeof found === 'string' ? [] : found;
  const errors = typeof found === 'string' ? [{ file: path, line: 1, message: found }] : [];
  // Bytes before names: the published bytes of a banned version are that version, even when the
  // contents cannot be read.
  const byBytes = bannedArtifactOf(integrity)?.artifact;
  if (byBytes && !identities.some((i) => i.ecosystem === byBytes.ecosystem))
    identities.push({ ...byBytes, from: 'its bytes' });
  const components: Component[] = identities.map((id) =>
    makeComponent({
      ecosystem: id.ecosystem,
      name: id.name,
      version: id.version ?? null,
      ...(id.version === undefined ? { spec: `unknown (no version in ${id.from})` } : {}),
      location: { file: path, line: 1 },
      source: PACKAGE_ARCHIVE_SOURCE,
      sourceKind: 'file',
      integrity,
      resolved: path,
    }),
  );
  return { components, errors };
}

export const packageArchiveDetector: Detector = {
  id: PACKAGE_ARCHIVE_SOURCE,
  role: 'environment',
  syntax: 'binary',
  ecosystems: ['npm', 'pypi'],
  binary: true,
  matches: isPackageArchivePath,
  detect: scanPackageArchive,
};
