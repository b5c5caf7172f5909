// `policy check FILE`, and how the CLI loads a policy named on its command line.
import { policyWeakenings } from '../policy/change.js';
import { isExpired } from '../policy/evaluate.js';
import { loadPolicy, type LoadPolicyOptions } from '../policy/load.js';
import { formatOrigin } from '../policy/parse.js';
import type { GitHubClient } from '../github/client.js';
import type { Policy } from '../policy/types.js';
import { parse, UsageError } from './args.js';

export async function policyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'check')
    throw new UsageError(sub ? `unknown policy command "${sub}"` : 'policy needs a subcommand: check FILE');
  const { positionals } = parse(rest, {});
  if (positionals.length !== 1) throw new UsageError('policy check takes exactly one FILE');
  const file = positionals[0]!;
  const policy = await loadCliPolicy(file);
  const now = new Date();
  const locked = policy.rules.filter((r) => r.locked).length;
  const expired = policy.exceptions.filter((e) => isExpired(e, now));
  const lines = [
    `${file}: valid policy (version 1)`,
    `  ${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}${locked ? ` (${locked} locked)` : ''}, ${policy.exceptions.length} exception${policy.exceptions.length === 1 ? '' : 's'}${expired.length ? ` (${expired.length} expired)` : ''}, unknown versions: ${policy.settings.unknownVersion}`,
    `  merged from: ${policy.sources.join(', ')}`,
  ];
  for (const r of policy.rules) {
    const what = r.tool !== undefined ? `tool ${r.tool}` : `${r.ecosystem} ${r.package}`;
    lines.push(
      `  ${r.action.padEnd(4)} ${r.id}: ${what} ${r.versions ?? '(every version)'}${r.locked ? ' [locked]' : ''}`,
    );
  }
  for (const e of expired) {
    lines.push(`  note: exception for rule ${e.rule} expired on ${e.expires} (${formatOrigin(e.origin)})`);
  }
  // What this file weakens compared with having none (the built-in default), as a pull request
  // adding it would be told.
  for (const w of policyWeakenings(await loadPolicy('builtin:default'), policy)) {
    lines.push(`  warning: compared with the built-in default, it ${w}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** Reads `github:` policies with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise). */
export function githubReader(): LoadPolicyOptions['readGithub'] {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return undefined;
  // The GitHub client is loaded when a `github:` policy is first read, not for every scan.
  let client: Promise<GitHubClient> | undefined;
  return async (owner, repo, path, ref) => {
    client ??= import('../github/client.js').then((m) => m.createClient(token));
    const { readGithubFileWith } = await import('../github/files.js');
    return readGithubFileWith(await client, owner, repo, path, ref);
  };
}

/** Loads a policy named on the command line, with `github:` references read through the API. */
export function loadCliPolicy(ref: string): Promise<Policy> {
  const readGithub = githubReader();
  return loadPolicy(ref, readGithub ? { readGithub } : {});
}
