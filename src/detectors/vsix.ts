// A committed VS Code extension package (`*.vsix`): a zip whose `extension.vsixmanifest` names
// the extension (`<Identity Id Publisher Version>`). The manifest is read, not the file name, so
// a renamed package is still what it is. A `.vsix` that is not such a zip is a located error.
import { inflateRawSync } from 'node:zlib';
import type { Component, Detector, DetectInput, DetectorResult } from '../model/component.js';
import { makeComponent } from './component.js';

export const VSIX_SOURCE = '.vsix';

const MANIFEST = 'extension.vsixmanifest';
/** The manifest is a few kilobytes; a bound on hostile input. */
const MAX_MANIFEST = 1 << 20;

export function scanVsix({ path, bytes }: Pick<DetectInput, 'path' | 'bytes'>): DetectorResult {
  const fail = (message: string): DetectorResult => ({
    components: [],
    errors: [{ file: path, line: 1, message: `${message}: not a VS Code extension package` }],
  });
  const manifest = readZipEntry(bytes, MANIFEST);
  if (typeof manifest === 'string') return fail(manifest);
  const xml = new TextDecoder().decode(manifest);
  const identity = /<Identity\b([^>]*)>/.exec(xml)?.[1];
  const attr = (name: string) =>
    identity ? new RegExp(`\\b${name}="([^"]*)"`).exec(identity)?.[1] : undefined;
  const id = attr('Id');
  const publisher = attr('Publisher');
  const version = attr('Version');
  if (!id || !publisher) return fail(`${MANIFEST} has no Identity Id and Publisher`);
  const components: Component[] = [
    makeComponent({
      ecosystem: 'vscode-extension',
      name: `${publisher}.${id}`.toLowerCase(),
      version: version ?? null,
      ...(version === undefined ? { spec: 'unknown (no Version in the manifest)' } : {}),
      location: { file: path, line: 1 },
      source: VSIX_SOURCE,
      sourceKind: 'file',
    }),
  ];
  return { components, errors: [] };
}

/** The bytes of one entry of a zip archive, by its central directory; a reason when it cannot. */
function readZipEntry(zip: Uint8Array, name: string): Uint8Array | string {
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
  for (let n = 0; n < entries; n++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50)
      return 'a damaged zip central directory';
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const entry = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extra + comment;
    if (entry !== name) continue;
    if (size > MAX_MANIFEST || local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50)
      return `a damaged ${name} entry`;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed) return `a truncated ${name} entry`;
    if (method === 0) return data;
    if (method !== 8) return `${name} compressed with method ${method}`;
    try {
      return new Uint8Array(inflateRawSync(data, { maxOutputLength: MAX_MANIFEST }));
    } catch {
      return `a damaged ${name} entry`;
    }
  }
  return `no ${name}`;
}

export const vsixDetector: Detector = {
  id: VSIX_SOURCE,
  role: 'environment',
  syntax: 'binary',
  ecosystems: ['vscode-extension'],
  binary: true,
  matches: (p) => /\.vsix$/i.test(p),
  detect: (input: DetectInput) => scanVsix(input),
};
