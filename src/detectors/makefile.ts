// Makefiles (`Makefile`, `makefile`, `GNUmakefile`, `*.mk`, `*.mak`): the recipe lines, as make
// hands them to the shell. Make's own variables defined in the file (`=`, `:=`, `::=`, `?=`, `+=`,
// with `export`/`override`) are expanded (`$(VAR)`, `${VAR}`, `$V`); `$$` becomes `$`; the
// recipe prefixes `@`, `-` and `+` go; a backslash-newline stays for the shell and the next line's
// leading tab goes. A variable the file does not define (given on the command line or by the
// environment) reaches the shell as `${VAR}`, an unknown value; `$(shell CMD)` as `$(CMD)`; other
// make functions and automatic variables as an unknown value.
import type { Detector, DetectorResult } from '../model/component.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { joinedSite, scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { dirOf } from './parsers/paths.js';

export const MAKEFILE_SOURCE = 'Makefile';

export function isMakefilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^(GNUmakefile|[Mm]akefile)$/.test(name) || /\.(mk|mak)$/i.test(name);
}

const ASSIGN =
  /^(?:(?:export|override|private)\s+)*([^\s:#=?+!$()]+|\$\([^)]*\)|\$\{[^}]*\})\s*(:::?=|::=|:=|\?=|\+=|!=|=)\s?(.*)$/;
/** Deepest chain of variables expanded into one another. */
const MAX_EXPANSION_DEPTH = 16;

interface Variable {
  value: string;
  /** `!=` runs a shell command: its output cannot be known. */
  unknown?: boolean;
  /** `?=`: a default the environment replaces. */
  weak?: boolean;
}

export function scanMakefile(path: string, text: string): DetectorResult {
  return scanCommandSites(path, MAKEFILE_SOURCE, makefileRecipes(text), 'recipe');
}

/** A recipe line, with the targets of its rule and their prerequisites. */
export type Recipe = CommandSite & { rule: { targets: string[]; prerequisites: string[] } };

/**
 * Every recipe line of a Makefile as the shell receives it. `given` names what the caller sets:
 * `overrides`, make's command-line variables (`make T VAR=value`), replace the file's own
 * definitions; `environment`, the caller's exported variables, replace only `?=` defaults. A
 * replaced reference reaches the shell as `${VAR}`, so the caller's value (and where it is
 * written) comes from the shell's environment.
 */
export function makefileRecipes(
  text: string,
  given: { overrides?: ReadonlySet<string>; environment?: ReadonlySet<string> } = {},
): Recipe[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  // `$(MAKE)` runs make itself (a sub-make: `$(MAKE) -C sub T V=x` is a task run).
  const vars = new Map<string, Variable>([['MAKE', { value: 'make' }]]);
  const sites: Recipe[] = [];
  let rule: Recipe['rule'] = { targets: [], prerequisites: [] };
  // First pass: variables, wherever they are defined (make expands recipes after reading the
  // whole file, so a variable defined below a rule is known to its recipe).
  let inDefine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('\t')) continue;
    if (/^\s*define\s/.test(line)) inDefine++;
    else if (/^\s*endef\b/.test(line)) inDefine = Math.max(0, inDefine - 1);
    if (inDefine > 0) continue;
    const logical = joinMakeLine(lines, i);
    i = logical.last;
    const m = ASSIGN.exec(logical.text.replace(/^\s+/, ''));
    if (!m || m[1]!.includes('$')) continue;
    const [, name, op, rawValue] = m;
    const value = stripMakeComment(rawValue ?? '').trim();
    const prev = vars.get(name!);
    if (op === '?=' && prev) continue;
    if (op === '+=' && prev) vars.set(name!, { value: `${prev.value} ${value}`, unknown: prev.unknown });
    else if (op === '!=') vars.set(name!, { value, unknown: true });
    else vars.set(name!, { value, ...(op === '?=' ? { weak: true } : {}) });
  }
  for (const k of given.overrides ?? []) vars.delete(k);
  for (const k of given.environment ?? []) if (vars.get(k)?.weak) vars.delete(k);

  // Second pass: recipes. A recipe line starts with a tab after a rule (or after another recipe
  // line, a comment or a blank line inside the rule); `target: prerequisites ; command` too.
  let inRule = false;
  inDefine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('\t') && inRule && inDefine === 0) {
      const pieces: { text: string; line: number }[] = [];
      let j = i;
      for (;;) {
        const raw = lines[j]!;
        pieces.push({ text: j === i ? raw.slice(1) : raw.replace(/^\t/, ''), line: j + 1 });
        if (!endsWithBackslash(raw) || j + 1 >= lines.length) break;
        j++;
      }
      i = j;
      pieces[0]!.text = pieces[0]!.text.replace(/^[\s@+-]*/, '');
      sites.push({ ...expandRecipe(pieces, vars), rule });
      continue;
    }
    if (/^\s*define\s/.test(line)) inDefine++;
    else if (/^\s*endef\b/.test(line)) inDefine = Math.max(0, inDefine - 1);
    if (inDefine > 0) continue;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const logical = joinMakeLine(lines, i);
    i = logical.last;
    const body = stripMakeComment(logical.text);
    if (
      ASSIGN.test(body.replace(/^\s+/, '')) ||
      /^\s*(-?include|sinclude|ifn?eq|ifn?def|else|endif|export|unexport|vpath)\b/.test(body)
    ) {
      // Conditionals and includes keep the current rule open (they may wrap recipe lines).
      if (!/^\s*(ifn?eq|ifn?def|else|endif)\b/.test(body)) inRule = false;
      continue;
    }
    const ruleLine = /^([^\t#=][^=]*?)(::?|&:)(?!=)(.*)$/.exec(body);
    inRule = ruleLine !== null;
    if (ruleLine) {
      // `target: prereqs ; command`: the text after the first `;` is a recipe line.
      const semi = logical.text.indexOf(';', ruleLine[1]!.length + ruleLine[2]!.length);
      const words = (t: string) => expandMake(t, vars, 0).split(/\s+/).filter(Boolean);
      rule = {
        targets: words(ruleLine[1]!),
        prerequisites: words(ruleLine[3]!.split(';')[0]!),
      };
      if (semi !== -1 && !ASSIGN.test(ruleLine[3]!.trim())) {
        const recipe = logical.text.slice(semi + 1).replace(/^[\s@+-]*/, '');
        sites.push({ ...expandRecipe([{ text: recipe, line: logical.first + 1 }], vars), rule });
      }
    }
  }
  return sites;
}

/**
 * The recipes `make TARGETS` runs, in the order it runs them: those of each target's
 * prerequisites defined in the file, then its own. No target (the default goal, which may be a
 * rule without a recipe), or a target no rule names explicitly (a pattern rule's): every recipe,
 * as nothing can be ruled out.
 */
export function recipesOf(recipes: readonly Recipe[], targets: readonly string[]): Recipe[] {
  const byTarget = new Map<string, Recipe[]>();
  for (const r of recipes) for (const t of r.rule.targets) byTarget.set(t, [...(byTarget.get(t) ?? []), r]);
  if (targets.length === 0 || targets.some((t) => !byTarget.has(t))) return [...recipes];
  const chosen = new Set<Recipe>();
  const visit = (t: string, depth: number): void => {
    if (depth > 32) return;
    const own = byTarget.get(t) ?? [];
    for (const p of own[0]?.rule.prerequisites ?? []) visit(p, depth + 1);
    for (const r of own) chosen.add(r);
  };
  for (const t of targets) visit(t, 0);
  return [...chosen];
}

/** A non-recipe line joined with its continuation lines (make replaces backslash-newline by a space). */
function joinMakeLine(lines: string[], i: number): { text: string; first: number; last: number } {
  let text = lines[i]!;
  let j = i;
  while (endsWithBackslash(lines[j]!) && j + 1 < lines.length) {
    text = text.replace(/\\$/, ' ') + lines[++j]!.replace(/^\s+/, '');
  }
  return { text, first: i, last: j };
}

function endsWithBackslash(line: string): boolean {
  const m = /\\+$/.exec(line);
  return m !== null && m[0].length % 2 === 1;
}

/** A `#` outside a variable reference starts a comment, unless escaped as `\#`. */
function stripMakeComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      depth++;
      i++;
    } else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === '#' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** A recipe line, make's references expanded, with each physical line located. */
function expandRecipe(pieces: { text: string; line: number }[], vars: Map<string, Variable>): CommandSite {
  return joinedSite(pieces.map((p) => ({ text: expandMake(p.text, vars, 0), line: p.line })));
}

/** Expands make references in `text` into what the shell receives. */
export function expandMake(text: string, vars: ReadonlyMap<string, Variable>, depth: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const n = text[i + 1];
    if (n === undefined) {
      out += '$';
      continue;
    }
    if (n === '$') {
      out += '$';
      i++;
      continue;
    }
    let ref: string;
    if (n === '(' || n === '{') {
      const close = n === '(' ? ')' : '}';
      let level = 1;
      let j = i + 2;
      for (; j < text.length && level > 0; j++) {
        if (text[j] === n) level++;
        else if (text[j] === close) level--;
      }
      if (level > 0) {
        out += text.slice(i);
        break;
      }
      ref = text.slice(i + 2, j - 1);
      i = j - 1;
    } else {
      ref = n;
      i++;
    }
    out += reference(ref, vars, depth);
  }
  return out;
}

function reference(ref: string, vars: ReadonlyMap<string, Variable>, depth: number): string {
  const fn = /^([a-z-]+)\s+([\s\S]*)$/.exec(ref);
  if (fn) {
    if (fn[1] === 'shell') return `$(${expandMake(fn[2]!, vars, depth + 1)})`;
    return '${MAKE_FUNCTION_RESULT}';
  }
  // `$(VAR:a=b)` substitution references: the variable's words with suffixes replaced.
  const sub = /^([^:]+):([^=]*)=(.*)$/.exec(ref);
  const name = sub ? sub[1]! : ref;
  const v = vars.get(name);
  if (!v || v.unknown || depth >= MAX_EXPANSION_DEPTH) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? '${' + name + '}' : '${MAKE_VARIABLE}';
  }
  let value = expandMake(v.value, vars, depth + 1);
  if (sub)
    value = value
      .split(/\s+/)
      .map((w) => (w.endsWith(sub[2]!) ? w.slice(0, w.length - sub[2]!.length) + sub[3]! : w))
      .join(' ');
  return value;
}

export const makefileDetector: Detector = {
  id: MAKEFILE_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isMakefilePath,
  detect: ({ path, text, readFile }) =>
    scanAndFollowCommandSites(
      { path, readFile },
      MAKEFILE_SOURCE,
      makefileRecipes(text),
      'recipe',
      dirOf(path),
    ),
};
