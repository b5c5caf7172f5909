// The character-level pieces of the lockfile YAML line reader (lockfile-yaml.ts): which
// characters start or end a plain scalar, and the one-line quoted scalars (found, then decoded only
// when they hold escapes).

export const SPACE = 32;
export const TAB = 9;
export const CR = 13;
export const HASH = 35;

export function isDocumentMarker(text: string, i: number, end: number): boolean {
  const m = text.startsWith('---', i) ? 45 : text.startsWith('...', i) ? 46 : 0;
  if (!m) return false;
  return restIsEmpty(text, i + 3, end) && (i + 3 === end || text.charCodeAt(i + 3) === SPACE);
}

/** Characters that cannot start a plain scalar in a lockfile. */
export function isIndicator(c: number): boolean {
  switch (c) {
    case 45: // -
    case 63: // ?
    case 58: // :
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
  }
  return false;
}

export function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

export function restIsEmpty(text: string, i: number, end: number): boolean {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i === end) return true;
  if (text.charCodeAt(i) === HASH && isBlank(text.charCodeAt(i - 1))) return true;
  return false;
}

/** End of a plain scalar at `i`: up to a ` #` comment (within the line), right-trimmed of blanks. */
export function plainEnd(text: string, i: number, end: number): number {
  let j = i;
  for (; j < end; j++) {
    if (text.charCodeAt(j) === HASH && j > i && isBlank(text.charCodeAt(j - 1))) break;
  }
  while (j > i && isBlank(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Whether text[i, e) holds ": ", ":\t" or ends in ":". */
export function hasMappingColon(text: string, i: number, e: number): boolean {
  for (let j = i; j < e; j++) {
    if (text.charCodeAt(j) === 58 && (j + 1 === e || isBlank(text.charCodeAt(j + 1)))) return true;
  }
  return false;
}

/** What String.prototype.trim removes (WhiteSpace and LineTerminator). */
export function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Set by the quoted-scalar scanners: whether the scalar needs decoding (escapes, `''`). */
export let quoteEscaped = false;

/**
 * Finds the closing quote of a double-quoted scalar at `i` that ends on its line; -1 when it does
 * not. Sets `quoteEscaped` when it holds a backslash escape.
 */
export function scanDoubleQuoted(text: string, i: number, end: number): number {
  let j = i + 1;
  let escaped = false;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d === 34) break;
    if (d === 92) {
      escaped = true;
      j++;
    }
  }
  quoteEscaped = escaped;
  return j >= end ? -1 : j;
}

/**
 * The value of the double-quoted scalar text[i..q] that holds escapes; null when it uses an escape
 * outside JSON's (YAML's `\x`, `\e`, `\ `, … are rejected rather than reimplemented).
 */
export function decodeDoubleQuoted(text: string, i: number, q: number): string | null {
  try {
    // JSON forbids raw control characters; YAML allows tabs. Keep the literal text.
    return JSON.parse(text.slice(i, q + 1).replace(/\t/g, '\\t')) as string;
  } catch {
    return null;
  }
}

/**
 * Finds the closing quote of a single-quoted scalar at `i` that ends on its line (`''` is a quote
 * inside it); -1 when it does not. Sets `quoteEscaped` when it holds a `''`.
 */
export function scanSingleQuoted(text: string, i: number, end: number): number {
  let j = i + 1;
  let escaped = false;
  for (;;) {
    let q = j;
    while (q < end && text.charCodeAt(q) !== 39) q++;
    if (q >= end) {
      quoteEscaped = escaped;
      return -1;
    }
    if (q + 1 < end && text.charCodeAt(q + 1) === 39) {
      escaped = true;
      j = q + 2;
      continue;
    }
    quoteEscaped = escaped;
    return q;
  }
}

/** The value of the single-quoted scalar text[i..q]. */
export function decodeSingleQuoted(text: string, i: number, q: number): string {
  return text.slice(i + 1, q).replaceAll("''", "'");
}
