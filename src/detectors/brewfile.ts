// Brewfile: `brew "formula"` and `cask "token"` entries (Ruby syntax, one entry per line).
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';

export const BREWFILE_SOURCE = 'Brewfile';

export function scanBrewfile(path: string, text: string): DetectorResult {
  const components: Component[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(brew|cask)\s*\(?\s*(["'])([^"'\s]+)\2/.exec(lines[i]!);
    if (!m) continue;
    components.push(
      makeComponent({
        ecosystem: 'homebrew',
        name: m[3]!,
        version: null,
        spec: 'latest',
        location: { file: path, line: i + 1 },
        source: BREWFILE_SOURCE,
        sourceKind: 'registry',
        resolved: m[1] === 'cask' ? 'cask' : 'formula',
      }),
    );
  }
  return { components, errors: [] };
}

export const brewfileDetector: Detector = {
  id: BREWFILE_SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: ['homebrew', 'vscode-extension'],
  matches: (p) => /(^|\/)\.?Brewfile$/.test(p),
  detect: ({ path, text }) => scanBrewfile(path, text),
};
