// The verdict is computed once from a report and a fail-on setting; every reporter and shell reads
// it, so what fails the gate is decided here and nowhere else.
import { describe, expect, it } from 'vitest';
import { buildReport, verdictOf, type ReportError } from '../../src/gate/report.js';
import type { Finding } from '../../src/policy/types.js';

function finding(status: Finding['status'], action: Finding['action'] = 'fail'): Finding {
  return {
    ruleId: 'no-claude-code',
    action,
    message: 'banned',
    component: { ecosystem: 'npm', name: '@anthropic-ai/claude-code', version: '2.1.100', purl: 'pkg:npm/x' },
    tool: 'claude-code',
    toolVersion: '2.1.100',
    location: { file: 'package-lock.json', line: 1 },
    source: 'package-lock.json',
    reason: 'r',
    ...(status ? { status } : {}),
  };
}

const introduced = finding('introduced');
const unchanged = finding('unchanged');
const removed = finding('removed');
const warned = finding('introduced', 'warn');
const newError: ReportError = { file: 'a.json', message: 'bad', status: 'introduced' };
const oldError: ReportError = { file: 'b.json', message: 'bad', status: 'unchanged' };
const report = (mode: 'audit' | 'diff', errors: ReportError[] = []) =>
  buildReport({
    mode,
    findings: [introduced, unchanged, removed, warned],
    errors,
    notices: [],
    filesScanned: 2,
    components: 4,
    policySources: [],
  });

describe('verdictOf', () => {
  it('under introduced in diff mode: only introduced failing findings and errors in changed files', () => {
    const r = report('diff', [newError, oldError]);
    const v = verdictOf(r, 'introduced');
    expect(v.fails).toBe(true);
    expect(v.findings).toEqual([introduced]);
    expect(v.errors).toEqual([newError]);
    expect([introduced, unchanged, removed, warned].map((f) => v.gates(f))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([v.gatesError(newError), v.gatesError(oldError)]).toEqual([true, false]);
  });

  it('under any: every present failing finding and every error', () => {
    const v = verdictOf(report('diff', [oldError]), 'any');
    expect(v.findings).toEqual([introduced, unchanged]);
    expect(v.errors).toEqual([oldError]);
    expect(v.fails).toBe(true);
  });

  it('in audit mode introduced judges every present failing finding', () => {
    expect(verdictOf(report('audit'), 'introduced').findings).toEqual([introduced, unchanged]);
  });

  it('under never: nothing fails', () => {
    const v = verdictOf(report('diff', [newError]), 'never');
    expect(v.fails).toBe(false);
    expect(v.findings).toEqual([]);
    expect(v.errors).toEqual([]);
    expect(v.gates(introduced)).toBe(false);
  });

  it('passes when only pre-existing findings and errors in untouched files remain', () => {
    const r = buildReport({
      mode: 'diff',
      findings: [unchanged],
      errors: [oldError],
      notices: [],
      filesScanned: 1,
      components: 1,
      policySources: [],
    });
    expect(verdictOf(r, 'introduced').fails).toBe(false);
    expect(verdictOf(r, 'any').fails).toBe(true);
  });
});
