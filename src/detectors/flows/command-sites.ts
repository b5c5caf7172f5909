// Command sites that run other files: a CI job's `script`, a Makefile recipe, a justfile recipe,
// a Taskfile's `cmds`, a package.json script. Their commands are read as every command is, and
// the scripts, images and tasks they run are followed with what the commands pass (arguments,
// exported variables), as the shell-script detector follows its own.
import type { DetectInput, DetectorResult } from '../../model/component.js';
import { readCommandSites, siteResult, type CommandSite } from '../parsers/command-sites.js';
import { candidatePaths, FlowFollower, newSink, scanWithSources, sinkResult } from './follow.js';
import { dirOf } from '../parsers/paths.js';

export async function scanAndFollowCommandSites(
  input: Pick<DetectInput, 'path' | 'readFile'>,
  source: string,
  sites: Iterable<CommandSite>,
  what: string,
  /** Where the commands run, from the repository root ('' : the root). */
  cwd: string,
): Promise<DetectorResult> {
  const list = [...sites];
  // Files the commands source or read as data (`< versions.txt`, `xargs -a pkgs.txt`) are read
  // in rounds, as a script's are, so their values are known and diff mode records the reads.
  const scanner = await scanWithSources(
    input.readFile,
    input.path,
    (p) => candidatePaths(p, { cwd, workspace: '', callerDir: dirOf(input.path) }),
    (s) => {
      readCommandSites(list, s);
    },
    new Map(),
  );
  const own = siteResult(scanner, input.path, source, what);
  const sink = newSink();
  await new FlowFollower(input.readFile, sink).followCalls(scanner, { file: input.path, cwd, via: [] });
  const followed = sinkResult(sink);
  return {
    components: [...own.components, ...followed.components],
    errors: [...own.errors, ...followed.errors],
    ...(followed.callees ? { callees: followed.callees } : {}),
  };
}
