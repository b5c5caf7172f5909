import { advisories, advisoryOf } from './advisories.js';
import platform from './data/npm-platform-packages.json' with { type: 'json' };
import { tools } from './tools.js';
import type { Carrier, Catalog, Tool } from './types.js';

export { advisories, advisoryOf, tools };
export type { Advisory } from './advisories.js';

const byId = new Map<string, Tool>(tools.map((t) => [t.id, t]));

export const catalog: Catalog = {
  tools,
  tool: (id) => byId.get(id),
};

/**
 * For devcontainer detectors: the option of a known feature that carries the tool version and its
 * default (`undefined` for a feature the catalog does not know; `null` for a known feature without a
 * version option, which always installs the latest release).
 */
export function featureVersionOption(
  featureId: string,
): { name: string; default: string } | null | undefined {
  const id = featureId.toLowerCase();
  for (const t of tools) {
    for (const c of t.carriers) {
      if (c.ecosystem === 'devcontainer-feature' && c.package === id) return c.versionOption ?? null;
    }
  }
  return undefined;
}

/** The tools a component could belong to (for reports and for `builtin:ai-coding-tools`). */
export function carriersOf(ecosystem: Carrier['ecosystem']): { tool: Tool; carrier: Carrier }[] {
  const out: { tool: Tool; carrier: Carrier }[] = [];
  for (const tool of tools)
    for (const carrier of tool.carriers) if (carrier.ecosystem === ecosystem) out.push({ tool, carrier });
  return out;
}

const PLATFORM_PARENT = new Map<string, string>(
  Object.entries(platform.platformPackages as Record<string, string[]>).flatMap(([parent, list]) =>
    list.map((p): [string, string] => [p, parent]),
  ),
);

/** The npm package a platform package is the native build of (`…/claude-code-linux-x64` → `…/claude-code`). */
export function platformParentOf(ecosystem: Carrier['ecosystem'], name: string): string | undefined {
  return ecosystem === 'npm' ? PLATFORM_PARENT.get(name) : undefined;
}
