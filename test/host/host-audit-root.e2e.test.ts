// End to end, as users run it (`node dist/cli/index.js host-audit --root DIR`): a fake machine where
// user alice installed the banned Claude Code 2.1.150 in every way the audit knows — npm global
// installs (nvm and volta prefixes), npx, pnpm global and dlx, yarn global, bun global and bunx (all
// produced by the real installers), pip/pipx/uv tool/venv/system dist-info, four editors'
// extension folders, the native installer with its launcher link, a Homebrew cask — and user bob
// the clean 2.1.198 in the same ways. Every one of alice's installations is reported at the file
// that proves it, once; nothing of bob's is.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { fakeMachine, hostFixtures } from '../helpers/host-machine.js';

const cli = join(projectRoot, 'dist', 'cli', 'index.js');

function hostAudit(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'host-audit', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Report {
  findings: {
    action: string;
    ruleId: string;
    toolVersion?: string | null;
    component: { ecosystem: string; name: string; version: string | null };
    location: { file: string; line: number };
    source: string;
  }[];
  errors: { file: string; message: string }[];
  summary: { failed: number; components: number };
}

const generated = JSON.parse(readFileSync(join(hostFixtures, 'generated', 'expected.json'), 'utf8')) as {
  packages: { path: string; name: string; version: string }[];
};

/** Alice's installations: each proving file, its component and the tool version it maps to. */
const aliceExpected = [
  ...generated.packages
    .filter((p) => p.path.startsWith('home/alice/'))
    .map((p) => `npm ${p.name}@${p.version} ${p.path}`),
  ...[
    'home/alice/.local/lib/python3.12/site-packages/claude_agent_sdk-0.2.87.dist-info/METADATA',
    'home/alice/.local/pipx/venvs/claude-agent-sdk/lib/python3.12/site-packages/claude_agent_sdk-0.2.87.dist-info/METADATA',
    'home/alice/.local/share/uv/tools/claude-agent-sdk/lib/python3.12/site-packages/claude_agent_sdk-0.2.87.dist-info/METADATA',
    'home/alice/work/app/.venv/lib/python3.12/site-packages/Claude_Agent_SDK-0.2.87.dist-info/METADATA',
    'usr/lib/python3/dist-packages/claude_agent_sdk-0.2.87.dist-info/METADATA',
  ].map((p) => `pypi claude-agent-sdk@0.2.87 ${p}`),
  ...['.vscode', '.vscode-server', '.cursor', '.windsurf'].map(
    (e) =>
      `vscode-extension anthropic.claude-code@2.1.150 home/alice/${e}/extensions/anthropic.claude-code-2.1.150-linux-x64/package.json`,
  ),
  'installer claude.ai/install.sh@2.1.150 home/alice/.local/share/claude/versions/2.1.150',
  'homebrew claude-code@2.1.150 opt/homebrew/Caskroom/claude-code/2.1.150',
].sort();

describe('host-audit --root over a fake machine', () => {
  const root = fakeMachine();

  it('reports every banned installation once, at the file that proves it, and nothing clean', () => {
    const r = hostAudit('--root', root, '--policy', 'builtin:default', '--format', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.errors).toEqual([]);
    const got = report.findings
      .map((f) => `${f.component.ecosystem} ${f.component.name}@${f.component.version} ${f.location.file}`)
      .sort();
    expect(got).toEqual(aliceExpected);
    // Every layout kind is in the proof, banned for the tool version it carries.
    expect(new Set(report.findings.map((f) => f.source))).toEqual(
      new Set([
        'npm package folder',
        'python dist-info',
        'editor extension folder',
        'native installer',
        'Homebrew Caskroom',
      ]),
    );
    for (const f of report.findings) {
      expect(f.action).toBe('fail');
      expect(f.toolVersion).toBe('2.1.150');
    }
    expect(
      report.findings.some((f) => f.location.file.includes('/bob/') || f.location.file.includes('linuxbrew')),
    ).toBe(false);
    expect(report.summary.failed).toBe(aliceExpected.length);
    expect(r.code).toBe(1);
  });

  it("finds bob's clean installations, judges them, and passes", () => {
    const r = hostAudit(
      '--root',
      join(root, 'home', 'bob'),
      '--policy',
      'builtin:ai-coding-tools',
      '--format',
      'json',
    );
    const report = JSON.parse(r.stdout) as Report;
    const versions = new Set(report.findings.map((f) => f.toolVersion));
    expect(report.findings.length).toBeGreaterThan(20);
    // The Python SDK as the claude-agent-sdk tool has its own version line (null); as claude-code it
    // bundles CLI 2.1.202.
    expect(versions).toEqual(new Set(['2.1.198', '2.1.202', null]));
    for (const f of report.findings.filter((f) => f.toolVersion === null))
      expect(f.component.name).toBe('claude-agent-sdk');
    expect(report.findings.every((f) => f.action === 'warn')).toBe(true);
    expect(r.code).toBe(0);
    const strict = hostAudit('--root', join(root, 'home', 'bob'), '--policy', 'builtin:default');
    expect(strict.stdout).toMatch(/0 failed/);
    expect(strict.code).toBe(0);
  });

  it('writes the scan formats', () => {
    for (const format of ['text', 'sarif', 'markdown']) {
      const r = hostAudit(
        '--root',
        join(root, 'home', 'alice', '.local'),
        '--policy',
        'builtin:default',
        '--format',
        format,
      );
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('claude');
    }
    const sarif = JSON.parse(
      hostAudit('--root', root, '--policy', 'builtin:default', '--format', 'sarif').stdout,
    ) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results.length).toBe(aliceExpected.length);
  });

  it('takes --help, and rejects bad usage with exit 2', () => {
    expect(hostAudit('--help').code).toBe(0);
    expect(hostAudit('--root', root, '--image', join(root, 'x.tar')).code).toBe(2);
    expect(hostAudit('--root', join(root, 'no-such-dir')).code).toBe(2);
    expect(hostAudit('--root', root, '--max-files', '0').code).toBe(2);
    expect(hostAudit('--root', root, '--format', 'html').code).toBe(2);
  });
});

// Root reads every folder: the unreadable-folder case runs the CLI as the unprivileged user nobody.
describe.runIf(process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0)(
  'host-audit as an unprivileged user',
  () => {
    it('reports a folder it cannot read as a located error and fails closed, finding the rest', () => {
      // The test run's folder is private to root: nobody may pass through it, not list it.
      chmodSync(tmpdir(), 0o711);
      const root = mkdtempSync(join(tmpdir(), 'aitg-host-locked-'));
      chmodSync(root, 0o755);
      mkdirSync(join(root, 'root', 'secret'), { recursive: true });
      chmodSync(join(root, 'root'), 0o700);
      mkdirSync(join(root, 'usr/lib/node_modules/@google/gemini-cli'), { recursive: true });
      writeFileSync(
        join(root, 'usr/lib/node_modules/@google/gemini-cli/package.json'),
        '{"name":"@google/gemini-cli","version":"0.9.0"}',
      );
      chmodSync(join(root, 'usr'), 0o755);
      const r = spawnSync(
        'setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          process.execPath,
          cli,
          'host-audit',
          '--root',
          root,
          '--policy',
          'builtin:ai-coding-tools',
          '--format',
          'json',
        ],
        { encoding: 'utf8', timeout: 60_000, cwd: tmpdir() },
      );
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as Report;
      expect(report.errors).toEqual([
        { file: 'root', message: 'cannot read folder: permission denied (EACCES)' },
      ]);
      expect(report.findings.map((f) => f.component.name)).toEqual(['@google/gemini-cli']);
      expect(r.status).toBe(1);
    });
  },
);
