// What every package-manager grammar shares: the shape of a recognised argument and the split
// of arguments into options and positionals.
import type { Expanded } from '../expand.js';
import type { CommandFinding } from '../findings.js';

export interface Recognised {
  finding?: Omit<CommandFinding, 'line'>;
  at: number;
  nested?: { text: string; at: number };
}

/** Positional arguments after option flags (flags listed in `valued` take the next word). */
export function positionals(args: Expanded[], valued: Set<string>): Expanded[] {
  const out: Expanded[] = [];
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!.text;
    if (t === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (t.startsWith('-')) {
      if (valued.has(t)) i++;
      continue;
    }
    out.push(args[i]!);
  }
  return out;
}
