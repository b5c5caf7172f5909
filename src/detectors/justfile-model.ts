// The parts of a justfile that decide what its recipes run: assignments (`NAME := expr`,
// `export NAME := expr`), the settings `export` and `positional-arguments`, aliases, and recipes
// with their parameters (`name`, `name='default'`, `$name` exported, `+name`/`*name` variadic),
// dependencies (`a (b "x")` before the body, `&& c` after it) and body lines.
import type { VarValue } from './shell/expand.js';
import { joinValues, knownValue, stringLiteral, unknownValue } from './parsers/task-templates.js';

export interface JustParam {
  name: string;
  /** The default's expression, as written. */
  default?: string;
  variadic: '' | '+' | '*';
  exported: boolean;
}

export interface JustDependency {
  name: string;
  /** Argument expressions, as written. */
  args: string[];
}

export interface JustRecipe {
  name: string;
  line: number;
  params: JustParam[];
  before: JustDependency[];
  after: JustDependency[];
  /** Body commands, each its physical lines (a backslash-newline continues a command). */
  body: { text: string; line: number }[][];
}

export interface Justfile {
  assignments: Map<string, { expr: string; exported: boolean }>;
  aliases: Map<string, string>;
  recipes: Map<string, JustRecipe>;
  /** The recipe `just` runs with no name: the one marked `[default]`, else the first. */
  defaultRecipe?: string;
  exportAll: boolean;
  positionalArguments: boolean;
  /** `set dotenv-load`, `dotenv-filename`, `dotenv-path`: a `.env` file's variables are loaded. */
  dotenv?: { filename?: string; path?: string };
}

const NAME = '[A-Za-z_][\\w-]*';
const ASSIGNMENT = new RegExp(`^(export\\s+)?(${NAME})\\s*:=\\s*(.*)$`);
const ALIAS = new RegExp(`^alias\\s+(${NAME})\\s*:=\\s*(${NAME})\\s*$`);
const SETTING = new RegExp(`^set\\s+(${NAME})(?:\\s*:=\\s*(.*))?$`);
const HEADER = new RegExp(`^@?(${NAME})(.*)$`);

export function parseJustfile(text: string): Justfile {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const file: Justfile = {
    assignments: new Map(),
    aliases: new Map(),
    recipes: new Map(),
    exportAll: false,
    positionalArguments: false,
  };
  let markedDefault = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s/.test(line) || line.trim() === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      if (/\bdefault\b/.test(line)) markedDefault = true;
      continue;
    }
    const setting = SETTING.exec(line);
    if (setting) {
      const on = setting[2] === undefined || /^true\b/.test(setting[2].trim());
      if (setting[1] === 'export') file.exportAll = on;
      if (setting[1] === 'positional-arguments') file.positionalArguments = on;
      if (setting[1] === 'dotenv-load' && on) file.dotenv ??= {};
      const named = setting[2] === undefined ? undefined : stringLiteral(setting[2].trim());
      if (setting[1] === 'dotenv-filename' && named !== undefined)
        file.dotenv = { ...file.dotenv, filename: named };
      if (setting[1] === 'dotenv-path' && named !== undefined) file.dotenv = { ...file.dotenv, path: named };
      continue;
    }
    const alias = ALIAS.exec(line);
    if (alias) {
      file.aliases.set(alias[1]!, alias[2]!);
      continue;
    }
    const assignment = ASSIGNMENT.exec(line);
    if (assignment) {
      file.assignments.set(assignment[2]!, { expr: assignment[3]!, exported: !!assignment[1] });
      continue;
    }
    const header = HEADER.exec(line);
    const parts = header ? splitHeader(header[2]!) : null;
    if (!header || !parts) continue;
    const recipe: JustRecipe = { name: header[1]!, line: i + 1, ...parts, body: [] };
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || /^[ \t]/.test(lines[j]!))) {
      if (lines[j]!.trim() === '') {
        j++;
        continue;
      }
      const pieces = [{ text: lines[j]!.trim().replace(/^[@-]+/, ''), line: j + 1 }];
      while (/(^|[^\\])(\\\\)*\\$/.test(lines[j]!) && j + 1 < lines.length) {
        j++;
        pieces.push({ text: lines[j]!.trimStart(), line: j + 1 });
      }
      recipe.body.push(pieces);
      j++;
    }
    i = j - 1;
    file.recipes.set(recipe.name, recipe);
    if (file.defaultRecipe === undefined || markedDefault) file.defaultRecipe = recipe.name;
    markedDefault = false;
  }
  return file;
}

/** `PARAMS: DEPS && DEPS` of a recipe header, or null when the line is no recipe header. */
function splitHeader(rest: string): Pick<JustRecipe, 'params' | 'before' | 'after'> | null {
  const tokens = headerTokens(rest);
  const colon = tokens.indexOf(':');
  if (colon === -1 || tokens[colon + 1] === '=') return null;
  const params: JustParam[] = [];
  for (let k = 0; k < colon; k++) {
    const m = new RegExp(`^([+*]?)(\\$?)(${NAME})$`).exec(tokens[k]!);
    if (!m) return null;
    const param: JustParam = { name: m[3]!, variadic: m[1] as JustParam['variadic'], exported: !!m[2] };
    if (tokens[k + 1] === '=') {
      param.default = tokens[k + 2];
      k += 2;
    }
    params.push(param);
  }
  const before: JustDependency[] = [];
  const after: JustDependency[] = [];
  let into = before;
  for (const t of tokens.slice(colon + 1)) {
    if (t === '&&') into = after;
    else if (t.startsWith('#')) break;
    else if (t.startsWith('(')) {
      const inner = headerTokens(t.slice(1, -1));
      if (inner[0]) into.push({ name: inner[0], args: expressions(inner.slice(1)) });
    } else if (new RegExp(`^${NAME}$`).test(t)) into.push({ name: t, args: [] });
  }
  return { params, before, after };
}

/** Header tokens as expressions: `x + 'a'` and `'a' / b` are one argument each. */
function expressions(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (/[+/]$/.test(prev) || /^[+/]/.test(t))) out[out.length - 1] = `${prev} ${t}`;
    else out.push(t);
  }
  return out;
}

/** Words, string literals, parenthesised groups, `=`, `:`, `&&` and comments of a header. */
function headerTokens(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '#') {
      tokens.push(text.slice(i));
      break;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += c === '"' && text[j] === '\\' ? 2 : 1;
      tokens.push(text.slice(i, j + 1));
      i = j + 1;
    } else if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '(') depth++;
        if (text[j] === ')' && --depth === 0) break;
      }
      tokens.push(text.slice(i, j + 1));
      i = j + 1;
    } else if (text.startsWith('&&', i)) {
      tokens.push('&&');
      i += 2;
    } else if (c === ':' || c === '=') {
      tokens.push(c);
      i++;
    } else {
      const m = /^[^\s:=()'"#]+/.exec(text.slice(i))!;
      tokens.push(m[0]);
      i += m[0].length;
    }
  }
  return tokens;
}

/**
 * A just expression's value: string literals, variables and `env()` lookups joined with `+`
 * (`/` joins with a slash). What just computes otherwise (backticks, `if`, other functions) is
 * an unknown value.
 */
export function evaluateJust(
  expr: string,
  lookup: (name: string) => VarValue | undefined,
  env: (name: string) => VarValue | undefined,
): VarValue {
  const source = expr.replace(/\s+#.*$/, '').trim();
  const terms = splitTerms(source);
  if (terms === null) return unknownValue(`{{${source}}}`);
  const values: VarValue[] = [];
  for (const { term, join } of terms) {
    if (join) values.push(knownValue('/'));
    const value = termValue(term, lookup, env);
    if (value === undefined) return unknownValue(`{{${source}}}`);
    values.push(value);
  }
  return joinValues(values);
}

function termValue(
  term: string,
  lookup: (name: string) => VarValue | undefined,
  env: (name: string) => VarValue | undefined,
): VarValue | undefined {
  const literal = stringLiteral(term);
  if (literal !== undefined) return knownValue(literal);
  if (new RegExp(`^${NAME}$`).test(term)) return lookup(term);
  const call = /^(env|env_var|env_var_or_default)\s*\(\s*(.*?)\s*\)$/.exec(term);
  if (!call) return undefined;
  const args = call[2]!.split(/\s*,\s*/).map((a) => stringLiteral(a));
  if (args.some((a) => a === undefined) || args.length === 0 || args.length > 2) return undefined;
  const given = env(args[0]!);
  if (given !== undefined) return given;
  return args[1] !== undefined ? knownValue(args[1]) : undefined;
}

/** Terms joined by `+` or `/` outside quotes and parentheses; null for other operators. */
function splitTerms(expr: string): { term: string; join: boolean }[] | null {
  const terms: { term: string; join: boolean }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  let join = false;
  for (let i = 0; i <= expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === '+' || c === '/' || c === undefined)) {
      const term = expr.slice(start, i).trim();
      if (term === '') return null;
      terms.push({ term, join });
      join = c === '/';
      start = i + 1;
    } else if (depth === 0 && (c === '=' || c === '!' || c === '&' || c === '|')) return null;
  }
  return terms;
}
