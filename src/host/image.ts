// Container images read without a daemon: a `docker save` tarball (the classic layout, with
// `manifest.json` naming `<id>/layer.tar` files, and the OCI layout Docker 25+ writes), or an OCI
// image layout (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`) as a folder or a tar. Each image's
// layers are read in order and merged (image-layer.ts); its installations are found by the same
// layouts as a machine's, and each finding is located at `<layer digest>/<path>`: the layer that
// put the proving file there, and the file's path in the image.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import type { ScanError } from '../model/component.js';
import type { InstallationCollector } from './collect.js';
import {
  layerCompression,
  mergeLayers,
  normalizeTarPath,
  scanLayer,
  type Compression,
  type LayerScan,
} from './image-layer.js';
import type { Installation } from './layouts/layout.js';
import { targetInRoot } from './walk.js';

/** JSON files of an image tarball (manifests, indexes, configs) are at most this big. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

export interface ImageAudit {
  installations: Installation[];
  errors: ScanError[];
  entriesVisited: number;
}

/** Where one layer of an image is: a blob in the archive or folder, and its descriptor's digest. */
interface LayerRef {
  member: string;
  /** The digest the manifest names, verified against the blob (null: a `docker save` layer.tar). */
  digest: string | null;
}

/** Reading access to an image archive or folder, by member path. */
interface ImageStore {
  json(member: string): Promise<unknown>;
  has(member: string): boolean;
  /** Reads the named layers (scans them), with the content of extra paths per member. */
  layers(
    members: readonly string[],
    extra: ReadonlyMap<string, Set<string>>,
  ): Promise<Map<string, LayerScan>>;
}

export async function auditImageFile(
  file: string,
  newCollector: () => InstallationCollector,
): Promise<ImageAudit> {
  const wants = newCollector();
  const want = (e: Parameters<InstallationCollector['wants']>[0]) => wants.wants(e);
  const info = await stat(file);
  const store = info.isDirectory() ? folderStore(file, want) : await tarStore(file, want);
  const errors: ScanError[] = [];
  const images = await imageLayers(store, file);
  const members = [...new Set(images.flatMap((i) => i.layers.map((l) => l.member)))];
  let scans = await store.layers(members, new Map());
  // Hard links whose target the first read did not keep (pnpm links package.json from its store).
  const extra = new Map<string, Set<string>>();
  for (const [member, scan] of scans)
    for (const e of scan.entries.values())
      if (e.hardlinkTo !== undefined && !scan.entries.get(e.hardlinkTo)?.content) {
        const set = extra.get(member) ?? new Set<string>();
        set.add(e.hardlinkTo);
        extra.set(member, set);
      }
  if (extra.size > 0) scans = new Map([...scans, ...(await store.layers([...extra.keys()], extra))]);
  for (const scan of scans.values())
    for (const e of scan.entries.values())
      if (e.hardlinkTo !== undefined) {
        const target = scan.entries.get(e.hardlinkTo);
        if (target?.content) e.content = target.content;
        else if (target?.tooLarge) e.tooLarge = target.tooLarge;
      }

  const found = new Map<string, Installation>();
  let entriesVisited = 0;
  for (const image of images) {
    const layers: LayerScan[] = [];
    for (const ref of image.layers) {
      const scan = scans.get(ref.member);
      if (!scan) {
        errors.push({ file: ref.member, message: `${image.name}: layer ${ref.member} is not in the image` });
        continue;
      }
      if (ref.digest !== null && ref.digest !== scan.digest) {
        errors.push({
          file: ref.member,
          message: `${image.name}: layer blob does not match its digest ${ref.digest} (read ${scan.digest})`,
        });
      }
      layers.push(scan);
      entriesVisited += scan.entryCount;
    }
    const merged = mergeLayers(layers);
    const collector = newCollector();
    for (const [path, e] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (e.tooLarge !== undefined) {
        if (collector.wants({ path, kind: 'file' }))
          errors.push({
            file: `${e.layer}/${path}`,
            message: `metadata file of ${e.tooLarge} bytes, over the limit: not read`,
          });
        continue;
      }
      await collector.visit(
        { path, kind: e.kind },
        {
          read: () => Promise.resolve(e.content ?? Buffer.alloc(0)),
          readlink: () => Promise.resolve(targetInRoot(path, e.linkTarget ?? '')),
        },
      );
    }
    for (const err of collector.errors) {
      const layer = merged.get(err.file)?.layer;
      errors.push(layer ? { ...err, file: `${layer}/${err.file}` } : err);
    }
    for (const i of collector.installations()) {
      const layer =
        merged.get(i.component.location.file)?.layer ?? merged.get(i.at)?.layer ?? 'unknown-layer';
      const file = `${layer}/${i.component.location.file}`;
      if (!found.has(file))
        found.set(file, { ...i, component: { ...i.component, location: { ...i.component.location, file } } });
    }
  }
  return { installations: [...found.values()], errors, entriesVisited };
}

/** The images an archive holds, each with its layers lowest first. */
async function imageLayers(store: ImageStore, file: string): Promise<{ name: string; layers: LayerRef[] }[]> {
  if (store.has('manifest.json')) {
    const manifest = await store.json('manifest.json');
    if (!Array.isArray(manifest)) throw new Error(`${file}: manifest.json is not a docker save manifest`);
    return manifest.map((m: { RepoTags?: unknown; Layers?: unknown }, i) => {
      if (!Array.isArray(m.Layers)) throw new Error(`${file}: manifest.json entry ${i} has no Layers`);
      const name =
        Array.isArray(m.RepoTags) && typeof m.RepoTags[0] === 'string' ? m.RepoTags[0] : `image ${i + 1}`;
      return {
        name,
        layers: (m.Layers as unknown[]).map((l) => {
          const member = normalizeTarPath(String(l));
          const blob = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(member);
          return { member, digest: blob ? `${blob[1]}:${blob[2]}` : null };
        }),
      };
    });
  }
  if (store.has('index.json')) {
    const out: { name: string; layers: LayerRef[] }[] = [];
    await ociIndex(store, (await store.json('index.json')) as OciIndex, 'index.json', out, 0);
    return out;
  }
  throw new Error(
    `${file}: neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`,
  );
}

interface OciDescriptor {
  mediaType?: string;
  digest?: string;
  annotations?: Record<string, string>;
}
interface OciIndex {
  manifests?: OciDescriptor[];
  layers?: OciDescriptor[];
}

function blobPath(digest: string): string {
  const m = /^([a-z0-9]+):([a-f0-9]+)$/.exec(digest);
  if (!m) throw new Error(`not a digest: "${digest}"`);
  return `blobs/${m[1]}/${m[2]}`;
}

async function ociIndex(
  store: ImageStore,
  index: OciIndex,
  where: string,
  out: { name: string; layers: LayerRef[] }[],
  depth: number,
): Promise<void> {
  if (depth > 8) throw new Error(`${where}: image indexes nested too deep`);
  for (const d of index.manifests ?? []) {
    if (!d.digest) throw new Error(`${where}: a manifest descriptor has no digest`);
    const doc = (await store.json(blobPath(d.digest))) as OciIndex;
    if (doc.manifests) {
      await ociIndex(store, doc, d.digest, out, depth + 1);
      continue;
    }
    const name =
      d.annotations?.['org.opencontainers.image.ref.name'] ??
      d.annotations?.['io.containerd.image.name'] ??
      d.digest;
    // Attestation and other artifact manifests have layers that are not filesystem tars.
    const layers = (doc.layers ?? []).filter((l) => /tar/.test(l.mediaType ?? 'tar'));
    out.push({
      name,
      layers: layers.map((l) => ({ member: blobPath(l.digest ?? ''), digest: l.digest ?? null })),
    });
  }
}

/** An OCI image layout folder: blobs read as files. */
function folderStore(dir: string, want: Parameters<typeof scanLayer>[2]): ImageStore {
  const path = (member: string) => join(dir, ...member.split('/'));
  return {
    has: (member) => existsSync(path(member)),
    json: async (member) => JSON.parse(await readFile(path(member), 'utf8')) as unknown,
    async layers(members, extra) {
      const out = new Map<string, LayerScan>();
      for (const member of members) {
        const head = await readHead(path(member));
        const compression = layerCompression(head);
        if (compression === null) throw new Error(`${member}: not a layer tar (gzip, zstd or plain)`);
        out.set(
          member,
          await scanLayer(createReadStream(path(member)), compression, want, extra.get(member)),
        );
      }
      return out;
    },
  };
}

async function readHead(file: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of createReadStream(file, { start: 0, end: 511 })) {
    parts.push(c as Buffer);
    n += (c as Buffer).length;
  }
  return Buffer.concat(parts, n);
}

/**
 * A tar of an image (docker save, or an OCI layout; gzip-compressed or not), read front to back:
 * small JSON members are kept, every member that is a layer tar is scanned when it passes (the
 * manifest often comes last), so the archive is read once (twice only for hard-link targets).
 */
async function tarStore(file: string, want: Parameters<typeof scanLayer>[2]): Promise<ImageStore> {
  const jsons = new Map<string, Buffer>();
  const members = new Set<string>();
  const pass = async (
    onLayer: (member: string, chunks: AsyncIterable<Buffer>, c: Compression) => Promise<boolean>,
  ) => {
    const head = await readHead(file);
    const extract = tar.extract();
    const source = createReadStream(file);
    const feeding =
      head[0] === 0x1f && head[1] === 0x8b
        ? pipeline(source, zlib.createGunzip(), extract)
        : pipeline(source, extract);
    const reading = (async () => {
      for await (const entry of extract) {
        const member = normalizeTarPath(entry.header.name);
        if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
          entry.resume();
          continue;
        }
        members.add(member);
        const it = entry[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        const first: Buffer[] = [];
        let got = 0;
        let done = false;
        while (got < 512 && !done) {
          const r = await it.next();
          if (r.done) done = true;
          else {
            first.push(r.value);
            got += r.value.length;
          }
        }
        const headBytes = Buffer.concat(first);
        const rest = async function* (): AsyncGenerator<Buffer> {
          yield headBytes;
          if (done) return;
          for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
        };
        const compression = layerCompression(headBytes);
        if (compression !== null && (await onLayer(member, rest(), compression))) continue;
        if (compression === null && (entry.header.size ?? 0) <= MAX_JSON_BYTES && !jsons.has(member)) {
          const parts: Buffer[] = [];
          for await (const c of rest()) parts.push(c);
          jsons.set(member, Buffer.concat(parts));
          continue;
        }
        for await (const _ of rest()) void _;
      }
    })();
    await Promise.all([feeding, reading]);
  };
  const firstScans = new Map<string, LayerScan>();
  await pass(async (member, chunks, compression) => {
    firstScans.set(member, await scanLayer(chunks, compression, want));
    return true;
  });
  return {
    has: (member) => members.has(member),
    json: (member) => {
      const bytes = jsons.get(member);
      if (!bytes) return Promise.reject(new Error(`${file}: ${member} is missing or not JSON`));
      try {
        return Promise.resolve(JSON.parse(bytes.toString('utf8')) as unknown);
      } catch (e) {
        return Promise.reject(new Error(`${file}: ${member} is not valid JSON: ${(e as Error).message}`));
      }
    },
    async layers(wanted, extra) {
      if (extra.size === 0)
        return new Map(wanted.filter((m) => firstScans.has(m)).map((m) => [m, firstScans.get(m)!]));
      const out = new Map<string, LayerScan>();
      await pass(async (member, chunks, compression) => {
        if (!extra.has(member)) return false;
        out.set(member, await scanLayer(chunks, compression, want, extra.get(member)));
        return true;
      });
      return out;
    },
  };
}
