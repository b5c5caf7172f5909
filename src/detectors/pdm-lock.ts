// pdm.lock (lock_version 4.x): one `[[package]]` table per locked package (a package locked with
// extras appears once more with `extras`). A package is from an index unless it records a VCS
// (`git`/`hg`/`svn`/`bzr` with `revision`), a `url`, or a local `path` (`editable` or not).
// Scope: `groups` (`default` is production).
import type { Detector, DetectInput, DetectorResult, Scope, SourceKind } from '../model/component.js';
import { detectPythonLock } from './parsers/python-lock.js';
import { joinHashes } from './parsers/python.js';
import { str, type TomlTable } from './parsers/toml.js';

const SOURCE = 'pdm.lock';

export const pdmLockDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)pdm\.lock$/.test(path),
  detect: detectPdmLock,
};

export function detectPdmLock(input: DetectInput): DetectorResult {
  return detectPythonLock(input, {
    source: SOURCE,
    array: 'package',
    noVersion: 'no version recorded',
    read: (table) => {
      const integrity = joinHashes(table['files']);
      const scope = pdmScope(table);
      return { ...pdmSource(table), ...(integrity ? { integrity } : {}), ...(scope ? { scope } : {}) };
    },
  });
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
