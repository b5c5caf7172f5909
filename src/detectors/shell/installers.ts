// Vendor install scripts and release-download URLs of AI coding tools: how each names itself as
// an `installer` component and how each is told which version to install.

/** How a vendor install script takes the version to install. */
export type VersionInput =
  /** The first positional argument to the shell (`| bash -s -- 2.1.110`, `| bash -s 2.1.110`). */
  | { kind: 'positional' }
  /** An environment variable of the shell running the script (`| VERSION=v1.0.9 bash`). */
  | { kind: 'env'; name: string }
  /** A flag among the shell's arguments (`| bash -s -- --version 1.2.3`). */
  | { kind: 'flag'; flag: string }
  /** The script installs the latest release and takes no version. */
  | { kind: 'none' };

export interface VendorInstaller {
  /** Matches the installer's component name (URL without scheme, query or fragment). */
  pattern: RegExp;
  tool: string;
  version: VersionInput;
}

/**
 * Install scripts whose version input is documented by the vendor. Unknown scripts piped to a
 * shell are still reported as `installer` components (version null, spec `latest` or the
 * arguments as written).
 */
export const vendorInstallers: readonly VendorInstaller[] = [
  // Claude Code native installer: `curl -fsSL https://claude.ai/install.sh | bash -s -- 2.1.110`
  // (also `stable`/`latest`); the PowerShell and cmd variants take the same argument.
  { pattern: /^claude\.ai\/install\.(sh|ps1|cmd)$/, tool: 'claude-code', version: { kind: 'positional' } },
  // The bootstrap script install.sh hands over to, also fetched directly.
  {
    pattern:
      /^(downloads\.claude\.ai|storage\.googleapis\.com\/[^/]+)\/claude-code-releases\/bootstrap\.(sh|ps1)$/,
    tool: 'claude-code',
    version: { kind: 'positional' },
  },
  // GitHub Copilot CLI: `curl -fsSL https://gh.io/copilot-install | VERSION="v0.0.369" bash`.
  { pattern: /^gh\.io\/copilot-install$/, tool: 'copilot-cli', version: { kind: 'env', name: 'VERSION' } },
  {
    pattern: /^raw\.githubusercontent\.com\/github\/copilot-cli\/[^/]+\/install\.sh$/,
    tool: 'copilot-cli',
    version: { kind: 'env', name: 'VERSION' },
  },
  // OpenCode: `curl -fsSL https://opencode.ai/install | bash -s -- --version 1.2.3`.
  { pattern: /^opencode\.ai\/install$/, tool: 'opencode', version: { kind: 'flag', flag: '--version' } },
  // Goose: `curl -fsSL …/block/goose/releases/download/stable/download_cli.sh | GOOSE_VERSION=v1.45.0 bash`.
  {
    pattern: /^github\.com\/block\/goose\/releases\/download\/[^/]+\/download_cli\.sh$/,
    tool: 'goose',
    version: { kind: 'env', name: 'GOOSE_VERSION' },
  },
  // Cursor CLI, Aider and Amp install the latest release.
  { pattern: /^cursor\.com\/install$/, tool: 'cursor-cli', version: { kind: 'none' } },
  { pattern: /^aider\.chat\/install\.(sh|ps1)$/, tool: 'aider', version: { kind: 'none' } },
  { pattern: /^ampcode\.com\/install\.sh$/, tool: 'amp', version: { kind: 'none' } },
  // Kimi Code CLI and Qwen Code install their latest release.
  { pattern: /^code\.kimi\.com\/install\.(sh|ps1)$/, tool: 'kimi-cli', version: { kind: 'none' } },
  {
    pattern: /^qwen-code-assets\.oss-cn-hangzhou\.aliyuncs\.com\/installation\/install-qwen\.(sh|bat)$/,
    tool: 'qwen-code',
    version: { kind: 'none' },
  },
];

export function vendorInstaller(name: string): VendorInstaller | undefined {
  return vendorInstallers.find((v) => v.pattern.test(name));
}

/**
 * The `installer` component name of a URL: without scheme, query or fragment, host lowercased.
 * Null when the text is not an http(s) URL.
 */
export function installerName(url: string): string | null {
  const m = /^(?:https?:\/\/)([^/?#\s]+)([^?#\s]*)/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/^[^@]*@/, '');
  return host + m[2]!;
}

/** A URL that downloads a versioned release artefact (a binary or archive). */
export interface ReleaseDownload {
  /** Component name: the release channel (`github.com/openai/codex/releases`). */
  name: string;
  version: string | null;
  /** The tag or channel as written when it is not a version. */
  spec?: string;
}

/**
 * Release downloads: GitHub release assets (`github.com/o/r/releases/download/<tag>/…`,
 * `…/releases/latest/download/…`) and Claude Code's native release bucket
 * (`…/claude-code-releases/<version>/<platform>/claude`).
 */
export function releaseDownload(url: string): ReleaseDownload | null {
  const name = installerName(url);
  if (!name) return null;
  let m = /^github\.com\/([^/]+)\/([^/]+)\/releases\/(?:download\/([^/]+)|(latest)\/download)\/./i.exec(name);
  if (m) {
    const channel = `github.com/${m[1]!.toLowerCase()}/${m[2]!.toLowerCase()}/releases`;
    const tag = m[3] ?? 'latest';
    const version = versionFromTag(tag);
    return version ? { name: channel, version } : { name: channel, version: null, spec: tag };
  }
  m = /^(.*\/claude-code-releases)\/([^/]+)\/./.exec(name);
  if (m) {
    const version = versionFromTag(m[2]!);
    return version ? { name: m[1]!, version } : { name: m[1]!, version: null, spec: m[2]! };
  }
  return null;
}

/** `v1.2.3`, `rust-v0.58.0`, `1.2.3` → `1.2.3`; channels (`latest`, `stable`) → null. */
export function versionFromTag(tag: string): string | null {
  const m = /^(?:[A-Za-z][A-Za-z0-9_.]*-)?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/.exec(tag);
  return m ? m[1]! : null;
}
