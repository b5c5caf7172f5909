import { catalog } from './catalog/index.js';
import { inventory, type Inventory } from './engine.js';
import { defaultLimits, type Limits } from './limits.js';
import type { Component } from './model.js';
import { evaluate } from './policy/evaluate.js';
import type { Policy } from './policy/types.js';
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

/** Audit mode: every component of one tree judged against the policy. */
export async function audit(source: FileSource, options: AuditOptions): Promise<Report> {
  const inv = await inventory(source, { limits: options.limits ?? defaultLimits });
  const judged = reconcileManifests(inv.components);
  const components = options.resolve ? await options.resolve(judged, inv.errors) : judged;
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

export function inventoryReport(inv: Inventory): InventoryReport {
  return {
    schemaVersion: 1,
    components: inv.components,
    errors: inv.errors,
    summary: { filesScanned: inv.filesScanned, components: inv.components.length },
  };
}
