// A Dockerfile judged the way a caller builds it: with that caller's build args and build context
// (a devcontainer's `build`, a compose service, `docker build`, `docker/build-push-action`), and the
// repository scripts its RUN instructions run after a COPY/ADD put them in the image.
import type { Location } from '../../model/component.js';
import { scanDockerfile, type DockerfileScanOptions } from '../dockerfile.js';
import { isDockerfilePath } from '../dockerfile.js';
import type { VarValue } from '../shell/expand.js';
import type { ImageBuild } from '../shell/scan.js';
import { joinRelative } from '../parsers/paths.js';
import { WORKSPACE_PREFIX, withVia, type FlowFollower } from './follow.js';

export interface DockerBuild {
  /** The Dockerfile's repository path. */
  dockerfile: string;
  /** Build args given by the caller: they win over ARG defaults. */
  buildArgs: ReadonlyMap<string, VarValue>;
  /** The build context, repository-relative. */
  contextDir?: string;
  /** The callers, outermost first (empty: the Dockerfile judged on its own). */
  via: Location[];
}

/**
 * Judges the Dockerfile `text` as `build` builds it; false when the caller names no readable
 * Dockerfile. Its components are located in the Dockerfile; its errors are its own detector's
 * to report unless its name is not a Dockerfile's.
 */
export async function judgeDockerfile(
  follower: FlowFollower,
  build: DockerBuild,
  text: string,
  options: Pick<DockerfileScanOptions, 'firstLine'> & { file?: string } = {},
): Promise<void> {
  const file = options.file ?? build.dockerfile;
  const r = scanDockerfile(text, file, {
    buildArgs: build.buildArgs,
    ...(build.contextDir !== undefined ? { contextDir: build.contextDir } : {}),
    ...(options.firstLine !== undefined ? { firstLine: options.firstLine } : {}),
  });
  const { sink } = follower;
  // A Dockerfile text inside another file (compose's `dockerfile_inline`) is that file's own.
  if (build.via.length > 0 && options.file === undefined) sink.callees.add(file);
  for (const c of r.components) sink.components.push(withVia(c, build.via));
  // A Dockerfile under a standard name reports its own errors when scanned on its own.
  const ownDetectorReports = build.via.length > 0 && options.file === undefined && isDockerfilePath(file);
  if (!ownDetectorReports) sink.errors.push(...r.errors);
  // A RUN of a copied script runs in the image's root: its paths are already repository paths.
  await follower.followRuns(r.runs, { file, cwd: '', via: build.via, resolve: (p) => [p] });
}

/** Reads and judges the Dockerfile a caller builds; false when it cannot be read. */
export async function followDockerBuild(
  follower: FlowFollower,
  readFile: (path: string) => Promise<string | null>,
  build: DockerBuild,
): Promise<boolean> {
  const text = await readFile(build.dockerfile);
  if (text === null) return false;
  await judgeDockerfile(follower, build, text);
  return true;
}

/**
 * The images a caller's commands build (`docker build -f F --build-arg K=V CONTEXT`), each
 * Dockerfile judged with those build args; paths are relative to the caller's working directory.
 */
export async function followImageBuilds(
  follower: FlowFollower,
  builds: readonly ImageBuild[],
  caller: { file: string; cwd: string; via: Location[] },
): Promise<void> {
  for (const b of builds) {
    const at = { file: caller.file, line: b.line };
    const contextDir = repoPath(b.context, caller.cwd, follower.workspace);
    if (contextDir === null) continue;
    const dockerfile =
      b.dockerfile === undefined
        ? joinRelative(contextDir, 'Dockerfile')
        : repoPath(b.dockerfile, caller.cwd, follower.workspace);
    if (dockerfile === null) continue;
    const buildArgs = new Map<string, VarValue>();
    for (const [k, v] of b.buildArgs) buildArgs.set(k, v.from || v.unknown ? v : { ...v, from: at });
    await followDockerBuild(follower, follower.readFile, {
      dockerfile,
      buildArgs,
      contextDir,
      via: [...caller.via, at],
    });
  }
}

/** A path written in a command, as a repository path (the workspace prefixes name the root). */
function repoPath(path: string, cwd: string, workspace: string): string | null {
  const ws = WORKSPACE_PREFIX.exec(path);
  return ws ? joinRelative(workspace, path.slice(ws[0].length)) : joinRelative(cwd, path);
}
