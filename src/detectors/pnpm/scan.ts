// A line scanner for pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 7.0, 9.x and the two-document files
// of pnpm 11+), built on the lockfile YAML subset reader. It collects the `packages` entries (key
// line, resolution, name, version, dev/optional flags), the `snapshots` optional flags and the
// importers' direct dependencies, of the main document only.
import { YamlLines, type FlowValue, type YamlIssue } from '../lockfile-yaml.js';

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

const depSections = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);
const packageFields = new Set(['name', 'version', 'dev', 'optional']);

function newDocument(line: number): PnpmDocument {
  return { line, packages: [], snapshots: new Map(), dependencies: [] };
}

export function scanPnpmLock(text: string, maxDepth = 512): PnpmScan {
  const y = new YamlLines(text, maxDepth);
  const documents: PnpmDocument[] = [];
  let doc: PnpmDocument | null = null;
  let section = '';
  let seenTop = new Set<string>();
  let seenEntries = new Set<string>();
  let pkg: PnpmPackage | null = null;
  let pkgFields = new Set<string>();
  let inBlockResolution = false;
  let snapshotKey = '';
  let importer = '';
  let importerSection = '';
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
      section = y.kind === 'entry' ? y.key : '';
      if (y.kind !== 'entry') {
        y.fail(y.line, 'expected a top-level "key:"');
        continue;
      }
      if (seenTop.has(section)) y.fail(y.line, `duplicate top-level key ${JSON.stringify(section)}`);
      seenTop.add(section);
      seenEntries = new Set();
      if (section === 'lockfileVersion') {
        if (y.value === null) y.fail(y.line, 'lockfileVersion is not a scalar');
        else {
          doc.lockfileVersion = y.value;
          doc.lockfileVersionLine = y.line;
        }
      } else if (
        (section === 'packages' ||
          section === 'snapshots' ||
          section === 'importers' ||
          depSections.has(section)) &&
        !y.opens &&
        !(y.flow !== null && !Array.isArray(y.flow) && Object.keys(y.flow).length === 0)
      ) {
        y.fail(y.line, `${section} is not a mapping`);
      }
      continue;
    }

    if (section === 'packages') {
      if (depth === 1) {
        inBlockResolution = false;
        if (y.kind !== 'entry') {
          y.fail(y.line, 'expected a package key');
          pkg = null;
          continue;
        }
        if (seenEntries.has(y.key)) y.fail(y.line, `duplicate package key ${JSON.stringify(y.key)}`);
        seenEntries.add(y.key);
        pkg = { line: y.line, key: y.key };
        pkgFields = new Set();
        doc.packages.push(pkg);
        if (!y.opens && !(y.flow !== null && !Array.isArray(y.flow)))
          y.fail(y.line, 'package entry is not a mapping');
        continue;
      }
      if (!pkg) continue;
      if (depth === 2) {
        inBlockResolution = false;
        if (y.kind !== 'entry') continue;
        if (pkgFields.has(y.key)) y.fail(y.line, `duplicate field ${JSON.stringify(y.key)}`);
        pkgFields.add(y.key);
        if (y.key === 'resolution') {
          if (isMap(y.flow)) pkg.resolution = y.flow;
          else if (y.opens) {
            pkg.resolution = Object.create(null) as Record<string, FlowValue>;
            inBlockResolution = true;
          } else y.fail(y.line, 'resolution is not a mapping');
        } else if (packageFields.has(y.key)) {
          if (y.value === null) y.fail(y.line, `field ${JSON.stringify(y.key)} is not a scalar`);
          else pkg[y.key as 'name' | 'version' | 'dev' | 'optional'] = y.value;
        }
        continue;
      }
      if (depth === 3 && inBlockResolution && pkg.resolution && y.kind === 'entry') {
        if (Object.prototype.hasOwnProperty.call(pkg.resolution, y.key))
          y.fail(y.line, `duplicate field ${JSON.stringify(y.key)}`);
        pkg.resolution[y.key] = y.opens
          ? (Object.create(null) as Record<string, FlowValue>)
          : (y.value ?? y.flow ?? '');
      }
      continue;
    }

    if (section === 'snapshots') {
      if (depth === 1 && y.kind === 'entry') {
        if (seenEntries.has(y.key)) y.fail(y.line, `duplicate snapshot key ${JSON.stringify(y.key)}`);
        seenEntries.add(y.key);
        snapshotKey = y.key;
        doc.snapshots.set(snapshotKey, false);
      } else if (depth === 2 && y.kind === 'entry' && y.key === 'optional' && snapshotKey) {
        doc.snapshots.set(snapshotKey, y.value === 'true');
      }
      continue;
    }

    if (section === 'importers') {
      if (depth === 1) {
        importer = y.key;
        if (seenEntries.has(importer)) y.fail(y.line, `duplicate importer ${JSON.stringify(importer)}`);
        seenEntries.add(importer);
        importerSection = '';
        dep = null;
      } else if (depth === 2) {
        importerSection = y.kind === 'entry' ? y.key : '';
        dep = null;
      } else if (depth === 3 && depSections.has(importerSection) && y.kind === 'entry') {
        dep = readDependency(y, importer, importerSection as PnpmDependency['section']);
        doc.dependencies.push(dep);
      } else if (depth === 4 && dep && y.kind === 'entry') {
        setDependencyField(y, dep);
      }
      continue;
    }

    if (depSections.has(section)) {
      // Single-project lockfiles (5.x/6.x) list the root's dependencies at the top level.
      if (depth === 1 && y.kind === 'entry') {
        dep = readDependency(y, '.', section as PnpmDependency['section']);
        doc.dependencies.push(dep);
      } else if (depth === 2 && dep && y.kind === 'entry') {
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
  if (y.value !== null)
    dep.version = y.value; // 5.x: `name: version`
  else if (isMap(y.flow)) {
    const f = y.flow;
    if (typeof f.specifier === 'string') dep.specifier = f.specifier;
    if (typeof f.version === 'string') dep.version = f.version;
  }
  return dep;
}

function setDependencyField(y: YamlLines, dep: PnpmDependency): void {
  if (y.key !== 'specifier' && y.key !== 'version') return;
  if (dep[y.key] !== undefined) y.fail(y.line, `duplicate field ${JSON.stringify(y.key)}`);
  if (y.value === null) y.fail(y.line, `field ${JSON.stringify(y.key)} is not a scalar`);
  else dep[y.key] = y.value;
}

function isMap(v: FlowValue | null): v is { [key: string]: FlowValue } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
