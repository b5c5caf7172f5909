import type { Detector } from '../model/component.js';
import { brewfileDetector } from './brewfile.js';
import { composeDetector } from './compose.js';
import { devcontainerDetector } from './devcontainer-json.js';
import { devcontainerLockDetector } from './devcontainer-lock.js';
import { dockerfileDetector } from './dockerfile.js';
import { githubWorkflowDetector } from './github-workflow.js';
import { makefileDetector } from './makefile.js';
import { justfileDetector } from './justfile.js';
import { powershellScriptDetector } from './powershell-script.js';
import { batchScriptDetector } from './batch-script.js';
import { ciConfigDetectors } from './ci-config.js';
import { jenkinsfileDetector } from './jenkinsfile.js';
import { preCommitConfigDetector } from './pre-commit-config.js';
import { devboxJsonDetector } from './devbox-json.js';
import { yamlCommandsDetector } from './yaml-commands.js';
import { pnpmWorkspaceDetector } from './pnpm-workspace.js';
import { packageJsonCatalogsDetector } from './package-json-catalogs.js';
import { codeWorkspaceDetector } from './code-workspace.js';
import { taskfileDetector } from './taskfile.js';
import { miseTomlDetector } from './mise-toml.js';
import { packageJsonScriptsDetector } from './package-json-scripts.js';
import { shellScriptDetector } from './shell-script.js';
import { toolVersionsDetector } from './tool-versions.js';
import { nixDetector } from './nix.js';
import { vscodeExtensionsDetector } from './vscode-extensions.js';
import { vendoredPackageDetector } from './vendored-package.js';
import { vsixDetector } from './vsix.js';
import { packageArchiveDetector } from './package-archive.js';
import { packageFolderDetector } from './package-folder.js';
import { bunLockDetector } from './bun-lock.js';
import { bunLockbDetector } from './bun-lockb.js';
import { packageJsonDetector } from './package-json.js';
import { packageLockDetector } from './package-lock.js';
import { denoLockDetector } from './deno-lock.js';
import { pdmLockDetector } from './pdm-lock.js';
import { pipfileLockDetector } from './pipfile-lock.js';
import { pipfileDetector } from './pipfile.js';
import { poetryLockDetector } from './poetry-lock.js';
import { pylockTomlDetector } from './pylock-toml.js';
import { pyprojectTomlDetector } from './pyproject-toml.js';
import { requirementsTxtDetector } from './requirements-txt.js';
import { uvLockDetector } from './uv-lock.js';
import { condaEnvironmentDetector } from './conda-environment.js';
import { setupCfgDetector } from './setup-cfg.js';
import { setupPyDetector } from './setup-py.js';
import { toxIniDetector } from './tox-ini.js';
import { pep723ScriptDetector } from './pep723-script.js';
import { pixiTomlDetector } from './pixi-toml.js';
import { pnpmLockDetector } from './pnpm-lock.js';
import { yarnLockDetector } from './yarn-lock.js';

/** The detectors that claim files by name. */
const named: readonly Detector[] = [
  devcontainerDetector,
  devcontainerLockDetector,
  dockerfileDetector,
  composeDetector,
  githubWorkflowDetector,
  shellScriptDetector,
  makefileDetector,
  justfileDetector,
  powershellScriptDetector,
  batchScriptDetector,
  ...ciConfigDetectors,
  jenkinsfileDetector,
  preCommitConfigDetector,
  devboxJsonDetector,
  codeWorkspaceDetector,
  pnpmWorkspaceDetector,
  packageJsonCatalogsDetector,
  taskfileDetector,
  packageJsonScriptsDetector,
  toolVersionsDetector,
  nixDetector,
  miseTomlDetector,
  brewfileDetector,
  vscodeExtensionsDetector,
  vendoredPackageDetector,
  vsixDetector,
  packageArchiveDetector,
  packageFolderDetector,
  packageLockDetector,
  packageJsonDetector,
  bunLockDetector,
  bunLockbDetector,
  denoLockDetector,
  requirementsTxtDetector,
  poetryLockDetector,
  uvLockDetector,
  pipfileLockDetector,
  pdmLockDetector,
  pylockTomlDetector,
  pyprojectTomlDetector,
  pipfileDetector,
  condaEnvironmentDetector,
  setupCfgDetector,
  setupPyDetector,
  toxIniDetector,
  pep723ScriptDetector,
  pixiTomlDetector,
  yarnLockDetector,
  pnpmLockDetector,
];

/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * above; the YAML fallback reads the YAML files none of them claims.
 */
export const detectors: readonly Detector[] = [...named, yamlCommandsDetector(named)];
