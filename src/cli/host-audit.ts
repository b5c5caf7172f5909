// `host-audit [--root DIR] [--image FILE]`: what is installed on a machine (or under a mounted
// root) or in a container image, judged by the policy; formats and exit codes as `scan`.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditImage, auditRoot, type HostReport } from '../host/audit.js';
import { DEFAULT_MAX_ENTRIES } from '../host/walk.js';
import type { FailOn } from '../gate/report.js';
import { verdictOf } from '../gate/report.js';
import { renderJson } from '../reporters/json.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderScanText } from '../reporters/text.js';
import { emit, oneOf, parse, UsageError } from './args.js';
import { loadTrustedPolicy } from '../policy/trusted.js';
import { workTreeOf } from '../sources/git.js';
import { DirectorySource } from '../sources/directory.js';
import { githubReader, loadCliPolicy } from './policy.js';

export const HOST_AUDIT_USAGE = `Usage: ai-tooling-gate host-audit [--root DIR | --image FILE] [options]

Inventories the AI tools installed under a filesystem root (default /, this machine) or in a
container image (a docker save tarball, or an OCI image layout folder or tar), reading metadata
files only and never running anything, and judges them by the policy.

  --root DIR            filesystem root to audit (default /)
  --image FILE          container image to audit instead (no daemon needed)
  --policy FILE         policy file or builtin:NAME (default: ./.github/ai-tooling-policy.yml|.yaml|.json, else builtin:default)
  --format F            text | json | sarif | markdown (default text)
  --output FILE         write the report to FILE instead of stdout
  --fail-on WHAT        any | never (default any; introduced means any: an audit has nothing to compare)
  --skip PATH           a folder under the root not to enter (repeatable)
  --max-files N         stop with an error after visiting N entries (default 10,000,000)

Exit codes: 0 passed, 1 gate failed (a failing finding or an unreadable path), 2 usage error or invalid policy.
`;

export async function hostAuditCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HOST_AUDIT_USAGE);
    return 0;
  }
  const { values, positionals } = parse(args, {
    root: { type: 'string' },
    image: { type: 'string' },
    policy: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    skip: { type: 'string', multiple: true },
    'max-files': { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf(
    'format',
    values.format as string | undefined,
    ['text', 'json', 'sarif', 'markdown'] as const,
    'text',
  );
  const failOn = oneOf<FailOn>(
    'fail-on',
    values['fail-on'] as string | undefined,
    ['introduced', 'any', 'never'],
    'any',
  );
  const image = values.image as string | undefined;
  const rootOption = values.root as string | undefined;
  if (image !== undefined && rootOption !== undefined)
    throw new UsageError('give --root or --image, not both');
  const maxRaw = values['max-files'] as string | undefined;
  const maxEntries = maxRaw === undefined ? DEFAULT_MAX_ENTRIES : Number(maxRaw);
  if (!Number.isSafeInteger(maxEntries) || maxEntries <= 0)
    throw new UsageError(`--max-files must be a positive whole number, not "${maxRaw}"`);
  // --policy, else the policy scan would use for the current folder.
  const policyOption = values.policy as string | undefined;
  let policy;
  if (policyOption !== undefined) policy = await loadCliPolicy(policyOption);
  else {
    const wt = await workTreeOf(process.cwd());
    const readGithub = githubReader();
    policy = (
      await loadTrustedPolicy({
        trusted: new DirectorySource(wt ? wt.top : process.cwd()),
        prefix: wt?.prefix ?? '',
        ...(readGithub ? { readGithub } : {}),
      })
    ).policy;
  }

  let host: HostReport;
  let audited: { root?: string; image?: string };
  if (image !== undefined) {
    const file = resolve(image);
    if (!existsSync(file)) throw new UsageError(`image "${image}" does not exist`);
    host = await auditImage(file, { policy });
    audited = { image: file };
  } else {
    const root = resolve(rootOption ?? '/');
    if (!existsSync(root) || !statSync(root).isDirectory())
      throw new UsageError(`root "${rootOption}" is not a directory`);
    const skip = ((values.skip as string[] | undefined) ?? []).map((s) => {
      const abs = resolve(root, s.startsWith('/') ? s.slice(1) : s);
      return abs
        .slice(root.length)
        .replace(/^[/\\]+/, '')
        .split('\\')
        .join('/');
    });
    host = await auditRoot(root, { policy, maxEntries, skip });
    audited = { root };
  }
  for (const s of host.skipped)
    process.stderr.write(`ai-tooling-gate: not entered: ${s.path} (${s.reason})\n`);
  const report = host.report;
  const verdict = verdictOf(report, failOn);
  const text =
    format === 'json'
      ? renderJson({
          ...report,
          host: { ...audited, entriesVisited: host.entriesVisited, skipped: host.skipped },
        } as typeof report)
      : format === 'sarif'
        ? renderSarif(report, { verdict, pathPrefix: '' })
        : format === 'markdown'
          ? renderMarkdown(report, { verdict })
          : renderScanText(report, { verdict });
  await emit(text, values.output as string | undefined);
  return verdict.fails ? 1 : 0;
}
