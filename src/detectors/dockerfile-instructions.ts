// Splits a Dockerfile into instructions: keyword, where its arguments start and where it ends,
// across escaped line continuations (with the comment and blank lines the builder drops inside
// them) and here-documents. One linear pass. dockerfile-ast does the same but takes seconds on a
// megabyte-long instruction (7 s for a 1 MB RUN line, measured); test/detectors/dockerfile-
// instructions.test.ts checks this splitter against dockerfile-ast on every fixture.

export interface Instruction {
  keyword: string;
  /** Offset of the keyword. */
  start: number;
  /** Offset of the first argument character (after the keyword and its blanks). */
  argsStart: number;
  /** Offset just past the instruction's last character (its final newline excluded). */
  end: number;
}

const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

export function escapeCharacter(text: string): string {
  // Parser directives sit at the very top, before any instruction, comment or blank line.
  for (const raw of text.split('\n', 8)) {
    const m = /^#\s*([a-z]+)\s*=\s*(\S*)\s*$/i.exec(raw.replace(/\r$/, ''));
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape' && m[2] === '`') return '`';
  }
  return '\\';
}

export function splitInstructions(text: string, escape = escapeCharacter(text)): Instruction[] {
  const out: Instruction[] = [];
  const n = text.length;
  let i = 0;
  const lineEnd = (at: number): number => {
    const nl = text.indexOf('\n', at);
    return nl === -1 ? n : nl;
  };
  const endsWithEscape = (from: number, to: number): boolean => {
    let k = to;
    while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\r')) k--;
    return k > from && text[k - 1] === escape;
  };
  while (i < n) {
    const le = lineEnd(i);
    let s = i;
    while (s < le && (text[s] === ' ' || text[s] === '\t' || text[s] === '\r')) s++;
    if (s >= le || text[s] === '#') {
      i = le + 1;
      continue;
    }
    let k = s;
    while (k < le && /[A-Za-z]/.test(text[k]!)) k++;
    const keyword = text.slice(s, k).toUpperCase();
    let argsStart = k;
    while (argsStart < le && (text[argsStart] === ' ' || text[argsStart] === '\t')) argsStart++;
    // Follow continuations.
    let lastStart = i;
    let lastEnd = le;
    while (endsWithEscape(lastStart, lastEnd) && lastEnd < n) {
      let next = lastEnd + 1;
      // Comment and blank lines inside a continuation are dropped by the builder.
      for (;;) {
        const ne = lineEnd(next);
        if (next < n && /^\s*(#.*)?$/.test(text.slice(next, ne)) && ne < n) next = ne + 1;
        else break;
      }
      lastStart = next;
      lastEnd = lineEnd(next);
      if (next >= n) break;
    }
    let end = lastEnd;
    // Here-documents start on the line after the instruction.
    const head = text.slice(argsStart, lastEnd);
    if (
      head.includes('<<') &&
      (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD' || keyword === 'ONBUILD')
    ) {
      for (const m of head.matchAll(HEREDOC)) {
        const strip = m[1] === '-';
        const word = m[3]!;
        let p = end + 1;
        let found = false;
        while (p <= n) {
          const pe = lineEnd(p);
          let l = text.slice(p, pe).replace(/\r$/, '');
          if (strip) l = l.replace(/^\t+/, '');
          if (l === word) {
            end = pe;
            found = true;
            break;
          }
          if (pe >= n) break;
          p = pe + 1;
        }
        if (!found) end = n;
      }
    }
    out.push({
      keyword,
      start: s,
      argsStart: Math.min(argsStart, end),
      end: end > 0 && text[end - 1] === '\r' ? end - 1 : end,
    });
    i = end + 1;
  }
  return out;
}
