// A line reader for the block-YAML subset that yarn berry and pnpm write into their lockfiles:
// block mappings indented with spaces, `- ` sequence items, plain / 'single' / "double" quoted
// scalars, one-line flow collections (`{integrity: …}`, `[x64]`), block scalars (`|-`, skipped),
// `? ` long keys, comments, CRLF and `---` document markers. It walks the text once without
// building a tree, so it costs about as much as splitting the lines.
//
// Everything else YAML allows (anchors, aliases, tags, merge keys, multi-line flow or quoted
// scalars, tabs in indentation, directives) is a located error: a security scanner must not
// guess what a full YAML parser would have built.
import { findLoneCr, lineOf } from './yarn/classic.js';

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
 */
export class YamlLines {
  readonly errors: YamlIssue[] = [];
  line = 0;
  depth = 0;
  kind: LineKind = 'entry';
  key = '';
  /** Scalar value, or null when the line opens a block or holds a flow collection. */
  value: string | null = null;
  flow: FlowValue | null = null;
  opens = false;
  /** Offset of the start of the current line. */
  lineStart = 0;

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

  fail(line: number, message: string): void {
    if (this.errors.length < maxErrors) this.errors.push({ line, message });
  }

  /** Advances to the next significant line. Returns false at the end of the text. */
  next(): boolean {
    const text = this.text;
    while (!this.stopped && this.pos < this.len) {
      let nl = text.indexOf('\n', this.pos);
      if (nl === -1) nl = this.len;
      let end = nl;
      if (end > this.pos && text.charCodeAt(end - 1) === CR) end--;
      const start = this.pos;
      this.pos = nl + 1;
      const lineNo = ++this.lineNo;

      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i === end) continue;
      const c = text.charCodeAt(i);
      if (c === HASH) continue;
      if (c === 9) {
        this.fail(lineNo, 'tab character in indentation');
        continue;
      }
      const indent = i - start;

      if (indent === 0 && (c === 45 || c === 46) && isDocumentMarker(text, i, end)) {
        if (text.charCodeAt(i) === 46) {
          this.fail(lineNo, 'document end marker "..." is not supported in a lockfile');
          continue;
        }
        this.stack.length = 0;
        this.allowDeeper = true;
        this.line = lineNo;
        this.lineStart = start;
        this.depth = 0;
        this.kind = 'document';
        this.key = '';
        this.value = null;
        this.flow = null;
        this.opens = false;
        return true;
      }
      if (c === 37 && indent === 0) {
        this.fail(lineNo, 'YAML directives are not supported in a lockfile');
        continue;
      }

      if (this.pendingComplexKey) {
        // `? long key` must be followed by `:` at the same indentation.
        const pending = this.pendingComplexKey;
        this.pendingComplexKey = null;
        if (c !== 58 || indent !== (this.stack[this.stack.length - 1] ?? 0)) {
          this.fail(pending.line, 'a "? key" must be followed by ":" on the next line');
          continue;
        }
        if (!this.placeLine(lineNo, indent)) continue;
        this.line = pending.line;
        this.lineStart = start;
        this.kind = 'entry';
        this.key = pending.key;
        if (!this.readValue(i + 1, end, lineNo, indent)) continue;
        return true;
      }

      if (!this.placeLine(lineNo, indent)) continue;
      this.line = lineNo;
      this.lineStart = start;

      let k = i;
      this.kind = 'entry';
      if (c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        // A sequence item: `- scalar`, `- {flow}` or `- key: value` (a mapping inside the item).
        this.kind = 'item';
        k = i + 1;
        while (k < end && text.charCodeAt(k) === SPACE) k++;
        if (k === end) {
          this.fail(lineNo, 'empty sequence item');
          continue;
        }
        const itemKey = this.tryReadKey(k, end, lineNo);
        if (itemKey === null) {
          this.key = '';
          if (!this.readScalarOrFlow(k, end, lineNo, indent)) continue;
          this.opens = false;
          this.allowDeeper = false;
          return true;
        }
        // The item's mapping continues at the column of its first key.
        this.stack.push(k - start);
        this.depth = this.stack.length - 1;
        this.key = itemKey.key;
        if (!this.readValue(itemKey.end, end, lineNo, k - start)) continue;
        return true;
      }

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

      const key = this.tryReadKey(k, end, lineNo);
      if (key === null) {
        this.fail(lineNo, 'expected "key: value" (multi-line scalars are not supported in a lockfile)');
        this.allowDeeper = false;
        continue;
      }
      this.key = key.key;
      if (!this.readValue(key.end, end, lineNo, indent)) continue;
      return true;
    }
    if (this.pendingComplexKey) {
      this.fail(this.pendingComplexKey.line, 'a "? key" must be followed by ":" on the next line');
      this.pendingComplexKey = null;
    }
    return false;
  }

  /** Fits a line's indentation into the block structure and sets `depth`. */
  private placeLine(lineNo: number, indent: number): boolean {
    const stack = this.stack;
    const top = stack.length === 0 ? -1 : stack[stack.length - 1]!;
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

  /** Reads `key:` at `i`; returns null when the line is not a mapping entry. */
  private tryReadKey(i: number, end: number, lineNo: number): { key: string; end: number } | null {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const q = c === 34 ? readDoubleQuoted(text, i, end) : readSingleQuoted(text, i, end);
      if (q === null) return null;
      let j = q.end;
      while (j < end && text.charCodeAt(j) === SPACE) j++;
      if (j >= end || text.charCodeAt(j) !== 58) return null;
      if (q.value === null) {
        this.fail(lineNo, 'unsupported escape in a double-quoted key');
        return { key: '', end: j + 1 };
      }
      return { key: q.value, end: j + 1 };
    }
    if (isIndicator(c)) return null;
    // Plain key: up to the first ":" followed by a space or the end of the line.
    let j = i;
    for (;;) {
      while (j < end && text.charCodeAt(j) !== 58) j++;
      if (j >= end) return null;
      const d = text.charCodeAt(j + 1);
      if (j + 1 === end || d === SPACE || d === TAB) break;
      j++;
    }
    const raw = text.slice(i, j);
    if (raw.includes(' #') || raw.includes('\t#')) return null;
    const key = raw.trimEnd();
    if (key === '<<') {
      this.fail(lineNo, 'merge keys ("<<") are not supported in a lockfile');
      return { key: '\u0000<<', end: j + 1 };
    }
    return { key, end: j + 1 };
  }

  private readKeyScalar(i: number, end: number, lineNo: number): { value: string; end: number } | null {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34) {
      const q = readDoubleQuoted(text, i, end);
      if (q === null || q.value === null) {
        this.fail(lineNo, 'unterminated or unsupported double-quoted key');
        return null;
      }
      return { value: q.value, end: q.end };
    }
    if (c === 39) {
      const q = readSingleQuoted(text, i, end);
      if (q === null) {
        this.fail(lineNo, 'unterminated single-quoted key');
        return null;
      }
      return { value: q.value, end: q.end };
    }
    if (isIndicator(c)) {
      this.fail(lineNo, 'unsupported "? key"');
      return null;
    }
    const v = plainValue(text, i, end);
    return { value: v.value, end: v.end };
  }

  /** Reads what follows `key:`. */
  private readValue(i: number, end: number, lineNo: number, indent: number): boolean {
    const text = this.text;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    if (i === end || text.charCodeAt(i) === HASH) {
      this.value = null;
      this.flow = null;
      this.opens = true;
      this.allowDeeper = true;
      return true;
    }
    this.opens = false;
    this.allowDeeper = false;
    return this.readScalarOrFlow(i, end, lineNo, indent);
  }

  private readScalarOrFlow(i: number, end: number, lineNo: number, indent: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(i);
    this.flow = null;
    this.value = null;
    if (c === 34 || c === 39) {
      const q = c === 34 ? readDoubleQuoted(text, i, end) : readSingleQuoted(text, i, end);
      if (q === null) {
        this.fail(lineNo, 'quoted scalar does not end on its line (multi-line scalars are not supported)');
        return false;
      }
      if (q.value === null) {
        this.fail(lineNo, 'unsupported escape in a double-quoted scalar');
        return false;
      }
      if (!restIsEmpty(text, q.end, end)) {
        this.fail(lineNo, 'unexpected text after a quoted scalar');
        return false;
      }
      this.value = q.value;
      return true;
    }
    if (c === 123 || c === 91) {
      try {
        const p = new FlowParser(text, i, end, this.maxDepth);
        this.flow = p.parseValue();
        if (!restIsEmpty(text, p.pos, end)) throw new FlowError('unexpected text after a flow collection');
        return true;
      } catch (e) {
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
      this.value = '';
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
    const v = plainValue(text, i, end);
    if (v.value.includes(': ') || v.value.includes(':\t') || v.value.endsWith(':')) {
      this.fail(lineNo, 'a plain value contains ": " (YAML reads it as a nested mapping)');
      return false;
    }
    this.value = v.value;
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

/** A plain scalar up to a ` #` comment, right-trimmed. */
function plainValue(text: string, i: number, end: number): { value: string; end: number } {
  // Up to a ` #` comment (searched within the line only), right-trimmed.
  let j = i;
  for (; j < end; j++) {
    if (text.charCodeAt(j) === HASH && j > i && isBlank(text.charCodeAt(j - 1))) break;
  }
  let e = j;
  while (e > i && isBlank(text.charCodeAt(e - 1))) e--;
  return { value: text.slice(i, e), end };
}

/**
 * A double-quoted scalar ending on its line. `value` is null when it uses an escape outside JSON's
 * (YAML's `\x`, `\e`, `\ `, … are rejected rather than reimplemented).
 */
function readDoubleQuoted(
  text: string,
  i: number,
  end: number,
): { value: string | null; end: number } | null {
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
  if (j >= end) return null;
  if (!escaped) {
    const raw = text.slice(i + 1, j);
    // JSON forbids raw control characters; YAML allows tabs. Keep the literal text.
    return { value: raw, end: j + 1 };
  }
  try {
    return { value: JSON.parse(text.slice(i, j + 1).replace(/\t/g, '\\t')) as string, end: j + 1 };
  } catch {
    return { value: null, end: j + 1 };
  }
}

function readSingleQuoted(text: string, i: number, end: number): { value: string; end: number } | null {
  let j = i + 1;
  let out = '';
  let from = j;
  for (;;) {
    let q = j;
    while (q < end && text.charCodeAt(q) !== 39) q++;
    if (q >= end) return null;
    if (text.charCodeAt(q + 1) === 39 && q + 1 < end) {
      out += text.slice(from, q + 1);
      j = q + 2;
      from = j;
      continue;
    }
    out += text.slice(from, q);
    return { value: out, end: q + 1 };
  }
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
      if (Object.prototype.hasOwnProperty.call(out, key))
        throw new FlowError(`duplicate key ${JSON.stringify(key)}`);
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
      const q =
        c === 34 ? readDoubleQuoted(text, this.pos, this.end) : readSingleQuoted(text, this.pos, this.end);
      if (q === null) throw new FlowError('quoted scalar does not end on its line');
      if (q.value === null) throw new FlowError('unsupported escape in a double-quoted scalar');
      this.pos = q.end;
      return q.value;
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
    const value = text.slice(this.pos, j).trimEnd();
    if (!isKey && value === '') throw new FlowError('empty value in a flow collection');
    this.pos = j;
    return value;
  }
}

function isFlowEnd(c: number): boolean {
  return c === 44 || c === 93 || c === 125;
}
