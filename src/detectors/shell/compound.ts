// The extent of compound commands in the flat list of pipelines the lexer gives: a `for` loop's
// body (up to its `done`), a function's body (the `{ … }` after `name()`). Reserved words are
// kept as marks on the commands (syntax.ts), so nesting can be counted without a full grammar.
import type { Command, Pipeline, Word } from './syntax.js';

const LOOP_MARKS = new Set(['while', 'until']);

function first(p: Pipeline): Command | undefined {
  return p.commands[0];
}

/** Whether a command of `p` opens a loop (`printf … | while read v` opens one in its last command). */
function opensLoop(p: Pipeline): boolean {
  return p.commands.some((c) => {
    const w = c.words[0]?.raw;
    return w === 'for' || w === 'select' || (c.marks?.some((m) => LOOP_MARKS.has(m)) ?? false);
  });
}

function count(p: Pipeline, mark: string): number {
  let n = 0;
  for (const c of p.commands) for (const m of c.marks ?? []) if (m === mark) n++;
  return n;
}

/** `for NAME in WORDS` (words given) or `for NAME` (the positional parameters). */
export function forHeader(p: Pipeline): { name: string; words: Word[] | null } | null {
  const c = first(p);
  if (!c || p.commands.length !== 1 || c.words[0]?.raw !== 'for') return null;
  const name = c.words[1]?.raw;
  if (name === undefined || !/^[A-Za-z_]\w*$/.test(name)) return null;
  if (c.words.length === 2) return { name, words: null };
  if (c.words[2]?.raw !== 'in') return null;
  return { name, words: c.words.slice(3) };
}

/**
 * A `while` loop opened at `at`: which command of that pipeline carries the `while` (after
 * `printf … |` it is not the first), the pipeline of its `do` and the one of its `done`.
 */
export function whileLoop(
  pipelines: readonly Pipeline[],
  at: number,
): { command: number; doAt: number; end: number } | null {
  const command = pipelines[at]!.commands.findIndex((c) => c.marks?.includes('while'));
  if (command < 0) return null;
  const end = loopEnd(pipelines, at);
  for (let j = at + 1; j <= end; j++)
    if (pipelines[j]!.commands[0]?.marks?.includes('do')) return { command, doAt: j, end };
  return null;
}

/** Index of the pipeline holding the `done` of the loop opened at `at`, or -1. */
export function loopEnd(pipelines: readonly Pipeline[], at: number): number {
  let depth = 0;
  for (let i = at; i < pipelines.length; i++) {
    const p = pipelines[i]!;
    if (opensLoop(p)) depth++;
    depth -= count(p, 'done');
    if (depth <= 0) return i;
  }
  return -1;
}

/** Pairs of marks that open and close a compound command. */
const CLOSES: Record<string, string> = { '{': '}', '(': ')', if: 'fi' };

/**
 * Index of the last pipeline of the compound command that starts at `pipelines[at]` (a group
 * `{ … }`, a subshell `( … )`, `if … fi`, `case … esac`, a loop, `[[ … ]]`), or -1 when none
 * starts there. `(( … ))` is two subshell marks deep.
 */
export function compoundEnd(pipelines: readonly Pipeline[], at: number): number {
  const p = pipelines[at];
  const c = p && first(p);
  if (!c) return -1;
  const open = c.marks?.[0];
  if (open !== undefined && CLOSES[open] !== undefined) return balanced(pipelines, at, open, CLOSES[open]);
  if (opensLoop(p)) return loopEnd(pipelines, at);
  const word = c.words[0]?.raw;
  if (word === 'case') {
    let depth = 0;
    for (let i = at; i < pipelines.length; i++) {
      for (const d of pipelines[i]!.commands) {
        if (d.words[0]?.raw === 'case') depth++;
        for (const m of d.marks ?? []) if (m === 'esac') depth--;
      }
      if (depth <= 0) return i;
    }
    return -1;
  }
  if (word === '[[') {
    // `&&` and `||` inside the test split it into pipelines: it ends at the word `]]`.
    for (let i = at; i < pipelines.length; i++)
      if (pipelines[i]!.commands.some((d) => d.words.some((w) => w.raw === ']]'))) return i;
  }
  return -1;
}

function balanced(pipelines: readonly Pipeline[], at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < pipelines.length; i++) {
    const p = pipelines[i]!;
    depth += count(p, open) - count(p, close);
    if (depth <= 0) return i;
  }
  return -1;
}

/**
 * The body of the function defined at `at` (`name()` or `function name`): the compound command
 * that follows, from its first pipeline to its last (inclusive), or null when none follows.
 */
export function functionBody(
  pipelines: readonly Pipeline[],
  at: number,
): { from: number; to: number } | null {
  const to = compoundEnd(pipelines, at + 1);
  return to < 0 ? null : { from: at + 1, to };
}
