import { identifiedByBytes } from '../catalog/artifacts.js';
import { catalog } from '../catalog/index.js';
import { classifyFindings, diffInventory } from '../diff/diff.js';
import type { Renames } from '../diff/renames.js';
import { inventoryEach, type Inventory } from '../inventory/engine.js';
import { defaultLimits, type Limits } from '../model/limits.js';
import type { Component, Detector } from '../model/component.js';
import { createEvaluator, evaluate } from '../policy/evaluate.js';
import { normalizeName } from '../policy/names.js';
import { nameFilter, type NameFilter } from '../policy/relevance.js';
import type { Finding, Policy, PolicyNotice } from '../policy/types.js';
import { buildReport, type FailOn, type InventoryReport, type Report } from './report.js';
import {
  isManifestEntry,
  isManifestPath,
  LockedVersions,
  reconcileManifests,
  wantedKey,
} from '../inventory/reconcile.js';
import type { FileSource } from '../sources/source.js';
import { linkLocalArchivesAligned, touchesLocalArchive } from '../inventory/archives.js';
import { entryScreen } from './entry-screen.js';
import { isPackageFolderIdentity } from '../detectors/package-folder.js';

export interface AuditOptions {
  policy: Policy;
  /** The scanned folder's path in its repository: exception paths are relative to the root. */
  pathPrefix?: string;
  /** What the policy is called and its digest, named in every report. */
  policyName?: { source: string; digest: string };
  limits?: Limits;
  now?: Date;
  /** Turns unpinned specs into concrete versions (registry look-ups); omitted when offline. */
  resolve?: (components: Component[], errors: Inventory['errors']) => Promise<Component[]>;
  /** Judge every component, not only those a rule may match by name (the differential tests). */
  everyComponent?: boolean;
  /**
   * Parse every lockfile entry (`--strict-parse`): the errors of entries that name nothing the
   * policy covers are reported too. By default such entries are only counted (gate/entry-screen.ts).
   */
  strictParse?: boolean;
}

/**
 * Runs the resolver over the components some rule could match by name, and passes the others
 * through: a look-up for a package no rule names can change no verdict, and would only cost time
 * (and fail closed on a private package the policy does not care about).
 */
export async function resolveRelevant(
  resolve: NonNullable<AuditOptions['resolve']>,
  components: Component[],
  errors: Inventory['errors'],
  filter: NameFilter,
): Promise<Component[]> {
  const relevant: number[] = [];
  components.forEach((c, i) => {
    if (filter.mayMatch(c.ecosystem, c.name)) relevant.push(i);
  });
  if (relevant.length === 0) return components;
  const resolved = await resolve(
    relevant.map((i) => components[i]!),
    errors,
  );
  const out = [...components];
  relevant.forEach((i, k) => (out[i] = resolved[k]!));
  return out;
}

/**
 * Audit mode: every component of one tree judged against the policy. The tree is streamed file by
 * file (`inventoryEach`), manifests first: a lockfile's components are judged as they come and let
 * go, and of the lockfiles only the versions of names some manifest declares are remembered, to
 * reconcile the manifests' entries at the end (`reconcileManifests`). The report is the one the
 * whole inventory, reconciled and judged at once, gives (tested over every fixture): the findings
 * in component order, the same count, the same errors.
 */
export async function audit(source: FileSource, options: AuditOptions): Promise<Report> {
  const filter = nameFilter(options.policy, catalog);
  const evaluator = createEvaluator(options.policy, {
    catalog,
    ...(options.now ? { now: options.now } : {}),
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
  const resolverErrors: Inventory['errors'] = [];
  const resolve = options.resolve;
  // Findings by where their component sits in the whole inventory: its file, its place there.
  const judged: { file: string; index: number; findings: Finding[] }[] = [];
  type Entry = { file: string; c: Component; index: number };
  let count = 0;
  const judge = async (entries: Entry[]) => {
    let components = entries.map((e) => e.c);
    if (resolve) components = await resolveRelevant(resolve, components, resolverErrors, filter);
    evaluator.judgeAll(components).forEach((findings, k) => {
      if (findings.length > 0) judged.push({ file: entries[k]!.file, index: entries[k]!.index, findings });
    });
    count += components.length;
  };

  // Manifest entries wait for every lockfile; their names are what the lockfiles must remember.
  // Manifest files are handed over first, so every such name is known before any lockfile entry.
  const manifests: Entry[] = [];
  const manifestNames = new Map<string, string>();
  const locked = new LockedVersions(manifestNames);
  let handedOver = 0;
  const screen =
    options.everyComponent || options.strictParse
      ? undefined
      : entryScreen(
          filter,
          (e, name) => manifestNames.has(wantedKey(e, normalizeName(e, name))),
          () => manifestNames.size > 0,
        );
  // Committed archives and the installs that name them wait for each other: few, held to the end.
  const archived: Entry[] = [];
  const totals = await inventoryEach(
    source,
    {
      limits: options.limits ?? defaultLimits,
      first: isManifestPath,
      ...(screen ? { screen } : {}),
      // A component no rule can match by name or bytes holds no finding and is not looked up: it is only
      // counted. Manifest entries are all kept (whether a lockfile pins one decides whether it is
      // counted), and so are the lockfile entries of the names they declare (they pin them).
      ...(options.everyComponent
        ? {}
        : {
            keep: (c: Component) =>
              filter.mayMatch(c.ecosystem, c.name) ||
              // A banned artifact under another name is judged by its bytes (catalog/artifacts.ts).
              identifiedByBytes(c) !== undefined ||
              // An install named by an archive's path is what the archive holds (below).
              touchesLocalArchive(c) ||
              isManifestEntry(c) ||
              (manifestNames.size > 0 &&
                manifestNames.has(wantedKey(c.ecosystem, normalizeName(c.ecosystem, c.name)))),
          }),
    },
    async (file, list) => {
      handedOver += list.length;
      const now: Entry[] = [];
      list.forEach((c, index) => {
        if (touchesLocalArchive(c)) archived.push({ file, c, index });
        else if (isManifestEntry(c)) {
          manifests.push({ file, c, index });
          const name = normalizeName(c.ecosystem, c.name);
          manifestNames.set(wantedKey(c.ecosystem, name), name);
        } else {
          locked.note(c);
          now.push({ file, c, index });
        }
      });
      if (now.length > 0) await judge(now);
    },
  );
  const linked = linkLocalArchivesAligned(archived.map((e) => e.c));
  const installs = archived.flatMap((e, k) => (linked[k] ? [{ ...e, c: linked[k] }] : []));
  for (const e of installs) locked.note(e.c);
  await judge(installs);
  // One resolver call for every manifest entry left: their look-ups run concurrently.
  await judge(manifests.filter((m) => !locked.pins(m.c)));

  judged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
  return buildReport({
    mode: 'audit',
    findings: judged.flatMap((j) => j.findings),
    errors: [...totals.errors, ...resolverErrors],
    notices: evaluator.notices(),
    filesScanned: totals.filesScanned,
    // The components only counted (`keep`) count as the whole inventory would.
    components: count + (totals.components - handedOver),
    policySources: options.policy.sources,
    ...(options.policyName ? { policyName: options.policyName } : {}),
  });
}

export interface DiffScanOptions extends AuditOptions {
  /** Paths known to differ (the pull request's files); computed from the two trees when omitted. */
  changed?: ReadonlySet<string>;
  /** Files the change moved (head path → base path), from git or the pull request's file list. */
  renames?: Renames;
  /** Extra notices (a change to the policy file). */
  notices?: PolicyNotice[];
  /** The detectors to run (default: every registered one). */
  detectors?: readonly Detector[];
  /**
   * The gate's `fail-on`: with `any`, pre-existing errors fail it, so every unchanged file is
   * parsed (none is skipped for naming nothing the policy covers).
   */
  failOn?: FailOn;
}

/**
 * Diff mode: the findings at head, each `introduced` or `unchanged` against base, plus the base
 * findings that are gone (`removed`). One policy (the base's) judges both sides.
 */
export async function diffScan(
  base: FileSource,
  head: FileSource,
  options: DiffScanOptions,
): Promise<Report> {
  const limits = options.limits ?? defaultLimits;
  const filter = nameFilter(options.policy, catalog);
  const d = await diffInventory(base, head, {
    limits,
    nameFilter: filter,
    ...(options.failOn === 'any' || options.strictParse ? { parseEveryFile: true } : {}),
    ...(options.changed ? { changed: options.changed } : {}),
    ...(options.renames ? { renames: options.renames } : {}),
    ...(options.detectors ? { detectors: options.detectors } : {}),
  });
  let headComponents = reconcileManifests(d.head.components);
  let baseComponents = reconcileManifests(d.baseComponents);
  if (options.resolve) {
    headComponents = await resolveRelevant(options.resolve, headComponents, d.head.errors, filter);
    baseComponents = await resolveRelevant(options.resolve, baseComponents, d.baseErrors, filter);
  }
  const evalOptions = {
    catalog,
    ...(options.now ? { now: options.now } : {}),
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  };
  const atHead = evaluate(headComponents, options.policy, evalOptions);
  const atBase = evaluate(baseComponents, options.policy, evalOptions);
  return buildReport({
    mode: 'diff',
    findings: classifyFindings(atBase.findings, atHead.findings, d.renames),
    errors: d.headErrors,
    notices: [...(options.notices ?? []), ...atHead.notices],
    diff: { base: base.description, head: head.description, baseErrors: d.baseErrors },
    filesScanned: d.head.filesScanned,
    components: headComponents.length,
    unchangedNotParsed: d.notParsed,
    policySources: options.policy.sources,
    ...(options.policyName ? { policyName: options.policyName } : {}),
  });
}

export function inventoryReport(inv: Inventory): InventoryReport {
  // A package folder's own identity is only what an install of it takes (inventory/archives.ts).
  const components = inv.components.filter((c) => !isPackageFolderIdentity(c));
  return {
    schemaVersion: 1,
    components,
    errors: inv.errors,
    summary: { filesScanned: inv.filesScanned, components: components.length },
  };
}
