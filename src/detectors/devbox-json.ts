// devbox.json: the commands of `shell.init_hook` (run when the shell starts) and of each
// `shell.scripts.NAME` (a string or a list of strings), each at its line. The `packages` are Nix
// packages, not in an ecosystem the gate covers.
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { at, JSONC, parseJsonc, members, strings, stringValue } from './parsers/jsonc.js';
import type { Node } from 'jsonc-parser';

export const DEVBOX_SOURCE = 'devbox.json';

export function scanDevbox({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const parsed = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  const sites: CommandSite[] = [];
  const add = (node: Node | undefined): void => {
    const list = node?.type === 'array' ? strings(node) : node ? [node] : [];
    for (const n of list) {
      const script = stringValue(n);
      if (script !== undefined) sites.push({ script, locate: () => lines.line(n.offset) });
    }
  };
  add(at(parsed.root, ['shell', 'init_hook']));
  for (const s of members(at(parsed.root, ['shell', 'scripts']))) add(s.value);
  const r = scanCommandSites(path, DEVBOX_SOURCE, sites, 'script');
  return { components: r.components, errors: [...parsed.errors, ...r.errors] };
}

export const devboxJsonDetector: Detector = {
  id: DEVBOX_SOURCE,
  role: 'commands',
  syntax: 'jsonc',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => p === 'devbox.json' || p.endsWith('/devbox.json'),
  detect: scanDevbox,
};
