// justfiles (`justfile`, `Justfile`, `.justfile`, `*.just`): each recipe body line, as just hands
// it to the shell after replacing `{{…}}`. Read on its own, every recipe runs as `just RECIPE`
// would run it: parameters take their defaults (none: an unknown value), `env('X', 'd')` its
// default. Run by a caller (`just RECIPE ARGS`, flows/tasks.ts), the recipe and its dependencies
// take the caller's arguments, `NAME=VALUE` overrides and environment.
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { joinedSite, scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import type { VarValue } from './shell/expand.js';
import { setArguments } from './shell/positional.js';
import { evaluateJust, parseJustfile, type JustRecipe, type Justfile } from './justfile-model.js';
import { TemplateValues, unknownValue } from './parsers/task-templates.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { dirOf, joinRelative } from './parsers/paths.js';
import { dotenvValues } from './parsers/dotenv.js';

/** Most distinct runs (a recipe or task with its values) read per file. */
const MAX_RUNS = 4096;

export const JUSTFILE_SOURCE = 'justfile';

export function isJustfilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^\.?justfile$/i.test(name) || /\.just$/i.test(name);
}

/** What a caller gives a run of the justfile. */
export interface JustContext {
  /** `NAME=VALUE` and `--set NAME VALUE`: they replace the file's assignments. */
  overrides: ReadonlyMap<string, VarValue>;
  /** The caller's environment (what `env()` reads and the recipe's shell inherits). */
  env: ReadonlyMap<string, VarValue>;
  /** The `.env` file's variables (`set dotenv-load`): under the environment, which they do not replace. */
  dotenv?: ReadonlyMap<string, VarValue>;
}

const NO_CONTEXT: JustContext = { overrides: new Map(), env: new Map() };

export function scanJustfile(path: string, text: string): DetectorResult {
  return scanCommandSites(path, JUSTFILE_SOURCE, ownSites(parseJustfile(text), NO_CONTEXT), 'recipe');
}

async function detectJustfile({ path, text, readFile }: DetectInput): Promise<DetectorResult> {
  const file = parseJustfile(text);
  const dotenv = await justDotenv(file, path, readFile);
  const sites = ownSites(file, { ...NO_CONTEXT, dotenv });
  return scanAndFollowCommandSites({ path, readFile }, JUSTFILE_SOURCE, sites, 'recipe', dirOf(path));
}

/** Every recipe, as `just RECIPE` runs it with no arguments. */
function ownSites(file: Justfile, context: JustContext): CommandSite[] {
  const runs = [...file.recipes.values()].map((recipe) => ({ recipe, args: [] }));
  return justSites(file, runs, context);
}

/**
 * The variables of the `.env` file a justfile loads: `dotenv-path` from its folder, else
 * `dotenv-filename` (`.env`) in its folder or the nearest folder above, each written at its line.
 */
export async function justDotenv(
  file: Justfile,
  justfilePath: string,
  readFile: DetectInput['readFile'],
): Promise<Map<string, VarValue>> {
  const env = new Map<string, VarValue>();
  if (!file.dotenv) return env;
  const dir = dirOf(justfilePath);
  const candidates: (string | null)[] = [];
  if (file.dotenv.path !== undefined) candidates.push(joinRelative(dir, file.dotenv.path));
  else
    for (let d: string | null = dir; d !== null; d = d === '' ? null : dirOf(d))
      candidates.push(joinRelative(d, file.dotenv.filename ?? '.env'));
  for (const path of candidates) {
    const text = path === null ? null : await readFile(path);
    if (path === null || text === null) continue;
    for (const [k, v] of dotenvValues(text, path)) env.set(k, v);
    break;
  }
  return env;
}

/**
 * The recipes `just` runs for `positional` (recipe names, each followed by as many arguments as
 * it takes; none: the default recipe), or null when a name is no recipe (just then runs nothing).
 */
export function justRuns(
  file: Justfile,
  positional: readonly VarValue[],
): { recipe: JustRecipe; args: VarValue[] }[] | null {
  if (positional.length === 0) {
    const first = file.defaultRecipe && file.recipes.get(file.defaultRecipe);
    return first ? [{ recipe: first, args: [] }] : [];
  }
  const runs: { recipe: JustRecipe; args: VarValue[] }[] = [];
  for (let i = 0; i < positional.length;) {
    const word = positional[i]!;
    if (word.unknown) return null;
    const recipe = file.recipes.get(file.aliases.get(word.text) ?? word.text);
    if (!recipe) return null;
    const variadic = recipe.params.some((p) => p.variadic !== '');
    const max = variadic ? Infinity : recipe.params.length;
    const args = positional.slice(i + 1, i + 1 + Math.min(max, positional.length - i - 1));
    runs.push({ recipe, args: [...args] });
    i += 1 + args.length;
  }
  return runs;
}

/** The command sites of `runs` and their dependencies, in the order just runs them. */
export function justSites(
  file: Justfile,
  runs: readonly { recipe: JustRecipe; args: readonly VarValue[] }[],
  context: JustContext,
): CommandSite[] {
  const values = new TemplateValues();
  const globals = new Map<string, VarValue>();
  const env = (name: string) => context.env.get(name) ?? context.dotenv?.get(name);
  for (const [name, a] of file.assignments)
    globals.set(name, context.overrides.get(name) ?? evaluateJust(a.expr, (n) => globals.get(n), env));
  const sites: CommandSite[] = [];
  const done = new Set<string>();
  const visit = (recipe: JustRecipe, args: readonly VarValue[], depth: number): void => {
    const key = JSON.stringify([recipe.name, args.map((a) => a.text)]);
    // Runs that dependencies reach with new values are bounded (they could multiply at every
    // level of a hostile file); the recipes asked for are always read.
    if (depth > 16 || done.has(key) || (depth > 0 && done.size >= MAX_RUNS)) return;
    done.add(key);
    const scope = new Map(globals);
    const exported = new Map<string, VarValue>();
    for (const [name, a] of file.assignments)
      if (a.exported || file.exportAll) exported.set(name, globals.get(name)!);
    recipe.params.forEach((p, k) => {
      const given = p.variadic !== '' ? variadicValue(args.slice(k)) : (args[k] ?? undefined);
      const value =
        given ??
        (p.default !== undefined
          ? evaluateJust(p.default, (n) => scope.get(n), env)
          : p.variadic === '*'
            ? { text: '', unknown: false }
            : unknownValue(`{{${p.name}}}`));
      scope.set(p.name, value);
      if (p.exported || file.exportAll) exported.set(p.name, value);
    });
    const lookup = (n: string) => scope.get(n);
    const runDeps = (deps: JustRecipe['before']) => {
      for (const dep of deps) {
        const target = file.recipes.get(file.aliases.get(dep.name) ?? dep.name);
        if (target)
          visit(
            target,
            dep.args.map((a) => evaluateJust(a, lookup, env)),
            depth + 1,
          );
      }
    };
    runDeps(recipe.before);
    const siteEnv = new Map<string, VarValue>();
    for (const [k, v] of context.dotenv ?? []) if (!context.env.has(k)) siteEnv.set(k, v);
    for (const [k, v] of exported) siteEnv.set(k, v);
    if (file.positionalArguments) setArguments(siteEnv, [...args]);
    for (const piece of recipe.body) {
      const site = joinedSite(
        piece.map((p) => ({ text: interpolate(p.text, lookup, env, values), line: p.line })),
      );
      sites.push({ ...site, env: siteEnv });
    }
    runDeps(recipe.after);
  };
  for (const run of runs) visit(run.recipe, run.args, 0);
  // The bindings of every `${{ task.vN }}` written, given with the first site (names are unique).
  if (sites[0]) sites[0] = { ...sites[0], env: new Map([...values.bindings, ...(sites[0].env ?? [])]) };
  return sites;
}

function variadicValue(args: readonly VarValue[]): VarValue | undefined {
  if (args.length === 0) return undefined;
  const from = args.find((a) => a.from)?.from;
  const v = { text: args.map((a) => a.text).join(' '), unknown: args.some((a) => a.unknown) };
  return from ? { ...v, from } : v;
}

/** `{{expr}}` replaced by its value; `{{{{` is a literal `{{`. */
function interpolate(
  text: string,
  lookup: (name: string) => VarValue | undefined,
  env: (name: string) => VarValue | undefined,
  values: TemplateValues,
): string {
  return text
    .replace(/\{\{\{\{/g, '\0')
    .replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => values.write(evaluateJust(expr, lookup, env)))
    .replace(/\0/g, '{{');
}

export const justfileDetector: Detector = {
  id: JUSTFILE_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isJustfilePath,
  detect: detectJustfile,
};
