// One entry of a zip archive (a `.vsix` extension package, a Python wheel), found by its central
// directory as unzip and pip find it, never by scanning for local headers: what the central
// directory lists is what gets installed.
import { inflateRawSync } from 'node:zlib';

/** An entry's bytes and the name the central directory gives it. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * The bytes of the last central-directory entry whose name `wanted` accepts (an extractor writes
 * every entry in turn, so the last of two with one name is what lands on disk); null when none
 * does; a reason when the archive cannot be read. Entries over `maxBytes` are a reason, not a
 * partial read: the bound is on hostile input, not on honest metadata.
 */
export function readZipEntry(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  maxBytes: number,
): ZipEntry | null | string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return 'no zip central directory';
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let found: { name: string; at: number } | undefined;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50)
      return 'a damaged zip central directory';
    const nameLength = view.getUint16(p + 28, true);
    const entry = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    if (wanted(entry)) found = { name: entry, at: p };
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  if (!found) return null;
  const { name, at } = found;
  const method = view.getUint16(at + 10, true);
  const compressed = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const local = view.getUint32(at + 42, true);
  if (size > maxBytes) return `${name} is ${size} bytes (more than ${maxBytes})`;
  if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) return `a damaged ${name} entry`;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = zip.subarray(start, start + compressed);
  if (data.length !== compressed) return `a truncated ${name} entry`;
  if (method === 0) return { name, bytes: data };
  if (method !== 8) return `${name} compressed with method ${method}`;
  try {
    return { name, bytes: new Uint8Array(inflateRawSync(data, { maxOutputLength: maxBytes })) };
  } catch {
    return `a damaged ${name} entry`;
  }
}
