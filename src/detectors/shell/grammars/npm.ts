// The npm family: npm, pnpm, yarn, bun installs and one-off runners (npx, npm exec, pnpm dlx,
// yarn dlx, bunx), with each manager's options before or after the subcommand.
import type { Expanded } from '../expand.js';
import type { PackageSpec } from '../packages.js';
import { parseNpmSpec } from '../packages.js';
import { localArchiveInstall } from '../../parsers/local-archive.js';
import { localFolderInstall, underWorkdir } from '../../parsers/local-folder.js';
import { npmOptions } from './npm-options.js';
import { optionValue, readArgs, type OptionGrammar, type Recognised } from './options.js';

export function npmFinding(a: Expanded, spec: PackageSpec | null, tag?: string): Recognised | null {
  if (!spec) return null;
  const s = tag && spec.version === null && spec.spec === 'latest' ? { ...spec, spec: tag } : spec;
  return {
    at: a.start,
    finding: {
      ecosystem: 'npm',
      name: s.name,
      version: s.version,
      ...(s.version === null ? { spec: s.spec ?? 'latest' } : {}),
      sourceKind: 'registry',
      ...(s.alias ? { alias: s.alias } : {}),
    },
  };
}

/**
 * The package one argument names: a local archive (`./vendor/tool.tgz`, `file:x.tgz`, even a bare
 * `tool.tgz`, which npm reads as a file) or folder (`./vendor/cc`, `vendor/cc/`, `file:vendor/cc`)
 * before a registry spec.
 */
function npmArgument(a: Expanded, tag?: string): Recognised | null {
  const local = a.unknown ? null : (localArchiveInstall('npm', a.text) ?? localFolderInstall(a.text));
  if (local) return { at: a.start, finding: local };
  return npmFinding(a, parseNpmSpec(a.text, a.unknown), tag);
}

/** The packages named by an install's arguments (options anywhere, read by `grammar`). */
export function npmInstalls(args: Expanded[], grammar: OptionGrammar = npmOptions): Recognised[] {
  const read = readArgs(args, grammar);
  return npmPackages(read.positionals, optionValue(read, '--tag')?.text);
}

function npmPackages(packages: Expanded[], tag?: string): Recognised[] {
  const out: Recognised[] = [];
  for (const a of packages) {
    // `"$PWD/vendor/cc"`: a folder or archive of the repository, though the variable is unknown.
    const rel = a.unknown ? underWorkdir(a.text) : null;
    const local = rel === null ? null : (localArchiveInstall('npm', rel) ?? localFolderInstall(rel));
    if (local) {
      out.push({ at: a.start, finding: local });
      continue;
    }
    if (a.unknown && !/^@?[\w.-]+(\/[\w.-]+)?@/.test(a.text)) continue;
    const r = npmArgument(a, tag);
    if (r) out.push(r);
  }
  return out;
}

/** The package run by a one-off runner (npx, npm exec, pnpm dlx, yarn dlx, bunx). */
export function npxRun(args: Expanded[], grammar: OptionGrammar = npmOptions): Recognised[] {
  const out: Recognised[] = [];
  const packages: Expanded[] = [];
  let call: Expanded | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '--') {
      i++;
      break;
    }
    if (t === '-p' || t === '--package') {
      if (args[i + 1]) packages.push(args[i + 1]!);
      i++;
    } else if (t.startsWith('--package=')) {
      packages.push({ ...args[i]!, text: t.slice(10) });
    } else if (t === '-c' || t === '--call') {
      call = args[i + 1];
      i++;
    } else if (t.startsWith('-')) {
      if (t.includes('=')) continue;
      const kind = grammar.next(t);
      const n = args[i + 1]?.text;
      if (kind === 'value' || (kind === 'boolean' && (n === 'true' || n === 'false'))) i++;
    } else break;
  }
  if (packages.length > 0) {
    for (const p of packages) {
      const r = npmArgument(p);
      if (r) out.push(r);
    }
  } else if (args[i] && !call) {
    const r = npmArgument(args[i]!);
    if (r) out.push(r);
  }
  if (call) out.push({ at: call.start, nested: { text: call.text, at: call.start } });
  return out;
}

/** The dependency fields `npm pkg set` can write a package into, which the next install installs. */
const DEPENDENCY_FIELD = /^(dependencies|devDependencies|optionalDependencies|peerDependencies|overrides)$/;

/**
 * `npm pkg set dependencies.NAME=SPEC` (or `dependencies[NAME]=SPEC`) writes a dependency into
 * package.json: the package it names, as a manifest entry `"NAME": "SPEC"` is read; a
 * `scripts.NAME=CMD` it writes is a command.
 */
export function npmPkgSet(args: Expanded[]): Recognised[] {
  const out: Recognised[] = [];
  for (const a of args) {
    // A script written there is read as package.json's scripts are.
    const script = /^scripts(?:\.|\[)[^=\]]+\]?=([\s\S]+)$/.exec(a.text)?.[1];
    if (script !== undefined && !a.unknown) out.push({ at: a.start, nested: { text: script, at: a.start } });
    const m = /^([A-Za-z]+)(?:\.|\[)((?:@[^/=\]]+\/)?[^@=\].]+)\]?=(.+)$/.exec(a.text);
    if (!m || !DEPENDENCY_FIELD.test(m[1]!)) continue;
    const name = m[2]!;
    const spec = m[3]!;
    const text = `${name}@${spec}`;
    const r = npmFinding({ ...a, text }, parseNpmSpec(text, a.unknown));
    if (r) out.push(r);
  }
  return out;
}
