import picomatch from 'picomatch';
import type { Catalog, Carrier } from '../catalog/types.js';
import type { Component } from '../model.js';
import { nameMatches } from './names.js';
import type { Finding, Policy, PolicyException, PolicyNotice, Rule } from './types.js';
import { versionSatisfies } from './versions.js';

export interface EvaluateOptions {
  catalog: Catalog;
  /** The clock, injectable for tests. */
  now?: Date;
}

export interface Evaluation {
  findings: Finding[];
  notices: PolicyNotice[];
}

interface Match {
  rule: Rule;
  tool?: string;
  toolVersion?: string | null;
  unknown: boolean;
}

/** Judges every component against every rule and exception of a merged policy. */
export function evaluate(
  components: readonly Component[],
  policy: Policy,
  options: EvaluateOptions,
): Evaluation {
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const used = new Set<PolicyException>();
  const expiredNoticed = new Set<PolicyException>();
  const notices: PolicyNotice[] = [];
  const carriersByRule = new Map<Rule, Carrier[]>();
  for (const rule of policy.rules) {
    if (rule.tool) carriersByRule.set(rule, options.catalog.tool(rule.tool)?.carriers ?? []);
  }

  for (const component of components) {
    for (const rule of policy.rules) {
      const match = matchRule(rule, component, carriersByRule.get(rule));
      if (!match) continue;
      if (match.unknown && policy.settings.unknownVersion === 'ignore') continue;
      const action = match.unknown ? policy.settings.unknownVersion : rule.action;
      if (action === 'ignore') continue;
      const finding: Finding = {
        ruleId: rule.id,
        action,
        message: messageFor(rule, component, match),
        component: {
          ecosystem: component.ecosystem,
          name: component.name,
          version: component.version,
          purl: component.purl,
          ...(component.spec !== undefined ? { spec: component.spec } : {}),
          ...(component.alias !== undefined ? { alias: component.alias } : {}),
        },
        ...(match.tool ? { tool: match.tool, toolVersion: match.toolVersion ?? null } : {}),
        location: component.location,
        source: component.source,
        ...(rule.reason ? { reason: rule.reason } : {}),
        ...(rule.link ? { link: rule.link } : {}),
        ...(match.unknown ? { unknownVersion: true } : {}),
      };
      for (const ex of policy.exceptions) {
        if (!exceptionApplies(ex, rule, component, match)) continue;
        if (isExpired(ex, now)) {
          if (!expiredNoticed.has(ex)) {
            expiredNoticed.add(ex);
            notices.push({
              kind: 'expired-exception',
              message: `exception for rule ${ex.rule} expired on ${ex.expires} and no longer applies (${ex.reason})`,
              ...(ex.origin ? { origin: ex.origin } : {}),
            });
          }
          used.add(ex);
          continue;
        }
        used.add(ex);
        finding.action = 'pass';
        finding.exception = { reason: ex.reason, expires: ex.expires };
        break;
      }
      findings.push(finding);
    }
  }
  for (const ex of policy.exceptions) {
    if (used.has(ex)) continue;
    notices.push({
      kind: isExpired(ex, now) ? 'expired-exception' : 'stale-exception',
      message: isExpired(ex, now)
        ? `exception for rule ${ex.rule} expired on ${ex.expires} (${ex.reason})`
        : `exception for rule ${ex.rule} matches nothing: it is stale and can be removed (${ex.reason})`,
      ...(ex.origin ? { origin: ex.origin } : {}),
    });
  }
  return { findings, notices };
}

function matchRule(rule: Rule, c: Component, carriers: Carrier[] | undefined): Match | null {
  if (rule.tool) {
    for (const carrier of carriers ?? []) {
      if (carrier.ecosystem !== c.ecosystem || !nameMatches(c.ecosystem, carrier.package, c.name)) continue;
      const toolVersion = c.version === null ? null : carrier.toolVersion(c.version);
      if (rule.versions === undefined) return { rule, tool: rule.tool, toolVersion, unknown: false };
      if (toolVersion === null) return { rule, tool: rule.tool, toolVersion, unknown: true };
      return versionSatisfies('tool', toolVersion, rule.versions)
        ? { rule, tool: rule.tool, toolVersion, unknown: false }
        : null;
    }
    return null;
  }
  if (rule.ecosystem && rule.ecosystem !== c.ecosystem) return null;
  if (rule.package && !nameMatches(c.ecosystem, rule.package, c.name)) return null;
  if (rule.versions === undefined) return { rule, unknown: false };
  if (c.version === null) return { rule, unknown: true };
  return versionSatisfies(c.ecosystem, c.version, rule.versions) ? { rule, unknown: false } : null;
}

function exceptionApplies(ex: PolicyException, rule: Rule, c: Component, match: Match): boolean {
  if (ex.rule !== rule.id) return false;
  if (ex.package && !nameMatches(c.ecosystem, ex.package, c.name)) return false;
  if (ex.versions !== undefined) {
    if (c.version === null) return false;
    const inCarrier = versionSatisfies(c.ecosystem, c.version, ex.versions);
    const inTool =
      match.toolVersion !== undefined &&
      match.toolVersion !== null &&
      versionSatisfies('tool', match.toolVersion, ex.versions);
    if (!inCarrier && !inTool) return false;
  }
  if (ex.paths && ex.paths.length > 0) {
    if (!ex.paths.some((g) => picomatch(g, { dot: true })(c.location.file))) return false;
  }
  return true;
}

/** An exception applies through the whole of its expiry day (UTC). */
export function isExpired(ex: PolicyException, now: Date): boolean {
  const end = Date.parse(`${ex.expires}T23:59:59.999Z`);
  return Number.isNaN(end) || now.getTime() > end;
}

function messageFor(rule: Rule, c: Component, match: Match): string {
  const what = `${c.name}${c.version ? ' ' + c.version : c.spec ? ' ' + c.spec : ''}`;
  const via =
    match.tool && match.toolVersion && match.toolVersion !== c.version
      ? ` (${match.tool} ${match.toolVersion})`
      : '';
  if (match.unknown) {
    const why = c.versionNote
      ? `: ${c.versionNote}`
      : c.version === null
        ? ': the version is not pinned'
        : ': the version cannot be mapped to the tool version';
    return `${what}${via} may be banned by rule ${rule.id}, but its version cannot be known${why}`;
  }
  const verb = rule.action === 'fail' ? 'is banned' : 'is flagged';
  return `${what}${via} ${verb}${rule.reason ? ': ' + rule.reason : ` by rule ${rule.id}`}`;
}
