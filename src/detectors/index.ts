import type { Detector } from '../model.js';
import { pnpmLockDetector } from './pnpm-lock.js';
import { yarnLockDetector } from './yarn-lock.js';

/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * here.
 */
export const detectors: readonly Detector[] = [yarnLockDetector, pnpmLockDetector];
