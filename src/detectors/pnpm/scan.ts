// A line scanner for pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 7.0, 9.x and the two-document files
// of pnpm 11+), built on the lockfile YAML subset reader. It collects the `packages` entries (key
// line, resolution, name, version, dev/optional flags), the `snapshots` optional flags and the
// importers' direct dependencies, of the main document only.
import { FieldNames, YamlLines, type FlowValue, type YamlIssue } from '../parsers/lockfile-yaml.js';

export interface PnpmPackage {
  line: number;
  key: string;
  /** The resolution map (flow `{…}` or block form); undefined when absent. */
  resolution?: Record<string, FlowValue>;
  name?: string;
  version?: string;
  dev?: string;
  optional?: string;
}

export interface PnpmDependency {
  line: number;
  /** Importer id (`.` for the root or for single-project lockfiles). */
  importer: string;
  /** Dependency name as written (the alias, when aliased). */
  name: string;
  section: 'dependencies' | 'devDependencies' | 'optionalDependencies';
  specifier?: string;
  version?: string;
}

export interface PnpmDocument {
  /** 1-based line where the document's content starts. */
  line: number;
  lockfileVersion?: string;
  lockfileVersionLine?: number;
  packages: PnpmPackage[];
  /** Snapshot keys (pnpm 9) and whether each is optional. */
  snapshots: Map<string, boolean>;
  dependencies: PnpmDependency[];
}

export interface PnpmScan {
  documents: PnpmDocument[];
  errors: YamlIssue[];
}

// The top-level section the scanner is in.
const OTHER = 0;
const PACKAGES = 1;
const SNAPSHOTS = 2;
const IMPORTERS = 3;
const DEPENDENCIES = 4; // dependencies, devDependencies, optionalDependencies (5.x/6.x single project)

function sectionOf(key: string): number {
  switch (key) {
    case 'packages':
      return PACKAGES;
    case 'snapshots':
      return SNAPSHOTS;
    case 'importers':
      return IMPORTERS;
    case 'dependencies':
    case 'devDependencies':
    case 'optionalDependencies':
      return DEPENDENCIES;
  }
  return OTHER;
}

function newDocument(line: number): PnpmDocument {
  return { line, packages: [], snapshots: new Map(), dependencies: [] };
}

export function scanPnpmLock(text: string, maxDepth = 512): PnpmScan {
  const y = new YamlLines(text, maxDepth);
  const documents: PnpmDocument[] = [];
  let doc: PnpmDocument | null = null;
  let section = OTHER;
  let sectionName = '';
  let seenTop = new Set<string>();
  let seenEntries = new Set<string>();
  let pkg: PnpmPackage | null = null;
  const pkgFields = new FieldNames();
  let inBlockResolution = false;
  let snapshotKey = '';
  let importer = '';
  let importerDeps = false;
  let importerSection: PnpmDependency['section'] = 'dependencies';
  let dep: PnpmDependency | null = null;
  let sawMarker = false;

  while (y.next()) {
    if (y.kind === 'document') {
      // `---` ends the current document; two markers in a row enclose an empty one.
      if (doc === null && sawMarker) {
        y.fail(y.line, 'empty YAML document');
        documents.push(newDocument(y.line));
      }
      sawMarker = true;
      doc = null;
      continue;
    }
    if (doc === null) {
      doc = newDocument(y.line);
      documents.push(doc);
      seenTop = new Set();
    }
    const depth = y.depth;
    if (depth === 0) {
      pkg = null;
      dep = null;
      sectionName = y.kind === 'entry' ? y.key : '';
      section = y.kind === 'entry' ? sectionOf(sectionName) : OTHER;
      if (y.kind !== 'entry') {
        y.fail(y.line, 'expected a top-level "key:"');
        continue;
      }
      if (seenTop.has(sectionName)) y.fail(y.line, `duplicate top-level key ${JSON.stringify(sectionName)}`);
      seenTop.add(sectionName);
      seenEntries = new Set();
      if (sectionName === 'lockfileVersion') {
        const v = y.value;
        if (v === null) y.fail(y.line, 'lockfileVersion is not a scalar');
        else {
          doc.lockfileVersion = v;
          doc.lockfileVersionLine = y.line;
        }
      } else if (
        section !== OTHER &&
        !y.opens &&
        !(y.flow !== null && !Array.isArray(y.flow) && Object.keys(y.flow).length === 0)
      ) {
        y.fail(y.line, `${sectionName} is not a mapping`);
      }
      continue;
    }

    if (section === PACKAGES) {
      if (depth === 1) {
        inBlockResolution = false;
        if (y.kind !== 'entry') {
          y.fail(y.line, 'expected a package key');
          pkg = null;
          continue;
        }
        const key = y.key;
        if (seenEntries.has(key)) y.fail(y.line, `duplicate package key ${JSON.stringify(key)}`);
        seenEntries.add(key);
        pkg = { line: y.line, key };
        pkgFields.clear();
        doc.packages.push(pkg);
        if (!y.opens && !(y.flow !== null && !Array.isArray(y.flow)))
          y.fail(y.line, 'package entry is not a mapping');
        continue;
      }
      if (pkg === null) continue;
      if (depth === 2) {
        inBlockResolution = false;
        if (y.kind !== 'entry') continue;
        const field = y.key;
        if (!pkgFields.add(field)) y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
        if (field === 'resolution') {
          const flow = y.flow;
          if (isMap(flow)) pkg.resolution = flow;
          else if (y.opens) {
            pkg.resolution = Object.create(null) as Record<string, FlowValue>;
            inBlockResolution = true;
          } else y.fail(y.line, 'resolution is not a mapping');
        } else if (field === 'name' || field === 'version' || field === 'dev' || field === 'optional') {
          const v = y.value;
          if (v === null) y.fail(y.line, `field ${JSON.stringify(field)} is not a scalar`);
          else pkg[field] = v;
        }
        continue;
      }
      if (depth === 3 && inBlockResolution && pkg.resolution && y.kind === 'entry') {
        const field = y.key;
        if (Object.prototype.hasOwnProperty.call(pkg.resolution, field))
          y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
        pkg.resolution[field] = y.opens
          ? (Object.create(null) as Record<string, FlowValue>)
          : (y.value ?? y.flow ?? '');
      }
      continue;
    }

    if (section === SNAPSHOTS) {
      if (depth === 1 && y.kind === 'entry') {
        const key = y.key;
        if (seenEntries.has(key)) y.fail(y.line, `duplicate snapshot key ${JSON.stringify(key)}`);
        seenEntries.add(key);
        snapshotKey = key;
        doc.snapshots.set(snapshotKey, false);
      } else if (depth === 2 && y.kind === 'entry' && snapshotKey && y.keyIs('optional')) {
        doc.snapshots.set(snapshotKey, y.value === 'true');
      }
      continue;
    }

    if (section === IMPORTERS) {
      if (depth === 1) {
        importer = y.key;
        if (seenEntries.has(importer)) y.fail(y.line, `duplicate importer ${JSON.stringify(importer)}`);
        seenEntries.add(importer);
        importerDeps = false;
        dep = null;
      } else if (depth === 2) {
        importerDeps = false;
        if (y.kind === 'entry') {
          if (y.keyIs('dependencies')) importerSection = 'dependencies';
          else if (y.keyIs('devDependencies')) importerSection = 'devDependencies';
          else if (y.keyIs('optionalDependencies')) importerSection = 'optionalDependencies';
          importerDeps = y.keyIs(importerSection);
        }
        dep = null;
      } else if (depth === 3 && importerDeps && y.kind === 'entry') {
        dep = readDependency(y, importer, importerSection);
        doc.dependencies.push(dep);
      } else if (depth === 4 && dep !== null && y.kind === 'entry') {
        setDependencyField(y, dep);
      }
      continue;
    }

    if (section === DEPENDENCIES) {
      // Single-project lockfiles (5.x/6.x) list the root's dependencies at the top level.
      if (depth === 1 && y.kind === 'entry') {
        dep = readDependency(y, '.', sectionName as PnpmDependency['section']);
        doc.dependencies.push(dep);
      } else if (depth === 2 && dep !== null && y.kind === 'entry') {
        setDependencyField(y, dep);
      }
    }
  }
  if (doc === null && sawMarker && documents.length > 0) {
    y.fail(y.line, 'empty YAML document at the end of the file');
    documents.push(newDocument(y.line));
  }
  return { documents, errors: y.errors };
}

function readDependency(y: YamlLines, importer: string, section: PnpmDependency['section']): PnpmDependency {
  const dep: PnpmDependency = { line: y.line, importer, name: y.key, section };
  const v = y.value;
  if (v !== null)
    dep.version = v; // 5.x: `name: version`
  else {
    const f = y.flow;
    if (isMap(f)) {
      if (typeof f.specifier === 'string') dep.specifier = f.specifier;
      if (typeof f.version === 'string') dep.version = f.version;
    }
  }
  return dep;
}

function setDependencyField(y: YamlLines, dep: PnpmDependency): void {
  const field = y.keyIs('specifier') ? 'specifier' : y.keyIs('version') ? 'version' : null;
  if (field === null) return;
  if (dep[field] !== undefined) y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
  const v = y.value;
  if (v === null) y.fail(y.line, `field ${JSON.stringify(field)} is not a scalar`);
  else dep[field] = v;
}

function isMap(v: FlowValue | null): v is { [key: string]: FlowValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
