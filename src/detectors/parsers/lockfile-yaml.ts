// A line reader for the block-YAML subset that yarn berry and pnpm write into their lockfiles:
// block mappings indented with spaces, `- ` sequence items, plain / 'single' / "double" quoted
// scalars, one-line flow collections (`{integrity: …}`, `[x64]`), block scalars (`|-`, skipped),
// `? ` long keys, comments, CRLF and `---` document markers. It walks the text once without
// building a tree, so it costs about as much as splitting the lines.
//
// Everything else YAML allows (anchors, aliases, tags, merge keys, multi-line flow or quoted
// scalars, tabs in indentation, directives) is a located error: a security scanner must not
// guess what a full YAML parser would have built.
import { lineAt as lineOf } from '../../util/lines.js';
import { findLoneCr } from '../yarn/classic.js';

export type LineKind = 'entry' | 'item' | 'document';

export interface YamlIssue {
  line: number;
  message: string;
}

export type FlowValue = string | FlowValue[] | { [key: string]: FlowValue };

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;

const maxErrors = 100;

class FlowError extends Error {}

/**
 * Walks a YAML text line by line. After `next()` returns true the fields describe one significant
 * line: its 1-based `line`, its nesting `depth` (0 = top level), `key` and either a scalar `value`,
 * a parsed one-line `flow` collection, or `opens` (a `key:` whose value is the indented block
 * that follows).
 *
 * Keys and scalar values are kept as offsets into the text and sliced only when read (`key`,
 * `value`, `keyIs`): most lines of a lockfile (dependency lists) are checked but never read.
 */
export class YamlLines {
  readonly errors: YamlIssue[] = [];
  line = 0;
  depth = 0;
  kind: LineKind = 'entry';
  /** The parsed one-line flow collection, or null. */
  flow: FlowValue | null = null;
  opens = false;

  // The key is text[keyStart, keyEnd), unless keyText holds it (decoded, or already sliced).
  private keyStart = 0;
  private keyEnd = 0;
  private keyText: string | null = '';
  // The scalar value: none, text[valueStart, valueEnd), or valueText (decoded or already sliced).
  private hasValue = false;
  private valueStart = 0;
  private valueEnd = 0;
  private valueText: string | null = null;

  private pos = 0;
  private lineNo = 0;
  private readonly len: number;
  private readonly stack: number[] = [];
  private allowDeeper = true;
  private pendingComplexKey: { key: string; line: number } | null = null;
  private stopped = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth = 512,
  ) {
    this.len = text.length;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    const cr = findLoneCr(text);
    if (cr !== -1) {
      this.fail(lineOf(text, cr), 'carriage return without a line feed (YAML reads it as a line break)');
      this.stopped = true;
    }
  }

  /** The current line's key ('' for sequence items without a key and for document markers). */
  get key(): string {
    let k = this.keyText;
    if (k === null) {
      k = this.text.slice(this.keyStart, this.keyEnd);
      this.keyText = k;
    }
    return k;
  }

  /** Whether the current line's key is `s`, without slicing it. */
  keyIs(s: string): boolean {
    if (this.keyText !== null) return this.keyText === s;
    return this.keyEnd - this.keyStart === s.length && this.text.startsWith(s, this.keyStart);
  }

  /** Scalar value, or null when the line opens a block or holds a flow collection. */
  get value(): string | null {
    if (!this.hasValue) return null;
    let v = this.valueText;
    if (v === null) {
      v = this.text.slice(this.valueStart, this.valueEnd);
      this.valueText = v;
    }
    return v;
  }

  fail(line: number, message: string): void {
    if (this.errors.length < maxErrors) this.errors.push({ line, message });
  }

  private setKey(key: string): void {
    this.keyText = key;
  }

  private setKeySpan(start: number, end: number): void {
    this.keyStart = start;
    this.keyEnd = end;
    this.keyText = null;
  }

  /** Advances to the next significant line. Returns false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const len = this.len;
    while (!this.stopped && this.pos < len) {
      const start = this.pos;
      let nl = text.indexOf('\n', start);
      if (nl === -1) nl = len;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      this.pos = nl + 1;
      const lineNo = ++this.lineNo;

      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i === end) continue;
      const c = text.charCodeAt(i);
      if (c === HASH) continue;
      if (c === TAB) {
        this.fail(lineNo, 'tab character in indentation');
        continue;
      }
      const indent = i - start;

      if (indent === 0 && (c === 45 || c === 46) && isDocumentMarker(text, i, end)) {
        if (c === 46) {
          this.fail(lineNo, 'document end marker "..." is not supported in a lockfile');
          continue;
        }
        this.stack.length = 0;
        this.allowDeeper = true;
        this.line = lineNo;
        this.depth = 0;
        this.kind = 'document';
        this.setKey('');
        this.hasValue = false;
        this.flow = null;
        this.opens = false;
        return true;
      }
      if (c === 37 && indent === 0) {
        this.fail(lineNo, 'YAML directives are not supported in a lockfile');
        continue;
      }

      if (this.pendingComplexKey !== null) {
        // `? long key` must be followed by `:` at the same indentation.
        const pending = this.pendingComplexKey;
        this.pendingComplexKey = null;
        if (c !== 58 || indent !== (this.stack[this.stack.length - 1] ?? 0)) {
          this.fail(pending.line, 'a "? key" must be followed by ":" on the next line');
          continue;
        }
        if (!this.placeLine(lineNo, indent)) continue;
        this.line = pending.line;
        this.kind = 'entry';
        this.setKey(pending.key);
        if (!this.readValue(i + 1, end, lineNo, indent)) continue;
        return true;
      }

      if (!this.placeLine(lineNo, indent)) continue;
      this.line = lineNo;

      if (c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        // A sequence item: `- scalar`, `- {flow}` or `- key: value` (a mapping inside the item).
        this.kind = 'item';
        let k = i + 1;
        while (k < end && text.charCodeAt(k) === SPACE) k++;
        if (k === end) {
          this.fail(lineNo, 'empty sequence item');
          continue;
        }
        const keyEnd = this.tryReadKey(k, end, lineNo);
        if (keyEnd === -1) {
          this.setKey('');
          if (!this.readScalarOrFlow(k, end, lineNo, indent)) continue;
          this.opens = false;
          this.allowDeeper = false;
          return true;
        }
        // The item's mapping continues at the column of its first key.
        this.stack.push(k - start);
        this.depth = this.stack.length - 1;
        if (!this.readValue(keyEnd, end, lineNo, k - start)) continue;
        return true;
      }
      this.kind = 'entry';

      if (c === 63 && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === SPACE) j++;
        const key = this.readKeyScalar(j, end, lineNo);
        if (key === null) continue;
        if (!restIsEmpty(text, key.end, end)) {
          this.fail(lineNo, 'unexpected text after a "? key"');
          continue;
        }
        this.pendingComplexKey = { key: key.value, line: lineNo };
        continue;
      }

      const keyEnd = this.tryReadKey(i, end, lineNo);
      if (keyEnd === -1) {
        this.fail(lineNo, 'expected "key: value" (multi-line scalars are not supported in a lockfile)');
        this.allowDeeper = false;
        continue;
      }
      if (!this.readValue(keyEnd, end, lineNo, indent)) continue;
      return true;
    }
    if (this.pendingComplexKey !== null) {
      this.fail(this.pendingComplexKey.line, 'a "? key" must be followed by ":" on the next line');
      this.pendingComplexKey = null;
    }
    return false;
  }

  /** Fits a line's indentation into the block structure and sets `depth`. */
  private placeLine(lineNo: number, indent: number): boolean {
    const stack = this.stack;
    const top = stack.length === 0 ? -1 : stack[stack.length - 1]!;
    if (indent === top) {
      this.depth = stack.length - 1;
      return true;
    }
    if (indent > top) {
      if (!this.allowDeeper && stack.length > 0) {
        this.fail(lineNo, 'unexpected indentation (a continuation line, which a lockfile never has)');
        return false;
      }
      if (stack.length >= this.maxDepth) {
        this.fail(lineNo, `nesting deeper than ${this.maxDepth} levels`);
        this.stopped = true;
        return false;
      }
      stack.push(indent);
    } else {
      while (stack.length > 0 && stack[stack.length - 1]! > indent) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1] !== indent) {
        this.fail(lineNo, 'indentation does not match any enclosing block');
        stack.push(indent);
        this.allowDeeper = false;
        return false;
      }
    }
    this.depth = stack.length - 1;
    return true;
  }

  /**
   * Reads `key:` at `i` into the key fields; returns the offset after the ":", or -1 when the
   * line is not a mapping entry.
   */
  private tryReadKey(i: number, end: number, lineNo: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
      if (q === -1) return -1;
      let j = q + 1;
      while (j < end && text.charCodeAt(j) === SPACE) j++;
      if (j >= end || text.charCodeAt(j) !== 58) return -1;
      if (!quoteEscaped) this.setKeySpan(i + 1, q);
      else {
        const key = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
        if (key === null) {
          this.fail(lineNo, 'unsupported escape in a double-quoted key');
          this.setKey('');
        } else this.setKey(key);
      }
      return j + 1;
    }
    if (isIndicator(c)) return -1;
    // Plain key: up to the first ":" followed by a space or the end of the line; a " #" before it
    // would make the rest a comment: not a key.
    let j = i;
    for (;;) {
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d === 58) break;
        if (d === HASH && j > i && isBlank(text.charCodeAt(j - 1))) return -1;
        j++;
      }
      if (j >= end) return -1;
      const d = text.charCodeAt(j + 1);
      if (j + 1 === end || d === SPACE || d === TAB) break;
      j++;
    }
    // Right-trimmed as String.prototype.trimEnd trims.
    let e = j;
    while (e > i && isJsWhitespace(text.charCodeAt(e - 1))) e--;
    if (e - i === 2 && text.charCodeAt(i) === 60 && text.charCodeAt(i + 1) === 60) {
      this.fail(lineNo, 'merge keys ("<<") are not supported in a lockfile');
      this.setKey('\u0000<<');
      return j + 1;
    }
    this.setKeySpan(i, e);
    return j + 1;
  }

  private readKeyScalar(i: number, end: number, lineNo: number): { value: string; end: number } | null {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34) {
      const q = scanDoubleQuoted(text, i, end);
      const value = q === -1 ? null : quoteEscaped ? decodeDoubleQuoted(text, i, q) : text.slice(i + 1, q);
      if (value === null) {
        this.fail(lineNo, 'unterminated or unsupported double-quoted key');
        return null;
      }
      return { value, end: q + 1 };
    }
    if (c === 39) {
      const q = scanSingleQuoted(text, i, end);
      if (q === -1) {
        this.fail(lineNo, 'unterminated single-quoted key');
        return null;
      }
      return { value: decodeSingleQuoted(text, i, q), end: q + 1 };
    }
    if (isIndicator(c)) {
      this.fail(lineNo, 'unsupported "? key"');
      return null;
    }
    return { value: text.slice(i, plainEnd(text, i, end)), end };
  }

  /** Reads what follows `key:`. */
  private readValue(i: number, end: number, lineNo: number, indent: number): boolean {
    const text = this.text;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (i === end || text.charCodeAt(i) === HASH) {
      this.hasValue = false;
      this.flow = null;
      this.opens = true;
      this.allowDeeper = true;
      return true;
    }
    this.opens = false;
    this.allowDeeper = false;
    return this.readScalarOrFlow(i, end, lineNo, indent);
  }

  private setValueSpan(start: number, end: number): void {
    this.hasValue = true;
    this.valueStart = start;
    this.valueEnd = end;
    this.valueText = null;
  }

  private setValue(value: string): void {
    this.hasValue = true;
    this.valueText = value;
  }

  private readScalarOrFlow(i: number, end: number, lineNo: number, indent: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(i);
    this.flow = null;
    this.hasValue = false;
    if (c === 34 || c === 39) {
      const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
      if (q === -1) {
        this.fail(lineNo, 'quoted scalar does not end on its line (multi-line scalars are not supported)');
        return false;
      }
      let decoded: string | null = null;
      if (quoteEscaped) {
        decoded = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
        if (decoded === null) {
          this.fail(lineNo, 'unsupported escape in a double-quoted scalar');
          return false;
        }
      }
      if (!restIsEmpty(text, q + 1, end)) {
        this.fail(lineNo, 'unexpected text after a quoted scalar');
        return false;
      }
      if (decoded === null) this.setValueSpan(i + 1, q);
      else this.setValue(decoded);
      return true;
    }
    if (c === 123 || c === 91) {
      try {
        const p = new FlowParser(text, i, end, this.maxDepth);
        this.flow = p.parseValue(0);
        if (!restIsEmpty(text, p.pos, end)) {
          this.flow = null;
          throw new FlowError('unexpected text after a flow collection');
        }
        return true;
      } catch (e) {
        this.flow = null;
        this.fail(lineNo, e instanceof FlowError ? e.message : 'invalid flow collection');
        return false;
      }
    }
    if (c === 124 || c === 62) {
      // Block scalar (`|`, `|-`, `>+`, …): its content is the more-indented lines that follow.
      if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, end))) {
        this.fail(lineNo, 'invalid block scalar header');
        return false;
      }
      this.skipBlockScalar(indent);
      this.setValue('');
      return true;
    }
    if (c === 38 || c === 42 || c === 33) {
      this.fail(
        lineNo,
        c === 38
          ? 'YAML anchors ("&") are not supported in a lockfile'
          : c === 42
            ? 'YAML aliases ("*") are not supported in a lockfile'
            : 'YAML tags ("!") are not supported in a lockfile',
      );
      return false;
    }
    if (isIndicator(c) && !(c === 45 && i + 1 < end && text.charCodeAt(i + 1) !== SPACE)) {
      this.fail(lineNo, `unexpected ${JSON.stringify(text[i])} at the start of a value`);
      return false;
    }
    // Up to a ` #` comment, right-trimmed; `a: b` or a trailing `:` inside it would make YAML read
    // a nested mapping.
    let j = i;
    let colon = false;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 58) {
        if (j + 1 === end || isBlank(text.charCodeAt(j + 1))) colon = true;
      } else if (d === HASH && j > i && isBlank(text.charCodeAt(j - 1))) break;
    }
    let e = j;
    while (e > i && isBlank(text.charCodeAt(e - 1))) e--;
    if (colon && hasMappingColon(text, i, e)) {
      this.fail(lineNo, 'a plain value contains ": " (YAML reads it as a nested mapping)');
      return false;
    }
    this.setValueSpan(i, e);
    return true;
  }

  private skipBlockScalar(indent: number): void {
    const text = this.text;
    while (this.pos < this.len) {
      let nl = text.indexOf('\n', this.pos);
      if (nl === -1) nl = this.len;
      let i = this.pos;
      while (i < nl && text.charCodeAt(i) === SPACE) i++;
      const blank = i === nl || (i === nl - 1 && text.charCodeAt(i) === CR);
      if (!blank && i - this.pos <= indent) return;
      this.pos = nl + 1;
      this.lineNo++;
    }
  }
}

/**
 * The field names of one mapping, for duplicate checks: a short array while the mapping is small
 * (a package has a handful of fields), a Set past that (hostile files may have thousands).
 */
export class FieldNames {
  private readonly list: string[] = [];
  private set: Set<string> | null = null;

  clear(): void {
    this.list.length = 0;
    this.set = null;
  }

  /** Adds a name; returns false when it was already there. */
  add(name: string): boolean {
    if (this.set !== null) {
      if (this.set.has(name)) return false;
      this.set.add(name);
      return true;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === name) return false;
    list.push(name);
    if (list.length > 16) this.set = new Set(list);
    return true;
  }
}

function isDocumentMarker(text: string, i: number, end: number): boolean {
  const m = text.startsWith('---', i) ? 45 : text.startsWith('...', i) ? 46 : 0;
  if (!m) return false;
  return restIsEmpty(text, i + 3, end) && (i + 3 === end || text.charCodeAt(i + 3) === SPACE);
}

/** Characters that cannot start a plain scalar in a lockfile. */
function isIndicator(c: number): boolean {
  switch (c) {
    case 45: // -
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
  }
  return false;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function restIsEmpty(text: string, i: number, end: number): boolean {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i === end) return true;
  if (text.charCodeAt(i) === HASH && isBlank(text.charCodeAt(i - 1))) return true;
  return false;
}

/** End of a plain scalar at `i`: up to a ` #` comment (within the line), right-trimmed of blanks. */
function plainEnd(text: string, i: number, end: number): number {
  let j = i;
  for (; j < end; j++) {
    if (text.charCodeAt(j) === HASH && j > i && isBlank(text.charCodeAt(j - 1))) break;
  }
  while (j > i && isBlank(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Whether text[i, e) holds ": ", ":\t" or ends in ":". */
function hasMappingColon(text: string, i: number, e: number): boolean {
  for (let j = i; j < e; j++) {
    if (text.charCodeAt(j) === 58 && (j + 1 === e || isBlank(text.charCodeAt(j + 1)))) return true;
  }
  return false;
}

/** What String.prototype.trim removes (WhiteSpace and LineTerminator). */
function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Set by the quoted-scalar scanners: whether the scalar needs decoding (escapes, `''`). */
let quoteEscaped = false;

/**
 * Finds the closing quote of a double-quoted scalar at `i` that ends on its line; -1 when it does
 * not. Sets `quoteEscaped` when it holds a backslash escape.
 */
function scanDoubleQuoted(text: string, i: number, end: number): number {
  let j = i + 1;
  let escaped = false;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) break;
    if (d === 92) {
      escaped = true;
      j++;
    }
  }
  quoteEscaped = escaped;
  return j >= end ? -1 : j;
}

/**
 * The value of the double-quoted scalar text[i..q] that holds escapes; null when it uses an escape
 * outside JSON's (YAML's `\x`, `\e`, `\ `, … are rejected rather than reimplemented).
 */
function decodeDoubleQuoted(text: string, i: number, q: number): string | null {
  try {
    // JSON forbids raw control characters; YAML allows tabs. Keep the literal text.
    return JSON.parse(text.slice(i, q + 1).replace(/\t/g, '\\t')) as string;
  } catch {
    return null;
  }
}

/**
 * Finds the closing quote of a single-quoted scalar at `i` that ends on its line (`''` is a quote
 * inside it); -1 when it does not. Sets `quoteEscaped` when it holds a `''`.
 */
function scanSingleQuoted(text: string, i: number, end: number): number {
  let j = i + 1;
  let escaped = false;
  for (;;) {
    let q = j;
    while (q < end && text.charCodeAt(q) !== 39) q++;
    if (q >= end) {
      quoteEscaped = escaped;
      return -1;
    }
    if (q + 1 < end && text.charCodeAt(q + 1) === 39) {
      escaped = true;
      j = q + 2;
      continue;
    }
    quoteEscaped = escaped;
    return q;
  }
}

/** The value of the single-quoted scalar text[i..q]. */
function decodeSingleQuoted(text: string, i: number, q: number): string {
  return text.slice(i + 1, q).replaceAll("''", "'");
}

/** A one-line flow collection: `{a: b, c: [d, 'e']}`. */
class FlowParser {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number,
    private readonly maxDepth: number,
  ) {}

  parseValue(depth = 0): FlowValue {
    if (depth > this.maxDepth) throw new FlowError('flow collection nested too deeply');
    this.skip();
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.parseMap(depth);
    if (c === 91) return this.parseSeq(depth);
    return this.parseScalar();
  }

  private skip(): void {
    while (this.pos < this.end && isBlank(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private parseMap(depth: number): FlowValue {
    this.pos++;
    const out: { [key: string]: FlowValue } = Object.create(null) as { [key: string]: FlowValue };
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow mapping does not end on its line');
      if (this.text.charCodeAt(this.pos) === 125) {
        this.pos++;
        return out;
      }
      const key = this.parseScalar(true);
      this.skip();
      if (this.text.charCodeAt(this.pos) !== 58) throw new FlowError('expected ":" in a flow mapping');
      this.pos++;
      this.skip();
      const c = this.text.charCodeAt(this.pos);
      const value = c === 44 || c === 125 ? '' : this.parseValue(depth + 1);
      if (key === '<<') throw new FlowError('merge keys ("<<") are not supported in a lockfile');
      if (key in out) throw new FlowError(`duplicate key ${JSON.stringify(key)}`);
      out[key] = value;
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow mapping does not end on its line');
      const d = this.text.charCodeAt(this.pos);
      if (d === 44) this.pos++;
      else if (d !== 125) throw new FlowError('expected "," or "}" in a flow mapping');
    }
  }

  private parseSeq(depth: number): FlowValue {
    this.pos++;
    const out: FlowValue[] = [];
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow sequence does not end on its line');
      if (this.text.charCodeAt(this.pos) === 93) {
        this.pos++;
        return out;
      }
      out.push(this.parseValue(depth + 1));
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow sequence does not end on its line');
      const d = this.text.charCodeAt(this.pos);
      if (d === 44) this.pos++;
      else if (d !== 93) throw new FlowError('expected "," or "]" in a flow sequence');
    }
  }

  private parseScalar(isKey = false): string {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 34 || c === 39) {
      const i = this.pos;
      const q = c === 34 ? scanDoubleQuoted(text, i, this.end) : scanSingleQuoted(text, i, this.end);
      if (q === -1) throw new FlowError('quoted scalar does not end on its line');
      let value: string | null;
      if (!quoteEscaped) value = text.slice(i + 1, q);
      else if (c === 34) value = decodeDoubleQuoted(text, i, q);
      else value = decodeSingleQuoted(text, i, q);
      if (value === null) throw new FlowError('unsupported escape in a double-quoted scalar');
      this.pos = q + 1;
      return value;
    }
    if (c === 38) throw new FlowError('YAML anchors ("&") are not supported in a lockfile');
    if (c === 42) throw new FlowError('YAML aliases ("*") are not supported in a lockfile');
    if (c === 33) throw new FlowError('YAML tags ("!") are not supported in a lockfile');
    if (isIndicator(c) && !(c === 45 && text.charCodeAt(this.pos + 1) !== SPACE)) {
      throw new FlowError(
        `unexpected ${JSON.stringify(text[this.pos] ?? 'end of line')} in a flow collection`,
      );
    }
    let j = this.pos;
    for (; j < this.end; j++) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125) break;
      if (
        d === 58 &&
        (j + 1 >= this.end || isBlank(text.charCodeAt(j + 1)) || isFlowEnd(text.charCodeAt(j + 1)))
      )
        break;
      if (d === HASH && isBlank(text.charCodeAt(j - 1)))
        throw new FlowError('comment inside a flow collection');
    }
    let e = j;
    while (e > this.pos && isJsWhitespace(text.charCodeAt(e - 1))) e--;
    const value = text.slice(this.pos, e);
    if (!isKey && value === '') throw new FlowError('empty value in a flow collection');
    this.pos = j;
    return value;
  }
}

function isFlowEnd(c: number): boolean {
  return c === 44 || c === 93 || c === 125;
}
