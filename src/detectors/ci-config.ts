// CI and development-environment configurations other than GitHub workflows: the keys whose
// strings (or lists of strings) each system hands to a shell, at any depth of the file, each
// command at its own line. `variables` (GitLab, Azure), `environment` (CircleCI) and `env`
// (Buildkite, Azure steps) given as strings are known to the commands of the map that sets them
// (the file's to every command, a job's to its own). GitLab's local `include:` files are read too, located in their own files.
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { isScalar } from 'yaml';
import type { VarValue } from './shell/expand.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { powershellSite } from './powershell-script.js';
import { yamlCommandSites, yamlSite, type CommandSite } from './parsers/command-sites.js';
import { GitlabConfig, type GitlabFile, type GitlabRun } from './gitlab-jobs.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { get, items, lineOf, pairs, parseYaml, str } from './parsers/yaml-nodes.js';

/**
 * Commands read through GitLab jobs in one configuration, repeats included (one template run by
 * many jobs with their own variables); past it the file is an error (the gate fails closed) and
 * each remaining command is read once.
 */
const MAX_GITLAB_COMMANDS = 50_000;

interface CiFormat {
  id: string;
  matches: (path: string) => boolean;
  /** Keys whose values are shell commands. */
  shell: readonly string[];
  /** Keys whose values are PowerShell commands. */
  powershell?: readonly string[];
  /** Keys of a map (the file, a job, a step) whose string values are variables for its commands. */
  env?: readonly string[];
}

const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

export const CI_FORMATS: readonly CiFormat[] = [
  {
    id: 'gitlab-ci',
    matches: (p) => /(^|[./])gitlab-ci\.ya?ml$/i.test(name(p)) || /(^|\/)\.gitlab(-ci)?\/.*\.ya?ml$/i.test(p),
    // `hooks: pre_get_sources_script` runs before the sources are fetched (job or `default:`).
    shell: ['script', 'before_script', 'after_script', 'pre_get_sources_script'],
    env: ['variables'],
  },
  {
    id: 'circleci',
    matches: (p) => /(^|\/)\.circleci\/[^/]+\.ya?ml$/i.test(p),
    shell: ['run', 'command'],
    env: ['environment'],
  },
  {
    id: 'azure-pipelines',
    matches: (p) =>
      /^azure-pipelines?([-_.][^/]*)?\.ya?ml$/i.test(name(p)) ||
      /(^|\/)\.azure-pipelines\/.*\.ya?ml$/i.test(p),
    shell: ['script', 'bash'],
    powershell: ['pwsh', 'powershell'],
    env: ['variables', 'env'],
  },
  {
    id: 'bitbucket-pipelines',
    matches: (p) => /^bitbucket-pipelines\.ya?ml$/i.test(name(p)),
    shell: ['script', 'after-script'],
  },
  {
    id: 'travis',
    matches: (p) => /^\.travis\.ya?ml$/i.test(name(p)),
    shell: [
      'before_install',
      'install',
      'before_script',
      'script',
      'after_success',
      'after_failure',
      'after_script',
      'before_deploy',
      'after_deploy',
      'before_cache',
    ],
  },
  {
    id: 'buildkite',
    matches: (p) => /(^|\/)\.buildkite\/[^/]+\.ya?ml$/i.test(p) || /^buildkite\.ya?ml$/i.test(name(p)),
    shell: ['command', 'commands'],
    env: ['env'],
  },
  {
    id: 'gitpod',
    matches: (p) => /^\.gitpod\.ya?ml$/i.test(name(p)),
    shell: ['init', 'before', 'command', 'prebuild'],
  },
];

export async function scanCiConfig(
  format: CiFormat,
  input: Pick<DetectInput, 'path' | 'text' | 'limits' | 'readFile'>,
): Promise<DetectorResult> {
  if (format.id === 'gitlab-ci') return scanGitlabCi(format, input);
  const parsed = parseYaml(input.text, input.path, input.limits.maxDepth);
  const sites = ciSites(format, input.path, parsed, () => true);
  // Jobs run at the repository root.
  const r = await scanAndFollowCommandSites(input, format.id, sites, 'script', '');
  return { ...r, errors: [...parsed.errors, ...r.errors] };
}

/** The command strings of a file under the format's keys that `wanted` keeps, each with the variables of the maps above it. */
function ciSites(
  format: CiFormat,
  file: string,
  parsed: ReturnType<typeof parseYaml>,
  wanted: (node: unknown) => boolean,
): CommandSite[] {
  const pwsh = new Set(format.powershell ?? []);
  return yamlCommandSites(
    parsed,
    new Set([...format.shell, ...pwsh]),
    (key, node) =>
      !wanted(node)
        ? null
        : pwsh.has(key)
          ? powershellSite(parsed.lines, node)
          : yamlSite(parsed.lines, node),
    (node) => variablesOf(parsed, format, node, file),
  );
}

/**
 * A `.gitlab-ci.yml` and its local includes read as GitLab assembles them: each job runs its
 * commands (inherited ones included, wherever written) with its variables, the jobs it runs
 * first, then the hidden ones (templates) for the commands no job runs, then any other command
 * string of the files with the variables of the maps above it. A file the detector also reads
 * under its own name reports its own errors.
 */
async function scanGitlabCi(
  format: CiFormat,
  input: Pick<DetectInput, 'path' | 'text' | 'limits' | 'readFile'>,
): Promise<DetectorResult> {
  const errors: ScanError[] = [];
  const own = (file: string) => file === input.path || !format.matches(file);
  // A template run by several jobs gives its errors once.
  const reported = new Set<string>();
  const report = (list: readonly ScanError[]) => {
    for (const e of list) {
      const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
      if (!own(e.file) || reported.has(key)) continue;
      reported.add(key);
      errors.push(e);
    }
  };
  const files = await gitlabFiles(format, input, report);
  const config = new GitlabConfig(files);
  const { running, hidden } = config.runs();
  const components: Component[] = [];
  const callees = new Set<string>();
  const scan = async (file: GitlabFile, sites: CommandSite[]) => {
    if (sites.length === 0) return;
    // Jobs run at the repository root.
    const r = await scanAndFollowCommandSites({ ...input, path: file.path }, format.id, sites, 'script', '');
    components.push(...r.components);
    report(r.errors);
    for (const c of r.callees ?? []) callees.add(c);
  };
  const covered = new Set<unknown>();
  // Jobs that run the same commands with the same variables (many jobs extend one template) are
  // read once; past a bound (an error), a job is read only for the commands no job read before it.
  const ids = new Map<unknown, number>();
  const seen = new Set<string>();
  let budget = MAX_GITLAB_COMMANDS;
  const read = async (run: GitlabRun, onlyNew: boolean) => {
    const key = [
      ...run.commands.map((c) => ids.get(c.node) ?? (ids.set(c.node, ids.size), ids.size - 1)),
      ...[...run.env].map(([k, v]) => `${k}=${v.text}@${v.from?.file}:${v.from?.line}`),
    ].join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    if (!onlyNew && (budget -= run.commands.length) < 0) {
      if (budget + run.commands.length >= 0)
        report([
          {
            file: input.path,
            message: `jobs run more than ${MAX_GITLAB_COMMANDS} commands with their variables: the others are read once each`,
          },
        ]);
      onlyNew = true;
    }
    const commands = onlyNew ? run.commands.filter((c) => !covered.has(c.node)) : run.commands;
    // One scan per stretch of commands written in one file, each located there.
    for (let i = 0; i < commands.length;) {
      const file = commands[i]!.file;
      const sites: CommandSite[] = [];
      for (; i < commands.length && commands[i]!.file === file; i++) {
        const env = run.env.size > 0 ? run.env : undefined;
        const site = yamlSite(file.parsed.lines, commands[i]!.node, undefined, env);
        if (site) sites.push(site);
      }
      await scan(file, sites);
    }
    for (const c of commands) covered.add(c.node);
  };
  for (const run of running) await read(run, false);
  for (const run of hidden) await read(run, true);
  for (const file of files)
    await scan(
      file,
      ciSites(format, file.path, file.parsed, (n) => !covered.has(n)),
    );
  report(config.errors);
  // An included file is judged in this file's context (its variables, the jobs extending its
  // templates), not on its own, as a script its callers run.
  for (const file of files) if (file.path !== input.path) callees.add(file.path);
  return { components, errors, ...(callees.size > 0 ? { callees: [...callees].sort() } : {}) };
}

/** The file and its local includes, recursively, each included file before the file that includes it. */
async function gitlabFiles(
  format: CiFormat,
  input: Pick<DetectInput, 'path' | 'text' | 'limits' | 'readFile'>,
  report: (errors: readonly ScanError[]) => void,
): Promise<GitlabFile[]> {
  const seen = new Set([input.path]);
  const gather = async (path: string, text: string, depth: number): Promise<GitlabFile[]> => {
    const parsed = parseYaml(text, path, input.limits.maxDepth);
    report(parsed.errors);
    const out: GitlabFile[] = [];
    for (const local of depth < 8 ? gitlabLocalIncludes(parsed) : []) {
      const included = local.path.replace(/^\/+/, '');
      if (seen.has(included)) continue;
      seen.add(included);
      const t = await input.readFile(included);
      if (t === null)
        report([{ file: path, line: local.line, message: `included file not found: ${local.path}` }]);
      else out.push(...(await gather(included, t, depth + 1)));
    }
    out.push({ path, parsed });
    return out;
  };
  return gather(input.path, input.text, 0);
}

/**
 * The variables a map of the file sets for the commands under it (the file's and a job's
 * `variables`, CircleCI's and Buildkite's `environment`/`env`), each written at its line; a value
 * that refers to another variable or runs a command is unknown.
 */
function variablesOf(
  parsed: ReturnType<typeof parseYaml>,
  format: CiFormat,
  node: unknown,
  file: string,
): Map<string, VarValue> | undefined {
  const { doc } = parsed;
  let env: Map<string, VarValue> | undefined;
  const set = (key: string, value: string | undefined, at: unknown) => {
    if (value === undefined) return;
    env ??= new Map();
    const from = { file, line: lineOf(parsed.lines, at) };
    env.set(key, { text: value, unknown: /\$/.test(value), from });
  };
  for (const key of format.env ?? []) {
    const vars = get(doc, node, key);
    for (const p of pairs(doc, vars))
      set(p.key, isScalar(p.value) ? str(p.value) : str(get(doc, p.value, 'value')), p.value ?? p.keyNode);
    // Azure's list form: `variables: [{ name: X, value: Y }]`.
    for (const item of items(doc, vars)) {
      const n = str(get(doc, item, 'name'));
      if (n !== undefined) set(n, str(get(doc, item, 'value')), item);
    }
  }
  return env;
}

/** `include: path`, `include: [path, { local: path }]`, `include: { local: path }` (no wildcards). */
function gitlabLocalIncludes(parsed: ReturnType<typeof parseYaml>): { path: string; line: number }[] {
  const { doc } = parsed;
  const inc = get(doc, doc.contents, 'include');
  const entries = isScalar(inc) ? [inc] : items(doc, inc).length > 0 ? items(doc, inc) : inc ? [inc] : [];
  const out: { path: string; line: number }[] = [];
  for (const e of entries) {
    const s = isScalar(e) ? str(e) : str(get(doc, e, 'local'));
    if (s && !/^[a-z]+:\/\//i.test(s) && !s.includes('*') && !s.includes('$'))
      out.push({ path: s, line: lineOf(parsed.lines, e) });
  }
  return out;
}

export const ciConfigDetectors: readonly Detector[] = CI_FORMATS.map((format) => ({
  id: format.id,
  role: 'commands' as const,
  syntax: 'yaml' as const,
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: format.matches,
  detect: (input: DetectInput) => scanCiConfig(format, input),
}));
