// Command grammar: options before the subcommand, version managers, OS package managers. Each
// positive case has negative twins (the same text commented out, echoed, in a heredoc to cat,
// printed, or as the argument of `:`) and a safe variant that must stay quiet.
import { describe, expect, it } from 'vitest';
import { npmValuedOptionCount } from '../../../src/detectors/shell/grammars/npm-options.js';
import { scan, twins } from './helpers.js';
import { carriersOf } from '../../../src/catalog/index.js';
import { CLAUDE_RELEASE_BUCKET } from '../../../src/detectors/shell/tool-names.js';

const CC = '@anthropic-ai/claude-code';

function expectForm(line: string, found: string[]): void {
  expect(scan(line)).toEqual(found);
  for (const t of twins(line)) expect(scan(t), t).toEqual([]);
}

describe('options before the subcommand', () => {
  it("reads npm's option definitions: over a hundred options take a value", () => {
    expect(npmValuedOptionCount()).toBeGreaterThan(100);
  });

  const cases: [string, string][] = [
    [`npm -g install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --global install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --prefix "$HOME/.local" install -g ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm -C /opt/x install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --location global install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm -L global i ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --loglevel silent --no-fund --glob install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --reg https://r.example install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --global true install ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`npm --tag next -g install ${CC}`, `1 npm ${CC} (next)`],
    [`npm --yes exec ${CC}@2.1.150 -- --version`, `1 npm ${CC} 2.1.150`],
    [`npx --prefix /tmp/x -y ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`pnpm --global add ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`pnpm -C tools --filter app add ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`pnpm -w add ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`yarn --cwd tools global add ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`yarn workspace app add ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    [`bun --cwd tools add -g ${CC}@2.1.150`, `1 npm ${CC} 2.1.150`],
    ['pip --quiet install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['pip3 --log /tmp/l --retries 3 install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['python -m pip --disable-pip-version-check install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['python3 -I -W ignore -m pip install -q aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['python3 -mpip install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['uv --quiet tool install aider-chat@0.86.1', '1 pypi aider-chat 0.86.1'],
    ['uv --directory x pip install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
    ['pipx --verbose install aider-chat==0.86.1', '1 pypi aider-chat 0.86.1'],
  ];
  for (const [line, found] of cases) it(line, () => expectForm(line, [found]));

  it('the option values themselves are not packages, and other subcommands install nothing', () => {
    expect(scan(`npm --prefix ${CC}@2.1.150 install`)).toEqual([]);
    expect(scan(`npm -g uninstall ${CC}`)).toEqual([]);
    expect(scan(`npm --global view ${CC}@2.1.150 version`)).toEqual([]);
    expect(scan(`npm -C x ls ${CC}`)).toEqual([]);
    expect(scan(`pnpm --global remove ${CC}`)).toEqual([]);
    expect(scan(`yarn --cwd x global remove ${CC}`)).toEqual([]);
    expect(scan(`bun --cwd x remove -g ${CC}`)).toEqual([]);
    expect(scan('pip --quiet uninstall -y aider-chat')).toEqual([]);
    expect(scan('python -m pip --quiet show aider-chat')).toEqual([]);
    expect(scan('python -c "import pip" install aider-chat')).toEqual([]);
    expect(scan('uv --quiet tool uninstall aider-chat')).toEqual([]);
    // A safe version is found, and judged as safe later.
    expect(scan(`npm -g install ${CC}@2.1.90`)).toEqual([`1 npm ${CC} 2.1.90`]);
  });
});

describe('version managers', () => {
  const bucket =
    'storage.googleapis.com/claude-code-dist-86c565f3-f756-42ad-8dfa-d59b1c096819/claude-code-releases';
  const cases: [string, string[]][] = [
    [`mise use -g npm:${CC}@2.1.150`, [`1 npm ${CC} 2.1.150`]],
    ['mise use --global claude@2.1.150', [`1 installer ${bucket} 2.1.150`]],
    ['mise install claude-code@2.1.150 node@22', [`1 installer ${bucket} 2.1.150`]],
    ['mise use codex@0.46.0 gemini@0.9.0', ['1 npm @openai/codex 0.46.0', '1 npm @google/gemini-cli 0.9.0']],
    ['mise x claude@2.1.150 -- claude --version', [`1 installer ${bucket} 2.1.150`]],
    [`mise exec node@22 -- npx -y ${CC}@2.1.150`, [`1 npm ${CC} 2.1.150`]],
    ['mise use claude', [`1 installer ${bucket} (latest)`]],
    ['asdf install claude 2.1.150', [`1 installer ${bucket} 2.1.150`]],
    [`volta install ${CC}@2.1.150`, [`1 npm ${CC} 2.1.150`]],
    [`volta --verbose install node@22 ${CC}@2.1.150`, [`1 npm ${CC} 2.1.150`]],
  ];
  for (const [line, found] of cases) it(line, () => expectForm(line, found));

  it('other subcommands and other tools stay quiet', () => {
    expect(scan('mise uninstall claude@2.1.150')).toEqual([]);
    expect(scan('mise ls claude')).toEqual([]);
    expect(scan('mise use node@22 python@3.12')).toEqual([]);
    expect(scan('asdf install nodejs 22.1.0')).toEqual([]);
    expect(scan('asdf uninstall claude 2.1.150')).toEqual([]);
    expect(scan('volta uninstall ' + CC)).toEqual([]);
  });
});

describe('OS package managers', () => {
  const cases: [string, string[]][] = [
    [
      'winget install Anthropic.ClaudeCode --version 2.1.150',
      ['1 installer winget/Anthropic.ClaudeCode 2.1.150'],
    ],
    [
      'winget install --id Anthropic.ClaudeCode -e -v 2.1.150',
      ['1 installer winget/Anthropic.ClaudeCode 2.1.150'],
    ],
    ['winget install -e --id Anthropic.ClaudeCode', ['1 installer winget/Anthropic.ClaudeCode (latest)']],
    ['choco install claude-code --version 2.1.150 -y', ['1 installer chocolatey/claude-code 2.1.150']],
    ['scoop install extras/claude-code@2.1.150', ['1 installer scoop/claude-code 2.1.150']],
    ['brew install --cask claude-code', ['1 homebrew claude-code (latest)']],
    ['brew --cask install claude-code', ['1 homebrew claude-code (latest)']],
    [
      'gh extension install github/gh-copilot --pin v1.0.5',
      ['1 installer github.com/github/gh-copilot/releases 1.0.5'],
    ],
  ];
  for (const [line, found] of cases) it(line, () => expectForm(line, found));

  it('searches, listings and removals stay quiet', () => {
    expect(scan('winget search Anthropic.ClaudeCode')).toEqual([]);
    expect(scan('winget uninstall --id Anthropic.ClaudeCode')).toEqual([]);
    expect(scan('choco uninstall claude-code')).toEqual([]);
    expect(scan('scoop uninstall claude-code')).toEqual([]);
    expect(scan('brew uninstall --cask claude-code')).toEqual([]);
    expect(scan('gh extension remove github/gh-copilot')).toEqual([]);
  });
});

describe('the catalog knows what the grammar names', () => {
  it('the release bucket the short name `claude` stands for, and the winget id, are Claude Code carriers', () => {
    const installers = carriersOf('installer')
      .filter((c) => c.tool.id === 'claude-code')
      .map((c) => c.carrier.package);
    expect(installers).toContain(CLAUDE_RELEASE_BUCKET);
    expect(installers).toContain('downloads.claude.ai/claude-code-releases');
    expect(installers).toContain('winget/Anthropic.ClaudeCode');
  });
});

describe('editor extensions', () => {
  const cases: [string, string[]][] = [
    [
      'code --install-extension anthropic.claude-code@2.1.150',
      ['1 vscode-extension anthropic.claude-code 2.1.150'],
    ],
    ['code --install-extension Anthropic.Claude-Code', ['1 vscode-extension anthropic.claude-code (latest)']],
    [
      'cursor --install-extension=anthropic.claude-code --install-extension openai.chatgpt@0.4.1 --force',
      ['1 vscode-extension anthropic.claude-code (latest)', '1 vscode-extension openai.chatgpt 0.4.1'],
    ],
    [
      'code-server --install-extension anthropic.claude-code@2.1.150',
      ['1 vscode-extension anthropic.claude-code 2.1.150'],
    ],
  ];
  for (const [line, found] of cases) it(line, () => expectForm(line, found));

  it('listings, removals and .vsix files stay quiet', () => {
    expect(scan('code --list-extensions')).toEqual([]);
    expect(scan('code --uninstall-extension anthropic.claude-code')).toEqual([]);
    expect(scan('code --install-extension ./claude-code-2.1.150.vsix')).toEqual([]);
    expect(scan('code --disable-extension anthropic.claude-code')).toEqual([]);
  });
});

describe('extension packages downloaded', () => {
  const cases: [string, string[]][] = [
    [
      'curl -fsSL -o cc.vsix https://marketplace.visualstudio.com/_apis/public/gallery/publishers/anthropic/vsextensions/claude-code/2.1.150/vspackage',
      ['1 vscode-extension anthropic.claude-code 2.1.150'],
    ],
    [
      'wget -O /tmp/x.vsix https://open-vsx.org/api/Anthropic/claude-code/2.1.150/file/Anthropic.claude-code-2.1.150.vsix',
      ['1 vscode-extension anthropic.claude-code 2.1.150'],
    ],
    [
      'curl -L https://anthropic.gallery.vsassets.io/_apis/public/gallery/publisher/anthropic/extension/claude-code/2.1.150/assetbyname/Microsoft.VisualStudio.Services.VSIXPackage -o cc.vsix',
      ['1 vscode-extension anthropic.claude-code 2.1.150'],
    ],
  ];
  for (const [line, found] of cases) it(line.slice(0, 60), () => expectForm(line, found));

  it('other marketplace pages stay quiet', () => {
    expect(scan('curl -s https://marketplace.visualstudio.com/items?itemName=anthropic.claude-code')).toEqual(
      [],
    );
    expect(scan('curl -s https://open-vsx.org/api/anthropic/claude-code')).toEqual([]);
  });
});

describe('npm pkg set', () => {
  it('a dependency written into package.json is the package it names', () => {
    expectForm(`npm pkg set dependencies.cc=npm:${CC}@2.1.150`, [`1 npm cc=${CC} 2.1.150`]);
    expectForm(`npm pkg set devDependencies.${CC}=2.1.150`, [`1 npm ${CC} 2.1.150`]);
    expectForm(`npm pkg set 'overrides[${CC}]=2.1.150' scripts.x=y`, [`1 npm ${CC} 2.1.150`]);
    expectForm(`npm pkg set scripts.postinstall="npx -y ${CC}@2.1.150"`, [`1 npm ${CC} 2.1.150`]);
    // Twins: another field, a script that installs nothing, `get`, a safe version.
    expect(scan(`npm pkg set description=${CC}@2.1.150 scripts.cc="npm view ${CC}@2.1.150"`)).toEqual([]);
    expect(scan(`npm pkg get dependencies.${CC}`)).toEqual([]);
    expect(scan(`npm pkg set dependencies.${CC}=2.1.198`)).toEqual([`1 npm ${CC} 2.1.198`]);
  });
});
