// What the inventory does with files one at a time, for both of its pipelines (engine.ts): which
// detectors read which files (the plan), reading a file and running its detectors over it (never
// throwing for its content), and reading other files of the tree for detectors.
import { detectors as builtinDetectors } from '../detectors/index.js';
import type { Limits } from '../model/limits.js';
import type { Component, Detector, DetectInput, EntryScreen, ScanError } from '../model/component.js';
import { isVendoredPath, normalizeRelative, SourceReadError, type FileSource } from '../sources/source.js';
import { jsonNestingError } from '../detectors/parsers/json-nesting.js';
import { errorMessage } from '../util/errors.js';
import { DecodeError, decodeText } from '../util/text.js';
import { sniffPaths } from './sniff.js';
import { isLfsPointer } from './lfs-pointer.js';
import { workflowReferences, type WorkflowReferences } from './workflow-templates.js';

/** Which detectors read a path. Under `node_modules/`, only those that read vendored copies. */
export function detectorsFor(path: string, list: readonly Detector[] = builtinDetectors): Detector[] {
  const vendored = isVendoredPath(path);
  return list.filter((d) => (vendored ? d.readsVendored === true : true) && d.matches(path));
}

export type WorkItem = { path: string; detectors: Detector[] };

/**
 * The files to scan and their detectors, or why the tree cannot be scanned at all (it cannot be
 * listed, or has more files than the limit): then the scan fails closed, located at the root.
 */
export async function planWork(
  source: FileSource,
  options: { detectors?: readonly Detector[]; only?: ReadonlySet<string> },
  limits: Limits,
): Promise<{ work: WorkItem[] } | { error: string }> {
  const list = options.detectors ?? builtinDetectors;
  let paths: string[];
  try {
    paths = await source.list();
  } catch (e) {
    return { error: e instanceof SourceReadError ? e.message : `cannot be listed: ${errorMessage(e)}` };
  }
  if (paths.length > limits.maxFiles) {
    return { error: `${paths.length} files exceed the limit of ${limits.maxFiles} files in one tree` };
  }
  const work: WorkItem[] = [];
  const unclaimed: string[] = [];
  for (const path of paths) {
    if (options.only && !options.only.has(path)) continue;
    const ds = detectorsFor(path, list);
    if (ds.length > 0) work.push({ path, detectors: ds });
    else unclaimed.push(path);
  }
  const sniffed = await sniffPaths(
    source,
    unclaimed,
    list.filter((d) => d.sniff !== undefined),
    8,
  );
  if (sniffed.size === 0) return { work };
  for (const [path, detectors] of sniffed) work.push({ path, detectors });
  return { work: work.sort((a, b) => cmp(a.path, b.path)) };
}

/** Runs `fn` over `items` with at most `limit` at once; results in item order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Reads other files of the tree for detectors (`DetectInput.readFile`), each once. */
export function textReader(source: FileSource, limits: Limits): (path: string) => Promise<string | null> {
  const textCache = new Map<string, Promise<string | null>>();
  return (path: string): Promise<string | null> => {
    const rel = normalizeRelative(path);
    if (rel === null) return Promise.resolve(null);
    let p = textCache.get(rel);
    if (!p) {
      p = source
        .read(rel, limits.maxFileBytes)
        .then((b) => (b === null ? null : decodeText(b)))
        .catch(() => null);
      textCache.set(rel, p);
    }
    return p;
  };
}

export async function scanFile(
  source: FileSource,
  path: string,
  detectors: Detector[],
  limits: Limits,
  readText: (path: string) => Promise<string | null>,
  shouldParse?: (path: string, detector: Detector, text: string) => boolean | Promise<boolean>,
  /** The file's bytes when they are already being read (read-ahead). */
  preRead?: Promise<Uint8Array | null>,
  /** The audit's entry screen, handed to the detectors (DetectInput.screen). */
  screen?: EntryScreen,
): Promise<{
  components: Component[];
  errors: ScanError[];
  /** Components of entries the screen left unparsed (DetectorResult.notBuilt). */
  notBuilt?: number;
  notParsed?: boolean;
  callees?: string[];
  workflowReferences?: WorkflowReferences;
}> {
  let bytes: Uint8Array | null;
  try {
    bytes = await (preRead ?? source.read(path, limits.maxFileBytes));
  } catch (e) {
    const message = e instanceof SourceReadError ? e.message : `cannot be read: ${errorMessage(e)}`;
    return { components: [], errors: [{ file: path, message }] };
  }
  if (bytes === null) return { components: [], errors: [] };
  // A file committed through Git LFS holds a pointer, not its content: what it declares cannot be
  // read, so the scan fails closed on it.
  if (isLfsPointer(bytes)) {
    return {
      components: [],
      errors: [
        {
          file: path,
          line: 1,
          message: 'Git LFS pointer: the file content is not in the repository and cannot be read',
        },
      ],
    };
  }

  let text: string | undefined;
  let decodeError: ScanError | undefined;
  // null: checked and within the limit.
  let depthError: ScanError | null | undefined;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const callees = new Set<string>();
  let skipped = 0;
  let notBuilt = 0;
  for (const detector of detectors) {
    if (!detector.binary && text === undefined && decodeError === undefined) {
      try {
        text = decodeText(bytes);
      } catch (e) {
        decodeError = {
          file: path,
          ...(e instanceof DecodeError && e.line ? { line: e.line } : {}),
          message: e instanceof DecodeError ? e.message : errorMessage(e),
        };
        errors.push(decodeError);
      }
    }
    if (!detector.binary && decodeError) continue;
    if (shouldParse && !detector.binary && text !== undefined && !(await shouldParse(path, detector, text))) {
      skipped++;
      continue;
    }
    if (!detector.binary && depthError === undefined && text !== undefined) {
      depthError = isJson(detector) ? jsonNestingError(path, text, limits.maxDepth) : null;
      if (depthError) errors.push(depthError);
    }
    if (!detector.binary && depthError) continue;
    const input: DetectInput = { path, text: text ?? '', bytes, readFile: readText, limits };
    if (screen) input.screen = screen;
    try {
      const result = await detector.detect(input);
      const held = result.components.length + (result.notBuilt ?? 0);
      if (held > limits.maxComponentsPerFile) {
        errors.push({
          file: path,
          message: `${held} components exceed the limit of ${limits.maxComponentsPerFile} per file`,
        });
        continue;
      }
      for (const c of result.components) components.push(c);
      for (const err of result.errors) errors.push(err);
      notBuilt += result.notBuilt ?? 0;
      for (const c of result.callees ?? []) callees.add(c);
    } catch (e) {
      // A detector bug or a parser blowing up on hostile input: report it, located, never crash.
      errors.push({ file: path, message: `${detector.id}: ${errorMessage(e)}` });
    }
  }
  const called = callees.size > 0 ? { callees: [...callees].sort() } : {};
  const refs =
    text !== undefined && detectors.some((d) => d.role === 'commands' || d.role === 'environment')
      ? workflowReferences(text)
      : undefined;
  const referring = refs ? { workflowReferences: refs } : {};
  const screened = notBuilt > 0 ? { notBuilt } : {};
  return skipped > 0 && skipped === detectors.length
    ? { components, errors, notParsed: true, ...called, ...referring }
    : { components, errors, ...called, ...referring, ...screened };
}

export function compareErrors(a: ScanError, b: ScanError): number {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.message, b.message);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON and JSONC get the nesting bound before any detector parses them. */
function isJson(detector: Detector): boolean {
  return detector.syntax === 'json' || detector.syntax === 'jsonc';
}
