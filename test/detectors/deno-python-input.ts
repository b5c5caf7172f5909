// Builds a DetectInput for the deno and Python detector tests: a file's text plus the other files
// of its tree (for `-r` includes), read from a fixture folder or given inline.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLimits } from '../../src/model/limits.js';
import { describe, expect, it } from 'vitest';
import type { Component, DetectInput, DetectorResult } from '../../src/model/component.js';
import { normalizeRelative } from '../../src/sources/source.js';

export const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Input for `path` inside fixture folder `root` (relative to test/fixtures). */
export function fixtureInput(root: string, path: string): DetectInput {
  const dir = join(fixtures, root);
  const text = readFileSync(join(dir, path), 'utf8');
  return {
    path,
    text,
    bytes: new TextEncoder().encode(text),
    limits: defaultLimits,
    readFile: (p) => {
      const rel = normalizeRelative(p);
      if (rel === null) return Promise.resolve(null);
      const full = join(dir, rel);
      return Promise.resolve(existsSync(full) ? readFileSync(full, 'utf8') : null);
    },
  };
}

/** Input for `path` with inline text and other files of the tree. */
export function textInput(path: string, text: string, files: Record<string, string> = {}): DetectInput {
  const tree = new Map(Object.entries(files));
  return {
    path,
    text,
    bytes: new TextEncoder().encode(text),
    limits: defaultLimits,
    readFile: (p) => {
      const rel = normalizeRelative(p);
      return Promise.resolve(rel === null ? null : (tree.get(rel) ?? null));
    },
  };
}

/** The fields of a component a test compares, in a compact, readable form. */
export function brief(c: Component): Record<string, unknown> {
  const out: Record<string, unknown> = {
    line: c.location.line,
    name: c.name,
    version: c.version,
  };
  if (c.spec !== undefined) out['spec'] = c.spec;
  out['kind'] = c.sourceKind;
  if (c.scope !== undefined) out['scope'] = c.scope;
  if (c.alias !== undefined) out['alias'] = c.alias;
  if (c.resolved !== undefined) out['resolved'] = c.resolved;
  if (c.location.file !== undefined) out['file'] = c.location.file;
  return out;
}

/**
 * The hostile-input cases every TOML lockfile detector must survive: invalid TOML, 100k-deep
 * nesting, BOM + CRLF, `__proto__` keys. `header` is the array-of-tables name (`package`).
 */
export function tomlHostileCases(
  path: string,
  header: string,
  detect: (input: DetectInput) => DetectorResult | Promise<DetectorResult>,
  /** Lines every entry needs besides name and version (uv: a `source`). */
  entryExtra = '',
): void {
  describe('hostile input', () => {
    it('invalid TOML: error with line', async () => {
      const r = await detect(textInput(path, `[[${header}]]\nname = "a"\nversion = "1"\n\n[[${header}]\n`));
      expect(r.components).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ file: path, line: 5 });
      expect(r.errors[0]!.message).toMatch(/^invalid TOML: /);
    });

    it('100k-deep nested arrays and inline tables: located error, no crash', async () => {
      for (const nested of ['x = ' + '['.repeat(100_000), 'x = ' + '{a='.repeat(100_000)]) {
        const r = await detect(textInput(path, `[[${header}]]\nname = "a"\n` + nested));
        expect(r.components).toEqual([]);
        expect(r.errors).toEqual([
          {
            file: path,
            line: 3,
            column: expect.any(Number),
            message: 'invalid TOML: document contains excessively nested structures. aborting.',
          },
        ]);
      }
    });

    it('BOM, CRLF and __proto__ keys', async () => {
      const x = entryExtra === '' ? '' : entryExtra + '\r\n';
      const text = `\uFEFF[[${header}]]\r\nname = "__proto__"\r\nversion = "1"\r\n${x}\r\n[${header}.__proto__]\r\npolluted = true\r\n\r\n[[${header}]]\r\nname = "b"\r\nversion = "2"\r\n${x}`;
      const r = await detect(textInput(path, text));
      expect(r.errors).toEqual([]);
      expect(r.components.map((c) => [c.location.line, c.name, c.version])).toEqual([
        [1, '-proto-', '1'],
        [entryExtra === '' ? 8 : 9, 'b', '2'],
      ]);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('printable garbage: an error, never a throw', async () => {
      let s = '';
      for (let i = 0; i < 20_000; i++) s += String.fromCharCode(32 + ((i * 7919) % 95));
      const r = await detect(textInput(path, s));
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors[0]!.file).toBe(path);
    });
  });
}
