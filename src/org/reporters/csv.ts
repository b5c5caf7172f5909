// CSV of an org audit's findings (RFC 4180: CRLF rows, quoted fields), safe to open in a
// spreadsheet: a cell that would start a formula (= + - @, tab, CR) is prefixed with an apostrophe.
import type { OrgReport } from '../report.js';

/** One CSV field: formula-neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'repository',
  'file',
  'line',
  'action',
  'rule',
  'tool',
  'tool_version',
  'ecosystem',
  'package',
  'version',
  'spec',
  'source',
  'message',
  'exception',
  'commit',
  'link',
  'rule_link',
] as const;

export function renderOrgCsv(report: OrgReport): string {
  const commits = new Map(report.repositories.map((r) => [r.name, r.commit]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const f of report.findings) {
    rows.push(
      [
        f.repository,
        f.location.file,
        f.location.line,
        f.action,
        f.ruleId,
        f.tool ?? '',
        f.toolVersion ?? '',
        f.component.ecosystem,
        f.component.name,
        f.component.version ?? '',
        f.component.spec ?? '',
        f.source,
        f.message,
        f.exception ? `${f.exception.reason} (until ${f.exception.expires})` : '',
        commits.get(f.repository) ?? '',
        f.link,
        f.ruleLink ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
