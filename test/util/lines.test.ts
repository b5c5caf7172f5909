// The one place that maps offsets to lines: the index, the one-shot look-up and the one-pass batch
// agree with each other and with counting the line feeds before the offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex, lineAt, lineColumnAt, linesAt } from '../../src/util/lines.js';

const reference = (text: string, offset: number) => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
};

describe('offsets to lines', () => {
  it('agree with counting line feeds, on any text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', ' ') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const index = new LineIndex(text);
        const want = reference(text, offset);
        expect(lineColumnAt(text, offset)).toEqual(want);
        expect(lineAt(text, offset)).toBe(want.line);
        expect({ line: index.line(offset), column: index.column(offset) }).toEqual(want);
      }),
    );
  });

  it('maps increasing offsets in one pass', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('x', '\n') }), fc.array(fc.nat()), (text, ns) => {
        const offsets = ns.map((n) => n % (text.length + 1)).sort((a, b) => a - b);
        expect(linesAt(text, offsets)).toEqual(offsets.map((o) => lineAt(text, o)));
      }),
    );
  });

  it('clamps offsets outside the text', () => {
    expect(lineColumnAt('a\nbc', 99)).toEqual({ line: 2, column: 3 });
    expect(lineColumnAt('a\nbc', -4)).toEqual({ line: 1, column: 1 });
  });
});
