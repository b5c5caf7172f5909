// package.json `scripts` only (the dependency sections belong to the package.json detector):
// installs and one-off runs (`npx`, `pnpm dlx`, `npm i -g`) in each script, at the script's line,
// with the `npm_package_*` variables npm gives the script.
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { scanAndFollowCommandSites } from './flows/command-sites.js';
import { dirOf } from './parsers/paths.js';
import type { Detector, DetectInput, DetectorResult } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { at, JSONC, parseJsonc, members, stringValue } from './parsers/jsonc.js';
import { npmScriptEnv } from './parsers/npm-script-env.js';

export const PACKAGE_JSON_SCRIPTS_SOURCE = 'package.json scripts';

export function scanPackageJsonScripts(input: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  return scanCommandSites(input.path, PACKAGE_JSON_SCRIPTS_SOURCE, scriptSites(input), 'script');
}

/** The scripts run in the package's folder; the files they run are followed from there. */
function detectPackageJsonScripts(input: DetectInput): Promise<DetectorResult> {
  const sites = scriptSites(input);
  return scanAndFollowCommandSites(input, PACKAGE_JSON_SCRIPTS_SOURCE, sites, 'script', dirOf(input.path));
}

/** Each script, located at its key's line. */
function scriptSites({ path, text, limits }: Pick<DetectInput, 'path' | 'text' | 'limits'>): CommandSite[] {
  const lines = new LineIndex(text);
  // Syntax errors in package.json are the package.json detector's to report.
  const parsed = parseJsonc(text, path, limits.maxDepth, JSONC, lines);
  const sites: CommandSite[] = [];
  const env = npmScriptEnv(parsed.root, path, lines);
  for (const s of members(at(parsed.root, ['scripts']))) {
    const script = stringValue(s.value);
    if (script === undefined) continue;
    const line = lines.line(s.keyNode.offset);
    sites.push({ script, locate: () => line, env });
  }
  return sites;
}

export const packageJsonScriptsDetector: Detector = {
  id: PACKAGE_JSON_SCRIPTS_SOURCE,
  role: 'commands',
  syntax: 'json',
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
  detect: detectPackageJsonScripts,
};
