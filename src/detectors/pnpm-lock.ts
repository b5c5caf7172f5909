// pnpm-lock.yaml: every `packages` entry of the main document and, in the two-document files pnpm
// 11+ writes, of the env document before it (pnpm itself and config dependencies, which pnpm
// installs), plus the importers' aliased (`npm:`) and `link:` dependencies. Read by a line scanner (./pnpm/scan.ts) checked against the `yaml` library.
import type {
  Component,
  Detector,
  DetectInput,
  DetectorResult,
  ScanError,
  Scope,
  SourceKind,
} from '../model/component.js';
import type { FlowValue } from './parsers/lockfile-yaml.js';
import { makeComponent } from './component.js';
import { scanPnpmLock, type PnpmDependency, type PnpmDocument, type PnpmPackage } from './pnpm/scan.js';
import {
  keepReferencedPackages,
  keepSnapshotsOfKeptPackages,
  pnpmKeyNames,
  pnpmSegments,
} from './pnpm/segments.js';
import { detectScreened } from './parsers/screened-entries.js';
import { keyName, parsePackageKey, runtimeKey, type PnpmEra } from './pnpm/keys.js';

export { parsePackageKey } from './pnpm/keys.js';
import { classifyLocation } from './parsers/source-url.js';
import { parseTarballUrl, tarballIdentity, tarballName } from './parsers/tarball-url.js';

const source = 'pnpm-lock.yaml';

/** lockfileVersion values pnpm 3–12 write (5.0–5.2 by pnpm 3–5), and the key syntax of each era. */
const knownVersions = new Set([
  '5',
  '5.0',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.4-inlineSpecifiers',
  '6.0',
  '6.1',
  '7.0',
  '9.0',
]);

export const pnpmLockDetector: Detector = {
  id: source,
  role: 'lockfile',
  syntax: 'yaml',
  ecosystems: ['npm'],
  namesInText: ['npm'],
  matches: (path) => path === 'pnpm-lock.yaml' || path.endsWith('/pnpm-lock.yaml'),
  detect: (input: DetectInput): DetectorResult =>
    detectScreened(input, {
      ecosystems: ['npm'],
      segment: pnpmSegments,
      keyNames: (text, start) => pnpmKeyNames(text, start),
      alsoKeep: (text, segments, keep) => {
        keepReferencedPackages(text, segments, keep);
        keepSnapshotsOfKeptPackages(text, segments, keep);
      },
      parse: (text) => detectPnpmLock(input.path, text, input.limits.maxDepth),
    }),
};

export function detectPnpmLock(file: string, text: string, maxDepth = 512): DetectorResult {
  const scan = scanPnpmLock(text, maxDepth);
  const errors: ScanError[] = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
  const components: Component[] = [];
  const docs = scan.documents;
  if (docs.length === 0) return { components, errors };
  if (docs.length > 2) {
    errors.push({
      file,
      line: docs[2]!.line,
      message: `${docs.length} YAML documents; pnpm writes at most two`,
    });
  }
  // pnpm 11+: the first document is the "env lockfile" (packageManagerDependencies,
  // configDependencies); the main lockfile is the second. pnpm installs what the env lockfile
  // pins too (itself, and config dependencies, which run as pnpm plugins): its packages are
  // components like the main document's, located on their own lines. pnpm's own lockfile reader
  // returns only the main document (the corpus listings follow it; the conformance test checks
  // env-document components separately).
  const main = docs.length >= 2 ? docs[1]! : docs[0]!;
  const era = lockfileEra(file, main, errors);
  if (docs.length >= 2) {
    const env = docs[0]!;
    readDocument(
      file,
      env,
      env.lockfileVersion === undefined ? era : lockfileEra(file, env, errors),
      components,
      errors,
    );
  }
  readDocument(file, main, era, components, errors);
  return { components, errors };
}

/** 5 = `/name/1.0.0_peers`, 6 = `/name@1.0.0(peers)`, 9 = `name@1.0.0(peers)` (7.0 and 9.x). */
type Era = PnpmEra;

function lockfileEra(file: string, doc: PnpmDocument, errors: ScanError[]): Era {
  const v = doc.lockfileVersion;
  const line = doc.lockfileVersionLine ?? doc.line;
  if (v === undefined) {
    errors.push({ file, line, message: 'pnpm-lock.yaml without lockfileVersion' });
  } else if (!knownVersions.has(v)) {
    errors.push({ file, line, message: `unknown pnpm lockfileVersion ${v}` });
  }
  const major = v === undefined ? NaN : parseInt(v, 10);
  if (major <= 5) return 5;
  if (major === 6) return 6;
  return 9;
}

function str(v: FlowValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

interface Classified {
  kind: SourceKind;
  resolved?: string;
  integrity?: string;
}

function classified(
  kind: SourceKind,
  resolved: string | undefined,
  integrity: string | undefined,
): Classified {
  const c: Classified = { kind };
  if (resolved !== undefined) c.resolved = resolved;
  if (integrity !== undefined) c.integrity = integrity;
  return c;
}

function classifyResolution(res: Record<string, FlowValue>, name: string | undefined): Classified {
  const integrity = str(res.integrity);
  const tarball = str(res.tarball);
  const type = str(res.type);
  if (type === 'git' || res.repo !== undefined || res.commit !== undefined) {
    const repo = str(res.repo);
    const commit = str(res.commit);
    return classified('git', repo ? (commit ? `${repo}#${commit}` : repo) : undefined, integrity);
  }
  if (type === 'directory' || res.directory !== undefined) {
    const dir = str(res.directory);
    return classified('file', dir !== undefined ? `file:${dir}` : undefined, integrity);
  }
  if (tarball !== undefined) {
    const t = parseTarballUrl(tarball);
    if (t && (name === undefined || tarballName(t, name) === name))
      return classified('registry', tarball, integrity);
    const kind = classifyLocation(tarball);
    return classified(kind === 'registry' ? 'tarball' : kind, tarball, integrity);
  }
  if (type !== undefined) return classified('other', undefined, integrity);
  // Neither tarball nor type: pnpm fetches the package from the registry by name and version
  // (`resolution: {integrity: …}`, or `resolution: {}` where the integrity was not recorded).
  return classified('registry', undefined, integrity);
}

interface Target {
  name: string;
  version: string | null;
  kind: SourceKind;
  line: number;
}

function readDocument(
  file: string,
  doc: PnpmDocument,
  era: Era,
  components: Component[],
  errors: ScanError[],
): void {
  // pnpm 9: a package is optional when every snapshot of it is.
  const optionalBase = new Map<string, boolean>();
  for (const [key, optional] of doc.snapshots) {
    const paren = key.indexOf('(');
    const base = paren === -1 ? key : key.slice(0, paren);
    optionalBase.set(base, (optionalBase.get(base) ?? true) && optional);
  }

  const read: { key: string; component: Component }[] = [];
  for (const pkg of doc.packages) {
    const c = packageComponent(file, pkg, era, optionalBase, errors);
    if (!c) continue;
    components.push(c);
    read.push({ key: pkg.key, component: c });
  }
  // The packages by key, for aliased dependencies; built on the first one (most lockfiles have none).
  let byKey: Map<string, Target> | null = null;
  const lookUp = (key: string): Target | undefined => {
    if (byKey === null) {
      byKey = new Map();
      for (const { key: k, component: c } of read) {
        byKey.set(k.startsWith('/') ? k.slice(1) : k, {
          name: c.name,
          version: c.version,
          kind: c.sourceKind,
          line: c.location.line,
        });
      }
    }
    return byKey.get(key);
  };
  for (const dep of doc.dependencies) {
    const c = dependencyComponent(file, dep, era, lookUp, errors);
    if (c) components.push(c);
  }
}

function packageComponent(
  file: string,
  pkg: PnpmPackage,
  era: Era,
  optionalBase: Map<string, boolean>,
  errors: ScanError[],
): Component | null {
  const fail = (message: string): void => {
    errors.push({ file, line: pkg.line, message });
  };
  const parts = parsePackageKey(pkg.key, era);
  if (!pkg.resolution) {
    fail(`package ${JSON.stringify(pkg.key)} has no resolution`);
    return null;
  }
  let name = pkg.name ?? parts?.name ?? (era === 9 ? keyName(pkg.key) : null);
  let cls = classifyResolution(pkg.resolution, name ?? undefined);
  if (name === null || name === undefined) {
    if (cls.kind === 'registry') {
      fail(`package ${JSON.stringify(pkg.key)} has no name`);
      return null;
    }
    // A local or remote source without a recorded name (pnpm reads it from the folder at install
    // time): name it by its key, as written.
    name = pkg.key;
  }
  let version: string | null = pkg.version ?? parts?.version ?? null;
  // A registry tarball of another package than the entry names is that package (what pnpm
  // installs), aliased by the entry's name: a banned package cannot hide behind a harmless key.
  let alias: string | undefined;
  if (cls.kind === 'tarball' && cls.resolved !== undefined) {
    const id = tarballIdentity(name, cls.resolved);
    if (id.alias !== undefined) ({ name, version, alias } = id);
  }
  const runtime = runtimeKey(pkg.key);
  if (runtime && (pkg.resolution.type === 'variations' || pkg.resolution.type === 'binary')) {
    // `node@runtime:26.7.0`: a runtime from its vendor's release server (nodejs.org), pinned by
    // version and integrity like a registry package.
    cls = { kind: 'registry', resolved: `runtime:${runtime.version}` };
    version = runtime.version;
  }
  if (cls.kind === 'registry' && !runtime) {
    if (!parts && pkg.version === undefined) {
      fail(`registry package ${JSON.stringify(pkg.key)} has no version`);
      return null;
    }
    if (parts && pkg.name !== undefined && pkg.name !== parts.name)
      fail(`name field ${pkg.name} differs from the package key ${JSON.stringify(pkg.key)}`);
    if (parts && pkg.version !== undefined && pkg.version !== parts.version)
      fail(`version field ${pkg.version} differs from the package key ${JSON.stringify(pkg.key)}`);
    if (cls.resolved !== undefined) {
      const t = parseTarballUrl(cls.resolved);
      if (t && version !== null && t.version !== version) {
        fail(`tarball ${cls.resolved} is version ${t.version}, not ${version}`);
        version = t.version;
      }
    }
  }
  let scope: Scope | undefined;
  if (pkg.optional === 'true') scope = 'optional';
  else if (pkg.dev === 'true') scope = 'dev';
  else if (pkg.dev === 'false') scope = 'prod';
  else if (optionalBase.get(pkg.key) === true) scope = 'optional';
  const init: Omit<Component, 'purl'> = {
    ecosystem: 'npm',
    name,
    version,
    location: { file, line: pkg.line },
    source,
    sourceKind: cls.kind,
  };
  if (cls.integrity !== undefined) init.integrity = cls.integrity;
  if (scope !== undefined) init.scope = scope;
  if (cls.resolved !== undefined) init.resolved = cls.resolved;
  if (alias !== undefined) init.alias = alias;
  return makeComponent(init);
}

const sectionScope: Record<PnpmDependency['section'], Scope> = {
  dependencies: 'prod',
  devDependencies: 'dev',
  optionalDependencies: 'optional',
};

/** An importer's `link:` dependency, or an aliased one (`cc: npm:@anthropic-ai/claude-code@…`). */
function dependencyComponent(
  file: string,
  dep: PnpmDependency,
  era: Era,
  lookUp: (key: string) => Target | undefined,
  errors: ScanError[],
): Component | null {
  const v = dep.version;
  if (v === undefined) {
    errors.push({ file, line: dep.line, message: `dependency ${JSON.stringify(dep.name)} has no version` });
    return null;
  }
  const scope = sectionScope[dep.section];
  if (v.startsWith('link:')) {
    return makeComponent({
      ecosystem: 'npm',
      name: dep.name,
      version: null,
      spec: v,
      location: { file, line: dep.line },
      source,
      sourceKind: 'link',
      scope,
      resolved: v,
    });
  }
  // A reference to another package name: `/real/1.0.0` (5.x), `/real@1.0.0` (6.x), `real@1.0.0` (9).
  const aliased = v.startsWith('/') || (era !== 5 && v.includes('@') && /^(@[^/]+\/)?[^@/()]+@/.test(v));
  if (!aliased) return null;
  const ref = v.startsWith('/') ? v.slice(1) : v;
  const paren = ref.indexOf('(');
  const target = lookUp(ref) ?? lookUp(paren === -1 ? ref : ref.slice(0, paren));
  if (!target) {
    errors.push({
      file,
      line: dep.line,
      message: `dependency ${JSON.stringify(dep.name)} refers to ${JSON.stringify(v)}, which is not in packages`,
    });
    return null;
  }
  if (target.name === dep.name) return null;
  return makeComponent({
    ecosystem: 'npm',
    name: target.name,
    version: target.version,
    ...(dep.specifier !== undefined && target.version === null ? { spec: dep.specifier } : {}),
    location: { file, line: dep.line },
    source,
    sourceKind: target.kind,
    alias: dep.name,
    scope,
    // The package entry is the same installation: one finding, at the alias.
    sameInstallationAs: { ecosystem: 'npm', name: target.name, location: { file, line: target.line } },
  });
}
