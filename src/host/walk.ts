// Walks a filesystem root for the host audit, bounded and safe on a real machine:
// - a link is never followed: directories behind links are not entered, and the few links a layout
//   reads (a launcher) are resolved as paths inside the root (an absolute target is taken relative
//   to the root, a target that climbs out of it is "out of the root"), never opened;
// - pseudo filesystems (/proc, /sys, /dev, cgroups, …) and network filesystems (NFS, SMB/CIFS,
//   sshfs, …) mounted under the root are not entered: found from /proc/self/mountinfo where the
//   system has it; with the root `/`, /proc, /sys and /dev are skipped in any case;
// - a limit on entries visited: reaching it stops the walk with a located error (the audit is then
//   incomplete, and the gate fails closed);
// - a folder or file that cannot be read is a located error, not a crash; one that vanished while
//   the walk ran (a live machine) is not;
// - nothing found is ever run: only metadata files are read.
import { readFileSync } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, posix, resolve, sep } from 'node:path';
import { describe, isGone, type InstallationCollector } from './collect.js';
import type { TreeEntry } from './layouts/layout.js';

/** Entries a host audit visits before it stops: a developer machine with many node_modules fits. */
export const DEFAULT_MAX_ENTRIES = 10_000_000;

export interface WalkOptions {
  /** Most entries (files, folders, links) visited before the walk stops with an error. */
  maxEntries: number;
  /** Paths relative to the root not to enter (`--skip`). */
  skip?: readonly string[];
  /** The mount table to consult (tests); default /proc/self/mountinfo when it exists. */
  mountinfo?: string | null;
}

export interface WalkResult {
  entriesVisited: number;
  /** Folders not entered, and why (pseudo and network filesystems, `--skip`). */
  skipped: { path: string; reason: string }[];
}

/** Filesystem types never entered: kernel pseudo filesystems. */
const PSEUDO_FS = new Set([
  'proc',
  'sysfs',
  'devtmpfs',
  'devpts',
  'cgroup',
  'cgroup2',
  'securityfs',
  'debugfs',
  'tracefs',
  'pstore',
  'bpf',
  'configfs',
  'fusectl',
  'mqueue',
  'hugetlbfs',
  'binfmt_misc',
  'autofs',
  'efivarfs',
  'selinuxfs',
  'rpc_pipefs',
  'nsfs',
  'devfs',
]);

/** Filesystem types never entered: network filesystems (slow, and another machine's disk). */
const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  'beegfs',
  'davfs',
  'fuse.sshfs',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.glusterfs',
  'fuse.cephfs',
  'fuse.davfs2',
  'fuse.goofys',
  'fuse.mountpoint-s3',
  'fuse.juicefs',
]);

/** Folders under the root `/` skipped whether or not the mount table says so. */
const SYSTEM_ROOT_SKIPS = ['proc', 'sys', 'dev'];

/** Mount points under `root` (relative paths) whose filesystems are not entered, with the reason. */
export function mountSkips(root: string, mountinfo: string): Map<string, string> {
  const out = new Map<string, string>();
  const rootAbs = resolve(root);
  for (const line of mountinfo.split('\n')) {
    const dash = line.indexOf(' - ');
    if (dash < 0) continue;
    const fields = line.slice(0, dash).split(' ');
    const fstype = line.slice(dash + 3).split(' ')[0] ?? '';
    const point = unescapeMount(fields[4] ?? '');
    const kind = PSEUDO_FS.has(fstype) ? 'pseudo' : NETWORK_FS.has(fstype) ? 'network' : null;
    if (!kind || !point.startsWith('/')) continue;
    const rel = posix.relative(rootAbs.split(sep).join('/') || '/', point);
    if (rel === '' || rel.startsWith('..')) continue;
    out.set(rel, `${kind} filesystem (${fstype})`);
  }
  return out;
}

/** mountinfo escapes space, tab, newline and backslash as octal (`\040`). */
function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** Resolves a link's target as a path inside the root; null when it climbs out of the root. */
export function targetInRoot(linkPath: string, target: string): string | null {
  const joined = target.startsWith('/') ? target : posix.join(posix.dirname(linkPath), target);
  const normal = posix.normalize('/' + joined);
  // normalize('/' + …) clamps `..` at the root, which would hide a climb: check it first.
  let depth = 0;
  const parts = (target.startsWith('/') ? target : posix.dirname(linkPath) + '/' + target).split('/');
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    depth += p === '..' ? -1 : 1;
    if (depth < 0) return null;
  }
  return normal.slice(1);
}

/** Walks `root`, offering every entry to the collector; folders are read a few at a time. */
export async function walkRoot(
  root: string,
  collector: InstallationCollector,
  options: WalkOptions,
): Promise<WalkResult> {
  const rootAbs = resolve(root);
  const skip = new Map<string, string>();
  for (const s of options.skip ?? []) skip.set(s.replace(/^\/+|\/+$/g, ''), 'skipped as asked (--skip)');
  let mountinfo = options.mountinfo;
  if (mountinfo === undefined) {
    try {
      mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
    } catch {
      mountinfo = null;
    }
  }
  if (mountinfo) for (const [p, why] of mountSkips(rootAbs, mountinfo)) if (!skip.has(p)) skip.set(p, why);
  if (rootAbs === '/' || rootAbs === sep) {
    for (const p of SYSTEM_ROOT_SKIPS) if (!skip.has(p)) skip.set(p, 'system pseudo filesystem');
  }
  const result: WalkResult = { entriesVisited: 0, skipped: [] };
  const abs = (rel: string) => (rel === '' ? rootAbs : join(rootAbs, ...rel.split('/')));
  const queue: string[] = [''];
  let stopped = false;
  const visitDir = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(abs(dir), { withFileTypes: true });
    } catch (e) {
      if (!isGone(e))
        collector.errors.push({ file: dir || '.', message: `cannot read folder: ${describe(e)}` });
      return;
    }
    for (const d of entries) {
      if (stopped) return;
      const path = dir === '' ? d.name : `${dir}/${d.name}`;
      if (++result.entriesVisited > options.maxEntries) {
        stopped = true;
        collector.errors.push({
          file: path,
          message: `stopped after visiting ${options.maxEntries} entries (the file-visit limit, --max-files): the audit is incomplete`,
        });
        return;
      }
      let kind: TreeEntry['kind'] | null = d.isDirectory()
        ? 'dir'
        : d.isSymbolicLink()
          ? 'link'
          : d.isFile()
            ? 'file'
            : null;
      if (kind === null && !d.isFIFO() && !d.isSocket() && !d.isBlockDevice() && !d.isCharacterDevice()) {
        // A filesystem that does not report types in its listing.
        try {
          const st = await lstat(abs(path));
          kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : null;
        } catch (e) {
          if (!isGone(e)) collector.errors.push({ file: path, message: `cannot inspect: ${describe(e)}` });
        }
      }
      if (kind === null) continue;
      if (kind === 'dir') {
        const why = skip.get(path);
        if (why !== undefined) result.skipped.push({ path, reason: why });
        else queue.push(path);
      }
      await collector.visit(
        { path, kind },
        {
          read: () => readFile(abs(path)),
          readlink: async () => targetInRoot(path, await readlink(abs(path))),
        },
      );
    }
  };
  // A few folders at a time: listing is I/O-bound, and a deep queue keeps memory flat.
  const CONCURRENCY = 8;
  const running = new Set<Promise<void>>();
  while ((queue.length > 0 || running.size > 0) && !stopped) {
    while (queue.length > 0 && running.size < CONCURRENCY) {
      const p: Promise<void> = visitDir(queue.pop()!).finally(() => running.delete(p));
      running.add(p);
    }
    if (running.size > 0) await Promise.race(running);
  }
  await Promise.all(running);
  return result;
}
