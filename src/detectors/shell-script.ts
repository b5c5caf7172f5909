// Shell scripts: `*.sh`, `*.bash`, `*.zsh`, `*.ksh`, `*.dash`, `*.bats`, `*.command`, git hooks
// kept by husky (`.husky/pre-commit`, which need no shebang), direnv's `.envrc`, and any other file
// whose first line is a shell shebang (`#!/bin/bash`, `#!/usr/bin/env sh`, zsh, dash, ksh, ash,
// mksh), whatever its name (`script/bootstrap`, `bin/setup`): installs and runs of tools, located at
// their lines. Scripts run or sourced
// from them are judged with the arguments and variables passed on.
import { problemError } from './shell/components.js';
import { COMMAND_ECOSYSTEMS, findingComponent } from './shell/components.js';
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { FlowFollower, newSink, SCRIPT_SOURCE, sinkResult } from './flows/follow.js';
import { hasShellShebang } from './shell/command-words.js';

export const SHELL_SCRIPT_SOURCE = SCRIPT_SOURCE;

export function isShellScriptPath(path: string): boolean {
  return (
    /\.(sh|bash|zsh|ksh|dash|bats|command)$/i.test(path) ||
    /(^|\/)\.husky\/[^/.][^/]*$/.test(path) ||
    /(^|\/)\.envrc$/.test(path)
  );
}

/** The script judged on its own: its arguments cannot be known, its environment is its own. */
export async function scanShellScript(
  path: string,
  text: string,
  readFile: DetectInput['readFile'] = () => Promise.resolve(null),
): Promise<DetectorResult> {
  const sink = newSink();
  const follower = new FlowFollower(readFile, sink);
  const scanner = await follower.scanText(text, path, new Map());
  for (const f of scanner.findings) sink.components.push(findingComponent(f, path, SHELL_SCRIPT_SOURCE));
  for (const p of scanner.problems) sink.errors.push(problemError(p, path));
  await follower.followCalls(scanner, { file: path, cwd: '', via: [] });
  return sinkResult(sink);
}

export const shellScriptDetector: Detector = {
  id: SHELL_SCRIPT_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isShellScriptPath,
  sniff: hasShellShebang,
  detect: ({ path, text, readFile }) => scanShellScript(path, text, readFile),
};
