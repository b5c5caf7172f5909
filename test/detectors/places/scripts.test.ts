import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanBatch } from '../../../src/detectors/batch-script.js';
import { scanPowerShell } from '../../../src/detectors/powershell-script.js';
import { hasShellShebang } from '../../../src/detectors/shell/command-words.js';
import { inventoryOf, line } from '../../helpers/inventory-lines.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'aitg-places-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

const CLAUDE = 'npm install -g @anthropic-ai/claude-code@2.1.150';

describe('scripts by content', () => {
  it('shell shebangs, whatever the interpreter path', () => {
    for (const h of [
      '#!/bin/bash\n',
      '#!/usr/bin/env sh\n',
      '#! /bin/zsh -e\n',
      '#!/usr/bin/env -S bash -eu\n',
      '#!/bin/dash',
      '#!/usr/local/bin/ksh\n',
    ])
      expect(hasShellShebang(h), h).toBe(true);
    for (const h of [
      '#!/usr/bin/env python3\n',
      '#!/usr/bin/env node\n',
      '#!/bin/bashful\n',
      '# !/bin/bash\n',
      'echo\n#!/bin/sh',
    ])
      expect(hasShellShebang(h), h).toBe(false);
  });

  it('extensionless scripts with a shebang, husky hooks, .zsh and .envrc are read; others are not', async () => {
    // The shapes of `script/bootstrap` (github/scripts-to-rule-them-all), `bin/setup` (Rails) and
    // a husky v9 hook (no shebang).
    const root = tree({
      'script/bootstrap': `#!/bin/sh\nset -e\n${CLAUDE}\n`,
      'bin/setup': `#!/usr/bin/env bash\n# setup\nnpx -y @openai/codex@0.58.0 --version\n`,
      '.husky/pre-commit': `npx lint-staged\n${CLAUDE}\n`,
      'tools/dev.zsh': `${CLAUDE}\n`,
      '.envrc': `layout node\n${CLAUDE}\n`,
      'bin/tool.py': `#!/usr/bin/env python3\nprint("${CLAUDE}")\n`,
      'docs/install': `Run: ${CLAUDE}\n`,
      'bin/notes': `#!/bin/sh\n# ${CLAUDE}\necho "${CLAUDE}"\n`,
    });
    chmodSync(join(root, 'script/bootstrap'), 0o755);
    const inv = await inventoryOf(root);
    expect(inv.lines).toEqual([
      '.envrc:2 [shell-script] npm @anthropic-ai/claude-code 2.1.150',
      '.husky/pre-commit:1 [shell-script] npm lint-staged (latest)',
      '.husky/pre-commit:2 [shell-script] npm @anthropic-ai/claude-code 2.1.150',
      'bin/setup:3 [shell-script] npm @openai/codex 0.58.0',
      'script/bootstrap:3 [shell-script] npm @anthropic-ai/claude-code 2.1.150',
      'tools/dev.zsh:1 [shell-script] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    expect(inv.errors).toEqual([]);
    expect(inv.files).toContain('bin/notes');
    expect(inv.files).not.toContain('docs/install');
  });

  it('a file committed as a Git LFS pointer is a located error', async () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const root = tree({
      'scripts/install.sh': pointer,
      'package-lock.json': pointer,
      'notes/readme.txt': pointer,
    });
    const inv = await inventoryOf(root);
    const message = 'Git LFS pointer: the file content is not in the repository and cannot be read';
    expect(inv.errors).toEqual([
      { file: 'package-lock.json', line: 1, message },
      { file: 'scripts/install.sh', line: 1, message },
    ]);
  });
});

describe('PowerShell and batch', () => {
  it('irm | iex, the installer version argument, npm i -g, variables', () => {
    // The shape of vendor Windows instructions (`irm https://claude.ai/install.ps1 | iex`).
    const text = [
      '<# npm install -g @anthropic-ai/claude-code@2.1.150 #>',
      '$ErrorActionPreference = "Stop"',
      '$Version = "2.1.150"',
      'npm install -g "@anthropic-ai/claude-code@$Version"',
      'irm https://claude.ai/install.ps1 | iex',
      'npm install `',
      '  -g @openai/codex@0.58.0',
      'Write-Host "npm install -g @anthropic-ai/claude-code@2.1.150"',
      '# npm install -g @anthropic-ai/claude-code@2.1.150',
      'if ($x) { Write-Output `"quoted`" }',
    ].join('\n');
    const r = scanPowerShell('install.ps1', text);
    expect(r.components.map(line)).toEqual([
      'install.ps1:4 [PowerShell] npm @anthropic-ai/claude-code 2.1.150',
      'install.ps1:5 [PowerShell] installer claude.ai/install.ps1 (latest)',
      'install.ps1:6 [PowerShell] npm @openai/codex 0.58.0',
    ]);
    expect(r.errors).toEqual([]);
  });

  it('batch: set/%VAR%, call, @, comments, echo stay quiet', () => {
    const text = [
      '@echo off',
      'REM npm install -g @anthropic-ai/claude-code@2.1.150',
      ':: npm install -g @anthropic-ai/claude-code@2.1.150',
      'set CLAUDE_VERSION=2.1.150',
      'call npm install -g @anthropic-ai/claude-code@%CLAUDE_VERSION%',
      'echo npm install -g @anthropic-ai/claude-code@2.1.150',
      '@npx -y @openai/codex@0.58.0 ^',
      '  --version',
      'cd %~dp0',
    ].join('\r\n');
    const r = scanBatch('setup.cmd', text);
    expect(r.components.map(line)).toEqual([
      'setup.cmd:5 [batch] npm @anthropic-ai/claude-code 2.1.150',
      'setup.cmd:7 [batch] npm @openai/codex 0.58.0',
    ]);
    expect(r.errors).toEqual([]);
  });
});
