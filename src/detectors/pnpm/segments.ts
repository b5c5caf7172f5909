// pnpm-lock.yaml cut into its entries for the audit's screen (parsers/screened-entries.ts):
// - the keys indented by exactly two spaces under a top-level `packages:` (one component each) or
//   `snapshots:` (none: they only say whether a package is optional);
// - the importers' dependencies (six spaces under `importers:`, two under a single project's
//   top-level `dependencies:`): a `link:` one builds one component, a plain version none; one
//   that may refer to another package entry (an alias) is structure, since it is read with the
//   entry it names. The `specifiers:` of pnpm 5 build none.
// Everything else (the top-level keys, the importer ids and their section keys, settings, document
// markers) is structure and always parsed.
import { STRUCTURE, type Segments } from '../parsers/screened-entries.js';
import { parsePackageKey } from './keys.js';

const SPACE = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
const QUESTION = 63;

const OTHER = 0;
const PACKAGES = 1;
const SNAPSHOTS = 2;
const IMPORTERS = 3;
/** A single project's top-level `dependencies:`, `devDependencies:`, `optionalDependencies:`. */
const DEPENDENCIES = 4;
/** pnpm 5's top-level `specifiers:`. */
const SPECIFIERS = 5;

/** What a segment is, beside its kind. */
export const PACKAGE = 1;
export const SNAPSHOT = 2;
export const DEPENDENCY = 3;

export interface PnpmSegments extends Segments {
  /** PACKAGE, SNAPSHOT, DEPENDENCY, or 0 (structure, pnpm 5 specifiers). */
  roles: number[];
  /** The package keys the aliased dependencies refer to, without a leading `/` (and without peers). */
  references: Set<string>;
}

export function pnpmSegments(text: string): PnpmSegments {
  const starts = [0];
  const lines = [1];
  const kinds = [STRUCTURE];
  const roles = [0];
  const references = new Set<string>();
  const len = text.length;
  let section = OTHER;
  // Under `importers:`, whether the current four-space key is a dependencies section.
  let dependencySection = false;
  let pos = 0;
  let line = 1;
  const open = (kind: number, role: number) => {
    if (pos === 0) {
      kinds[0] = kind;
      roles[0] = role;
    } else {
      starts.push(pos);
      lines.push(line);
      kinds.push(kind);
      roles.push(role);
    }
  };
  while (pos < len) {
    const c = text.charCodeAt(pos);
    const nl = text.indexOf('\n', pos);
    if (c === SPACE) {
      if (section === IMPORTERS) {
        let indent = 1;
        while (indent < 7 && text.charCodeAt(pos + indent) === SPACE) indent++;
        if (isKeyStart(text, pos + indent, len)) {
          if (indent === 2) open(STRUCTURE, 0);
          else if (indent === 4) {
            open(STRUCTURE, 0);
            dependencySection = isDependenciesKey(text, pos + 4);
          } else if (indent === 6)
            open(dependencySection ? STRUCTURE : 0, dependencySection ? DEPENDENCY : 0);
        }
      } else if (section !== OTHER && text.charCodeAt(pos + 1) === SPACE && isKeyStart(text, pos + 2, len)) {
        if (section === PACKAGES) open(1, PACKAGE);
        else if (section === SNAPSHOTS) open(0, SNAPSHOT);
        else if (section === DEPENDENCIES) open(STRUCTURE, DEPENDENCY);
        else open(0, 0);
      }
    } else if (c !== LF && c !== CR && c !== HASH) {
      open(STRUCTURE, 0);
      section = sectionAt(text, pos, nl === -1 ? len : nl);
      dependencySection = false;
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  for (let i = 0; i < roles.length; i++) {
    if (roles[i] !== DEPENDENCY) continue;
    const version = dependencyVersion(text, starts[i]!, i + 1 < starts.length ? starts[i + 1]! : len);
    kinds[i] = dependencyKind(version, references);
  }
  return { starts, lines, kinds, roles, references };
}

/** Whether a key starts here (not a blank, comment, list item, complex key or deeper line). */
function isKeyStart(text: string, at: number, len: number): boolean {
  const d = text.charCodeAt(at);
  return at < len && d !== SPACE && d !== LF && d !== CR && d !== HASH && d !== DASH && d !== QUESTION;
}

function sectionAt(text: string, start: number, end: number): number {
  if (isKey(text, start, end, 'packages')) return PACKAGES;
  if (isKey(text, start, end, 'snapshots')) return SNAPSHOTS;
  if (isKey(text, start, end, 'importers')) return IMPORTERS;
  if (isKey(text, start, end, 'specifiers')) return SPECIFIERS;
  for (const name of DEPENDENCY_SECTIONS) if (isKey(text, start, end, name)) return DEPENDENCIES;
  return OTHER;
}

const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];

function isDependenciesKey(text: string, at: number): boolean {
  for (const name of DEPENDENCY_SECTIONS) {
    if (text.startsWith(name, at) && text.charCodeAt(at + name.length) === 58) return true;
  }
  return false;
}

/** `name:` alone on its line (a block mapping follows), trailing spaces or a comment allowed. */
function isKey(text: string, start: number, end: number, name: string): boolean {
  if (!text.startsWith(name, start) || text.charCodeAt(start + name.length) !== 58) return false;
  const rest = text.slice(start + name.length + 1, end).trim();
  return rest === '' || rest.startsWith('#');
}

/**
 * A dependency entry's version as pnpm writes it: after its key (`foo: 1.0.0`, pnpm 5), or in its
 * block or flow map (`version: 1.0.0`, pnpm 6+); undefined when none is found this way.
 */
function dependencyVersion(text: string, start: number, end: number): string | undefined {
  let eol = text.indexOf('\n', start);
  if (eol === -1 || eol > end) eol = end;
  let at = start;
  while (text.charCodeAt(at) === SPACE) at++;
  const q = text.charCodeAt(at);
  // The key: quoted, or up to the first `: ` (or a `:` ending the line).
  // Searched within the line and the entry only, so that every entry is read in its own length.
  let colon = q === 39 || q === 34 ? text.slice(at + 1, eol).indexOf(String.fromCharCode(q)) + at + 2 : at;
  if (colon === at + 1) return undefined;
  for (; colon < eol; colon++) {
    if (text.charCodeAt(colon) !== 58) continue;
    const next = text.charCodeAt(colon + 1);
    if (colon + 1 >= eol || next === SPACE || next === 9 || next === CR) break;
  }
  if (colon >= eol) return undefined;
  const inline = text.slice(colon + 1, eol).trim();
  if (inline !== '' && inline.charCodeAt(0) !== 123 /* { */ && inline.charCodeAt(0) !== HASH)
    return unquoted(inline);
  const found = text.slice(colon, end).indexOf('version:');
  if (found === -1) return undefined;
  const field = colon + found;
  const before = text.charCodeAt(field - 1);
  if (before !== SPACE && before !== 123 && before !== 44 /* , */) return undefined;
  let stop = text.indexOf('\n', field);
  if (stop === -1 || stop > end) stop = end;
  let value = text.slice(field + 8, stop).trim();
  if (inline !== '') value = value.split(/[,}]/, 1)[0]!.trim();
  return unquoted(value);
}

function unquoted(value: string): string {
  const q = value.charCodeAt(0);
  return (q === 39 || q === 34) && value.length >= 2 && value.charCodeAt(value.length - 1) === q
    ? value.slice(1, -1)
    : value;
}

// What the detector reads as an alias (`/name/1.0.0`, `name@1.0.0`), in every era's syntax.
const ALIAS = /^(?:@[^/]+\/)?[^@/()]+@/;

/**
 * The components a dependency entry builds: one for a `link:` version, none for a plain one;
 * STRUCTURE (always parsed) where the version may name another package entry (whose key is then
 * noted in `references`) or is not found as pnpm writes it.
 */
function dependencyKind(version: string | undefined, references: Set<string>): number {
  if (version === undefined || version === '') return STRUCTURE;
  if (version.startsWith('link:')) return 1;
  if (!version.startsWith('/') && !ALIAS.test(version)) return 0;
  const ref = version.startsWith('/') ? version.slice(1) : version;
  references.add(ref);
  const paren = ref.indexOf('(');
  if (paren !== -1) references.add(ref.slice(0, paren));
  return STRUCTURE;
}

/** An entry's key, unquoted (the line's text before `:`). */
export function pnpmKey(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
  // The usual line, `  key:` or `  'key':` opening a block, read without a regular expression.
  let end = nl === -1 ? text.length : nl;
  if (text.charCodeAt(end - 1) === CR) end--;
  if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(start) === SPACE) {
    let from = start;
    while (text.charCodeAt(from) === SPACE) from++;
    const q = text.charCodeAt(from);
    if (q !== 39 && q !== 34) {
      const key = text.slice(from, end - 1);
      if (!/[\s:]/.test(key)) return key;
    } else if (text.charCodeAt(end - 2) === q && end - 2 > from) {
      const key = text.slice(from + 1, end - 2);
      if (!key.includes(String.fromCharCode(q))) return key;
    }
  }
  let line = text.slice(start, nl === -1 ? text.length : nl).trim();
  const q = line.charCodeAt(0);
  if (q === 39 || q === 34) {
    const close = line.indexOf(String.fromCharCode(q), 1);
    return close === -1 ? line : line.slice(1, close);
  }
  const colon = line.search(/:(?:\s|$)/);
  if (colon !== -1) line = line.slice(0, colon);
  return line;
}

/**
 * The package names a key may name, read in every era's key syntax, and the key itself (an
 * importer's dependency is keyed by its name): a superset.
 */
export function pnpmKeyNames(text: string, start: number): string[] {
  const key = pnpmKey(text, start);
  const names: string[] = [key];
  for (const era of [5, 9] as const) {
    const parts = parsePackageKey(key, era);
    if (parts !== null) names.push(parts.name);
  }
  return names;
}

/** pnpm 9: the snapshots of a kept package (`name@1.0.0(peer@2.0.0)`) are kept with it. */
export function keepSnapshotsOfKeptPackages(
  text: string,
  { starts, roles }: PnpmSegments,
  keep: Uint8Array,
): void {
  const kept: string[] = [];
  for (let i = 0; i < starts.length; i++)
    if (keep[i] && roles[i] === PACKAGE) kept.push(pnpmKey(text, starts[i]!));
  if (kept.length === 0) return;
  // Few kept packages (the usual audit): compared in place, no key read per snapshot. Many (a
  // file full of banned hashes): a set, so the work stays linear.
  const set = kept.length > 8 ? new Set(kept) : null;
  for (let i = 0; i < starts.length; i++) {
    if (keep[i] || roles[i] !== SNAPSHOT) continue;
    if (set !== null) {
      const key = pnpmKey(text, starts[i]!);
      const paren = key.indexOf('(');
      if (set.has(paren === -1 ? key : key.slice(0, paren))) keep[i] = 1;
      continue;
    }
    // The key after the indentation and an optional quote, then `(`, `:` or the closing quote.
    const q = text.charCodeAt(starts[i]! + 2);
    const at = starts[i]! + (q === 39 || q === 34 ? 3 : 2);
    for (const key of kept) {
      if (!text.startsWith(key, at)) continue;
      const next = text.charCodeAt(at + key.length);
      if (next === 40 || next === 58 || next === q) keep[i] = 1;
    }
  }
}

/** The package entries that aliased dependencies (always parsed) refer to are kept. */
export function keepReferencedPackages(
  text: string,
  { starts, roles, references }: PnpmSegments,
  keep: Uint8Array,
): void {
  if (references.size === 0) return;
  for (let i = 0; i < starts.length; i++) {
    if (keep[i] || roles[i] !== PACKAGE) continue;
    const key = pnpmKey(text, starts[i]!);
    if (references.has(key.startsWith('/') ? key.slice(1) : key)) keep[i] = 1;
  }
}
