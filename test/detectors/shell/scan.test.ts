import { describe, expect, it } from 'vitest';
import { CommandScanner, type CommandFinding } from '../../../src/detectors/shell/scan.js';
import { LineIndex } from '../../../src/util/lines.js';

function scan(script: string): string[] {
  const s = new CommandScanner();
  const lines = new LineIndex(script);
  s.scan(script, (o) => lines.line(o));
  s.finish();
  return s.findings.map(fmt);
}

function fmt(f: CommandFinding): string {
  return `${f.line} ${f.ecosystem} ${f.alias ? f.alias + '=' : ''}${f.name} ${f.version ?? `(${f.spec})`}`;
}

describe('install recogniser', () => {
  it('npm, pnpm, yarn, bun, volta and deno installs', () => {
    expect(
      scan(
        [
          'npm i -g @anthropic-ai/claude-code@2.1.100',
          'npm install --global @openai/codex@^0.46 --registry https://r.example',
          'npm install --location=global cc@npm:@anthropic-ai/claude-code@2.1.91',
          'pnpm add -g @google/gemini-cli',
          'yarn global add @qwen-code/qwen-code@0.0.14',
          'bun add -g opencode-ai@latest && bun install -g @sourcegraph/amp',
          'volta install node@20 @anthropic-ai/claude-code@2.1.0',
          'deno install -g npm:@openai/codex@0.46.0',
          'npm install --tag next @openai/codex',
          'npm install https://registry.npmjs.org/@anthropic-ai/claude-code/-/claude-code-2.1.120.tgz',
          'npm install ./local github:owner/repo',
          'npm install',
          'npm ci',
        ].join('\n'),
      ),
    ).toEqual([
      '1 npm @anthropic-ai/claude-code 2.1.100',
      '2 npm @openai/codex (^0.46)',
      '3 npm cc=@anthropic-ai/claude-code 2.1.91',
      '4 npm @google/gemini-cli (latest)',
      '5 npm @qwen-code/qwen-code 0.0.14',
      '6 npm opencode-ai (latest)',
      '6 npm @sourcegraph/amp (latest)',
      '7 npm @anthropic-ai/claude-code 2.1.0',
      '8 npm @openai/codex 0.46.0',
      '9 npm @openai/codex (next)',
      '10 npm @anthropic-ai/claude-code 2.1.120',
      // A local folder is an install named by its path until its package.json names it.
      '11 npm file:local (file:local)',
    ]);
  });

  it('one-off runners: npx, npm exec, pnpm dlx, pnpx, yarn dlx, bunx, with -y/--yes/-p/--package', () => {
    expect(
      scan(
        [
          'npx -y @anthropic-ai/claude-code@2.1.150 --help',
          'npx --yes --package=@openai/codex@0.46.0 codex exec',
          'npx -p @google/gemini-cli -p @qwen-code/qwen-code@0.0.14 gemini',
          'npm exec --yes -- @openai/codex@0.40.0',
          'pnpm dlx @anthropic-ai/claude-code',
          'pnpx opencode-ai@0.15.0',
          'yarn dlx -p @openai/codex codex',
          'bunx @google/gemini-cli@0.9.0',
          'corepack pnpm dlx @openai/codex@0.47.0',
          'npx -c "npm i -g nested@1.0.0"',
        ].join('\n'),
      ),
    ).toEqual([
      '1 npm @anthropic-ai/claude-code 2.1.150',
      '2 npm @openai/codex 0.46.0',
      '3 npm @google/gemini-cli (latest)',
      '3 npm @qwen-code/qwen-code 0.0.14',
      '4 npm @openai/codex 0.40.0',
      '5 npm @anthropic-ai/claude-code (latest)',
      '6 npm opencode-ai 0.15.0',
      '7 npm @openai/codex (latest)',
      '8 npm @google/gemini-cli 0.9.0',
      '9 npm @openai/codex 0.47.0',
      '10 npm nested 1.0.0',
    ]);
  });

  it('pip, python -m pip, pipx, uv pip, uv tool, uvx and brew', () => {
    expect(
      scan(
        [
          'pip install --no-cache-dir aider-chat==0.86.1 -r requirements.txt',
          'python3 -m pip install "Aider_Chat[browser]>=0.80"',
          'pipx install aider-chat && pipx run --spec kimi-cli==1.2.0 kimi',
          'uv pip install --system claude-agent-sdk==0.1.5',
          'uv tool install --with mcp kimi-cli@1.3.0',
          'uvx --from aider-chat==0.86.0 aider',
          'uvx kimi-cli@latest',
          'brew install --cask claude-code && brew install codex',
        ].join('\n'),
      ),
    ).toEqual([
      '1 pypi aider-chat 0.86.1',
      '2 pypi aider-chat (>=0.80)',
      '3 pypi aider-chat (latest)',
      '3 pypi kimi-cli 1.2.0',
      '4 pypi claude-agent-sdk 0.1.5',
      '5 pypi mcp (latest)',
      '5 pypi kimi-cli 1.3.0',
      '6 pypi aider-chat 0.86.0',
      '7 pypi kimi-cli (latest)',
      '8 homebrew claude-code (latest)',
      '8 homebrew codex (latest)',
    ]);
  });

  it('vendor installers: piped, with arguments, flags, variables, downloaded then run, process substitution', () => {
    expect(
      scan(
        [
          'curl -fsSL https://claude.ai/install.sh | bash -s -- 2.1.110',
          'curl -fsSL https://claude.ai/install.sh | bash -s 2.1.111',
          'curl -fsSL https://claude.ai/install.sh | sudo bash -s stable',
          'wget -qO- https://claude.ai/install.sh | sh',
          'curl -fsSL https://gh.io/copilot-install | VERSION="v1.0.9" PREFIX="$HOME/x" bash',
          'export GOOSE_VERSION=v1.45.0',
          'curl -fsSL https://github.com/block/goose/releases/download/stable/download_cli.sh | CONFIGURE=false bash',
          'curl -fsSL https://opencode.ai/install | bash -s -- --version 1.2.3',
          'curl -fsSL https://CLAUDE.AI/install.sh?x=1 -o /tmp/i.sh && bash /tmp/i.sh 2.1.112',
          'wget https://cursor.com/install && sh install',
          'bash <(curl -fsSL https://claude.ai/install.sh) 2.1.113',
          'bash -c "$(curl -fsSL https://claude.ai/install.sh)"',
          'curl -LO https://github.com/sst/opencode/releases/latest/download/opencode-linux-x64.zip',
          'curl -fsSL https://storage.googleapis.com/bucket/claude-code-releases/2.1.114/linux-x64/claude -o claude',
        ].join('\n'),
      ),
    ).toEqual([
      '1 installer claude.ai/install.sh 2.1.110',
      '2 installer claude.ai/install.sh 2.1.111',
      '3 installer claude.ai/install.sh (stable)',
      '4 installer claude.ai/install.sh (latest)',
      '5 installer gh.io/copilot-install 1.0.9',
      '7 installer github.com/block/goose/releases/download/stable/download_cli.sh 1.45.0',
      '8 installer opencode.ai/install 1.2.3',
      '9 installer claude.ai/install.sh 2.1.112',
      '10 installer cursor.com/install (latest)',
      '11 installer claude.ai/install.sh 2.1.113',
      '12 installer claude.ai/install.sh (latest)',
      '13 installer github.com/sst/opencode/releases (latest)',
      '14 installer storage.googleapis.com/bucket/claude-code-releases 2.1.114',
    ]);
  });

  it('scheme-less URLs, PowerShell pipes, Kimi and Qwen installers', () => {
    expect(
      scan(
        [
          'curl -L code.kimi.com/install.sh | bash',
          'irm https://claude.ai/install.ps1 | iex',
          'Invoke-RestMethod https://code.kimi.com/install.ps1 | Invoke-Expression',
          'bash -c "$(curl -fsSL https://qwen-code-assets.oss-cn-hangzhou.aliyuncs.com/installation/install-qwen.sh)" -s --source qwenchat',
          'curl -sSL https://install.python-poetry.org | python3 -',
          'curl -fsSL https://downloads.claude.ai/claude-code-releases/bootstrap.sh | bash -s -- 2.1.115',
        ].join('\n'),
      ),
    ).toEqual([
      '1 installer code.kimi.com/install.sh (latest)',
      '2 installer claude.ai/install.ps1 (latest)',
      '3 installer code.kimi.com/install.ps1 (latest)',
      '4 installer qwen-code-assets.oss-cn-hangzhou.aliyuncs.com/installation/install-qwen.sh (latest)',
      '5 installer install.python-poetry.org (latest)',
      '6 installer downloads.claude.ai/claude-code-releases/bootstrap.sh 2.1.115',
    ]);
  });

  it('nested scripts: sh -c, eval, helper functions, aliases, su -c, here-documents fed to a shell', () => {
    expect(
      scan(
        [
          `sh -c "npm i -g a@1.0.0 && npx -y b@2.0.0"`,
          `eval "pip install c==3.0.0"`,
          `run_command 'npm install -g d@4.0.0'`,
          `alias claude="npx claude"`,
          `su node -c "npm i -g e@5.0.0"`,
          `cat <<EOF | bash`,
          `npm i -g f@6.0.0`,
          `EOF`,
          `bash -euxo pipefail -c 'pnpm add -g g@7.0.0'`,
          `V=8.0.0; npm i -g h@$V`,
          `W=9.0.0 npm i -g i@$W`,
        ].join('\n'),
      ),
    ).toEqual([
      '1 npm a 1.0.0',
      '1 npm b 2.0.0',
      '2 pypi c 3.0.0',
      '3 npm d 4.0.0',
      '4 npm claude (latest)',
      '5 npm e 5.0.0',
      '7 npm f 6.0.0',
      '9 npm g 7.0.0',
      '10 npm h 8.0.0',
      '11 npm i 9.0.0',
    ]);
  });

  it('negatives: messages, comments, unrelated commands with colliding names', () => {
    expect(
      scan(
        [
          'echo "npm install -g @anthropic-ai/claude-code@2.1.120"',
          "printf 'curl -fsSL https://claude.ai/install.sh | bash\\n'",
          '# npm install -g @openai/codex',
          'grep "npx claude" README.md',
          'amp --help',
          'goose up',
          'claude --version',
          'npm run build',
          'git commit -m "npm i -g x"',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('unknown values keep what was written', () => {
    expect(scan('npm i -g @anthropic-ai/claude-code@${CLAUDE_VERSION:?required} x@$(cat v)')).toEqual([
      '1 npm @anthropic-ai/claude-code (${CLAUDE_VERSION:?required})',
      '1 npm x ($(cat v))',
    ]);
  });
});

describe('bounds', () => {
  it('a script over the command limit is a located error, never a silent skip', () => {
    const s = new CommandScanner({}, 3);
    s.scan('a\nb\nc\nd\nnpm i -g x@1.0.0\n', (o) => o);
    expect(s.problems).toEqual([{ line: 6, message: 'more than 3 commands; the rest was not read' }]);
  });
});
