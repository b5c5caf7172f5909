// A `.gitlab-ci.yml` and the files it brings in read as GitLab assembles the pipeline: each
// included file once per distinct set of inputs its callers pass (the file run as the project's
// pipeline takes its inputs' defaults), each job running its commands (inherited ones included,
// wherever written) with its variables, the jobs it runs first, then the hidden ones (templates)
// for the commands no job runs, then any other command string of the files with the variables of
// the maps above it. A job's `trigger: include:` is a child pipeline: its files are assembled on
// their own, with the inputs the trigger passes, and its jobs run with the trigger job's
// variables over their own (GitLab passes them as pipeline variables). A file the detector also
// reads under its own name reports its own errors.
import type { Component, DetectInput, DetectorResult, ScanError } from '../../model/component.js';
import type { VarValue } from '../shell/expand.js';
import { TemplateValues } from '../parsers/task-templates.js';
import { yamlSite, type CommandSite } from '../parsers/command-sites.js';
import { get, type ParsedYaml } from '../parsers/yaml-nodes.js';
import { scanAndFollowCommandSites } from '../flows/command-sites.js';
import { parseGitlabYaml, type GitlabYaml } from './documents.js';
import { declaresElsewhere, inputSpecs, inputValues, type PassedInputs } from './inputs.js';
import { interpolate, textInterpolated, type Origins } from './interpolate.js';
import { localIncludes, useKey, type IncludeEntry } from './includes.js';
import { GitlabConfig, type GitlabFile, type GitlabRun } from './jobs.js';

/**
 * Commands read through GitLab jobs in one configuration, repeats included (one template run by
 * many jobs with their own variables); past it the file is an error (the gate fails closed) and
 * each remaining command is read once.
 */
const MAX_GITLAB_COMMANDS = 50_000;
/** Uses of files (one per file and set of inputs), child pipelines included. */
const MAX_USES = 500;
const MAX_INCLUDE_DEPTH = 8;
/** GitLab runs child pipelines of child pipelines, two levels down. */
const MAX_TRIGGER_DEPTH = 2;

type Input = Pick<DetectInput, 'path' | 'text' | 'limits' | 'readFile'>;
/** The command sites of a file that no job read, with the variables of the maps above them. */
export type OtherSites = (file: GitlabFile, wanted: (node: unknown) => boolean) => CommandSite[];

/** A command as GitLab hands it to the shell, each input's value written in (bound to its line when a caller gives it). */
export function commandSite(
  parsed: ParsedYaml,
  node: unknown,
  origins?: Origins,
  env?: ReadonlyMap<string, VarValue>,
): CommandSite | null {
  const pieces = origins?.get(node as object);
  if (!pieces) return yamlSite(parsed.lines, node, undefined, env);
  const values = new TemplateValues();
  const text = () => pieces.map((p) => (typeof p === 'string' ? p : values.write(p))).join('');
  const site = yamlSite(parsed.lines, node, text, env);
  if (!site || values.bindings.size === 0) return site;
  return { ...site, env: new Map([...(env ?? []), ...values.bindings]) };
}

export async function scanGitlabCi(
  id: string,
  matches: (path: string) => boolean,
  input: Input,
  otherSites: OtherSites,
): Promise<DetectorResult> {
  const errors: ScanError[] = [];
  const own = (file: string) => file === input.path || !matches(file);
  // A template run by several jobs, or used by several callers, gives its errors once.
  const reported = new Set<string>();
  const report = (list: readonly ScanError[]) => {
    for (const e of list) {
      const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
      if (!own(e.file) || reported.has(key)) continue;
      reported.add(key);
      errors.push(e);
    }
  };
  const files = new FileUses(input, report);
  const root = await files.use(input.path, input.text, undefined, new Set(), 0);
  const components: Component[] = [];
  const callees = new Set<string>();
  const scan = async (file: GitlabFile, sites: CommandSite[]) => {
    if (sites.length === 0) return;
    // Jobs run at the repository root.
    const r = await scanAndFollowCommandSites({ ...input, path: file.path }, id, sites, 'script', '');
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
        const site = commandSite(file.parsed, commands[i]!.node, file.origins, env);
        if (site) sites.push(site);
      }
      await scan(file, sites);
    }
    for (const c of commands) covered.add(c.node);
  };
  // A pipeline's jobs, then the child pipelines its trigger jobs start (their variables over the children's).
  const pipeline = async (list: GitlabFile[], over: ReadonlyMap<string, VarValue>, depth: number) => {
    const config = new GitlabConfig(list);
    const { running, hidden } = config.runs();
    const withOver = (r: GitlabRun): GitlabRun =>
      over.size > 0 ? { ...r, env: new Map([...r.env, ...over]) } : r;
    for (const run of running) await read(withOver(run), false);
    for (const run of hidden) await read(withOver(run), true);
    report(config.errors);
    for (const run of running) {
      if (!run.trigger || depth >= MAX_TRIGGER_DEPTH) continue;
      const children = await files.children(localIncludes(run.trigger.file, run.trigger.node), depth);
      if (children.length > 0) await pipeline(children, withOver(run).env, depth + 1);
    }
  };
  await pipeline(root, new Map(), 0);
  for (const file of files.all)
    await scan(
      file,
      otherSites(file, (n) => !covered.has(n)),
    );
  // An included file is judged in this file's context (its variables and inputs, the jobs
  // extending its templates), not on its own, as a script its callers run.
  for (const file of files.all) if (file.path !== input.path) callees.add(file.path);
  return { components, errors, ...(callees.size > 0 ? { callees: [...callees].sort() } : {}) };
}

/** Every use of a file in one configuration, each file read and parsed once. */
class FileUses {
  readonly all: GitlabFile[] = [];
  private readonly parsed = new Map<string, GitlabYaml | null>();
  private uses = 0;

  constructor(
    private readonly input: Input,
    private readonly report: (errors: readonly ScanError[]) => void,
  ) {}

  /** A file and, before it, what it includes (recursively); `seen` keeps one use per file and inputs. */
  async use(
    path: string,
    text: string | null,
    passed: PassedInputs | undefined,
    seen: Set<string>,
    depth: number,
  ): Promise<GitlabFile[]> {
    if (++this.uses > MAX_USES) {
      if (this.uses === MAX_USES + 1)
        this.report([
          {
            file: this.input.path,
            message: `more than ${MAX_USES} uses of included files: the others are not read`,
          },
        ]);
      return [];
    }
    const y = this.parse(path, text);
    if (!y) return [];
    this.report(y.parsed.errors);
    const readings = this.interpolated(path, y, passed);
    const [file] = readings;
    if (!file) return [];
    this.all.push(...readings);
    const out: GitlabFile[] = [];
    const includes =
      depth < MAX_INCLUDE_DEPTH
        ? localIncludes(file, get(file.parsed.doc, file.parsed.doc.contents, 'include'))
        : [];
    for (const entry of includes) out.push(...(await this.entry(entry, seen, depth + 1)));
    out.push(...readings);
    return out;
  }

  /** The files of a child pipeline: its include entries, as one configuration. */
  async children(entries: IncludeEntry[], depth: number): Promise<GitlabFile[]> {
    const seen = new Set<string>();
    const out: GitlabFile[] = [];
    for (const entry of entries) out.push(...(await this.entry(entry, seen, depth)));
    return out;
  }

  private async entry(entry: IncludeEntry, seen: Set<string>, depth: number): Promise<GitlabFile[]> {
    for (const path of entry.paths) {
      const text = this.parsed.has(path) ? null : await this.input.readFile(path);
      if (text === null && !this.parsed.get(path)) continue;
      const key = useKey(path, entry.passed);
      if (seen.has(key) || path === this.input.path) return [];
      seen.add(key);
      return this.use(path, text, entry.passed, seen, depth);
    }
    this.report([
      { file: entry.at.file, line: entry.at.line, message: `included file not found: ${entry.shown}` },
    ]);
    return [];
  }

  private parse(path: string, text: string | null): GitlabYaml | null {
    let y = this.parsed.get(path);
    if (y === undefined) {
      y = text === null ? null : parseGitlabYaml(text, path, this.input.limits.maxDepth);
      this.parsed.set(path, y);
    }
    return y;
  }

  /**
   * The file with one use's inputs written in (as GitLab writes them into the parsed document,
   * and into the text when a value holding a newline makes the two differ); none when GitLab
   * rejects that use.
   */
  private interpolated(path: string, y: GitlabYaml, passed: PassedInputs | undefined): GitlabFile[] {
    const errors: ScanError[] = [];
    if (!y.header) {
      if (passed && passed.values.size > 0)
        errors.push({
          ...passed.at,
          message: 'inputs given to a file without a `spec: inputs:` header: GitLab rejects the include',
        });
      this.report(errors);
      return errors.length > 0 ? [] : [{ path, parsed: y.parsed }];
    }
    const open = declaresElsewhere(y.header);
    const values = inputValues(inputSpecs(y.header, path, y.parsed.lines), passed, errors, open);
    const result = values ? interpolate(y.parsed, path, values, errors, open) : null;
    // A use a caller makes is rejected at the caller's entry (the template's line named): a file
    // read on its own as well reports only the errors of its own defaults.
    const at = passed?.at;
    this.report(
      at
        ? errors.map((e) =>
            e.file === at.file
              ? e
              : { ...at, message: `${e.file}:${e.line ?? 1}: ${e.message} (GitLab rejects this include)` },
          )
        : errors,
    );
    if (!values || !result || errors.length > 0) return [];
    const text = textInterpolated(y.text, y.parsed, path, values, this.input.limits.maxDepth, open);
    return [
      { path, parsed: result.parsed, origins: result.origins },
      ...(text ? [{ path, parsed: text }] : []),
    ];
  }
}
