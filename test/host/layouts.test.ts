// The installed layouts and the walk, through auditRoot: each way of writing an installation is
// found, and each twin that is not an installation (an alias is still its real package, a download
// cache, a folder that is not an extension, a broken file naming nothing covered) stays quiet;
// unreadable metadata naming a covered tool is a located error.
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditRoot } from '../../src/host/audit.js';
import { loadPolicy } from '../../src/policy/load.js';
import { makeTree } from '../helpers/tmp.js';

const everyTool = await loadPolicy('builtin:ai-coding-tools');
const advisories = await loadPolicy('builtin:default');
const noMounts = { maxEntries: 1_000_000, mountinfo: null };

const pkg = (name: string, version: string, extra = '') =>
  `{"name":"${name}","version":"${version}"${extra}}`;

async function findings(files: Record<string, string>, policy = everyTool) {
  const root = makeTree(files, 'aitg-host-layout-');
  const { report } = await auditRoot(root, { policy, ...noMounts });
  return {
    root,
    report,
    // One line per component (a component two rules match is one line).
    found: [
      ...new Set(
        report.findings.map(
          (f) =>
            `${f.component.ecosystem} ${f.component.name}@${f.component.version} ${f.location.file}:${f.location.line}`,
        ),
      ),
    ],
  };
}

describe('npm package folders', () => {
  it('reads the real name of an alias install and keeps the folder as the alias', async () => {
    const { report } = await findings(
      {
        'usr/lib/node_modules/cc/package.json': pkg('@anthropic-ai/claude-code', '2.1.150'),
      },
      advisories,
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.component.name).toBe('@anthropic-ai/claude-code');
    expect(report.findings[0]!.component.alias).toBe('cc');
  });

  it('finds a tool nested as a dependency of another global package, and a project install', async () => {
    const { found } = await findings({
      'usr/lib/node_modules/wrapper/node_modules/@anthropic-ai/claude-agent-sdk/package.json': pkg(
        '@anthropic-ai/claude-agent-sdk',
        '0.2.87',
      ),
      'srv/app/node_modules/@google/gemini-cli/package.json':
        '{\n  "version": "0.9.0",\n  "name": "@google/gemini-cli"\n}',
    });
    expect(found).toEqual([
      'npm @google/gemini-cli@0.9.0 srv/app/node_modules/@google/gemini-cli/package.json:3',
      'npm @anthropic-ai/claude-agent-sdk@0.2.87 usr/lib/node_modules/wrapper/node_modules/@anthropic-ai/claude-agent-sdk/package.json:1',
    ]);
  });

  it('does not read download caches, files deeper in a package, or dot folders', async () => {
    const { found } = await findings({
      'home/u/.cache/yarn/v6/npm-@anthropic-ai-claude-code-2.1.150-abc-integrity/node_modules/@anthropic-ai/claude-code/package.json':
        pkg('@anthropic-ai/claude-code', '2.1.150'),
      'home/u/.bun/install/cache/@anthropic-ai/claude-code@2.1.150@@@1/package.json': pkg(
        '@anthropic-ai/claude-code',
        '2.1.150',
      ),
      'usr/lib/node_modules/foo/test/fixture/package.json': pkg('@anthropic-ai/claude-code', '2.1.150'),
      'usr/lib/node_modules/.bin/package.json': pkg('@anthropic-ai/claude-code', '2.1.150'),
      'home/u/project/package.json': pkg('@anthropic-ai/claude-code', '2.1.150'),
    });
    expect(found).toEqual([]);
  });

  it('reports unreadable metadata naming a covered tool as a located error, and ignores other broken files', async () => {
    const { report } = await findings({
      'usr/lib/node_modules/@anthropic-ai/claude-code/package.json':
        '{"name": "@anthropic-ai/claude-code", "version": ',
      'usr/lib/node_modules/left-pad/package.json': '{ not json',
      'usr/lib/node_modules/nameless/package.json': '{"version": "1.0.0"}',
    });
    expect(report.findings).toEqual([]);
    expect(report.errors.map((e) => e.file)).toEqual([
      'usr/lib/node_modules/@anthropic-ai/claude-code/package.json',
    ]);
    expect(report.errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('does not follow a link out of the root, nor count a pnpm link twice', async () => {
    const outside = makeTree({
      'node_modules/@anthropic-ai/claude-code/package.json': pkg('@anthropic-ai/claude-code', '2.1.150'),
    });
    const root = makeTree({
      'lib/node_modules/.pnpm/@anthropic-ai+claude-code@2.1.150/node_modules/@anthropic-ai/claude-code/package.json':
        pkg('@anthropic-ai/claude-code', '2.1.150'),
    });
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(outside, 'node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'lib/node_modules/@anthropic-ai'), { recursive: true });
    symlinkSync(
      '../.pnpm/@anthropic-ai+claude-code@2.1.150/node_modules/@anthropic-ai/claude-code',
      join(root, 'lib/node_modules/@anthropic-ai/claude-code'),
    );
    const { report } = await auditRoot(root, { policy: advisories, ...noMounts });
    expect(report.findings.map((f) => f.location.file)).toEqual([
      'lib/node_modules/.pnpm/@anthropic-ai+claude-code@2.1.150/node_modules/@anthropic-ai/claude-code/package.json',
    ]);
  });
});

describe('Python distributions', () => {
  it('reads Name and Version from the header block only, PEP 503-normalised, in dist-info and egg-info', async () => {
    const { found } = await findings({
      'venv/lib/python3.12/site-packages/Aider_Chat-0.86.1.dist-info/METADATA':
        'Metadata-Version: 2.1\nName: Aider_Chat\nVersion: 0.86.1\n\nName: kimi-cli\n',
      'usr/lib/python3/dist-packages/kimi_cli-1.0.0.egg-info/PKG-INFO':
        'Metadata-Version: 1.2\nName: kimi-cli\nVersion: 1.0.0\n',
      'usr/lib/python2.7/dist-packages/openhands_ai-0.1.egg-info':
        'Metadata-Version: 1.0\nName: openhands-ai\nVersion: 0.1\n',
      'venv/lib/python3.12/site-packages/requests-2.32.0.dist-info/METADATA':
        'Metadata-Version: 2.1\nName: requests\nVersion: 2.32.0\n',
    });
    expect(found).toEqual([
      'pypi openhands-ai@0.1 usr/lib/python2.7/dist-packages/openhands_ai-0.1.egg-info:2',
      'pypi kimi-cli@1.0.0 usr/lib/python3/dist-packages/kimi_cli-1.0.0.egg-info/PKG-INFO:2',
      'pypi aider-chat@0.86.1 venv/lib/python3.12/site-packages/Aider_Chat-0.86.1.dist-info/METADATA:2',
    ]);
  });

  it('a dist-info without Name is an error only when it could name a covered project', async () => {
    const { report } = await findings({
      'a/site-packages/aider_chat-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nVersion: 1.0\n',
      'a/site-packages/requests-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nVersion: 1.0\n',
    });
    expect(report.errors.map((e) => e.file)).toEqual(['a/site-packages/aider_chat-1.0.dist-info/METADATA']);
  });
});

describe('editor extensions', () => {
  it('reads publisher.name from the manifest, and skips folders that are not extensions', async () => {
    const { found } = await findings({
      'home/u/.vscode/extensions/saoudrizwan.claude-dev-3.0.0/package.json':
        '{"publisher":"saoudrizwan","name":"claude-dev","version":"3.0.0","engines":{"vscode":"^1.84.0"}}',
      'home/u/.cursor/extensions/renamed-folder/package.json':
        '{"publisher":"Anthropic","name":"claude-code","version":"2.1.150","engines":{"vscode":"^1.94.0"}}',
      'srv/app/extensions/anthropic.claude-code-2.1.150/package.json':
        '{"name":"claude-code","version":"2.1.150"}',
    });
    expect(found).toEqual([
      'vscode-extension anthropic.claude-code@2.1.150 home/u/.cursor/extensions/renamed-folder/package.json:1',
      'vscode-extension saoudrizwan.claude-dev@3.0.0 home/u/.vscode/extensions/saoudrizwan.claude-dev-3.0.0/package.json:1',
    ]);
  });
});

describe('Homebrew', () => {
  it('names a tapped formula by its tap, as the catalog does, and a core formula by itself', async () => {
    const receipt = (tap: string) => JSON.stringify({ source: { tap } });
    const { found } = await findings({
      'opt/homebrew/Cellar/crush/0.7.0/INSTALL_RECEIPT.json': receipt('charmbracelet/tap'),
      'opt/homebrew/Cellar/gemini-cli/0.9.0/INSTALL_RECEIPT.json': receipt('homebrew/core'),
      // Homebrew's `goose` is a database migration tool, not Block's agent.
      'opt/homebrew/Cellar/goose/3.0.0/INSTALL_RECEIPT.json': receipt('homebrew/core'),
      'opt/homebrew/Caskroom/codex/0.50.0/codex': '',
      'opt/homebrew/Caskroom/codex/.metadata/0.50.0/x': '',
    });
    expect(found).toEqual([
      'homebrew codex@0.50.0 opt/homebrew/Caskroom/codex/0.50.0:1',
      'homebrew charmbracelet/tap/crush@0.7.0 opt/homebrew/Cellar/crush/0.7.0/INSTALL_RECEIPT.json:1',
      'homebrew gemini-cli@0.9.0 opt/homebrew/Cellar/gemini-cli/0.9.0/INSTALL_RECEIPT.json:1',
    ]);
  });
});

describe('native installers', () => {
  it('reports a version folder once, with or without its launcher link, and a launcher whose version folder is elsewhere', async () => {
    const root = makeTree({
      'home/a/.local/share/claude/versions/2.1.150': 'binary',
      'opt/claude/versions/2.1.151': 'binary',
    });
    mkdirSync(join(root, 'home/a/.local/bin'), { recursive: true });
    mkdirSync(join(root, 'home/b/.local/bin'), { recursive: true });
    mkdirSync(join(root, 'home/c/.local/bin'), { recursive: true });
    symlinkSync('/home/a/.local/share/claude/versions/2.1.150', join(root, 'home/a/.local/bin/claude'));
    symlinkSync('../../../../opt/claude/versions/2.1.151', join(root, 'home/b/.local/bin/claude'));
    // Climbs out of the root: not followed, not reported.
    symlinkSync(
      '../../../../../../elsewhere/claude/versions/2.1.152',
      join(root, 'home/c/.local/bin/claude'),
    );
    const { report } = await auditRoot(root, { policy: advisories, ...noMounts });
    expect(report.findings.map((f) => `${f.component.version} ${f.location.file}`)).toEqual([
      '2.1.150 home/a/.local/share/claude/versions/2.1.150',
      '2.1.151 home/b/.local/bin/claude',
    ]);
  });
});

describe('the walk', () => {
  it('does not enter pseudo and network filesystems from the mount table, nor --skip folders', async () => {
    const banned = pkg('@anthropic-ai/claude-code', '2.1.150');
    const root = makeTree({
      'mnt/nfs/node_modules/@anthropic-ai/claude-code/package.json': banned,
      'proc/node_modules/@anthropic-ai/claude-code/package.json': banned,
      'skipme/node_modules/@anthropic-ai/claude-code/package.json': banned,
      'home/node_modules/@anthropic-ai/claude-code/package.json': banned,
    });
    const mountinfo = [
      `22 1 0:21 / ${root}/proc rw,nosuid - proc proc rw`,
      `40 1 0:40 / ${root}/mnt/nfs rw - nfs4 server:/export rw`,
      `41 1 0:41 / /elsewhere rw - nfs4 server:/x rw`,
    ].join('\n');
    const r = await auditRoot(root, { policy: advisories, maxEntries: 1000, mountinfo, skip: ['skipme'] });
    expect(r.report.findings.map((f) => f.location.file)).toEqual([
      'home/node_modules/@anthropic-ai/claude-code/package.json',
    ]);
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        { path: 'mnt/nfs', reason: 'network filesystem (nfs4)' },
        { path: 'proc', reason: 'pseudo filesystem (proc)' },
        { path: 'skipme', reason: 'skipped as asked (--skip)' },
      ]),
    );
  });

  it('stops at the file-visit limit with a located error', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`d${i}/f`] = '';
    const root = makeTree(files);
    const r = await auditRoot(root, { policy: advisories, maxEntries: 20, mountinfo: null });
    expect(r.report.errors).toHaveLength(1);
    expect(r.report.errors[0]!.message).toMatch(/file-visit limit/);
    expect(r.entriesVisited).toBe(21);
  });

  // As root every folder is readable: test/host/host-audit-root.e2e.test.ts runs the CLI as nobody.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder as a located error', async () => {
    const root = makeTree({ 'locked/x': '' });
    chmodSync(join(root, 'locked'), 0o000);
    try {
      const r = await auditRoot(root, { policy: advisories, ...noMounts });
      expect(r.report.errors).toEqual([
        { file: 'locked', message: 'cannot read folder: permission denied (EACCES)' },
      ]);
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });
});
