// pre-commit (`.pre-commit-config.yaml`): the `additional_dependencies` of each hook, installed
// into the hook's environment: npm specs (`name@version`) for `language: node` hooks, PEP 508
// requirements for `language: python` hooks. A hook without a `language` (set by the hook
// repository's own manifest) is read by the shape of each entry: `name@version` is npm, anything
// else PyPI. Each entry at its own line.
import { isScalar } from 'yaml';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { makeComponent } from './component.js';
import { parseNpmSpec } from './shell/packages.js';
import { addPep508 } from './parsers/pep508-component.js';
import { get, items, lineOf, parseYaml, str } from './parsers/yaml-nodes.js';

export const PRE_COMMIT_SOURCE = '.pre-commit-config.yaml';

export function scanPreCommitConfig({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const parsed = parseYaml(text, path, limits.maxDepth);
  const { doc } = parsed;
  const out: { components: Component[]; errors: ScanError[] } = {
    components: [],
    errors: [...parsed.errors],
  };
  for (const repo of items(doc, get(doc, doc.contents, 'repos'))) {
    for (const hook of items(doc, get(doc, repo, 'hooks'))) {
      const language = str(get(doc, hook, 'language'));
      for (const dep of items(doc, get(doc, hook, 'additional_dependencies'))) {
        const spec = isScalar(dep) ? str(dep)?.trim() : undefined;
        if (!spec) continue;
        const line = lineOf(parsed.lines, dep);
        const npm =
          language === 'node' || (language === undefined && /^(@[^/\s]+\/)?[^@\s]+@[^@\s]+$/.test(spec));
        if (npm) {
          const p = parseNpmSpec(spec, false);
          if (!p) continue;
          out.components.push(
            makeComponent({
              ecosystem: 'npm',
              name: p.name,
              version: p.version,
              ...(p.version === null && p.spec !== undefined ? { spec: p.spec } : {}),
              location: { file: path, line },
              source: PRE_COMMIT_SOURCE,
              sourceKind: 'registry',
              scope: 'dev',
            }),
          );
        } else if (language === undefined || language === 'python') {
          addPep508(out, spec, path, line, PRE_COMMIT_SOURCE, 'dev');
        }
      }
    }
  }
  return out;
}

export const preCommitConfigDetector: Detector = {
  id: PRE_COMMIT_SOURCE,
  role: 'environment',
  syntax: 'yaml',
  ecosystems: ['npm', 'pypi'],
  namesInText: ['npm', 'pypi'],
  matches: (p) => /(^|\/)\.pre-commit-config\.ya?ml$/.test(p),
  detect: scanPreCommitConfig,
};
