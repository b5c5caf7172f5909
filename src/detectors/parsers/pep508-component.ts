// A PEP 508 requirement string written in a file, as a located PyPI component (or a located
// error when pip would reject it). Shared by the Python declaration formats other than
// pyproject.toml and requirements files (conda, setup.cfg, setup.py, tox.ini, pixi, PEP 723).
import type { Component, ScanError, Scope } from '../../model/component.js';
import { makeComponent } from '../component.js';
import {
  directReferenceKind,
  distributionFromFilename,
  exactVersion,
  excerpt,
  normalizePyName,
  parsePep508,
} from './python.js';

export function pep508Component(
  text: string,
  file: string,
  line: number,
  source: string,
  scope?: Scope,
): Component | ScanError {
  const req = parsePep508(text);
  if (!req) return { file, line, message: `invalid requirement: ${excerpt(text)}` };
  const name = normalizePyName(req.name);
  const base = {
    ecosystem: 'pypi' as const,
    name,
    location: { file, line },
    source,
    ...(scope ? { scope } : {}),
  };
  if (req.url !== undefined) {
    const kind = directReferenceKind(req.url);
    const fromFile =
      kind === 'url' || kind === 'file' ? distributionFromFilename(req.url.split(/[?#]/)[0]!) : null;
    const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
    return makeComponent({
      ...base,
      version,
      ...(version ? {} : { spec: req.url }),
      sourceKind: kind,
      resolved: req.url,
    });
  }
  const version = exactVersion(req.specifier);
  return makeComponent({
    ...base,
    version,
    ...(version ? {} : { spec: req.specifier === '' ? '*' : req.specifier }),
    sourceKind: 'registry',
  });
}

/** Adds a requirement's component or error to a result. */
export function addPep508(
  out: { components: Component[]; errors: ScanError[] },
  ...args: Parameters<typeof pep508Component>
): void {
  const r = pep508Component(...args);
  if ('message' in r) out.errors.push(r);
  else out.components.push(r);
}
