// The hostile inputs through the CLI bundle, as a user or the action runs it: one tree holding
// every hostile content under every detected name. `scan --format json --offline` must exit 1
// with a located `errors` entry for each, print no stack trace and finish in bounded time.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepNesting } from './formats.js';
import { covered, garbage, insertAtLine, runCli, STACK_TRACE, WORKFLOW_COPIER } from './helpers.js';

interface Report {
  errors: { file: string; line?: number; message: string }[];
  findings: unknown[];
}

function writeAll(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), c);
  }
}

describe('CLI bundle on hostile inputs', () => {
  it('scan exits 1 with a located error for every hostile file, no stack trace, bounded time', () => {
    const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-cli-'));
    const files: Record<string, string | Uint8Array> = { ...WORKFLOW_COPIER };
    const mustError: string[] = [];
    for (const f of covered) {
      files[`garbage/${f.name}`] = garbage(16 * 1024, 7);
      mustError.push(`garbage/${f.name}`);
      if (f.valid !== null) {
        files[`utf8/${f.name}`] = insertAtLine(f.valid, 2, Uint8Array.of(0xff));
        files[`nul/${f.name}`] = insertAtLine(f.valid, 2, Uint8Array.of(0));
        files[`big/${f.name}`] = f.valid + ' '.repeat(5000);
        mustError.push(`utf8/${f.name}`, `nul/${f.name}`, `big/${f.name}`);
      }
      if (f.structure === 'json' || f.structure === 'yaml' || f.structure === 'toml') {
        files[`deep/${f.name}`] = deepNesting(f.structure, 100_000)[0]!;
        mustError.push(`deep/${f.name}`);
      }
    }
    writeAll(root, files);
    const r = runCli(['scan', root, '--format', 'json', '--offline'], { AITG_MAX_FILE_BYTES: '4096' });
    console.log(
      `CLI scan over ${Object.keys(files).length} hostile files: ${r.ms.toFixed(0)} ms, exit ${r.status}`,
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(30_000);
    const report = JSON.parse(r.stdout) as Report;
    const withErrors = new Set(report.errors.map((e) => e.file));
    expect(mustError.filter((f) => !withErrors.has(f))).toEqual([]);
    for (const e of report.errors) {
      expect(Object.keys(files)).toContain(e.file);
      expect(e.message).not.toMatch(/\n/);
    }
    const big = report.errors.find((e) => e.file === `big/${covered[0]!.name}`);
    expect(big?.message).toMatch(/^file is \d+ bytes, over the limit of 4096 bytes$/);
  });

  it('inventory exits 1 on the same kind of input', () => {
    const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-cli-'));
    writeAll(root, {
      ...WORKFLOW_COPIER,
      ...Object.fromEntries(covered.map((f) => [`garbage/${f.name}`, garbage(4096, 3)])),
    });
    const r = runCli(['inventory', root, '--format', 'json', '--offline']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(new Set(report.errors.map((e) => e.file)).size).toBe(covered.length);
  });

  it('an invalid limit setting is refused with a message, not a stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'aitg-hostile-cli-'));
    const r = runCli(['scan', root, '--offline'], { AITG_MAX_FILE_BYTES: '-1' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('AITG_MAX_FILE_BYTES: "-1" is not a positive whole number');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
