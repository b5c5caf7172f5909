// The action bundle the end-to-end tests run: dist/index.js, rebuilt when src/ is newer.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectors } from '../../src/detectors/index.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function stale(output: string, ...inputs: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((d) => newestMtime(d) > built);
}

/**
 * dist/index.js, rebuilt first when any source is newer. While no package-lock.json detector is
 * registered (it lands from another branch), the tests run the same entry bundled with a
 * stand-in detector (test/action/harness) so findings can be asserted.
 */
export function actionBundle(): { path: string; standIn: boolean } {
  const dist = join(projectRoot, 'dist', 'index.js');
  if (stale(dist, join(projectRoot, 'src'))) {
    execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
  }
  if (detectors.some((d) => d.matches('package-lock.json'))) return { path: dist, standIn: false };
  const out = join(projectRoot, '.cache', 'action-harness');
  const harness = join(out, 'index.js');
  if (stale(harness, join(projectRoot, 'src'), join(projectRoot, 'test', 'action', 'harness'))) {
    const ncc = join(projectRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    execFileSync(
      process.execPath,
      [ncc, 'build', 'test/action/harness/entry.ts', '-o', out, '-q', '--target', 'es2024'],
      { cwd: projectRoot, stdio: 'ignore' },
    );
  }
  return { path: harness, standIn: true };
}
