// `$[[ inputs.NAME | function | … ]]` in a GitLab CI file, replaced as GitLab replaces it when it
// builds the pipeline: in every string of the pipeline document, keys included (job names),
// every block of a string; a string that is one block of a number, boolean or array input takes
// that value itself (`script: $[[ inputs.commands ]]` is the list). The functions GitLab documents
// are applied where the value is known (`truncate`, `posix_escape`/`posix_quote`, `split`,
// `expand_vars` when the value names no variable); an input nothing gives a value stays unknown.
// Each replaced string keeps its pieces, so that a command knows which line wrote a value.
import { isScalar, visit, type Document, type Node } from 'yaml';
import type { ScanError } from '../../model/component.js';
import type { VarValue } from '../shell/expand.js';
import { joinValues } from '../parsers/task-templates.js';
import { lineOf, parseYaml, type ParsedYaml } from '../parsers/yaml-nodes.js';
import type { InputValue } from './inputs.js';

/** A replaced string: literal text and interpolated values, in order. */
export type Piece = string | VarValue;
export type Origins = WeakMap<object, Piece[]>;

// A block's text is bounded (GitLab refuses an expression over 1 KB): each `$[[` is then read in
// bounded time, however many a line holds without closing them.
const BLOCK = /\$\[\[\s*(\S.{0,2048}?\S)\s*\]\]/g;
const MAX_FUNCTIONS = 3;
const MAX_BLOCKS = 10_000;

type Known = { value: unknown; unknown: boolean; from?: VarValue['from'] };
type Result = Known | { error: string };

/**
 * The pipeline document with the inputs' values written in (a copy: the file is used once per
 * caller), and the pieces of each string that held a block.
 */
export function interpolate(
  parsed: ParsedYaml,
  file: string,
  values: ReadonlyMap<string, InputValue>,
  errors: ScanError[],
  /** Inputs may be declared in other files: a name not in `values` is unknown, not an error. */
  open = false,
): { parsed: ParsedYaml; origins: Origins } {
  const doc = parsed.doc.clone() as Document.Parsed;
  const origins: Origins = new WeakMap();
  let blocks = 0;
  const fail = (node: unknown, message: string) =>
    errors.push({ file, line: lineOf(parsed.lines, node), message: `interpolation: ${message}` });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.value.includes('$[[')) return undefined;
      const text = node.value;
      const pieces: Piece[] = [];
      let last = 0;
      let whole: Known | undefined;
      for (const m of text.matchAll(BLOCK)) {
        if (++blocks > MAX_BLOCKS) {
          if (blocks === MAX_BLOCKS + 1) fail(node, 'too many interpolation blocks');
          return undefined;
        }
        const r = evaluate(m[1]!, values, open);
        if ('error' in r) {
          fail(node, r.error);
          return undefined;
        }
        if (m[0].length === text.length) whole = r;
        if (m.index > last) pieces.push(text.slice(last, m.index));
        pieces.push(r.value === KEPT ? m[0] : asText(r, m[0]));
        last = m.index + m[0].length;
      }
      if (pieces.length === 0) return undefined;
      if (last < text.length) pieces.push(text.slice(last));
      // A whole-string block of a typed input is that value (a list becomes a sequence).
      if (whole && !whole.unknown && typeof whole.value !== 'string' && whole.value !== KEPT) {
        if (Array.isArray(whole.value)) return typedNode(doc, node, whole.value, whole.from, origins);
        node.value = whole.value;
        return undefined;
      }
      node.value = pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
      origins.set(node, pieces);
      return undefined;
    },
  });
  return { parsed: { ...parsed, doc }, origins };
}

const KEPT = Symbol('kept as written');

/**
 * The pipeline document as GitLab's text interpolation reads it (recent versions write the values
 * into the text before parsing it): a value holding a newline may add YAML of its own (a list
 * item after a `- npm i …@$[[ inputs.v ]]`). Null when nothing differs from the structural
 * reading or the text does not parse. Lines keep their numbers up to the first such value.
 */
export function textInterpolated(
  source: string,
  parsed: ParsedYaml,
  file: string,
  values: ReadonlyMap<string, InputValue>,
  maxDepth: number,
  open = false,
): ParsedYaml | null {
  if (![...values.values()].some((v) => !v.unknown && typeof v.value === 'string' && v.value.includes('\n')))
    return null;
  const range = parsed.doc.range;
  let failed = false;
  const text = source.slice(range[0], range[2]).replace(BLOCK, (written, data: string) => {
    const r = evaluate(data, values, open);
    if ('error' in r) failed = true;
    if ('error' in r || r.value === KEPT || r.unknown) return written;
    return typeof r.value === 'string' ? r.value : JSON.stringify(r.value);
  });
  if (failed) return null;
  // The header's place kept as blank text, so that the document's lines keep their numbers.
  const out = parseYaml(source.slice(0, range[0]).replace(/[^\n]/g, ' ') + text, file, maxDepth);
  return out.errors.length > 0 ? null : out;
}

function asText(r: Known, written: string): VarValue {
  const text = r.unknown
    ? written
    : typeof r.value === 'string'
      ? r.value
      : Array.isArray(r.value) || (r.value !== null && typeof r.value === 'object')
        ? JSON.stringify(r.value)
        : String(r.value ?? '');
  return { text, unknown: r.unknown, ...(r.from ? { from: r.from } : {}) };
}

/** A list value as a sequence located at the block's node, each string item keeping where it is written. */
function typedNode(
  doc: Document.Parsed,
  at: Node,
  value: unknown[],
  from: VarValue['from'],
  origins: Origins,
): Node {
  const seq = doc.createNode(value);
  visit(seq, {
    Node(_k, n) {
      n.range = at.range;
      if (isScalar(n) && typeof n.value === 'string')
        origins.set(n, [{ text: n.value, unknown: false, ...(from ? { from } : {}) }]);
    },
  });
  seq.range = at.range;
  return seq;
}

/** One block's value: `inputs.NAME` and its functions; `matrix.*` is kept for GitLab to fill later. */
function evaluate(data: string, values: ReadonlyMap<string, InputValue>, open: boolean): Result {
  const [access = '', ...functions] = data.split('|').map((s) => s.trim());
  const objects = access.split('.');
  if (objects[0] === 'matrix') return { value: KEPT, unknown: false };
  if (objects.length <= 1) return { error: 'invalid interpolation access pattern' };
  if (access.length > 1024) return { error: 'maximum interpolation expression size exceeded' };
  if (functions.length > MAX_FUNCTIONS) return { error: 'too many functions in interpolation block' };
  let r: Result;
  if (objects[0] !== 'inputs') {
    // Other contexts (`component.*` in recent versions) are not known here.
    r = { value: undefined, unknown: true };
  } else {
    const input = values.get(objects[1]!) ?? (open ? { value: undefined, unknown: true } : undefined);
    if (!input) return { error: `unknown interpolation key: \`${objects[1]}\`` };
    if (objects.length > 2) return { error: `unknown interpolation key: \`${objects[2]}\`` };
    r = input;
  }
  for (const f of functions) {
    r = apply(f, r);
    if ('error' in r) return r;
  }
  return r;
}

function apply(expr: string, r: Known): Result {
  const truncate = /^truncate\(\s*(\d+)\s*,\s*(\d+)\s*\)?$/.exec(expr);
  const split = /^split\('([^']*)'\)$/.exec(expr);
  const known = truncate || split || ['expand_vars', 'posix_escape', 'posix_quote'].includes(expr);
  if (!known)
    return {
      error: `no function matching \`${expr}\`: check that the function name, arguments, and types are correct`,
    };
  if (r.unknown) return r;
  if (typeof r.value !== 'string')
    return { error: `invalid input type: ${expr.replace(/\(.*$/, '')} can only be used with string inputs` };
  const s = r.value;
  const keep = (value: unknown): Result => ({ value, unknown: false, ...(r.from ? { from: r.from } : {}) });
  if (truncate) return keep(s.substr(Number(truncate[1]), Number(truncate[2])));
  if (split) {
    if (split[1] === '') return { error: 'invalid argument: separator cannot be empty' };
    return keep(
      s
        .split(split[1]!)
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    );
  }
  // The CI/CD variables of the project and of the pipeline are not known here.
  if (expr === 'expand_vars') return s.includes('$') ? { value: s, unknown: true } : keep(s);
  return keep(shellEscape(s));
}

/** Ruby's `Shellwords.shellescape`, which GitLab's `posix_escape` applies. */
export function shellEscape(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_\-.,:+/@\n]/g, '\\$&').replace(/\n/g, "'\n'");
}

/** A replaced string as one variable value: unknown when a piece is, from the first piece that has an origin. */
export function interpolatedValue(pieces: readonly Piece[]): VarValue {
  return joinValues(pieces.map((p) => (typeof p === 'string' ? { text: p, unknown: false } : p)));
}
