// @npmcli/config ships no types; npm-options.ts states the shape it reads (definitions, shorthands).
declare module '@npmcli/config/lib/definitions/index.js';
