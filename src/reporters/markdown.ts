// Markdown report: the CLI's `--format markdown`, the job summary and the pull-request comment.
import type { Finding } from '../policy/types.js';
import type { Report, ReportError, Verdict } from '../gate/report.js';
import { advisoriesIn, installations, statusWord, verdictWord, type Installation } from './advice.js';

export interface MarkdownOptions {
  verdict: Verdict;
  /** A link to a file and line at the scanned commit, or undefined for no link. */
  link?: (file: string, line: number) => string | undefined;
  /** The same at the base commit, for fixed findings (their line is gone from the head). */
  linkBase?: (file: string, line: number) => string | undefined;
  /** Most bytes (UTF-8) of output; entries past it are summarised in a closing note. */
  maxBytes?: number;
  /** Heading level of the title (2 gives `##`). */
  headingLevel?: number;
  /** A line under the verdict (e.g. how many annotations the runner dropped). */
  extraNotes?: string[];
  /** The title (default `ai-tooling-gate`). */
  title?: string;
}

/** Escapes text for a table cell or inline prose. */
export function mdText(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

/** Inline code that survives backticks in the value. */
export function mdCode(s: string): string {
  const clean = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

const STATUS_ORDER = { introduced: 0, unchanged: 1, undefined: 1, removed: 2 } as const;
const ACTION_ORDER = { fail: 0, warn: 1, pass: 2 } as const;

function actionLabel(f: Finding, verdict: Verdict): string {
  switch (verdictWord(f, verdict)) {
    case 'FIXED':
      return '✅ fixed';
    case 'PASS':
      return `excepted until ${f.exception?.expires ?? '?'}`;
    case 'FAIL':
      return '❌ fails the gate';
    case 'PRE-EXISTING':
      return '⚠️ pre-existing (not failing this gate)';
    case 'BANNED':
      return '⚠️ banned (not failing: fail-on never)';
    default:
      return '⚠️ warning';
  }
}

/** Collects lines up to a byte budget, keeping room for a closing note. */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly max: number) {}
  fits(line: string, reserve = 0): boolean {
    return this.used + Buffer.byteLength(line) + 1 + reserve <= this.max;
  }
  push(line: string): void {
    this.lines.push(line);
    this.used += Buffer.byteLength(line) + 1;
  }
}

/** The verdict in one sentence. */
export function verdictLine(report: Report, verdict: Verdict): string {
  const { failOn } = verdict;
  const findings = verdict.findings.length;
  const errors = verdict.errors.length;
  if (!verdict.fails) {
    if (failOn === 'never') return 'Passed: `fail-on: never` never fails the gate.';
    const pre = report.findings.filter((f) => f.action === 'fail' && f.status === 'unchanged').length;
    const fixed = report.findings.filter((f) => f.status === 'removed' && f.action !== 'pass').length;
    const parts = ['Passed: no banned AI tooling is introduced'];
    if (report.mode === 'audit') parts[0] = 'Passed: no banned AI tooling found';
    if (pre > 0) parts.push(`${pre} banned component(s) already on the base branch are reported as warnings`);
    if (fixed > 0) parts.push(`${fixed} finding(s) fixed by this change`);
    return parts.join('; ') + '.';
  }
  const parts: string[] = [];
  if (findings > 0) {
    parts.push(
      report.mode === 'diff' && failOn === 'introduced'
        ? `${findings} banned component(s) introduced by this change`
        : `${findings} banned component(s)`,
    );
  }
  if (errors > 0) parts.push(`${errors} file(s) that could not be scanned (the gate fails closed)`);
  return `Failed: ${parts.join(' and ')} (fail-on: ${failOn}).`;
}

/** Renders the report as Markdown, within `maxBytes`. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const budget = new Budget(options.maxBytes ?? Number.POSITIVE_INFINITY);
  const { verdict } = options;
  const failed = verdict.fails;
  const s = report.summary;
  const NOTE_RESERVE = 400;

  const head: string[] = [
    `${h} ${failed ? '❌' : '✅'} ${options.title ?? 'ai-tooling-gate'}: ${failed ? 'failed' : 'passed'}`,
    '',
    verdictLine(report, verdict),
    '',
  ];
  for (const n of options.extraNotes ?? []) head.push(n, '');
  const policy = report.policy as { source?: string; digest?: string };
  if (policy.source)
    head.push(`Policy: ${mdCode(policy.source)}${policy.digest ? ` (${mdCode(policy.digest)})` : ''}`, '');
  head.push(
    report.mode === 'diff'
      ? '| Fail the gate | Banned | Warnings | Introduced | Fixed | Excepted | Errors | Files scanned |'
      : '| Fail the gate | Banned | Warnings | Excepted | Errors | Files scanned |',
    report.mode === 'diff' ? '|---:|---:|---:|---:|---:|---:|---:|---:|' : '|---:|---:|---:|---:|---:|---:|',
    report.mode === 'diff'
      ? `| ${verdict.findings.length + verdict.errors.length} | ${s.failed} | ${s.warned} | ${s.introduced ?? 0} | ${s.removed ?? 0} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`
      : `| ${verdict.findings.length + verdict.errors.length} | ${s.failed} | ${s.warned} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`,
    '',
  );
  if (s.unchangedNotParsed) {
    head.push(
      `${s.unchangedNotParsed} unchanged file${s.unchangedNotParsed === 1 ? '' : 's'} of the ${s.filesScanned} ${s.unchangedNotParsed === 1 ? 'is' : 'are'} not reached by this change and not parsed: findings already in ${s.unchangedNotParsed === 1 ? 'it' : 'them'} are not re-evaluated here; an audit (\`scan\` without a base, or \`fail-on: any\`) reports them.`,
      '',
    );
  }
  for (const line of head) budget.push(line);

  const active = report.findings.filter((f) => f.status !== 'removed');
  const removed = report.findings.filter((f) => f.status === 'removed');
  let omitted = 0;

  const where = (f: Finding): string => {
    const { file, line } = f.location;
    // A fixed finding's line is where it was at the base: the head no longer has it.
    const url = f.status === 'removed' ? options.linkBase?.(file, line) : options.link?.(file, line);
    return url ? `[L${line}](${url})` : `L${line}`;
  };
  const row = ({ finding: f, platforms }: Installation): string => {
    const c = f.component;
    const version = c.version ?? (c.spec ? `${c.spec} (unknown)` : 'unknown');
    const tool = f.tool ? `${mdText(f.tool)}${f.toolVersion ? ' ' + mdText(f.toolVersion) : ''}` : '—';
    const carrier = `${mdText(c.ecosystem)} ${mdCode(c.alias ? `${c.name} (as ${c.alias})` : c.name)}${platforms.length > 0 ? ` and ${platforms.length} platform package${platforms.length === 1 ? '' : 's'}` : ''}`;
    const fix = f.status === 'removed' ? '—' : f.remediation ? mdText(f.remediation.text) : '—';
    const lines = [f, ...platforms].map(where).join(', ');
    return `| ${fix} | ${statusWord(f)} | ${actionLabel(f, verdict)} | ${tool} | ${carrier} | ${mdCode(version)} | ${mdCode(f.ruleId)} | ${lines} |`;
  };

  const section = (title: string, findings: Finding[]): void => {
    if (findings.length === 0) return;
    const byFile = new Map<string, Installation[]>();
    const sorted = [...findings].sort(
      (a, b) =>
        STATUS_ORDER[`${a.status}` as keyof typeof STATUS_ORDER] -
          STATUS_ORDER[`${b.status}` as keyof typeof STATUS_ORDER] ||
        ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line,
    );
    for (const row of installations(sorted, (f) => actionLabel(f, verdict))) {
      const list = byFile.get(row.finding.location.file);
      if (list) list.push(row);
      else byFile.set(row.finding.location.file, [row]);
    }
    const titleLine = `${h}# ${title}`;
    if (!budget.fits(titleLine, NOTE_RESERVE)) {
      omitted += findings.length;
      return;
    }
    budget.push(titleLine);
    budget.push('');
    for (const [file, list] of byFile) {
      // A file the change moved says so once, at its head: its findings are compared with the
      // findings of its old path.
      const movedFrom = list.find((i) => i.finding.movedFrom !== undefined)?.finding.movedFrom;
      const fileHead = [
        `**${mdCode(file)}**${movedFrom !== undefined ? ` (moved from ${mdCode(movedFrom)})` : ''}`,
        '',
        '| Fix | Status | Verdict | Tool | Carrier | Version | Rule | Lines |',
        '|---|---|---|---|---|---|---|---|',
      ];
      if (!budget.fits(fileHead.join('\n') + row(list[0]!), NOTE_RESERVE)) {
        omitted += list.reduce((n, r) => n + 1 + r.platforms.length, 0);
        continue;
      }
      for (const l of fileHead) budget.push(l);
      for (const f of list) {
        const r = row(f);
        if (budget.fits(r, NOTE_RESERVE)) budget.push(r);
        else omitted += 1 + f.platforms.length;
      }
      budget.push('');
    }
  };
  section('Findings by file', active);
  section('Fixed by this change', removed);

  const advisories = advisoriesIn(report.findings);
  if (advisories.length > 0 && budget.fits(`${h}# Advisories`, NOTE_RESERVE)) {
    budget.push(`${h}# Advisories`);
    budget.push('');
    for (const a of advisories) {
      const line = `- **[${a.id}](${a.link}): ${mdText(a.title)}** (affected: ${mdCode(a.versions)}, first clean release ${mdCode(a.firstClean)}). ${mdText(a.description)}`;
      if (budget.fits(line, NOTE_RESERVE)) budget.push(line);
    }
    budget.push('');
  }

  if (report.errors.length > 0 && budget.fits(`${h}# Errors`, NOTE_RESERVE)) {
    budget.push(`${h}# Files that could not be scanned`);
    budget.push('');
    for (const e of report.errors as ReportError[]) {
      const line = `- ${verdict.gatesError(e) ? '❌' : '⚠️'} ${mdCode(`${e.file}${e.line ? ':' + e.line : ''}`)}: ${mdText(e.message)}${e.status === 'unchanged' ? ' (file not changed here: warning only)' : ''}`;
      if (budget.fits(line, NOTE_RESERVE)) budget.push(line);
      else omitted++;
    }
    budget.push('');
  } else omitted += report.errors.length;

  if (report.notices.length > 0 && budget.fits(`${h}# Notices`, NOTE_RESERVE)) {
    budget.push(`${h}# Notices`);
    budget.push('');
    const weakening = report.notices.filter((n) => n.severity === 'error');
    for (const n of [...weakening, ...report.notices.filter((n) => n.severity !== 'error')]) {
      const mark = n.severity === 'error' ? '❗ **Weakens the policy after merge:** ' : '';
      const line = `- ${mark}${n.origin ? `${mdCode(`${n.origin.file}:${n.origin.line}`)}: ` : ''}${mdText(n.message)}`;
      if (budget.fits(line, NOTE_RESERVE)) budget.push(line);
      else omitted++;
    }
    budget.push('');
  }
  if (omitted > 0) {
    budget.push(
      `> **Truncated:** ${omitted} more ${omitted === 1 ? 'entry is' : 'entries are'} not shown here to stay within the size limit; the full JSON report (output \`report-file\`) lists everything.`,
    );
  }
  return budget.lines.join('\n').replace(/\n+$/, '') + '\n';
}
