// Pipfile.lock (pipenv, pipfile-spec 6): JSON with `default` (production) and `develop`
// (development) maps of package name -> entry. Index packages record `"version": "==1.2.3"`;
// others record `git`/`hg`/`svn`/`bzr` (+ `ref`), `path` or `file` instead, possibly `editable`.
import type {
  Component,
  Detector,
  DetectInput,
  DetectorResult,
  ScanError,
  Scope,
  SourceKind,
} from '../model/component.js';
import { makeComponent } from './component.js';
import { jsonPath, parseJsonLocated } from './parsers/json-parse.js';
import { directReferenceKind, exactVersion, normalizePyName } from './parsers/python.js';

const SOURCE = 'Pipfile.lock';

const SECTIONS: { key: string; scope: Scope }[] = [
  { key: 'default', scope: 'prod' },
  { key: 'develop', scope: 'dev' },
];

export const pipfileLockDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'json',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)Pipfile\.lock$/.test(path),
  detect: detectPipfileLock,
};

export function detectPipfileLock(input: DetectInput): DetectorResult {
  const file = input.path;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const parsed = parseJsonLocated(
    file,
    input.text,
    ['', ...SECTIONS.map((s) => jsonPath(s.key))],
    input.limits.maxDepth,
  );
  if (!parsed.ok) return { components, errors: [parsed.error] };
  const doc = parsed.value;
  if (!isObject(doc))
    return { components, errors: [{ file, line: 1, message: 'Pipfile.lock is not a JSON object' }] };
  for (const { key, scope } of SECTIONS) {
    const section = doc[key];
    if (section === undefined) continue;
    if (!isObject(section)) {
      errors.push({
        file,
        line: parsed.keyLines.get('')?.get(key) ?? 1,
        message: `"${key}" is not an object`,
      });
      continue;
    }
    const lines = parsed.keyLines.get(jsonPath(key));
    for (const [name, entry] of Object.entries(section)) {
      const line = lines?.get(name) ?? 1;
      if (!isObject(entry)) {
        errors.push({ file, line, message: `entry "${name}" is not an object` });
        continue;
      }
      const { kind, resolved } = pipfileSource(entry);
      const written = typeof entry['version'] === 'string' ? entry['version'] : undefined;
      const version = written ? exactVersion(written) : null;
      const hashes = Array.isArray(entry['hashes'])
        ? entry['hashes'].filter((h): h is string => typeof h === 'string')
        : [];
      components.push(
        makeComponent({
          ecosystem: 'pypi',
          name: normalizePyName(name),
          version,
          ...(version ? {} : { spec: written ?? resolved ?? '*' }),
          location: { file, line },
          source: SOURCE,
          sourceKind: kind,
          scope,
          ...(hashes.length > 0 ? { integrity: hashes.join(' ') } : {}),
          ...(resolved ? { resolved } : {}),
        }),
      );
    }
  }
  return { components, errors };
}

function pipfileSource(entry: Record<string, unknown>): { kind: SourceKind; resolved?: string } {
  const ref = typeof entry['ref'] === 'string' ? entry['ref'] : undefined;
  for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
    const url = entry[vcs];
    if (typeof url === 'string') {
      return { kind: vcs === 'git' ? 'git' : 'other', resolved: ref ? `${url}#${ref}` : url };
    }
  }
  if (typeof entry['path'] === 'string') {
    return { kind: entry['editable'] === true ? 'workspace' : 'file', resolved: entry['path'] };
  }
  if (typeof entry['file'] === 'string') {
    const k = directReferenceKind(entry['file']);
    return { kind: k === 'git' ? 'git' : k, resolved: entry['file'] };
  }
  return { kind: 'registry' };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
