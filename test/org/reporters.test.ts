import { describe, expect, it } from 'vitest';
import { countTools } from '../../src/org/aggregate.js';
import { csvCell, renderOrgCsv } from '../../src/org/reporters/csv.js';
import { renderOrgHtml } from '../../src/org/reporters/html.js';
import { renderOrgSummary, renderOrgText } from '../../src/org/reporters/org-summary.js';
import { HOSTILE_FILE, HOSTILE_VERSION, sampleReport } from './report-fixture.js';

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(14)).toBe('14');
    expect(csvCell(null)).toBe('');
  });

  // Scoped npm names start with @, so they carry the apostrophe too: a spreadsheet shows them as
  // text, which is what they are.
  it('writes one row per finding with CRLF line ends', () => {
    const csv = renderOrgCsv(sampleReport());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'repository,file,line,action,rule,tool,tool_version,ecosystem,package,version,spec,source,message,exception,commit,link,rule_link',
    );
    expect(lines[1]).toBe(
      `acme/api,package-lock.json,14,fail,claude-code-fingerprinting,claude-code,2.1.100,npm,'@anthropic-ai/claude-code,2.1.100,,package-lock.json,'@anthropic-ai/claude-code 2.1.100 is banned: Covert environment fingerprinting,,${'a'.repeat(40)},https://github.com/acme/api/blob/${'a'.repeat(40)}/package-lock.json#L14,https://security.example.com/advisories/claude-code-fingerprinting`,
    );
    expect(lines[3]).toBe(
      `acme/web,"x""><img src=x onerror=alert(1)>/pins.txt",1,warn,no-codex,,,npm,'@openai/codex,"""><svg/onload=alert(2)>",,pins.txt,"'=HYPERLINK(""http://evil.example"",""x"") @openai/codex ""><svg/onload=alert(2)> is flagged, ""quoted"", with, commas",,${'b'.repeat(40)},javascript:alert(3),`,
    );
    // A cell with a line break stays one quoted field; its formula start is neutralised.
    expect(csv).toContain(`"'-2+3 excepted\r\nsecond line",red team (until 2026-12-31),`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('tool counts', () => {
  it('counts per tool and version, with the repositories affected', () => {
    expect(countTools(sampleReport())).toEqual([
      {
        tool: 'claude-code',
        findings: 3,
        failed: 2,
        warned: 0,
        passed: 1,
        repositories: 2,
        versions: [
          {
            tool: 'claude-code',
            version: '2.1.100',
            findings: 1,
            failed: 1,
            warned: 0,
            passed: 0,
            repositories: 1,
          },
          {
            tool: 'claude-code',
            version: '2.1.150',
            findings: 1,
            failed: 0,
            warned: 0,
            passed: 1,
            repositories: 1,
          },
          {
            tool: 'claude-code',
            version: '2.1.91',
            findings: 1,
            failed: 1,
            warned: 0,
            passed: 0,
            repositories: 1,
          },
        ],
      },
      {
        tool: 'npm:@openai/codex',
        findings: 1,
        failed: 0,
        warned: 1,
        passed: 0,
        repositories: 1,
        versions: [
          {
            tool: 'npm:@openai/codex',
            version: HOSTILE_VERSION,
            findings: 1,
            failed: 0,
            warned: 1,
            passed: 0,
            repositories: 1,
          },
        ],
      },
    ]);
  });
});

describe('HTML', () => {
  const html = renderOrgHtml(sampleReport());
  it('escapes every string from repositories and drops non-http links', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg/onload');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('x&#34;&#62;&#60;img src=x onerror=alert(1)&#62;/pins.txt:1');
    expect(html).toContain('&#34;&#62;&#60;svg/onload=alert(2)&#62;');
    expect(html).toContain(
      `<a href="https://github.com/acme/api/blob/${'a'.repeat(40)}/package-lock.json#L14"`,
    );
  });
  it("links the rule to the rule's own link, beside the line's link", () => {
    expect(html).toContain(
      '<a href="https://security.example.com/advisories/claude-code-fingerprinting" rel="noreferrer noopener" target="_blank"><code>claude-code-fingerprinting</code></a>',
    );
  });
  it('is self-contained: no external resources, a CSP that forbids the network', () => {
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;`,
    );
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).toContain('<svg id="chart"');
  });
});

describe('Markdown summary and text', () => {
  it('lists totals, tools and versions, repositories and findings', () => {
    const md = renderOrgSummary(sampleReport());
    expect(md).toContain('## ❌ ai-tooling-gate: org audit of acme\n');
    expect(md).toContain('| **claude-code** | all | 2 | 2 | 0 | 1 |');
    expect(md).toContain('| claude-code | `2.1.100` | 1 | 1 | 0 | 0 |');
    expect(md).toContain(
      `| acme/api | scanned | 2 | 0 | 40 | 2 | [\`aaaaaaaaaaaa\`](https://github.com/acme/api/tree/${'a'.repeat(40)}) |`,
    );
    expect(md).toContain(
      '| acme/web | `x"><img src=x onerror=alert(1)>/pins.txt:1` | `@openai/codex@"><svg/onload=alert(2)>` | `no-codex` | ⚠️ warn |',
    );
    expect(md).toContain(
      `| acme/api | [\`package-lock.json:14\`](https://github.com/acme/api/blob/${'a'.repeat(40)}/package-lock.json#L14) | \`@anthropic-ai/claude-code@2.1.100\` | [\`claude-code-fingerprinting\`](https://security.example.com/advisories/claude-code-fingerprinting) | ❌ fail |`,
    );
    expect(md).not.toContain('javascript:');
    expect(md).toContain('- acme/web: `broken/package-lock.json:3` unexpected \\<token\\>');
  });
  it('stays within the byte budget and says what it left out', () => {
    const md = renderOrgSummary(sampleReport(), { maxBytes: 1500 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(1500);
    expect(md).toMatch(
      /_\d+ more lines are left out to fit the summary; the JSON, CSV and HTML reports have everything\._\n$/,
    );
  });
  it('text has one line per repository and finding, without terminal escapes', () => {
    const r = sampleReport();
    r.findings[0]!.message = 'bad \u001b[31mred\u001b[0m';
    const text = renderOrgText(r);
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')[0]).toBe(
      'org audit of acme: 3 repositories, 2 scanned, 0 not scanned; 2 failing, 1 warning findings in 1 repositories; 12 API requests',
    );
    expect(text).toContain(
      `[claude-code-fingerprinting https://security.example.com/advisories/claude-code-fingerprinting]  https://github.com/acme/api/blob/${'a'.repeat(40)}/package-lock.json#L14`,
    );
    void HOSTILE_FILE;
  });
});
