// What every package-manager grammar shares: the shape of a recognised argument and the split
// of arguments into options and positionals, wherever the options stand (before or after the
// subcommand: `npm -g install x`, `pip --quiet install x`).
import type { Expanded } from '../expand.js';
import type { CommandFinding } from '../findings.js';

export interface Recognised {
  finding?: Omit<CommandFinding, 'line'>;
  at: number;
  nested?: { text: string; at: number };
}

/** How a command line's options are read. */
export interface OptionGrammar {
  /**
   * What option `name` (as written, `--prefix` or `-C`) does with the next word: `'value'` takes
   * it, `'boolean'` takes it only when it is `true`/`false` (npm's rule), `'none'` never.
   */
  next(name: string): 'value' | 'boolean' | 'none';
}

export interface ReadArgs {
  /** Words that are not options nor option values, in order (after `--` too). */
  positionals: Expanded[];
  /** Options as written (`--tag`, `-g`), with the value they took (the word after, or `=…`). */
  options: { name: string; value?: Expanded }[];
  /** Index in `args` of the first word not read (when `stopAt` stopped the reading). */
  end: number;
}

/**
 * Reads `args` as `grammar` says. `stopAt(n)` is asked after each positional (`n` positionals
 * read so far): returning true stops there (npx stops at the package it runs: what follows are
 * the arguments of that command, not npm's options).
 */
export function readArgs(
  args: readonly Expanded[],
  grammar: OptionGrammar,
  stopAt?: (positionals: number) => boolean,
): ReadArgs {
  const positionals: Expanded[] = [];
  const options: ReadArgs['options'] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    const t = a.text;
    if (t === '--') {
      positionals.push(...args.slice(i + 1));
      i = args.length;
      break;
    }
    if (t.length > 1 && t.startsWith('-')) {
      const eq = t.indexOf('=');
      if (eq > 0 && t.startsWith('--')) {
        options.push({ name: t.slice(0, eq), value: { ...a, text: t.slice(eq + 1) } });
        continue;
      }
      const kind = grammar.next(t);
      const n = args[i + 1];
      if (n && (kind === 'value' || (kind === 'boolean' && (n.text === 'true' || n.text === 'false')))) {
        options.push({ name: t, value: n });
        i++;
      } else options.push({ name: t });
      continue;
    }
    positionals.push(a);
    if (stopAt?.(positionals.length)) {
      i++;
      break;
    }
  }
  return { positionals, options, end: i };
}

/** A grammar from a list of the options that take a value; every other option takes none. */
export function valuedOptions(valued: Iterable<string>): OptionGrammar {
  const set = new Set(valued);
  return { next: (name) => (set.has(name) ? 'value' : 'none') };
}

/** Positional arguments after option flags (flags listed in `valued` take the next word). */
export function positionals(args: Expanded[], valued: Set<string>): Expanded[] {
  return readArgs(args, valuedOptions(valued)).positionals;
}

/** The value of the last of `names` given, if any. */
export function optionValue(read: ReadArgs, ...names: string[]): Expanded | undefined {
  let v: Expanded | undefined;
  for (const o of read.options) if (names.includes(o.name) && o.value) v = o.value;
  return v;
}

/**
 * The first `n` positionals of a command line (its subcommands: `yarn global add`), the option
 * words around them (`npm --prefix X -g install`: kept for the subcommand, which may read them),
 * and the words after the last subcommand.
 */
export function subcommands(
  args: readonly Expanded[],
  grammar: OptionGrammar,
  n: number,
): { subs: string[]; options: Expanded[]; rest: Expanded[] } {
  const read = readArgs(args, grammar, (k) => k >= n);
  const subs = read.positionals.slice(0, n);
  const options = args.slice(0, read.end).filter((a) => !subs.includes(a));
  return { subs: subs.map((s) => s.text), options, rest: args.slice(read.end) };
}
