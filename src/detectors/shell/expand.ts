// Expansion of parsed shell words with the variables known statically at that point (Dockerfile
// ARG/ENV, build args, compose and .env values, earlier assignments in the same script).
import { applyOperation } from './parameter-ops.js';
import type { Part, Word } from './shell.js';

/** A variable's value as far as it can be known. */
export interface VarValue {
  text: string;
  /** True when the value cannot be known statically; `text` is then what was written. */
  unknown: boolean;
  /** Where the value is written when another file or line gives it (a caller's argument, an env entry). */
  from?: ValueOrigin;
  /** An array's elements (`a=(x y)`, `$@`); `text` then joins them with spaces. */
  items?: VarValue[];
}

/** A file and 1-based line. */
export interface ValueOrigin {
  file: string;
  line: number;
}

/**
 * Gives a variable's value; asked for `SUBSTITUTION + script`, the output of a command
 * substitution when it is known (`$(cat .cc-version)`).
 */
export type Lookup = (name: string) => VarValue | undefined;

/** The prefix of a command substitution's script asked of a `Lookup` (no variable name has it). */
export const SUBSTITUTION = '$(';

/** A word after expansion. */
export interface Expanded {
  text: string;
  /** True when any part of the word could not be known (its text keeps what was written). */
  unknown: boolean;
  start: number;
  word: Word;
  /** Where the value that makes up the word is written, when a variable given from elsewhere did. */
  from?: ValueOrigin;
}

const MAX_DEPTH = 16;

/**
 * A GitHub Actions expression that names one value of a context: `${{ env.NAME }}` reads the
 * step's environment (the name itself), `${{ matrix.cc }}`, `${{ inputs.version }}` and
 * `${{ github.workspace }}` read `matrix.cc`, `inputs.version`, `github.workspace` (names no shell
 * variable can have, set by the workflow reader for one evaluation). `${{ task.vN }}` is a value a
 * task runner writes into the command (parsers/task-templates.ts).
 */
export function expressionName(raw: string): string | null {
  const m = /^\$\{\{\s*(env|matrix|inputs|github|task)\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(raw);
  if (!m) return null;
  return m[1] === 'env' ? m[2]! : `${m[1]}.${m[2]}`;
}

/**
 * Set in an evaluation whose matrix is known key by key (written as the YAML has it, or no matrix
 * at all): a `matrix.x` it does not define is null in GitHub's expressions, so empty here, and a
 * fallback chain `${{ matrix.x || '2.1.150' }}` takes its literal.
 */
export const MATRIX_KNOWN = 'matrix.*';

/** A context value an expression names (`contextValue('matrix.cc', lookup)`). */
export function contextValue(name: string, lookup: Lookup): VarValue | undefined {
  const v = lookup(name);
  if (v !== undefined || !name.startsWith('matrix.')) return v;
  return lookup(MATRIX_KNOWN);
}

/**
 * The value of `${{ a.b }}` or of a fallback chain `${{ a.b || c.d || 'x' }}` (the first operand
 * that is not empty), when every operand it reaches is known; undefined otherwise.
 */
function expressionValue(raw: string, lookup: Lookup): VarValue | undefined {
  const name = expressionName(raw);
  if (name !== null) return contextValue(name, lookup);
  const chain = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(raw)?.[1];
  if (chain === undefined || !chain.includes('||')) return undefined;
  for (const operand of chain.split(/\s*\|\|\s*/)) {
    const literal = /^'((?:[^']|'')*)'$/.exec(operand);
    const ref = literal ? null : expressionName('${{ ' + operand + ' }}');
    const v = literal
      ? { text: literal[1]!.replace(/''/g, "'"), unknown: false }
      : ref === null
        ? undefined
        : contextValue(ref, lookup);
    if (v === undefined || v.unknown) return undefined;
    if (v.text !== '') return v;
  }
  return { text: '', unknown: false };
}

/** `$1`…, `$@`, `$*`: set only where a caller's context gives the arguments (it sets `$#`). */
function isPositional(name: string): boolean {
  return /^([0-9]+|[@*#])$/.test(name);
}

export function expandParts(parts: readonly Part[], lookup: Lookup, depth = 0): VarValue {
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only?.k === 'array') {
    const items = only.items.map((w) => expandParts(w.parts, lookup, depth + 1));
    return { text: items.map((i) => i.text).join(' '), unknown: items.some((i) => i.unknown), items };
  }
  let text = '';
  let unknown = false;
  let from: ValueOrigin | undefined;
  for (const p of parts) {
    if (p.k === 'lit') text += p.text;
    else if (p.k === 'array') {
      text += p.raw;
      unknown = true;
    } else if (p.k === 'opaque') {
      const v = p.script ? lookup(SUBSTITUTION + p.script.text) : expressionValue(p.raw, lookup);
      text += v ? v.text : p.raw;
      if (!v || v.unknown) unknown = true;
      if (v?.from && v.text !== '') from ??= v.from;
    } else {
      const v = expandParam(p, lookup, depth);
      text += v.text;
      if (v.unknown) unknown = true;
      if (v.from && v.text !== '') from ??= v.from;
    }
  }
  return from ? { text, unknown, from } : { text, unknown };
}

/** A parameter's value with its elements when it is an array (`${a[@]}`, `$@`). */
export function paramValue(p: Extract<Part, { k: 'param' }>, lookup: Lookup): VarValue {
  return expandParam(p, lookup, 0);
}

function expandParam(p: Extract<Part, { k: 'param' }>, lookup: Lookup, depth: number): VarValue {
  if (depth > MAX_DEPTH) return { text: p.raw, unknown: true };
  const v = lookupParam(p, lookup);
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
      return applyOperation(p, v, lookup);
  }
}

/**
 * A parameter's value. Positional parameters are known only where a caller's context gives them
 * (it sets `$#`): without one they are unknown; with one, those beyond `$#` are unset.
 */
function lookupParam(p: Extract<Part, { k: 'param' }>, lookup: Lookup): VarValue | undefined {
  const element = /^([A-Za-z_]\w*)\[(@|\*|[0-9]+)\]$/.exec(p.name);
  if (element) return arrayElement(lookup(element[1]!), element[2]!);
  const v = lookup(p.name);
  // `$a` of an array is its first element.
  if (v?.items && /^[A-Za-z_]/.test(p.name)) return v.items[0];
  if (v !== undefined || !isPositional(p.name)) return v;
  // `$0` is the script's own name: known only where `sh -c SCRIPT NAME` gives it.
  if (p.name === '0') return { text: p.raw, unknown: true };
  if (lookup('#') === undefined) return { text: p.raw, unknown: true };
  return p.op === '' ? { text: '', unknown: false } : undefined;
}

/** `${a[@]}`, `${a[*]}` (every element) or `${a[N]}` of an array; a plain variable is element 0. */
function arrayElement(v: VarValue | undefined, index: string): VarValue | undefined {
  if (v === undefined) return undefined;
  if (index === '@' || index === '*') return v;
  if (v.items) return v.items[Number(index)];
  return index === '0' ? v : undefined;
}

export function expandWord(word: Word, lookup: Lookup): Expanded {
  const v = expandParts(word.parts, lookup);
  return { text: v.text, unknown: v.unknown, start: word.start, word, ...(v.from ? { from: v.from } : {}) };
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
