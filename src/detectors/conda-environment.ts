// conda environment files (`environment.yml`, `environment-dev.yaml`, `conda-env.yml`, …): the
// `pip:` list under `dependencies`. conda writes that list to a requirements file and runs
// `pip install -r` on it, so each entry is read with pip's requirements rules (options, `-r`
// includes relative to the environment file, `-e`), each at its own line. The conda packages
// themselves are not in an ecosystem the gate covers.
import { isMap, isScalar } from 'yaml';
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { get, items, lineOf, parseYaml, str } from './parsers/yaml-nodes.js';
import { detectRequirements } from './requirements-txt.js';

export const CONDA_SOURCE = 'environment.yml';

export function isCondaEnvironmentPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /^(.*[-_.])?(environment|conda[-_]?env)([-_.][^/]*)?\.ya?ml$/.test(name);
}

export async function scanCondaEnvironment(input: DetectInput): Promise<DetectorResult> {
  const parsed = parseYaml(input.text, input.path, input.limits.maxDepth);
  const { doc } = parsed;
  const deps = get(doc, doc.contents, 'dependencies');
  // A YAML file of this name that is not a conda environment (no `dependencies` list) says nothing.
  if (parsed.errors.length > 0 && deps === undefined) return { components: [], errors: [] };
  // The pip entries placed at their own lines of an otherwise empty text: pip's reader then
  // locates each requirement where it is written.
  const lines: string[] = [];
  for (const dep of items(doc, deps)) {
    if (!isMap(dep)) continue;
    for (const entry of items(doc, get(doc, dep, 'pip'))) {
      const text = isScalar(entry) ? str(entry) : undefined;
      if (text === undefined) continue;
      const at = lineOf(parsed.lines, entry) - 1;
      while (lines.length < at) lines.push('');
      lines[at] = text.replace(/\n/g, ' ');
    }
  }
  if (lines.length === 0) return { components: [], errors: parsed.errors };
  const r = await detectRequirements({ ...input, text: lines.join('\n') });
  return {
    components: r.components.map((c) =>
      c.location.file === input.path ? { ...c, source: CONDA_SOURCE } : c,
    ),
    errors: [...parsed.errors, ...r.errors],
  };
}

export const condaEnvironmentDetector: Detector = {
  id: CONDA_SOURCE,
  sources: [CONDA_SOURCE, 'requirements.txt'],
  role: 'environment',
  syntax: 'yaml',
  ecosystems: ['pypi'],
  matches: isCondaEnvironmentPath,
  detect: scanCondaEnvironment,
};
