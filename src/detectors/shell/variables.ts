// The variables of a running shell as far as they can be known statically: their values (with
// where a value is written, for annotations), which of them a child process inherits (exported
// ones, or all under `set -a`), and the positional parameters.
import { expandParts, splitAssignment, type Expanded, type Lookup, type VarValue } from './expand.js';
import { changeArguments } from './positional.js';
import type { Command } from './shell.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class ShellVariables {
  /** Variables set by plain assignments and not exported: a script run by path does not see them. */
  private readonly shellOnly = new Set<string>();
  private allExport = false;

  constructor(
    /** Values in force, positional parameters (`1`, `#`, `@`) among them. */
    readonly env: Map<string, VarValue>,
    /** When set, plain assignments record this file and their line as where the value is written. */
    private readonly originFile?: string,
  ) {}

  /** `V=x` on its own line: set for the rest of the script, not exported. */
  assign(overlay: ReadonlyMap<string, VarValue>, command: Command, locate: (o: number) => number): void {
    for (const [k, v] of overlay) {
      this.env.set(k, v);
      if (!this.allExport) this.shellOnly.add(k);
    }
    this.recordOrigins(command, locate);
  }

  /** `export`, `declare`, `typeset`, `local`, `readonly` with their arguments. */
  declare(
    builtin: string,
    args: readonly Expanded[],
    command: Command,
    lookup: Lookup,
    locate: (o: number) => number,
  ): void {
    const exported = builtin === 'export' || args.some((a) => /^-[a-zA-Z]*x/.test(a.text));
    for (const a of command.words.slice(1)) {
      const s = splitAssignment(a);
      if (s) this.env.set(s.name, expandParts(s.value, lookup));
      const n = s?.name ?? (NAME.test(a.raw) ? a.raw : undefined);
      if (n === undefined) continue;
      if (exported) this.shellOnly.delete(n);
      else if (s) this.shellOnly.add(n);
    }
    this.recordOrigins(command, locate);
  }

  unset(args: readonly Expanded[]): void {
    for (const a of args) this.env.delete(a.text);
  }

  /**
   * `set -a`/`set +a` (export every assignment or not) and `set -- …`; `shift N`. Returns true
   * when the command changed the positional parameters.
   */
  builtin(name: 'set' | 'shift', args: readonly Expanded[]): boolean {
    if (name === 'set' && args.some((a) => /^[-+]\w*a/.test(a.text)))
      this.allExport = args.some((a) => /^-\w*a/.test(a.text));
    if (name === 'shift') changeArguments(this.env, Number(args[0]?.text ?? '1'));
    else if (args[0]?.text === '--') changeArguments(this.env, args.slice(1));
    else return false;
    return true;
  }

  /** The variables a script started at this point sees: exported ones unless it is `source`d. */
  forScript(overlay: ReadonlyMap<string, VarValue>, sourced: boolean): Map<string, VarValue> {
    const env = new Map(this.env);
    if (!sourced) for (const k of env.keys()) if (this.shellOnly.has(k) || !NAME.test(k)) env.delete(k);
    for (const [k, v] of overlay) env.set(k, v);
    return env;
  }

  /** The variables of a file `source`d from here: the same values, written in that file. */
  sourcedFrom(file: string): ShellVariables {
    const inner = new ShellVariables(this.env, file);
    inner.allExport = this.allExport;
    return inner;
  }

  /** Takes over what a `source`d file's assignments left unexported. */
  absorb(inner: ShellVariables): void {
    for (const n of inner.shellOnly) this.shellOnly.add(n);
  }

  private recordOrigins(c: Command, locate: (o: number) => number): void {
    if (this.originFile === undefined) return;
    for (const w of c.words) {
      const a = splitAssignment(w);
      const v = a ? this.env.get(a.name) : undefined;
      if (a && v && !v.unknown && !v.from)
        this.env.set(a.name, { ...v, from: { file: this.originFile, line: locate(w.start) } });
    }
  }
}
