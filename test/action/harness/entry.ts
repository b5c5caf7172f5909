// The action bundle for end-to-end tests while no package-lock.json detector is registered:
// dist/index.js's entry with one stand-in detector added to the registry.
import { run } from '../../../src/action/main.js';
import { detectors } from '../../../src/detectors/index.js';
import type { Detector } from '../../../src/model.js';
import { packageLockStandIn } from './package-lock-detector.js';

if (!detectors.some((d) => d.matches('package-lock.json')))
  (detectors as Detector[]).push(packageLockStandIn);
void run();
