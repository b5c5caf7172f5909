// Package specs as written on command lines: npm (`name@spec`, `alias@npm:real@spec`) and PyPI
// requirements (`name[extra]==1.2`).
import semver from 'semver';
import { tarballPackage } from '../parsers/tarball-url.js';

export interface PackageSpec {
  name: string;
  version: string | null;
  spec?: string;
  alias?: string;
}

const NPM_NAME = /^(?:@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/i;

/** An exact version (`1.2.3`, `v1.2.3`), or null. */
export function exactVersion(spec: string): string | null {
  return semver.valid(spec, { loose: false }) ?? null;
}

/**
 * Reads an npm package argument. `unknown` says the text holds unexpanded variables (kept as
 * written). Null for arguments that do not name a registry package (paths, URLs, git specs).
 */
export function parseNpmSpec(text: string, unknown: boolean): PackageSpec | null {
  if (
    !text ||
    /^[./~]/.test(text) ||
    /^(file|link|portal|workspace|git|git\+\w+|github|gitlab|bitbucket|gist|https?):/i.test(text)
  )
    return registryTarball(text);
  if (text.startsWith('npm:')) text = text.slice(4);
  const at = text.indexOf('@', 1);
  const name = at === -1 ? text : text.slice(0, at);
  const spec = at === -1 ? '' : text.slice(at + 1);
  if (spec.startsWith('npm:')) {
    const real = parseNpmSpec(spec.slice(4), unknown);
    return real && NPM_NAME.test(name) ? { ...real, alias: name } : null;
  }
  if (!NPM_NAME.test(name)) return null;
  if (!spec) return { name, version: null, spec: 'latest' };
  // An unknown value is kept as written: a slash inside its expansion (`${V/x/y}`) is no path.
  const written = unknown ? spec.replace(/\$\{[^}]*\}|\$\([^)]*\)/g, '') : spec;
  if (/^(file|link|git|github|https?):/i.test(written) || written.includes('/')) return null;
  const version = unknown ? null : exactVersion(spec);
  return version ? { name, version } : { name, version: null, spec };
}

/** A registry tarball URL (`…/@scope/name/-/name-1.2.3.tgz`, any layout) names a package and version. */
function registryTarball(text: string): PackageSpec | null {
  const pkg = tarballPackage(text);
  return pkg !== null && NPM_NAME.test(pkg.name) ? pkg : null;
}

/** PEP 503 normalisation. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Reads a PEP 508 requirement as written on a pip/pipx/uv command line. `==1.2` (or `===`)
 * is an exact version; any other specifier is kept as the spec. `uvx` also writes `name@1.2`.
 */
export function parsePypiSpec(text: string, unknown: boolean, atVersion = false): PackageSpec | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/s.exec(text.trim());
  if (!m) return null;
  const name = normalizePypiName(m[1]!);
  let rest = m[3]!.trim();
  if (rest.startsWith(';')) rest = '';
  rest = rest.replace(/\s*;.*$/s, '');
  if (!rest) return { name, version: null, spec: 'latest' };
  if (atVersion && rest.startsWith('@') && !rest.includes('://')) {
    const v = rest.slice(1);
    if (v === 'latest') return { name, version: null, spec: 'latest' };
    return !unknown && /^\d[\w.+!-]*$/.test(v) ? { name, version: v } : { name, version: null, spec: v };
  }
  if (rest.startsWith('@')) return null; // a direct URL reference
  if (!/^(===|==|~=|!=|<=|>=|<|>)/.test(rest)) return null;
  const exact = /^===?\s*([^,\s*]+)$/.exec(rest);
  if (exact && !unknown && /^\d/.test(exact[1]!)) return { name, version: exact[1]! };
  return { name, version: null, spec: rest };
}
