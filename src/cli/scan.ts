// `scan [DIR]`: audit mode, or diff mode with `--base REF`.
import { auditResolveHook } from '../resolver/index.js';
import { DEFAULT_POLICY_PATHS, policyChangeNotice, readPolicyText } from '../diff.js';
import { limitsFromEnv } from '../limits.js';
import { loadPolicy, loadPolicyFromTree } from '../policy/load.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import { gateFails, type FailOn, type Report } from '../report.js';
import { renderJson } from '../reporters/json.js';
import { renderCodeQuality } from '../reporters/codequality.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderScanText } from '../reporters/text.js';
import { styleText } from 'node:util';
import { audit, diffScan } from '../scan.js';
import { DirectorySource } from '../sources/directory.js';
import { GitSource, revParse, workTreeChanges, workTreeOf } from '../sources/git.js';
import { emit, oneOf, parse, rootDir, UsageError } from './args.js';
import { npmResolver } from './npm-resolver.js';
import { defaultPolicyRef, githubReader, loadCliPolicy } from './policy.js';

export async function scanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    policy: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
    offline: { type: 'boolean' },
    registry: { type: 'string' },
  });
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
  let report: Report;
  let pathPrefix = '';
  let rules: Policy['rules'];
  if (base !== undefined) {
    const wt = await workTreeOf(dir);
    if (!wt) throw new UsageError(`--base needs DIR to be a git work tree; ${dir} is not one`);
    let sha: string;
    try {
      sha = await revParse(dir, base);
    } catch (e) {
      throw new UsageError(`--base: ${(e as Error).message}`);
    }
    pathPrefix = wt.prefix;
    const baseSource = new GitSource(wt.top, sha, wt.prefix, limits.maxFiles);
    const head = new DirectorySource(dir, limits.maxFiles);
    try {
      const { policy, notices } = policyOption
        ? { policy: await loadCliPolicy(policyOption), notices: [] }
        : await basePolicy(baseSource, head);
      const changed = await workTreeChanges(wt.top, sha, wt.prefix);
      // Registry settings come from the base commit's .npmrc: a change cannot redirect look-ups.
      const baseNpmrc = await readPolicyText(baseSource, '.npmrc').catch(() => null);
      const resolve = auditResolveHook(npmResolver(dir, values, baseNpmrc));
      rules = policy.rules;
      report = await diffScan(baseSource, head, { policy, limits, notices, changed, resolve, failOn });
    } finally {
      baseSource.close();
    }
  } else {
    const policy = await loadCliPolicy(policyOption ?? defaultPolicyRef(dir));
    rules = policy.rules;
    // SARIF locations are relative to the repository root, as code scanning reads them.
    if (format === 'sarif' || format === 'codequality') pathPrefix = (await workTreeOf(dir))?.prefix ?? '';
    const resolve = auditResolveHook(npmResolver(dir, values));
    report = await audit(new DirectorySource(dir, limits.maxFiles), { policy, limits, resolve });
  }
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report, { failOn, pathPrefix, rules })
        : format === 'codequality'
          ? renderCodeQuality(report, { failOn, pathPrefix })
          : format === 'markdown'
            ? renderMarkdown(report, { failOn })
            : renderScanText(report, {
                failOn,
                // Colour on a terminal only; styleText honours NO_COLOR and FORCE_COLOR.
                ...(values.output === undefined
                  ? { style: (f, t) => styleText(f, t, { stream: process.stdout }) }
                  : {}),
              });
  await emit(text, values.output as string | undefined);
  return gateFails(report, failOn) ? 1 : 0;
}

/**
 * Diff mode without --policy: the policy file as it is at the base commit (or builtin:default when
 * the base has none), and a notice when the working tree changes it.
 */
async function basePolicy(
  baseSource: GitSource,
  head: DirectorySource,
): Promise<{ policy: Policy; notices: PolicyNotice[] }> {
  const readGithub = githubReader();
  for (const path of DEFAULT_POLICY_PATHS) {
    const [atBase, atHead] = await Promise.all([
      readPolicyText(baseSource, path),
      readPolicyText(head, path),
    ]);
    if (atBase === null && atHead === null) continue;
    const policy =
      atBase === null
        ? await loadPolicy('builtin:default')
        : await loadPolicyFromTree(path, (p) => readPolicyText(baseSource, p), { readGithub });
    const notices: PolicyNotice[] = [];
    if (atHead !== atBase) {
      let headPolicy: Policy | Error | null;
      try {
        headPolicy =
          atHead === null
            ? null
            : await loadPolicyFromTree(path, (p) => readPolicyText(head, p).catch(() => null), {
                readGithub,
              });
      } catch (e) {
        headPolicy = e as Error;
      }
      notices.push(policyChangeNotice(path, atBase === null ? null : policy, headPolicy));
    }
    return { policy, notices };
  }
  return { policy: await loadPolicy('builtin:default'), notices: [] };
}
