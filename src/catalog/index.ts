import { advisories, advisoryOf } from './advisories.js';
import platform from './data/npm-platform-packages.json' with { type: 'json' };
import packageFeaturesData from './data/package-features.json' with { type: 'json' };
import { packageFeaturesTable, readTable, type PackageFeatureRow } from './table-schema.js';
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

/** What a devcontainer detector needs to know of a feature that installs an AI tool. */
export interface FeatureFacts {
  /** The OCI id without tag, lowercased. */
  id: string;
  tool: string;
  /** The option that carries the tool version; undefined when the feature takes none. */
  versionOption?: string;
  /** The version installed when the option is not set (`latest`, `stable`). */
  defaultVersion: string;
  /** Stripped from an option value before it is read as a version (`rust-` of `rust-v0.58.0`). */
  tagPrefix?: string;
  /** The registry package the feature installs, when it installs one. */
  installs?: { ecosystem: 'npm' | 'pypi'; package: string };
}

const features = new Map<string, FeatureFacts>();
for (const tool of tools) {
  for (const c of tool.carriers) {
    if (c.ecosystem !== 'devcontainer-feature') continue;
    features.set(c.package, {
      id: c.package,
      tool: tool.id,
      ...(c.versionOption ? { versionOption: c.versionOption.name } : {}),
      defaultVersion: c.versionOption?.default ?? 'latest',
      ...(c.tagPrefix ? { tagPrefix: c.tagPrefix } : {}),
      ...(c.installs ? { installs: c.installs } : {}),
    });
  }
}

/** The catalog's facts about a devcontainer feature (by its OCI id without tag), if it knows it. */
export function devcontainerFeature(featureId: string): FeatureFacts | undefined {
  return features.get(featureId.toLowerCase());
}

const packageFeatures = new Map<string, PackageFeatureRow>();
for (const row of readTable('package-features.json', packageFeaturesTable, packageFeaturesData).features)
  for (const id of row.ids) packageFeatures.set(id, row);

export type PackageFeature = PackageFeatureRow;

/**
 * A devcontainer feature that installs the registry package its options name (by its OCI id
 * without tag, any case): the package, judged as the package it is, with the options that carry it.
 */
export function packageFeature(featureId: string): PackageFeature | undefined {
  return packageFeatures.get(featureId.toLowerCase());
}

const imageCarriers = new Set<string>(
  tools.flatMap((t) =>
    t.carriers.filter((c) => c.ecosystem === 'oci-image').map((c) => c.package.toLowerCase()),
  ),
);

/** Whether an image repository (`ghcr.io/anomalyco/opencode`, registry included) is a tool's image. */
export function isImageCarrier(repository: string): boolean {
  return imageCarriers.has(repository.toLowerCase());
}

const nixAttrs = tools.flatMap((t) => t.carriers.filter((c) => c.ecosystem === 'nix').map((c) => c.package));

/** The nixpkgs attributes of AI tools (`claude-code`, `aider-chat`), for the Nix detector. */
export function nixAttributes(): readonly string[] {
  return nixAttrs;
}

/** For the workflow detector: the inputs of known actions that choose the version of a package. */
export interface ActionVersionInput {
  input: string;
  ecosystem: 'npm' | 'pypi';
  package: string;
}

const actionInputs = new Map<string, ActionVersionInput[]>();
for (const tool of tools) {
  for (const c of tool.carriers) {
    if (c.ecosystem !== 'github-action' || !c.versionInput || !c.installs) continue;
    const repo = c.package.toLowerCase();
    const list = actionInputs.get(repo) ?? [];
    list.push({ input: c.versionInput, ...c.installs });
    actionInputs.set(repo, list);
  }
}

/** The version inputs of an action (`owner/repo[/path]`, any case), empty when it takes none. */
export function actionVersionInputs(action: string): readonly ActionVersionInput[] {
  return actionInputs.get(action.toLowerCase()) ?? [];
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
