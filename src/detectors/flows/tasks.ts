// A task another file defines, run with the caller's variables: `make T` reads the Makefile's
// recipes for T (and its prerequisites) with the caller's environment and `VAR=value`
// overrides; `npm run S` (pnpm, yarn, bun) reads package.json's `preS`, `S` and `postS`. The
// task file is judged on its own by its own detector too (its other tasks, its literal
// versions), so only what the caller's values decide is reported here, with the caller in `via`.
// `just R ARGS` reads recipe R (and its dependencies) with the arguments, overrides and
// environment; `task T VAR=v` reads task T (its deps and `task:` calls) with them. The justfile
// and the Taskfile are looked up from the working directory upwards, as the runners do.
import type { Location } from '../../model/component.js';
import { LineIndex } from '../../util/lines.js';
import { npmScriptEnv } from '../parsers/npm-script-env.js';
import { at, JSONC, members, parseJsonc, stringValue } from '../parsers/jsonc.js';
import { MAKEFILE_SOURCE, makefileRecipes, recipesOf } from '../makefile.js';
import { PACKAGE_JSON_SCRIPTS_SOURCE } from '../package-json-scripts.js';
import type { CommandSite } from '../parsers/command-sites.js';
import { dirOf, joinRelative } from '../parsers/paths.js';
import { findingComponent } from '../shell/components.js';
import type { VarValue } from '../shell/expand.js';
import { CommandScanner, type CommandFinding, type TaskRun } from '../shell/scan.js';
import { withVia, type FlowFollower } from './follow.js';
import { justDotenv, justRuns, justSites, JUSTFILE_SOURCE } from '../justfile.js';
import { parseJustfile } from '../justfile-model.js';
import { TASKFILE_SOURCE, taskfileDotenv, taskfileSites } from '../taskfile.js';
import { get, parseYaml, str } from '../parsers/yaml-nodes.js';
import { defaultLimits } from '../../model/limits.js';

const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const JUSTFILE_NAMES = ['justfile', 'Justfile', 'JUSTFILE', '.justfile'];
const TASKFILE_NAMES = ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml'].flatMap((n) => [
  n,
  n.replace('.y', '.dist.y'),
]);

/** Task runs already read, per follower (a task that runs itself, or two that run each other). */
const followed = new WeakMap<FlowFollower, Set<string>>();

export async function followTasks(
  follower: FlowFollower,
  runs: readonly TaskRun[],
  caller: { file: string; cwd: string; via: Location[] },
): Promise<void> {
  const seen = followed.get(follower) ?? new Set<string>();
  followed.set(follower, seen);
  for (const run of runs) {
    const via = [...caller.via, { file: caller.file, line: run.line }];
    const key = JSON.stringify([
      caller.file,
      run.line,
      caller.cwd,
      [...run.env],
      [...run.vars],
      run.targets,
      run.args,
      run.cliArgs,
    ]);
    if (via.length > 8 || seen.has(key)) continue;
    seen.add(key);
    const dir = await runDirectory(follower, run, caller.cwd);
    if (dir === null) continue;
    if (run.runner === 'make') {
      for (const name of run.file ? [run.file] : MAKEFILE_NAMES) {
        const path = joinRelative(dir, name);
        const text = path === null ? null : await follower.readFile(path);
        if (path === null || text === null) continue;
        const given = { overrides: new Set(run.vars.keys()), environment: new Set(run.env.keys()) };
        const chosen = recipesOf(makefileRecipes(text, given), run.targets);
        // What the file says alone: the same recipes without the caller's values.
        const alone = recipesOf(makefileRecipes(text), run.targets);
        // Command-line variables reach the recipes as the shell's; one written at the call is
        // written on the caller's line.
        const env = new Map(run.env);
        for (const [k, v] of run.vars)
          env.set(k, v.from || v.unknown ? v : { ...v, from: via[via.length - 1]! });
        await judgeTask(follower, { file: path, cwd: dir, via }, MAKEFILE_SOURCE, chosen, alone, env);
        break;
      }
    } else if (run.runner === 'just' || run.runner === 'task') {
      const found = await findUpwards(
        follower,
        dir,
        run.file,
        run.runner === 'just' ? JUSTFILE_NAMES : TASKFILE_NAMES,
      );
      if (found === null) continue;
      // go-task's `ns:task` names a task of the Taskfile included as `ns`.
      const parts =
        run.runner === 'just'
          ? [{ run, found }]
          : await Promise.all(
              (run.targets.length > 0 ? run.targets : ['default']).map(async (t) => {
                const r = await includedTask(follower, found, t);
                return r && { run: { ...run, targets: [r.task] }, found: r.found };
              }),
            );
      for (const part of parts) {
        if (!part) continue;
        const where = { file: part.found.path, cwd: dirOf(part.found.path), via };
        // A `.env` the file loads (just's `set dotenv-load`, go-task's `dotenv:`) is its own.
        const dotenv =
          run.runner === 'just'
            ? await justDotenv(parseJustfile(part.found.text), part.found.path, follower.readFile)
            : await taskfileDotenv(part.found, follower.readFile);
        const chosen = runnerSites(part.run, part.found, { ...given(run, via), dotenv });
        const alone = runnerSites(part.run, part.found, { vars: new Map(), env: new Map(), dotenv });
        if (chosen === null || alone === null) continue;
        const source = run.runner === 'just' ? JUSTFILE_SOURCE : TASKFILE_SOURCE;
        await judgeTask(follower, where, source, chosen, alone, run.env);
      }
    } else {
      const path = joinRelative(dir, 'package.json');
      const text = path === null ? null : await follower.readFile(path);
      if (path === null || text === null) continue;
      const sites = packageScripts(path, text, run.targets[0]!);
      await judgeTask(
        follower,
        { file: path, cwd: dir, via },
        PACKAGE_JSON_SCRIPTS_SOURCE,
        sites,
        sites,
        run.env,
      );
    }
  }
}

/**
 * Where a task run looks for its file: after the caller's `cd` when the file is there, else where
 * the caller's text started (a `cd` in an earlier Dockerfile `RUN` or step holds no longer).
 */
async function runDirectory(follower: FlowFollower, run: TaskRun, cwd: string): Promise<string | null> {
  const plain = joinRelative(cwd, run.dir ?? '.');
  if (!run.cdDir) return plain;
  const moved = joinRelative(cwd, `${run.cdDir}/${run.dir ?? '.'}`);
  if (moved === null) return plain;
  const names =
    run.runner === 'make'
      ? run.file
        ? [run.file]
        : MAKEFILE_NAMES
      : run.runner === 'npm'
        ? ['package.json']
        : run.file
          ? [run.file]
          : run.runner === 'just'
            ? JUSTFILE_NAMES
            : TASKFILE_NAMES;
  for (const name of names) {
    const path = joinRelative(moved, name);
    if (path !== null && (await follower.readFile(path)) !== null) return moved;
  }
  return plain;
}

/** `preS`, `S` and `postS` of a package.json, each located at its key's line. */
function packageScripts(path: string, text: string, script: string): CommandSite[] {
  const lines = new LineIndex(text);
  const parsed = parseJsonc(text, path, 64, JSONC, lines);
  const sites: CommandSite[] = [];
  const env = npmScriptEnv(parsed.root, path, lines);
  for (const name of [`pre${script}`, script, `post${script}`])
    for (const s of members(at(parsed.root, ['scripts']))) {
      if (s.key !== name) continue;
      const value = stringValue(s.value);
      const line = lines.line(s.keyNode.offset);
      if (value !== undefined) sites.push({ script: value, locate: () => line, env });
    }
  return sites;
}

/**
 * Reads `sites` with the caller's environment and reports what differs from reading `alone`
 * without it: the installs whose version or name the caller decides.
 */
async function judgeTask(
  follower: FlowFollower,
  where: { file: string; cwd: string; via: Location[] },
  source: string,
  sites: readonly CommandSite[],
  alone: readonly CommandSite[],
  env: ReadonlyMap<string, VarValue>,
): Promise<void> {
  const key = (f: CommandFinding) =>
    JSON.stringify([f.line, f.ecosystem, f.name, f.version, f.spec, f.alias]);
  const own = new Set(read(alone, new Map()).findings.map(key));
  const scanner = read(sites, env);
  for (const f of scanner.findings)
    if (!own.has(key(f)))
      follower.sink.components.push(withVia(findingComponent(f, where.file, source), where.via));
  await follower.followCalls(scanner, where);
}

function read(sites: readonly CommandSite[], env: ReadonlyMap<string, VarValue>): CommandScanner {
  const scanner = new CommandScanner({ env });
  for (const site of sites) {
    if (site.env) for (const [k, v] of site.env) scanner.env.set(k, v);
    scanner.scan(site.script, site.locate);
  }
  scanner.finish();
  return scanner;
}

/** The caller's values: written at the call when they have no origin of their own. */
function given(run: TaskRun, via: readonly Location[]) {
  const at = via[via.length - 1]!;
  const vars = new Map<string, VarValue>();
  for (const [k, v] of run.vars) vars.set(k, v.from || v.unknown ? v : { ...v, from: at });
  return { vars, env: run.env, at };
}

function withOrigin(v: VarValue, at: Location | undefined): VarValue {
  return at && !v.from && !v.unknown ? { ...v, from: at } : v;
}

/** The sites a just or task run reads with `context` (no context: as the file says alone). */
function runnerSites(
  run: TaskRun,
  found: { path: string; text: string },
  context: {
    vars: ReadonlyMap<string, VarValue>;
    env: ReadonlyMap<string, VarValue>;
    dotenv: ReadonlyMap<string, VarValue>;
    at?: Location;
  },
): CommandSite[] | null {
  if (run.runner === 'just') {
    const file = parseJustfile(found.text);
    const args = (run.args ?? []).map((a) => withOrigin(a, context.at));
    const runs = justRuns(file, context.at ? args : (run.args ?? []).map((a) => ({ ...a, from: undefined })));
    if (runs === null) return null;
    // Alone, a recipe's parameters take their defaults: the arguments are the caller's.
    const chosen = context.at ? runs : runs.map((r) => ({ recipe: r.recipe, args: [] }));
    return justSites(file, chosen, { overrides: context.vars, env: context.env, dotenv: context.dotenv });
  }
  const parsed = parseYaml(found.text, found.path, defaultLimits.maxDepth);
  const cliArgs = run.cliArgs && context.at ? withOrigin(run.cliArgs, context.at) : undefined;
  return taskfileSites(parsed, {
    tasks: run.targets,
    vars: context.vars,
    env: context.env,
    dotenv: context.dotenv,
    ...(cliArgs ? { cliArgs } : {}),
  });
}

/** The task file named by `-f` (from the working directory), or the first of `names` upwards. */
async function findUpwards(
  follower: FlowFollower,
  dir: string,
  file: string | undefined,
  names: readonly string[],
  upwards = true,
): Promise<{ path: string; text: string } | null> {
  if (file !== undefined) {
    const path = joinRelative(dir, file);
    const text = path === null ? null : await follower.readFile(path);
    return path === null || text === null ? null : { path, text };
  }
  for (let d: string | null = dir; d !== null; d = d === '' || !upwards ? null : dirOf(d)) {
    for (const name of names) {
      const path = joinRelative(d, name);
      const text = path === null ? null : await follower.readFile(path);
      if (path !== null && text !== null) return { path, text };
    }
  }
  return null;
}

/** The Taskfile and task a name `ns:task` resolves to through `includes:` (four levels at most). */
async function includedTask(
  follower: FlowFollower,
  found: { path: string; text: string },
  task: string,
): Promise<{ found: { path: string; text: string }; task: string } | null> {
  let file = found;
  let name = task;
  for (let depth = 0; depth < 4; depth++) {
    const cut = name.indexOf(':');
    if (cut === -1) return { found: file, task: name };
    const { doc } = parseYaml(file.text, file.path, defaultLimits.maxDepth);
    if (get(doc, get(doc, doc.contents, 'tasks'), name) !== undefined) return { found: file, task: name };
    const include = get(doc, get(doc, doc.contents, 'includes'), name.slice(0, cut));
    const target = str(include) ?? str(get(doc, include, 'taskfile'));
    if (target === undefined) return null;
    const base = joinRelative(dirOf(file.path), target);
    if (base === null) return null;
    const direct = /\.ya?ml$/i.test(base) ? await follower.readFile(base) : null;
    const next =
      direct !== null
        ? { path: base, text: direct }
        : await findUpwards(follower, base, undefined, TASKFILE_NAMES, false);
    if (next === null) return null;
    file = next;
    name = name.slice(cut + 1);
  }
  return null;
}
