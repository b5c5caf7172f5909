import type { Component } from '../model/component.js';

/**
 * Sorts components by file, line, ecosystem, name and version (stable) and drops repeats: the same
 * occurrence (file, line, ecosystem, name, version, spec, alias, source) found twice, e.g. by a
 * file's own detector and by another that read it. The first found is kept. Components arrive in
 * runs per file, mostly in line order: they are grouped by file and each group sorted on its own.
 */
export function dedupeAndSort(components: Component[]): Component[] {
  const byFile = new Map<string, Component[]>();
  let lastFile: string | undefined;
  let lastList: Component[] = [];
  for (const c of components) {
    const f = c.location.file;
    if (f !== lastFile) {
      lastFile = f;
      let list = byFile.get(f);
      if (!list) byFile.set(f, (list = []));
      lastList = list;
    }
    lastList.push(c);
  }
  const out: Component[] = [];
  for (const file of [...byFile.keys()].sort(cmp)) {
    const list = byFile.get(file)!.sort(compareInFile);
    // Repeats compare equal, so they sit in one run of equal neighbours.
    let runStart = out.length;
    for (const c of list) {
      const prev = out.length > runStart ? out[out.length - 1]! : undefined;
      if (prev === undefined || compareInFile(prev, c) !== 0) {
        runStart = out.length;
        out.push(c);
        continue;
      }
      let repeat = false;
      for (let k = runStart; k < out.length && !repeat; k++) repeat = sameOccurrence(out[k]!, c);
      if (!repeat) out.push(c);
    }
  }
  return out;
}

function compareInFile(a: Component, b: Component): number {
  return (
    a.location.line - b.location.line ||
    cmp(a.ecosystem, b.ecosystem) ||
    cmp(a.name, b.name) ||
    cmp(a.version ?? '', b.version ?? '')
  );
}

function sameOccurrence(a: Component, b: Component): boolean {
  return (
    (a.spec ?? '') === (b.spec ?? '') &&
    (a.alias ?? '') === (b.alias ?? '') &&
    a.source === b.source &&
    a.location.file === b.location.file
  );
}

/** Whether `dedupeAndSort` drops one of these two as a repeat of the other (the same occurrence). */
export function isRepeat(a: Component, b: Component): boolean {
  return a.location.line === b.location.line && compareInFile(a, b) === 0 && sameOccurrence(a, b);
}

export function compareComponents(a: Component, b: Component): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    cmp(a.ecosystem, b.ecosystem) ||
    cmp(a.name, b.name) ||
    cmp(a.version ?? '', b.version ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
