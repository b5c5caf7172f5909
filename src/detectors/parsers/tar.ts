// Entries of a tar archive, gzip-compressed or not (an npm package tarball, a Python sdist), read
// as a stream: headers in ustar, pax and GNU forms by tar-stream (already bundled for container
// image layers), bodies skipped unless wanted, so a large archive costs one pass of inflate and
// little memory.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import tar from 'tar-stream';

/** Bounds on hostile input (a gzip bomb, a giant metadata entry). */
export interface TarBounds {
  /** A wanted entry larger than this is a reason, not a partial read. */
  maxEntryBytes: number;
  /** Decompressed bytes read at most. */
  maxTotalBytes: number;
}

/** Whether the bytes start as a gzip stream. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether the bytes start as a tar archive (a ustar or GNU header). */
function isTar(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const magic = Buffer.from(bytes.subarray(257, 262)).toString('latin1');
  return magic === 'ustar';
}

class TarReadError extends Error {}

/**
 * The last regular-file entry of each slot `slotOf` gives a path (null: not wanted), with the
 * path it was written under: extraction writes entries in order, so of two that land in one
 * place the later is what stays, and only that one is held. A reason when the bytes are no such
 * archive, are damaged, or break a bound.
 */
export async function readTarEntries(
  bytes: Uint8Array,
  slotOf: (path: string) => string | null,
  bounds: TarBounds,
): Promise<Map<string, { path: string; bytes: Uint8Array }> | string> {
  const gzip = isGzip(bytes);
  if (!gzip && !isTar(bytes)) return 'neither a gzip stream nor a tar archive';
  const found = new Map<string, { path: string; bytes: Uint8Array }>();
  const extract = tar.extract();
  let total = 0;
  const source = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  let feeding: Promise<void>;
  if (gzip) {
    const gunzip = zlib.createGunzip();
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > bounds.maxTotalBytes)
        gunzip.destroy(new TarReadError(`more than ${bounds.maxTotalBytes} bytes once decompressed`));
    });
    feeding = pipeline(source, gunzip, extract);
  } else feeding = pipeline(source, extract);
  // Whichever side fails first decides; the other's later rejection is not left unhandled.
  feeding.catch(() => undefined);
  const reading = (async () => {
    for await (const entry of extract) {
      const h = entry.header;
      const isFile = h.type === 'file' || h.type === 'contiguous-file';
      const slot = isFile ? slotOf(h.name) : null;
      if (slot === null) {
        entry.resume();
        continue;
      }
      if ((h.size ?? 0) > bounds.maxEntryBytes)
        throw new TarReadError(`${h.name} is ${h.size} bytes (more than ${bounds.maxEntryBytes})`);
      const parts: Buffer[] = [];
      for await (const c of entry) parts.push(c as Buffer);
      found.set(slot, { path: h.name, bytes: new Uint8Array(Buffer.concat(parts)) });
    }
  })();
  reading.catch(() => undefined);
  try {
    await Promise.all([feeding, reading]);
  } catch (e) {
    extract.destroy();
    if (e instanceof TarReadError) return e.message;
    const message = e instanceof Error ? e.message : String(e);
    return `a damaged ${gzip ? 'gzip stream or ' : ''}tar archive (${message})`;
  }
  return found;
}
