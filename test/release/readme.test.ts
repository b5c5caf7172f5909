// The README's terminal commands, run as written (with the CLI bundle for `npx ai-tooling-gate`) on
// a copy of the demo repository, and its workflow examples spelled the one way the README asks.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { projectRoot } from '../helpers/bundles.js';
import { git, makeRepo } from '../helpers/tmp.js';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const CLI = join(projectRoot, 'dist', 'cli', 'index.js');

/** The `npx ai-tooling-gate …` lines of the README's sh blocks, comments dropped. */
function npxLines(): string[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('npx ai-tooling-gate '));
}

describe('the README', () => {
  it('its terminal commands run as written on the demo repository', () => {
    const lines = npxLines();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const repo = makeRepo({});
    cpSync(join(projectRoot, 'examples', 'demo'), repo, { recursive: true });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'demo');
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    const expected: Record<string, number> = {
      'scan .': 1, // the demo carries a banned Claude Code
      'scan . --base origin/main': 0, // nothing introduced since origin/main
      'scan --help': 0,
    };
    for (const line of lines) {
      const args = line.replace(/^npx ai-tooling-gate /, '').split(/\s+/);
      const r = spawnSync(process.execPath, [CLI, ...args], {
        cwd: repo,
        encoding: 'utf8',
        // No registry is reachable from the tests: look-ups fail fast and versions stay unknown.
        env: { ...process.env, NO_COLOR: '1', npm_config_registry: 'http://127.0.0.1:9/' },
      });
      expect(Object.keys(expected), line).toContain(args.join(' '));
      expect(r.status, `${line}\n${r.stderr}`).toBe(expected[args.join(' ')]);
    }
  });

  it('its demo command: node dist/cli/index.js scan examples/demo exits 1 with the fix first', () => {
    expect(readme).toContain('node dist/cli/index.js scan examples/demo');
    const r = spawnSync(process.execPath, [CLI, 'scan', 'examples/demo', '--offline'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    // Inside this repository the CLI judges by the repository's own policy, as the action would: its
    // rule restates the advisory (claude-code-fingerprinting).
    expect(r.stdout).toMatch(/^Policy: \.github\/ai-tooling-policy\.yml /);
    expect(r.stdout).toMatch(
      /\[claude-code-fingerprinting\] Upgrade @anthropic-ai\/claude-code to 2\.1\.198 or later\./,
    );
  });

  it('names the action one way: <org>/ai-tooling-gate@v1 (or a pinned SHA), never a placeholder spelling', () => {
    const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const uses = yamlBlocks.flatMap((b) =>
      [...b.matchAll(/uses: ([^\s#]+(?: [^\s#]+)*)/g)].map((m) => m[1]!),
    );
    const ours = uses.filter((u) => u.includes('ai-tooling-gate'));
    expect(ours.length).toBeGreaterThan(2);
    for (const u of ours)
      expect(u).toMatch(
        /^<org>\/ai-tooling-gate(\/\.github\/workflows\/gate\.yml)?@(v1|<40-hex commit sha>)$/,
      );
    expect(readme).not.toMatch(/OWNER\/ai-tooling-gate|<commit-sha>/);
    // Every other action in the examples is pinned by SHA.
    for (const u of uses.filter((x) => !x.includes('ai-tooling-gate'))) expect(u).toMatch(/@[0-9a-f]{40}$/);
    // The YAML examples parse (a GitLab CI file with a `spec:` header is two documents).
    for (const b of yamlBlocks) {
      const docs = parseAllDocuments(b.replace(/<org>/g, 'org').replace(/<40-hex commit sha>/g, 'x'));
      expect(Array.isArray(docs) && docs.length > 0, b).toBe(true);
      for (const d of Array.isArray(docs) ? docs : []) expect(d.errors, b).toEqual([]);
    }
  });
});
