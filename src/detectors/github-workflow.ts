// GitHub workflows (`.github/workflows/*.yml|yaml`) and composite actions (`action.yml|yaml`):
// `uses:` of actions and reusable workflows (tag, branch or commit SHA, at the `uses:` line),
// the tool-version inputs of known AI actions, and the commands of `run:` steps, each at its own
// line inside the block scalar. `${{ … }}` expressions are unknown values kept as written.
import { isScalar } from 'yaml';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { findingComponent, problemError } from './shell/components.js';
import type { VarValue } from './shell/expand.js';
import { CommandScanner } from './shell/scan.js';
import { exactVersion } from './shell/packages.js';
import { actionVersionInputs } from '../catalog/index.js';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { makeComponent } from './component.js';
import {
  get,
  items,
  lineOf,
  pairs,
  parseYaml,
  scalarLocator,
  str,
  type ParsedYaml,
} from './parsers/yaml-nodes.js';

export const WORKFLOW_SOURCE = 'github-workflow';

export function isWorkflowPath(p: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /(^|\/)action\.ya?ml$/i.test(p);
}

export function scanWorkflow(input: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const { path, text } = input;
  const parsed = parseYaml(text, path, input.limits.maxDepth);
  const errors: ScanError[] = [...parsed.errors];
  const components: Component[] = [];
  const { doc } = parsed;
  const rootEnv = envOf(parsed, get(doc, doc.contents, 'env'), new Map());

  const scanSteps = (steps: unknown, env: Map<string, VarValue>): void => {
    for (const step of items(doc, steps)) {
      const stepEnv = envOf(parsed, get(doc, step, 'env'), env);
      usesOf(parsed, step, path, components);
      const run = get(doc, step, 'run');
      const script = str(run);
      if (script !== undefined) {
        const locate = scalarLocator(parsed.lines, run);
        const scanner = new CommandScanner(new Map(stepEnv));
        scanner.scan(script, (o) => locate(o, script));
        scanner.finish();
        for (const f of scanner.findings) components.push(findingComponent(f, path, WORKFLOW_SOURCE));
        for (const p of scanner.problems) errors.push(problemError(p, path, 'run'));
      }
    }
  };

  for (const job of pairs(doc, get(doc, doc.contents, 'jobs'))) {
    const jobEnv = envOf(parsed, get(doc, job.value, 'env'), rootEnv);
    usesOf(parsed, job.value, path, components);
    scanSteps(get(doc, job.value, 'steps'), jobEnv);
  }
  // Composite actions.
  scanSteps(get(doc, get(doc, doc.contents, 'runs'), 'steps'), rootEnv);
  return { components, errors };
}

function envOf(parsed: ParsedYaml, node: unknown, base: Map<string, VarValue>): Map<string, VarValue> {
  const env = new Map(base);
  for (const p of pairs(parsed.doc, node)) {
    const v = str(p.value);
    if (v !== undefined) env.set(p.key, { text: v, unknown: v.includes('${{') });
  }
  return env;
}

/** The `uses:` of a step or job, and the version inputs of known AI actions in its `with:`. */
function usesOf(parsed: ParsedYaml, owner: unknown, file: string, out: Component[]): void {
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
  // The inputs of the action, or of its repository for an action in a subfolder.
  const repo = name.split('/').slice(0, 2).join('/');
  const inputs = actionVersionInputs(name).length > 0 ? actionVersionInputs(name) : actionVersionInputs(repo);
  for (const vi of inputs) {
    for (const p of pairs(doc, get(doc, owner, 'with'))) {
      if (p.key !== vi.input) continue;
      const v = str(p.value)?.trim();
      if (!v) continue;
      const exact = v.includes('${{') ? null : exactVersion(v);
      out.push(
        makeComponent({
          ecosystem: vi.ecosystem,
          name: vi.package,
          version: exact,
          ...(exact === null ? { spec: v } : {}),
          location: { file, line: lineOf(lines, p.keyNode) },
          source: WORKFLOW_SOURCE,
          sourceKind: 'registry',
        }),
      );
    }
  }
}

export const githubWorkflowDetector: Detector = {
  id: WORKFLOW_SOURCE,
  role: 'commands',
  syntax: 'yaml',
  ecosystems: ['github-action', ...COMMAND_ECOSYSTEMS],
  matches: isWorkflowPath,
  detect: scanWorkflow,
};
