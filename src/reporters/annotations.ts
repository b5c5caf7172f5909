// Workflow annotations: one per finding and error, on file and line, most important first.
import type { Finding } from '../policy/types.js';
import type { Location } from '../model/component.js';
import type { Report, Verdict } from '../gate/report.js';
import { withRemediation } from './advice.js';

/** The runner shows at most this many annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationProps {
  title: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationSink {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
  notice(message: string, props?: Partial<AnnotationProps>): void;
}

/** Per type: annotations the runner shows, and the ones past its limit it drops. */
export interface AnnotationCounts {
  errors: { shown: number; omitted: number };
  warnings: { shown: number; omitted: number };
}

interface Item {
  level: 'error' | 'warning';
  message: string;
  props: AnnotationProps;
  rank: number;
}

function repoPath(prefix: string, file: string): string {
  return prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}

/**
 * Emits annotations: `error` for what fails the gate, `warning` for the rest (warn findings,
 * pre-existing banned components under `fail-on: introduced`, errors in unchanged files). Every
 * finding is annotated, most important first (introduced, then the rest), because the runner keeps
 * only the first `limit` of each type; the counts say how many it will drop.
 */
export function annotate(
  report: Report,
  verdict: Verdict,
  sink: AnnotationSink,
  options: { pathPrefix?: string; limit?: number; only?: 'all' | 'introduced' } = {},
): AnnotationCounts {
  const prefix = options.pathPrefix ?? '';
  const limit = options.limit ?? ANNOTATIONS_PER_TYPE;
  const items: Item[] = [];
  for (const f of report.findings) {
    if (f.action === 'pass' || f.status === 'removed') continue;
    // `annotate: introduced`: what the change did not bring is in the summary, not on its lines.
    if (options.only === 'introduced' && f.status === 'unchanged') continue;
    const level = verdict.gates(f) ? 'error' : 'warning';
    const moved = f.movedFrom !== undefined ? `, in a file moved from ${f.movedFrom}` : '';
    const statusNote =
      f.status === 'unchanged'
        ? ` (already on the base branch${moved})`
        : f.status === 'introduced'
          ? ` (introduced by this change${moved})`
          : '';
    const at = annotationLocation(f);
    items.push({
      level,
      message: `${withRemediation(f)}${statusNote}${installedAt(f)}`,
      props: {
        title: `ai-tooling-gate: ${f.ruleId}`,
        file: repoPath(prefix, at.file),
        startLine: at.line,
        ...(at.column ? { startColumn: at.column } : {}),
      },
      rank: f.status === 'introduced' ? 0 : f.status === undefined ? 1 : 2,
    });
  }
  for (const e of report.errors) {
    if (options.only === 'introduced' && e.status === 'unchanged' && !verdict.gatesError(e)) continue;
    items.push({
      level: verdict.gatesError(e) ? 'error' : 'warning',
      message: `could not be scanned: ${e.message}${e.status === 'unchanged' ? ' (file not changed here)' : ''}`,
      props: {
        title: 'ai-tooling-gate: scan error',
        file: repoPath(prefix, e.file),
        ...(e.line ? { startLine: e.line } : {}),
        ...(e.column ? { startColumn: e.column } : {}),
      },
      rank: e.status === 'unchanged' ? 2 : 1,
    });
  }
  items.sort((a, b) => a.rank - b.rank);
  const counts: AnnotationCounts = { errors: { shown: 0, omitted: 0 }, warnings: { shown: 0, omitted: 0 } };
  for (const item of items) {
    const c = item.level === 'error' ? counts.errors : counts.warnings;
    if (c.shown >= limit) c.omitted++;
    else c.shown++;
    if (item.level === 'error') sink.error(item.message, item.props);
    else sink.warning(item.message, item.props);
  }
  for (const n of report.notices) {
    const props = {
      title:
        n.severity === 'error' ? 'ai-tooling-gate: policy weakened after merge' : 'ai-tooling-gate: policy',
      ...(n.origin ? { file: repoPath(prefix, n.origin.file), startLine: n.origin.line } : {}),
    };
    // A policy change that weakens the policy is an error annotation on the policy file: it does
    // not fail this run (the base policy judges it), but a reviewer must not miss it.
    if (n.severity === 'error') sink.error(n.message, { ...props, file: props.file ?? '' });
    else sink.notice(n.message, props);
  }
  return counts;
}

/** The summary's note about annotations the runner would not show. */
export function omittedNote(counts: AnnotationCounts): string | undefined {
  const parts: string[] = [];
  if (counts.errors.omitted) parts.push(`${counts.errors.omitted} more error(s)`);
  if (counts.warnings.omitted) parts.push(`${counts.warnings.omitted} more warning(s)`);
  if (parts.length === 0) return undefined;
  return `> The runner shows ${ANNOTATIONS_PER_TYPE} annotations of each type per step: ${parts.join(' and ')} are not shown as annotations; all are listed below.`;
}

/**
 * The line a finding is annotated at: where its version is written when a caller, an env entry, a
 * matrix or a build arg gives it (`versionFrom`, the line a reviewer must change), else its
 * install line (`location`).
 */
export function annotationLocation(f: Pick<Finding, 'location' | 'versionFrom'>): Location {
  return f.versionFrom ?? f.location;
}

/** Where the install stands, and through which callers, when the annotation is elsewhere. */
function installedAt(f: Finding): string {
  if (!f.versionFrom && !f.via) return '';
  const where = (l: Location) => `${l.file}:${l.line}`;
  const via = f.via && f.via.length > 0 ? ` via ${f.via.map(where).join(' → ')}` : '';
  return ` [installed at ${where(f.location)}${via}]`;
}
