// The control flow of a shell script, read statically: pipelines in order, a `for` loop's body
// once per value of its variable, a `while read` loop's body once per line of its input, a
// function's body where it is defined (arguments unknown) and at each call (arguments known,
// findings at the call's line). What one command means is the
// subclass's part (scan.ts); this part decides which commands run and with what variables.
import { forHeader, functionBody, loopEnd, whileLoop } from './compound.js';
import { expandParts, splitAssignment, SUBSTITUTION, type Lookup, type VarValue } from './expand.js';
import { expandFields } from './fields.js';
import { readSpec, readValues } from './read-builtin.js';
import {
  commandWords,
  pipelineOutput,
  redirectedInput,
  scriptOutput,
  type Line,
  type StreamContext,
} from './streams.js';
import type { CommandFinding, ScanProblem } from './findings.js';
import { setArguments } from './positional.js';
import { parseShell, type Command, type Pipeline, type Word } from './shell.js';
import type { ShellVariables } from './variables.js';

/** Where a list of pipelines was read: its text, line mapping and nesting depth. */
interface Site {
  text: string;
  locate: (o: number) => number;
  depth: number;
}

interface ShellFunction {
  pipelines: Pipeline[];
  at: Site;
  /** Called with arguments somewhere in the file. */
  called: boolean;
  /** What each distinct call left behind (see `call`). */
  calls: Map<string, { set: [string, VarValue][]; deleted: string[] }>;
}

const POSITIONAL = /^([0-9]+|[@*#])$/;

/** Loop bodies read per file, at most: a bound on nested loops over long lists. */
const MAX_LOOP_RUNS = 4096;

/** Command substitutions whose output is computed per file, at most (hostile input). */
const MAX_SUBSTITUTIONS = 65_536;

export abstract class ShellInterpreter {
  readonly findings: CommandFinding[] = [];
  readonly problems: ScanProblem[] = [];
  /** Here-documents left open at the end of a script: no problem for bash (see ParsedScript). */
  readonly openHeredocs: ScanProblem[] = [];
  private steps = 0;
  /** Functions defined so far (`name() { … }`), called by name like commands. */
  private readonly functions = new Map<string, ShellFunction>();
  private callDepth = 0;
  /** Loop bodies read so far (each value of each loop counts one). */
  private loopRuns = 0;
  private substitutionsRead = 0;
  /** Findings made while running a function called with arguments. */
  private readonly fromCalls = new Set<CommandFinding>();
  /** Findings of a body read where it is defined, with a version its arguments may decide. */
  private readonly uncalledOnly = new Map<CommandFinding, ShellFunction>();

  constructor(
    protected vars: ShellVariables,
    /** Most commands read per file, a bound on hostile input. */
    protected readonly maxSteps: number,
  ) {}

  /** Variables in force (positional parameters among them): the context's, then the scripts'. */
  get env(): Map<string, VarValue> {
    return this.vars.env;
  }

  /** Runs one command of a pipeline list (the subclass's reading of commands). */
  protected abstract pipeline(
    commands: Command[],
    text: string,
    locate: (o: number) => number,
    depth: number,
  ): void;

  /**
   * Scans `text[start, end)`. `locate` maps an offset of `text` to a 1-based line of the file.
   */
  scan(text: string, locate: (offset: number) => number, start = 0, end = text.length, depth = 0): void {
    if (depth > 8) return;
    const parsed = parseShell(text, start, end);
    for (const p of parsed.problems) this.problems.push({ line: locate(p.offset), message: p.message });
    if (depth === 0)
      for (const p of parsed.openHeredocs)
        this.openHeredocs.push({ line: locate(p.offset), message: p.message });
    this.run(parsed.pipelines, 0, parsed.pipelines.length, { text, locate, depth });
  }

  /** Runs `pipelines[from, to)`: loops once per value, function bodies when called. */
  private run(pipelines: readonly Pipeline[], from: number, to: number, at: Site): void {
    for (let i = from; i < to; i++) {
      const pipeline = pipelines[i]!;
      if (++this.steps > this.maxSteps) {
        if (this.steps > this.maxSteps + 1) return;
        this.problems.push({
          line: at.locate(pipeline.commands[0]?.start ?? 0),
          message: `more than ${this.maxSteps} commands; the rest was not read`,
        });
        return;
      }
      const defines = pipeline.commands[0]?.defines;
      const body = defines === undefined ? null : functionBody(pipelines, i);
      if (defines !== undefined && body) {
        const fn: ShellFunction = {
          pipelines: pipelines.slice(body.from, body.to + 1),
          at,
          called: false,
          calls: new Map(),
        };
        this.functions.set(defines, fn);
        // Read once where it stands too (its own arguments unknown): a body that installs a
        // literal version installs it whoever calls it, in this file or another.
        const before = this.findings.length;
        this.call(fn, null);
        for (const f of this.findings.slice(before)) if (f.version === null) this.uncalledOnly.set(f, fn);
        i = body.to;
        continue;
      }
      const reading = whileLoop(pipelines, i);
      if (reading && this.readLoop(pipelines, i, reading, at)) {
        i = reading.end;
        continue;
      }
      const loop = forHeader(pipeline);
      const end = loop ? loopEnd(pipelines, i) : -1;
      if (loop && end > i) {
        const values = this.budget(this.loopValues(loop.words));
        for (const value of values) {
          if (value) this.env.set(loop.name, value);
          else this.env.delete(loop.name);
          this.run(pipelines, i + 1, end + 1, at);
        }
        i = end;
        continue;
      }
      this.pipeline(pipeline.commands, at.text, at.locate, at.depth);
    }
  }

  /** Nested loops multiply: past the budget a body is read once, its variables unknown. */
  private budget<T>(values: (T | null)[]): (T | null)[] {
    const kept = this.loopRuns + values.length > MAX_LOOP_RUNS ? [null] : values;
    this.loopRuns += kept.length;
    return kept;
  }

  /**
   * `[producer |] while [IFS=…] read [options] NAMES; do BODY; done [< FILE | <<< WORD | <<EOF]`:
   * the body once per line of the input, NAMES set from it; once with them unknown when the input
   * is not known. False when the loop does not read its input (`while true`).
   */
  private readLoop(
    pipelines: readonly Pipeline[],
    i: number,
    loop: { command: number; doAt: number; end: number },
    at: Site,
  ): boolean {
    const commands = pipelines[i]!.commands;
    const reader = commands[loop.command]!;
    const lookup = this.lookup();
    const argv = commandWords(reader, lookup);
    if (argv[0]?.text !== 'read' || argv[0].unknown) return false;
    const ifsWord = reader.words.map(splitAssignment).find((a) => a?.name === 'IFS');
    const ifs = ifsWord ? expandParts(ifsWord.value, lookup) : this.env.get('IFS');
    const spec = readSpec(argv, ifs?.unknown ? undefined : ifs?.text);
    if (!spec) return false;
    const ctx = this.streams();
    const done = pipelines[loop.end]!.commands.find((c) => c.marks?.includes('done'));
    let input = done ? redirectedInput(done, ctx) : undefined;
    if (input === undefined) input = loop.command > 0 ? pipelineOutput(commands, loop.command, ctx) : null;
    // What the header runs besides `read` (the producer, `|| [ -n "$v" ]`) is read once.
    if (loop.command > 0) this.pipeline(commands.slice(0, loop.command), at.text, at.locate, at.depth);
    for (let j = i + 1; j < loop.doAt; j++)
      this.pipeline(pipelines[j]!.commands, at.text, at.locate, at.depth);
    // `read` fails on a last line without a newline, unless the header also tests the variable.
    const lastToo = loop.doAt > i + 1;
    let records = input?.filter((l) => lastToo || !l.partial) ?? null;
    if (records && spec.whole && records.length > 0)
      records = [{ ...records[0]!, text: records.map((l) => l.text).join('\n') }];
    const names = spec.array !== undefined ? [spec.array] : spec.names.length > 0 ? spec.names : ['REPLY'];
    for (const record of this.budget(records ?? [null])) {
      if (record) for (const [k, v] of readValues(record, spec)) this.env.set(k, v);
      else for (const n of names) this.env.delete(n);
      this.run(pipelines, loop.doAt, loop.end + 1, at);
    }
    return true;
  }

  /** What commands read from files and pipes, as far as it is known here. */
  protected streams(overlay?: Map<string, VarValue>): StreamContext {
    return {
      lookup: this.lookup(overlay),
      file: (p) => this.dataFile(p),
      written: (p) => this.writtenFile(p),
    };
  }

  /** What this script's own commands wrote into `path` so far (file-writes.ts); undefined: nothing. */
  protected writtenFile(_path: string): Line[] | null | undefined {
    return undefined;
  }

  /** A repository file a command reads (`< versions.txt`, `xargs -a pkgs.txt`); null when not known. */
  protected abstract dataFile(path: string): { file: string; text: string } | null;

  /** The values a `for` loop's variable takes; one unknown value when they are not known. */
  private loopValues(words: readonly Word[] | null): (VarValue | null)[] {
    const lookup = this.lookup();
    const fields =
      words === null ? (this.env.get('@')?.items ?? null) : words.flatMap((w) => expandFields(w, lookup));
    if (fields === null || fields.length === 0) return [null];
    return fields.map((f) => ({ text: f.text, unknown: f.unknown, ...(f.from ? { from: f.from } : {}) }));
  }

  /**
   * Runs a function's body with `args` as its positional parameters (null: unknown, where it is
   * defined). What a call finds is reported at the call's line: the arguments written there made
   * the body install what it installs.
   */
  private call(fn: ShellFunction, args: readonly VarValue[] | null, callLine?: number): void {
    if (this.callDepth >= 8) return;
    // The same call (line, arguments, variables) gives the same findings and leaves the same
    // variables behind: read once, its effect replayed. Functions calling functions would
    // otherwise multiply (eight levels of eight calls).
    const globals = () => [...this.env].filter(([k]) => !POSITIONAL.test(k));
    const key =
      callLine === undefined
        ? undefined
        : JSON.stringify([
            callLine,
            args?.map((a) => [a.text, a.unknown]),
            globals().map(([k, v]) => [k, v.text, v.unknown]),
          ]);
    const memo = key === undefined ? undefined : fn.calls.get(key);
    if (memo) {
      for (const [k, v] of memo.set) this.env.set(k, v);
      for (const k of memo.deleted) this.env.delete(k);
      return;
    }
    const before = new Map(globals());
    const saved = [...this.env].filter(([k]) => POSITIONAL.test(k));
    for (const [k] of saved) this.env.delete(k);
    if (args) setArguments(this.env, args);
    this.callDepth++;
    const count = this.findings.length;
    const at = callLine === undefined ? fn.at : { ...fn.at, locate: () => callLine };
    this.run(fn.pipelines, 0, fn.pipelines.length, at);
    if (callLine !== undefined) for (const f of this.findings.slice(count)) this.fromCalls.add(f);
    this.callDepth--;
    for (const k of [...this.env.keys()]) if (POSITIONAL.test(k)) this.env.delete(k);
    for (const [k, v] of saved) this.env.set(k, v);
    if (key !== undefined) {
      const after = globals();
      fn.calls.set(key, {
        set: after.filter(([k, v]) => before.get(k) !== v),
        deleted: [...before.keys()].filter((k) => !this.env.has(k)),
      });
    }
  }

  /**
   * Runs `read` with `args` as the positional parameters (and `name` as `$0`), then puts the
   * current ones back.
   */
  protected withArguments(name: VarValue | undefined, args: readonly VarValue[], read: () => void): void {
    const saved = [...this.env].filter(([k]) => POSITIONAL.test(k));
    for (const [k] of saved) this.env.delete(k);
    setArguments(this.env, args);
    if (name) this.env.set('0', name);
    try {
      read();
    } finally {
      for (const k of [...this.env.keys()]) if (POSITIONAL.test(k)) this.env.delete(k);
      for (const [k, v] of saved) this.env.set(k, v);
    }
  }

  /** Takes over the functions another interpreter (a `source`d file's) defined. */
  protected adoptFunctions(other: ShellInterpreter): void {
    for (const [name, fn] of other.functions) this.functions.set(name, fn);
  }

  /** Calls the function `name` if the script defined one; false when it did not. */
  protected callFunction(name: string, args: readonly VarValue[], line: number): boolean {
    const fn = this.functions.get(name);
    if (!fn) return false;
    fn.called = true;
    this.call(fn, args, line);
    return true;
  }

  /** Keeps one of the findings a loop or a function read more than once. */
  protected keepUnique(): void {
    const what = (f: CommandFinding) => [f.ecosystem, f.name, f.version, f.spec, f.alias, f.resolved];
    // A body that installs a literal is reported where it is written, not again at each call.
    const inBodies = new Set(
      this.findings.filter((f) => !this.fromCalls.has(f)).map((f) => JSON.stringify(what(f))),
    );
    const seen = new Set<string>();
    const unique = this.findings.filter((f) => {
      // What a body gave with its arguments unknown says nothing once calls gave them.
      if (this.uncalledOnly.get(f)?.called) return false;
      if (this.fromCalls.has(f) && inBodies.has(JSON.stringify(what(f)))) return false;
      const key = JSON.stringify([f.line, ...what(f)]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // In place and without spreading: a hostile script can make very many findings.
    this.findings.length = 0;
    for (const f of unique) this.findings.push(f);
  }

  protected lookup(overlay?: Map<string, VarValue>): Lookup {
    const lookup: Lookup = (name) =>
      name.startsWith(SUBSTITUTION)
        ? this.substitution(name.slice(SUBSTITUTION.length), lookup)
        : (overlay?.get(name) ?? this.env.get(name));
    return lookup;
  }

  /** The output of `$(cat FILE)`, `$(< FILE)`, `$(grep … FILE | head -1)` when it is known. */
  private substitution(script: string, lookup: Lookup): VarValue | undefined {
    if (++this.substitutionsRead > MAX_SUBSTITUTIONS) return undefined;
    const lines = scriptOutput(script, {
      lookup,
      file: (p) => this.dataFile(p),
      written: (p) => this.writtenFile(p),
    });
    if (!lines) return undefined;
    // Trailing newlines are removed; each line keeps where it is written.
    const items = lines.map((l): VarValue => ({
      text: l.text,
      unknown: false,
      ...(l.from ? { from: l.from } : {}),
    }));
    const text = items
      .map((i) => i.text)
      .join('\n')
      .replace(/\n+$/, '');
    return { text, unknown: false, ...(items[0]?.from ? { from: items[0].from } : {}), items };
  }
}
