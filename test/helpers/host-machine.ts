// The fake machine of the host-audit tests: the generated and the hand-written installed layouts
// (test/fixtures/host/) copied into one root, links kept as written.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const hostFixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'host');

export function fakeMachine(): string {
  const root = mkdtempSync(join(tmpdir(), 'aitg-host-'));
  for (const part of ['generated', 'spec'])
    cpSync(join(hostFixtures, part, 'root'), root, { recursive: true, verbatimSymlinks: true });
  return root;
}
