// Builds the two committed bundles with @vercel/ncc: dist/index.js (the action) and
// dist/cli/index.js (the CLI). Output is deterministic so CI can compare it with the
// committed dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

// Build every bundle into .cache first; dist/ is replaced only when all of them built, so a failed
// build never leaves the repository without its committed bundles.
const built = [];
for (const { entry, out } of bundles) {
  const tmp = join(root, '.cache', 'ncc-' + out.replace(/\//g, '-'));
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', tmp, '--license', 'licenses.txt', '-q', '--target', 'es2024'], {
    cwd: root,
    stdio: 'inherit',
  });
  built.push({ tmp, out });
}
rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const { tmp, out } of built) {
  // ncc writes index.js (ESM because package.json says "type": "module"); move the whole folder.
  const dest = join(root, out);
  renameSync(tmp, dest);
  const index = join(dest, 'index.js');
  if (!existsSync(index)) throw new Error(`ncc produced no ${index}`);
  let code = readFileSync(index, 'utf8');
  if (out === 'dist/cli' && !code.startsWith('#!')) code = '#!/usr/bin/env node\n' + code;
  writeFileSync(index, code);
  if (out === 'dist/cli') chmodSync(index, 0o755);
}
// dist/ needs its own package.json so Node treats the ESM bundles as modules even when the
// action is run from a copy without the root package.json.
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
console.log('built dist/index.js and dist/cli/index.js');
