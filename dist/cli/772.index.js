export const id = 772;
export const ids = [772,584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   rateLimitHandler: () => (/* binding */ rateLimitHandler)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);
// The GitHub REST client: Octokit with retries (5xx, network) and rate-limit handling.



/** The REST base URL of this run: `GITHUB_API_URL` (GitHub Enterprise Server sets it), else github.com's. */
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * The throttling plugin's handler for a rate limit of one kind (`primary`, `secondary`): waits and
 * retries up to `retries` times, saying so through `log`, then gives up.
 */
function rateLimitHandler(kind, retries, log) {
    return (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries) {
            log(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return true;
    };
}
/**
 * An authenticated client. Server errors are retried with back-off; primary and secondary rate
 * limits wait for `retry-after` (or the reset time) and retry, up to `retries` times.
 */
function createClient(token, options = {}) {
    const retries = options.retries ?? 3;
    const log = options.log ?? (() => { });
    const onLimit = (kind) => rateLimitHandler(kind, retries, log);
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? apiBaseUrl(),
        userAgent: 'ai-tooling-gate',
        retry: { retries },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/** The HTTP status of an Octokit error, if it has one. */
function httpStatus(e) {
    const status = e.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 55772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   readGithubFileWith: () => (/* binding */ readGithubFileWith)
/* harmony export */ });
/* unused harmony exports GitHubReadError, readTree, readContent, readGithubFile, PULL_FILES_CAP, listPullFiles */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);
// Reading repository contents through the REST API: trees, blobs, contents, pull-request files.

class GitHubReadError extends Error {
}
/** Every entry of a commit's tree; throws when GitHub truncates the listing. */
async function readTree(client, owner, repo, commit) {
    const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' });
    if (data.truncated) {
        throw new GitHubReadError(`the tree of ${owner}/${repo}@${commit} is too large for the GitHub API listing; check out the repository (actions/checkout) so it is read with git`);
    }
    return data.tree.map((e) => ({
        path: e.path ?? '',
        mode: e.mode ?? '',
        type: e.type ?? '',
        sha: e.sha ?? '',
        ...(typeof e.size === 'number' ? { size: e.size } : {}),
    }));
}
/** The bytes of a blob. */
async function readBlob(client, owner, repo, sha) {
    const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: sha });
    if (data.encoding !== 'base64' && data.encoding !== 'utf-8') {
        throw new GitHubReadError(`blob ${sha} has an unknown encoding ${data.encoding}`);
    }
    const buf = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}
/**
 * A file's bytes at a ref through the contents API, or null when it does not exist there. Files
 * over 1 MB (whose content the contents API leaves out) are read as blobs.
 */
async function readContent(client, owner, repo, path, ref) {
    let data;
    try {
        ({ data } = await client.rest.repos.getContent({ owner, repo, path, ...(ref ? { ref } : {}) }));
    }
    catch (e) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__.httpStatus)(e) === 404)
            return null;
        throw e;
    }
    if (Array.isArray(data) || data.type !== 'file') {
        throw new GitHubReadError(`${owner}/${repo}/${path}${ref ? '@' + ref : ''} is not a file`);
    }
    if (data.encoding === 'base64' && data.content) {
        const buf = Buffer.from(data.content, 'base64');
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    }
    return readBlob(client, owner, repo, data.sha);
}
/**
 * Reads `path` of `owner/repo` at `ref` (the default branch when empty) as text, for `github:`
 * policy references. Throws when it does not exist or cannot be read.
 */
async function readGithubFileWith(client, owner, repo, path, ref) {
    const bytes = await readContent(client, owner, repo, path, ref || undefined);
    if (bytes === null)
        throw new GitHubReadError(`github:${owner}/${repo}/${path}${ref ? '@' + ref : ''} does not exist`);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
}
/**
 * `readGithubFile` with a client from the environment's token (`GITHUB_TOKEN`, `GH_TOKEN` or the
 * action's `token` input) and `GITHUB_API_URL`.
 */
async function readGithubFile(owner, repo, path, ref) {
    const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || process.env.INPUT_TOKEN || '';
    if (!token)
        throw new GitHubReadError(`reading github:${owner}/${repo}/${path} needs a token (GITHUB_TOKEN)`);
    return readGithubFileWith(createClient(token), owner, repo, path, ref);
}
/** GitHub lists at most this many files of a pull request. */
const PULL_FILES_CAP = 3000;
/**
 * The files a pull request changes, relative to `prefix`, or null when it changes so many that
 * GitHub's listing is capped (then the caller compares the trees instead). The walk does not start
 * when the event already counts `changedFiles` past the cap, and stops at the cap.
 */
async function listPullFiles(client, owner, repo, pullNumber, options = {}) {
    if (options.changedFiles !== undefined && options.changedFiles >= PULL_FILES_CAP)
        return null;
    let count = 0;
    const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 }, (response, done) => {
        count += response.data.length;
        if (count >= PULL_FILES_CAP)
            done();
        return response.data;
    });
    if (files.length >= PULL_FILES_CAP)
        return null;
    const inScope = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : '';
    const rel = (p) => p !== undefined && p.startsWith(inScope) && p.length > inScope.length ? p.slice(inScope.length) : null;
    const out = { changed: new Set(), renames: new Map() };
    for (const f of files) {
        const [to, from] = [rel(f.filename), rel(f.previous_filename)];
        if (to !== null)
            out.changed.add(to);
        if (from !== null)
            out.changed.add(from);
        if (f.status === 'renamed' && to !== null && from !== null)
            out.renames.set(to, from);
    }
    return out;
}


/***/ })

};
