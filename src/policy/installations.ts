// One installation, one finding. A detector that sees one installation from two places (a feature
// and the package it installs, an action and the version input that chose its CLI, an importer's
// alias and the lockfile entry it names) marks the more precise component with
// `sameInstallationAs`, the other. Under a rule that judges the precise one, the other's findings
// of that rule go: the precise one decides (an action's default CLI version does not matter when
// its version input chose another), and its finding names the other place in `via`.
import type { Component, ComponentRef, Location } from '../model/component.js';
import type { Finding } from './types.js';

function refKey(ecosystem: string, name: string, at: Location): string {
  return `${ecosystem}\u0000${name}\u0000${at.file}\u0000${at.line}`;
}

const keyOf = (c: Component): string => refKey(c.ecosystem, c.name, c.location);
const keyOfRef = (r: ComponentRef): string => refKey(r.ecosystem, r.name, r.location);

/**
 * The findings of each component (`findings[i]` of `components[i]`) with those of the other view
 * of an installation dropped, for each rule `judges(precise, ruleId)` says judged the precise view.
 */
export function oneFindingPerInstallation(
  components: readonly Component[],
  findings: readonly Finding[][],
  judges: (component: Component) => ReadonlySet<string>,
): Finding[][] {
  if (!components.some((c) => c.sameInstallationAs !== undefined)) return findings as Finding[][];
  const byKey = new Map<string, number[]>();
  components.forEach((c, i) => {
    const k = keyOf(c);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const dropped = new Map<number, Set<string>>();
  const out = findings.map((list) => [...list]);
  components.forEach((c, i) => {
    const ref = c.sameInstallationAs;
    if (!ref) return;
    const others = (byKey.get(keyOfRef(ref)) ?? []).filter((k) => k !== i);
    // Two candidates at one place (two steps of one action on one line): which one this is the
    // view of cannot be told, so both keep their findings.
    if (others.length !== 1) return;
    const rules = judges(c);
    for (const k of others) {
      const set = dropped.get(k) ?? new Set<string>();
      for (const r of rules) set.add(r);
      dropped.set(k, set);
    }
    const other = ref.location;
    out[i] = out[i]!.map((f) => {
      const here = f.location.file === other.file && f.location.line === other.line;
      const known = f.via?.some((v) => v.file === other.file && v.line === other.line) ?? false;
      return here || known ? f : { ...f, via: [{ file: other.file, line: other.line }, ...(f.via ?? [])] };
    });
  });
  for (const [k, rules] of dropped) {
    out[k] = out[k]!.filter((f) => !rules.has(f.ruleId));
  }
  return out;
}
