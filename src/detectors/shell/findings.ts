// What reading commands yields: components found (each at the line of the word that names it),
// repository scripts the commands run, and problems (text the shell itself would reject).
import type { Ecosystem, SourceKind } from '../../model/component.js';

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
}

/** A repository script the commands run (`bash .devcontainer/post-create.sh`). */
export interface ScriptRun {
  path: string;
  line: number;
}

export interface ScanProblem {
  line: number;
  message: string;
}
