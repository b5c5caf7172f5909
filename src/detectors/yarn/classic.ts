// A line scanner for yarn classic (v1) lockfiles. It reads exactly the syntax of yarn's own
// tokenizer (`@yarnpkg/lockfile`): headers `key, "key":` at column 0, `key value` fields and
// `key:` objects indented by two spaces per level, `#` comments, CRLF. Anything yarn would reject
// or read differently (tabs, odd indentation, lone CR, merge-conflict markers, extra tokens,
// duplicate keys) is a located error instead of a guess.
import { lineAt } from '../../util/lines.js';

export interface ClassicEntry {
  /** 1-based line of the header. */
  line: number;
  /** The header's keys (descriptors), unquoted. */
  keys: string[];
  version?: string;
  resolved?: string;
  integrity?: string;
}

export interface ScanIssue {
  line: number;
  message: string;
}

export interface ClassicScan {
  entries: ClassicEntry[];
  errors: ScanIssue[];
}

const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const COMMA = 44;
const COLON = 58;
const TAB = 9;
const CR = 13;

/** Most errors one file reports before the scanner stops listing them. */
const maxErrors = 100;

// The token `readToken` read: its kind, and its value as text[tokenStart, tokenEnd) unless
// `tokenText` holds it (decoded escapes, numbers, booleans); `tokenNext` is the offset after it.
const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const ERROR = 3;
let tokenKind = STRING;
let tokenStart = 0;
let tokenEnd = 0;
let tokenText: string | null = null;
let tokenNext = 0;
let tokenError = '';

const kindNames = ['string', 'number', 'boolean'];

/** Characters inside a quoted string that need no look: not a quote, a backslash or a control. */
const STRING_RUN = /[^"\\\x00-\x1f]*/y;
/** Characters of a bare word: up to a colon, a space, a comma, a CR (or the line's end). */
const WORD_RUN = /[^:, \r\n]*/y;

/** Reads one token at `i` the way yarn's tokenizer does (strings, numbers, booleans, bare words). */
function readToken(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  tokenText = null;
  if (c === QUOTE) {
    let j = i + 1;
    let escaped = false;
    for (; j < end; j++) {
      // Ordinary string characters are skipped natively up to a quote, a backslash or a control.
      STRING_RUN.lastIndex = j;
      STRING_RUN.test(s);
      j = STRING_RUN.lastIndex;
      if (j >= end) break;
      const d = s.charCodeAt(j);
      if (d === QUOTE) break;
      if (d === 92) {
        escaped = true;
        j++; // backslash escape
      } else if (d < 32) return tokenFail('control character in a string');
    }
    if (j >= end) return tokenFail('unterminated string');
    tokenNext = j + 1;
    if (!escaped) return tokenSpan(STRING, i + 1, j);
    try {
      tokenText = JSON.parse(s.slice(i, j + 1)) as string;
      return (tokenKind = STRING);
    } catch {
      return tokenFail('invalid string escape');
    }
  }
  if (c >= 48 && c <= 57) {
    let j = i + 1;
    while (j < end && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    tokenNext = j;
    tokenText = String(Number(s.slice(i, j)));
    return (tokenKind = NUMBER);
  }
  if (s.startsWith('true', i)) {
    tokenNext = i + 4;
    tokenText = 'true';
    return (tokenKind = BOOLEAN);
  }
  if (s.startsWith('false', i)) {
    tokenNext = i + 5;
    tokenText = 'false';
    return (tokenKind = BOOLEAN);
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 45) {
    WORD_RUN.lastIndex = i + 1;
    WORD_RUN.test(s);
    const j = Math.min(WORD_RUN.lastIndex, end);
    tokenNext = j;
    return tokenSpan(STRING, i, j);
  }
  if (c === TAB) return tokenFail('tab character (yarn.lock is indented with spaces)');
  if (c === 60 || c === 61 || c === 62) return tokenFail('merge conflict marker');
  return tokenFail(`unexpected character ${JSON.stringify(s[i])}`);
}

function tokenSpan(kind: number, start: number, end: number): number {
  tokenStart = start;
  tokenEnd = end;
  return (tokenKind = kind);
}

function tokenFail(message: string): number {
  tokenError = message;
  return (tokenKind = ERROR);
}

/** The value of the token just read. */
function tokenValue(s: string): string {
  return tokenText ?? s.slice(tokenStart, tokenEnd);
}

/** Whether the token just read is the string `word`, without slicing it. */
function tokenIs(s: string, word: string): boolean {
  if (tokenText !== null) return tokenKind === STRING && tokenText === word;
  return tokenEnd - tokenStart === word.length && s.startsWith(word, tokenStart);
}

function skipSpaces(s: string, i: number, end: number): number {
  while (i < end && s.charCodeAt(i) === SPACE) i++;
  return i;
}

/** True when only spaces and an optional `#` comment remain. */
function atLineEnd(s: string, i: number, end: number): boolean {
  i = skipSpaces(s, i, end);
  return i === end || s.charCodeAt(i) === HASH;
}

export function scanYarnClassic(text: string, maxDepth = 512): ClassicScan {
  const entries: ClassicEntry[] = [];
  const errors: ScanIssue[] = [];
  const fail = (line: number, message: string): void => {
    if (errors.length < maxErrors) errors.push({ line, message });
  };

  const loneCr = findLoneCr(text);
  if (loneCr !== -1) {
    fail(lineAt(text, loneCr), 'carriage return without a line feed (yarn reads it as a line break)');
    return { entries, errors };
  }

  const seenKeys = new Set<string>();
  let current: ClassicEntry | null = null;
  // Indentation (in levels) a line may have: at most one deeper than an object opener above it.
  let maxLevel = 0;
  let lineNo = 0;
  const len = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos <= len) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = len;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === CR) end--;
    lineNo++;
    const lineStart = pos;
    pos = nl + 1;
    if (lineStart === len) break;

    let i = lineStart;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    if (indent % 2 !== 0) {
      fail(lineNo, 'odd number of spaces in indentation');
      maxLevel = 0;
      continue;
    }
    if (i === end) {
      // A blank line ends the entry for yarn's parser: nothing indented may follow it.
      maxLevel = 0;
      continue;
    }
    const level = indent / 2;
    if (level > maxDepth) {
      fail(lineNo, `nesting deeper than ${maxDepth} levels`);
      return { entries, errors };
    }
    if (level > maxLevel) {
      fail(lineNo, 'indented deeper than the line above allows (yarn stops reading here)');
      maxLevel = 0;
      continue;
    }
    if (text.charCodeAt(i) === HASH) {
      if (level === 0) {
        checkVersionComment(text.slice(i + 1, end), lineNo, fail);
        maxLevel = 0;
      }
      continue;
    }

    if (level === 0) {
      current = null;
      const keys: string[] = [];
      let j = i;
      let ok = true;
      for (;;) {
        const kind = readToken(text, j, end);
        if (kind === ERROR) {
          fail(lineNo, tokenError);
          ok = false;
          break;
        }
        if (kind !== STRING) {
          fail(lineNo, `entry key starts with a ${kindNames[kind]!}; yarn quotes such keys`);
          ok = false;
          break;
        }
        keys.push(tokenValue(text));
        j = skipSpaces(text, tokenNext, end);
        if (j < end && text.charCodeAt(j) === COMMA) {
          j = skipSpaces(text, j + 1, end);
          continue;
        }
        break;
      }
      if (!ok) {
        maxLevel = 0;
        continue;
      }
      if (j >= end || text.charCodeAt(j) !== COLON || !atLineEnd(text, j + 1, end)) {
        fail(lineNo, 'expected an entry header ending in ":"');
        maxLevel = 0;
        continue;
      }
      for (const k of keys) {
        if (seenKeys.has(k)) fail(lineNo, `duplicate entry key ${JSON.stringify(k)}`);
        else seenKeys.add(k);
      }
      current = { line: lineNo, keys };
      entries.push(current);
      maxLevel = 1;
      continue;
    }

    // A field line: `key value` or `key:` (an object opener).
    const keyKind = readToken(text, i, end);
    if (keyKind === ERROR) {
      fail(lineNo, tokenError);
      continue;
    }
    if (keyKind !== STRING) {
      fail(lineNo, `field key is a ${kindNames[keyKind]!}`);
      continue;
    }
    // Which recorded field this is (only entry fields, level 1, are read).
    const field =
      level !== 1 || current === null
        ? null
        : tokenIs(text, 'version')
          ? 'version'
          : tokenIs(text, 'resolved')
            ? 'resolved'
            : tokenIs(text, 'integrity')
              ? 'integrity'
              : null;
    let j = skipSpaces(text, tokenNext, end);
    if (j < end && text.charCodeAt(j) === COLON) {
      if (!atLineEnd(text, j + 1, end)) fail(lineNo, 'unexpected text after ":"');
      maxLevel = level + 1;
      continue;
    }
    if (j >= end || text.charCodeAt(j) === HASH) {
      fail(lineNo, `field ${JSON.stringify(tokenValue(text))} has no value`);
      continue;
    }
    if (readToken(text, j, end) === ERROR) {
      fail(lineNo, tokenError);
      continue;
    }
    j = tokenNext;
    if (!atLineEnd(text, j, end)) {
      fail(lineNo, 'unexpected text after the value');
      continue;
    }
    maxLevel = level;
    if (field !== null && current !== null) {
      if (current[field] !== undefined) fail(lineNo, `duplicate field ${JSON.stringify(field)}`);
      current[field] = tokenValue(text);
    }
  }
  return { entries, errors };
}

function checkVersionComment(
  comment: string,
  line: number,
  fail: (line: number, message: string) => void,
): void {
  const m = /^yarn lockfile v(\d+)$/.exec(comment.trim());
  if (m && m[1] !== '1') fail(line, `unknown yarn lockfile version v${m[1]} (this reader knows v1)`);
}

/** Offset of the first CR not followed by LF, or -1. */
export function findLoneCr(text: string): number {
  let i = text.indexOf('\r');
  while (i !== -1) {
    if (text.charCodeAt(i + 1) !== 10) return i;
    i = text.indexOf('\r', i + 2);
  }
  return -1;
}
