// CLI basics, through dist/cli/index.js as users run it: --help for every command and subcommand,
// a closed pipe ends quietly, --output creates missing folders, colour on a terminal only
// (NO_COLOR and FORCE_COLOR honoured).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/bundles.js';
import { makeTree } from '../helpers/tmp.js';

const CLI = join(projectRoot, 'dist', 'cli', 'index.js');
const plainEnv = {
  ...process.env,
  NO_COLOR: undefined,
  FORCE_COLOR: undefined,
  NODE_DISABLE_COLORS: undefined,
};
const run = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...plainEnv, ...env } });

const banned = () =>
  makeTree({
    'package.json':
      JSON.stringify({ devDependencies: { '@anthropic-ai/claude-code': '2.1.150' } }, null, 2) + '\n',
  });

/** A package-lock.json with `n` nested copies of a banned package: a report far over a pipe's buffer. */
function bigLockTree(n: number): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (let i = 0; i < n; i++) {
    packages[`node_modules/dep-${i}`] = { version: '1.0.0' };
    packages[`node_modules/dep-${i}/node_modules/@anthropic-ai/claude-code`] = { version: '2.1.150' };
  }
  return makeTree({
    'package-lock.json':
      JSON.stringify(
        { name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages },
        null,
        2,
      ) + '\n',
  });
}

describe('--help', () => {
  const cases: [string[], RegExp][] = [
    [['--help'], /^Usage: ai-tooling-gate <command>/],
    [['-h'], /^Usage: ai-tooling-gate <command>/],
    [['help'], /^Usage: ai-tooling-gate <command>/],
    [['scan', '--help'], /^Usage: ai-tooling-gate scan \[DIR\]/],
    [['scan', '.', '--format', 'json', '-h'], /^Usage: ai-tooling-gate scan \[DIR\]/],
    [['help', 'scan'], /^Usage: ai-tooling-gate scan \[DIR\]/],
    [['inventory', '--help'], /^Usage: ai-tooling-gate inventory \[DIR\]/],
    [['policy', '--help'], /^Usage: ai-tooling-gate policy check FILE/],
    [['policy', 'check', '--help'], /^Usage: ai-tooling-gate policy check FILE/],
    [['catalog', '--help'], /^Usage: ai-tooling-gate catalog/],
    [['audit-org', '--help'], /^Usage: ai-tooling-gate audit-org ORG[\s\S]*--shard I\/N/],
    [['merge-reports', '--help'], /^Usage: ai-tooling-gate merge-reports FILE…[\s\S]*--format F/],
  ];
  for (const [args, usage] of cases) {
    it(`${args.join(' ')}: its usage on stdout, exit 0`, () => {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(usage);
      expect(r.stderr).toBe('');
    });
  }

  it('negative twins: an unknown option is a usage error (2); --help after -- is an argument', () => {
    const bogus = run(['scan', '--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain("Unknown option '--bogus'");
    const afterDashes = run(['scan', '--', '--help']);
    expect(afterDashes.status).toBe(2);
    expect(afterDashes.stderr).toContain('directory "--help" does not exist');
    expect(run(['help', 'nope']).status).toBe(2);
  });
});

describe('a closed pipe', () => {
  for (const command of [
    ['scan', '--offline', '--format', 'json'],
    ['inventory', '--offline'],
  ]) {
    it(`${command[0]} … | head -1 ends quietly`, () => {
      const dir = bigLockTree(3000);
      const out = execFileSync(
        'bash',
        [
          '-c',
          `"$0" "$1" ${command.map((a) => `'${a}'`).join(' ')} "$2" 2>"$3" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
          process.execPath,
          CLI,
          dir,
          join(dir, 'stderr.txt'),
        ],
        { encoding: 'utf8', env: plainEnv },
      );
      expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('');
      // Exit code as decided (scan found banned components: 1; inventory: 0), not a crash.
      expect(out.trim()).toBe(command[0] === 'scan' ? '1' : '0');
    });
  }
});

describe('--output', () => {
  it('creates missing parent folders (scan and inventory)', () => {
    const dir = banned();
    const report = join(dir, 'out', 'deep', 'report.json');
    expect(run(['scan', dir, '--offline', '--format', 'json', '--output', report]).status).toBe(1);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ schemaVersion: 1 });
    const inv = join(dir, 'inv', 'x', 'inventory.txt');
    expect(run(['inventory', dir, '--offline', '--output', inv]).status).toBe(0);
    expect(existsSync(inv)).toBe(true);
  });
});

describe('colour', () => {
  const RED_FAIL = '\u001b[31mFAIL\u001b[39m';
  it('none into a pipe or a file; FORCE_COLOR forces it on stdout; NO_COLOR alone keeps it off', () => {
    const dir = banned();
    const piped = run(['scan', dir, '--offline']);
    expect(piped.stdout).toMatch(/^FAIL {2}package\.json:/m);
    expect(piped.stdout).not.toContain('\u001b[');
    expect(run(['scan', dir, '--offline'], { FORCE_COLOR: '1' }).stdout).toContain(RED_FAIL);
    expect(run(['scan', dir, '--offline'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    // A file never gets escape codes.
    const file = join(dir, 'r.txt');
    run(['scan', dir, '--offline', '--output', file], { FORCE_COLOR: '1' });
    expect(readFileSync(file, 'utf8')).not.toContain('\u001b[');
    // JSON is never coloured.
    expect(run(['scan', dir, '--offline', '--format', 'json'], { FORCE_COLOR: '1' }).stdout).not.toContain(
      '\u001b[',
    );
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('on a terminal: colour, unless NO_COLOR', () => {
    const dir = banned();
    // `script -e` gives the CLI a terminal and passes on its exit code (1: a banned component).
    const onTty = (env: string) => {
      const r = spawnSync(
        'script',
        ['-qec', `${env} "${process.execPath}" "${CLI}" scan "${dir}" --offline`, '/dev/null'],
        {
          encoding: 'utf8',
          // Node picks a colour depth from the environment: a CI variable or no TERM means none.
          env: { ...plainEnv, CI: undefined, TERM: 'xterm-256color' },
        },
      );
      expect(r.status).toBe(1);
      return r.stdout;
    };
    expect(onTty('')).toContain(RED_FAIL);
    expect(onTty('NO_COLOR=1')).not.toContain('\u001b[31m');
  });
});
