import type { Detector } from '../model.js';
import { denoLockDetector } from './deno-lock.js';
import { pdmLockDetector } from './pdm-lock.js';
import { pipfileLockDetector } from './pipfile-lock.js';
import { pipfileDetector } from './pipfile.js';
import { poetryLockDetector } from './poetry-lock.js';
import { pylockTomlDetector } from './pylock-toml.js';
import { pyprojectTomlDetector } from './pyproject-toml.js';
import { requirementsTxtDetector } from './requirements-txt.js';
import { uvLockDetector } from './uv-lock.js';

/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * here.
 */
export const detectors: readonly Detector[] = [
  denoLockDetector,
  requirementsTxtDetector,
  poetryLockDetector,
  uvLockDetector,
  pipfileLockDetector,
  pdmLockDetector,
  pylockTomlDetector,
  pyprojectTomlDetector,
  pipfileDetector,
];
