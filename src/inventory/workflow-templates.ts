// Workflow files in a nested `.github/workflows/` folder (a template inside the repository) are
// not run by GitHub, which runs only the top folder's workflows: the inventory judges such a file
// only when something in the repository uses it, and otherwise drops its components and errors.
// It is used when another file
//   - calls it as a reusable workflow (`uses: ./templates/ci/.github/workflows/x.yml`), or
//   - copies it into place: a copy command (cp, mv, rsync, install, ln, ditto, tee, Dockerfile COPY
//     and ADD) that names the file, one of the folders holding it (`cp -r templates/ci/. .`), or its
//     file name with `.github/workflows` on the same line (comment lines and echo/printf text are
//     no copy); a copy into `.github/workflows` whose
//     source is a variable or a glob (`cp "$TPL"/*.yml .github/workflows/`) may be any template, so
//     it uses them all (fail closed).
// The references are read from the text of every file a command-bearing detector reads.
import type { Component, ScanError } from '../model/component.js';
import { isNestedWorkflowPath } from '../detectors/github-workflow.js';

/** What one file's text does with workflow files: the paths it copies or calls. */
export interface WorkflowReferences {
  /** Path words of copy commands and of local `uses:`, normalised (no `./`, no trailing `/`, `/.`, `/*`). */
  paths: string[];
  /** File names copied on a line that also names `.github/workflows`. */
  namesIntoWorkflows: string[];
  /** A copy into `.github/workflows` from a variable or a glob. */
  anyIntoWorkflows: boolean;
}

const COPY = /(?:^|[\s;&|(`])(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)(?=\s)/;
const VERB = /^(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)$/;
// A comment line, or text handed to echo/printf: no copy runs.
const NOT_RUN = /^\s*(?:#|(?:-\s+)?(?:run:\s*)?(?:echo|printf)\b)/;
const USES = /\buses\s*:\s*['"]?\.\/([^\s'"#@]+)/g;
const MAX_LINE = 16 * 1024;
const MAX_PATHS = 10_000;
const WORD_SPLIT = /[\s'"`=;&|()<>,[\]{}]+/;

function normalise(word: string): string {
  let w = word.replace(/^(?:--?[\w-]+=)?/, '');
  while (w.startsWith('./')) w = w.slice(2);
  w = w.replace(/(?:\/\*\*)?(?:\/\*)?(?:\/\.)?\/*$/, '');
  return w === '.' ? '' : w;
}

/** The workflow references of a text, or undefined when it has none. */
export function workflowReferences(text: string): WorkflowReferences | undefined {
  const mentionsWorkflows = text.includes('.github');
  const hasUses = text.includes('uses');
  if (!mentionsWorkflows && !hasUses && !/\b(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)\b/.test(text))
    return undefined;
  const paths = new Set<string>();
  const names = new Set<string>();
  let any = false;
  for (const line of text.split('\n')) {
    if (NOT_RUN.test(line)) continue;
    if (hasUses)
      for (const m of line.matchAll(USES)) {
        const p = normalise(m[1]!);
        if (p) paths.add(p);
      }
    if (!COPY.test(line)) continue;
    // A copy command is a short line; a very long one (minified or hostile text) is not split into
    // words, which would cost time and memory: when it names `.github`, it may copy any template.
    if (line.length > MAX_LINE) {
      if (line.includes('.github')) any = true;
      continue;
    }
    const into = line.includes('.github/workflows');
    for (const word of line.split(WORD_SPLIT)) {
      const p = normalise(word);
      if (!p || p.startsWith('-') || VERB.test(p)) continue;
      paths.add(p);
      if (into && /\.ya?ml$/i.test(p)) names.add(p.slice(p.lastIndexOf('/') + 1).toLowerCase());
    }
    if (into && /[$*?]/.test(line)) any = true;
    if (paths.size > MAX_PATHS) {
      any = true;
      break;
    }
  }
  if (paths.size === 0 && !any) return undefined;
  return { paths: [...paths], namesIntoWorkflows: [...names], anyIntoWorkflows: any };
}

interface Judged {
  components: Component[];
  errors: ScanError[];
  callees?: string[];
  workflowReferences?: WorkflowReferences;
  /** What a nested workflow file found, kept while it is judged unused (diff mode decides again at base). */
  unusedWorkflow?: { components: Component[]; errors: ScanError[]; callees?: string[] };
}

/** Whether `template` is used by a file with these references. */
function uses(refs: WorkflowReferences, template: string): boolean {
  if (refs.anyIntoWorkflows) return true;
  const lower = template.toLowerCase();
  if (refs.namesIntoWorkflows.includes(lower.slice(lower.lastIndexOf('/') + 1))) return true;
  for (const p of refs.paths) if (template === p || template.startsWith(p + '/')) return true;
  return false;
}

/**
 * The results with each nested workflow file judged used or not: a used one keeps (or gets back)
 * what its detectors found; an unused one is emptied (components, errors, the files it calls), what
 * it found kept aside. `elsewhere`: references of files of the tree that are not in `results`.
 */
export function judgeWorkflowTemplates<T extends Judged>(
  results: Map<string, T>,
  elsewhere: Iterable<WorkflowReferences> = [],
): void {
  const templates = [...results.keys()].filter(isNestedWorkflowPath);
  if (templates.length === 0) return;
  const referring: [string | undefined, WorkflowReferences][] = [];
  for (const [file, r] of results) if (r.workflowReferences) referring.push([file, r.workflowReferences]);
  for (const refs of elsewhere) referring.push([undefined, refs]);
  for (const template of templates) {
    const r = results.get(template)!;
    const used = referring.some(([file, refs]) => file !== template && uses(refs, template));
    const own = r.unusedWorkflow ?? {
      components: r.components,
      errors: r.errors,
      ...(r.callees ? { callees: r.callees } : {}),
    };
    const { unusedWorkflow: _kept, callees: _callees, ...rest } = r;
    results.set(
      template,
      (used ? { ...rest, ...own } : { ...rest, components: [], errors: [], unusedWorkflow: own }) as T,
    );
  }
}
