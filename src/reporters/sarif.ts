// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).
import { createHash } from 'node:crypto';
import { findingIdentity } from '../diff/diff.js';
import { advisoryOf } from '../catalog/index.js';
import type { Finding, Rule } from '../policy/types.js';
import type { Report, Verdict } from '../gate/report.js';
import { PROJECT_URL, VERSION } from '../model/version.js';
import { withRemediation } from './advice.js';

export const TOOL_NAME = 'ai-tooling-gate';
export const TOOL_VERSION = VERSION;
const INFORMATION_URI = PROJECT_URL;
const SCAN_ERROR_RULE = 'scan-error';

export interface SarifOptions {
  verdict: Verdict;
  /** The scanned folder's path inside the repository (`''` at the top), prefixed to every file. */
  pathPrefix?: string;
  /** The policy's rules: each SARIF rule's level and severity come from its own action. */
  rules?: readonly SarifRuleInfo[];
}

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity': string; tags: string[]; precision: string; 'problem.severity': string };
}

function repoPath(prefix: string | undefined, file: string): string {
  return prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}

function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** What SARIF needs of a policy rule: its own action decides the level, not its findings. */
export type SarifRuleInfo = Pick<Rule, 'id' | 'action' | 'reason' | 'link'>;

function ruleFor(id: string, findings: readonly Finding[], declared: SarifRuleInfo | undefined): SarifRule {
  const advisory = advisoryOf(id);
  // Without the policy's rule at hand: an advisory bans; otherwise a finding whose version is
  // known says what the rule does (an unknown-version finding says what the setting does).
  const known = findings.find((f) => !f.unknownVersion);
  const action =
    declared?.action ?? (advisory ? 'fail' : known ? (known.action === 'warn' ? 'warn' : 'fail') : 'warn');
  const fail = action === 'fail';
  const first = findings[0]!;
  const what = first.tool
    ? `the AI coding tool ${first.tool}`
    : `${first.component.ecosystem} package ${first.component.name}`;
  const text = declared?.reason ?? first.reason ?? `Policy rule ${id} bans ${what}.`;
  const link = declared?.link ?? first.link ?? advisory?.link;
  // What to do comes first: the distinct remediations of the rule's findings.
  const fixes = [...new Set(findings.flatMap((f) => (f.remediation ? [f.remediation.text] : [])))];
  const shownFixes = fixes.slice(0, 5);
  const markdown = [
    ...shownFixes.map((t) => `**Fix:** ${escapeMd(t)}`),
    ...(fixes.length > shownFixes.length
      ? [`(and ${fixes.length - shownFixes.length} more; see each result)`]
      : []),
    ...(shownFixes.length > 0 ? [''] : []),
    `**${id}**: ${escapeMd(text)}`,
    ...(advisory
      ? [
          '',
          `**${escapeMd(advisory.title)}** (affected: ${advisory.versions}, first clean release ${advisory.firstClean}). ${escapeMd(advisory.description)}`,
        ]
      : []),
    '',
    'ai-tooling-gate found a component this policy rule covers. Upgrade to the version named above,',
    'remove it, or add a time-limited exception to the policy with a reason.',
    ...(link ? ['', `More: ${link}`] : []),
  ].join('\n');
  const helpText = [
    ...shownFixes.map((t) => `Fix: ${t}`),
    `${id}: ${text}`,
    ...(advisory ? [`${advisory.title}: ${advisory.description}`] : []),
    ...(link ? [`More: ${link}`] : []),
  ].join(' ');
  return {
    id,
    name: id
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: advisory ? `${advisory.id}: ${advisory.title}` : `Banned AI tooling: ${id}` },
    fullDescription: { text: advisory ? `${text} ${advisory.description}` : text },
    help: { text: helpText, markdown },
    ...(link ? { helpUri: link } : {}),
    defaultConfiguration: { level: fail ? 'error' : 'warning' },
    properties: {
      'security-severity': fail ? '8.0' : '4.0',
      tags: ['security', 'supply-chain', 'ai-tooling', ...(first.tool ? [`tool:${first.tool}`] : [])],
      precision: 'very-high',
      'problem.severity': fail ? 'error' : 'warning',
    },
  };
}

function fingerprint(parts: string): string {
  return createHash('sha256').update(parts).digest('hex');
}

/** Renders a report as SARIF 2.1.0. Removed findings are left out: they are no longer in the code. */
export function renderSarif(report: Report, options: SarifOptions): string {
  const { verdict } = options;
  // Rules in the order their first result appears; each built from all of its findings.
  const ruleIds: string[] = [];
  const ruleFindings = new Map<string, Finding[]>();
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      i = ruleIds.length;
      ruleIds.push(id);
      ruleIndex.set(id, i);
    }
    return i;
  };
  let scanErrorRule: SarifRule | undefined;

  const results: unknown[] = [];
  for (const f of report.findings) {
    if (f.status === 'removed') continue;
    const level: SarifLevel = f.action === 'pass' ? 'note' : f.action === 'fail' ? 'error' : 'warning';
    const list = ruleFindings.get(f.ruleId);
    if (list) list.push(f);
    else ruleFindings.set(f.ruleId, [f]);
    const file = repoPath(options.pathPrefix, f.location.file);
    results.push({
      ruleId: f.ruleId,
      ruleIndex: indexOf(f.ruleId),
      level,
      message: { text: withRemediation(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: Math.max(1, f.location.line),
              ...(f.location.column ? { startColumn: f.location.column } : {}),
            },
          },
        },
      ],
      partialFingerprints: {
        'aiToolingGate/v1': fingerprint(findingIdentity({ ...f, location: { ...f.location, file } })),
      },
      ...(f.exception
        ? {
            suppressions: [
              {
                kind: 'external',
                status: 'accepted',
                justification: `${f.exception.reason} (until ${f.exception.expires})`,
              },
            ],
          }
        : {}),
      properties: {
        action: f.action,
        gating: verdict.gates(f),
        ...(f.status ? { status: f.status } : {}),
        ...(f.movedFrom !== undefined ? { movedFrom: repoPath(options.pathPrefix, f.movedFrom) } : {}),
        ecosystem: f.component.ecosystem,
        package: f.component.name,
        version: f.component.version,
        purl: f.component.purl,
        ...(f.tool ? { tool: f.tool, toolVersion: f.toolVersion ?? null } : {}),
      },
    });
  }
  for (const e of report.errors) {
    const file = repoPath(options.pathPrefix, e.file);
    const index = indexOf(SCAN_ERROR_RULE);
    scanErrorRule ??= {
      id: SCAN_ERROR_RULE,
      name: 'ScanError',
      shortDescription: { text: 'A file that had to be scanned could not be read' },
      fullDescription: {
        text: 'ai-tooling-gate could not read or parse a file that may name AI tooling; the gate fails closed.',
      },
      help: {
        text: 'Fix the file so it parses, or raise the scan limits if it is legitimately large.',
        markdown:
          'Fix the file so it parses, or raise the scan limits if it is legitimately large. The gate **fails closed** on files it cannot read.',
      },
      defaultConfiguration: { level: 'error' },
      properties: {
        'security-severity': '5.0',
        tags: ['security', 'ai-tooling'],
        precision: 'high',
        'problem.severity': 'error',
      },
    };
    results.push({
      ruleId: SCAN_ERROR_RULE,
      ruleIndex: index,
      level: verdict.gatesError(e) ? 'error' : 'warning',
      message: { text: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
            region: { startLine: Math.max(1, e.line ?? 1), ...(e.column ? { startColumn: e.column } : {}) },
          },
        },
      ],
      partialFingerprints: {
        'aiToolingGate/v1': fingerprint([SCAN_ERROR_RULE, file, e.message].join('\u0000')),
      },
    });
  }

  const declared = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const rules = ruleIds.map((id) =>
    id === SCAN_ERROR_RULE && scanErrorRule
      ? scanErrorRule
      : ruleFor(id, ruleFindings.get(id)!, declared.get(id)),
  );
  const policy = report.policy as { source?: string; digest?: string };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        // One category whatever the mode: pull-request results are compared with the default
        // branch's only within a category (and this overrides upload-sarif's own category).
        automationDetails: { id: `${TOOL_NAME}/` },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The root of the repository the results are relative to.' } },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: 'error',
              message: { text: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}` },
            })),
          },
        ],
        results,
        ...(policy.source
          ? {
              properties: {
                policy: { source: policy.source, ...(policy.digest ? { digest: policy.digest } : {}) },
              },
            }
          : {}),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
