// pylock.toml (PEP 751, lock-version 1.0; also named `pylock.<name>.toml`): one `[[packages]]`
// table per package. A package is from an index (`index`, `wheels`, `sdist`) unless it records
// `vcs`, `directory` or `archive`. Hashes are tables of algorithm -> digest.
import type { Detector, DetectInput, DetectorResult, SourceKind } from '../model/component.js';
import { detectPythonLock } from './parsers/python-lock.js';
import { str, tbl, type TomlTable } from './parsers/toml.js';

const SOURCE = 'pylock.toml';

export const pylockTomlDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)pylock\.(?:[^/.]+\.)?toml$/.test(path),
  detect: detectPylock,
};

export function detectPylock(input: DetectInput): DetectorResult {
  return detectPythonLock(input, {
    source: SOURCE,
    array: 'packages',
    noVersion: 'no version recorded',
    read: (table) => {
      const integrity = pylockHashes(table);
      return { ...pylockSource(table), ...(integrity ? { integrity } : {}) };
    },
  });
}

function pylockSource(table: TomlTable): { kind: SourceKind; resolved?: string } {
  const vcs = tbl(table, 'vcs');
  if (vcs) {
    const url = str(vcs, 'url') ?? str(vcs, 'path');
    const commit = str(vcs, 'commit-id');
    return {
      kind: str(vcs, 'type') === 'git' ? 'git' : 'other',
      ...(url ? { resolved: commit ? `${url}#${commit}` : url } : {}),
    };
  }
  const directory = tbl(table, 'directory');
  if (directory) {
    const path = str(directory, 'path');
    return {
      kind: directory['editable'] === true ? 'workspace' : 'file',
      ...(path ? { resolved: path } : {}),
    };
  }
  const archive = tbl(table, 'archive');
  if (archive) {
    const url = str(archive, 'url');
    const path = str(archive, 'path');
    if (url) return { kind: 'url', resolved: url };
    return { kind: 'file', ...(path ? { resolved: path } : {}) };
  }
  const sdistUrl = str(tbl(table, 'sdist'), 'url');
  const wheels = table['wheels'];
  const wheelUrl =
    Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null
      ? str(wheels[0] as TomlTable, 'url')
      : undefined;
  const resolved = sdistUrl ?? wheelUrl ?? str(table, 'index');
  return { kind: 'registry', ...(resolved ? { resolved } : {}) };
}

function pylockHashes(table: TomlTable): string | undefined {
  const out: string[] = [];
  const add = (artifact: unknown): void => {
    if (typeof artifact !== 'object' || artifact === null) return;
    const hashes = tbl(artifact as TomlTable, 'hashes');
    if (!hashes) return;
    for (const [algo, digest] of Object.entries(hashes))
      if (typeof digest === 'string') out.push(`${algo}:${digest}`);
  };
  add(table['sdist']);
  add(table['archive']);
  if (Array.isArray(table['wheels'])) for (const w of table['wheels']) add(w);
  return out.length > 0 ? out.join(' ') : undefined;
}
