// GitLab CI jobs as GitLab assembles them before it runs them: a job's own keys over what it
// inherits through `extends:` (maps merged key by key, lists and strings replaced, a later entry
// of the list winning over an earlier one, up to 11 levels), YAML merge keys (`<<: *anchor`,
// shallow, the map's own keys winning), `!reference [job, key, …]` tags (resolved in place, up to
// 10 levels), `default:` (before_script, after_script), the file's `variables` (narrowed by
// `inherit:`), and jobs spread over the local `include:` files (an included file first, the file
// that includes it over it). Every command keeps the file and node where it is written.
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { ScanError } from '../../model/component.js';
import type { VarValue } from '../shell/expand.js';
import { get, lineOf, resolve, str, type ParsedYaml } from '../parsers/yaml-nodes.js';
import { interpolatedValue, type Origins } from './interpolate.js';

/** One use of a file: its pipeline document with the inputs of that use written in. */
export interface GitlabFile {
  path: string;
  parsed: ParsedYaml;
  /** The pieces of each string an input was written into. */
  origins?: Origins;
}

/** A node as written in one file, or a map assembled from several (merge keys, extends, includes). */
type Value = { kind: 'node'; file: GitlabFile; node: unknown } | { kind: 'map'; entries: Map<string, Value> };

/** The commands of one job run, in order, each a scalar written in `file`, and the job's variables. */
export interface GitlabRun {
  job: string;
  commands: { file: GitlabFile; node: unknown }[];
  env: Map<string, VarValue>;
  /** `trigger: include:` of the job (a child pipeline), where it is written. */
  trigger?: { file: GitlabFile; node: unknown };
}

/** Keys of a job that change what its shell runs or knows. */
const JOB_KEYS = new Set([
  'script',
  'before_script',
  'after_script',
  'variables',
  'extends',
  'inherit',
  'rules',
  'trigger',
]);
/** Top-level keys that are not jobs (docs.gitlab.com/ci/yaml, "Global keywords"). */
const GLOBAL_KEYS = new Set([
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
  'spec',
  'types',
]);
const DEFAULT_SCRIPTS = ['before_script', 'after_script'] as const;
const MAX_EXTENDS = 11;
const MAX_REFERENCES = 10;
/** Maps assembled per configuration: a bound against merge-key alias fan-out. */
const MAX_MAPS = 20_000;

export class GitlabConfig {
  readonly errors: ScanError[] = [];
  private readonly views = new Map<string, Value | undefined>();
  private readonly building = new Set<string>();
  private maps = 0;
  private defs: Map<string, { file: GitlabFile; node: unknown }[]> | undefined;
  private readonly assembled = new WeakMap<object, Map<string, Value>>();
  private readonly globals = new Map<string, Value | undefined>();

  /** `files` in precedence order: a later file's keys win over an earlier one's. */
  constructor(private readonly files: readonly GitlabFile[]) {}

  /**
   * Every job's runs: the jobs GitLab runs, then the hidden ones (templates), those nothing else
   * extends first. A job has a run without rule variables, and one per rule (of `workflow:` or of
   * the job) that sets variables: which rule matches only the pipeline knows.
   */
  runs(): { running: GitlabRun[]; hidden: GitlabRun[] } {
    const names = [...this.definitions().keys()];
    const extended = new Set<string>();
    for (const n of names) for (const p of this.parents(this.own(n))) extended.add(p.name);
    const hidden = names.filter((n) => n.startsWith('.'));
    hidden.sort((a, b) => Number(extended.has(a)) - Number(extended.has(b)));
    return {
      running: names.filter((n) => !n.startsWith('.')).flatMap((n) => this.run(n)),
      hidden: hidden.flatMap((n) => this.run(n)),
    };
  }

  private run(job: string): GitlabRun[] {
    const view = this.entries(this.job(job));
    const inherit = this.entries(this.deref(view.get('inherit')));
    const defaults = this.defaults();
    const scripts = (key: (typeof DEFAULT_SCRIPTS)[number]): Value | undefined =>
      view.has(key)
        ? view.get(key)
        : this.inherits(inherit.get('default'), key)
          ? defaults.get(key)
          : undefined;
    const commands = [
      ...this.commands(scripts('before_script')),
      ...this.commands(view.get('script')),
      ...this.commands(scripts('after_script')),
    ];
    const inherited = (vars: Map<string, VarValue>) =>
      [...vars].filter(([k]) => this.inherits(inherit.get('variables'), k));
    const globals = inherited(this.variables(this.global('variables')));
    const own = [...this.variables(view.get('variables'))];
    const env = (...over: [string, VarValue][][]) => new Map([...globals, ...over.flat()]);
    const workflowRules = this.ruleVariables(this.entries(this.global('workflow')).get('rules'));
    const trigger = this.triggerInclude(view.get('trigger'));
    const t = trigger ? { trigger } : {};
    return [
      { job, commands, env: env(own), ...t },
      ...workflowRules.map((w) => ({ job, commands, env: env(inherited(w), own), ...t })),
      ...this.ruleVariables(view.get('rules')).map((r) => ({ job, commands, env: env(own, [...r]), ...t })),
    ];
  }

  /** `trigger: include:` (a child pipeline's files), as written; `trigger: project` runs no file here. */
  private triggerInclude(v: Value | undefined): { file: GitlabFile; node: unknown } | undefined {
    const t = this.deref(v);
    if (t?.kind === 'map') {
      const inc = this.deref(t.entries.get('include'));
      return inc?.kind === 'node' ? { file: inc.file, node: inc.node } : undefined;
    }
    if (t?.kind !== 'node') return undefined;
    const node = get(t.file.parsed.doc, t.node, 'include');
    return node === undefined ? undefined : { file: t.file, node };
  }

  /** The variables of each rule of a `rules:` list that sets some. */
  private ruleVariables(rules: Value | undefined): Map<string, VarValue>[] {
    const out: Map<string, VarValue>[] = [];
    for (const rule of this.listItems(rules)) {
      const vars = this.variables(this.entries(this.mapValue(rule.file, rule.node, 3)).get('variables'));
      if (vars.size > 0) out.push(vars);
    }
    return out;
  }

  /** Top-level maps other than the global keys: the jobs, each with its definitions in file order. */
  private definitions(): Map<string, { file: GitlabFile; node: unknown }[]> {
    if (this.defs) return this.defs;
    this.defs = new Map();
    for (const file of this.files)
      for (const { key, value } of this.topLevel(file)) {
        if (GLOBAL_KEYS.has(key) || !isMap(value)) continue;
        let list = this.defs.get(key);
        if (!list) this.defs.set(key, (list = []));
        list.push({ file, node: value });
      }
    return this.defs;
  }

  /** `inherit: { default | variables: true | false | [names] }`: whether `name` is inherited. */
  private inherits(setting: Value | undefined, name: string): boolean {
    const v = this.deref(setting);
    if (v?.kind !== 'node') return true;
    const node = resolve(v.file.parsed.doc, v.node);
    if (isScalar(node)) return node.value !== false && str(node) !== 'false';
    if (isSeq(node)) return node.items.some((i) => str(resolve(v.file.parsed.doc, i)) === name);
    return true;
  }

  /** `default:` before_script/after_script, or the deprecated top-level ones. */
  private defaults(): Map<string, Value> {
    const out = new Map<string, Value>();
    for (const key of DEFAULT_SCRIPTS) {
      const v = this.entries(this.global('default')).get(key) ?? this.global(key);
      if (v) out.set(key, v);
    }
    return out;
  }

  /** A job with everything it extends merged under its own keys (memoized). */
  private job(name: string): Value | undefined {
    if (this.views.has(name)) return this.views.get(name);
    const own = this.own(name);
    if (!own || this.building.has(name)) return own;
    this.building.add(name);
    let view: Value = { kind: 'map', entries: new Map() };
    for (const p of this.parents(own)) {
      if (this.building.has(p.name)) {
        this.error(p, `extends: ${p.name}: circular dependency`);
        continue;
      }
      if (this.building.size >= MAX_EXTENDS) {
        this.error(p, `extends: ${p.name}: nesting deeper than ${MAX_EXTENDS} levels`);
        continue;
      }
      // A job not in these files may come from a project, remote or template include.
      const parent = this.job(p.name);
      if (parent) view = deepMerge(view, parent);
    }
    // A `!reference` directly under a job key is resolved before the merge, as GitLab reads it.
    const entries = new Map<string, Value>();
    for (const [k, v] of this.entries(own)) {
      const d = this.deref(v);
      if (d) entries.set(k, d);
    }
    view = deepMerge(view, { kind: 'map', entries });
    this.building.delete(name);
    this.views.set(name, view);
    return view;
  }

  /** The job's own definitions in every file, later files over earlier ones. */
  private own(name: string): Value | undefined {
    let out: Value | undefined;
    for (const d of this.definitions().get(name) ?? [])
      out = deepMerge(out, this.mapValue(d.file, d.node, 3, JOB_KEYS));
    return out;
  }

  /** A top-level key other than a job (`variables`, `default`), merged across files (memoized). */
  private global(name: string): Value | undefined {
    if (this.globals.has(name)) return this.globals.get(name);
    let out: Value | undefined;
    for (const f of this.files)
      for (const { key, value } of this.topLevel(f))
        if (key === name) out = deepMerge(out, this.mapValue(f, value, name === 'variables' ? 2 : 3));
    this.globals.set(name, out);
    return out;
  }

  private *topLevel(f: GitlabFile): Generator<{ key: string; value: unknown }> {
    const root = resolve(f.parsed.doc, f.parsed.doc.contents);
    if (!isMap(root)) return;
    for (const p of root.items) {
      const key = isScalar(p.key) ? str(p.key) : undefined;
      if (key !== undefined) yield { key, value: resolve(f.parsed.doc, p.value) };
    }
  }

  /** The names a job extends, each with where it is written. */
  private parents(own: Value | undefined): { name: string; file: GitlabFile; node: unknown }[] {
    const ext = this.entries(own).get('extends');
    if (ext?.kind !== 'node') return [];
    const { doc } = ext.file.parsed;
    const node = resolve(doc, ext.node);
    const list = isSeq(node) ? node.items.map((i) => resolve(doc, i)) : [node];
    const out: { name: string; file: GitlabFile; node: unknown }[] = [];
    for (const n of list) {
      const s = str(n);
      if (s !== undefined) out.push({ name: s, file: ext.file, node: n });
    }
    return out;
  }

  /**
   * A YAML map as a `Value`, `levels` deep (a job: its keys, `variables`, a variable's `value`
   * map); `<<` merge keys are applied first so that the map's own keys win, and of a list of merged
   * maps the first holding a key wins. Deeper nodes stay as written.
   */
  private mapValue(file: GitlabFile, node: unknown, levels: number, keep?: ReadonlySet<string>): Value {
    const { doc } = file.parsed;
    const m = resolve(doc, node);
    if (!isMap(m) || levels <= 0) return { kind: 'node', file, node: m };
    // Each map is assembled once: jobs share templates, globals and rules.
    const cacheKey = `${levels}${keep ? 'job' : ''}`;
    let cached = this.assembled.get(m);
    if (!cached) this.assembled.set(m, (cached = new Map()));
    const hit = cached.get(cacheKey);
    if (hit) return hit;
    // A map merging itself (through an alias) sees itself as written, not assembled.
    cached.set(cacheKey, { kind: 'node', file, node: m });
    const value = this.assemble(file, m, levels, keep);
    cached.set(cacheKey, value);
    return value;
  }

  private assemble(file: GitlabFile, m: YAMLMap, levels: number, keep?: ReadonlySet<string>): Value {
    const { doc } = file.parsed;
    if (++this.maps > MAX_MAPS) {
      if (this.maps === MAX_MAPS + 1)
        this.error({ file, node: m }, `merge keys assemble more than ${MAX_MAPS} maps`);
      return { kind: 'node', file, node: m };
    }
    const entries = new Map<string, Value>();
    for (const p of m.items) {
      if (!isScalar(p.key) || p.key.value !== '<<') continue;
      const v = resolve(doc, p.value);
      const sources = isSeq(v) ? v.items : [v];
      for (const s of [...sources].reverse()) {
        const merged = this.mapValue(file, s, levels, keep);
        if (merged.kind === 'map') for (const [k, x] of merged.entries) entries.set(k, x);
      }
    }
    for (const p of m.items) {
      const key = isScalar(p.key) ? str(p.key) : undefined;
      if (key === undefined || key === '<<' || (keep && !keep.has(key))) continue;
      // A job's `trigger:` keeps its `include:` as written (the child pipeline's include entries).
      entries.set(key, this.mapValue(file, p.value, keep && key === 'trigger' ? 1 : levels - 1));
    }
    return { kind: 'map', entries };
  }

  /** A `!reference [job, key, …]` replaced by what it names (nested ones too); others as they are. */
  private deref(v: Value | undefined, depth = 0): Value | undefined {
    if (v?.kind !== 'node') return v;
    const { doc } = v.file.parsed;
    const node = resolve(doc, v.node);
    if (!isSeq(node) || node.tag !== '!reference') return v;
    const path = node.items.map((i) => str(resolve(doc, i)) ?? '');
    const shown = `!reference [${path.join(', ')}]`;
    if (depth >= MAX_REFERENCES) {
      this.error({ file: v.file, node }, `${shown}: nested deeper than ${MAX_REFERENCES} levels`);
      return undefined;
    }
    let target: Value | undefined = path[0] ? this.job(path[0]) : undefined;
    for (const key of path.slice(1)) target = this.deref(this.entries(target).get(key), depth + 1);
    // What is not in these files may come from a project, remote or template include.
    return target && path.length >= 2 ? this.deref(target, depth + 1) : undefined;
  }

  /** A script value's commands in order: lists flattened, `!reference` items resolved in place. */
  private commands(v: Value | undefined): { file: GitlabFile; node: unknown }[] {
    return this.listItems(v).filter((c) => isScalar(c.node));
  }

  /** The items of a list (nested lists flattened, `!reference` items resolved in place), or the one value. */
  private listItems(v: Value | undefined, depth = 0): { file: GitlabFile; node: unknown }[] {
    const d = this.deref(v);
    if (d?.kind !== 'node' || depth > MAX_REFERENCES) return [];
    const node = resolve(d.file.parsed.doc, d.node);
    if (!isSeq(node)) return [{ file: d.file, node }];
    return node.items.flatMap((item) =>
      this.listItems({ kind: 'node', file: d.file, node: item }, depth + 1),
    );
  }

  /** A `variables` map as the shell's variables, each at the line where its value is written. */
  private variables(v: Value | undefined): Map<string, VarValue> {
    const out = new Map<string, VarValue>();
    for (const [name, entry] of this.entries(this.deref(v))) {
      let x = this.deref(entry);
      if (x?.kind === 'map') x = this.deref(x.entries.get('value'));
      if (x?.kind !== 'node') continue;
      const node = resolve(x.file.parsed.doc, x.node);
      const text = str(node);
      if (text === undefined) continue;
      const from = { file: x.file.path, line: lineOf(x.file.parsed.lines, node) };
      // A value an input wrote in is known where the input's value is written.
      const pieces = x.file.origins?.get(node as object);
      const v = pieces ? interpolatedValue(pieces) : undefined;
      out.set(name, { text, unknown: /\$/.test(text) || v?.unknown === true, from: v?.from ?? from });
    }
    return out;
  }

  private entries(v: Value | undefined): Map<string, Value> {
    return v?.kind === 'map' ? v.entries : new Map();
  }

  private error(at: { file: GitlabFile; node: unknown }, message: string): void {
    const line = lineOf(at.file.parsed.lines, at.node);
    if (!this.errors.some((e) => e.file === at.file.path && e.line === line && e.message === message))
      this.errors.push({ file: at.file.path, line, message });
  }
}

/** GitLab's deep merge: maps key by key, anything else replaced by the later value. */
function deepMerge(base: Value | undefined, over: Value): Value {
  if (base?.kind !== 'map' || over.kind !== 'map') return over;
  const entries = new Map(base.entries);
  for (const [k, v] of over.entries) entries.set(k, deepMerge(entries.get(k), v));
  return { kind: 'map', entries };
}
