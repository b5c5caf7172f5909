// Text filters a pipeline passes a list through before a loop or xargs reads it, in their
// simplest and most common forms: `cut -d D -f N`, `tr`, `sed 's/RE/TEXT/[g]'` and `sed '/RE/d'`,
// `awk [-F SEP] '[/RE/] {print $N}'`. Any other form is not known (null): the loop is then
// read once with its variable unknown, as before.
import type { Line } from './streams.js';

// The script names the pattern and the repository holds the lines, and JavaScript's engine
// backtracks where grep, sed and awk do not: without a quantified group or a back-reference, an
// unanchored search costs at most about n^(q+1) steps on a line of n characters with q unbounded
// repeats. A filter whose lines could cost more than this is not applied (the loop reads its
// variable unknown, as for any filter not known).
const STEP_BUDGET = 50_000_000;
const QUANTIFIED_GROUP = /\\?\)(?:[*+?]|\\?\{)|\\[1-9]/;
const UNBOUNDED = /[*+]|\{\d*,\\?\}/g;

function affordable(pattern: string, lines: readonly Line[]): boolean {
  if (QUANTIFIED_GROUP.test(pattern)) return false;
  const degree = (pattern.match(UNBOUNDED)?.length ?? 0) + 1;
  let steps = 0;
  for (const l of lines) {
    steps += Math.max(l.text.length, 1) ** degree;
    if (steps > STEP_BUDGET) return false;
  }
  return true;
}

/**
 * A POSIX basic or extended expression as a JavaScript one, to be applied to `lines`; null for
 * forms we do not map, or when applying it could cost more than the budget above.
 */
export function posixRegExp(
  pattern: string,
  extended: boolean,
  lines: readonly Line[],
  flags = '',
): RegExp | null {
  // In a basic expression `+?|(){}` are plain characters; their escaped forms are GNU extensions.
  if (!extended && /\\[+?|(){}]/.test(pattern)) return null;
  if (/\[\[:|\\[<>bBwWsS`']/.test(pattern)) return null;
  if (!affordable(pattern, lines)) return null;
  const source = extended ? pattern : pattern.replace(/[+?|(){}]/g, '\\$&');
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/** `cut -d D -f LIST` (`-dD`, `-fN`, `N,M`, `N-M`, `N-`): the fields of each line. */
export function cut(args: readonly string[], input: Line[]): Line[] | null {
  let delim = '\t';
  let list: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '-d' || a === '-f') {
      const v = args[++k];
      if (v === undefined) return null;
      if (a === '-d') delim = v;
      else list = v;
    } else if (a.startsWith('-d')) delim = a.slice(2);
    else if (a.startsWith('-f')) list = a.slice(2);
    else if (a === '-s') continue;
    else return null;
  }
  if (list === undefined || delim.length !== 1) return null;
  const ranges: [number, number][] = [];
  for (const r of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(r);
    if (!m || (m[1] === '' && m[3] === '')) return null;
    const from = m[1] === '' ? 1 : Number(m[1]);
    ranges.push([from, m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3])]);
  }
  return input.map((l) => {
    if (!l.text.includes(delim)) return l;
    const fields = l.text.split(delim).filter((_, i) => ranges.some(([a, b]) => i + 1 >= a && i + 1 <= b));
    return { ...l, text: fields.join(delim) };
  });
}

/** `tr -d SET` and `tr SET1 SET2` over literal sets (escapes `\n`, `\r`, `\t`). */
export function tr(args: readonly string[], input: Line[]): Line[] | null {
  const set = (s: string) =>
    s.replace(/\\([nrt\\])/g, (_m, e: string) => ({ n: '\n', r: '\r', t: '\t' })[e] ?? e);
  if (args.some((a) => /[[\]]|^-[^d]|.-./.test(a.replace(/^-d$/, '')))) return null;
  const text = input.map((l) => l.text).join('\n') + '\n';
  let out: string;
  if (args[0] === '-d' && args.length === 2) {
    const del = set(args[1]!);
    out = [...text].filter((c) => !del.includes(c)).join('');
  } else if (args.length === 2) {
    const [a, b] = [set(args[0]!), set(args[1]!)];
    if (b.length === 0) return null;
    out = [...text].map((c) => (a.includes(c) ? b[Math.min(a.indexOf(c), b.length - 1)]! : c)).join('');
  } else return null;
  // Lines keep where they are written while none is split or joined.
  const lines = out.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.length === input.length
    ? input.map((l, i) => ({ ...l, text: lines[i]! }))
    : lines.map((t) => ({ text: t }));
}

/** `sed [-E] [-e] 's/RE/TEXT/[g]'` or `'/RE/d'`, one or more scripts, in order. */
export function sed(args: readonly string[], input: Line[]): Line[] | null {
  let extended = false;
  const scripts: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '-E' || a === '-r') extended = true;
    else if (a === '-e') scripts.push(args[++k] ?? '');
    else if (a.startsWith('-')) return null;
    else if (scripts.length === 0) scripts.push(a);
    else return null;
  }
  let lines = input;
  for (const s of scripts) {
    const del = /^\/((?:[^/\\]|\\.)*)\/d$/.exec(s);
    const sub = /^s\/((?:[^/\\]|\\.)*)\/((?:[^/\\&]|\\.)*)\/(g?)$/.exec(s);
    if (del) {
      const re = posixRegExp(del[1]!, extended, lines);
      if (!re) return null;
      lines = lines.filter((l) => !re.test(l.text));
    } else if (sub) {
      const re = posixRegExp(sub[1]!, extended, lines, sub[3]!);
      if (!re || /\\[1-9]/.test(sub[2]!)) return null;
      const text = sub[2]!.replace(/\\(.)/g, '$1');
      lines = lines.map((l) => ({ ...l, text: l.text.replace(re, () => text) }));
    } else return null;
  }
  return lines;
}

/** `awk [-F SEP] '[/RE/ ]{ print $N[, $M] }'`: the fields printed, of the lines matched. */
export function awk(args: readonly string[], input: Line[]): Line[] | null {
  let sep: string | undefined;
  let k = 0;
  if (args[k] === '-F') {
    sep = args[k + 1];
    k += 2;
  } else if (args[k]?.startsWith('-F')) sep = args[k++]!.slice(2);
  if (args.length !== k + 1) return null;
  const m = /^\s*(?:\/((?:[^/\\]|\\.)*)\/\s*)?\{\s*print\s+((?:\$\d+\s*,?\s*)+);?\s*\}\s*$/.exec(args[k]!);
  if (!m || (sep !== undefined && sep.length !== 1)) return null;
  const re = m[1] === undefined ? null : posixRegExp(m[1], true, input);
  if (m[1] !== undefined && !re) return null;
  const picks = [...m[2]!.matchAll(/\$(\d+)/g)].map((x) => Number(x[1]));
  return input
    .filter((l) => !re || re.test(l.text))
    .map((l) => {
      const fields = sep === undefined ? l.text.trim().split(/[ \t]+/) : l.text.split(sep);
      return { ...l, text: picks.map((n) => (n === 0 ? l.text : (fields[n - 1] ?? ''))).join(' ') };
    });
}
