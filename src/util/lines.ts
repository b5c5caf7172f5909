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
