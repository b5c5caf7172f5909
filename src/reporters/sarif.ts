// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).
import { createHash } from 'node:crypto';
import { findingIdentity } from '../diff.js';
import type { Finding } from '../policy/types.js';
import { gateErrors, gateFindings, type FailOn, type Report } from '../report.js';
import { VERSION } from '../version.js';

export const TOOL_NAME = 'ai-tooling-gate';
export const TOOL_VERSION = VERSION;
const INFORMATION_URI = 'https://github.com/ai-tooling-gate/ai-tooling-gate';
const SCAN_ERROR_RULE = 'scan-error';

export interface SarifOptions {
  failOn: FailOn;
  /** The scanned folder's path inside the repository (`''` at the top), prefixed to every file. */
  pathPrefix?: string;
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

function ruleFor(f: Finding): SarifRule {
  const fail = f.action === 'fail' || (f.action === 'pass' && !f.unknownVersion);
  const what = f.tool
    ? `the AI coding tool ${f.tool}`
    : `${f.component.ecosystem} package ${f.component.name}`;
  const text = f.reason ?? `Policy rule ${f.ruleId} bans ${what}.`;
  const markdown = [
    `**${f.ruleId}**: ${escapeMd(text)}`,
    '',
    'ai-tooling-gate found a component this policy rule covers. Remove it, pin a version outside the',
    'banned range, or add a time-limited exception to the policy with a reason.',
    ...(f.link ? ['', `More: ${f.link}`] : []),
  ].join('\n');
  return {
    id: f.ruleId,
    name: f.ruleId
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: `Banned AI tooling: ${f.ruleId}` },
    fullDescription: { text },
    help: { text: `${f.ruleId}: ${text}${f.link ? ` More: ${f.link}` : ''}`, markdown },
    ...(f.link ? { helpUri: f.link } : {}),
    defaultConfiguration: { level: fail ? 'error' : 'warning' },
    properties: {
      'security-severity': fail ? '8.0' : '4.0',
      tags: ['security', 'supply-chain', 'ai-tooling', ...(f.tool ? [`tool:${f.tool}`] : [])],
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
  const gating = new Set(gateFindings(report, options.failOn));
  const gatingErrors = new Set(gateErrors(report, options.failOn));
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (rule: SarifRule): number => {
    let i = ruleIndex.get(rule.id);
    if (i === undefined) {
      i = rules.length;
      rules.push(rule);
      ruleIndex.set(rule.id, i);
    }
    return i;
  };

  const results: unknown[] = [];
  for (const f of report.findings) {
    if (f.status === 'removed') continue;
    const level: SarifLevel = f.action === 'pass' ? 'note' : f.action === 'fail' ? 'error' : 'warning';
    const file = repoPath(options.pathPrefix, f.location.file);
    results.push({
      ruleId: f.ruleId,
      ruleIndex: indexOf(ruleFor(f)),
      level,
      message: { text: f.message },
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
        gating: gating.has(f),
        ...(f.status ? { status: f.status } : {}),
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
    const index = indexOf({
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
    });
    results.push({
      ruleId: SCAN_ERROR_RULE,
      ruleIndex: index,
      level: gatingErrors.has(e) ? 'error' : 'warning',
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
        automationDetails: { id: `${TOOL_NAME}/${report.mode}/` },
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
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
