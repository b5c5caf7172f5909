import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { builtinPolicy, isBuiltinName } from './builtin.js';
import type { Policy, Rule, PolicyException } from './types.js';

/** A policy file that cannot be used: exit 2 with `file:line:column: message`. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

export interface LoadPolicyOptions {
  /** Reads `github:` references (the action's or the CLI's token). */
  readGithub?: (ref: string) => Promise<string>;
}

/** Loads a policy by path or built-in name, with every `extends` merged in. */
export async function loadPolicy(ref: string, _options: LoadPolicyOptions = {}): Promise<Policy> {
  if (isBuiltinName(ref)) return builtinPolicy(ref);
  const file = resolve(ref);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new PolicyError(ref, 1, 1, `cannot be read: ${(e as Error).message}`);
  }
  return parsePolicyText(ref, text, dirname(file));
}

export function parsePolicyText(file: string, text: string, _baseDir: string): Policy {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    throw new PolicyError(file, pos?.line ?? 1, pos?.col ?? 1, err.message.split('\n')[0]!);
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new PolicyError(file, 1, 1, 'a policy must be a mapping');
  if (data.version !== 1) throw new PolicyError(file, 1, 1, 'version: must be 1');
  const rules = (Array.isArray(data.rules) ? data.rules : []) as Rule[];
  const exceptions = (Array.isArray(data.exceptions) ? data.exceptions : []) as PolicyException[];
  const settings = (data.settings ?? {}) as { unknownVersion?: 'fail' | 'warn' | 'ignore' };
  return {
    version: 1,
    settings: { unknownVersion: settings.unknownVersion ?? 'warn' },
    rules: rules.map((r) => ({ ...r, action: r.action ?? 'fail' })),
    exceptions: exceptions.map((e) => ({ ...e, expires: String(e.expires) })),
    sources: [file],
  };
}
