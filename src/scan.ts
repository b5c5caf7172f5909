import { catalog } from './catalog/index.js';
import { classifyFindings, diffInventory } from './diff.js';
import { inventory, type Inventory } from './engine.js';
import { defaultLimits, type Limits } from './limits.js';
import type { Component, Detector } from './model.js';
import { evaluate } from './policy/evaluate.js';
import { nameFilter, type NameFilter } from './policy/relevance.js';
import type { Policy, PolicyNotice } from './policy/types.js';
import { buildReport, type InventoryReport, type Report } from './report.js';
import { reconcileManifests } from './reconcile.js';
import type { FileSource } from './sources/source.js';

export interface AuditOptions {
  policy: Policy;
  limits?: Limits;
  now?: Date;
  /** Turns unpinned specs into concrete versions (registry look-ups); omitted when offline. */
  resolve?: (components: Component[], errors: Inventory['errors']) => Promise<Component[]>;
}

/**
 * Runs the resolver over the components some rule could match by name, and passes the others
 * through: a look-up for a package no rule names can change no verdict, and would only cost time
 * (and fail closed on a private package the policy does not care about).
 */
async function resolveRelevant(
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

/** Audit mode: every component of one tree judged against the policy. */
export async function audit(source: FileSource, options: AuditOptions): Promise<Report> {
  const inv = await inventory(source, { limits: options.limits ?? defaultLimits });
  const judged = reconcileManifests(inv.components);
  const components = options.resolve
    ? await resolveRelevant(options.resolve, judged, inv.errors, nameFilter(options.policy, catalog))
    : judged;
  const { findings, notices } = evaluate(components, options.policy, {
    catalog,
    ...(options.now ? { now: options.now } : {}),
  });
  return buildReport({
    mode: 'audit',
    findings,
    errors: inv.errors,
    notices,
    filesScanned: inv.filesScanned,
    components: components.length,
    policySources: options.policy.sources,
  });
}

export interface DiffScanOptions extends AuditOptions {
  /** Paths known to differ (the pull request's files); computed from the two trees when omitted. */
  changed?: ReadonlySet<string>;
  /** Extra notices (a change to the policy file). */
  notices?: PolicyNotice[];
  /** The detectors to run (default: every registered one). */
  detectors?: readonly Detector[];
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
    ...(options.changed ? { changed: options.changed } : {}),
    ...(options.detectors ? { detectors: options.detectors } : {}),
  });
  let headComponents = reconcileManifests(d.head.components);
  let baseComponents = reconcileManifests(d.baseComponents);
  if (options.resolve) {
    headComponents = await resolveRelevant(options.resolve, headComponents, d.head.errors, filter);
    baseComponents = await resolveRelevant(options.resolve, baseComponents, d.baseErrors, filter);
  }
  const evalOptions = { catalog, ...(options.now ? { now: options.now } : {}) };
  const atHead = evaluate(headComponents, options.policy, evalOptions);
  const atBase = evaluate(baseComponents, options.policy, evalOptions);
  return buildReport({
    mode: 'diff',
    findings: classifyFindings(atBase.findings, atHead.findings),
    errors: d.headErrors,
    notices: [...(options.notices ?? []), ...atHead.notices],
    diff: { base: base.description, head: head.description, baseErrors: d.baseErrors },
    filesScanned: d.head.filesScanned,
    components: headComponents.length,
    unchangedNotParsed: d.notParsed,
    policySources: options.policy.sources,
  });
}

export function inventoryReport(inv: Inventory): InventoryReport {
  return {
    schemaVersion: 1,
    components: inv.components,
    errors: inv.errors,
    summary: { filesScanned: inv.filesScanned, components: inv.components.length },
  };
}
