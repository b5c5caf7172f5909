// The published bytes of banned carrier versions, by their registry hashes: a lockfile entry or a
// `--hash` pin whose hash is one of them installs that artifact, whatever name, alias, URL or
// mirror the file gives it. The table (data/banned-artifacts.json) is written by
// `npm run refresh-catalog` from the registry's packuments; `bannedBy` says which carrier versions
// belong in it, so the script and the tests select them with the catalog's own mappings.
import { z } from 'zod';
import artifactsData from './data/banned-artifacts.json' with { type: 'json' };
import { advisories } from './advisories.js';
import { readTable, tableHeader } from './table-schema.js';
import { tools } from './tools.js';
import type { Carrier } from './types.js';
import type { Component } from '../model/component.js';
import { versionSatisfies } from '../model/versions.js';
import { purlFor } from '../util/purl.js';

/** One published file of a banned carrier version, as the registry names it. */
export interface BannedArtifact {
  ecosystem: 'npm' | 'pypi';
  name: string;
  version: string;
  /** The advisory that bans it. */
  advisory: string;
}

const npmRow = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    /** dist.integrity: the tarball's sha512 as an SRI string. */
    integrity: z.string().regex(/^sha512-[A-Za-z0-9+/]+=*$/),
    /** dist.shasum: the tarball's sha1 in hex (yarn classic's `#` fragment, old lockfiles). */
    shasum: z.string().regex(/^[0-9a-f]{40}$/),
    advisory: z.string().min(1),
  })
  .strict();
const pypiRow = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    /** The wheel or sdist file name. */
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    advisory: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();
export const artifactsTable = z
  .object({ ...tableHeader, npm: z.array(npmRow), pypi: z.array(pypiRow) })
  .strict();

/** Every hash as lowercase `algorithm:hex`, whatever encoding the file used. */
function hashKey(algorithm: string, hex: string): string {
  return `${algorithm.toLowerCase()}:${hex.toLowerCase()}`;
}

function base64ToHex(b64: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(b64)) return null;
  return Buffer.from(b64.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex');
}

const HEX_LENGTH: Record<string, number> = { sha1: 40, sha256: 64, sha384: 96, sha512: 128 };

/**
 * The hashes a recorded integrity holds: SRI strings (`sha512-<base64>`, several separated by
 * spaces, each with optional `?options`), `algorithm:hex` and `algorithm=hex` pins (pip, uv,
 * poetry, Pipfile.lock), lone hex of a known length (a `#<sha1>` fragment).
 */
export function hashesOf(recorded: string): string[] {
  const out: string[] = [];
  for (const token of recorded.trim().split(/\s+/)) {
    if (token === '') continue;
    const sri = /^(sha1|sha256|sha384|sha512)-([^?]+)(?:\?.*)?$/i.exec(token);
    if (sri) {
      const hex = base64ToHex(sri[2]!);
      if (hex !== null && hex.length === HEX_LENGTH[sri[1]!.toLowerCase()]) out.push(hashKey(sri[1]!, hex));
      continue;
    }
    const pin = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-f]+)$/i.exec(token);
    if (pin && pin[2]!.length === HEX_LENGTH[pin[1]!.toLowerCase()]) {
      out.push(hashKey(pin[1]!, pin[2]!));
      continue;
    }
    if (/^[0-9a-f]{40}$/i.test(token)) out.push(hashKey('sha1', token));
  }
  return out;
}

const table = readTable('banned-artifacts.json', artifactsTable, artifactsData);
const byHash = new Map<string, BannedArtifact>();
for (const r of table.npm) {
  const a: BannedArtifact = { ecosystem: 'npm', name: r.name, version: r.version, advisory: r.advisory };
  for (const h of [...hashesOf(r.integrity), hashKey('sha1', r.shasum)]) byHash.set(h, a);
}
for (const r of table.pypi) {
  byHash.set(hashKey('sha256', r.sha256), {
    ecosystem: 'pypi',
    name: r.name,
    version: r.version,
    advisory: r.advisory,
  });
}

// The first 6 bytes of every banned hash, as the first 12 hex digits and the 8 base64 characters
// (standard alphabet) that spell them: a recorded hash that does not start with one of them is no
// banned artifact, which most lockfile entries show without decoding anything.
const hexPrefixes = new Set<string>();
const base64Prefixes = new Set<string>();
for (const h of byHash.keys()) {
  const prefix = h.slice(h.indexOf(':') + 1, h.indexOf(':') + 13);
  hexPrefixes.add(prefix);
  base64Prefixes.add(Buffer.from(prefix, 'hex').toString('base64'));
}

const SRI_HEAD = /^sha(?:1|256|384|512)-/i;
const PIN_HEAD = /^sha(?:1|256|384|512)[:=]/i;

/** Whether one token `hashesOf` reads may decode to a banned hash (false: it certainly does not). */
function tokenMayBeBanned(token: string): boolean {
  const sri = token.startsWith('sha512-') ? 'sha512-' : SRI_HEAD.exec(token)?.[0];
  if (sri !== undefined) {
    const b64 = token.slice(sri.length, sri.length + 8);
    return base64Prefixes.has(/[-_]/.test(b64) ? b64.replace(/-/g, '+').replace(/_/g, '/') : b64);
  }
  const pin = PIN_HEAD.exec(token);
  if (pin) return hexPrefixes.has(token.slice(pin[0].length, pin[0].length + 12).toLowerCase());
  return token.length === 40 && hexPrefixes.has(token.slice(0, 12).toLowerCase());
}

const SPACE = /\s/;

/**
 * Whether `bannedArtifactOf(integrity, resolved)` can find anything: false only when no token it
 * reads starts with the first bytes of a banned hash (the same tokens, split as it splits them).
 */
export function mayNameBannedArtifact(integrity: string | undefined, resolved?: string): boolean {
  // The `#<sha1>` fragment bannedArtifactOf reads: 40 hex digits after the last `#`, at the end.
  const hash = resolved === undefined ? -1 : resolved.lastIndexOf('#');
  if (hash >= 0 && resolved!.length - hash === 41 && tokenMayBeBanned(resolved!.slice(hash + 1))) return true;
  if (integrity === undefined) return false;
  // The usual shape, one `sha512-` SRI string, without a regular expression or a split.
  if (integrity.startsWith('sha512-') && !SPACE.test(integrity)) return tokenMayBeBanned(integrity);
  for (const token of integrity.trim().split(/\s+/)) if (tokenMayBeBanned(token)) return true;
  return false;
}

// Where a recorded hash may start in a lockfile's text, for the audit's entry screen: an SRI or
// pin head (`sha512-`, `sha1:`, any letter case), a `#<40 hex>` fragment, and the keys that record
// hashes (`integrity`, `checksum`), whose line may hold a lone 40-hex token (read as a sha1).
const HASH_PLACES = /sha(?:1|256|384|512)[-:=]|#[0-9a-fA-F]{40}|integrity|checksum/gi;
const LONE_HEX = /[\s"'{[,:]([0-9a-fA-F]{12})[0-9a-fA-F]{28}(?![0-9A-Za-z])/g;

/**
 * Pushes onto `out` the offset of every hash in `text` that `mayNameBannedArtifact` could find to
 * start like a banned artifact's (a superset: a token is judged by its first bytes only).
 */
export function bannedHashMarks(text: string, out: number[]): void {
  let keyLineEnd = -1;
  HASH_PLACES.lastIndex = 0;
  for (let m = HASH_PLACES.exec(text); m !== null; m = HASH_PLACES.exec(text)) {
    const at = m.index;
    const head = m[0];
    const first = head.charCodeAt(0);
    if (first === 35 /* # */) {
      if (hexPrefixes.has(text.substr(at + 1, 12).toLowerCase())) out.push(at);
      continue;
    }
    const from = at + head.length;
    if (first === 105 || first === 73 || first === 99 || first === 67 /* integrity, checksum */) {
      // The rest of a line is read once, whatever number of keys it holds (a bound on hostile text).
      if (at < keyLineEnd) continue;
      keyLineEnd = text.indexOf('\n', from);
      if (keyLineEnd === -1) keyLineEnd = text.length;
      if (loneHexMayBeBanned(text, from, keyLineEnd)) out.push(at);
      continue;
    }
    if (head.charCodeAt(head.length - 1) === 45 /* - */) {
      let b64 = text.substr(from, 8);
      if (b64.includes('-') || b64.includes('_')) b64 = b64.replace(/-/g, '+').replace(/_/g, '/');
      if (base64Prefixes.has(b64)) out.push(at);
    } else if (hexPrefixes.has(text.substr(from, 12).toLowerCase())) out.push(at);
  }
}

/**
 * Whether the value after an `integrity` or `checksum` key holds a lone 40-hex token whose first
 * bytes are a banned hash's. The usual value is one token that is not 40 characters long (an SRI
 * string, berry's `10c0/…`), told without a regular expression.
 */
function loneHexMayBeBanned(text: string, from: number, eol: number): boolean {
  let v = from;
  for (
    let c = text.charCodeAt(v);
    v < eol && (c === 34 || c === 39 || c === 58 || c === 32 || c === 9);
    c = text.charCodeAt(++v)
  );
  if (!/[ \t]/.test(text.slice(v, eol))) {
    let end = eol;
    for (
      let c = text.charCodeAt(end - 1);
      end > v && (c === 13 || c === 34 || c === 39 || c === 44 || c === 125);
      c = text.charCodeAt(--end)
    );
    return end - v === 40 && hexPrefixes.has(text.substr(v, 12).toLowerCase());
  }
  const rest = text.slice(from, eol);
  LONE_HEX.lastIndex = 0;
  for (let lone = LONE_HEX.exec(rest); lone !== null; lone = LONE_HEX.exec(rest)) {
    if (hexPrefixes.has(lone[1]!.toLowerCase())) return true;
  }
  return false;
}

export const artifactsTableDate: string = table.$retrieved;
export const bannedArtifactCount = { npm: table.npm.length, pypi: table.pypi.length };

/**
 * The banned artifact a recorded integrity (and a resolved URL's `#sha1` fragment) names, if any.
 */
export function bannedArtifactOf(
  integrity: string | undefined,
  resolved?: string,
): { artifact: BannedArtifact; hash: string } | undefined {
  if (!mayNameBannedArtifact(integrity, resolved)) return undefined;
  const recorded = [integrity ?? ''];
  const fragment = resolved ? /#([0-9a-f]{40})$/i.exec(resolved) : null;
  if (fragment) recorded.push(fragment[1]!);
  for (const h of hashesOf(recorded.join(' '))) {
    const artifact = byHash.get(h);
    if (artifact) return { artifact, hash: h };
  }
  return undefined;
}

/**
 * The advisory that bans this version of a carrier (through the tool version it carries), if any:
 * which carrier versions belong in the table.
 */
export function bannedBy(carrier: Carrier, toolId: string, version: string): string | undefined {
  const tool = tools.find((t) => t.id === toolId);
  if (!tool) return undefined;
  let mapping;
  try {
    mapping = carrier.toolVersion(version);
  } catch {
    return undefined;
  }
  if (mapping.kind !== 'exact') return undefined;
  for (const a of advisories) {
    if (a.tool !== toolId) continue;
    if (mapping.versions.some((v) => versionSatisfies(tool.versionScheme, v, a.versions))) return a.id;
  }
  return undefined;
}

/** npm names compare exactly, PyPI names as PEP 503 normalises them. */
function canonical(ecosystem: string, name: string): string {
  return ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

/**
 * A component whose recorded hash is a banned artifact, re-identified as that artifact (the name
 * it was recorded under kept as its alias), with the words that say so; undefined when the hash
 * names no banned artifact or the component already carries that identity.
 */
export function identifiedByBytes(c: Component): { component: Component; note: string } | undefined {
  if (c.integrity === undefined && c.resolved === undefined) return undefined;
  const hit = bannedArtifactOf(c.integrity, c.resolved);
  if (!hit) return undefined;
  const { artifact, hash } = hit;
  const sameName =
    c.ecosystem === artifact.ecosystem &&
    canonical(c.ecosystem, c.name) === canonical(artifact.ecosystem, artifact.name);
  if (sameName && c.version === artifact.version) return undefined;
  const recorded = `${c.name}${c.version !== null ? `@${c.version}` : c.spec !== undefined ? ` (${c.spec})` : ''}`;
  const alias = sameName ? c.alias : (c.alias ?? c.name);
  const { spec: _spec, versionNote: _note, alias: _alias, ...rest } = c;
  const component: Component = {
    ...rest,
    ecosystem: artifact.ecosystem,
    name: artifact.name,
    version: artifact.version,
    purl: purlFor(artifact.ecosystem, artifact.name, artifact.version),
    ...(alias !== undefined ? { alias } : {}),
  };
  const [algorithm, hex] = hash.split(':') as [string, string];
  return {
    component,
    note: `its ${algorithm} ${hex.slice(0, 16)}… is the published ${artifact.name}@${artifact.version}; the file records it as ${recorded}`,
  };
}
