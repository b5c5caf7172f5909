// The fields one word becomes, as bash makes them before running a command: brace expansion
// (`{a,b}`, `{1..3}`), then field splitting of unquoted expansions (`npm i -g $PKGS`) and one
// field per element of `"$@"` and `"${a[@]}"`. Quoted text is never split; a word whose value
// is unknown stays one unknown field.
import {
  expandParts,
  expandWord,
  paramValue,
  SUBSTITUTION,
  type Expanded,
  type Lookup,
  type VarValue,
} from './expand.js';
import type { Part, Word } from './syntax.js';
import { WordReader } from './words.js';

/** Brace expansion makes at most this many words of one word (hostile input). */
const MAX_VARIANTS = 256;

export function expandFields(word: Word, lookup: Lookup): Expanded[] {
  // Only a `{` that opens no `${…}` can start a brace expression.
  const words = /(^|[^$])\{/.test(word.raw) ? braceVariants(word) : [word];
  return words.flatMap((w) => splitFields(w, lookup));
}

/** Whether a parameter or a command substitution expands to several fields here. */
function splits(p: Part, lookup: Lookup): boolean {
  if (p.k === 'opaque' && p.script && !p.quoted) {
    const v = expandParts([p], lookup);
    return !v.unknown && /[ \t\n]/.test(v.text);
  }
  if (p.k !== 'param') return false;
  const v = paramValue(p, lookup);
  if (v.unknown) return false;
  if (v.items && isAll(p.name)) return true;
  return !p.quoted && /[ \t\n]/.test(v.text);
}

/** `$@`, `$*`, `${a[@]}`, `${a[*]}`: every element. `*` joins them into one field when quoted. */
function isAll(name: string): boolean {
  return name === '@' || name === '*' || /\[[@*]\]$/.test(name);
}

function splitFields(word: Word, lookup: Lookup): Expanded[] {
  if (!word.parts.some((p) => splits(p, lookup))) return [expandWord(word, lookup)];
  const fields: Expanded[] = [];
  let cur: Expanded | null = null;
  const add = (v: VarValue): void => {
    cur ??= { text: '', unknown: false, start: word.start, word };
    cur.text += v.text;
    if (v.unknown) cur.unknown = true;
    if (v.from && v.text !== '') cur.from ??= v.from;
  };
  const end = (): void => {
    if (cur) fields.push(cur);
    cur = null;
  };
  for (const p of word.parts) {
    if (!splits(p, lookup) || (p.k !== 'param' && p.k !== 'opaque')) {
      add(expandParts([p], lookup));
      continue;
    }
    // A substitution's output: its lines (each knows where it is written), split on blanks.
    const v = p.k === 'param' ? paramValue(p, lookup) : expandParts([p], lookup);
    const quotedStar = p.k === 'param' && p.quoted && (p.name === '*' || p.name.endsWith('[*]'));
    const elements =
      p.k === 'opaque'
        ? (lookup(SUBSTITUTION + p.script!.text)?.items ?? [v])
        : v.items && isAll(p.name) && !quotedStar
          ? v.items
          : [v];
    elements.forEach((e, i) => {
      if (i > 0) end();
      if (p.quoted) {
        add(e);
        return;
      }
      // Unquoted: split on blanks; blanks at either end end the field before or start a new one.
      e.text.split(/[ \t\n]+/).forEach((piece, k) => {
        if (k > 0) end();
        if (piece !== '') add({ ...e, text: piece });
      });
    });
  }
  end();
  return fields;
}

/** The words a word's unquoted brace expressions make, in bash's order. */
function braceVariants(word: Word): Word[] {
  const raws = expandBraces(word.raw, 0);
  if (raws.length === 1 && raws[0] === word.raw) return [word];
  return raws.map((raw) => ({
    raw,
    start: word.start,
    parts: new WordReader(raw, 0, raw.length).readAllAsWord(),
  }));
}

function expandBraces(raw: string, depth: number): string[] {
  const group = depth < 8 ? findGroup(raw) : null;
  if (!group) return [raw];
  const prefix = raw.slice(0, group.open);
  const suffixes = expandBraces(raw.slice(group.close + 1), depth + 1);
  const out: string[] = [];
  for (const alt of group.alternatives.flatMap((a) => expandBraces(a, depth + 1)))
    for (const suffix of suffixes) {
      if (out.length >= MAX_VARIANTS) return out;
      out.push(prefix + alt + suffix);
    }
  return out;
}

/**
 * The first unquoted `{…}` with a top-level `,` or a `x..y` sequence; `${…}` is a parameter,
 * not a brace expression.
 */
function findGroup(raw: string): { open: number; close: number; alternatives: string[] } | null {
  let quote = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '$' && raw[i + 1] === '{') i = skipBraces(raw, i + 1);
    else if (c === '{') {
      const g = readGroup(raw, i);
      if (g) return g;
    }
  }
  return null;
}

function skipBraces(raw: string, open: number): number {
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}' && --depth === 0) return i;
  }
  return raw.length;
}

function readGroup(
  raw: string,
  open: number,
): { open: number; close: number; alternatives: string[] } | null {
  let depth = 0;
  let quote = '';
  let from = open + 1;
  const parts: string[] = [];
  for (let i = open; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '$' && raw[i + 1] === '{') i = skipBraces(raw, i + 1);
    else if (c === '{') depth++;
    else if (c === ',' && depth === 1) {
      parts.push(raw.slice(from, i));
      from = i + 1;
    } else if (c === '}' && --depth === 0) {
      if (parts.length > 0) return { open, close: i, alternatives: [...parts, raw.slice(from, i)] };
      const seq = sequence(raw.slice(open + 1, i));
      return seq ? { open, close: i, alternatives: seq } : null;
    }
  }
  return null;
}

/** `{1..5}`, `{5..1}`, `{01..10}`, `{1..10..2}`, `{a..e}`. */
function sequence(body: string): string[] | null {
  const n = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (n) {
    const [a, b] = [Number(n[1]), Number(n[2])];
    const step = Math.abs(Number(n[3] ?? 1)) || 1;
    if (Math.abs(b - a) / step >= MAX_VARIANTS) return null;
    const width = /^-?0\d/.test(n[1]!) || /^-?0\d/.test(n[2]!) ? Math.max(n[1]!.length, n[2]!.length) : 0;
    const out: string[] = [];
    for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? step : -step)
      out.push(width ? String(x).padStart(width, '0') : String(x));
    return out;
  }
  const l = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (!l) return null;
  const [a, b] = [l[1]!.charCodeAt(0), l[2]!.charCodeAt(0)];
  const out: string[] = [];
  for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1) out.push(String.fromCharCode(x));
  return out;
}
