// pnpm-lock.yaml cut into its entries for the audit's screen (parsers/screened-entries.ts): the
// keys indented by exactly two spaces under a top-level `packages:` (one component each) or
// `snapshots:` (none: they only say whether a package is optional). Everything else — the
// top-level keys, `importers:`, settings, document markers — is structure and always parsed.
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

export function pnpmSegments(text: string): Segments {
  const starts = [0];
  const lines = [1];
  const kinds = [STRUCTURE];
  const len = text.length;
  let section = OTHER;
  let pos = 0;
  let line = 1;
  const open = (kind: number) => {
    if (pos === 0) kinds[0] = kind;
    else {
      starts.push(pos);
      lines.push(line);
      kinds.push(kind);
    }
  };
  while (pos < len) {
    const c = text.charCodeAt(pos);
    const nl = text.indexOf('\n', pos);
    if (c === SPACE) {
      if (section !== OTHER && text.charCodeAt(pos + 1) === SPACE) {
        const d = text.charCodeAt(pos + 2);
        if (
          d !== SPACE &&
          d !== LF &&
          d !== CR &&
          d !== HASH &&
          d !== DASH &&
          d !== QUESTION &&
          pos + 2 < len
        )
          open(section === PACKAGES ? 1 : 0);
      }
    } else if (c !== LF && c !== CR && c !== HASH) {
      open(STRUCTURE);
      const end = nl === -1 ? len : nl;
      section = isKey(text, pos, end, 'packages')
        ? PACKAGES
        : isKey(text, pos, end, 'snapshots')
          ? SNAPSHOTS
          : OTHER;
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  return { starts, lines, kinds };
}

/** `name:` alone on its line (a block mapping follows), trailing spaces or a comment allowed. */
function isKey(text: string, start: number, end: number, name: string): boolean {
  if (!text.startsWith(name, start) || text.charCodeAt(start + name.length) !== 58) return false;
  const rest = text.slice(start + name.length + 1, end).trim();
  return rest === '' || rest.startsWith('#');
}

/** An entry's key, unquoted (the line's text before `:`). */
export function pnpmKey(text: string, start: number): string {
  const nl = text.indexOf('\n', start);
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

/** The package names a key may name, read in every era's key syntax (a superset). */
export function pnpmKeyNames(text: string, start: number): string[] {
  const key = pnpmKey(text, start);
  const names: string[] = [];
  for (const era of [5, 9] as const) {
    const parts = parsePackageKey(key, era);
    if (parts !== null) names.push(parts.name);
  }
  return names;
}

/** pnpm 9: the snapshots of a kept package (`name@1.0.0(peer@2.0.0)`) are kept with it. */
export function keepSnapshotsOfKeptPackages(
  text: string,
  { starts, kinds }: Segments,
  keep: Uint8Array,
): void {
  const kept: string[] = [];
  for (let i = 0; i < starts.length; i++) if (keep[i] && kinds[i] === 1) kept.push(pnpmKey(text, starts[i]!));
  if (kept.length === 0) return;
  // Few kept packages (the usual audit): compared in place, no key read per snapshot. Many (a
  // file full of banned hashes): a set, so the work stays linear.
  const set = kept.length > 8 ? new Set(kept) : null;
  for (let i = 0; i < starts.length; i++) {
    if (keep[i] || kinds[i] !== 0) continue;
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

// A value that refers to another package entry: `/name/1.0.0` (5.x), `/name@1.0.0` (6.x),
// `name@1.0.0` (9.x), as an importer's aliased dependency writes it (a superset: specifiers too).
const REFERENCE = /:[ \t]+['"]?(\/[^\s'"]+|(?:@[^/\s'"]+\/)?[^@/()\s'"]+@[^\s'"]+)['"]?[ \t]*\r?$/gm;

/** The package entries that the structure's aliased dependencies refer to are kept. */
export function keepReferencedPackages(text: string, { starts, kinds }: Segments, keep: Uint8Array): void {
  const refs = new Set<string>();
  for (let i = 0; i < starts.length; i++) {
    if (kinds[i] !== STRUCTURE) continue;
    const part = text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : text.length);
    REFERENCE.lastIndex = 0;
    for (let m = REFERENCE.exec(part); m !== null; m = REFERENCE.exec(part)) {
      const ref = m[1]!.startsWith('/') ? m[1]!.slice(1) : m[1]!;
      refs.add(ref);
      const paren = ref.indexOf('(');
      if (paren !== -1) refs.add(ref.slice(0, paren));
    }
  }
  if (refs.size === 0) return;
  for (let i = 0; i < starts.length; i++) {
    if (keep[i] || kinds[i] !== 1) continue;
    const key = pnpmKey(text, starts[i]!);
    if (refs.has(key.startsWith('/') ? key.slice(1) : key)) keep[i] = 1;
  }
}
