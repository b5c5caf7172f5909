// The one JSONC reader: JSONC as VS Code reads it, strict JSON with the same code, nesting bounded
// before jsonc-parser sees the text, the first error located.
import { describe, expect, it } from 'vitest';
import { JSONC, member, members, parseJsonc, stringValue } from '../../../src/detectors/parsers/jsonc.js';

const STRICT = { comments: false, trailingCommas: false, emptyIsNothing: false };

describe('parseJsonc', () => {
  it('reads comments and trailing commas as JSONC, and refuses them as strict JSON', () => {
    const text = '{\n  // a comment\n  "a": "x",\n}\n';
    const jsonc = parseJsonc(text, 'f.json', 64, JSONC);
    expect(jsonc.errors).toEqual([]);
    expect(stringValue(member(jsonc.root, 'a'))).toBe('x');
    expect(parseJsonc(text, 'f.json', 64, STRICT).errors).toEqual([
      { file: 'f.json', line: 2, column: 3, message: 'invalid JSON: InvalidCommentToken' },
    ]);
  });

  it('bounds nesting before parsing, located at the bracket past the bound', () => {
    const deep = '{"a":\n' + '['.repeat(10) + ']'.repeat(10) + '}';
    expect(parseJsonc(deep, 'f.json', 5, JSONC)).toMatchObject({
      root: undefined,
      errors: [{ file: 'f.json', line: 2, column: 5, message: 'nesting deeper than 5 levels' }],
    });
    expect(parseJsonc(deep, 'f.json', 11, JSONC).errors).toEqual([]);
  });

  it('an empty text is nothing as JSONC and an error as strict JSON', () => {
    expect(parseJsonc('', 'f.json', 8, JSONC)).toMatchObject({ root: undefined, errors: [] });
    expect(parseJsonc('  ', 'f.json', 8, STRICT).errors).toHaveLength(1);
  });

  it('keeps the members in text order; member() takes the last of a repeated key as JSON.parse does', () => {
    const { root } = parseJsonc('{"a": "1", "b": "2", "a": "3"}', 'f.json', 8, STRICT);
    expect(members(root).map((m) => m.key)).toEqual(['a', 'b', 'a']);
    expect(stringValue(member(root, 'a'))).toBe('3');
  });
});
