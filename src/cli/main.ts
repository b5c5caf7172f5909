// The CLI's command line: which command runs, and how its failure becomes an exit code. Each
// command's code is loaded only when that command runs (`--version` and `--help` load none of it,
// `inventory` no policy, GitHub or org code), which keeps start-up time and memory down.
import { PolicyError } from '../policy/error.js';
import { ORG_USAGE } from '../org/usage.js';
import { UsageError } from './args.js';

const USAGE = `Usage: ai-tooling-gate <command> [options]

Commands:
  scan [DIR]            evaluate everything found under DIR (default .) against the policy
  inventory [DIR]       list every component found, no policy
  policy check FILE     validate a policy file
  catalog               print the built-in AI-tool catalog and advisories (--format text|json)
  host-audit            audit what is installed on this machine (--root DIR) or in an image (--image FILE)
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

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await (await import('./scan.js')).scanCommand(rest);
      case 'inventory':
        return await (await import('./inventory.js')).inventoryCommand(rest);
      case 'policy':
        return await (await import('./policy.js')).policyCommand(rest);
      case 'catalog':
        return (await import('./catalog.js')).catalogCommand(rest);
      case 'host-audit':
        return await (await import('./host-audit.js')).hostAuditCommand(rest);
      case 'audit-org':
        return await (await import('../org/cli.js')).auditOrgCommand(rest);
      case 'merge-reports':
        return await (await import('../org/cli.js')).mergeReportsCommand(rest);
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
