// poetry.lock (Poetry 1.x lock-version 1.x and Poetry 2.x lock-version 2.x): one `[[package]]`
// table per locked package. `[package.source]` tells where it comes from: none or `legacy` is a
// package index, `git` a repository, `url` an archive, `file`/`directory` a local path.
// Scope: Poetry 2 records `groups` (`main` is production), Poetry 1 `category` (`main`/`dev`).
import type { Detector, DetectInput, DetectorResult, Scope, SourceKind } from '../model/component.js';
import { detectPythonLock } from './parsers/python-lock.js';
import { joinHashes } from './parsers/python.js';
import { str, tbl, type TomlTable } from './parsers/toml.js';

const SOURCE = 'poetry.lock';

export const poetryLockDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)poetry\.lock$/.test(path),
  detect: detectPoetryLock,
};

export function detectPoetryLock(input: DetectInput): DetectorResult {
  let legacyFiles: TomlTable | undefined | null = null;
  return detectPythonLock(input, {
    source: SOURCE,
    array: 'package',
    noVersion: 'no version recorded',
    read: (table, name, { doc }) => {
      // Poetry 1.x keeps file hashes in [metadata.files], keyed by package name.
      if (legacyFiles === null) legacyFiles = tbl(tbl(doc ?? undefined, 'metadata'), 'files');
      const integrity = joinHashes(table['files']) ?? joinHashes(legacyFiles?.[name]);
      const scope = poetryScope(table);
      return {
        ...poetrySource(tbl(table, 'source'), table['develop'] === true),
        ...(integrity ? { integrity } : {}),
        ...(scope ? { scope } : {}),
      };
    },
  });
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
