// Resolves unpinned npm specs (`latest`, `^2.1.0`, `*`, nothing at all) to the version an install
// would get now, by asking the registry the repository is configured for, the way npm does
// (npm-registry-fetch for the packument, npm-pick-manifest for dist-tags, ranges and the `latest`
// preference).
import npa from 'npm-package-arg';
import semver from 'semver';
import type { Component, ScanError } from '../model/component.js';
import { purlFor } from '../util/purl.js';
import { maxResponseBytesFromEnv } from '../model/limits.js';
import { limitedAgent, RESPONSE_TOO_LARGE } from './limited-agent.js';
import { pickedVersion } from './manifest.js';
import { displayRegistry, loadNpmConfig, registryFor, scrub, type Env, type NpmConfig } from './npmrc.js';

export interface NpmResolverOptions {
  /** `--registry` / the action's `registry` input: the default registry (scoped registries still apply). */
  registry?: string;
  /** The scanned root, whose `.npmrc` is the project config. */
  root: string;
  /** Make no request at all; unpinned components get `versionNote: "offline: not resolved"`. */
  offline: boolean;
  /** Environment for `${VAR}` expansion in `.npmrc`, `npm_config_*` and the user config path. */
  env: Env;
  /** Look-ups in flight at once (default 8). */
  concurrency?: number;
  /** Time allowed for one attempt, response body included (default 15 000 ms). */
  timeoutMs?: number;
  /** Further attempts after a timeout, a network error, 408, 429 or 5xx (default 2). */
  retries?: number;
  /** Wait before the first retry, doubled for each further one (default 500 ms). */
  retryDelayMs?: number;
  /**
   * Largest registry answer accepted, headers included (default: `AITG_MAX_RESPONSE_BYTES` from
   * `env`, else 64 MiB). A larger one fails the look-up instead of exhausting memory.
   */
  maxResponseBytes?: number;
  /** See NpmConfigOptions.projectNpmrc. */
  projectNpmrc?: string | null;
}

export interface ResolveStats {
  /** Distinct (name, spec) look-ups made. */
  lookups: number;
  /** Manifest requests, retries included. */
  attempts: number;
  /** Components given a concrete version. */
  resolved: number;
  /** Components left unknown (with a versionNote saying why). */
  unresolved: number;
}

export interface ResolveResult {
  components: Component[];
  errors?: ScanError[];
  stats: ResolveStats;
}

export type NpmResolver = (components: readonly Component[]) => Promise<ResolveResult>;

/** What a component asks the registry for: the package and the dist-tag or range. */
export interface RegistryRequest {
  name: string;
  /** The dist-tag or range to look up (`latest` when nothing was written). */
  spec: string;
}

/** `byPackage`: the failure is about the package, not the spec (404, 5xx, timeout, bad JSON, 401). */
type Outcome = { version: string; registry: string } | { reason: string; byPackage?: boolean };

const OFFLINE_NOTE = 'offline: not resolved';
/** Look-ups in a row that get no answer at all from a registry before the rest skip it. */
const UNREACHABLE_AFTER = 3;
const MAX_VERSION_LENGTH = 256;

/**
 * Which look-up an unpinned npm registry component needs, or a reason it cannot have one, or
 * null when the component is not the resolver's (pinned, not npm, not from a registry).
 */
export function registryRequest(c: Component): RegistryRequest | { reason: string } | null {
  if (c.ecosystem !== 'npm' || c.version !== null || c.sourceKind !== 'registry') return null;
  let written = (c.spec ?? '').trim();
  // An alias written whole (`npm:@scope/real@^1`): the part after the real name is the spec.
  if (written.startsWith('npm:')) {
    try {
      const alias = npa(written) as npa.Result & { subSpec?: npa.Result };
      if (alias.type === 'alias' && alias.subSpec && alias.subSpec.name === c.name)
        written = alias.subSpec.rawSpec;
    } catch {
      return { reason: `spec "${c.spec}" is not a valid npm alias` };
    }
  }
  const spec = written === '' ? 'latest' : written;
  let parsed: npa.Result;
  try {
    parsed = npa.resolve(c.name, spec);
  } catch {
    return { reason: `"${c.name}@${spec}" is not a valid npm package spec` };
  }
  // Only registry specs: anything else (git, file, URL) is not a registry look-up.
  if (parsed.type !== 'tag' && parsed.type !== 'range' && parsed.type !== 'version') {
    return { reason: `spec "${spec}" is not a dist-tag or a version range` };
  }
  return { name: c.name, spec };
}

/** Runs tasks with at most `limit` in flight. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= limit) return;
    const start = queue.shift();
    if (start) {
      active++;
      start();
    }
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

interface FetchFailure {
  code?: string;
  statusCode?: number;
  type?: string;
  name?: string;
}

function failureOf(e: unknown): FetchFailure {
  return typeof e === 'object' && e !== null ? (e as FetchFailure) : {};
}

/** No HTTP answer at all: a timeout or a network error. */
function isUnanswered(f: FetchFailure, timedOut: boolean): boolean {
  if (timedOut || f.type === 'request-timeout') return true;
  if (f.statusCode !== undefined || f.type === 'invalid-json') return false;
  return (
    typeof f.code === 'string' && !['ETARGET', 'E404', 'E401', 'E403', RESPONSE_TOO_LARGE].includes(f.code)
  );
}

function isRetryable(f: FetchFailure, timedOut: boolean): boolean {
  if (timedOut) return true;
  if (f.statusCode !== undefined) return f.statusCode === 408 || f.statusCode === 429 || f.statusCode >= 500;
  if (f.code === 'E404' || f.code === 'ETARGET' || f.code === 'E401' || f.code === 'E403') return false;
  if (f.type === 'invalid-json' || f.code === RESPONSE_TOO_LARGE) return false;
  // Network errors (ECONNRESET, ECONNREFUSED, EAI_AGAIN, …).
  return typeof f.code === 'string' && f.code.startsWith('E');
}

/** Why a look-up failed, in words that never carry the request's credentials. */
function describe(
  f: FetchFailure,
  timedOut: boolean,
  req: RegistryRequest,
  where: string,
  attempts: number,
  timeoutMs: number,
  maxBytes: number,
): string {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  if (timedOut || f.type === 'request-timeout')
    return `no answer from ${where} within ${timeoutMs} ms (${tries})`;
  if (f.code === 'ETARGET') return `no version of ${req.name} matches "${req.spec}" at ${where}`;
  if (f.code === 'E404' || f.statusCode === 404) return `${req.name} not found at ${where} (HTTP 404)`;
  if (f.statusCode === 401 || f.statusCode === 403)
    return `${where} refused the look-up of ${req.name} (HTTP ${f.statusCode}): missing or rejected credentials`;
  if (f.code === RESPONSE_TOO_LARGE)
    return `${where} answered ${req.name} with more than ${maxBytes} bytes (AITG_MAX_RESPONSE_BYTES)`;
  if (f.type === 'invalid-json') return `${where} answered ${req.name} with invalid JSON`;
  if (f.statusCode !== undefined) return `HTTP ${f.statusCode} from ${where} for ${req.name} (${tries})`;
  if (typeof f.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(f.code))
    return `network error ${f.code} reaching ${where} (${tries})`;
  return `look-up of ${req.name} at ${where} failed (${tries})`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Creates the npm resolver stage. Each distinct (name, spec) is looked up once per resolver (its
 * caches and the registry settings last across calls: an audit calls it file by file); failures
 * never throw: the component keeps `version: null` and `versionNote` says why.
 */
export function createNpmResolver(options: NpmResolverOptions): NpmResolver {
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const timeoutMs = Math.max(1, options.timeoutMs ?? 15_000);
  const retries = Math.max(0, options.retries ?? 2);
  const retryDelayMs = Math.max(0, options.retryDelayMs ?? 500);
  const maxResponseBytes = Math.max(1, options.maxResponseBytes ?? maxResponseBytesFromEnv(options.env));

  const limit = limiter(concurrency);
  // One packument request per package per resolver (a run): specs of one package are looked up one after
  // the other, the first fills the in-memory packument cache and the rest read it; when
  // the first fails for a reason that is about the package, the rest share that reason.
  const packumentCache = new Map<string, Promise<unknown>>();
  const lookups = new Map<string, Promise<Outcome>>();
  const lastOfPackage = new Map<string, Promise<Outcome | null>>();
  // A registry that answers nothing (down, blackholed) would cost every package the full
  // timeout and retries; after a few look-ups in a row without an answer the rest skip it.
  const unanswered = new Map<string, { inARow: number; last: string }>();

  // One size-bounded agent per registry (keep-alive within a run, proxies from the environment).
  const agents = new Map<string, Promise<unknown>>();
  const agentFor = (registry: string): Promise<unknown> => {
    let a = agents.get(registry);
    if (!a) agents.set(registry, (a = limitedAgent(registry, maxResponseBytes, timeoutMs)));
    return a;
  };

  // The registry settings, read once, on the first look-up; their errors are reported once.
  let config: NpmConfig | null | undefined;

  return async (components) => {
    const wanted = components.map(registryRequest);
    if (!wanted.some((w) => w !== null)) {
      return { components: [...components], stats: { lookups: 0, attempts: 0, resolved: 0, unresolved: 0 } };
    }
    const stats: ResolveStats = { lookups: 0, attempts: 0, resolved: 0, unresolved: 0 };
    let errors: ScanError[] = [];
    if (config === undefined) {
      config = options.offline
        ? null
        : loadNpmConfig({
            root: options.root,
            env: options.env,
            ...(options.registry !== undefined ? { registry: options.registry } : {}),
            ...(options.projectNpmrc !== undefined ? { projectNpmrc: options.projectNpmrc } : {}),
          });
      errors = config?.errors ?? [];
    }
    const settings = config;

    const lookUp = async (cfg: NpmConfig, req: RegistryRequest): Promise<Outcome> => {
      const registry = registryFor(cfg, req.name);
      const agent = await agentFor(registry);
      const where = displayRegistry(registry);
      const spec = npa.resolve(req.name, req.spec).toString();
      const down = unanswered.get(registry);
      if (down && down.inARow >= UNREACHABLE_AFTER) {
        return {
          reason: `skipped: ${where} gave no answer to ${down.inARow} look-ups in a row (last: ${down.last})`,
          byPackage: true,
        };
      }
      let attempt = 0;
      for (;;) {
        attempt++;
        stats.attempts++;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
        try {
          const fetchOptions: Record<string, unknown> = {
            preferOnline: true,
            // No `cache`: nothing is written to disk and every run asks the registry afresh.
            fetchRetries: 0,
            timeout: timeoutMs,
            signal: controller.signal,
            userAgent: 'ai-tooling-gate',
            agent,
          };
          for (const [k, v] of cfg.auth) fetchOptions[k] = v;
          // The signal aborts the request; the race makes sure nothing waits past the timeout
          // even if some layer below does not honour it.
          const found = await Promise.race([
            pickedVersion(spec, { registry, packumentCache, fetchOptions }),
            new Promise<never>((_, reject) =>
              controller.signal.addEventListener('abort', () =>
                reject(Object.assign(new Error('timed out'), { type: 'request-timeout' })),
              ),
            ),
          ]);
          unanswered.delete(registry);
          const version = typeof found === 'string' ? found : '';
          if (version.length > MAX_VERSION_LENGTH || semver.valid(version) === null) {
            return { reason: `${where} answered ${req.name} with an invalid version` };
          }
          return { version, registry: where };
        } catch (e) {
          const f = failureOf(e);
          if (attempt <= retries && isRetryable(f, timedOut)) {
            clearTimeout(timer);
            await sleep(retryDelayMs * 2 ** (attempt - 1));
            continue;
          }
          const reason = describe(f, timedOut, req, where, attempt, timeoutMs, maxResponseBytes);
          if (isUnanswered(f, timedOut)) {
            const inARow = (unanswered.get(registry)?.inARow ?? 0) + 1;
            unanswered.set(registry, { inARow, last: reason });
          } else unanswered.delete(registry);
          return { reason, byPackage: f.code !== 'ETARGET' };
        } finally {
          clearTimeout(timer);
        }
      }
    };

    const outcomes = await Promise.all(
      wanted.map((w) => {
        if (w === null) return Promise.resolve(null);
        if ('reason' in w) return Promise.resolve<Outcome>(w);
        if (settings === null) return Promise.resolve<Outcome>({ reason: OFFLINE_NOTE });
        const key = `${w.name}@${w.spec}`;
        let p = lookups.get(key);
        if (!p) {
          const cfg = settings;
          const previous = lastOfPackage.get(w.name) ?? Promise.resolve(null);
          p = previous.then((before) => {
            if (before && 'reason' in before && before.byPackage) return before;
            stats.lookups++;
            return limit(() => lookUp(cfg, w)).catch((e: unknown): Outcome => ({
              reason: `look-up of ${w.name} failed: ${e instanceof Error ? e.message : String(e)}`,
            }));
          });
          lookups.set(key, p);
          lastOfPackage.set(w.name, p);
        }
        return p;
      }),
    );

    const secrets = settings?.secrets ?? [];
    const out = components.map((c, i) => {
      const outcome = outcomes[i];
      const w = wanted[i];
      if (!outcome || !w) return c;
      if ('version' in outcome && !('reason' in w)) {
        stats.resolved++;
        return {
          ...c,
          version: outcome.version,
          purl: purlFor(c.ecosystem, c.name, outcome.version),
          versionNote: scrub(`resolved "${w.spec}" to ${outcome.version} from ${outcome.registry}`, secrets),
        };
      }
      stats.unresolved++;
      const reason = 'reason' in outcome ? outcome.reason : '';
      return {
        ...c,
        versionNote: scrub(reason === OFFLINE_NOTE ? OFFLINE_NOTE : `not resolved: ${reason}`, secrets),
      };
    });
    return { components: out, ...(errors.length > 0 ? { errors } : {}), stats };
  };
}
