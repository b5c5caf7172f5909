// The inventory: every detector over every file of a source, as one result (`inventory`) or file by
// file (`inventoryEach`), with the decisions that need the whole tree (nested workflow templates,
// files judged in their callers' contexts). Reading one file is file-scan.ts.
import { defaultLimits, type Limits } from '../model/limits.js';
import {
  installationKey,
  type Component,
  type Detector,
  type EntryScreen,
  type ScanError,
} from '../model/component.js';
import { normalizeRelative, type FileSource } from '../sources/source.js';
import { dedupeAndSort, isRepeat } from './dedupe.js';
import { dropJudgedByCallers } from './flows.js';
import {
  cmp,
  compareErrors,
  mapLimited,
  planWork,
  scanFile,
  textReader,
  type WorkItem,
} from './file-scan.js';
import { judgeWorkflowTemplates, type WorkflowReferences } from './workflow-templates.js';

export { dedupeAndSort, compareComponents } from './dedupe.js';
export { errorMessage } from '../util/errors.js';
export { detectorsFor } from './file-scan.js';

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
   * Workflow references of files of the tree that are not scanned here (diff mode at base: the
   * unchanged files), for deciding whether a nested workflow file is used.
   */
  workflowReferencesElsewhere?: Iterable<WorkflowReferences>;
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
  /** Components of entries the audit's screen left unparsed (counted, not built). */
  notBuilt?: number;
  /** Files its detectors judged in the context this file gives them (`DetectorResult.callees`). */
  callees?: string[];
  /** Its own components when they were dropped: it is judged in its callers' contexts instead. */
  standalone?: Component[];
  /** The workflow files its text copies or calls (inventory/workflow-templates.ts). */
  workflowReferences?: WorkflowReferences;
  /** A nested workflow file judged unused: what its detectors found, kept aside. */
  unusedWorkflow?: { components: Component[]; errors: ScanError[]; callees?: string[] };
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
  judgeWorkflowTemplates(byFile, options.workflowReferencesElsewhere);
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
    /**
     * The audit's entry screen (DetectInput.screen): lockfile detectors parse only the entries it
     * marks and count the others, which are added to `components` as if counted by `keep`.
     */
    screen?: EntryScreen;
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
  const screen = options.screen;
  const scan = (w: WorkItem) =>
    scanFile(source, w.path, w.detectors, limits, readText, undefined, undefined, screen);

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
  let earlyNotBuilt = 0;
  for (const [i, r] of (await mapLimited(early, Math.max(1, options.concurrency ?? 8), scan)).entries())
    earlyByFile.set(early[i]!.path, { ...r, reads: [] });
  // Command-bearing detectors have no `namesInText` (they follow other files), so every file that
  // may copy or call a workflow file is among the early ones.
  judgeWorkflowTemplates(earlyByFile);
  dropJudgedByCallers(earlyByFile);
  for (const r of earlyByFile.values()) {
    earlyNotBuilt += r.notBuilt ?? 0;
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
  let total = earlyNotBuilt;
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
        screen,
      );
      total += r.notBuilt ?? 0;
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
  // The others, by line: only components on one line can repeat each other.
  const others = new Map<number, Component | Component[]>();
  let counted = 0;
  // The other place of an installation a kept component is the precise view of is kept too: the
  // one-installation rule moves its place into the finding's `via`.
  const referenced = new Set<string>();
  const accepted = components.map((c) => keep(c));
  components.forEach((c, i) => {
    if (accepted[i] && c.sameInstallationAs) referenced.add(installationKey(c.sameInstallationAs));
  });
  for (const [i, c] of components.entries()) {
    if (accepted[i] || (referenced.size > 0 && referenced.has(installationKey(c)))) {
      kept.push(c);
      continue;
    }
    const line = c.location.line;
    const there = others.get(line);
    if (there === undefined) {
      others.set(line, c);
      counted++;
    } else if (Array.isArray(there)) {
      if (!there.some((o) => isRepeat(o, c))) {
        there.push(c);
        counted++;
      }
    } else if (!isRepeat(there, c)) {
      others.set(line, [there, c]);
      counted++;
    }
  }
  return { kept, others: counted };
}

/** Bytes read ahead and not yet parsed, at most (a file larger than this is read alone). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

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
