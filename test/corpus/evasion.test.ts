// Every folder of the shared evasion corpus, held exact: judged by the built CLI as the corpus
// README defines a pass (every non-optional finding reported at an accepted place, every fail/warn
// reported expected, an error where one is expected, exit 1 exactly when a non-optional entry fails
// or errs). A folder with `pr.sh` is a pull request: the script builds the repository and the scan
// is `--base HEAD~1`. NOT_YET lists the cases the gate does not handle yet; each must still fail
// here, so that a case that starts to pass has to leave the list.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, projectRoot } from '../helpers/bundles.js';

// ../shared beside the checkout (a worktree sits one folder deeper), or AITG_EVASION_CORPUS.
const EVASION =
  process.env.AITG_EVASION_CORPUS ??
  [join(projectRoot, '..', 'shared'), join(projectRoot, '..', '..', 'shared')]
    .map((s) => join(s, 'corpus', 'evasion'))
    .find((p) => existsSync(p)) ??
  join(projectRoot, '..', 'shared', 'corpus', 'evasion');
if (!existsSync(EVASION)) console.warn(`evasion corpus cases skipped: ${EVASION} is absent`);
const CASES = existsSync(EVASION)
  ? readdirSync(EVASION).filter((d) => existsSync(join(EVASION, d, 'expected.json')))
  : [];
const NOT_YET = new Set<string>([]);

interface Expected {
  ruleId: string | null;
  action: string;
  file: string;
  lines: number[];
  optional?: boolean;
  alternatives?: { file: string; lines: number[] }[];
}

interface Reported {
  ruleId: string;
  action: string;
  location: { file: string; line: number };
}

function scan(caseDir: string): { code: number; findings: Reported[]; errors: { file: string }[] } {
  // A copy without expected.json, as the repository would hold it; pr.sh builds a git repository.
  const work = mkdtempSync(join(tmpdir(), 'aitg-evasion-'));
  try {
    const args = [CLI_BUNDLE, 'scan'];
    if (existsSync(join(caseDir, 'pr.sh'))) {
      const repo = join(work, 'repo');
      execFileSync('bash', [join(caseDir, 'pr.sh'), repo], { stdio: 'ignore' });
      args.push(repo, '--base', 'HEAD~1');
    } else {
      cpSync(caseDir, work, { recursive: true });
      rmSync(join(work, 'expected.json'));
      args.push(work);
    }
    const r = spawnSync(process.execPath, [...args, '--offline', '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { findings: Reported[]; errors: { file: string }[] };
    return { code: r.status ?? -1, findings: report.findings, errors: report.errors };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const accepts = (e: Expected, f: Reported) =>
  e.ruleId === f.ruleId &&
  e.action === f.action &&
  [{ file: e.file, lines: e.lines }, ...(e.alternatives ?? [])].some(
    (p) => p.file === f.location.file && p.lines.includes(f.location.line),
  );

/** What is wrong with a case's result, as the corpus README defines a pass; empty when it passes. */
function problems(name: string): string[] {
  const dir = join(EVASION, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
  const r = scan(dir);
  const out: string[] = [];
  const reported = r.findings.filter((f) => f.action === 'fail' || f.action === 'warn');
  for (const e of expected.filter((x) => !x.optional)) {
    const places = [{ file: e.file, lines: e.lines }, ...(e.alternatives ?? [])];
    const hit =
      e.action === 'error'
        ? r.errors.some((x) => places.some((p) => p.file === x.file))
        : reported.some((f) => accepts(e, f));
    if (!hit) out.push(`missing ${JSON.stringify(e)}`);
  }
  for (const f of reported)
    if (!expected.some((e) => e.action !== 'error' && accepts(e, f)))
      out.push(`unexpected ${JSON.stringify(f)}`);
  const fails = expected.some((e) => !e.optional && (e.action === 'fail' || e.action === 'error'));
  if (r.code !== (fails ? 1 : 0)) out.push(`exit ${r.code}, expected ${fails ? 1 : 0}`);
  return out;
}

describe.skipIf(!existsSync(EVASION))('evasion corpus', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThanOrEqual(16));
  for (const name of CASES) {
    it(name, () => {
      const found = problems(name);
      if (NOT_YET.has(name)) expect(found, `${name} passes now: remove it from NOT_YET`).not.toEqual([]);
      else expect(found).toEqual([]);
    });
  }
});
