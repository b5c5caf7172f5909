// The org audit's Markdown: the job summary (and `--format markdown`): totals, tools and versions
// across the organisation, a row per repository, the repositories not scanned, the findings.
import { countTools } from '../aggregate.js';
import { isUnscanned, type OrgReport, type RepositoryResult } from '../report.js';
import { mdCode, mdText } from '../../reporters/markdown.js';
import { SUMMARY_MAX_BYTES } from '../../reporters/summary.js';

export interface OrgSummaryOptions {
  /** Most bytes (UTF-8); rows past it are counted in a closing note. Default: the job summary's limit. */
  maxBytes?: number;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

const STATUS_LABEL: Record<RepositoryResult['status'], string> = {
  scanned: 'scanned',
  'policy-error': '⚠️ own policy invalid',
  empty: 'empty',
  'not-found': '❌ not found',
  unavailable: '❌ unavailable (451)',
  'too-large': '❌ too large',
  error: '❌ error',
};

function link(text: string, url: string): string {
  return /^https?:\/\//.test(url) ? `[${text}](${url.replace(/[()\s]/g, encodeURIComponent)})` : text;
}

export function renderOrgSummary(report: OrgReport, options: OrgSummaryOptions = {}): string {
  const max = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const h = '#'.repeat(options.headingLevel ?? 2);
  const s = report.summary;
  const failing = s.failed > 0 || report.errors.length > 0 || s.notScanned > 0;
  const out: string[] = [];
  let used = 0;
  let dropped = 0;
  const reserve = 600;
  const push = (line: string, force = false): boolean => {
    const n = Buffer.byteLength(line) + 1;
    if (!force && used + n + reserve > max) {
      dropped++;
      return false;
    }
    out.push(line);
    used += n;
    return true;
  };
  const scope = report.shard
    ? ` (shard ${report.shard.index}/${report.shard.count})`
    : report.mergedShards && report.mergedShards > 1
      ? ` (${report.mergedShards} shards merged)`
      : '';
  push(
    `${h} ${failing ? '❌' : '✅'} ai-tooling-gate: org audit of ${mdText(report.organization)}${scope}`,
    true,
  );
  push('', true);
  const empty = report.repositories.filter((r) => r.status === 'empty').length;
  push(
    `**${s.repositories}** repositories: ${s.scanned} scanned, ${s.notScanned} not scanned, ${empty} empty · ` +
      `**${s.failed}** failing findings in ${s.repositoriesFailed} repositories · ${s.warned} warnings · ${s.passed} excepted · ` +
      `${report.errors.length} unreadable files · ${s.filesScanned} files, ${s.components} components · ${s.requests} API requests in ${(s.durationMs / 1000).toFixed(1)} s`,
    true,
  );
  push('', true);
  const sel = report.selection;
  push(
    `Policy: ${report.policy.sources.map(mdCode).join(', ')}${sel.repoPolicy === 'merge' ? ' (with each repository’s own policy merged under it)' : ''}. ` +
      `Left out: ${sel.excluded.archived} archived, ${sel.excluded.forks} forks, ${sel.excluded.patterns} by the repositories globs` +
      `${sel.excluded.otherShards ? `, ${sel.excluded.otherShards} in other shards` : ''}.`,
    true,
  );
  for (const n of report.notices) push(`\n> ${mdText(n.message)}`, true);
  push('', true);

  const tools = countTools(report);
  if (tools.length > 0) {
    push(`${h}# Tools and versions across the organisation`);
    push('');
    push('| Tool or package | Version | Repositories | Failing | Warnings | Excepted |');
    push('|---|---|---:|---:|---:|---:|');
    for (const t of tools) {
      push(`| **${mdText(t.tool)}** | all | ${t.repositories} | ${t.failed} | ${t.warned} | ${t.passed} |`);
      for (const v of t.versions)
        push(
          `| ${mdText(t.tool)} | ${mdCode(v.version)} | ${v.repositories} | ${v.failed} | ${v.warned} | ${v.passed} |`,
        );
    }
    push('');
  }

  const notScanned = report.repositories.filter((r) => isUnscanned(r.status) || r.status === 'policy-error');
  if (notScanned.length > 0) {
    push(`${h}# Repositories not (fully) scanned`);
    push('');
    push('| Repository | Status | Reason |');
    push('|---|---|---|');
    for (const r of notScanned)
      push(`| ${mdText(r.name)} | ${STATUS_LABEL[r.status]} | ${mdText(r.reason ?? '')} |`);
    push('');
  }

  push(`${h}# Repositories`);
  push('');
  push('| Repository | Status | Failing | Warnings | Components | Files | Commit |');
  push('|---|---|---:|---:|---:|---:|---|');
  const order = [...report.repositories].sort(
    (a, b) => b.failed - a.failed || b.warned - a.warned || (a.name < b.name ? -1 : 1),
  );
  for (const r of order) {
    const commit = r.commit
      ? link(mdCode(r.commit.slice(0, 12)), `${report.serverUrl}/${r.name}/tree/${r.commit}`)
      : '';
    push(
      `| ${mdText(r.name)} | ${STATUS_LABEL[r.status]} | ${r.failed} | ${r.warned} | ${r.components} | ${r.filesScanned} | ${commit} |`,
    );
  }
  push('');

  if (report.findings.length > 0) {
    push(`${h}# Findings`);
    push('');
    push('| Repository | Where | Component | Rule | Action |');
    push('|---|---|---|---|---|');
    for (const f of report.findings) {
      const where = link(mdCode(`${f.location.file}:${f.location.line}`), f.link);
      const comp = mdCode(`${f.component.name}@${f.component.version ?? f.component.spec ?? '?'}`);
      const action =
        f.action === 'pass'
          ? `excepted until ${f.exception?.expires ?? '?'}`
          : f.action === 'fail'
            ? '❌ fail'
            : '⚠️ warn';
      const rule = f.ruleLink ? link(mdCode(f.ruleId), f.ruleLink) : mdCode(f.ruleId);
      push(`| ${mdText(f.repository)} | ${where} | ${comp} | ${rule} | ${action} |`);
    }
    push('');
  }
  if (report.errors.length > 0) {
    push(`${h}# Files that could not be scanned`);
    push('');
    for (const e of report.errors)
      push(
        `- ${mdText(e.repository)}: ${mdCode(`${e.file}${e.line ? ':' + e.line : ''}`)} ${mdText(e.message)}`,
      );
    push('');
  }
  if (dropped > 0)
    push(
      `_${dropped} more lines are left out to fit the summary; the JSON, CSV and HTML reports have everything._`,
      true,
    );
  return out.join('\n') + '\n';
}

/** Plain text for a terminal: one line per repository, then every finding. */
export function renderOrgText(report: OrgReport): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(
    `org audit of ${report.organization}: ${s.repositories} repositories, ${s.scanned} scanned, ${s.notScanned} not scanned; ${s.failed} failing, ${s.warned} warning findings in ${s.repositoriesFailed} repositories; ${s.requests} API requests`,
  );
  for (const r of report.repositories) {
    lines.push(
      `  ${r.name}  ${r.status}${r.reason ? ` (${r.reason})` : ''}  ${r.failed} failing, ${r.warned} warnings, ${r.components} components, ${r.filesScanned} files${r.commit ? ` @ ${r.commit.slice(0, 12)}` : ''}`,
    );
  }
  for (const f of report.findings) {
    lines.push(
      `${f.action.toUpperCase()}  ${f.repository}/${f.location.file}:${f.location.line}  ${f.message}  [${f.ruleId}${f.ruleLink ? ` ${f.ruleLink}` : ''}]  ${f.link}`,
    );
  }
  for (const e of report.errors)
    lines.push(`ERROR  ${e.repository}/${e.file}${e.line ? ':' + e.line : ''}  ${e.message}`);
  for (const n of report.notices) lines.push(`NOTICE  ${n.message}`);
  return lines.map((l) => l.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?')).join('\n') + '\n';
}
