// What a change to a policy file does once merged: a pull request is judged by the policy of its
// base commit, so its own policy edit never applies to itself; this names what the edit would add,
// remove or change after merge, and, as an error-level notice, everything by which it weakens the
// policy (advisories turned off, an `extends` dropped, a rule removed or loosened, an exception
// added), so that a reviewer sees it on the policy file itself.
import semver from 'semver';
import type { Policy, PolicyException, PolicyNotice, Rule } from './types.js';

/** The notice for a change to the policy at `path` (base: the policy the base commit had there). */
export function policyChangeNotice(
  path: string,
  basePolicy: Policy | null,
  headPolicy: Policy | Error | null,
): PolicyNotice {
  const origin = { file: path, line: 1, column: 1 };
  if (headPolicy instanceof Error) {
    return {
      kind: 'policy-changed',
      message: `this change edits the policy ${path}; it takes effect after merge, and as changed it is invalid: ${headPolicy.message}`,
      origin,
      severity: 'error',
    };
  }
  if (headPolicy === null) {
    const dropped = (basePolicy?.rules ?? []).filter((r) => !isBuiltin(r)).map((r) => r.id);
    const weakens = dropped.length > 0 ? [`removes rule(s) ${dropped.join(', ')}`] : [];
    return {
      kind: 'policy-changed',
      message:
        `this change deletes the policy ${path}; this run judges it by the policy of the base commit, and the deletion takes effect after merge` +
        weakensText(weakens),
      origin,
      ...(weakens.length ? { severity: 'error' as const, weakens } : {}),
    };
  }
  const parts = describeChanges(basePolicy, headPolicy);
  const weakens = policyWeakenings(basePolicy, headPolicy);
  return {
    kind: 'policy-changed',
    message:
      `this change edits the policy ${path}; this run judges it by the policy of the base commit, and the change takes effect after merge${parts.length ? ` (${parts.join('; ')})` : ''}` +
      weakensText(weakens),
    origin,
    ...(weakens.length ? { severity: 'error' as const, weakens } : {}),
  };
}

function weakensText(weakens: string[]): string {
  return weakens.length ? `. After merge it weakens the policy: ${weakens.join('; ')}` : '';
}

function describeChanges(basePolicy: Policy | null, headPolicy: Policy): string[] {
  const before = new Map((basePolicy?.rules ?? []).map((r) => [r.id, ruleKey(r)]));
  const after = new Map(headPolicy.rules.map((r) => [r.id, ruleKey(r)]));
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const modified = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
  const exBefore = basePolicy?.exceptions.length ?? 0;
  const exAfter = headPolicy.exceptions.length;
  const parts: string[] = [];
  if (added.length) parts.push(`rules added: ${added.join(', ')}`);
  if (removed.length) parts.push(`rules removed: ${removed.join(', ')}`);
  if (modified.length) parts.push(`rules changed: ${modified.join(', ')}`);
  if (exBefore !== exAfter) parts.push(`exceptions: ${exBefore} → ${exAfter}`);
  else if (
    JSON.stringify((basePolicy?.exceptions ?? []).map(exceptionKey)) !==
    JSON.stringify(headPolicy.exceptions.map(exceptionKey))
  ) {
    parts.push('exceptions changed');
  }
  if (JSON.stringify(basePolicy?.settings ?? {}) !== JSON.stringify(headPolicy.settings))
    parts.push('settings changed');
  return parts;
}

/**
 * Every way `head` judges more leniently than `base`, in words a reviewer can check: each names
 * the rule, file or setting. A base of null is a repository without a policy file: the built-in
 * default, whose advisories are on.
 */
export function policyWeakenings(base: Policy | null, head: Policy): string[] {
  const out: string[] = [];
  const baseAdvisories = base?.settings.advisories ?? 'on';
  if (head.settings.advisories === 'off' && baseAdvisories !== 'off') {
    out.push(
      `turns the built-in advisories off (settings.advisories: off, reason: ${JSON.stringify(head.settings.advisoriesReason ?? '')})`,
    );
  }
  // Sources are merged in order and end with the policy file itself, which a change keeps.
  // builtin:advisories leaves the sources only with the advisories turned off, named above.
  for (const s of (base?.sources ?? []).slice(0, -1)) {
    if (!head.sources.includes(s) && s !== 'builtin:advisories') out.push(`drops extends ${s}`);
  }
  const headRules = new Map(head.rules.map((r) => [r.id, r]));
  for (const r of base?.rules ?? []) {
    const h = headRules.get(r.id);
    if (!h) {
      // The floor's rules disappear only with the advisories, which is named above.
      if (!(isBuiltin(r) && head.settings.advisories === 'off')) out.push(`removes rule ${r.id}`);
      continue;
    }
    const loosened = ruleLoosening(r, h);
    if (loosened) out.push(`loosens rule ${r.id} (${loosened})`);
  }
  const order = { fail: 2, warn: 1, ignore: 0 } as const;
  const baseUnknown = base?.settings.unknownVersion ?? 'warn';
  if (order[head.settings.unknownVersion] < order[baseUnknown]) {
    out.push(`settings.unknownVersion ${baseUnknown} → ${head.settings.unknownVersion}`);
  }
  const baseExceptions = new Set((base?.exceptions ?? []).map((e) => JSON.stringify(exceptionKey(e))));
  for (const e of head.exceptions) {
    if (baseExceptions.has(JSON.stringify(exceptionKey(e)))) continue;
    const where = e.origin && e.origin.line > 0 ? ` at ${e.origin.file}:${e.origin.line}` : '';
    out.push(
      `adds an exception to rule ${e.rule}${e.package ? ` for ${e.package}` : ''}${e.versions ? ` ${e.versions}` : ''}${e.paths ? ` in ${e.paths.join(', ')}` : ''} until ${e.expires}${where}`,
    );
  }
  return out;
}

/** How `after` judges more leniently than `before` (same id), or null when it does not. */
function ruleLoosening(before: Rule, after: Rule): string | null {
  const reasons: string[] = [];
  if (before.action === 'fail' && after.action === 'warn') reasons.push('fail → warn');
  if ((before.tool ?? '') !== (after.tool ?? '') || (before.ecosystem ?? '') !== (after.ecosystem ?? ''))
    reasons.push(`now covers ${after.tool ? `tool ${after.tool}` : `${after.ecosystem} ${after.package}`}`);
  else if ((before.package ?? '') !== (after.package ?? ''))
    reasons.push(`package ${before.package} → ${after.package}`);
  if ((before.versions ?? '') !== (after.versions ?? '') && !covers(after.versions, before.versions)) {
    reasons.push(`versions ${before.versions ?? '(every version)'} → ${after.versions ?? '(every version)'}`);
  }
  if (before.locked && !after.locked) reasons.push('no longer locked');
  return reasons.length ? reasons.join(', ') : null;
}

/** Whether range `wide` matches at least every version `narrow` does (undefined = every version). */
function covers(wide: string | undefined, narrow: string | undefined): boolean {
  if (wide === undefined) return true;
  if (narrow === undefined) return false;
  try {
    return semver.subset(narrow, wide, { includePrerelease: true });
  } catch {
    return false;
  }
}

function isBuiltin(r: Rule): boolean {
  return (r.definedIn ?? r.origin?.file ?? '').startsWith('builtin:');
}

function ruleKey(r: Rule): string {
  return JSON.stringify({ ...r, origin: undefined, definedIn: undefined });
}

function exceptionKey(e: PolicyException): Omit<PolicyException, 'origin' | 'definedIn'> {
  const { origin: _o, definedIn: _d, ...rest } = e;
  return rest;
}
