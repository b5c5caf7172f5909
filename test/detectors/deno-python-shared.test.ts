// The shared helpers of the deno and Python detectors: PEP 503/508 parsing, and the TOML position
// scanner checked against smol-toml's parse of the same text.
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import {
  distributionFromFilename,
  eggName,
  exactVersion,
  normalizePyName,
  parsePep508,
} from '../../src/detectors/parsers/python.js';
import { jsonPath, parseJsonLocated } from '../../src/detectors/parsers/json-parse.js';
import {
  arrayHeaderLinesFast,
  locateArrayEntries,
  TomlPositions,
} from '../../src/detectors/parsers/toml-positions.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from './deno-python-input.js';

describe('PEP 503 and PEP 508', () => {
  it('normalises names', () => {
    expect(normalizePyName('Foo_Bar')).toBe('foo-bar');
    expect(normalizePyName('combination-._-.also_-._valid')).toBe('combination-also-valid');
    expect(normalizePyName('Claude_Agent.SDK')).toBe('claude-agent-sdk');
  });

  it('parses requirement strings', () => {
    expect(parsePep508('requests [security,socks] >= 2.8.1, == 2.8.* ; python_version < "2.7"')).toEqual({
      name: 'requests',
      extras: ['security', 'socks'],
      specifier: '>= 2.8.1, == 2.8.*',
      marker: 'python_version < "2.7"',
    });
    expect(parsePep508('name (>=1.0)')).toEqual({ name: 'name', extras: [], specifier: '>=1.0' });
    expect(parsePep508('pkg @ https://x/y.whl ; os_name == "nt"')).toEqual({
      name: 'pkg',
      extras: [],
      specifier: '',
      url: 'https://x/y.whl',
      marker: 'os_name == "nt"',
    });
    for (const bad of ['', '-pkg', 'pkg==', 'pkg >> 1', 'pkg[a', 'pkg @', 'pkg @ url junk', '__x__==1']) {
      expect(parsePep508(bad), bad).toBeNull();
    }
  });

  it('exact versions only for == / === pins', () => {
    expect(exactVersion('==1.0')).toBe('1.0');
    expect(exactVersion('=== 1.0-foo')).toBe('1.0-foo');
    expect(exactVersion('>=1, ==1.5')).toBe('1.5');
    expect(exactVersion('==1.5, ==1.6')).toBeNull();
    expect(exactVersion('==1.*')).toBeNull();
    expect(exactVersion('~=1.1')).toBeNull();
    expect(exactVersion('==${V}')).toBeNull();
    expect(exactVersion('')).toBeNull();
  });

  it('reads wheel and sdist file names and egg fragments', () => {
    expect(distributionFromFilename('claude_agent_sdk-0.1.5-py3-none-any.whl')).toEqual({
      name: 'claude_agent_sdk',
      version: '0.1.5',
    });
    expect(distributionFromFilename('x/numpy-1.9.2-cp34-none-win32.whl')).toEqual({
      name: 'numpy',
      version: '1.9.2',
    });
    expect(distributionFromFilename('aider_chat-0.86.1.tar.gz')).toEqual({
      name: 'aider_chat',
      version: '0.86.1',
    });
    expect(distributionFromFilename('1.26.8.zip')).toBeNull();
    expect(distributionFromFilename('readme.txt')).toBeNull();
    expect(eggName('git+https://x/y.git@v1#egg=claude_code_sdk&subdirectory=py')).toBe('claude_code_sdk');
    expect(eggName('https://x/y.zip')).toBeNull();
  });
});

describe('TOML positions', () => {
  it('agrees with smol-toml on the number of [[package]] tables of every TOML fixture', () => {
    for (const [dir, file, name] of [
      ['python/poetry-1', 'poetry.lock', 'package'],
      ['python/poetry-2', 'poetry.lock', 'package'],
      ['python/uv', 'uv.lock', 'package'],
      ['python/pdm', 'pdm.lock', 'package'],
      ['python/pylock', 'pylock.toml', 'packages'],
    ] as const) {
      const text = readFileSync(join(fixtures, dir, file), 'utf8');
      const parsed = parse(text) as Record<string, unknown[]>;
      const lines = locateArrayEntries(new TomlPositions(text), name);
      expect(lines.length, file).toBe(parsed[name]!.length);
      const all = text.split('\n');
      for (const l of lines) expect(all[l - 1]).toBe(`[[${name}]]`);
    }
  });

  it('records keys, table headers and array element lines', () => {
    const text = [
      'top = 1',
      '[a.b]',
      'list = [',
      '  "one", # comment with ] and "',
      '  { k = [1, 2] },',
      "  '''multi",
      "  line''',",
      ']',
      '"quoted.key" = """x',
      '[[not]] = "in a string"',
      '"""',
      'after = true',
      '[[arr]]',
      'x = 1',
      '[[arr]]',
    ].join('\n');
    parse(text); // valid TOML
    const p = new TomlPositions(text);
    expect(p.key(['top'])).toEqual({ line: 1 });
    expect(p.tableLine(['a', 'b'])).toBe(2);
    expect(p.key(['a', 'b', 'list'])).toEqual({ line: 3, elements: [4, 5, 6] });
    expect(p.key(['a', 'b', 'quoted.key'])).toEqual({ line: 9 });
    expect(p.key(['a', 'b', 'after'])).toEqual({ line: 12 });
    expect(p.arrayTableLines(['arr'])).toEqual([13, 15]);
    expect(p.arrayTableLines(['not'])).toEqual([]);
  });

  it('never loops on text that is not TOML', () => {
    for (const s of ['[ } ]', 'a = [ } ]', 'a = { = }', '"unterminated', "a = '''", '[[', 'x = [1,,,]']) {
      expect(() => new TomlPositions(s)).not.toThrow();
    }
  });
});

describe('JSON key lines', () => {
  it('finds keys of the chosen objects past strings with braces, escapes and nesting', () => {
    const text = [
      '{',
      '  "a": { "x": "}{][\\"", "y": [ { "z": 1 } ] },',
      '  "npm": {',
      '    "k\\u0040 1": {},',
      '    "b": { "npm": { "deep": 1 } },',
      '    "c": "v"',
      '  }',
      '}',
    ].join('\n');
    const r = parseJsonLocated('f.json', text, ['', jsonPath('npm')], 512);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.keyLines.get('')!]).toEqual([
      ['a', 2],
      ['npm', 3],
    ]);
    expect([...r.keyLines.get(jsonPath('npm'))!]).toEqual([
      ['k@ 1', 4],
      ['b', 5],
      ['c', 6],
    ]);
  });

  it('stays linear on a long single line of many strings', () => {
    const text =
      '{"npm":{' +
      Array.from({ length: 200_000 }, (_, i) => `"p${i}@1.0.0":{"integrity":"x"}`).join(',') +
      '}}';
    const t0 = Date.now();
    const r = parseJsonLocated('f.json', text, [jsonPath('npm')], 512);
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(r.ok && r.keyLines.get(jsonPath('npm'))!.size).toBe(200_000);
  });
});

describe('position scanners against the parsers (property tests)', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 200);
  // Strings that try to look like headers, keys and delimiters.
  const tricky = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '[[package]]',
      '\n[[package]]\n',
      '"',
      "'",
      '"""',
      "'''",
      '#',
      '\\',
      ']',
      '}',
      '\r\n',
      'a = [',
      '\t',
    ),
  );
  const piece = fc.array(tricky, { maxLength: 6 }).map((a) => a.join(''));

  let invalid = 0;
  it('TomlPositions finds exactly the [[package]] headers smol-toml sees', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: piece,
            description: piece,
            style: fc.constantFrom('basic', 'multi', 'literal-multi', 'array', 'inline'),
            comment: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        (entries) => {
          const lines: string[] = ['# generated', 'version = 1', ''];
          const headerLines: number[] = [];
          for (const e of entries) {
            headerLines.push(lines.length + 1);
            lines.push('[[package]]' + (e.comment ? ' # [[package]] "x"' : ''));
            lines.push(`name = ${JSON.stringify(e.name)}`);
            const d = e.description;
            if (e.style === 'basic') lines.push(`description = ${JSON.stringify(d)}`);
            else if (e.style === 'multi')
              lines.push(`description = """\n${d.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"""`);
            else if (e.style === 'literal-multi') {
              if (d.includes("'''") || d.includes('\r')) lines.push(`description = ${JSON.stringify(d)}`);
              else lines.push(`description = '''\n${d}'''`);
            } else if (e.style === 'array')
              lines.push(`files = [\n  ${JSON.stringify(d)}, # ]\n  { a = ${JSON.stringify(d)} },\n]`);
            else lines.push(`source = { registry = ${JSON.stringify(d)}, x = [1, [2]] }`);
            lines.push('');
          }
          const text = lines.join('\n');
          let parsed: { package?: unknown[] };
          try {
            parsed = parse(text) as { package?: unknown[] };
          } catch {
            invalid++;
            return; // not valid TOML (e.g. control characters): nothing to compare
          }
          const expected = headerLines.length;
          expect(parsed.package?.length ?? 0).toBe(expected);
          // Header lines are counted over `\n` only; multi-line content may hold extra lines.
          const found = locateArrayEntries(new TomlPositions(text), 'package');
          expect(found).toHaveLength(expected);
          const all = text.split('\n');
          for (const l of found) expect(all[l - 1]!.startsWith('[[package]]')).toBe(true);
        },
      ),
      { numRuns: runs },
    );
    // Most generated documents must be valid TOML, or the property tests nothing.
    expect(invalid).toBeLessThan(runs / 2);
  });

  it('the fast [[package]] header search agrees with TomlPositions and smol-toml, or defers', () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            header: fc.constantFrom(
              '[[package]]',
              '  [[ package ]]',
              '\t[[package]] # c',
              '[["package"]]',
              "[['package']]",
            ),
            description: piece,
            extra: fc.constantFrom(
              '',
              'x = [\n  [[1, 2]],\n  [["package"]],\n]',
              '[[package.wheels]]\nurl = "u"',
              'y = "[[package]]"',
              "z = '''\n[[package]]\n'''",
              's = { a = [[1]] }',
            ),
          }),
          { maxLength: 6 },
        ),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (entries, eol, bom) => {
          const lines: string[] = ['# [[package]]', 'version = 1', ''];
          const headerLines: number[] = [];
          for (const e of entries) {
            headerLines.push(lines.length + 1);
            lines.push(e.header);
            lines.push(`name = ${JSON.stringify(e.description)}`);
            for (const l of e.extra.split('\n')) lines.push(l);
            lines.push('');
          }
          const text = (bom ? '\ufeff' : '') + lines.join(eol);
          let parsed: { package?: unknown[] };
          try {
            parsed = parse(bom ? text.slice(1) : text) as { package?: unknown[] };
          } catch {
            return; // not valid TOML: readTomlArray never looks for positions then
          }
          const count = parsed.package?.length ?? 0;
          const got = arrayHeaderLinesFast(text, 'package', count);
          if (got === null) return;
          fast++;
          expect(got).toEqual(locateArrayEntries(new TomlPositions(text), 'package'));
          expect(got).toEqual(headerLines);
        },
      ),
      { numRuns: runs },
    );
    expect(fast).toBeGreaterThan(runs / 10);
  });

  it('JSON key lines name the line of each key JSON.stringify wrote', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 10 }), (npm) => {
        const text = JSON.stringify({ version: '5', npm, z: { npm: { x: 1 } } }, null, 2);
        const r = parseJsonLocated('deno.lock', text, [jsonPath('npm')], 512);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const lines = text.split('\n');
        const got = r.keyLines.get(jsonPath('npm')) ?? new Map<string, number>();
        expect([...got.keys()].sort()).toEqual(Object.keys(npm).sort());
        for (const [k, line] of got)
          expect(lines[line - 1]!.startsWith('    ' + JSON.stringify(k) + ':')).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('JSON key lines agree with jsonc-parser on any layout, repeated keys and escapes', () => {
    // Objects written member by member, so that keys can repeat (JSON.parse keeps the last).
    const key = fc.oneof(
      fc.constantFrom('npm', 'packages', 'jsr', 'a', 'a\n"b', '\\', '__proto__'),
      fc.string(),
    );
    const value = fc.letrec<{ v: string }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }).map((x) => JSON.stringify(x)),
        fc
          .array(fc.tuple(key, tie('v'), fc.constantFrom('', ' ', '\n', '\n  ', '\r\n\t')), { maxLength: 5 })
          .map((ms) => `{${ms.map(([k, v, ws]) => `${ws}${JSON.stringify(k)}${ws}:${ws}${v}`).join(',')}}`),
        fc.array(tie('v'), { maxLength: 3 }).map((xs) => `[${xs.join(',\n')}]`),
      ),
    }));
    const paths = [[], ['npm'], ['npm', 'packages'], ['packages', 'jsr'], ['a']];
    const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
    /** The object JSON.parse keeps at `path` (the last member of each name), from the tree. */
    const objectAt = (root: Node | undefined, path: string[]): Node | undefined => {
      let node = root;
      for (const k of path) {
        if (node?.type !== 'object') return undefined;
        node = node.children!.filter((p) => p.children![0]!.value === k).pop()?.children![1];
      }
      return node?.type === 'object' ? node : undefined;
    };
    fc.assert(
      fc.property(value.v, (text) => {
        const r = parseJsonLocated(
          'f.json',
          text,
          paths.map((p) => jsonPath(...p)),
          512,
        );
        const root = parseTree(text);
        if (!r.ok) {
          expect(() => JSON.parse(text)).toThrow();
          return;
        }
        for (const path of paths) {
          const node = objectAt(root, path);
          const expected = new Map<string, number>();
          for (const p of node?.children ?? [])
            expected.set(p.children![0]!.value as string, lineAt(text, p.offset));
          expect(r.keyLines.get(jsonPath(...path)) ?? new Map()).toEqual(expected);
        }
      }),
      { numRuns: runs },
    );
  });
});
