// Windows batch files (`*.cmd`, `*.bat`): installs in each command line, after the batch syntax
// the shell interpreter does not know is rewritten: `REM` and `::` comments go, `@` and `call`
// prefixes go, `set NAME=value` sets the variable that `%NAME%` later reads, `^` before a newline
// continues the line, and `%1`, `%~dp0` are unknown values. Batch is not the interpreter's
// grammar: a line it cannot parse is skipped, never an error.
import type { Detector, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';

export const BATCH_SOURCE = 'batch';

export function isBatchPath(path: string): boolean {
  return /\.(cmd|bat)$/i.test(path);
}

export function scanBatch(path: string, text: string): DetectorResult {
  const physical = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const sites: CommandSite[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    const first = i + 1;
    while (/\^$/.test(line) && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i]!;
    const script = toShell(line);
    if (script !== null) sites.push({ script, locate: () => first, quiet: true });
  }
  const r = scanCommandSites(path, BATCH_SOURCE, sites, 'batch');
  return { components: r.components, errors: [] };
}

function toShell(line: string): string | null {
  let t = line.trim().replace(/^@/, '');
  if (t === '' || /^(rem(\s|$)|::)/i.test(t)) return null;
  t = t.replace(/^call\s+/i, '');
  const set = /^set\s+(?:\/a\s+)?"?([A-Za-z_]\w*)=([^"]*)"?\s*$/i.exec(t);
  if (set) return `${set[1]}='${set[2]!.replace(/'/g, '')}'`;
  return t
    .replace(/%~?[a-z]*[0-9*]/gi, '${BATCH_ARGUMENT}')
    .replace(/%([A-Za-z_]\w*)%/g, '${$1}')
    .replace(/\^(.)/g, '$1');
}

export const batchScriptDetector: Detector = {
  id: BATCH_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isBatchPath,
  detect: ({ path, text }) => scanBatch(path, text),
};
