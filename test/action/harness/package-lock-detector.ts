import { parseTree, type Node } from 'jsonc-parser';
import type { Detector } from '../../../src/model.js';
import { LineIndex } from '../../../src/util/lines.js';
import { purlFor } from '../../../src/util/purl.js';

/**
 * A stand-in for the package-lock.json detector (branch npm-lock) so the action's end-to-end tests
 * find components before it is merged: `packages` entries of lockfile v2/v3, located at their key.
 */
export const packageLockStandIn: Detector = {
  id: 'package-lock.json',
  matches: (p) => p === 'package-lock.json' || p.endsWith('/package-lock.json'),
  detect({ path, text }) {
    const root = parseTree(text);
    const lines = new LineIndex(text);
    const packages = root?.children?.find((c) => c.children?.[0]?.value === 'packages')?.children?.[1];
    const components = [];
    for (const prop of packages?.children ?? []) {
      const [key, value] = prop.children as [Node, Node];
      const k = String(key.value);
      if (!k.includes('node_modules/')) continue;
      const name = k.slice(k.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const version = value.children?.find((c) => c.children?.[0]?.value === 'version')?.children?.[1]?.value;
      if (typeof version !== 'string') continue;
      components.push({
        ecosystem: 'npm' as const,
        name,
        version,
        purl: purlFor('npm', name, version),
        location: { file: path, line: lines.line(key.offset) },
        source: 'package-lock.json',
        sourceKind: 'registry' as const,
      });
    }
    return { components, errors: [] };
  },
};
