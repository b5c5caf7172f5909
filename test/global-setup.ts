// Every test run gets its own temporary folder (TMPDIR, which os.tmpdir() and the child processes
// the tests start both honour), removed when the run ends: the suite makes thousands of trees and
// repositories (one hostile test alone writes ~400 MB), and a run must not leave them behind.
// Before anything runs, dist/ is rebuilt when a source is newer than it.
// AITG_KEEP_TMP=1 keeps the folder for a post-mortem; its path is printed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundles } from './helpers/bundles.js';

export default function setup(): () => void {
  // The tests run dist/ as users do; a source newer than the bundles would test old code.
  ensureFreshBundles();
  const root = mkdtempSync(join(tmpdir(), 'aitg-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (process.env.AITG_KEEP_TMP === '1') {
      console.error(`test files kept in ${root}`);
      return;
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
