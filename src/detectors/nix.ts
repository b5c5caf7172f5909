// Nix files that install packages (flake.nix, shell.nix, devenv.nix, default.nix, home.nix,
// configuration.nix): the nixpkgs attributes of AI tools they name, read outside comments and
// string contents. A package's version is the pinned nixpkgs revision's (flake.lock, a channel),
// which the file does not say: reported with version null, so the policy's unknownVersion applies.
// Forms: `pkgs.claude-code` (any attribute path through a package set: `pkgs.unstable.x`,
// `inputs.nixpkgs.legacyPackages.${system}.x`), `with pkgs; [ x ]`, `inherit (pkgs) x;`,
// home-manager's `programs.x.enable = true`, and in shell strings (shellHook, devenv scripts)
// `nix run|shell|profile install nixpkgs#x`, `nix-shell -p x`, `nix-env -iA nixpkgs.x`, whose
// other commands go through the shell interpreter.
import { nixAttributes } from '../catalog/index.js';
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { makeComponent } from './component.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { lexNix } from './parsers/nix-lexer.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';

export const NIX_SOURCE = 'nix';

const NIX_FILES = new Set([
  'flake.nix',
  'shell.nix',
  'devenv.nix',
  'default.nix',
  'home.nix',
  'configuration.nix',
]);

export function isNixPath(path: string): boolean {
  return NIX_FILES.has(path.slice(path.lastIndexOf('/') + 1));
}

const VERSION_NOTE =
  'a nixpkgs package: its version is that of the pinned nixpkgs revision (flake.lock, channel), which the file does not say';

/** Attributes bound to shell text that a shell runs. */
const SHELL_ATTRS = new Set([
  'shellHook',
  'enterShell',
  'enterTest',
  'exec',
  'script',
  'runScript',
  'text',
  'buildPhase',
  'installPhase',
  'preBuild',
  'postBuild',
  'preInstall',
  'postInstall',
  'checkPhase',
]);

const IDENT = String.raw`[A-Za-z_][\w'-]*`;
const ELEMENT = String.raw`(?:${IDENT}|\$\{[^{}]*\})`;
/** A path element that names a package set. */
const PACKAGE_SET = /(?:pkgs|^nixpkgs|^legacyPackages|^packages)$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function scanNix(path: string, text: string): Promise<DetectorResult> {
  const attrs = nixAttributes();
  const components: Component[] = [];
  if (attrs.length === 0) return { components, errors: [] };
  const { code, strings } = lexNix(text);
  const lines = new LineIndex(text);
  const names = attrs.map(escape).join('|');
  const add = (name: string, offset: number, written: string) =>
    components.push(
      makeComponent({
        ecosystem: 'nix',
        name,
        version: null,
        spec: written,
        versionNote: VERSION_NOTE,
        location: { file: path, line: lines.line(offset) },
        source: NIX_SOURCE,
        sourceKind: 'registry',
      }),
    );
  const isSet = (chain: string) => chain.split('.').some((e) => PACKAGE_SET.test(e));

  // pkgs.x, pkgs.unstable.x, nixpkgs.legacyPackages.${system}.x
  const selection = new RegExp(
    String.raw`(?<![\w'.-])(${ELEMENT}(?:\.${ELEMENT})*)\.(${names})(?![\w'-])`,
    'g',
  );
  for (const m of code.matchAll(selection)) if (isSet(m[1]!)) add(m[2]!, m.index + m[1]!.length + 1, m[0]);

  // with pkgs; [ … x … ]
  const withList = new RegExp(String.raw`(?<![\w'-])with\s+(${ELEMENT}(?:\.${ELEMENT})*)\s*;\s*\[`, 'g');
  const bare = new RegExp(String.raw`(?<![\w'.-])(${names})(?![\w'.-]|\s*=)`, 'g');
  for (const m of code.matchAll(withList)) {
    if (!isSet(m[1]!)) continue;
    const open = m.index + m[0].length;
    const close = matching(code, open - 1);
    for (const b of code.slice(open, close).matchAll(bare))
      add(b[1]!, open + b.index, `with ${m[1]}; [ ${b[1]} ]`);
  }

  // inherit (pkgs) x y;
  const inherit = new RegExp(
    String.raw`(?<![\w'-])inherit\s*\(\s*(${ELEMENT}(?:\.${ELEMENT})*)\s*\)([^;]*);`,
    'g',
  );
  for (const m of code.matchAll(inherit)) {
    if (!isSet(m[1]!)) continue;
    const listStart = m.index + m[0].indexOf(')') + 1;
    for (const b of m[2]!.matchAll(bare)) add(b[1]!, listStart + b.index, `inherit (${m[1]}) ${b[1]}`);
  }

  // home-manager: programs.x.enable = true; programs.x = { enable = true; … };
  const programs = new RegExp(
    String.raw`(?<![\w'-])programs\.(${names})(?:\.enable\s*=\s*true\b|\s*=\s*\{[^{}]*?(?<![\w'-])enable\s*=\s*true\b)`,
    'g',
  );
  for (const m of code.matchAll(programs)) add(m[1]!, m.index + 'programs.'.length, m[0].split(/\s/)[0]!);

  // Shell text: nix's own installs here, every other command through the shell interpreter.
  const sites: CommandSite[] = [];
  const commandStart = String.raw`(?:^|[;&|(\n]|&&|\|\|)[ \t]*(?:sudo[ \t]+)?`;
  const flakeRef = new RegExp(
    commandStart +
      String.raw`nix[ \t]+(?:run|shell|build|develop|profile[ \t]+(?:install|add))\b[^\n;&|]*?(?<![\w/.-])(?:nixpkgs|flake:nixpkgs|github:(?:NixOS|nixos)/nixpkgs(?:/[^\s#"']*)?|nixpkgs/[^\s#"']+)#(${names})(?![\w'-])`,
    'g',
  );
  const nixShell = new RegExp(
    commandStart + String.raw`nix-shell\b([^\n;&|]*?)[ \t]-p[ \t]+([^\n;&|]*)`,
    'g',
  );
  const nixEnv = new RegExp(
    commandStart +
      String.raw`nix-env[ \t]+(?:-iA|(?:-i|--install)[ \t]+(?:-A|--attr))[ \t]+(?:nixpkgs|nixos)\.(${names})(?![\w'-])`,
    'g',
  );
  for (const s of strings) {
    const bound = /(?:^|[\s;{])([A-Za-z_][\w'-]*)\s*=\s*(?:''|")$/.exec(
      code.slice(Math.max(0, s.start - 80), s.start),
    );
    const shell = bound !== null && SHELL_ATTRS.has(bound[1]!);
    if (!shell && !/\bnix(?:-shell|-env)?\b/.test(s.text)) continue;
    for (const m of s.text.matchAll(flakeRef)) {
      const at = m.index + m[0].lastIndexOf('#') + 1;
      add(m[1]!, s.start + at, m[0].trim());
    }
    for (const m of s.text.matchAll(nixShell)) {
      const start = m.index + m[0].length - m[2]!.length;
      for (const w of m[2]!.matchAll(/\S+/g)) {
        if (w[0].startsWith('-')) break;
        if (attrs.includes(w[0])) add(w[0], s.start + start + w.index, `nix-shell -p ${w[0]}`);
      }
    }
    for (const m of s.text.matchAll(nixEnv))
      add(m[1]!, s.start + m.index + m[0].lastIndexOf('.') + 1, m[0].trim());
    if (shell) {
      const base = lines.line(s.start);
      const local = new LineIndex(s.text);
      sites.push({ script: s.text, locate: (o) => base + local.line(o) - 1, quiet: true });
    }
  }
  const commands = scanCommandSites(path, NIX_SOURCE, sites, 'script');
  components.push(...commands.components);
  return { components, errors: commands.errors };
}

/** The offset of the bracket that closes the one at `open` (or the end of the text). */
function matching(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return code.length;
}

export const nixDetector: Detector = {
  id: NIX_SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: ['nix', ...COMMAND_ECOSYSTEMS],
  matches: isNixPath,
  detect: ({ path, text }) => scanNix(path, text),
};
