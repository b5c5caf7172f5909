// JSONC parsing with offsets (comments and trailing commas), a depth bound checked with the
// iterative scanner before building the tree, and located errors.
import {
  createScanner,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';

// jsonc-parser's SyntaxKind is an ambient const enum; its values, spelled out.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;
import type { ScanError } from '../../model/component.js';
import type { LineIndex } from '../../util/lines.js';

export function parseJsonc(
  text: string,
  file: string,
  lines: LineIndex,
  maxDepth: number,
): { root: Node | undefined; errors: ScanError[] } {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let k: number = scanner.scan(); k !== EOF; k = scanner.scan()) {
    if (k === OPEN_BRACE || k === OPEN_BRACKET) {
      if (++depth > maxDepth) {
        const at = scanner.getTokenOffset();
        return {
          root: undefined,
          errors: [
            {
              file,
              line: lines.line(at),
              column: lines.column(at),
              message: `nesting deeper than ${maxDepth} levels`,
            },
          ],
        };
      }
    } else if (k === CLOSE_BRACE || k === CLOSE_BRACKET) depth--;
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: true,
  });
  const errors = parseErrors.slice(0, 1).map((e) => ({
    file,
    line: lines.line(e.offset),
    column: lines.column(e.offset),
    message: `invalid JSONC: ${printParseErrorCode(e.error)}`,
  }));
  return { root, errors };
}

export function at(root: Node | undefined, path: (string | number)[]): Node | undefined {
  return root ? findNodeAtLocation(root, path) : undefined;
}

/** The properties of an object node: key, key node, value node. */
export function props(node: Node | undefined): { key: string; keyNode: Node; value: Node }[] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: { key: string; keyNode: Node; value: Node }[] = [];
  for (const p of node.children) {
    const k = p.children?.[0];
    const v = p.children?.[1];
    if (k && v && typeof k.value === 'string') out.push({ key: k.value, keyNode: k, value: v });
  }
  return out;
}

export function strings(node: Node | undefined): Node[] {
  if (!node || node.type !== 'array' || !node.children) return [];
  return node.children.filter((c) => c.type === 'string');
}

export function strValue(node: Node | undefined): string | undefined {
  return node && node.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/** A scalar option value as text (`"1.2.3"`, `true`, `3`). */
export function scalarText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}
