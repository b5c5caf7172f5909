// uv.lock: one `[[package]]` table per locked package. `source` is an inline table whose key
// says where it comes from: `registry` (a package index, by URL or local path), `git`, `url`,
// `path` (a local archive), `directory`, or `editable`/`virtual` (the project itself and its
// workspace members). Hashes come from `sdist` and `wheels`.
import type { Detector, DetectInput, DetectorResult, SourceKind } from '../model/component.js';
import { detectPythonLock } from './parsers/python-lock.js';
import { joinHashes } from './parsers/python.js';
import { str, tbl, type TomlTable } from './parsers/toml.js';

const SOURCE = 'uv.lock';

export const uvLockDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)uv\.lock$/.test(path),
  detect: detectUvLock,
};

const KINDS: Record<string, SourceKind> = {
  registry: 'registry',
  git: 'git',
  url: 'url',
  path: 'file',
  directory: 'file',
  editable: 'workspace',
  virtual: 'workspace',
};

export function detectUvLock(input: DetectInput): DetectorResult {
  return detectPythonLock(input, {
    source: SOURCE,
    array: 'package',
    noVersion: 'no version recorded (dynamic)',
    read: (table, name, { line, errors }) => {
      const source = tbl(table, 'source');
      const sourceKey = source ? Object.keys(source).find((k) => Object.hasOwn(KINDS, k)) : undefined;
      if (!sourceKey)
        errors.push({ file: input.path, line, message: `package "${name}" has no source uv knows` });
      const kind = sourceKey ? KINDS[sourceKey]! : 'other';
      const integrity = uvHashes(table);
      const written = sourceKey ? str(source, sourceKey) : undefined;
      const resolved = kind === 'registry' ? (artifactUrl(table) ?? written) : written;
      return { kind, ...(integrity ? { integrity } : {}), ...(resolved ? { resolved } : {}) };
    },
  });
}

function uvHashes(table: TomlTable): string | undefined {
  const sdist = tbl(table, 'sdist');
  const list: unknown[] = [];
  if (sdist) list.push(sdist);
  if (Array.isArray(table['wheels'])) list.push(...(table['wheels'] as unknown[]));
  return joinHashes(list);
}

function artifactUrl(table: TomlTable): string | undefined {
  const sdistUrl = str(tbl(table, 'sdist'), 'url');
  if (sdistUrl) return sdistUrl;
  const wheels = table['wheels'];
  if (Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null) {
    return str(wheels[0] as TomlTable, 'url');
  }
  return undefined;
}
