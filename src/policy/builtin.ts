import type { Policy } from './types.js';

export const BUILTIN_NAMES = ['builtin:default', 'builtin:advisories', 'builtin:ai-coding-tools'] as const;
export type BuiltinName = (typeof BUILTIN_NAMES)[number];

export function isBuiltinName(ref: string): ref is BuiltinName {
  return (BUILTIN_NAMES as readonly string[]).includes(ref);
}

export function builtinPolicy(name: BuiltinName): Policy {
  switch (name) {
    case 'builtin:default':
    case 'builtin:advisories':
      return {
        version: 1,
        settings: { unknownVersion: 'warn' },
        rules: [
          {
            id: 'AITG-2026-0001',
            tool: 'claude-code',
            versions: '>=2.1.91 <2.1.198',
            action: 'fail',
            locked: true,
            reason: 'Claude Code 2.1.91–2.1.197 carry covert environment fingerprinting (AITG-2026-0001)',
          },
        ],
        exceptions: [],
        sources: [name],
      };
    case 'builtin:ai-coding-tools':
      return { version: 1, settings: { unknownVersion: 'warn' }, rules: [], exceptions: [], sources: [name] };
  }
}
