// PowerShell scripts (`*.ps1`, `*.psm1`): installs and vendor installers (`irm URL | iex`,
// `npm i -g …`, the installer's version argument), read line by line with the shell interpreter
// after the PowerShell syntax it does not know is rewritten: `<# … #>` comments go, `$Name = value`
// assignments set the variable that `$Name` and `$env:Name` later read, a backtick before a newline
// continues the line, `& { … }` / `& (…)` call operators run their content, and `Write-Host`
// and the other output cmdlets print, as `echo` does. PowerShell is not
// the interpreter's grammar: a line it cannot parse is skipped, never an error.
import type { Detector, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import type { LineCounter } from 'yaml';
import { joinSites, scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { scalarLocator, str } from './parsers/yaml-nodes.js';

export const POWERSHELL_SOURCE = 'PowerShell';

export function isPowerShellPath(path: string): boolean {
  return /\.psm?1$/i.test(path);
}

export function scanPowerShell(path: string, text: string): DetectorResult {
  const r = scanCommandSites(
    path,
    POWERSHELL_SOURCE,
    powershellSites(text, (l) => l),
    'PowerShell',
  );
  return { components: r.components, errors: [] };
}

/** A YAML scalar holding PowerShell (Azure's `pwsh:` steps), one site per statement line. */
export function powershellSite(lines: LineCounter, node: unknown): CommandSite | null {
  const raw = str(node);
  if (raw === undefined) return null;
  const locate = scalarLocator(lines, node);
  const offsets: number[] = [0];
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) offsets.push(i + 1);
  const sites = powershellSites(raw, (l) => locate(offsets[l - 1] ?? 0, raw));
  return joinSites(sites);
}

/** PowerShell text as shell sites, each at the line `lineOf(n)` gives for its 1-based line n. */
function powershellSites(text: string, lineOf: (line: number) => number): CommandSite[] {
  const source = text.replace(/<#[\s\S]*?#>/g, (c) => c.replace(/[^\n]/g, ' '));
  const physical = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const sites: CommandSite[] = [];
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!;
    const first = i + 1;
    while (/`\s*$/.test(line) && i + 1 < physical.length) line = line.replace(/`\s*$/, ' ') + physical[++i]!;
    const script = toShell(line);
    if (script !== null) sites.push({ script, locate: () => lineOf(first), quiet: true });
  }
  return sites;
}

/** One PowerShell line as shell text, or null when it holds nothing to run. */
function toShell(line: string): string | null {
  const t = line.trim();
  if (t === '' || t.startsWith('#')) return null;
  const assign = /^\$(?:env:)?([A-Za-z_]\w*)\s*=\s*(['"])(.*)\2\s*;?\s*$/.exec(t);
  if (assign) return `${assign[1]}=${assign[2]}${assign[3]}${assign[2]}`;
  // Output cmdlets print their arguments, as `echo` does.
  return t
    .replace(/^Write-(Host|Output|Information|Verbose|Warning|Debug|Error)\b/i, 'echo')
    .replace(/\$env:([A-Za-z_]\w*)/g, '$$$1')
    .replace(/`(.)/g, '$1')
    .replace(/^&\s*[{(]\s*/, '')
    .replace(/[})]\s*$/, '');
}

export const powershellScriptDetector: Detector = {
  id: POWERSHELL_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isPowerShellPath,
  detect: ({ path, text }) => scanPowerShell(path, text),
};
