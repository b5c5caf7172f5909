// Turns the entries of an audited tree (a directory walk, or an image's merged layers) into
// installations: each entry is offered to every layout; the files a layout reads are read, the
// links it reads are resolved inside the root. One installation seen through several entries (a
// version folder and the launcher link to it) is kept once, at the entry that is the installation.
import type { ScanError } from '../model/component.js';
import { layouts as allLayouts } from './layouts/index.js';
import type { Installation, Layout, ParseContext, TreeEntry } from './layouts/layout.js';

/** Largest metadata file read (package.json, METADATA): more is a located error, not a read. */
export const MAX_METADATA_BYTES = 8 * 1024 * 1024;

/** How an entry's content and link target are reached, given by the walk or the image reader. */
export interface EntryAccess {
  read(): Promise<Uint8Array>;
  /** The link's target resolved inside the root (relative, `/` separators), or null out of it. */
  readlink(): Promise<string | null>;
}

export class InstallationCollector {
  private readonly found = new Map<string, Installation>();
  /** Installations known only through a link, which a real entry replaces. */
  private readonly viaLink = new Set<string>();
  readonly errors: ScanError[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });

  constructor(
    private readonly context: ParseContext,
    private readonly layouts: readonly Layout[] = allLayouts,
  ) {}

  /** Whether an entry matters to some layout (the image reader keeps only these). */
  wants(entry: TreeEntry): boolean {
    for (const l of this.layouts) {
      if (entry.kind === 'file' && l.readsFile?.(entry.path)) return true;
      if (entry.kind === 'link' && l.readsLink?.(entry.path)) return true;
      if (l.fromPath?.(entry)) return true;
    }
    return false;
  }

  async visit(entry: TreeEntry, access: EntryAccess): Promise<void> {
    for (const l of this.layouts) {
      const fromPath = l.fromPath?.(entry);
      if (fromPath) this.add(fromPath, false);
      if (entry.kind === 'file' && l.parse && l.readsFile?.(entry.path)) {
        let bytes: Uint8Array;
        try {
          bytes = await access.read();
        } catch (e) {
          if (isGone(e)) continue;
          this.errors.push({ file: entry.path, message: `cannot read: ${describe(e)}` });
          continue;
        }
        if (bytes.length > MAX_METADATA_BYTES) {
          this.errors.push({
            file: entry.path,
            message: `metadata file of ${bytes.length} bytes, over the ${MAX_METADATA_BYTES}-byte limit: not read`,
          });
          continue;
        }
        const result = l.parse(entry.path, this.decoder.decode(bytes), this.context);
        for (const i of result.installations) this.add(i, false);
        this.errors.push(...result.errors);
      }
      if (entry.kind === 'link' && l.fromLink && l.readsLink?.(entry.path)) {
        let target: string | null;
        try {
          target = await access.readlink();
        } catch (e) {
          if (isGone(e)) continue;
          this.errors.push({ file: entry.path, message: `cannot read the link: ${describe(e)}` });
          continue;
        }
        const i = l.fromLink(entry.path, target);
        if (i) this.add(i, true);
      }
    }
  }

  private add(i: Installation, throughLink: boolean): void {
    const known = this.found.has(i.at);
    if (known && (throughLink || !this.viaLink.has(i.at))) return;
    this.found.set(i.at, i);
    if (throughLink) this.viaLink.add(i.at);
    else this.viaLink.delete(i.at);
  }

  /** The installations found, in path order of the file that proves each. */
  installations(): Installation[] {
    return [...this.found.values()].sort((a, b) =>
      a.component.location.file < b.component.location.file
        ? -1
        : a.component.location.file > b.component.location.file
          ? 1
          : 0,
    );
  }
}

/** An entry that vanished between listing and reading (a live filesystem): not an error. */
export function isGone(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return `permission denied (${err.code})`;
  return err?.code ? `${err.code}` : err instanceof Error ? err.message : String(e);
}
