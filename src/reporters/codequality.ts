// `scan --format codequality`: a GitLab Code Quality report (a JSON array of issues), so a merge
// request shows the findings in its widget and diff. GitLab matches issues across pipelines by
// `fingerprint`: the finding's identity, without its line, as SARIF's own fingerprint.
import { createHash } from 'node:crypto';
import { findingIdentity } from '../diff/diff.js';
import type { Report, Verdict } from '../gate/report.js';
import { withRemediation } from './advice.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

interface Issue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: Severity;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export function renderCodeQuality(
  report: Report,
  options: { verdict: Verdict; pathPrefix?: string },
): string {
  const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/+$/, '') + '/' : '';
  const { verdict } = options;
  const issues: Issue[] = [];
  for (const f of report.findings) {
    // Fixed and excepted findings are not issues of this code.
    if (f.status === 'removed' || f.action === 'pass') continue;
    const path = prefix + f.location.file;
    issues.push({
      type: 'issue',
      check_name: f.ruleId,
      description: withRemediation(f),
      categories: ['Security'],
      severity: verdict.gates(f) ? 'critical' : f.action === 'fail' ? 'major' : 'minor',
      fingerprint: md5(findingIdentity({ ...f, location: { ...f.location, file: path } })),
      location: { path, lines: { begin: Math.max(1, f.location.line) } },
    });
  }
  for (const e of report.errors) {
    const path = prefix + e.file;
    issues.push({
      type: 'issue',
      check_name: 'scan-error',
      description: `could not be scanned: ${e.message}`,
      categories: ['Security'],
      severity: verdict.gatesError(e) ? 'critical' : 'minor',
      fingerprint: md5(['scan-error', path, e.message].join('\u0000')),
      location: { path, lines: { begin: Math.max(1, e.line ?? 1) } },
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
