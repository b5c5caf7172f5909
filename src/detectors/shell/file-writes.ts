// Text a command writes into a file by redirection: `echo "CC=2.1.150" >> "$GITHUB_ENV"`,
// `printf 'CC=%s\n' 2.1.150 > versions.env`, `cat >> FILE <<EOF`. The interpreter records them so
// a place that reads the file later (a workflow's next step reads `$GITHUB_ENV`) can take the
// values over.
import { posix } from 'node:path';
import { expandWord, type Expanded, type Lookup, type VarValue } from './expand.js';
import { formatted } from './printf-builtin.js';
import { toLines, type Line } from './streams.js';
import type { Command } from './syntax.js';

const STDOUT_WRITES = new Set(['>', '>|', '>>', '&>', '&>>']);

export interface FileWrite {
  /** The redirection's target as written (`"$GITHUB_ENV"`). */
  target: string;
  /** The target's path, when its value is known (`/tmp/pkgs.txt`). */
  path?: string;
  /** `>>` adds to what the file holds; `>` replaces it. */
  append: boolean;
  /** What is written; unknown when any part of it is. */
  content: VarValue;
  line: number;
}

/** The write `argv` (echo, printf, cat of a here-document) makes by `command`'s redirection. */
export function fileWrite(
  command: Command,
  argv: readonly Expanded[],
  line: number,
  lookup?: Lookup,
): FileWrite | null {
  // Standard output into a file: `>`, `>|`, `>>`, `1>`, and `&>`/`&>>` (with standard error).
  const out = command.redirects.find(
    (r) => STDOUT_WRITES.has(r.op) && (r.fd === undefined || r.fd === 1) && r.target,
  );
  if (!out) return null;
  const name = argv[0]?.text;
  const args = argv.slice(1);
  let content: VarValue | null = null;
  if (name === 'echo') {
    let k = 0;
    while (/^-[neE]+$/.test(args[k]?.text ?? '')) k++;
    const words = args.slice(k);
    const newline = args.slice(0, k).some((a) => a.text.includes('n')) ? '' : '\n';
    content = { text: words.map((a) => a.text).join(' ') + newline, unknown: words.some((a) => a.unknown) };
  } else if (name === 'printf' && args[0]) {
    const text = formatted(
      args[0].text,
      args.slice(1).map((a) => a.text),
    );
    content = { text: text ?? '', unknown: text === null || args.some((a) => a.unknown) };
  } else if (name === 'cat' && args.length === 0) {
    const body = command.redirects.find((r) => r.heredoc)?.heredoc?.body;
    // An unquoted delimiter expands the body: with a `$` in it the text is not known.
    if (body !== undefined) content = { text: body, unknown: body.includes('$') || body.includes('`') };
  }
  if (!content) return null;
  const path = lookup ? expandWord(out.target!, lookup) : undefined;
  return {
    target: out.target!.raw,
    ...(path && !path.unknown ? { path: path.text } : {}),
    append: out.op.endsWith('>>'),
    content,
    line,
  };
}

/**
 * What the writes so far left in the file at `path`, each line written at the line of the
 * command that wrote it (in `file`, when known); null when some of it is not known, undefined
 * when nothing here wrote it.
 */
export function writtenLines(
  writes: readonly FileWrite[],
  path: string,
  file?: string,
): Line[] | null | undefined {
  let lines: Line[] | null | undefined;
  const wanted = posix.normalize(path);
  for (const w of writes) {
    if (w.path === undefined || posix.normalize(w.path) !== wanted) continue;
    const added = w.content.unknown
      ? null
      : toLines(w.content.text).map((l) => (file === undefined ? l : { ...l, from: { file, line: w.line } }));
    lines =
      !w.append || lines === undefined
        ? added
        : lines === null || added === null
          ? null
          : [...lines, ...added];
  }
  return lines;
}

/**
 * The writes of `tee [-a] FILE…`: what reaches its standard input (`stdin`, null when not known)
 * goes into each file, as it goes on to standard output.
 */
export function teeWrites(argv: readonly Expanded[], stdin: Line[] | null, line: number): FileWrite[] {
  let append = false;
  const out: FileWrite[] = [];
  const content: VarValue =
    stdin === null
      ? { text: '', unknown: true }
      : { text: stdin.map((l) => l.text + '\n').join(''), unknown: false };
  for (const a of argv.slice(1)) {
    if (/^-[aip]+$/.test(a.text) || a.text === '--append') {
      if (a.text.includes('a')) append = true;
      continue;
    }
    if (a.text.startsWith('-')) continue;
    out.push({ target: a.word.raw, ...(a.unknown ? {} : { path: a.text }), append, content, line });
  }
  return out;
}
