// The org audit's registry look-ups: unpinned specs resolved as `scan` resolves them, with one
// difference. An org audit reads many repositories written by many people while holding a token
// that reads them all, so no repository's `.npmrc` is used: a registry named there (and the
// `${VAR}` it could expand into a header) would receive look-ups made with the auditor's
// environment. Look-ups go to the registry of the auditor's own npm configuration (user
// `.npmrc`, `npm_config_*`), `--registry`, else the public registry.
import type { AuditOptions } from '../gate/scan.js';
import {
  auditResolveHook,
  createNpmResolver,
  normalizeRegistry,
  type NpmResolverOptions,
} from '../resolver/index.js';

export interface OrgResolveOptions {
  offline: boolean;
  registry?: string;
  env: NpmResolverOptions['env'];
}

/** The audit's resolve hook (one resolver for every repository), or null when `registry` is not an http(s) URL. */
export function orgResolveHook(options: OrgResolveOptions): NonNullable<AuditOptions['resolve']> | null {
  if (options.registry !== undefined && normalizeRegistry(options.registry) === null) return null;
  return auditResolveHook(
    createNpmResolver({
      // Never read: `projectNpmrc: null` stands for the repositories' files.
      root: '/nonexistent',
      projectNpmrc: null,
      offline: options.offline,
      env: options.env,
      ...(options.registry !== undefined ? { registry: options.registry } : {}),
    }),
  );
}
