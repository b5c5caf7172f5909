// Values a task runner (just, go-task) writes into a command before the shell reads it. A value
// known in the file itself is written as its text, exactly as the runner does. A value a caller
// gives (an argument, a variable on the command line, the caller's environment) or one that cannot
// be known becomes `${{ task.vN }}`: a name no shell variable can have, bound for that command, so
// that the shell reads its value and still knows which line wrote it (the line a reviewer changes),
// and an assignment in the recipe cannot shadow it.
import type { VarValue } from '../shell/expand.js';

/** Characters that keep their meaning as text in every shell context (quotes, words, here-docs). */
const INERT = /^[\w@./:+=,%^~-]*$/;

export class TemplateValues {
  readonly bindings = new Map<string, VarValue>();
  private next = 0;

  /** The text the runner writes for `value`: its own text, or a bound `${{ task.vN }}`. */
  write(value: VarValue): string {
    if (!value.unknown && !value.from) return value.text;
    // A caller's value with shell syntax in it is written as text: the shell then reads it exactly
    // as it would (the annotation stays on the recipe's line).
    if (!value.unknown && !INERT.test(value.text)) return value.text;
    const name = `task.v${this.next++}`;
    this.bindings.set(name, value);
    return '${{ ' + name + ' }}';
  }
}

/** A string literal of a template or just expression (`'x'`, `"x"` with escapes), or undefined. */
export function stringLiteral(term: string): string | undefined {
  const single = /^'([^']*)'$/.exec(term);
  if (single) return single[1];
  const double = /^"((?:[^"\\]|\\.)*)"$/.exec(term);
  if (!double) return undefined;
  return double[1]!.replace(/\\(.)/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c,
  );
}

/** Joins values as one: unknown when any is, from the first that has an origin. */
export function joinValues(values: readonly VarValue[]): VarValue {
  const text = values.map((v) => v.text).join('');
  const unknown = values.some((v) => v.unknown);
  const from = values.find((v) => v.from && v.text !== '')?.from;
  return from ? { text, unknown, from } : { text, unknown };
}

export const unknownValue = (text: string): VarValue => ({ text, unknown: true });
export const knownValue = (text: string): VarValue => ({ text, unknown: false });
