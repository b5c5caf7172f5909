// Files no detector claims by name, claimed by their first bytes: a script with a shell shebang
// (`#!/bin/bash`, `#!/usr/bin/env sh`) is a script whatever its name (`script/bootstrap`,
// `bin/setup`). Only sources that read a file's head cheaply (`FileSource.readHead`: a disk, a
// git object database) are sniffed; files whose names say they are something else (images,
// archives, other languages' sources, documents) are not opened.
import type { Detector } from '../model/component.js';
import { namesAnotherKindOfFile } from '../detectors/shell/command-words.js';
import type { FileSource } from '../sources/source.js';

/** Bytes read from the head of a file to decide (a shebang line is short). */
export const SNIFF_BYTES = 256;

export function maySniff(path: string): boolean {
  return !namesAnotherKindOfFile(path);
}

/**
 * The detectors that claim each of `paths` (unclaimed by name) by its head. Heads are read a few
 * at a time; a file that cannot be read is left out (it is nobody's format).
 */
export async function sniffPaths(
  source: FileSource,
  paths: readonly string[],
  sniffers: readonly Detector[],
  concurrency: number,
): Promise<Map<string, Detector[]>> {
  const out = new Map<string, Detector[]>();
  const readHead = source.readHead?.bind(source);
  if (!readHead || sniffers.length === 0) return out;
  const candidates = paths.filter(maySniff);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      const path = candidates[next++]!;
      let head: Uint8Array | null;
      try {
        head = await readHead(path, SNIFF_BYTES);
      } catch {
        continue;
      }
      if (head === null || head.length < 3 || head[0] !== 0x23 || head[1] !== 0x21) continue; // `#!`
      const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
      const ds = sniffers.filter((d) => d.sniff!(text));
      if (ds.length > 0) out.set(path, ds);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, candidates.length)) }, worker));
  return out;
}
