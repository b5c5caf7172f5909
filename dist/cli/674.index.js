export const id = 674;
export const ids = [674];
export const modules = {

/***/ 71674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubReader: () => (/* binding */ githubReader),
/* harmony export */   loadCliPolicy: () => (/* binding */ loadCliPolicy),
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var _policy_change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66648);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40572);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58164);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65823);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
// `policy check FILE`, and how the CLI loads a policy named on its command line.





async function policyCommand(args) {
    const [sub, ...rest] = args;
    if (sub !== 'check')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(sub ? `unknown policy command "${sub}"` : 'policy needs a subcommand: check FILE');
    const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .qg)(rest, {});
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('policy check takes exactly one FILE');
    const file = positionals[0];
    const policy = await loadCliPolicy(file);
    const now = new Date();
    const locked = policy.rules.filter((r) => r.locked).length;
    const expired = policy.exceptions.filter((e) => (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpired */ ._d)(e, now));
    const lines = [
        `${file}: valid policy (version 1)`,
        `  ${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}${locked ? ` (${locked} locked)` : ''}, ${policy.exceptions.length} exception${policy.exceptions.length === 1 ? '' : 's'}${expired.length ? ` (${expired.length} expired)` : ''}, unknown versions: ${policy.settings.unknownVersion}`,
        `  merged from: ${policy.sources.join(', ')}`,
    ];
    for (const r of policy.rules) {
        const what = r.tool !== undefined ? `tool ${r.tool}` : `${r.ecosystem} ${r.package}`;
        lines.push(`  ${r.action.padEnd(4)} ${r.id}: ${what} ${r.versions ?? '(every version)'}${r.locked ? ' [locked]' : ''}`);
    }
    for (const e of expired) {
        lines.push(`  note: exception for rule ${e.rule} expired on ${e.expires} (${(0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOrigin */ .cp)(e.origin)})`);
    }
    // What this file weakens compared with having none (the built-in default), as a pull request
    // adding it would be told.
    for (const w of (0,_policy_change_js__WEBPACK_IMPORTED_MODULE_0__/* .policyWeakenings */ .R)(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)('builtin:default'), policy)) {
        lines.push(`  warning: compared with the built-in default, it ${w}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
}
/** Reads `github:` policies with GITHUB_TOKEN (GITHUB_API_URL for GitHub Enterprise). */
function githubReader() {
    const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
    if (!token)
        return undefined;
    // The GitHub client is loaded when a `github:` policy is first read, not for every scan.
    let client;
    return async (owner, repo, path, ref) => {
        client ??= Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584)).then((m) => m.createClient(token));
        const { readGithubFileWith } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(772)]).then(__webpack_require__.bind(__webpack_require__, 55772));
        return readGithubFileWith(await client, owner, repo, path, ref);
    };
}
/** Loads a policy named on the command line, with `github:` references read through the API. */
function loadCliPolicy(ref) {
    const readGithub = githubReader();
    return (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPolicy */ .tb)(ref, readGithub ? { readGithub } : {});
}


/***/ })

};
