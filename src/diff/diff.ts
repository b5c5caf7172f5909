// Diff mode: which findings a change introduces, keeps or removes, and which files it changes.
import { createHash } from 'node:crypto';
import {
  detectorsFor,
  inventory,
  type FileResult,
  type Inventory,
  type InventoryOptions,
} from '../inventory/engine.js';
import type { Component, Detector, ScanError } from '../model/component.js';
import { componentsWhere, judgedByCallers } from '../inventory/flows.js';
import { judgeWorkflowTemplates, type WorkflowReferences } from '../inventory/workflow-templates.js';
import type { NameFilter } from '../policy/relevance.js';
import type { Finding, FindingStatus } from '../policy/types.js';
import type { FileSource } from '../sources/source.js';
import { reachedFiles } from './reach.js';
import { hasBlobIds, withExactRenames, type BlobIdSource, type Renames } from './renames.js';

/**
 * The identity of a finding across commits: rule, carrier, version (or the spec written when the
 * version is unknown) and file — never the line, so moving an entry is not introducing it. `file`
 * overrides the finding's own (a head file's path at base, when the change moved it).
 */
export function findingIdentity(f: Finding, file = f.location.file): string {
  const c = f.component;
  return [f.ruleId, c.ecosystem, c.name, c.version === null ? `spec:${c.spec ?? ''}` : c.version, file].join(
    '\u0000',
  );
}

/**
 * Marks each head finding `introduced` (no finding of the same identity at base) or `unchanged`,
 * and adds each base finding with no counterpart at head as `removed`. Identities are counted, so
 * a second copy of an existing finding in the same file is introduced. A head finding in a file
 * the change moved (`renames`: head path → base path) is compared with the findings of the file's
 * base path, and says where it moved from (`movedFrom`).
 */
export function classifyFindings(
  base: readonly Finding[],
  head: readonly Finding[],
  renames: Renames = new Map(),
): Finding[] {
  const remaining = new Map<string, Finding[]>();
  for (const f of base) {
    const k = findingIdentity(f);
    const list = remaining.get(k);
    if (list) list.push(f);
    else remaining.set(k, [f]);
  }
  const out: Finding[] = [];
  for (const f of head) {
    const from = renames.get(f.location.file);
    const list = remaining.get(findingIdentity(f, from));
    const status: FindingStatus = list && list.length > 0 ? 'unchanged' : 'introduced';
    if (list && list.length > 0) list.shift();
    out.push({ ...f, status, ...(from !== undefined ? { movedFrom: from } : {}) });
  }
  for (const f of base) {
    const list = remaining.get(findingIdentity(f));
    if (list && list.includes(f)) out.push({ ...f, status: 'removed' });
  }
  return out;
}

export interface DiffInventoryOptions extends Omit<InventoryOptions, 'only'> {
  /**
   * Paths known to differ between base and head (added, modified, removed, both sides of a
   * rename), e.g. from the pull request's file list. Without it, files are compared by blob id
   * or content.
   */
  changed?: ReadonlySet<string>;
  /**
   * What the policy can match by name. With it, an unchanged file of a detector whose components
   * are named in its own text (`Detector.namesInText`) is read but not parsed when its text names
   * nothing the policy covers: it can hold no finding, at head or at base.
   */
  nameFilter?: NameFilter;
  /**
   * Parse every file all the same (`--fail-on any`: a pre-existing finding, or a pre-existing file
   * that cannot be read, fails the gate there, as in an audit, so every one must be found).
   * Without it, an unchanged file that no change reaches is not even read (`reachedFiles`).
   */
  parseEveryFile?: boolean;
  /**
   * Files the change moved (head path → base path), as git or the pull request's file list pairs
   * them; exact moves among the changed files (same blob) are added where the sources name blobs.
   */
  renames?: Renames;
}

export interface DiffInventory {
  head: Inventory;
  /** Components at base: re-detected for changed files, reused from head for the others. */
  baseComponents: Component[];
  /** Errors of re-detecting changed files at base (they make those files' findings introduced). */
  baseErrors: ScanError[];
  /** Errors at head, each marked by whether its file changed (`introduced`) or not (`unchanged`). */
  headErrors: (ScanError & { status: 'introduced' | 'unchanged' })[];
  /** Detector files whose result may differ: changed themselves or reading a changed file. */
  dirty: string[];
  /** Files scanned at base (the dirty ones present there, and the ones removed at head). */
  baseFilesScanned: number;
  /**
   * Unchanged files at head not parsed: no change reaches them (not read at all), or their text
   * names nothing the policy covers (read, not parsed).
   */
  notParsed: number;
  /** Files the change moved: head path → base path. */
  renames: Map<string, string>;
}

/**
 * Detects components at head and at base, parsing each unchanged file once: a detector file is
 * re-detected at base only when it changed or when a file it read (`DetectInput.readFile`) did.
 * Reading the same inputs, a detector reads the same files, so the reads recorded at head are the
 * reads it made at base for every file taken as unchanged.
 */
export async function diffInventory(
  base: FileSource,
  head: FileSource,
  options: DiffInventoryOptions = {},
): Promise<DiffInventory> {
  const { changed: hint, nameFilter, parseEveryFile, renames: knownRenames, ...inventoryOptions } = options;
  const maxBytes = options.limits?.maxFileBytes ?? 64 * 1024 * 1024;

  const memo = new Map<string, Promise<boolean>>();
  const isChanged = (path: string): Promise<boolean> => {
    let p = memo.get(path);
    if (!p) {
      p = hint ? Promise.resolve(hint.has(path)) : contentDiffers(base, head, path, maxBytes);
      memo.set(path, p);
    }
    return p;
  };

  // The text test first (one search of text already in memory), then whether the file changed:
  // a changed file is always parsed, so that its errors fail the gate.
  const namesCovered = (detector: Detector, text: string): boolean =>
    !nameFilter || !detector.namesInText || nameFilter.textMayName(text, detector.namesInText);
  const reached = parseEveryFile ? null : await reachedFiles(base, head, hint, isChanged, options.detectors);
  const notRead = new Set<string>();
  const scanHead = () =>
    inventory(head, {
      ...inventoryOptions,
      ...(nameFilter && !parseEveryFile
        ? {
            shouldParse: async (path: string, detector: Detector, text: string) =>
              namesCovered(detector, text) || (await isChanged(path)),
          }
        : {}),
      ...(reached
        ? {
            skipUnread: async (path: string, ds: readonly Detector[]) => {
              const skip = !(await reached(path, ds));
              if (skip) notRead.add(path);
              return skip;
            },
          }
        : {}),
    });
  let headInv = await scanHead();
  // A file run by another is judged in its caller's context, and compared with what it holds on
  // its own at base: a caller may run any file, so one left unread that a caller runs is read
  // after all (the scan runs again; no known format runs a lockfile or a manifest).
  if (reached) {
    const called = new Set<string>();
    for (const r of headInv.byFile.values())
      for (const c of r.callees ?? []) if (notRead.has(c)) called.add(c);
    if (called.size > 0) {
      reached.add(called);
      notRead.clear();
      headInv = await scanHead();
    }
  }

  // A file read through readFile may be one the change list does not cover (an ignored `.env`
  // on disk in the CLI's work tree): it is compared directly as well.
  const readMemo = new Map<string, Promise<boolean>>();
  const isReadChanged = (path: string): Promise<boolean> => {
    let p = readMemo.get(path);
    if (!p) {
      p = isChanged(path).then((c) => c || (hint ? contentDiffers(base, head, path, maxBytes) : false));
      readMemo.set(path, p);
    }
    return p;
  };

  // The change list names paths as git sees them: a symlink whose target changed is not on it,
  // nor is anything else git does not track as that path. A file it calls unchanged that holds
  // a component the policy may match, or an error, is confirmed by its content (few files do).
  const mayMatter = (r: FileResult): boolean =>
    r.errors.length > 0 || r.components.some((c) => !nameFilter || nameFilter.mayMatch(c.ecosystem, c.name));
  const dirty = new Set<string>();
  for (const [path, result] of headInv.byFile) {
    if (await isChanged(path)) {
      dirty.add(path);
      continue;
    }
    if (hint && mayMatter(result) && (await contentDiffers(base, head, path, maxBytes, true))) {
      dirty.add(path);
      continue;
    }
    for (const read of result.reads) {
      if (await isReadChanged(read)) {
        dirty.add(path);
        break;
      }
    }
  }

  // Detector files present at base only (deleted or renamed away): scanned at base.
  const headFiles = new Set(headInv.files);
  const detectorList = options.detectors;
  const baseOnly: string[] = [];
  const candidates = hint ? [...hint] : await base.list();
  for (const path of candidates) {
    if (headFiles.has(path)) continue;
    if (detectorsFor(path, detectorList).length === 0) continue;
    baseOnly.push(path);
  }

  // Exact moves the change list does not pair, among the changed files whose pairing can matter:
  // the ones holding a component the policy may match, or an error.
  const pairable = new Set<string>();
  for (const [path, result] of headInv.byFile) {
    if (result.errors.length > 0) pairable.add(path);
    for (const c of result.components)
      if (!nameFilter || nameFilter.mayMatch(c.ecosystem, c.name)) pairable.add(c.location.file);
  }
  const changedPairable: string[] = [];
  for (const p of pairable) if (dirty.has(p) || (await isChanged(p))) changedPairable.push(p);
  const renames = await withExactRenames(
    base,
    head,
    changedPairable,
    hint ?? [...dirty, ...baseOnly],
    knownRenames ?? new Map(),
    maxBytes,
  );
  // A moved file that cannot be parsed is compared with its base path's errors, so that path is
  // parsed at base whatever its text names.
  const movedWithErrors = new Set<string>();
  for (const [path, result] of headInv.byFile) {
    const from = renames.get(path);
    if (from !== undefined && result.errors.length > 0) movedWithErrors.add(from);
  }

  const toScanAtBase = [...new Set([...dirty, ...baseOnly])].sort();
  // At base, a file that names nothing the policy covers holds no finding to compare with: its
  // head side's findings (if any) are introduced either way.
  const unchangedReferences: WorkflowReferences[] = [];
  for (const [path, result] of headInv.byFile)
    if (!dirty.has(path) && result.workflowReferences) unchangedReferences.push(result.workflowReferences);
  const baseInv = await inventory(restrictedSource(base, toScanAtBase), {
    ...inventoryOptions,
    workflowReferencesElsewhere: unchangedReferences,
    ...(nameFilter
      ? {
          shouldParse: (path: string, d: Detector, text: string) =>
            namesCovered(d, text) || movedWithErrors.has(path),
        }
      : {}),
  });
  const errorKey = (file: string, e: ScanError): string => `${file}\u0000${e.line ?? 0}\u0000${e.message}`;
  const baseErrorKeys = new Set(baseInv.errors.map((e) => errorKey(e.file, e)));

  const baseComponents: Component[] = [...baseInv.components];
  // An unchanged file is judged on its own at base only when nothing built or ran it there: a
  // caller added or removed by the change moves its findings between it and the caller.
  const atBase = new Map<string, FileResult>();
  for (const [path, result] of headInv.byFile) if (!dirty.has(path)) atBase.set(path, result);
  for (const [path, result] of baseInv.byFile) atBase.set(path, result);
  // A nested workflow file is used at base by what the base holds (a copy the change adds or
  // removes moves its findings in or out).
  judgeWorkflowTemplates(atBase);
  const droppedAtBase = judgedByCallers(atBase);
  for (const path of headInv.byFile.keys()) {
    if (dirty.has(path)) continue;
    for (const c of componentsWhere(atBase.get(path)!, droppedAtBase.has(path))) baseComponents.push(c);
  }
  const headErrors: DiffInventory['headErrors'] = [];
  for (const [path, result] of headInv.byFile) {
    // A file moved with the same error it had at its base path: the error is not new.
    const from = renames.get(path);
    for (const e of result.errors) {
      const fresh = dirty.has(path) && (from === undefined || !baseErrorKeys.has(errorKey(from, e)));
      headErrors.push({ ...e, status: fresh ? 'introduced' : 'unchanged' });
    }
  }
  return {
    head: headInv,
    baseComponents,
    baseErrors: baseInv.errors,
    headErrors: sortErrors(headErrors),
    dirty: [...dirty].sort(),
    baseFilesScanned: baseInv.filesScanned,
    notParsed: headInv.notParsed,
    renames,
  };
}

function sortErrors<T extends ScanError>(errors: T[]): T[] {
  return errors.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

/** A view of a source that lists only the given paths (which may not exist in it). */
function restrictedSource(source: FileSource, paths: string[]): FileSource {
  return {
    description: source.description,
    list: () => Promise.resolve(paths),
    read: (path, maxBytes) => source.read(path, maxBytes),
  };
}

/**
 * Whether a path differs between the trees: by blob id when both sources have them, else by a
 * hash of the bytes. A path that cannot be read on a side (a symlink out of the tree, too large)
 * counts by its error, so the same unreadable file on both sides is unchanged (it warns) while a
 * newly unreadable one is changed (it fails closed).
 */
async function contentDiffers(
  base: FileSource,
  head: FileSource,
  path: string,
  maxBytes: number,
  /** Only bytes count: a side that cannot be read leaves the path as the change list has it. */
  readableOnly = false,
): Promise<boolean> {
  const useIds = hasBlobIds(base) && hasBlobIds(head);
  const [a, b] = await Promise.all([
    fingerprint(base, path, maxBytes, useIds),
    fingerprint(head, path, maxBytes, useIds),
  ]);
  // The same dangling link reads as "points outside" in git and "does not exist" on disk.
  if (readableOnly && (a.startsWith('error:') || b.startsWith('error:'))) return false;
  return a !== b;
}

async function fingerprint(
  source: FileSource,
  path: string,
  maxBytes: number,
  useIds: boolean,
): Promise<string> {
  try {
    if (useIds) return `id:${(await (source as BlobIdSource).blobId(path)) ?? 'absent'}`;
    const bytes = await source.read(path, maxBytes);
    return bytes === null ? 'absent' : `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  } catch (e) {
    return `error:${e instanceof Error ? e.message : String(e)}`;
  }
}
