// pip requirements files, read with pip's own rules (pip/_internal/req/req_file.py):
// physical lines split as Python's str.splitlines() does; `\` continues a line; ` #` starts a
// comment; `-r`/`--requirement` includes another file (relative to the including file) whose
// requirements are reported in that file; `-c`/`--constraint` adds nothing; `-e` is an editable
// path or VCS URL; `--hash` options record artifact hashes; markers do not matter (a pin counts
// whatever its marker); `${VAR}` stays as written (the scanning machine's environment is not the
// installing one's). `==`/`===` pins give a version; anything else gives the spec as written.
import type {
  Component,
  Detector,
  DetectInput,
  DetectorResult,
  ScanError,
  SourceKind,
} from '../model/component.js';
import { normalizeRelative } from '../sources/source.js';
import { makeComponent } from './component.js';
import {
  directReferenceKind,
  distributionFromFilename,
  eggName,
  exactVersion,
  excerpt,
  normalizePyName,
  parsePep508,
} from './parsers/python.js';

const SOURCE = 'requirements.txt';
/** Deepest chain of `-r` includes followed. */
const MAX_INCLUDE_DEPTH = 64;

/** File names pip users give requirement and constraint files. */
export function isRequirementsFile(path: string): boolean {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1).toLowerCase();
  const dir = slash < 0 ? '' : path.slice(0, slash);
  // pip's sense: any name that starts with `requirements` and ends `.txt` (`requirements1.txt`,
  // `requirementsCustom.txt`), and the usual prefixed forms (`dev-requirements.txt`).
  if (/^(?:.*[-_.])?requirements[^/]*\.(?:txt|in)$/.test(base)) return true;
  // A constraints file installs nothing by itself, but it decides the version pip installs
  // whenever anything requires the package: its pins are reported like requirements.
  if (/^constraints[^/]*\.txt$/.test(base)) return true;
  return /(^|\/)requirements$/i.test(dir) && /\.(?:txt|in)$/.test(base);
}

export const requirementsTxtDetector: Detector = {
  id: SOURCE,
  role: 'environment',
  syntax: 'text',
  ecosystems: ['pypi'],
  matches: isRequirementsFile,
  detect: detectRequirements,
};

export async function detectRequirements(input: DetectInput): Promise<DetectorResult> {
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const visited = new Set<string>([input.path]);
  await readRequirementsFile(input, input.path, input.text, [input.path], visited, components, errors);
  return { components, errors };
}

/** A logical line: physical lines joined at `\`, with the 1-based line it starts on. */
interface LogicalLine {
  line: number;
  text: string;
}

async function readRequirementsFile(
  input: DetectInput,
  file: string,
  text: string,
  stack: string[],
  visited: Set<string>,
  components: Component[],
  errors: ScanError[],
): Promise<void> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (const { line, text: raw } of logicalLines(text)) {
    const content = stripComment(raw).trim();
    if (content === '') continue;
    const { args, options } = splitArgsOptions(content);
    if (args !== '') {
      const hashes = optionValues(options, ['--hash']);
      addRequirement(file, line, args, false, hashes, components, errors);
      continue;
    }
    const opt = firstOption(options);
    if (!opt) continue;
    opt.value = unquote(opt.value);
    switch (opt.name) {
      case '-r':
      case '--requirement':
        await include(input, file, line, opt.value, stack, visited, components, errors);
        break;
      case '-e':
      case '--editable':
        if (opt.value === '') errors.push({ file, line, message: `${opt.name} needs a value` });
        else addRequirement(file, line, opt.value, true, [], components, errors);
        break;
      // -c/--constraint limits versions of what is installed but installs nothing; index and
      // install options (-i, --extra-index-url, -f, --pre, --no-binary, …) name no package.
      default:
        break;
    }
  }
}

async function include(
  input: DetectInput,
  file: string,
  line: number,
  target: string,
  stack: string[],
  visited: Set<string>,
  components: Component[],
  errors: ScanError[],
): Promise<void> {
  if (target === '') {
    errors.push({ file, line, message: '-r needs a file name' });
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    errors.push({ file, line, message: `included file is a URL and cannot be read: ${excerpt(target)}` });
    return;
  }
  const path = resolveInclude(file, target);
  if (path !== null && stack.includes(path)) {
    errors.push({ file, line, message: `include cycle: ${[...stack, path].join(' -> ')}` });
    return;
  }
  if (path !== null && visited.has(path)) return; // already read through another include
  if (stack.length >= MAX_INCLUDE_DEPTH) {
    errors.push({ file, line, message: `includes nested deeper than ${MAX_INCLUDE_DEPTH} files` });
    return;
  }
  const text = path === null ? null : await input.readFile(path);
  if (path === null || text === null) {
    errors.push({ file, line, message: `included file not found: ${excerpt(target)}` });
    return;
  }
  visited.add(path);
  await readRequirementsFile(input, path, text, [...stack, path], visited, components, errors);
}

/** The root-relative path of an include, or null when it is absolute or leaves the root. */
function resolveInclude(from: string, target: string): string | null {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\')) return null;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  const joined = dir === '' ? target : dir + '/' + target;
  return normalizeRelative(joined);
}

function addRequirement(
  file: string,
  line: number,
  req: string,
  editable: boolean,
  hashes: string[],
  components: Component[],
  errors: ScanError[],
): void {
  const integrity = hashes.length > 0 ? hashes.join(' ') : undefined;
  const base = { location: { file, line }, source: SOURCE, ...(integrity ? { integrity } : {}) };
  const direct = directReference(req, editable);
  if (direct) {
    const { ref, kind } = direct;
    const fromFile = kind === 'url' || kind === 'file' ? distributionFromFilename(stripFragment(ref)) : null;
    const egg = eggName(ref);
    const name = egg ?? fromFile?.name;
    const version =
      !egg || (fromFile && normalizePyName(fromFile.name) === normalizePyName(egg))
        ? fromFile?.version
        : undefined;
    components.push(
      makeComponent({
        ecosystem: 'pypi',
        name: name ? normalizePyName(name) : ref,
        version: version ?? null,
        ...(version ? {} : { spec: ref }),
        ...base,
        sourceKind: editable && kind === 'file' ? 'workspace' : kind, // `-e ./path`: a local project
        resolved: ref,
        ...(name ? {} : { versionNote: 'the requirement names no package; reported by its reference' }),
      }),
    );
    return;
  }
  const parsed = parsePep508(req);
  if (!parsed) {
    errors.push({ file, line, message: `invalid requirement: ${excerpt(req)}` });
    return;
  }
  const name = normalizePyName(parsed.name);
  if (parsed.url !== undefined) {
    const kind = directReferenceKind(parsed.url);
    const fromFile =
      kind === 'url' || kind === 'file' ? distributionFromFilename(stripFragment(parsed.url)) : null;
    const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
    components.push(
      makeComponent({
        ecosystem: 'pypi',
        name,
        version,
        ...(version ? {} : { spec: parsed.url }),
        ...base,
        sourceKind: kind,
        resolved: parsed.url,
      }),
    );
    return;
  }
  const version = exactVersion(parsed.specifier);
  components.push(
    makeComponent({
      ecosystem: 'pypi',
      name,
      version,
      ...(version ? {} : { spec: parsed.specifier === '' ? '*' : parsed.specifier }),
      ...base,
      sourceKind: 'registry',
    }),
  );
}

/**
 * A URL or path requirement (what pip installs from a link rather than an index), or null for a
 * PEP 508 requirement (including `name @ url`).
 */
function directReference(req: string, editable: boolean): { ref: string; kind: SourceKind } | null {
  // pip splits markers off URLs at "; " (a `;` may be part of a URL).
  const ref = (/^[a-z][a-z0-9+.-]*:/i.test(req) ? req.split('; ')[0]! : req.split(';')[0]!).trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^file:/i.test(ref)) {
    return { ref, kind: directReferenceKind(ref) };
  }
  const at = ref.indexOf('@');
  const beforeAt = at < 0 ? '' : ref.slice(0, at);
  if (at >= 0 && !looksLikePath(beforeAt)) return null;
  const pathPart = ref.replace(/\[[^\]]*\]$/, '');
  // pip takes a path only for an existing directory or an archive name; a path-like string of
  // characters no file name has is an invalid requirement, as it is for pip.
  if ((editable || looksLikePath(pathPart) || isArchiveName(pathPart)) && PATH_CHARS.test(pathPart)) {
    return { ref, kind: 'file' };
  }
  return null;
}

const PATH_CHARS = /^[\w.~+@%=:/\\-]+$/;

function looksLikePath(s: string): boolean {
  return s.includes('/') || s.includes('\\') || s.startsWith('.');
}

function isArchiveName(s: string): boolean {
  return /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|tar\.lz|tlz)$/i.test(s);
}

function stripFragment(url: string): string {
  const i = url.search(/[?#]/);
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Physical lines as Python's str.splitlines() sees them (so a lone CR or a form feed separates
 * requirements as it does for pip), joined at a trailing backslash as pip's join_lines does.
 * Line numbers count `\n` only, as editors and code hosts do.
 */
export function* logicalLines(text: string): Generator<LogicalLine> {
  const breaks = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  let line = 1;
  let pending: string[] = [];
  let pendingLine = 0;
  const physical = (segment: string, segLine: number): LogicalLine | undefined => {
    const isComment = /^\s*#/.test(segment);
    if (!segment.endsWith('\\') || isComment) {
      const seg = isComment ? ' ' + segment : segment;
      if (pending.length > 0) {
        pending.push(seg);
        const out = { line: pendingLine, text: pending.join('') };
        pending = [];
        return out;
      }
      return { line: segLine, text: seg };
    }
    if (pending.length === 0) pendingLine = segLine;
    pending.push(trimBackslashes(segment));
    return undefined;
  };
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const out = physical(text.slice(start, end), line);
    if (out) yield out;
    if (!m) break;
    if (m[0] === '\n' || m[0] === '\r\n') line++;
    start = m.index + m[0].length;
    if (start >= text.length) break;
  }
  if (pending.length > 0) yield { line: pendingLine, text: pending.join('') };
}

/** Python's str.strip("\\"): backslashes off both ends. */
function trimBackslashes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 0x5c) a++;
  while (b > a && s.charCodeAt(b - 1) === 0x5c) b--;
  return s.slice(a, b);
}

/** pip's COMMENT_RE `(^|\s+)#.*$`: a `#` at the start or after whitespace starts a comment. */
function stripComment(line: string): string {
  if (line.startsWith('#')) return '';
  const m = /\s#/.exec(line);
  return m ? line.slice(0, m.index) : line;
}

/** pip's break_args_options: leading tokens up to the first one starting with `-` are the requirement. */
function splitArgsOptions(line: string): { args: string; options: string[] } {
  const tokens = line.split(/[ \t]+/);
  let i = 0;
  while (i < tokens.length && !tokens[i]!.startsWith('-')) i++;
  return { args: tokens.slice(0, i).join(' '), options: tokens.slice(i) };
}

/** The first option of an option-only line, with its value (`-r x`, `-rx`, `--requirement=x`). */
function firstOption(tokens: string[]): { name: string; value: string } | null {
  const first = tokens[0];
  if (first === undefined) return null;
  const long = /^(--[A-Za-z0-9-]+)(?:=(.*))?$/.exec(first);
  if (long) return { name: long[1]!, value: long[2] ?? tokens.slice(1).join(' ') };
  const short = /^(-[A-Za-z])(.*)$/.exec(first);
  if (short) {
    const attached = short[2]!.replace(/^=/, '');
    return { name: short[1]!, value: attached !== '' ? attached : tokens.slice(1).join(' ') };
  }
  return null;
}

/** pip splits option lines with shlex: a value may be quoted (`-r "my reqs.txt"`). */
function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

/** Values of a repeated long option (`--hash=sha256:…` or `--hash sha256:…`). */
function optionValues(tokens: string[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const n of names) {
      if (t.startsWith(n + '=')) out.push(t.slice(n.length + 1));
      else if (t === n && tokens[i + 1] !== undefined) out.push(tokens[++i]!);
    }
  }
  return out;
}
