// The CLI loads a command's code only when that command runs: `--version`, `--help` and a usage
// error must not pay for the engine, the policy parser, the GitHub client or the org audit. This
// follows the static (non-type) imports from src/cli/main.ts and checks what they reach.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Every module (local path or package name) statically imported from `entry`, transitively. */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else seen.add(spec);
    }
  };
  visit(entry);
  return seen;
}

describe('CLI start-up', () => {
  it('imports no command code up front', () => {
    const reached = [...staticImports(join(src, 'cli', 'main.ts'))].map((p) =>
      p.startsWith(src) ? p.slice(src.length + 1) : p,
    );
    expect(reached).toContain('cli/main.ts');
    for (const heavy of [
      /^inventory\//,
      /^detectors\//,
      /^policy\/(parse|load|schema)\.ts$/,
      /^github\//,
      /^org\/cli\.ts$/,
      /^gate\/scan\.ts$/,
      /^diff\//,
      /^resolver\//,
      /^@actions\//,
      /^@octokit\//,
      /^(zod|yaml|npm-registry-fetch|npm-pick-manifest)$/,
    ]) {
      expect(reached.filter((p) => heavy.test(p))).toEqual([]);
    }
  });
});
