import type { Component, Ecosystem, Location } from '../model/component.js';

export type RuleAction = 'fail' | 'warn';
export type FindingAction = RuleAction | 'pass';
export type UnknownVersionSetting = 'fail' | 'warn' | 'ignore';

/**
 * Where a policy element was written: for error messages and for the report. Built-in policies
 * have no lines: `line` and `column` are 0 there.
 */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

export interface Rule {
  id: string;
  /** A tool of the built-in catalog: the rule covers every carrier of it. */
  tool?: string;
  ecosystem?: Ecosystem;
  /** Exact name or a glob with `*`. */
  package?: string;
  /** Range in the tool's (tool rules) or the ecosystem's own syntax; undefined = every version. */
  versions?: string;
  action: RuleAction;
  reason?: string;
  link?: string;
  locked?: boolean;
  /**
   * For locked rules: what an unknown version becomes at the least, whatever a later file sets
   * (`settings.unknownVersion` of the file that defines the rule; `warn` for built-in advisories).
   */
  unknownVersionFloor?: 'warn' | 'fail';
  origin?: Origin;
  /** The identity of the policy file that defines it (its resolved path, `github:…` or `builtin:…`). */
  definedIn?: string;
}

export interface PolicyException {
  rule: string;
  package?: string;
  versions?: string;
  paths?: string[];
  reason: string;
  /** YYYY-MM-DD; the exception applies up to and including this day (UTC). */
  expires: string;
  origin?: Origin;
  /** The identity of the policy file that defines it (its resolved path, `github:…` or `builtin:…`). */
  definedIn?: string;
}

export interface PolicySettings {
  unknownVersion: UnknownVersionSetting;
  /** Whether the built-in advisories apply (the floor under every policy); `off` only explicitly. */
  advisories: 'on' | 'off';
  /** Why they are off (required with `off`). */
  advisoriesReason?: string;
}

/** A policy with every `extends` merged in. */
export interface Policy {
  version: 1;
  settings: PolicySettings;
  rules: Rule[];
  exceptions: PolicyException[];
  /** Files and built-ins it was assembled from, in order. */
  sources: string[];
}

export type FindingStatus = 'introduced' | 'unchanged' | 'removed';

export interface Finding {
  ruleId: string;
  action: FindingAction;
  message: string;
  component: Pick<Component, 'ecosystem' | 'name' | 'version' | 'purl'> & {
    spec?: string;
    alias?: string;
  };
  /** The catalog tool the carrier belongs to, for tool rules. */
  tool?: string;
  /** The tool version the carrier maps to (null when unknown). */
  toolVersion?: string | null;
  location: Location;
  /** The callers that reached the install line, outermost first (`Component.via`). */
  via?: Location[];
  /** Where the version is written when not on the install line: annotations go there. */
  versionFrom?: Location;
  source: string;
  status?: FindingStatus;
  /** Diff mode: the file's path at base, when the change moved the file. */
  movedFrom?: string;
  exception?: { reason: string; expires: string };
  reason?: string;
  link?: string;
  /** Set on findings whose version cannot be known (`settings.unknownVersion` decided the action). */
  unknownVersion?: boolean;
  /** Why the version cannot be known, for unknown-version findings. */
  unknownReason?: string;
  /** For a versioned ban: the first clean version of the carrier and what to do. */
  remediation?: { version: string; text: string };
}

/** Something about the policy itself worth telling the user (an expired or stale exception). */
export interface PolicyNotice {
  kind: 'expired-exception' | 'stale-exception' | 'policy-changed';
  message: string;
  origin?: Origin;
  /** `error` for a policy change that weakens the policy after merge (an error annotation). */
  severity?: 'error';
  /** What such a change drops or loosens, one entry each. */
  weakens?: string[];
}
