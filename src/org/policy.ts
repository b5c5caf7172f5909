// The org audit's policies: the central policy every repository is judged by, and (by option) a
// repository's own policy file merged under it. The central policy's rules stay locked: a
// repository may add rules and exceptions to its own rules, never redefine or except a central one.
import { DEFAULT_POLICY_PATHS } from '../policy/trusted.js';
import { loadPolicy, parsePolicyText, PolicyError } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import type { FileSource } from '../sources/source.js';
import { lineAt } from '../util/lines.js';
import { decodeText } from '../util/text.js';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** Loads the central policy: `builtin:NAME`, `github:OWNER/REPO/PATH@REF` or a local file. */
export async function loadCentralPolicy(
  ref: string,
  readGithub: (owner: string, repo: string, path: string, ref: string) => Promise<string>,
): Promise<Policy> {
  return loadPolicy(ref, { readGithub });
}

/** A repository's own policy file at the scanned commit, or null when it has none. */
export async function readRepoPolicyText(source: FileSource): Promise<{ path: string; text: string } | null> {
  for (const path of DEFAULT_POLICY_PATHS) {
    const bytes = await source.read(path, 1024 * 1024);
    if (bytes !== null) return { path, text: decodeText(bytes) };
  }
  return null;
}

/**
 * The central policy with a repository's policy merged under it. Throws a PolicyError naming the
 * repository's file when it redefines a central rule or excepts one.
 */
export function mergeRepoPolicy(central: Policy, repoPolicy: Policy, label: string): Policy {
  if (repoPolicy.settings.advisories === 'off' && central.settings.advisories !== 'off') {
    throw new PolicyError(
      label,
      1,
      1,
      'settings.advisories: off: the central policy keeps the built-in advisories on, and a repository policy merged under it cannot turn them off',
    );
  }
  const centralIds = new Set(central.rules.map((r) => r.id));
  const repoIds = new Set<string>();
  for (const rule of repoPolicy.rules) {
    if (centralIds.has(rule.id)) {
      throw new PolicyError(
        label,
        rule.origin?.line ?? 1,
        rule.origin?.column ?? 1,
        `rule "${rule.id}" is defined by the central policy, whose rules are locked; a repository cannot redefine it`,
      );
    }
    repoIds.add(rule.id);
  }
  for (const ex of repoPolicy.exceptions) {
    if (centralIds.has(ex.rule)) {
      throw new PolicyError(
        label,
        ex.origin?.line ?? 1,
        ex.origin?.column ?? 1,
        `exception for rule "${ex.rule}": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it`,
      );
    }
    if (!repoIds.has(ex.rule)) {
      throw new PolicyError(
        label,
        ex.origin?.line ?? 1,
        ex.origin?.column ?? 1,
        `exception for rule "${ex.rule}": no such rule in the repository's policy`,
      );
    }
  }
  return {
    version: 1,
    // A repository cannot loosen how unknown versions are judged.
    settings: central.settings,
    rules: [...central.rules, ...repoPolicy.rules],
    exceptions: [...central.exceptions, ...repoPolicy.exceptions],
    sources: [...central.sources, label],
  };
}

/**
 * Parses a repository's policy text. Before the policy parser sees it, the file is checked against
 * the central policy (its `extends` are not followed: the central policy is its only base; it may
 * not redefine or except a central rule), so those refusals read the same whatever the parser
 * would say about the file on its own.
 */
export function parseRepoPolicy(label: string, text: string, central?: Policy): Policy {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length === 0 && isMap(doc.contents)) {
    const at = (node: unknown): number =>
      node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)
        ? lineAt(text, node.range[0] as number)
        : 1;
    const ext = doc.contents.get('extends', true);
    if (ext !== undefined && ext !== null) {
      throw new PolicyError(
        label,
        at(ext),
        1,
        'extends: a repository policy in an org audit extends the central policy only; list the rules in the file itself',
      );
    }
    if (central) {
      const centralIds = new Set(central.rules.map((r) => r.id));
      const rules = doc.contents.get('rules', true);
      for (const item of isSeq(rules) ? rules.items : []) {
        const id = isMap(item) ? item.get('id', true) : undefined;
        if (isScalar(id) && centralIds.has(String(id.value))) {
          throw new PolicyError(
            label,
            at(id),
            1,
            `rule "${String(id.value)}" is defined by the central policy, whose rules are locked; a repository cannot redefine it`,
          );
        }
      }
      const exceptions = doc.contents.get('exceptions', true);
      for (const item of isSeq(exceptions) ? exceptions.items : []) {
        const rule = isMap(item) ? item.get('rule', true) : undefined;
        if (isScalar(rule) && centralIds.has(String(rule.value))) {
          throw new PolicyError(
            label,
            at(rule),
            1,
            `exception for rule "${String(rule.value)}": the rule belongs to the central policy, whose rules are locked; only the central policy may grant exceptions to it`,
          );
        }
      }
    }
  }
  return parsePolicyText(label, text);
}
