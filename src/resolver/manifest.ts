// The manifest an install of a registry spec would pick, with npm's own pieces for exactly this:
// npm-registry-fetch fetches the packument (auth, proxies and headers as npm sends them) and
// npm-pick-manifest picks the version (dist-tags, ranges, the `latest` preference). No tarball is
// ever fetched, nothing is written to disk, no script can run.
import npa from 'npm-package-arg';

/** The abbreviated ("corgi") packument, with the full document as npm's fallback. */
const CORGI_DOC = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const FULL_DOC = 'application/json';

export interface ManifestOptions {
  registry: string;
  /** Per-run packument cache: one request per package however many specs of it are looked up. */
  packumentCache: Map<string, Promise<unknown>>;
  /** Passed to npm-registry-fetch: agent, timeout, signal, user agent, auth keys (`//host/:_authToken`). */
  fetchOptions: Record<string, unknown>;
}

interface Modules {
  fetch: (typeof import('npm-registry-fetch'))['default'];
  pick: (typeof import('npm-pick-manifest'))['default'];
}
// Loaded on the first look-up only: runs that never ask a registry do not pay for them.
let modules: Promise<Modules> | null = null;
const load = () =>
  (modules ??= Promise.all([import('npm-registry-fetch'), import('npm-pick-manifest')]).then(([f, p]) => ({
    fetch: f.default,
    pick: p.default,
  })));

/**
 * The version `spec` (`name@tag-or-range`) resolves to. Throws what npm throws: `E404`/`E401`/…
 * with `statusCode` for HTTP errors, `ETARGET` when no version matches, `type: 'invalid-json'`.
 */
export async function pickedVersion(spec: string, options: ManifestOptions): Promise<unknown> {
  const { fetch, pick } = await load();
  const parsed = npa(spec);
  const name = parsed.name ?? '';
  const url = `${options.registry.replace(/\/+$/, '')}/${parsed.escapedName ?? ''}`;
  const get = async (accept: string): Promise<unknown> => {
    const res = await fetch(url, {
      ...options.fetchOptions,
      registry: options.registry,
      spec: parsed,
      headers: { accept },
      integrity: null,
    });
    return res.json();
  };
  const key = `${name}\0${url}`;
  let packument = options.packumentCache.get(key);
  if (!packument) {
    // A registry that does not serve abbreviated documents answers 404 to them: ask for the full one.
    packument = get(CORGI_DOC).catch((e: unknown) => {
      if ((e as { code?: unknown }).code === 'E404') return get(FULL_DOC);
      throw e;
    });
    options.packumentCache.set(key, packument);
    // A failed request is not remembered: the caller decides whether to retry.
    packument.catch(() => options.packumentCache.delete(key));
  }
  return pick(await packument, parsed.fetchSpec ?? 'latest', { defaultTag: 'latest' }).version;
}
