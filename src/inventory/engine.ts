import { isVendoredPath } from '../sources/source.js';
import { detectors as builtinDetectors } from '../detectors/index.js';
import { defaultLimits, type Limits } from '../model/limits.js';
import type { Component, Detector, DetectInput, ScanError } from '../model/component.js';
import { normalizeRelative, SourceReadError, type FileSource } from '../sources/source.js';
import { jsonNestingError } from '../detectors/parsers/json-nesting.js';
import { errorMessage } from '../util/errors.js';
import { DecodeError, decodeText } from '../util/text.js';
import { dedupeAndSort } from './dedupe.js';
import { sniffPaths } from './sniff.js';
import { isLfsPointer } from './lfs-pointer.js';
import { dropJudgedByCallers } from './flows.js';

export { dedupeAndSort, compareComponents } from './dedupe.js';
export { errorMessage } from '../util/errors.js';

export interface InventoryOptions {
  limits?: Limits;
  detectors?: readonly Detector[];
  /** Only these paths are read (diff mode reads the changed files only). */
  only?: ReadonlySet<string>;
  /** Reads at most this many files at once. */
  concurrency?: number;
  /**
   * Asked before a detector parses a file (after it is read and decoded): false skips that
   * detector for that file, which then adds nothing, not even errors. Diff mode uses it for
   * unchanged files whose text names nothing the policy covers.
   */
  shouldParse?: (path: string, detector: Detector, text: string) => boolean | Promise<boolean>;
  /**
   * Asked before a file is read: true leaves it unread and unparsed (it adds nothing, and counts
   * as not parsed). Diff mode uses it for unchanged files that no change can reach.
   */
  skipUnread?: (path: string, detectors: readonly Detector[]) => boolean | Promise<boolean>;
}

export interface Inventory {
  components: Component[];
  errors: ScanError[];
  /** Files a detector read (or tried to read). */
  filesScanned: number;
  /** The paths that were scanned, sorted. */
  files: string[];
  /** Per scanned file: what its detectors found and which other files they read (diff mode). */
  byFile: Map<string, FileResult>;
  /** Files read but not parsed by any of their detectors (`InventoryOptions.shouldParse`). */
  notParsed: number;
}

export interface FileResult {
  components: Component[];
  errors: ScanError[];
  /** Paths read through `DetectInput.readFile`, normalised, in first-read order. */
  reads: string[];
  /** Whether `shouldParse` kept every detector from parsing the file. */
  notParsed?: boolean;
  /** Files its detectors judged in the context this file gives them (`DetectorResult.callees`). */
  callees?: string[];
  /** Its own components when they were dropped: it is judged in its callers' contexts instead. */
  standalone?: Component[];
}

/** Which detectors read a path. Under `node_modules/`, only those that read vendored copies. */
export function detectorsFor(path: string, list: readonly Detector[] = builtinDetectors): Detector[] {
  const vendored = isVendoredPath(path);
  return list.filter((d) => (vendored ? d.readsVendored === true : true) && d.matches(path));
}

/**
 * Runs every detector over every file it reads in a source and returns the located components
 * and the errors. Never throws for a file's content: a file that cannot be read or parsed becomes
 * an error entry naming it (the gate then fails closed).
 */
export async function inventory(source: FileSource, options: InventoryOptions = {}): Promise<Inventory> {
  const limits = options.limits ?? defaultLimits;
  const planned = await planWork(source, options, limits);
  if ('error' in planned) return treeError(planned.error);
  const { work } = planned;

  const readText = textReader(source, limits);

  const results = await mapLimited(work, Math.max(1, options.concurrency ?? 8), async (w) => {
    const reads = new Set<string>();
    const recordingRead = (p: string): Promise<string | null> => {
      const rel = normalizeRelative(p);
      if (rel !== null) reads.add(rel);
      return readText(p);
    };
    if (await options.skipUnread?.(w.path, w.detectors)) {
      return { components: [], errors: [], reads: [], notParsed: true } satisfies FileResult;
    }
    const r = await scanFile(source, w.path, w.detectors, limits, recordingRead, options.shouldParse);
    return { ...r, reads: [...reads] } satisfies FileResult;
  });

  const components: Component[] = [];
  const errors: ScanError[] = [];
  const byFile = new Map<string, FileResult>();
  let notParsed = 0;
  for (const [i, r] of results.entries()) byFile.set(work[i]!.path, r);
  dropJudgedByCallers(byFile);
  for (const r of byFile.values()) {
    if (r.notParsed) notParsed++;
    for (const c of r.components) components.push(c);
    for (const e of r.errors) errors.push(e);
  }
  return {
    components: dedupeAndSort(components),
    errors: errors.sort(compareErrors),
    filesScanned: work.length,
    files: work.map((w) => w.path),
    byFile,
    notParsed,
  };
}

/** What `inventoryEach` reports once every file has been handed over. */
export interface InventoryTotals {
  errors: ScanError[];
  filesScanned: number;
  components: number;
}

/**
 * The inventory as a stream: hands over each file's components (deduplicated, sorted by line)
 * file by file in path order (the `first` files before the others), the same components in the
 * same order as `inventory`, without holding the whole tree's components at once. Files whose
 * detectors may read other files (devcontainers, Dockerfiles, workflows; detectors without
 * `namesInText`) are scanned first and their components held until their files' turn; the others
 * are parsed one at a time, read ahead only from sources whose reads wait (git, the GitHub API).
 * Errors are collected and returned at the end, sorted.
 */
export async function inventoryEach(
  source: FileSource,
  options: Omit<InventoryOptions, 'shouldParse' | 'skipUnread'> & {
    /**
     * Files handed over before all others (each group in path order): the audit takes the
     * manifests first, so that it knows which names it must remember from the lockfiles.
     */
    first?: (path: string) => boolean;
    /**
     * Which components are handed over: the others are only counted (once per occurrence, as
     * `dedupeAndSort` counts them) in `components`. The audit keeps those a rule may match by name.
     */
    keep?: (c: Component) => boolean;
  },
  onFile: (file: string, components: Component[]) => void | Promise<void>,
): Promise<InventoryTotals> {
  const limits = options.limits ?? defaultLimits;
  const keep = options.keep;
  const planned = await planWork(source, options, limits);
  if ('error' in planned) {
    return { errors: treeError(planned.error).errors, filesScanned: 0, components: 0 };
  }
  const { work } = planned;
  const readText = textReader(source, limits);
  const scan = (w: WorkItem) => scanFile(source, w.path, w.detectors, limits, readText);

  const errors: ScanError[] = [];
  // Components waiting for their file's turn, by the file they are located in.
  const held = new Map<string, Component[]>();
  const hold = (c: Component) => {
    const l = held.get(c.location.file);
    if (l) l.push(c);
    else held.set(c.location.file, [c]);
  };
  const early: WorkItem[] = [];
  const streamed = new Map<string, WorkItem>();
  for (const w of work) {
    if (w.detectors.some((d) => d.namesInText === undefined)) early.push(w);
    else streamed.set(w.path, w);
  }
  const earlyByFile = new Map<string, FileResult>();
  for (const [i, r] of (await mapLimited(early, Math.max(1, options.concurrency ?? 8), scan)).entries())
    earlyByFile.set(early[i]!.path, { ...r, reads: [] });
  dropJudgedByCallers(earlyByFile);
  for (const r of earlyByFile.values()) {
    for (const c of r.components) hold(c);
    for (const e of r.errors) errors.push(e);
  }

  let order = [...new Set([...work.map((w) => w.path), ...held.keys()])].sort(cmp);
  const first = options.first;
  if (first) order = [...order.filter((p) => first(p)), ...order.filter((p) => !first(p))];
  const streamOrder = order.filter((p) => streamed.has(p));
  // Files are read ahead (bytes, cheap to hold) but parsed one at a time: parsing several at
  // once makes garbage that outlives young-generation collections and grows the heap. A source
  // whose reads finish before they return (a local disk) gains nothing from reading ahead: each
  // file is read when its turn comes.
  const ahead = source.readsAtOnce !== true;
  const readsAhead = ahead ? Math.max(1, options.concurrency ?? 8) : 1;
  const reads = new Map<string, Promise<Uint8Array | null>>();
  let started = 0;
  let bufferedBytes = 0;
  const startReads = () => {
    while (started < streamOrder.length && reads.size < readsAhead && bufferedBytes < READ_AHEAD_BYTES) {
      const path = streamOrder[started++]!;
      const read = source.read(path, limits.maxFileBytes).then((b) => {
        bufferedBytes += b?.length ?? 0;
        return b;
      });
      // A failed read is reported when its file's turn comes (scanFile awaits this promise);
      // until then it must not count as an unhandled rejection.
      read.catch(() => undefined);
      reads.set(path, read);
    }
  };
  const position = new Map(order.map((p, i) => [p, i]));
  let total = 0;
  for (const [index, path] of order.entries()) {
    const here = held.get(path) ?? [];
    held.delete(path);
    if (streamed.has(path)) {
      startReads();
      const read = reads.get(path)!;
      reads.delete(path);
      const r = await scanFile(
        source,
        path,
        streamed.get(path)!.detectors,
        limits,
        readText,
        undefined,
        read.then((b) => {
          bufferedBytes -= b?.length ?? 0;
          if (ahead) startReads();
          return b;
        }),
      );
      for (const c of r.components) {
        // A component located in a file still to come waits for it; one located in a file already
        // handed over (no `namesInText` detector does this) goes out with this file.
        if (c.location.file !== path && (position.get(c.location.file) ?? -1) > index) hold(c);
        else here.push(c);
      }
      for (const e of r.errors) errors.push(e);
    }
    const kept = keep ? keepCounting(here, keep) : { kept: here, others: 0 };
    total += kept.others;
    if (kept.kept.length > 0) {
      const sorted = dedupeAndSort(kept.kept);
      total += sorted.length;
      await onFile(path, sorted);
    }
  }
  return { errors: errors.sort(compareErrors), filesScanned: work.length, components: total };
}

type WorkItem = { path: string; detectors: Detector[] };

/**
 * Splits one file's components into those `keep` accepts and a count of the others' distinct
 * occurrences: the key holds every field `dedupeAndSort` compares, so the count is the number of
 * them it would keep (a kept and a counted component do not repeat each other where `keep`
 * decides by the key's fields and what they determine, as the audit's does).
 */
function keepCounting(
  components: readonly Component[],
  keep: (c: Component) => boolean,
): { kept: Component[]; others: number } {
  const kept: Component[] = [];
  const others = new Set<string>();
  for (const c of components) {
    if (keep(c)) kept.push(c);
    else
      others.add(
        [
          c.location.file,
          c.location.line,
          c.ecosystem,
          c.name,
          c.version ?? '',
          c.spec ?? '',
          c.alias ?? '',
          c.source,
        ].join('\u0000'),
      );
  }
  return { kept, others: others.size };
}

/** Bytes read ahead and not yet parsed, at most (a file larger than this is read alone). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * The files to scan and their detectors, or why the tree cannot be scanned at all (it cannot be
 * listed, or has more files than the limit): then the scan fails closed, located at the root.
 */
async function planWork(
  source: FileSource,
  options: Pick<InventoryOptions, 'detectors' | 'only'>,
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
async function mapLimited<T, R>(
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
function textReader(source: FileSource, limits: Limits): (path: string) => Promise<string | null> {
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

/** The inventory of a tree that could not be scanned at all: one error at its root (`.`). */
function treeError(message: string): Inventory {
  return {
    components: [],
    errors: [{ file: '.', message }],
    filesScanned: 0,
    files: [],
    byFile: new Map(),
    notParsed: 0,
  };
}

async function scanFile(
  source: FileSource,
  path: string,
  detectors: Detector[],
  limits: Limits,
  readText: (path: string) => Promise<string | null>,
  shouldParse?: InventoryOptions['shouldParse'],
  /** The file's bytes when they are already being read (read-ahead). */
  preRead?: Promise<Uint8Array | null>,
): Promise<{ components: Component[]; errors: ScanError[]; notParsed?: boolean; callees?: string[] }> {
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
    try {
      const result = await detector.detect(input);
      if (result.components.length > limits.maxComponentsPerFile) {
        errors.push({
          file: path,
          message: `${result.components.length} components exceed the limit of ${limits.maxComponentsPerFile} per file`,
        });
        continue;
      }
      for (const c of result.components) components.push(c);
      for (const err of result.errors) errors.push(err);
      for (const c of result.callees ?? []) callees.add(c);
    } catch (e) {
      // A detector bug or a parser blowing up on hostile input: report it, located, never crash.
      errors.push({ file: path, message: `${detector.id}: ${errorMessage(e)}` });
    }
  }
  const called = callees.size > 0 ? { callees: [...callees].sort() } : {};
  return skipped > 0 && skipped === detectors.length
    ? { components, errors, notParsed: true, ...called }
    : { components, errors, ...called };
}

function compareErrors(a: ScanError, b: ScanError): number {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON and JSONC get the nesting bound before any detector parses them. */
function isJson(detector: Detector): boolean {
  return detector.syntax === 'json' || detector.syntax === 'jsonc';
}
