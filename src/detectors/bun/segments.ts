// bun.lock cut into its entries for the audit's screen (parsers/screened-entries.ts). Bun writes
// each `packages` member on one line at four spaces (`    "name": ["name@1.0.0", "", {…}, "sha512-…"],`);
// an entry runs to the next such line or to the end of the section (a line indented by two
// spaces or less, `  },`). Everything else is structure and always parsed. Dropping whole member
// lines keeps the text valid JSONC: bun.lock allows the trailing comma the last kept one may leave.
import { lastAtOrBefore, STRUCTURE, type Segments } from '../parsers/screened-entries.js';

const SPACE = 32;
const QUOTE = 34;

export function bunSegments(text: string): Segments {
  const starts = [0];
  const lines = [1];
  const kinds = [STRUCTURE];
  const len = text.length;
  let inPackages = false;
  let pos = 0;
  let line = 1;
  const open = (kind: number) => {
    starts.push(pos);
    lines.push(line);
    kinds.push(kind);
  };
  while (pos < len) {
    const nl = text.indexOf('\n', pos);
    let indent = 0;
    while (text.charCodeAt(pos + indent) === SPACE) indent++;
    const first = text.charCodeAt(pos + indent);
    const blank = first === 10 || first === 13 || pos + indent >= len;
    if (!blank) {
      if (indent === 2 && text.startsWith('"packages":', pos + 2)) {
        open(STRUCTURE);
        inPackages = text
          .slice(pos, nl === -1 ? len : nl)
          .trimEnd()
          .endsWith('{');
      } else if (indent <= 2) {
        if (inPackages) open(STRUCTURE);
        inPackages = false;
      } else if (inPackages && indent === 4 && first === QUOTE) open(1);
    }
    if (nl === -1) break;
    pos = nl + 1;
    line++;
  }
  return { starts, lines, kinds };
}

/** An entry installing the root project itself (`name@root:`) holds no component: it is kept. */
export function keepRootEntries(text: string, { starts }: Segments, keep: Uint8Array): void {
  for (let at = text.indexOf('@root:'); at !== -1; at = text.indexOf('@root:', at + 1))
    keep[lastAtOrBefore(starts, at)] = 1;
}

const MEMBER = /^\s*"((?:[^"\\]|\\.)*)":\s*\[\s*"((?:[^"\\]|\\.)*)"/;

/** The names an entry may install: its key's last package and its tuple's `name@…` (a superset). */
export function bunKeyNames(text: string, start: number, end: number): string[] {
  const nl = text.indexOf('\n', start);
  const m = MEMBER.exec(text.slice(start, nl === -1 || nl > end ? end : nl));
  if (m === null) return [];
  const names: string[] = [];
  const key = m[1]!;
  const scoped = key.lastIndexOf('/@');
  if (scoped !== -1) names.push(key.slice(scoped + 1));
  else if (key.startsWith('@')) names.push(key);
  else names.push(key.slice(key.lastIndexOf('/') + 1));
  const ident = m[2]!;
  const at = ident.indexOf('@', 1);
  if (at > 0) names.push(ident.slice(0, at));
  return names;
}
