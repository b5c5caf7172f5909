// One-line flow collections (`{integrity: sha512-…, tarball: …}`, `[x64, arm64]`) in the lockfile
// YAML line reader (lockfile-yaml.ts): parsed to nested values, bounded in depth, every other form
// a located error.
import {
  decodeDoubleQuoted,
  decodeSingleQuoted,
  HASH,
  isBlank,
  isIndicator,
  isJsWhitespace,
  quoteEscaped,
  scanDoubleQuoted,
  scanSingleQuoted,
  SPACE,
} from './lockfile-yaml-scalars.js';

export type FlowValue = string | FlowValue[] | { [key: string]: FlowValue };

export class FlowError extends Error {}

/** A one-line flow collection: `{a: b, c: [d, 'e']}`. */
export class FlowParser {
  constructor(
    private readonly text: string,
    public pos: number,
    private readonly end: number,
    private readonly maxDepth: number,
  ) {}

  parseValue(depth = 0): FlowValue {
    if (depth > this.maxDepth) throw new FlowError('flow collection nested too deeply');
    this.skip();
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.parseMap(depth);
    if (c === 91) return this.parseSeq(depth);
    return this.parseScalar();
  }

  private skip(): void {
    while (this.pos < this.end && isBlank(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private parseMap(depth: number): FlowValue {
    this.pos++;
    const out: { [key: string]: FlowValue } = Object.create(null) as { [key: string]: FlowValue };
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow mapping does not end on its line');
      if (this.text.charCodeAt(this.pos) === 125) {
        this.pos++;
        return out;
      }
      const key = this.parseScalar(true);
      this.skip();
      if (this.text.charCodeAt(this.pos) !== 58) throw new FlowError('expected ":" in a flow mapping');
      this.pos++;
      this.skip();
      const c = this.text.charCodeAt(this.pos);
      const value = c === 44 || c === 125 ? '' : this.parseValue(depth + 1);
      if (key === '<<') throw new FlowError('merge keys ("<<") are not supported in a lockfile');
      if (key in out) throw new FlowError(`duplicate key ${JSON.stringify(key)}`);
      out[key] = value;
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow mapping does not end on its line');
      const d = this.text.charCodeAt(this.pos);
      if (d === 44) this.pos++;
      else if (d !== 125) throw new FlowError('expected "," or "}" in a flow mapping');
    }
  }

  private parseSeq(depth: number): FlowValue {
    this.pos++;
    const out: FlowValue[] = [];
    for (;;) {
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow sequence does not end on its line');
      if (this.text.charCodeAt(this.pos) === 93) {
        this.pos++;
        return out;
      }
      out.push(this.parseValue(depth + 1));
      this.skip();
      if (this.pos >= this.end) throw new FlowError('flow sequence does not end on its line');
      const d = this.text.charCodeAt(this.pos);
      if (d === 44) this.pos++;
      else if (d !== 93) throw new FlowError('expected "," or "]" in a flow sequence');
    }
  }

  private parseScalar(isKey = false): string {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 34 || c === 39) {
      const i = this.pos;
      const q = c === 34 ? scanDoubleQuoted(text, i, this.end) : scanSingleQuoted(text, i, this.end);
      if (q === -1) throw new FlowError('quoted scalar does not end on its line');
      let value: string | null;
      if (!quoteEscaped) value = text.slice(i + 1, q);
      else if (c === 34) value = decodeDoubleQuoted(text, i, q);
      else value = decodeSingleQuoted(text, i, q);
      if (value === null) throw new FlowError('unsupported escape in a double-quoted scalar');
      this.pos = q + 1;
      return value;
    }
    if (c === 38) throw new FlowError('YAML anchors ("&") are not supported in a lockfile');
    if (c === 42) throw new FlowError('YAML aliases ("*") are not supported in a lockfile');
    if (c === 33) throw new FlowError('YAML tags ("!") are not supported in a lockfile');
    if (isIndicator(c) && !(c === 45 && text.charCodeAt(this.pos + 1) !== SPACE)) {
      throw new FlowError(
        `unexpected ${JSON.stringify(text[this.pos] ?? 'end of line')} in a flow collection`,
      );
    }
    let j = this.pos;
    for (;;) {
      // Up to the next character that can end the scalar (a line ends at CR or LF), natively.
      PLAIN_RUN.lastIndex = j;
      PLAIN_RUN.test(text);
      j = Math.min(PLAIN_RUN.lastIndex, this.end);
      if (j >= this.end) break;
      const d = text.charCodeAt(j);
      if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125) break;
      if (
        d === 58 &&
        (j + 1 >= this.end || isBlank(text.charCodeAt(j + 1)) || isFlowEnd(text.charCodeAt(j + 1)))
      )
        break;
      if (d === HASH && isBlank(text.charCodeAt(j - 1)))
        throw new FlowError('comment inside a flow collection');
      j++;
    }
    let e = j;
    while (e > this.pos && isJsWhitespace(text.charCodeAt(e - 1))) e--;
    const value = text.slice(this.pos, e);
    if (!isKey && value === '') throw new FlowError('empty value in a flow collection');
    this.pos = j;
    return value;
  }
}

/** A run of characters none of which can end a plain scalar in a flow collection. */
const PLAIN_RUN = /[^,[\]{}:#\r\n]*/y;

function isFlowEnd(c: number): boolean {
  return c === 44 || c === 93 || c === 125;
}
