// The inputs a GitLab CI file declares in its header (`spec: inputs:`) and the values they take
// in one use of the file: the values an `include:` (or `trigger: include:`) passes, else each
// input's `default:`. A file GitLab runs as the project's pipeline takes its defaults (a value
// given when the pipeline is started cannot be known: an input without a default is unknown).
// What GitLab rejects when it builds the pipeline is a located error: a value outside `options:`,
// one `regex:` does not match, an input the file does not declare, a required input an include
// does not pass, inputs passed to a file without a header.
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { ScanError } from '../../model/component.js';
import type { ValueOrigin } from '../shell/expand.js';
import { get, lineOf, pairs, resolve, str } from '../parsers/yaml-nodes.js';
import type { LineCounter } from 'yaml';

/** One input's value: a string, number, boolean or array (of strings, most often). */
export interface InputValue {
  value: unknown;
  /** Nothing gives it a value that can be known here (a pipeline input without a default). */
  unknown: boolean;
  /** Where the value is written (the caller's `inputs:` entry, the `default:`). */
  from?: ValueOrigin;
}

export interface InputSpec {
  name: string;
  type: string;
  default?: InputValue;
  options?: unknown[];
  regex?: string;
}

/** Values passed by a caller, each written at its node. */
export interface PassedInputs {
  /** Where the `include:` entry is written, for errors about it. */
  at: ValueOrigin;
  values: Map<string, InputValue>;
}

/**
 * Whether a header takes inputs declared in other files (`spec: include:`, recent GitLab): an
 * input it does not declare itself is then no error, and its value unknown unless passed.
 */
export function declaresElsewhere(header: Document.Parsed): boolean {
  return get(header, get(header, header.contents, 'spec'), 'include') !== undefined;
}

/** The inputs a header declares, with their defaults located in `file`. */
export function inputSpecs(
  header: Document.Parsed,
  file: string,
  lines: LineCounter,
): Map<string, InputSpec> {
  const specs = new Map<string, InputSpec>();
  const inputs = get(header, get(header, header.contents, 'spec'), 'inputs');
  for (const p of pairs(header, inputs)) {
    const s = isMap(p.value) ? p.value : undefined;
    const type = str(get(header, s, 'type')) ?? 'string';
    const spec: InputSpec = { name: p.key, type };
    const def = s?.items.find((i) => isScalar(i.key) && i.key.value === 'default');
    if (def) {
      const node = resolve(header, def.value);
      spec.default = {
        value: jsValue(header, node),
        unknown: false,
        from: { file, line: lineOf(lines, node ?? def.key) },
      };
    }
    const options = resolve(header, get(header, s, 'options'));
    if (isSeq(options)) spec.options = options.items.map((i) => jsValue(header, resolve(header, i)));
    const regex = str(get(header, s, 'regex'));
    if (regex !== undefined) spec.regex = regex;
    specs.set(p.key, spec);
  }
  return specs;
}

/** A YAML node as the plain value GitLab sees (aliases followed). */
export function jsValue(doc: Document.Parsed, node: unknown): unknown {
  const n = resolve(doc, node);
  if (isScalar(n)) return n.value;
  if (isSeq(n)) return n.items.map((i) => jsValue(doc, i));
  if (isMap(n)) return Object.fromEntries(pairs(doc, n).map((p) => [p.key, jsValue(doc, p.value)]));
  return null;
}

/**
 * The value of every declared input in one use of the file, or null when GitLab rejects that use
 * (the errors say why). `passed` is undefined for a file run as the pipeline itself.
 */
export function inputValues(
  specs: ReadonlyMap<string, InputSpec>,
  passed: PassedInputs | undefined,
  errors: ScanError[],
  /** The header also takes inputs declared in other files. */
  open = false,
): Map<string, InputValue> | null {
  const values = new Map<string, InputValue>();
  const before = errors.length;
  const at = (o: ValueOrigin | undefined, message: string) =>
    errors.push({ file: o?.file ?? passed!.at.file, line: o?.line ?? passed!.at.line, message });
  const unknownNames = [...(passed?.values.keys() ?? [])].filter((k) => !specs.has(k));
  if (open) for (const k of unknownNames) values.set(k, passed!.values.get(k)!);
  else if (unknownNames.length > 0) at(passed!.at, `unknown input arguments: ${unknownNames.join(', ')}`);
  for (const spec of specs.values()) {
    const given = passed?.values.get(spec.name);
    const value = given ?? spec.default;
    if (!value) {
      // An included file's required input: GitLab rejects the pipeline without it.
      if (passed) at(passed.at, `\`${spec.name}\` input: required value has not been provided`);
      values.set(spec.name, { value: `$[[ inputs.${spec.name} ]]`, unknown: true });
      continue;
    }
    if (!value.unknown) {
      const problem = violation(spec, value.value);
      if (problem)
        at(value.from, `\`${spec.name}\` input: ${given ? 'provided' : 'default'} value ${problem}`);
    }
    values.set(spec.name, value);
  }
  return errors.length > before ? null : values;
}

/** Why GitLab rejects `value` for `spec`, if it does: outside `options`, not matching `regex`, a list for a scalar. */
function violation(spec: InputSpec, value: unknown): string | undefined {
  const scalar = value === null || typeof value !== 'object';
  if (spec.type === 'array' ? !Array.isArray(value) : !scalar) return `is not a ${spec.type}`;
  // Compared as text: YAML 1.1 (GitLab) and 1.2 (this reader) type a few plain scalars apart.
  if (spec.options && !spec.options.some((o) => String(o) === String(value)))
    return `\`${String(value)}\` cannot be used because it is not in the list of allowed options`;
  if (spec.regex !== undefined && typeof value === 'string' && value.length <= MAX_CHECKED_VALUE) {
    const re = portableRegex(spec.regex);
    if (re && !re.test(value)) return `\`${value}\` does not match required RegEx pattern`;
  }
  return undefined;
}

// The file's author writes the pattern and its callers the value, and JavaScript's engine
// backtracks where GitLab's RE2 does not: a pattern that could backtrack without bound (a
// quantified group, a back-reference, more than three unbounded repeats) or a long value is not
// checked. Unchecked, a value is judged as if GitLab accepted it: a finding, never a silence.
const MAX_CHECKED_VALUE = 128;
const BACKTRACKS = /\)[*+?{]|\\[1-9]|\\k</;
const UNBOUNDED = /[*+]|\{\d+,\}/g;

/**
 * GitLab's RE2 pattern as a JavaScript one where both read it alike; a pattern using syntax they
 * read apart (`\A`, `\z`, inline flags, POSIX classes, `\p{…}`) is not checked (no false error).
 */
function portableRegex(pattern: string): RegExp | null {
  if (/\\[AzZpPQE]|\(\?[a-zA-Z]|\[\[:/.test(pattern)) return null;
  if (BACKTRACKS.test(pattern) || (pattern.match(UNBOUNDED)?.length ?? 0) > 3) return null;
  const slashed = /^\/(.*)\/$/s.exec(pattern);
  try {
    return new RegExp(slashed ? slashed[1]! : pattern);
  } catch {
    return null;
  }
}

/** The `inputs:` map of an include entry as passed values, each at its line (or the caller's own origin). */
export function passedInputs(
  doc: Document.Parsed,
  lines: LineCounter,
  file: string,
  entry: unknown,
  originOf: (node: unknown) => InputValue | undefined,
): PassedInputs | undefined {
  const inputs = get(doc, entry, 'inputs');
  if (inputs === undefined) return undefined;
  const values = new Map<string, InputValue>();
  for (const p of pairs(doc, inputs))
    values.set(
      p.key,
      originOf(p.value) ?? {
        value: jsValue(doc, p.value),
        unknown: false,
        from: { file, line: lineOf(lines, p.value ?? p.keyNode) },
      },
    );
  return { at: { file, line: lineOf(lines, entry) }, values };
}
