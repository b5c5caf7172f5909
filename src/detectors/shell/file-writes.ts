// Text a command writes into a file by redirection: `echo "CC=2.1.150" >> "$GITHUB_ENV"`,
// `printf 'CC=%s\n' 2.1.150 > versions.env`, `cat >> FILE <<EOF`. The interpreter records them so
// a place that reads the file later (a workflow's next step reads `$GITHUB_ENV`) can take the
// values over.
import type { Expanded, VarValue } from './expand.js';
import { formatted } from './printf-builtin.js';
import type { Command } from './syntax.js';

export interface FileWrite {
  /** The redirection's target as written (`"$GITHUB_ENV"`). */
  target: string;
  /** What is written; unknown when any part of it is. */
  content: VarValue;
  line: number;
}

/** The write `argv` (echo, printf, cat of a here-document) makes by `command`'s redirection. */
export function fileWrite(command: Command, argv: readonly Expanded[], line: number): FileWrite | null {
  const out = command.redirects.find((r) => (r.op === '>>' || r.op === '>') && r.target);
  if (!out) return null;
  const name = argv[0]?.text;
  const args = argv.slice(1);
  let content: VarValue | null = null;
  if (name === 'echo') {
    let k = 0;
    while (/^-[neE]+$/.test(args[k]?.text ?? '')) k++;
    const words = args.slice(k);
    content = { text: words.map((a) => a.text).join(' '), unknown: words.some((a) => a.unknown) };
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
  return content ? { target: out.target!.raw, content, line } : null;
}
