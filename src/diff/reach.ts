// Which unchanged files a change can reach, decided from paths alone (before any file is read), so
// that a pull request parses what it changes and not the files around it.
import { detectorsFor } from '../inventory/engine.js';
import type { Detector } from '../model/component.js';
import type { FileSource } from '../sources/source.js';

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i);
}

function isWithin(dir: string, ancestor: string): boolean {
  return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}

/**
 * The files whose every detector finds only names written in the file's own text
 * (`Detector.namesInText`): such a file reads no other file and runs nothing, so when it is
 * unchanged its result is its result at base. The other files (scripts, Dockerfiles, workflows,
 * devcontainers, package.json scripts, requirements includes) read or run other files: they are
 * parsed at head to learn what they read and run, which is how a change to a file they read
 * reaches them.
 */
export function selfContained(detectors: readonly Detector[]): boolean {
  return detectors.length > 0 && detectors.every((d) => d.namesInText !== undefined);
}

/**
 * The files of `paths` that reconciling manifests with lockfiles ties to a changed path
 * (`inventory/reconcile.ts`: a lockfile pins what a manifest in its folder subtree declares):
 * - a changed manifest: the lockfiles of its folder and the folders above (they pin it);
 * - a changed lockfile: the manifests of its folder subtree (whether they are pinned changes),
 *   the lockfiles of that subtree and the folders above (they may pin those manifests as well,
 *   and a manifest entry is kept only when no lockfile pins it).
 * Roles come from the detectors' declarations; a file of both roles counts as both.
 */
export function reconcileReach(
  paths: readonly string[],
  changed: Iterable<string>,
  list?: readonly Detector[],
): Set<string> {
  const roles = (p: string) => new Set(detectorsFor(p, list).map((d) => d.role));
  const manifestDirs = new Set<string>();
  const lockfileDirs = new Set<string>();
  for (const p of changed) {
    const r = roles(p);
    if (r.has('manifest')) manifestDirs.add(dirOf(p));
    if (r.has('lockfile')) lockfileDirs.add(dirOf(p));
  }
  const out = new Set<string>();
  if (manifestDirs.size === 0 && lockfileDirs.size === 0) return out;
  for (const p of paths) {
    const r = roles(p);
    const isManifest = r.has('manifest');
    const isLockfile = r.has('lockfile');
    if (!isManifest && !isLockfile) continue;
    const dir = dirOf(p);
    const reached =
      (isLockfile && [...manifestDirs].some((m) => isWithin(m, dir))) ||
      [...lockfileDirs].some(
        (l) => ((isManifest || isLockfile) && isWithin(dir, l)) || (isLockfile && isWithin(l, dir)),
      );
    if (reached) out.add(p);
  }
  return out;
}

/**
 * Whether a head file can differ from its base side, so that it must be read and parsed: it
 * changed, a change reaches it through reconciling (`reconcileReach`), or it reads or runs other
 * files (`selfContained` is false: what it read is learnt only by parsing it). A file the change
 * list calls unchanged is taken so only where both sources can tell it is no symbolic link.
 * When the trees cannot be listed every file counts as reached (the scan reports the listing).
 * `add` marks more files reached (the ones a caller turned out to run).
 */
export async function reachedFiles(
  base: FileSource,
  head: FileSource,
  hint: ReadonlySet<string> | undefined,
  isChanged: (path: string) => Promise<boolean>,
  list: readonly Detector[] | undefined,
): Promise<
  ((path: string, ds: readonly Detector[]) => Promise<boolean>) & { add(paths: Iterable<string>): void }
> {
  let headPaths: string[] = [];
  let changed: string[] = [];
  let listed = true;
  try {
    headPaths = await head.list();
    if (hint) changed = [...hint];
    else {
      const all = [...new Set([...headPaths, ...(await base.list())])];
      const claimed = all.filter((p) => detectorsFor(p, list).length > 0);
      // One at a time: without blob ids each comparison reads and hashes both sides.
      for (const p of claimed) if (await isChanged(p)) changed.push(p);
    }
  } catch {
    listed = false;
  }
  const reach = reconcileReach(headPaths, changed, list);
  const linkKnown = base.isLink !== undefined && head.isLink !== undefined;
  const mayBeLink = async (path: string): Promise<boolean> =>
    !linkKnown || (await head.isLink!(path)) || (await base.isLink!(path));
  const reached = async (path: string, ds: readonly Detector[]): Promise<boolean> =>
    !listed ||
    !selfContained(ds) ||
    reach.has(path) ||
    (await isChanged(path)) ||
    (hint !== undefined && (await mayBeLink(path)));
  return Object.assign(reached, {
    add(paths: Iterable<string>) {
      for (const p of paths) reach.add(p);
    },
  });
}
