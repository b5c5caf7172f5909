// The shared component model: what every detector produces and every later stage consumes.
import type { Ecosystem } from './ecosystems.js';
import type { Limits } from './limits.js';

export type { Ecosystem } from './ecosystems.js';

/** Where a component's bits come from, as the file records it. */
export type SourceKind =
  | 'registry' // a package registry (npm, PyPI, jsr, Open VSX/Marketplace, OCI, Homebrew)
  | 'git' // a git repository URL
  | 'tarball' // a remote archive URL that is not a registry tarball
  | 'file' // a local path (file:, path dependency, local feature)
  | 'workspace' // a workspace member of the same repository
  | 'link' // a symlink to a local folder (link:, portal:)
  | 'url' // a download of a binary or script (vendor installers, release assets)
  | 'other'; // anything else a format records (exec:, plugin protocols)

/** Dependency scope where the format records it. */
export type Scope = 'prod' | 'dev' | 'optional' | 'peer';

export interface Location {
  /** Path relative to the scanned root, `/` separators. */
  file: string;
  /** 1-based line of the entry's key or header line. */
  line: number;
  /** 1-based column, where known. */
  column?: number;
}

/** Another component, by what it is and where it was found. */
export interface ComponentRef {
  ecosystem: Ecosystem;
  name: string;
  location: Location;
}

export interface Component {
  ecosystem: Ecosystem;
  /** The real package name (never an alias). */
  name: string;
  /** The concrete version, or null when it cannot be known statically. */
  version: string | null;
  /** What was written, when it is not a concrete version (`latest`, `^2.1.0`, `${localEnv:V}`). */
  spec?: string;
  /** Package URL (https://github.com/package-url/purl-spec). */
  purl: string;
  location: Location;
  /** Which detector found it: the format name (`package-lock.json`, `yarn.lock`, `Dockerfile`, …). */
  source: string;
  sourceKind: SourceKind;
  /** Integrity hash as recorded (`sha512-…`, `sha256:…`). */
  integrity?: string;
  /** The alias (folder or dependency name) the component was installed under, when it differs from `name`. */
  alias?: string;
  scope?: Scope;
  /** Where it is fetched from, as recorded (registry tarball URL, git URL, path). */
  resolved?: string;
  /** Why the version is unknown, or how it was resolved (filled by the resolver). */
  versionNote?: string;
  /**
   * The callers through which the install line was reached, outermost first (a devcontainer's
   * `postCreateCommand` line, then the script line that ran the next script…); absent when the
   * file's own text holds the install.
   */
  via?: Location[];
  /**
   * Where the version is written when that is not the install line: a caller's argument, a
   * workflow `env`/matrix value, a build arg, a sourced file's assignment. The line a reviewer
   * must change; annotations go there.
   */
  versionFrom?: Location;
  /**
   * The other component that is this same installation seen from another place, set on the more
   * precise of the two by the detector that finds both: the feature that installs this package,
   * the action whose version input chose it, the lockfile entry an importer's alias names. A rule
   * that judges both gives one finding, this one's (policy/installations.ts).
   */
  sameInstallationAs?: ComponentRef;
}

export interface ScanError {
  /** Path relative to the scanned root, `/` separators. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface DetectorResult {
  components: Component[];
  errors: ScanError[];
  /**
   * Other files this detector judged in the context their caller gives them (a script run with
   * arguments, a Dockerfile built with build args): such a file is judged in the contexts that
   * reach it, not on its own (`inventory/flows.ts`).
   */
  callees?: string[];
  /**
   * Entries the detector left unparsed because `DetectInput.screen` ruled them out: the number of
   * components they hold (one per entry of a well-formed file), counted but not built.
   */
  notBuilt?: number;
}

/**
 * Where a file's text may matter to an audit with a policy: the offsets, in increasing order, of
 * every place that could make an entry matter (a fragment of a covered name in any spelling, an
 * escape, a recorded hash that may be a banned artifact's, a local archive, a name a manifest
 * declares). An entry whose text holds none of them names nothing any rule can match.
 */
export interface EntryScreen {
  /** Null when every entry may matter (a rule covers every name of these ecosystems). */
  marks(text: string, ecosystems: readonly Ecosystem[]): number[] | null;
  /**
   * The same tests for one entry of a parsed document (JSON formats): whether a string that names
   * the entry's package (an install path, a `name` field) holds a mark, and whether its recorded
   * hash (`integrity`, a `resolved` URL's `#sha1`) may be a banned artifact's.
   */
  nameMayMatter(ecosystems: readonly Ecosystem[], name: string): boolean;
  hashMayMatter(integrity: string | undefined, resolved: string | undefined): boolean;
  /**
   * Whether a manifest declares this name (the lockfile entry pins it): false for every name when
   * `declaresAny` is false, so a detector asks only then.
   */
  declares(ecosystem: Ecosystem, name: string): boolean;
  declaresAny(): boolean;
}

/** What a detector is given for one file. */
export interface DetectInput {
  /** Path relative to the scanned root, `/` separators. */
  path: string;
  /** The file's text, decoded (BOM removed, UTF-16 decoded). */
  text: string;
  /** The raw bytes, for binary formats. */
  bytes: Uint8Array;
  /**
   * Reads another file of the same tree (a `-r` include, a Dockerfile named by a
   * devcontainer). Returns null when the file does not exist or cannot be read. Paths are
   * relative to the scanned root; `..` outside the root yields null.
   */
  readFile(path: string): Promise<string | null>;
  /** The scan's limits (nesting depth, components per file) for parsers that need them. */
  limits: Limits;
  /**
   * Given in an audit with a policy (not to `inventory`, nor under `--strict-parse`): a lockfile
   * detector may parse only the entries whose text the screen marks, and count the others
   * (`DetectorResult.notBuilt`), so long as it falls back to parsing everything whenever the
   * entries it parsed show any error.
   */
  screen?: EntryScreen;
}

/**
 * What a format is to the pipeline, declared by its detector so that no other stage keeps a list of
 * file names: `lockfile` pins the versions that a `manifest` in its folder subtree declares (the
 * inventory reconciles the two); `manifest` declares dependency specs; `environment` declares
 * what an install reads directly (a requirements file, tools, features, extensions); `commands` holds commands that a shell, a task runner or
 * a CI system runs.
 */
export type DetectorRole = 'lockfile' | 'manifest' | 'environment' | 'commands';

/** The text a detector reads: JSON and JSONC files get the engine's nesting bound before parsing. */
export type DetectorSyntax = 'json' | 'jsonc' | 'yaml' | 'toml' | 'text' | 'binary';

export interface Detector {
  /** Format name, used as `source` in reports (`package-lock.json`). */
  id: string;
  /** Every `source` its components carry, when that is not `id` alone (npm-shrinkwrap.json). */
  sources?: readonly string[];
  role: DetectorRole;
  syntax: DetectorSyntax;
  /** The ecosystems of the components it can find. */
  ecosystems: readonly Ecosystem[];
  /** Whether this detector reads the file at `path` (relative, `/` separators). */
  matches(path: string): boolean;
  /**
   * Set by the one detector that reads files under `node_modules/` (vendored copies of catalog
   * packages); every other detector never sees such a path, whatever `matches` says.
   */
  readsVendored?: true;
  /**
   * Claims a file no detector matches by name, from its first bytes (decoded, at most 256 bytes):
   * a shebang names a shell script whatever the file is called. Only files starting with `#!` are
   * asked.
   */
  sniff?(head: string): boolean;
  /** Binary formats receive undecoded bytes and no text-decoding errors. */
  binary?: boolean;
  /**
   * Set when every component the detector finds is named in the file's own text (it reads no
   * other file, and derives names only through JSON/YAML/TOML string escapes and URL %-escapes):
   * the ecosystems it finds. Diff mode does not parse an unchanged file of such a detector whose
   * text names nothing the policy covers in these ecosystems (`NameFilter.textMayName`).
   */
  namesInText?: readonly Ecosystem[];
  detect(input: DetectInput): DetectorResult | Promise<DetectorResult>;
}

/** The identity a `sameInstallationAs` reference compares: ecosystem, name and place. */
export function installationKey(
  c: Pick<Component, 'ecosystem' | 'name' | 'location'> | ComponentRef,
): string {
  return `${c.ecosystem}\u0000${c.name}\u0000${c.location.file}\u0000${c.location.line}`;
}
