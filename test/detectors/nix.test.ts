// Nix files naming AI tools' nixpkgs attributes, in the shapes public flakes, shells and
// home-manager configurations write them (`home.packages = [ pkgs.claude-code pkgs.codex ]`,
// `devShells.default = pkgs.mkShell { buildInputs = [ … pkgs.claude-code ]; }`,
// `environment.systemPackages = [ pkgs.claude-code ]`), each with a twin that must stay quiet.
import { describe, expect, it } from 'vitest';
import { lexNix } from '../../src/detectors/parsers/nix-lexer.js';
import { isNixPath, scanNix } from '../../src/detectors/nix.js';
import { audit } from '../../src/gate/scan.js';
import { loadPolicy } from '../../src/policy/load.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

const found = async (path: string, text: string) => {
  const r = await scanNix(path, text);
  expect(r.errors).toEqual([]);
  return r.components.map((c) => `${c.location.line} ${c.ecosystem} ${c.name} ${c.version ?? `(${c.spec})`}`);
};

describe('lexNix', () => {
  it('blanks comments and string contents, keeps interpolations as code', () => {
    const { code, strings } = lexNix("a = \"x ${pkgs.b} \\\" y\"; # c\n/* d */ e = ''f ''${g} ${h}'';");
    expect(code).toBe("a = \"    pkgs.b      \";    \n        e = ''           h '';");
    expect(strings.map((s) => s.text)).toEqual(['x ${pkgs.b} \\" y', "f ''${g} ${h}"]);
  });
});

describe('nix', () => {
  it('flake.nix: package paths, with-lists, interpolations and nix commands in shell strings', async () => {
    const flake = [
      '{',
      '  description = "a shell with pkgs.claude-code";',
      '  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";',
      '  outputs = { self, nixpkgs, ... }:',
      '    let pkgs = nixpkgs.legacyPackages.x86_64-linux; in {',
      '      devShells.x86_64-linux.default = pkgs.mkShell {',
      '        packages = [',
      '          pkgs.claude-code',
      '          # pkgs.codex',
      '          nixpkgs.legacyPackages.${system}.gemini-cli',
      '          pkgs.claude-code-router',
      '        ];',
      '        buildInputs = with pkgs; [ nodejs aider-chat ];',
      "        shellHook = ''",
      '          echo "then nix run nixpkgs#opencode"',
      '          nix run nixpkgs#qwen-code -- --help',
      '          npm install -g @anthropic-ai/claude-code@2.1.150',
      '          ${pkgs.codex}/bin/codex --version',
      "        '';",
      '      };',
      '    };',
      '}',
      '',
    ].join('\n');
    expect(await found('flake.nix', flake)).toEqual([
      '8 nix claude-code (pkgs.claude-code)',
      '10 nix gemini-cli (nixpkgs.legacyPackages.${system}.gemini-cli)',
      '18 nix codex (pkgs.codex)',
      '13 nix aider-chat (with pkgs; [ aider-chat ])',
      '16 nix qwen-code (nix run nixpkgs#qwen-code)',
      '17 npm @anthropic-ai/claude-code 2.1.150',
    ]);
  });

  it('shell.nix, devenv.nix, home.nix: inherit, nix-shell -p, nix-env -iA, programs.x.enable', async () => {
    expect(
      await found(
        'devenv.nix',
        '{ pkgs, ... }: {\n  inherit (pkgs) claude-code;\n  scripts.ai.exec = "nix-shell -p jq codex --run codex";\n  enterShell = "nix-env -iA nixpkgs.opencode";\n}\n',
      ),
    ).toEqual([
      '2 nix claude-code (inherit (pkgs) claude-code)',
      '3 nix codex (nix-shell -p codex)',
      '4 nix opencode (nix-env -iA nixpkgs.opencode)',
    ]);
    expect(
      await found(
        'home.nix',
        '{ ... }: {\n  programs.claude-code.enable = true;\n  programs.codex = {\n    enable = true;\n  };\n}\n',
      ),
    ).toEqual(['2 nix claude-code (programs.claude-code.enable)', '3 nix codex (programs.codex)']);
  });

  it('stays quiet: comments, strings, echoed commands, other attributes, options, disabled programs', async () => {
    expect(
      await found(
        'shell.nix',
        [
          '{ pkgs ? import <nixpkgs> {} }:',
          '/* pkgs.codex */',
          'let note = "install pkgs.claude-code or nixpkgs#claude-code"; in',
          'pkgs.mkShell {',
          '  buildInputs = [ pkgs.claude-code-router config.programs.claude-code.package ];',
          '  claude-code = 1;',
          '  hm = { programs.claude-code.enable = false; programs.codex.enable = lib.mkDefault false; };',
          "  shellHook = ''",
          '    echo nix run nixpkgs#claude-code',
          '    # nix-shell -p codex',
          "  '';",
          '}',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      ['flake.nix', 'a/devenv.nix', 'home.nix', 'pkgs/claude/package.nix', 'nix/tools.nix'].map(isNixPath),
    ).toEqual([true, true, true, false, false]);
  });

  it('is judged as the tool at an unknown version (the policy decides)', async () => {
    const policy = await loadPolicy('builtin:advisories');
    const report = await audit(
      new DirectorySource(
        makeTree({ 'flake.nix': '{ o = pkgs.mkShell { packages = [ pkgs.claude-code ]; }; }\n' }),
      ),
      { policy },
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      tool: 'claude-code',
      toolVersion: null,
      unknownVersion: true,
      component: { ecosystem: 'nix', name: 'claude-code', version: null },
    });
    expect(report.findings[0]!.unknownReason).toMatch(/pinned nixpkgs revision/);
  });
});
