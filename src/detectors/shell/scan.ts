// Recognises installs and runs of tools in shell scripts: package-manager installs (npm, pnpm,
// yarn, bun, volta, deno, pip, pipx, uv, brew), one-off runners (npx, npm exec, pnpm dlx, yarn
// dlx, bunx, uvx, pipx run), vendor install scripts piped to a shell or downloaded and run, and
// release downloads. Nested scripts (`sh -c`, `eval`, helper functions given a command string,
// aliases, here-documents fed to a shell, command substitutions) are read too.
import type { Ecosystem, SourceKind } from '../../model/component.js';
import {
  expandParts,
  expandWord,
  splitAssignment,
  type Expanded,
  type Lookup,
  type ValueOrigin,
  type VarValue,
} from './expand.js';
import { installerName, releaseDownload, vendorInstaller, versionFromTag } from './installers.js';
import { exactVersion, parseNpmSpec, parsePypiSpec, type PackageSpec } from './packages.js';
import { parseShell, type Command, type Word } from './shell.js';

export interface CommandFinding {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  spec?: string;
  sourceKind: SourceKind;
  resolved?: string;
  alias?: string;
  /** 1-based line of the word that names the component. */
  line: number;
  /** Where the version is written when a variable given from elsewhere carried it. */
  versionFrom?: ValueOrigin;
}

/** A repository script the commands run (`bash .devcontainer/post-create.sh`). */
export interface ScriptRun {
  path: string;
  line: number;
  /** Its arguments, expanded where the command stands. */
  args: VarValue[];
  /** The variables in force where it runs (the command's own assignments included). */
  env: Map<string, VarValue>;
  /** Read into the running shell (`source x`, `. x`) rather than run by a new one. */
  sourced: boolean;
}

/** `docker build` / `docker buildx build` / `podman build`: the Dockerfile built and its build args. */
export interface ImageBuild {
  line: number;
  /** `-f`/`--file` as written (relative to the working directory), or undefined (CONTEXT/Dockerfile). */
  dockerfile?: string;
  /** The build context as written. */
  context: string;
  buildArgs: Map<string, VarValue>;
}

/** What a scanner is told about where its text runs (the flows stage sets it). */
export interface ScannerContext {
  /**
   * The text of a file a `source`/`.` command reads, when it is already known; its assignments
   * then hold for the rest of the script. Unknown files are listed in `CommandScanner.unread`.
   */
  sourced?: (path: string) => { file: string; text: string } | null | undefined;
  /** When set, plain assignments record this file and their line as where the value is written. */
  originFile?: string;
}

export interface ScanProblem {
  line: number;
  message: string;
}

/** State shared by every script of one file (Dockerfile RUNs share downloads and variables). */
export class CommandScanner {
  readonly findings: CommandFinding[] = [];
  readonly scriptRuns: ScriptRun[] = [];
  readonly imageBuilds: ImageBuild[] = [];
  readonly problems: ScanProblem[] = [];
  /** Files fetched by earlier commands: path → URL. */
  readonly downloads = new Map<string, { url: string; line: number; used: boolean }>();
  /** Files `source`d whose text `context.sourced` did not know (yet). */
  readonly unread = new Set<string>();
  /** Variables set by plain assignments and not exported: a script run by path does not see them. */
  private readonly shellOnly = new Set<string>();
  private allExport = false;
  private steps = 0;

  constructor(
    /** Variables known before the script (ARG/ENV/build args); later assignments add to it. */
    readonly env: Map<string, VarValue> = new Map(),
    /** Most commands read per file, a bound on hostile input. */
    private readonly maxSteps = 2_000_000,
    readonly context: ScannerContext = {},
  ) {}

  /**
   * Scans `text[start, end)`. `locate` maps an offset of `text` to a 1-based line of the file.
   */
  scan(text: string, locate: (offset: number) => number, start = 0, end = text.length, depth = 0): void {
    if (depth > 8) return;
    const parsed = parseShell(text, start, end);
    for (const p of parsed.problems) this.problems.push({ line: locate(p.offset), message: p.message });
    for (const pipeline of parsed.pipelines) {
      if (++this.steps > this.maxSteps) {
        if (this.steps > this.maxSteps + 1) return;
        const at = pipeline.commands[0]?.start ?? start;
        this.problems.push({
          line: locate(at),
          message: `more than ${this.maxSteps} commands; the rest was not read`,
        });
        return;
      }
      this.pipeline(pipeline.commands, text, locate, depth);
    }
  }

  /** Marks downloads never run as installers that are still installers (reported at the fetch). */
  finish(): void {
    for (const d of new Set(this.downloads.values())) {
      if (d.used) continue;
      d.used = true;
      this.reportFetched(d.url, d.line);
    }
  }

  private lookup(overlay?: Map<string, VarValue>): Lookup {
    return (name) => overlay?.get(name) ?? this.env.get(name);
  }

  private pipeline(commands: Command[], text: string, locate: (o: number) => number, depth: number): void {
    const prepared = commands.map((c) => this.prepare(c));
    for (let i = 0; i < prepared.length; i++) {
      const cmd = prepared[i]!;
      const next = prepared[i + 1];
      // `curl URL | [VERSION=x] [sudo] bash -s -- ARGS`
      if (next && cmd.argv.length > 0 && isFetcher(cmd.argv[0]!.text)) {
        const url = fetchUrl(cmd.argv);
        const shell = next.argv.length > 0 && isPipeShell(next.argv[0]!.text) ? next : null;
        if (url && shell) {
          this.reportInstaller(url.text, locate(url.start), shell.argv.slice(1), shell.overlay);
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
      if (!cmd.consumed) this.command(cmd, text, locate, depth);
    }
    // Assignments on their own (`V=1`) set variables for the rest of the script.
    if (commands.length === 1) {
      const only = prepared[0]!;
      if (only.argv.length === 0) {
        for (const [k, v] of only.overlay) {
          this.env.set(k, v);
          if (!this.allExport) this.shellOnly.add(k);
        }
        if (this.context.originFile !== undefined) this.recordOrigins(only.command, locate);
      }
    }
  }

  /** Marks the values of `V=x` assignments as written at their file and line. */
  private recordOrigins(c: Command, locate: (o: number) => number): void {
    for (const w of c.words) {
      const a = splitAssignment(w);
      const v = a ? this.env.get(a.name) : undefined;
      if (a && v && !v.unknown && !v.from)
        this.env.set(a.name, { ...v, from: { file: this.context.originFile!, line: locate(w.start) } });
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
    let argv = words.map((w) => expandWord(w, lookup));
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
      // A Dockerfile `RUN <<EOF` runs its here-document with the default shell.
      if (cmd.heredoc)
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
      const exported = name === 'export' || args.some((a) => /^-[a-zA-Z]*x/.test(a.text));
      for (const a of cmd.command.words.slice(1)) {
        const s = splitAssignment(a);
        if (s) this.env.set(s.name, expandParts(s.value, lookup));
        const n = s?.name ?? (/^[A-Za-z_][A-Za-z0-9_]*$/.test(a.raw) ? a.raw : undefined);
        if (n !== undefined) {
          if (exported) this.shellOnly.delete(n);
          else if (s) this.shellOnly.add(n);
        }
      }
      if (this.context.originFile !== undefined) this.recordOrigins(cmd.command, locate);
      return;
    }
    if (name === 'unset') {
      for (const a of args) this.env.delete(a.text);
      return;
    }
    if (name === 'set' && args.some((a) => /^[-+]\w*a/.test(a.text)))
      this.allExport = args.some((a) => /^-\w*a/.test(a.text));
    if (name === 'shift' || (name === 'set' && args[0]?.text === '--')) {
      this.setPositional(name === 'shift' ? Number(args[0]?.text ?? '1') : args.slice(1));
      return;
    }
    if (name === 'alias') {
      for (const a of args) {
        const eq = a.text.indexOf('=');
        if (eq > 0) this.nested(a.text.slice(eq + 1), locate(a.start), depth);
      }
      return;
    }
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
    if (
      (name === 'docker' || name === 'podman' || name === 'buildah') &&
      this.imageBuild(args, locate, lookup)
    )
      return;
    // A command word with a slash runs that file: `./setup.sh`, `.devcontainer/post-create.sh`,
    // `./install`, `$GITHUB_WORKSPACE/scripts/x`.
    if (
      this.downloads.has(argv[0]!.text) ||
      /^\S*\/\S*\.(sh|bash)$/.test(argv[0]!.text) ||
      /^\.\.?\/[\w./-]+$/.test(argv[0]!.text) ||
      WORKSPACE_PATH.test(argv[0]!.text)
    ) {
      this.runScript(argv[0]!, args, locate, cmd.overlay);
      return;
    }
    const found = recognise(name, args);
    if (found.length > 0) {
      for (const f of found) {
        if (!f.finding) continue;
        const from = argv.find((a) => a.start === f.at)?.from;
        this.findings.push({ ...f.finding, line: locate(f.at), ...(from ? { versionFrom: from } : {}) });
      }
      for (const n of found) if (n.nested) this.nested(n.nested.text, locate(n.nested.at), depth);
      return;
    }
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
      if (p.k === 'opaque' && p.script)
        this.scan(text, locate, p.script.start, p.script.start + p.script.text.length, depth + 1);
    }
  }

  /** Scans a command string built at run time; its findings sit at `line` plus its own newlines. */
  private nested(script: string, line: number, depth: number): void {
    if (depth >= 8) return;
    const starts: number[] = [];
    let nl = script.indexOf('\n');
    while (nl !== -1) {
      starts.push(nl);
      nl = script.indexOf('\n', nl + 1);
    }
    const locate = (o: number): number => {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < o) lo = mid + 1;
        else hi = mid;
      }
      return line + lo;
    };
    this.scan(script, locate, 0, script.length, depth + 1);
  }

  private shell(
    cmd: Prepared,
    args: Expanded[],
    text: string,
    locate: (o: number) => number,
    depth: number,
  ): void {
    // `bash -c 'script' [$0 args…]`, `bash -lc …`, `bash -euxo pipefail -c …`
    let i = 0;
    let cScript: Expanded | undefined;
    for (; i < args.length; i++) {
      const a = args[i]!.text;
      if (a === '--') {
        i++;
        break;
      }
      if (/^[-+][a-zA-Z]*[oO]$/.test(a) && !a.includes('c')) {
        i++;
        continue;
      }
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a) && !a.startsWith('--')) {
        cScript = args[i + 1];
        break;
      }
      if (!a.startsWith('-') && !a.startsWith('+')) break;
    }
    if (cScript) {
      const fetched = fetchInSubstitution(cScript.word, this.lookup(cmd.overlay));
      if (fetched) {
        this.reportInstaller(
          fetched.text,
          locate(cScript.start),
          args.slice(args.indexOf(cScript) + 1),
          cmd.overlay,
        );
        return;
      }
      this.nested(cScript.text, locate(cScript.start), depth);
      return;
    }
    const first = args[i];
    if (first) {
      // `bash <(curl -fsSL URL) ARGS`
      const fetched = fetchInSubstitution(first.word, this.lookup(cmd.overlay));
      if (fetched) {
        this.reportInstaller(fetched.text, locate(first.start), args.slice(i + 1), cmd.overlay);
        return;
      }
      this.runScript(first, args.slice(i + 1), locate, cmd.overlay);
      return;
    }
    if (cmd.heredoc) {
      this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
    }
  }

  /** A script run by path: a fetched installer, or a repository script to read. */
  private runScript(
    path: Expanded,
    args: Expanded[],
    locate: (o: number) => number,
    overlay: Map<string, VarValue>,
    sourced = false,
  ): void {
    const d = this.downloads.get(path.text) ?? this.downloads.get(basename(path.text));
    if (d) {
      d.used = true;
      this.reportInstaller(d.url, locate(path.start), args, overlay);
      return;
    }
    // `${containerWorkspaceFolder}/x.sh`, `$GITHUB_WORKSPACE/x.sh` are paths in the repository too.
    if ((!path.unknown && /^[\w./-]+$/.test(path.text)) || WORKSPACE_PATH.test(path.text)) {
      const env = new Map(this.env);
      // A new shell sees the exported variables only, and its own arguments.
      if (!sourced)
        for (const k of env.keys()) if (this.shellOnly.has(k) || !/^[A-Za-z_]\w*$/.test(k)) env.delete(k);
      for (const [k, v] of overlay) env.set(k, v);
      const values = args.map((a): VarValue => ({
        text: a.text,
        unknown: a.unknown,
        ...(a.from ? { from: a.from } : {}),
      }));
      this.scriptRuns.push({ path: path.text, line: locate(path.start), args: values, env, sourced });
    }
  }

  /** `docker [buildx] build [-f F] [--build-arg K[=V]]… CONTEXT`: recorded for the flows stage. */
  private imageBuild(args: Expanded[], locate: (o: number) => number, lookup: Lookup): boolean {
    let i = 0;
    if (args[i]?.text === 'buildx' || args[i]?.text === 'image') i++;
    if (args[i]?.text !== 'build' && args[i]?.text !== 'bud') return false;
    const build: ImageBuild = { line: locate(args[i]!.start), context: '.', buildArgs: new Map() };
    const positional: Expanded[] = [];
    for (i++; i < args.length; i++) {
      const a = args[i]!;
      const eq = a.text.indexOf('=');
      const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
      const inline = flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : undefined;
      const value = (): Expanded | undefined => inline ?? args[++i];
      if (flag === '-f' || flag === '--file') {
        const v = value();
        if (v && !v.unknown) build.dockerfile = v.text;
      } else if (flag === '--build-arg') {
        const v = value();
        if (!v) continue;
        const k = v.text.indexOf('=');
        const name = k === -1 ? v.text : v.text.slice(0, k);
        const given =
          k === -1
            ? lookup(name)
            : { text: v.text.slice(k + 1), unknown: v.unknown, ...(v.from ? { from: v.from } : {}) };
        if (given) build.buildArgs.set(name, given);
      } else if (
        /^-(t|-tag|-target|-platform|-label|-network|-secret|-ssh|-cache-from|-cache-to|-output|o|-progress|-builder|-iidfile|-metadata-file|-build-context|-shm-size|-ulimit|-add-host|-memory|m)$/.test(
          flag,
        )
      ) {
        if (!inline) i++;
      } else if (!a.text.startsWith('-')) positional.push(a);
    }
    const context = positional[0];
    if (context && !context.unknown) build.context = context.text;
    else if (context) return true;
    this.imageBuilds.push(build);
    return true;
  }

  /** `source FILE`: its assignments hold from here on, when its text is known. */
  private readSourced(path: Expanded): void {
    const read = this.context.sourced;
    if (!read || path.unknown || !/^[\w./-]+$/.test(path.text)) return;
    const file = read(path.text);
    if (file === undefined) {
      this.unread.add(path.text);
      return;
    }
    if (file === null) return;
    const lines = lineStarts(file.text);
    // Its values are written there: a reviewer changes them in that file.
    const inner = new CommandScanner(this.env, this.maxSteps, { ...this.context, originFile: file.file });
    inner.allExport = this.allExport;
    inner.scan(file.text, (o) => lineAt(lines, o));
    for (const n of inner.shellOnly) this.shellOnly.add(n);
    for (const n of inner.unread) this.unread.add(n);
  }

  /** `set -- a b` (an array of new arguments) or `shift N` (a count). */
  private setPositional(change: Expanded[] | number): void {
    const count = this.env.get('#');
    if (count === undefined || count.unknown) return;
    let values: VarValue[] = [];
    for (let i = 1; i <= Number(count.text); i++)
      values.push(this.env.get(String(i)) ?? { text: '', unknown: false });
    if (typeof change === 'number') values = Number.isInteger(change) ? values.slice(change) : [];
    else
      values = change.map((a) => ({ text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) }));
    for (let i = 1; i <= Number(count.text); i++) this.env.delete(String(i));
    setArguments(this.env, values);
  }

  private fetch(argv: Expanded[], locate: (o: number) => number): void {
    const url = fetchUrl(argv);
    if (!url) return;
    const out = fetchOutput(argv, url.text);
    if (out) {
      const line = locate(url.start);
      const rec = { url: url.text, line, used: false };
      this.downloads.set(out, rec);
      if (!this.downloads.has(basename(out))) this.downloads.set(basename(out), rec);
      if (releaseDownload(url.text)) {
        rec.used = true;
        this.reportFetched(url.text, line);
      }
      return;
    }
    if (releaseDownload(url.text)) this.reportFetched(url.text, locate(url.start));
  }

  /** A fetched URL that is not run by a shell we can see: a release download or a known installer. */
  reportFetched(url: string, line: number): void {
    const rel = releaseDownload(url);
    const name = installerName(url);
    if (name && vendorInstaller(name)) {
      this.findings.push({
        ecosystem: 'installer',
        name,
        version: null,
        spec: 'latest',
        sourceKind: 'url',
        resolved: url,
        line,
      });
      return;
    }
    if (!rel) return;
    this.findings.push({
      ecosystem: 'installer',
      name: rel.name,
      version: rel.version,
      ...(rel.version === null ? { spec: rel.spec ?? 'latest' } : {}),
      sourceKind: 'url',
      resolved: url,
      line,
    });
  }

  /** Records the vendor installer at `url` run by a shell with `args` and the given environment. */
  reportInstaller(url: string, line: number, args: Expanded[], overlay: Map<string, VarValue>): void {
    const name = installerName(url);
    if (!name) return;
    const positional = args.filter((a) => !a.text.startsWith('-'));
    const vendor = vendorInstaller(name);
    let value: { text: string; unknown: boolean } | undefined;
    if (vendor) {
      const v = vendor.version;
      if (v.kind === 'positional') value = positional[0];
      else if (v.kind === 'env') value = overlay.get(v.name) ?? this.env.get(v.name);
      else if (v.kind === 'flag') {
        const i = args.findIndex((a) => a.text === v.flag);
        value = i >= 0 ? args[i + 1] : args.find((a) => a.text.startsWith(v.flag + '='));
        if (value && value.text.startsWith(v.flag + '='))
          value = { ...value, text: value.text.slice(v.flag.length + 1) };
      }
    } else if (positional.length > 0) {
      value = { text: positional.map((a) => a.text).join(' '), unknown: positional.some((a) => a.unknown) };
    }
    let version: string | null = null;
    let spec = 'latest';
    if (value && value.text !== '') {
      version = value.unknown
        ? null
        : (exactVersion(value.text) ?? (vendor ? versionFromTag(value.text) : null));
      spec = value.text;
    }
    this.findings.push({
      ecosystem: 'installer',
      name,
      version,
      ...(version === null ? { spec } : {}),
      sourceKind: 'url',
      resolved: url,
      line,
    });
  }
}

interface Prepared {
  argv: Expanded[];
  overlay: Map<string, VarValue>;
  heredoc: { body: string; start: number } | undefined;
  consumed: boolean;
  command: Command;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh']);
const FETCHERS = new Set(['curl', 'wget', 'irm', 'iwr', 'invoke-restmethod', 'invoke-webrequest']);
/** Commands that run a script read from a pipe: POSIX shells and PowerShell's Invoke-Expression. */
const PIPE_SHELLS = new Set([...SHELLS, 'iex', 'invoke-expression', 'python', 'python3']);

function isFetcher(cmd: string): boolean {
  return FETCHERS.has(base(cmd).toLowerCase());
}

function isPipeShell(cmd: string): boolean {
  return PIPE_SHELLS.has(base(cmd).toLowerCase());
}
/** Commands whose string arguments are data, not commands to run. */
const NON_EXECUTING = new Set([
  'echo',
  'printf',
  'print',
  'cat',
  'tee',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'sed',
  'awk',
  'test',
  '[',
  '[[',
  'read',
  'git',
  'jq',
  'yq',
  'trap',
  'logger',
  'case',
  'for',
  'select',
  'function',
]);
const COMMAND_WORD =
  /^(sudo\s+)?(npm|npx|pnpm|pnpx|yarn|bun|bunx|volta|deno|pip|pip3|pipx|python3?|uv|uvx|brew|curl|wget|sh|bash|zsh)\s/;

function base(cmd: string): string {
  const s = cmd.lastIndexOf('/');
  return s === -1 ? cmd : cmd.slice(s + 1);
}

/** A path from the root of the repository's checkout in a devcontainer or a workflow runner. */
export const WORKSPACE_PATH =
  /^(\$\{(containerWorkspaceFolder|localWorkspaceFolder|GITHUB_WORKSPACE)\}|\$GITHUB_WORKSPACE|\$\{\{\s*github\.workspace\s*\}\})\/[\w./-]+$/;

/** Sets the positional parameters `$1`…, `$#`, `$@` and `$*` to `values`. */
export function setArguments(env: Map<string, VarValue>, values: readonly VarValue[]): void {
  values.forEach((v, i) => env.set(String(i + 1), v));
  env.set('#', { text: String(values.length), unknown: false });
  const all = { text: values.map((v) => v.text).join(' '), unknown: values.some((v) => v.unknown) };
  env.set('@', all);
  env.set('*', all);
}

function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl);
  return starts;
}

function lineAt(starts: readonly number[], o: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return 1 + lo;
}

function basename(p: string): string {
  const s = p.lastIndexOf('/');
  return s === -1 ? p : p.slice(s + 1);
}

/** Removes `sudo`, `env`, `exec`, `nohup`, `time`, `command`, `timeout N`, … in front of a command. */
function stripWrappers(argv: Expanded[], overlay: Map<string, VarValue>, lookup: Lookup): Expanded[] {
  for (let guard = 0; guard < 16 && argv.length > 0; guard++) {
    const w = base(argv[0]!.text);
    let i = 1;
    if (w === 'sudo' || w === 'doas') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) {
        const f = argv[i]!.text;
        i += /^-[ugrtCDhpU]$/.test(f) || f === '--user' || f === '--group' ? 2 : 1;
        if (f === '--') break;
      }
    } else if (w === 'env') {
      while (i < argv.length) {
        const t = argv[i]!.text;
        if (t === '-u' || t === '-C' || t === '-S') i += 2;
        else if (t.startsWith('-')) i++;
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
          const a = splitAssignment(argv[i]!.word);
          if (a) overlay.set(a.name, expandParts(a.value, lookup));
          i++;
        } else break;
      }
    } else if (w === 'timeout') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) i++;
      i++;
    } else if (w === 'nice' || w === 'ionice' || w === 'stdbuf') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) i += /^-[nc]$/.test(argv[i]!.text) ? 2 : 1;
    } else if (w === 'gosu' || w === 'su-exec') {
      i = 2;
    } else if (w === 'runuser' && argv.some((a) => a.text === '--')) {
      i = argv.findIndex((a) => a.text === '--') + 1;
    } else if (
      ![
        'exec',
        'nohup',
        'time',
        'corepack',
        'command',
        'builtin',
        'xargs',
        'retry',
        'then',
        'do',
        'else',
      ].includes(w)
    ) {
      break;
    } else {
      while (i < argv.length && argv[i]!.text.startsWith('-') && w !== 'exec') i++;
    }
    argv = argv.slice(i);
  }
  return argv;
}

/** The URL a curl/wget command fetches. */
function fetchUrl(argv: Expanded[]): Expanded | undefined {
  const explicit = argv.slice(1).find((a) => /^https?:\/\//i.test(a.text));
  if (explicit) return explicit;
  // curl and wget default to http:// for `host.tld/path` (`curl -L code.kimi.com/install.sh`).
  const bare = argv.slice(1).find((a) => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/\S*$/.test(a.text));
  return bare ? { ...bare, text: 'https://' + bare.text } : undefined;
}

/** Where a curl/wget command writes what it fetches; null when it writes to stdout. */
function fetchOutput(argv: Expanded[], url: string): string | null {
  const isCurl = base(argv[0]!.text) === 'curl';
  let dir = '';
  let out: string | null = isCurl ? null : basename(url.replace(/[?#].*$/, ''));
  for (let i = 1; i < argv.length; i++) {
    const t = argv[i]!.text;
    const nextText = argv[i + 1]?.text;
    if (isCurl) {
      if (t === '-o' || t === '--output') out = nextText ?? null;
      else if (t.startsWith('--output=')) out = t.slice(9);
      else if (
        t === '-O' ||
        t === '--remote-name' ||
        (/^-[a-zA-Z]+$/.test(t) && t.includes('O') && !t.includes('o'))
      )
        out = basename(url.replace(/[?#].*$/, ''));
      else if (/^-[a-zA-Z]+o$/.test(t)) out = nextText ?? null;
      else if (t === '--output-dir') dir = (nextText ?? '') + '/';
    } else {
      if (t === '-O' || t === '--output-document') out = nextText ?? null;
      else if (t.startsWith('--output-document=')) out = t.slice(18);
      else if (/^-[a-zA-Z]*O$/.test(t)) out = nextText ?? null;
      else if (t === '-P' || t === '--directory-prefix') dir = (nextText ?? '') + '/';
    }
  }
  if (out === '-' || out === '/dev/stdout') return null;
  return out === null ? null : dir && !out.startsWith('/') ? dir + out : out;
}

/** `$(curl -fsSL URL)` / `<(curl URL)` in a word: the URL fetched. */
function fetchInSubstitution(w: Word, lookup: Lookup): { text: string } | null {
  for (const p of w.parts) {
    if (p.k !== 'opaque' || !p.script) continue;
    const parsed = parseShell(p.script.text);
    const c = parsed.pipelines[0]?.commands[0];
    if (!c) continue;
    const argv = c.words.map((x) => expandWord(x, lookup));
    if (argv.length && isFetcher(argv[0]!.text)) {
      const u = fetchUrl(argv);
      if (u) return { text: u.text };
    }
  }
  return null;
}

interface Recognised {
  finding?: Omit<CommandFinding, 'line'>;
  at: number;
  nested?: { text: string; at: number };
}

const NPM_VALUE_FLAGS = new Set([
  '--prefix',
  '--registry',
  '--tag',
  '-w',
  '--workspace',
  '--omit',
  '--include',
  '--install-strategy',
  '--loglevel',
  '--cache',
  '--userconfig',
  '--globalconfig',
  '--before',
  '--location',
  '--dir',
  '-C',
  '--filter',
  '--network-timeout',
  '--cwd',
  '--modules-folder',
  '--cache-folder',
  '--global-folder',
  '--config',
  '--backend',
  '--node-options',
  '--shell',
  '--script-shell',
  '--mutex',
]);

/** Positional arguments after option flags (flags listed in `valued` take the next word). */
function positionals(args: Expanded[], valued: Set<string>): Expanded[] {
  const out: Expanded[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (t.startsWith('-')) {
      if (valued.has(t)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}

function npmFinding(a: Expanded, spec: PackageSpec | null, tag?: string): Recognised | null {
  if (!spec) return null;
  const s = tag && spec.version === null && spec.spec === 'latest' ? { ...spec, spec: tag } : spec;
  return {
    at: a.start,
    finding: {
      ecosystem: 'npm',
      name: s.name,
      version: s.version,
      ...(s.version === null ? { spec: s.spec ?? 'latest' } : {}),
      sourceKind: 'registry',
      ...(s.alias ? { alias: s.alias } : {}),
    },
  };
}

function npmInstalls(args: Expanded[]): Recognised[] {
  const tagI = args.findIndex((a) => a.text === '--tag');
  const tag = tagI >= 0 ? args[tagI + 1]?.text : undefined;
  const out: Recognised[] = [];
  for (const a of positionals(args, NPM_VALUE_FLAGS)) {
    if (a.unknown && !/^@?[\w.-]+(\/[\w.-]+)?@/.test(a.text)) continue;
    const r = npmFinding(a, parseNpmSpec(a.text, a.unknown), tag);
    if (r) out.push(r);
  }
  return out;
}

function pypiFinding(a: Expanded, spec: PackageSpec | null): Recognised | null {
  if (!spec) return null;
  return {
    at: a.start,
    finding: {
      ecosystem: 'pypi',
      name: spec.name,
      version: spec.version,
      ...(spec.version === null ? { spec: spec.spec ?? 'latest' } : {}),
      sourceKind: 'registry',
    },
  };
}

const PIP_VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '--index',
  '--default-index',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '--progress-bar',
  '--log',
  '--cache-dir',
  '--python',
  '-p',
  '--python-preference',
  '--with',
  '--from',
  '--spec',
  '--pip-args',
  '--suffix',
  '--index-strategy',
  '--keyring-provider',
  '--resolution',
  '--prerelease',
  '--exclude-newer',
  '--with-requirements',
  '--with-editable',
  '--directory',
  '--project',
  '--extra',
  '--group',
  '--only-binary',
  '--no-binary',
]);

function pipInstalls(args: Expanded[], atVersion = false): Recognised[] {
  const out: Recognised[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if ((t === '--with' || t === '--from') && args[i + 1]) {
      const r = pypiFinding(args[i + 1]!, parsePypiSpec(args[i + 1]!.text, args[i + 1]!.unknown, atVersion));
      if (r) out.push(r);
    }
  }
  for (const a of positionals(args, PIP_VALUE_FLAGS)) {
    if (/^[./~]/.test(a.text) || a.text.includes('://') || /\.(whl|tar\.gz|zip)$/.test(a.text)) continue;
    const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, atVersion));
    if (r) out.push(r);
  }
  return out;
}

/** The package run by a one-off runner (npx, npm exec, pnpm dlx, yarn dlx, bunx). */
function npxRun(args: Expanded[]): Recognised[] {
  const out: Recognised[] = [];
  const packages: Expanded[] = [];
  let call: Expanded | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '--') {
      i++;
      break;
    }
    if (t === '-p' || t === '--package') {
      if (args[i + 1]) packages.push(args[i + 1]!);
      i++;
    } else if (t.startsWith('--package=')) {
      packages.push({ ...args[i]!, text: t.slice(10) });
    } else if (t === '-c' || t === '--call') {
      call = args[i + 1];
      i++;
    } else if (NPM_VALUE_FLAGS.has(t)) i++;
    else if (!t.startsWith('-')) break;
  }
  if (packages.length > 0) {
    for (const p of packages) {
      const r = npmFinding(p, parseNpmSpec(p.text, p.unknown));
      if (r) out.push(r);
    }
  } else if (args[i] && !call) {
    const r = npmFinding(args[i]!, parseNpmSpec(args[i]!.text, args[i]!.unknown));
    if (r) out.push(r);
  }
  if (call) out.push({ at: call.start, nested: { text: call.text, at: call.start } });
  return out;
}

/** Recognises the package-manager command `name args…`. */
function recognise(name: string, args: Expanded[]): Recognised[] {
  const sub = args[0]?.text;
  const rest = args.slice(1);
  switch (name) {
    case 'npm':
      if (
        sub &&
        /^(install|i|add|in|ins|inst|insta|instal|isnt|isntall|install-test|it|update|up|upgrade)$/.test(sub)
      )
        return npmInstalls(rest);
      if (sub === 'exec' || sub === 'x') return npxRun(rest);
      return [];
    case 'npx':
    case 'pnpx':
    case 'bunx':
      return npxRun(args);
    case 'pnpm':
      if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'update' || sub === 'up')
        return npmInstalls(rest);
      if (sub === 'dlx') return npxRun(rest);
      return [];
    case 'yarn':
      if (sub === 'global' && args[1]?.text === 'add') return npmInstalls(args.slice(2));
      if (sub === 'add') return npmInstalls(rest);
      if (sub === 'dlx') return npxRun(rest);
      return [];
    case 'bun':
      if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'a') return npmInstalls(rest);
      if (sub === 'x') return npxRun(rest);
      return [];
    case 'volta':
      return sub === 'install'
        ? npmInstalls(rest).filter((r) => !['node', 'npm', 'yarn', 'pnpm'].includes(r.finding?.name ?? ''))
        : [];
    case 'deno':
      return args
        .filter((a) => a.text.startsWith('npm:'))
        .map((a) => npmFinding(a, parseNpmSpec(a.text.slice(4), a.unknown)))
        .filter((r): r is Recognised => r !== null);
    case 'uv':
      if (sub === 'pip' && args[1]?.text === 'install') return pipInstalls(args.slice(2));
      if (sub === 'tool' && (args[1]?.text === 'install' || args[1]?.text === 'upgrade'))
        return pipInstalls(args.slice(2), true);
      if (sub === 'tool' && args[1]?.text === 'run') return uvxRun(args.slice(2));
      if (sub === 'add') return pipInstalls(rest);
      return [];
    case 'uvx':
      return uvxRun(args);
    case 'pipx':
      if (sub === 'install' || sub === 'upgrade') return pipInstalls(rest);
      if (sub === 'run') return pipxRun(rest);
      return [];
    case 'brew':
      if (sub === 'install' || sub === 'reinstall' || sub === 'upgrade') return brewInstalls(rest);
      return [];
    default:
      if (/^pip(\d+(\.\d+)?)?$/.test(name)) return sub === 'install' ? pipInstalls(rest) : [];
      if (/^python(\d+(\.\d+)?)?$/.test(name)) {
        const m = args.findIndex((a) => a.text === '-m');
        if (m >= 0 && /^pip$/.test(args[m + 1]?.text ?? '') && args[m + 2]?.text === 'install')
          return pipInstalls(args.slice(m + 3));
        if (m >= 0 && args[m + 1]?.text === 'pipx' && args[m + 2]?.text === 'install')
          return pipInstalls(args.slice(m + 3));
      }
      return [];
  }
}

function uvxRun(args: Expanded[]): Recognised[] {
  const from = args.findIndex((a) => a.text === '--from');
  if (from >= 0) return pipInstalls(args.slice(from, from + 2), true);
  const fromEq = args.find((a) => a.text.startsWith('--from='));
  if (fromEq) {
    const a = { ...fromEq, text: fromEq.text.slice(7) };
    const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, true));
    return r ? [r] : [];
  }
  const pos = positionals(args, PIP_VALUE_FLAGS)[0];
  if (!pos) return [];
  const r = pypiFinding(pos, parsePypiSpec(pos.text, pos.unknown, true));
  return r ? [r] : [];
}

function pipxRun(args: Expanded[]): Recognised[] {
  const spec = args.findIndex((a) => a.text === '--spec');
  const target = spec >= 0 ? args[spec + 1] : positionals(args, PIP_VALUE_FLAGS)[0];
  if (!target) return [];
  const r = pypiFinding(target, parsePypiSpec(target.text, target.unknown));
  return r ? [r] : [];
}

function brewInstalls(args: Expanded[]): Recognised[] {
  const cask = args.some((a) => a.text === '--cask' || a.text === '--casks');
  const out: Recognised[] = [];
  for (const a of positionals(args, new Set(['--appdir', '--fontdir', '--language']))) {
    if (a.unknown || !/^[\w@+./-]+$/.test(a.text)) continue;
    out.push({
      at: a.start,
      finding: {
        ecosystem: 'homebrew',
        name: a.text,
        version: null,
        spec: 'latest',
        sourceKind: 'registry',
        resolved: cask ? 'cask' : 'formula',
      },
    });
  }
  return out;
}
