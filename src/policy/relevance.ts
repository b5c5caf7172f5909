// Which names a policy can ever match, before any version is looked at: the resolver looks up only
// those, and diff mode skips parsing an unchanged file whose text names none of them.
import type { Catalog } from '../catalog/types.js';
import type { Ecosystem } from '../model/component.js';
import { globMatches, normalizeName } from './names.js';
import { ECOSYSTEMS } from '../model/ecosystems.js';
import type { Policy } from './types.js';

/** What a merged policy can match by name. */
export interface NameFilter {
  /** Whether some rule could match a component of this ecosystem and name (versions aside). */
  mayMatch(ecosystem: Ecosystem, name: string): boolean;
  /**
   * Whether a file's text could name a component that some rule matches, in any of the
   * ecosystems given. False only when the text certainly names none: it holds no fragment of any
   * such name in any letter case, and nothing a parser could decode into one (a backslash escape
   * of JSON, YAML or TOML, or a %-escape of a character that a fragment holds or of a non-ASCII
   * byte; `%3A` in yarn's `patch:…@npm%3A…` and `%2F`/`%40` in scoped URLs cannot form a name).
   */
  textMayName(text: string, ecosystems: readonly Ecosystem[]): boolean;
  /**
   * Where in a text `textMayName` would look: pushes onto `out` the offset of every fragment of a
   * covered name (any letter case), every escape a parser could decode into one, and (for the
   * ecosystems that fold letter case) every non-ASCII character; so a part of the text holding
   * none of them names no covered component. False when the text cannot be narrowed (a rule
   * covers every name of one of these ecosystems); nothing is pushed then.
   */
  textMarks(text: string, ecosystems: readonly Ecosystem[], out: number[]): boolean;
}

/** Per ecosystem: every name is matched (`all`), or these exact names and globs (normalised). */
interface EcosystemNames {
  all: boolean;
  exact: Set<string>;
  globs: string[];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Fragments shorter than this are not worth searching for: every lockfile holds them. */
const MIN_FRAGMENT = 3;

/**
 * The longest literal fragment of a normalised name or glob that any name it matches contains,
 * in every spelling a lockfile may write it (so split at glob characters, at `/` and `@`, which a
 * URL may %-escape, and at `-`, `_` and `.`, which PEP 503 treats as one); null when no fragment
 * is long enough to narrow anything, or the name is not ASCII.
 */
export function nameFragment(pattern: string): string | null {
  // Letter case of non-ASCII letters does not round-trip (İ lowercases to two characters).
  if (NON_ASCII.test(pattern)) return null;
  let best = '';
  for (const f of pattern.toLowerCase().split(/[*?/@\-_.]+/)) if (f.length > best.length) best = f;
  return best.length >= MIN_FRAGMENT ? best : null;
}

/**
 * The `%XX` escapes a URL-decoding parser could turn into part of one of these fragments: the
 * escape of any character a fragment holds (either letter case), or of any non-ASCII byte (a
 * UTF-8 sequence may decode to a letter that lowercases into one, as the Kelvin sign does).
 */
function percentEscapesOf(fragments: readonly string[]): RegExp {
  const codes = new Set<string>();
  for (const f of fragments) {
    for (const ch of f + f.toUpperCase()) {
      codes.add(ch.charCodeAt(0).toString(16).padStart(2, '0'));
    }
  }
  return new RegExp(`%(?:[89a-f][0-9a-f]|${[...codes].sort().join('|')})`, 'i');
}

export function nameFilter(policy: Policy, catalog: Catalog): NameFilter {
  const byEcosystem = new Map<Ecosystem, EcosystemNames>();
  let allEcosystems = false;
  const entry = (e: Ecosystem): EcosystemNames => {
    let n = byEcosystem.get(e);
    if (!n) byEcosystem.set(e, (n = { all: false, exact: new Set(), globs: [] }));
    return n;
  };
  const addName = (e: Ecosystem, name: string): void => {
    const n = entry(e);
    const normal = normalizeName(e, name);
    if (normal.includes('*') || normal.includes('?')) n.globs.push(normal);
    else n.exact.add(normal);
  };
  for (const rule of policy.rules) {
    if (rule.tool !== undefined) {
      // An unknown tool matches nothing (evaluate skips it the same way).
      for (const carrier of catalog.tool(rule.tool)?.carriers ?? [])
        addName(carrier.ecosystem, carrier.package);
    } else if (rule.package === undefined) {
      if (rule.ecosystem === undefined) allEcosystems = true;
      else entry(rule.ecosystem).all = true;
    } else if (rule.ecosystem === undefined) {
      // The policy parser requires an ecosystem with a package; a rule built otherwise covers all.
      for (const e of ECOSYSTEMS) addName(e, rule.package);
    } else {
      addName(rule.ecosystem, rule.package);
    }
  }

  // Per ecosystem, the lowercase fragments to look for; null: the text cannot be narrowed.
  const fragments = new Map<Ecosystem, string[] | null>();
  for (const [e, n] of byEcosystem) {
    if (n.all) {
      fragments.set(e, null);
      continue;
    }
    const list: string[] = [];
    let unbounded = false;
    for (const p of [...n.exact, ...n.globs]) {
      const f = nameFragment(p);
      if (f === null) unbounded = true;
      else list.push(f);
    }
    fragments.set(e, unbounded ? null : list);
  }
  type Searcher = { names: RegExp; escapes: RegExp; namesGlobal: RegExp; escapesGlobal: RegExp };
  const searchers = new Map<string, Searcher | null>();
  const searcherFor = (ecosystems: readonly Ecosystem[]): Searcher | null | 'none' => {
    if (allEcosystems) return null;
    const key = ecosystems.length === 1 ? ecosystems[0]! : [...ecosystems].sort().join(',');
    if (searchers.has(key)) return searchers.get(key) ?? null;
    const all = new Set<string>();
    for (const e of ecosystems) {
      const f = fragments.get(e);
      if (f === null) {
        searchers.set(key, null);
        return null;
      }
      for (const x of f ?? []) all.add(x);
    }
    if (all.size === 0) return 'none';
    // A fragment that contains another is implied by it: keep the shorter one only.
    const kept = [...all].filter((f) => ![...all].some((g) => g !== f && f.includes(g)));
    const names = kept.map(escapeRegExp).join('|');
    const escapes = percentEscapesOf(kept);
    const searcher = {
      names: new RegExp(names, 'iu'),
      escapes,
      namesGlobal: new RegExp(names, 'giu'),
      escapesGlobal: new RegExp(escapes.source, 'gi'),
    };
    searchers.set(key, searcher);
    return searcher;
  };

  return {
    mayMatch(ecosystem, name) {
      if (allEcosystems) return true;
      const n = byEcosystem.get(ecosystem);
      if (!n) return false;
      if (n.all) return true;
      const normal = normalizeName(ecosystem, name);
      return n.exact.has(normal) || n.globs.some((g) => globMatches(g, normal));
    },
    textMayName(text, ecosystems) {
      const searcher = searcherFor(ecosystems);
      if (searcher === 'none') return false;
      if (searcher === null) return true;
      if (searcher.names.test(text) || hasEscapes(text, searcher.escapes)) return true;
      // The comparison of most ecosystems lowercases names, and toLowerCase turns a few
      // non-ASCII letters into ASCII ones (the Kelvin sign into `k`): such text is not ruled out.
      return ecosystems.some(foldsCase) && !isAscii(text);
    },
    textMarks(text, ecosystems, out) {
      const searcher = searcherFor(ecosystems);
      if (searcher === 'none') return true;
      if (searcher === null) return false;
      pushMatches(searcher.namesGlobal, text, out);
      for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) out.push(at);
      if (text.includes('%')) pushMatches(searcher.escapesGlobal, text, out);
      if (ecosystems.some(foldsCase) && !isAscii(text)) pushMatches(NON_ASCII_GLOBAL, text, out);
      return true;
    },
  };
}

const NON_ASCII_GLOBAL = /[^\x00-\x7f]/g;

/** Whether every character is ASCII: its UTF-8 length is then its length (counted natively). */
function isAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

function pushMatches(re: RegExp, text: string, out: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
}

/** Whether an ecosystem compares names case-insensitively (lowercases them). */
function foldsCase(e: Ecosystem): boolean {
  return normalizeName(e, 'A') === 'a';
}

/** Escapes a parser could decode into name characters that the raw text does not show. */
function hasEscapes(text: string, percentEscapes: RegExp): boolean {
  return text.includes('\\') || (text.includes('%') && percentEscapes.test(text));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
