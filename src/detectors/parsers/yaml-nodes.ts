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
import type { ScanError } from '../../model/component.js';

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

/**
 * Deepest nesting of flow collections (`[`, `{`) and of block indentation, a cheap bound before
 * parsing. Brackets inside quoted scalars, comments and block scalars (`run: |`) are text, not
 * nesting, and are not counted.
 */
export function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let indentMax = 0;
  let blockIndent = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let indent = 0;
    while (start + indent < end && text[start + indent] === ' ') indent++;
    const blank = start + indent >= end || text[start + indent] === '\r';
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
      start = end + 1;
      continue;
    }
    blockIndent = -1;
    let quote = '';
    let dashes = 0;
    for (let i = start + indent; i < end; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\\' && quote === '"') i++;
        continue;
      }
      if (c === '"' || c === "'") {
        const prev = i > start ? text[i - 1] : ' ';
        if (
          prev === ' ' ||
          prev === '\t' ||
          prev === '[' ||
          prev === '{' ||
          prev === ',' ||
          prev === ':' ||
          prev === '-'
        )
          quote = c;
      } else if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') {
        depth++;
        if (depth > max) max = depth;
      } else if ((c === ']' || c === '}') && depth > 0) depth--;
      else if (c === '-' && depth === 0 && i === start + indent + dashes * 2 && text[i + 1] === ' ') dashes++;
    }
    const level = indent / 2 + dashes;
    if (level > indentMax) indentMax = level;
    // A block scalar header (`key: |`, `- >-`): the more-indented lines that follow are its text.
    if (/(^|[:\s-])[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(start + indent, end)) && depth === 0)
      blockIndent = indent;
    start = end + 1;
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
