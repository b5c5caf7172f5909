// The bundles the tests run as users and the runner run them: dist/index.js (the action) and
// dist/cli/index.js (the CLI). The global setup rebuilds them once, before any test starts, when a
// source is newer than either, so no test runs a stale committed bundle.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION_BUNDLE = join(projectRoot, 'dist', 'index.js');
export const CLI_BUNDLE = join(projectRoot, 'dist', 'cli', 'index.js');
export const POST_BUNDLE = join(projectRoot, 'dist', 'post.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether a bundle is missing or older than some file under src/ or the build script. */
export function bundlesStale(): boolean {
  const inputs = Math.max(
    newestMtime(join(projectRoot, 'src')),
    statSync(join(projectRoot, 'scripts', 'build.mjs')).mtimeMs,
  );
  return [ACTION_BUNDLE, CLI_BUNDLE, POST_BUNDLE].some((b) => !existsSync(b) || statSync(b).mtimeMs < inputs);
}

/** Rebuilds dist/ when stale (the global setup calls it once per run). */
export function ensureFreshBundles(): void {
  if (bundlesStale()) {
    execFileSync(process.execPath, [join(projectRoot, 'scripts', 'build.mjs')], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
  }
  if (bundlesStale()) throw new Error('dist/ is still older than src/ after a build');
}
