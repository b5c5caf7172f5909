// Parsing only the entries of a lockfile that an audit's screen marks (DetectInput.screen).
//
// A format's segmenter cuts the text, at line starts, into segments: the file's structure (kept
// as it is) and its entries (kept when a mark falls inside, or when a manifest declares the
// entry's name). The kept segments are joined and parsed by the format's own full reader; the
// components' lines are mapped back. The dropped entries are counted, one component each where
// the format builds one per entry.
//
// Soundness does not rest on the segmenter being right about the format's grammar: a mark is a
// superset of what makes an entry matter, wherever it falls, and any error in the reduced text
// (an entry cut where the real grammar would not cut it, a reference to a dropped entry, a damaged
// line) makes the detector parse the whole file instead, reporting exactly what it reports without
// the screen. What the screen gives up is only the errors of entries that name nothing covered.
import type { Component, DetectInput, DetectorResult } from '../../model/component.js';
import type { Ecosystem } from '../../model/ecosystems.js';
import { lineAt } from '../../util/lines.js';

/** What a segment is: the file's structure, or an entry holding this many components. */
export const STRUCTURE = -1;

export interface Segments {
  /** Offset of each segment's first character, increasing; the text ends the last one. */
  starts: number[];
  /** 1-based line of each segment's first line. */
  lines: number[];
  /** STRUCTURE, or the number of components the entry holds (0 or 1). */
  kinds: number[];
}

export interface ScreenedFormat<S extends Segments = Segments> {
  ecosystems: readonly Ecosystem[];
  segment(text: string): S;
  /** The names an entry's key declares (asked only when some manifest declares names). */
  keyNames?(text: string, start: number, end: number): string[];
  /** Keeps entries that kept ones need (pnpm: the snapshots of a kept package). */
  alsoKeep?(text: string, segments: S, keep: Uint8Array): void;
  parse(text: string): DetectorResult;
}

/** The format's result for the whole file, or for its marked entries only when a screen is given. */
export function detectScreened<S extends Segments>(
  input: DetectInput,
  format: ScreenedFormat<S>,
): DetectorResult {
  const screen = input.screen;
  if (screen === undefined) return format.parse(input.text);
  const text = input.text;
  const marks = screen.marks(text, format.ecosystems);
  if (marks === null) return format.parse(text);
  const segments = format.segment(text);
  const { starts, kinds } = segments;
  const n = starts.length;
  const keep = new Uint8Array(n);
  let m = 0;
  const declared = format.keyNames !== undefined && screen.declaresAny();
  for (let i = 0; i < n; i++) {
    const end = i + 1 < n ? starts[i + 1]! : text.length;
    while (m < marks.length && marks[m]! < starts[i]!) m++;
    if (kinds[i] === STRUCTURE || (m < marks.length && marks[m]! < end)) keep[i] = 1;
    else if (declared) {
      const names = format.keyNames!(text, starts[i]!, end);
      if (names.some((name) => format.ecosystems.some((e) => screen.declares(e, name)))) keep[i] = 1;
    }
  }
  format.alsoKeep?.(text, segments, keep);
  const reduced = join(text, segments, keep);
  if (reduced === null) return format.parse(text);
  const result = format.parse(reduced.text);
  if (result.errors.length > 0) return format.parse(text);
  const line = (l: number): number => reduced.original(l);
  const components = result.components.map((c) => relocated(c, line));
  return { ...result, components, notBuilt: (result.notBuilt ?? 0) + reduced.notBuilt };
}

interface Reduced {
  text: string;
  notBuilt: number;
  /** The original line of a line of the reduced text. */
  original(line: number): number;
}

/** The kept segments joined; null when nothing is dropped. */
function join(text: string, { starts, lines, kinds }: Segments, keep: Uint8Array): Reduced | null {
  const n = starts.length;
  if (keep.every((k) => k === 1)) return null;
  const parts: string[] = [];
  // Runs of kept segments: where each starts in the reduced text and in the original (lines).
  const reducedLines: number[] = [];
  const originalLines: number[] = [];
  let notBuilt = 0;
  let at = 1;
  for (let i = 0; i < n;) {
    if (!keep[i]) {
      notBuilt += kinds[i]!;
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && keep[j + 1]) j++;
    const end = j + 1 < n ? starts[j + 1]! : text.length;
    // Segments start at line starts, so every run but the file's last ends with its newline.
    const part = text.slice(starts[i]!, end);
    parts.push(part);
    reducedLines.push(at);
    originalLines.push(lines[i]!);
    at += (j + 1 < n ? lines[j + 1]! : lines[j]! + lineAt(part, part.length) - 1) - lines[i]!;
    i = j + 1;
  }
  return {
    text: parts.join(''),
    notBuilt,
    original(line: number): number {
      const run = lastAtOrBefore(reducedLines, line);
      return originalLines[run]! + (line - reducedLines[run]!);
    },
  };
}

/** The index of the last of increasing `values` at or before `x` (0 when none is). */
export function lastAtOrBefore(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function relocated(c: Component, line: (l: number) => number): Component {
  const moved: Component = { ...c, location: { ...c.location, line: line(c.location.line) } };
  if (c.sameInstallationAs && c.sameInstallationAs.location.file === c.location.file) {
    moved.sameInstallationAs = {
      ...c.sameInstallationAs,
      location: { ...c.sameInstallationAs.location, line: line(c.sameInstallationAs.location.line) },
    };
  }
  return moved;
}
