// The release version, as package.json says (a test holds the two equal): the bundles cannot read
// package.json at run time, since the action runs from a checkout of dist/ alone.
export const VERSION = '1.0.0';

/** The project's home: the advisories' pages and SARIF's tool information link here. */
export const PROJECT_URL = 'https://github.com/ai-tooling-gate/ai-tooling-gate';
