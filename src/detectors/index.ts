import type { Detector } from '../model.js';
import { brewfileDetector } from './brewfile.js';
import { composeDetector } from './compose.js';
import { devcontainerDetector } from './devcontainer-json.js';
import { devcontainerLockDetector } from './devcontainer-lock.js';
import { dockerfileDetector } from './dockerfile.js';
import { githubWorkflowDetector } from './github-workflow.js';
import { miseTomlDetector } from './mise-toml.js';
import { packageJsonScriptsDetector } from './package-json-scripts.js';
import { shellScriptDetector } from './shell-script.js';
import { toolVersionsDetector } from './tool-versions.js';
import { vscodeExtensionsDetector } from './vscode-extensions.js';
import { bunLockDetector } from './bun-lock.js';
import { bunLockbDetector } from './bun-lockb.js';
import { packageJsonDetector } from './package-json.js';
import { packageLockDetector } from './package-lock.js';

/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * here.
 */
export const detectors: readonly Detector[] = [
  devcontainerDetector,
  devcontainerLockDetector,
  dockerfileDetector,
  composeDetector,
  githubWorkflowDetector,
  shellScriptDetector,
  packageJsonScriptsDetector,
  toolVersionsDetector,
  miseTomlDetector,
  brewfileDetector,
  vscodeExtensionsDetector,
  packageLockDetector,
  packageJsonDetector,
  bunLockDetector,
  bunLockbDetector,
];
