// One container image layer (a tar, gzip- or zstd-compressed or not), reduced to what the audit
// needs, and the layers merged in order as the container's filesystem: OCI whiteouts
// (`.wh.<name>` deletes `<name>` from the layers below, `.wh..wh..opq` empties its folder of what
// the layers below put there), and an entry that replaces a folder by a file or link hides what was
// under it. Only the entries a layout wants are kept (with their content when it is read), so an
// image of any size is merged in little memory.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { MAX_METADATA_BYTES } from './collect.js';
import type { TreeEntry } from './layouts/layout.js';

/** One kept entry of a layer. */
export interface LayerEntry {
  kind: TreeEntry['kind'];
  /** A file's content (files a layout reads); `tooLarge` past the metadata limit. */
  content?: Buffer;
  tooLarge?: number;
  /** A symbolic link's target, as written. */
  linkTarget?: string;
  /** A hard link: the path (in the same layer) whose content it shares. */
  hardlinkTo?: string;
}

export interface LayerScan {
  /** `sha256:<hex>` of the blob as read (compressed, as OCI descriptors name it). */
  digest: string;
  entries: Map<string, LayerEntry>;
  /** Paths deleted from the layers below (whiteouts). */
  deleted: string[];
  /** Folders emptied of what the layers below put there (opaque whiteouts). */
  opaque: string[];
  /** Paths of non-folder entries: each hides whatever the layers below had under it. */
  nonDirs: string[];
  entryCount: number;
}

export type Compression = 'gzip' | 'zstd' | 'none';

/** The compression of a blob from its first bytes, or null when it is not a layer tar at all. */
export function layerCompression(head: Buffer): Compression | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'none';
  // An empty tar is nothing but zero blocks.
  if (head.length >= 512 && head.subarray(0, 512).every((b) => b === 0)) return 'none';
  return null;
}

/** A tar path as a path relative to the image root: no `./`, no leading or trailing `/`. */
export function normalizeTarPath(name: string): string {
  return name
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/**
 * Reads one layer blob. `wants` says which entries a layout needs; `alsoContentOf` names paths
 * whose content is needed besides (the targets of hard links found in a first read).
 */
export async function scanLayer(
  chunks: AsyncIterable<Buffer>,
  compression: Compression,
  wants: (entry: TreeEntry) => boolean,
  alsoContentOf: ReadonlySet<string> = new Set(),
): Promise<LayerScan> {
  const hash = createHash('sha256');
  const scan: LayerScan = {
    digest: '',
    entries: new Map(),
    deleted: [],
    opaque: [],
    nonDirs: [],
    entryCount: 0,
  };
  const extract = tar.extract();
  const hashed = (async function* () {
    for await (const c of chunks) {
      hash.update(c);
      yield c;
    }
  })();
  const decompress =
    compression === 'gzip'
      ? zlib.createGunzip()
      : compression === 'zstd'
        ? zlib.createZstdDecompress()
        : null;
  const feeding = decompress
    ? pipeline(Readable.from(hashed), decompress, extract)
    : pipeline(Readable.from(hashed), extract);
  const reading = (async () => {
    for await (const entry of extract) {
      const h = entry.header;
      const path = normalizeTarPath(h.name);
      scan.entryCount++;
      const base = path.slice(path.lastIndexOf('/') + 1);
      const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
      if (base === '.wh..wh..opq') {
        scan.opaque.push(dir);
        entry.resume();
        continue;
      }
      if (base.startsWith('.wh.')) {
        scan.deleted.push(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
        entry.resume();
        continue;
      }
      const kind: TreeEntry['kind'] | null =
        h.type === 'directory'
          ? 'dir'
          : h.type === 'symlink'
            ? 'link'
            : h.type === 'file' || h.type === 'contiguous-file' || h.type === 'link'
              ? 'file'
              : null;
      if (kind !== 'dir' && path !== '') scan.nonDirs.push(path);
      // A tar need not list a folder before its files: a folder a layout wants (a version folder)
      // is kept when only its files are listed.
      for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
        const folder = path.slice(0, i);
        if (!scan.entries.has(folder) && wants({ path: folder, kind: 'dir' }))
          scan.entries.set(folder, { kind: 'dir' });
      }
      if (kind === null || path === '') {
        entry.resume();
        continue;
      }
      const wanted = wants({ path, kind });
      if (!wanted && !alsoContentOf.has(path)) {
        entry.resume();
        continue;
      }
      const kept: LayerEntry = { kind };
      if (h.type === 'symlink') kept.linkTarget = h.linkname ?? '';
      else if (h.type === 'link') kept.hardlinkTo = normalizeTarPath(h.linkname ?? '');
      else if (kind === 'file') {
        const size = h.size ?? 0;
        if (size > MAX_METADATA_BYTES) kept.tooLarge = size;
        else {
          const parts: Buffer[] = [];
          for await (const c of entry) parts.push(c as Buffer);
          kept.content = Buffer.concat(parts);
        }
      }
      entry.resume();
      scan.entries.set(path, kept);
    }
  })();
  await Promise.all([feeding, reading]);
  scan.digest = `sha256:${hash.digest('hex')}`;
  return scan;
}

/** A path of the merged image: the entry and the digest of the layer it comes from. */
export interface MergedEntry extends LayerEntry {
  layer: string;
}

/** The layers, lowest first, merged into the image's filesystem (the kept entries only). */
export function mergeLayers(layers: readonly LayerScan[]): Map<string, MergedEntry> {
  const merged = new Map<string, MergedEntry>();
  const removeUnder = (prefix: string, andItself: boolean) => {
    for (const k of [...merged.keys()])
      if ((andItself && k === prefix) || k.startsWith(prefix + '/')) merged.delete(k);
  };
  for (const layer of layers) {
    for (const p of layer.deleted) removeUnder(p, true);
    for (const d of layer.opaque) {
      if (d === '') merged.clear();
      else removeUnder(d, false);
    }
    if (merged.size > 0 && layer.nonDirs.length > 0) {
      const ancestors = new Set<string>();
      for (const k of merged.keys())
        for (let i = k.indexOf('/'); i > 0; i = k.indexOf('/', i + 1)) ancestors.add(k.slice(0, i));
      for (const p of layer.nonDirs) if (ancestors.has(p)) removeUnder(p, false);
    }
    for (const [path, e] of layer.entries) merged.set(path, { ...e, layer: layer.digest });
  }
  return merged;
}
