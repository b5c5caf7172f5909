// What every report tells the reader besides the finding itself: what to do about it (the
// remediation first), the advisory behind a built-in ban, the words for a finding's status, and
// one row per installation (a package with its platform packages).
import { advisoryOf, platformParentOf, type Advisory } from '../catalog/index.js';
import type { Finding } from '../policy/types.js';
import type { Verdict } from '../gate/report.js';

/** The advisories the report's findings stand on, in id order. */
export function advisoriesIn(findings: readonly Finding[]): Advisory[] {
  const seen = new Map<string, Advisory>();
  for (const f of findings) {
    const a = advisoryOf(f.ruleId);
    if (a) seen.set(a.id, a);
  }
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The finding's message with what to do first. */
export function withRemediation(f: Finding): string {
  return f.remediation ? `${f.remediation.text} ${f.message}` : f.message;
}

/** The status of a finding in words: new, pre-existing, fixed, or present (audit). */
export function statusWord(f: Finding): string {
  switch (f.status) {
    case 'introduced':
      return 'new';
    case 'unchanged':
      return 'pre-existing';
    case 'removed':
      return 'fixed';
    default:
      return 'present';
  }
}

/**
 * One verdict word for a finding under the gate's verdict: FAIL (fails this gate), PRE-EXISTING (a banned
 * component the change did not bring, not failing this gate), FIXED, WARN, PASS (excepted).
 */
export function verdictWord(f: Finding, verdict: Verdict): string {
  if (f.status === 'removed') return 'FIXED';
  if (f.action === 'pass') return 'PASS';
  if (verdict.gates(f)) return 'FAIL';
  if (f.action === 'fail') return f.status === 'unchanged' ? 'PRE-EXISTING' : 'BANNED';
  return 'WARN';
}

/** One installation: a finding and the findings of its platform packages beside it. */
export interface Installation {
  finding: Finding;
  /** The platform packages' findings folded into this row (same file, rule, version, status, verdict). */
  platforms: Finding[];
}

/**
 * Folds the findings of platform packages into their package's row: an npm install of
 * `@anthropic-ai/claude-code` brings its native builds beside it, one installation. A platform
 * package found without its package keeps a row of its own, the others of the same kind with it.
 */
export function installations(findings: readonly Finding[], verdict: (f: Finding) => string): Installation[] {
  const out: Installation[] = [];
  const byKey = new Map<string, Installation>();
  const keyOf = (f: Finding, name: string) =>
    JSON.stringify([f.location.file, f.ruleId, f.component.version, f.status ?? '', verdict(f), name]);
  for (const f of findings) {
    if (platformParentOf(f.component.ecosystem, f.component.name)) continue;
    const row = { finding: f, platforms: [] };
    out.push(row);
    const key = keyOf(f, f.component.name);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  for (const f of findings) {
    const parent = platformParentOf(f.component.ecosystem, f.component.name);
    if (!parent) continue;
    const key = keyOf(f, parent);
    const row = byKey.get(key);
    if (row) row.platforms.push(f);
    else {
      const own = { finding: f, platforms: [] };
      byKey.set(key, own);
      out.push(own);
    }
  }
  const order = new Map(findings.map((f, i) => [f, i]));
  return out.sort((a, b) => order.get(a.finding)! - order.get(b.finding)!);
}
