// Expansion of parsed shell words with the variables known statically at that point (Dockerfile
// ARG/ENV, build args, compose and .env values, earlier assignments in the same script).
import type { Part, Word } from './shell.js';

/** A variable's value as far as it can be known. */
export interface VarValue {
  text: string;
  /** True when the value cannot be known statically; `text` is then what was written. */
  unknown: boolean;
}

export type Lookup = (name: string) => VarValue | undefined;

/** A word after expansion. */
export interface Expanded {
  text: string;
  /** True when any part of the word could not be known (its text keeps what was written). */
  unknown: boolean;
  start: number;
  word: Word;
}

const MAX_DEPTH = 16;

export function expandParts(parts: readonly Part[], lookup: Lookup, depth = 0): VarValue {
  let text = '';
  let unknown = false;
  for (const p of parts) {
    if (p.k === 'lit') text += p.text;
    else if (p.k === 'opaque') {
      // `${{ env.NAME }}` in a workflow reads the step's environment.
      const env = /^\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(p.raw);
      const v = env ? lookup(env[1]!) : undefined;
      text += v ? v.text : p.raw;
      if (!v || v.unknown) unknown = true;
    } else {
      const v = expandParam(p, lookup, depth);
      text += v.text;
      if (v.unknown) unknown = true;
    }
  }
  return { text, unknown };
}

function expandParam(p: Extract<Part, { k: 'param' }>, lookup: Lookup, depth: number): VarValue {
  if (depth > MAX_DEPTH) return { text: p.raw, unknown: true };
  const v = lookup(p.name);
  const set = v !== undefined;
  const nonEmpty = set && (v.unknown || v.text !== '');
  const arg = (): VarValue => expandParts(p.arg, lookup, depth + 1);
  switch (p.op) {
    case '':
      return v ?? { text: p.raw, unknown: true };
    case ':-':
    case ':=':
      if (v?.unknown) return { text: p.raw, unknown: true };
      return nonEmpty ? v! : arg();
    case '-':
    case '=':
      if (v?.unknown) return { text: p.raw, unknown: true };
      return set ? v! : arg();
    case ':?':
    case '?':
      return v ?? { text: p.raw, unknown: true };
    case ':+':
    case '+':
      if (v === undefined || v.unknown) return { text: p.raw, unknown: true };
      return (p.op === '+' ? set : nonEmpty) ? arg() : { text: '', unknown: false };
    default:
      return { text: p.raw, unknown: true };
  }
}

export function expandWord(word: Word, lookup: Lookup): Expanded {
  const v = expandParts(word.parts, lookup);
  return { text: v.text, unknown: v.unknown, start: word.start, word };
}

/** `NAME=value` at the start of a word: its name and the parts of the value. */
export function splitAssignment(word: Word): { name: string; value: Part[] } | null {
  const first = word.parts[0];
  if (!first || first.k !== 'lit') return null;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m) return null;
  // The name must be unquoted: `"A=b"` is not an assignment.
  if (!word.raw.startsWith(m[0])) return null;
  const rest = first.text.slice(m[0].length);
  const value: Part[] = rest ? [{ k: 'lit', text: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: m[1]!, value };
}
