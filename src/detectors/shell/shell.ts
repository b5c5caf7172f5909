// A POSIX-shell tokenizer for static reading of install commands: quotes, escapes, line
// continuations, comments, operators, redirections, here-documents, parameter expansions
// (`$V`, `${V}`, `${V:-default}`), command and process substitutions. It never executes
// anything; words keep their parts so that expansion can happen later, in order, with the
// variables known at that point of the script. Word reading is in words.ts, the forms in syntax.ts.
import type { Command, ParsedScript, Pipeline, Redirect, ShellProblem, Word } from './syntax.js';
import { WordReader } from './words.js';

export type { Command, ParsedScript, Part, Pipeline, Redirect, ShellProblem, Word } from './syntax.js';

const RESERVED_PREFIX = new Set([
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  '{',
  '}',
  'time',
]);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', 'then', 'else', 'do', '{']);

/**
 * Parses `text[start, end)` as a shell script. Offsets in the result are offsets into `text`.
 * Never throws; unterminated quotes, substitutions and here-documents are reported as problems
 * and read to the end.
 */
export function parseShell(text: string, start = 0, end = text.length): ParsedScript {
  if (end - start > MAX_CACHED_LENGTH) return new Lexer(text, start, end).run();
  // The same script is read once per context that runs it (a callee of many callers, a function
  // body at each call, a loop body per value): its parse is read-only, so it is kept.
  let ranges = parsed.get(text);
  const key = start * MAX_TEXT + end;
  const hit = ranges?.get(key);
  if (hit) return hit;
  const result = new Lexer(text, start, end).run();
  if (!ranges) {
    if (parsed.size >= MAX_CACHED_TEXTS) parsed.delete(parsed.keys().next().value!);
    ranges = new Map();
    parsed.set(text, ranges);
  }
  if (ranges.size < MAX_CACHED_TEXTS) ranges.set(key, result);
  return result;
}

/** Parses kept, by text and range: the most recent texts, each up to this length. */
const parsed = new Map<string, Map<number, ParsedScript>>();
const MAX_CACHED_TEXTS = 256;
const MAX_CACHED_LENGTH = 256 * 1024;
const MAX_TEXT = 2 ** 26;

/** Substitutions nested deeper than this are matched by counting parentheses (hostile input). */
const MAX_NESTING = 64;

/** Where the lexer stands in a `case` statement: its word, a pattern list, or an item's body. */
type CasePhase = 'word' | 'pattern' | 'body';

class Lexer extends WordReader {
  private readonly pipelines: Pipeline[] = [];
  /** Open `(` subshells and groups; a `)` with none open ends a substitution's script. */
  private parens = 0;
  /** Enclosing `case` statements, innermost last. */
  private readonly cases: CasePhase[] = [];
  /** For a substitution's script: offset of the `)` that closed it, -1 while open. */
  closedAt = -1;
  private command: Command | null = null;
  private pipeline: Command[] = [];
  private pendingHeredocs: { delim: string; strip: boolean; redirect: Redirect; at: number }[] = [];
  private readonly openHeredocs: ShellProblem[] = [];

  constructor(
    t: string,
    start: number,
    end: number,
    /** Substitutions around this script; above 0 a `)` with no `(` open ends it. */
    private readonly nesting = 0,
  ) {
    super(t, start, end);
  }

  protected override substitutionEnd(from: number): number {
    if (this.nesting >= MAX_NESTING) return this.matchParen(from);
    const inner = new Lexer(this.t, from, this.end, this.nesting + 1);
    inner.run();
    if (inner.closedAt < 0) {
      this.problem(from - 2, 'unterminated substitution');
      return this.end;
    }
    this.pendingHeredocs.push(...inner.pendingHeredocs);
    this.handedOver = inner.pendingHeredocs.map((h) => h.redirect);
    return inner.closedAt + 1;
  }

  run(): ParsedScript {
    const t = this.t;
    while (this.i < this.end) {
      const c = t[this.i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
      } else if (c === '\\' && t[this.i + 1] === '\n') {
        this.i += 2;
      } else if (c === '\\' && t[this.i + 1] === '\r' && t[this.i + 2] === '\n') {
        this.i += 3;
      } else if (c === '#') {
        const nl = t.indexOf('\n', this.i);
        this.i = nl === -1 || nl > this.end ? this.end : nl;
      } else if (c === '\n') {
        this.i++;
        this.endPipeline();
        this.readHeredocBodies();
      } else if (c === ')') {
        const phase = this.cases[this.cases.length - 1];
        if (phase === 'pattern') {
          // `a|b)` ends a case pattern list; the item's commands follow.
          this.cases[this.cases.length - 1] = 'body';
          // The pattern is no command; `case WORD in` before it on the same line is one.
          const c = this.command;
          if (c?.words[0]?.raw === 'case' && c.words[2]?.raw === 'in') {
            c.words = c.words.slice(0, 3);
            this.endPipeline();
          } else this.command = null;
        } else if (this.parens > 0) {
          // The end of a subshell: a mark, so that the compound command has an extent.
          this.parens--;
          ((this.command ?? this.cmd(this.i)).marks ??= []).push(')');
        } else if (this.nesting > 0) {
          this.endPipeline();
          this.closedAt = this.i;
          break;
        }
        this.i++;
        this.endPipeline();
      } else if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern' && this.functionDefinition()) {
        continue;
      } else if (c === ';' || c === '&' || c === '(') {
        if (c === '&' && t[this.i + 1] === '>') {
          this.readRedirect();
          continue;
        }
        if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern') this.parens++;
        if (c === ';' && (t[this.i + 1] === ';' || t[this.i + 1] === '&') && this.cases.length > 0)
          this.cases[this.cases.length - 1] = 'pattern';
        this.i +=
          c === ';' && t[this.i + 1] === ';' && t[this.i + 2] === '&'
            ? 3
            : (c === ';' && (t[this.i + 1] === ';' || t[this.i + 1] === '&')) ||
                (c === '&' && t[this.i + 1] === '&')
              ? 2
              : 1;
        this.endPipeline();
        // A subshell's `(` is a mark on its first command (`f() ( … )`, `( cd x && … )`).
        if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern') this.cmd(this.i - 1).marks = ['('];
      } else if (c === '|') {
        if (t[this.i + 1] === '|') {
          this.i += 2;
          this.endPipeline();
        } else {
          this.i += t[this.i + 1] === '&' ? 2 : 1;
          this.endCommand();
        }
      } else if ((c === '<' || c === '>') && t[this.i + 1] === '(') {
        this.addWord(this.readWord());
      } else if (c === '<' || c === '>') {
        this.readRedirect();
      } else {
        const w = this.readWord();
        // An io-number (`2>&1`): all digits directly followed by a redirection operator.
        if (/^\d+$/.test(w.raw) && (t[this.i] === '>' || t[this.i] === '<') && t[this.i + 1] !== '(') {
          this.readRedirect(Number(w.raw));
          continue;
        }
        this.addWord(w);
      }
    }
    this.endPipeline();
    // A here-document without its delimiter line ends at the end of the text: bash accepts it
    // (with a warning), so it is no problem. One opened on the line that closes a substitution
    // (`x=$(cat <<EOF)`) takes the lines after it: the enclosing script reads them.
    if (this.closedAt < 0) this.readHeredocBodies();
    return { pipelines: this.pipelines, problems: this.problems, openHeredocs: this.openHeredocs };
  }

  private cmd(at: number): Command {
    if (!this.command) this.command = { words: [], redirects: [], start: at };
    return this.command;
  }

  private addWord(w: Word): void {
    const cmd = this.cmd(w.start);
    const top = this.cases.length - 1;
    if (cmd.words.length === 0) {
      if (w.raw === 'esac' && top >= 0 && this.cases[top] !== 'word') this.cases.pop();
      else if (w.raw === 'case') this.cases.push('word');
    } else if (this.cases[top] === 'word' && w.raw === 'in' && cmd.words[0]!.raw === 'case') {
      this.cases[top] = 'pattern';
    }
    // `function name {`: the name is defined by the group that follows.
    if (w.raw === '{' && cmd.words.length === 2 && cmd.words[0]!.raw === 'function') {
      this.endPipeline();
      this.cmd(w.start).marks = ['{'];
      return;
    }
    if (cmd.words.length === 0 && RESERVED_PREFIX.has(w.raw)) {
      (cmd.marks ??= []).push(w.raw);
      return;
    }
    cmd.words.push(w);
  }

  private endCommand(): void {
    const c = this.command;
    this.command = null;
    if (!c) return;
    if (c.words.length === 1 && RESERVED_ALONE.has(c.words[0]!.raw)) {
      (c.marks ??= []).push(c.words[0]!.raw);
      c.words = [];
    }
    if (c.words.length === 2 && c.words[0]!.raw === 'function' && /^[\w.:+-]+$/.test(c.words[1]!.raw))
      c.defines ??= c.words[1]!.raw;
    if (c.words.length > 0 || c.redirects.length > 0 || c.marks) this.pipeline.push(c);
  }

  /** `name ()` or `function name [()]` before a body: records the name, skips the `()`. */
  private functionDefinition(): boolean {
    const c = this.command;
    if (!c || c.redirects.length > 0) return false;
    const w = c.words;
    const name =
      w.length === 1 && w[0]!.raw !== 'function'
        ? w[0]!.raw
        : w.length === 2 && w[0]!.raw === 'function'
          ? w[1]!.raw
          : undefined;
    if (name === undefined || !/^[\w.:+-]+$/.test(name)) return false;
    const close = /^\([ \t]*\)/.exec(this.t.slice(this.i, Math.min(this.end, this.i + 64)));
    if (!close) return false;
    c.defines = name;
    this.i += close[0].length;
    this.endPipeline();
    return true;
  }

  private endPipeline(): void {
    this.endCommand();
    if (this.pipeline.length > 0) this.pipelines.push({ commands: this.pipeline });
    this.pipeline = [];
  }

  private readRedirect(fd?: number): void {
    const t = this.t;
    const at = this.i;
    const m = /^(<<<|<<-|<<|<>|<&|<|>>|>&|>\||>|&>>|&>)/.exec(t.slice(this.i, this.i + 3));
    const op = m ? m[1]! : t[this.i]!;
    this.i += op.length;
    while (this.i < this.end && (t[this.i] === ' ' || t[this.i] === '\t')) this.i++;
    const redirect: Redirect = { op };
    if (fd !== undefined) redirect.fd = fd;
    this.cmd(at).redirects.push(redirect);
    // A target is a word; `< <(cmd)` reads a process substitution.
    const procSub = (t[this.i] === '<' || t[this.i] === '>') && t[this.i + 1] === '(';
    if (this.i >= this.end || (/[\n;&|()<>]/.test(t[this.i]!) && !procSub)) return;
    const target = this.readWord();
    redirect.target = target;
    if (op === '<<' || op === '<<-') {
      const delim = target.parts.map((p) => (p.k === 'lit' ? p.text : p.raw)).join('');
      this.pendingHeredocs.push({ delim, strip: op === '<<-', redirect, at });
    }
  }

  private readHeredocBodies(): void {
    const t = this.t;
    for (const h of this.pendingHeredocs) {
      const bodyStart = this.i;
      let found = false;
      while (this.i < this.end) {
        let nl = t.indexOf('\n', this.i);
        if (nl === -1 || nl > this.end) nl = this.end;
        let line = t.slice(this.i, nl);
        if (line.endsWith('\r')) line = line.slice(0, -1);
        const tabs = h.strip ? /^\t*/.exec(line)![0].length : 0;
        line = line.slice(tabs);
        if (line === h.delim) {
          h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
          this.i = Math.min(nl + 1, this.end);
          found = true;
          break;
        }
        // Inside a substitution bash (5.2) also ends the body at a line that starts with the
        // delimiter and holds a `)` (`EOF)`): the rest of that line is read as the script again.
        if (this.nesting > 0 && line.startsWith(h.delim) && line.includes(')', h.delim.length)) {
          h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
          this.i += tabs + h.delim.length;
          for (const rest of this.pendingHeredocs.slice(this.pendingHeredocs.indexOf(h) + 1))
            rest.redirect.heredoc = { body: '', start: this.i };
          this.pendingHeredocs = [];
          return;
        }
        this.i = nl + 1;
      }
      if (!found) {
        this.i = this.end;
        h.redirect.heredoc = { body: t.slice(bodyStart, this.end), start: bodyStart };
        this.openHeredocs.push({ offset: h.at, message: `unterminated here-document (<<${h.delim})` });
      }
    }
    this.pendingHeredocs = [];
  }
}
