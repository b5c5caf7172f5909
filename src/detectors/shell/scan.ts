// The command interpreter every command site goes through (shell scripts, Dockerfile RUN,
// workflow `run:`, devcontainer lifecycle commands, package.json scripts, …).
//
// Entry point: `new CommandScanner(context)`, then `scan(text, locate)` once per script of the
// file (the calls share variables and downloads, as a Dockerfile's RUNs do), then `finish()`;
// read `findings`, `scriptRuns`, `imageBuilds` and `problems`. `locate` maps an offset of `text`
// to a 1-based line of the file. The context says what is in force when the first command runs:
//   env         variables (Dockerfile ARG/ENV, a step's `env:`, a caller's exports);
//   args        positional parameters `$1`, `$2`, … (a script run by a caller with arguments);
//   sourced     the text of files `source`d, when the flows stage knows them;
//   originFile  the file whose plain assignments are where their values are written.
// Scripts run by path and images built are recorded, not followed: the flows stage
// (detectors/flows/) follows them with the context recorded here. Files read as data
// (`while read … < FILE`, `xargs -a FILE`, `cat FILE | …`) come through `sourced` as well.
//
// It recognises package-manager installs (npm, pnpm, yarn, bun, volta, deno, pip, pipx, uv,
// brew), one-off runners (npx, npm exec, pnpm dlx, yarn dlx, bunx, uvx, pipx run), vendor install
// scripts piped to a shell or downloaded and run, and release downloads. Nested scripts (`sh -c`,
// `eval`, helper functions given a command string, aliases, here-documents fed to a shell, command
// substitutions) are read too. The grammars live in grammars/, downloads in fetch.ts; which
// commands run (loops, functions) is decided in interpreter.ts, the words they get (braces,
// splitting, arrays) in fields.ts, what they read on stdin in streams.ts, and the files they run,
// source, fetch and read in file-commands.ts.
import { afterCd } from '../parsers/local-folder.js';
import {
  base,
  COMMAND_WORD,
  isFetcher,
  isPipeShell,
  NON_EXECUTING,
  runsFileByPath,
  shellOperands,
  SHELLS,
  stripWrappers,
} from './command-words.js';
import { expandParts, splitAssignment, type Expanded, type Lookup, type VarValue } from './expand.js';
import { expandFields } from './fields.js';
import { fetchInSubstitution, fetchUrl } from './fetch.js';
import type { ImageBuild, TaskRun } from './findings.js';
import { recognise } from './grammars/index.js';
import { IMAGE_BUILDERS, readImageBuild } from './image-build.js';
import { readTaskRun } from './task-runs.js';
import { readOnce } from './read-builtin.js';
import { printfAssignment } from './printf-builtin.js';
import { fileWrite, teeWrites, writtenLines, type FileWrite } from './file-writes.js';
import { pipelineOutput, redirectedInput, type Line } from './streams.js';
import { xargsCommands, xargsRuns } from './xargs.js';
import { parseShell, type Command, type Word } from './shell.js';
import { FileCommands } from './file-commands.js';
import { LineIndex } from '../../util/lines.js';

export type { CommandFinding, ImageBuild, ScanProblem, ScriptRun, TaskRun } from './findings.js';
export { setArguments } from './positional.js';

/** What is in force when a site's first command runs (see the module comment). */
export interface CommandContext {
  env?: ReadonlyMap<string, VarValue>;
  args?: readonly VarValue[];
  /**
   * The text of a file a `source`/`.` command reads, when it is already known (null: known not
   * to exist); its assignments then hold for the rest of the script. Also the files commands read
   * as data (`< versions.txt`, `xargs -a pkgs.txt`). Files not known yet are listed in
   * `CommandScanner.unread`.
   */
  sourced?: (path: string) => { file: string; text: string } | null | undefined;
  /** When set, plain assignments record this file and their line as where the value is written. */
  originFile?: string;
}

/** State shared by every script of one file (Dockerfile RUNs share downloads and variables). */
export class CommandScanner extends FileCommands {
  readonly imageBuilds: ImageBuild[] = [];
  readonly taskRuns: TaskRun[] = [];
  /** Text commands write into files by redirection, in order. */
  readonly writes: FileWrite[] = [];
  /** `alias NAME=TEXT` definitions, and whether bash expands them here (`shopt -s expand_aliases`). */
  private readonly aliases = new Map<string, string>();
  private expandAliases = false;

  constructor(context: CommandContext = {}, maxSteps = 2_000_000) {
    super(context, maxSteps);
  }

  protected override writtenFile(path: string): Line[] | null | undefined {
    return writtenLines(this.writes, path, this.context.originFile);
  }

  protected sourcedScanner(): FileCommands {
    return new CommandScanner(this.context, this.maxSteps);
  }

  /**
   * Marks downloads never run as installers that are still installers (reported at the fetch),
   * and keeps one of the findings a loop or a function read more than once.
   */
  finish(): void {
    this.reportUnusedDownloads();
    this.keepUnique();
  }

  protected pipeline(commands: Command[], text: string, locate: (o: number) => number, depth: number): void {
    const prepared = commands.map((c) => this.prepare(c));
    for (let i = 0; i < prepared.length; i++) {
      const cmd = prepared[i]!;
      const next = prepared[i + 1];
      // `curl URL | [VERSION=x] [sudo] bash -s -- ARGS`
      if (next && cmd.argv.length > 0 && isFetcher(cmd.argv[0]!.text)) {
        const url = fetchUrl(cmd.argv);
        const shell = next.argv.length > 0 && isPipeShell(next.argv[0]!.text) ? next : null;
        if (url && shell) {
          this.installer(url.text, locate(url.start), pipedScriptArgs(shell.argv), shell.overlay);
          // The shell reads the script from stdin; its own arguments are not a script path.
          shell.consumed = true;
          cmd.consumed = true;
          continue;
        }
      }
      // `cat <<EOF | bash`: the here-document is the script.
      if (next && cmd.heredoc && next.argv.length === 1 && SHELLS.has(base(next.argv[0]!.text))) {
        this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
        next.consumed = true;
        continue;
      }
      if (cmd.consumed) continue;
      // `echo PKG | xargs npm i -g`, `xargs -a pkgs.txt npm i -g`: the items are arguments.
      if (xargsRuns(commands[i]!)) {
        for (const argv of xargsCommands(commands, i, cmd.argv, this.streams(cmd.overlay)))
          this.command({ ...cmd, argv }, text, locate, depth);
        continue;
      }
      // `… | tee FILE`: what the pipeline writes so far also goes into FILE.
      if (cmd.argv[0]?.text === 'tee') {
        const ctx = this.streams(cmd.overlay);
        const stdin = i > 0 ? pipelineOutput(commands, i, ctx) : (redirectedInput(commands[i]!, ctx) ?? null);
        this.writes.push(...teeWrites(cmd.argv, stdin, locate(cmd.argv[0].start)));
      }
      this.command(cmd, text, locate, depth);
    }
    // Assignments on their own (`V=1`) set variables for the rest of the script.
    if (commands.length === 1) {
      const only = prepared[0]!;
      if (only.argv.length === 0) this.vars.assign(only.overlay, only.command, locate);
    }
  }

  /** Expands a command's words: leading assignments become an overlay, wrappers are removed. */
  private prepare(c: Command): Prepared {
    const overlay = new Map<string, VarValue>();
    let words = c.words;
    let i = 0;
    for (; i < words.length; i++) {
      const a = splitAssignment(words[i]!);
      if (!a) break;
      overlay.set(a.name, expandParts(a.value, this.lookup(overlay)));
    }
    words = words.slice(i);
    const lookup = this.lookup(overlay);
    // `: ${V:=2.1.150}` assigns V where it is unset (or empty), for the rest of the script.
    for (const w of words) assignDefaults(w, lookup, this.env);
    let argv = words.flatMap((w) => expandFields(w, lookup));
    argv = stripWrappers(argv, overlay, lookup);
    const heredoc = c.redirects.find((r) => r.heredoc)?.heredoc;
    return { argv, overlay, heredoc, consumed: false, command: c };
  }

  private command(cmd: Prepared, text: string, locate: (o: number) => number, depth: number): void {
    const { argv } = cmd;
    const lookup = this.lookup(cmd.overlay);
    // Command and process substitutions anywhere in the command are scripts too.
    for (const w of cmd.command.words) this.substitutions(w, text, locate, depth);
    if (argv.length === 0) {
      // A Dockerfile `RUN <<EOF` runs its here-document with the default shell; after `done`,
      // `}` or `)` it is the input of the compound command.
      if (cmd.heredoc && !cmd.command.marks)
        this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
      return;
    }
    const name = base(argv[0]!.text);
    const args = argv.slice(1);

    if (
      name === 'export' ||
      name === 'declare' ||
      name === 'typeset' ||
      name === 'local' ||
      name === 'readonly'
    ) {
      this.vars.declare(name, args, cmd.command, lookup, locate);
      return;
    }
    if (name === 'unset') {
      this.vars.unset(args);
      return;
    }
    if (name === 'read' || name === 'mapfile' || name === 'readarray') {
      const set = readOnce(
        cmd.command,
        argv,
        this.streams(cmd.overlay),
        cmd.overlay.get('IFS') ?? this.env.get('IFS'),
      );
      for (const [k, v] of set)
        if (v) this.env.set(k, v);
        else this.env.delete(k);
      return;
    }
    const printed = name === 'printf' ? printfAssignment(argv) : null;
    if (printed) {
      this.env.set(...printed);
      return;
    }
    if ((name === 'set' || name === 'shift') && this.vars.builtin(name, args)) return;
    if (name === 'cd' || name === 'pushd' || name === 'popd') {
      this.changeDirectory(name, args);
      return;
    }
    if (name === 'alias') {
      for (const a of args) {
        const eq = a.text.indexOf('=');
        if (eq <= 0) continue;
        this.aliases.set(a.text.slice(0, eq), a.text.slice(eq + 1));
        this.nested(a.text.slice(eq + 1), locate(a.start), depth);
      }
      return;
    }
    if (name === 'shopt' && args.some((a) => a.text === 'expand_aliases')) {
      this.expandAliases = args.some((a) => a.text === '-s') && !args.some((a) => a.text === '-u');
      return;
    }
    // Under `shopt -s expand_aliases` (bash reads aliases in scripts only then), an alias is its
    // text in place of the command's first word.
    const alias = this.expandAliases ? this.aliases.get(argv[0]!.word.raw) : undefined;
    const first = cmd.command.words.findIndex((w) => !splitAssignment(w));
    if (alias !== undefined && argv[0]!.word === cmd.command.words[first]) {
      const rest = cmd.command.words.slice(first + 1).map((w) => w.raw);
      this.nested([alias, ...rest].join(' '), locate(argv[0]!.start), depth);
      return;
    }
    const values = args.map(valueOf);
    if (this.callFunction(argv[0]!.text, values, locate(argv[0]!.start))) return;
    if (name === 'eval') {
      if (args.length) this.nested(args.map((a) => a.text).join(' '), locate(args[0]!.start), depth);
      return;
    }
    if (SHELLS.has(name)) {
      this.shell(cmd, args, text, locate, depth);
      return;
    }
    if (name === 'source' || name === '.') {
      if (args[0]) {
        this.readSourced(args[0]);
        this.runScript(args[0], args.slice(1), locate, cmd.overlay, true);
      }
      return;
    }
    if (name === 'su' || name === 'runuser') {
      const c = args.findIndex((a) => a.text === '-c' || a.text === '--command');
      if (c >= 0 && args[c + 1]) this.nested(args[c + 1]!.text, locate(args[c + 1]!.start), depth);
      return;
    }
    if (isFetcher(name)) {
      this.fetch(argv, locate);
      return;
    }
    if (IMAGE_BUILDERS.has(name)) {
      const read = readImageBuild(args, locate, lookup);
      if (read) {
        if (read.build) this.imageBuilds.push(read.build);
        return;
      }
    }
    // A command word with a slash runs that file: `./setup.sh`, `.devcontainer/post-create.sh`,
    // `./install`, `$GITHUB_WORKSPACE/scripts/x`.
    if (this.downloads.has(argv[0]!.text) || runsFileByPath(argv[0]!.text)) {
      this.runScript(argv[0]!, args, locate, cmd.overlay, false, true);
      return;
    }
    const task = readTaskRun(name, args, locate(argv[0]!.start));
    // The task's commands run in a new shell: they see the exported variables. The command is
    // still read as a command below: what a task run is never hides an install it also is.
    if (task) {
      const env = this.vars.forScript(cmd.overlay, false);
      this.taskRuns.push({ ...task, ...(this.directory ? { cdDir: this.directory } : {}), env });
    }
    const found = recognise(name, args);
    if (found.length > 0) {
      for (const f of found) {
        if (!f.finding) continue;
        // Items xargs adds share one word: the one naming the package says where it is written.
        const at = argv.filter((a) => a.start === f.at);
        const from = (at.find((a) => a.text.includes(f.finding!.name)) ?? at[0])?.from;
        // A local path is read from where an earlier `cd` in this script went.
        const install =
          this.directory && f.finding.sourceKind === 'file' ? afterCd(f.finding, this.directory) : f.finding;
        this.findings.push({ ...install, line: locate(f.at), ...(from ? { versionFrom: from } : {}) });
      }
      for (const n of found) if (n.nested) this.nested(n.nested.text, locate(n.nested.at), depth);
      return;
    }
    const written = fileWrite(cmd.command, argv, locate(argv[0]!.start), lookup);
    if (written) this.writes.push(written);
    if (name === 'echo' || name === 'printf') {
      // `echo "alias claude='npx claude'" >> ~/.bashrc` defines how the tool runs later.
      for (const a of args)
        if (/^\s*alias\s+[\w.-]+=/.test(a.text)) this.nested(a.text, locate(a.start), depth);
      return;
    }
    if (NON_EXECUTING.has(name)) return;
    // A helper function or tool given a command string: `run_command "npm install -g x"`.
    for (const a of args) {
      if (/\s/.test(a.text) && COMMAND_WORD.test(a.text.trimStart()))
        this.nested(a.text, locate(a.start), depth);
    }
  }

  private substitutions(w: Word, text: string, locate: (o: number) => number, depth: number): void {
    for (const p of w.parts) {
      if (p.k !== 'opaque' || !p.script) continue;
      const before = this.problems.length;
      this.scan(text, locate, p.script.start, p.script.start + p.script.text.length, depth + 1);
      if (p.backquoted) this.problems.length = before;
      // `$(bash <<EOF)`: the shell runs the here-document, whose body follows the line.
      const body = p.script.heredocs?.[0]?.heredoc;
      const runner = parseShell(p.script.text).pipelines.at(-1)?.commands.at(-1)?.words[0]?.raw;
      if (body && runner !== undefined && SHELLS.has(base(runner)))
        this.scan(text, locate, body.start, body.start + body.body.length, depth + 1);
    }
  }

  /** Scans a command string built at run time; its findings sit at `line` plus its own newlines. */
  private nested(script: string, line: number, depth: number): void {
    if (depth >= 8) return;
    const lines = new LineIndex(script);
    this.scan(script, (o) => line - 1 + lines.line(o), 0, script.length, depth + 1);
  }

  private shell(
    cmd: Prepared,
    args: Expanded[],
    text: string,
    locate: (o: number) => number,
    depth: number,
  ): void {
    const { script: cScript, operand: i } = shellOperands(args);
    if (cScript) {
      const fetched = fetchInSubstitution(cScript.word, this.lookup(cmd.overlay));
      if (fetched) {
        this.installer(
          fetched.text,
          locate(cScript.start),
          args.slice(args.indexOf(cScript) + 1),
          cmd.overlay,
        );
        return;
      }
      // `bash -c SCRIPT NAME ARGS…`: NAME is the script's `$0` and ARGS its `$1`…, as the new
      // shell gives them (`xargs sh -c '…"$0"'` passes each item so).
      const at = args.indexOf(cScript);
      const name = args[at + 1];
      this.withArguments(name && valueOf(name), args.slice(at + 2).map(valueOf), () =>
        this.nested(cScript.text, locate(cScript.start), depth),
      );
      return;
    }
    const first = args[i];
    if (first) {
      // `bash <(curl -fsSL URL) ARGS`
      const fetched = fetchInSubstitution(first.word, this.lookup(cmd.overlay));
      if (fetched) {
        this.installer(fetched.text, locate(first.start), args.slice(i + 1), cmd.overlay);
        return;
      }
      this.runScript(first, args.slice(i + 1), locate, cmd.overlay);
      return;
    }
    if (cmd.heredoc) {
      this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
    }
  }
}

/** The assignments a word's `${V:=x}` and `${V=x}` make as bash expands it. */
function assignDefaults(w: Word, lookup: Lookup, env: Map<string, VarValue>): void {
  for (const p of w.parts) {
    if (p.k !== 'param' || (p.op !== ':=' && p.op !== '=') || !/^[A-Za-z_]\w*$/.test(p.name)) continue;
    const v = lookup(p.name);
    if (v?.unknown || (v !== undefined && (p.op === '=' || v.text !== ''))) continue;
    env.set(p.name, expandParts(p.arg, lookup));
  }
}

/** A word's value as a variable holds it. */
function valueOf(a: Expanded): VarValue {
  return { text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}

/** A shell's arguments after a piped script: its options and `-`, `/dev/stdin` dropped. */
function pipedScriptArgs(argv: readonly Expanded[]): Expanded[] {
  let args = argv.slice(1);
  if (!SHELLS.has(base(argv[0]!.text))) return args;
  args = args.slice(shellOperands(args).operand);
  return /^(-|\/dev\/stdin|\/dev\/fd\/0)$/.test(args[0]?.text ?? '') ? args.slice(1) : args;
}

interface Prepared {
  argv: Expanded[];
  overlay: Map<string, VarValue>;
  heredoc: { body: string; start: number } | undefined;
  consumed: boolean;
  command: Command;
}
