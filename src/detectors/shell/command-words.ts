// Classes of command words: shells, fetchers, commands whose arguments are data, and the
// wrappers (`sudo`, `env X=Y`, `timeout N`, …) that run the command after them.
import { containerCommand } from './container-run.js';
import { expandParts, splitAssignment, type Expanded, type Lookup, type VarValue } from './expand.js';
import { parseShell } from './shell.js';

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh']);

/**
 * A shebang naming an interpreter of another language (`#!/usr/bin/env node`, `#!/usr/bin/python3`):
 * a file run as a program with it is no shell script. Any other first line (a shell, `busybox sh`,
 * an interpreter not listed) leaves the file read as shell: unknown is not a reason to look away.
 */
export function hasForeignShebang(head: string): boolean {
  return /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:node|nodejs|deno|bun|tsx|ts-node|python[\d.]*|pypy[\d.]*|ruby|perl|php|lua|Rscript|pwsh|osascript|tclsh|groovy|julia|escript)(?:[ \t\r\n]|$)/.test(
    head,
  );
}

/** A shell shebang on the first line: `#!/bin/sh`, `#! /usr/bin/env -S bash -e`, `#!/bin/zsh`. */
export function hasShellShebang(head: string): boolean {
  return /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:sh|bash|zsh|ksh|mksh|dash|ash)(?:[ \t\r\n]|$)/.test(
    head,
  );
}
/** Extensions of files that are never shell scripts run as such. */
const NOT_SCRIPTS =
  /\.(png|jpe?g|gif|bmp|ico|icns|svg|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|whl|egg|deb|rpm|dmg|iso|exe|dll|so|dylib|a|o|obj|lib|class|pyc|pyo|wasm|node|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|wav|ogg|flac|m4a|js|mjs|cjs|jsx|ts|tsx|mts|cts|d\.ts|map|css|scss|sass|less|html?|vue|svelte|json|jsonc|json5|lock|md|mdx|rst|txt|csv|tsv|xml|ya?ml|toml|ini|cfg|conf|properties|go|rs|java|kt|kts|scala|swift|m|mm|c|cc|cpp|cxx|h|hh|hpp|cs|fs|vb|rb|php|pl|pm|py|pyi|r|jl|lua|dart|ex|exs|erl|hs|ml|clj|sql|graphql|gql|proto|ipynb|snap|po|mo|pem|crt|key|pub|sig|asc|gpg|db|sqlite|bin|dat|pak|glb|gltf|fbx|blend|stl|ttc|lockb)$/i;

/**
 * A file whose extension says it is something other than a shell script (an image, an archive,
 * another language's source, a document, PowerShell or batch).
 */
export function namesAnotherKindOfFile(path: string): boolean {
  return NOT_SCRIPTS.test(path) || /\.(psm?1|cmd|bat)$/i.test(path);
}
const FETCHERS = new Set(['curl', 'wget', 'irm', 'iwr', 'invoke-restmethod', 'invoke-webrequest']);
/** Commands that run a script read from a pipe: POSIX shells and PowerShell's Invoke-Expression. */
const PIPE_SHELLS = new Set([...SHELLS, 'iex', 'invoke-expression', 'python', 'python3']);

export function isFetcher(cmd: string): boolean {
  return FETCHERS.has(base(cmd).toLowerCase());
}

export function isPipeShell(cmd: string): boolean {
  return PIPE_SHELLS.has(base(cmd).toLowerCase());
}
/** Commands whose string arguments are data, not commands to run. */
export const NON_EXECUTING = new Set([
  'echo',
  'printf',
  'print',
  'cat',
  'tee',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'sed',
  'awk',
  'test',
  '[',
  '[[',
  'read',
  'git',
  'jq',
  'yq',
  'trap',
  'logger',
  'case',
  'for',
  'select',
  'function',
]);
export const COMMAND_WORD =
  /^(sudo\s+)?(npm|npx|pnpm|pnpx|yarn|bun|bunx|volta|mise|asdf|deno|pip|pip3|pipx|python3?|uv|uvx|brew|winget|choco|scoop|curl|wget|sh|bash|zsh)\s/;

export function base(cmd: string): string {
  const s = cmd.lastIndexOf('/');
  return s === -1 ? cmd : cmd.slice(s + 1);
}

export function basename(p: string): string {
  const s = p.lastIndexOf('/');
  return s === -1 ? p : p.slice(s + 1);
}

/** Removes `sudo`, `env`, `exec`, `nohup`, `time`, `command`, `timeout N`, … in front of a command. */
export function stripWrappers(argv: Expanded[], overlay: Map<string, VarValue>, lookup: Lookup): Expanded[] {
  for (let guard = 0; guard < 16 && argv.length > 0; guard++) {
    const w = base(argv[0]!.text);
    let i = 1;
    if (w === 'sudo' || w === 'doas') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) {
        const f = argv[i]!.text;
        i += /^-[ugrtCDhpU]$/.test(f) || f === '--user' || f === '--group' ? 2 : 1;
        if (f === '--') break;
      }
    } else if (w === 'env') {
      while (i < argv.length) {
        const t = argv[i]!.text;
        // `env -S 'npm i -g x'`: the string is split into the command's words.
        const joined = /^(?:-S|--split-string=)([\s\S]+)$/.exec(t)?.[1];
        if (joined !== undefined || t === '-S' || t === '--split-string') {
          const text = joined ?? argv[i + 1]?.text ?? '';
          const rest = argv.slice(i + (joined === undefined ? 2 : 1));
          argv = [...argv.slice(0, i), ...splitString(text, argv[i]!, lookup), ...rest];
          continue;
        }
        if (t === '-u' || t === '-C') i += 2;
        else if (t.startsWith('-')) i++;
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
          const a = splitAssignment(argv[i]!.word);
          if (a) overlay.set(a.name, expandParts(a.value, lookup));
          i++;
        } else break;
      }
    } else if (w === 'timeout') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) i++;
      i++;
    } else if (w === 'nice' || w === 'ionice' || w === 'stdbuf') {
      while (i < argv.length && argv[i]!.text.startsWith('-')) i += /^-[nc]$/.test(argv[i]!.text) ? 2 : 1;
    } else if (w === 'gosu' || w === 'su-exec') {
      i = 2;
    } else if (w === 'runuser' && argv.some((a) => a.text === '--')) {
      i = argv.findIndex((a) => a.text === '--') + 1;
    } else if (w === 'xargs') {
      // Options that take a value: `-n 1`, `-I {}`, `-L 1`, `-P 4`, `-d '\n'`, `-a file`, …
      while (i < argv.length && argv[i]!.text.startsWith('-'))
        i += /^-[nILPdEsa]$|^--(max-args|replace|max-lines|max-procs|delimiter|eof|max-chars|arg-file)$/.test(
          argv[i]!.text,
        )
          ? 2
          : 1;
    } else if (
      ['docker', 'podman', 'nerdctl', 'docker-compose', 'podman-compose', 'kubectl', 'oc'].includes(w)
    ) {
      const inner = containerCommand(argv);
      if (!inner) break;
      argv = inner;
      continue;
    } else if (
      !['exec', 'nohup', 'time', 'corepack', 'command', 'builtin', 'retry', 'then', 'do', 'else'].includes(w)
    ) {
      break;
    } else {
      while (i < argv.length && argv[i]!.text.startsWith('-') && w !== 'exec') i++;
    }
    argv = argv.slice(i);
  }
  return argv;
}

/** The words of `env -S STRING`, at the word that holds it (env reads quotes and `${VAR}` in it). */
function splitString(text: string, at: Expanded, lookup: Lookup): Expanded[] {
  const words = parseShell(text).pipelines[0]?.commands[0]?.words ?? [];
  return words.map((w) => {
    const v = expandParts(w.parts, lookup);
    return { text: v.text, unknown: v.unknown || at.unknown, start: at.start, word: at.word };
  });
}

/** A path from the root of the repository's checkout in a devcontainer or a workflow runner. */
export const WORKSPACE_PATH =
  /^(\$\{(containerWorkspaceFolder|localWorkspaceFolder|GITHUB_WORKSPACE)\}|\$GITHUB_WORKSPACE|\$\{\{\s*github\.workspace\s*\}\})\/[\w./-]+$/;

/** A command word that runs a file in the repository: `./install`, `scripts/x.sh`, `$GITHUB_WORKSPACE/x`. */
export function runsFileByPath(word: string): boolean {
  return /^\S*\/\S*\.(sh|bash)$/.test(word) || /^\.\.?\/[\w./-]+$/.test(word) || WORKSPACE_PATH.test(word);
}

/**
 * A shell's own arguments: `bash -c 'script' [$0 args…]` (also `-lc`, `-euxo pipefail -c`) gives
 * the script; otherwise `operand` is the index of the script file to run, if any.
 */
export function shellOperands(args: readonly Expanded[]): { script?: Expanded; operand: number } {
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!.text;
    if (a === '--') return { operand: i + 1 };
    if (/^[-+][a-zA-Z]*[oO]$/.test(a) && !a.includes('c')) {
      i++;
      continue;
    }
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a) && !a.startsWith('--'))
      return { script: args[i + 1], operand: i + 1 };
    if (!a.startsWith('-') && !a.startsWith('+')) break;
  }
  return { operand: i };
}
