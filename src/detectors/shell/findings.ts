// What reading commands yields: components found (each at the line of the word that names it),
// repository scripts the commands run, images they build, and problems (text the shell itself
// would reject).
import type { Ecosystem, SourceKind } from '../../model/component.js';
import type { ValueOrigin, VarValue } from './expand.js';

export interface CommandFinding {
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  spec?: string;
  sourceKind: SourceKind;
  resolved?: string;
  alias?: string;
  /** 1-based line of the word that names the component. */
  line: number;
  /** Where the version is written when a variable given from elsewhere carried it. */
  versionFrom?: ValueOrigin;
}

/** A repository script the commands run (`bash .devcontainer/post-create.sh`). */
export interface ScriptRun {
  path: string;
  line: number;
  /** Its arguments, expanded where the command stands. */
  args: VarValue[];
  /** The variables in force where it runs (the command's own assignments included). */
  env: Map<string, VarValue>;
  /** Read into the running shell (`source x`, `. x`) rather than run by a new one. */
  sourced: boolean;
  /** Run as a program (`./x`, not `bash x`): a shebang naming another interpreter makes it no script. */
  byPath?: boolean;
  /** Where earlier `cd` commands moved the shell, from where its text started. */
  cdDir?: string;
}

/** `docker build` / `docker buildx build` / `podman build`: the Dockerfile built and its build args. */
export interface ImageBuild {
  line: number;
  /** `-f`/`--file` as written (relative to the working directory), or undefined (CONTEXT/Dockerfile). */
  dockerfile?: string;
  /** The build context as written. */
  context: string;
  buildArgs: Map<string, VarValue>;
}

/** `make T`, `npm run S`, …: a task another file of the repository defines, run here. */
export interface TaskRun {
  runner: 'make' | 'npm' | 'just' | 'task';
  /** The targets (make), the one script (npm) or the tasks (task); none: the default one. */
  targets: string[];
  /** just: the recipe names and their arguments, as given (the justfile says which is which). */
  args?: VarValue[];
  /** task: the words after `--` (`{{.CLI_ARGS}}`). */
  cliArgs?: VarValue;
  /** `-f FILE` (make), `--justfile FILE` (just), `--taskfile FILE` (task). */
  file?: string;
  /** `-C DIR` (make), `--prefix`/`--cwd` (npm, yarn): where the task file is, from the working directory. */
  dir?: string;
  /** Where earlier `cd` commands moved the shell, from where its text started. */
  cdDir?: string;
  /** `make VAR=value`, `just VAR=value`, `task T VAR=value` on the command line. */
  vars: Map<string, VarValue>;
  /** The variables in force where it runs (exported ones: the task's commands inherit them). */
  env: Map<string, VarValue>;
  line: number;
}

export interface ScanProblem {
  line: number;
  message: string;
}
