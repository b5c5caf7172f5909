// The org commands' part of the CLI's usage text, apart from their code: `--help` prints it
// without loading the org audit.
export const ORG_USAGE = `
audit-org ORG options:
  --repositories GLOBS  repositories to audit: globs separated by commas or newlines, !GLOB excludes (default: all)
  --include-archived    also audit archived repositories
  --include-forks       also audit forks
  --shard I/N           audit only shard I of N (repositories split by a hash of their name)
  --policy REF          central policy: a file, builtin:NAME or github:OWNER/REPO/PATH@REF (default builtin:default)
  --repo-policy MODE    ignore (default) | merge: each repository's own policy extends the central one,
                        whose rules stay locked
  --format F            json | text | csv | html | markdown (default text)
  --output FILE         write the report to FILE instead of stdout
  --concurrency N       repositories scanned at once (default 4)
  --fail-on WHAT        any (default) | never
  --offline             never contact a registry: unpinned versions stay unknown unless their range decides
  --registry URL        npm registry for resolving unpinned specs (default: the user's npm config, else
                        the public registry; repositories' own .npmrc files are not used)
  Token from GITHUB_TOKEN (or GH_TOKEN); API from GITHUB_API_URL (default https://api.github.com).

merge-reports FILE… options:
  --format F            json (default) | text | csv | html | markdown
  --output FILE         write the merged report to FILE instead of stdout
  --fail-on WHAT        any (default) | never
`;
