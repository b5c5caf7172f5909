// `just …` and `task …` (go-task) command lines: which file, which recipes or tasks, which
// variables. Options that print, check or list instead of running give no run.
import type { Expanded, VarValue } from './expand.js';
import type { TaskRun } from './findings.js';

type Run = Omit<TaskRun, 'env'>;

const JUST_VALUED = new Set([
  '--set',
  '--shell',
  '--shell-arg',
  '--color',
  '--command-color',
  '--dotenv-filename',
  '--dotenv-path',
  '-E',
  '--list-heading',
  '--list-prefix',
  '--chooser',
  '--tempdir',
  '--timestamp-format',
  '--alias-style',
  '--ceiling',
  '--cygpath',
]);

/** just's subcommands and options that run no recipe (or one chosen interactively). */
const JUST_NO_RUN =
  /^(-[lsnhVc]|--(list|show|summary|dump|evaluate|variables|edit|init|fmt|completions|groups|changelog|man|request|usage|dry-run|check|help|version|choose|command|json))$/;

const TASK_VALUED = new Set([
  '-o',
  '--output',
  '-C',
  '--concurrency',
  '-I',
  '--interval',
  '--sort',
  '--output-group-begin',
  '--output-group-end',
  '--remote-cache-dir',
  '--cache-expiry',
]);

const TASK_NO_RUN =
  /^(-[nlaih]|--(dry|list|list-all|summary|init|status|version|help|completion|experiments|json))$/;

function valueOf(a: Expanded): VarValue {
  return { text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}

/** `just [OPTIONS] [NAME=VALUE…] [RECIPE [ARGS…]…]`. */
export function justRun(args: readonly Expanded[], line: number): Run | null {
  const run: Run = { runner: 'just', targets: [], vars: new Map(), args: [], line };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.text.indexOf('=');
    const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
    const value = (): Expanded | undefined =>
      flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
    if (run.args!.length > 0 || !a.text.startsWith('-')) {
      if (run.args!.length === 0 && eq > 0 && /^[A-Za-z_][\w-]*$/.test(a.text.slice(0, eq)))
        run.vars.set(a.text.slice(0, eq), valueOf({ ...a, text: a.text.slice(eq + 1) }));
      else run.args!.push(valueOf(a));
    } else if (JUST_NO_RUN.test(flag)) return null;
    else if (flag === '-f' || flag === '--justfile') {
      const v = value();
      if (!v || v.unknown) return null;
      run.file = v.text;
    } else if (flag === '-d' || flag === '--working-directory') {
      const v = value();
      if (!v || v.unknown) return null;
    } else if (flag === '--set') {
      const name = args[++i];
      const v = args[++i];
      if (!name || !v || name.unknown) return null;
      run.vars.set(name.text, valueOf(v));
    } else if (JUST_VALUED.has(flag)) value();
  }
  // `just dir/recipe`: the justfile is searched from `dir`.
  const first = run.args![0];
  if (first && !first.unknown && first.text.includes('/') && run.file === undefined) {
    const cut = first.text.lastIndexOf('/');
    run.dir = first.text.slice(0, cut);
    run.args![0] = { ...first, text: first.text.slice(cut + 1) };
  }
  return run;
}

/** `task [OPTIONS] [TASK…] [NAME=VALUE…] [-- CLI_ARGS]`. */
export function goTaskRun(args: readonly Expanded[], line: number): Run | null {
  const run: Run = { runner: 'task', targets: [], vars: new Map(), line };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.text.indexOf('=');
    const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
    const value = (): Expanded | undefined =>
      flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
    if (a.text === '--') {
      const rest = args.slice(i + 1);
      run.cliArgs = {
        text: rest.map((r) => r.text).join(' '),
        unknown: rest.some((r) => r.unknown),
        ...(rest.find((r) => r.from)?.from ? { from: rest.find((r) => r.from)!.from! } : {}),
      };
      break;
    }
    if (TASK_NO_RUN.test(flag)) return null;
    if (flag === '-t' || flag === '--taskfile') {
      const v = value();
      if (!v || v.unknown) return null;
      run.file = v.text;
    } else if (flag === '-d' || flag === '--dir') {
      const v = value();
      if (!v || v.unknown) return null;
      run.dir = v.text;
    } else if (TASK_VALUED.has(flag)) value();
    else if (a.text.startsWith('-')) continue;
    else if (eq > 0 && /^[A-Za-z_]\w*$/.test(a.text.slice(0, eq)))
      run.vars.set(a.text.slice(0, eq), valueOf({ ...a, text: a.text.slice(eq + 1) }));
    else if (a.unknown) return null;
    else run.targets.push(a.text);
  }
  return run;
}
