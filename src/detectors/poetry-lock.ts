// poetry.lock (Poetry 1.x lock-version 1.x and Poetry 2.x lock-version 2.x): one `[[package]]`
// table per locked package. `[package.source]` tells where it comes from: none or `legacy` is a
// package index, `git` a repository, `url` an archive, `file`/`directory` a local path.
// Scope: Poetry 2 records `groups` (`main` is production), Poetry 1 `category` (`main`/`dev`).
import type { Component, Detector, DetectInput, DetectorResult, Scope, SourceKind } from '../model.js';
import { makeComponent } from './component.js';
import { joinHashes, normalizePyName } from './shared/python.js';
import { readTomlArray, str, tbl, type TomlTable } from './shared/toml.js';

const SOURCE = 'poetry.lock';

export const poetryLockDetector: Detector = {
  id: SOURCE,
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)poetry\.lock$/.test(path),
  detect: detectPoetryLock,
};

export function detectPoetryLock(input: DetectInput): DetectorResult {
  const file = input.path;
  const { doc, entries, errors } = readTomlArray(file, input.text, 'package', input.limits.maxDepth);
  const components: Component[] = [];
  // Poetry 1.x keeps file hashes in [metadata.files], keyed by package name.
  const legacyFiles = tbl(tbl(doc ?? undefined, 'metadata'), 'files');
  for (const { table, line } of entries) {
    const name = str(table, 'name');
    const version = str(table, 'version');
    if (!name) {
      errors.push({ file, line, message: 'package entry has no name' });
      continue;
    }
    const source = tbl(table, 'source');
    const { kind, resolved } = poetrySource(source, table['develop'] === true);
    const integrity = joinHashes(table['files']) ?? joinHashes(legacyFiles?.[name]);
    const scope = poetryScope(table);
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

function poetrySource(
  source: TomlTable | undefined,
  develop: boolean,
): { kind: SourceKind; resolved?: string } {
  if (!source) return { kind: 'registry' };
  const type = str(source, 'type');
  const url = str(source, 'url');
  switch (type) {
    case 'git': {
      const ref = str(source, 'resolved_reference') ?? str(source, 'reference');
      return { kind: 'git', ...(url ? { resolved: ref ? `${url}#${ref}` : url } : {}) };
    }
    case 'url':
      return { kind: 'url', ...(url ? { resolved: url } : {}) };
    case 'file':
      return { kind: 'file', ...(url ? { resolved: url } : {}) };
    case 'directory':
      // `develop = true` is an editable install of a local project.
      return { kind: develop ? 'workspace' : 'file', ...(url ? { resolved: url } : {}) };
    case 'legacy':
    case undefined:
      return { kind: 'registry', ...(url ? { resolved: url } : {}) };
    default:
      return { kind: 'other', ...(url ? { resolved: url } : {}) };
  }
}

function poetryScope(table: TomlTable): Scope | undefined {
  if (table['optional'] === true) return 'optional';
  const groups = table['groups'];
  if (Array.isArray(groups)) return groups.includes('main') ? 'prod' : 'dev';
  const category = str(table, 'category');
  if (category === 'main') return 'prod';
  if (category === 'dev') return 'dev';
  return undefined;
}
