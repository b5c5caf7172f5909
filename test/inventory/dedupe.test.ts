// dedupeAndSort groups by file and sorts each group; it must give exactly what one global
// key-based dedupe followed by one stable global sort gives (the straightforward definition).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareComponents, dedupeAndSort } from '../../src/inventory/dedupe.js';
import type { Component } from '../../src/model/component.js';

function reference(components: Component[]): Component[] {
  const seen = new Map<string, Component>();
  for (const c of components) {
    const k = [
      c.location.file,
      c.location.line,
      c.ecosystem,
      c.name,
      c.version ?? '',
      c.spec ?? '',
      c.alias ?? '',
      c.source,
    ].join('\u0000');
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()].sort(compareComponents);
}

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const component: fc.Arbitrary<Component> = fc
  .record({
    file: pick('a/package-lock.json', 'a/Dockerfile', 'b/yarn.lock', '.devcontainer/Dockerfile'),
    line: fc.integer({ min: 1, max: 4 }),
    ecosystem: pick('npm' as const, 'pypi' as const),
    name: pick('x', 'y', '@s/z'),
    version: pick<string | null>('1.0.0', '2.0.0', null, ''),
    spec: pick<string | undefined>(undefined, '', '^1'),
    alias: pick<string | undefined>(undefined, 'al'),
    source: pick('package-lock.json', 'Dockerfile'),
    tag: fc.nat(),
  })
  .map((r) => ({
    ecosystem: r.ecosystem,
    name: r.name,
    version: r.version,
    ...(r.spec !== undefined ? { spec: r.spec } : {}),
    ...(r.alias !== undefined ? { alias: r.alias } : {}),
    purl: `pkg:${r.ecosystem}/${r.name}#${r.tag}`, // tells copies apart: which one was kept
    location: { file: r.file, line: r.line },
    source: r.source,
    sourceKind: 'registry' as const,
  }));

describe('dedupeAndSort', () => {
  it('equals a global dedupe by occurrence and a stable global sort (property)', () => {
    fc.assert(
      fc.property(fc.array(component, { maxLength: 60 }), (list) => {
        // Components arrive in runs per file, as the engine collects them, but not always.
        expect(dedupeAndSort([...list])).toEqual(reference([...list]));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
