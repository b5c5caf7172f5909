// What to do about a finding of a versioned ban: the first clean version in the carrier's own
// version line, computed from the rule's range and the catalog's tables (never written by hand),
// and one sentence that says it.
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import type { Ecosystem } from '../model/component.js';
import { syntaxOf, versionSatisfies, type RangeSyntax } from '../model/versions.js';
import { versionTables } from './mappings.js';
import type { Carrier, Tool, ToolVersionMapping } from './types.js';

export interface Remediation {
  /** The first version of the carrier outside the banned range. */
  version: string;
  /** What to do, in one sentence. */
  text: string;
}

export interface RemediationInput {
  /** The rule's range (in the tool's line for tool rules); no range, no clean version. */
  range: string | undefined;
  reason?: string;
  component: { ecosystem: Ecosystem; name: string; version: string | null };
  tool?: Tool;
  carrier?: Carrier;
  /** The tool version the carrier maps to (`>=X` for a moving reference), null when unknown. */
  toolVersion?: string | null;
}

/**
 * The versions just above the range's upper bounds, ascending: the candidates for the first
 * version outside it (`<2.1.198` → 2.1.198; `<=1.2.3` → 1.2.4). A range with no upper bound has none.
 */
export function upperBounds(syntax: RangeSyntax, range: string): string[] {
  const out = new Set<string>();
  if (syntax === 'pep440') {
    for (const part of range.split(/,|\|\|/)) {
      const m = /^\s*(<=|<|==)\s*([^\s,]+)\s*$/.exec(part);
      if (!m || !pep440.valid(m[2]!)) continue;
      const next = m[1] === '<' ? m[2]! : pep440.inc(m[2]!, 'patch');
      if (next) out.add(next);
    }
    return [...out].sort(pep440.compare);
  }
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range, { loose: true });
  } catch {
    return [];
  }
  for (const set of parsed.set)
    for (const c of set) {
      const v = c.semver.version;
      if (c.value === '') continue; // `*`: no bound
      // `<2` reads as `<2.0.0-0`: the first version outside it is 2.0.0.
      if (c.operator === '<') out.add(v.endsWith('-0') ? v.slice(0, -2) : v);
      else if (c.operator === '<=' || c.operator === '') {
        const next = semver.inc(v, 'patch');
        if (next) out.add(next);
      }
    }
  return [...out].sort(semver.compare);
}

function mapped(carrier: Carrier, version: string): ToolVersionMapping {
  try {
    return carrier.toolVersion(version);
  } catch {
    return { kind: 'unknown', why: '' };
  }
}

function greater(syntax: RangeSyntax, a: string, b: string): boolean {
  if (syntax === 'pep440') return pep440.valid(a) !== null && pep440.valid(b) !== null && pep440.gt(a, b);
  const x = semver.valid(a.replace(/^v/, ''), { loose: true });
  const y = semver.valid(b.replace(/^v/, ''), { loose: true });
  return x !== null && y !== null && semver.gt(x, y);
}

/** The first clean carrier version, with the tool version it carries. */
function firstClean(input: RemediationInput): { version: string; toolVersion?: string } | null {
  const { range, tool, carrier, component } = input;
  if (range === undefined) return null;
  if (!tool || !carrier) {
    const syntax = syntaxOf(component.ecosystem);
    if (syntax === 'ref') return null;
    const next = upperBounds(syntax, range).find(
      (c) =>
        !versionSatisfies(syntax, c, range) &&
        (component.version === null || greater(syntax, c, component.version)),
    );
    return next === undefined ? null : { version: next };
  }
  const scheme = tool.versionScheme;
  const banned = (tv: string) => versionSatisfies(scheme, tv, range);
  const table = versionTables.get(carrier.toolVersion);
  if (table) {
    // After the version found; when it cannot be placed, after the last banned version known.
    let start = component.version === null ? null : table.positionOf(component.version);
    if (start === null) {
      start = -1;
      table.versions.forEach((v, i) => {
        const m = mapped(carrier, v);
        if (m.kind === 'exact' && m.versions.some(banned)) start = i;
      });
    }
    for (const v of table.versions.slice(start + 1)) {
      const m = mapped(carrier, v);
      if (m.kind === 'exact' && !m.versions.some(banned))
        return { version: v, toolVersion: m.versions.at(-1)! };
    }
    return null;
  }
  // The carrier is published in the tool's own line: the first version above the range, if the
  // carrier maps it to itself (an extension with a line of its own does not).
  const current = input.toolVersion?.replace(/^>=/, '') ?? null;
  const next = upperBounds(scheme, range).find((c) => {
    if (banned(c) || (current !== null && !greater(scheme, c, current))) return false;
    const m = mapped(carrier, c);
    return m.kind === 'exact' && m.versions.includes(c);
  });
  return next === undefined ? null : { version: next, toolVersion: next };
}

/** The remediation of a finding of a versioned ban, or null when no clean version is known. */
export function remediationFor(input: RemediationInput): Remediation | null {
  const clean = firstClean(input);
  if (!clean) return null;
  const { component, tool, carrier } = input;
  const { version } = clean;
  const carries =
    tool && clean.toolVersion !== undefined && clean.toolVersion !== version
      ? ` (it carries ${tool.name} ${clean.toolVersion})`
      : '';
  let text: string;
  switch (component.ecosystem) {
    case 'github-action':
      text = `Pin ${component.name} to ${version} or later${carries}.`;
      break;
    case 'devcontainer-feature':
      text = `Set the "${carrier?.versionOption?.name ?? 'version'}" option of ${component.name} to ${version} or later.`;
      break;
    case 'oci-image':
      text = `Use the image ${component.name}:${version} or later${carries}.`;
      break;
    case 'installer':
      text = `Install ${tool?.name ?? component.name} ${version} or later (pass ${version} to ${component.name}).`;
      break;
    default:
      text = `Upgrade ${component.name} to ${version} or later${carries}.`;
  }
  return { version, text };
}
