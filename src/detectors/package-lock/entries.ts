// The parts of a package-lock.json reader that every lockfileVersion shares: the reading context,
// an entry's scope, the component of an entry, and the extra component of a `resolved` URL that
// names another package.
import type { Component, Scope, ScanError, SourceKind } from '../../model/component.js';
import type { KeyLocations } from '../parsers/json-keys.js';
import { isSemverVersion, isValidPackageName, npmPurl } from '../parsers/npm-spec.js';
import { tarballName, type TarballUrl } from '../parsers/tarball-url.js';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function own(o: Json, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

export interface Ctx {
  file: string;
  source: string;
  errors: ScanError[];
  components: Component[];
  where: KeyLocations;
}

export function lineOf(where: KeyLocations, owner: number, key: string): { line: number; id: number } {
  const id = where.tables.get(owner)?.get(key);
  return id === undefined ? { line: 1, id: -2 } : { line: where.lines[id] ?? 1, id };
}

export function scopeOf(entry: Json): Scope {
  const dev = own(entry, 'dev') === true;
  const optional = own(entry, 'optional') === true;
  if (dev) return 'dev';
  if (optional || own(entry, 'devOptional') === true) return 'optional';
  if (own(entry, 'peer') === true) return 'peer';
  return 'prod';
}

/** Builds an npm component with one fixed shape (no object spreads: this runs per entry). */
export function npmComponent(
  ctx: Ctx,
  line: number,
  name: string,
  version: string | null,
  sourceKind: SourceKind,
  scope: Scope,
): Component {
  return {
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version),
    location: { file: ctx.file, line },
    source: ctx.source,
    sourceKind,
    scope,
  };
}

/**
 * npm fetches what `resolved` names: a registry tarball URL that names another package or version
 * than the entry installs that one, so it is reported too (as a tarball component).
 */
export function pushMismatch(ctx: Ctx, entry: Component, parts: TarballUrl): void {
  const name = tarballName(parts, entry.name);
  if (!isValidPackageName(name)) return;
  if (name === entry.name && parts.version === entry.version) return;
  const valid = isSemverVersion(parts.version);
  const c = npmComponent(
    ctx,
    entry.location.line,
    name,
    valid ? parts.version : null,
    'tarball',
    entry.scope ?? 'prod',
  );
  if (!valid) c.spec = parts.version;
  if (entry.integrity !== undefined) c.integrity = entry.integrity;
  const alias = entry.alias ?? (name !== entry.name ? entry.name : undefined);
  if (alias !== undefined) c.alias = alias;
  c.resolved = entry.resolved!;
  c.versionNote = 'named by the resolved URL, which differs from the entry';
  ctx.components.push(c);
}

export function clip(s: string): string {
  return s.length > 100 ? s.slice(0, 100) + '…' : s;
}
