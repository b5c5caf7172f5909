// The CLI's command line: which command runs, and how its failure becomes an exit code. Each
// command's code is loaded only when that command runs (`--version` and `--help` load none of it,
// `inventory` no policy, GitHub or org code), which keeps start-up time and memory down.
import { PolicyError } from '../policy/error.js';
import { VERSION } from '../model/version.js';
import { UsageError } from './args.js';
import { commandUsage, helpAsked, USAGE } from './usage.js';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `CMD --help`, `CMD SUB --help` and `help CMD`: the command's usage, exit 0, nothing loaded.
    const asked = command === 'help' ? rest[0] : helpAsked(rest) ? command : undefined;
    const usage = asked !== undefined ? commandUsage(asked) : undefined;
    if (usage !== undefined) {
      process.stdout.write(usage);
      return 0;
    }
    if (command === 'help' && asked !== undefined) throw new UsageError(`unknown command "${asked}"`);
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
        process.stdout.write(`ai-tooling-gate ${VERSION}\n`);
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
