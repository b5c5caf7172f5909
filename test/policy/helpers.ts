import { resolve } from 'node:path';
import type { Component } from '../../src/model/component.js';
import { purlFor } from '../../src/util/purl.js';

/** An in-memory file reader for loadPolicy: paths are resolved like loadPolicy resolves them. */
export function memoryFiles(files: Record<string, string>): (path: string) => Promise<string | null> {
  const byPath = new Map(Object.entries(files).map(([k, v]) => [resolve(k), v]));
  return async (path) => byPath.get(resolve(path)) ?? null;
}

/** A located component as a detector would produce it. */
export function component(
  ecosystem: Component['ecosystem'],
  name: string,
  version: string | null,
  extra: Partial<Component> = {},
): Component {
  return {
    ecosystem,
    name,
    version,
    purl: purlFor(ecosystem, name, version),
    location: { file: 'package-lock.json', line: 1 },
    source: 'test',
    sourceKind: 'registry',
    ...extra,
  };
}
