// The shape of the catalog's data files (src/catalog/data/), checked when the catalog loads: a
// malformed table stops the gate with the file and the path of the bad field instead of judging
// with half a catalog.
import { z } from 'zod';
import { ECOSYSTEMS } from '../model/ecosystems.js';

/** Every table starts with where its facts come from, when they were read and how. */
export const tableHeader = {
  $source: z.string().min(1),
  $retrieved: z.iso.date(),
  $method: z.string().min(1),
};

/**
 * How a carrier's version maps to the tool's version:
 * - `same`: the carrier is published with the tool's version (`tagPrefix` is stripped first);
 * - `homebrew`: the tool version with a `_N` formula revision;
 * - `unmapped`: the carrier has a version line of its own: unknown;
 * - the names of the version tables (`data/<name>.json`).
 */
export const VERSION_RULES = [
  'same',
  'homebrew',
  'unmapped',
  'agent-sdk-npm',
  'agent-sdk-pypi',
  'claude-code-action',
  'claude-code-action-base',
  'claude-code-base-action',
] as const;
export type VersionRule = (typeof VERSION_RULES)[number];

const versionOption = z.object({ name: z.string().min(1), default: z.string().min(1) }).strict();

export const carrierRow = z
  .object({
    ecosystem: z.enum(ECOSYSTEMS),
    /** One carrier; `packages` lists several with the same facts; `platformPackagesOf` takes the
     * list refreshed from the registry (data/npm-platform-packages.json). */
    package: z.string().min(1).optional(),
    packages: z.array(z.string().min(1)).min(1).optional(),
    platformPackagesOf: z.string().min(1).optional(),
    kind: z.string().min(1),
    version: z.enum(VERSION_RULES),
    /** Stripped from a version before it is read (`rust-` of Codex release tags). */
    tagPrefix: z.string().min(1).optional(),
    /** How an unmapped version is named in the reason (`claude-agent-sdk (PyPI)`). */
    unmappedAs: z.string().min(1).optional(),
    /** The mapping in words when it is not the rule's usual text; `{retrieved}` is the table's date. */
    versionMapping: z.string().min(1).optional(),
    /** Devcontainer features: the option that carries the tool version and its default (null: none). */
    versionOption: versionOption.nullable().optional(),
    /** GitHub actions: the input that chooses the tool version (null: none). */
    versionInput: z.string().min(1).nullable().optional(),
    /** Vendor installers: how the script takes a version. */
    versionArgument: z.string().min(1).optional(),
    /** Devcontainer features and actions that install a registry package: that package (reported
     * beside the feature; an action's `versionInput` is that package's version). */
    installs: z
      .object({ ecosystem: z.enum(['npm', 'pypi']), package: z.string().min(1) })
      .strict()
      .optional(),
    /** Where the facts of this row come from (a registry page, a file at a commit, a manifest). */
    source: z.string().min(1),
  })
  .strict()
  .refine((c) => [c.package, c.packages, c.platformPackagesOf].filter((x) => x !== undefined).length === 1, {
    message: 'exactly one of package, packages, platformPackagesOf',
  });
export type CarrierRow = z.infer<typeof carrierRow>;

export const toolRow = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    vendor: z.string().min(1),
    homepage: z.url().optional(),
    versionScheme: z.enum(['semver', 'pep440']),
    note: z.string().min(1).optional(),
    carriers: z.array(carrierRow).min(1),
  })
  .strict();
export type ToolRow = z.infer<typeof toolRow>;

export const toolsTable = z.object({ ...tableHeader, tools: z.array(toolRow).min(1) }).strict();

/** A devcontainer feature that installs whatever registry package an option names. */
export const packageFeatureRow = z
  .object({
    /** Lowercased OCI ids without tag (one feature published under several namespaces). */
    ids: z.array(z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/)).min(1),
    installs: z.enum(['npm', 'pypi']),
    packageOption: z.string().min(1),
    versionOption: z.string().min(1),
    /** The version option's default (`latest`: the package without a version). */
    defaultVersion: z.string().min(1),
    /** PyPI: the option whose words are injected into the package's environment as well. */
    injectionsOption: z.string().min(1).optional(),
    source: z.string().min(1),
  })
  .strict();
export type PackageFeatureRow = z.infer<typeof packageFeatureRow>;

export const packageFeaturesTable = z
  .object({ ...tableHeader, features: z.array(packageFeatureRow).min(1) })
  .strict();

/** Parses a data file against its schema; the error names the file and the failing path. */
export function readTable<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  throw new Error(`src/catalog/data/${file}: ${first.path.join('.') || '(root)'}: ${first.message}`);
}
