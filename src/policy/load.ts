// Loads a policy with every `extends` merged in, through injectable readers (the action reads the
// policy of a pull request's BASE commit; `github:` references go through the caller's reader).
//
// Merge rules (documented in docs and the schema):
// - files are merged in order: everything a file extends (depth first, in the order listed) before
//   the file itself; a file reached twice is merged once, where it is first reached;
// - a later file may override an earlier rule by id, replacing it, unless the earlier rule is
//   `locked: true`: then any redefinition is an error naming both places;
// - exceptions accumulate; an exception to a locked rule is valid only in the file that defines the
//   rule (a locked rule exists so that the files that extend it cannot weaken it);
// - `settings.unknownVersion`: the last file that sets it wins (default warn), except for locked
//   rules: their unknown versions are judged at least as strictly as the file that defines them
//   says (built-in advisories: at least warn), so `ignore` in a later file cannot silence them;
// - every exception must name a rule of the merged policy;
// - the floor: `builtin:advisories` is merged first under every policy that does not merge it
//   itself, unless the last file that sets `settings.advisories` turns it off (with a reason); a
//   file cannot turn off what a file merged before it (an extended one, or builtin:advisories
//   itself) keeps on.
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { builtinPolicyFile } from './builtin.js';
import { resolveExtends, rootRef, type PolicyRef } from './refs.js';

const MAX_EXTENDS_DEPTH = 32;
import {
  formatOrigin,
  parsePolicyFile,
  PolicyError,
  rangeSyntaxOfRule,
  type ParsedPolicyFile,
  type PolicyIssue,
} from './parse.js';
import type { Origin, Policy, PolicyException, Rule, UnknownVersionSetting } from './types.js';
import { validateRange } from '../model/versions.js';

export { PolicyError } from './parse.js';

export interface LoadPolicyOptions {
  /** Reads a local policy file; null when it does not exist. Defaults to the filesystem. */
  readFile?: (path: string) => Promise<string | null>;
  /** Reads `github:OWNER/REPO/PATH@REF` references (the action's or the CLI's token). */
  readGithub?: (owner: string, repo: string, path: string, ref: string) => Promise<string>;
  /** The folder a relative root policy path is resolved against (default: the working directory). */
  baseDir?: string;
}

async function defaultReadFile(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
    if (s.size > 1024 * 1024) throw new Error(`${s.size} bytes is too large for a policy file`);
    return await fsReadFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Reads one policy; errors are located at `at` (the extends entry) or at the file itself. */
async function readPolicy(
  ref: PolicyRef,
  at: Origin | null,
  options: LoadPolicyOptions,
): Promise<ParsedPolicyFile> {
  const fail = (message: string): never => {
    if (at) throw new PolicyError(at.file, at.line, at.column, message);
    throw new PolicyError(ref.display, 0, 0, message);
  };
  switch (ref.kind) {
    case 'builtin':
      return builtinPolicyFile(ref.name);
    case 'file': {
      let text: string | null;
      try {
        text = await (options.readFile ?? defaultReadFile)(ref.path);
      } catch (e) {
        return fail(`${at ? `extends: ${ref.display} ` : ''}cannot be read: ${(e as Error).message}`);
      }
      if (text === null) return fail(at ? `extends: ${ref.display} does not exist` : 'does not exist');
      return parsePolicyFile(ref.display, text);
    }
    case 'github': {
      if (!options.readGithub) return fail(`github: extends need a token: set GITHUB_TOKEN (${ref.display})`);
      let text: string;
      try {
        text = await options.readGithub(ref.owner, ref.repo, ref.path, ref.ref);
      } catch (e) {
        return fail(
          `${at ? 'extends: ' : ''}${ref.display} cannot be read: ${(e as Error).message.split('\n')[0]}`,
        );
      }
      return parsePolicyFile(ref.display, text);
    }
  }
}

interface LoadedFile {
  ref: PolicyRef;
  parsed: ParsedPolicyFile;
}

/** Loads a file and everything it extends, depth first; files in merge order. */
async function loadTree(
  ref: PolicyRef,
  at: Origin | null,
  chain: PolicyRef[],
  seen: Set<string>,
  out: LoadedFile[],
  options: LoadPolicyOptions,
): Promise<void> {
  const parsed = await readPolicy(ref, at, options);
  const here = [...chain, ref];
  for (const entry of parsed.extends) {
    const child = resolveExtends(entry.ref, ref);
    if (typeof child === 'string') {
      throw new PolicyError(entry.origin.file, entry.origin.line, entry.origin.column, `extends: ${child}`);
    }
    const cycleAt = here.findIndex((r) => r.id === child.id);
    if (cycleAt >= 0) {
      const names = [...here.slice(cycleAt), child].map((r) => r.display).join(' → ');
      throw new PolicyError(
        entry.origin.file,
        entry.origin.line,
        entry.origin.column,
        `extends: cycle: ${names}`,
      );
    }
    if (here.length >= MAX_EXTENDS_DEPTH) {
      throw new PolicyError(
        entry.origin.file,
        entry.origin.line,
        entry.origin.column,
        `extends: more than ${MAX_EXTENDS_DEPTH} levels of extends`,
      );
    }
    if (seen.has(child.id)) continue;
    await loadTree(child, entry.origin, here, seen, out, options);
  }
  if (!seen.has(ref.id)) {
    seen.add(ref.id);
    out.push({ ref, parsed });
  }
}

const ADVISORIES = 'builtin:advisories';

/**
 * The advisories floor: the files with `builtin:advisories` merged first when nothing turns it off
 * and no file merges it already; problems when a file turns off what an earlier one keeps on.
 */
function withFloor(
  files: readonly LoadedFile[],
  problem: (o: Origin | undefined, message: string) => void,
): { files: readonly LoadedFile[]; advisories: 'on' | 'off'; reason?: string } {
  let setter = -1;
  files.forEach((f, i) => {
    if (f.parsed.advisories !== undefined) setter = i;
  });
  const setting = setter >= 0 ? files[setter]!.parsed.advisories! : undefined;
  if (setting?.value === 'off') {
    const keeper = files
      .slice(0, setter)
      .find((f) => f.ref.id === ADVISORIES || f.parsed.advisories?.value === 'on');
    if (keeper) {
      problem(
        setting.origin,
        `settings.advisories: off: ${keeper.ref.display} is merged before this file and keeps the built-in advisories on; a policy merged over it cannot turn them off`,
      );
    }
    for (const f of files.slice(setter + 1)) {
      if (f.ref.id === ADVISORIES) {
        problem(setting.origin, `settings.advisories: off, but ${ADVISORIES} is merged after this file`);
      }
    }
    return { files, advisories: 'off', ...(setting.reason !== undefined ? { reason: setting.reason } : {}) };
  }
  if (files.some((f) => f.ref.id === ADVISORIES)) return { files, advisories: 'on' };
  const floor: LoadedFile = {
    ref: { kind: 'builtin', name: ADVISORIES, id: ADVISORIES, display: ADVISORIES },
    parsed: builtinPolicyFile(ADVISORIES),
  };
  return { files: [floor, ...files], advisories: 'on' };
}

/**
 * Merges loaded files in order; throws every merge problem, located. `floor: false` merges the
 * files exactly as given (one file on its own, or a repository's file that a central policy's
 * floor already covers).
 */
export function mergePolicyFiles(given: readonly LoadedFile[], options: { floor?: boolean } = {}): Policy {
  const issues: PolicyIssue[] = [];
  const problem = (o: Origin | undefined, message: string): void => {
    issues.push({ file: o?.file ?? '', line: o?.line ?? 0, column: o?.column ?? 0, message });
  };
  const floored =
    options.floor === false
      ? (() => {
          const last = [...given].reverse().find((f) => f.parsed.advisories !== undefined)?.parsed.advisories;
          return {
            files: given,
            advisories: last?.value ?? ('on' as const),
            ...(last?.reason !== undefined ? { reason: last.reason } : {}),
          };
        })()
      : withFloor(given, problem);
  const files = floored.files;
  const rules = new Map<string, Rule>();
  const exceptions: PolicyException[] = [];
  const fieldOriginsOf = new Map<PolicyException, Record<string, Origin> | undefined>();
  let unknownVersion: UnknownVersionSetting = 'warn';
  for (const { ref, parsed } of files) {
    if (parsed.unknownVersion !== undefined) unknownVersion = parsed.unknownVersion;
    for (const rule of parsed.rules) {
      const r: Rule = { ...rule, definedIn: ref.id };
      if (r.locked && (parsed.unknownVersion === 'warn' || parsed.unknownVersion === 'fail')) {
        r.unknownVersionFloor = parsed.unknownVersion;
      }
      const earlier = rules.get(r.id);
      if (earlier?.locked) {
        problem(
          r.origin,
          `rule "${r.id}" is locked by ${formatOrigin(earlier.origin)} and cannot be overridden or loosened here`,
        );
        continue;
      }
      if (earlier) rules.delete(r.id);
      rules.set(r.id, r);
    }
    for (const ex of parsed.exceptions) {
      const e: PolicyException = { ...ex, definedIn: ref.id };
      exceptions.push(e);
      fieldOriginsOf.set(e, parsed.fieldOrigins.get(ex));
    }
  }
  for (const ex of exceptions) {
    const rule = rules.get(ex.rule);
    const fields = fieldOriginsOf.get(ex);
    const ruleField = fields?.rule ?? ex.origin;
    if (!rule) {
      const known = [...rules.keys()];
      problem(
        ruleField,
        `exception for rule "${ex.rule}": no such rule in the merged policy${known.length ? ` (rules: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''})` : ''}`,
      );
      continue;
    }
    if (rule.locked && rule.definedIn !== ex.definedIn) {
      problem(
        ruleField,
        `exception for rule "${ex.rule}": the rule is locked by ${formatOrigin(rule.origin)}; only that file may grant exceptions to it`,
      );
      continue;
    }
    if (ex.versions !== undefined) {
      const syntax = rangeSyntaxOfRule(rule);
      if (syntax) {
        const check = validateRange(syntax, ex.versions);
        if (!check.ok)
          problem(
            fields?.versions ?? ruleField,
            `exception for rule "${ex.rule}": versions: ${check.message}`,
          );
      }
    }
  }
  if (issues.length > 0) throw PolicyError.of(issues);
  return {
    version: 1,
    settings: {
      unknownVersion,
      advisories: floored.advisories,
      ...(floored.reason !== undefined ? { advisoriesReason: floored.reason } : {}),
    },
    rules: [...rules.values()],
    exceptions,
    sources: files.map((f) => f.ref.display),
  };
}

/** Loads a policy by path, `builtin:NAME` or `github:OWNER/REPO/PATH@REF`, with every `extends` merged in. */
export async function loadPolicy(ref: string, options: LoadPolicyOptions = {}): Promise<Policy> {
  const root = rootRef(ref, options.baseDir);
  const files: LoadedFile[] = [];
  await loadTree(root, null, [], new Set(), files, options);
  return mergePolicyFiles(files);
}

const TREE_ROOT = '/__ai-tooling-gate-tree__';

/**
 * Loads a policy from a tree that is not the filesystem (a git commit, the GitHub API): `path` and
 * relative `extends` are read through `read` with paths relative to the tree's root, and can never
 * leave it. Messages name the paths as written.
 */
export async function loadPolicyFromTree(
  path: string,
  read: (relativePath: string) => Promise<string | null>,
  options: Omit<LoadPolicyOptions, 'readFile' | 'baseDir'> = {},
): Promise<Policy> {
  return loadPolicy(path, {
    ...options,
    baseDir: TREE_ROOT,
    readFile: async (abs) => {
      const rel = posix.relative(TREE_ROOT, abs.replace(/\\/g, '/'));
      if (rel === '' || rel.startsWith('../') || rel === '..' || posix.isAbsolute(rel)) return null;
      return read(rel);
    },
  });
}

/** One policy text on its own, as written: no `extends`, and no advisories floor under it. */
export function parsePolicyText(file: string, text: string): Policy {
  const parsed = parsePolicyFile(file, text);
  if (parsed.extends.length > 0) {
    const e = parsed.extends[0]!;
    throw new PolicyError(
      e.origin.file,
      e.origin.line,
      e.origin.column,
      'extends: use loadPolicy to resolve extends',
    );
  }
  return mergePolicyFiles([{ ref: { kind: 'file', path: file, id: file, display: file }, parsed }], {
    floor: false,
  });
}
