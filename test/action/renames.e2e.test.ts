// A move is not an introduction: pull requests that move files, move and edit them, move a tree,
// swap two files or move a file another one reads, judged by the CLI's `--base` (work tree, staged
// or not) and by the action bundle as the runner runs it, with the commits in the checkout (git)
// and through the local GitHub REST API only (pull_request_target without a checkout).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_BUNDLE, CLI_BUNDLE } from '../helpers/bundles.js';
import { GitHubServer } from '../helpers/github-server.js';
import { git, makeRepo } from '../helpers/tmp.js';
import { runAction } from './runner.js';

const CC = '@anthropic-ai/claude-code';

/** A package-lock.json (lockfile v3) as npm writes it: 2-space JSON and a final newline. */
function lockfile(deps: Record<string, string>): string {
  const packages: Record<string, unknown> = {
    '': {
      name: 'app',
      version: '1.0.0',
      dependencies: Object.fromEntries(Object.keys(deps).map((n) => [n, `^${deps[n]}`])),
    },
  };
  for (const [name, version] of Object.entries(deps)) {
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      integrity: 'sha512-AAAA',
      license: 'MIT',
    };
  }
  return (
    JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) +
    '\n'
  );
}

/** Enough other packages that a small edit keeps the file over git's 50% similarity. */
const OTHERS = Object.fromEntries(
  ['ansi-styles', 'chalk', 'debug', 'left-pad', 'ms', 'semver', 'supports-color', 'yargs'].map((n) => [
    n,
    '1.0.0',
  ]),
);

// A rule restating the advisory; the built-in floor is off so each entry is one finding.
const POLICY = [
  'version: 1',
  'settings:',
  '  advisories: off',
  '  advisoriesReason: restated as no-claude-code-fingerprinting',
  'rules:',
  '  - id: no-claude-code-fingerprinting',
  '    tool: claude-code',
  '    versions: ">=2.1.91 <2.1.198"',
  '    reason: Covert environment fingerprinting',
  '',
].join('\n');

// A devcontainer that builds its Dockerfile with the tool version as a build argument (the
// shape of devcontainers/images' `build.args` + `ARG` pattern), and a package.json script that
// runs a setup script (`npm run setup` → `sh scripts/setup.sh`).
const DOCKERFILE = [
  'FROM mcr.microsoft.com/devcontainers/javascript-node:20',
  'ARG CLAUDE_CODE_VERSION=2.1.90',
  `RUN npm install -g ${CC}@\${CLAUDE_CODE_VERSION}`,
  '',
].join('\n');
function devcontainer(dockerfile: string, version: string, context = '.'): string {
  return (
    JSON.stringify(
      {
        name: 'app',
        build: { dockerfile, context, args: { CLAUDE_CODE_VERSION: version } },
      },
      null,
      2,
    ) + '\n'
  );
}
const SETUP = `#!/bin/sh\nset -e\nnpm install -g ${CC}@2.1.150\n`;
function packageJson(script: string): string {
  return (
    JSON.stringify({ name: 'app', version: '1.0.0', scripts: { setup: `sh ${script}` } }, null, 2) + '\n'
  );
}

interface Scenario {
  name: string;
  base: Record<string, string>;
  /** Moves in order (files or folders), then writes (null deletes). */
  moves: [string, string][];
  writes?: Record<string, string | null>;
  /** Expected findings, or `moved`: the base's findings, each unchanged at its moved path. */
  expected: string[] | 'moved';
  fails: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'a moved lockfile',
    base: { 'legacy/cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }) },
    moves: [['legacy/cli/package-lock.json', 'legacy/agent-cli/package-lock.json']],
    expected: 'moved',
    fails: false,
  },
  {
    name: 'a moved lockfile with a safe edit',
    base: { 'legacy/cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }) },
    moves: [['legacy/cli/package-lock.json', 'legacy/agent-cli/package-lock.json']],
    writes: {
      'legacy/agent-cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100', 'is-number': '7.0.0' }),
    },
    expected: [`unchanged ${CC}@2.1.100 legacy/agent-cli/package-lock.json <- legacy/cli/package-lock.json`],
    fails: false,
  },
  {
    name: 'a moved lockfile whose edit changes the banned version',
    base: { 'legacy/cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }) },
    moves: [['legacy/cli/package-lock.json', 'legacy/agent-cli/package-lock.json']],
    writes: { 'legacy/agent-cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.150' }) },
    expected: [
      `introduced ${CC}@2.1.150 legacy/agent-cli/package-lock.json <- legacy/cli/package-lock.json`,
      `removed ${CC}@2.1.100 legacy/cli/package-lock.json`,
    ],
    fails: true,
  },
  {
    name: 'a copy (the original stays): the copy is introduced',
    base: { 'legacy/cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }) },
    moves: [],
    writes: { 'legacy/agent-cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }) },
    // The original is unchanged and no change reaches it: not re-evaluated in the pull request.
    expected: [`introduced ${CC}@2.1.100 legacy/agent-cli/package-lock.json`],
    fails: true,
  },
  {
    name: 'a moved folder tree (lockfile, devcontainer with its Dockerfile, package.json with its script)',
    base: {
      'legacy/cli/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }),
      'legacy/cli/.devcontainer/devcontainer.json': devcontainer('Dockerfile', '2.1.120'),
      'legacy/cli/.devcontainer/Dockerfile': DOCKERFILE,
      'legacy/cli/package.json': packageJson('scripts/setup.sh'),
      'legacy/cli/scripts/setup.sh': SETUP,
    },
    moves: [['legacy/cli', 'tools/agent-cli']],
    expected: 'moved',
    fails: false,
  },
  {
    name: 'two swapped lockfiles',
    base: {
      'a/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.100' }),
      'b/package-lock.json': lockfile({ ...OTHERS, [CC]: '2.1.150' }),
    },
    moves: [
      ['a/package-lock.json', 'a/swap.tmp'],
      ['b/package-lock.json', 'a/package-lock.json'],
      ['a/swap.tmp', 'b/package-lock.json'],
    ],
    expected: [
      `unchanged ${CC}@2.1.100 b/package-lock.json <- a/package-lock.json`,
      `unchanged ${CC}@2.1.150 a/package-lock.json <- b/package-lock.json`,
    ],
    fails: false,
  },
  {
    name: 'a moved Dockerfile and script, their callers updated',
    base: {
      '.devcontainer/devcontainer.json': devcontainer('Dockerfile', '2.1.120'),
      '.devcontainer/Dockerfile': DOCKERFILE,
      'package.json': packageJson('scripts/setup.sh'),
      'scripts/setup.sh': SETUP,
    },
    moves: [
      ['.devcontainer/Dockerfile', 'docker/dev.Dockerfile'],
      ['scripts/setup.sh', 'tools/setup.sh'],
    ],
    writes: {
      '.devcontainer/devcontainer.json': devcontainer('../docker/dev.Dockerfile', '2.1.120', '..'),
      'package.json': packageJson('tools/setup.sh'),
    },
    expected: 'moved',
    fails: false,
  },
  {
    name: 'a moved Dockerfile whose caller now passes another banned version',
    base: {
      '.devcontainer/devcontainer.json': devcontainer('Dockerfile', '2.1.120'),
      '.devcontainer/Dockerfile': DOCKERFILE,
    },
    moves: [['.devcontainer/Dockerfile', 'docker/dev.Dockerfile']],
    writes: { '.devcontainer/devcontainer.json': devcontainer('../docker/dev.Dockerfile', '2.1.121', '..') },
    expected: [
      `introduced ${CC}@2.1.121 docker/dev.Dockerfile <- .devcontainer/Dockerfile`,
      `removed ${CC}@2.1.120 .devcontainer/Dockerfile`,
    ],
    fails: true,
  },
];

function applyChange(root: string, s: Scenario): void {
  for (const [from, to] of s.moves) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    renameSync(join(root, from), join(root, to));
  }
  for (const [path, content] of Object.entries(s.writes ?? {})) {
    if (content === null) rmSync(join(root, path));
    else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
  }
}

function movedPath(s: Scenario, file: string): string {
  let out = file;
  for (const [from, to] of s.moves) {
    if (out === from) out = to;
    else if (out.startsWith(from + '/')) out = to + out.slice(from.length);
  }
  return out;
}

interface ReportFinding {
  status?: string;
  movedFrom?: string;
  component: { name: string; version: string | null };
  location: { file: string };
}

function describeFindings(findings: ReportFinding[]): string[] {
  return findings
    .map(
      (f) =>
        `${f.status ?? 'present'} ${f.component.name}@${f.component.version} ${f.location.file}${f.movedFrom ? ` <- ${f.movedFrom}` : ''}`,
    )
    .sort();
}

function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** What a pure move must report: the base's own findings (an audit), unchanged at their new paths. */
function expectedFor(s: Scenario, baseDir: string): string[] {
  if (s.expected !== 'moved') return [...s.expected].sort();
  const audit = cli(['scan', baseDir, '--offline', '--format', 'json', '--fail-on', 'never'], baseDir);
  const findings = (JSON.parse(audit.stdout) as { findings: ReportFinding[] }).findings;
  expect(findings.length, `${s.name}: the base holds banned components`).toBeGreaterThan(0);
  return describeFindings(
    findings.map((f) => {
      const to = movedPath(s, f.location.file);
      return {
        ...f,
        status: 'unchanged',
        location: { file: to },
        ...(to !== f.location.file ? { movedFrom: f.location.file } : {}),
      };
    }),
  );
}

function baseRepo(s: Scenario): string {
  return makeRepo({ '.github/ai-tooling-policy.yml': POLICY, ...s.base });
}

const servers: GitHubServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

describe.each(SCENARIOS)('$name', (s) => {
  it('CLI scan --base, the change unstaged (mv) and staged (git mv)', () => {
    const root = baseRepo(s);
    const expected = expectedFor(s, root);
    applyChange(root, s);
    for (const staged of [false, true]) {
      if (staged) git(root, 'add', '-A');
      const r = cli(['scan', root, '--base', 'main', '--offline', '--format', 'json'], root);
      expect(r.code, `${staged ? 'staged' : 'unstaged'}: ${r.stderr}`).toBe(s.fails ? 1 : 0);
      const report = JSON.parse(r.stdout) as { findings: ReportFinding[] };
      expect(describeFindings(report.findings), staged ? 'staged' : 'unstaged').toEqual(expected);
    }
    const text = cli(['scan', root, '--base', 'main', '--offline'], root).stdout;
    for (const f of expected.filter((e) => e.includes(' <- ') && e.startsWith('unchanged'))) {
      expect(text).toContain(`PRE-EXISTING (moved from ${f.split(' <- ')[1]})`);
    }
  });

  it('the action: git (the checkout holds both commits) and the REST API only', async () => {
    const origin = baseRepo(s);
    const expected = expectedFor(s, origin);
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const base = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'feature');
    applyChange(origin, s);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', s.name);
    const head = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', 'main');
    const server = new GitHubServer('acme', 'app', origin);
    await server.start();
    servers.push(server);
    server.pulls.set(7, { base, head });
    const payload = {
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } },
    };

    const checkout = mkdtempSync(join(tmpdir(), 'aitg-ws-'));
    git(tmpdir(), 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, checkout);
    const empty = mkdtempSync(join(tmpdir(), 'aitg-empty-ws-'));
    for (const [mode, workspace, event] of [
      ['git', checkout, 'pull_request'],
      ['api', empty, 'pull_request_target'],
    ] as const) {
      const run = await runAction({
        bundle: ACTION_BUNDLE,
        workspace,
        event,
        payload,
        apiUrl: server.url,
        sha: head,
        inputs: { comment: 'never' },
      });
      expect(run.code, `${mode}: ${run.stdout}${run.stderr}`).toBe(s.fails ? 1 : 0);
      const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as {
        findings: ReportFinding[];
      };
      expect(describeFindings(report.findings), mode).toEqual(expected);
      for (const f of expected.filter((e) => e.includes(' <- '))) {
        const [file, from] = f.split(' ')[2] === undefined ? [] : [f.split(' ')[2]!, f.split(' <- ')[1]!];
        expect(run.summary, mode).toContain(`**\`${file}\`** (moved from \`${from}\`)`);
      }
    }
    // The API run read the trees and blobs, never the checkout.
    expect(server.requests.some((r) => r.operationId === 'git/get-tree')).toBe(true);
    expect(server.violations).toEqual([]);
  });
});
