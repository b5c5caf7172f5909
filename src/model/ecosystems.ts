// The ecosystems a component can belong to: the contract's names, plus `jsr` (Deno's registry),
// which lockfiles also name. The policy schema and the component model both take this list.
export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'jsr',
  'vscode-extension',
  'devcontainer-feature',
  'github-action',
  'homebrew',
  'installer',
] as const;

export type Ecosystem = (typeof ECOSYSTEMS)[number];
