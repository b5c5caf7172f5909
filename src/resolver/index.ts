// The resolver stage: turns unpinned specs into the versions an install would get now.
import type { AuditOptions } from '../gate/scan.js';
import type { NpmResolver } from './npm-resolver.js';

export { createNpmResolver, registryRequest } from './npm-resolver.js';
export type { NpmResolver, NpmResolverOptions, ResolveResult, ResolveStats } from './npm-resolver.js';
export { normalizeRegistry } from './npmrc.js';

/** Adapts a resolver to the audit's `resolve` hook: its errors join the scan's errors. */
export function auditResolveHook(resolver: NpmResolver): NonNullable<AuditOptions['resolve']> {
  return async (components, errors) => {
    const result = await resolver(components);
    if (result.errors) errors.push(...result.errors);
    return result.components;
  };
}
