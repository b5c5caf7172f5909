export const id = 462;
export const ids = [462];
export const modules = {

/***/ 75262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ npmResolver)
/* harmony export */ });
/* harmony import */ var _resolver_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70007);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77593);
// The npm resolver of the CLI's `--offline` / `--registry` options.


/** The npm resolver for `--offline` / `--registry` (offline still notes why versions stay unknown). */
function npmResolver(dir, values, projectNpmrc) {
    const registry = values.registry;
    if (registry !== undefined && (0,_resolver_index_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRegistry */ .l5)(registry) === null)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--registry must be an http(s) URL, not "${registry}"`);
    return (0,_resolver_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createNpmResolver */ .S_)({
        root: dir,
        offline: values.offline === true,
        env: process.env,
        ...(registry !== undefined ? { registry } : {}),
        ...(projectNpmrc !== undefined ? { projectNpmrc } : {}),
    });
}


/***/ }),

/***/ 77462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: ./src/resolver/index.ts + 4 modules
var resolver = __webpack_require__(70007);
// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/policy/trusted.ts
var trusted = __webpack_require__(6665);
// EXTERNAL MODULE: ./src/gate/report.ts
var gate_report = __webpack_require__(26229);
// EXTERNAL MODULE: ./src/reporters/json.ts
var json = __webpack_require__(14310);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/diff/diff.ts + 2 modules
var diff = __webpack_require__(18531);
// EXTERNAL MODULE: ./src/reporters/advice.ts
var advice = __webpack_require__(35052);
;// CONCATENATED MODULE: ./src/reporters/codequality.ts
// `scan --format codequality`: a GitLab Code Quality report (a JSON array of issues), so a merge
// request shows the findings in its widget and diff. GitLab matches issues across pipelines by
// `fingerprint`: the finding's identity, without its line, as SARIF's own fingerprint.



const md5 = (s) => (0,external_node_crypto_.createHash)('md5').update(s).digest('hex');
function renderCodeQuality(report, options) {
    const prefix = options.pathPrefix ? options.pathPrefix.replace(/\/+$/, '') + '/' : '';
    const { verdict } = options;
    const issues = [];
    for (const f of report.findings) {
        // Fixed and excepted findings are not issues of this code.
        if (f.status === 'removed' || f.action === 'pass')
            continue;
        const path = prefix + f.location.file;
        issues.push({
            type: 'issue',
            check_name: f.ruleId,
            description: (0,advice/* withRemediation */.KV)(f),
            categories: ['Security'],
            severity: verdict.gates(f) ? 'critical' : f.action === 'fail' ? 'major' : 'minor',
            fingerprint: md5((0,diff/* findingIdentity */.AZ)({ ...f, location: { ...f.location, file: path } })),
            location: { path, lines: { begin: Math.max(1, f.location.line) } },
        });
    }
    for (const e of report.errors) {
        const path = prefix + e.file;
        issues.push({
            type: 'issue',
            check_name: 'scan-error',
            description: `could not be scanned: ${e.message}`,
            categories: ['Security'],
            severity: verdict.gatesError(e) ? 'critical' : 'minor',
            fingerprint: md5(['scan-error', path, e.message].join('\u0000')),
            location: { path, lines: { begin: Math.max(1, e.line ?? 1) } },
        });
    }
    return JSON.stringify(issues, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(54369);
// EXTERNAL MODULE: ./src/reporters/sarif.ts
var sarif = __webpack_require__(12959);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(80955);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/gate/scan.ts + 1 modules
var scan = __webpack_require__(61164);
// EXTERNAL MODULE: ./src/sources/directory.ts
var directory = __webpack_require__(36253);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sources/git-changes.ts
// What changed between a commit and a later commit or the work tree, as git sees it: the paths on
// either side, and the files git pairs as moved (its own rename rule: `-M`, similarity 50% by
// default, with `-B` so that two swapped files pair too).




const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/**
 * The paths and renames of `git diff --name-status -z` output: every path on either side, and each
 * `R` record's new path → old path (`R` and `C` records name the old path first).
 */
function parseNameStatus(out) {
    const fields = out.split('\0');
    const paths = [];
    const renames = new Map();
    for (let i = 0; i < fields.length;) {
        const code = fields[i++];
        if (code === '')
            continue;
        if (code.startsWith('R') || code.startsWith('C')) {
            const from = fields[i++];
            const to = fields[i++];
            paths.push(from, to);
            if (code.startsWith('R'))
                renames.set(to, from);
        }
        else
            paths.push(fields[i++]);
    }
    return { paths, renames };
}
function diffArgs(base, head, scope) {
    return [
        '-c',
        'core.quotepath=off',
        'diff',
        '--name-status',
        '-z',
        '-M',
        '-B',
        '--no-ext-diff',
        '--no-textconv',
        base,
        ...(head ? [head] : []),
        '--',
        scope,
    ];
}
/**
 * The changes under `prefix` from commit `base` to commit `head`, or to the work tree when `head`
 * is null: tracked files changed, added or deleted (staged or not), untracked files git does not
 * ignore, and the moves among them. Git compares contents, so links and files too large to read
 * are compared exactly. Untracked files are paired too: the diff runs on a copy of the index where
 * they are marked intent-to-add (`git add -N`, which writes no object), so a file moved with `mv`
 * and not yet staged is a move as well; the repository's own index is never written.
 */
async function gitChanges(top, base, head, prefix = '') {
    if (!COMMIT_ID.test(base))
        throw new Error(`"${base}" is not a commit id`);
    if (head !== null && !COMMIT_ID.test(head))
        throw new Error(`"${head}" is not a commit id`);
    const scope = prefix ? prefix : '.';
    let diff;
    let untracked = [];
    if (head !== null)
        diff = await (0,git/* runGit */.EO)(top, diffArgs(base, head, scope));
    else {
        untracked = (await (0,git/* runGit */.EO)(top, [
            '-c',
            'core.quotepath=off',
            'ls-files',
            '-z',
            '--others',
            '--exclude-standard',
            '--full-name',
            '--',
            scope,
        ]))
            .split('\0')
            .filter((p) => p !== '');
        diff =
            (untracked.length > 0 ? await diffWithIntentToAdd(top, base, scope, untracked) : null) ??
                (await (0,git/* runGit */.EO)(top, diffArgs(base, null, scope)));
    }
    const parsed = parseNameStatus(diff);
    const inScope = prefix ? `${prefix}/` : '';
    const rel = (p) => (p.startsWith(inScope) ? p.slice(inScope.length) : null);
    const changed = new Set();
    for (const p of [...parsed.paths, ...untracked]) {
        const r = rel(p);
        if (r !== null && r !== '')
            changed.add(r);
    }
    const renames = new Map();
    for (const [to, from] of parsed.renames) {
        const [t, f] = [rel(to), rel(from)];
        if (t && f)
            renames.set(t, f);
    }
    return { changed, renames };
}
/**
 * `git diff BASE` with the untracked files marked intent-to-add in a copy of the index, or null
 * when that cannot be done (no index yet, a nested repository git refuses to add): the caller then
 * diffs without pairing untracked files, and lists them as added.
 */
async function diffWithIntentToAdd(top, base, scope, untracked) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'aitg-index-'));
    try {
        const indexPath = (await (0,git/* runGit */.EO)(top, ['rev-parse', '--git-path', 'index'])).trim();
        const index = (0,external_node_path_.join)(dir, 'index');
        await (0,promises_.copyFile)((0,external_node_path_.isAbsolute)(indexPath) ? indexPath : (0,external_node_path_.join)(top, indexPath), index);
        const list = (0,external_node_path_.join)(dir, 'paths');
        // Folders listed with a trailing slash are nested repositories: not files of this tree.
        await (0,promises_.writeFile)(list, untracked.filter((p) => !p.endsWith('/')).join('\0'));
        const env = { GIT_INDEX_FILE: index };
        await (0,git/* runGit */.EO)(top, ['add', '--intent-to-add', '--pathspec-from-file', list, '--pathspec-file-nul'], undefined, env);
        return await (0,git/* runGit */.EO)(top, diffArgs(base, null, scope), undefined, env);
    }
    catch {
        return null;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/npm-resolver.ts
var npm_resolver = __webpack_require__(75262);
// EXTERNAL MODULE: ./src/cli/policy.ts
var policy = __webpack_require__(71674);
;// CONCATENATED MODULE: ./src/cli/scan.ts
// `scan [DIR]`: audit mode, or diff mode with `--base REF`.

















async function scanCommand(args) {
    const { values, positionals } = (0,cli_args/* parse */.qg)(args, {
        policy: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        base: { type: 'string' },
        offline: { type: 'boolean' },
        registry: { type: 'string' },
        'strict-parse': { type: 'boolean' },
    });
    const strictParse = values['strict-parse'] === true ? { strictParse: true } : {};
    const dir = (0,cli_args/* rootDir */.K8)(positionals);
    const format = (0,cli_args/* oneOf */.yL)('format', values.format, ['text', 'json', 'sarif', 'markdown', 'codequality'], 'text');
    const base = values.base;
    const failOn = (0,cli_args/* oneOf */.yL)('fail-on', values['fail-on'], ['introduced', 'any', 'never'], base !== undefined ? 'introduced' : 'any');
    const limits = (0,model_limits/* limitsFromEnv */.E9)(process.env);
    const policyOption = values.policy;
    const readGithub = (0,policy.githubReader)();
    // The policy named by --policy (a file, builtin: or github:), else the one the action would use:
    // in a git work tree the repository root's, else DIR's; in diff mode as the base commit has it.
    const explicit = async () => (0,trusted/* namePolicy */.MZ)(await (0,policy.loadCliPolicy)(policyOption), policyOption);
    const wt = await (0,git/* workTreeOf */.FY)(dir);
    let report;
    let pathPrefix;
    let rules;
    if (base !== undefined) {
        if (!wt)
            throw new cli_args/* UsageError */.eb(`--base needs DIR to be a git work tree; ${dir} is not one`);
        let sha;
        try {
            sha = await (0,git/* revParse */.DJ)(dir, base);
        }
        catch (e) {
            throw new cli_args/* UsageError */.eb(`--base: ${e.message}`);
        }
        pathPrefix = wt.prefix;
        const baseSource = new git/* GitSource */.Gh(wt.top, sha, wt.prefix, limits.maxFiles);
        const baseRoot = wt.prefix ? new git/* GitSource */.Gh(wt.top, sha, '', limits.maxFiles) : baseSource;
        const head = new directory/* DirectorySource */.D(dir, limits.maxFiles);
        try {
            const named = policyOption
                ? await explicit()
                : await (0,trusted/* loadTrustedPolicy */.iz)({
                    trusted: baseRoot,
                    proposed: wt.prefix ? new directory/* DirectorySource */.D(wt.top, limits.maxFiles) : head,
                    prefix: wt.prefix,
                    ...(readGithub ? { readGithub } : {}),
                });
            const { changed, renames } = await gitChanges(wt.top, sha, null, wt.prefix);
            // Registry settings come from the base commit's .npmrc: a change cannot redirect look-ups.
            const baseNpmrc = await (0,trusted/* readPolicyText */.OG)(baseSource, '.npmrc').catch(() => null);
            const resolve = (0,resolver/* auditResolveHook */.xl)((0,npm_resolver/* npmResolver */.y)(dir, values, baseNpmrc));
            rules = named.policy.rules;
            report = await (0,scan/* diffScan */.LS)(baseSource, head, {
                policy: named.policy,
                policyName: { source: named.source, digest: named.digest },
                pathPrefix,
                limits,
                notices: named.notices,
                changed,
                renames,
                resolve,
                failOn,
                ...strictParse,
            });
        }
        finally {
            baseSource.close();
            if (baseRoot !== baseSource)
                baseRoot.close();
        }
    }
    else {
        pathPrefix = wt?.prefix ?? '';
        const named = policyOption
            ? await explicit()
            : await (0,trusted/* loadTrustedPolicy */.iz)({
                trusted: new directory/* DirectorySource */.D(wt ? wt.top : dir, limits.maxFiles),
                prefix: pathPrefix,
                ...(readGithub ? { readGithub } : {}),
            });
        rules = named.policy.rules;
        const resolve = (0,resolver/* auditResolveHook */.xl)((0,npm_resolver/* npmResolver */.y)(dir, values));
        report = await (0,scan/* audit */.sb)(new directory/* DirectorySource */.D(dir, limits.maxFiles), {
            policy: named.policy,
            policyName: { source: named.source, digest: named.digest },
            pathPrefix,
            limits,
            resolve,
            ...strictParse,
        });
    }
    const verdict = (0,gate_report/* verdictOf */.V)(report, failOn);
    const text = format === 'json'
        ? (0,json/* renderJson */.h)(report)
        : format === 'sarif'
            ? (0,sarif/* renderSarif */.WH)(report, { verdict, pathPrefix, rules })
            : format === 'codequality'
                ? renderCodeQuality(report, { verdict, pathPrefix })
                : format === 'markdown'
                    ? (0,markdown/* renderMarkdown */.Gc)(report, { verdict })
                    : (0,reporters_text/* renderScanText */.Jd)(report, {
                        verdict,
                        // Colour on a terminal only; styleText honours NO_COLOR and FORCE_COLOR.
                        ...(values.output === undefined
                            ? { style: (f, t) => (0,external_node_util_.styleText)(f, t, { stream: process.stdout }) }
                            : {}),
                    });
    await (0,cli_args/* emit */.Ic)(text, values.output);
    return verdict.fails ? 1 : 0;
}


/***/ })

};
