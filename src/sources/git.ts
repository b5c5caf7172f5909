import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promisify } from 'node:util';
import { isSkippedPath, normalizeRelative, SourceReadError, type FileSource } from './source.js';

const SYMLINK_MODE = '120000';
const MAX_SYMLINK_HOPS = 40;

const execFileAsync = promisify(execFile);

/**
 * Finds a path in a tree listing, following symlinks within the tree. A link out of the tree, to
 * nothing, or in a loop is a `SourceReadError`; a path not in the tree is null.
 */
export async function resolveInTree<E extends { mode: string }>(
  tree: ReadonlyMap<string, E>,
  path: string,
  readLink: (entry: E) => Promise<Uint8Array>,
): Promise<E | null> {
  let rel = normalizeRelative(path);
  if (rel === null) throw new SourceReadError('path is outside the scanned directory');
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    const entry = tree.get(rel);
    if (!entry) return null;
    if (entry.mode !== SYMLINK_MODE) return entry;
    const target = new TextDecoder().decode(await readLink(entry));
    if (target.startsWith('/'))
      throw new SourceReadError('symlink points outside the scanned directory; not followed');
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    const next = normalizeRelative(dir ? `${dir}/${target}` : target);
    if (next === null || next === '') {
      throw new SourceReadError('symlink points outside the scanned directory; not followed');
    }
    // A link to a folder or to nothing is not a regular file of this tree.
    if (!tree.has(next)) throw new SourceReadError('symlink to a file that does not exist');
    rel = next;
  }
  throw new SourceReadError('symlink loop');
}

/** Runs git without a shell; arguments are passed as they are. */
export async function runGit(
  cwd: string,
  args: string[],
  maxBuffer = 1024 * 1024 * 1024,
  env: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
  });
  return stdout;
}

/** One entry of a commit's tree. */
export interface TreeEntry {
  mode: string;
  /** The blob's object id. */
  oid: string;
  size: number;
}

/**
 * The files of one git commit, read from the object database: `git ls-tree` lists them and one
 * long-lived `git cat-file --batch` reads blobs. Nothing is checked out, nothing in the tree is
 * run. `prefix` scans a subfolder of the repository as the root.
 */
export class GitSource implements FileSource {
  readonly description: string;
  private entries: Promise<Map<string, TreeEntry>> | undefined;
  private reader: BlobReader | undefined;

  constructor(
    readonly repoDir: string,
    readonly commit: string,
    readonly prefix = '',
    private readonly maxFiles = Number.POSITIVE_INFINITY,
  ) {
    this.description = `git:${commit}${prefix ? ':' + prefix : ''}`;
  }

  /** Every blob of the tree (symlinks included) by path; submodules are not files and are left out. */
  tree(): Promise<Map<string, TreeEntry>> {
    this.entries ??= this.loadTree();
    return this.entries;
  }

  private async loadTree(): Promise<Map<string, TreeEntry>> {
    const treeish = this.prefix ? `${this.commit}:${this.prefix}` : `${this.commit}^{tree}`;
    // A commit id or a ref name first (never a leading "-"), so the argument cannot be read as an
    // option. (`--end-of-options` is not used here: git 2.39's ls-tree then lists nothing.)
    if (!/^(?:[0-9a-f]{40}(?:[0-9a-f]{24})?|[A-Za-z0-9_][\w./@{}^~-]*?)(?::|\^\{tree\}$)/i.test(treeish)) {
      throw new SourceReadError(`cannot list the tree of ${this.commit}: not a commit id`);
    }
    let out: string;
    try {
      out = await runGit(this.repoDir, [
        '-c',
        'core.quotepath=off',
        'ls-tree',
        '-r',
        '-z',
        '-l',
        '--full-tree',
        treeish,
        '--',
      ]);
    } catch (e) {
      throw new SourceReadError(`cannot list the tree of ${this.commit}: ${firstLine(e)}`);
    }
    const map = new Map<string, TreeEntry>();
    for (const record of out.split('\0')) {
      if (record === '') continue;
      const tab = record.indexOf('\t');
      const [mode, type, oid, size] = record.slice(0, tab).split(/ +/) as [string, string, string, string];
      if (type !== 'blob') continue;
      map.set(record.slice(tab + 1), { mode, oid, size: Number(size) });
    }
    if (map.size > this.maxFiles) {
      throw new SourceReadError(
        `${map.size} files in ${this.description} exceed the limit of ${this.maxFiles} files`,
      );
    }
    return map;
  }

  async list(): Promise<string[]> {
    const tree = await this.tree();
    return [...tree.keys()].filter((p) => !isSkippedPath(p)).sort();
  }

  async isLink(path: string): Promise<boolean> {
    return (await this.tree()).get(normalizeRelative(path) ?? '')?.mode === SYMLINK_MODE;
  }

  /** The blob id of a file (after following symlinks), or null when it does not exist. */
  async blobId(path: string): Promise<string | null> {
    let entry;
    try {
      entry = await this.resolve(path);
    } catch (e) {
      // A link that cannot be followed is identified by the link itself.
      const link = (await this.tree()).get(normalizeRelative(path) ?? '');
      if (link) return `link:${link.oid}`;
      throw e;
    }
    return entry ? `${entry.mode === '100755' ? 'x' : ''}${entry.oid}` : null;
  }

  private async resolve(path: string): Promise<TreeEntry | null> {
    return resolveInTree(await this.tree(), path, (e) => this.blobs().read(e.oid, 4096));
  }

  async read(path: string, maxBytes: number): Promise<Uint8Array | null> {
    const entry = await this.resolve(path);
    if (!entry) return null;
    if (entry.mode === '160000') throw new SourceReadError('not a regular file');
    if (entry.size > maxBytes) {
      throw new SourceReadError(`file is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
    }
    return this.blobs().read(entry.oid, maxBytes);
  }

  /** The head of a file of at most 1 MiB (the object database reads whole blobs); null otherwise. */
  async readHead(path: string, bytes: number): Promise<Uint8Array | null> {
    const entry = await this.resolve(path);
    if (!entry || entry.mode === '160000' || entry.size > 1024 * 1024) return null;
    const blob = await this.blobs().read(entry.oid, entry.size);
    return blob.subarray(0, bytes);
  }

  private blobs(): BlobReader {
    this.reader ??= new BlobReader(this.repoDir);
    return this.reader;
  }

  /** Ends the `git cat-file` process. */
  close(): void {
    this.reader?.close();
    this.reader = undefined;
  }
}

interface Pending {
  oid: string;
  maxBytes: number;
  resolve: (bytes: Uint8Array) => void;
  reject: (e: Error) => void;
}

/** One `git cat-file --batch` process answering blob reads in order. */
class BlobReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failed: Error | undefined;

  constructor(private readonly repoDir: string) {}

  read(oid: string, maxBytes: number): Promise<Uint8Array> {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid))
      return Promise.reject(new SourceReadError(`bad object id ${oid}`));
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, maxBytes, resolve, reject });
      this.process().stdin.write(`${oid}\n`);
      this.hold(true);
    });
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.repoDir,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.stdout.on('data', (d: Buffer) => {
      this.buffer = this.buffer.length === 0 ? d : Buffer.concat([this.buffer, d]);
      this.drain();
    });
    const fail = (e: Error): void => {
      this.failed = new SourceReadError(
        `git cat-file failed: ${e.message}${stderr ? ': ' + stderr.trim() : ''}`,
      );
      for (const p of this.queue.splice(0)) p.reject(this.failed);
    };
    child.on('error', fail);
    child.on('exit', (code) => {
      if (this.queue.length > 0) fail(new Error(`exited with code ${code}`));
      this.child = undefined;
    });
    child.stdin.on('error', () => {});
    this.child = child;
    this.hold(false);
    this.child = child;
    return child;
  }

  /**
   * Keeps the process alive only while reads are pending, so an idle reader never holds the
   * program open.
   */
  private hold(busy: boolean): void {
    const c = this.child;
    if (!c) return;
    const streams = [c.stdout, c.stderr, c.stdin] as unknown as { ref?: () => void; unref?: () => void }[];
    if (busy) {
      c.ref();
      for (const s of streams) s.ref?.();
    } else {
      c.unref();
      for (const s of streams) s.unref?.();
    }
  }

  private drain(): void {
    for (;;) {
      const head = this.queue[0];
      if (!head) {
        this.hold(false);
        return;
      }
      const nl = this.buffer.indexOf(0x0a);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString('utf8');
      if (header.endsWith(' missing')) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.queue.shift();
        head.reject(new SourceReadError(`object ${head.oid} is missing from the repository`));
        continue;
      }
      const [, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      if (this.buffer.length < nl + 1 + size + 1) return;
      const content = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.queue.shift();
      if (type !== 'blob') head.reject(new SourceReadError('not a regular file'));
      else if (size > head.maxBytes) {
        head.reject(new SourceReadError(`file is ${size} bytes, over the limit of ${head.maxBytes} bytes`));
      } else head.resolve(new Uint8Array(content.buffer, content.byteOffset, content.length));
    }
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '';
}

/** Whether a commit's objects are in the local repository. */
export async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  try {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) return false;
    await runGit(repoDir, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a ref (branch, tag, SHA, `HEAD~1`) to a commit id. */
export async function revParse(repoDir: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new Error(`"${ref}" is not a git revision`);
  try {
    return (
      await runGit(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
    ).trim();
  } catch {
    throw new Error(`"${ref}" is not a commit in ${repoDir}`);
  }
}

/** The repository's top folder and the scanned folder's path inside it (`''` at the top). */
export async function workTreeOf(dir: string): Promise<{ top: string; prefix: string } | null> {
  try {
    const out = await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
    const [top, prefix] = out.split('\n');
    if (!top) return null;
    return { top, prefix: (prefix ?? '').replace(/\/$/, '') };
  } catch {
    return null;
  }
}

/** Fetches one commit into a shallow clone, with the checkout's configured credentials. */
export async function fetchCommit(repoDir: string, sha: string): Promise<void> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) throw new Error(`"${sha}" is not a commit id`);
  await runGit(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
}
