// The evasion corpus folders whose technique passes a value between files (caller arguments,
// workflow matrices) and their false-positive twin, held exact: judged by the built CLI as the
// corpus README defines a pass (every non-optional finding reported at an accepted place, every
// fail/warn reported expected, exit 1 exactly when a non-optional entry fails).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
const CASES = ['m-args-devcontainer-script', 'm-wf-matrix-version', 'fp-variable-scoping'];

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

function scan(dir: string): { code: number; findings: Reported[] } {
  try {
    const out = execFileSync(process.execPath, [CLI_BUNDLE, 'scan', dir, '--offline', '--format', 'json'], {
      encoding: 'utf8',
    });
    return { code: 0, findings: (JSON.parse(out) as { findings: Reported[] }).findings };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, findings: (JSON.parse(err.stdout) as { findings: Reported[] }).findings };
  }
}

const accepts = (e: Expected, f: Reported) =>
  e.ruleId === f.ruleId &&
  e.action === f.action &&
  [{ file: e.file, lines: e.lines }, ...(e.alternatives ?? [])].some(
    (p) => p.file === f.location.file && p.lines.includes(f.location.line),
  );

describe.skipIf(!existsSync(EVASION))('evasion corpus: values that flow between files', () => {
  for (const name of CASES) {
    it(name, () => {
      const dir = join(EVASION, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
      const r = scan(dir);
      const reported = r.findings.filter((f) => f.action === 'fail' || f.action === 'warn');
      for (const e of expected.filter((x) => !x.optional))
        expect(
          reported.some((f) => accepts(e, f)),
          `${name}: ${JSON.stringify(e)}`,
        ).toBe(true);
      for (const f of reported)
        expect(
          expected.some((e) => accepts(e, f)),
          `${name}: unexpected ${JSON.stringify(f)}`,
        ).toBe(true);
      const fails = expected.some((e) => !e.optional && (e.action === 'fail' || e.action === 'error'));
      expect(r.code).toBe(fails ? 1 : 0);
    });
  }
});
