// The engine's JSON/JSONC nesting bound: one linear pass, brackets in strings and comments are
// text, and it agrees with the real depth of any JSON document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import { jsonNestingError } from '../../src/detectors/parsers/json-nesting.js';
import { detectorsFor } from '../../src/inventory/engine.js';

function depthOf(v: unknown): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf));
  if (v !== null && typeof v === 'object') return 1 + Math.max(0, ...Object.values(v).map(depthOf));
  return 0;
}

describe('jsonNestingError', () => {
  it('agrees with the real depth of arbitrary JSON, pretty or not', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
        const d = depthOf(value);
        expect(jsonNestingError('f.json', text, d)).toBeNull();
        if (d > 0)
          expect(jsonNestingError('f.json', text, d - 1)?.message).toBe(
            `nesting deeper than ${d - 1} levels`,
          );
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('counts no bracket inside strings (with escaped quotes and backslashes) or comments', () => {
    const text = [
      '{',
      '  // [[[[ {{{{',
      '  /* [[[[',
      '     {{{{ */',
      '  "a": "[[[[\\"[[[[\\\\",',
      '  "b": "\\\\\\"{{{{"',
      '}',
    ].join('\n');
    expect(jsonNestingError('f.json', text, 1)).toBeNull();
    expect(jsonNestingError('f.json', '{"a": [[1]]}', 2)).toEqual({
      file: 'f.json',
      line: 1,
      column: 8,
      message: 'nesting deeper than 2 levels',
    });
    expect(jsonNestingError('f.json', '{\n"a":\n  [[1]]}', 2)).toMatchObject({ line: 3, column: 4 });
    // A raw line break ends a broken string, as parsers read it: what follows still counts.
    expect(jsonNestingError('f.json', '{"a": "open\n[[[[]]]]}', 3)).toMatchObject({ line: 2, column: 3 });
    expect(jsonNestingError('f.json', '"escaped \\\n[ "', 0)).toMatchObject({ line: 2, column: 1 });
  });

  it('on any text, reports what a plain character-by-character reading reports', () => {
    // The reading the scanner's native skips must equal: strings end at an unescaped quote or a
    // raw line break; comments (JSONC) are text; the first bracket past the bound is located.
    function reference(text: string, max: number): { line: number; column: number } | null {
      let depth = 0;
      let line = 1;
      let lineStart = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        } else if (c === '{' || c === '[') {
          if (++depth > max) return { line, column: i - lineStart + 1 };
        } else if (c === '}' || c === ']') depth--;
        else if (c === '"') {
          for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) {
            if (text[i] === '\\' && text[i + 1] !== '\n') i++;
          }
          if (text[i] === '\n') i--;
        } else if (c === '/' && text[i + 1] === '/') {
          while (i + 1 < text.length && text[i + 1] !== '\n') i++;
        } else if (c === '/' && text[i + 1] === '*') {
          const end = text.indexOf('*/', i + 2);
          const stop = end === -1 ? text.length - 1 : end + 1;
          for (; i < stop; i++)
            if (text[i + 1] === '\n') {
              line++;
              lineStart = i + 2;
            }
        }
      }
      return null;
    }
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('{', '}', '[', ']', '"', '\\', '\n', '/', '*', 'a', ' '), { maxLength: 60 }),
        fc.integer({ min: 0, max: 4 }),
        (chars, max) => {
          const text = chars.join('');
          const got = jsonNestingError('f.json', text, max);
          const want = reference(text, max);
          expect(got === null ? null : { line: got.line, column: got.column }).toEqual(want);
        },
      ),
      { numRuns: 20_000, seed: 20261205 },
    );
  });

  it('is linear: a 100,000-deep document and a string of 1,000,000 escaped quotes stay fast', () => {
    const t0 = performance.now();
    expect(jsonNestingError('f.json', '['.repeat(100_000), 512)).not.toBeNull();
    expect(jsonNestingError('f.json', '["' + '\\"'.repeat(1_000_000) + '"]', 512)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("applies to every file a JSON or JSONC detector reads, by the detectors' declared syntax", () => {
    const json = (p: string) => detectorsFor(p).some((d) => d.syntax === 'json' || d.syntax === 'jsonc');
    for (const p of [
      'package.json',
      'a/package-lock.json',
      'bun.lock',
      'x/deno.lock',
      'Pipfile.lock',
      '.vscode/extensions.json',
      '.devcontainer/devcontainer.json',
    ])
      expect(json(p)).toBe(true);
    for (const p of [
      'yarn.lock',
      'poetry.lock',
      'uv.lock',
      'pdm.lock',
      'pnpm-lock.yaml',
      'bun.lockb',
      'Dockerfile',
      'x.json.txt',
    ])
      expect(json(p)).toBe(false);
  });

  it('cannot be lost by a detector of a .json file that forgets to declare its syntax', () => {
    for (const d of detectors) {
      for (const p of [
        'package.json',
        'a/package-lock.json',
        'npm-shrinkwrap.json',
        '.devcontainer/devcontainer.json',
        '.devcontainer.json',
        '.devcontainer-lock.json',
        '.vscode/extensions.json',
      ]) {
        if (d.matches(p)) expect([d.id, d.syntax]).toEqual([d.id, expect.stringMatching(/^jsonc?$/)]);
      }
    }
  });
});
