// Decoding of file bytes into text: UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
// invalid UTF-8 and binary data are errors, so a lockfile that is not text fails closed.
import { lineAt } from './lines.js';

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeWith(utf16le, bytes, 'UTF-16LE');
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeWith(utf16be, bytes, 'UTF-16BE');
  } else {
    text = decodeWith(utf8, bytes, 'UTF-8');
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new DecodeError('binary data (NUL byte) in a text file', lineAt(text, nul));
  }
  return text;
}

function decodeWith(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // Find the first bad byte's line for a located error (UTF-8 only; UTF-16 rarely breaks).
    let line: number | undefined;
    if (name === 'UTF-8') {
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0) {
        line = 1;
        for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
      }
    }
    throw new DecodeError(`not valid ${name} text`, line);
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
