// The CLI's usage texts: the whole (`--help`) and each command's (`scan --help`, `policy check
// --help`, `help scan`). Strings only, so printing help loads no command's code.
import { ORG_USAGE } from '../org/usage.js';

const SCAN = `Usage: ai-tooling-gate scan [DIR] [options]

Evaluate everything found under DIR (default .) against the policy.

Options:
  --policy FILE         policy file or builtin:NAME (default: DIR/.github/ai-tooling-policy.yml|.yaml|.json, else builtin:default)
  --format F            text | json | sarif | markdown | codequality (default text)
  --output FILE         write the report to FILE instead of stdout (missing folders are created)
  --base REF            diff mode: DIR must be a git work tree; compare REF with the working tree
                        (the policy is read from REF unless --policy is given)
  --fail-on WHAT        introduced | any | never (default any; introduced with --base)
  --offline             never contact a registry
  --registry URL        npm registry for resolving unpinned specs
  --strict-parse        parse every lockfile entry and report its errors, even where it names
                        nothing the policy covers (by default such entries are only counted)
  -h, --help            this text
`;

const INVENTORY = `Usage: ai-tooling-gate inventory [DIR] [options]

List every component found under DIR (default .), no policy.

Options:
  --format F            text | json | cyclonedx (default text; cyclonedx: a CycloneDX 1.6 SBOM)
  --output FILE         write the inventory to FILE instead of stdout (missing folders are created)
  --offline             never contact a registry
  --registry URL        npm registry for resolving unpinned specs
  -h, --help            this text
`;

const POLICY = `Usage: ai-tooling-gate policy check FILE

Validate a policy file (and everything it extends): exit 0 when valid, 2 with the file, line and
column of each problem otherwise.
`;

const CATALOG = `Usage: ai-tooling-gate catalog [--format text|json]

Print the built-in AI-tool catalog (every carrier of each tool and how its versions map) and the
advisories.
`;

const [AUDIT_ORG, MERGE_REPORTS] = ORG_USAGE.trim().split(/\n\n(?=merge-reports)/) as [string, string];

export const USAGE = `Usage: ai-tooling-gate <command> [options]

Commands:
  scan [DIR]            evaluate everything found under DIR (default .) against the policy
  inventory [DIR]       list every component found, no policy
  policy check FILE     validate a policy file
  catalog               print the built-in AI-tool catalog and advisories (--format text|json)
  host-audit            audit what is installed on this machine (--root DIR) or in an image (--image FILE)
  audit-org ORG         audit every repository of a GitHub organisation through the API
  merge-reports FILE…   join the JSON reports of audit-org shards into one report

${SCAN.slice(SCAN.indexOf('Options:')).replace('Options:', 'scan options:')}
inventory options: --format text|json|cyclonedx, --output FILE, --offline, --registry URL

${ORG_USAGE.trimStart()}
Every command takes --help. Exit codes: 0 passed, 1 gate failed (a failing finding or an unreadable
input), 2 usage error or invalid policy.
`;

const BY_COMMAND: Record<string, string> = {
  scan: SCAN,
  inventory: INVENTORY,
  policy: POLICY,
  catalog: CATALOG,
  'audit-org': `Usage: ai-tooling-gate audit-org ORG [options]\n\nAudit every repository of a GitHub organisation through the API.\n\n${AUDIT_ORG}\n`,
  'merge-reports': `Usage: ai-tooling-gate merge-reports FILE… [options]\n\nJoin the JSON reports of audit-org shards into one report.\n\n${MERGE_REPORTS}\n`,
};

/** A command's usage text; the whole usage for no command; undefined for an unknown one. */
export function commandUsage(command: string | undefined): string | undefined {
  return command === undefined || command === '--help' || command === '-h' ? USAGE : BY_COMMAND[command];
}

/** Whether `--help`/`-h` is among the arguments (before a `--` that ends the options). */
export function helpAsked(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
