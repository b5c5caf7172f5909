// The extent of compound commands in the flat list of pipelines the lexer gives: a `for` loop's
// body (up to its `done`), a function's body (the `{ … }` after `name()`). Reserved words are
// kept as marks on the commands (syntax.ts), so nesting can be counted without a full grammar.
import type { Command, Pipeline, Word } from './syntax.js';

const LOOP_MARKS = new Set(['while', 'until']);

function first(p: Pipeline): Command | undefined {
  return p.commands[0];
}

function opensLoop(p: Pipeline): boolean {
  const c = first(p);
  const w = c?.words[0]?.raw;
  return w === 'for' || w === 'select' || (c?.marks?.some((m) => LOOP_MARKS.has(m)) ?? false);
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

/**
 * The body of the function defined at `at` (`name()` or `function name`): the pipelines from
 * its `{` to the matching `}` (inclusive), or null when no group follows.
 */
export function functionBody(
  pipelines: readonly Pipeline[],
  at: number,
): { from: number; to: number } | null {
  const from = at + 1;
  let depth = 0;
  for (let i = from; i < pipelines.length; i++) {
    const p = pipelines[i]!;
    depth += count(p, '{');
    if (i === from && depth === 0) return null;
    depth -= count(p, '}');
    if (depth <= 0) return { from, to: i };
  }
  return null;
}
