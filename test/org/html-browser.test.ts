// The HTML report in headless Chromium: it renders, sorts and filters, makes no network request and
// runs nothing from the repositories' strings. Skips (with a message) where Chromium is absent.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/model/limits.js';
import { loadPolicy } from '../../src/policy/load.js';
import { auditOrganization } from '../../src/org/audit.js';
import { createOrgClient } from '../../src/org/client.js';
import type { OrgReport } from '../../src/org/report.js';
import { renderOrgHtml } from '../../src/org/reporters/html.js';
import { GitHubServer } from '../helpers/github-server.js';
import { pinsDetector } from '../helpers/pins-detector.js';
import { packageLockDetector } from '../../src/detectors/package-lock.js';
import { buildOrgGit, fakeOrg, FIXTURES, HOSTILE_DIR, ORG, orgSpec } from './org-fixture.js';

const CHROMIUM = process.env.AITG_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `test/org/html-browser.test.ts: skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, or set AITG_CHROMIUM)`,
  );
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  let server: GitHubServer;
  let report: OrgReport;
  let file: string;
  beforeAll(async () => {
    const { repos, faults } = fakeOrg();
    server = new GitHubServer(ORG, 'unused', buildOrgGit(repos));
    server.org = orgSpec(repos);
    for (const f of faults) server.fault(f);
    await server.start();
    report = await auditOrganization({
      organization: ORG,
      api: createOrgClient('test-token', { baseUrl: server.url, retryUnitMs: 2 }),
      policy: await loadPolicy(join(FIXTURES, 'central-policy.yml')),
      selection: { include: [], exclude: [], includeArchived: true, includeForks: true },
      shard: null,
      repoPolicy: 'merge',
      limits: defaultLimits,
      maxTreeRequests: 20,
      serverUrl: 'https://github.com',
      detectors: [packageLockDetector, pinsDetector()],
      now: new Date('2026-11-24T00:00:00Z'),
    });
    file = join(mkdtempSync(join(tmpdir(), 'aitg-html-')), 'org-audit.html');
    writeFileSync(file, renderOrgHtml(report));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('renders, sorts and filters, offline, running nothing from the repositories', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      const shot = process.env.AITG_SCREENSHOT ?? join(tmpdir(), 'aitg-org-report.png');
      await page.screenshot({ path: shot, fullPage: false });

      // Renders: totals, one row per finding and per repository, the chart.
      expect(await page.textContent('#total-repositories')).toBe('66');
      expect(await page.textContent('#total-failed')).toBe(String(report.summary.failed));
      expect(await page.locator('#findings tbody tr').count()).toBe(report.findings.length);
      expect(await page.locator('#repositories tbody tr').count()).toBe(66);
      expect(await page.locator('#chart g.bar').count()).toBeGreaterThan(3);
      const hostile = page.locator('#findings tbody tr', { hasText: HOSTILE_DIR });
      expect(await hostile.count()).toBe(1);
      expect(await page.locator('img').count()).toBe(0);

      // Sorts: by repository descending, then by the failing count of repositories.
      const firstRepo = () =>
        page.locator('#findings tbody tr:not([hidden]) td:first-child').first().textContent();
      await page.click('#findings th:nth-child(1) button');
      expect(await page.getAttribute('#findings th:nth-child(1)', 'aria-sort')).toBe('ascending');
      expect(await firstRepo()).toBe('acme/archived-1');
      await page.click('#findings th:nth-child(1) button');
      expect(await page.getAttribute('#findings th:nth-child(1)', 'aria-sort')).toBe('descending');
      expect(await firstRepo()).toBe('acme/throttled');
      await page.click('#repositories th:nth-child(3) button');
      await page.click('#repositories th:nth-child(3) button');
      const topFailing = await page.locator('#repositories tbody tr td:nth-child(3)').first().textContent();
      expect(Number(topFailing)).toBe(Math.max(...report.repositories.map((r) => r.failed)));

      // Filters: by words and by action.
      await page.fill('#filter', 'svc-02 codex');
      expect(await page.textContent('#shown')).toBe('1');
      await page.fill('#filter', '');
      await page.selectOption('#action', 'warn');
      expect(await page.textContent('#shown')).toBe(String(report.summary.warned));
      await page.selectOption('#action', '');
      expect(await page.textContent('#shown')).toBe(String(report.findings.length));

      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
