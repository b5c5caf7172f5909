import { execFile } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { isSkippedPath, normalizeRelative, SourceReadError, type FileSource } from './source.js';
import { vendoredCatalogNames } from '../catalog/vendored.js';

const execFileAsync = promisify(execFile);

/**
 * The files of a directory on disk. In a git work tree: the files git tracks plus untracked ones
 * it does not ignore; otherwise every file. `.git/` and `node_modules/` are skipped (but for vendored
 * copies of catalog packages, catalog/vendored.ts), and a
 * symlink is never followed out of the root.
 */
export class DirectorySource implements FileSource {
  readonly description: string;
  readonly readsAtOnce = true;
  private rootReal: string | undefined;

  constructor(
    readonly root: string,
    private readonly maxFiles = Number.POSITIVE_INFINITY,
  ) {
    this.description = root;
  }

  /** The vendored catalog packages of a `node_modules/` folder (the only files read under it). */
  private async vendored(dir: string): Promise<string[]> {
    const found: string[] = [];
    for (const name of vendoredCatalogNames()) {
      const rel = `${dir}/${name}/package.json`;
      try {
        if ((await lstat(join(this.root, rel))).isFile()) found.push(rel);
      } catch {
        // Not vendored here.
      }
    }
    return found;
  }

  async list(): Promise<string[]> {
    const fromGit = await this.gitFiles();
    const files = fromGit ?? (await this.walk());
    const out = [...new Set(files.filter((f) => !isSkippedPath(f)))].sort();
    if (out.length > this.maxFiles) {
      // The walk stops one past the limit, so the count is a lower bound.
      throw new SourceReadError(`more than ${this.maxFiles} files in the tree, over the limit`);
    }
    return out;
  }

  private async gitFiles(): Promise<string[] | null> {
    try {
      const { stdout: top } = await execFileAsync('git', ['-C', this.root, 'rev-parse', '--show-toplevel'], {
        encoding: 'utf8',
      });
      const toplevel = top.trim();
      if (!toplevel) return null;
      const { stdout } = await execFileAsync(
        'git',
        [
          '-C',
          this.root,
          '-c',
          'core.quotepath=off',
          'ls-files',
          '-z',
          '--cached',
          '--others',
          '--exclude-standard',
          '--',
          '.',
        ],
        { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
      );
      // ls-files with a pathspec of "." prints paths relative to the root given by -C.
      return stdout.split('\0').filter((p) => p.length > 0);
    } catch {
      return null;
    }
  }

  private async walk(): Promise<string[]> {
    const out: string[] = [];
    const stack: string[] = [''];
    while (stack.length > 0) {
      const rel = stack.pop()!;
      let entries;
      try {
        entries = await readdir(join(this.root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const childRel = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (entry.name === 'node_modules') out.push(...(await this.vendored(childRel)));
          if (entry.name === 'node_modules' || entry.name === '.git') continue;
          stack.push(childRel);
        } else {
          // Files, symlinks (never descended into as directories: the target is walked where it
          // lives inside the root, and a link out of the root is reported when read) and others.
          out.push(childRel);
        }
        if (out.length > this.maxFiles) return out;
      }
    }
    return out;
  }

  /**
   * Reads one file, synchronously: a local file read is a few system calls that take microseconds
   * from the page cache, and the promise-based calls cost far more than that in the event loop
   * (about 0.3 ms a file, measured: a fifth of the scan of a tree of small lockfiles). Nothing can
   * block: a file that is not a regular one is refused before it is read.
   */
  async read(path: string, maxBytes: number): Promise<Uint8Array | null> {
    return this.readNow(path, maxBytes);
  }

  /** The first `bytes` bytes of a file, with the same safety checks as `read` and no size limit. */
  async readHead(path: string, bytes: number): Promise<Uint8Array | null> {
    return this.readNow(path, bytes, true);
  }

  isLink(path: string): Promise<boolean> {
    const rel = normalizeRelative(path);
    if (rel === null) return Promise.resolve(false);
    try {
      return Promise.resolve(lstatSync(join(this.root, rel)).isSymbolicLink());
    } catch {
      return Promise.resolve(false);
    }
  }

  private readNow(path: string, maxBytes: number, headOnly = false): Uint8Array | null {
    const rel = normalizeRelative(path);
    if (rel === null) throw new SourceReadError('path is outside the scanned directory');
    const full = join(this.root, rel);
    let info;
    try {
      info = lstatSync(full);
    } catch {
      return null;
    }
    let target = full;
    if (info.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(full);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new SourceReadError(
          code === 'ELOOP' ? 'symlink loop' : 'symlink to a file that does not exist',
        );
      }
      this.rootReal ??= realpathSync(this.root);
      const within = relative(this.rootReal, real);
      if (within === '' || within.startsWith('..' + sep) || within === '..' || within.startsWith('/')) {
        throw new SourceReadError('symlink points outside the scanned directory; not followed');
      }
      target = real;
      info = statSync(real);
    }
    if (!info.isFile()) throw new SourceReadError('not a regular file');
    if (info.size > maxBytes && !headOnly) {
      throw new SourceReadError(`file is ${info.size} bytes, over the limit of ${maxBytes} bytes`);
    }
    // O_NONBLOCK: a file swapped for a FIFO after the check above cannot block the open;
    // O_NOFOLLOW: nor can one swapped for a symlink be followed. The handle is checked again.
    const fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    try {
      const opened = fstatSync(fd);
      if (!opened.isFile()) throw new SourceReadError('not a regular file');
      if (opened.size > maxBytes && !headOnly) {
        throw new SourceReadError(`file is ${opened.size} bytes, over the limit of ${maxBytes} bytes`);
      }
      // Read at most maxBytes + 1 so a file that grows while being read is still caught.
      const buf = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
      let total = 0;
      for (;;) {
        const bytesRead = readSync(fd, buf, total, buf.length - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) {
          if (headOnly) return new Uint8Array(buf.buffer, buf.byteOffset, maxBytes);
          throw new SourceReadError(`file is over the limit of ${maxBytes} bytes`);
        }
        if (total === buf.length) break;
      }
      return new Uint8Array(buf.buffer, buf.byteOffset, total);
    } finally {
      closeSync(fd);
    }
  }
}
