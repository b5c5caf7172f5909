// package.json `scripts` only (the dependency sections belong to the package.json detector):
// installs and one-off runs (`npx`, `pnpm dlx`, `npm i -g`) in each script, at the script's line.
import { findingComponent, problemError } from './shell/components.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { CommandScanner } from './shell/scan.js';
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { at, JSONC, parseJsonc, members, stringValue } from './parsers/jsonc.js';

export const PACKAGE_JSON_SCRIPTS_SOURCE = 'package.json scripts';

export function scanPackageJsonScripts({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const lines = new LineIndex(text);
  const parsed = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  // Syntax errors in package.json are the package.json detector's to report.
  const scanner = new CommandScanner();
  for (const s of members(at(parsed.root, ['scripts']))) {
    const script = stringValue(s.value);
    if (script === undefined) continue;
    const line = lines.line(s.keyNode.offset);
    scanner.scan(script, () => line);
  }
  scanner.finish();
  return {
    components: scanner.findings.map((f) => findingComponent(f, path, PACKAGE_JSON_SCRIPTS_SOURCE)),
    errors: scanner.problems.map((p) => problemError(p, path, 'script')),
  };
}

export const packageJsonScriptsDetector: Detector = {
  id: PACKAGE_JSON_SCRIPTS_SOURCE,
  role: 'commands',
  syntax: 'json',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
  detect: scanPackageJsonScripts,
};
