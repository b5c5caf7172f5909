import type { Component, ScanError } from '../model/component.js';
import type { Finding, PolicyNotice } from '../policy/types.js';

export type FailOn = 'introduced' | 'any' | 'never';
export type Mode = 'audit' | 'diff';

/** A file that could not be scanned; in diff mode, whether the change touched it. */
export type ReportError = ScanError & { status?: 'introduced' | 'unchanged' };

/** The JSON report of `scan --format json` (contract §2). */
export interface Report {
  schemaVersion: 1;
  mode: Mode;
  findings: Finding[];
  errors: ReportError[];
  notices: PolicyNotice[];
  /** Diff mode: what was compared, and the errors of re-reading changed files at the base. */
  diff?: { base: string; head: string; baseErrors: ScanError[] };
  summary: {
    filesScanned: number;
    components: number;
    failed: number;
    warned: number;
    passed: number;
    introduced?: number;
    removed?: number;
    /**
     * Diff mode: unchanged files not parsed, because no change reaches them or their text names
     * nothing the policy covers; findings already in them are not re-evaluated (an audit, or
     * `fail-on: any`, reports them). `components` counts the parsed files' components only.
     */
    unchangedNotParsed?: number;
  };
  /** The policy used: what it is called, its digest and the files it was merged from. */
  policy: { source?: string; digest?: string; sources: string[] };
}

export interface InventoryReport {
  schemaVersion: 1;
  components: Array<
    Pick<Component, 'ecosystem' | 'name' | 'version' | 'purl' | 'location' | 'source'> & Partial<Component>
  >;
  errors: ScanError[];
  summary: { filesScanned: number; components: number };
}

export function buildReport(input: {
  mode: Mode;
  findings: Finding[];
  errors: ReportError[];
  diff?: Report['diff'];
  notices: PolicyNotice[];
  filesScanned: number;
  components: number;
  unchangedNotParsed?: number;
  policySources: string[];
  policyName?: { source: string; digest: string };
}): Report {
  const active = input.findings.filter((f) => f.status !== 'removed');
  const summary: Report['summary'] = {
    filesScanned: input.filesScanned,
    components: input.components,
    failed: active.filter((f) => f.action === 'fail').length,
    warned: active.filter((f) => f.action === 'warn').length,
    passed: active.filter((f) => f.action === 'pass').length,
  };
  if (input.mode === 'diff') {
    summary.introduced = input.findings.filter(
      (f) => f.status === 'introduced' && f.action !== 'pass',
    ).length;
    summary.removed = input.findings.filter((f) => f.status === 'removed').length;
    summary.unchangedNotParsed = input.unchangedNotParsed ?? 0;
  }
  return {
    schemaVersion: 1,
    mode: input.mode,
    findings: input.findings,
    errors: input.errors,
    notices: input.notices,
    ...(input.diff ? { diff: input.diff } : {}),
    summary,
    policy: { ...(input.policyName ?? {}), sources: input.policySources },
  };
}

/**
 * The gate's verdict on a report under a `fail-on` setting, computed once (by `verdictOf`) and
 * handed to every reporter and shell, so that the exit code, the outputs and each report's FAIL
 * marks cannot disagree.
 */
export interface Verdict {
  readonly failOn: FailOn;
  readonly mode: Mode;
  /** Whether the gate fails: a failing finding, or an input that had to be scanned and could not be read. */
  readonly fails: boolean;
  /** The findings that fail the gate, in report order. */
  readonly findings: readonly Finding[];
  /**
   * The errors that fail the gate: every error, except that in diff mode under `introduced` an
   * error in a file the change did not touch only warns.
   */
  readonly errors: readonly ReportError[];
  /** Whether this finding (an element of the report) is one that fails the gate. */
  gates(finding: Finding): boolean;
  /** Whether this error (an element of the report) is one that fails the gate. */
  gatesError(error: ReportError): boolean;
}

/** The verdict on `report` under `failOn`. */
export function verdictOf(report: Report, failOn: FailOn): Verdict {
  const findings =
    failOn === 'never'
      ? []
      : report.findings.filter(
          (f) =>
            f.action === 'fail' &&
            f.status !== 'removed' &&
            (failOn === 'any' || report.mode !== 'diff' || f.status === 'introduced'),
        );
  const errors =
    failOn === 'never'
      ? []
      : report.mode === 'diff' && failOn === 'introduced'
        ? report.errors.filter((e) => e.status !== 'unchanged')
        : report.errors;
  const gating = new Set(findings);
  const gatingErrors = new Set(errors);
  return {
    failOn,
    mode: report.mode,
    fails: findings.length > 0 || errors.length > 0,
    findings,
    errors,
    gates: (f) => gating.has(f),
    gatesError: (e) => gatingErrors.has(e),
  };
}
