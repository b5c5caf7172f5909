// The npm resolver of the CLI's `--offline` / `--registry` options.
import { createNpmResolver, normalizeRegistry, type NpmResolver } from '../resolver/index.js';
import { UsageError } from './args.js';

/** The npm resolver for `--offline` / `--registry` (offline still notes why versions stay unknown). */
export function npmResolver(
  dir: string,
  values: { offline?: unknown; registry?: unknown },
  projectNpmrc?: string | null,
): NpmResolver {
  const registry = values.registry as string | undefined;
  if (registry !== undefined && normalizeRegistry(registry) === null)
    throw new UsageError(`--registry must be an http(s) URL, not "${registry}"`);
  return createNpmResolver({
    root: dir,
    offline: values.offline === true,
    env: process.env,
    ...(registry !== undefined ? { registry } : {}),
    ...(projectNpmrc !== undefined ? { projectNpmrc } : {}),
  });
}
