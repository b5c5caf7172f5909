// PEP 440 specifier sets as intervals of the version order, so that a written specifier can be
// placed against a ban without knowing which versions exist. The exclusion rules of PEP 440 (`<V`
// leaves out V's pre-releases, `>V` V's post-releases, `==V` takes V's local versions) do not give
// intervals, so each clause gives two: `over` holds every version the clause allows (and maybe
// more), `under` only versions it allows (maybe fewer). "Every version of A is in B" is then
// proved as over(A) ⊆ under(B), "no version of A is in B" as over(A) ∩ over(B) = ∅; anything
// else is left undecided. An interval between two distinct bounds is taken as non-empty (PEP 440
// versions are dense enough that it almost always is): a wrong guess only leaves a case undecided.
import * as pep440 from '@renovatebot/pep440';
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier.js';

interface Bound {
  v: string;
  inclusive: boolean;
}
/** Versions between `lo` and `hi`; null is unbounded. */
interface Interval {
  lo: Bound | null;
  hi: Bound | null;
}
type Union = Interval[];

const ALL: Union = [{ lo: null, hi: null }];
const NONE: Union = [];

/** The fields of a parsed clause this module reads (`@renovatebot/pep440` declares fewer). */
interface Clause {
  operator: string;
  prefix?: string;
  version?: string;
  epoch?: number;
  release?: number[];
  pre?: unknown;
  dev?: unknown;
  post?: unknown;
  local?: string | null;
}

const cmp = (a: string, b: string): number => pep440.compare(a, b);

function releaseText(epoch: number, release: readonly number[]): string {
  return `${epoch > 0 ? `${epoch}!` : ''}${release.join('.')}`;
}

/** The lowest version whose release starts with `release` (`1.1` → `1.1.dev0`). */
function first(epoch: number, release: readonly number[]): string {
  return `${releaseText(epoch, release)}.dev0`;
}

/** The lowest version above every version whose release starts with `release` (`1.1` → `1.2.dev0`). */
function beyond(epoch: number, release: readonly number[]): string {
  const next = [...release];
  next[next.length - 1] = next[next.length - 1]! + 1;
  return first(epoch, next);
}

const from = (v: string, inclusive: boolean): Interval => ({ lo: { v, inclusive }, hi: null });
const upTo = (v: string, inclusive: boolean): Interval => ({ lo: null, hi: { v, inclusive } });
const between = (lo: string, hi: string): Interval => ({
  lo: { v: lo, inclusive: true },
  hi: { v: hi, inclusive: false },
});

/** Every version outside [lo, hi). */
function outside(lo: string, hi: string): Union {
  return [upTo(lo, false), from(hi, true)];
}

function bounds(c: Clause): { over: Union; under: Union } {
  const { operator, version, release, epoch = 0 } = c;
  if (version === undefined || release === undefined || release.length === 0)
    return { over: ALL, under: NONE };
  const wildcard = c.prefix === '.*';
  const isPre = c.pre != null || c.dev != null;
  const plain = !isPre && c.post == null && (c.local ?? null) === null;
  const exact = (u: Union) => ({ over: u, under: u });
  switch (operator) {
    case '>=':
      return exact([from(version, true)]);
    case '>':
      // `>V` leaves out V's post-releases and local versions: everything from the next release on is surely in.
      return { over: [from(version, false)], under: [from(beyond(epoch, release), true)] };
    case '<':
      // `<V` leaves out V's pre-releases unless V is one.
      return { over: [upTo(version, false)], under: [upTo(isPre ? version : first(epoch, release), false)] };
    case '<=':
      // `<=V` takes V's local versions, which sort above V.
      return { over: [upTo(beyond(epoch, release), false)], under: [upTo(version, true)] };
    case '==':
      if (wildcard)
        return plain
          ? exact([between(first(epoch, release), beyond(epoch, release))])
          : { over: ALL, under: NONE };
      if ((c.local ?? null) !== null)
        return exact([{ lo: { v: version, inclusive: true }, hi: { v: version, inclusive: true } }]);
      return {
        over: [between(version, beyond(epoch, release))],
        under: [{ lo: { v: version, inclusive: true }, hi: { v: version, inclusive: true } }],
      };
    case '!=':
      if (wildcard)
        return { over: ALL, under: plain ? outside(first(epoch, release), beyond(epoch, release)) : NONE };
      if ((c.local ?? null) !== null)
        return { over: ALL, under: [upTo(version, false), from(version, false)] };
      return { over: ALL, under: outside(version, beyond(epoch, release)) };
    case '~=': {
      if (release.length < 2) return { over: ALL, under: NONE };
      return exact([between(version, beyond(epoch, release.slice(0, -1)))]);
    }
    default:
      // `===` compares strings: nothing can be said about the versions it allows.
      return { over: ALL, under: NONE };
  }
}

function lower(a: Bound | null, b: Bound | null): Bound | null {
  // The larger of two lower bounds.
  if (a === null) return b;
  if (b === null) return a;
  const d = cmp(a.v, b.v);
  return d > 0 ? a : d < 0 ? b : { v: a.v, inclusive: a.inclusive && b.inclusive };
}

function upper(a: Bound | null, b: Bound | null): Bound | null {
  // The smaller of two upper bounds.
  if (a === null) return b;
  if (b === null) return a;
  const d = cmp(a.v, b.v);
  return d < 0 ? a : d > 0 ? b : { v: a.v, inclusive: a.inclusive && b.inclusive };
}

function isEmpty(i: Interval): boolean {
  if (i.lo === null || i.hi === null) return false;
  const d = cmp(i.lo.v, i.hi.v);
  return d > 0 || (d === 0 && !(i.lo.inclusive && i.hi.inclusive));
}

function intersect(a: Union, b: Union): Union {
  const out: Union = [];
  for (const x of a)
    for (const y of b) {
      const i = { lo: lower(x.lo, y.lo), hi: upper(x.hi, y.hi) };
      if (!isEmpty(i)) out.push(i);
    }
  return out;
}

/** Sorted, with overlapping and touching intervals joined. */
function merged(u: Union): Union {
  const sorted = [...u].sort((a, b) => (a.lo === null ? -1 : b.lo === null ? 1 : cmp(a.lo.v, b.lo.v)));
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last) {
      const touches =
        last.hi === null ||
        i.lo === null ||
        cmp(i.lo.v, last.hi.v) < 0 ||
        (cmp(i.lo.v, last.hi.v) === 0 && (i.lo.inclusive || last.hi.inclusive));
      if (touches) {
        const hi =
          last.hi === null || i.hi === null
            ? null
            : cmp(i.hi.v, last.hi.v) > 0
              ? i.hi
              : cmp(i.hi.v, last.hi.v) < 0
                ? last.hi
                : { v: i.hi.v, inclusive: i.hi.inclusive || last.hi.inclusive };
        out[out.length - 1] = { lo: last.lo, hi };
        continue;
      }
    }
    out.push(i);
  }
  return out;
}

function within(a: Interval, b: Interval): boolean {
  const loOk =
    b.lo === null ||
    (a.lo !== null &&
      (cmp(a.lo.v, b.lo.v) > 0 || (cmp(a.lo.v, b.lo.v) === 0 && (b.lo.inclusive || !a.lo.inclusive))));
  const hiOk =
    b.hi === null ||
    (a.hi !== null &&
      (cmp(a.hi.v, b.hi.v) < 0 || (cmp(a.hi.v, b.hi.v) === 0 && (b.hi.inclusive || !a.hi.inclusive))));
  return loOk && hiOk;
}

function setOf(specifier: string): { over: Union; under: Union } | null {
  let clauses: Clause[] | null;
  try {
    clauses = pep440.validRange(specifier) ? (parseSpecifier(specifier) as Clause[] | null) : null;
  } catch {
    clauses = null;
  }
  if (!clauses || clauses.length === 0) return null;
  let over = ALL;
  let under = ALL;
  for (const c of clauses) {
    const b = bounds(c);
    over = intersect(over, b.over);
    under = intersect(under, b.under);
  }
  return { over, under };
}

/**
 * Where the versions a PEP 440 specifier set allows stand against a banned one: `in` when every
 * one is banned, `out` when none is, `maybe` otherwise; null when either is not a specifier set.
 */
export function pep440RangeAgainst(specifier: string, ban: string): 'in' | 'out' | 'maybe' | null {
  const a = setOf(specifier);
  const b = pep440.valid(ban.trim()) ? setOf(`==${ban.trim()}`) : setOf(ban);
  if (a === null || b === null) return null;
  if (intersect(a.over, b.over).length === 0) return 'out';
  const banned = merged(b.under);
  if (a.over.every((i) => banned.some((u) => within(i, u)))) return 'in';
  return 'maybe';
}
