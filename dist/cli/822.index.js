export const id = 822;
export const ids = [822];
export const modules = {

/***/ 71674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultPolicyRef: () => (/* binding */ defaultPolicyRef),
/* harmony export */   githubReader: () => (/* binding */ githubReader),
/* harmony export */   loadCliPolicy: () => (/* binding */ loadCliPolicy),
/* harmony export */   policyCommand: () => (/* binding */ policyCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32863);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73281);
/* harmony import */ var _policy_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65823);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77593);
// `policy check FILE`, and how the CLI loads a policy named on its command line.






/** The policy of a directory: its .github/ai-tooling-policy.yml|.yaml|.json, else builtin:default. */
function defaultPolicyRef(dir) {
    for (const name of ['ai-tooling-policy.yml', 'ai-tooling-policy.yaml', 'ai-tooling-policy.json']) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.github', name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
            return p;
    }
    return 'builtin:default';
}
async function policyCommand(args) {
    const [sub, ...rest] = args;
    if (sub !== 'check')
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(sub ? `unknown policy command "${sub}"` : 'policy needs a subcommand: check FILE');
    const { positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)(rest, {});
    if (positionals.length !== 1)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('policy check takes exactly one FILE');
    const file = positionals[0];
    const policy = await loadCliPolicy(file);
    const now = new Date();
    const locked = policy.rules.filter((r) => r.locked).length;
    const expired = policy.exceptions.filter((e) => (0,_policy_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpired */ ._d)(e, now));
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
        lines.push(`  note: exception for rule ${e.rule} expired on ${e.expires} (${(0,_policy_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOrigin */ .cp)(e.origin)})`);
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
    return (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadPolicy */ .tb)(ref, readGithub ? { readGithub } : {});
}


/***/ }),

/***/ 37822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: ./src/resolver/index.ts + 3 modules
var resolver = __webpack_require__(2003);
// EXTERNAL MODULE: ./src/diff/diff.ts
var diff = __webpack_require__(12592);
// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(73281);
// EXTERNAL MODULE: ./src/gate/report.ts
var gate_report = __webpack_require__(26229);
// EXTERNAL MODULE: ./src/reporters/json.ts
var json = __webpack_require__(14310);
// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(54369);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/reporters/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).



const TOOL_NAME = 'ai-tooling-gate';
const TOOL_VERSION = '0.1.0';
const INFORMATION_URI = 'https://github.com/ai-tooling-gate/ai-tooling-gate';
const SCAN_ERROR_RULE = 'scan-error';
function repoPath(prefix, file) {
    return prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}
function uri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function ruleFor(f) {
    const fail = f.action === 'fail' || (f.action === 'pass' && !f.unknownVersion);
    const what = f.tool
        ? `the AI coding tool ${f.tool}`
        : `${f.component.ecosystem} package ${f.component.name}`;
    const text = f.reason ?? `Policy rule ${f.ruleId} bans ${what}.`;
    const markdown = [
        `**${f.ruleId}**: ${escapeMd(text)}`,
        '',
        'ai-tooling-gate found a component this policy rule covers. Remove it, pin a version outside the',
        'banned range, or add a time-limited exception to the policy with a reason.',
        ...(f.link ? ['', `More: ${f.link}`] : []),
    ].join('\n');
    return {
        id: f.ruleId,
        name: f.ruleId
            .replace(/[^A-Za-z0-9]+/g, ' ')
            .trim()
            .replace(/\s+(\w)/g, (_m, c) => c.toUpperCase()),
        shortDescription: { text: `Banned AI tooling: ${f.ruleId}` },
        fullDescription: { text },
        help: { text: `${f.ruleId}: ${text}${f.link ? ` More: ${f.link}` : ''}`, markdown },
        ...(f.link ? { helpUri: f.link } : {}),
        defaultConfiguration: { level: fail ? 'error' : 'warning' },
        properties: {
            'security-severity': fail ? '8.0' : '4.0',
            tags: ['security', 'supply-chain', 'ai-tooling', ...(f.tool ? [`tool:${f.tool}`] : [])],
            precision: 'very-high',
            'problem.severity': fail ? 'error' : 'warning',
        },
    };
}
function fingerprint(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts).digest('hex');
}
/** Renders a report as SARIF 2.1.0. Removed findings are left out: they are no longer in the code. */
function renderSarif(report, options) {
    const gating = new Set((0,gate_report/* gateFindings */.Av)(report, options.failOn));
    const gatingErrors = new Set((0,gate_report/* gateErrors */.dc)(report, options.failOn));
    const rules = [];
    const ruleIndex = new Map();
    const indexOf = (rule) => {
        let i = ruleIndex.get(rule.id);
        if (i === undefined) {
            i = rules.length;
            rules.push(rule);
            ruleIndex.set(rule.id, i);
        }
        return i;
    };
    const results = [];
    for (const f of report.findings) {
        if (f.status === 'removed')
            continue;
        const level = f.action === 'pass' ? 'note' : f.action === 'fail' ? 'error' : 'warning';
        const file = repoPath(options.pathPrefix, f.location.file);
        results.push({
            ruleId: f.ruleId,
            ruleIndex: indexOf(ruleFor(f)),
            level,
            message: { text: f.message },
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
                'aiToolingGate/v1': fingerprint((0,diff/* findingIdentity */.AZ)({ ...f, location: { ...f.location, file } })),
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
                gating: gating.has(f),
                ...(f.status ? { status: f.status } : {}),
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
        const index = indexOf({
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
        });
        results.push({
            ruleId: SCAN_ERROR_RULE,
            ruleIndex: index,
            level: gatingErrors.has(e) ? 'error' : 'warning',
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
                automationDetails: { id: `${TOOL_NAME}/${report.mode}/` },
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
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
function escapeMd(s) {
    return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(80955);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(15799);
// EXTERNAL MODULE: ./src/inventory/engine.ts + 3 modules
var engine = __webpack_require__(95578);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(32863);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
// EXTERNAL MODULE: ./src/model/ecosystems.ts
var ecosystems = __webpack_require__(27184);
;// CONCATENATED MODULE: ./src/policy/relevance.ts


const NON_ASCII = /[^\x00-\x7f]/;
/** Fragments shorter than this are not worth searching for: every lockfile holds them. */
const MIN_FRAGMENT = 3;
/**
 * The longest literal fragment of a normalised name or glob that any name it matches contains,
 * in every spelling a lockfile may write it (so split at glob characters, at `/` and `@`, which a
 * URL may %-escape, and at `-`, `_` and `.`, which PEP 503 treats as one); null when no fragment
 * is long enough to narrow anything, or the name is not ASCII.
 */
function nameFragment(pattern) {
    // Letter case of non-ASCII letters does not round-trip (İ lowercases to two characters).
    if (NON_ASCII.test(pattern))
        return null;
    let best = '';
    for (const f of pattern.toLowerCase().split(/[*?/@\-_.]+/))
        if (f.length > best.length)
            best = f;
    return best.length >= MIN_FRAGMENT ? best : null;
}
/**
 * The `%XX` escapes a URL-decoding parser could turn into part of one of these fragments: the
 * escape of any character a fragment holds (either letter case), or of any non-ASCII byte (a
 * UTF-8 sequence may decode to a letter that lowercases into one, as the Kelvin sign does).
 */
function percentEscapesOf(fragments) {
    const codes = new Set();
    for (const f of fragments) {
        for (const ch of f + f.toUpperCase()) {
            codes.add(ch.charCodeAt(0).toString(16).padStart(2, '0'));
        }
    }
    return new RegExp(`%(?:[89a-f][0-9a-f]|${[...codes].sort().join('|')})`, 'i');
}
function nameFilter(policy, catalog) {
    const byEcosystem = new Map();
    let allEcosystems = false;
    const entry = (e) => {
        let n = byEcosystem.get(e);
        if (!n)
            byEcosystem.set(e, (n = { all: false, exact: new Set(), globs: [] }));
        return n;
    };
    const addName = (e, name) => {
        const n = entry(e);
        const normal = (0,names/* normalizeName */.Pc)(e, name);
        if (normal.includes('*') || normal.includes('?'))
            n.globs.push(normal);
        else
            n.exact.add(normal);
    };
    for (const rule of policy.rules) {
        if (rule.tool !== undefined) {
            // An unknown tool matches nothing (evaluate skips it the same way).
            for (const carrier of catalog.tool(rule.tool)?.carriers ?? [])
                addName(carrier.ecosystem, carrier.package);
        }
        else if (rule.package === undefined) {
            if (rule.ecosystem === undefined)
                allEcosystems = true;
            else
                entry(rule.ecosystem).all = true;
        }
        else if (rule.ecosystem === undefined) {
            // The policy parser requires an ecosystem with a package; a rule built otherwise covers all.
            for (const e of ecosystems/* ECOSYSTEMS */.S)
                addName(e, rule.package);
        }
        else {
            addName(rule.ecosystem, rule.package);
        }
    }
    // Per ecosystem, the lowercase fragments to look for; null: the text cannot be narrowed.
    const fragments = new Map();
    for (const [e, n] of byEcosystem) {
        if (n.all) {
            fragments.set(e, null);
            continue;
        }
        const list = [];
        let unbounded = false;
        for (const p of [...n.exact, ...n.globs]) {
            const f = nameFragment(p);
            if (f === null)
                unbounded = true;
            else
                list.push(f);
        }
        fragments.set(e, unbounded ? null : list);
    }
    const searchers = new Map();
    const searcherFor = (ecosystems) => {
        if (allEcosystems)
            return null;
        const key = [...ecosystems].sort().join(',');
        if (searchers.has(key))
            return searchers.get(key) ?? null;
        const all = new Set();
        for (const e of ecosystems) {
            const f = fragments.get(e);
            if (f === null) {
                searchers.set(key, null);
                return null;
            }
            for (const x of f ?? [])
                all.add(x);
        }
        if (all.size === 0)
            return 'none';
        // A fragment that contains another is implied by it: keep the shorter one only.
        const kept = [...all].filter((f) => ![...all].some((g) => g !== f && f.includes(g)));
        const searcher = {
            names: new RegExp(kept.map(escapeRegExp).join('|'), 'iu'),
            escapes: percentEscapesOf(kept),
        };
        searchers.set(key, searcher);
        return searcher;
    };
    return {
        mayMatch(ecosystem, name) {
            if (allEcosystems)
                return true;
            const n = byEcosystem.get(ecosystem);
            if (!n)
                return false;
            if (n.all)
                return true;
            const normal = (0,names/* normalizeName */.Pc)(ecosystem, name);
            return n.exact.has(normal) || n.globs.some((g) => (0,names/* globMatches */.mw)(g, normal));
        },
        textMayName(text, ecosystems) {
            const searcher = searcherFor(ecosystems);
            if (searcher === 'none')
                return false;
            if (searcher === null)
                return true;
            if (searcher.names.test(text) || hasEscapes(text, searcher.escapes))
                return true;
            // The comparison of most ecosystems lowercases names, and toLowerCase turns a few
            // non-ASCII letters into ASCII ones (the Kelvin sign into `k`): such text is not ruled out.
            return ecosystems.some(foldsCase) && NON_ASCII.test(text);
        },
    };
}
/** Whether an ecosystem compares names case-insensitively (lowercases them). */
function foldsCase(e) {
    return (0,names/* normalizeName */.Pc)(e, 'A') === 'a';
}
/** Escapes a parser could decode into name characters that the raw text does not show. */
function hasEscapes(text, percentEscapes) {
    return text.includes('\\') || (text.includes('%') && percentEscapes.test(text));
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/inventory/reconcile.ts
var reconcile = __webpack_require__(59268);
;// CONCATENATED MODULE: ./src/gate/scan.ts









/**
 * Runs the resolver over the components some rule could match by name, and passes the others
 * through: a look-up for a package no rule names can change no verdict, and would only cost time
 * (and fail closed on a private package the policy does not care about).
 */
async function resolveRelevant(resolve, components, errors, filter) {
    const relevant = [];
    components.forEach((c, i) => {
        if (filter.mayMatch(c.ecosystem, c.name))
            relevant.push(i);
    });
    if (relevant.length === 0)
        return components;
    const resolved = await resolve(relevant.map((i) => components[i]), errors);
    const out = [...components];
    relevant.forEach((i, k) => (out[i] = resolved[k]));
    return out;
}
/**
 * Audit mode: every component of one tree judged against the policy. The tree is streamed file by
 * file (`inventoryEach`), manifests first: a lockfile's components are judged as they come and let
 * go, and of the lockfiles only the versions of names some manifest declares are remembered, to
 * reconcile the manifests' entries at the end (`reconcileManifests`). The report is the one the
 * whole inventory, reconciled and judged at once, gives (tested over every fixture): the findings
 * in component order, the same count, the same errors.
 */
async function audit(source, options) {
    const filter = nameFilter(options.policy, catalog/* catalog */.U$);
    const evaluator = (0,evaluate/* createEvaluator */.m$)(options.policy, {
        catalog: catalog/* catalog */.U$,
        ...(options.now ? { now: options.now } : {}),
    });
    const resolverErrors = [];
    const resolve = options.resolve;
    // Findings by where their component sits in the whole inventory: its file, its place there.
    const judged = [];
    let count = 0;
    const judge = async (entries) => {
        let components = entries.map((e) => e.c);
        if (resolve)
            components = await resolveRelevant(resolve, components, resolverErrors, filter);
        components.forEach((c, k) => {
            const findings = evaluator.judge(c);
            if (findings.length > 0)
                judged.push({ file: entries[k].file, index: entries[k].index, findings });
        });
        count += components.length;
    };
    // Manifest entries wait for every lockfile; their names are what the lockfiles must remember.
    // Manifest files are handed over first, so every such name is known before any lockfile entry.
    const manifests = [];
    const manifestNames = new Map();
    const locked = new reconcile/* LockedVersions */.oi(manifestNames);
    const totals = await (0,engine/* inventoryEach */.U2)(source, { limits: options.limits ?? model_limits/* defaultLimits */.MK, first: reconcile/* isManifestPath */.HS }, async (file, list) => {
        const now = [];
        list.forEach((c, index) => {
            if ((0,reconcile/* isManifestEntry */.SY)(c)) {
                manifests.push({ file, c, index });
                const name = (0,names/* normalizeName */.Pc)(c.ecosystem, c.name);
                manifestNames.set((0,reconcile/* wantedKey */.tY)(c.ecosystem, name), name);
            }
            else {
                locked.note(c);
                now.push({ file, c, index });
            }
        });
        if (now.length > 0)
            await judge(now);
    });
    // One resolver call for every manifest entry left: their look-ups run concurrently.
    await judge(manifests.filter((m) => !locked.pins(m.c)));
    judged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
    return (0,gate_report/* buildReport */.FK)({
        mode: 'audit',
        findings: judged.flatMap((j) => j.findings),
        errors: [...totals.errors, ...resolverErrors],
        notices: evaluator.notices(),
        filesScanned: totals.filesScanned,
        components: count,
        policySources: options.policy.sources,
    });
}
/**
 * Diff mode: the findings at head, each `introduced` or `unchanged` against base, plus the base
 * findings that are gone (`removed`). One policy (the base's) judges both sides.
 */
async function diffScan(base, head, options) {
    const limits = options.limits ?? model_limits/* defaultLimits */.MK;
    const filter = nameFilter(options.policy, catalog/* catalog */.U$);
    const d = await (0,diff/* diffInventory */.MU)(base, head, {
        limits,
        nameFilter: filter,
        ...(options.failOn === 'any' ? { parseEveryFile: true } : {}),
        ...(options.changed ? { changed: options.changed } : {}),
        ...(options.detectors ? { detectors: options.detectors } : {}),
    });
    let headComponents = (0,reconcile/* reconcileManifests */.fU)(d.head.components);
    let baseComponents = (0,reconcile/* reconcileManifests */.fU)(d.baseComponents);
    if (options.resolve) {
        headComponents = await resolveRelevant(options.resolve, headComponents, d.head.errors, filter);
        baseComponents = await resolveRelevant(options.resolve, baseComponents, d.baseErrors, filter);
    }
    const evalOptions = { catalog: catalog/* catalog */.U$, ...(options.now ? { now: options.now } : {}) };
    const atHead = (0,evaluate/* evaluate */._3)(headComponents, options.policy, evalOptions);
    const atBase = (0,evaluate/* evaluate */._3)(baseComponents, options.policy, evalOptions);
    return (0,gate_report/* buildReport */.FK)({
        mode: 'diff',
        findings: (0,diff/* classifyFindings */.ZY)(atBase.findings, atHead.findings),
        errors: d.headErrors,
        notices: [...(options.notices ?? []), ...atHead.notices],
        diff: { base: base.description, head: head.description, baseErrors: d.baseErrors },
        filesScanned: d.head.filesScanned,
        components: headComponents.length,
        unchangedNotParsed: d.notParsed,
        policySources: options.policy.sources,
    });
}
function inventoryReport(inv) {
    return {
        schemaVersion: 1,
        components: inv.components,
        errors: inv.errors,
        summary: { filesScanned: inv.filesScanned, components: inv.components.length },
    };
}

// EXTERNAL MODULE: ./src/sources/directory.ts
var directory = __webpack_require__(36253);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/npm-resolver.ts
var npm_resolver = __webpack_require__(75262);
// EXTERNAL MODULE: ./src/cli/policy.ts
var cli_policy = __webpack_require__(71674);
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
    });
    const dir = (0,cli_args/* rootDir */.K8)(positionals);
    const format = (0,cli_args/* oneOf */.yL)('format', values.format, ['text', 'json', 'sarif', 'markdown'], 'text');
    const base = values.base;
    const failOn = (0,cli_args/* oneOf */.yL)('fail-on', values['fail-on'], ['introduced', 'any', 'never'], base !== undefined ? 'introduced' : 'any');
    const limits = (0,model_limits/* limitsFromEnv */.E9)(process.env);
    const policyOption = values.policy;
    let report;
    let pathPrefix = '';
    if (base !== undefined) {
        const wt = await (0,git/* workTreeOf */.FY)(dir);
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
        const head = new directory/* DirectorySource */.D(dir, limits.maxFiles);
        try {
            const { policy, notices } = policyOption
                ? { policy: await (0,cli_policy.loadCliPolicy)(policyOption), notices: [] }
                : await basePolicy(baseSource, head);
            const changed = await (0,git/* workTreeChanges */.fr)(wt.top, sha, wt.prefix);
            // Registry settings come from the base commit's .npmrc: a change cannot redirect look-ups.
            const baseNpmrc = await (0,diff/* readPolicyText */.OG)(baseSource, '.npmrc').catch(() => null);
            const resolve = (0,resolver/* auditResolveHook */.xl)((0,npm_resolver/* npmResolver */.y)(dir, values, baseNpmrc));
            report = await diffScan(baseSource, head, { policy, limits, notices, changed, resolve, failOn });
        }
        finally {
            baseSource.close();
        }
    }
    else {
        const policy = await (0,cli_policy.loadCliPolicy)(policyOption ?? (0,cli_policy.defaultPolicyRef)(dir));
        const resolve = (0,resolver/* auditResolveHook */.xl)((0,npm_resolver/* npmResolver */.y)(dir, values));
        report = await audit(new directory/* DirectorySource */.D(dir, limits.maxFiles), { policy, limits, resolve });
    }
    const text = format === 'json'
        ? (0,json/* renderJson */.h)(report)
        : format === 'sarif'
            ? renderSarif(report, { failOn, pathPrefix })
            : format === 'markdown'
                ? (0,markdown/* renderMarkdown */.Gc)(report, { failOn })
                : (0,reporters_text/* renderScanText */.Jd)(report);
    await (0,cli_args/* emit */.Ic)(text, values.output);
    return (0,gate_report/* gateFails */.xd)(report, failOn) ? 1 : 0;
}
/**
 * Diff mode without --policy: the policy file as it is at the base commit (or builtin:default when
 * the base has none), and a notice when the working tree changes it.
 */
async function basePolicy(baseSource, head) {
    const readGithub = (0,cli_policy.githubReader)();
    for (const path of diff/* DEFAULT_POLICY_PATHS */.aj) {
        const [atBase, atHead] = await Promise.all([
            (0,diff/* readPolicyText */.OG)(baseSource, path),
            (0,diff/* readPolicyText */.OG)(head, path),
        ]);
        if (atBase === null && atHead === null)
            continue;
        const policy = atBase === null
            ? await (0,load/* loadPolicy */.tb)('builtin:default')
            : await (0,load/* loadPolicyFromTree */.jG)(path, (p) => (0,diff/* readPolicyText */.OG)(baseSource, p), { readGithub });
        const notices = [];
        if (atHead !== atBase) {
            let headPolicy;
            try {
                headPolicy =
                    atHead === null
                        ? null
                        : await (0,load/* loadPolicyFromTree */.jG)(path, (p) => (0,diff/* readPolicyText */.OG)(head, p).catch(() => null), {
                            readGithub,
                        });
            }
            catch (e) {
                headPolicy = e;
            }
            notices.push((0,diff/* policyChangeNotice */.rm)(path, atBase === null ? null : policy, headPolicy));
        }
        return { policy, notices };
    }
    return { policy: await (0,load/* loadPolicy */.tb)('builtin:default'), notices: [] };
}


/***/ })

};
