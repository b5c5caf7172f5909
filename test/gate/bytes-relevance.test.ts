// The audit judges only components a rule may match (gate/scan.ts): a banned tarball recorded
// under another name is still one of them, by its bytes. Through the CLI, with a clean twin.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { makeTree } from '../helpers/tmp.js';
import { projectRoot } from '../helpers/bundles.js';

const table = JSON.parse(
  readFileSync(join(projectRoot, 'src/catalog/data/banned-artifacts.json'), 'utf8'),
) as { npm: { name: string; version: string; integrity: string }[] };
const banned = table.npm.find((r) => r.name === '@anthropic-ai/claude-code' && r.version === '2.1.150')!;

const lock = (integrity: string) =>
  JSON.stringify(
    {
      name: 'app',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'app', dependencies: { 'left-pad': '^1.3.0' } },
        'node_modules/left-pad': {
          version: '1.3.0',
          resolved: 'https://mirror.example/left-pad/-/left-pad-1.3.0.tgz',
          integrity,
        },
      },
    },
    null,
    2,
  );

async function scan(dir: string): Promise<{ code: number; names: string[] }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(['scan', dir, '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as {
      findings: { action: string; component: { name: string; version: string } }[];
    };
    return {
      code,
      names: r.findings
        .filter((f) => f.action === 'fail')
        .map((f) => `${f.component.name}@${f.component.version}`),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('the audit keeps components identified by their bytes', () => {
  it('a banned tarball named left-pad fails as what it is', async () => {
    const r = await scan(makeTree({ 'package-lock.json': lock(banned.integrity) }));
    expect(r.names).toEqual(['@anthropic-ai/claude-code@2.1.150']);
    expect(r.code).toBe(1);
  });

  it('negative twin: left-pad with another integrity passes', async () => {
    const other = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
    const r = await scan(makeTree({ 'package-lock.json': lock(other) }));
    expect(r.names).toEqual([]);
    expect(r.code).toBe(0);
  });
});
