// `scan [DIR]`: audit mode, or diff mode with `--base REF`.
import { auditResolveHook } from '../resolver/index.js';
import { limitsFromEnv } from '../model/limits.js';
import { loadTrustedPolicy, namePolicy, readPolicyText, type TrustedPolicy } from '../policy/trusted.js';
import type { Policy } from '../policy/types.js';
import { verdictOf, type FailOn, type Report } from '../gate/report.js';
import { renderJson } from '../reporters/json.js';
import { renderCodeQuality } from '../reporters/codequality.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderScanText } from '../reporters/text.js';
import { styleText } from 'node:util';
import { audit, diffScan } from '../gate/scan.js';
import { DirectorySource } from '../sources/directory.js';
import { GitSource, revParse, workTreeOf } from '../sources/git.js';
import { gitChanges } from '../sources/git-changes.js';
import { emit, oneOf, parse, rootDir, UsageError } from './args.js';
import { npmResolver } from './npm-resolver.js';
import { githubReader, loadCliPolicy } from './policy.js';

export async function scanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    policy: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
    offline: { type: 'boolean' },
    registry: { type: 'string' },
    'strict-parse': { type: 'boolean' },
  });
  const strictParse = values['strict-parse'] === true ? { strictParse: true } : {};
  const dir = rootDir(positionals);
  const format = oneOf(
    'format',
    values.format as string | undefined,
    ['text', 'json', 'sarif', 'markdown', 'codequality'] as const,
    'text',
  );
  const base = values.base as string | undefined;
  const failOn = oneOf<FailOn>(
    'fail-on',
    values['fail-on'] as string | undefined,
    ['introduced', 'any', 'never'],
    base !== undefined ? 'introduced' : 'any',
  );
  const limits = limitsFromEnv(process.env);
  const policyOption = values.policy as string | undefined;
  const readGithub = githubReader();
  // The policy named by --policy (a file, builtin: or github:), else the one the action would use:
  // in a git work tree the repository root's, else DIR's; in diff mode as the base commit has it.
  const explicit = async (): Promise<TrustedPolicy> =>
    namePolicy(await loadCliPolicy(policyOption!), policyOption!);
  const wt = await workTreeOf(dir);
  let report: Report;
  let pathPrefix: string;
  let rules: Policy['rules'];
  if (base !== undefined) {
    if (!wt) throw new UsageError(`--base needs DIR to be a git work tree; ${dir} is not one`);
    let sha: string;
    try {
      sha = await revParse(dir, base);
    } catch (e) {
      throw new UsageError(`--base: ${(e as Error).message}`);
    }
    pathPrefix = wt.prefix;
    const baseSource = new GitSource(wt.top, sha, wt.prefix, limits.maxFiles);
    const baseRoot = wt.prefix ? new GitSource(wt.top, sha, '', limits.maxFiles) : baseSource;
    const head = new DirectorySource(dir, limits.maxFiles);
    try {
      const named = policyOption
        ? await explicit()
        : await loadTrustedPolicy({
            trusted: baseRoot,
            proposed: wt.prefix ? new DirectorySource(wt.top, limits.maxFiles) : head,
            prefix: wt.prefix,
            ...(readGithub ? { readGithub } : {}),
          });
      const { changed, renames } = await gitChanges(wt.top, sha, null, wt.prefix);
      // Registry settings come from the base commit's .npmrc: a change cannot redirect look-ups.
      const baseNpmrc = await readPolicyText(baseSource, '.npmrc').catch(() => null);
      const resolve = auditResolveHook(npmResolver(dir, values, baseNpmrc));
      rules = named.policy.rules;
      report = await diffScan(baseSource, head, {
        policy: named.policy,
        policyName: { source: named.source, digest: named.digest },
        pathPrefix,
        limits,
        notices: named.notices,
        changed,
        renames,
        resolve,
        failOn,
        ...strictParse,
      });
    } finally {
      baseSource.close();
      if (baseRoot !== baseSource) baseRoot.close();
    }
  } else {
    pathPrefix = wt?.prefix ?? '';
    const named = policyOption
      ? await explicit()
      : await loadTrustedPolicy({
          trusted: new DirectorySource(wt ? wt.top : dir, limits.maxFiles),
          prefix: pathPrefix,
          ...(readGithub ? { readGithub } : {}),
        });
    rules = named.policy.rules;
    const resolve = auditResolveHook(npmResolver(dir, values));
    report = await audit(new DirectorySource(dir, limits.maxFiles), {
      policy: named.policy,
      policyName: { source: named.source, digest: named.digest },
      pathPrefix,
      limits,
      resolve,
      ...strictParse,
    });
  }
  const verdict = verdictOf(report, failOn);
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report, { verdict, pathPrefix, rules })
        : format === 'codequality'
          ? renderCodeQuality(report, { verdict, pathPrefix })
          : format === 'markdown'
            ? renderMarkdown(report, { verdict })
            : renderScanText(report, {
                verdict,
                // Colour on a terminal only; styleText honours NO_COLOR and FORCE_COLOR.
                ...(values.output === undefined
                  ? { style: (f, t) => styleText(f, t, { stream: process.stdout }) }
                  : {}),
              });
  await emit(text, values.output as string | undefined);
  return verdict.fails ? 1 : 0;
}
