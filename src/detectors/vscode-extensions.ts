// `.vscode/extensions.json`: recommended extensions (unwanted recommendations are not installs).
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { at, JSONC, parseJsonc, strings, stringValue } from './parsers/jsonc.js';
import { extensionComponent } from './devcontainer-json.js';

export const VSCODE_EXTENSIONS_SOURCE = '.vscode/extensions.json';

export function scanVscodeExtensions({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const { root, errors } = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  const components: Component[] = [];
  for (const n of strings(at(root, ['recommendations']))) {
    const c = extensionComponent(stringValue(n) ?? '', path, lines.line(n.offset), VSCODE_EXTENSIONS_SOURCE);
    if (c) components.push(c);
  }
  return { components, errors };
}

export const vscodeExtensionsDetector: Detector = {
  id: VSCODE_EXTENSIONS_SOURCE,
  role: 'environment',
  syntax: 'jsonc',
  ecosystems: ['vscode-extension'],
  matches: (p) => p === '.vscode/extensions.json' || p.endsWith('/.vscode/extensions.json'),
  detect: scanVscodeExtensions,
};
