// Recognises a package-manager command (`name args…`, wrappers already removed) by family, with
// each manager's options wherever it accepts them (`npm -g install`, `pip --quiet install`).
import { EDITOR_COMMANDS, editorExtensions } from './editors.js';
import type { Expanded } from '../expand.js';
import { parseNpmSpec } from '../packages.js';
import { npmFinding, npmInstalls, npmPkgSet, npxRun } from './npm.js';
import { npmOptions } from './npm-options.js';
import { subcommands, valuedOptions, type OptionGrammar, type Recognised } from './options.js';
import { pipInstalls, pipOptions, pipxRun, uvxRun } from './python.js';
import { brew, choco, ghExtension, scoop, winget } from './system.js';
import { asdf, mise, volta } from './version-managers.js';

export type { Recognised } from './options.js';

const NPM_INSTALL =
  /^(install|i|add|in|ins|inst|insta|instal|isnt|isntall|install-test|it|update|up|upgrade)$/;

/** pnpm's options that take a value (pnpm.io/cli); `-w` is `--workspace-root`, a boolean. */
const PNPM = valuedOptions([
  '-C',
  '--dir',
  '-F',
  '--filter',
  '--filter-prod',
  '--test-pattern',
  '--changed-files-ignore-pattern',
  '--reporter',
  '--loglevel',
  '--store-dir',
  '--virtual-store-dir',
  '--modules-dir',
  '--lockfile-dir',
  '--global-dir',
  '--registry',
  '--workspace-concurrency',
  '--network-concurrency',
  '--child-concurrency',
  '--config-dir',
  '--node-linker',
  '--package-import-method',
  '--resolution-mode',
  '--allow-build',
]);
/** Yarn classic's options that take a value (classic.yarnpkg.com/en/docs/cli). */
const YARN = valuedOptions([
  '--cwd',
  '--modules-folder',
  '--cache-folder',
  '--global-folder',
  '--link-folder',
  '--preferred-cache-folder',
  '--registry',
  '--network-timeout',
  '--network-concurrency',
  '--mutex',
  '--use-yarnrc',
  '--https-proxy',
  '--proxy',
  '--otp',
]);
/** bun's options that take a value (bun.com/docs/cli). */
const BUN = valuedOptions([
  '--cwd',
  '-c',
  '--config',
  '--registry',
  '--cache-dir',
  '--backend',
  '--cpu',
  '--os',
  '-F',
  '--filter',
  '--linker',
  '--omit',
  '--network-concurrency',
  '--concurrent-scripts',
  '--ca',
  '--cafile',
  '--minimum-release-age',
]);

/** `<manager> [opts] <sub> [opts] packages…` for the npm family. */
function npmFamily(args: Expanded[], g: OptionGrammar, installs: RegExp, runs: RegExp): Recognised[] {
  const { subs, options, rest } = subcommands(args, g, 1);
  const sub = subs[0] ?? '';
  if (installs.test(sub)) return npmInstalls([...options, ...rest], g);
  if (runs.test(sub)) return npxRun(rest, g);
  if (sub === 'pkg' && rest[0]?.text === 'set') return npmPkgSet(rest.slice(1));
  return [];
}

function yarn(args: Expanded[]): Recognised[] {
  const { subs, options, rest } = subcommands(args, YARN, 1);
  const sub = subs[0];
  if (sub === 'add') return npmInstalls([...options, ...rest], YARN);
  if (sub === 'dlx') return npxRun(rest, YARN);
  if (sub === 'global') return yarn(rest);
  // `yarn workspace <name> add x`: the command runs in that workspace.
  if (sub === 'workspace') return yarn(subcommands(rest, YARN, 1).rest);
  return [];
}

function python(args: Expanded[]): Recognised[] {
  // The interpreter's own options come before `-m module` (`python3 -I -W ignore -m pip …`).
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '-m' || t.startsWith('-m')) {
      const module = t === '-m' ? args[i + 1]?.text : t.slice(2);
      const rest = args.slice(t === '-m' ? i + 2 : i + 1);
      if (module === 'pip' || module === 'pip3') return pipCommand(rest);
      if (module === 'pipx') return pipxCommand(rest);
      if (module === 'uv') return uv(rest);
      return [];
    }
    if (t === '-W' || t === '-X') i++;
    else if (!t.startsWith('-') || t === '-c' || t === '-') return [];
  }
  return [];
}

function pipCommand(args: Expanded[]): Recognised[] {
  const { subs, rest } = subcommands(args, pipOptions, 1);
  return subs[0] === 'install' ? pipInstalls(rest) : [];
}

function pipxCommand(args: Expanded[]): Recognised[] {
  const { subs, rest } = subcommands(args, pipOptions, 1);
  if (subs[0] === 'install' || subs[0] === 'upgrade') return pipInstalls(rest);
  if (subs[0] === 'run') return pipxRun(rest);
  return [];
}

function uv(args: Expanded[]): Recognised[] {
  const { subs, rest } = subcommands(args, pipOptions, 1);
  const sub = subs[0];
  if (sub === 'add') return pipInstalls(rest);
  if (sub !== 'pip' && sub !== 'tool') return [];
  const inner = subcommands(rest, pipOptions, 1);
  const action = inner.subs[0];
  if (sub === 'pip') return action === 'install' ? pipInstalls(inner.rest) : [];
  if (action === 'install' || action === 'upgrade') return pipInstalls(inner.rest, true);
  if (action === 'run') return uvxRun(inner.rest);
  return [];
}

/** Recognises the package-manager command `name args…`. */
export function recognise(name: string, args: Expanded[]): Recognised[] {
  switch (name) {
    case 'npm':
      return npmFamily(args, npmOptions, NPM_INSTALL, /^(exec|x)$/);
    case 'npx':
    case 'pnpx':
    case 'bunx':
      return npxRun(args);
    case 'pnpm':
      return npmFamily(args, PNPM, /^(add|install|i|update|up)$/, /^dlx$/);
    case 'yarn':
      return yarn(args);
    case 'bun':
      return npmFamily(args, BUN, /^(add|install|i|a)$/, /^x$/);
    case 'volta':
      return volta(args);
    case 'mise':
      return mise(args);
    case 'asdf':
      return asdf(args);
    case 'deno':
      return args
        .filter((a) => a.text.startsWith('npm:'))
        .map((a) => npmFinding(a, parseNpmSpec(a.text.slice(4), a.unknown)))
        .filter((r): r is Recognised => r !== null);
    case 'uv':
      return uv(args);
    case 'uvx':
      return uvxRun(args);
    case 'pipx':
      return pipxCommand(args);
    case 'brew':
      return brew(args);
    case 'winget':
      return winget(args);
    case 'choco':
      return choco(args);
    case 'cinst':
      return choco(args, 'install');
    case 'scoop':
      return scoop(args);
    case 'gh':
      return ghExtension(args);
    default:
      if (EDITOR_COMMANDS.has(name)) return editorExtensions(args);
      if (/^pip(\d+(\.\d+)?)?$/.test(name)) return pipCommand(args);
      if (/^python(\d+(\.\d+)?)?$/.test(name)) return python(args);
      return [];
  }
}
