// The ecosystems a component can belong to: the contract's names, plus `jsr` (Deno's registry),
// which lockfiles also name, and `oci-image` (container images that are a tool: name is the
// image repository with its registry, `ghcr.io/anomalyco/opencode`; version its tag) and `nix`
// (nixpkgs attributes, `claude-code`; the version is the pinned nixpkgs revision's). The policy schema and the component model both take this list.
export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'jsr',
  'vscode-extension',
  'devcontainer-feature',
  'github-action',
  'homebrew',
  'installer',
  'oci-image',
  'nix',
] as const;

export type Ecosystem = (typeof ECOSYSTEMS)[number];
