// bash's parameter operations beyond defaults, as bash computes them: pattern substitution
// (`${V/x/y}`, `${V//x/y}`, `${V/#x/y}`, `${V/%x/y}`), prefix and suffix removal (`${V#p}`,
// `${V##p}`, `${V%p}`, `${V%%p}`), case modification (`${V^^}`, `${V,,}`, `${V^}`, `${V,}`,
// `${V@U}`, `${V@L}`, `${V@u}`), substrings and slices (`${V:1:3}`, `${a[@]:1}`, `${@:2}`), the
// length `${#V}` and indirection `${!V}`. On an array (`${a[@]…}`, `$@`) each element is operated
// on. A pattern or an offset the scan cannot read (extended globs, arithmetic) leaves the value
// unknown, as an unknown variable does: the install is then an unknown version, never a silent one.
import type { Lookup, VarValue } from './expand.js';
import type { Part } from './syntax.js';

/** A parameter name: a variable, an array element or all elements, a positional parameter. */
const NAME = String.raw`(?:[A-Za-z_][A-Za-z0-9_]*(?:\[(?:@|\*|[0-9]+)\])?|[0-9]+|[@*#])`;
const PARAM = new RegExp(`^(${NAME})([\\s\\S]*)$`);

/** What `${…}` holds: the parameter, the operation and its operands (raw text). */
export interface Braced {
  name: string;
  op: string;
  /** The word after a default operator (`${V:-word}`), or the pattern of a pattern operation. */
  arg: string;
  /** The replacement of `${V/pat/rep}` (absent: delete), the length of `${V:off:len}`. */
  second?: string;
}

/** Reads the text between `${` and `}`; null for forms bash has that the scan does not read. */
export function readBraced(inner: string): Braced | null {
  const length = new RegExp(`^#(${NAME})$`).exec(inner);
  if (length && inner !== '#') return { name: length[1]!, op: 'length', arg: '' };
  const indirect = /^!([A-Za-z_][A-Za-z0-9_]*|[0-9]+)$/.exec(inner);
  if (indirect) return { name: indirect[1]!, op: 'indirect', arg: '' };
  const m = PARAM.exec(inner);
  if (!m) return null;
  const name = m[1]!;
  const rest = m[2]!;
  if (rest === '') return { name, op: '', arg: '' };
  const dflt = /^(:?[-=?+])([\s\S]*)$/.exec(rest);
  if (dflt) return { name, op: dflt[1]!, arg: dflt[2]! };
  const sub = /^(\/[/#%]?)([\s\S]*)$/.exec(rest);
  if (sub) {
    const cut = unquotedIndex(sub[2]!, '/');
    return cut === -1
      ? { name, op: sub[1]!, arg: sub[2]! }
      : { name, op: sub[1]!, arg: sub[2]!.slice(0, cut), second: sub[2]!.slice(cut + 1) };
  }
  const trim = /^(##?|%%?|\^\^?|,,?)([\s\S]*)$/.exec(rest);
  if (trim) return { name, op: trim[1]!, arg: trim[2]! };
  const transform = /^@([A-Za-z])$/.exec(rest);
  if (transform) return { name, op: '@', arg: transform[1]! };
  if (rest.startsWith(':')) {
    const cut = unquotedIndex(rest.slice(1), ':');
    return cut === -1
      ? { name, op: ':', arg: rest.slice(1) }
      : { name, op: ':', arg: rest.slice(1, cut + 1), second: rest.slice(cut + 2) };
  }
  return null;
}

/** The first `ch` outside quotes, escapes and nested `${…}`/`$(…)` in `text`, or -1. */
function unquotedIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (c === "'" && depth === 0) {
      const close = text.indexOf("'", i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '"' && depth === 0) {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
      depth++;
      i++;
    } else if ((c === '}' || c === ')') && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

type Param = Extract<Part, { k: 'param' }>;

/**
 * The value of `${name<op>…}` for the operations above, given the parameter's value (`v`,
 * undefined when unset) and, for a pattern, its replacement and offsets, the lookup.
 */
export function applyOperation(p: Param, v: VarValue | undefined, lookup: Lookup): VarValue {
  const unknown = { text: p.raw, unknown: true };
  if (p.op === 'indirect') {
    if (v === undefined) return { text: '', unknown: false };
    if (v.unknown || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.text)) return unknown;
    return lookup(v.text) ?? { text: '', unknown: false };
  }
  if (v?.unknown) return unknown;
  const all = /^[@*]$|\[[@*]\]$/.test(p.name);
  const elements = all ? (v?.items ?? (v ? [v] : [])) : [v ?? { text: '', unknown: false }];
  if (p.op === 'length') {
    const n = all ? elements.length : elements[0]!.text.length;
    return { text: String(n), unknown: false };
  }
  if (p.op === ':') {
    const offset = arithmetic(p.rawArg ?? '', lookup);
    const length = p.rawSecond === undefined ? undefined : arithmetic(p.rawSecond, lookup);
    if (offset === null || length === null) return unknown;
    if (all) {
      // Positional parameters count `$0` at offset 0.
      const list = /^[@*]$/.test(p.name) ? [{ text: '$0', unknown: true }, ...elements] : elements;
      const sliced = slice(list, offset, length);
      if (sliced === null) return unknown;
      return joined(sliced, v);
    }
    const text = elements[0]!.text;
    const chars = slice([...text], offset, length);
    return chars === null ? unknown : withFrom({ text: chars.join(''), unknown: false }, v);
  }
  const change = operation(p, lookup);
  if (change === null) return unknown;
  const out: VarValue[] = [];
  for (const e of elements) {
    const text = change(e.text);
    if (text === null) return unknown;
    out.push(withFrom({ text, unknown: false }, e));
  }
  return all ? joined(out, v) : out[0]!;
}

/** The change an operation makes to one value, or null when the scan cannot read it. */
function operation(p: Param, lookup: Lookup): ((s: string) => string | null) | null {
  const op = p.op;
  if (op === '@') {
    if (p.rawArg === 'U') return (s) => s.toUpperCase();
    if (p.rawArg === 'L') return (s) => s.toLowerCase();
    if (p.rawArg === 'u') return (s) => s.charAt(0).toUpperCase() + s.slice(1);
    return null;
  }
  if (op === '^^' || op === ',,' || op === '^' || op === ',') {
    // A pattern here limits which characters change: read only the common form without one.
    if ((p.rawArg ?? '') !== '') return null;
    const up = op.startsWith('^');
    const caseOf = (s: string) => (up ? s.toUpperCase() : s.toLowerCase());
    return op.length === 2 ? caseOf : (s) => caseOf(s.charAt(0)) + s.slice(1);
  }
  const pattern = globSource(p.rawArg ?? '', lookup);
  if (pattern === null || pattern.split(ANY_RUN).length - 1 > MAX_STARS) return null;
  const bounded = patternOperation(p, pattern, lookup);
  // A pattern is matched at every prefix or suffix length by a backtracking engine: a value
  // longer than a version or a name is not operated on (unknown), so no text can make it slow.
  return bounded === null ? null : (s) => (s.length > MAX_OPERATED ? null : bounded(s));
}

const ANY_RUN = '[\\s\\S]*';
const MAX_STARS = 2;
const MAX_OPERATED = 256;

function patternOperation(p: Param, pattern: string, lookup: Lookup): ((s: string) => string | null) | null {
  const op = p.op;
  if (op === '#' || op === '##' || op === '%' || op === '%%') {
    const shortest = op.length === 1;
    return (s) => {
      if (op.startsWith('#')) {
        const lengths = prefixLengths(s.length, shortest);
        const re = new RegExp(`^(?:${pattern})$`, 's');
        for (const n of lengths) if (re.test(s.slice(0, n))) return s.slice(n);
        return s;
      }
      const lengths = prefixLengths(s.length, shortest);
      const re = new RegExp(`^(?:${pattern})$`, 's');
      for (const n of lengths) if (re.test(s.slice(s.length - n))) return s.slice(0, s.length - n);
      return s;
    };
  }
  // Pattern substitution: the leftmost match, longest (a translated glob's stars are greedy);
  // `&` in the replacement is the match (bash 5.2's patsub_replacement, on by default).
  const repl = replacement(p.rawSecond ?? '', lookup);
  if (repl === null) return null;
  return (s) => {
    if (pattern === '') return s;
    const anchored = op === '/#' ? '^' : '';
    const end = op === '/%' ? '$' : '';
    const re = new RegExp(`${anchored}(?:${pattern})${end}`, op === '//' ? 'gs' : 's');
    return s.replace(re, (m) => repl.map((r) => (r === null ? m : r)).join(''));
  };
}

function prefixLengths(n: number, shortest: boolean): number[] {
  const out = Array.from({ length: n + 1 }, (_, i) => i);
  return shortest ? out : out.reverse();
}

function slice<T>(list: readonly T[], offset: number, length: number | undefined): T[] | null {
  const start = offset < 0 ? Math.max(list.length + offset, -1) : offset;
  if (start < 0) return [];
  if (length === undefined) return list.slice(start);
  const end = length < 0 ? list.length + length : start + length;
  if (end < start) return length < 0 ? null : [];
  return list.slice(start, end);
}

function joined(items: VarValue[], v: VarValue | undefined): VarValue {
  return withFrom(
    { text: items.map((i) => i.text).join(' '), unknown: items.some((i) => i.unknown), items },
    v,
  );
}

function withFrom(out: VarValue, v: VarValue | undefined): VarValue {
  return v?.from ? { ...out, from: v.from } : out;
}

/** An integer, `(-3)`, ` -3`, or a variable holding one; null for any other arithmetic. */
function arithmetic(text: string, lookup: Lookup): number | null {
  const t = text
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (t === '') return 0;
  if (/^-?\s*\d+$/.test(t)) return Number(t.replace(/\s/g, ''));
  const name = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(t);
  if (!name) return null;
  const v = lookup(name[1]!);
  if (v === undefined) return 0;
  return !v.unknown && /^-?\d+$/.test(v.text.trim()) ? Number(v.text.trim()) : null;
}

/**
 * A bash pattern as a regular-expression source: `*`, `?` and `[…]` unquoted; quoted and escaped
 * characters literal; `$NAME`/`${NAME}` unquoted is a pattern, quoted a literal. Null for what the
 * scan does not read (extended globs, other expansions).
 */
function globSource(raw: string, lookup: Lookup): string | null {
  let out = '';
  // Unquoted pieces are read together: a bracket expression spans several of them.
  let glob = '';
  for (const t of tokens(raw, lookup) ?? [null]) {
    if (t === null) return null;
    if (!t.quoted) {
      glob += t.text;
      continue;
    }
    const g = globText(glob);
    if (g === null) return null;
    out += g + escape(t.text);
    glob = '';
  }
  const g = globText(glob);
  return g === null ? null : out + g;
}

function globText(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const close = text.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        let body = text.slice(i + 1, close);
        if (body.includes('[:')) return null;
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if ('+@!'.includes(c) && text[i + 1] === '(') return null;
    else out += escape(c);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The replacement as literal pieces, null standing for the match (`&`). */
function replacement(raw: string, lookup: Lookup): (string | null)[] | null {
  const out: (string | null)[] = [];
  for (const t of tokens(raw, lookup) ?? [null]) {
    if (t === null) return null;
    if (t.quoted) out.push(t.text);
    else for (const piece of t.text.split(/(&)/)) out.push(piece === '&' ? null : piece);
  }
  return out;
}

interface Token {
  text: string;
  /** Quoted or escaped: literal in a pattern, never `&` in a replacement. */
  quoted: boolean;
}

/** Quotes, escapes and simple expansions of an operand; null where another expansion is written. */
function tokens(raw: string, lookup: Lookup): (Token | null)[] | null {
  const out: (Token | null)[] = [];
  let i = 0;
  const variable = (quoted: boolean): boolean => {
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(raw.slice(i));
    if (!m) return false;
    const v = lookup(m[1] ?? m[2]!);
    out.push(v === undefined ? { text: '', quoted } : v.unknown ? null : { text: v.text, quoted });
    i += m[0].length;
    return true;
  };
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '\\') {
      out.push({ text: raw[i + 1] ?? '\\', quoted: true });
      i += 2;
    } else if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      if (close === -1) return null;
      out.push({ text: raw.slice(i + 1, close), quoted: true });
      i = close + 1;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '$') {
          if (!variable(true)) return null;
        } else if (raw[i] === '`') return null;
        else if (raw[i] === '\\' && '$`"\\'.includes(raw[i + 1] ?? '')) {
          out.push({ text: raw[i + 1]!, quoted: true });
          i += 2;
        } else out.push({ text: raw[i++]!, quoted: true });
      }
      if (i >= raw.length) return null;
      i++;
    } else if (c === '$') {
      if (!variable(false)) return null;
    } else if (c === '`') return null;
    else {
      out.push({ text: c, quoted: false });
      i++;
    }
  }
  return out;
}
