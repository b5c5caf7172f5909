// OS package managers: Homebrew formulae and casks.
import type { Expanded } from '../expand.js';
import { positionals, type Recognised } from './options.js';

export function brewInstalls(args: Expanded[]): Recognised[] {
  const cask = args.some((a) => a.text === '--cask' || a.text === '--casks');
  const out: Recognised[] = [];
  for (const a of positionals(args, new Set(['--appdir', '--fontdir', '--language']))) {
    if (a.unknown || !/^[\w@+./-]+$/.test(a.text)) continue;
    out.push({
      at: a.start,
      finding: {
        ecosystem: 'homebrew',
        name: a.text,
        version: null,
        spec: 'latest',
        sourceKind: 'registry',
        resolved: cask ? 'cask' : 'formula',
      },
    });
  }
  return out;
}
