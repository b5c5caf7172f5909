// JSON lockfiles: parse with the built-in JSON.parse (fast, iterative) and find the line of each
// property key under chosen parent objects with one iterative pass over the text. Nesting is
// bounded before parsing, and syntax errors are located with jsonc-parser.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ScanError } from '../../model.js';
import { LineIndex } from '../../util/lines.js';

export type JsonParseResult =
  { ok: true; value: unknown; keyLines: Map<string, Map<string, number>> } | { ok: false; error: ScanError };

/** Joins an object path into the key used by {@link parseJsonLocated}'s result. */
export function jsonPath(...keys: string[]): string {
  return keys.join('\u0000');
}

/**
 * Parses JSON and records, for every object whose path is in `parents` (see {@link jsonPath}),
 * the 1-based line of each of its property keys. Never throws.
 */
export function parseJsonLocated(
  file: string,
  text: string,
  parents: readonly string[],
  maxDepth: number,
): JsonParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // a BOM, kept as one column
  const wanted = new Set(parents);
  const scan = scanKeys(text, wanted, maxDepth);
  if (scan.tooDeep !== undefined) {
    return {
      ok: false,
      error: { file, line: scan.tooDeep, message: `JSON nesting deeper than ${maxDepth} levels` },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: locateJsonError(file, text) };
  }
  return { ok: true, value, keyLines: scan.keyLines };
}

function locateJsonError(file: string, text: string): ScanError {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return { file, message: 'invalid JSON' };
  const index = new LineIndex(text);
  const atEnd = first.offset >= text.length;
  return {
    file,
    line: index.line(first.offset),
    column: index.column(first.offset),
    message: atEnd
      ? 'invalid JSON: unexpected end of file'
      : `invalid JSON: ${words(printParseErrorCode(first.error))}`,
  };
}

/** `PropertyNameExpected` -> `property name expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

interface Frame {
  isObject: boolean;
  /** Path of this container when it is within the depth of a wanted parent, else null. */
  path: string | null;
}

/**
 * One pass over the text: tracks containers on an explicit stack (no recursion), reads property
 * keys of the wanted parents and their lines. Tolerant of invalid JSON (JSON.parse judges it).
 */
function scanKeys(
  s: string,
  wanted: ReadonlySet<string>,
  maxDepth: number,
): { keyLines: Map<string, Map<string, number>>; tooDeep?: number } {
  const keyLines = new Map<string, Map<string, number>>();
  let maxWantedDepth = 0;
  for (const w of wanted) maxWantedDepth = Math.max(maxWantedDepth, w === '' ? 0 : w.split('\u0000').length);
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey: string | null = null;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      i++;
    } else if (c === 0x22 /* " */) {
      const end = stringEnd(s, i);
      const top = stack[stack.length - 1];
      if (top?.isObject && expectKey) {
        expectKey = false;
        if (top.path !== null) {
          const raw = s.slice(i + 1, end);
          const key = raw.includes('\\') ? decodeJsonString(raw) : raw;
          lastKey = key;
          if (wanted.has(top.path)) {
            let m = keyLines.get(top.path);
            if (!m) keyLines.set(top.path, (m = new Map()));
            m.set(key, line);
          }
        }
      }
      // Raw newlines are invalid inside JSON strings, but count them so lines stay true.
      for (let k = i + 1; k < end; k++) if (s.charCodeAt(k) === 0x0a) line++;
      i = end + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) return { keyLines, tooDeep: line };
      const parent = stack[stack.length - 1];
      let path: string | null = null;
      if (!parent) path = '';
      else if (parent.path !== null && stack.length <= maxWantedDepth) {
        const name = parent.isObject ? (lastKey ?? '') : '[]';
        path = parent.path === '' ? name : parent.path + '\u0000' + name;
      }
      stack.push({ isObject: c === 0x7b, path });
      expectKey = c === 0x7b;
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1]?.isObject ?? false;
      i++;
    } else {
      i++;
    }
  }
  return { keyLines };
}

/** Index of the closing quote of the string opening at `start` (or the text's end). */
function stringEnd(s: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q === -1) return s.length;
    let backslashes = 0;
    for (let k = q - 1; k > start && s.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}

function decodeJsonString(raw: string): string {
  try {
    return JSON.parse('"' + raw + '"') as string;
  } catch {
    return raw;
  }
}
