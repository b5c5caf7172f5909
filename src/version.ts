// The release version, as package.json says (a test holds the two equal): the bundles cannot read
// package.json at run time, since the action runs from a checkout of dist/ alone.
export const VERSION = '1.0.0';
