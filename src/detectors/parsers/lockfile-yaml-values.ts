// Keys and values of one line of the lockfile YAML line reader (lockfile-yaml.ts): a `key:` (plain
// or quoted), a `? ` long key, and what follows the colon (a plain or quoted scalar, a one-line flow
// collection, a block scalar header), each written into the reader's fields or failed, located.
import { FlowError, FlowParser, type FlowValue } from './lockfile-yaml-flow.js';
import {
  decodeDoubleQuoted,
  decodeSingleQuoted,
  HASH,
  hasMappingColon,
  isBlank,
  isIndicator,
  isJsWhitespace,
  plainEnd,
  quoteEscaped,
  restIsEmpty,
  scanDoubleQuoted,
  scanSingleQuoted,
  SPACE,
  TAB,
} from './lockfile-yaml-scalars.js';

/** A run of characters that are neither ":" nor "#" (a line ends at CR or LF). */
const RUN = /[^:#\r\n]*/y;

/** The offset of the first ":" or "#" at or after `j` (or `end`): matched natively, not per character. */
function runEnd(text: string, j: number, end: number): number {
  RUN.lastIndex = j;
  RUN.test(text);
  return Math.min(RUN.lastIndex, end);
}

/** The reader's fields that reading a key or a value sets. */
export interface LineSink {
  flow: FlowValue | null;
  fail(line: number, message: string): void;
  setKey(key: string): void;
  setKeySpan(start: number, end: number): void;
  setValue(value: string): void;
  setValueSpan(start: number, end: number): void;
  /** Skips the more-indented lines of a block scalar. */
  skipBlockScalar(indent: number): void;
}

/**
 * Reads `key:` at `i` into the key fields; returns the offset after the ":", or -1 when the
 * line is not a mapping entry.
 */
export function readKey(text: string, i: number, end: number, lineNo: number, sink: LineSink): number {
  const c = text.charCodeAt(i);
  if (c === 34 || c === 39) {
    const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
    if (q === -1) return -1;
    let j = q + 1;
    while (j < end && text.charCodeAt(j) === SPACE) j++;
    if (j >= end || text.charCodeAt(j) !== 58) return -1;
    if (!quoteEscaped) sink.setKeySpan(i + 1, q);
    else {
      const key = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
      if (key === null) {
        sink.fail(lineNo, 'unsupported escape in a double-quoted key');
        sink.setKey('');
      } else sink.setKey(key);
    }
    return j + 1;
  }
  if (isIndicator(c)) return -1;
  // Plain key: up to the first ":" followed by a space or the end of the line; a " #" before it
  // would make the rest a comment: not a key.
  let j = i;
  for (;;) {
    while (j < end) {
      j = runEnd(text, j, end);
      if (j >= end) break;
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
    sink.fail(lineNo, 'merge keys ("<<") are not supported in a lockfile');
    sink.setKey('\u0000<<');
    return j + 1;
  }
  sink.setKeySpan(i, e);
  return j + 1;
}

export function readKeyScalar(
  text: string,
  i: number,
  end: number,
  lineNo: number,
  sink: LineSink,
): { value: string; end: number } | null {
  const c = text.charCodeAt(i);
  if (c === 34) {
    const q = scanDoubleQuoted(text, i, end);
    const value = q === -1 ? null : quoteEscaped ? decodeDoubleQuoted(text, i, q) : text.slice(i + 1, q);
    if (value === null) {
      sink.fail(lineNo, 'unterminated or unsupported double-quoted key');
      return null;
    }
    return { value, end: q + 1 };
  }
  if (c === 39) {
    const q = scanSingleQuoted(text, i, end);
    if (q === -1) {
      sink.fail(lineNo, 'unterminated single-quoted key');
      return null;
    }
    return { value: decodeSingleQuoted(text, i, q), end: q + 1 };
  }
  if (isIndicator(c)) {
    sink.fail(lineNo, 'unsupported "? key"');
    return null;
  }
  return { value: text.slice(i, plainEnd(text, i, end)), end };
}

/** Reads a value: a quoted or plain scalar, a flow collection, or a block scalar (skipped). */
export function readScalarOrFlow(
  text: string,
  i: number,
  end: number,
  lineNo: number,
  indent: number,
  maxDepth: number,
  sink: LineSink,
): boolean {
  const c = text.charCodeAt(i);
  sink.flow = null;
  if (c === 34 || c === 39) {
    const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
    if (q === -1) {
      sink.fail(lineNo, 'quoted scalar does not end on its line (multi-line scalars are not supported)');
      return false;
    }
    let decoded: string | null = null;
    if (quoteEscaped) {
      decoded = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
      if (decoded === null) {
        sink.fail(lineNo, 'unsupported escape in a double-quoted scalar');
        return false;
      }
    }
    if (!restIsEmpty(text, q + 1, end)) {
      sink.fail(lineNo, 'unexpected text after a quoted scalar');
      return false;
    }
    if (decoded === null) sink.setValueSpan(i + 1, q);
    else sink.setValue(decoded);
    return true;
  }
  if (c === 123 || c === 91) {
    try {
      const p = new FlowParser(text, i, end, maxDepth);
      sink.flow = p.parseValue(0);
      if (!restIsEmpty(text, p.pos, end)) {
        sink.flow = null;
        throw new FlowError('unexpected text after a flow collection');
      }
      return true;
    } catch (e) {
      sink.flow = null;
      sink.fail(lineNo, e instanceof FlowError ? e.message : 'invalid flow collection');
      return false;
    }
  }
  if (c === 124 || c === 62) {
    // Block scalar (`|`, `|-`, `>+`, …): its content is the more-indented lines that follow.
    if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, end))) {
      sink.fail(lineNo, 'invalid block scalar header');
      return false;
    }
    sink.skipBlockScalar(indent);
    sink.setValue('');
    return true;
  }
  if (c === 38 || c === 42 || c === 33) {
    sink.fail(
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
    sink.fail(lineNo, `unexpected ${JSON.stringify(text[i])} at the start of a value`);
    return false;
  }
  // Up to a ` #` comment, right-trimmed; `a: b` or a trailing `:` inside it would make YAML read
  // a nested mapping.
  let j = i;
  let colon = false;
  for (; j < end; j++) {
    j = runEnd(text, j, end);
    if (j >= end) break;
    const d = text.charCodeAt(j);
    if (d === 58) {
      if (j + 1 === end || isBlank(text.charCodeAt(j + 1))) colon = true;
    } else if (d === HASH && j > i && isBlank(text.charCodeAt(j - 1))) break;
  }
  let e = j;
  while (e > i && isBlank(text.charCodeAt(e - 1))) e--;
  if (colon && hasMappingColon(text, i, e)) {
    sink.fail(lineNo, 'a plain value contains ": " (YAML reads it as a nested mapping)');
    return false;
  }
  sink.setValueSpan(i, e);
  return true;
}
