// The policy an action run is judged by: from the base commit in diff mode, never from the head.
import { DEFAULT_POLICY_PATHS, policyChangeNotice, readPolicyText } from '../diff/diff.js';
import { parseGithubRef } from '../github/files.js';
import { isBuiltinName } from '../policy/builtin.js';
import { loadPolicy, loadPolicyFromTree, PolicyError } from '../policy/load.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import { normalizeRelative, type FileSource } from '../sources/source.js';

export interface ActionPolicy {
  policy: Policy;
  /** Where it came from, for the summary. */
  origin: string;
  notices: PolicyNotice[];
}

export interface PolicyContext {
  /** The `policy` input. */
  input: string;
  /** The tree the policy is read from: the base commit in diff mode, the scanned tree in audit mode. */
  trusted: FileSource;
  /** The head tree in diff mode, to tell the author what their policy change would do after merge. */
  proposed?: FileSource;
  /** Reads a `github:` policy: (owner, repo, path, ref) → text. */
  readGithub: (owner: string, repo: string, path: string, ref: string) => Promise<string>;
}

/**
 * Loads the run's policy. A repository path is read from the trusted tree (a pull request cannot
 * weaken the policy that judges it); `builtin:` and `github:` references are read as they are.
 * The default path falls back to `.yaml`/`.json` and then to `builtin:default`; a path named
 * explicitly must exist.
 */
export async function loadActionPolicy(ctx: PolicyContext): Promise<ActionPolicy> {
  const input = ctx.input.trim() || DEFAULT_POLICY_PATHS[0];
  if (isBuiltinName(input)) return { policy: await loadPolicy(input), origin: input, notices: [] };
  if (input.startsWith('builtin:')) throw new PolicyError(input, 1, 1, `unknown built-in policy "${input}"`);
  if (input.startsWith('github:')) {
    const ref = parseGithubRef(input);
    if (!ref) throw new PolicyError(input, 1, 1, 'a github: policy is written github:OWNER/REPO/PATH@REF');
    return { policy: await loadPolicy(input, { readGithub: ctx.readGithub }), origin: input, notices: [] };
  }
  const path = normalizeRelative(input);
  if (path === null || path === '')
    throw new PolicyError(input, 1, 1, 'the policy path must be inside the repository');
  const candidates: string[] = path === DEFAULT_POLICY_PATHS[0] ? [...DEFAULT_POLICY_PATHS] : [path];
  for (const candidate of candidates) {
    const text = await readPolicyText(ctx.trusted, candidate);
    if (text === null) continue;
    const policy = await loadPolicyFromTree(candidate, (p) => readPolicyText(ctx.trusted, p), {
      readGithub: ctx.readGithub,
    });
    const notices: PolicyNotice[] = [];
    if (ctx.proposed) {
      const proposed = ctx.proposed;
      const proposedText = await readPolicyText(proposed, candidate).catch(() => null);
      if (proposedText !== text)
        notices.push(await changeNotice(candidate, policy, proposedText, proposed, ctx));
    }
    return { policy, origin: `${candidate} (${ctx.trusted.description})`, notices };
  }
  if (candidates.length === 1) {
    throw new PolicyError(input, 1, 1, `the policy file does not exist in ${ctx.trusted.description}`);
  }
  const notices: PolicyNotice[] = [];
  if (ctx.proposed) {
    // A pull request that adds the first policy file: it applies after merge, not to itself.
    for (const candidate of candidates) {
      const proposedText = await readPolicyText(ctx.proposed, candidate).catch(() => null);
      if (proposedText !== null) {
        notices.push(await changeNotice(candidate, null, proposedText, ctx.proposed, ctx));
        break;
      }
    }
  }
  return { policy: await loadPolicy('builtin:default'), origin: 'builtin:default', notices };
}

async function changeNotice(
  path: string,
  base: Policy | null,
  proposedText: string | null,
  tree: FileSource,
  ctx: PolicyContext,
): Promise<PolicyNotice> {
  if (proposedText === null) return policyChangeNotice(path, base, null);
  let proposed: Policy | Error;
  try {
    proposed = await loadPolicyFromTree(path, (p) => readPolicyText(tree, p).catch(() => null), {
      readGithub: ctx.readGithub,
    });
  } catch (e) {
    proposed = e as Error;
  }
  return policyChangeNotice(path, base, proposed);
}
