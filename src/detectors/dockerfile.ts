// Dockerfiles (`Dockerfile`, `*.Dockerfile`, `Dockerfile.*`, `Dockerfile-*`, `Dockerfile_*`,
// `Containerfile*`): installs in RUN, CMD and ENTRYPOINT instructions, with ARG defaults, build
// args given by a devcontainer or compose file, ENV values, multi-stage inheritance, line
// continuations, comment lines inside continuations, here-documents, exec form, and ADD of release
// URLs. Instructions come from dockerfile-ast; the bodies are read by our shell tokenizer.
import { findingComponent, problemError } from './shell/components.js';
import { COMMAND_ECOSYSTEMS } from './shell/components.js';
import { expandParts, type VarValue } from './shell/expand.js';
import { CommandScanner, type ScriptRun } from './shell/scan.js';
import type { FileWrite } from './shell/file-writes.js';
import { parseShell } from './shell/shell.js';
import type { Component, Detector, DetectorResult, ScanError } from '../model/component.js';
import { LineIndex } from '../util/lines.js';
import { escapeCharacter, splitInstructions } from './dockerfile-instructions.js';
import { posix } from 'node:path';
import { judgeDockerfile } from './flows/dockerfile.js';
import { FlowFollower, newSink, sinkResult } from './flows/follow.js';
import { dirOf, joinRelative } from './parsers/paths.js';
import { imageComponent } from './parsers/oci-image.js';

export const DOCKERFILE_SOURCE = 'Dockerfile';

export function isDockerfilePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.dockerignore$/i.test(name)) return false;
  return (
    /^(Dockerfile|Containerfile)([._-][^/]+)?$/i.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name)
  );
}

export interface DockerfileScanOptions {
  /** Build args given by a devcontainer or compose file: they win over ARG defaults. */
  buildArgs?: ReadonlyMap<string, VarValue>;
  /** Where the Dockerfile text sits in the reported file (1-based line of its first line). */
  firstLine?: number;
  /** The build context, repository-relative (default: the Dockerfile's folder). */
  contextDir?: string;
}

export interface DockerfileScan extends DetectorResult {
  /** Repository files that RUN instructions run after a COPY/ADD put them in the image. */
  runs: ScriptRun[];
}

interface Stage {
  name: string | undefined;
  vars: Map<string, VarValue>;
  /** Files copied from the build context: source (context-relative) and absolute destination. */
  copies: { src: string; dest: string; intoDir: boolean }[];
  workdir: string;
}

/** The context-relative file a path in the image came from, when a COPY/ADD put it there. */
function copiedFrom(copies: readonly Stage['copies'][number][], path: string): string | null {
  for (let i = copies.length - 1; i >= 0; i--) {
    const c = copies[i]!;
    const src = c.src.replace(/\/+$/, '');
    if (!c.intoDir && path === c.dest) return src;
    if (c.intoDir && path === posix.join(c.dest, posix.basename(src))) return src;
    // A folder copied: its files keep their paths under the destination.
    const under = c.dest.endsWith('/') ? c.dest : c.dest + '/';
    if (path.startsWith(under)) return posix.join(src, path.slice(under.length));
  }
  return null;
}

/** Scans one Dockerfile's text and reports its installs, located in `file`. */
export function scanDockerfile(
  text: string,
  file: string,
  options: DockerfileScanOptions = {},
): DockerfileScan {
  const components: Component[] = [];
  const errors: ScanError[] = [];
  const lines = new LineIndex(text);
  const offsetLine = (options.firstLine ?? 1) - 1;
  const locate = (o: number): number => lines.line(o) + offsetLine;
  const buildArgs = options.buildArgs ?? new Map<string, VarValue>();
  const escape = escapeCharacter(text);
  // A value an ARG or ENV writes is written at its line (where a reviewer changes it).
  const written = (v: VarValue, offset: number): VarValue =>
    v.unknown || v.from ? v : { ...v, from: { file, line: locate(offset) } };
  const globals = new Map<string, VarValue>();
  const stages: Stage[] = [];
  let stage: Stage | null = null;
  const scanner = new CommandScanner();
  const contextDir = options.contextDir ?? dirOf(file);
  const runs: ScriptRun[] = [];

  for (const ins of splitInstructions(text, escape)) {
    const keyword = ins.keyword;
    const { argsStart, end } = ins;
    const vars = stage ? stage.vars : globals;
    const lookup = (n: string): VarValue | undefined => vars.get(n);

    switch (keyword) {
      case 'FROM': {
        const words = wordsOf(text, argsStart, end, escape);
        const args = words.map((w) => w.raw);
        const asI = args.findIndex((a) => a.toUpperCase() === 'AS');
        const image = args.find((a) => !a.startsWith('--')) ?? '';
        const parent = stages.find((s) => s.name !== undefined && s.name === image.toLowerCase());
        const imageWord = words.find((w) => !w.raw.startsWith('--'));
        if (imageWord && !parent) {
          // The base image, with the ARGs declared before the first FROM (and build args).
          const v = expandParts(imageWord.parts, (n) => globals.get(n));
          const c = imageComponent(v.text, { file, line: locate(imageWord.start) }, DOCKERFILE_SOURCE, {
            unknown: v.unknown,
            ...(v.from ? { versionFrom: v.from } : {}),
          });
          if (c) components.push(c);
        }
        stage = {
          name: asI >= 0 ? args[asI + 1]?.toLowerCase() : undefined,
          vars: new Map(parent?.vars ?? []),
          copies: [...(parent?.copies ?? [])],
          workdir: parent?.workdir ?? '/',
        };
        stages.push(stage);
        break;
      }
      case 'ARG': {
        for (const w of wordsOf(text, argsStart, end, escape)) {
          const eq = w.raw.indexOf('=');
          const name = eq === -1 ? w.raw : w.raw.slice(0, eq);
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
          let value: VarValue;
          const given = buildArgs.get(name);
          if (given) value = given;
          else if (eq !== -1) {
            const parts = w.parts.slice();
            const first = parts[0];
            if (first && first.k === 'lit') parts[0] = { k: 'lit', text: first.text.slice(eq + 1) };
            value = written(expandParts(parts, lookup), w.start);
          } else
            value = (stage ? globals.get(name) : undefined) ?? { text: '${' + name + '}', unknown: true };
          vars.set(name, value);
        }
        break;
      }
      case 'ENV': {
        const words = wordsOf(text, argsStart, end, escape);
        if (words.length > 0 && !words[0]!.raw.includes('=')) {
          // Legacy `ENV NAME value with spaces`.
          const rest = text.slice(words[1]?.start ?? end, end).trim();
          vars.set(words[0]!.raw, written(expandParts(parseShellWord(rest), lookup), words[0]!.start));
          break;
        }
        for (const w of words) {
          const eq = w.raw.indexOf('=');
          if (eq <= 0) continue;
          const first = w.parts[0];
          if (!first || first.k !== 'lit') continue;
          const parts = [{ k: 'lit' as const, text: first.text.slice(eq + 1) }, ...w.parts.slice(1)];
          vars.set(w.raw.slice(0, eq), written(expandParts(parts, lookup), w.start));
        }
        break;
      }
      // CMD and ENTRYPOINT run when the container starts: an `npx -y …` there installs then.
      case 'CMD':
      case 'ENTRYPOINT':
      case 'RUN':
      case 'ONBUILD': {
        scanner.env.clear();
        for (const [k, v] of vars) scanner.env.set(k, v);
        let body = argsStart;
        if (keyword === 'ONBUILD') {
          const m = /^\s*RUN\b/i.exec(text.slice(body, end));
          if (!m) break;
          body += m[0].length;
        }
        // RUN flags: --mount=…, --network=…, --security=…
        for (
          let m = /^\s*--[a-z-]+=\S*/i.exec(text.slice(body, end));
          m;
          m = /^\s*--[a-z-]+=\S*/i.exec(text.slice(body, end))
        )
          body += m[0].length;
        const rest = text.slice(body, end);
        const trimmed = rest.trimStart();
        if (trimmed.startsWith('[')) {
          const argv = execForm(trimmed);
          if (argv) {
            const script = argv.map(shellQuote).join(' ');
            scanner.scan(script, () => locate(body), 0, script.length);
            break;
          }
        }
        const segment = /<<-?\s*["']?[A-Za-z_]/.test(rest) ? rest : joinContinuations(rest, escape);
        const before = scanner.scriptRuns.length;
        scanner.scan(segment, (o) => locate(o + body));
        for (const run of scanner.scriptRuns.slice(before)) {
          const repoPath = stage ? copiedFrom(stage.copies, posix.resolve(stage.workdir, run.path)) : null;
          if (repoPath !== null) {
            const p = joinRelative(contextDir, repoPath);
            if (p !== null) runs.push({ ...run, path: p });
          }
        }
        break;
      }
      case 'WORKDIR': {
        const dir = expandParts(parseShellWord(text.slice(argsStart, end).trim()), lookup);
        if (stage && !dir.unknown) stage.workdir = posix.resolve(stage.workdir, dir.text);
        break;
      }
      case 'COPY':
      case 'ADD': {
        // `COPY <<EOF /tmp/i.sh` writes the here-document into the image: a later RUN of that
        // path runs it (shell/file-commands.ts), as a file a script wrote itself.
        const inline = inlineFile(text, argsStart, end, lookup);
        if (inline) {
          scanner.writes.push({ ...inline, line: locate(argsStart) });
          break;
        }
        const all = wordsOf(text, argsStart, end, escape);
        const words = all.filter((w) => !w.raw.startsWith('--'));
        if (words.length < 2) break;
        const dest = expandParts(words[words.length - 1]!.parts, lookup).text;
        // A file of the build context put in the image: a later RUN of it runs that file.
        if (stage && !all.some((w) => w.raw.startsWith('--from'))) {
          for (const w of words.slice(0, -1)) {
            const src = expandParts(w.parts, lookup);
            if (src.unknown || /^[a-z][a-z0-9+.-]*:\/\//i.test(src.text) || /[*?[]/.test(src.text)) continue;
            const target = posix.resolve(stage.workdir, dest);
            const intoDir = dest.endsWith('/') || words.length > 2;
            stage.copies.push({ src: src.text, dest: target, intoDir });
          }
        }
        if (keyword === 'COPY') break;
        for (const w of words.slice(0, -1)) {
          const src = expandParts(w.parts, lookup);
          if (!/^https?:\/\//i.test(src.text)) continue;
          const file = src.text.replace(/[?#].*$/, '');
          const target = dest.endsWith('/') ? dest + file.slice(file.lastIndexOf('/') + 1) : dest;
          const rec = { url: src.text, line: locate(w.start), used: false };
          scanner.downloads.set(target, rec);
          scanner.downloads.set(target.slice(target.lastIndexOf('/') + 1), rec);
        }
        break;
      }
      default:
        break;
    }
  }
  scanner.finish();
  for (const f of scanner.findings) components.push(findingComponent(f, file, DOCKERFILE_SOURCE));
  for (const p of scanner.problems) errors.push(problemError(p, file, 'RUN'));
  // BuildKit rejects a here-document without its terminator line (bash would accept it).
  for (const p of scanner.openHeredocs) errors.push(problemError(p, file, 'RUN'));
  return { components, errors, runs };
}

/** The words of `text[start, end)` (ARG and ENV arguments) read with shell quoting. */
function wordsOf(text: string, start: number, end: number, escape = '\\') {
  const joined = joinContinuations(text.slice(start, end), escape);
  return parseShell(joined)
    .pipelines.flatMap((p) => p.commands.flatMap((c) => c.words))
    .map((w) => ({ ...w, start: w.start + start }));
}

function parseShellWord(text: string) {
  const w = parseShell(text).pipelines[0]?.commands[0]?.words;
  if (!w || w.length === 0) return [{ k: 'lit' as const, text }];
  return w.length === 1 ? w[0]!.parts : [{ k: 'lit' as const, text }];
}

/**
 * Joins a Dockerfile instruction's continuation lines the way the builder does: the escape
 * character and newline go, and comment or blank lines inside the continuation are dropped.
 * Offsets are kept (removed characters become spaces) so lines can still be located.
 */
export function joinContinuations(text: string, escape: string): string {
  const chars = text.split('');
  const end = text.length;
  let i = 0;
  let continued = false;
  while (i < end) {
    let nl = text.indexOf('\n', i);
    if (nl === -1 || nl > end) nl = end;
    const line = text.slice(i, nl);
    if (continued && /^\s*(#.*)?\r?$/.test(line)) {
      for (let k = i; k <= nl && k < end; k++) chars[k] = ' ';
      i = nl + 1;
      continue;
    }
    const trimmedEnd = line.replace(/[ \t\r]+$/, '');
    if (trimmedEnd.endsWith(escape) && !trimmedEnd.endsWith(escape + escape)) {
      const at = i + trimmedEnd.length - 1;
      for (let k = at; k <= nl && k < end; k++) chars[k] = ' ';
      continued = true;
    } else {
      continued = false;
    }
    i = nl + 1;
  }
  return chars.join('');
}

function execForm(text: string): string[] | null {
  try {
    const v: unknown = JSON.parse(text.replace(/\\\r?\n/g, ''));
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : "'" + s.replace(/'/g, "'\\''") + "'";
}

export const dockerfileDetector: Detector = {
  id: DOCKERFILE_SOURCE,
  role: 'commands',
  syntax: 'text',
  ecosystems: [...COMMAND_ECOSYSTEMS, 'oci-image'],
  matches: isDockerfilePath,
  detect: async ({ path, text, readFile }) => {
    const sink = newSink();
    await judgeDockerfile(
      new FlowFollower(readFile, sink),
      { dockerfile: path, buildArgs: new Map(), via: [] },
      text,
    );
    return sinkResult(sink);
  },
};

/**
 * `COPY [--chmod=…] <<EOF DEST` with one here-document: what it writes and where. An unquoted
 * delimiter lets the builder expand `$` in the body, so such a body is not known.
 */
function inlineFile(
  text: string,
  argsStart: number,
  end: number,
  lookup: (name: string) => VarValue | undefined,
): Omit<FileWrite, 'line'> | null {
  const nl = text.indexOf('\n', argsStart);
  if (nl === -1 || nl >= end) return null;
  const head = /^(?:--\S+\s+)*<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2\s+(\S+)\s*$/.exec(
    text.slice(argsStart, nl).replace(/\r$/, ''),
  );
  if (!head) return null;
  const dest = expandParts(parseShellWord(head[4]!), lookup);
  if (dest.unknown) return null;
  let body = text.slice(nl + 1, end).replace(/\r/g, '');
  body = body.slice(0, body.lastIndexOf('\n') + 1);
  if (head[1] === '-') body = body.replace(/^\t+/gm, '');
  const expands = head[2] === '' && /[$`]/.test(body);
  return { target: head[4]!, path: dest.text, append: false, content: { text: body, unknown: expands } };
}
