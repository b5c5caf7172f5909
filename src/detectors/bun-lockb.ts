// bun.lockb: Bun's binary lockfile. Its layout is bun's in-memory structures written out
// (versioned by bun, not documented as a stable format); a reader that guesses at it could miss
// packages silently, so this version fails closed with a located error and the way out.
import type { DetectInput, Detector, DetectorResult } from '../model.js';

const HEADER = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';

export const bunLockbDetector: Detector = {
  id: 'bun.lockb',
  binary: true,
  matches: (path) => path === 'bun.lockb' || path.endsWith('/bun.lockb'),
  detect: (input: DetectInput) => detectBunLockb(input),
};

export async function detectBunLockb(
  input: Pick<DetectInput, 'path' | 'bytes' | 'readFile'>,
): Promise<DetectorResult> {
  const { path, bytes } = input;
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER.length));
  if (header !== HEADER) {
    return {
      components: [],
      errors: [{ file: path, message: 'bun.lockb does not start with the bun lockfile header' }],
    };
  }
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const text = await input.readFile(`${dir}bun.lock`);
  const beside =
    text !== null
      ? `; a bun.lock sits beside it (bun prefers bun.lock and this scan reads it), delete bun.lockb or regenerate it`
      : '';
  return {
    components: [],
    errors: [
      {
        file: path,
        message: `bun.lockb is a binary lockfile this version cannot read; convert it with "bun install --save-text-lockfile" and commit bun.lock${beside}`,
      },
    ],
  };
}
