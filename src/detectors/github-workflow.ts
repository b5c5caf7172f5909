// GitHub workflows (`.github/workflows/*.yml|yaml`) and composite actions (`action.yml|yaml`):
// `uses:` of actions and reusable workflows (tag, branch or commit SHA, at the `uses:` line),
// the tool-version inputs of known AI actions, and the commands of `run:` steps, each at its own
// line inside the block scalar. `${{ … }}` expressions are unknown values kept as written.
import { isScalar } from 'yaml';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { findingComponent, problemError } from './shell/components.js';
import type { VarValue } from './shell/expand.js';
import { exactVersion } from './shell/packages.js';
import type { Component, Detector, DetectInput, DetectorResult, Location } from '../model/component.js';
import { FlowFollower, newSink, sinkResult, withVia } from './flows/follow.js';
import {
  envOf,
  expandExpressions,
  githubEnvWrites,
  inputsOf,
  matrixCombinations,
  runShell,
  yamlValue,
  type Values,
  type YamlFile,
} from './flows/workflow.js';
import { joinRelative } from './parsers/paths.js';
import { powershellSite } from './powershell-script.js';
import { imageComponent } from './parsers/oci-image.js';
import { followDockerBuild } from './flows/dockerfile.js';
import { actionVersionInputs } from '../catalog/index.js';
import { makeComponent } from './component.js';
import { get, items, lineOf, pairs, parseYaml, scalarLocator, str } from './parsers/yaml-nodes.js';

export const WORKFLOW_SOURCE = 'github-workflow';

export function isWorkflowPath(p: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /(^|\/)action\.ya?ml$/i.test(p);
}

/**
 * A workflow file in a `.github/workflows/` folder below the top of the tree (a template kept in
 * the repository): GitHub runs only the top folder's workflows, so the inventory judges such a file
 * only when something in the repository uses it (inventory/workflow-templates.ts).
 */
export function isNestedWorkflowPath(p: string): boolean {
  return /^.+\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(p);
}

export async function scanWorkflow(
  input: Pick<DetectInput, 'path' | 'text' | 'limits'> & Partial<Pick<DetectInput, 'readFile'>>,
): Promise<DetectorResult> {
  const sink = newSink();
  const readFile = input.readFile ?? (() => Promise.resolve(null));
  await judgeWorkflow(new FlowFollower(readFile, sink), input, { inputs: new Map(), via: [] });
  return sinkResult(sink);
}

/** What a caller gives a reusable workflow or a composite action. */
interface WorkflowCall {
  inputs: Values;
  via: Location[];
}

/**
 * Judges a workflow (or a composite action) with the inputs a caller gives it: each job once per
 * matrix combination, each `run:` with the env in force and the scripts it runs, local reusable
 * workflows and composite actions with their `with:` inputs.
 */
async function judgeWorkflow(
  follower: FlowFollower,
  input: Pick<DetectInput, 'path' | 'text' | 'limits'>,
  call: WorkflowCall,
): Promise<void> {
  const { path, text } = input;
  const { sink } = follower;
  const parsed: YamlFile = { ...parseYaml(text, path, input.limits.maxDepth), file: path };
  // A called file reports its own errors when scanned on its own.
  if (call.via.length === 0) sink.errors.push(...parsed.errors);
  const { doc } = parsed;
  const inputs = call.via.length === 0 ? ownInputs(parsed) : call.inputs;
  const rootEnv = envOf(parsed, get(doc, doc.contents, 'env'), inputs);
  const own = (c: Component) => sink.components.push(withVia(c, call.via));

  const scanSteps = async (steps: unknown, env: Values, cwd: string, job?: unknown): Promise<void> => {
    // Variables an earlier step wrote into `$GITHUB_ENV`: the later steps' environment.
    const exported: Values = new Map();
    for (const step of items(doc, steps)) {
      const stepEnv = envOf(parsed, get(doc, step, 'env'), new Map([...env, ...exported]));
      const found: Component[] = [];
      usesOf(parsed, step, path, found, stepEnv);
      const uses = str(get(doc, step, 'uses'))?.trim();
      if (uses?.startsWith('docker://'))
        imageAt(parsed, get(doc, step, 'uses'), uses.slice(9), path, found, stepEnv);
      found.forEach(own);
      await localAction(follower, parsed, step, stepEnv, call.via, input.limits);
      await buildPushAction(follower, parsed, step, stepEnv, call.via);
      const container = uses?.startsWith('docker://') ? dockerStepCommand(parsed, step) : null;
      if (container) {
        const at = lineOf(parsed.lines, container.node);
        const scanner = await follower.scanText(container.text, path, new Map(stepEnv), () => at);
        for (const f of scanner.findings) own(findingComponent(f, path, WORKFLOW_SOURCE));
      }
      const run = get(doc, step, 'run');
      const script = str(run);
      if (script === undefined) continue;
      const dir = str(get(doc, step, 'working-directory'));
      const stepCwd =
        dir === undefined ? cwd : (joinRelative(cwd, expandExpressions(dir, stepEnv).text) ?? cwd);
      const shell = runShell(parsed, job, step, env);
      const scalar = scalarLocator(parsed.lines, run);
      const site =
        shell === 'powershell'
          ? powershellSite(parsed.lines, run)
          : { script, locate: (o: number) => scalar(o, script) };
      if (!site) continue;
      const scanner = await follower.scanText(site.script, path, new Map(stepEnv), site.locate);
      for (const f of scanner.findings) own(findingComponent(f, path, WORKFLOW_SOURCE));
      for (const [k, v] of githubEnvWrites(scanner.writes, path)) exported.set(k, v);
      // Text for another program is read for its installs; what the shell cannot parse there is
      // no problem of the file.
      if (call.via.length === 0 && shell === 'sh')
        for (const p of scanner.problems) sink.errors.push(problemError(p, path, 'run'));
      await follower.followCalls(scanner, { file: path, cwd: stepCwd, via: call.via });
    }
  };

  for (const job of pairs(doc, get(doc, doc.contents, 'jobs'))) {
    const jobDir = str(get(doc, get(doc, get(doc, job.value, 'defaults'), 'run'), 'working-directory'));
    const cwd = jobDir === undefined ? '' : (joinRelative('', jobDir) ?? '');
    for (const combination of matrixCombinations(parsed, job.value, rootEnv)) {
      const values = new Map([...rootEnv, ...combination]);
      const jobEnv = envOf(parsed, get(doc, job.value, 'env'), values);
      const found: Component[] = [];
      usesOf(parsed, job.value, path, found, jobEnv);
      imagesOf(parsed, job.value, path, found, jobEnv);
      found.forEach(own);
      await reusableWorkflow(follower, parsed, job.value, jobEnv, call.via, input.limits);
      await scanSteps(get(doc, job.value, 'steps'), jobEnv, cwd, job.value);
    }
  }
  // Composite actions.
  await scanSteps(get(doc, get(doc, doc.contents, 'runs'), 'steps'), rootEnv, '');
}

/**
 * `docker/build-push-action` (and `docker/bake`-less builds): the Dockerfile of `file` (default
 * `{context}/Dockerfile`) judged with the `build-args` lines (`K=V`).
 */
async function buildPushAction(
  follower: FlowFollower,
  parsed: YamlFile,
  step: unknown,
  values: Values,
  via: Location[],
): Promise<void> {
  const uses = get(parsed.doc, step, 'uses');
  if (!/^docker\/build-push-action@/i.test(str(uses)?.trim() ?? '')) return;
  const given = withValues(parsed, step, values);
  const context = given.get('context');
  if (context?.unknown) return;
  const contextDir = joinRelative('', context?.text ?? '.');
  const file = given.get('file');
  if (contextDir === null || file?.unknown) return;
  const dockerfile =
    file === undefined ? joinRelative(contextDir, 'Dockerfile') : joinRelative('', file.text);
  if (dockerfile === null) return;
  const buildArgs = new Map<string, VarValue>();
  const lines = given.get('build-args');
  if (lines)
    for (const l of lines.text.split(/\r?\n/)) {
      const eq = l.indexOf('=');
      if (eq > 0) buildArgs.set(l.slice(0, eq).trim(), { ...lines, text: l.slice(eq + 1).trim() });
    }
  const at = { file: parsed.file, line: lineOf(parsed.lines, uses) };
  await followDockerBuild(follower, follower.readFile, {
    dockerfile,
    buildArgs,
    contextDir,
    via: [...via, at],
  });
}

/** The `with:` values of a step or job, expanded with the values in force. */
function withValues(parsed: YamlFile, owner: unknown, values: Values): Map<string, VarValue> {
  const given = new Map<string, VarValue>();
  for (const p of pairs(parsed.doc, get(parsed.doc, owner, 'with'))) {
    const v = yamlValue(parsed, p.value, values);
    if (v !== undefined) given.set(p.key, v);
  }
  return given;
}

/** `uses: ./.github/workflows/x.yml` at a job: that workflow judged with the job's `with:`. */
/**
 * The inputs of a workflow or an action judged on its own: the defaults its `workflow_dispatch`
 * and `workflow_call` triggers declare, or an action its `inputs` (what a manual run, or a caller
 * that sets no input, gets); an input without a default stays unknown.
 */
function ownInputs(parsed: YamlFile): Values {
  const { doc } = parsed;
  const on = get(doc, doc.contents, 'on');
  const declared = (trigger: string) => get(doc, get(doc, on, trigger), 'inputs');
  const action = get(doc, doc.contents, 'runs') === undefined ? undefined : get(doc, doc.contents, 'inputs');
  return new Map([
    ...inputsOf(parsed, action, new Map()),
    ...inputsOf(parsed, declared('workflow_call'), new Map()),
    ...inputsOf(parsed, declared('workflow_dispatch'), new Map()),
  ]);
}

async function reusableWorkflow(
  follower: FlowFollower,
  parsed: YamlFile,
  job: unknown,
  values: Values,
  via: Location[],
  limits: DetectInput['limits'],
): Promise<void> {
  const ref = str(get(parsed.doc, job, 'uses'))?.trim();
  if (!ref?.startsWith('./') || via.length >= 8) return;
  const callee = joinRelative('', ref.replace(/@.*$/, ''));
  const text = callee === null ? null : await follower.readFile(callee);
  if (callee === null || text === null) return;
  const target: YamlFile = { ...parseYaml(text, callee, limits.maxDepth), file: callee };
  const on = get(target.doc, target.doc.contents, 'on');
  const declared = get(target.doc, get(target.doc, on, 'workflow_call'), 'inputs');
  const inputs = inputsOf(target, declared, withValues(parsed, job, values));
  // Run only when called: judged in its callers' contexts, not on its own.
  const triggers = pairs(target.doc, on).map((p) => p.key);
  if (triggers.length === 1 && triggers[0] === 'workflow_call') follower.sink.callees.add(callee);
  const line = lineOf(parsed.lines, get(parsed.doc, job, 'uses'));
  await judgeWorkflow(
    follower,
    { path: callee, text, limits },
    { inputs, via: [...via, { file: parsed.file, line }] },
  );
}

/** `uses: ./path` at a step: the composite action there judged with the step's `with:`. */
async function localAction(
  follower: FlowFollower,
  parsed: YamlFile,
  step: unknown,
  values: Values,
  via: Location[],
  limits: DetectInput['limits'],
): Promise<void> {
  const ref = str(get(parsed.doc, step, 'uses'))?.trim();
  if (!ref?.startsWith('./') || via.length >= 8) return;
  const dir = joinRelative('', ref);
  if (dir === null) return;
  for (const name of ['action.yml', 'action.yaml']) {
    const callee = dir ? `${dir}/${name}` : name;
    const text = await follower.readFile(callee);
    if (text === null) continue;
    const target: YamlFile = { ...parseYaml(text, callee, limits.maxDepth), file: callee };
    const declared = get(target.doc, target.doc.contents, 'inputs');
    const inputs = inputsOf(target, declared, withValues(parsed, step, values));
    follower.sink.callees.add(callee);
    const line = lineOf(parsed.lines, get(parsed.doc, step, 'uses'));
    await judgeWorkflow(
      follower,
      { path: callee, text, limits },
      { inputs, via: [...via, { file: parsed.file, line }] },
    );
    return;
  }
}

/** The `uses:` of a step or job, and the version inputs of known AI actions in its `with:`. */
function usesOf(parsed: YamlFile, owner: unknown, file: string, out: Component[], values: Values): void {
  const { doc, lines } = parsed;
  const uses = get(doc, owner, 'uses');
  const ref = str(uses);
  if (ref === undefined || !isScalar(uses)) return;
  const value = ref.trim();
  if (value.startsWith('./') || value.startsWith('.\\') || value.startsWith('docker://')) return;
  const at = value.lastIndexOf('@');
  if (at <= 0) return;
  const name = value.slice(0, at);
  const version = value.slice(at + 1);
  if (!/^[\w.-]+\/[\w.-]+(\/[^@\s]+)?$/.test(name) || !version) return;
  // The line of the `uses:` key: the pair's value starts on it (or the line below for a block).
  const line = lineOf(lines, uses);
  out.push(
    makeComponent({
      ecosystem: 'github-action',
      name,
      version,
      location: { file, line },
      source: WORKFLOW_SOURCE,
      sourceKind: 'git',
    }),
  );
  const repo = name.split('/').slice(0, 2).join('/').toLowerCase();
  // The inputs of the action, or of its repository for an action in a subfolder.
  const inputs = actionVersionInputs(name).length > 0 ? actionVersionInputs(name) : actionVersionInputs(repo);
  for (const vi of inputs) {
    for (const p of pairs(doc, get(doc, owner, 'with'))) {
      if (p.key !== vi.input) continue;
      const value = yamlValue(parsed, p.value, values);
      const v = value?.text.trim();
      if (!v || !value) continue;
      const exact = value.unknown ? null : exactVersion(v);
      out.push(
        makeComponent({
          ecosystem: vi.ecosystem,
          name: vi.package,
          version: exact,
          ...(exact === null ? { spec: v } : {}),
          location: { file, line: lineOf(lines, p.keyNode) },
          ...(value.from && value.from.line !== lineOf(lines, p.keyNode) ? { versionFrom: value.from } : {}),
          source: WORKFLOW_SOURCE,
          sourceKind: 'registry',
          // The action installs what its version input chose: one installation, judged at the input.
          sameInstallationAs: { ecosystem: 'github-action', name, location: { file, line } },
        }),
      );
    }
  }
}

/**
 * The command a `uses: docker://IMAGE` step runs: its `with.entrypoint` and `with.args` (the
 * runner splits `args` into words as a shell does). Without an entrypoint the image's own is given
 * `args`, read as the command it runs, as `docker run IMAGE CMD…` is.
 */
function dockerStepCommand(parsed: YamlFile, step: unknown): { text: string; node: unknown } | null {
  const { doc } = parsed;
  const options = get(doc, step, 'with');
  const args = get(doc, options, 'args');
  const entrypoint = get(doc, options, 'entrypoint');
  const words = [str(entrypoint), str(args)].filter((w): w is string => w !== undefined);
  if (words.length === 0) return null;
  return { text: words.join(' '), node: args ?? entrypoint };
}

/** The job's `container` (a string or `image:`) and each `services.<id>.image`. */
function imagesOf(parsed: YamlFile, job: unknown, file: string, out: Component[], values: Values): void {
  const { doc } = parsed;
  const container = get(doc, job, 'container');
  const nodes = [isScalar(container) ? container : get(doc, container, 'image')];
  for (const s of pairs(doc, get(doc, job, 'services')))
    nodes.push(isScalar(s.value) ? s.value : get(doc, s.value, 'image'));
  for (const node of nodes) {
    const text = isScalar(node) ? str(node) : undefined;
    if (text !== undefined) imageAt(parsed, node, text, file, out, values);
  }
}

function imageAt(
  parsed: YamlFile,
  node: unknown,
  text: string,
  file: string,
  out: Component[],
  values: Values,
): void {
  const value = expandExpressions(text, values);
  const c = imageComponent(value.text, { file, line: lineOf(parsed.lines, node) }, WORKFLOW_SOURCE, {
    unknown: value.unknown,
    ...(value.from ? { versionFrom: value.from } : {}),
  });
  if (c) out.push(c);
}

export const githubWorkflowDetector: Detector = {
  id: WORKFLOW_SOURCE,
  role: 'commands',
  syntax: 'yaml',
  ecosystems: ['github-action', 'oci-image', ...COMMAND_ECOSYSTEMS],
  matches: isWorkflowPath,
  detect: scanWorkflow,
};
