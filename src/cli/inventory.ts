// `inventory [DIR]`: every component found, no policy, written file by file.
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { inventoryEach } from '../inventory/engine.js';
import { isPackageFolderIdentity } from '../detectors/package-folder.js';
import { limitsFromEnv } from '../model/limits.js';
import type { ScanError } from '../model/component.js';
import { inventoryJson } from '../reporters/json.js';
import type { InventoryReport } from '../gate/report.js';
import { inventoryTextLine, inventoryTextTail } from '../reporters/text.js';
import { DirectorySource } from '../sources/directory.js';
import { oneOf, parse, rootDir } from './args.js';
import { npmResolver } from './npm-resolver.js';

export async function inventoryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    offline: { type: 'boolean' },
    registry: { type: 'string' },
  });
  const dir = rootDir(positionals);
  const format = oneOf(
    'format',
    values.format as string | undefined,
    ['text', 'json', 'cyclonedx'] as const,
    'text',
  );
  const limits = limitsFromEnv(process.env);
  const resolver = npmResolver(dir, values);
  // Written file by file as the tree is read: the whole inventory of a large monorepo is never
  // held in memory at once.
  const out = await openOutput(values.output as string | undefined);
  try {
    const errors: ScanError[] = [];
    let count = 0;
    // The SBOM is one document: its components are gathered, then written at once.
    const sbom: InventoryReport['components'] = [];
    if (format === 'json') await out.write(inventoryJson.head);
    const totals = await inventoryEach(
      new DirectorySource(dir, limits.maxFiles),
      { limits },
      async (_file, found) => {
        // A package folder's own identity is only what an install of it takes (inventory/archives.ts).
        const resolved = await resolver(found.filter((c) => !isPackageFolderIdentity(c)));
        if (resolved.errors) errors.push(...resolved.errors);
        let chunk = '';
        for (const c of resolved.components) {
          if (format === 'cyclonedx') {
            sbom.push(c);
            count++;
            continue;
          }
          chunk += format === 'json' ? inventoryJson.component(c, count === 0) : inventoryTextLine(c) + '\n';
          count++;
          // Written in pieces of about 64 KB: one string for a 60,000-entry lockfile's components
          // (~30 MB, and as much again encoded) was most of the command's peak memory.
          if (chunk.length >= WRITE_CHUNK_CHARS) {
            await out.write(chunk);
            chunk = '';
          }
        }
        await out.write(chunk);
      },
    );
    const allErrors = [...totals.errors, ...errors];
    const summary = { filesScanned: totals.filesScanned, components: count };
    if (format === 'cyclonedx') {
      // The CycloneDX library is loaded only for the SBOM.
      const { renderCycloneDx } = await import('../reporters/cyclonedx.js');
      await out.write(renderCycloneDx(sbom, basename(dir)));
      // The SBOM stays a valid document: what could not be read goes to stderr.
      for (const e of allErrors)
        process.stderr.write(`ai-tooling-gate: ${e.file}${e.line ? ':' + e.line : ''}: ${e.message}\n`);
    } else
      await out.write(
        format === 'json'
          ? inventoryJson.tail(count > 0, allErrors, summary)
          : inventoryTextTail(allErrors, summary),
      );
    return allErrors.length > 0 ? 1 : 0;
  } finally {
    await out.close();
  }
}

/** Characters of a report gathered before they are written. */
const WRITE_CHUNK_CHARS = 1 << 16;

/** A report written in pieces to a file or to stdout, waiting when stdout is full. */
async function openOutput(
  path: string | undefined,
): Promise<{ write(s: string): Promise<void>; close(): Promise<void> }> {
  if (path) {
    // Written synchronously, as Node writes stdout when it is a file: awaiting an asynchronous
    // write per file kept more garbage alive across collections (~60 MB more peak RSS on the pnpm
    // bench tree) and was slower.
    mkdirSync(dirname(resolve(path)), { recursive: true });
    const fd = openSync(path, 'w');
    return {
      write: (s) => {
        if (s === '') return Promise.resolve();
        const n = writeSync(fd, s);
        // A short write (a full disk, a signal) goes on from where it stopped, or fails with why.
        if (n < Buffer.byteLength(s)) {
          const bytes = Buffer.from(s);
          for (let done = n; done < bytes.length;) done += writeSync(fd, bytes, done);
        }
        return Promise.resolve();
      },
      close: () => {
        closeSync(fd);
        return Promise.resolve();
      },
    };
  }
  return {
    // Waits for 'drain' when stdout is full; a closed pipe ('error', EPIPE) ends the wait with it.
    write: async (s) => {
      if (s !== '' && !process.stdout.write(s)) await once(process.stdout, 'drain');
    },
    close: () => Promise.resolve(),
  };
}
