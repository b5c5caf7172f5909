import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCatalogJson, renderCatalogText } from '../catalog/render.js';
import { inventoryEach } from '../engine.js';
import { limitsFromEnv } from '../limits.js';
import { DEFAULT_POLICY_PATHS, policyChangeNotice, readPolicyText } from '../diff.js';
import { isExpired } from '../policy/evaluate.js';
import { loadPolicy, loadPolicyFromTree, PolicyError, type LoadPolicyOptions } from '../policy/load.js';
import { createClient } from '../github/client.js';
import { readGithubFileWith } from '../github/files.js';
import { formatOrigin } from '../policy/parse.js';
import type { Policy, PolicyNotice } from '../policy/types.js';
import { gateFails, type FailOn, type Report } from '../report.js';
import { inventoryJson, renderJson } from '../reporters/json.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { inventoryTextLine, inventoryTextTail, renderScanText } from '../reporters/text.js';
import {
  auditResolveHook,
  createNpmResolver,
  normalizeRegistry,
  type NpmResolver,
} from '../resolver/index.js';
import { audit, diffScan } from '../scan.js';
import type { ScanError } from '../model.js';
import { DirectorySource } from '../sources/directory.js';
import { GitSource, revParse, workTreeChanges, workTreeOf } from '../sources/git.js';
import { auditOrgCommand, mergeReportsCommand, ORG_USAGE } from '../org/cli.js';

const USAGE = `Usage: ai-tooling-gate <command> [options]

Commands:
  scan [DIR]            evaluate everything found under DIR (default .) against the policy
  inventory [DIR]       list every component found, no policy
  policy check FILE     validate a policy file
  catalog               print the built-in AI-tool catalog and advisories (--format text|json)
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

inventory options: --format text|json, --output FILE, --offline, --registry URL

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

/** The npm resolver for `--offline` / `--registry` (offline still notes why versions stay unknown). */
function npmResolver(
  dir: string,
  values: { offline?: unknown; registry?: unknown },
  projectNpmrc?: string | null,
): NpmResolver {
  const registry = values.registry as string | undefined;
  if (registry !== undefined && normalizeRegistry(registry) === null)
    throw new UsageError(`--registry must be an http(s) URL, not "${registry}"`);
  return createNpmResolver({
    root: dir,
    offline: values.offline === true,
    env: process.env,
    ...(registry !== undefined ? { registry } : {}),
    ...(projectNpmrc !== undefined ? { projectNpmrc } : {}),
  });
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
        ? { policy: await loadCliPolicy(policyOption), notices: [] }
        : await basePolicy(baseSource, head);
      const changed = await workTreeChanges(wt.top, sha, wt.prefix);
      // Registry settings come from the base commit's .npmrc: a change cannot redirect look-ups.
      const baseNpmrc = await readPolicyText(baseSource, '.npmrc').catch(() => null);
      const resolve = auditResolveHook(npmResolver(dir, values, baseNpmrc));
      report = await diffScan(baseSource, head, { policy, limits, notices, changed, resolve });
    } finally {
      baseSource.close();
    }
  } else {
    const policy = await loadCliPolicy(policyOption ?? defaultPolicyRef(dir));
    const resolve = auditResolveHook(npmResolver(dir, values));
    report = await audit(new DirectorySource(dir, limits.maxFiles), { policy, limits, resolve });
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

/** Reads `github:` policies with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise). */
function githubReader(): LoadPolicyOptions['readGithub'] {
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) return undefined;
  const client = createClient(token);
  return (owner, repo, path, ref) => readGithubFileWith(client, owner, repo, path, ref);
}

/** Loads a policy named on the command line, with `github:` references read through the API. */
function loadCliPolicy(ref: string): Promise<Policy> {
  const readGithub = githubReader();
  return loadPolicy(ref, readGithub ? { readGithub } : {});
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
  const resolver = npmResolver(dir, values);
  // Written file by file as the tree is read: the whole inventory of a large monorepo is never
  // held in memory at once.
  const out = await openOutput(values.output as string | undefined);
  try {
    const errors: ScanError[] = [];
    let count = 0;
    if (format === 'json') await out.write(inventoryJson.head);
    const totals = await inventoryEach(
      new DirectorySource(dir, limits.maxFiles),
      { limits },
      async (_file, found) => {
        const resolved = await resolver(found);
        if (resolved.errors) errors.push(...resolved.errors);
        let chunk = '';
        for (const c of resolved.components) {
          chunk += format === 'json' ? inventoryJson.component(c, count === 0) : inventoryTextLine(c) + '\n';
          count++;
        }
        await out.write(chunk);
      },
    );
    const allErrors = [...totals.errors, ...errors];
    const summary = { filesScanned: totals.filesScanned, components: count };
    await out.write(
      format === 'json'
        ? inventoryJson.tail(count > 0, allErrors, summary)
        : inventoryTextTail(allErrors, summary),
    );
    return allErrors.length > 0 ? 1 : 0;
  } finally {
    await out.close();
  }
}

/** A report written in pieces to a file or to stdout, waiting when stdout is full. */
async function openOutput(
  path: string | undefined,
): Promise<{ write(s: string): Promise<void>; close(): Promise<void> }> {
  if (path) {
    const handle = await open(path, 'w');
    return {
      write: async (s) => {
        if (s) await handle.write(s);
      },
      close: () => handle.close(),
    };
  }
  return {
    // Waits for 'drain' when stdout is full; a closed pipe ('error', EPIPE) ends the wait with it.
    write: async (s) => {
      if (s !== '' && !process.stdout.write(s)) await once(process.stdout, 'drain');
    },
    close: () => Promise.resolve(),
  };
}

async function policyCommand(args: string[]): Promise<number> {
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
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function catalogCommand(args: string[]): number {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf('format', values.format as string | undefined, ['text', 'json'] as const, 'text');
  process.stdout.write(format === 'json' ? renderCatalogJson() : renderCatalogText());
  return 0;
}
