// `.tool-versions` (asdf, and mise with backends): `npm:@anthropic-ai/claude-code 2.1.100`.
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { makeComponent } from './component.js';
import { backendTool } from './devcontainer/tool-backends.js';

export const TOOL_VERSIONS_SOURCE = '.tool-versions';

export function scanToolVersions(path: string, text: string): DetectorResult {
  const components: Component[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/#.*$/, '').trim();
    const m = /^(\S+)\s+(\S+)/.exec(line);
    if (!m) continue;
    const t = backendTool(m[1]!, m[2]!);
    if (!t) continue;
    components.push(
      makeComponent({
        ...t,
        location: { file: path, line: i + 1 },
        source: TOOL_VERSIONS_SOURCE,
      }),
    );
  }
  return { components, errors: [] };
}

export const toolVersionsDetector: Detector = {
  id: TOOL_VERSIONS_SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => p === '.tool-versions' || p.endsWith('/.tool-versions'),
  detect: ({ path, text }) => scanToolVersions(path, text),
};
