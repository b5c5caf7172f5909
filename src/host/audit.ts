// The host audit: what is installed under a root or in a container image, judged by the policy
// with the same evaluator and report as `scan`.
import { catalog } from '../catalog/index.js';
import type { ScanError } from '../model/component.js';
import { createEvaluator } from '../policy/evaluate.js';
import { nameFilter } from '../policy/relevance.js';
import type { Finding, Policy } from '../policy/types.js';
import { buildReport, type Report } from '../gate/report.js';
import { InstallationCollector } from './collect.js';
import { auditImageFile } from './image.js';
import type { Installation, ParseContext } from './layouts/layout.js';
import { walkRoot, type WalkOptions } from './walk.js';

export interface HostAuditOptions {
  policy: Policy;
  /** The clock, injectable for tests. */
  now?: Date;
}

export interface HostReport {
  report: Report;
  /** What was not entered and why (pseudo and network filesystems, `--skip`). */
  skipped: { path: string; reason: string }[];
  entriesVisited: number;
}

function parseContext(policy: Policy): ParseContext {
  const filter = nameFilter(policy, catalog);
  return { mayName: (text, ecosystem) => filter.textMayName(text, [ecosystem]) };
}

/** Audits the filesystem under `root` (the running machine with `/`). */
export async function auditRoot(root: string, options: HostAuditOptions & WalkOptions): Promise<HostReport> {
  const collector = new InstallationCollector(parseContext(options.policy));
  const walked = await walkRoot(root, collector, options);
  return {
    report: judge(collector.installations(), collector.errors, walked.entriesVisited, options),
    skipped: walked.skipped,
    entriesVisited: walked.entriesVisited,
  };
}

/** Audits a container image: a `docker save` tarball, or an OCI image layout (folder or tar). */
export async function auditImage(file: string, options: HostAuditOptions): Promise<HostReport> {
  const image = await auditImageFile(file, () => new InstallationCollector(parseContext(options.policy)));
  return {
    report: judge(image.installations, image.errors, image.entriesVisited, options),
    skipped: [],
    entriesVisited: image.entriesVisited,
  };
}

/** Every installation judged against the policy, in path order, as one audit report. */
export function judge(
  installations: readonly Installation[],
  errors: ScanError[],
  entriesVisited: number,
  options: HostAuditOptions,
): Report {
  const evaluator = createEvaluator(options.policy, {
    catalog,
    ...(options.now ? { now: options.now } : {}),
  });
  const findings: Finding[] = [];
  for (const i of installations) findings.push(...evaluator.judge(i.component));
  return buildReport({
    mode: 'audit',
    findings,
    errors,
    notices: evaluator.notices(),
    filesScanned: entriesVisited,
    components: installations.length,
    policySources: options.policy.sources,
  });
}
