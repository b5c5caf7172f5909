export const id = 584;
export const ids = [584];
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


/***/ })

};
