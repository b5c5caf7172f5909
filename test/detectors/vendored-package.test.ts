// A committed copy of a catalog npm package under node_modules/: found by its path, judged by
// its own package.json, in a git work tree, a plain folder and a pull request; every other
// node_modules folder stays unread, and the copy's own dependency lists are not components.
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { git, makeRepo, makeTree } from '../helpers/tmp.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CC = '@anthropic-ai/claude-code';
// The shape npm publishes (fields trimmed): optionalDependencies name the platform builds.
const copy = (version: string) =>
  JSON.stringify(
    {
      name: CC,
      version,
      bin: { claude: 'cli.js' },
      optionalDependencies: { [`${CC}-linux-x64`]: version },
    },
    null,
    2,
  ) + '\n';

async function run(args: string[]): Promise<{ code: number; found: string[] }> {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main([...args, '--offline', '--format', 'json']);
    const r = JSON.parse(stdout) as {
      findings: {
        action: string;
        component: { name: string; version: string };
        location: { file: string; line: number };
      }[];
    };
    return {
      code,
      found: r.findings.map(
        (f) => `${f.action} ${f.location.file}:${f.location.line} ${f.component.name}@${f.component.version}`,
      ),
    };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const files = (version: string) => ({
  'package.json': '{ "name": "app", "private": true }\n',
  [`node_modules/${CC}/package.json`]: copy(version),
  'node_modules/left-pad/package.json': '{ "name": "left-pad", "version": "1.3.0" }\n',
  [`tools/node_modules/x/node_modules/${CC}/package.json`]: copy(version),
});

describe('vendored copies of catalog packages', () => {
  it('a git work tree with a committed copy fails at its version line, nested copies too', async () => {
    const r = await run(['scan', makeRepo(files('2.1.150'))]);
    expect(r.found).toEqual([
      `fail node_modules/${CC}/package.json:3 ${CC}@2.1.150`,
      `fail tools/node_modules/x/node_modules/${CC}/package.json:3 ${CC}@2.1.150`,
    ]);
    expect(r.code).toBe(1);
  });

  it('a plain folder (no git) is walked to the same copy', async () => {
    const r = await run(['scan', makeTree(files('2.1.150'))]);
    expect(r.found).toContain(`fail node_modules/${CC}/package.json:3 ${CC}@2.1.150`);
  });

  it('negative twins: a clean copy passes; other node_modules folders are not read', async () => {
    const r = await run(['scan', makeRepo(files('2.1.90'))]);
    expect(r.found.filter((f) => !f.startsWith('pass'))).toEqual([]);
    // The inventory holds the copy and nothing from other node_modules folders or its own lists.
    let stdout = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((t) => ((stdout += String(t)), true));
    try {
      await main(['inventory', makeRepo(files('2.1.90')), '--format', 'json']);
    } finally {
      out.mockRestore();
    }
    const names = (
      JSON.parse(stdout) as { components: { name: string; location: { file: string } }[] }
    ).components
      .filter((c) => c.location.file.includes('node_modules'))
      .map((c) => c.name);
    expect(names).toEqual([CC, CC]);
  });

  it('a pull request that vendors a banned copy introduces it', async () => {
    const dir = makeRepo({ 'package.json': '{ "name": "app" }\n' });
    writeFileSync(join(dir, 'README.md'), 'vendored\n');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'node_modules', CC), { recursive: true });
    writeFileSync(join(dir, 'node_modules', CC, 'package.json'), copy('2.1.150'));
    git(dir, 'add', '-A', '-f');
    git(dir, 'commit', '-qm', 'vendor the agent');
    const r = await run(['scan', dir, '--base', 'HEAD~1']);
    expect(r.found).toEqual([`fail node_modules/${CC}/package.json:3 ${CC}@2.1.150`]);
    expect(r.code).toBe(1);
  });
});
