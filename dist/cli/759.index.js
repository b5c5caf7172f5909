export const id = 759;
export const ids = [759,674];
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


/***/ }),

/***/ 14310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ inventoryJson),
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
/**
 * The inventory JSON report written piece by piece (the components as they are found), byte for
 * byte what `renderJson` gives for the whole report.
 */
const inventoryJson = {
    head: '{\n  "schemaVersion": 1,\n  "components": [',
    component(c, first) {
        return (first ? '\n' : ',\n') + JSON.stringify(c, null, 2).replace(/^/gm, '    ');
    },
    tail(anyComponent, errors, summary) {
        return ((anyComponent ? '\n  ]' : ']') + ',' + JSON.stringify({ errors, summary }, null, 2).slice(1) + '\n');
    },
};


/***/ }),

/***/ 12959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports TOOL_NAME, TOOL_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diff_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18531);
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26742);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52621);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35052);
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).





const TOOL_NAME = 'ai-tooling-gate';
const TOOL_VERSION = _model_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x;
const INFORMATION_URI = _model_version_js__WEBPACK_IMPORTED_MODULE_4__/* .PROJECT_URL */ .w;
const SCAN_ERROR_RULE = 'scan-error';
function repoPath(prefix, file) {
    return prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}
function uri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function ruleFor(id, findings, declared) {
    const advisory = (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .advisoryOf */ .fC)(id);
    // Without the policy's rule at hand: an advisory bans; otherwise a finding whose version is
    // known says what the rule does (an unknown-version finding says what the setting does).
    const known = findings.find((f) => !f.unknownVersion);
    const action = declared?.action ?? (advisory ? 'fail' : known ? (known.action === 'warn' ? 'warn' : 'fail') : 'warn');
    const fail = action === 'fail';
    const first = findings[0];
    const what = first.tool
        ? `the AI coding tool ${first.tool}`
        : `${first.component.ecosystem} package ${first.component.name}`;
    const text = declared?.reason ?? first.reason ?? `Policy rule ${id} bans ${what}.`;
    const link = declared?.link ?? first.link ?? advisory?.link;
    // What to do comes first: the distinct remediations of the rule's findings.
    const fixes = [...new Set(findings.flatMap((f) => (f.remediation ? [f.remediation.text] : [])))];
    const shownFixes = fixes.slice(0, 5);
    const markdown = [
        ...shownFixes.map((t) => `**Fix:** ${escapeMd(t)}`),
        ...(fixes.length > shownFixes.length
            ? [`(and ${fixes.length - shownFixes.length} more; see each result)`]
            : []),
        ...(shownFixes.length > 0 ? [''] : []),
        `**${id}**: ${escapeMd(text)}`,
        ...(advisory
            ? [
                '',
                `**${escapeMd(advisory.title)}** (affected: ${advisory.versions}, first clean release ${advisory.firstClean}). ${escapeMd(advisory.description)}`,
            ]
            : []),
        '',
        'ai-tooling-gate found a component this policy rule covers. Upgrade to the version named above,',
        'remove it, or add a time-limited exception to the policy with a reason.',
        ...(link ? ['', `More: ${link}`] : []),
    ].join('\n');
    const helpText = [
        ...shownFixes.map((t) => `Fix: ${t}`),
        `${id}: ${text}`,
        ...(advisory ? [`${advisory.title}: ${advisory.description}`] : []),
        ...(link ? [`More: ${link}`] : []),
    ].join(' ');
    return {
        id,
        name: id
            .replace(/[^A-Za-z0-9]+/g, ' ')
            .trim()
            .replace(/\s+(\w)/g, (_m, c) => c.toUpperCase()),
        shortDescription: { text: advisory ? `${advisory.id}: ${advisory.title}` : `Banned AI tooling: ${id}` },
        fullDescription: { text: advisory ? `${text} ${advisory.description}` : text },
        help: { text: helpText, markdown },
        ...(link ? { helpUri: link } : {}),
        defaultConfiguration: { level: fail ? 'error' : 'warning' },
        properties: {
            'security-severity': fail ? '8.0' : '4.0',
            tags: ['security', 'supply-chain', 'ai-tooling', ...(first.tool ? [`tool:${first.tool}`] : [])],
            precision: 'very-high',
            'problem.severity': fail ? 'error' : 'warning',
        },
    };
}
function fingerprint(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts).digest('hex');
}
/** Renders a report as SARIF 2.1.0. Removed findings are left out: they are no longer in the code. */
function renderSarif(report, options) {
    const { verdict } = options;
    // Rules in the order their first result appears; each built from all of its findings.
    const ruleIds = [];
    const ruleFindings = new Map();
    const ruleIndex = new Map();
    const indexOf = (id) => {
        let i = ruleIndex.get(id);
        if (i === undefined) {
            i = ruleIds.length;
            ruleIds.push(id);
            ruleIndex.set(id, i);
        }
        return i;
    };
    let scanErrorRule;
    const results = [];
    for (const f of report.findings) {
        if (f.status === 'removed')
            continue;
        const level = f.action === 'pass' ? 'note' : f.action === 'fail' ? 'error' : 'warning';
        const list = ruleFindings.get(f.ruleId);
        if (list)
            list.push(f);
        else
            ruleFindings.set(f.ruleId, [f]);
        const file = repoPath(options.pathPrefix, f.location.file);
        results.push({
            ruleId: f.ruleId,
            ruleIndex: indexOf(f.ruleId),
            level,
            message: { text: (0,_advice_js__WEBPACK_IMPORTED_MODULE_3__/* .withRemediation */ .KV)(f) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: Math.max(1, f.location.line),
                            ...(f.location.column ? { startColumn: f.location.column } : {}),
                        },
                    },
                },
            ],
            partialFingerprints: {
                'aiToolingGate/v1': fingerprint((0,_diff_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .findingIdentity */ .AZ)({ ...f, location: { ...f.location, file } })),
            },
            ...(f.exception
                ? {
                    suppressions: [
                        {
                            kind: 'external',
                            status: 'accepted',
                            justification: `${f.exception.reason} (until ${f.exception.expires})`,
                        },
                    ],
                }
                : {}),
            properties: {
                action: f.action,
                gating: verdict.gates(f),
                ...(f.status ? { status: f.status } : {}),
                ...(f.movedFrom !== undefined ? { movedFrom: repoPath(options.pathPrefix, f.movedFrom) } : {}),
                ecosystem: f.component.ecosystem,
                package: f.component.name,
                version: f.component.version,
                purl: f.component.purl,
                ...(f.tool ? { tool: f.tool, toolVersion: f.toolVersion ?? null } : {}),
            },
        });
    }
    for (const e of report.errors) {
        const file = repoPath(options.pathPrefix, e.file);
        const index = indexOf(SCAN_ERROR_RULE);
        scanErrorRule ??= {
            id: SCAN_ERROR_RULE,
            name: 'ScanError',
            shortDescription: { text: 'A file that had to be scanned could not be read' },
            fullDescription: {
                text: 'ai-tooling-gate could not read or parse a file that may name AI tooling; the gate fails closed.',
            },
            help: {
                text: 'Fix the file so it parses, or raise the scan limits if it is legitimately large.',
                markdown: 'Fix the file so it parses, or raise the scan limits if it is legitimately large. The gate **fails closed** on files it cannot read.',
            },
            defaultConfiguration: { level: 'error' },
            properties: {
                'security-severity': '5.0',
                tags: ['security', 'ai-tooling'],
                precision: 'high',
                'problem.severity': 'error',
            },
        };
        results.push({
            ruleId: SCAN_ERROR_RULE,
            ruleIndex: index,
            level: verdict.gatesError(e) ? 'error' : 'warning',
            message: { text: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: uri(file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: Math.max(1, e.line ?? 1), ...(e.column ? { startColumn: e.column } : {}) },
                    },
                },
            ],
            partialFingerprints: {
                'aiToolingGate/v1': fingerprint([SCAN_ERROR_RULE, file, e.message].join('\u0000')),
            },
        });
    }
    const declared = new Map((options.rules ?? []).map((r) => [r.id, r]));
    const rules = ruleIds.map((id) => id === SCAN_ERROR_RULE && scanErrorRule
        ? scanErrorRule
        : ruleFor(id, ruleFindings.get(id), declared.get(id)));
    const policy = report.policy;
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                // One category whatever the mode: pull-request results are compared with the default
                // branch's only within a category (and this overrides upload-sarif's own category).
                automationDetails: { id: `${TOOL_NAME}/` },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The root of the repository the results are relative to.' } },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: report.errors.map((e) => ({
                            level: 'error',
                            message: { text: `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}` },
                        })),
                    },
                ],
                results,
                ...(policy.source
                    ? {
                        properties: {
                            policy: { source: policy.source, ...(policy.digest ? { digest: policy.digest } : {}) },
                        },
                    }
                    : {}),
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
function escapeMd(s) {
    return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}


/***/ }),

/***/ 80955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ renderScanText),
/* harmony export */   Yc: () => (/* binding */ inventoryTextTail),
/* harmony export */   Yo: () => (/* binding */ inventoryTextLine)
/* harmony export */ });
/* unused harmony export renderInventoryText */
/* harmony import */ var _gate_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26229);
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35052);


function where(f) {
    return `${f.location.file}:${f.location.line}`;
}
const WORD_STYLE = { FAIL: 'red', FIXED: 'green', PASS: 'green' };
/**
 * Human-readable scan report: one line a finding (what to do first, then what was found), then
 * the advisories, errors, notices and a summary line. The verdict decides which findings say FAIL.
 */
function renderScanText(report, options = {}) {
    const verdict = options.verdict ?? (0,_gate_report_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .V)(report, report.mode === 'diff' ? 'introduced' : 'any');
    const paint = options.style ?? ((_format, text) => text);
    const label = (f) => {
        const word = (0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictWord */ .E0)(f, verdict);
        const text = f.status && word !== 'FIXED' && word !== 'PRE-EXISTING' ? `${word} ${f.status}` : word;
        const moved = f.movedFrom !== undefined ? ` (moved from ${f.movedFrom})` : '';
        return paint(WORD_STYLE[word] ?? 'yellow', text) + moved;
    };
    const lines = [];
    const policy = report.policy;
    if (policy.source)
        lines.push(`Policy: ${policy.source}${policy.digest ? ` (${policy.digest})` : ''}`);
    const order = { fail: 0, warn: 1, pass: 2 };
    const findings = [...report.findings].sort((a, b) => order[a.action] - order[b.action] ||
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line);
    for (const f of findings) {
        if (f.remediation && f.status !== 'removed') {
            lines.push(`${label(f)}  ${where(f)}  [${f.ruleId}] ${paint('bold', f.remediation.text)}`);
            lines.push(`      ${f.message}`);
        }
        else
            lines.push(`${label(f)}  ${where(f)}  [${f.ruleId}] ${f.message}`);
        if (f.exception)
            lines.push(`      excepted until ${f.exception.expires}: ${f.exception.reason}`);
    }
    for (const a of (0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .advisoriesIn */ .vX)(report.findings)) {
        lines.push(`${paint('magenta', 'ADVISORY')}  ${a.id}: ${a.title} (${a.versions}; first clean release ${a.firstClean}) ${a.link}`);
        lines.push(`      ${a.description}`);
    }
    for (const e of report.errors) {
        lines.push(`${paint('red', 'ERROR')} ${e.file}${e.line ? ':' + e.line : ''}${e.column ? ':' + e.column : ''}  ${e.message}`);
    }
    for (const n of report.notices) {
        const tag = n.severity === 'error' ? 'POLICY ' : 'NOTE  ';
        lines.push(`${tag}${n.origin ? `${n.origin.file}:${n.origin.line}  ` : ''}${n.message}`);
    }
    const s = report.summary;
    const diff = report.mode === 'diff' ? `, ${s.introduced ?? 0} introduced, ${s.removed ?? 0} removed` : '';
    const notParsed = s.unchangedNotParsed
        ? ` (${s.unchangedNotParsed} unchanged, not reached by the change, not parsed: an audit reports findings already there)`
        : '';
    lines.push(`${s.filesScanned} files scanned${notParsed}, ${s.components} components: ${s.failed} failed, ${s.warned} warned, ${s.passed} excepted${diff}, ${report.errors.length} errors`);
    return lines.join('\n') + '\n';
}
function renderInventoryText(report) {
    const lines = [];
    for (const c of report.components)
        lines.push(inventoryTextLine(c));
    return lines.map((l) => l + '\n').join('') + inventoryTextTail(report.errors, report.summary);
}
/** One component's line of the inventory text report. */
function inventoryTextLine(c) {
    const version = c.version ?? `(${c.spec ?? 'unknown'})`;
    const alias = c.alias ? ` as ${c.alias}` : '';
    return `${c.location.file}:${c.location.line}  ${c.ecosystem}  ${c.name}@${version}${alias}  [${c.source}]`;
}
/** What follows the components in the inventory text report: errors and the summary line. */
function inventoryTextTail(errors, summary) {
    const lines = [];
    for (const e of errors) {
        lines.push(`ERROR ${e.file}${e.line ? ':' + e.line : ''}  ${e.message}`);
    }
    lines.push(`${summary.filesScanned} files scanned, ${summary.components} components, ${errors.length} errors`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 36253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DirectorySource)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70813);
/* harmony import */ var _catalog_vendored_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63416);







const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The files of a directory on disk. In a git work tree: the files git tracks plus untracked ones
 * it does not ignore; otherwise every file. `.git/` and `node_modules/` are skipped (but for vendored
 * copies of catalog packages, catalog/vendored.ts), and a
 * symlink is never followed out of the root.
 */
class DirectorySource {
    root;
    maxFiles;
    description;
    readsAtOnce = true;
    rootReal;
    constructor(root, maxFiles = Number.POSITIVE_INFINITY) {
        this.root = root;
        this.maxFiles = maxFiles;
        this.description = root;
    }
    /** The vendored catalog packages of a `node_modules/` folder (the only files read under it). */
    async vendored(dir) {
        const found = [];
        for (const name of (0,_catalog_vendored_js__WEBPACK_IMPORTED_MODULE_6__/* .vendoredCatalogNames */ .n)()) {
            const rel = `${dir}/${name}/package.json`;
            try {
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, rel))).isFile())
                    found.push(rel);
            }
            catch {
                // Not vendored here.
            }
        }
        return found;
    }
    async list() {
        const fromGit = await this.gitFiles();
        const files = fromGit ?? (await this.walk());
        const out = [...new Set(files.filter((f) => !(0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .isSkippedPath */ .cT)(f)))].sort();
        if (out.length > this.maxFiles) {
            // The walk stops one past the limit, so the count is a lower bound.
            throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct(`more than ${this.maxFiles} files in the tree, over the limit`);
        }
        return out;
    }
    async gitFiles() {
        try {
            const { stdout: top } = await execFileAsync('git', ['-C', this.root, 'rev-parse', '--show-toplevel'], {
                encoding: 'utf8',
            });
            const toplevel = top.trim();
            if (!toplevel)
                return null;
            const { stdout } = await execFileAsync('git', [
                '-C',
                this.root,
                '-c',
                'core.quotepath=off',
                'ls-files',
                '-z',
                '--cached',
                '--others',
                '--exclude-standard',
                '--',
                '.',
            ], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
            // ls-files with a pathspec of "." prints paths relative to the root given by -C.
            return stdout.split('\0').filter((p) => p.length > 0);
        }
        catch {
            return null;
        }
    }
    async walk() {
        const out = [];
        const stack = [''];
        while (stack.length > 0) {
            const rel = stack.pop();
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const entry of entries) {
                const childRel = rel ? `${rel}/${entry.name}` : entry.name;
                if (entry.isDirectory()) {
                    if (entry.name === 'node_modules')
                        out.push(...(await this.vendored(childRel)));
                    if (entry.name === 'node_modules' || entry.name === '.git')
                        continue;
                    stack.push(childRel);
                }
                else {
                    // Files, symlinks (never descended into as directories: the target is walked where it
                    // lives inside the root, and a link out of the root is reported when read) and others.
                    out.push(childRel);
                }
                if (out.length > this.maxFiles)
                    return out;
            }
        }
        return out;
    }
    /**
     * Reads one file, synchronously: a local file read is a few system calls that take microseconds
     * from the page cache, and the promise-based calls cost far more than that in the event loop
     * (about 0.3 ms a file, measured: a fifth of the scan of a tree of small lockfiles). Nothing can
     * block: a file that is not a regular one is refused before it is read.
     */
    async read(path, maxBytes) {
        return this.readNow(path, maxBytes);
    }
    /** The first `bytes` bytes of a file, with the same safety checks as `read` and no size limit. */
    async readHead(path, bytes) {
        return this.readNow(path, bytes, true);
    }
    isLink(path) {
        const rel = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRelative */ .iQ)(path);
        if (rel === null)
            return Promise.resolve(false);
        try {
            return Promise.resolve((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, rel)).isSymbolicLink());
        }
        catch {
            return Promise.resolve(false);
        }
    }
    readNow(path, maxBytes, headOnly = false) {
        const rel = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRelative */ .iQ)(path);
        if (rel === null)
            throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct('path is outside the scanned directory');
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.root, rel);
        let info;
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full);
        }
        catch {
            return null;
        }
        let target = full;
        if (info.isSymbolicLink()) {
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(full);
            }
            catch (e) {
                const code = e.code;
                throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct(code === 'ELOOP' ? 'symlink loop' : 'symlink to a file that does not exist');
            }
            this.rootReal ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(this.root);
            const within = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(this.rootReal, real);
            if (within === '' || within.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_3__.sep) || within === '..' || within.startsWith('/')) {
                throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct('symlink points outside the scanned directory; not followed');
            }
            target = real;
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
        }
        if (!info.isFile())
            throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct('not a regular file');
        if (info.size > maxBytes && !headOnly) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct(`file is ${info.size} bytes, over the limit of ${maxBytes} bytes`);
        }
        // O_NONBLOCK: a file swapped for a FIFO after the check above cannot block the open;
        // O_NOFOLLOW: nor can one swapped for a symlink be followed. The handle is checked again.
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
        try {
            const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
            if (!opened.isFile())
                throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct('not a regular file');
            if (opened.size > maxBytes && !headOnly) {
                throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct(`file is ${opened.size} bytes, over the limit of ${maxBytes} bytes`);
            }
            // Read at most maxBytes + 1 so a file that grows while being read is still caught.
            const buf = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
            let total = 0;
            for (;;) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, total, buf.length - total, total);
                if (bytesRead === 0)
                    break;
                total += bytesRead;
                if (total > maxBytes) {
                    if (headOnly)
                        return new Uint8Array(buf.buffer, buf.byteOffset, maxBytes);
                    throw new _source_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceReadError */ .Ct(`file is over the limit of ${maxBytes} bytes`);
                }
                if (total === buf.length)
                    break;
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, total);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
}


/***/ })

};
