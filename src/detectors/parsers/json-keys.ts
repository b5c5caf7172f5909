// One linear pass over a JSON (or JSONC) text that finds the offsets of the object keys a detector
// needs to locate (the entries of a lockfile's `packages` map, a v1 `dependencies` tree, the
// sections of a deno.lock or Pipfile.lock), checks the nesting depth, and maps those offsets to
// lines. Used beside `JSON.parse`, which gives the values: the pass never builds values and hops
// over strings and unwanted containers, so it costs a fraction of the parse.
import { linesAt } from '../../util/lines.js';

export interface KeyShape {
  record?: boolean;
  keys?: ReadonlyMap<string, KeyShape>;
  each?: KeyShape;
}

export interface KeyLocations {
  /**
   * Recorded tables: the owner (the id of the nearest recorded key above the table, -1 at the
   * top) → key → id of the recorded key.
   */
  tables: Map<number, Map<string, number>>;
  /** 1-based line of each recorded key, by id. */
  lines: number[];
  /** Set when the nesting goes deeper than allowed: the offset where it does. */
  tooDeepAt?: number;
  /** Set when a recorded table names a key twice. */
  duplicateKeys?: true;
  /** Set when a comment was skipped (with `comments`). */
  sawComment?: true;
  /**
   * With `trailingCommas`: offsets of the commas that end a container's members (a value, then a
   * comma, then only JSON whitespace before `}` or `]`), in text order. Removing exactly these
   * turns JSONC without comments into JSON.
   */
  trailingCommas?: number[];
}

interface Frame {
  isObject: boolean;
  shape: KeyShape | undefined;
  owner: number;
  table: Map<string, number> | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const SLASH = 0x2f;
const COLON = 0x3a;

/** Options of {@link locateKeys}. */
export interface LocateOptions {
  /** Skip `//` and block comments (JSONC); `sawComment` tells whether there were any. */
  comments?: boolean;
  /** Record the offsets of trailing commas (JSONC) in `trailingCommas`. */
  trailingCommas?: boolean;
}

/**
 * Records the keys `shape` asks for. The text should already be known to parse (this pass does not
 * validate); on any text it terminates in linear time and never throws. Values no shape asks
 * about are skipped by a tight loop that only counts brackets and hops over strings.
 */
export function locateKeys(
  text: string,
  shape: KeyShape,
  maxDepth: number,
  options: LocateOptions = {},
): KeyLocations {
  const comments = options.comments === true;
  const commas: number[] | undefined = options.trailingCommas === true ? [] : undefined;
  const tables = new Map<number, Map<string, number>>();
  const offsets: number[] = [];
  const stack: Frame[] = [];
  const flags: ScanFlags = { sawComment: false };
  let duplicateKeys = false;
  let top: Frame | undefined;
  let expectKey = false;
  let pendingShape: KeyShape | undefined = shape;
  let pendingOwner = -1;
  let tooDeepAt: number | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const j = stringEnd(text, i);
      if (j === -1) break;
      if (expectKey && top !== undefined) {
        expectKey = false;
        const s = top.shape;
        const key = decodeKey(text, i, j);
        pendingShape = s?.keys?.get(key) ?? s?.each;
        pendingOwner = top.owner;
        if (top.table !== undefined) {
          const id = offsets.push(i) - 1;
          if (top.table.has(key)) duplicateKeys = true;
          top.table.set(key, id);
          pendingOwner = id;
        }
      }
      i = j + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const isObject = c === OPEN_BRACE;
      const frameShape = top === undefined || top.isObject ? pendingShape : undefined;
      pendingShape = undefined;
      if (!isObject || frameShape === undefined) {
        // Nothing inside is recorded: skip to the matching close bracket.
        const after = skipContainer(text, i, stack.length, maxDepth, comments, commas, flags);
        if (after < 0) {
          tooDeepAt = -after - 1;
          break;
        }
        i = after;
        expectKey = false;
        continue;
      }
      if (stack.length >= maxDepth) {
        tooDeepAt = i;
        break;
      }
      const owner = top === undefined || top.isObject ? pendingOwner : top.owner;
      let table: Map<string, number> | undefined;
      if (frameShape.record) {
        table = new Map();
        tables.set(owner, table);
      }
      top = { isObject, shape: frameShape, owner, table };
      stack.push(top);
      expectKey = true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      top = stack[stack.length - 1];
      expectKey = false;
    } else if (c === COMMA) {
      expectKey = top !== undefined && top.isObject;
      if (commas !== undefined && isTrailingComma(text, i)) commas.push(i);
    } else if (c === SLASH && comments) {
      const after = skipComment(text, i);
      if (after !== i) {
        flags.sawComment = true;
        i = after;
        continue;
      }
    }
    i++;
  }
  const out: KeyLocations = { tables, lines: linesAt(text, offsets) };
  if (tooDeepAt !== undefined) out.tooDeepAt = tooDeepAt;
  if (duplicateKeys) out.duplicateKeys = true;
  if (flags.sawComment) out.sawComment = true;
  if (commas !== undefined) out.trailingCommas = commas;
  return out;
}

interface ScanFlags {
  sawComment: boolean;
}

function isJsonWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Whether the comma at `i` is a trailing one: only JSON whitespace up to a closing bracket after
 * it, and a value before it (not `[`, `{`, `,` or `:`: `[,]` stays invalid, as JSONC has it).
 * Each side stops at the first other character, so all commas together cost linear time.
 */
function isTrailingComma(text: string, i: number): boolean {
  let j = i + 1;
  let d = text.charCodeAt(j);
  while (isJsonWhitespace(d)) d = text.charCodeAt(++j);
  if (d !== CLOSE_BRACE && d !== CLOSE_BRACKET) return false;
  let k = i - 1;
  let b = text.charCodeAt(k);
  while (isJsonWhitespace(b)) b = text.charCodeAt(--k);
  return k >= 0 && b !== OPEN_BRACE && b !== OPEN_BRACKET && b !== COMMA && b !== COLON;
}

/** The text without the characters at `offsets` (increasing): JSONC trailing commas removed. */
export function withoutOffsets(text: string, offsets: readonly number[]): string {
  if (offsets.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const o of offsets) {
    parts.push(text.slice(from, o));
    from = o + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Offset of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let j = text.indexOf('"', start + 1);
  while (j !== -1 && text.charCodeAt(j - 1) === BACKSLASH) {
    let k = j - 2;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((j - k) % 2 === 1) break; // an even number of backslashes: the quote is not escaped
    j = text.indexOf('"', j + 1);
  }
  return j;
}

/** The offset after a comment starting at `i`, or `i` when none starts there. */
function skipComment(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === SLASH) {
    const nl = text.indexOf('\n', i + 2);
    return nl === -1 ? text.length : nl + 1;
  }
  if (next === 0x2a) {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 2;
  }
  return i;
}

/**
 * Skips the container opening at `start` (at nesting `depth`): returns the offset after its
 * closing bracket, the text's length when it never closes, or `-(offset + 1)` of the bracket that
 * goes deeper than `maxDepth`.
 */
function skipContainer(
  text: string,
  start: number,
  depth: number,
  maxDepth: number,
  comments: boolean,
  commas: number[] | undefined,
  flags: ScanFlags,
): number {
  const n = text.length;
  let d = 0;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const j = stringEnd(text, i);
      if (j === -1) return n;
      i = j + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      d++;
      if (depth + d > maxDepth) return -(i + 1);
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      d--;
      if (d === 0) return i + 1;
    } else if (c === COMMA) {
      if (commas !== undefined && isTrailingComma(text, i)) commas.push(i);
    } else if (c === SLASH && comments) {
      const after = skipComment(text, i);
      if (after !== i) {
        flags.sawComment = true;
        i = after;
        continue;
      }
    }
    i++;
  }
  return n;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (raw.indexOf('\\') === -1) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw;
  }
}

/**
 * Lines of the members of the top-level object `container` (`"packages"`) of a pretty-printed
 * JSON text, found without scanning the values: each key, in `keys` order (the order JSON.parse
 * gives, which is the document's), is searched as a line of its own at the indentation of the
 * first member (`\n    "node_modules/a":`). Each match is a key token (a value string is never
 * followed by a colon, and an unescaped quote never sits inside a string) at that member
 * indentation; the cursor only moves forward, so the whole search is linear. Returns null when the
 * text is not laid out that way (minified, irregular indentation, keys written with escapes, keys
 * JSON.parse reorders): the caller then uses `locateKeys`.
 */
export function locateMemberKeysFast(
  text: string,
  container: string,
  keys: readonly string[],
): number[] | null {
  const head = text.indexOf(`${JSON.stringify(container)}:`);
  if (head === -1) return null;
  const open = text.indexOf('{', head);
  if (open === -1 || text.slice(head + container.length + 3, open).trim() !== '') return null;
  const firstQuote = text.indexOf('"', open);
  if (firstQuote === -1 || text.slice(open + 1, firstQuote).trim() !== '') return null;
  const nl = text.lastIndexOf('\n', firstQuote);
  if (nl < open) return null;
  const indent = text.slice(nl + 1, firstQuote);
  if (!/^[ \t]*$/.test(indent)) return null;
  const prefix = '\n' + indent;
  const lines = new Array<number>(keys.length);
  let cursor = nl;
  let line = 1;
  let counted = 0; // newlines counted up to this offset
  const p = prefix.length;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    // Keys JSON writes as they are are searched as they are (no quoted copy per key).
    const plain = !needsEscape(key);
    const needle = plain ? key : JSON.stringify(key);
    const open = plain ? 1 : 0;
    const close = plain ? key.length + 1 : needle.length;
    let q = text.indexOf(needle, cursor + p + open);
    while (
      q !== -1 &&
      !(
        text.charCodeAt(q + close - open) === (plain ? QUOTE : COLON) &&
        (!plain || text.charCodeAt(q + close) === COLON) &&
        (!plain || text.charCodeAt(q - 1) === QUOTE) &&
        text.startsWith(prefix, q - open - p)
      )
    ) {
      q = text.indexOf(needle, q + 1);
    }
    if (q === -1) return null;
    const at = q - open - p;
    let n = text.indexOf('\n', counted);
    while (n !== -1 && n <= at) {
      line++;
      n = text.indexOf('\n', n + 1);
    }
    counted = at + 1;
    lines[k] = line; // the key starts on the line after the newline at `at`
    cursor = at + 1;
  }
  return lines;
}

/** Whether JSON.stringify escapes something in `s` (quotes, backslashes, controls, lone surrogates). */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE || c === BACKSLASH || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}
