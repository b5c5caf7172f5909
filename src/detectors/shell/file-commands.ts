// The files commands run, source, fetch and read: a repository script run by path (recorded for
// the flows stage, with its arguments and the variables it sees), a `source`d file read in place,
// a download and the installer it turns out to be, a data file a loop or `xargs` reads. The text of
// other files comes from the context (`CommandContext.sourced`); those it does not know yet are
// listed in `unread`, and the caller scans again once it has read them.
import { basename, WORKSPACE_PATH } from './command-words.js';
import type { Expanded, VarValue } from './expand.js';
import { fetchedFinding, fetchOutput, fetchUrl, installerFinding } from './fetch.js';
import type { CommandFinding, ScriptRun } from './findings.js';
import { extensionDownload } from './grammars/editors.js';
import { releaseDownload } from './installers.js';
import { ShellInterpreter } from './interpreter.js';
import { setArguments } from './positional.js';
import type { CommandContext } from './scan.js';
import { ShellVariables } from './variables.js';
import { LineIndex } from '../../util/lines.js';

/** How deep scripts written and run here may run each other (a script that runs itself stops). */
const MAX_WRITTEN_RUNS = 4;

export abstract class FileCommands extends ShellInterpreter {
  private writtenRunDepth = 0;
  /**
   * Where `cd`/`pushd` moved the shell, relative to where the text started ('' : not moved);
   * null once it moved somewhere the scan cannot follow (an absolute path, a variable, `cd -`).
   */
  protected directory: string | null = '';

  /** `cd DIR`, `pushd DIR`, `popd`: the working directory for the commands that follow. */
  protected changeDirectory(name: string, args: readonly { text: string; unknown: boolean }[]): void {
    const operands = args.filter((a) => !/^-[LPe@]+$/.test(a.text));
    const to = operands[0];
    if (name === 'popd' || !to || to.unknown || /^[/~-]/.test(to.text) || this.directory === null) {
      this.directory = null;
      return;
    }
    const parts = this.directory === '' ? [] : this.directory.split('/');
    for (const p of to.text.split('/')) {
      if (p === '' || p === '.') continue;
      if (p !== '..') parts.push(p);
      else if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push('..');
    }
    this.directory = parts.join('/');
  }

  readonly scriptRuns: ScriptRun[] = [];
  /** Files fetched by earlier commands: path → URL. */
  readonly downloads = new Map<string, { url: string; line: number; used: boolean }>();
  /** Files `source`d or read whose text `context.sourced` did not know (yet). */
  readonly unread = new Set<string>();

  constructor(
    protected readonly context: CommandContext,
    /** Most commands read per file, a bound on hostile input. */
    maxSteps: number,
  ) {
    const env = new Map(context.env);
    if (context.args) setArguments(env, context.args);
    super(new ShellVariables(env, context.originFile), maxSteps);
  }

  /** A scanner for a `source`d file, sharing this one's context. */
  protected abstract sourcedScanner(): FileCommands;

  /** Downloads never run are installers still (reported at the fetch). */
  protected reportUnusedDownloads(): void {
    for (const d of new Set(this.downloads.values())) {
      if (d.used) continue;
      d.used = true;
      this.report(fetchedFinding(d.url, d.line));
    }
  }

  /** A script run by path: a fetched installer, or a repository script to read. */
  protected runScript(
    path: Expanded,
    args: Expanded[],
    locate: (o: number) => number,
    overlay: Map<string, VarValue>,
    sourced = false,
    /** Run as a program (`./x`): its shebang names the interpreter. */
    byPath = false,
  ): void {
    const d = this.downloads.get(path.text) ?? this.downloads.get(basename(path.text));
    if (d) {
      d.used = true;
      this.installer(d.url, locate(path.start), args, overlay);
      return;
    }
    // A script this file's own commands wrote (`echo 'npm i -g …' > /tmp/i.sh`, a Dockerfile's
    // `COPY <<EOF /tmp/i.sh`): run here, its commands at the line that runs it.
    const written = path.unknown ? undefined : this.writtenFile(path.text);
    if (written && this.writtenRunDepth < MAX_WRITTEN_RUNS) {
      const at = locate(path.start);
      const values = args.map((a): VarValue => ({
        text: a.text,
        unknown: a.unknown,
        ...(a.from ? { from: a.from } : {}),
      }));
      this.writtenRunDepth++;
      try {
        this.withArguments(undefined, values, () =>
          this.scan(written.map((l) => l.text).join('\n'), () => at),
        );
      } finally {
        this.writtenRunDepth--;
      }
      return;
    }
    // `${containerWorkspaceFolder}/x.sh`, `$GITHUB_WORKSPACE/x.sh` are paths in the repository too.
    if ((!path.unknown && /^[\w./-]+$/.test(path.text)) || WORKSPACE_PATH.test(path.text)) {
      // A new shell sees the exported variables only, and its own arguments.
      const env = this.vars.forScript(overlay, sourced);
      const values = args.map((a): VarValue => ({
        text: a.text,
        unknown: a.unknown,
        ...(a.from ? { from: a.from } : {}),
      }));
      this.scriptRuns.push({
        path: path.text,
        ...(this.directory && !/^[/$~]/.test(path.text) ? { cdDir: this.directory } : {}),
        line: locate(path.start),
        args: values,
        env,
        sourced,
        ...(byPath ? { byPath } : {}),
      });
    }
  }

  /** A repository file a command reads or sources, when the context knows it (else listed in `unread`). */
  protected dataFile(path: string): { file: string; text: string } | null {
    const read = this.context.sourced;
    if (!read || !/^[\w./@+-]+$/.test(path)) return null;
    const file = read(path);
    if (file === undefined) this.unread.add(path);
    return file ?? null;
  }

  /** `source FILE`: its assignments hold from here on, when its text is known. */
  protected readSourced(path: Expanded): void {
    const file = path.unknown ? null : this.dataFile(path.text);
    if (file === null) return;
    const lines = new LineIndex(file.text);
    // Its values are written there: a reviewer changes them in that file.
    const inner = this.sourcedScanner();
    const vars = this.vars.sourcedFrom(file.file);
    inner.vars = vars;
    inner.scan(file.text, (o) => lines.line(o));
    // Functions a sourced library defines are called here (`source lib.sh; install_cc 2.1.150`).
    this.adoptFunctions(inner);
    this.vars.absorb(vars);
    for (const n of inner.unread) this.unread.add(n);
  }

  protected fetch(argv: Expanded[], locate: (o: number) => number): void {
    const url = fetchUrl(argv);
    if (!url) return;
    const out = fetchOutput(argv, url.text);
    if (out) {
      const line = locate(url.start);
      const rec = { url: url.text, line, used: false };
      this.downloads.set(out, rec);
      if (!this.downloads.has(basename(out))) this.downloads.set(basename(out), rec);
      if (releaseDownload(url.text) || extensionDownload(url.text)) {
        rec.used = true;
        this.report(fetchedFinding(url.text, line));
      }
      return;
    }
    if (releaseDownload(url.text) || extensionDownload(url.text))
      this.report(fetchedFinding(url.text, locate(url.start)));
  }

  private report(finding: CommandFinding | null): void {
    if (finding) this.findings.push(finding);
  }

  /** Records the vendor installer at `url` run by a shell with `args` and the given environment. */
  protected installer(url: string, line: number, args: Expanded[], overlay: Map<string, VarValue>): void {
    this.report(installerFinding(url, line, args, (name) => overlay.get(name) ?? this.env.get(name)));
  }
}
