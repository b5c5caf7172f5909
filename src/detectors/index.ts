import type { Detector } from '../model.js';
import { bunLockDetector } from './bun-lock.js';
import { bunLockbDetector } from './bun-lockb.js';
import { packageJsonDetector } from './package-json.js';
import { packageLockDetector } from './package-lock.js';

/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * here.
 */
export const detectors: readonly Detector[] = [
  packageLockDetector,
  packageJsonDetector,
  bunLockDetector,
  bunLockbDetector,
];
