// A file that another file runs or builds in a context (a script given arguments, a Dockerfile
// given build args) is judged in the contexts that reach it, not on its own: its own detector's
// components are dropped (its errors stay). A file is judged on its own when nothing reaches it
// from a file that is itself judged on its own (two scripts that only run each other keep theirs).
import type { Component, ScanError } from '../model/component.js';

interface Judged {
  components: Component[];
  errors: ScanError[];
  callees?: readonly string[];
  /** The components its own detectors found, kept when they were dropped (diff mode compares). */
  standalone?: Component[];
}

/** The files, among `results`, judged in their callers' contexts only. */
export function judgedByCallers(results: ReadonlyMap<string, Judged>): Set<string> {
  const incoming = new Set<string>();
  for (const [file, r] of results) for (const c of r.callees ?? []) if (c !== file) incoming.add(c);
  const dropped = new Set<string>();
  if (incoming.size === 0) return dropped;
  const stack = [...results.keys()].filter((f) => !incoming.has(f));
  const seen = new Set(stack);
  while (stack.length > 0) {
    const f = stack.pop()!;
    for (const c of results.get(f)?.callees ?? []) {
      if (c === f || seen.has(c)) continue;
      seen.add(c);
      dropped.add(c);
      stack.push(c);
    }
  }
  return dropped;
}

/** Empties the components of the files judged in their callers' contexts (in place). */
export function dropJudgedByCallers<T extends Judged>(results: Map<string, T>): void {
  for (const f of judgedByCallers(results)) {
    const r = results.get(f);
    if (r) results.set(f, { ...r, components: [], standalone: r.components });
  }
}

/**
 * A file's components as judged in a tree whose files judged in their callers' contexts are
 * `dropped`: none when dropped there, its own detectors' otherwise.
 */
export function componentsWhere(r: Judged, dropped: boolean): Component[] {
  if (dropped) return [];
  return r.standalone ?? r.components;
}
