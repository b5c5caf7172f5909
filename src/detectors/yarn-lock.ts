// yarn.lock: one detector for both formats. Yarn classic (v1) files are read by the classic
// scanner, yarn berry (v2+, `__metadata:`) files by the berry scanner; both are line scanners
// checked against yarn's own parsers in the tests.
import type {
  Component,
  Detector,
  DetectInput,
  DetectorResult,
  ScanError,
  SourceKind,
} from '../model/component.js';
import semver from 'semver';
import { makeComponent } from './component.js';
import { isValidPackageName } from './parsers/npm-spec.js';
import { scanYarnBerry, type BerryEntry } from './yarn/berry.js';
import { scanYarnClassic, type ClassicEntry } from './yarn/classic.js';
import { yarnKeyNames, yarnSegments } from './yarn/segments.js';
import { detectScreened } from './parsers/screened-entries.js';
import { classifyLocation, isGitSource, splitDescriptor } from './parsers/source-url.js';
import { parseTarballUrl, tarballName, tarballPackage } from './parsers/tarball-url.js';

const source = 'yarn.lock';

/** Berry `__metadata.version` values this reader was built and tested against. */
const knownBerryVersions = { min: 4, max: 10 };

export const yarnLockDetector: Detector = {
  id: source,
  role: 'lockfile',
  syntax: 'text',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (path) => path === 'yarn.lock' || path.endsWith('/yarn.lock'),
  detect: (input: DetectInput): DetectorResult =>
    detectScreened(input, {
      ecosystems: ['npm'],
      segment: yarnSegments,
      keyNames: yarnKeyNames,
      parse: (text) => detectYarnLock(input.path, text, input.limits.maxDepth),
    }),
};

export function detectYarnLock(file: string, text: string, maxDepth = 512): DetectorResult {
  return isBerry(text) ? detectBerry(file, text, maxDepth) : detectClassic(file, text, maxDepth);
}

/** Berry files start (after comments) with `__metadata:`; classic files never have it. */
export function isBerry(text: string): boolean {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 200)).trimEnd();
    pos = nl + 1;
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('__metadata:') || line.startsWith('"__metadata":')) return true;
    // Classic fields are `key value`; berry fields are `key: value`. Decide by the first field.
    if (/^ {2}"?[A-Za-z]+"?:( |$)/.test(line)) return true;
    if (/^ /.test(line)) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Yarn classic

interface Descriptor {
  /** The name as written in the key (the alias, when aliased). */
  name: string;
  /** The real package name (the `npm:` target for aliases). */
  realName: string;
  range: string;
}

function classicDescriptor(key: string): Descriptor | null {
  const d = splitDescriptor(key);
  if (!d) return null;
  if (d.range.startsWith('npm:')) {
    const inner = d.range.slice(4);
    const target = splitDescriptor(inner);
    if (target && inner.indexOf('@', inner.startsWith('@') ? 1 : 0) > 0) {
      return { name: d.name, realName: target.name, range: target.range };
    }
    // `alias@npm:pkg`: yarn 1 writes the target without a range for `"alias": "npm:pkg"`; a range
    // alone (`alias@npm:^1.0.0`) is a range of the declared name.
    if (semver.validRange(inner) === null && isValidPackageName(inner)) {
      return { name: d.name, realName: inner, range: '' };
    }
    return { name: d.name, realName: d.name, range: inner };
  }
  return { name: d.name, realName: d.name, range: d.range };
}

function detectClassic(file: string, text: string, maxDepth: number): DetectorResult {
  const scan = scanYarnClassic(text, maxDepth);
  const errors: ScanError[] = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
  const components: Component[] = [];
  for (const entry of scan.entries) {
    const c = classicComponent(file, entry, errors);
    if (c) components.push(c);
  }
  return { components, errors };
}

function classicComponent(file: string, entry: ClassicEntry, errors: ScanError[]): Component | null {
  const fail = (message: string): void => {
    errors.push({ file, line: entry.line, message });
  };
  const descriptors: Descriptor[] = [];
  for (const key of entry.keys) {
    const d = classicDescriptor(key);
    if (d) descriptors.push(d);
    else fail(`entry key ${JSON.stringify(key)} names no package`);
  }
  if (descriptors.length === 0) return null;
  let name = descriptors[0]!.realName;
  for (const d of descriptors) {
    if (d.realName !== name) {
      fail(`one entry names two packages: ${JSON.stringify(name)} and ${JSON.stringify(d.realName)}`);
      break;
    }
  }
  let version: string | null = entry.version ?? null;
  if (version === null) fail('entry has no version');

  const ranges = descriptors.map((d) => d.range);
  let kind: SourceKind;
  const resolved = entry.resolved;
  if (resolved !== undefined) {
    const t = parseTarballUrl(resolved);
    kind = t !== null ? 'registry' : classifyLocation(resolved);
    if (t !== null) {
      // The tarball is what yarn installs: its name and version must agree with the entry.
      const tName = tarballName(t, name);
      if (tName !== name) {
        // A key whose range is the URL itself (`alias@https://…/-/real-1.0.0.tgz`, as yarn writes
        // for a URL dependency) only names where the package goes: the URL's package is the one.
        // A registry range resolved to another package's tarball is a contradiction.
        if (!ranges.every((r) => /^https?:\/\//i.test(r)))
          fail(`resolved tarball is ${tName}@${t.version} but the entry names ${name}`);
        name = tName;
      }
      if (version !== null && t.version !== version) {
        fail(`resolved tarball is ${name}@${t.version} but the entry's version is ${version}`);
        version = t.version;
      }
    } else if (kind === 'tarball' && ranges.some(isGitSource)) {
      kind = 'git';
    }
  } else if (ranges.some((r) => r.startsWith('link:'))) kind = 'link';
  else if (ranges.some((r) => r.startsWith('file:') || r.startsWith('.') || r.startsWith('/'))) kind = 'file';
  else if (ranges.some(isGitSource)) kind = 'git';
  else if (ranges.some((r) => /^https?:/.test(r))) kind = 'tarball';
  else kind = 'registry';

  const alias = descriptors.find((d) => d.name !== name)?.name;
  const location = { file, line: entry.line };
  const init: Omit<Component, 'purl'> =
    kind === 'link'
      ? {
          ecosystem: 'npm',
          name,
          version: null,
          spec: ranges.find((r) => r.startsWith('link:')) ?? '',
          location,
          source,
          sourceKind: kind,
        }
      : { ecosystem: 'npm', name, version, location, source, sourceKind: kind };
  if (entry.integrity !== undefined) init.integrity = entry.integrity;
  if (alias !== undefined) init.alias = alias;
  if (resolved !== undefined) init.resolved = resolved;
  return makeComponent(init);
}

// ---------------------------------------------------------------------------------------------
// Yarn berry

function detectBerry(file: string, text: string, maxDepth: number): DetectorResult {
  const scan = scanYarnBerry(text, maxDepth);
  const errors: ScanError[] = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
  const components: Component[] = [];
  for (const entry of scan.entries) {
    const c = berryComponent(file, entry, errors);
    if (c) components.push(c);
  }
  const v = scan.metadataVersion;
  if (v === undefined) {
    errors.push({
      file,
      line: scan.metadataLine ?? 1,
      message: 'yarn berry lockfile without __metadata.version',
    });
  } else {
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!(n >= knownBerryVersions.min)) {
      errors.push({
        file,
        line: scan.metadataLine ?? 1,
        message: `unknown yarn lockfile __metadata.version ${v}`,
      });
    } else if (n > knownBerryVersions.max && errors.length > 0) {
      // A newer format read with errors: say so, rather than letting the errors look like damage.
      errors.push({
        file,
        line: scan.metadataLine ?? 1,
        message: `__metadata.version ${v} is newer than the versions this reader knows (${knownBerryVersions.min}–${knownBerryVersions.max}) and did not read cleanly`,
      });
    }
  }
  return { components, errors };
}

/** A berry locator or descriptor reference's protocol kind. */
function berryKind(reference: string): SourceKind {
  if (reference.startsWith('npm:')) return 'registry';
  if (reference.startsWith('workspace:')) return 'workspace';
  if (reference.startsWith('portal:') || reference.startsWith('link:')) return 'link';
  if (reference.startsWith('file:')) return 'file';
  if (/#commit[=:]/.test(reference) || isGitSource(reference)) return 'git';
  // A registry-shaped tarball URL (`…/<name>/-/<name>-<version>.tgz`, any host) is a registry
  // package, as for npm and pnpm lockfiles.
  if (/^https?:\/\//.test(reference)) return parseTarballUrl(reference) ? 'registry' : 'tarball';
  return 'other';
}

/** Placeholder versions yarn writes for sources without a real manifest version. */
function isPlaceholderVersion(v: string): boolean {
  return v === '0.0.0-use.local' || v.startsWith('0.0.0-condition-');
}

function berryComponent(file: string, entry: BerryEntry, errors: ScanError[]): Component | null {
  const fail = (message: string): void => {
    errors.push({ file, line: entry.line, message });
  };
  if (entry.resolution === undefined) {
    fail('entry has no resolution');
    return null;
  }
  const locator = splitDescriptor(entry.resolution);
  if (!locator || locator.range === '') {
    fail(`resolution ${JSON.stringify(entry.resolution)} is not name@reference`);
    return null;
  }
  let name = locator.name;
  let reference = locator.range;
  let kind = berryKind(reference);
  let version: string | null = entry.version ?? null;
  if (version === null) fail('entry has no version');

  if (reference.startsWith('patch:')) {
    // `patch:<name>@<encoded source>#<patch>`: the patched package is the inner source.
    const hash = reference.indexOf('#');
    const inner = safeDecode(reference.slice(6, hash === -1 ? undefined : hash));
    const target = inner === null ? null : splitDescriptor(inner);
    if (!target || target.range === '') {
      fail(`patch resolution ${JSON.stringify(entry.resolution)} has no source package`);
      kind = 'other';
    } else {
      name = target.name;
      reference = target.range;
      kind = berryKind(reference);
    }
  }
  const tarball = kind === 'registry' && !reference.startsWith('npm:') ? parseTarballUrl(reference) : null;
  if (tarball) {
    // A registry tarball URL: what yarn installs is the package and version the URL names.
    const tName = tarballName(tarball, name);
    if (tName !== name) fail(`resolved tarball is ${tName}@${tarball.version} but the entry names ${name}`);
    if (version !== null && tarball.version !== version)
      fail(`resolved tarball is ${tName}@${tarball.version} but the entry's version is ${version}`);
    name = tName;
    version = tarball.version;
  } else if (kind === 'registry') {
    // Yarn binds parameters to a reference after `::` (`npm:1.0.0::__archiveUrl=…`, written for a
    // package whose tarball is not at the registry's conventional URL): not part of the version.
    const bind = reference.indexOf('::');
    const exact = reference.slice(4, bind === -1 ? undefined : bind);
    const at = exact.lastIndexOf('@');
    // An aliased npm reference (`npm:other@1.0.0`) names another package.
    if (at > 0) {
      name = exact.slice(0, at);
      const v = exact.slice(at + 1);
      if (version !== null && v !== version) fail(`resolution version ${v} differs from version ${version}`);
      version = v;
    } else if (version !== null && exact !== version) {
      fail(`resolution version ${exact} differs from version ${version}`);
      version = exact;
    } else if (version === null) version = exact;
    if (bind !== -1) {
      // Yarn downloads the bound archive: a registry tarball of another package or version is what
      // it installs (a banned package cannot hide behind a harmless entry).
      const archive = new URLSearchParams(reference.slice(bind + 2)).get('__archiveUrl');
      const t = archive === null ? null : tarballPackage(archive, name);
      if (t !== null) ({ name, version } = t);
    }
  }
  const placeholder = version !== null && kind !== 'registry' && isPlaceholderVersion(version);

  const descriptors = entry.key.split(/\s*,\s*/);
  let alias: string | undefined;
  for (const d of descriptors) {
    const s = splitDescriptor(d);
    if (s && s.name !== name && alias === undefined) alias = s.name;
  }
  const location = { file, line: entry.line };
  const init: Omit<Component, 'purl'> = placeholder
    ? { ecosystem: 'npm', name, version: null, spec: reference, location, source, sourceKind: kind }
    : { ecosystem: 'npm', name, version, location, source, sourceKind: kind };
  if (entry.checksum !== undefined) init.integrity = entry.checksum;
  if (alias !== undefined) init.alias = alias;
  init.resolved = entry.resolution;
  return makeComponent(init);
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
