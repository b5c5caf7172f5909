// Parsing JSON with located errors: strict JSON.parse with the reason and place of a syntax error,
// the offset of the first error jsonc-parser's scanner finds, and a parse that also gives the line of
// each key of chosen objects (found by ./json-keys.ts's linear pass).
import { createScanner, parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ScanError } from '../../model/component.js';
import { LineIndex, lineColumnAt } from '../../util/lines.js';
import { locateKeys, type KeyLocations, type KeyShape } from './json-keys.js';

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  CommaToken: 5,
  ColonToken: 6,
  NullKeyword: 7,
  TrueKeyword: 8,
  FalseKeyword: 9,
  StringLiteral: 10,
  NumericLiteral: 11,
  LineCommentTrivia: 12,
  BlockCommentTrivia: 13,
  LineBreakTrivia: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;

/**
 * Which keys to record. `record` marks an object whose own keys are recorded; `keys` gives the
 * shape of named members' values, `each` the shape of every member's value.
 */
export interface JsonSyntaxError {
  message: string;
  line?: number;
  column?: number;
}

/** Parses strict JSON; on failure returns a located reason instead of throwing. */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: describeJsonError(text, e) };
  }
}

function describeJsonError(text: string, e: unknown): JsonSyntaxError {
  const raw = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError) return { message: 'nesting too deep to parse' };
  // V8 appends the position or a snippet of the text; the location is given separately.
  let reason = raw
    .replace(/\s+(?:in JSON )?at position \d+.*$/s, '')
    .replace(/,\s*(?:\.\.\.)?".*$/s, '')
    .replace(/\s+is not valid JSON$/s, '');
  if (reason.length > 120) reason = reason.slice(0, 120) + '…';
  const pos = /at position (\d+)/.exec(raw);
  let offset: number | undefined = pos ? Number(pos[1]) : undefined;
  if (offset === undefined) offset = firstSyntaxErrorOffset(text);
  if (offset === undefined && /end of JSON input/i.test(raw)) offset = text.length;
  const where = offset === undefined ? {} : lineColumnAt(text, offset);
  return { message: `invalid JSON: ${reason}`, ...where };
}

/**
 * Offset of the first syntax error of a strict JSON text, found with jsonc-parser's tokenizer and
 * an explicit stack (no recursion, so any nesting depth is safe).
 */
export function firstSyntaxErrorOffset(text: string): number | undefined {
  const scanner = createScanner(text, false);
  // States: 0 value expected, 1 after a value, 2 key expected (or `}` right after `{`), 3 colon expected.
  const stack: boolean[] = []; // true = object
  let state = 0;
  let emptyAllowed = false;
  for (;;) {
    const kind = scanner.scan() as number;
    const at = scanner.getTokenOffset();
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    if (scanner.getTokenError() !== 0) return at;
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) return at;
    if (kind === SyntaxKind.EOF) return state === 1 && stack.length === 0 ? undefined : at;
    if (kind === SyntaxKind.Unknown) return at;
    const inObject = stack[stack.length - 1] === true;
    switch (state) {
      case 0:
        if (kind === SyntaxKind.OpenBraceToken) {
          stack.push(true);
          state = 2;
          emptyAllowed = true;
          continue;
        } else if (kind === SyntaxKind.OpenBracketToken) {
          stack.push(false);
          state = 0;
          emptyAllowed = true;
          continue;
        } else if (
          kind === SyntaxKind.StringLiteral ||
          kind === SyntaxKind.NumericLiteral ||
          kind === SyntaxKind.TrueKeyword ||
          kind === SyntaxKind.FalseKeyword ||
          kind === SyntaxKind.NullKeyword
        ) {
          state = 1;
        } else if (kind === SyntaxKind.CloseBracketToken && emptyAllowed && stack.length > 0 && !inObject) {
          stack.pop();
          state = 1;
        } else return at;
        emptyAllowed = false;
        continue;
      case 1:
        if (stack.length === 0) return at;
        if (kind === SyntaxKind.CommaToken) state = inObject ? 2 : 0;
        else if (kind === SyntaxKind.CloseBraceToken && inObject) stack.pop();
        else if (kind === SyntaxKind.CloseBracketToken && !inObject) stack.pop();
        else return at;
        emptyAllowed = false;
        continue;
      case 2:
        if (kind === SyntaxKind.StringLiteral) state = 3;
        else if (kind === SyntaxKind.CloseBraceToken && emptyAllowed) {
          stack.pop();
          state = 1;
        } else return at;
        emptyAllowed = false;
        continue;
      case 3:
        if (kind !== SyntaxKind.ColonToken) return at;
        state = 0;
        continue;
    }
  }
}

export type JsonParseResult =
  { ok: true; value: unknown; keyLines: Map<string, Map<string, number>> } | { ok: false; error: ScanError };

/** Joins an object path into the key used by {@link parseJsonLocated}'s result. */
export function jsonPath(...keys: string[]): string {
  return keys.join('\u0000');
}

/**
 * Parses JSON and records, for every object whose path is in `parents` (see {@link jsonPath}),
 * the 1-based line of each of its property keys (the last one when a key repeats, whose value
 * JSON.parse keeps). Nesting is bounded before parsing; syntax errors are located with
 * jsonc-parser. Never throws.
 */
export function parseJsonLocated(
  file: string,
  text: string,
  parents: readonly string[],
  maxDepth: number,
): JsonParseResult {
  if (text.charCodeAt(0) === 0xfeff) text = ' ' + text.slice(1); // a BOM, kept as one column
  const paths = parents.map((p) => (p === '' ? [] : p.split('\u0000')));
  const where = locateKeys(text, shapeOfPaths(paths), maxDepth);
  if (where.tooDeepAt !== undefined) {
    return {
      ok: false,
      error: {
        file,
        line: lineColumnAt(text, where.tooDeepAt).line,
        message: `JSON nesting deeper than ${maxDepth} levels`,
      },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: locateJsonError(file, text) };
  }
  const keyLines = new Map<string, Map<string, number>>();
  for (let p = 0; p < paths.length; p++) {
    const table = tableAt(where, paths[p]!);
    if (table === undefined) continue;
    const lines = new Map<string, number>();
    for (const [key, id] of table) lines.set(key, where.lines[id] ?? 1);
    keyLines.set(parents[p]!, lines);
  }
  return { ok: true, value, keyLines };
}

/** A shape that records the root and every object along `paths`. */
function shapeOfPaths(paths: readonly string[][]): KeyShape {
  const root: { record: true; keys: Map<string, KeyShape> } = { record: true, keys: new Map() };
  for (const path of paths) {
    let node = root;
    for (const key of path) {
      let next = node.keys.get(key) as typeof root | undefined;
      if (next === undefined) node.keys.set(key, (next = { record: true, keys: new Map() }));
      node = next;
    }
  }
  return root;
}

/** The recorded table of the object at `path` (from the root), when the text has one. */
function tableAt(where: KeyLocations, path: readonly string[]): Map<string, number> | undefined {
  let table = where.tables.get(-1);
  for (const key of path) {
    const id = table?.get(key);
    if (id === undefined) return undefined;
    table = where.tables.get(id);
  }
  return table;
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
