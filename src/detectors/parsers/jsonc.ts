// The one JSONC reader: jsonc-parser's tree with offsets, after the linear nesting check of
// json-keys.ts so that jsonc-parser's recursive descent never meets hostile nesting, with the first
// error located. Strict JSON is the same reader with comments and trailing commas refused. (Large
// strict-JSON lockfiles that need only key lines go through json-parse.ts, which is faster.)
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ScanError } from '../../model/component.js';
import { LineIndex } from '../../util/lines.js';
import { locateKeys } from './json-keys.js';

export type { Node as JsonNode } from 'jsonc-parser';

export interface JsoncOptions {
  /** Accept `//` and block comments (JSONC); refused, the text is strict JSON. */
  comments: boolean;
  trailingCommas: boolean;
  /** An empty text is no document (no root, no error) rather than an error. */
  emptyIsNothing: boolean;
}

/** JSONC as VS Code and the Dev Containers CLI read it: comments, trailing commas, empty allowed. */
export const JSONC: JsoncOptions = { comments: true, trailingCommas: true, emptyIsNothing: true };

export interface ParsedJsonc {
  /** The tree; after a syntax error, what jsonc-parser recovered (undefined when nesting was too deep). */
  root: Node | undefined;
  lines: LineIndex;
  /** The first error, located: at most one. */
  errors: ScanError[];
}

export function parseJsonc(
  text: string,
  file: string,
  maxDepth: number,
  options: JsoncOptions,
  lines: LineIndex = new LineIndex(text),
): ParsedJsonc {
  const located = (offset: number, message: string): ScanError => ({
    file,
    line: lines.line(offset),
    column: lines.column(offset),
    message,
  });
  const depth = locateKeys(text, {}, maxDepth, { comments: options.comments });
  if (depth.tooDeepAt !== undefined)
    return {
      root: undefined,
      lines,
      errors: [located(depth.tooDeepAt, `nesting deeper than ${maxDepth} levels`)],
    };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, {
    allowTrailingComma: options.trailingCommas,
    disallowComments: !options.comments,
    allowEmptyContent: options.emptyIsNothing,
  });
  const kind = options.comments ? 'JSONC' : 'JSON';
  const first = parseErrors[0];
  if (first !== undefined)
    return {
      root,
      lines,
      errors: [located(first.offset, `invalid ${kind}: ${printParseErrorCode(first.error)}`)],
    };
  if (root === undefined && !options.emptyIsNothing)
    return { root, lines, errors: [located(text.length, `invalid ${kind}: empty document`)] };
  return { root, lines, errors: [] };
}

/** The node at a path from the root (the first member when a key repeats). */
export function at(root: Node | undefined, path: (string | number)[]): Node | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** The members of an object node: key, key node, value node, in text order. */
export function members(node: Node | undefined): { key: string; keyNode: Node; value: Node }[] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: { key: string; keyNode: Node; value: Node }[] = [];
  for (const p of node.children) {
    const k = p.children?.[0];
    const v = p.children?.[1];
    if (k && v && typeof k.value === 'string') out.push({ key: k.value, keyNode: k, value: v });
  }
  return out;
}

/** The value node of an object member (the last one when a key repeats, as JSON.parse does). */
export function member(node: Node | undefined, key: string): Node | undefined {
  let found: Node | undefined;
  for (const m of members(node)) if (m.key === key) found = m.value;
  return found;
}

/** The string elements of an array node. */
export function strings(node: Node | undefined): Node[] {
  if (!node || node.type !== 'array' || !node.children) return [];
  return node.children.filter((c) => c.type === 'string');
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** A scalar value as text (`"1.2.3"`, `true`, `3`). */
export function scalarText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}
