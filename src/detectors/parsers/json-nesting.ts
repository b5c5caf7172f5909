import type { ScanError } from '../../model/component.js';

/**
 * The nesting bound for JSON and JSONC, checked by one linear scan before any detector parses the
 * file (so a detector that skips a document's syntax errors, or parses it with a recursive
 * library, never sees a 100,000-deep document). Brackets inside strings and comments are text.
 */
/** A run of characters none of which is a bracket, a quote or a slash. */
const QUIET_RUN = /[^{}[\]"/]*/y;

export function jsonNestingError(path: string, text: string, maxDepth: number): ScanError | null {
  let depth = 0;
  const n = text.length;
  let nl = text.indexOf('\n'); // the next line break at or after a string's start
  for (let i = 0; i < n; i++) {
    // Characters other than brackets, quotes and slashes change nothing: skipped natively.
    QUIET_RUN.lastIndex = i;
    QUIET_RUN.test(text);
    i = QUIET_RUN.lastIndex;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      // { [
      if (++depth > maxDepth) {
        let line = 1;
        let lineStart = 0;
        for (let k = text.indexOf('\n'); k !== -1 && k < i; k = text.indexOf('\n', k + 1)) {
          line++;
          lineStart = k + 1;
        }
        return {
          file: path,
          line,
          column: i - lineStart + 1,
          message: `nesting deeper than ${maxDepth} levels`,
        };
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x22) {
      // A string: jump to its closing quote (one not escaped by an odd run of backslashes); a raw
      // line break ends it, as parsers read it.
      let j = i;
      for (;;) {
        j = text.indexOf('"', j + 1);
        if (j === -1) {
          j = n;
          break;
        }
        let b = j - 1;
        while (b > i && text.charCodeAt(b) === 0x5c) b--;
        if ((j - 1 - b) % 2 === 0) break;
      }
      if (nl !== -1 && nl < i) nl = text.indexOf('\n', i);
      if (nl !== -1 && nl < j) j = nl;
      i = j;
    } else if (c === 0x2f && i + 1 < n) {
      // Comments (JSONC).
      const d = text.charCodeAt(i + 1);
      if (d === 0x2f) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? n : end;
      } else if (d === 0x2a) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 ? n : end + 1;
      }
    }
  }
  return null;
}
