// A POSIX-shell tokenizer for static reading of install commands: quotes, escapes, line
// continuations, comments, operators, redirections, here-documents, parameter expansions
// (`$V`, `${V}`, `${V:-default}`), command and process substitutions. It never executes
// anything; words keep their parts so that expansion can happen later, in order, with the
// variables known at that point of the script.

/** One piece of a word. */
export type Part =
  | { k: 'lit'; text: string }
  | {
      k: 'param';
      name: string;
      /** `''` for `$V`/`${V}`; otherwise the operator of `${V<op>arg}`. */
      op: string;
      arg: Part[];
      raw: string;
    }
  | {
      /** Something whose value cannot be known statically: `$(…)`, backticks, `$?`, `${{ … }}`. */
      k: 'opaque';
      raw: string;
      /** Inner script of a command or process substitution, with its offset in the text. */
      script?: { text: string; start: number };
    };

export interface Word {
  parts: Part[];
  /** Offset of the word's first character in the scanned text. */
  start: number;
  raw: string;
}

export interface Redirect {
  op: string;
  target?: Word;
  /** Body of a here-document, with the offset where it starts. */
  heredoc?: { body: string; start: number };
}

export interface Command {
  words: Word[];
  redirects: Redirect[];
  start: number;
}

/** Commands joined by `|`; pipelines are separated by `;`, `&&`, `||`, `&` and newlines. */
export interface Pipeline {
  commands: Command[];
}

export interface ShellProblem {
  offset: number;
  message: string;
}

export interface ParsedScript {
  pipelines: Pipeline[];
  problems: ShellProblem[];
}

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

/** Characters with no special meaning anywhere in a word. */
const PLAIN = /[^ \t\n\r;&|()<>'"\\$`]+/y;

/** Problems kept per script; the rest are dropped (one located problem is enough to fail). */
const MAX_PROBLEMS = 20;

/**
 * Parses `text[start, end)` as a shell script. Offsets in the result are offsets into `text`.
 * Never throws; unterminated quotes, substitutions and here-documents are reported as problems
 * and read to the end.
 */
export function parseShell(text: string, start = 0, end = text.length): ParsedScript {
  return new Lexer(text, start, end).run();
}

class Lexer {
  private i: number;
  private readonly pipelines: Pipeline[] = [];
  private readonly problems: ShellProblem[] = [];
  private command: Command | null = null;
  private pipeline: Command[] = [];
  private pendingHeredocs: { delim: string; strip: boolean; redirect: Redirect; at: number }[] = [];

  constructor(
    private readonly t: string,
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
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
      } else if (c === ';' || c === '&' || c === '(' || c === ')') {
        if (c === '&' && t[this.i + 1] === '>') {
          this.readRedirect();
          continue;
        }
        this.i += c === ';' && t[this.i + 1] === ';' ? 2 : c === '&' && t[this.i + 1] === '&' ? 2 : 1;
        this.endPipeline();
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
        if (/^\d+$/.test(w.raw) && (t[this.i] === '>' || t[this.i] === '<') && t[this.i + 1] !== '(')
          continue;
        this.addWord(w);
      }
    }
    this.endPipeline();
    for (const h of this.pendingHeredocs) this.problem(h.at, `unterminated here-document (<<${h.delim})`);
    this.pendingHeredocs = [];
    return { pipelines: this.pipelines, problems: this.problems };
  }

  private problem(offset: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ offset, message });
  }

  private cmd(at: number): Command {
    if (!this.command) this.command = { words: [], redirects: [], start: at };
    return this.command;
  }

  private addWord(w: Word): void {
    const cmd = this.cmd(w.start);
    if (cmd.words.length === 0 && RESERVED_PREFIX.has(w.raw)) return;
    cmd.words.push(w);
  }

  private endCommand(): void {
    const c = this.command;
    this.command = null;
    if (!c) return;
    if (c.words.length === 1 && RESERVED_ALONE.has(c.words[0]!.raw)) c.words = [];
    if (c.words.length > 0 || c.redirects.length > 0) this.pipeline.push(c);
  }

  private endPipeline(): void {
    this.endCommand();
    if (this.pipeline.length > 0) this.pipelines.push({ commands: this.pipeline });
    this.pipeline = [];
  }

  private readRedirect(): void {
    const t = this.t;
    const at = this.i;
    const m = /^(<<<|<<-|<<|<>|<&|<|>>|>&|>\||>|&>>|&>)/.exec(t.slice(this.i, this.i + 3));
    const op = m ? m[1]! : t[this.i]!;
    this.i += op.length;
    while (this.i < this.end && (t[this.i] === ' ' || t[this.i] === '\t')) this.i++;
    const redirect: Redirect = { op };
    this.cmd(at).redirects.push(redirect);
    if (this.i >= this.end || /[\n;&|()<>]/.test(t[this.i]!)) return;
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
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delim) {
          h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
          this.i = Math.min(nl + 1, this.end);
          found = true;
          break;
        }
        this.i = nl + 1;
      }
      if (!found) {
        this.i = this.end;
        h.redirect.heredoc = { body: t.slice(bodyStart, this.end), start: bodyStart };
        this.problem(h.at, `unterminated here-document (<<${h.delim})`);
      }
    }
    this.pendingHeredocs = [];
  }

  /** Reads the whole text as the parts of one word (metacharacters are literal). */
  readAllAsWord(): Part[] {
    return this.readWord(true).parts;
  }

  /** Reads one word at `this.i`, up to an unquoted metacharacter. */
  private readWord(whole = false): Word {
    const t = this.t;
    const start = this.i;
    const parts: Part[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit) parts.push({ k: 'lit', text: lit });
      lit = '';
    };
    while (this.i < this.end) {
      // Runs of ordinary characters in one step.
      PLAIN.lastIndex = this.i;
      const run = PLAIN.exec(t);
      if (run) {
        const seg = this.i + run[0].length > this.end ? run[0].slice(0, this.end - this.i) : run[0];
        lit += seg;
        this.i += seg.length;
        continue;
      }
      const c = t[this.i]!;
      if (whole) {
        // Metacharacters are literal inside a `${V:-…}` argument.
      } else if (
        c === ' ' ||
        c === '\t' ||
        c === '\n' ||
        c === '\r' ||
        c === ';' ||
        c === '&' ||
        c === '|' ||
        c === ')'
      )
        break;
      else if (c === '(') break;
      else if (c === '<' || c === '>') {
        if (t[this.i + 1] === '(') {
          flush();
          const s = this.i;
          const close = this.matchParen(this.i + 2);
          parts.push({
            k: 'opaque',
            raw: t.slice(s, close),
            script: { text: t.slice(s + 2, close - 1), start: s + 2 },
          });
          this.i = close;
          continue;
        }
        break;
      }
      if (c === '\\') {
        const n = t[this.i + 1];
        if (n === '\n') this.i += 2;
        else if (n === '\r' && t[this.i + 2] === '\n') this.i += 3;
        else if (n === undefined || this.i + 1 >= this.end) this.i++;
        else {
          lit += n;
          this.i += 2;
        }
      } else if (c === "'") {
        const close = t.indexOf("'", this.i + 1);
        if (close === -1 || close >= this.end) {
          this.problem(this.i, 'unterminated single quote');
          lit += t.slice(this.i + 1, this.end);
          this.i = this.end;
        } else {
          lit += t.slice(this.i + 1, close);
          this.i = close + 1;
        }
      } else if (c === '"') {
        const q = this.i;
        this.i++;
        let closed = false;
        while (this.i < this.end) {
          const d = t[this.i]!;
          if (d === '"') {
            this.i++;
            closed = true;
            break;
          }
          if (d === '\\') {
            const n = t[this.i + 1];
            if (n === '\n') this.i += 2;
            else if (n === '$' || n === '`' || n === '"' || n === '\\') {
              lit += n;
              this.i += 2;
            } else {
              lit += d;
              this.i++;
            }
          } else if (d === '$') {
            const p = this.readDollar(true);
            if (p) {
              flush();
              parts.push(p);
            } else {
              lit += '$';
              this.i++;
            }
          } else if (d === '`') {
            flush();
            parts.push(this.readBacktick());
          } else {
            lit += d;
            this.i++;
          }
        }
        if (!closed) this.problem(q, 'unterminated double quote');
      } else if (c === '$') {
        const p = this.readDollar(false);
        if (p) {
          flush();
          if (p.k === 'lit') lit += p.text;
          else parts.push(p);
        } else {
          lit += '$';
          this.i++;
        }
      } else if (c === '`') {
        flush();
        parts.push(this.readBacktick());
      } else {
        lit += c;
        this.i++;
      }
    }
    flush();
    return { parts, start, raw: t.slice(start, this.i) };
  }

  private readBacktick(): Part {
    const t = this.t;
    const s = this.i;
    let j = s + 1;
    while (j < this.end && t[j] !== '`') j += t[j] === '\\' ? 2 : 1;
    if (j >= this.end) {
      this.problem(s, 'unterminated backquote');
      j = this.end - 1;
    }
    this.i = Math.min(j + 1, this.end);
    return { k: 'opaque', raw: t.slice(s, this.i), script: { text: t.slice(s + 1, j), start: s + 1 } };
  }

  /** Offset just past the `)` that closes a `(` opened before `from`. */
  private matchParen(from: number): number {
    const t = this.t;
    let depth = 1;
    let j = from;
    while (j < this.end) {
      const c = t[j]!;
      if (c === '\\') j += 2;
      else if (c === "'") {
        const close = t.indexOf("'", j + 1);
        j = close === -1 || close >= this.end ? this.end : close + 1;
      } else if (c === '"') {
        j++;
        while (j < this.end && t[j] !== '"') j += t[j] === '\\' ? 2 : 1;
        j++;
      } else if (c === '(') {
        depth++;
        j++;
      } else if (c === ')') {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    this.problem(from - 2, 'unterminated substitution');
    return this.end;
  }

  /** Offset just past the `}` that closes a `${` whose content starts at `from`. */
  private matchBrace(from: number): number {
    const t = this.t;
    let depth = 1;
    let j = from;
    while (j < this.end) {
      const c = t[j]!;
      if (c === '\\') j += 2;
      else if (c === "'") {
        const close = t.indexOf("'", j + 1);
        j = close === -1 || close >= this.end ? this.end : close + 1;
      } else if (c === '"') {
        j++;
        while (j < this.end && t[j] !== '"') j += t[j] === '\\' ? 2 : 1;
        j++;
      } else if (c === '$' && t[j + 1] === '{') {
        depth++;
        j += 2;
      } else if (c === '}') {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    return -1;
  }

  /** Reads a `$…` construct at `this.i`; null when the `$` is a literal dollar sign. */
  private readDollar(inDouble: boolean): Part | null {
    const t = this.t;
    const s = this.i;
    const n = t[s + 1];
    if (n === undefined || s + 1 >= this.end) return null;
    if (n === "'" && !inDouble) {
      // ANSI-C quoting.
      let j = s + 2;
      let out = '';
      while (j < this.end && t[j] !== "'") {
        if (t[j] === '\\' && j + 1 < this.end) {
          const e = t[j + 1]!;
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
        } else out += t[j++];
      }
      if (j >= this.end) this.problem(s, 'unterminated single quote');
      this.i = Math.min(j + 1, this.end);
      return { k: 'lit', text: out };
    }
    if (n === '(') {
      const arith = t[s + 2] === '(';
      const close = this.matchParen(s + 2);
      this.i = close;
      const raw = t.slice(s, close);
      return arith
        ? { k: 'opaque', raw }
        : { k: 'opaque', raw, script: { text: t.slice(s + 2, close - 1), start: s + 2 } };
    }
    if (n === '{') {
      if (t[s + 2] === '{') {
        // A GitHub Actions expression `${{ … }}`.
        let close = t.indexOf('}}', s + 3);
        close = close === -1 || close + 2 > this.end ? this.end : close + 2;
        this.i = close;
        return { k: 'opaque', raw: t.slice(s, close) };
      }
      const close = this.matchBrace(s + 2);
      if (close === -1) {
        this.problem(s, 'unterminated ${');
        this.i = this.end;
        return { k: 'opaque', raw: t.slice(s, this.end) };
      }
      this.i = close;
      const raw = t.slice(s, close);
      const inner = t.slice(s + 2, close - 1);
      // Names, and positional parameters (`${1:-latest}`, `${10}`), which a caller's context sets.
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+)(?:(:?[-=?+])([\s\S]*))?$/.exec(inner);
      if (!m) return { k: 'opaque', raw };
      const arg = m[3] !== undefined ? parseWordText(m[3]) : [];
      return { k: 'param', name: m[1]!, op: m[2] ?? '', arg, raw };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(t.slice(s + 1, Math.min(this.end, s + 257)));
    if (m) {
      this.i = s + 1 + m[0].length;
      return { k: 'param', name: m[0], op: '', arg: [], raw: t.slice(s, this.i) };
    }
    if (/[1-9@*#]/.test(n)) {
      // `$1`…`$9`, `$@`, `$*`, `$#`: known only where a caller's context gives the arguments.
      this.i = s + 2;
      return { k: 'param', name: n, op: '', arg: [], raw: t.slice(s, s + 2) };
    }
    if (/[0?$!-]/.test(n)) {
      this.i = s + 2;
      return { k: 'opaque', raw: t.slice(s, s + 2) };
    }
    if (n === '"' && !inDouble) {
      // `$"…"` (locale translation) reads as a double-quoted string.
      this.i = s + 1;
      return { k: 'lit', text: '' };
    }
    return null;
  }
}

/** Parses the text of a `${V:-arg}` argument: quotes and expansions, no word splitting. */
function parseWordText(text: string): Part[] {
  return new Lexer(text, 0, text.length).readAllAsWord();
}
