import type { Ecosystem } from '../model/component.js';

/** The version syntax of a tool's own version line (what `versions:` of a `tool:` rule is written in). */
export type VersionScheme = 'semver' | 'pep440';

/**
 * What a carrier version says about the tool version inside it.
 * - `exact`: the tool version(s) it carries (an action tag that installs two CLIs names both);
 * - `atLeast`: a moving reference (a floating tag) known to carry this version or a later one;
 * - `unknown`: the carrier version cannot be mapped, with the reason.
 */
export type ToolVersionMapping =
  | { kind: 'exact'; versions: string[] }
  | { kind: 'atLeast'; version: string; why: string }
  | { kind: 'unknown'; why: string };

/**
 * One identity by which a tool enters a repository: a package, a platform package, an SDK that
 * bundles it, an extension, an action, a feature, a cask or a vendor installer.
 */
export interface Carrier {
  ecosystem: Ecosystem;
  /** Exact name, compared in the ecosystem's own way (case, PEP 503). */
  package: string;
  /** What this carrier is (`platform package`, `bundles the CLI`, …). */
  kind: string;
  /** How a version of this carrier maps to the tool's version, in words (for `catalog`). */
  versionMapping: string;
  /** For devcontainer features: the option that carries the tool version and its default. */
  versionOption?: { name: string; default: string } | null;
  /** For GitHub actions: the input that chooses the tool version (null: the action takes none). */
  versionInput?: string | null;
  /** For vendor installers: how the script takes a version. */
  versionArgument?: string;
  /** Stripped from a version before it is read (`rust-` of Codex release tags). */
  tagPrefix?: string;
  /** For devcontainer features that install a registry package: that package. */
  installs?: { ecosystem: 'npm' | 'pypi'; package: string };
  /**
   * Whether a version written for this carrier is the tool's version as it stands, ranges
   * included (a platform package, a feature's version option): a written range can then be
   * judged against a ban without a registry.
   */
  versionIsToolVersion: boolean;
  /** Where the facts about this carrier come from. */
  source: string;
  /** Maps a concrete carrier version to the tool version(s) it carries. */
  toolVersion(version: string): ToolVersionMapping;
}

export interface Tool {
  /** Stable id used in `tool:` rules (`claude-code`). */
  id: string;
  name: string;
  vendor: string;
  homepage?: string;
  /** The syntax of the tool's own version line. */
  versionScheme: VersionScheme;
  /** Something a user must know to avoid a false match (a name shared with another project). */
  note?: string;
  carriers: Carrier[];
}

export interface Catalog {
  tools: readonly Tool[];
  tool(id: string): Tool | undefined;
}
