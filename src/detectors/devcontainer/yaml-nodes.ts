// Small helpers over `yaml` documents with source positions, shared by the compose and workflow
// detectors. Aliases are followed by reference (never expanded), so alias bombs stay cheap.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { ScanError } from '../../model.js';

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  errors: ScanError[];
}

export function parseYaml(text: string, file: string, maxDepth: number): ParsedYaml {
  const lines = new LineCounter();
  const errors: ScanError[] = [];
  const depth = flowDepth(text);
  if (depth > maxDepth) {
    errors.push({ file, message: `nesting deeper than ${maxDepth} levels` });
    return { doc: parseDocument('', { lineCounter: new LineCounter() }), lines, errors };
  }
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  for (const e of doc.errors.slice(0, 10)) {
    const pos = lines.linePos(e.pos[0]);
    errors.push({
      file,
      line: pos.line,
      column: pos.col,
      message: `invalid YAML: ${e.message.split('\n')[0]}`,
    });
  }
  return { doc, lines, errors };
}

/** Deepest nesting of flow collections and indentation, a cheap bound before parsing. */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  let indentMax = 0;
  for (const m of text.matchAll(/^( *)(- +)*/gm)) {
    const level = m[0].length / 2;
    if (level > indentMax) indentMax = level;
  }
  return Math.max(max, indentMax);
}

export function resolve(doc: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

export function get(doc: Document.Parsed, map: unknown, key: string): unknown {
  const m = resolve(doc, map);
  if (!isMap(m)) return undefined;
  const p = pair(m, key);
  return p ? resolve(doc, p.value) : undefined;
}

export function pair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

export function pairs(doc: Document.Parsed, map: unknown): { key: string; keyNode: Node; value: unknown }[] {
  const m = resolve(doc, map);
  if (!isMap(m)) return [];
  const out: { key: string; keyNode: Node; value: unknown }[] = [];
  for (const p of m.items) {
    if (isScalar(p.key)) out.push({ key: String(p.key.value), keyNode: p.key, value: resolve(doc, p.value) });
  }
  return out;
}

export function items(doc: Document.Parsed, seq: unknown): unknown[] {
  const s = resolve(doc, seq);
  return isSeq(s) ? s.items.map((i) => resolve(doc, i)) : [];
}

export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function lineOf(lines: LineCounter, node: unknown): number {
  const range = (node as Node | undefined)?.range;
  return range ? lines.linePos(range[0]).line : 1;
}

/**
 * Maps an offset inside a scalar's value to a line of the file. Literal block scalars (`|`) keep
 * one value line per source line after their header; other scalars are located at their start.
 */
export function scalarLocator(lines: LineCounter, node: unknown): (offset: number, value: string) => number {
  const start = lineOf(lines, node);
  const type = isScalar(node) ? node.type : undefined;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    return (offset, value) => {
      let n = 0;
      for (let i = value.indexOf('\n'); i !== -1 && i < offset; i = value.indexOf('\n', i + 1)) n++;
      return start + 1 + n;
    };
  }
  return () => start;
}
