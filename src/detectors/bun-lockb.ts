// bun.lockb: Bun's binary lockfile, read exactly for binary format versions 2 (bun 0.1.7 to 1.2,
// u32 version numbers) and 3 (later bun, u64 version numbers), eight package fields: the header,
// then the package list as a struct of arrays (names, name hashes, resolutions, …), then six
// length-framed buffers of which the last holds the strings too long to inline. Any other format
// version, or any offset that does not check out, fails closed with the way out: convert to
// bun.lock.
import type {
  Component,
  DetectInput,
  Detector,
  DetectorResult,
  ScanError,
  SourceKind,
} from '../model/component.js';
import { isSemverVersion, isValidPackageName, npmPurl } from './parsers/npm-spec.js';
import { tarballIdentity } from './parsers/tarball-url.js';

const HEADER = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';
const CONVERT = 'convert it with "bun install --save-text-lockfile" and commit bun.lock';

/**
 * Where a package's resolution keeps an npm version, per binary format version: the Resolution is
 * a tag byte, 7 bytes of padding, then the value; an npm value is the tarball URL (a String), the
 * major, minor and patch numbers, then the pre-release and build tags (ExternalStrings, 16 bytes).
 */
const LAYOUTS: Record<number, { resolutionSize: number; coreSize: 4 | 8; pre: number; build: number }> = {
  2: { resolutionSize: 64, coreSize: 4, pre: 24, build: 40 },
  3: { resolutionSize: 72, coreSize: 8, pre: 32, build: 48 },
};
const PACKAGE_FIELDS = 8;
const STRING_SIZE = 8;
const BUFFER_COUNT = 6; // trees, hoisted_dependencies, resolutions, dependencies, extern_strings, string_bytes

const TAG = {
  uninitialized: 0,
  root: 1,
  npm: 2,
  folder: 4,
  localTarball: 8,
  github: 16,
  gitlab: 24,
  git: 32,
  gitHttp: 33,
  symlink: 64,
  workspace: 72,
  remoteTarball: 80,
  singleFileModule: 100,
} as const;

export const bunLockbDetector: Detector = {
  id: 'bun.lockb',
  role: 'lockfile',
  syntax: 'binary',
  ecosystems: ['npm'],
  binary: true,
  matches: (path) => path === 'bun.lockb' || path.endsWith('/bun.lockb'),
  detect: (input: DetectInput) => detectBunLockb(input),
};

class LockbError extends Error {}

export async function detectBunLockb(
  input: Pick<DetectInput, 'path' | 'bytes' | 'readFile'>,
): Promise<DetectorResult> {
  const { path, bytes } = input;
  try {
    return { components: readLockb(path, bytes), errors: [] };
  } catch (e) {
    if (!(e instanceof LockbError) && !(e instanceof RangeError)) throw e;
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const beside = (await input.readFile(`${dir}bun.lock`)) !== null;
    const reason = e instanceof LockbError ? e.message : 'an offset points outside the file';
    const errors: ScanError[] = [
      {
        file: path,
        message:
          `bun.lockb is a binary lockfile this version cannot read (${reason}); ${CONVERT}` +
          (beside
            ? '; a bun.lock sits beside it (Bun reads bun.lock first): delete the stale bun.lockb'
            : ''),
      },
    ];
    return { components: [], errors };
  }
}

function readLockb(file: string, bytes: Uint8Array): Component[] {
  if (bytes.length < HEADER.length + 4 || latin1(bytes, 0, HEADER.length) !== HEADER) {
    throw new LockbError('it does not start with the bun lockfile header');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.length;
  let pos = HEADER.length;
  const format = view.getUint32(pos, true);
  const layout = LAYOUTS[format];
  if (layout === undefined)
    throw new LockbError(`binary format version ${format}; versions 2 and 3 are read`);
  const RESOLUTION_SIZE = layout.resolutionSize;
  pos += 4 + 32; // format, meta hash
  const u64 = (at: number): number => {
    const v = view.getBigUint64(at, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new LockbError(`a length at byte ${at} is out of range`);
    return Number(v);
  };
  const total = u64(pos);
  const count = u64(pos + 8);
  const alignment = u64(pos + 16);
  const fields = u64(pos + 24);
  const begin = u64(pos + 32);
  const end = u64(pos + 40);
  if (total > size) throw new LockbError('it is shorter than it says');
  if (alignment !== 8 || fields !== PACKAGE_FIELDS)
    throw new LockbError(`a package layout of ${fields} fields aligned to ${alignment}`);
  if (count === 0 || begin < pos + 48 || begin > end || end > total)
    throw new LockbError('the package list is out of bounds');
  const namesAt = begin;
  const resolutionsAt = begin + count * (STRING_SIZE + 8);
  if (resolutionsAt + count * RESOLUTION_SIZE > end)
    throw new LockbError('the package list is shorter than its length');

  // The six buffers after the package list, each framed by its start and end offsets.
  let at = end;
  let strings: [number, number] = [0, 0];
  for (let k = 0; k < BUFFER_COUNT; k++) {
    if (at + 16 > total) throw new LockbError('a buffer header is out of bounds');
    const start = u64(at);
    const stop = u64(at + 8);
    if (start < at + 16 || start > stop || stop > total) throw new LockbError('a buffer is out of bounds');
    strings = [start, stop];
    at = stop;
  }
  const [stringsAt, stringsEnd] = strings;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  /** A Semver String: up to 8 bytes inline, else an offset and length into string_bytes. */
  const str = (off: number): string => {
    if ((bytes[off + 7]! & 0x80) !== 0) {
      const o = view.getUint32(off, true);
      const len = view.getUint32(off + 4, true) & 0x7fffffff;
      if (stringsAt + o + len > stringsEnd)
        throw new LockbError(`a string at byte ${off} points outside the string buffer`);
      return decode(decoder, bytes.subarray(stringsAt + o, stringsAt + o + len), off);
    }
    let n = 0;
    while (n < 8 && bytes[off + n] !== 0) n++;
    return decode(decoder, bytes.subarray(off, off + n), off);
  };

  const components: Component[] = [];
  for (let i = 0; i < count; i++) {
    const r = resolutionsAt + i * RESOLUTION_SIZE;
    const tag = bytes[r]!;
    if (tag === TAG.root) continue; // the project itself
    let name = str(namesAt + i * STRING_SIZE);
    let alias: string | undefined;
    if (!isValidPackageName(name))
      throw new LockbError(`package ${i} has the invalid name "${name.slice(0, 100)}"`);
    const v = r + 8;
    let version: string | null = null;
    let spec: string | undefined;
    let resolved: string | undefined;
    let kind: SourceKind;
    switch (tag) {
      case TAG.npm: {
        const url = str(v);
        const n = layout.coreSize;
        const num = (at: number): string =>
          n === 4 ? String(view.getUint32(at, true)) : view.getBigUint64(at, true).toString();
        const core = `${num(v + 8)}.${num(v + 8 + n)}.${num(v + 8 + 2 * n)}`;
        const pre = str(v + layout.pre);
        const build = str(v + layout.build);
        version = core + (pre ? `-${pre}` : '') + (build ? `+${build}` : '');
        if (!isSemverVersion(version))
          throw new LockbError(`package ${i} (${name}) has the invalid version "${version}"`);
        if (url) resolved = url;
        kind = 'registry';
        break;
      }
      case TAG.folder:
      case TAG.localTarball:
        kind = 'file';
        spec = resolved = str(v);
        break;
      case TAG.symlink:
        kind = 'link';
        spec = resolved = str(v);
        break;
      case TAG.workspace:
        kind = 'workspace';
        spec = resolved = `workspace:${str(v)}`;
        break;
      case TAG.remoteTarball:
        kind = 'tarball';
        resolved = str(v);
        ({ name, version, alias } = tarballIdentity(name, resolved));
        if (version === null) spec = resolved;
        break;
      case TAG.github:
      case TAG.gitlab:
      case TAG.git:
      case TAG.gitHttp: {
        // Repository: owner, repo, committish, resolved, package_name.
        const owner = str(v);
        const repo = str(v + 8);
        const committish = str(v + 16);
        const host = tag === TAG.github ? 'github:' : tag === TAG.gitlab ? 'gitlab:' : '';
        spec = `${host}${owner ? `${owner}/` : ''}${repo}${committish ? `#${committish}` : ''}`;
        resolved = str(v + 24) || spec;
        kind = 'git';
        break;
      }
      case TAG.singleFileModule:
        kind = 'other';
        spec = resolved = str(v);
        break;
      default:
        throw new LockbError(`package ${i} (${name}) has the unknown resolution tag ${tag}`);
    }
    const c: Component = {
      ecosystem: 'npm',
      name,
      version,
      purl: npmPurl(name, version),
      location: { file, line: 1 },
      source: 'bun.lockb',
      sourceKind: kind,
    };
    if (spec !== undefined) c.spec = spec;
    if (resolved !== undefined) c.resolved = resolved;
    if (alias !== undefined) c.alias = alias;
    components.push(c);
  }
  return components;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function decode(decoder: InstanceType<typeof TextDecoder>, b: Uint8Array, at: number): string {
  try {
    return decoder.decode(b);
  } catch {
    throw new LockbError(`the string at byte ${at} is not UTF-8`);
  }
}
