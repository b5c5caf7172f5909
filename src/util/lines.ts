// Offsets to 1-based lines and columns, the one place that counts line feeds: `LineIndex` for many
// look-ups in one text, `lineColumnAt`/`lineAt` for one, `linesAt` for increasing offsets in one pass.

/** 1-based line and column of a 0-based offset (clamped to the text), in one pass up to it. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  while (nl !== -1 && nl < o) {
    line++;
    lineStart = nl + 1;
    nl = text.indexOf('\n', nl + 1);
  }
  return { line, column: o - lineStart + 1 };
}

/** 1-based line of a 0-based offset. */
export function lineAt(text: string, offset: number): number {
  return lineColumnAt(text, offset).line;
}

/** 1-based lines of increasing offsets, in one pass over the line feeds. */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  const lines = new Array<number>(offsets.length);
  let line = 1;
  let nl = text.indexOf('\n');
  for (let k = 0; k < offsets.length; k++) {
    const off = offsets[k]!;
    while (nl !== -1 && nl < off) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    lines[k] = line;
  }
  return lines;
}

/**
 * Maps character offsets to 1-based lines and columns in O(log n) per look-up, after one
 * O(n) pass that records where each line starts. Build one per file, not per look-up.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    let i = text.indexOf('\n');
    while (i !== -1) {
      this.starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of a 0-based offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of a 0-based offset. */
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1;
  }

  /** 0-based offset of the start of a 1-based line. */
  offsetOfLine(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
  }
}
