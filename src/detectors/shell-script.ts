// Shell scripts: `*.sh`, `*.bash`, `*.zsh`, `*.ksh`, `*.dash`, `*.bats`, `*.command`, git hooks
// kept by husky (`.husky/pre-commit`, which need no shebang), direnv's `.envrc`, and any other file
// whose first line is a shell shebang (`#!/bin/bash`, `#!/usr/bin/env sh`, zsh, dash, ksh, ash,
// mksh), whatever its name (`script/bootstrap`, `bin/setup`): installs and runs of tools, located at
// their lines.
import { findingComponent, problemError } from './shell/components.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { CommandScanner } from './shell/scan.js';
import type { Component, Detector, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';

export const SHELL_SCRIPT_SOURCE = 'shell-script';

export function isShellScriptPath(path: string): boolean {
  return (
    /\.(sh|bash|zsh|ksh|dash|bats|command)$/i.test(path) ||
    /(^|\/)\.husky\/[^/.][^/]*$/.test(path) ||
    /(^|\/)\.envrc$/.test(path)
  );
}

/** A shell shebang on the first line: `#!/bin/sh`, `#! /usr/bin/env -S bash -e`, `#!/bin/zsh`. */
export function hasShellShebang(head: string): boolean {
  return /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:sh|bash|zsh|ksh|mksh|dash|ash)(?:[ \t\r\n]|$)/.test(
    head,
  );
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
  sniff: hasShellShebang,
  detect: ({ path, text }) => scanShellScript(path, text),
};
