import type { Component } from '../model/component.js';
import type { InventoryReport, Report } from '../gate/report.js';
import type { Finding } from '../policy/types.js';
import { verdictOf, type Verdict } from '../gate/report.js';
import { advisoriesIn, verdictWord } from './advice.js';

function where(f: { location: { file: string; line: number } }): string {
  return `${f.location.file}:${f.location.line}`;
}

/** A style of node:util's styleText that the text report uses. */
export type TextStyle = 'red' | 'yellow' | 'green' | 'magenta' | 'bold';

export interface TextOptions {
  /** Which findings fail the gate (they say FAIL); default under `any`, `introduced` in diff mode. */
  verdict?: Verdict;
  /** Colours the verdict words and the fix; absent, the text is plain. */
  style?: (format: TextStyle, text: string) => string;
}

const WORD_STYLE: Record<string, TextStyle> = { FAIL: 'red', FIXED: 'green', PASS: 'green' };

/**
 * Human-readable scan report: one line a finding (what to do first, then what was found), then
 * the advisories, errors, notices and a summary line. The verdict decides which findings say FAIL.
 */
export function renderScanText(report: Report, options: TextOptions = {}): string {
  const verdict = options.verdict ?? verdictOf(report, report.mode === 'diff' ? 'introduced' : 'any');
  const paint = options.style ?? ((_format: TextStyle, text: string) => text);
  const label = (f: Finding): string => {
    const word = verdictWord(f, verdict);
    const text = f.status && word !== 'FIXED' && word !== 'PRE-EXISTING' ? `${word} ${f.status}` : word;
    const moved = f.movedFrom !== undefined ? ` (moved from ${f.movedFrom})` : '';
    return paint(WORD_STYLE[word] ?? 'yellow', text) + moved;
  };
  const lines: string[] = [];
  const policy = report.policy as { source?: string; digest?: string };
  if (policy.source) lines.push(`Policy: ${policy.source}${policy.digest ? ` (${policy.digest})` : ''}`);
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const findings = [...report.findings].sort(
    (a, b) =>
      order[a.action] - order[b.action] ||
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      a.location.line - b.location.line,
  );
  for (const f of findings) {
    if (f.remediation && f.status !== 'removed') {
      lines.push(`${label(f)}  ${where(f)}  [${f.ruleId}] ${paint('bold', f.remediation.text)}`);
      lines.push(`      ${f.message}`);
    } else lines.push(`${label(f)}  ${where(f)}  [${f.ruleId}] ${f.message}`);
    if (f.exception) lines.push(`      excepted until ${f.exception.expires}: ${f.exception.reason}`);
  }
  for (const a of advisoriesIn(report.findings)) {
    lines.push(
      `${paint('magenta', 'ADVISORY')}  ${a.id}: ${a.title} (${a.versions}; first clean release ${a.firstClean}) ${a.link}`,
    );
    lines.push(`      ${a.description}`);
  }
  for (const e of report.errors) {
    lines.push(
      `${paint('red', 'ERROR')} ${e.file}${e.line ? ':' + e.line : ''}${e.column ? ':' + e.column : ''}  ${e.message}`,
    );
  }
  for (const n of report.notices) {
    const tag = n.severity === 'error' ? 'POLICY ' : 'NOTE  ';
    lines.push(`${tag}${n.origin ? `${n.origin.file}:${n.origin.line}  ` : ''}${n.message}`);
  }
  const s = report.summary;
  const diff = report.mode === 'diff' ? `, ${s.introduced ?? 0} introduced, ${s.removed ?? 0} removed` : '';
  const notParsed = s.unchangedNotParsed
    ? ` (${s.unchangedNotParsed} unchanged, not reached by the change, not parsed: an audit reports findings already there)`
    : '';
  lines.push(
    `${s.filesScanned} files scanned${notParsed}, ${s.components} components: ${s.failed} failed, ${s.warned} warned, ${s.passed} excepted${diff}, ${report.errors.length} errors`,
  );
  return lines.join('\n') + '\n';
}

export function renderInventoryText(report: InventoryReport): string {
  const lines: string[] = [];
  for (const c of report.components as Component[]) lines.push(inventoryTextLine(c));
  return lines.map((l) => l + '\n').join('') + inventoryTextTail(report.errors, report.summary);
}

/** One component's line of the inventory text report. */
export function inventoryTextLine(c: Component): string {
  const version = c.version ?? `(${c.spec ?? 'unknown'})`;
  const alias = c.alias ? ` as ${c.alias}` : '';
  return `${c.location.file}:${c.location.line}  ${c.ecosystem}  ${c.name}@${version}${alias}  [${c.source}]`;
}

/** What follows the components in the inventory text report: errors and the summary line. */
export function inventoryTextTail(
  errors: InventoryReport['errors'],
  summary: InventoryReport['summary'],
): string {
  const lines: string[] = [];
  for (const e of errors) {
    lines.push(`ERROR ${e.file}${e.line ? ':' + e.line : ''}  ${e.message}`);
  }
  lines.push(
    `${summary.filesScanned} files scanned, ${summary.components} components, ${errors.length} errors`,
  );
  return lines.join('\n') + '\n';
}
