// pre-commit (`.pre-commit-config.yaml`): the `additional_dependencies` of each hook, installed
// into the hook's environment: npm specs (`name@version`) for `language: node` hooks, PEP 508
// requirements for `language: python` hooks. A hook without a `language` (set by the hook
// repository's own manifest) is read by the shape of each entry: `name@version` is npm, anything
// else PyPI. Each entry at its own line. A hook's `entry` (with its `args`) is the command
// pre-commit runs at each commit (a `docker_image` hook's entry is an image and its command): it
// is read by the shell interpreter at the entry's line.
import { isScalar } from 'yaml';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { makeComponent } from './component.js';
import { parseNpmSpec } from './shell/packages.js';
import { addPep508 } from './parsers/pep508-component.js';
import { get, items, lineOf, parseYaml, str } from './parsers/yaml-nodes.js';
import { argvScript, scanCommandSites, type CommandSite } from './parsers/command-sites.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';

export const PRE_COMMIT_SOURCE = '.pre-commit-config.yaml';

export function scanPreCommitConfig({
  path,
  text,
  limits,
}: Pick<DetectInput, 'path' | 'text' | 'limits'>): DetectorResult {
  const parsed = parseYaml(text, path, limits.maxDepth);
  const { doc } = parsed;
  const out: { components: Component[]; errors: ScanError[] } = {
    components: [],
    errors: [...parsed.errors],
  };
  const sites: CommandSite[] = [];
  for (const repo of items(doc, get(doc, doc.contents, 'repos'))) {
    for (const hook of items(doc, get(doc, repo, 'hooks'))) {
      const language = str(get(doc, hook, 'language'));
      const entry = get(doc, hook, 'entry');
      const command = str(entry);
      if (command !== undefined) {
        const args = items(doc, get(doc, hook, 'args'))
          .map((a) => (isScalar(a) ? str(a) : undefined))
          .filter((a): a is string => a !== undefined);
        const line = lineOf(parsed.lines, entry);
        const run = language === 'docker_image' ? `docker run ${command}` : command;
        sites.push({ script: [run, argvScript(args)].filter(Boolean).join(' '), locate: () => line });
      }
      for (const dep of items(doc, get(doc, hook, 'additional_dependencies'))) {
        const spec = isScalar(dep) ? str(dep)?.trim() : undefined;
        if (!spec) continue;
        const line = lineOf(parsed.lines, dep);
        const npm =
          language === 'node' || (language === undefined && /^(@[^/\s]+\/)?[^@\s]+@[^@\s]+$/.test(spec));
        if (npm) {
          const p = parseNpmSpec(spec, false);
          if (!p) continue;
          out.components.push(
            makeComponent({
              ecosystem: 'npm',
              name: p.name,
              version: p.version,
              ...(p.version === null && p.spec !== undefined ? { spec: p.spec } : {}),
              location: { file: path, line },
              source: PRE_COMMIT_SOURCE,
              sourceKind: 'registry',
              scope: 'dev',
            }),
          );
        } else if (language === undefined || language === 'python') {
          addPep508(out, spec, path, line, PRE_COMMIT_SOURCE, 'dev');
        }
      }
    }
  }
  const commands = scanCommandSites(path, PRE_COMMIT_SOURCE, sites, 'entry');
  return {
    components: [...out.components, ...commands.components],
    errors: [...out.errors, ...commands.errors],
  };
}

export const preCommitConfigDetector: Detector = {
  id: PRE_COMMIT_SOURCE,
  role: 'environment',
  syntax: 'yaml',
  // No `namesInText`: an entry's command can build a name the text does not spell.
  ecosystems: COMMAND_ECOSYSTEMS,
  matches: (p) => /(^|\/)\.pre-commit-config\.ya?ml$/.test(p),
  detect: scanPreCommitConfig,
};
