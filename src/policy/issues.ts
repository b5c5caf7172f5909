// The problems of a policy file, located: schema issues turned into messages with suggestions, and
// the semantic checks that need several fields.
import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'zod';
import { ECOSYSTEMS } from '../model/ecosystems.js';
import { catalog } from '../catalog/index.js';
import type { Ecosystem } from '../model/component.js';
import type { Origin } from './types.js';
import { RULE_ID, TOOL_IDS } from './schema.js';
import { syntaxOf, validateRange, type RangeSyntax } from '../model/versions.js';
import { formatIssue, type PolicyIssue } from './error.js';

export function formatOrigin(o: Origin | undefined): string {
  if (!o) return 'an unknown place';
  return o.line > 0 ? `${o.file}:${o.line}:${o.column}` : o.file;
}

export type Path = readonly (string | number)[];

/** Where the nodes of a document are, by path. */
export class Locator {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private origin(offset: number): Origin {
    const p = this.lines.linePos(offset);
    return { file: this.file, line: p.line, column: p.col };
  }

  /** The value node at a path, or the nearest existing ancestor. */
  at(path: Path): Origin {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && node.range) return this.origin(node.range[0]);
      if (n === 0 && this.doc.contents?.range) return this.origin(this.doc.contents.range[0]);
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /** The key of `key` in the mapping at `path`. */
  key(path: Path, key: string): Origin {
    const map = path.length === 0 ? this.doc.contents : (this.doc.getIn(path, true) as Node | undefined);
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
          return this.origin(pair.key.range[0]);
        }
      }
    }
    return this.at(path);
  }

  has(path: Path): boolean {
    return this.doc.hasIn(path);
  }
}

export function pathText(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}

export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a mapping';
}

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** The closest candidate by edit distance, when it is close enough to be a typo. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best && bestD <= Math.max(1, Math.floor(word.length / 3))) return ` (did you mean "${best}"?)`;
  // A shortened name (`claude` for `claude-code`): the one candidate it starts.
  const w = word.toLowerCase();
  const starts = w.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(w)) : [];
  if (starts.length === 1) return ` (did you mean "${starts[0]}"?)`;
  if (starts.length > 1) return ` (did you mean one of ${starts.map((c) => `"${c}"`).join(', ')}?)`;
  return '';
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

const KEYS: Record<string, readonly string[]> = {
  policy: ['$schema', 'version', 'extends', 'settings', 'rules', 'exceptions'],
  settings: ['unknownVersion', 'advisories', 'advisoriesReason'],
  rule: ['id', 'tool', 'ecosystem', 'package', 'versions', 'action', 'reason', 'link', 'locked'],
  exception: ['rule', 'package', 'versions', 'paths', 'reason', 'expires'],
};

function keysFor(path: Path): readonly string[] {
  if (path.length === 0) return KEYS.policy!;
  if (path[0] === 'settings') return KEYS.settings!;
  if (path[0] === 'rules') return KEYS.rule!;
  if (path[0] === 'exceptions') return KEYS.exception!;
  return [];
}

/** Turns a zod issue into located, human messages. */
export function issueMessages(issue: z.core.$ZodIssue, data: unknown, loc: Locator): PolicyIssue[] {
  const path = issue.path as Path;
  const where = pathText(path);
  const value = valueAt(data, path);
  const at = (o: Origin, message: string): PolicyIssue => ({ ...o, message });
  const present = value !== undefined && loc.has(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) =>
        at(loc.key(path, k), `${pathText([...path, k])}: unknown key${didYouMean(k, keysFor(path))}`),
      );
    case 'invalid_type': {
      if (!present) return [at(loc.at(path), `${where}: is required`)];
      const expected = issue.expected;
      let what: string;
      if (expected === 'array') what = `must be a list, not ${describe(value)}`;
      else if (expected === 'object') what = `must be a mapping, not ${describe(value)}`;
      else if (expected === 'boolean') what = `must be true or false, not ${describe(value)}`;
      else if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
        what = `must be a string (quote it: "${String(value)}")`;
      else what = `must be ${expected === 'string' ? 'a string' : expected}, not ${describe(value)}`;
      return [at(loc.at(path), `${where}: ${what}`)];
    }
    case 'invalid_value': {
      if (!present) return [at(loc.at(path), `${where}: is required`)];
      const last = path[path.length - 1];
      if (last === 'version' && path.length === 1)
        return [at(loc.at(path), `version: must be 1, not ${describe(value)}`)];
      if (last === 'tool')
        return [
          at(
            loc.at(path),
            `${where}: unknown tool ${describe(value)}${didYouMean(String(value), TOOL_IDS)}; \`ai-tooling-gate catalog\` lists the tools`,
          ),
        ];
      const values = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, values) : '';
      return [
        at(loc.at(path), `${where}: must be one of ${values.join(', ')}, not ${describe(value)}${hint}`),
      ];
    }
    case 'too_small':
      return [at(loc.at(path), `${where}: must not be empty`)];
    case 'invalid_format': {
      const last = path[path.length - 1];
      if (last === 'id')
        return [
          at(
            loc.at(path),
            `${where}: ${describe(value)} is not a valid rule id (letters, digits and . _ : / -, starting with a letter or digit)`,
          ),
        ];
      if (last === 'expires')
        return [at(loc.at(path), `${where}: ${describe(value)} is not a date (YYYY-MM-DD)`)];
      return [at(loc.at(path), `${where}: ${describe(value)} has the wrong format`)];
    }
    default:
      return [at(loc.at(path), `${where}: ${issue.message}`)];
  }
}

/** Whether YYYY-MM-DD names a real day. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

export function dedupeIssues(issues: PolicyIssue[]): PolicyIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = formatIssue(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function sortIssues(issues: PolicyIssue[]): PolicyIssue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The syntax a rule's `versions` is written in: the tool's version line, or the ecosystem's. */
export function rangeSyntaxOfRule(r: { tool?: unknown; ecosystem?: unknown }): RangeSyntax | null {
  if (typeof r.tool === 'string') {
    const tool = catalog.tool(r.tool);
    return tool ? tool.versionScheme : null;
  }
  if (typeof r.ecosystem === 'string' && (ECOSYSTEMS as readonly string[]).includes(r.ecosystem)) {
    return syntaxOf(r.ecosystem as Ecosystem);
  }
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks across the fields of one rule or exception, and within one file (duplicate ids). */
export function semanticIssues(data: Record<string, unknown>, loc: Locator): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const at = (o: Origin, message: string): void => void issues.push({ ...o, message });
  const settings = isRecord(data.settings) ? data.settings : {};
  if (
    settings.advisories === 'off' &&
    (typeof settings.advisoriesReason !== 'string' || settings.advisoriesReason.trim() === '')
  ) {
    at(
      loc.key(['settings'], 'advisories'),
      'settings.advisories: off needs settings.advisoriesReason: say why this policy does not enforce the built-in advisories',
    );
  }
  if (settings.advisoriesReason !== undefined && settings.advisories !== 'off') {
    at(loc.key(['settings'], 'advisoriesReason'), 'settings.advisoriesReason: goes with advisories: off');
  }
  const rules = Array.isArray(data.rules) ? data.rules : [];
  const firstId = new Map<string, Origin>();
  rules.forEach((r, i) => {
    if (!isRecord(r)) return;
    const p = ['rules', i] as const;
    const where = pathText(p);
    const hasTool = r.tool !== undefined;
    const hasEco = r.ecosystem !== undefined;
    const hasPkg = r.package !== undefined;
    if (hasTool && (hasEco || hasPkg)) {
      at(
        loc.key(p, hasEco ? 'ecosystem' : 'package'),
        `${where}: a rule names either a tool or an ecosystem and a package, not both`,
      );
    } else if (!hasTool && !hasEco && !hasPkg) {
      at(loc.at(p), `${where}: a rule needs a tool, or an ecosystem and a package`);
    } else if (!hasTool && hasEco && !hasPkg) {
      at(loc.key(p, 'ecosystem'), `${where}.package: is required with ecosystem (use "*" for every package)`);
    } else if (!hasTool && !hasEco && hasPkg) {
      at(
        loc.key(p, 'package'),
        `${where}.ecosystem: is required with package (one of ${ECOSYSTEMS.join(', ')})`,
      );
    }
    if (typeof r.versions === 'string' && r.versions.trim() !== '') {
      const syntax = rangeSyntaxOfRule(r);
      if (syntax) {
        const check = validateRange(syntax, r.versions);
        if (!check.ok) at(loc.at([...p, 'versions']), `${where}.versions: ${check.message}`);
      }
    }
    if (typeof r.id === 'string' && RULE_ID.test(r.id)) {
      const first = firstId.get(r.id);
      const here = loc.at([...p, 'id']);
      if (first) at(here, `${where}.id: duplicate rule id "${r.id}" (first at ${formatOrigin(first)})`);
      else firstId.set(r.id, here);
    }
  });
  const exceptions = Array.isArray(data.exceptions) ? data.exceptions : [];
  exceptions.forEach((e, i) => {
    if (!isRecord(e)) return;
    const p = ['exceptions', i] as const;
    if (typeof e.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.expires) && !isRealDate(e.expires)) {
      at(
        loc.at([...p, 'expires']),
        `${pathText([...p, 'expires'])}: ${JSON.stringify(e.expires)} is not a real day`,
      );
    }
    if (Array.isArray(e.paths)) {
      e.paths.forEach((g, j) => {
        if (typeof g !== 'string') return;
        const w = pathText([...p, 'paths', j]);
        if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g))
          at(
            loc.at([...p, 'paths', j]),
            `${w}: ${JSON.stringify(g)} must be relative to the repository root`,
          );
        else if (g.split('/').includes('..'))
          at(loc.at([...p, 'paths', j]), `${w}: ${JSON.stringify(g)} must not leave the repository (..)`);
        else if (g.includes('\\'))
          at(loc.at([...p, 'paths', j]), `${w}: ${JSON.stringify(g)} must use / separators`);
      });
    }
  });
  return issues;
}
