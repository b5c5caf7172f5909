// Prints the CHANGELOG.md section of one version (the release notes of its GitHub release):
// `node scripts/changelog-section.mjs 1.2.3`. Exits 1 when the section is missing or empty, so a
// tag pushed without its notes fails the release instead of publishing an empty one.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = process.argv[2];
if (!version) {
  console.error('usage: changelog-section.mjs VERSION');
  process.exit(2);
}
const file = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md');
const lines = readFileSync(file, 'utf8').split('\n');
const heading = (line) => /^## \[?([^\]\s]+)\]?/.exec(line)?.[1];
const start = lines.findIndex((l) => heading(l) === version);
if (start < 0) {
  console.error(`CHANGELOG.md has no section for ${version}`);
  process.exit(1);
}
let end = lines.findIndex((l, i) => i > start && heading(l) !== undefined);
if (end < 0) end = lines.length;
const body = lines.slice(start + 1, end).join('\n').trim();
if (body === '') {
  console.error(`CHANGELOG.md's section for ${version} is empty`);
  process.exit(1);
}
process.stdout.write(body + '\n');
