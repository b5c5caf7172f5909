// Commands that run a task defined in another file of the repository: `make T` (a Makefile's
// recipe), `npm run S` / `pnpm run S` / `pnpm S` / `yarn S` / `bun run S` (a package.json
// script), `just RECIPE` and `task TASK` (runner-runs.ts). The flows stage reads that file's task
// with the caller's variables.
import type { Expanded, VarValue } from './expand.js';
import type { TaskRun } from './findings.js';
import { goTaskRun, justRun } from './runner-runs.js';

/** make's options that take a value (`-f FILE`, `-C DIR`, `-j N`, `-I DIR`, `-o FILE`, …). */
const MAKE_VALUED =
  /^-[fCIojlWO]$|^--(file|makefile|directory|include-dir|old-file|assume-old|new-file|assume-new|what-if|jobs|load-average|output-sync)$/;

/** pnpm and yarn commands that are not scripts (`pnpm install`, `yarn add`, …). */
const PM_COMMANDS = new Set([
  'add',
  'install',
  'i',
  'remove',
  'rm',
  'uninstall',
  'up',
  'update',
  'upgrade',
  'dlx',
  'exec',
  'create',
  'init',
  'link',
  'unlink',
  'publish',
  'pack',
  'config',
  'set',
  'info',
  'view',
  'why',
  'list',
  'ls',
  'outdated',
  'audit',
  'store',
  'cache',
  'import',
  'rebuild',
  'prune',
  'patch',
  'patch-commit',
  'global',
  'workspace',
  'workspaces',
  'dedupe',
  'env',
  'setup',
  'server',
  'test',
  'start',
  'help',
  'bin',
  'root',
  'licenses',
  'deploy',
  'fetch',
  'plugin',
  'constraints',
  'npm',
  'node',
  'version',
  'login',
  'logout',
  'owner',
  'tag',
  'team',
  'policies',
  'explain',
  'search',
  'stage',
  'unplug',
  'x',
  'upgrade-interactive',
  'generate-lock-entry',
  'check',
  'autoclean',
]);

/** `npm test`, `npm start`, … run the script of that name. */
const LIFECYCLE_SHORTHANDS: Record<string, string> = {
  test: 'test',
  t: 'test',
  tst: 'test',
  start: 'start',
  stop: 'stop',
  restart: 'restart',
};

export function readTaskRun(
  name: string,
  args: readonly Expanded[],
  line: number,
): Omit<TaskRun, 'env'> | null {
  if (name === 'make' || name === 'gmake') return makeRun(args, line);
  if (name === 'just') return justRun(args, line);
  if (name === 'task' || name === 'go-task') return goTaskRun(args, line);
  return scriptRun(name, args, line);
}

function makeRun(args: readonly Expanded[], line: number): Omit<TaskRun, 'env'> | null {
  const run: Omit<TaskRun, 'env'> = { runner: 'make', targets: [], vars: new Map(), line };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.text.indexOf('=');
    const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
    const value = (): Expanded | undefined =>
      flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
    if (flag === '-f' || flag === '--file' || flag === '--makefile') {
      const v = value();
      if (!v || v.unknown) return null;
      run.file = v.text;
    } else if (flag === '-C' || flag === '--directory') {
      const v = value();
      if (!v || v.unknown) return null;
      run.dir = run.dir ? `${run.dir}/${v.text}` : v.text;
    } else if (MAKE_VALUED.test(flag)) value();
    // Prints, checks or touches the targets: runs no recipe.
    else if (/^--(dry-run|just-print|recon|question|touch)$/.test(flag) || /^-[a-zA-Z]*[nqt]/.test(flag))
      return null;
    else if (a.text.startsWith('-')) continue;
    else if (eq > 0 && /^[^\s:#=]+$/.test(a.text.slice(0, eq)))
      run.vars.set(a.text.slice(0, eq), value_(a, eq));
    else if (a.unknown) return null;
    else run.targets.push(a.text);
  }
  return run;
}

function value_(a: Expanded, eq: number): VarValue {
  return { text: a.text.slice(eq + 1), unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}

/** `npm run S`, `npm run-script S`, `pnpm [run] S`, `yarn [run] S`, `bun run S`: the script S. */
function scriptRun(name: string, args: readonly Expanded[], line: number): Omit<TaskRun, 'env'> | null {
  if (name !== 'npm' && name !== 'pnpm' && name !== 'yarn' && name !== 'bun') return null;
  let i = 0;
  // Options before the command (`pnpm --filter x run s`, `yarn --cwd dir s`): their values are skipped.
  let dir: string | undefined;
  for (; i < args.length && args[i]!.text.startsWith('-'); i++) {
    const t = args[i]!.text;
    if ((t === '--prefix' || t === '--cwd' || t === '-C' || t === '--dir') && args[i + 1]) {
      if (args[i + 1]!.unknown) return null;
      dir = args[++i]!.text;
    } else if (/^--(filter|workspace|F|w)$|^-[Fw]$/.test(t)) return null;
  }
  const sub = args[i]?.text;
  if (sub === undefined) return null;
  let script: Expanded | undefined;
  if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn') script = args[i + 1];
  else if (LIFECYCLE_SHORTHANDS[sub]) script = { ...args[i]!, text: LIFECYCLE_SHORTHANDS[sub] };
  else if (name === 'npm') return null;
  else if (name === 'bun') return null;
  else if (!PM_COMMANDS.has(sub) && !sub.startsWith('-')) script = args[i];
  if (!script || script.unknown || script.text.startsWith('-')) return null;
  return {
    runner: 'npm',
    targets: [script.text],
    vars: new Map(),
    line,
    ...(dir !== undefined ? { dir } : {}),
  };
}
