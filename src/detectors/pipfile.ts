// Pipfile (pipenv's manifest, TOML): `[packages]` (prod), `[dev-packages]` and any other package
// category table (dev). Each value is a specifier string (`"*"`, `"==1.2.3"`, `">=2"`) or a table
// with `version`, or `git` (+ `ref`), `path`/`file` (+ `editable`). `==`/`===` pins give a
// version; anything else gives the spec as written. Each component is on its key's line.
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
import { directReferenceKind, exactVersion, normalizePyName } from './parsers/python.js';
import { TomlPositions } from './parsers/toml-positions.js';
import { parseToml, str, type TomlTable } from './parsers/toml.js';

const SOURCE = 'Pipfile';
/** Top-level tables of a Pipfile that are not package categories. */
const NOT_CATEGORIES = new Set(['source', 'requires', 'pipenv', 'scripts']);

export const pipfileDetector: Detector = {
  id: SOURCE,
  role: 'manifest',
  syntax: 'toml',
  ecosystems: ['pypi'],
  namesInText: ['pypi'],
  matches: (path) => /(^|\/)Pipfile$/.test(path),
  detect: detectPipfile,
};

export function detectPipfile(input: DetectInput): DetectorResult {
  const file = input.path;
  const parsed = parseToml(file, input.text, input.limits.maxDepth);
  if (!parsed.ok) return { components: [], errors: [parsed.error] };
  const positions = new TomlPositions(input.text);
  const components: Component[] = [];
  const errors: ScanError[] = [];
  for (const [category, deps] of Object.entries(parsed.value)) {
    if (NOT_CATEGORIES.has(category) || typeof deps !== 'object' || deps === null || Array.isArray(deps))
      continue;
    const scope: Scope = category === 'packages' ? 'prod' : 'dev';
    for (const [rawName, value] of Object.entries(deps as TomlTable)) {
      const line =
        positions.key([category, rawName])?.line ??
        positions.tableLine([category, rawName]) ??
        positions.tableLine([category]) ??
        1;
      const entry = pipfileEntry(value);
      if (!entry) {
        errors.push({ file, line, message: `package "${rawName}" has an unreadable value` });
        continue;
      }
      components.push(
        makeComponent({
          ecosystem: 'pypi',
          name: normalizePyName(rawName),
          version: entry.version,
          ...(entry.version ? {} : { spec: entry.spec }),
          location: { file, line },
          source: SOURCE,
          sourceKind: entry.kind,
          scope,
          ...(entry.resolved ? { resolved: entry.resolved } : {}),
        }),
      );
    }
  }
  return { components, errors };
}

function pipfileEntry(
  value: unknown,
): { version: string | null; spec: string; kind: SourceKind; resolved?: string } | null {
  if (typeof value === 'string') return { version: exactVersion(value), spec: value, kind: 'registry' };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const t = value as TomlTable;
  for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
    const url = str(t, vcs);
    if (url !== undefined) {
      const ref = str(t, 'ref');
      const resolved = ref ? `${url}#${ref}` : url;
      return { version: null, spec: resolved, kind: vcs === 'git' ? 'git' : 'other', resolved };
    }
  }
  const path = str(t, 'path');
  if (path !== undefined) {
    return { version: null, spec: path, kind: t['editable'] === true ? 'workspace' : 'file', resolved: path };
  }
  const fileRef = str(t, 'file');
  if (fileRef !== undefined)
    return { version: null, spec: fileRef, kind: directReferenceKind(fileRef), resolved: fileRef };
  const version = str(t, 'version') ?? '*';
  return { version: exactVersion(version), spec: version, kind: 'registry' };
}
