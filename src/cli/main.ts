import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '../catalog/index.js';
import { inventory } from '../engine.js';
import { limitsFromEnv } from '../limits.js';
import { DEFAULT_POLICY_PATHS, policyChangeNotice, readPolicyText } from '../diff.js';
import { loadPolicy, parsePolicyText, PolicyError } from '../policy/load.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import { gateFails, type FailOn, type Report } from '../report.js';
import { renderJson } from '../reporters/json.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderInventoryText, renderScanText } from '../reporters/text.js';
import { audit, diffScan, inventoryReport } from '../scan.js';
import { DirectorySource } from '../sources/directory.js';
import { GitSource, revParse, workTreeChanges, workTreeOf } from '../sources/git.js';
import { auditOrgCommand, mergeReportsCommand, ORG_USAGE } from '../org/cli.js';

const USAGE = `Usage: ai-tooling-gate <command> [options]

Commands:
  scan [DIR]            evaluate everything found under DIR (default .) against the policy
  inventory [DIR]       list every component found, no policy
  policy check FILE     validate a policy file
  catalog               print the built-in AI-tool catalog and advisories
  audit-org ORG         audit every repository of a GitHub organisation through the API
  merge-reports FILE…   join the JSON reports of audit-org shards into one report

scan options:
  --policy FILE         policy file or builtin:NAME (default: DIR/.github/ai-tooling-policy.yml|.yaml|.json, else builtin:default)
  --format F            text | json | sarif | markdown (default text)
  --output FILE         write the report to FILE instead of stdout
  --base REF            diff mode: DIR must be a git work tree; compare REF with the working tree
                        (the policy is read from REF unless --policy is given)
  --fail-on WHAT        introduced | any | never (default any; introduced with --base)
  --offline             never contact a registry
  --registry URL        npm registry for resolving unpinned specs

${ORG_USAGE.trimStart()}
Exit codes: 0 passed, 1 gate failed (a failing finding or an unreadable input), 2 usage error or invalid policy.
`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest);
      case 'inventory':
        return await inventoryCommand(rest);
      case 'policy':
        return await policyCommand(rest);
      case 'catalog':
        return catalogCommand(rest);
      case 'audit-org':
        return await auditOrgCommand(rest);
      case 'merge-reports':
        return await mergeReportsCommand(rest);
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case '--version':
        process.stdout.write('ai-tooling-gate 0.1.0\n');
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`ai-tooling-gate: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof PolicyError) {
      process.stderr.write(`ai-tooling-gate: invalid policy: ${e.message}\n`);
      return 2;
    }
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ai-tooling-gate: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // Anything else is a failure to scan: fail closed, without a stack trace.
    process.stderr.write(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function parse(
  args: string[],
  options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>,
) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function rootDir(positionals: string[]): string {
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const dir = resolve(positionals[0] ?? '.');
  if (!existsSync(dir)) throw new UsageError(`directory "${positionals[0]}" does not exist`);
  return dir;
}

export function defaultPolicyRef(dir: string): string {
  for (const name of ['ai-tooling-policy.yml', 'ai-tooling-policy.yaml', 'ai-tooling-policy.json']) {
    const p = join(dir, '.github', name);
    if (existsSync(p)) return p;
  }
  return 'builtin:default';
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(output, text);
  else process.stdout.write(text);
}

async function scanCommand(args: string[]): Promise<number> {
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
    ['text', 'json', 'sarif', 'markdown'] as const,
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
        ? { policy: await loadPolicy(policyOption), notices: [] }
        : await basePolicy(baseSource, head);
      const changed = await workTreeChanges(wt.top, sha, wt.prefix);
      report = await diffScan(baseSource, head, { policy, limits, notices, changed });
    } finally {
      baseSource.close();
    }
  } else {
    const policy = await loadPolicy(policyOption ?? defaultPolicyRef(dir));
    report = await audit(new DirectorySource(dir, limits.maxFiles), { policy, limits });
  }
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report, { failOn, pathPrefix })
        : format === 'markdown'
          ? renderMarkdown(report, { failOn })
          : renderScanText(report);
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
  for (const path of DEFAULT_POLICY_PATHS) {
    const [atBase, atHead] = await Promise.all([
      readPolicyText(baseSource, path),
      readPolicyText(head, path),
    ]);
    if (atBase === null && atHead === null) continue;
    const policy = atBase === null ? await loadPolicy('builtin:default') : parsePolicyText(path, atBase, '.');
    const notices: PolicyNotice[] = [];
    if (atHead !== atBase) {
      let headPolicy: Policy | Error | null;
      try {
        headPolicy = atHead === null ? null : parsePolicyText(path, atHead, '.');
      } catch (e) {
        headPolicy = e as Error;
      }
      notices.push(policyChangeNotice(path, atBase === null ? null : policy, headPolicy));
    }
    return { policy, notices };
  }
  return { policy: await loadPolicy('builtin:default'), notices: [] };
}

async function inventoryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    offline: { type: 'boolean' },
    registry: { type: 'string' },
  });
  const dir = rootDir(positionals);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  const limits = limitsFromEnv(process.env);
  const inv = await inventory(new DirectorySource(dir, limits.maxFiles), { limits });
  const report = inventoryReport(inv);
  await emit(
    format === 'json' ? renderJson(report) : renderInventoryText(report),
    values.output as string | undefined,
  );
  return inv.errors.length > 0 ? 1 : 0;
}

async function policyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'check')
    throw new UsageError(sub ? `unknown policy command "${sub}"` : 'policy needs a subcommand: check FILE');
  const { positionals } = parse(rest, {});
  if (positionals.length !== 1) throw new UsageError('policy check takes exactly one FILE');
  const policy = await loadPolicy(positionals[0]!);
  process.stdout.write(
    `${positionals[0]}: valid policy: ${policy.rules.length} rules, ${policy.exceptions.length} exceptions (from ${policy.sources.join(', ')})\n`,
  );
  return 0;
}

function catalogCommand(args: string[]): number {
  const { values } = parse(args, { format: { type: 'string' } });
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  if (format === 'json') {
    process.stdout.write(
      JSON.stringify(
        {
          tools: catalog.tools.map((t) => ({
            ...t,
            carriers: t.carriers.map(({ toolVersion: _tv, ...c }) => c),
          })),
        },
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  for (const t of catalog.tools) {
    process.stdout.write(`${t.id}  ${t.name} (${t.vendor})\n`);
    for (const c of t.carriers) process.stdout.write(`  ${c.ecosystem}  ${c.package}  — ${c.kind}\n`);
  }
  return 0;
}
