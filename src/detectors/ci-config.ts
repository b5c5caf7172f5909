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
import { yamlCommandSites, yamlSite } from './parsers/command-sites.js';
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
    shell: ['script', 'before_script', 'after_script'],
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
  depth = 0,
): Promise<DetectorResult> {
  const parsed = parseYaml(input.text, input.path, input.limits.maxDepth);
  const pwsh = new Set(format.powershell ?? []);
  const sites = yamlCommandSites(
    parsed,
    new Set([...format.shell, ...pwsh]),
    (key, node) => (pwsh.has(key) ? powershellSite(parsed.lines, node) : yamlSite(parsed.lines, node)),
    (node) => variablesOf(parsed, format, node, input.path),
  );
  // Jobs run at the repository root.
  const r = await scanAndFollowCommandSites(input, format.id, sites, 'script', '');
  const components: Component[] = [...r.components];
  const errors: ScanError[] = [...parsed.errors, ...r.errors];
  const callees = new Set(r.callees ?? []);
  if (format.id === 'gitlab-ci' && depth < 8) {
    for (const local of gitlabLocalIncludes(parsed)) {
      const path = local.path.replace(/^\/+/, '');
      const text = await input.readFile(path);
      if (text === null) {
        errors.push({
          file: input.path,
          line: local.line,
          message: `included file not found: ${local.path}`,
        });
        continue;
      }
      // A file the detector also reads under its own name reports its own errors.
      const included = await scanCiConfig(format, { ...input, path, text }, depth + 1);
      components.push(...included.components);
      for (const c of included.callees ?? []) callees.add(c);
      if (!format.matches(path)) errors.push(...included.errors);
    }
  }
  return { components, errors, ...(callees.size > 0 ? { callees: [...callees].sort() } : {}) };
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
