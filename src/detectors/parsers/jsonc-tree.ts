// JSONC (comments, trailing commas) parsed with jsonc-parser into a tree with offsets, after a
// linear depth check so jsonc-parser's recursive descent never meets hostile nesting.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../../util/lines.js';
import { locateKeys } from './json-keys.js';

export interface JsoncTree {
  root: Node;
  lines: LineIndex;
}

export interface JsoncError {
  message: string;
  line?: number;
  column?: number;
}

export function parseJsoncTree(
  text: string,
  maxDepth: number,
  options: { comments: boolean; trailingCommas: boolean },
): { tree: JsoncTree } | { error: JsoncError } {
  const lines = new LineIndex(text);
  const depth = locateKeys(text, {}, maxDepth, { comments: options.comments });
  if (depth.tooDeepAt !== undefined) {
    return {
      error: {
        message: `nesting deeper than ${maxDepth} levels`,
        line: lines.line(depth.tooDeepAt),
        column: lines.column(depth.tooDeepAt),
      },
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, {
    allowTrailingComma: options.trailingCommas,
    disallowComments: !options.comments,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const offset = first?.offset ?? text.length;
    const reason = first ? printParseErrorCode(first.error) : 'empty document';
    return {
      error: {
        message: `invalid ${options.comments ? 'JSONC' : 'JSON'}: ${reason}`,
        line: lines.line(offset),
        column: lines.column(offset),
      },
    };
  }
  return { tree: { root, lines } };
}

/** The members of an object node as [key, key node, value node]. */
export function members(node: Node | undefined): [string, Node, Node][] {
  const out: [string, Node, Node][] = [];
  if (node?.type !== 'object') return out;
  for (const prop of node.children ?? []) {
    const k = prop.children?.[0];
    const v = prop.children?.[1];
    if (k && v && typeof k.value === 'string') out.push([k.value, k, v]);
  }
  return out;
}

/** The value node of an object member (the last one when a key repeats, as JSON.parse does). */
export function member(node: Node | undefined, key: string): Node | undefined {
  let found: Node | undefined;
  for (const [k, , v] of members(node)) if (k === key) found = v;
  return found;
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}
