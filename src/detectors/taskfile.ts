// Taskfiles (go-task: `Taskfile.yml`, `Taskfile.yaml`, `Taskfile.dist.yml`, lowercase too): the
// `cmds` of each task (strings, `cmd:` entries, `defer:` strings) and the `cmds` given as a task's
// whole value. `{{.NAME}}` takes the root or task `vars`/`env` given as plain strings; other
// template values (`.CLI_ARGS`, `sh:` variables, functions) reach the shell as `${NAME}`.
import type { Detector, DetectorResult, ScanError } from '../model/component.js';
import { isScalar } from 'yaml';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, yamlSite, type CommandSite } from './parsers/command-sites.js';
import { get, items, pairs, parseYaml, str, type ParsedYaml } from './parsers/yaml-nodes.js';
import type { DetectInput } from '../model/component.js';

export const TASKFILE_SOURCE = 'Taskfile';

export function isTaskfilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^taskfile(\.dist)?\.ya?ml$/i.test(name);
}

export function scanTaskfile({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const parsed = parseYaml(text, path, limits.maxDepth);
  const errors: ScanError[] = [...parsed.errors];
  const { doc } = parsed;
  const root = doc.contents;
  const rootVars = stringVars(parsed, root, new Map());
  const sites: CommandSite[] = [];
  for (const task of pairs(doc, get(doc, root, 'tasks'))) {
    const vars = stringVars(parsed, task.value, rootVars);
    const rewrite = (t: string): string => templated(t, vars);
    const cmds =
      isScalar(task.value) || items(doc, task.value).length > 0 ? task.value : get(doc, task.value, 'cmds');
    const list = isScalar(cmds) ? [cmds] : items(doc, cmds);
    for (const cmd of list) {
      const node = isScalar(cmd) ? cmd : (get(doc, cmd, 'cmd') ?? get(doc, cmd, 'defer'));
      const site = yamlSite(parsed.lines, node, rewrite);
      if (site) sites.push(site);
    }
  }
  const r = scanCommandSites(path, TASKFILE_SOURCE, sites, 'cmds');
  return { components: r.components, errors: [...errors, ...r.errors] };
}

function stringVars(parsed: ParsedYaml, owner: unknown, base: ReadonlyMap<string, string | null>) {
  const vars = new Map(base);
  for (const key of ['vars', 'env']) {
    for (const p of pairs(parsed.doc, get(parsed.doc, owner, key))) {
      const v = isScalar(p.value) ? str(p.value) : undefined;
      vars.set(p.key, v === undefined || v.includes('{{') ? null : v);
    }
  }
  return vars;
}

/** Go-template references to known variables become their values; the others, unknown values. */
function templated(text: string, vars: ReadonlyMap<string, string | null>): string {
  return text.replace(/\{\{-?\s*([^}]*?)\s*-?\}\}/g, (_, expr: string) => {
    const m = /^\.([A-Za-z_]\w*)$/.exec(expr);
    const v = m ? vars.get(m[1]!) : undefined;
    if (v !== undefined && v !== null) return v;
    return m ? '${' + m[1] + '}' : '${TASK_TEMPLATE}';
  });
}

export const taskfileDetector: Detector = {
  id: TASKFILE_SOURCE,
  role: 'commands',
  syntax: 'yaml',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isTaskfilePath,
  detect: scanTaskfile,
};
