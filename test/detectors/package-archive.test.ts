// A committed package archive is judged by what it holds and by its bytes, never by its file name:
// npm tarballs made by the real `npm pack`, wheels and sdists in the layout pip installs from.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { scanPackageArchive } from '../../src/detectors/package-archive.js';
import { detectorsFor } from '../../src/inventory/engine.js';
import { npmPack, sdist, tarGz, wheel } from '../helpers/package-archives.js';

const CC = '@anthropic-ai/claude-code';
const ids = (r: { components: { ecosystem: string; name: string; version: string | null }[] }) =>
  r.components.map((c) => `${c.ecosystem} ${c.name}@${c.version}`);

describe('package archives', () => {
  it('an npm tarball is what its package.json says, whatever the file is called', async () => {
    const bytes = npmPack({ name: CC, version: '2.1.150' });
    for (const path of [
      'vendor/claude-code-2.1.150.tgz',
      'vendor/tool.tgz',
      'x/y.tar.gz',
      'z.tar',
      'T.TGZ',
    ]) {
      const r = await scanPackageArchive({ path, bytes });
      expect(r.errors).toEqual([]);
      expect(ids(r)).toEqual([`npm ${CC}@2.1.150`]);
      expect(r.components[0]).toMatchObject({
        location: { file: path, line: 1 },
        source: 'package archive',
        sourceKind: 'file',
        resolved: path,
      });
      expect(r.components[0]!.integrity).toMatch(/^sha512-\S+ sha256-\S+$/);
    }
  });

  it('claims the endings npm installs a local tarball from, and wheels; nothing else', () => {
    const claims = (p: string) => detectorsFor(p).some((d) => d.id === 'package archive');
    for (const p of ['a.tgz', 'a.tar.gz', 'a.tar', 'a.whl', 'v/A.TAR.GZ']) expect(claims(p), p).toBe(true);
    for (const p of ['a.zip', 'a.gz', 'a.tgz.txt', 'README.md', 'a.tar.bz2'])
      expect(claims(p), p).toBe(false);
  });

  it('the top folder may have any name (npm strips it); the last package.json extracted wins', async () => {
    const other = tarGz({ 'whatever/package.json': JSON.stringify({ name: CC, version: '2.1.150' }) });
    expect(ids(await scanPackageArchive({ path: 'a.tgz', bytes: other }))).toEqual([`npm ${CC}@2.1.150`]);
    const two = tarGz({
      'a/package.json': JSON.stringify({ name: 'left-pad', version: '1.0.0' }),
      'b/package.json': JSON.stringify({ name: CC, version: '2.1.150' }),
    });
    expect(ids(await scanPackageArchive({ path: 'a.tgz', bytes: two }))).toEqual([`npm ${CC}@2.1.150`]);
    // Twin: a nested package.json (a bundled dependency) is not the package's own.
    const nested = tarGz({
      'package/package.json': JSON.stringify({ name: 'left-pad', version: '1.0.0' }),
      'package/node_modules/x/package.json': JSON.stringify({ name: CC, version: '2.1.150' }),
    });
    expect(ids(await scanPackageArchive({ path: 'a.tgz', bytes: nested }))).toEqual(['npm left-pad@1.0.0']);
  });

  it('an uncompressed tar is read too', async () => {
    const { gunzipSync } = await import('node:zlib');
    const plain = new Uint8Array(gunzipSync(npmPack({ name: CC, version: '2.1.150' })));
    expect(ids(await scanPackageArchive({ path: 'a.tar', bytes: plain }))).toEqual([`npm ${CC}@2.1.150`]);
  });

  it('negative twins: a safe version, another package, an archive that holds no package', async () => {
    expect(
      ids(await scanPackageArchive({ path: 'a.tgz', bytes: npmPack({ name: CC, version: '2.1.90' }) })),
    ).toEqual([`npm ${CC}@2.1.90`]);
    expect(
      ids(
        await scanPackageArchive({ path: 'a.tgz', bytes: npmPack({ name: 'left-pad', version: '2.1.150' }) }),
      ),
    ).toEqual(['npm left-pad@2.1.150']);
    for (const bytes of [
      tarGz({ 'data/readme.txt': 'claude-code 2.1.150' }),
      tarGz({ 'app/package.json': JSON.stringify({ private: true, version: '1.0.0' }) }),
      tarGz({ 'package.json': JSON.stringify({ name: CC, version: '2.1.150' }) }),
    ]) {
      expect(await scanPackageArchive({ path: 'backup.tar.gz', bytes })).toEqual({
        components: [],
        errors: [],
      });
    }
  });

  it('a package.json without a version is that package at an unknown version', async () => {
    const r = await scanPackageArchive({
      path: 'a.tgz',
      bytes: tarGz({ 'package/package.json': `{"name":"${CC}"}` }),
    });
    expect(r.components).toMatchObject([
      { name: CC, version: null, spec: 'unknown (no version in package/package.json)' },
    ]);
  });

  it('a malformed archive is a located error, never a crash', async () => {
    const good = npmPack({ name: CC, version: '2.1.150' });
    const cases: [string, Uint8Array, RegExp][] = [
      ['not an archive', new Uint8Array(Buffer.from('hello')), /neither a gzip stream nor a tar archive/],
      ['truncated gzip', good.subarray(0, good.length - 40), /damaged/],
      ['gzip of garbage', new Uint8Array(gzipSync(Buffer.alloc(2048, 7))), /damaged/],
      ['bad JSON', tarGz({ 'package/package.json': '{"name":' }), /package\/package.json is not valid JSON/],
      ['JSON array', tarGz({ 'package/package.json': '[]' }), /not a JSON object/],
    ];
    for (const [what, bytes, message] of cases) {
      const r = await scanPackageArchive({ path: 'vendor/tool.tgz', bytes });
      expect(r.components, what).toEqual([]);
      expect(r.errors, what).toHaveLength(1);
      expect(r.errors[0], what).toMatchObject({ file: 'vendor/tool.tgz', line: 1 });
      expect(r.errors[0]!.message, what).toMatch(message);
    }
  });

  it('a gzip bomb stops at the bound with an error', async () => {
    // 1.1 GiB of zeros compress to about 1 MiB; the reader gives up after 1 GiB.
    const zeros = Buffer.alloc(64 << 20);
    const parts: Buffer[] = [];
    for (let i = 0; i < 18; i++) parts.push(gzipSync(zeros, { level: 1 }));
    const r = await scanPackageArchive({ path: 'bomb.tgz', bytes: new Uint8Array(Buffer.concat(parts)) });
    expect(r.components).toEqual([]);
    expect(r.errors.map((e) => e.message).join()).toMatch(/more than 1073741824 bytes once decompressed/);
  }, 60_000);

  it('a wheel is what its dist-info METADATA says; an sdist what its PKG-INFO says', async () => {
    const w = await scanPackageArchive({
      path: 'vendor/aider_chat-0.50.0-py3-none-any.whl',
      bytes: wheel('aider-chat', '0.50.0'),
    });
    expect(w.errors).toEqual([]);
    expect(ids(w)).toEqual(['pypi aider-chat@0.50.0']);
    const s = await scanPackageArchive({
      path: 'vendor/aider_chat-0.50.0.tar.gz',
      bytes: sdist('aider-chat', '0.50.0'),
    });
    expect(s.errors).toEqual([]);
    expect(ids(s)).toEqual(['pypi aider-chat@0.50.0']);
    // Twins: another project's wheel; a zip that is no wheel is a located error.
    expect(ids(await scanPackageArchive({ path: 'r.whl', bytes: wheel('requests', '2.0.0') }))).toEqual([
      'pypi requests@2.0.0',
    ]);
    const notWheel = await scanPackageArchive({
      path: 'r.whl',
      bytes: new Uint8Array(Buffer.from('PK nope')),
    });
    expect(notWheel.errors[0]).toMatchObject({ file: 'r.whl', line: 1 });
  });
});

describe('local archive paths as installs name them', () => {
  it('file: and file:// are removed; URLs, folders, other files and the other installer are not archives', async () => {
    const { localArchivePath } = await import('../../src/detectors/parsers/local-archive.js');
    expect(localArchivePath('file:vendor/tool.tgz')).toBe('vendor/tool.tgz');
    expect(localArchivePath('file:///tmp/tool.tgz', 'npm')).toBe('/tmp/tool.tgz');
    expect(localArchivePath('./vendor/tool.tar.gz#abc', 'npm')).toBe('./vendor/tool.tar.gz');
    expect(localArchivePath('C:\\vendor\\tool.tgz', 'npm')).toBe('C:\\vendor\\tool.tgz');
    expect(localArchivePath('x-0.1-py3-none-any.whl', 'pypi')).toBe('x-0.1-py3-none-any.whl');
    for (const text of [
      'https://example.com/tool.tgz',
      'git+file:///r.tgz',
      './vendor/tool',
      'tool.zip',
      'tool.tgz.txt',
    ])
      expect(localArchivePath(text, 'npm'), text).toBeNull();
    // npm reads a path that does not end in a tarball ending as a folder.
    expect(localArchivePath('./x-0.1-py3-none-any.whl', 'npm')).toBeNull();
  });
});
