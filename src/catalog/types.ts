import type { Ecosystem } from '../model.js';

/**
 * One identity by which a tool enters a repository: a package, a platform package, an SDK that
 * bundles it, an extension, an action, a feature, a cask or a vendor installer.
 */
export interface Carrier {
  ecosystem: Ecosystem;
  /** Exact name or a `*` glob, compared in the ecosystem's own way. */
  package: string;
  /** What this carrier is (`platform package`, `bundled in the Agent SDK`, …). */
  kind: string;
  /**
   * The tool version a carrier version maps to; null when the carrier's version cannot be
   * mapped (a version newer than the table, a branch, a digest).
   */
  toolVersion(version: string): string | null;
}

export interface Tool {
  /** Stable id used in `tool:` rules (`claude-code`). */
  id: string;
  name: string;
  vendor: string;
  homepage?: string;
  carriers: Carrier[];
}

export interface Catalog {
  tools: readonly Tool[];
  tool(id: string): Tool | undefined;
}
