// Container images built here, layer by layer (tar-stream; no registry, no daemon), in the three
// shapes host-audit reads: a classic `docker save` tarball (uncompressed layer.tar files), an OCI
// image layout folder (gzip and zstd blobs) and the same layout as a tar. What a layer installs, a
// later layer's whiteout deletes (nothing reported); what a later layer installs after a deletion is
// reported at that layer's digest.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { auditImage } from '../../src/host/audit.js';
import { loadPolicy } from '../../src/policy/load.js';
import { projectRoot } from '../helpers/bundles.js';

const advisories = await loadPolicy('builtin:default');

interface TarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  content?: string | Buffer;
  linkname?: string;
}

async function tarOf(entries: TarEntry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    const type = e.type ?? 'file';
    const content = type === 'file' ? Buffer.from(e.content ?? '') : Buffer.alloc(0);
    await new Promise<void>((resolve, reject) =>
      pack.entry(
        {
          name: e.name,
          type,
          mode: type === 'directory' ? 0o755 : 0o644,
          ...(e.linkname ? { linkname: e.linkname } : {}),
        },
        content,
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const CC = 'usr/local/lib/node_modules/@anthropic-ai/claude-code';
const ccPackage = (version: string): TarEntry[] => [
  { name: 'usr/local/lib/node_modules/', type: 'directory' },
  { name: 'usr/local/lib/node_modules/@anthropic-ai/', type: 'directory' },
  { name: `${CC}/`, type: 'directory' },
  {
    name: `${CC}/package.json`,
    content: JSON.stringify({ name: '@anthropic-ai/claude-code', version }, null, 2),
  },
  { name: `${CC}/cli.js`, content: '// the CLI' },
];
const base: TarEntry[] = [
  { name: 'etc/', type: 'directory' },
  { name: 'etc/os-release', content: 'ID=debian\n' },
];

/** A classic `docker save` tarball: `<id>/layer.tar` files named by manifest.json (written last). */
async function dockerSave(layers: Buffer[], gzipOuter = false): Promise<string> {
  const entries: TarEntry[] = [];
  const names: string[] = [];
  layers.forEach((l, i) => {
    const id = sha256(Buffer.concat([l, Buffer.from(String(i))]));
    entries.push(
      { name: `${id}/`, type: 'directory' },
      { name: `${id}/VERSION`, content: '1.0' },
      { name: `${id}/layer.tar`, content: l },
    );
    names.push(`${id}/layer.tar`);
  });
  const config = JSON.stringify({
    rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${sha256(l)}`) },
  });
  entries.push({ name: `${sha256(Buffer.from(config))}.json`, content: config });
  entries.push({
    name: 'manifest.json',
    content: JSON.stringify([
      { Config: `${sha256(Buffer.from(config))}.json`, RepoTags: ['acme/app:1'], Layers: names },
    ]),
  });
  let bytes = await tarOf(entries);
  if (gzipOuter) bytes = zlib.gzipSync(bytes);
  const file = join(mkdtempSync(join(tmpdir(), 'aitg-image-')), gzipOuter ? 'image.tar.gz' : 'image.tar');
  writeFileSync(file, bytes);
  return file;
}

/** An OCI image layout (folder, or tar of it): compressed layer blobs named by their digests. */
async function ociLayout(
  layers: Buffer[],
  { compression = 'gzip', asTar = false }: { compression?: 'gzip' | 'zstd'; asTar?: boolean } = {},
): Promise<string> {
  const blobs = new Map<string, Buffer>();
  const put = (b: Buffer) => {
    const d = sha256(b);
    blobs.set(d, b);
    return `sha256:${d}`;
  };
  const layerDescs = layers.map((l) => {
    const blob = compression === 'gzip' ? zlib.gzipSync(l) : zlib.zstdCompressSync(l);
    return {
      mediaType: `application/vnd.oci.image.layer.v1.tar+${compression}`,
      digest: put(blob),
      size: blob.length,
    };
  });
  const config = put(
    Buffer.from(
      JSON.stringify({ rootfs: { type: 'layers', diff_ids: layers.map((l) => `sha256:${sha256(l)}`) } }),
    ),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config },
      layers: layerDescs,
    }),
  );
  const index = JSON.stringify({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: put(manifest),
        size: manifest.length,
        annotations: { 'org.opencontainers.image.ref.name': 'acme/app:1' },
      },
    ],
  });
  const files: [string, Buffer][] = [
    ['oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}')],
    ['index.json', Buffer.from(index)],
    ...[...blobs].map(([d, b]): [string, Buffer] => [`blobs/sha256/${d}`, b]),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'aitg-oci-'));
  if (asTar) {
    const file = join(dir, 'oci.tar');
    writeFileSync(file, await tarOf(files.map(([name, content]) => ({ name, content }))));
    return file;
  }
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return dir;
}

async function audit(file: string) {
  const { report } = await auditImage(file, { policy: advisories });
  return report;
}

describe('host-audit --image', () => {
  it('reports nothing when an upper layer deletes what a lower layer installed (whiteout)', async () => {
    const lower = await tarOf([...base, ...ccPackage('2.1.150')]);
    const upper = await tarOf([{ name: 'usr/local/lib/node_modules/@anthropic-ai/.wh.claude-code' }]);
    for (const image of [
      await dockerSave([lower, upper]),
      await ociLayout([lower, upper]),
      await ociLayout([lower, upper], { asTar: true }),
    ]) {
      const report = await audit(image);
      expect(report.errors).toEqual([]);
      expect(report.findings).toEqual([]);
    }
    // Without the upper layer the lower one is reported: the deletion is what made the difference.
    expect((await audit(await dockerSave([lower]))).findings).toHaveLength(1);
  });

  it('reports what an upper layer installs after a lower one deleted, at the upper layer digest', async () => {
    const lower = await tarOf([...base, ...ccPackage('2.1.198')]);
    const middle = await tarOf([{ name: 'usr/local/lib/node_modules/@anthropic-ai/.wh.claude-code' }]);
    const upper = await tarOf(ccPackage('2.1.150'));
    const oci = await ociLayout([lower, middle, upper]);
    const report = await audit(oci);
    const upperDigest = `sha256:${sha256(zlib.gzipSync(upper))}`;
    expect(report.findings.map((f) => [f.component.version, f.location.file])).toEqual([
      ['2.1.150', `${upperDigest}/${CC}/package.json`],
    ]);
    // In a docker save tarball the layer is the uncompressed layer.tar, named by its own digest.
    const saved = await audit(await dockerSave([lower, middle, upper]));
    expect(saved.findings.map((f) => f.location.file)).toEqual([
      `sha256:${sha256(upper)}/${CC}/package.json`,
    ]);
  });

  it('an opaque folder hides what lower layers put in it, not what its own layer adds', async () => {
    const lower = await tarOf([...base, ...ccPackage('2.1.150')]);
    const upper = await tarOf([
      { name: 'usr/local/lib/node_modules/.wh..wh..opq' },
      {
        name: 'usr/local/lib/node_modules/@google/gemini-cli/package.json',
        content: '{"name":"@google/gemini-cli","version":"0.9.0"}',
      },
    ]);
    const { report } = await auditImage(await ociLayout([lower, upper], { compression: 'zstd' }), {
      policy: await loadPolicy('builtin:ai-coding-tools'),
    });
    expect(report.findings.map((f) => f.component.name)).toEqual(['@google/gemini-cli']);
  });

  it('a file or link replacing a folder hides what was under it', async () => {
    const lower = await tarOf([...base, ...ccPackage('2.1.150')]);
    const upper = await tarOf([{ name: CC, type: 'symlink', linkname: '/opt/elsewhere' }]);
    expect((await audit(await dockerSave([lower, upper]))).findings).toEqual([]);
  });

  it('reads hard-linked metadata, folders implied by their files, launcher links, and a gzip-compressed tarball', async () => {
    const layer = await tarOf([
      {
        name: 'root/.local/share/pnpm/store/v10/files/ab/cdef',
        content: '{"name":"@anthropic-ai/claude-code","version":"2.1.150"}',
      },
      {
        name: `root/.local/share/pnpm/global/5/.pnpm/x/node_modules/@anthropic-ai/claude-code/package.json`,
        type: 'link',
        linkname: 'root/.local/share/pnpm/store/v10/files/ab/cdef',
      },
      { name: 'home/linuxbrew/.linuxbrew/Caskroom/claude-code/2.1.151/claude', content: 'binary' },
      { name: 'root/.local/share/claude/versions/2.1.152', content: 'binary' },
      {
        name: 'root/.local/bin/claude',
        type: 'symlink',
        linkname: '/root/.local/share/claude/versions/2.1.152',
      },
    ]);
    const report = await audit(await dockerSave([layer], true));
    expect(report.errors).toEqual([]);
    const d = `sha256:${sha256(layer)}`;
    expect(
      report.findings.map((f) => `${f.component.ecosystem} ${f.component.version} ${f.location.file}`),
    ).toEqual([
      `homebrew 2.1.151 ${d}/home/linuxbrew/.linuxbrew/Caskroom/claude-code/2.1.151`,
      `installer 2.1.152 ${d}/root/.local/share/claude/versions/2.1.152`,
      `npm 2.1.150 ${d}/root/.local/share/pnpm/global/5/.pnpm/x/node_modules/@anthropic-ai/claude-code/package.json`,
    ]);
  });

  it('fails closed on a layer blob that does not match its digest, and on what is not an image', async () => {
    const dir = await ociLayout([await tarOf([...base, ...ccPackage('2.1.150')])]);
    const index = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    const manifestPath = join(dir, 'blobs', 'sha256', index.manifests[0]!.digest.slice(7));
    const manifest = JSON.parse((await import('node:fs')).readFileSync(manifestPath, 'utf8')) as {
      layers: { digest: string }[];
    };
    // Another layer's content under this digest: a tampered blob.
    writeFileSync(
      join(dir, 'blobs', 'sha256', manifest.layers[0]!.digest.slice(7)),
      zlib.gzipSync(await tarOf(ccPackage('2.1.198'))),
    );
    const report = await audit(dir);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toMatch(/does not match its digest/);
    await expect(
      audit(
        await tarOf([{ name: 'hello.txt', content: 'hi' }]).then((b) => {
          const f = join(mkdtempSync(join(tmpdir(), 'aitg-notimage-')), 'x.tar');
          writeFileSync(f, b);
          return f;
        }),
      ),
    ).rejects.toThrow(/neither a docker save tarball/);
  });

  it('runs through the bundled CLI: findings, exit codes', async () => {
    const cli = join(projectRoot, 'dist', 'cli', 'index.js');
    const lower = await tarOf([...base, ...ccPackage('2.1.150')]);
    const banned = await dockerSave([lower]);
    const cleaned = await dockerSave([lower, await tarOf([{ name: `${CC}/.wh.package.json` }])]);
    const run = (image: string) =>
      spawnSync(
        process.execPath,
        [cli, 'host-audit', '--image', image, '--policy', 'builtin:default', '--format', 'json'],
        { encoding: 'utf8' },
      );
    const r1 = run(banned);
    expect(r1.status).toBe(1);
    expect(
      (JSON.parse(r1.stdout) as { findings: { location: { file: string } }[] }).findings[0]!.location.file,
    ).toBe(`sha256:${sha256(lower)}/${CC}/package.json`);
    const r2 = run(cleaned);
    expect(r2.stdout).toContain('"failed": 0');
    expect(r2.status).toBe(0);
  });
});
