// Splits Nix source into code and strings, as the Nix lexer does: `#` and `/* */` comments,
// `"…"` strings (backslash escapes) and `''…''` indented strings (`'''`, `''$`, `''\x` escapes),
// both with `${…}` interpolations, which are code again (nesting braces counted).

export interface NixString {
  /** The string's raw content (interpolations kept as written). */
  text: string;
  /** Offset of the content's first character in the source. */
  start: number;
}

export interface NixSource {
  /** The source with comments and string contents blanked (newlines kept): code only, same offsets. */
  code: string;
  strings: NixString[];
}

type Frame = { kind: 'code'; depth: number } | { kind: 'dq' | 'ind'; start: number };

export function lexNix(text: string): NixSource {
  const out = text.split('');
  const strings: NixString[] = [];
  const blank = (from: number, to: number) => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  // The stack: the code at the top level, strings, and the code of their interpolations.
  const stack: Frame[] = [{ kind: 'code', depth: 0 }];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const top = stack[stack.length - 1]!;
    const c = text[i]!;
    if (top.kind === 'code') {
      if (c === '#') {
        const end = text.indexOf('\n', i);
        const stop = end === -1 ? n : end;
        blank(i, stop);
        i = stop;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        blank(i, stop);
        i = stop;
      } else if (c === '"') {
        stack.push({ kind: 'dq', start: i + 1 });
        i++;
      } else if (c === "'" && text[i + 1] === "'") {
        stack.push({ kind: 'ind', start: i + 2 });
        i += 2;
      } else if (c === '{') {
        top.depth++;
        i++;
      } else if (c === '}') {
        if (top.depth === 0 && stack.length > 1) {
          // The end of an interpolation: back in its string.
          blank(i, i + 1);
          stack.pop();
        } else if (top.depth > 0) top.depth--;
        i++;
      } else i++;
      continue;
    }
    // Inside a string.
    const close = (contentEnd: number, next: number) => {
      strings.push({ text: text.slice(top.start, contentEnd), start: top.start });
      stack.pop();
      i = next;
    };
    if (top.kind === 'dq') {
      if (c === '\\') {
        blank(i, i + 2);
        i += 2;
      } else if (c === '"') close(i, i + 1);
      else if (c === '$' && text[i + 1] === '{') {
        blank(i, i + 2);
        stack.push({ kind: 'code', depth: 0 });
        i += 2;
      } else {
        blank(i, i + 1);
        i++;
      }
      continue;
    }
    // Indented string.
    if (c === "'" && text[i + 1] === "'") {
      const after = text[i + 2];
      if (after === "'" || after === '$') {
        blank(i, i + 3);
        i += 3;
      } else if (after === '\\') {
        blank(i, i + 4);
        i += 4;
      } else close(i, i + 2);
    } else if (c === '$' && text[i + 1] === '{') {
      blank(i, i + 2);
      stack.push({ kind: 'code', depth: 0 });
      i += 2;
    } else {
      blank(i, i + 1);
      i++;
    }
  }
  // An unterminated string runs to the end (nix itself refuses the file).
  for (const f of stack) if (f.kind !== 'code') strings.push({ text: text.slice(f.start), start: f.start });
  return { code: out.join(''), strings };
}
