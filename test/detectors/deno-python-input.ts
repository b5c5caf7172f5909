// Builds a DetectInput for the deno and Python detector tests: a file's text plus the other files
// of its tree (for `-r` includes), read from a fixture folder or given inline.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLimits } from '../../src/limits.js';
import type { Component, DetectInput } from '../../src/model.js';
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
