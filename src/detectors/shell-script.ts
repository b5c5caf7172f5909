// Shell scripts (`*.sh`, `*.bash`): installs and runs of tools, located at their lines.
import { findingComponent, problemError } from './shell/components.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { CommandScanner } from './shell/scan.js';
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';

export const SHELL_SCRIPT_SOURCE = 'shell-script';

export function isShellScriptPath(path: string): boolean {
  return /\.(sh|bash)$/i.test(path);
}

export function scanShellScript(path: string, text: string): DetectorResult {
  const lines = new LineIndex(text);
  const scanner = new CommandScanner();
  scanner.scan(text, (o) => lines.line(o));
  scanner.finish();
  const components: Component[] = scanner.findings.map((f) => findingComponent(f, path, SHELL_SCRIPT_SOURCE));
  return { components, errors: scanner.problems.map((p) => problemError(p, path)) };
}

export const shellScriptDetector: Detector = {
  id: SHELL_SCRIPT_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: isShellScriptPath,
  detect: ({ path, text }) => scanShellScript(path, text),
};
