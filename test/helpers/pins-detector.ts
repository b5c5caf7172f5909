import type { Detector } from '../../src/model/component.js';
import { purlFor } from '../../src/util/purl.js';

/**
 * A test detector over `pins.txt` files: one npm component per line `name@version`; a line
 * `-r PATH` reads another file (relative to the root) through `readFile` and reports its
 * components located in the including file, like a requirements include. `calls` counts detect
 * calls per path, to prove unchanged files are parsed once.
 */
export function pinsDetector(calls: string[] = []): Detector {
  return {
    id: 'pins.txt',
    role: 'manifest',
    syntax: 'text',
    ecosystems: ['npm'],
    matches: (p) => p === 'pins.txt' || p.endsWith('/pins.txt'),
    async detect({ path, text, readFile }) {
      calls.push(path);
      const components = [];
      const errors = [];
      const lines = text.split('\n');
      for (const [i, raw] of lines.entries()) {
        const l = raw.trim();
        if (l.startsWith('-r ')) {
          const included = await readFile(l.slice(3).trim());
          if (included === null) {
            errors.push({
              file: path,
              line: i + 1,
              message: `included file ${l.slice(3).trim()} does not exist`,
            });
            continue;
          }
          for (const inc of included.split('\n')) {
            const m = /^(@?[^@\s]+)@(\S+)$/.exec(inc.trim());
            if (m)
              components.push({
                ecosystem: 'npm' as const,
                name: m[1]!,
                version: m[2]!,
                purl: purlFor('npm', m[1]!, m[2]!),
                location: { file: path, line: i + 1 },
                source: 'pins.txt',
                sourceKind: 'registry' as const,
              });
          }
          continue;
        }
        if (l === 'BROKEN') {
          errors.push({ file: path, line: i + 1, message: 'cannot parse line' });
          continue;
        }
        const m = /^(@?[^@\s]+)@(\S+)$/.exec(l);
        if (!m) continue;
        components.push({
          ecosystem: 'npm' as const,
          name: m[1]!,
          version: m[2]!,
          purl: purlFor('npm', m[1]!, m[2]!),
          location: { file: path, line: i + 1 },
          source: 'pins.txt',
          sourceKind: 'registry' as const,
        });
      }
      return { components, errors };
    },
  };
}
