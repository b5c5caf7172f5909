// justfiles (`justfile`, `Justfile`, `.justfile`, `*.just`): each recipe body line, as just hands
// it to the shell. Variables assigned in the file (`NAME := 'value'`, `export NAME := "value"`,
// concatenations with `+`) are interpolated into `{{NAME}}`; recipe parameters and values just
// computes (backticks, `env()`) reach the shell as `${NAME}`, an unknown value. The prefixes `@`
// and `-` go; a backslash-newline stays for the shell.
import type { Detector, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { joinedSite, scanCommandSites, type CommandSite } from './parsers/command-sites.js';

export const JUSTFILE_SOURCE = 'justfile';

export function isJustfilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^\.?justfile$/i.test(name) || /\.just$/i.test(name);
}

const RECIPE = /^@?([A-Za-z_][\w-]*)((?:\s[^:]*)?):(?!=)/;

export function scanJustfile(path: string, text: string): DetectorResult {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const vars = new Map<string, string | null>();
  for (const line of lines) {
    const m = /^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*)$/.exec(line);
    if (m) vars.set(m[1]!, justValue(m[2]!, vars));
  }
  const sites: CommandSite[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = RECIPE.exec(lines[i]!);
    if (!header) continue;
    const params = new Set(
      header[2]!
        .trim()
        .split(/\s+/)
        .map((p) => p.replace(/^[+*$]/, '').replace(/=.*$/, ''))
        .filter((p) => p !== ''),
    );
    const scope = new Map(vars);
    for (const p of params) scope.set(p, null);
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || /^[ \t]/.test(lines[j]!))) {
      const raw = lines[j]!;
      if (raw.trim() === '') {
        j++;
        continue;
      }
      const pieces: { text: string; line: number }[] = [
        { text: raw.trim().replace(/^[@-]+/, ''), line: j + 1 },
      ];
      while (/(^|[^\\])(\\\\)*\\$/.test(lines[j]!) && j + 1 < lines.length) {
        j++;
        pieces.push({ text: lines[j]!.trimStart(), line: j + 1 });
      }
      sites.push(interpolated(pieces, scope));
      j++;
    }
    i = j - 1;
  }
  return scanCommandSites(path, JUSTFILE_SOURCE, sites, 'recipe');
}

/** A just expression's value when it is made of string literals and known variables; else null. */
function justValue(expr: string, vars: ReadonlyMap<string, string | null>): string | null {
  let out = '';
  for (const term of expr.replace(/\s+#.*$/, '').split(/\s*\+\s*/)) {
    const t = term.trim();
    const q = /^'([^']*)'$/.exec(t) ?? /^"((?:[^"\\]|\\.)*)"$/.exec(t);
    if (q) out += q[1];
    else if (vars.get(t) !== undefined && vars.get(t) !== null) out += vars.get(t);
    else return null;
  }
  return out;
}

function interpolated(
  pieces: { text: string; line: number }[],
  vars: ReadonlyMap<string, string | null>,
): CommandSite {
  const expand = (text: string): string =>
    text
      .replace(/\{\{\{\{/g, '\0')
      .replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
        const v = justValue(expr, vars);
        if (v !== null) return v;
        return /^[A-Za-z_]\w*$/.test(expr) ? '${' + expr + '}' : '${JUST_EXPRESSION}';
      })
      .replace(/\0/g, '{{');
  return joinedSite(pieces.map((p) => ({ text: expand(p.text), line: p.line })));
}

export const justfileDetector: Detector = {
  id: JUSTFILE_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isJustfilePath,
  detect: ({ path, text }) => scanJustfile(path, text),
};
