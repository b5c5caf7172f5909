// Command sites that run other files: a CI job's `script`, a Makefile recipe, a justfile recipe,
// a Taskfile's `cmds`, a package.json script. Their commands are read as every command is, and
// the scripts, images and tasks they run are followed with what the commands pass (arguments,
// exported variables), as the shell-script detector follows its own.
import type { DetectInput, DetectorResult } from '../../model/component.js';
import { readCommandSites, siteResult, type CommandSite } from '../parsers/command-sites.js';
import { FlowFollower, newSink, sinkResult } from './follow.js';

export async function scanAndFollowCommandSites(
  input: Pick<DetectInput, 'path' | 'readFile'>,
  source: string,
  sites: Iterable<CommandSite>,
  what: string,
  /** Where the commands run, from the repository root ('' : the root). */
  cwd: string,
): Promise<DetectorResult> {
  const scanner = readCommandSites(sites);
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
