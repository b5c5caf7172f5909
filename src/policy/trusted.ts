// The policy a run is judged by, found and read the same way by the action, the CLI and the org
// audit: a repository path is read from the trusted tree (the base commit in diff mode, so a pull
// request can never weaken the policy that judges it); without one, the repository root's
// `.github/ai-tooling-policy.yml` (`.yaml`, `.json`), else the scanned folder's, else
// `builtin:default`. The result names itself (source and digest) for every report.
import { createHash } from 'node:crypto';
import { isBuiltinName } from './builtin.js';
import { policyChangeNotice } from './change.js';
import { PolicyError } from './error.js';
import { loadPolicy, loadPolicyFromTree, type LoadPolicyOptions } from './load.js';
import { githubRef } from './refs.js';
import type { Policy, PolicyNotice } from './types.js';
import { normalizeRelative, SourceReadError, type FileSource } from '../sources/source.js';
import { errorMessage } from '../util/errors.js';

/** Where a repository keeps its policy, in the order they are looked for. */
export const DEFAULT_POLICY_PATHS = [
  '.github/ai-tooling-policy.yml',
  '.github/ai-tooling-policy.yaml',
  '.github/ai-tooling-policy.json',
] as const;

/**
 * Reads a file of a tree as UTF-8 text, or null when the tree does not have it. Errors name the
 * file and the tree it was read from (the base commit, in diff mode).
 */
export async function readPolicyText(source: FileSource, path: string): Promise<string | null> {
  const fail = (reason: string): never => {
    throw new SourceReadError(`cannot read ${path} at ${source.description}: ${reason}`);
  };
  let bytes: Uint8Array | null = null;
  try {
    bytes = await source.read(path, 4 * 1024 * 1024);
  } catch (e) {
    fail(errorMessage(e));
  }
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('not valid UTF-8 text');
  }
}

export interface TrustedPolicy {
  policy: Policy;
  /** What the run was judged by, for every report: `builtin:default`, a path at a commit, `github:…`. */
  source: string;
  /** sha256 of the merged policy's rules, exceptions, settings and sources. */
  digest: string;
  /** What a pull request's own policy change would do after merge. */
  notices: PolicyNotice[];
}

export interface TrustedPolicyRequest {
  /** A policy named by the user: a repository path, `builtin:NAME` or `github:…`; empty = look for it. */
  input?: string;
  /** The repository root as trusted: the base commit in diff mode, the scanned tree in an audit. */
  trusted: FileSource;
  /** The repository root as the pull request leaves it (diff mode), to tell what its change would do. */
  proposed?: FileSource;
  /** The scanned folder inside the repository (`''` at the root): its policy is the next place looked. */
  prefix?: string;
  readGithub?: LoadPolicyOptions['readGithub'];
}

/** The policy a run is judged by, found as the contract says, with its name and digest. */
export async function loadTrustedPolicy(req: TrustedPolicyRequest): Promise<TrustedPolicy> {
  const input = (req.input ?? '').trim();
  const github = req.readGithub ? { readGithub: req.readGithub } : {};
  if (input !== '' && input.startsWith('builtin:')) {
    if (!isBuiltinName(input)) throw new PolicyError(input, 1, 1, `unknown built-in policy "${input}"`);
    return named(await loadPolicy(input), input, []);
  }
  if (input.startsWith('github:')) {
    if (!githubRef(input))
      throw new PolicyError(input, 1, 1, 'a github: policy is written github:OWNER/REPO/PATH@REF');
    return named(await loadPolicy(input, github), input, []);
  }
  let candidates: string[];
  if (input !== '' && input !== DEFAULT_POLICY_PATHS[0]) {
    const path = normalizeRelative(input);
    if (path === null || path === '')
      throw new PolicyError(input, 1, 1, 'the policy path must be inside the repository');
    candidates = [path];
  } else {
    const prefix = req.prefix ? req.prefix.replace(/\/+$/, '') : '';
    candidates = [
      ...DEFAULT_POLICY_PATHS,
      ...(prefix ? DEFAULT_POLICY_PATHS.map((p) => `${prefix}/${p}`) : []),
    ];
  }
  const read = (tree: FileSource) => (p: string) => readPolicyText(tree, p);
  for (const candidate of candidates) {
    const text = await readPolicyText(req.trusted, candidate);
    if (text === null) continue;
    const policy = await loadPolicyFromTree(candidate, read(req.trusted), github);
    const notices: PolicyNotice[] = [];
    if (req.proposed) {
      const proposedText = await readPolicyText(req.proposed, candidate).catch(() => null);
      if (proposedText !== text) notices.push(await changeNotice(candidate, policy, proposedText, req));
      else {
        // The file is unchanged, but a file it extends may not be: compare what the two decide.
        const proposed = await loadPolicyFromTree(
          candidate,
          (p) => readPolicyText(req.proposed!, p).catch(() => null),
          github,
        ).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
        if (proposed instanceof Error || policyDigest(proposed) !== policyDigest(policy))
          notices.push(policyChangeNotice(`${candidate} (through a file it extends)`, policy, proposed));
      }
    }
    return named(policy, `${candidate} (${req.trusted.description})`, notices);
  }
  if (candidates.length === 1) {
    throw new PolicyError(input, 1, 1, `the policy file does not exist in ${req.trusted.description}`);
  }
  const notices: PolicyNotice[] = [];
  if (req.proposed) {
    // A pull request that adds the first policy file: it applies after merge, not to itself.
    for (const candidate of candidates) {
      const proposedText = await readPolicyText(req.proposed, candidate).catch(() => null);
      if (proposedText !== null) {
        notices.push(await changeNotice(candidate, null, proposedText, req));
        break;
      }
    }
  }
  return named(await loadPolicy('builtin:default'), 'builtin:default', notices);
}

/** A policy loaded by the caller (the CLI's `--policy FILE`), named the same way. */
export function namePolicy(policy: Policy, source: string): TrustedPolicy {
  return named(policy, source, []);
}

function named(policy: Policy, source: string, notices: PolicyNotice[]): TrustedPolicy {
  return { policy, source, digest: policyDigest(policy), notices };
}

/** A digest of what the policy decides: its rules, exceptions, settings and where they came from. */
export function policyDigest(policy: Policy): string {
  const strip = <T extends { origin?: unknown; definedIn?: unknown }>(x: T) => ({
    ...x,
    origin: undefined,
    definedIn: undefined,
  });
  const canonical = JSON.stringify({
    settings: policy.settings,
    rules: policy.rules.map(strip),
    exceptions: policy.exceptions.map(strip),
    sources: policy.sources,
  });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

async function changeNotice(
  path: string,
  base: Policy | null,
  proposedText: string | null,
  req: TrustedPolicyRequest,
): Promise<PolicyNotice> {
  if (proposedText === null) return policyChangeNotice(path, base, null);
  let proposed: Policy | Error;
  try {
    proposed = await loadPolicyFromTree(path, (p) => readPolicyText(req.proposed!, p).catch(() => null), {
      ...(req.readGithub ? { readGithub: req.readGithub } : {}),
    });
  } catch (e) {
    proposed = e as Error;
  }
  return policyChangeNotice(path, base, proposed);
}
