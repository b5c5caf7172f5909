// Taskfiles (go-task: `Taskfile.yml`, `Taskfile.yaml`, `Taskfile.dist.yml`, lowercase too): the
// commands of each task (`cmds` strings, `cmd:`/`defer:` entries, `for:` loops over a list, `cmd`,
// a task given as its command or its list), with its `deps` and `task:` calls. Templates
// `{{.NAME}}` (also `| default "x"`) take go-task's order: the task's `vars`, then the caller's
// (a `task:` call's `vars`, `task T NAME=v` on the command line), the root `vars`, then the
// environment. A command's shell environment is the Taskfile's `env`, which the environment
// task runs in overrides. Read on its own, every task runs with no caller; run by a caller
// (flows/tasks.ts), the tasks it names run with its variables and environment.
import type { Detector, DetectorResult } from '../model/component.js';
import { isScalar } from 'yaml';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, yamlSite, type CommandSite } from './parsers/command-sites.js';
import { get, items, pairs, parseYaml, str, type ParsedYaml } from './parsers/yaml-nodes.js';
import type { DetectInput } from '../model/component.js';
import type { VarValue } from './shell/expand.js';
import { knownValue, stringLiteral, TemplateValues, unknownValue } from './parsers/task-templates.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { dirOf, joinRelative } from './parsers/paths.js';
import { dotenvValues } from './parsers/dotenv.js';
import { defaultLimits } from '../model/limits.js';

/** Most distinct runs (a recipe or task with its values) read per file. */
const MAX_RUNS = 4096;

export const TASKFILE_SOURCE = 'Taskfile';

export function isTaskfilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^taskfile(\.dist)?\.ya?ml$/i.test(name);
}

/** What a caller gives a run of the Taskfile. */
export interface TaskContext {
  /** The tasks run; none: `default`. */
  tasks: readonly string[];
  /** `NAME=value` on the command line. */
  vars: ReadonlyMap<string, VarValue>;
  /** The environment task runs in. */
  env: ReadonlyMap<string, VarValue>;
  cliArgs?: VarValue;
  /** The root `dotenv:` files' variables: under the environment and the Taskfile's `env`. */
  dotenv?: ReadonlyMap<string, VarValue>;
}

type Vars = ReadonlyMap<string, VarValue>;

export function scanTaskfile(input: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const { parsed, sites } = ownSites(input);
  const r = scanCommandSites(input.path, TASKFILE_SOURCE, sites, 'cmds');
  return { components: r.components, errors: [...parsed.errors, ...r.errors] };
}

async function detectTaskfile(input: DetectInput): Promise<DetectorResult> {
  const { parsed, sites } = ownSites(input, await taskfileDotenv(input, input.readFile));
  const r = await scanAndFollowCommandSites(input, TASKFILE_SOURCE, sites, 'cmds', dirOf(input.path));
  return { ...r, errors: [...parsed.errors, ...r.errors] };
}

/** Every task, run with no caller. */
function ownSites(
  { path, text, limits }: Pick<DetectInput, 'path' | 'text' | 'limits'>,
  dotenv?: ReadonlyMap<string, VarValue>,
) {
  const parsed = parseYaml(text, path, limits.maxDepth);
  const all = pairs(parsed.doc, get(parsed.doc, parsed.doc.contents, 'tasks')).map((t) => t.key);
  const context = { tasks: all, vars: new Map(), env: new Map(), ...(dotenv ? { dotenv } : {}) };
  return { parsed, sites: taskfileSites(parsed, context) ?? [] };
}

/**
 * The variables of the root `dotenv:` files (from the Taskfile's folder; a file named with a
 * template is not known), each written at its line; the first file that sets a name wins.
 */
export async function taskfileDotenv(
  { path, text }: Pick<DetectInput, 'path' | 'text'>,
  readFile: DetectInput['readFile'],
): Promise<Map<string, VarValue>> {
  const env = new Map<string, VarValue>();
  if (!/^dotenv\s*:/m.test(text)) return env;
  const { doc } = parseYaml(text, path, defaultLimits.maxDepth);
  for (const item of items(doc, get(doc, doc.contents, 'dotenv'))) {
    const name = str(item);
    const file = name === undefined || name.includes('{{') ? null : joinRelative(dirOf(path), name);
    const content = file === null ? null : await readFile(file);
    if (file === null || content === null) continue;
    for (const [k, v] of dotenvValues(content, file)) if (!env.has(k)) env.set(k, v);
  }
  return env;
}

/** The command sites of the context's tasks and what they call, or null when a task is missing. */
export function taskfileSites(parsed: ParsedYaml, context: TaskContext): CommandSite[] | null {
  const { doc } = parsed;
  const root = doc.contents;
  const tasks = get(doc, root, 'tasks');
  const envOf = (n: string) => context.env.get(n) ?? context.dotenv?.get(n);
  // go-task's order for templates (later wins): the environment, the Taskfile's `env`, its `vars`.
  const rootEnv = evaluateVars(parsed, get(doc, root, 'env'), envOf);
  const globals = evaluateVars(parsed, get(doc, root, 'vars'), (n) => rootEnv.get(n) ?? envOf(n));
  const special = new Map<string, VarValue>([['CLI_ARGS', context.cliArgs ?? knownValue('')]]);
  const values = new TemplateValues();
  const sites: CommandSite[] = [];
  const done = new Set<string>();

  const run = (name: string, callVars: Vars, depth: number): boolean => {
    const task = get(doc, tasks, name);
    if (task === undefined) return false;
    const key = JSON.stringify([name, [...callVars].map(([k, v]) => [k, v.text])]);
    // Runs that deps and task: calls reach with new values are bounded (they could multiply at
    // every level of a hostile file); the tasks asked for are always read.
    if (depth > 16 || done.has(key) || (depth > 0 && done.size >= MAX_RUNS)) return true;
    done.add(key);
    const outer = (n: string) =>
      special.get(n) ??
      callVars.get(n) ??
      context.vars.get(n) ??
      globals.get(n) ??
      rootEnv.get(n) ??
      envOf(n);
    const own = evaluateVars(parsed, get(doc, task, 'vars'), outer);
    const lookup = (n: string) => (n === 'TASK' ? knownValue(name) : (own.get(n) ?? outer(n)));
    // The shell's environment: the Taskfile's env, overridden by the environment task runs in.
    const shellEnv = new Map<string, VarValue>(context.dotenv ?? []);
    for (const owner of [root, task])
      for (const [k, v] of evaluateVars(parsed, get(doc, owner, 'env'), lookup)) shellEnv.set(k, v);
    for (const [k, v] of context.env) shellEnv.set(k, v);
    const call = (node: unknown): void => {
      const target = str(get(doc, node, 'task')) ?? str(node);
      if (target === undefined) return;
      run(target, evaluateVars(parsed, get(doc, node, 'vars'), lookup), depth + 1);
    };
    for (const dep of items(doc, get(doc, task, 'deps'))) call(dep);
    const cmds =
      isScalar(task) || items(doc, task).length > 0
        ? task
        : (get(doc, task, 'cmds') ?? get(doc, task, 'cmd'));
    for (const cmd of isScalar(cmds) ? [cmds] : items(doc, cmds)) {
      if (!isScalar(cmd) && get(doc, cmd, 'task') !== undefined) {
        call(cmd);
        continue;
      }
      const node = isScalar(cmd) ? cmd : (get(doc, cmd, 'cmd') ?? get(doc, cmd, 'defer'));
      const loop = isScalar(cmd) ? [] : items(doc, get(doc, cmd, 'for'));
      const each = loop.length > 0 ? loop.map((i) => str(i)) : [undefined];
      for (const item of each) {
        const scope = (n: string) => (n === 'ITEM' && item !== undefined ? knownValue(item) : lookup(n));
        const site = yamlSite(parsed.lines, node, (t) => templated(t, scope, values), shellEnv);
        if (site) sites.push(site);
      }
    }
    return true;
  };

  for (const name of context.tasks.length > 0 ? context.tasks : ['default'])
    if (!run(name, new Map(), 0)) return null;
  if (sites[0]) sites[0] = { ...sites[0], env: new Map([...values.bindings, ...(sites[0].env ?? [])]) };
  return sites;
}

/** A `vars`/`env` map's plain values, templates evaluated in order; `sh:`, maps, lists unknown. */
function evaluateVars(
  parsed: ParsedYaml,
  node: unknown,
  outer: (name: string) => VarValue | undefined,
): Map<string, VarValue> {
  const vars = new Map<string, VarValue>();
  for (const p of pairs(parsed.doc, node)) {
    const raw = isScalar(p.value) ? str(p.value) : undefined;
    const scope = (n: string) => vars.get(n) ?? outer(n);
    vars.set(p.key, raw === undefined ? unknownValue(`{{.${p.key}}}`) : templateValue(raw, scope));
  }
  return vars;
}

const TEMPLATE = /\{\{-?\s*([^}]*?)\s*-?\}\}/g;

/** A string whose templates are all known, as one value (unknown when any is not). */
function templateValue(text: string, scope: (name: string) => VarValue | undefined): VarValue {
  let unknown = false;
  let from: VarValue['from'];
  const out = text.replace(TEMPLATE, (_, expr: string) => {
    const v = expression(expr, scope);
    if (v.unknown) unknown = true;
    if (v.from && v.text !== '') from ??= v.from;
    return v.text;
  });
  return from ? { text: out, unknown, from } : { text: out, unknown };
}

/** Go-template references written into a command: known text, or a bound `${{ task.vN }}`. */
function templated(text: string, scope: (name: string) => VarValue | undefined, values: TemplateValues) {
  return text.replace(TEMPLATE, (_, expr: string) => values.write(expression(expr, scope)));
}

/** `.NAME`, `.NAME | default "x"`, `default "x" .NAME`; other expressions are unknown. */
function expression(expr: string, scope: (name: string) => VarValue | undefined): VarValue {
  const plain = /^\.([A-Za-z_]\w*)$/.exec(expr);
  const piped = /^\.([A-Za-z_]\w*)\s*\|\s*default\s+("(?:[^"\\]|\\.)*"|`[^`]*`)$/.exec(expr);
  const prefix = /^default\s+("(?:[^"\\]|\\.)*"|`[^`]*`)\s+\.([A-Za-z_]\w*)$/.exec(expr);
  const name = plain?.[1] ?? piped?.[1] ?? prefix?.[2];
  const fallback = piped?.[2] ?? prefix?.[1];
  if (name === undefined) return unknownValue(`{{${expr}}}`);
  const v = scope(name);
  // `default` takes the fallback for a missing or empty value.
  if (fallback !== undefined && (v === undefined || (!v.unknown && v.text === '')))
    return knownValue(fallback.startsWith('`') ? fallback.slice(1, -1) : (stringLiteral(fallback) ?? ''));
  // A name nothing defines may still come from a caller or the environment: unknown, not empty.
  return v ?? unknownValue(`{{.${name}}}`);
}

export const taskfileDetector: Detector = {
  id: TASKFILE_SOURCE,
  role: 'commands',
  syntax: 'yaml',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isTaskfilePath,
  detect: detectTaskfile,
};
