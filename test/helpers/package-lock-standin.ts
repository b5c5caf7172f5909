// The org-audit tests were written against a stand-in before the real detector landed; they now
// run the real package-lock.json detector.
export { packageLockDetector as packageLockStandIn } from '../../src/detectors/package-lock.js';
