import { describe, expect, it } from 'vitest';
import { isDockerfilePath, scanDockerfile } from '../../src/detectors/dockerfile.js';
import { inventoryOf, line } from '../helpers/inventory-lines.js';

describe('Dockerfile', () => {
  it('names: Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile', () => {
    for (const p of [
      'Dockerfile',
      'a/Dockerfile.dev',
      'stacks/05-claude.Dockerfile',
      'Containerfile',
      'x/claude.dockerfile',
    ])
      expect(isDockerfilePath(p), p).toBe(true);
    for (const p of ['Dockerfile.dockerignore', 'docs/Dockerfile.md/x', 'dockerfiles/readme.txt'])
      expect(isDockerfilePath(p), p).toBe(false);
  });

  it('patterns 4, 5, 7, 8, 9 over the fixture tree', async () => {
    const inv = await inventoryOf('test/fixtures/docker');
    expect(inv.lines).toEqual([
      'basic/python/.devcontainer/Dockerfile:2 [Dockerfile] npm @anthropic-ai/claude-code 1.0.53',
      'claude.Dockerfile:4 [Dockerfile] installer claude.ai/install.sh (latest)',
      'hostile/Dockerfile:2 [Dockerfile] npm @anthropic-ai/claude-code 2.1.120',
      'multistage/Dockerfile:13 [Dockerfile] npm @google/gemini-cli 0.9.0',
      'multistage/Dockerfile:16 [Dockerfile] pypi kimi-cli 1.2.0',
      'multistage/Dockerfile:18 [Dockerfile] npm @qwen-code/qwen-code 0.0.14',
      'multistage/Dockerfile:19 [Dockerfile] npm opencode-ai 0.15.0',
      'multistage/Dockerfile:20 [Dockerfile] installer github.com/openai/codex/releases 0.58.0',
      'multistage/Dockerfile:21 [Dockerfile] installer gh.io/copilot-install 0.0.369',
      'multistage/Dockerfile:23 [Dockerfile] installer github.com/block/goose/releases/download/stable/download_cli.sh 1.45.0',
      'multistage/Dockerfile:24 [Dockerfile] homebrew claude-code (latest)',
      'multistage/Dockerfile:24 [Dockerfile] homebrew goose (latest)',
      'multistage/Dockerfile:25 [Dockerfile] pypi amp 1.0.0',
      'prebuilt/Dockerfile:2 [Dockerfile] installer deb.nodesource.com/setup_22.x (latest)',
      'prebuilt/Dockerfile:4 [Dockerfile] npm @anthropic-ai/claude-code (latest)',
      'prebuilt/Dockerfile:5 [Dockerfile] npm claude (latest)',
      'stacks/05-claude.Dockerfile:3 [Dockerfile] npm @anthropic-ai/claude-code (latest)',
    ]);
    // Homebrew `goose` is the database migration tool and `amp` on PyPI is not Sourcegraph's Amp:
    // they are reported under their own names, never as the AI tools.
    const brew = inv.components.filter((c) => c.ecosystem === 'homebrew');
    expect(brew.map((c) => [c.name, c.resolved])).toEqual([
      ['claude-code', 'cask'],
      ['goose', 'formula'],
    ]);
    expect(inv.errors).toEqual([
      { file: 'hostile/Dockerfile', line: 2, message: 'RUN: unterminated double quote' },
      { file: 'hostile/Dockerfile', line: 3, message: 'RUN: unterminated here-document (<<EOF)' },
    ]);
  });

  it('ARG scoping: global ARGs reach a stage only when re-declared; ENV legacy form; build args win', () => {
    const text = [
      'ARG V=1.0.0',
      'FROM node:20',
      'RUN npm i -g a@$V',
      'ARG V',
      'RUN npm i -g b@$V',
      'ENV W 2.0.0',
      'RUN npm i -g c@${W} d@${NOPE:-3.0.0} e@${NOPE:+x}',
    ].join('\n');
    const r = scanDockerfile(text, 'Dockerfile');
    expect(r.components.map(line)).toEqual([
      'Dockerfile:3 [Dockerfile] npm a ($V)',
      'Dockerfile:5 [Dockerfile] npm b 1.0.0',
      'Dockerfile:7 [Dockerfile] npm c 2.0.0',
      'Dockerfile:7 [Dockerfile] npm d 3.0.0',
      'Dockerfile:7 [Dockerfile] npm e (${NOPE:+x})',
    ]);
    const withArgs = scanDockerfile(text, 'Dockerfile', {
      buildArgs: new Map([['V', { text: '9.9.9', unknown: false }]]),
    });
    expect(withArgs.components.map(line)[1]).toBe('Dockerfile:5 [Dockerfile] npm b 9.9.9');
  });

  it('a # escape=` directive and a comment right after a continuation', () => {
    const text =
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN npm install -g `\n  # note\n  @openai/codex@0.46.0\n';
    expect(scanDockerfile(text, 'Dockerfile').components.map(line)).toEqual([
      'Dockerfile:5 [Dockerfile] npm @openai/codex 0.46.0',
    ]);
  });

  it('CRLF line ends and tabs', () => {
    const text =
      'FROM node:20\r\nARG V=2.1.100\r\nRUN\tnpm install -g \\\r\n\t@anthropic-ai/claude-code@${V}\r\n';
    expect(scanDockerfile(text, 'Dockerfile').components.map(line)).toEqual([
      'Dockerfile:4 [Dockerfile] npm @anthropic-ai/claude-code 2.1.100',
    ]);
  });

  it('ADD of a vendor installer then RUN of the file with a version', () => {
    const text =
      'FROM debian\nADD https://claude.ai/install.sh /tmp/install.sh\nRUN bash /tmp/install.sh 2.1.90\n';
    const r = scanDockerfile(text, 'Dockerfile');
    expect(r.components.map(line)).toEqual([
      'Dockerfile:3 [Dockerfile] installer claude.ai/install.sh 2.1.90',
    ]);
  });

  it('COPY <<EOF DEST writes a script into the image: a later RUN of DEST runs it', () => {
    const CC = '@anthropic-ai/claude-code';
    const run = (body: string, then: string, delim = 'EOF') =>
      scanDockerfile(
        `FROM node:22\nCOPY <<${delim} /tmp/i.sh\n${body}\nEOF\n${then}\n`,
        'Dockerfile',
      ).components.map(line);
    expect(run(`npm i -g ${CC}@2.1.150`, 'RUN sh /tmp/i.sh')).toEqual([
      `Dockerfile:5 [Dockerfile] npm ${CC} 2.1.150`,
    ]);
    expect(run(`npm i -g ${CC}@2.1.150`, 'RUN chmod +x /tmp/i.sh && /tmp/i.sh')).toEqual([
      `Dockerfile:5 [Dockerfile] npm ${CC} 2.1.150`,
    ]);
    // Twins: a script that only echoes, one only read, one never run, a safe version.
    expect(run(`echo npm i -g ${CC}@2.1.150`, 'RUN sh /tmp/i.sh')).toEqual([]);
    expect(run(`npm i -g ${CC}@2.1.150`, 'RUN cat /tmp/i.sh')).toEqual([]);
    expect(run(`npm i -g ${CC}@2.1.150`, 'RUN echo done')).toEqual([]);
    expect(run(`npm i -g ${CC}@2.1.90`, 'RUN sh /tmp/i.sh')).toEqual([
      `Dockerfile:5 [Dockerfile] npm ${CC} 2.1.90`,
    ]);
    // An unquoted delimiter lets the builder expand the body: with a `$`, it is not known here.
    expect(run(`npm i -g ${CC}@$V`, 'RUN sh /tmp/i.sh')).toEqual([]);
  });

  it('huge single lines and binary-looking garbage stay bounded', () => {
    const huge = 'FROM x\nRUN ' + 'a '.repeat(500_000) + '&& npm i -g @openai/codex@0.46.0\n';
    const t0 = Date.now();
    expect(scanDockerfile(huge, 'Dockerfile').components.map(line)).toEqual([
      'Dockerfile:2 [Dockerfile] npm @openai/codex 0.46.0',
    ]);
    const garbage = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode(1 + ((i * 7919) % 250)),
    ).join('');
    const r = scanDockerfile('FROM x\nRUN ' + garbage, 'Dockerfile');
    expect(Array.isArray(r.components)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
