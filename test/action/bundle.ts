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

/** dist/index.js, rebuilt first when any source is newer, so the tests run what the runner runs. */
export function actionBundle(): { path: string; standIn: boolean } {
  const dist = join(projectRoot, 'dist', 'index.js');
  if (stale(dist, join(projectRoot, 'src'))) {
    execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
  }
  if (!detectors.some((d) => d.matches('package-lock.json'))) {
    throw new Error('the end-to-end tests need the package-lock.json detector to be registered');
  }
  return { path: dist, standIn: false };
}
