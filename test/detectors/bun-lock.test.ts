import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import {
  bunLockDetector,
  detectBunLock,
  detectBunLockFast,
  detectBunLockTree,
} from '../../src/detectors/bun-lock.js';
import type { Component } from '../../src/model/component.js';

const fixtures = join(import.meta.dirname, '../fixtures/bun');

function brief(c: Component): Record<string, unknown> {
  return {
    line: c.location.line,
    name: c.name,
    version: c.version,
    ...(c.spec !== undefined ? { spec: c.spec } : {}),
    kind: c.sourceKind,
    ...(c.alias !== undefined ? { alias: c.alias } : {}),
  };
}

const detect = (t: string) => detectBunLock('b/bun.lock', t, 512);

describe('bun.lock', () => {
  const text = readFileSync(join(fixtures, 'edge/bun.lock'), 'utf8');

  it('reads packages tuples and workspaces with real names, aliases, sources and key lines', () => {
    const r = detectBunLock('edge/bun.lock', text, 512);
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 17, name: 'tools', version: '0.3.0', kind: 'workspace' },
      { line: 26, name: '@anthropic-ai/claude-code', version: '2.1.91', kind: 'registry' },
      { line: 28, name: '@anthropic-ai/claude-code', version: '2.1.90', kind: 'registry', alias: 'cc' },
      { line: 30, name: 'from-gh', version: null, spec: 'github:acme/from-gh#0123456', kind: 'git' },
      {
        line: 32,
        name: 'from-git',
        version: null,
        spec: 'git+https://example.com/acme/from-git.git#89abcdef',
        kind: 'git',
      },
      { line: 34, name: 'is-number', version: '7.0.0', kind: 'registry' },
      { line: 36, name: 'linked', version: null, spec: 'link:linked', kind: 'link' },
      { line: 38, name: 'local-dir', version: null, spec: 'file:vendor/local-dir', kind: 'file' },
      {
        line: 40,
        name: 'remote',
        version: null,
        spec: 'https://example.com/remote-1.0.0.tgz',
        kind: 'tarball',
      },
      { line: 42, name: 'tools', version: null, spec: 'workspace:packages/tools', kind: 'workspace' },
      { line: 44, name: 'is-number', version: '6.0.0', kind: 'registry' },
    ]);
    expect(r.components[2]).toEqual({
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: '2.1.90',
      purl: 'pkg:npm/%40anthropic-ai/claude-code@2.1.90',
      location: { file: 'edge/bun.lock', line: 28 },
      source: 'bun.lock',
      sourceKind: 'registry',
      integrity: 'sha512-BBBB',
      alias: 'cc',
    });
    expect(r.components[5]!.resolved).toBe('https://npm.internal.example/');
  });

  it('agrees with jsonc-parser on the key line of every package', () => {
    const tree = parseTree(text)!;
    const pk = tree.children!.find((p) => p.children![0]!.value === 'packages')!.children![1]!;
    const expected = pk.children!.map((p) => text.slice(0, p.offset).split('\n').length);
    const got = detect(text)
      .components.filter((c) => c.location.line > 25)
      .map((c) => c.location.line);
    expect(got).toEqual(expected);
  });

  it('keeps lines with CRLF, a BOM and comments', () => {
    const crlf =
      '\ufeff// generated\r\n' +
      text.replace(/\n/g, '\r\n').replace('"packages": {', '"packages": { /* block */');
    const r = detect(crlf);
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => c.location.line)).toEqual(
      detect(text).components.map((c) => c.location.line + 1),
    );
  });

  it('matches bun.lock files only', () => {
    expect(bunLockDetector.matches('a/bun.lock')).toBe(true);
    expect(bunLockDetector.matches('bun.lock')).toBe(true);
    expect(bunLockDetector.matches('bun.lockb')).toBe(false);
  });

  it('lists the readable entries and reports each tuple without a name@resolution string (bun refuses the file)', () => {
    const r = detect(
      '{"lockfileVersion": 0, "packages": {"a": [123, "", {}, "x"], "b": [{}], "c": "x", "d": ["d@1.0.0", "", {}, "sha512-x"]}}',
    );
    const bad = (k: string) => ({
      file: 'b/bun.lock',
      line: 1,
      message: `package "${k}": not a [name@resolution, …] entry (bun refuses such a lockfile)`,
    });
    expect(r.errors).toEqual([bad('a'), bad('b'), bad('c')]);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['d@1.0.0']);
    // The same through the jsonc-parser path (a comment sends the file there).
    const t = detect(
      '{"lockfileVersion": 0, // c\n "packages": {"a": [123, "", {}, "x"], "d": ["d@1.0.0", "", {}, "sha512-x"]}}',
    );
    expect(t.errors).toEqual([{ ...bad('a'), line: 2 }]);
    expect(t.components.map((c) => `${c.name}@${c.version}`)).toEqual(['d@1.0.0']);
  });

  it('reports each tuple whose elements bun refuses, in both readers, and reads the well-formed ones', () => {
    // The element rules of bun's text-lockfile reader (oven-sh/bun src/install/lockfile/bun.lock.zig):
    // a registry package [ident, registry, info, integrity]; a git package [ident, info, tag, …];
    // a tarball, folder or link [ident, info, …]; a workspace (lockfileVersion 1) [ident].
    const entries: [string, string, string | null][] = [
      ['e1', '["e1@1.0.0"]', 'the registry is missing'],
      ['e2', '["e2@1.0.0", 5, {}, "sha512-x"]', 'the registry is not a string'],
      ['e3', '["e3@1.0.0", ""]', 'the info is missing'],
      ['e4', '["e4@1.0.0", "", [], "sha512-x"]', 'the info is not an object'],
      ['e5', '["e5@1.0.0", "", {}]', 'the integrity is missing'],
      ['e6', '["e6@1.0.0", "", {}, null]', 'the integrity is not a string'],
      ['g1', '["g1@github:u/r#abc", {}]', 'the git tag is missing'],
      ['t1', '["t1@https://x.example/t1.tgz"]', 'the info is missing'],
      ['f1', '["f1@file:./f1"]', 'the info is missing'],
      ['ok', '["ok@1.0.0", "", {}, "sha512-x"]', null],
      ['g2', '["g2@github:u/r#abc", {}, "u-r-abc"]', null],
      ['t2', '["t2@https://x.example/t2.tgz", {}]', null],
      ['f2', '["f2@file:./f2", {}]', null],
      ['w', '["w@workspace:packages/w"]', null],
    ];
    const body = entries.map(([k, v]) => `    "${k}": ${v}`).join(',\n');
    const fast = `{\n  "lockfileVersion": 1,\n  "packages": {\n${body}\n  }\n}`;
    const slow = fast.replace('{\n', '{ // sent to the jsonc-parser path\n');
    const expected = entries.flatMap(([k, , reason], i) =>
      reason === null
        ? []
        : [
            {
              file: 'b/bun.lock',
              line: 4 + i,
              message: `package "${k}": ${reason} (bun refuses such a lockfile)`,
            },
          ],
    );
    for (const text of [fast, slow]) {
      const r = detect(text);
      expect(r.errors).toEqual(expected);
      expect(r.components.map((c) => c.name)).toEqual(['ok', 'g2', 't2', 'f2', 'w']);
    }
    expect(detectBunLockFast('b/bun.lock', slow, 512)).toBeNull();
  });
});

describe('hostile bun.lock', () => {
  it('invalid and truncated JSONC: a located error', () => {
    expect(detect('{\n  "packages": {\n    "a": ["a@1.0.0" "", {}],\n  }\n}').errors).toEqual([
      { file: 'b/bun.lock', line: 3, column: 21, message: 'invalid JSONC: CommaExpected' },
    ]);
    expect(detect('{\n  "packages": {\n    "a": ["a@1.0.0", ').errors).toEqual([
      { file: 'b/bun.lock', line: 3, column: 22, message: 'invalid JSONC: ValueExpected' },
    ]);
  });

  it('100k-deep nesting: a located error, no crash', () => {
    const r = detect('{"packages": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
    expect(r.errors).toEqual([
      { file: 'b/bun.lock', line: 1, column: 525, message: 'nesting deeper than 512 levels' },
    ]);
  });

  it('bad sections, names and versions', () => {
    const r = detect(
      '{\n  "lockfileVersion": 9,\n  "workspaces": {"w": {"name": "_bad"}},\n  "packages": {\n    "__proto__": ["__proto__@1.0.0", "", {}, "x"],\n    "x": ["noversion"]\n  }\n}',
    );
    expect(r.errors).toEqual([
      { file: 'b/bun.lock', line: 2, message: 'lockfileVersion 9 is not supported (0, 1 and 2 are read)' },
      { file: 'b/bun.lock', line: 3, message: 'workspace "w": "_bad" is not a valid package name' },
      {
        file: 'b/bun.lock',
        line: 5,
        message: 'package "__proto__": "__proto__" is not a valid package name',
      },
      { file: 'b/bun.lock', line: 6, message: 'package "x": "noversion" is not name@resolution' },
    ]);
    expect(detect('{"packages": []}').errors).toEqual([
      { file: 'b/bun.lock', line: 1, message: '"packages" is not an object' },
    ]);
  });

  it('binary garbage: an error, no throw', () => {
    const r = detect(
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => ((i * 31 + 7) % 255) + 1)),
    );
    expect(r.components).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^invalid JSONC: /);
  });
});

describe('the JSON fast path against the jsonc-parser tree (differential)', () => {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
  // detectBunLock drops a leading BOM before choosing a path; the tree is given the same text.
  const tree = (t: string) =>
    detectBunLockTree('b/bun.lock', t.charCodeAt(0) === 0xfeff ? t.slice(1) : t, 512);

  it('gives the same result on every committed bun.lock', () => {
    const files = [join(fixtures, 'edge/bun.lock')];
    const generated = join(import.meta.dirname, '../fixtures/lockfiles/generated/bun@1.4.5');
    for (const c of readdirSync(generated)) files.push(join(generated, c, 'bun.lock'));
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(detect(text), f).toEqual(tree(text));
      expect(detect(text).components.length, f).toBeGreaterThan(0);
    }
  });

  // A small bun.lock-shaped JSONC writer: pretty-printed, trailing commas where `commas` says.
  const write = (v: unknown, indent: string, commas: () => boolean): string => {
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[${v.map((x) => write(x, indent, commas)).join(', ')}${commas() ? ',' : ''}]`;
    }
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      if (entries.length === 0) return '{}';
      const inner = indent + '  ';
      const body = entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${write(x, inner, commas)}`);
      return `{\n${body.join(',\n')}${commas() ? ',' : ''}\n${indent}}`;
    }
    return JSON.stringify(v);
  };
  const name = fc.constantFrom('a', '@s/b', 'c', '__proto__', '_bad', 'is-number', 'x"y', 'd\\e');
  const ident = fc.oneof(
    fc
      .tuple(
        name,
        fc.constantFrom(
          '1.0.0',
          'npm:2.0.0',
          'workspace:p',
          'github:o/r#1',
          'root:',
          'https://h/a/-/a-1.0.0.tgz',
          'file:x',
          '',
        ),
      )
      .map(([n, r]) => `${n}@${r}`),
    fc.constantFrom('noversion', '@x', ''),
  );
  const tuple = fc.oneof(
    fc.tuple(
      ident,
      fc.constantFrom('', 'https://r/'),
      fc.constant({ bin: { a: 'b' } }),
      fc.constantFrom('sha512-A', 7),
    ),
    fc.tuple(ident, fc.constant({})),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const doc = fc.record(
    {
      lockfileVersion: fc.constantFrom(0, 1, 2, 9, '1', null),
      workspaces: fc.oneof(
        fc.dictionary(
          fc.constantFrom('', 'packages/a', 'p/_bad', 'w'),
          fc.oneof(
            fc.record(
              { name: fc.option(name), version: fc.constantFrom('1.0.0', 'x', 3) },
              { requiredKeys: [] },
            ),
            fc.jsonValue({ maxDepth: 1 }),
          ),
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      packages: fc.oneof(
        fc.dictionary(fc.oneof(name, fc.constantFrom('p/a', 'p/@s/b', 'cc', '1', '0')), tuple),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    },
    { requiredKeys: [] },
  );
  const edit = fc.tuple(
    fc.nat(),
    fc.constantFrom(
      '',
      ',',
      ', ',
      '//c\n',
      '/*c*/',
      '"',
      '}',
      ']',
      '\u00a0',
      '[,]',
      ',,',
      ' "packages": {},',
      '\ufeff',
      '\n',
    ),
    fc.nat({ max: 2 }),
  );

  it('gives the same components and errors on generated and edited bun.lock texts', () => {
    let fast = 0;
    let edited = 0;
    let editedFast = 0;
    fc.assert(
      fc.property(
        doc,
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.array(edit, { maxLength: 3 }),
        (d, flags, edits) => {
          let k = 0;
          let text = write(d, '', () => flags[k++ % flags.length]!) + '\n';
          const clean = detect(text);
          expect(clean).toEqual(tree(text));
          if (detectBunLockFast('b/bun.lock', text, 512) !== null) fast++;
          for (const [at, insert, remove] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + remove);
            expect(detect(text)).toEqual(tree(text));
            edited++;
            if (detectBunLockFast('b/bun.lock', text, 512) !== null) editedFast++;
          }
        },
      ),
      { numRuns: runs },
    );
    // About a quarter of the generated files are plain enough for the fast path (the seed varies
    // from run to run): at least a tenth must take it, or the comparison above proves little.
    expect(fast).toBeGreaterThan(runs / 10);
    // Edited texts mostly fall back (a comment, a stray comma); 8–12% still take the fast path, and
    // those are the comparisons that test it on hostile text: at least 4% must.
    expect(editedFast).toBeGreaterThan(edited / 25);
  });
});

describe('bun.lock: a registry tarball of another package', () => {
  it('is that package, aliased by the declared name (a banned tool cannot hide behind a harmless one)', () => {
    const url = 'https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.100.tgz';
    const text = JSON.stringify({
      lockfileVersion: 1,
      workspaces: { '': { name: 'app' } },
      packages: { a: [`a@${url}`, {}] },
    });
    const r = detect(text);
    expect(r.errors).toEqual([]);
    expect(r.components.map(brief)).toEqual([
      { line: 1, name: '@anthropic-ai/claude-code', version: '2.1.100', kind: 'tarball', alias: 'a' },
    ]);
    // The fast path and the JSONC fallback agree.
    expect(detectBunLockTree('b/bun.lock', text, 512)).toEqual(r);
  });
});

describe('bun.lock: a lone surrogate in a name', () => {
  it('is a located error for that entry; the other entries are still listed', () => {
    const text =
      '{"lockfileVersion":1,"packages":{"@anthropic-ai/claude-code":["@anthropic-ai/claude-code@2.1.100","",{},"x"],' +
      '"x/\\ud800":["b\\ud800@1.0.0"]}}';
    const r = detect(text);
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['@anthropic-ai/claude-code@2.1.100']);
    expect(r.errors).toEqual([
      { file: 'b/bun.lock', line: 1, message: 'package "x/\ud800": "b\ud800" is not a valid package name' },
    ]);
  });
});
