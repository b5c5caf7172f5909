import type { Component } from '../model/component.js';
import type { InventoryReport, Report } from '../gate/report.js';
import type { Finding } from '../policy/types.js';

function where(f: { location: { file: string; line: number } }): string {
  return `${f.location.file}:${f.location.line}`;
}

function label(f: Finding): string {
  const s = f.action === 'fail' ? 'FAIL' : f.action === 'warn' ? 'WARN' : 'PASS';
  return f.status ? `${s} ${f.status}` : s;
}

/** Human-readable scan report: one line a finding, then errors, notices and a summary line. */
export function renderScanText(report: Report): string {
  const lines: string[] = [];
  const order = { fail: 0, warn: 1, pass: 2 } as const;
  const findings = [...report.findings].sort(
    (a, b) =>
      order[a.action] - order[b.action] ||
      (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
      a.location.line - b.location.line,
  );
  for (const f of findings) {
    lines.push(`${label(f)}  ${where(f)}  [${f.ruleId}] ${f.message}`);
    if (f.exception) lines.push(`      excepted until ${f.exception.expires}: ${f.exception.reason}`);
  }
  for (const e of report.errors) {
    lines.push(`ERROR ${e.file}${e.line ? ':' + e.line : ''}${e.column ? ':' + e.column : ''}  ${e.message}`);
  }
  for (const n of report.notices) {
    const tag = n.severity === 'error' ? 'POLICY ' : 'NOTE  ';
    lines.push(`${tag}${n.origin ? `${n.origin.file}:${n.origin.line}  ` : ''}${n.message}`);
  }
  const s = report.summary;
  const diff = report.mode === 'diff' ? `, ${s.introduced ?? 0} introduced, ${s.removed ?? 0} removed` : '';
  const notParsed = s.unchangedNotParsed
    ? ` (${s.unchangedNotParsed} unchanged, naming nothing the policy covers, not parsed)`
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
