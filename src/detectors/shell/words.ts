// Reading one shell word: quotes, escapes, parameter expansions (`$V`, `${V}`,
// `${V:-default}`), command, process and backquote substitutions, ANSI-C strings. The statement
// lexer (shell.ts) extends this reader; `${V:-…}` arguments are read with it alone.
import { readBraced } from './parameter-ops.js';
import type { Part, Redirect, ShellProblem, Word } from './syntax.js';

/** Characters with no special meaning anywhere in a word. */
const PLAIN = /[^ \t\n\r;&|()<>'"\\$`]+/y;

/** Problems kept per script; the rest are dropped (one located problem is enough to fail). */
const MAX_PROBLEMS = 20;

export class WordReader {
  protected i: number;
  protected readonly problems: ShellProblem[] = [];
  /** Here-documents the last substitution read left open on its closing line. */
  protected handedOver: Redirect[] = [];

  constructor(
    protected readonly t: string,
    start: number,
    protected readonly end: number,
  ) {
    this.i = start;
  }

  protected problem(offset: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ offset, message });
  }

  /** The items of an array literal at `this.i` (`(`), up to its `)`. */
  private readArray(): Part {
    const t = this.t;
    const s = this.i++;
    const items: Word[] = [];
    while (this.i < this.end) {
      const c = t[this.i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === ')') {
        this.i++;
        return { k: 'array', items, raw: t.slice(s, this.i) };
      } else if (c === '#') {
        const nl = t.indexOf('\n', this.i);
        this.i = nl === -1 || nl > this.end ? this.end : nl;
      } else {
        const at = this.i;
        const w = this.readWord();
        if (this.i === at) this.i++;
        else items.push(w);
      }
    }
    this.problem(s, 'unterminated array');
    return { k: 'array', items, raw: t.slice(s, this.end) };
  }

  readAllAsWord(): Part[] {
    return this.readWord(true).parts;
  }

  /** Reads one word at `this.i`, up to an unquoted metacharacter. */
  protected readWord(whole = false): Word {
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
      else if (c === '(') {
        // `name=(a b c)`: an array literal is the value of the assignment.
        if (parts.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=$/.test(lit) && t.slice(start, this.i) === lit) {
          flush();
          parts.push(this.readArray());
          continue;
        }
        break;
      } else if (c === '<' || c === '>') {
        if (t[this.i + 1] === '(') {
          flush();
          const s = this.i;
          const close = this.substitutionEnd(this.i + 2);
          const heredocs = this.takeHandedOver();
          parts.push({
            k: 'opaque',
            raw: t.slice(s, close),
            script: { text: t.slice(s + 2, close - 1), start: s + 2, ...heredocs },
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
        lit = this.readSingleQuoted(parts, lit);
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
            parts.push(this.readBacktick(true));
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

  /**
   * A single-quoted string from `this.i` (at its quote). A GitHub Actions expression in it is
   * still an expression: the runner replaces `${{ … }}` in the text before the shell reads it.
   * Returns the literal text that follows the last expression (parts takes what precedes it).
   */
  private readSingleQuoted(parts: Part[], before: string): string {
    const t = this.t;
    let lit = before;
    let j = this.i + 1;
    for (;;) {
      const close = t.indexOf("'", j);
      const expr = t.indexOf('${{', j);
      if (expr !== -1 && expr < this.end && (close === -1 || expr < close)) {
        const end = t.indexOf('}}', expr + 3);
        if (end !== -1 && end + 2 <= this.end) {
          lit += t.slice(j, expr);
          if (lit) parts.push({ k: 'lit', text: lit });
          lit = '';
          parts.push({ k: 'opaque', raw: t.slice(expr, end + 2) });
          j = end + 2;
          continue;
        }
      }
      if (close === -1 || close >= this.end) {
        this.problem(this.i, 'unterminated single quote');
        lit += t.slice(j, this.end);
        this.i = this.end;
      } else {
        lit += t.slice(j, close);
        this.i = close + 1;
      }
      return lit;
    }
  }

  protected readBacktick(quoted = false): Part {
    const t = this.t;
    const s = this.i;
    let j = s + 1;
    while (j < this.end && t[j] !== '`') j += t[j] === '\\' ? 2 : 1;
    if (j >= this.end) {
      this.problem(s, 'unterminated backquote');
      j = this.end - 1;
    }
    this.i = Math.min(j + 1, this.end);
    return {
      k: 'opaque',
      raw: t.slice(s, this.i),
      script: { text: t.slice(s + 1, j), start: s + 1 },
      backquoted: true,
      ...(quoted ? { quoted: true as const } : {}),
    };
  }

  /**
   * Offset just past the `)` that closes the command or process substitution whose script starts
   * at `from`. The statement lexer reads the script itself (here-documents, comments and `case`
   * patterns may hold unbalanced parentheses and quotes); alone, this reader counts parentheses.
   */
  protected substitutionEnd(from: number): number {
    return this.matchParen(from);
  }

  private takeHandedOver(): { heredocs?: Redirect[] } {
    const heredocs = this.handedOver;
    this.handedOver = [];
    return heredocs.length > 0 ? { heredocs } : {};
  }

  /** Offset just past the `)` that closes a `(` opened before `from`. */
  protected matchParen(from: number): number {
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
  protected matchBrace(from: number): number {
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
  protected readDollar(inDouble: boolean): Part | null {
    const quoted = inDouble ? { quoted: true as const } : {};
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
      const close = arith ? this.matchParen(s + 2) : this.substitutionEnd(s + 2);
      this.i = close;
      const raw = t.slice(s, close);
      if (arith) return { k: 'opaque', raw };
      const heredocs = this.takeHandedOver();
      return {
        k: 'opaque',
        raw,
        script: { text: t.slice(s + 2, close - 1), start: s + 2, ...heredocs },
        ...quoted,
      };
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
      // Names, array elements (`${a[@]}`, `${a[0]}`), positional parameters (`${1:-latest}`,
      // `${10}`, `${@:2}`, which a caller's context sets) and their operations.
      const b = readBraced(inner);
      if (!b) return { k: 'opaque', raw };
      const defaults = /^:?[-=?+]$/.test(b.op);
      return {
        k: 'param',
        name: b.name,
        op: b.op,
        arg: defaults ? parseWordText(b.arg) : [],
        ...(defaults || b.op === '' ? {} : { rawArg: b.arg }),
        ...(b.second !== undefined ? { rawSecond: b.second } : {}),
        raw,
        ...quoted,
      };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(t.slice(s + 1, Math.min(this.end, s + 257)));
    if (m) {
      this.i = s + 1 + m[0].length;
      return { k: 'param', name: m[0], op: '', arg: [], raw: t.slice(s, this.i), ...quoted };
    }
    if (/[0-9@*#]/.test(n)) {
      // `$0`…`$9`, `$@`, `$*`, `$#`: known only where a caller's context gives the arguments.
      this.i = s + 2;
      return { k: 'param', name: n, op: '', arg: [], raw: t.slice(s, s + 2), ...quoted };
    }
    if (/[?$!-]/.test(n)) {
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
  return new WordReader(text, 0, text.length).readAllAsWord();
}
