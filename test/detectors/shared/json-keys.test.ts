import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateKeys, locateMemberKeysFast } from '../../../src/detectors/parsers/json-keys.js';
import { firstSyntaxErrorOffset, parseJson } from '../../../src/detectors/parsers/json-parse.js';

const npm = join(import.meta.dirname, '../../fixtures/npm');
const lockfiles: string[] = [join(npm, 'edge-v3/package-lock.json')];
const generated = join(npm, '../lockfiles/generated');
for (const kind of readdirSync(generated).filter((k) => k.startsWith('npm@')))
  for (const c of readdirSync(join(generated, kind))) {
    const f = join(generated, kind, c, 'package-lock.json');
    if (existsSync(f) && !kind.includes('v1')) lockfiles.push(f);
  }

const PACKAGES = { keys: new Map([['packages', { record: true }]]) };

describe('key lines', () => {
  it('the fast member search agrees with the full scan and with jsonc-parser on real lockfiles', () => {
    for (const f of lockfiles) {
      const text = readFileSync(f, 'utf8');
      const keys = Object.keys((JSON.parse(text) as { packages: object }).packages);
      const fast = locateMemberKeysFast(text, 'packages', keys);
      const full = locateKeys(text, PACKAGES, 512);
      const table = full.tables.get(-1)!;
      expect(fast).toEqual(keys.map((k) => full.lines[table.get(k)!]));
      const tree = parseTree(text)!;
      const pk = tree.children!.find((p) => p.children![0]!.value === 'packages')!.children![1]!;
      expect(fast).toEqual(pk.children!.map((p) => text.slice(0, p.offset).split('\n').length));
    }
  });

  it('falls back (null) when the layout is not regular', () => {
    const t = '{\n  "packages": {\n    "a": {},\n    "b": {}\n  }\n}';
    expect(locateMemberKeysFast(t, 'packages', ['a', 'b'])).toEqual([3, 4]);
    expect(locateMemberKeysFast(t, 'packages', ['b', 'a'])).toBeNull();
    expect(locateMemberKeysFast(t, 'packages', ['a', 'c'])).toBeNull();
    expect(locateMemberKeysFast('{"packages":{"a":{}}}', 'packages', ['a'])).toBeNull();
    expect(
      locateMemberKeysFast('{\n  "packages": {\n    "\\u0061": {}\n  }\n}', 'packages', ['a']),
    ).toBeNull();
    // A value equal to a later key, and a key with characters JSON escapes.
    const v = '{\n  "packages": {\n    "x": {"resolved": "a"},\n    "a": {},\n    "q\\"z": {}\n  }\n}';
    expect(locateMemberKeysFast(v, 'packages', ['x', 'a', 'q"z'])).toEqual([3, 4, 5]);
  });

  it('records nested tables and reports nesting deeper than the limit with its offset', () => {
    const t = '{"dependencies": {"a": {"dependencies": {"b": {}}}, "c": {}}}';
    const entry = { keys: new Map<string, object>() };
    const deps = { record: true, each: entry };
    entry.keys.set('dependencies', deps);
    const r = locateKeys(t, { keys: new Map([['dependencies', deps]]) }, 512);
    expect([...r.tables.get(-1)!.keys()]).toEqual(['a', 'c']);
    const idA = r.tables.get(-1)!.get('a')!;
    expect([...r.tables.get(idA)!.keys()]).toEqual(['b']);
    expect(locateKeys('[[[[1]]]]', {}, 3).tooDeepAt).toBe(3);
    expect(locateKeys('// c\n[[ /* [ */ ]]', {}, 2, { comments: true }).tooDeepAt).toBeUndefined();
  });

  it('locates syntax errors without recursion', () => {
    expect(firstSyntaxErrorOffset('[1, 2,]')).toBe(6);
    expect(firstSyntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(firstSyntaxErrorOffset('['.repeat(200_000))).toBe(200_000);
    expect(firstSyntaxErrorOffset('{"a": [1, {"b": null}]}')).toBeUndefined();
    expect(parseJson('{\n  "a": tru\n}')).toEqual({
      error: { message: expect.stringMatching(/^invalid JSON: /) as unknown, line: 2, column: 8 },
    });
  });
});

describe('JSON error messages', () => {
  it('keep the reason and drop V8 position suffixes and text snippets', () => {
    const msg = (t: string) =>
      (parseJson(t) as { error: { message: string; line?: number; column?: number } }).error;
    expect(msg('x'.repeat(1000))).toEqual({
      message: "invalid JSON: Unexpected token 'x'",
      line: 1,
      column: 1,
    });
    expect(msg('{"a":1}}')).toEqual({
      message: 'invalid JSON: Unexpected non-whitespace character after JSON',
      line: 1,
      column: 8,
    });
    expect(msg('')).toEqual({ message: 'invalid JSON: Unexpected end of JSON input', line: 1, column: 1 });
    expect(msg('{"a":\n1')).toEqual({
      message: "invalid JSON: Expected ',' or '}' after property value",
      line: 2,
      column: 2,
    });
  });
});
