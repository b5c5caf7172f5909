// The part the TOML lockfiles of Python (poetry.lock, uv.lock, pdm.lock, pylock.toml) share: one
// table per locked package in an array of tables, each a PyPI component at its header line. Each
// format says only where a package comes from, how it is hashed and which scope it has.
import type {
  Component,
  DetectInput,
  DetectorResult,
  Scope,
  ScanError,
  SourceKind,
} from '../../model/component.js';
import { makeComponent } from '../component.js';
import { normalizePyName } from './python.js';
import { readTomlArray, str, type TomlTable } from './toml.js';

/** What a format records about one locked package, besides its name and version. */
export interface LockedPackage {
  kind: SourceKind;
  resolved?: string;
  integrity?: string;
  scope?: Scope;
}

export interface PythonLockFormat {
  /** The format name, the components' `source`. */
  source: string;
  /** The array of tables holding the packages (`package`, or `packages` in pylock.toml). */
  array: string;
  /** Why a package has no version, when it records none. */
  noVersion: string;
  /** Reads one package table; `doc` is the whole file, for formats that keep data elsewhere. */
  read(
    table: TomlTable,
    name: string,
    context: { doc: TomlTable | null; line: number; errors: ScanError[] },
  ): LockedPackage;
}

export function detectPythonLock(input: DetectInput, format: PythonLockFormat): DetectorResult {
  const file = input.path;
  const { doc, entries, errors } = readTomlArray(file, input.text, format.array, input.limits.maxDepth);
  const components: Component[] = [];
  for (const { table, line } of entries) {
    const name = str(table, 'name');
    if (!name) {
      errors.push({ file, line, message: 'package entry has no name' });
      continue;
    }
    const version = str(table, 'version');
    const { kind, resolved, integrity, scope } = format.read(table, name, { doc, line, errors });
    components.push(
      makeComponent({
        ecosystem: 'pypi',
        name: normalizePyName(name),
        version: version ?? null,
        ...(version ? {} : { versionNote: format.noVersion }),
        location: { file, line },
        source: format.source,
        sourceKind: kind,
        ...(integrity ? { integrity } : {}),
        ...(scope ? { scope } : {}),
        ...(resolved ? { resolved } : {}),
      }),
    );
  }
  return { components, errors };
}
