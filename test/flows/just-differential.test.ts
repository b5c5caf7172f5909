// Our reading of justfiles against just itself: `just --dry-run` prints each command of the
// recipes it would run (dependencies included, in order) after interpolation, and runs nothing.
// The same justfiles, invocations and environments must give the same command lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { justRuns, justSites } from '../../src/detectors/justfile.js';
import { parseJustfile } from '../../src/detectors/justfile-model.js';
import type { VarValue } from '../../src/detectors/shell/expand.js';
import { dotenvValues } from '../../src/detectors/parsers/dotenv.js';

const JUST = join(process.cwd(), 'node_modules/rust-just-linux-x64/bin/just');
const CC = '@anthropic-ai/claude-code';

const JUSTFILES: Record<string, string> = {
  params: [
    "cc := env('CC_VERSION', '2.1.90')",
    'export pinned := "2.1.151"',
    'pkg := "' + CC + '" + "@" + cc',
    '',
    'default: lint',
    '',
    'lint:',
    '    echo lint',
    '',
    "install version='2.1.152' $exported='x':",
    `    @npm i -g ${CC}@{{version}} \\`,
    '      --foo',
    '    -echo {{exported}} {{{{literal}}',
    '',
    'release: (install "2.1.154" cc) && lint',
    '    echo released {{cc}} {{ pkg }}',
    '',
    'all *versions:',
    '    for v in {{versions}}; do npm i -g ' + CC + '@$v; done',
    '',
    'alias r := release',
    '',
    'tagged: (install "2.1." + "155" cc+"-x") (install cc / "y")',
    '    echo tagged',
  ].join('\n'),
  shapes: [
    '# A public-justfile shape: settings, attributes, a default marked, env_var_or_default.',
    'set shell := ["bash", "-cu"]',
    "version := env_var_or_default('CLAUDE_CODE_VERSION', '2.1.90')",
    "dir := 'tools' / 'bin'",
    '',
    'build:',
    '    echo build {{dir}}',
    '',
    '[default]',
    '[private]',
    'setup target="dev": build',
    '    npm install -g "' + CC + '@{{version}}" # {{target}}',
    "    echo '{{target}}'",
  ].join('\n'),
};

JUSTFILES.dotenv = [
  'set dotenv-load',
  "cc := env('CC_VERSION', '2.1.90')",
  'agents:',
  `    npm i -g ${CC}@{{cc}} # {{ env('OTHER', 'none') }}`,
].join('\n');
/** `.env` files beside a justfile (just reads them under `set dotenv-load`). */
const DOTENV: Record<string, string> = { dotenv: '# pins\nCC_VERSION=2.1.150\nexport OTHER="x y"\n' };

const INVOCATIONS: { file: string; args: string[]; env?: Record<string, string> }[] = [
  { file: 'dotenv', args: [] },
  { file: 'dotenv', args: ['agents'], env: { CC_VERSION: '2.1.160' } },
  { file: 'params', args: [] },
  { file: 'params', args: ['install'] },
  { file: 'params', args: ['install', '2.1.150'] },
  { file: 'params', args: ['install', '2.1.150', 'y', 'lint'] },
  { file: 'params', args: ['release'], env: { CC_VERSION: '2.1.160' } },
  { file: 'params', args: ['r'] },
  { file: 'params', args: ['tagged'], env: { CC_VERSION: '2.1.161' } },
  { file: 'params', args: ['all', '2.1.150', '2.1.151'] },
  { file: 'params', args: ['cc=2.1.170', 'release'] },
  { file: 'shapes', args: [] },
  { file: 'shapes', args: ['setup', 'prod'], env: { CLAUDE_CODE_VERSION: '2.1.155' } },
  { file: 'shapes', args: ['build', 'setup'] },
];

/** The commands just would run, one per line as it prints them. */
function real(text: string, args: string[], env: Record<string, string>, dotenv?: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'aitg-just-'));
  writeFileSync(join(dir, 'justfile'), text);
  if (dotenv !== undefined) writeFileSync(join(dir, '.env'), dotenv);
  const r = spawnSync(JUST, ['--justfile', join(dir, 'justfile'), '--dry-run', ...args], {
    env: { PATH: '/nonexistent', ...env },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr.split('\n').filter((l) => l !== '');
}

/** The commands we read for the same run, with every bound value written in. */
function ours(text: string, args: string[], env: Record<string, string>, dotenv?: string): string[] {
  const file = parseJustfile(text);
  const value = (t: string): VarValue => ({ text: t, unknown: false });
  const overrides = new Map<string, VarValue>();
  const positional = args.filter((a) => {
    const m = /^([A-Za-z_][\w-]*)=(.*)$/.exec(a);
    if (m) overrides.set(m[1]!, value(m[2]!));
    return !m;
  });
  const runs = justRuns(file, positional.map(value))!;
  const sites = justSites(file, runs, {
    overrides,
    env: new Map(Object.entries(env).map(([k, v]) => [k, value(v)])),
    ...(dotenv !== undefined ? { dotenv: dotenvValues(dotenv, '.env') } : {}),
  });
  const bound = new Map(sites.flatMap((s) => [...(s.env ?? [])]));
  return sites.map((s) =>
    s.script
      .replace(/\$\{\{ (task\.v\d+) \}\}/g, (_, n: string) => bound.get(n)!.text)
      .replace(/\\\n\s*/g, ''),
  );
}

describe.skipIf(!existsSync(JUST))('justfiles read as just reads them (just --dry-run)', () => {
  for (const inv of INVOCATIONS) {
    const label = `just ${inv.args.join(' ')} (${inv.file}${inv.env ? ' ' + JSON.stringify(inv.env) : ''})`;
    it(label, () => {
      const text = JUSTFILES[inv.file]!;
      const dotenv = DOTENV[inv.file];
      expect(ours(text, inv.args, inv.env ?? {}, dotenv)).toEqual(
        real(text, inv.args, inv.env ?? {}, dotenv),
      );
    });
  }
});

if (!existsSync(JUST)) console.warn(`just differential skipped: no just binary at ${JUST}`);
