// What a command reads on its standard input, when it is known statically: a here-string, a
// here-document, a repository file (`< versions.txt`), or what the commands before it in a
// pipeline write (`echo`, `printf`, `cat FILE`, filtered by `grep`, `sort`, `uniq`, `head`,
// `tail`, `cut`, `tr`, `sed`, `awk` in their simple forms: text-filters.ts; `jq`/`yq` reading one
// value of a data file: data-queries.ts). `while read` loops, `read` and `xargs` take their values from it. Lines read from a
// repository file keep where they are written (the line a reviewer changes).
import { base } from './command-words.js';
import {
  expandParts,
  expandWord,
  splitAssignment,
  type Expanded,
  type Lookup,
  type ValueOrigin,
} from './expand.js';
import { expandFields } from './fields.js';
import { parseShell } from './shell.js';
import type { Command, Redirect } from './syntax.js';
import { awk, cut, posixRegExp, sed, tr } from './text-filters.js';
import { dataQuery } from './data-queries.js';
import { WordReader } from './words.js';

/** One line of a stream; `partial` when no newline ends it (the last line of some files). */
export interface Line {
  text: string;
  from?: ValueOrigin;
  partial?: true;
}

export interface StreamContext {
  lookup: Lookup;
  /** A repository file's text, relative to the working directory; null when it is not known. */
  file(path: string): { file: string; text: string } | null;
  /** What the script's own commands wrote into a file before this point; undefined: nothing. */
  written?(path: string): Line[] | null | undefined;
}

/** Lines a stream holds at most (a bound on hostile input). */
const MAX_LINES = 4096;

/** `text` as lines (`origin`: the file they are written in). */
export function toLines(text: string, origin?: string): Line[] {
  const lines = text.split('\n');
  const last = lines.pop()!;
  const out: Line[] = lines.map((t, k) => ({
    text: t.replace(/\r$/, ''),
    ...(origin ? { from: { file: origin, line: k + 1 } } : {}),
  }));
  if (last !== '')
    out.push({
      text: last.replace(/\r$/, ''),
      partial: true,
      ...(origin ? { from: { file: origin, line: lines.length + 1 } } : {}),
    });
  return out.slice(0, MAX_LINES);
}

/** The words of a command after its leading assignments, expanded (none: an assignment only). */
export function commandWords(c: Command, lookup: Lookup): Expanded[] {
  let k = 0;
  while (k < c.words.length && splitAssignment(c.words[k]!)) k++;
  return c.words.slice(k).flatMap((w) => expandFields(w, lookup));
}

/**
 * What `c`'s own redirections give it on stdin: undefined when none does (it reads the pipe or
 * what it inherits), null when the input is not known.
 */
export function redirectedInput(c: Command, ctx: StreamContext): Line[] | null | undefined {
  let input: Line[] | null | undefined;
  for (const r of c.redirects) {
    if (r.op === '<<<') input = hereString(r, ctx.lookup);
    else if (r.op === '<<' || r.op === '<<-') input = hereDocument(r, ctx.lookup);
    else if (r.op === '<' || r.op === '<>') input = fileInput(r, ctx);
  }
  return input;
}

function hereString(r: Redirect, lookup: Lookup): Line[] | null {
  if (!r.target) return null;
  const v = expandWord(r.target, lookup);
  return v.unknown ? null : toLines(v.text + '\n');
}

function hereDocument(r: Redirect, lookup: Lookup): Line[] | null {
  if (!r.heredoc || !r.target) return null;
  const body = r.heredoc.body;
  // A quoted delimiter (`<<'EOF'`, `<<"EOF"`, `<<\EOF`) keeps the body as written.
  const quoted = r.target.parts.length !== 1 || r.target.parts[0]!.k !== 'lit' || /['"\\]/.test(r.target.raw);
  const stripped = r.op === '<<-' ? body.replace(/^\t+/gm, '') : body;
  if (quoted || !/[$`\\]/.test(stripped)) return toLines(stripped);
  // Expanded as inside double quotes (a quote in the body is a plain character).
  const text = `"${stripped.replace(/"/g, '\\"')}"`;
  const v = expandParts(new WordReader(text, 0, text.length).readAllAsWord(), lookup);
  return v.unknown ? null : toLines(v.text);
}

function fileInput(r: Redirect, ctx: StreamContext): Line[] | null {
  if (!r.target) return null;
  // `< <(grep -v '^#' pkgs.txt)`: what the process substitution's commands write.
  const only = r.target.parts.length === 1 ? r.target.parts[0]! : undefined;
  if (only?.k === 'opaque' && only.script && only.raw.startsWith('<('))
    return scriptOutput(only.script.text, ctx);
  const path = expandWord(r.target, ctx.lookup);
  if (path.unknown || !/^[\w./@+-]+$/.test(path.text) || path.text.startsWith('/dev/')) return null;
  const written = ctx.written?.(path.text);
  if (written !== undefined) return written;
  const f = ctx.file(path.text);
  return f ? toLines(f.text, f.file) : null;
}

/**
 * What a substitution's script writes: one pipeline of the commands above, or `< FILE` alone
 * (`$(< .cc-version)`); null when not known.
 */
export function scriptOutput(text: string, ctx: StreamContext): Line[] | null {
  const { pipelines, problems } = parseShell(text);
  const commands = pipelines.length === 1 && problems.length === 0 ? pipelines[0]!.commands : null;
  if (!commands) return null;
  const only = commands.length === 1 ? commands[0]! : undefined;
  if (only && only.words.length === 0 && !only.marks) return redirectedInput(only, ctx) ?? null;
  return pipelineOutput(commands, commands.length, ctx);
}

/** What `commands[0, n)` of a pipeline write to the next command, or null when it is not known. */
export function pipelineOutput(commands: readonly Command[], n: number, ctx: StreamContext): Line[] | null {
  let out: Line[] | null = null;
  for (let k = 0; k < n; k++) {
    const c = commands[k]!;
    const input = redirectedInput(c, ctx);
    out = commandOutput(c, input === undefined ? out : input, ctx);
    if (out === null) return null;
  }
  return out;
}

/** What one command writes, given its stdin (null: unknown). */
function commandOutput(c: Command, stdin: Line[] | null, ctx: StreamContext): Line[] | null {
  const argv = commandWords(c, ctx.lookup);
  if (argv.length === 0 || argv.some((a) => a.unknown)) return null;
  const name = base(argv[0]!.text);
  const args = argv.slice(1).map((a) => a.text);
  switch (name) {
    case 'echo': {
      let k = 0;
      while (k < args.length && /^-[neE]+$/.test(args[k]!)) k++;
      const text = args.slice(k).join(' ');
      return toLines(args.slice(0, k).some((a) => a.includes('n')) ? text : text + '\n');
    }
    case 'printf':
      return args.length > 0 && args[0] !== '-v' ? toLines(printf(args[0]!, args.slice(1))) : null;
    case 'cat':
    case 'tee': {
      const files = name === 'cat' ? args.filter((a) => !/^-./.test(a)) : [];
      if (files.length === 0 || files.every((f) => f === '-')) return stdin;
      const out: Line[] = [];
      for (const f of files) {
        const read = f === '-' ? stdin : fileLines(f, ctx);
        if (!read) return null;
        out.push(...read);
      }
      return out;
    }
    case 'grep':
      return grep(args, stdin, ctx);
    case 'cut':
    case 'tr':
    case 'sed':
    case 'awk': {
      // A file operand (the last word, not an option) or stdin.
      const file =
        name !== 'tr' &&
        args.length > 1 &&
        !args[args.length - 1]!.startsWith('-') &&
        /\.\w+$|\//.test(args[args.length - 1]!)
          ? args[args.length - 1]!
          : undefined;
      const input = file === undefined ? stdin : fileLines(file, ctx);
      const rest = file === undefined ? args : args.slice(0, -1);
      if (!input) return null;
      return name === 'cut'
        ? cut(rest, input)
        : name === 'tr'
          ? tr(rest, input)
          : name === 'sed'
            ? sed(rest, input)
            : awk(rest, input);
    }
    case 'jq':
    case 'yq':
      return dataQuery(name, args, (f) => fileText(f, ctx), stdin);
    case 'sort':
    case 'uniq':
      // The same lines (order and repeats do not change what a loop over them installs).
      return args.every((a) => a.startsWith('-')) ? stdin : null;
    case 'head':
    case 'tail': {
      let n = 10;
      const files: string[] = [];
      for (let k = 0; k < args.length; k++) {
        const m = /^(?:-n|-|--lines=|-n)(\d+)$/.exec(args[k]!);
        if (m) n = Number(m[1]);
        else if (args[k] === '-n' && /^\d+$/.test(args[k + 1] ?? '')) n = Number(args[++k]);
        else if (args[k]!.startsWith('-')) return null;
        else files.push(args[k]!);
      }
      const input = files.length === 0 ? stdin : files.length === 1 ? fileLines(files[0]!, ctx) : null;
      return input && firstOrLast(name, input, n);
    }
    default:
      return null;
  }
}

function firstOrLast(name: string, lines: Line[], n: number): Line[] {
  return name === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
}

function fileLines(path: string, ctx: StreamContext): Line[] | null {
  // A file the script wrote itself (`echo PKG > /tmp/list`), wherever it is.
  const written = /^[\w./@+-]+$/.test(path) ? ctx.written?.(path) : undefined;
  if (written !== undefined) return written;
  const f = fileText(path, ctx);
  return f ? toLines(f.text, f.file) : null;
}

/** A repository file named by a plain relative path; null for anything else or a file not known. */
function fileText(path: string, ctx: StreamContext): { file: string; text: string } | null {
  if (!/^[\w./@+-]+$/.test(path) || path.startsWith('/')) return null;
  return ctx.file(path);
}

/** `grep [-v] [-E|-F] [-x] [-i] [-e] PATTERN [FILE…]` over known lines. */
function grep(args: string[], stdin: Line[] | null, ctx: StreamContext): Line[] | null {
  let invert = false;
  let mode: 'basic' | 'extended' | 'fixed' = 'basic';
  let whole = false;
  let flags = '';
  const patterns: string[] = [];
  const files: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '-e') patterns.push(args[++k] ?? '');
    else if (/^-[vEFxi]+$/.test(a)) {
      if (a.includes('v')) invert = true;
      if (a.includes('E')) mode = 'extended';
      if (a.includes('F')) mode = 'fixed';
      if (a.includes('x')) whole = true;
      if (a.includes('i')) flags = 'i';
    } else if (a.startsWith('-')) return null;
    else if (patterns.length === 0 && !args.includes('-e')) patterns.push(a);
    else files.push(a);
  }
  let input = stdin;
  if (files.length > 0) {
    input = [];
    for (const f of files) {
      const read = fileLines(f, ctx);
      if (!read) return null;
      input.push(...read);
    }
  }
  if (!input || patterns.length === 0) return null;
  const tests: RegExp[] = [];
  for (const p of patterns) {
    const source = mode === 'fixed' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p;
    const re = posixRegExp(source, mode !== 'basic', input, flags);
    if (!re) return null;
    tests.push(whole ? new RegExp(`^(?:${re.source})$`, flags) : re);
  }
  return input.filter((l) => tests.some((t) => t.test(l.text)) !== invert);
}

/** `printf FORMAT ARGS…`: `%s`, `%b`, `%d` and the common escapes; the format is reused for extra arguments. */
export function printf(format: string, args: readonly string[]): string {
  const escapes = (s: string) =>
    s.replace(/\\([nt\\"'])/g, (_m, e: string) => (e === 'n' ? '\n' : e === 't' ? '\t' : e));
  let out = '';
  let k = 0;
  let guard = 0;
  do {
    let used = false;
    out += escapes(format).replace(/%([-0-9.]*)([sbdqc%])/g, (_m, _w, conv: string) => {
      if (conv === '%') return '%';
      used = true;
      const a = args[k++] ?? '';
      return conv === 'b' ? escapes(a) : a;
    });
    if (!used) break;
  } while (k < args.length && ++guard < MAX_LINES);
  return out;
}
