// The `read` builtin: which variables it sets from a line of its input (`read -r v`,
// `IFS== read -r key value`, `read -a items`), split as bash splits it: blanks of IFS are trimmed
// and runs of them are one separator, each other IFS character is a separator of its own, and
// the last name takes the rest of the line.
import type { Expanded, VarValue } from './expand.js';
import { redirectedInput, type Line, type StreamContext } from './streams.js';
import type { Command } from './syntax.js';

export interface ReadSpec {
  names: string[];
  /** `-a NAME`: the fields become the elements of an array. */
  array?: string;
  /** `-r`: backslashes are plain characters. */
  raw: boolean;
  ifs: string;
  /** `-d ''` reads up to a NUL: the whole input is one record. */
  whole: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `read [options] [names]` with `argv` its words (`read` first); null when its input is not stdin. */
export function readSpec(argv: readonly Expanded[], ifs: string | undefined): ReadSpec | null {
  const spec: ReadSpec = { names: [], raw: false, ifs: ifs ?? ' \t\n', whole: false };
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k]!;
    if (a.unknown) return null;
    const opt = /^-([a-zA-Z]+)$/.exec(a.text);
    if (!opt) {
      if (!NAME.test(a.text)) return null;
      spec.names.push(a.text);
      continue;
    }
    const letters = opt[1]!;
    if (letters.includes('r')) spec.raw = true;
    // The last letter may take a value: `-p PROMPT`, `-t N`, `-n N`, `-N N`, `-d D`, `-u FD`, `-i T`, `-a NAME`.
    const last = letters[letters.length - 1]!;
    if (!'ptnNduia'.includes(last)) continue;
    const value = argv[++k];
    if (!value) return null;
    if (last === 'u' && value.text !== '0') return null;
    if (last === 'a') spec.array = value.text;
    if (last === 'd') {
      if (value.text !== '') return null;
      spec.whole = true;
    }
    if (last === 'n' || last === 'N') return null;
  }
  return spec;
}

/** `mapfile [-t] ARRAY < FILE` (and `readarray`): one element per line of the input. */
function mapfile(c: Command, argv: readonly Expanded[], ctx: StreamContext): Map<string, VarValue | null> {
  let name = 'MAPFILE';
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k]!.text;
    if (argv[k]!.unknown) return new Map();
    if (/^-[dnOsuCc]$/.test(a)) {
      // Another delimiter, a count, an origin, a skip or a file descriptor: not the lines.
      if (a !== '-u' || argv[k + 1]?.text !== '0') return new Map([[argv[argv.length - 1]!.text, null]]);
      k++;
    } else if (!a.startsWith('-')) name = a;
  }
  const input = redirectedInput(c, ctx);
  if (!input) return new Map([[name, null]]);
  const items = input.map((l): VarValue => ({
    text: l.text,
    unknown: false,
    ...(l.from ? { from: l.from } : {}),
  }));
  return new Map([[name, { text: items.map((i) => i.text).join(' '), unknown: false, items }]]);
}

/** The variables one record sets. */
export function readValues(line: Line, spec: ReadSpec): Map<string, VarValue> {
  let text = line.text;
  if (!spec.raw) text = text.replace(/\\(.)/g, '$1');
  const value = (t: string): VarValue => ({
    text: t,
    unknown: false,
    ...(line.from ? { from: line.from } : {}),
  });
  const out = new Map<string, VarValue>();
  if (spec.array !== undefined) {
    const items = fields(text, spec.ifs, Infinity).map(value);
    out.set(spec.array, { text: items.map((i) => i.text).join(' '), unknown: false, items });
    return out;
  }
  if (spec.names.length === 0) {
    out.set('REPLY', value(text));
    return out;
  }
  const parts = fields(text, spec.ifs, spec.names.length);
  spec.names.forEach((n, k) => out.set(n, value(parts[k] ?? '')));
  return out;
}

/** At most `n` fields of `text` split on `ifs`, the last holding the rest. */
export function fields(text: string, ifs: string, n: number): string[] {
  if (ifs === '') return [text];
  const blanks: string[] = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n');
  const others = [...ifs].filter((c) => !blanks.includes(c));
  const cls = (cs: string[]) => cs.map((c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\${c}`)).join('');
  const b = blanks.length > 0 ? `[${cls(blanks)}]` : null;
  let rest = b ? text.replace(new RegExp(`^${b}+|${b}+$`, 'g'), '') : text;
  const sep = new RegExp(
    [others.length > 0 ? `${b ? `${b}*` : ''}[${cls(others)}]${b ? `${b}*` : ''}` : null, b ? `${b}+` : null]
      .filter((x) => x !== null)
      .join('|'),
  );
  const out: string[] = [];
  while (out.length < n - 1) {
    const m = sep.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  // The last name takes the rest (bash drops a trailing separator made of one IFS character only).
  if (rest !== '' || out.length < n) out.push(rest);
  return out;
}

/**
 * `read NAMES < FILE`, `IFS== read -r k v <<< "$line"`: the variables one `read` sets from the
 * first line of its input (unknown, so removed, when the input is not known; a `read` at the end
 * of a pipeline runs in a subshell and sets nothing here).
 */
export function readOnce(
  c: Command,
  argv: readonly Expanded[],
  ctx: StreamContext,
  ifs: VarValue | undefined,
): Map<string, VarValue | null> {
  if (argv[0]?.text !== 'read') return mapfile(c, argv, ctx);
  const spec = readSpec(argv, ifs?.unknown ? undefined : ifs?.text);
  const out = new Map<string, VarValue | null>();
  if (!spec) return out;
  const input = redirectedInput(c, ctx);
  const first = input?.[0];
  const line = first && spec.whole ? { ...first, text: input!.map((l) => l.text).join('\n') } : first;
  if (line) return new Map(readValues(line, spec));
  for (const n of spec.array !== undefined ? [spec.array] : spec.names.length > 0 ? spec.names : ['REPLY'])
    out.set(n, null);
  return out;
}
