// Builds the two committed bundles with @vercel/ncc: dist/index.js (the action) and
// dist/cli/index.js (the CLI). Output is deterministic so CI can compare it with the
// committed dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  // The action's post step (runs.post): the runner audit. Built on its own and renamed to post.js.
  { entry: 'src/action/post.ts', out: 'dist/post' },
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
for (const { tmp, out } of built.filter((b) => b.out !== 'dist/post')) {
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
// The post step is one file beside dist/index.js, as action.yml names it (ncc gives it no other
// chunks, and its licenses are those of the main bundle).
const post = built.find((b) => b.out === 'dist/post');
const postChunks = readdirSync(post.tmp).filter((f) => f.endsWith('.js') && f !== 'index.js');
if (postChunks.length > 0) throw new Error(`the post step bundle must be one file; ncc also wrote ${postChunks.join(', ')}`);
renameSync(join(post.tmp, 'index.js'), join(root, 'dist', 'post.js'));
rmSync(post.tmp, { recursive: true, force: true });
// dist/ needs its own package.json so Node treats the ESM bundles as modules even when the
// action is run from a copy without the root package.json.
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
console.log('built dist/index.js, dist/post.js and dist/cli/index.js');
