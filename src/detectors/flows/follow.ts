// The invocation graph, followed from a caller into the files it runs: a script run by path or
// sourced, with its arguments, the environment in force and the working directory. Each callee is
// judged once per distinct context that reaches it; its components keep their install line and
// list the callers in `via`. Following happens inside the caller's detector, through
// `DetectInput.readFile`, so diff mode sees every file a caller's findings depend on (its reads)
// and judges the caller again when any of them changes.
import type { Component, DetectInput, DetectorResult, Location, ScanError } from '../../model/component.js';
import { LineIndex } from '../../util/lines.js';
import { dirOf, joinRelative } from '../parsers/paths.js';
import { findingComponent, problemError } from '../shell/components.js';
import type { VarValue } from '../shell/expand.js';
import { CommandScanner, setArguments, type ScriptRun } from '../shell/scan.js';
import { followImageBuilds } from './dockerfile.js';
import { followTasks } from './tasks.js';
import { hasForeignShebang, namesAnotherKindOfFile } from '../shell/command-words.js';

/** Where a command site runs: what a caller gives the file it runs. */
export interface FlowContext {
  /** Variables in force (exported by the caller, or set by the platform). */
  env: Map<string, VarValue>;
  /** Positional arguments; undefined when the file runs on its own (they cannot be known). */
  args?: VarValue[];
  /** Repository-relative working directory ('' is the root). */
  cwd: string;
  /** The callers, outermost first. */
  via: Location[];
}

/** What one detector collects while following its file's flows. */
export interface FlowSink {
  components: Component[];
  errors: ScanError[];
  /** Files judged here in a caller's context (`DetectorResult.callees`). */
  callees: Set<string>;
}

export function newSink(): FlowSink {
  return { components: [], errors: [], callees: new Set() };
}

/** A detector's result from what it collected. */
export function sinkResult(sink: FlowSink): DetectorResult {
  return {
    components: sink.components,
    errors: sink.errors,
    ...(sink.callees.size > 0 ? { callees: [...sink.callees].sort() } : {}),
  };
}

/** Most callers in one chain, and most distinct (file, context) evaluations per detector file. */
const MAX_DEPTH = 8;
const MAX_EVALUATIONS = 512;

/** Where a repository checkout sits for the platforms that name it with a variable. */
export const WORKSPACE_PREFIX =
  /^(\$\{(containerWorkspaceFolder|localWorkspaceFolder|GITHUB_WORKSPACE)\}|\$GITHUB_WORKSPACE|\$\{\{\s*github\.workspace\s*\}\})\/?/;

/**
 * The repository paths a command's script path may name, most likely first: from the workspace
 * root when it says so, else from the working directory, then from the caller's folder and the
 * root (a devcontainer's commands run in the workspace; a path may be written either way).
 */
export function candidatePaths(
  path: string,
  ctx: { cwd: string; workspace: string; callerDir: string },
): string[] {
  const ws = WORKSPACE_PREFIX.exec(path);
  if (ws) {
    const p = joinRelative(ctx.workspace, path.slice(ws[0].length));
    return p === null ? [] : [p];
  }
  const out: string[] = [];
  for (const base of [ctx.cwd, ctx.callerDir, ctx.workspace, '']) {
    const p = joinRelative(base, path);
    if (p !== null && p !== '' && !out.includes(p)) out.push(p);
  }
  return out;
}

/** Keys of a context that tell two evaluations apart (values only, not where they were written). */
function contextKey(path: string, ctx: FlowContext): string {
  const env = [...ctx.env].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    path,
    ctx.cwd,
    ctx.args?.map(valueKey) ?? null,
    env.map(([k, v]) => [k, valueKey(v)]),
  ]);
}

function valueKey(v: VarValue): string {
  return (v.unknown ? '?' : '=') + v.text;
}

/** The variables a script starts with: the context's, and its arguments when a caller gives them. */
export function startEnv(ctx: FlowContext): Map<string, VarValue> {
  const env = new Map(ctx.env);
  if (ctx.args) setArguments(env, ctx.args);
  return env;
}

export class FlowFollower {
  private readonly seen = new Set<string>();
  private evaluations = 0;

  constructor(
    readonly readFile: DetectInput['readFile'],
    readonly sink: FlowSink,
    /** The repository folder a run path is read from when it names the workspace. */
    readonly workspace = '',
  ) {}

  /**
   * Follows the scripts a caller's commands run: `caller` is where those commands stand (the
   * file, its working directory and its own callers).
   */
  async followRuns(
    runs: readonly ScriptRun[],
    caller: { file: string; cwd: string; via: Location[]; resolve?: (path: string) => string[] },
  ): Promise<void> {
    if (caller.via.length >= MAX_DEPTH) return;
    for (const run of runs) {
      const at = { file: caller.file, line: run.line };
      const via = [...caller.via, at];
      // An argument written at the call is written on the caller's line.
      const args = run.args.map((a) => (a.from || a.unknown ? a : { ...a, from: at }));
      const ctx: FlowContext = {
        env: run.env,
        cwd: caller.cwd,
        via,
        ...(run.args.length > 0 || !run.sourced ? { args } : {}),
      };
      // A sourced file without arguments sees the caller's own.
      if (run.sourced && run.args.length === 0 && run.env.has('#')) ctx.args = undefined;
      const where = { cwd: caller.cwd, workspace: this.workspace, callerDir: dirOf(caller.file) };
      // After a `cd`, the path is first taken from there (a `cd` in an earlier step may not hold).
      const moved = run.cdDir ? `${run.cdDir}/${run.path}` : undefined;
      const candidates = [
        ...(moved ? (caller.resolve?.(moved) ?? candidatePaths(moved, where)) : []),
        ...(caller.resolve?.(run.path) ?? candidatePaths(run.path, where)),
      ].filter((p, i, all) => all.indexOf(p) === i);
      for (const p of candidates) if (await this.script(p, ctx, run.byPath)) break;
    }
  }

  /** Follows everything a scanned text calls: the scripts it runs or sources, the images it builds. */
  async followCalls(
    scanner: CommandScanner,
    caller: { file: string; cwd: string; via: Location[] },
  ): Promise<void> {
    await this.followRuns(scanner.scriptRuns, caller);
    await followImageBuilds(this, scanner.imageBuilds, caller);
    await followTasks(this, scanner.taskRuns, caller);
  }

  /**
   * Judges the script at `path` in `ctx`; false when it does not exist. A file run as a program
   * whose shebang names another language's interpreter (`#!/usr/bin/env node`) is no shell script.
   */
  async script(path: string, ctx: FlowContext, byPath = false): Promise<boolean> {
    const key = contextKey(path, ctx);
    if (this.seen.has(key)) return true;
    if (this.evaluations >= MAX_EVALUATIONS) return true;
    const text = await this.readFile(path);
    if (text === null) return false;
    // Run as a program, a file named for another language (`./check.ps1`, `./x.py`) is no shell
    // script either: the runner or its shebang gives it to that language's interpreter.
    if (byPath && (hasForeignShebang(text) || namesAnotherKindOfFile(path))) return true;
    this.seen.add(key);
    this.evaluations++;
    this.sink.callees.add(path);
    const scanner = await this.scanText(text, path, startEnv(ctx));
    for (const f of scanner.findings)
      this.sink.components.push(withVia(findingComponent(f, path, SCRIPT_SOURCE), ctx.via));
    // A script under a standard name reports its problems when scanned on its own.
    if (!/\.(sh|bash)$/.test(path))
      for (const p of scanner.problems) this.sink.errors.push(problemError(p, path));
    await this.followCalls(scanner, { file: path, cwd: ctx.cwd, via: ctx.via });
    return true;
  }

  /**
   * Scans a shell text with `env`, reading the files it sources first (their assignments hold
   * for the rest of the text): scanned again once the files it names are read, a few rounds at most.
   */
  async scanText(
    text: string,
    file: string,
    env: Map<string, VarValue>,
    locate?: (offset: number) => number,
  ): Promise<CommandScanner> {
    const lines = locate ? null : new LineIndex(text);
    const at = locate ?? ((o: number) => lines!.line(o));
    return scanWithSources(
      this.readFile,
      file,
      (p) => candidatePaths(p, { cwd: '', workspace: this.workspace, callerDir: dirOf(file) }),
      (scanner) => scanner.scan(text, at),
      env,
    );
  }
}

/** Source name of components found in scripts (as the shell-script detector reports them). */
export const SCRIPT_SOURCE = 'shell-script';

/** Runs `scan` on a fresh scanner until every file it sources is known (4 rounds at most). */
export async function scanWithSources(
  readFile: DetectInput['readFile'],
  file: string,
  resolve: (path: string) => string[],
  scan: (scanner: CommandScanner) => void,
  env: Map<string, VarValue>,
): Promise<CommandScanner> {
  const known = new Map<string, { file: string; text: string } | null>();
  for (let round = 0; ; round++) {
    const scanner = new CommandScanner({
      env,
      sourced: (p) => known.get(p),
      // Values assigned here are written here: the line a reviewer changes.
      originFile: file,
    });
    scan(scanner);
    scanner.finish();
    if (scanner.unread.size === 0 || round >= 4) return scanner;
    for (const p of scanner.unread) {
      let found: { file: string; text: string } | null = null;
      for (const candidate of resolve(p)) {
        if (candidate === file) continue;
        const text = await readFile(candidate);
        if (text !== null) {
          found = { file: candidate, text };
          break;
        }
      }
      known.set(p, found);
    }
  }
}

/** The component reached through `via` (none: the file's own text). */
export function withVia(c: Component, via: readonly Location[]): Component {
  return via.length > 0 ? { ...c, via: [...via] } : c;
}
