// `xargs`: the command it runs gets the items of its input as arguments. The input is a here-string,
// a here-document, a file (`xargs -a pkgs.txt`, `xargs … < pkgs.txt`) or what the commands before it
// in the pipeline write (`echo`, `printf`, `cat pkgs.txt | grep -v '^#'`). Items are split as xargs
// splits them (blanks, quotes and backslashes; lines with `-d '\n'`, `-0`, `-I`); with `-I R` the
// command runs once per line, R replaced by it.
import { base } from './command-words.js';
import type { Expanded } from './expand.js';
import {
  commandWords,
  pipelineOutput,
  redirectedInput,
  toLines,
  type Line,
  type StreamContext,
} from './streams.js';
import type { Command } from './syntax.js';

/** Whether a command runs `xargs` (after wrappers such as `sudo`): its items come from stdin. */
export function xargsRuns(c: Command): boolean {
  for (const w of c.words) {
    const t = base(w.raw);
    if (t === 'xargs') return true;
    if (!['sudo', 'doas', 'command', 'nohup', 'time'].includes(t) && !t.startsWith('-')) return false;
  }
  return false;
}

interface XargsOptions {
  file?: string;
  replace?: string;
  lines: boolean;
}

function options(argv: readonly Expanded[]): XargsOptions | null {
  const at = argv.findIndex((a) => base(a.text) === 'xargs');
  const o: XargsOptions = { lines: false };
  for (let k = at + 1; k < argv.length; k++) {
    const a = argv[k]!.text;
    if (!a.startsWith('-')) break;
    const value = /^--(arg-file|replace|delimiter)=(.*)$/.exec(a);
    const next = () => argv[++k]?.text;
    if (a === '-a' || a === '--arg-file') o.file = next();
    else if (value?.[1] === 'arg-file') o.file = value[2];
    else if (a === '-I') o.replace = next();
    else if (a === '-i' || a === '--replace') o.replace = '{}';
    else if (value?.[1] === 'replace') o.replace = value[2];
    else if (/^-I./.test(a)) o.replace = a.slice(2);
    else if (
      a === '-0' ||
      a === '--null' ||
      a === '-d' ||
      a === '--delimiter' ||
      value?.[1] === 'delimiter'
    ) {
      o.lines = true;
      if (a === '-d' || a === '--delimiter') k++;
    } else if (/^-[nLPsE]$|^--(max-args|max-lines|max-procs|max-chars|eof)$/.test(a)) k++;
    if (o.file === undefined && (a === '-a' || a === '--arg-file')) return null;
  }
  return o;
}

/** xargs's own splitting of its input: blanks separate, quotes group, a backslash escapes. */
function items(lines: readonly Line[], o: XargsOptions): Line[] {
  if (o.lines || o.replace !== undefined)
    return lines
      .map((l) => ({ ...l, text: o.replace !== undefined ? l.text.trimStart() : l.text }))
      .filter((l) => l.text !== '');
  const out: Line[] = [];
  for (const l of lines) {
    const re = /(?:[^\s'"\\]|\\.|'[^']*'|"[^"]*")+/g;
    for (const m of l.text.matchAll(re))
      out.push({
        ...l,
        text: m[0].replace(/\\(.)|'([^']*)'|"([^"]*)"/g, (_x, e, s, d) => e ?? s ?? d ?? ''),
      });
  }
  return out;
}

/**
 * The commands an `xargs` command runs: `run` (the command after xargs and its options) with
 * the items of its input; `run` alone when the input is not known.
 */
export function xargsCommands(
  commands: readonly Command[],
  i: number,
  run: readonly Expanded[],
  ctx: StreamContext,
): Expanded[][] {
  const c = commands[i]!;
  const o = options(commandWords(c, ctx.lookup));
  if (!o || run.length === 0) return [[...run]];
  let input: Line[] | null | undefined;
  if (o.file !== undefined) {
    const valid = /^[\w./@+-]+$/.test(o.file);
    const written = valid ? ctx.written?.(o.file) : undefined;
    const f = valid && written === undefined ? ctx.file(o.file) : null;
    input = written !== undefined ? written : f ? toLines(f.text, f.file) : null;
  } else input = redirectedInput(c, ctx);
  if (input === undefined) input = i > 0 ? pipelineOutput(commands, i, ctx) : null;
  if (!input) return [[...run]];
  // Items stand at the `xargs` word (a word of their own, so that each keeps where it is written).
  const at = c.words.find((w) => base(w.raw) === 'xargs')!;
  const asWord = (l: Line, text = l.text): Expanded => ({
    text,
    unknown: false,
    start: at.start,
    word: at,
    ...(l.from ? { from: l.from } : {}),
  });
  const found = items(input, o);
  const r = o.replace;
  if (r === undefined || r === '') return [[...run, ...found.map((l) => asWord(l))]];
  return found.map((l) =>
    run.map((a) =>
      a.text.includes(r) ? { ...asWord(l, a.text.split(r).join(l.text)), start: a.start, word: a.word } : a,
    ),
  );
}
