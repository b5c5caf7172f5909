import picomatch from 'picomatch';
import { identifiedByBytes } from '../catalog/artifacts.js';
import { remediationFor, type Remediation } from '../catalog/remediation.js';
import type { Carrier, Catalog, Tool, ToolVersionMapping } from '../catalog/types.js';
import type { Component } from '../model/component.js';
import { oneFindingPerInstallation } from './installations.js';
import { nameMatches, normalizeName } from './names.js';
import type { Finding, Policy, PolicyException, PolicyNotice, Rule } from './types.js';
import {
  lowerBoundIn,
  rangeAgainst,
  specRange,
  syntaxOf,
  versionSatisfies,
  type RangeSyntax,
} from '../model/versions.js';

export interface EvaluateOptions {
  catalog: Catalog;
  /** The clock, injectable for tests. */
  now?: Date;
  /**
   * The scanned folder's path in the repository (`''` or absent at the root): exception `paths`
   * are globs relative to the repository root, component locations relative to the folder.
   */
  pathPrefix?: string;
}

export interface Evaluation {
  findings: Finding[];
  notices: PolicyNotice[];
}

/** How a component matched a rule. */
interface Match {
  rule: Rule;
  tool?: Tool;
  carrier?: Carrier;
  /** The tool version the carrier maps to (`>=X` for a moving reference); null when unknown. */
  toolVersion?: string | null;
  /** Set when the version cannot be known: why. */
  unknown?: string;
  /**
   * Set when the version is not known but the written range decided the match: every version it
   * allows is in the rule's range (in `syntax`).
   */
  range?: { written: string; syntax: RangeSyntax };
}

interface ToolEntry {
  ruleIndex: number;
  rule: Rule;
  tool: Tool;
  carrier: Carrier;
}

function carrierKey(ecosystem: string, name: string): string {
  return `${ecosystem}\u0000${name}`;
}

/** Judges every component against every rule and exception of a merged policy. */
export function evaluate(
  components: readonly Component[],
  policy: Policy,
  options: EvaluateOptions,
): Evaluation {
  const evaluator = createEvaluator(policy, options);
  const findings: Finding[] = [];
  for (const list of evaluator.judgeAll(components)) for (const f of list) findings.push(f);
  return { findings, notices: evaluator.notices() };
}

/**
 * The same judgement one component at a time, for a scan that streams its components: `judge`
 * gives one component's findings (in rule order), `notices` the exceptions that expired or matched
 * nothing, once every component has been judged.
 */
export interface Evaluator {
  judge(component: Component): Finding[];
  /**
   * Each component's findings, judged together: two views of one installation (both in the list)
   * give one finding (policy/installations.ts). Every view of an installation is in one file.
   */
  judgeAll(components: readonly Component[]): Finding[][];
  notices(): PolicyNotice[];
}

export function createEvaluator(policy: Policy, options: EvaluateOptions): Evaluator {
  const now = options.now ?? new Date();
  const prefix = (options.pathPrefix ?? '').replace(/^\/+|\/+$/g, '');
  // Tool rules expand to their carriers, indexed by identity: one look-up per component.
  const byCarrier = new Map<string, ToolEntry[]>();
  const packageRules: { ruleIndex: number; rule: Rule }[] = [];
  policy.rules.forEach((rule, ruleIndex) => {
    if (rule.tool !== undefined) {
      const tool = options.catalog.tool(rule.tool);
      if (!tool) return;
      for (const carrier of tool.carriers) {
        const k = carrierKey(carrier.ecosystem, normalizeName(carrier.ecosystem, carrier.package));
        const list = byCarrier.get(k) ?? [];
        if (!list.some((e) => e.rule === rule)) list.push({ ruleIndex, rule, tool, carrier });
        byCarrier.set(k, list);
      }
    } else {
      packageRules.push({ ruleIndex, rule });
    }
  });

  const exceptionState = new Map<PolicyException, { used: boolean; expired: boolean }>();
  for (const ex of policy.exceptions) exceptionState.set(ex, { used: false, expired: isExpired(ex, now) });

  const judge = (recorded: Component): Finding[] => {
    // Bytes before names: an entry whose hash is a banned artifact is judged as that artifact.
    const byBytes = identifiedByBytes(recorded);
    const component = byBytes?.component ?? recorded;
    const matches: { ruleIndex: number; match: Match }[] = [];
    for (const e of byCarrier.get(
      carrierKey(component.ecosystem, normalizeName(component.ecosystem, component.name)),
    ) ?? []) {
      const m = matchToolRule(e, component);
      if (m) matches.push({ ruleIndex: e.ruleIndex, match: { ...m, carrier: e.carrier } });
    }
    for (const { ruleIndex, rule } of packageRules) {
      const m = matchPackageRule(rule, component);
      if (m) matches.push({ ruleIndex, match: m });
    }
    if (matches.length === 0) return [];
    matches.sort((a, b) => a.ruleIndex - b.ruleIndex);
    const findings: Finding[] = [];
    for (const { match } of matches) {
      const unknownAction = unknownActionFor(match.rule, policy.settings.unknownVersion);
      if (match.unknown !== undefined && unknownAction === 'ignore') continue;
      const finding = findingFor(component, match, unknownAction);
      if (byBytes) finding.message += ` (identified by its bytes: ${byBytes.note})`;
      for (const ex of policy.exceptions) {
        if (!exceptionApplies(ex, match, component, prefix)) continue;
        const state = exceptionState.get(ex)!;
        state.used = true;
        if (state.expired) continue;
        finding.action = 'pass';
        finding.exception = { reason: ex.reason, expires: ex.expires };
        break;
      }
      findings.push(finding);
    }
    return findings;
  };

  /** The rules that judge a component whatever its version: its tool's rules, the package rules naming it. */
  const judging = (component: Component): Set<string> => {
    const ids = new Set<string>();
    const key = carrierKey(component.ecosystem, normalizeName(component.ecosystem, component.name));
    for (const e of byCarrier.get(key) ?? []) ids.add(e.rule.id);
    for (const { rule } of packageRules) {
      if (rule.ecosystem !== undefined && rule.ecosystem !== component.ecosystem) continue;
      if (rule.package !== undefined && !nameMatches(component.ecosystem, rule.package, component.name))
        continue;
      ids.add(rule.id);
    }
    return ids;
  };
  const judgeAll = (components: readonly Component[]): Finding[][] =>
    oneFindingPerInstallation(components, components.map(judge), judging);

  const notices = (): PolicyNotice[] => {
    const out: PolicyNotice[] = [];
    for (const ex of policy.exceptions) {
      const state = exceptionState.get(ex)!;
      const where = ex.origin ? { origin: ex.origin } : {};
      if (state.expired) {
        out.push({
          kind: 'expired-exception',
          message: `exception for rule ${ex.rule} expired on ${ex.expires} and no longer applies (${ex.reason})`,
          ...where,
        });
      } else if (!state.used && !(prefix && ex.paths?.length)) {
        // Scanning one folder of a repository, an exception for other paths is not stale.
        out.push({
          kind: 'stale-exception',
          message: `exception for rule ${ex.rule} matches nothing: it is stale and can be removed (${ex.reason})`,
          ...where,
        });
      }
    }
    return out;
  };
  return { judge, judgeAll, notices };
}

const STRICTNESS = { ignore: 0, warn: 1, fail: 2 } as const;

/** What an unknown version becomes under a rule: the setting, or the locked rule's floor if stricter. */
function unknownActionFor(rule: Rule, setting: 'fail' | 'warn' | 'ignore'): 'fail' | 'warn' | 'ignore' {
  const floor = rule.unknownVersionFloor;
  return floor !== undefined && STRICTNESS[floor] > STRICTNESS[setting] ? floor : setting;
}

function mappingOf(carrier: Carrier, version: string): ToolVersionMapping {
  try {
    return carrier.toolVersion(version);
  } catch (e) {
    return { kind: 'unknown', why: `the version cannot be mapped (${(e as Error).message})` };
  }
}

function notPinned(c: Component): string {
  if (c.versionNote) return c.versionNote;
  return c.spec !== undefined ? `the version is not pinned (${c.spec})` : 'no version is recorded';
}

/**
 * The match of a component whose version is not known, decided by the range written for it where
 * the range lies wholly inside (a match) or outside (null) the rule's range; otherwise unknown.
 */
function matchUnpinned(
  base: Omit<Match, 'unknown' | 'range'>,
  c: Component,
  syntax: RangeSyntax | null,
  ruleRange: string,
): Match | null {
  const written = syntax === null ? null : specRange(c.ecosystem, c.name, c.spec);
  const where = written === null ? null : rangeAgainst(syntax!, written, ruleRange);
  if (where === 'out') return null;
  if (where === 'in') return { ...base, range: { written: written!, syntax: syntax! } };
  const straddles = where === 'maybe' ? `; "${written}" allows versions in and out of ${ruleRange}` : '';
  return { ...base, unknown: notPinned(c) + straddles };
}

function matchToolRule({ rule, tool, carrier }: ToolEntry, c: Component): Match | null {
  const mapping = c.version === null ? null : mappingOf(carrier, c.version);
  if (rule.versions === undefined) {
    const toolVersion =
      mapping?.kind === 'exact'
        ? mapping.versions[0]!
        : mapping?.kind === 'atLeast'
          ? `>=${mapping.version}`
          : null;
    return { rule, tool, toolVersion };
  }
  if (mapping === null) {
    // A range decides only where the carrier's versions are the tool's, in the tool's syntax.
    const syntax =
      carrier.versionIsToolVersion && syntaxOf(c.ecosystem) === tool.versionScheme
        ? tool.versionScheme
        : null;
    const m = matchUnpinned({ rule, tool, toolVersion: null }, c, syntax, rule.versions);
    return m?.range ? { ...m, toolVersion: m.range.written } : m;
  }
  switch (mapping.kind) {
    case 'unknown':
      return { rule, tool, toolVersion: null, unknown: mapping.why };
    case 'exact': {
      const hit = mapping.versions.find((v) => versionSatisfies(tool.versionScheme, v, rule.versions!));
      return hit === undefined ? null : { rule, tool, toolVersion: hit };
    }
    case 'atLeast': {
      if (tool.versionScheme !== 'semver') return { rule, tool, toolVersion: null, unknown: mapping.why };
      const where = lowerBoundIn(mapping.version, rule.versions);
      if (where === 'out') return null;
      if (where === 'in') return { rule, tool, toolVersion: `>=${mapping.version}` };
      return { rule, tool, toolVersion: `>=${mapping.version}`, unknown: mapping.why };
    }
  }
}

function matchPackageRule(rule: Rule, c: Component): Match | null {
  if (rule.ecosystem !== undefined && rule.ecosystem !== c.ecosystem) return null;
  if (rule.package !== undefined && !nameMatches(c.ecosystem, rule.package, c.name)) return null;
  if (rule.versions === undefined) return { rule };
  if (c.version === null) return matchUnpinned({ rule }, c, syntaxOf(c.ecosystem), rule.versions);
  return versionSatisfies(syntaxOf(c.ecosystem), c.version, rule.versions) ? { rule } : null;
}

/**
 * The remediation of a match, computed once per rule, carrier, name, version and tool version: it
 * walks the catalog's version tables, and a tree holds the same banned version in many files.
 */
const remediations = new WeakMap<Rule, WeakMap<object, Map<string, Remediation | null>>>();
const NO_CARRIER = {};
function remediationOnce(c: Component, match: Match): Remediation | null {
  const { rule } = match;
  let byCarrier = remediations.get(rule);
  if (!byCarrier) remediations.set(rule, (byCarrier = new WeakMap()));
  const carrierKey = match.carrier ?? NO_CARRIER;
  let memo = byCarrier.get(carrierKey);
  if (!memo) byCarrier.set(carrierKey, (memo = new Map()));
  const key = [
    c.ecosystem,
    c.name,
    c.version ?? '\u0000',
    match.tool?.id ?? '',
    match.toolVersion ?? '\u0000',
    match.range ? 'range' : '',
  ].join('\u0001');
  let r = memo.get(key);
  if (r === undefined) {
    r = remediationFor({
      range: rule.versions,
      component: c,
      ...(match.tool ? { tool: match.tool } : {}),
      ...(match.carrier ? { carrier: match.carrier } : {}),
      // A written range is no version to start from: the first clean version above the ban.
      ...(match.toolVersion !== undefined && !match.range ? { toolVersion: match.toolVersion } : {}),
    });
    memo.set(key, r);
  }
  return r === null ? null : { ...r };
}

function findingFor(c: Component, match: Match, unknownSetting: 'fail' | 'warn' | 'ignore'): Finding {
  const { rule } = match;
  const action =
    match.unknown !== undefined ? (unknownSetting === 'ignore' ? 'warn' : unknownSetting) : rule.action;
  const remediation = remediationOnce(c, match);
  return {
    ruleId: rule.id,
    action,
    message: messageFor(c, match),
    component: {
      ecosystem: c.ecosystem,
      name: c.name,
      version: c.version,
      purl: c.purl,
      ...(c.spec !== undefined ? { spec: c.spec } : {}),
      ...(c.alias !== undefined ? { alias: c.alias } : {}),
    },
    ...(match.tool ? { tool: match.tool.id, toolVersion: match.toolVersion ?? null } : {}),
    location: c.location,
    ...(c.via !== undefined ? { via: c.via } : {}),
    ...(c.versionFrom !== undefined ? { versionFrom: c.versionFrom } : {}),
    source: c.source,
    ...(rule.reason ? { reason: rule.reason } : {}),
    ...(rule.link ? { link: rule.link } : {}),
    ...(match.unknown !== undefined ? { unknownVersion: true, unknownReason: match.unknown } : {}),
    ...(remediation ? { remediation } : {}),
  };
}

function messageFor(c: Component, match: Match): string {
  const { rule, tool } = match;
  const version = c.version !== null ? ` ${c.version}` : c.spec !== undefined ? ` (${c.spec})` : '';
  const alias = c.alias !== undefined ? ` (installed as ${c.alias})` : '';
  const what = `${c.name}${version}${alias}`;
  const carries =
    tool && match.range
      ? tool.id !== c.name
        ? ` (${tool.name})`
        : ''
      : tool && match.toolVersion && match.toolVersion !== c.version
        ? ` (${tool.name} ${match.toolVersion})`
        : tool && tool.id !== c.name && !match.toolVersion && match.unknown === undefined
          ? ` (${tool.name})`
          : '';
  if (match.unknown !== undefined) {
    const why = rule.reason ? ` (${rule.reason})` : '';
    return `${what}${carries} may be banned by rule ${rule.id}${why}, but its ${tool ? `${tool.name} ` : ''}version cannot be known: ${match.unknown}`;
  }
  const verb = rule.action === 'fail' ? 'is banned' : 'is flagged';
  const every = match.range ? ` (every version "${match.range.written}" allows is in ${rule.versions})` : '';
  return `${what}${carries} ${verb}${rule.reason ? `: ${rule.reason}` : ` by rule ${rule.id}`}${every}`;
}

const pathMatchers = new Map<string, (p: string) => boolean>();

function pathMatches(glob: string, file: string): boolean {
  let m = pathMatchers.get(glob);
  if (!m) {
    m = picomatch(glob, { dot: true });
    pathMatchers.set(glob, m);
  }
  return m(file);
}

function exceptionApplies(ex: PolicyException, match: Match, c: Component, prefix: string): boolean {
  if (ex.rule !== match.rule.id) return false;
  if (ex.package !== undefined && !nameMatches(c.ecosystem, ex.package, c.name)) return false;
  if (ex.versions !== undefined) {
    // An exception limited to versions cannot vouch for a version nobody knows.
    if (match.unknown !== undefined) return false;
    if (match.range) {
      if (rangeAgainst(match.range.syntax, match.range.written, ex.versions) !== 'in') return false;
    } else if (match.tool) {
      const tv = match.toolVersion;
      if (tv === null || tv === undefined) return false;
      if (tv.startsWith('>=')) {
        if (lowerBoundIn(tv.slice(2), ex.versions) !== 'in') return false;
      } else if (!versionSatisfies(match.tool.versionScheme, tv, ex.versions)) return false;
    } else {
      if (c.version === null || !versionSatisfies(syntaxOf(c.ecosystem), c.version, ex.versions))
        return false;
    }
  }
  if (ex.paths && ex.paths.length > 0) {
    const file = prefix ? `${prefix}/${c.location.file}` : c.location.file;
    if (!ex.paths.some((g) => pathMatches(g, file))) return false;
  }
  return true;
}

/** An exception applies through the whole of its expiry day (UTC). */
export function isExpired(ex: Pick<PolicyException, 'expires'>, now: Date): boolean {
  const end = Date.parse(`${ex.expires}T23:59:59.999Z`);
  return Number.isNaN(end) || now.getTime() > end;
}
