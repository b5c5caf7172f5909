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
import type { FlowValue } from './lockfile-yaml-flow.js';
import { CR, HASH, isBlank, isDocumentMarker, restIsEmpty, SPACE, TAB } from './lockfile-yaml-scalars.js';
import { readKey, readKeyScalar, readScalarOrFlow, type LineSink } from './lockfile-yaml-values.js';

export type { FlowValue } from './lockfile-yaml-flow.js';

export type LineKind = 'entry' | 'item' | 'document';

export interface YamlIssue {
  line: number;
  message: string;
}

const maxErrors = 100;

/**
 * Walks a YAML text line by line. After `next()` returns true the fields describe one significant
 * line: its 1-based `line`, its nesting `depth` (0 = top level), `key` and either a scalar `value`,
 * a parsed one-line `flow` collection, or `opens` (a `key:` whose value is the indented block
 * that follows).
 *
 * Keys and scalar values are kept as offsets into the text and sliced only when read (`key`,
 * `value`, `keyIs`): most lines of a lockfile (dependency lists) are checked but never read.
 */
export class YamlLines implements LineSink {
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

  /** @internal For lockfile-yaml-values.ts. */
  setKey(key: string): void {
    this.keyText = key;
  }

  /** @internal For lockfile-yaml-values.ts. */
  setKeySpan(start: number, end: number): void {
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
        const keyEnd = readKey(this.text, k, end, lineNo, this);
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
        const key = readKeyScalar(this.text, j, end, lineNo, this);
        if (key === null) continue;
        if (!restIsEmpty(text, key.end, end)) {
          this.fail(lineNo, 'unexpected text after a "? key"');
          continue;
        }
        this.pendingComplexKey = { key: key.value, line: lineNo };
        continue;
      }

      const keyEnd = readKey(this.text, i, end, lineNo, this);
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

  private readScalarOrFlow(i: number, end: number, lineNo: number, indent: number): boolean {
    this.hasValue = false;
    return readScalarOrFlow(this.text, i, end, lineNo, indent, this.maxDepth, this);
  }

  /** @internal For lockfile-yaml-values.ts. */
  setValueSpan(start: number, end: number): void {
    this.hasValue = true;
    this.valueStart = start;
    this.valueEnd = end;
    this.valueText = null;
  }

  /** @internal For lockfile-yaml-values.ts. */
  setValue(value: string): void {
    this.hasValue = true;
    this.valueText = value;
  }

  /** @internal For lockfile-yaml-values.ts. */
  skipBlockScalar(indent: number): void {
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
