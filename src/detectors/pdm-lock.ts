// pdm.lock (lock_version 4.x): one `[[package]]` table per locked package (a package locked with
// extras appears once more with `extras`). A package is from an index unless it records a VCS
// (`git`/`hg`/`svn`/`bzr` with `revision`), a `url`, or a local `path` (`editable` or not).
// Scope: `groups` (`default` is production).
import type { Component, Detector, DetectInput, DetectorResult, Scope, SourceKind } from '../model.js';
import { makeComponent } from './component.js';
import { joinHashes, normalizePyName } from './shared/python.js';
import { readTomlArray, str, type TomlTable } from './shared/toml.js';

const SOURCE = 'pdm.lock';

export const pdmLockDetector: Detector = {
  id: SOURCE,
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)pdm\.lock$/.test(path),
  detect: detectPdmLock,
};

export function detectPdmLock(input: DetectInput): DetectorResult {
  const file = input.path;
  const { entries, errors } = readTomlArray(file, input.text, 'package', input.limits.maxDepth);
  const components: Component[] = [];
  for (const { table, line } of entries) {
    const name = str(table, 'name');
    if (!name) {
      errors.push({ file, line, message: 'package entry has no name' });
      continue;
    }
    const version = str(table, 'version');
    const { kind, resolved } = pdmSource(table);
    const integrity = joinHashes(table['files']);
    const scope = pdmScope(table);
    components.push(
      makeComponent({
        ecosystem: 'pypi',
        name: normalizePyName(name),
        version: version ?? null,
        ...(version ? {} : { versionNote: 'no version recorded' }),
        location: { file, line },
        source: SOURCE,
        sourceKind: kind,
        ...(integrity ? { integrity } : {}),
        ...(scope ? { scope } : {}),
        ...(resolved ? { resolved } : {}),
      }),
    );
  }
  return { components, errors };
}

function pdmSource(table: TomlTable): { kind: SourceKind; resolved?: string } {
  const revision = str(table, 'revision');
  for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
    const url = str(table, vcs);
    if (url !== undefined) {
      return { kind: vcs === 'git' ? 'git' : 'other', resolved: revision ? `${url}#${revision}` : url };
    }
  }
  const url = str(table, 'url');
  if (url !== undefined) return { kind: /^file:/i.test(url) ? 'file' : 'url', resolved: url };
  const path = str(table, 'path');
  if (path !== undefined) return { kind: table['editable'] === true ? 'workspace' : 'file', resolved: path };
  return { kind: 'registry' };
}

function pdmScope(table: TomlTable): Scope | undefined {
  const groups = table['groups'];
  if (!Array.isArray(groups)) return undefined;
  return groups.includes('default') ? 'prod' : 'dev';
}
