// Where TOML tables, keys and array elements start: one linear scan of the text, so each entry
// parsed by smol-toml (./toml.ts) can be given the line that names it.
import { linesAt } from '../../util/lines.js';

/** Where a key (or table header) sits, and where the direct elements of its array value start. */
export interface TomlKeyPosition {
  line: number;
  /** Lines of the direct elements when the value is an array. */
  elements?: number[];
}

/**
 * Source positions of a TOML document, from one pass over text that already parsed (call
 * {@link parseToml} first: the scan assumes valid TOML).
 */
export class TomlPositions {
  /** Header lines of `[[path]]` array tables, in order: the n-th header is the n-th table. */
  private readonly arrayTables = new Map<string, number[]>();
  /** Header lines of `[path]` tables. */
  private readonly tables = new Map<string, number>();
  /** Keys under tables that are not array tables (array-table keys repeat, so they are not kept). */
  private readonly keys = new Map<string, TomlKeyPosition>();

  constructor(text: string) {
    if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1);
    new Scanner(text, this.arrayTables, this.tables, this.keys).run();
  }

  /** The header lines of every `[[...path]]` table, in document order. */
  arrayTableLines(path: readonly string[]): number[] {
    return this.arrayTables.get(pathKey(path)) ?? [];
  }

  /** The header line of a `[...path]` table. */
  tableLine(path: readonly string[]): number | undefined {
    return this.tables.get(pathKey(path));
  }

  /** Position of `key = value` by its full path (table path plus dotted key). */
  key(path: readonly string[]): TomlKeyPosition | undefined {
    return this.keys.get(pathKey(path));
  }
}

function isBareKeyChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}

function pathKey(path: readonly string[]): string {
  return path.join('\u0000');
}

/** The top-level array `name`, as either `[[name]]` tables or an inline `name = [...]` value. */
export function locateArrayEntries(positions: TomlPositions, name: string): number[] {
  const headers = positions.arrayTableLines([name]);
  if (headers.length > 0) return headers;
  return positions.key([name])?.elements ?? [];
}

class Scanner {
  private i = 0;
  private line = 1;
  private tablePath: string[] = [];
  private inArrayTable = false;

  constructor(
    private readonly s: string,
    private readonly arrayTables: Map<string, number[]>,
    private readonly tables: Map<string, number>,
    private readonly keys: Map<string, TomlKeyPosition>,
  ) {}

  run(): void {
    const s = this.s;
    while (this.i < s.length) {
      this.skipBlank();
      if (this.i >= s.length) break;
      const c = s.charCodeAt(this.i);
      if (c === 0x5b /* [ */) this.header();
      else this.keyValue();
      this.skipToLineEnd();
    }
  }

  private header(): void {
    const line = this.line;
    const isArray = this.s.charCodeAt(this.i + 1) === 0x5b;
    this.i += isArray ? 2 : 1;
    const path = this.readKey();
    this.i += isArray ? 2 : 1; // the closing brackets (valid TOML: `]]` or `]`)
    this.tablePath = path;
    this.inArrayTable = isArray;
    const k = pathKey(path);
    if (isArray) {
      let list = this.arrayTables.get(k);
      if (!list) this.arrayTables.set(k, (list = []));
      list.push(line);
    } else {
      this.tables.set(k, line);
    }
  }

  private keyValue(): void {
    const line = this.line;
    const key = this.readKey();
    this.skipInline();
    this.i++; // '='
    this.skipInline();
    const elements: number[] = [];
    this.readValue(elements, 0);
    if (!this.inArrayTable) {
      const pos: TomlKeyPosition = { line };
      if (this.lastValueWasArray) pos.elements = elements;
      this.keys.set(pathKey([...this.tablePath, ...key]), pos);
    }
  }

  private lastValueWasArray = false;

  /** Reads a (dotted) key; stops before `=`, `]` or the end of the line. */
  private readKey(): string[] {
    const s = this.s;
    const parts: string[] = [];
    for (;;) {
      this.skipInline();
      const c = s[this.i];
      if (c === '"') parts.push(this.readBasicString());
      else if (c === "'") parts.push(this.readLiteralString());
      else {
        const start = this.i;
        while (this.i < s.length && isBareKeyChar(s.charCodeAt(this.i))) this.i++;
        parts.push(s.slice(start, this.i));
      }
      this.skipInline();
      if (s[this.i] === '.') {
        this.i++;
        continue;
      }
      return parts;
    }
  }

  /** Reads one value; records the start line of each direct element of a top-level array. */
  private readValue(elements: number[], depth: number): void {
    const s = this.s;
    const c = s[this.i];
    if (depth === 0) this.lastValueWasArray = c === '[';
    if (c === '"') {
      if (s.startsWith('"""', this.i)) this.readMultiline('"""', true);
      else this.skipBasicString();
    } else if (c === "'") {
      if (s.startsWith("'''", this.i)) this.readMultiline("'''", false);
      else this.readLiteralString();
    } else if (c === '[') {
      this.i++;
      for (;;) {
        this.skipBlankAndComments();
        if (this.i >= s.length || s[this.i] === ']') break;
        const before = this.i;
        if (depth === 0) elements.push(this.line);
        this.readValue(elements, depth + 1);
        this.skipBlankAndComments();
        if (s[this.i] === ',') this.i++;
        if (this.i === before) this.i++; // never loop in place, whatever the text
      }
      this.i++;
    } else if (c === '{') {
      this.i++;
      for (;;) {
        this.skipBlankAndComments();
        if (this.i >= s.length || s[this.i] === '}') break;
        const before = this.i;
        this.readKey();
        this.skipInline();
        this.i++; // '='
        this.skipInline();
        this.readValue(elements, depth + 1);
        this.skipBlankAndComments();
        if (s[this.i] === ',') this.i++;
        if (this.i === before) this.i++;
      }
      this.i++;
    } else {
      // A number, boolean or date: up to a delimiter.
      while (this.i < s.length) {
        const d = s.charCodeAt(this.i);
        // , ] } \n # \r
        if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x0a || d === 0x23 || d === 0x0d) break;
        this.i++;
      }
    }
  }

  private readBasicString(): string {
    const s = this.s;
    const start = this.i;
    this.skipBasicString();
    const raw = s.slice(start + 1, Math.max(start + 1, this.i - 1));
    if (!raw.includes('\\')) return raw;
    this.i = start;
    let out = '';
    this.i++;
    while (this.i < s.length && s[this.i] !== '"' && s[this.i] !== '\n') {
      if (s[this.i] === '\\') {
        const next = s[this.i + 1];
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        this.i += 2;
      } else out += s[this.i++];
    }
    this.i++;
    return out;
  }

  private newlineAt = -1;

  /** Index of the first `\n` at or after `from` (-1 if none), amortised over the scan. */
  private nextNewline(from: number): number {
    if (this.newlineAt === -2) return -1;
    if (this.newlineAt < from) {
      this.newlineAt = this.s.indexOf('\n', from);
      if (this.newlineAt === -1) {
        this.newlineAt = -2;
        return -1;
      }
    }
    return this.newlineAt;
  }

  /** Skips a one-line basic string value (its text is not needed). */
  private skipBasicString(): void {
    const s = this.s;
    let j = this.i + 1;
    for (;;) {
      const q = s.indexOf('"', j);
      const nl = this.nextNewline(j);
      if (q === -1 || (nl !== -1 && nl < q)) {
        this.i = nl === -1 ? s.length : nl; // unterminated: stop at the line end
        return;
      }
      let backslashes = 0;
      for (let k = q - 1; k > this.i && s.charCodeAt(k) === 0x5c; k--) backslashes++;
      if (backslashes % 2 === 0) {
        this.i = q + 1;
        return;
      }
      j = q + 1;
    }
  }

  private readLiteralString(): string {
    const s = this.s;
    const end = s.indexOf("'", this.i + 1);
    const stop = end < 0 ? s.length : end;
    const out = s.slice(this.i + 1, stop);
    this.i = stop + 1;
    return out;
  }

  private readMultiline(delim: string, escapes: boolean): void {
    const s = this.s;
    this.i += 3;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\n') this.line++;
      if (escapes && c === '\\') {
        if (s[this.i + 1] === '\n') this.line++;
        this.i += 2;
        continue;
      }
      if (s.startsWith(delim, this.i)) {
        this.i += 3;
        // Up to two more quotes may belong to the content (`""""` ends with a quote inside).
        while (s[this.i] === delim[0]) this.i++;
        return;
      }
      this.i++;
    }
  }

  private skipInline(): void {
    const s = this.s;
    for (let c = s.charCodeAt(this.i); c === 0x20 || c === 0x09; c = s.charCodeAt(this.i)) this.i++;
  }

  private skipBlank(): void {
    this.skipBlankAndComments();
  }

  private skipBlankAndComments(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x0a) {
        this.line++;
        this.i++;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) this.i++;
      else if (c === 0x23 /* # */) {
        const nl = this.nextNewline(this.i);
        this.i = nl < 0 ? s.length : nl;
      } else break;
    }
  }

  /** After a header or key/value: skip a trailing comment up to (not past) the newline. */
  private skipToLineEnd(): void {
    const s = this.s;
    const nl = this.nextNewline(this.i);
    if (nl < 0) {
      this.i = s.length;
      return;
    }
    // Anything left on the line is whitespace or a comment in valid TOML.
    this.i = nl;
  }
}

/**
 * The header lines of the `[[name]]` tables of a document that parsed, found without the full
 * position scan: every `[[` that starts a line (after spaces or tabs) is read up to `]]` on that
 * line. Valid TOML has such a line only as a table header (a nested array value at a line start
 * cannot hold a bare word such as `package`), except inside multi-line strings, so a text with
 * `"""` or `'''` is left to the scanner, as is any `[[...]]` line written with quotes or escapes
 * (`[["package"]]`). Returns null (use {@link TomlPositions}) then, or when the count differs
 * from the `expected` number of parsed tables. `name` must be a bare key that is not a value
 * (`package`, `packages`).
 */
export function arrayHeaderLinesFast(text: string, name: string, expected: number): number[] | null {
  if (text.includes('"""') || text.includes("'''")) return null;
  const offsets: number[] = [];
  for (let at = text.indexOf('[['); at !== -1; at = text.indexOf('[[', at + 2)) {
    let b = at - 1;
    while (b >= 0 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09)) b--;
    // At a line start: the text's start, or a line break (a BOM counts as a character here).
    if (b >= 0 && text.charCodeAt(b) !== 0x0a) continue;
    const close = text.indexOf(']]', at + 2);
    const eol = text.indexOf('\n', at + 2);
    if (close === -1 || (eol !== -1 && eol < close)) return null;
    const content = text.slice(at + 2, close);
    if (/["'\\]/.test(content)) return null;
    if (content.trim() === name) {
      if (offsets.length === expected) return null;
      offsets.push(at);
    }
  }
  return offsets.length === expected ? linesAt(text, offsets) : null;
}
