// Turns command findings into located components and scanner problems into located errors.
import { makeComponent } from '../component.js';
import type { Component, ScanError } from '../../model/component.js';
import type { Ecosystem } from '../../model/ecosystems.js';
import type { CommandFinding, ScanProblem } from './scan.js';

/** What an install command read by the shell layer can bring in. */
export const COMMAND_ECOSYSTEMS: readonly Ecosystem[] = [
  'npm',
  'pypi',
  'homebrew',
  'installer',
  'vscode-extension',
];

export function findingComponent(f: CommandFinding, file: string, source: string): Component {
  return makeComponent({
    ecosystem: f.ecosystem,
    name: f.name,
    version: f.version,
    ...(f.version === null && f.spec !== undefined ? { spec: f.spec } : {}),
    location: { file, line: f.line },
    source,
    sourceKind: f.sourceKind,
    ...(f.resolved !== undefined ? { resolved: f.resolved } : {}),
    ...(f.alias !== undefined ? { alias: f.alias } : {}),
    ...(f.versionFrom && (f.versionFrom.file !== file || f.versionFrom.line !== f.line)
      ? { versionFrom: f.versionFrom }
      : {}),
  });
}

export function problemError(p: ScanProblem, file: string, what = 'shell'): ScanError {
  return { file, line: p.line, message: `${what}: ${p.message}` };
}
