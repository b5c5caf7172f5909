// yarn.lock (classic and berry) cut into its entries for the audit's screen
// (parsers/screened-entries.ts): an entry starts at a line in column 0 that ends with `:` and runs
// to the next line in column 0 (yarn's own top level: both formats nest by indentation only).
// Every other line in column 0 (`__metadata:`, a merge-conflict marker, anything else) is
// structure and is always parsed.
import { STRUCTURE, type Segments } from '../parsers/screened-entries.js';

const SPACE = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const QUOTE = 34;

export function yarnSegments(text: string): Segments {
  const starts = [0];
  const lines = [1];
  const kinds = [STRUCTURE];
  const len = text.length;
  let pos = 0;
  let line = 1;
  while (pos < len) {
    const c = text.charCodeAt(pos);
    const nl = text.indexOf('\n', pos);
    if (c !== SPACE && c !== LF && c !== CR && c !== HASH) {
      const kind = isEntryHeader(text, pos, nl === -1 ? len : nl) ? 1 : STRUCTURE;
      if (pos === 0) kinds[0] = kind;
      else {
        starts.push(pos);
        lines.push(line);
        kinds.push(kind);
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  return { starts, lines, kinds };
}

function isEntryHeader(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && (text.charCodeAt(last) === CR || text.charCodeAt(last) === SPACE)) last--;
  if (text.charCodeAt(last) !== COLON) return false;
  return !(text.startsWith('__metadata', start) || text.startsWith('"__metadata"', start));
}

/**
 * The package names an entry's header line declares: the first descriptor's name and, for an
 * `npm:` alias, its target's (a superset is fine: they only decide which entries are parsed).
 */
export function yarnKeyNames(text: string, start: number, end: number): string[] {
  const nl = text.indexOf('\n', start);
  const header = text.slice(start, nl === -1 || nl > end ? end : nl);
  const names: string[] = [];
  const add = (d: string) => {
    const at = d.indexOf('@', 1);
    if (at > 0) names.push(d.slice(0, at));
  };
  add(header.charCodeAt(0) === QUOTE ? header.slice(1) : header);
  const npm = header.indexOf('@npm:');
  if (npm !== -1) add(header.slice(npm + 5));
  return names;
}
