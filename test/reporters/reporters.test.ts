import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/policy/types.js';
import { buildReport, verdictOf, type Report, type ReportError } from '../../src/gate/report.js';
import { annotate, omittedNote, type AnnotationProps } from '../../src/reporters/annotations.js';
import {
  commentAction,
  commentMarker,
  COMMENT_MAX_CHARS,
  renderComment,
} from '../../src/reporters/comment.js';
import { mdCode, renderMarkdown } from '../../src/reporters/markdown.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/reporters/summary.js';
import { validSarif } from '../helpers/sarif-schema.js';

function finding(i: number, status: Finding['status'], action: Finding['action'] = 'fail'): Finding {
  return {
    ruleId: 'no-claude-code',
    action,
    message: `@anthropic-ai/claude-code 2.1.${100 + i} is banned: fingerprinting`,
    component: {
      ecosystem: 'npm',
      name: '@anthropic-ai/claude-code',
      version: `2.1.${100 + i}`,
      purl: `pkg:npm/%40anthropic-ai/claude-code@2.1.${100 + i}`,
    },
    tool: 'claude-code',
    toolVersion: `2.1.${100 + i}`,
    location: { file: `packages/p${i}/package-lock.json`, line: 10 + i },
    source: 'package-lock.json',
    reason: 'fingerprinting',
    ...(status ? { status } : {}),
  };
}

function diffReport(findings: Finding[], errors: ReportError[] = []): Report {
  return buildReport({
    mode: 'diff',
    findings,
    errors,
    notices: [],
    filesScanned: 3,
    components: 10,
    policySources: ['p.yml'],
  });
}

describe('SARIF', () => {
  it('writes SARIF 2.1.0 with rules, help, severities, repository-relative locations and fingerprints', () => {
    const report = diffReport(
      [finding(1, 'introduced'), finding(2, 'unchanged'), finding(3, 'removed')],
      [{ file: 'broken/package-lock.json', line: 3, message: 'not JSON', status: 'introduced' }],
    );
    const sarif = validSarif<{
      version: string;
      runs: {
        tool: { driver: { name: string; rules: Record<string, unknown>[] } };
        results: Record<string, unknown>[];
      }[];
    }>(renderSarif(report, { verdict: verdictOf(report, 'introduced'), pathPrefix: 'services/api' }));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['no-claude-code', 'scan-error']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      help: { markdown: expect.stringContaining('**no-claude-code**') },
      properties: {
        'security-severity': '8.0',
        tags: ['security', 'supply-chain', 'ai-tooling', 'tool:claude-code'],
      },
    });
    // Removed findings are gone from the code: not reported.
    expect(run.results).toHaveLength(3);
    expect(run.results[0]).toMatchObject({
      ruleId: 'no-claude-code',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'services/api/packages/p1/package-lock.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 11 },
          },
        },
      ],
      properties: { status: 'introduced', gating: true },
    });
    expect(run.results[1]).toMatchObject({ properties: { status: 'unchanged', gating: false } });
    expect(run.results[2]).toMatchObject({ ruleId: 'scan-error', level: 'error' });
    // Fingerprints do not depend on the line: moving an entry keeps its alert.
    const moved = diffReport([
      { ...finding(1, 'introduced'), location: { file: 'packages/p1/package-lock.json', line: 99 } },
    ]);
    const fp = (r: Report): unknown =>
      validSarif<typeof sarif>(
        renderSarif(r, { verdict: verdictOf(r, 'introduced'), pathPrefix: 'services/api' }),
      ).runs[0]!.results[0]!.partialFingerprints;
    expect(fp(moved)).toEqual(fp(report));
  });

  it('validates against the SARIF 2.1.0 shape code scanning needs', () => {
    const r = diffReport([finding(1, 'introduced')]);
    const sarif = validSarif(renderSarif(r, { verdict: verdictOf(r, 'introduced') }));
    // The parts of the SARIF 2.1.0 schema GitHub code scanning reads.
    const schema = {
      type: 'object',
      required: ['version', 'runs'],
      properties: {
        version: { const: '2.1.0' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool', 'results'],
            properties: {
              tool: {
                type: 'object',
                required: ['driver'],
                properties: {
                  driver: {
                    type: 'object',
                    required: ['name', 'rules'],
                    properties: {
                      rules: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['id', 'shortDescription', 'help', 'properties'],
                          properties: {
                            help: { type: 'object', required: ['text', 'markdown'] },
                            properties: {
                              type: 'object',
                              required: ['security-severity', 'tags'],
                              properties: {
                                'security-severity': { type: 'string', pattern: '^\\d+(\\.\\d)?$' },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['ruleId', 'level', 'message', 'locations', 'partialFingerprints'],
                  properties: {
                    level: { enum: ['none', 'note', 'warning', 'error'] },
                    message: { type: 'object', required: ['text'] },
                    locations: {
                      type: 'array',
                      minItems: 1,
                      items: {
                        type: 'object',
                        required: ['physicalLocation'],
                        properties: {
                          physicalLocation: {
                            type: 'object',
                            required: ['artifactLocation', 'region'],
                            properties: {
                              artifactLocation: {
                                type: 'object',
                                required: ['uri', 'uriBaseId'],
                                properties: { uri: { type: 'string', not: { pattern: '^(/|[a-z]+:)' } } },
                              },
                              region: {
                                type: 'object',
                                required: ['startLine'],
                                properties: { startLine: { minimum: 1 } },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('annotations', () => {
  it('sends errors for what fails the gate and warnings for the rest, introduced first, counting what the runner drops past 10 per type', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(i, 'unchanged')),
      ...Array.from({ length: 3 }, (_, i) => finding(20 + i, 'introduced')),
      finding(30, 'introduced', 'warn'),
    ];
    const report = diffReport(findings, [{ file: 'old.json', message: 'bad', status: 'unchanged' }]);
    const sent: { level: string; message: string; props?: Partial<AnnotationProps> }[] = [];
    const counts = annotate(report, verdictOf(report, 'introduced'), {
      error: (message, props) => sent.push({ level: 'error', message, props }),
      warning: (message, props) => sent.push({ level: 'warning', message, props }),
      notice: (message, props) => sent.push({ level: 'notice', message, ...(props ? { props } : {}) }),
    });
    expect(sent.filter((s) => s.level === 'error').map((s) => s.props!.file)).toEqual([
      'packages/p20/package-lock.json',
      'packages/p21/package-lock.json',
      'packages/p22/package-lock.json',
    ]);
    const warnings = sent.filter((s) => s.level === 'warning');
    expect(warnings).toHaveLength(14);
    expect(warnings[0]!.props!.file).toBe('packages/p30/package-lock.json');
    expect(counts).toEqual({ errors: { shown: 3, omitted: 0 }, warnings: { shown: 10, omitted: 4 } });
    expect(omittedNote(counts)).toBe(
      '> The runner shows 10 annotations of each type per step: 4 more warning(s) are not shown as annotations; all are listed below.',
    );
  });
});

describe('markdown, summary and comment', () => {
  it('groups findings by file with line links and lists fixed ones', () => {
    const r = diffReport([finding(1, 'introduced'), finding(2, 'removed')]);
    const md = renderMarkdown(r, {
      verdict: verdictOf(r, 'introduced'),
      link: (file, line) => `https://github.com/acme/app/blob/abc/${file}#L${line}`,
    });
    expect(md).toContain('## ❌ ai-tooling-gate: failed');
    expect(md).toContain('Failed: 1 banned component(s) introduced by this change (fail-on: introduced).');
    expect(md).toContain('**`packages/p1/package-lock.json`**');
    expect(md).toContain(
      '| — | new | ❌ fails the gate | claude-code 2.1.101 | npm `@anthropic-ai/claude-code` | `2.1.101` | `no-claude-code` | [L11](https://github.com/acme/app/blob/abc/packages/p1/package-lock.json#L11) |',
    );
    expect(md).toContain('### Fixed by this change');
  });

  it('escapes text from the scanned files', () => {
    expect(mdCode('a`b|c')).toBe('``a`b\\|c``');
    const f = { ...finding(1, 'introduced'), location: { file: 'x|`y`/<img>.json', line: 1 } };
    const r = diffReport([f]);
    const md = renderMarkdown(r, { verdict: verdictOf(r, 'introduced') });
    expect(md).toContain('**``x\\|`y`/<img>.json``**');
  });

  it('truncates gracefully within the byte budget', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(i, 'introduced'));
    const r = diffReport(many);
    const summary = renderSummary(r, {
      verdict: verdictOf(r, 'introduced'),
      serverUrl: 'https://github.com',
      repository: 'acme/app',
      sha: 'a'.repeat(40),
      pathPrefix: '',
      maxBytes: 200_000,
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(200_000);
    expect(summary).toMatch(/> \*\*Truncated:\*\* \d+ more entries are not shown here/);
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024);
  });

  it('keeps a comment under 65,536 characters, marked for this workflow, job and folder', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(i, 'introduced'));
    const marker = commentMarker('CI', 'gate', 'services/api');
    expect(marker).toBe('<!-- ai-tooling-gate:sticky workflow="CI" job="gate" dir="services/api" -->');
    expect(commentMarker('a-->b', 'j', '.')).not.toContain('-->b');
    const failing = diffReport(many);
    const body = renderComment(failing, false, { verdict: verdictOf(failing, 'introduced'), marker });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.startsWith(marker)).toBe(true);
    const fixed = diffReport([]);
    const resolved = renderComment(fixed, true, { verdict: verdictOf(fixed, 'introduced'), marker });
    expect(resolved).toContain('**Resolved:**');
  });

  it('decides when to comment', () => {
    expect(commentAction('on-failure', false, false)).toBe('none');
    expect(commentAction('on-failure', true, false)).toBe('create');
    expect(commentAction('on-failure', false, true)).toBe('update');
    expect(commentAction('always', false, false)).toBe('create');
    expect(commentAction('never', true, true)).toBe('none');
  });
});
