// deno.lock, versions 1 to 5, read as denoland/deno_lockfile reads them:
//   v1: a flat map of remote URL -> checksum (no packages);
//   v2: `npm.specifiers` + `npm.packages` (keys `name@version`);
//   v3: `packages.specifiers`, `packages.npm`, `packages.jsr`;
//   v4/v5: top-level `specifiers`, `npm`, `jsr`.
// npm package ids are `name@version` with peer suffixes `_peer@1.0.0_other@2.0.0`, which are not
// part of the version. `remote` holds URL checksums; URLs of npm CDNs (esm.sh, unpkg, jsDelivr,
// Skypack, jspm) name npm packages and are reported as such (source kind `url`).
import semver from 'semver';
import type { Component, Detector, DetectInput, DetectorResult, ScanError } from '../model/component.js';
import { makeComponent } from './component.js';
import { jsonPath, parseJsonLocated } from './parsers/json-parse.js';

const SOURCE = 'deno.lock';

interface Section {
  /** Object path of the section in the document. */
  path: string[];
  ecosystem: 'npm' | 'jsr';
}

function sectionsFor(version: string): Section[] {
  switch (version) {
    case '2':
      return [{ path: ['npm', 'packages'], ecosystem: 'npm' }];
    case '3':
      return [
        { path: ['packages', 'npm'], ecosystem: 'npm' },
        { path: ['packages', 'jsr'], ecosystem: 'jsr' },
      ];
    default:
      return [
        { path: ['npm'], ecosystem: 'npm' },
        { path: ['jsr'], ecosystem: 'jsr' },
      ];
  }
}

const KNOWN_VERSIONS = new Set(['2', '3', '4', '5']);

export const denoLockDetector: Detector = {
  id: SOURCE,
  role: 'lockfile',
  syntax: 'json',
  ecosystems: ['npm', 'jsr'],
  namesInText: ['npm', 'jsr'],
  matches: (path) => /(^|\/)deno\.lock$/.test(path),
  detect: detectDenoLock,
};

export function detectDenoLock(input: DetectInput): DetectorResult {
  const file = input.path;
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const allSections = [
    ['npm', 'packages'],
    ['packages', 'npm'],
    ['packages', 'jsr'],
    ['npm'],
    ['jsr'],
    ['remote'],
    [],
  ].map((p) => jsonPath(...p));
  const parsed = parseJsonLocated(file, input.text, allSections, input.limits.maxDepth);
  if (!parsed.ok) return { components, errors: [parsed.error] };
  const doc = parsed.value;
  if (!isObject(doc)) {
    return { components, errors: [{ file, line: 1, message: 'deno.lock is not a JSON object' }] };
  }
  const rootLines = parsed.keyLines.get('');
  const rawVersion = doc['version'];
  if (rawVersion === undefined) {
    // Version 1: every key is a remote URL.
    collectRemote(file, doc, rootLines, components);
    return { components, errors };
  }
  const version = typeof rawVersion === 'string' ? rawVersion : String(rawVersion);
  if (!KNOWN_VERSIONS.has(version)) {
    errors.push({
      file,
      line: rootLines?.get('version') ?? 1,
      message: `unsupported deno.lock version ${JSON.stringify(rawVersion)}; read as version 5`,
    });
  }
  for (const section of sectionsFor(version)) {
    const value = getPath(doc, section.path);
    if (value === undefined) continue;
    const sectionLines = parsed.keyLines.get(jsonPath(...section.path));
    if (!isObject(value)) {
      errors.push({
        file,
        line: lineOfPath(parsed.keyLines, section.path),
        message: `"${section.path.join('.')}" is not an object`,
      });
      continue;
    }
    for (const [id, info] of Object.entries(value)) {
      const line = sectionLines?.get(id) ?? 1;
      const nv = splitPackageId(id);
      if (!nv) {
        errors.push({ file, line, message: `invalid ${section.ecosystem} package id "${id}"` });
        continue;
      }
      const integrity =
        isObject(info) && typeof info['integrity'] === 'string' ? info['integrity'] : undefined;
      const tarball = isObject(info) && typeof info['tarball'] === 'string' ? info['tarball'] : undefined;
      components.push(
        makeComponent({
          ecosystem: section.ecosystem,
          name: nv.name,
          version: nv.version,
          location: { file, line },
          source: SOURCE,
          sourceKind: 'registry',
          ...(integrity ? { integrity } : {}),
          ...(tarball ? { resolved: tarball } : {}),
        }),
      );
    }
  }
  const remote = doc['remote'];
  if (isObject(remote)) collectRemote(file, remote, parsed.keyLines.get(jsonPath('remote')), components);
  return { components, errors };
}

/**
 * Splits a deno npm/jsr package id: `name@version`, where the name may be scoped and the version
 * may carry peer-dependency suffixes (`1.2.3_preact@10.22.0`), which are dropped.
 */
export function splitPackageId(id: string): { name: string; version: string } | null {
  if (id.length < 3) return null;
  const at = id.indexOf('@', 1);
  if (at <= 0) return null;
  const name = id.slice(0, at);
  const underscore = id.indexOf('_', at + 1);
  const version = underscore < 0 ? id.slice(at + 1) : id.slice(at + 1, underscore);
  if (version === '' || (name.startsWith('@') && !name.includes('/'))) return null;
  return { name, version };
}

const CDN_PATTERNS: RegExp[] = [
  // esm.sh/[v135/][stable/]name@version, esm.sh/*name@version
  /^https?:\/\/esm\.sh\/(?:v\d+\/)?(?:stable\/)?\*?((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
  /^https?:\/\/unpkg\.com\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
  /^https?:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
  /^https?:\/\/(?:cdn\.)?skypack\.dev\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#,]+)/i,
  /^https?:\/\/esm\.run\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
  /^https?:\/\/(?:ga\.)?jspm\.(?:io|dev)\/npm:((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
];

/** npm packages named by the URLs of npm CDNs among remote module URLs (one per name and version). */
function collectRemote(
  file: string,
  remote: Record<string, unknown>,
  lines: Map<string, number> | undefined,
  components: Component[],
): void {
  const seen = new Set<string>();
  for (const url of Object.keys(remote)) {
    for (const re of CDN_PATTERNS) {
      const m = re.exec(url);
      if (!m) continue;
      const name = safeDecode(m[1]!);
      const written = safeDecode(m[2]!);
      const exact = semver.valid(written);
      const key = name + '@' + written;
      if (seen.has(key)) break;
      seen.add(key);
      components.push(
        makeComponent({
          ecosystem: 'npm',
          name,
          version: exact,
          ...(exact ? {} : { spec: written }),
          location: { file, line: lines?.get(url) ?? 1 },
          source: SOURCE,
          sourceKind: 'url',
          resolved: url,
          ...(typeof remote[url] === 'string' ? { integrity: remote[url] } : {}),
        }),
      );
      break;
    }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function lineOfPath(keyLines: Map<string, Map<string, number>>, path: string[]): number {
  const parent = jsonPath(...path.slice(0, -1));
  return keyLines.get(parent)?.get(path[path.length - 1]!) ?? 1;
}

function getPath(doc: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = doc;
  for (const k of path) {
    if (!isObject(cur) || !Object.hasOwn(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
