// The built-in policies: `builtin:advisories` (evidence-backed bans, locked), `builtin:ai-coding-tools`
// (every catalog tool, warn) and `builtin:default` (what runs without a policy file).
import { advisories } from '../catalog/advisories.js';
import { tools } from '../catalog/tools.js';
import type { ParsedPolicyFile } from './parse.js';
import type { Rule } from './types.js';

export const BUILTIN_NAMES = ['builtin:default', 'builtin:advisories', 'builtin:ai-coding-tools'] as const;
export type BuiltinName = (typeof BUILTIN_NAMES)[number];

export function isBuiltinName(ref: string): ref is BuiltinName {
  return (BUILTIN_NAMES as readonly string[]).includes(ref);
}

function origin(name: BuiltinName) {
  return { file: name, line: 0, column: 0 };
}

/** A built-in policy as a parsed file, merged exactly like the files that extend it. */
export function builtinPolicyFile(name: BuiltinName): ParsedPolicyFile {
  const base = { file: name, extends: [], rules: [] as Rule[], exceptions: [], fieldOrigins: new WeakMap() };
  switch (name) {
    case 'builtin:default':
      return { ...base, extends: [{ ref: 'builtin:advisories', origin: origin(name) }] };
    case 'builtin:advisories':
      return {
        ...base,
        rules: advisories.map((a) => ({
          id: a.id,
          tool: a.tool,
          versions: a.versions,
          action: 'fail',
          locked: true,
          unknownVersionFloor: 'warn',
          reason: `${a.id}: ${a.title} in ${a.versions} (first clean release ${a.firstClean})`,
          link: a.link,
          origin: origin(name),
        })),
      };
    case 'builtin:ai-coding-tools':
      return {
        ...base,
        rules: tools.map((t) => ({
          id: `ai-coding-tools/${t.id}`,
          tool: t.id,
          action: 'warn',
          reason: `${t.name} (${t.vendor}) is an AI coding tool`,
          origin: origin(name),
        })),
      };
  }
}
