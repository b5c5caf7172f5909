export const id = 505;
export const ids = [505];
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
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84813);
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

/***/ 5119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZY: () => (/* binding */ classifyFindings),
  MU: () => (/* binding */ diffInventory),
  AZ: () => (/* binding */ findingIdentity)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/inventory/engine.ts + 5 modules
var engine = __webpack_require__(75054);
// EXTERNAL MODULE: ./src/inventory/flows.ts
var flows = __webpack_require__(67037);
// EXTERNAL MODULE: ./src/inventory/workflow-templates.ts
var workflow_templates = __webpack_require__(59313);
;// CONCATENATED MODULE: ./src/diff/renames.ts
// Renames between base and head: which head path a base file moved to, so that a move keeps its
// findings' identity (a move introduces nothing).

function hasBlobIds(s) {
    return typeof s.blobId === 'function';
}
/**
 * Adds the exact moves the known renames do not cover: a changed head file (of `headPaths`: the
 * ones whose pairing can matter) whose content is the content a base file of `basePaths` had,
 * where that base file is gone or changed at head.
 * GitHub's pull-request file list calls two swapped files "modified" (it does not break rewrites
 * as `git diff -B` does), and git does not break two similar files; their contents still pair
 * them. Content is named by blob id where both sources have them, else by a hash of the bytes
 * (at most `maxBytes`; a file that cannot be read pairs nothing). Each path pairs once.
 */
async function withExactRenames(base, head, headPaths, basePaths, known, maxBytes) {
    const out = new Map(known);
    const wanted = [...new Set(headPaths)].filter((p) => !out.has(p)).sort();
    if (wanted.length === 0)
        return out;
    const useIds = hasBlobIds(base) && hasBlobIds(head);
    const id = async (s, p) => {
        try {
            if (useIds) {
                const v = await s.blobId(p);
                // A link that cannot be followed is not content.
                return v === null || v.startsWith('link:') ? null : v;
            }
            const bytes = await s.read(p, maxBytes);
            return bytes === null ? null : (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        }
        catch {
            return null;
        }
    };
    const takenFrom = new Set(known.values());
    const headIds = new Map();
    for (const p of wanted) {
        const h = await id(head, p);
        // A file whose content is what it was at base did not move here.
        if (h !== null && (await id(base, p)) !== h)
            headIds.set(p, h);
    }
    const wantedIds = new Set(headIds.values());
    const baseIds = new Map();
    for (const q of [...new Set(basePaths)].sort()) {
        if (takenFrom.has(q))
            continue;
        const b = await id(base, q);
        // A base file still there unchanged did not move (a copy is not a move).
        if (b === null || !wantedIds.has(b) || (await id(head, q)) === b)
            continue;
        const list = baseIds.get(b);
        if (list)
            list.push(q);
        else
            baseIds.set(b, [q]);
    }
    for (const [p, h] of headIds) {
        const from = baseIds.get(h)?.find((q) => q !== p && !takenFrom.has(q));
        if (from === undefined)
            continue;
        out.set(p, from);
        takenFrom.add(from);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/diff/diff.ts
// Diff mode: which findings a change introduces, keeps or removes, and which files it changes.





/**
 * The identity of a finding across commits: rule, carrier, version (or the spec written when the
 * version is unknown) and file — never the line, so moving an entry is not introducing it. `file`
 * overrides the finding's own (a head file's path at base, when the change moved it).
 */
function findingIdentity(f, file = f.location.file) {
    const c = f.component;
    return [f.ruleId, c.ecosystem, c.name, c.version === null ? `spec:${c.spec ?? ''}` : c.version, file].join('\u0000');
}
/**
 * Marks each head finding `introduced` (no finding of the same identity at base) or `unchanged`,
 * and adds each base finding with no counterpart at head as `removed`. Identities are counted, so
 * a second copy of an existing finding in the same file is introduced. A head finding in a file
 * the change moved (`renames`: head path → base path) is compared with the findings of the file's
 * base path, and says where it moved from (`movedFrom`).
 */
function classifyFindings(base, head, renames = new Map()) {
    const remaining = new Map();
    for (const f of base) {
        const k = findingIdentity(f);
        const list = remaining.get(k);
        if (list)
            list.push(f);
        else
            remaining.set(k, [f]);
    }
    const out = [];
    for (const f of head) {
        const from = renames.get(f.location.file);
        const list = remaining.get(findingIdentity(f, from));
        const status = list && list.length > 0 ? 'unchanged' : 'introduced';
        if (list && list.length > 0)
            list.shift();
        out.push({ ...f, status, ...(from !== undefined ? { movedFrom: from } : {}) });
    }
    for (const f of base) {
        const list = remaining.get(findingIdentity(f));
        if (list && list.includes(f))
            out.push({ ...f, status: 'removed' });
    }
    return out;
}
/**
 * Detects components at head and at base, parsing each unchanged file once: a detector file is
 * re-detected at base only when it changed or when a file it read (`DetectInput.readFile`) did.
 * Reading the same inputs, a detector reads the same files, so the reads recorded at head are the
 * reads it made at base for every file taken as unchanged.
 */
async function diffInventory(base, head, options = {}) {
    const { changed: hint, nameFilter, parseEveryFile, renames: knownRenames, ...inventoryOptions } = options;
    const maxBytes = options.limits?.maxFileBytes ?? 64 * 1024 * 1024;
    const memo = new Map();
    const isChanged = (path) => {
        let p = memo.get(path);
        if (!p) {
            p = hint ? Promise.resolve(hint.has(path)) : contentDiffers(base, head, path, maxBytes);
            memo.set(path, p);
        }
        return p;
    };
    // The text test first (one search of text already in memory), then whether the file changed:
    // a changed file is always parsed, so that its errors fail the gate.
    const namesCovered = (detector, text) => !nameFilter || !detector.namesInText || nameFilter.textMayName(text, detector.namesInText);
    const headInv = await (0,engine/* inventory */.pf)(head, {
        ...inventoryOptions,
        ...(nameFilter && !parseEveryFile
            ? {
                shouldParse: async (path, detector, text) => namesCovered(detector, text) || (await isChanged(path)),
            }
            : {}),
    });
    // A file read through readFile may be one the change list does not cover (an ignored `.env`
    // on disk in the CLI's work tree): it is compared directly as well.
    const readMemo = new Map();
    const isReadChanged = (path) => {
        let p = readMemo.get(path);
        if (!p) {
            p = isChanged(path).then((c) => c || (hint ? contentDiffers(base, head, path, maxBytes) : false));
            readMemo.set(path, p);
        }
        return p;
    };
    // The change list names paths as git sees them: a symlink whose target changed is not on it,
    // nor is anything else git does not track as that path. A file it calls unchanged that holds
    // a component the policy may match, or an error, is confirmed by its content (few files do).
    const mayMatter = (r) => r.errors.length > 0 || r.components.some((c) => !nameFilter || nameFilter.mayMatch(c.ecosystem, c.name));
    const dirty = new Set();
    for (const [path, result] of headInv.byFile) {
        if (await isChanged(path)) {
            dirty.add(path);
            continue;
        }
        if (hint && mayMatter(result) && (await contentDiffers(base, head, path, maxBytes, true))) {
            dirty.add(path);
            continue;
        }
        for (const read of result.reads) {
            if (await isReadChanged(read)) {
                dirty.add(path);
                break;
            }
        }
    }
    // Detector files present at base only (deleted or renamed away): scanned at base.
    const headFiles = new Set(headInv.files);
    const detectorList = options.detectors;
    const baseOnly = [];
    const candidates = hint ? [...hint] : await base.list();
    for (const path of candidates) {
        if (headFiles.has(path))
            continue;
        if ((0,engine/* detectorsFor */.J9)(path, detectorList).length === 0)
            continue;
        baseOnly.push(path);
    }
    // Exact moves the change list does not pair, among the changed files whose pairing can matter:
    // the ones holding a component the policy may match, or an error.
    const pairable = new Set();
    for (const [path, result] of headInv.byFile) {
        if (result.errors.length > 0)
            pairable.add(path);
        for (const c of result.components)
            if (!nameFilter || nameFilter.mayMatch(c.ecosystem, c.name))
                pairable.add(c.location.file);
    }
    const changedPairable = [];
    for (const p of pairable)
        if (dirty.has(p) || (await isChanged(p)))
            changedPairable.push(p);
    const renames = await withExactRenames(base, head, changedPairable, hint ?? [...dirty, ...baseOnly], knownRenames ?? new Map(), maxBytes);
    // A moved file that cannot be parsed is compared with its base path's errors, so that path is
    // parsed at base whatever its text names.
    const movedWithErrors = new Set();
    for (const [path, result] of headInv.byFile) {
        const from = renames.get(path);
        if (from !== undefined && result.errors.length > 0)
            movedWithErrors.add(from);
    }
    const toScanAtBase = [...new Set([...dirty, ...baseOnly])].sort();
    // At base, a file that names nothing the policy covers holds no finding to compare with: its
    // head side's findings (if any) are introduced either way.
    const unchangedReferences = [];
    for (const [path, result] of headInv.byFile)
        if (!dirty.has(path) && result.workflowReferences)
            unchangedReferences.push(result.workflowReferences);
    const baseInv = await (0,engine/* inventory */.pf)(restrictedSource(base, toScanAtBase), {
        ...inventoryOptions,
        workflowReferencesElsewhere: unchangedReferences,
        ...(nameFilter
            ? {
                shouldParse: (path, d, text) => namesCovered(d, text) || movedWithErrors.has(path),
            }
            : {}),
    });
    const errorKey = (file, e) => `${file}\u0000${e.line ?? 0}\u0000${e.message}`;
    const baseErrorKeys = new Set(baseInv.errors.map((e) => errorKey(e.file, e)));
    const baseComponents = [...baseInv.components];
    // An unchanged file is judged on its own at base only when nothing built or ran it there: a
    // caller added or removed by the change moves its findings between it and the caller.
    const atBase = new Map();
    for (const [path, result] of headInv.byFile)
        if (!dirty.has(path))
            atBase.set(path, result);
    for (const [path, result] of baseInv.byFile)
        atBase.set(path, result);
    // A nested workflow file is used at base by what the base holds (a copy the change adds or
    // removes moves its findings in or out).
    (0,workflow_templates/* judgeWorkflowTemplates */.M)(atBase);
    const droppedAtBase = (0,flows/* judgedByCallers */.lj)(atBase);
    for (const path of headInv.byFile.keys()) {
        if (dirty.has(path))
            continue;
        for (const c of (0,flows/* componentsWhere */.Qp)(atBase.get(path), droppedAtBase.has(path)))
            baseComponents.push(c);
    }
    const headErrors = [];
    for (const [path, result] of headInv.byFile) {
        // A file moved with the same error it had at its base path: the error is not new.
        const from = renames.get(path);
        for (const e of result.errors) {
            const fresh = dirty.has(path) && (from === undefined || !baseErrorKeys.has(errorKey(from, e)));
            headErrors.push({ ...e, status: fresh ? 'introduced' : 'unchanged' });
        }
    }
    return {
        head: headInv,
        baseComponents,
        baseErrors: baseInv.errors,
        headErrors: sortErrors(headErrors),
        dirty: [...dirty].sort(),
        baseFilesScanned: baseInv.filesScanned,
        notParsed: headInv.notParsed,
        renames,
    };
}
function sortErrors(errors) {
    return errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** A view of a source that lists only the given paths (which may not exist in it). */
function restrictedSource(source, paths) {
    return {
        description: source.description,
        list: () => Promise.resolve(paths),
        read: (path, maxBytes) => source.read(path, maxBytes),
    };
}
/**
 * Whether a path differs between the trees: by blob id when both sources have them, else by a
 * hash of the bytes. A path that cannot be read on a side (a symlink out of the tree, too large)
 * counts by its error, so the same unreadable file on both sides is unchanged (it warns) while a
 * newly unreadable one is changed (it fails closed).
 */
async function contentDiffers(base, head, path, maxBytes, 
/** Only bytes count: a side that cannot be read leaves the path as the change list has it. */
readableOnly = false) {
    const useIds = hasBlobIds(base) && hasBlobIds(head);
    const [a, b] = await Promise.all([
        fingerprint(base, path, maxBytes, useIds),
        fingerprint(head, path, maxBytes, useIds),
    ]);
    // The same dangling link reads as "points outside" in git and "does not exist" on disk.
    if (readableOnly && (a.startsWith('error:') || b.startsWith('error:')))
        return false;
    return a !== b;
}
async function fingerprint(source, path, maxBytes, useIds) {
    try {
        if (useIds)
            return `id:${(await source.blobId(path)) ?? 'absent'}`;
        const bytes = await source.read(path, maxBytes);
        return bytes === null ? 'absent' : `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    }
    catch (e) {
        return `error:${e instanceof Error ? e.message : String(e)}`;
    }
}


/***/ }),

/***/ 26229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ buildReport),
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
function buildReport(input) {
    const active = input.findings.filter((f) => f.status !== 'removed');
    const summary = {
        filesScanned: input.filesScanned,
        components: input.components,
        failed: active.filter((f) => f.action === 'fail').length,
        warned: active.filter((f) => f.action === 'warn').length,
        passed: active.filter((f) => f.action === 'pass').length,
    };
    if (input.mode === 'diff') {
        summary.introduced = input.findings.filter((f) => f.status === 'introduced' && f.action !== 'pass').length;
        summary.removed = input.findings.filter((f) => f.status === 'removed').length;
        summary.unchangedNotParsed = input.unchangedNotParsed ?? 0;
    }
    return {
        schemaVersion: 1,
        mode: input.mode,
        findings: input.findings,
        errors: input.errors,
        notices: input.notices,
        ...(input.diff ? { diff: input.diff } : {}),
        summary,
        policy: { ...(input.policyName ?? {}), sources: input.policySources },
    };
}
/** The verdict on `report` under `failOn`. */
function verdictOf(report, failOn) {
    const findings = failOn === 'never'
        ? []
        : report.findings.filter((f) => f.action === 'fail' &&
            f.status !== 'removed' &&
            (failOn === 'any' || report.mode !== 'diff' || f.status === 'introduced'));
    const errors = failOn === 'never'
        ? []
        : report.mode === 'diff' && failOn === 'introduced'
            ? report.errors.filter((e) => e.status !== 'unchanged')
            : report.errors;
    const gating = new Set(findings);
    const gatingErrors = new Set(errors);
    return {
        failOn,
        mode: report.mode,
        fails: findings.length > 0 || errors.length > 0,
        findings,
        errors,
        gates: (f) => gating.has(f),
        gatesError: (e) => gatingErrors.has(e),
    };
}


/***/ }),

/***/ 27245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nameFilter)
/* harmony export */ });
/* unused harmony export nameFragment */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25714);
/* harmony import */ var _model_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27184);


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
        const normal = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(e, name);
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
            for (const e of _model_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__/* .ECOSYSTEMS */ .S)
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
            const normal = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(ecosystem, name);
            return n.exact.has(normal) || n.globs.some((g) => (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatches */ .mw)(g, normal));
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
    return (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeName */ .Pc)(e, 'A') === 'a';
}
/** Escapes a parser could decode into name characters that the raw text does not show. */
function hasEscapes(text, percentEscapes) {
    return text.includes('\\') || (text.includes('%') && percentEscapes.test(text));
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
/* harmony import */ var _diff_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5119);
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15799);
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
        ? ` (${s.unchangedNotParsed} unchanged, naming nothing the policy covers, not parsed)`
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






const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The files of a directory on disk. In a git work tree: the files git tracks plus untracked ones
 * it does not ignore; otherwise every file. `node_modules/` and `.git/` are always skipped, and a
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
