// Python packaging helpers shared by the PyPI detectors: PEP 503 names, PEP 508 requirement
// strings, exact pins, and names and versions recorded in wheel and sdist file names.

/** PEP 503 normalised project name: lowercase, runs of `-`, `_` and `.` become one `-`. */
export function normalizePyName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 508 requirement, split into its parts as written. */
export interface Pep508 {
  /** The name as written (not normalised). */
  name: string;
  extras: string[];
  /** The version specifier as written, without surrounding parentheses (`>=1.0,<2`), or ''. */
  specifier: string;
  /** The direct reference of `name @ url`, when given. */
  url?: string;
  marker?: string;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const SPEC_CLAUSE = /^(===|==|~=|!=|<=|>=|<|>)\s*(\S(?:.*\S)?)$/;
/** PEP 440 version characters (public and local), plus `*` for `==1.2.*` prefix matches. */
const VERSION_CHARS = /^[A-Za-z0-9._+!*-]+$/;

/**
 * Parses a PEP 508 requirement string (`name[extra] >=1.0 ; marker`, `name @ url ; marker`).
 * Returns null when the text is not a requirement. Linear in the text length.
 */
export function parsePep508(text: string): Pep508 | null {
  const s = text.trim();
  const m = NAME.exec(s);
  if (!m) return null;
  const name = m[0];
  let i = name.length;
  i = skipSpaces(s, i);
  let extras: string[] = [];
  if (s[i] === '[') {
    const close = s.indexOf(']', i);
    if (close < 0) return null;
    const inner = s.slice(i + 1, close).trim();
    extras = inner === '' ? [] : inner.split(',').map((e) => e.trim());
    if (extras.some((e) => !NAME.test(e) || NAME.exec(e)![0] !== e)) return null;
    i = skipSpaces(s, close + 1);
  }
  if (s[i] === '@') {
    const rest = s.slice(i + 1).trim();
    // PEP 508: the URL ends at whitespace; a marker follows `;` after whitespace.
    const sp = rest.search(/\s/);
    const url = sp < 0 ? rest : rest.slice(0, sp);
    const after = sp < 0 ? '' : rest.slice(sp).trim();
    if (url === '') return null;
    if (after !== '' && !after.startsWith(';')) return null;
    const marker = after.startsWith(';') ? after.slice(1).trim() : undefined;
    return { name, extras, specifier: '', url, ...(marker ? { marker } : {}) };
  }
  const semi = s.indexOf(';', i);
  let spec = (semi < 0 ? s.slice(i) : s.slice(i, semi)).trim();
  const marker = semi < 0 ? undefined : s.slice(semi + 1).trim();
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim();
  if (spec !== '' && parseSpecifier(spec) === null) return null;
  return { name, extras, specifier: spec, ...(marker ? { marker } : {}) };
}

export interface SpecClause {
  op: string;
  version: string;
}

/**
 * Splits a PEP 440 specifier set (`>=1.0, !=1.3.*`) into clauses. Returns null when a clause is
 * malformed. A `${VAR}` reference (pip expands those from the environment) is accepted as a
 * version so that it can be reported as written.
 */
export function parseSpecifier(spec: string): SpecClause[] | null {
  const clauses: SpecClause[] = [];
  for (const raw of spec.split(',')) {
    const m = SPEC_CLAUSE.exec(raw.trim());
    if (!m) return null;
    const op = m[1]!;
    const version = m[2]!;
    if (op !== '===' && !VERSION_CHARS.test(version) && !/^\$\{[A-Za-z0-9_]+\}/.test(version)) return null;
    clauses.push({ op, version });
  }
  return clauses;
}

/**
 * The exact version a specifier pins (`==1.2.3`, `=== 1.2.3`, or `>=1, ==1.2.3`), or null when it
 * allows more than one version (ranges, `==1.2.*`, environment variables, conflicting pins).
 */
export function exactVersion(spec: string): string | null {
  const clauses = parseSpecifier(spec);
  if (!clauses) return null;
  let pinned: string | null = null;
  for (const c of clauses) {
    if ((c.op !== '==' && c.op !== '===') || c.version.includes('*') || c.version.includes('${')) continue;
    if (pinned !== null && pinned !== c.version) return null;
    pinned = c.version;
  }
  return pinned;
}

/** Name and version from a wheel or sdist file name (`claude_agent_sdk-0.1.5-py3-none-any.whl`). */
export function distributionFromFilename(filename: string): { name: string; version: string } | null {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  if (base.endsWith('.whl')) {
    // {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl
    const parts = base.slice(0, -4).split('-');
    if (parts.length < 5 || parts.length > 6) return null;
    if (!NAME.test(parts[0]!) || !/^[0-9]/.test(parts[1]!)) return null;
    return { name: parts[0]!, version: parts[1]! };
  }
  const ext = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|tbz|txz|tar|zip)$/i.exec(base);
  if (!ext) return null;
  const stem = base.slice(0, ext.index);
  // {name}-{version}: the version is the last `-` part that starts with a digit.
  const dash = stem.lastIndexOf('-');
  if (dash <= 0) return null;
  const name = stem.slice(0, dash);
  const version = stem.slice(dash + 1);
  if (!NAME.test(name) || NAME.exec(name)![0] !== name || !/^[0-9][A-Za-z0-9.+!_]*$/.test(version))
    return null;
  return { name, version };
}

/** The `#egg=name` fragment of a pip URL or path, without extras. */
export function eggName(ref: string): string | null {
  const m = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(ref);
  return m ? m[1]!.replace(/[-_.]+$/, '') : null;
}

/** Where a direct reference (URL or path) points, as a component source kind. */
export function directReferenceKind(ref: string): 'git' | 'other' | 'url' | 'file' {
  const lower = ref.toLowerCase();
  if (lower.startsWith('git+') || lower.startsWith('git://')) return 'git';
  if (/^(?:hg|svn|bzr)\+/.test(lower)) return 'other';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower) && !lower.startsWith('file:')) return 'url';
  return 'file';
}

/** Shortens text for an error message. */
export function excerpt(text: string, max = 80): string {
  const t = text.trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return i;
}

/** The `hash` values of a list of `{file, hash}` / `{url, hash}` tables, space-separated. */
export function joinHashes(files: unknown): string | undefined {
  if (!Array.isArray(files)) return undefined;
  const out: string[] = [];
  for (const f of files) {
    if (typeof f === 'object' && f !== null && typeof (f as { hash?: unknown }).hash === 'string') {
      out.push((f as { hash: string }).hash);
    }
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
