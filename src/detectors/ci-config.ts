// CI and development-environment configurations other than GitHub workflows: the keys whose
// strings (or lists of strings) each system hands to a shell, at any depth of the file, each
// command at its own line. `variables` (GitLab, Azure), `environment` (CircleCI) and `env`
// (Buildkite, Azure steps) given as strings are known to the commands of the map that sets them
// (the file's to every command, a job's to its own). GitLab CI files are read as GitLab assembles
// the pipeline (src/detectors/gitlab/): jobs, includes, inputs.
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { isScalar } from 'yaml';
import type { VarValue } from './shell/expand.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { powershellSite } from './powershell-script.js';
import { yamlCommandSites, type CommandSite } from './parsers/command-sites.js';
import { commandSite, scanGitlabCi } from './gitlab/pipeline.js';
import type { Origins } from './gitlab/interpolate.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { get, items, lineOf, pairs, parseYaml, str } from './parsers/yaml-nodes.js';

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
  if (format.id === 'gitlab-ci')
    return scanGitlabCi(format.id, format.matches, input, (file, wanted) =>
      ciSites(format, file.path, file.parsed, wanted, file.origins),
    );
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
  /** GitLab: the strings inputs were written into. */
  origins?: Origins,
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
          : commandSite(parsed, node, origins),
    (node) => variablesOf(parsed, format, node, file),
  );
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

export const ciConfigDetectors: readonly Detector[] = CI_FORMATS.map((format) => ({
  id: format.id,
  role: 'commands' as const,
  syntax: 'yaml' as const,
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: format.matches,
  detect: (input: DetectInput) => scanCiConfig(format, input),
}));
