// VS Code workspace files (`*.code-workspace`): `extensions.recommendations`, as in
// `.vscode/extensions.json` (unwanted recommendations are not installs).
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { at, JSONC, parseJsonc, strings, stringValue } from './parsers/jsonc.js';
import { extensionComponent } from './devcontainer-json.js';

export const CODE_WORKSPACE_SOURCE = 'code-workspace';

export function scanCodeWorkspace({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const { root, errors } = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  const components: Component[] = [];
  for (const n of strings(at(root, ['extensions', 'recommendations']))) {
    const c = extensionComponent(stringValue(n) ?? '', path, lines.line(n.offset), CODE_WORKSPACE_SOURCE);
    if (c) components.push(c);
  }
  return { components, errors };
}

export const codeWorkspaceDetector: Detector = {
  id: CODE_WORKSPACE_SOURCE,
  role: 'environment',
  syntax: 'jsonc',
  ecosystems: ['vscode-extension'],
  matches: (p) => /\.code-workspace$/i.test(p),
  detect: scanCodeWorkspace,
};
