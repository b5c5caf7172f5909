// Bytes before names: an archive whose sha512 is a published banned tarball is that tarball even
// when what it holds cannot be read. The table holds only registry hashes (no banned tarball is
// ever downloaded here), so the look-up is replaced for one test archive's hash.
import { describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { tarGz } from '../helpers/package-archives.js';

const damaged = tarGz({ 'package/package.json': '{ "name": ' });
const sha512 = createHash('sha512').update(damaged).digest('base64');

vi.mock('../../src/catalog/artifacts.js', async (original) => {
  const real = await original<typeof import('../../src/catalog/artifacts.js')>();
  return {
    ...real,
    bannedArtifactOf: (integrity: string | undefined, resolved?: string) =>
      integrity?.includes(`sha512-${sha512}`)
        ? {
            artifact: {
              ecosystem: 'npm',
              name: '@anthropic-ai/claude-code',
              version: '2.1.150',
              advisory: 'AITG-2026-0001',
            },
            hash: 'sha512:00',
          }
        : real.bannedArtifactOf(integrity, resolved),
  };
});

describe('package archives judged by their bytes', () => {
  it('a banned published tarball is found even when its contents cannot be read', async () => {
    const { scanPackageArchive } = await import('../../src/detectors/package-archive.js');
    const r = await scanPackageArchive({ path: 'vendor/blob.tgz', bytes: damaged });
    expect(r.components.map((c) => `${c.name}@${c.version} ${c.location.file}:${c.location.line}`)).toEqual([
      '@anthropic-ai/claude-code@2.1.150 vendor/blob.tgz:1',
    ]);
    expect(r.errors).toHaveLength(1);
    // Twin: other bytes with the same damage give the error alone.
    const other = await scanPackageArchive({
      path: 'vendor/blob.tgz',
      bytes: tarGz({ 'p/package.json': '{ "name": ' }),
    });
    expect(other.components).toEqual([]);
    expect(other.errors).toHaveLength(1);
  });
});
