// The CLI wiring of the resolver: `scan` and `inventory` resolve unpinned specs unless
// `--offline`, honour `--registry` and the repository's `.npmrc`, and never print a credential.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../src/model/component.js';
import { makeTree } from '../helpers/tmp.js';
import { startFaultProxy, startRegistry, type FaultProxy, type TestRegistry } from '../helpers/registry.js';

// A test detector reads `tools.txt`, one `name@spec` per line, the way an install command names a
// package, so that these tests control exactly which specs reach the resolver.
vi.mock('../../src/detectors/index.js', async () => {
  const { makeComponent } = await import('../../src/detectors/component.js');
  const toolsTxt: Detector = {
    id: 'tools.txt',
    role: 'commands',
    syntax: 'text',
    ecosystems: ['npm'],
    matches: (path) => path.endsWith('tools.txt'),
    detect: ({ path, text }) => ({
      components: text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), n: i + 1 }))
        .filter(({ line }) => line !== '')
        .map(({ line, n }) => {
          const at = line.indexOf('@', 1);
          return makeComponent({
            ecosystem: 'npm',
            name: at > 0 ? line.slice(0, at) : line,
            version: null,
            spec: at > 0 ? line.slice(at + 1) : '',
            location: { file: path, line: n },
            source: 'tools.txt',
            sourceKind: 'registry',
          });
        }),
      errors: [],
    }),
  };
  return { detectors: [toolsTxt] };
});

const { main } = await import('../../src/cli/main.js');

const CC = '@anthropic-ai/claude-code';
let registry: TestRegistry;
let proxy: FaultProxy;
const savedEnv = { ...process.env };

beforeAll(async () => {
  registry = await startRegistry({ authRequired: ['@anthropic-ai/*'] });
  await registry.publish(CC, '2.1.90', ['latest', 'stable']);
  await registry.publish(CC, '2.1.150');
  proxy = await startFaultProxy(registry.url);
  // Never read the machine's npm config: an empty user config and no npm_config_* variables.
  const home = mkdtempSync(join(tmpdir(), 'aitg-home-'));
  writeFileSync(join(home, '.npmrc'), '');
  for (const k of Object.keys(process.env)) if (/^npm_config_/i.test(k)) delete process.env[k];
  process.env.HOME = home;
  process.env.NPM_CONFIG_USERCONFIG = join(home, '.npmrc');
});

afterAll(async () => {
  process.env = savedEnv;
  await proxy?.close();
  await registry?.close();
});

beforeEach(() => proxy.reset());

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function repo(tools: string, npmrc: string): string {
  return makeTree({ 'tools.txt': tools, '.npmrc': npmrc }, 'aitg-cli-');
}

describe('CLI with the resolver', () => {
  it('inventory resolves through the .npmrc registry with its token and never prints the token', async () => {
    const token = registry.token;
    process.env.REGISTRY_TOKEN = token;
    const dir = repo(
      `${CC}@latest\n${CC}@stable\n${CC}\n`,
      `registry=${proxy.url}\n//127.0.0.1:${proxy.port}/:_authToken=\${REGISTRY_TOKEN}\n`,
    );
    const { code, stdout, stderr } = await run(['inventory', dir, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { components: Record<string, unknown>[] };
    expect(report.components.map((c) => [c.version, c.spec, c.purl, c.versionNote])).toEqual([
      [
        '2.1.150',
        'latest',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "latest" to 2.1.150 from ${proxy.url}`,
      ],
      [
        '2.1.90',
        'stable',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.90',
        `resolved "stable" to 2.1.90 from ${proxy.url}`,
      ],
      [
        '2.1.150',
        '',
        'pkg:npm/%40anthropic-ai/claude-code@2.1.150',
        `resolved "latest" to 2.1.150 from ${proxy.url}`,
      ],
    ]);
    expect(proxy.count(CC)).toBe(1);
    expect(proxy.authorizations(CC)).toEqual([`Bearer ${token}`]);
    expect(stdout + stderr).not.toContain(token);

    const text = await run(['inventory', dir]);
    expect(text.stdout + text.stderr).not.toContain(token);
    delete process.env.REGISTRY_TOKEN;
  });

  it('inventory --offline makes no request and says why the version is unknown', async () => {
    const dir = repo(`${CC}@latest\n`, `registry=${proxy.url}\n`);
    const { code, stdout } = await run(['inventory', dir, '--format', 'json', '--offline']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { components: Record<string, unknown>[] };
    expect(report.components.map((c) => [c.version, c.versionNote])).toEqual([
      [null, 'offline: not resolved'],
    ]);
    expect(proxy.count(CC)).toBe(0);
  });

  it('scan judges the resolved version: latest is banned, stable is not', async () => {
    process.env.REGISTRY_TOKEN = registry.token;
    const npmrc = `//127.0.0.1:${proxy.port}/:_authToken=\${REGISTRY_TOKEN}\n`;
    const banned = await run([
      'scan',
      repo(`${CC}@latest\n`, npmrc),
      '--format',
      'json',
      '--registry',
      proxy.url,
    ]);
    expect(banned.code).toBe(1);
    const report = JSON.parse(banned.stdout) as {
      findings: { action: string; component: { version: string } }[];
    };
    expect(report.findings.map((f) => [f.action, f.component.version])).toEqual([['fail', '2.1.150']]);
    expect(banned.stdout).not.toContain(registry.token);

    const clean = await run([
      'scan',
      repo(`${CC}@stable\n`, npmrc),
      '--format',
      'json',
      '--registry',
      proxy.url,
    ]);
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as { findings: unknown[] }).findings).toEqual([]);
    delete process.env.REGISTRY_TOKEN;
  });

  it('scan --offline leaves the version unknown (a warning under the default policy)', async () => {
    const { code, stdout } = await run(['scan', repo(`${CC}@latest\n`, ''), '--format', 'json', '--offline']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { findings: { action: string; component: { version: unknown } }[] };
    expect(report.findings.map((f) => [f.action, f.component.version])).toEqual([['warn', null]]);
    expect(proxy.count(CC)).toBe(0);
  });

  it('fails closed on a .npmrc that tries to send the action token, and does not send it', async () => {
    process.env.INPUT_TOKEN = 'ghs_must_never_leave_0123456789';
    try {
      const dir = repo(
        `${CC}@latest\n`,
        `registry=${proxy.url}\n//127.0.0.1:${proxy.port}/:_authToken=\${INPUT_TOKEN}\n`,
      );
      const { code, stdout, stderr } = await run(['scan', dir, '--format', 'json']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as { errors: unknown[] };
      expect(report.errors).toEqual([
        {
          file: '.npmrc',
          line: 2,
          message: `//127.0.0.1:${proxy.port}/:_authToken expands \${INPUT_TOKEN}: a repository's .npmrc may not use the action's or runner's secrets; the setting is ignored`,
        },
      ]);
      expect(proxy.authorizations(CC)).toEqual([]);
      expect(stdout + stderr).not.toContain('ghs_must_never_leave');
    } finally {
      delete process.env.INPUT_TOKEN;
    }
  });

  it('rejects a --registry that is not an http(s) URL as a usage error', async () => {
    const { code, stderr } = await run(['inventory', repo('', ''), '--registry', 'ftp://example']);
    expect(code).toBe(2);
    expect(stderr).toContain('ai-tooling-gate: --registry must be an http(s) URL, not "ftp://example"');
  });
});
