// The values a GitHub workflow passes to what it runs: `strategy.matrix` (one evaluation per
// combination, `include:` too), `env` with `${{ … }}` expressions of known contexts, and the
// `with:` inputs of a local reusable workflow or composite action.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Location } from '../../model/component.js';
import type { FileWrite } from '../shell/file-writes.js';
import { contextValue, expressionName, MATRIX_KNOWN, type VarValue } from '../shell/expand.js';
import { get, items, lineOf, pairs, str, type ParsedYaml } from '../parsers/yaml-nodes.js';

/** Most matrix combinations evaluated per job: a bound on hostile input. */
const MAX_COMBINATIONS = 256;

/** A parsed YAML file and its path. */
export interface YamlFile extends ParsedYaml {
  file: string;
}

/** Variables by name: shell names, and `matrix.x`, `inputs.x`, `github.x` for expressions. */
export type Values = Map<string, VarValue>;

/**
 * Expands the `${{ context.name }}` expressions of a YAML value with `values`; an expression of
 * anything else (a function, an operator, an unknown context) leaves the value unknown.
 */
export function expandExpressions(text: string, values: Values, from?: Location): VarValue {
  let unknown = false;
  let origin: Location | undefined;
  const out = text.replace(/\$\{\{[\s\S]*?\}\}/g, (raw) => {
    const name = expressionName(raw);
    const v = name === null ? undefined : contextValue(name, (n) => values.get(n));
    if (!v || v.unknown) {
      unknown = true;
      return raw;
    }
    origin ??= v.from;
    return v.text;
  });
  origin ??= from;
  return { text: out, unknown, ...(origin ? { from: origin } : {}) };
}

/** A scalar's value with its expressions expanded, written at its own line. */
export function yamlValue(parsed: YamlFile, node: unknown, values: Values): VarValue | undefined {
  const s =
    isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : str(node);
  if (s === undefined) return undefined;
  return expandExpressions(s, values, { file: parsed.file, line: lineOf(parsed.lines, node) });
}

/** `env:` entries over `base`, values expanded with `values` (the matrix, inputs, env so far). */
export function envOf(parsed: YamlFile, node: unknown, base: Values): Values {
  const env = new Map(base);
  for (const p of pairs(parsed.doc, node)) {
    const v = yamlValue(parsed, p.value, env);
    if (v !== undefined) env.set(p.key, v);
  }
  return env;
}

/**
 * The combinations of a job's `strategy.matrix`, each as `matrix.<key>` values written at the
 * value's line; one empty combination when the job has no matrix (or it is an expression). Where
 * every key is known (no matrix, or a mapping whose `include:` is a list), each combination also
 * says so (`MATRIX_KNOWN`): the keys it does not define are null, as GitHub evaluates them.
 */
export function matrixCombinations(parsed: YamlFile, job: unknown, values: Values): Values[] {
  const { doc } = parsed;
  const strategy = get(doc, job, 'strategy');
  const matrix = get(doc, strategy, 'matrix');
  const axes: { key: string; values: VarValue[] }[] = [];
  let includes: unknown[] = [];
  let excludes: unknown[] = [];
  // A strategy or matrix given by an expression, or an `include:` that is one or holds one, may
  // define any key.
  let keysKnown = strategy === undefined || (isMap(strategy) && (matrix === undefined || isMap(matrix)));
  for (const p of pairs(doc, matrix)) {
    if (p.key === 'include') {
      includes = items(doc, p.value);
      if (!isSeq(p.value) || !includes.every((n) => isMap(n))) keysKnown = false;
    } else if (p.key === 'exclude') excludes = items(doc, p.value);
    else {
      const vs = items(doc, p.value)
        .map((n) => yamlValue(parsed, n, values))
        .filter((v): v is VarValue => v !== undefined);
      // A value given by an expression (`${{ fromJSON(...) }}`) is one unknown value.
      const whole = vs.length === 0 ? yamlValue(parsed, p.value, values) : undefined;
      axes.push({ key: p.key, values: vs.length > 0 ? vs : [whole ?? { text: '', unknown: true }] });
    }
  }
  let combos: Values[] = [new Map()];
  for (const axis of axes) {
    const next: Values[] = [];
    for (const c of combos)
      for (const v of axis.values) {
        if (next.length >= MAX_COMBINATIONS) break;
        next.push(new Map(c).set(`matrix.${axis.key}`, v));
      }
    combos = next;
  }
  const entry = (node: unknown): Values => {
    const m: Values = new Map();
    for (const p of pairs(doc, node)) {
      const v = yamlValue(parsed, p.value, values);
      if (v !== undefined) m.set(`matrix.${p.key}`, v);
    }
    return m;
  };
  const same = (a: VarValue | undefined, b: VarValue) => a !== undefined && a.text === b.text;
  combos = combos.filter((c) => excludes.every((x) => ![...entry(x)].every(([k, v]) => same(c.get(k), v))));
  const original = new Set(axes.map((a) => `matrix.${a.key}`));
  for (const node of includes) {
    const inc = entry(node);
    let added = false;
    // Added to every combination whose original values it does not overwrite; else a new one.
    for (const c of axes.length > 0 ? combos : []) {
      if ([...inc].every(([k, v]) => !original.has(k) || same(c.get(k), v))) {
        for (const [k, v] of inc) c.set(k, v);
        added = true;
      }
    }
    if (!added && combos.length < MAX_COMBINATIONS) {
      if (axes.length === 0 && combos.length === 1 && combos[0]!.size === 0) combos = [];
      combos.push(inc);
    }
  }
  const out = combos.length > 0 ? combos : [new Map()];
  if (keysKnown) for (const c of out) c.set(MATRIX_KNOWN, { text: '', unknown: false });
  return out;
}

/** The inputs a caller's `with:` gives, over the callee's declared defaults. */
export function inputsOf(callee: YamlFile, declared: unknown, given: Map<string, VarValue>): Values {
  const inputs: Values = new Map();
  for (const p of pairs(callee.doc, declared)) {
    const d = get(callee.doc, p.value, 'default');
    const v = d === undefined ? undefined : yamlValue(callee, d, new Map());
    if (v !== undefined) inputs.set(`inputs.${p.key}`, v);
  }
  for (const [k, v] of given) inputs.set(`inputs.${k}`, v);
  return inputs;
}

/**
 * The program a `run:` step's text is given to: the step's `shell`, else the job's, else the
 * workflow's `defaults.run.shell`, else the runner's default (PowerShell on a Windows runner,
 * bash elsewhere). `powershell` text is rewritten for the shell interpreter; `other` (python,
 * cmd, a shell named by an expression) is read as shell for its installs, never for errors.
 */
export function runShell(
  parsed: YamlFile,
  job: unknown,
  step: unknown,
  values: Values,
): 'sh' | 'powershell' | 'other' {
  const { doc } = parsed;
  const defaultOf = (owner: unknown) => str(get(doc, get(doc, get(doc, owner, 'defaults'), 'run'), 'shell'));
  const written =
    str(get(doc, step, 'shell')) ??
    (job === undefined ? undefined : defaultOf(job)) ??
    defaultOf(doc.contents);
  if (written === undefined) {
    const runsOn = get(doc, job, 'runs-on');
    const labels = isSeq(runsOn) ? items(doc, runsOn).map((n) => str(n) ?? '') : [str(runsOn) ?? ''];
    const windows = labels.some((l) => /windows/i.test(expandExpressions(l, values).text));
    return windows ? 'powershell' : 'sh';
  }
  const program = written.trim().split(/\s+/)[0] ?? '';
  if (/^(pwsh|powershell)$/i.test(program)) return 'powershell';
  return /^(\S*\/)?(ba|z|k|da)?sh$/.test(program) ? 'sh' : 'other';
}

/**
 * The variables a step's commands write into `$GITHUB_ENV` (`echo "CC=2.1.150" >> "$GITHUB_ENV"`,
 * a `cat <<EOF` of `K=V` lines): the runner sets them for every later step of the job. A line of
 * an unknown write is an unknown value; the multi-line `K<<DELIM` form is left unknown.
 */
export function githubEnvWrites(writes: readonly FileWrite[], file: string): Values {
  const out: Values = new Map();
  for (const w of writes) {
    if (!/^["']?\$\{?GITHUB_ENV\}?["']?$/.test(w.target)) continue;
    for (const line of w.content.text.split('\n')) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(=|<<)(.*)$/.exec(line);
      if (!m) continue;
      const known = !w.content.unknown && m[2] === '=';
      out.set(
        m[1]!,
        known ? { text: m[3]!, unknown: false, from: { file, line: w.line } } : { text: line, unknown: true },
      );
    }
  }
  return out;
}
