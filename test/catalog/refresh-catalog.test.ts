// `npm run refresh-catalog` against a local verdaccio serving recorded packuments: the npm-derived
// tables are rewritten from what the registry tells, and the banned-artifact table holds exactly
// the banned versions' hashes. The packuments in test/fixtures/refresh-catalog/ are the npm
// registry's own documents for these packages (read 2026-12-04), trimmed to a few versions and to
// two platform packages (their dist fields and claudeCodeVersion unchanged).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'refresh-catalog');
const run = promisify(execFile);

const packuments: Record<string, Record<string, unknown>> = {};
for (const f of readdirSync(fixtures)) {
  const doc = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Record<string, unknown>;
  packuments[doc['name'] as string] = doc;
}
const recorded = (name: string, version: string) =>
  (packuments[name]!['versions'] as Record<string, { dist: { integrity: string; shasum: string } }>)[version]!
    .dist;

describe('scripts/refresh-catalog.mjs', () => {
  let registry: TestRegistry;
  let data: string;
  const table = (file: string) => JSON.parse(readFileSync(join(data, file), 'utf8'));

  beforeAll(async () => {
    registry = await startRegistry({ packuments });
    data = mkdtempSync(join(tmpdir(), 'aitg-catalog-data-'));
    cpSync(join(root, 'src', 'catalog', 'data'), data, { recursive: true });
    await run(process.execPath, [join(root, 'scripts', 'refresh-catalog.mjs'), '--registry', registry.url], {
      cwd: root,
      env: { ...process.env, AITG_CATALOG_DATA_DIR: data, AITG_CATALOG_DATE: '2030-01-02' },
    });
  }, 120_000);
  afterAll(async () => {
    await registry?.close();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it('rewrites the SDK table, the CLI version list and the platform packages from the registry', () => {
    const sdk = table('claude-agent-sdk-npm.json');
    expect(sdk.$retrieved).toBe('2030-01-02');
    expect(sdk.claudeCodeVersion).toEqual({
      '0.2.90': '2.1.90',
      '0.2.91': '2.1.91',
      '0.3.150': '2.1.150',
      '0.3.197': '2.1.197',
      '0.3.198': '2.1.198',
    });
    const cli = table('claude-code-npm-versions.json');
    expect(cli.versions).toEqual(['2.1.90', '2.1.91', '2.1.150', '2.1.197', '2.1.198']);
    expect(cli.absentButNamed).toContain('2.1.66');
    expect(table('npm-platform-packages.json').platformPackages).toEqual({
      '@anthropic-ai/claude-code': [
        '@anthropic-ai/claude-code-darwin-arm64',
        '@anthropic-ai/claude-code-linux-x64',
      ],
      '@anthropic-ai/claude-agent-sdk': [
        '@anthropic-ai/claude-agent-sdk-darwin-arm64',
        '@anthropic-ai/claude-agent-sdk-linux-x64',
      ],
    });
  });

  it('records the hashes of exactly the banned versions of every npm carrier', () => {
    const artifacts = table('banned-artifacts.json');
    expect(artifacts.$retrieved).toBe('2030-01-02');
    const rows = artifacts.npm.map((r: { name: string; version: string }) => `${r.name}@${r.version}`);
    expect(rows.sort()).toEqual(
      [
        '@anthropic-ai/claude-code@2.1.91',
        '@anthropic-ai/claude-code@2.1.150',
        '@anthropic-ai/claude-code@2.1.197',
        '@anthropic-ai/claude-code-darwin-arm64@2.1.150',
        '@anthropic-ai/claude-code-darwin-arm64@2.1.197',
        '@anthropic-ai/claude-code-linux-x64@2.1.150',
        '@anthropic-ai/claude-code-linux-x64@2.1.197',
        '@anthropic-ai/claude-agent-sdk@0.2.91',
        '@anthropic-ai/claude-agent-sdk@0.3.150',
        '@anthropic-ai/claude-agent-sdk@0.3.197',
        '@anthropic-ai/claude-agent-sdk-darwin-arm64@0.3.150',
        '@anthropic-ai/claude-agent-sdk-darwin-arm64@0.3.197',
        '@anthropic-ai/claude-agent-sdk-linux-x64@0.3.150',
        '@anthropic-ai/claude-agent-sdk-linux-x64@0.3.197',
      ].sort(),
    );
    const row = artifacts.npm.find(
      (r: { name: string; version: string }) =>
        r.name === '@anthropic-ai/claude-code' && r.version === '2.1.150',
    );
    expect(row).toEqual({
      name: '@anthropic-ai/claude-code',
      version: '2.1.150',
      integrity: recorded('@anthropic-ai/claude-code', '2.1.150').integrity,
      shasum: recorded('@anthropic-ai/claude-code', '2.1.150').shasum,
      advisory: 'AITG-2026-0001',
    });
    // The PyPI rows cannot be read by the script: kept as they were.
    expect(artifacts.pypi).toEqual(
      JSON.parse(readFileSync(join(root, 'src', 'catalog', 'data', 'banned-artifacts.json'), 'utf8')).pypi,
    );
  });
});
