export const id = 642;
export const ids = [642];
export const modules = {

/***/ 19952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ findingIdentity),
/* harmony export */   MU: () => (/* binding */ diffInventory),
/* harmony export */   OG: () => (/* binding */ readPolicyText),
/* harmony export */   ZY: () => (/* binding */ classifyFindings),
/* harmony export */   aj: () => (/* binding */ DEFAULT_POLICY_PATHS),
/* harmony export */   rm: () => (/* binding */ policyChangeNotice)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62371);
// Diff mode: which findings a change introduces, keeps or removes, and which files it changes.


function hasBlobIds(s) {
    return typeof s.blobId === 'function';
}
/**
 * The identity of a finding across commits: rule, carrier, version (or the spec written when the
 * version is unknown) and file — never the line, so moving an entry is not introducing it.
 */
function findingIdentity(f) {
    const c = f.component;
    return [
        f.ruleId,
        c.ecosystem,
        c.name,
        c.version === null ? `spec:${c.spec ?? ''}` : c.version,
        f.location.file,
    ].join('\u0000');
}
/**
 * Marks each head finding `introduced` (no finding of the same identity at base) or `unchanged`,
 * and adds each base finding with no counterpart at head as `removed`. Identities are counted, so
 * a second copy of an existing finding in the same file is introduced.
 */
function classifyFindings(base, head) {
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
        const list = remaining.get(findingIdentity(f));
        const status = list && list.length > 0 ? 'unchanged' : 'introduced';
        if (list && list.length > 0)
            list.shift();
        out.push({ ...f, status });
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
    const { changed: hint, nameFilter, parseEveryFile, ...inventoryOptions } = options;
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
    const headInv = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .inventory */ .pf)(head, {
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
        if ((0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .detectorsFor */ .J9)(path, detectorList).length === 0)
            continue;
        baseOnly.push(path);
    }
    const toScanAtBase = [...new Set([...dirty, ...baseOnly])].sort();
    // At base, a file that names nothing the policy covers holds no finding to compare with: its
    // head side's findings (if any) are introduced either way.
    const baseInv = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .inventory */ .pf)(restrictedSource(base, toScanAtBase), {
        ...inventoryOptions,
        ...(nameFilter
            ? { shouldParse: (_path, d, text) => namesCovered(d, text) }
            : {}),
    });
    const baseComponents = [...baseInv.components];
    for (const [path, result] of headInv.byFile) {
        if (!dirty.has(path))
            for (const c of result.components)
                baseComponents.push(c);
    }
    const headErrors = [];
    for (const [path, result] of headInv.byFile) {
        for (const e of result.errors)
            headErrors.push({ ...e, status: dirty.has(path) ? 'introduced' : 'unchanged' });
    }
    return {
        head: headInv,
        baseComponents,
        baseErrors: baseInv.errors,
        headErrors: sortErrors(headErrors),
        dirty: [...dirty].sort(),
        baseFilesScanned: baseInv.filesScanned,
        notParsed: headInv.notParsed,
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
        return bytes === null ? 'absent' : `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
    }
    catch (e) {
        return `error:${e instanceof Error ? e.message : String(e)}`;
    }
}
/**
 * A notice for a change to the policy file itself: it does not judge this change (the base
 * policy does); it takes effect after merge. Names the rules it would add, remove or change.
 */
function policyChangeNotice(path, basePolicy, headPolicy) {
    if (headPolicy === null) {
        return {
            kind: 'policy-changed',
            message: `this change deletes the policy ${path}; this run judges it by the policy of the base commit, and the deletion takes effect after merge`,
        };
    }
    if (headPolicy instanceof Error) {
        return {
            kind: 'policy-changed',
            message: `this change edits the policy ${path}; it takes effect after merge, and as changed it is invalid: ${headPolicy.message}`,
        };
    }
    const before = new Map((basePolicy?.rules ?? []).map((r) => [r.id, JSON.stringify({ ...r, origin: undefined })]));
    const after = new Map(headPolicy.rules.map((r) => [r.id, JSON.stringify({ ...r, origin: undefined })]));
    const added = [...after.keys()].filter((id) => !before.has(id));
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const modified = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
    const exBefore = basePolicy?.exceptions.length ?? 0;
    const exAfter = headPolicy.exceptions.length;
    const parts = [];
    if (added.length)
        parts.push(`rules added: ${added.join(', ')}`);
    if (removed.length)
        parts.push(`rules removed: ${removed.join(', ')}`);
    if (modified.length)
        parts.push(`rules changed: ${modified.join(', ')}`);
    if (exBefore !== exAfter)
        parts.push(`exceptions: ${exBefore} → ${exAfter}`);
    else if (JSON.stringify(basePolicy?.exceptions.map((e) => ({ ...e, origin: undefined })) ?? []) !==
        JSON.stringify(headPolicy.exceptions.map((e) => ({ ...e, origin: undefined })))) {
        parts.push('exceptions changed');
    }
    if (JSON.stringify(basePolicy?.settings ?? {}) !== JSON.stringify(headPolicy.settings))
        parts.push('settings changed');
    return {
        kind: 'policy-changed',
        message: `this change edits the policy ${path}; this run judges it by the policy of the base commit, and the change takes effect after merge${parts.length ? ` (${parts.join('; ')})` : ''}`,
    };
}
/** Where a repository keeps its policy, in the order they are looked for. */
const DEFAULT_POLICY_PATHS = [
    '.github/ai-tooling-policy.yml',
    '.github/ai-tooling-policy.yaml',
    '.github/ai-tooling-policy.json',
];
/**
 * Reads a policy file from a tree (the base commit in diff mode, so a change cannot weaken the
 * policy that judges it). Returns null when the file is not in the tree.
 */
async function readPolicyText(source, path) {
    const bytes = await source.read(path, 4 * 1024 * 1024);
    return bytes === null
        ? null
        : new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
}


/***/ }),

/***/ 70665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ gateFindings),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   dc: () => (/* binding */ gateErrors),
/* harmony export */   xd: () => (/* binding */ gateFails)
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
        policy: { sources: input.policySources },
    };
}
/** The findings that fail the gate under a `fail-on` setting. */
function gateFindings(report, failOn) {
    if (failOn === 'never')
        return [];
    return report.findings.filter((f) => f.action === 'fail' &&
        f.status !== 'removed' &&
        (failOn === 'any' || report.mode !== 'diff' || f.status === 'introduced'));
}
/**
 * The errors that fail the gate: every error, except that in diff mode under `introduced` an
 * error in a file the change did not touch only warns.
 */
function gateErrors(report, failOn) {
    if (failOn === 'never')
        return [];
    if (report.mode === 'diff' && failOn === 'introduced')
        return report.errors.filter((e) => e.status !== 'unchanged');
    return report.errors;
}
/** Whether the gate fails: a failing finding, or an input that had to be scanned and could not be read. */
function gateFails(report, failOn, gatingErrors = gateErrors(report, failOn)) {
    if (failOn === 'never')
        return false;
    return gateFindings(report, failOn).length > 0 || gatingErrors.length > 0;
}


/***/ }),

/***/ 54369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony export verdictLine */
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70665);

/** Escapes text for a table cell or inline prose. */
function mdText(s) {
    return s.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}
/** Inline code that survives backticks in the value. */
function mdCode(s) {
    const clean = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
const STATUS_ORDER = { introduced: 0, unchanged: 1, undefined: 1, removed: 2 };
const ACTION_ORDER = { fail: 0, warn: 1, pass: 2 };
function actionLabel(f, gating) {
    if (f.action === 'pass')
        return `excepted until ${f.exception?.expires ?? '?'}`;
    if (gating.has(f))
        return '❌ fails the gate';
    return f.action === 'fail' ? '⚠️ banned (pre-existing)' : '⚠️ warning';
}
/** Collects lines up to a byte budget, keeping room for a closing note. */
class Budget {
    max;
    lines = [];
    used = 0;
    constructor(max) {
        this.max = max;
    }
    fits(line, reserve = 0) {
        return this.used + Buffer.byteLength(line) + 1 + reserve <= this.max;
    }
    push(line) {
        this.lines.push(line);
        this.used += Buffer.byteLength(line) + 1;
    }
}
/** The verdict in one sentence. */
function verdictLine(report, failOn) {
    const failed = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateFails */ .xd)(report, failOn);
    const findings = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateFindings */ .Av)(report, failOn).length;
    const errors = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateErrors */ .dc)(report, failOn).length;
    if (!failed) {
        if (failOn === 'never')
            return 'Passed: `fail-on: never` never fails the gate.';
        const pre = report.findings.filter((f) => f.action === 'fail' && f.status === 'unchanged').length;
        const fixed = report.findings.filter((f) => f.status === 'removed' && f.action !== 'pass').length;
        const parts = ['Passed: no banned AI tooling is introduced'];
        if (report.mode === 'audit')
            parts[0] = 'Passed: no banned AI tooling found';
        if (pre > 0)
            parts.push(`${pre} banned component(s) already on the base branch are reported as warnings`);
        if (fixed > 0)
            parts.push(`${fixed} finding(s) fixed by this change`);
        return parts.join('; ') + '.';
    }
    const parts = [];
    if (findings > 0) {
        parts.push(report.mode === 'diff' && failOn === 'introduced'
            ? `${findings} banned component(s) introduced by this change`
            : `${findings} banned component(s)`);
    }
    if (errors > 0)
        parts.push(`${errors} file(s) that could not be scanned (the gate fails closed)`);
    return `Failed: ${parts.join(' and ')} (fail-on: ${failOn}).`;
}
/** Renders the report as Markdown, within `maxBytes`. */
function renderMarkdown(report, options) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const budget = new Budget(options.maxBytes ?? Number.POSITIVE_INFINITY);
    const failed = (0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateFails */ .xd)(report, options.failOn);
    const gating = new Set((0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateFindings */ .Av)(report, options.failOn));
    const gatingErrors = new Set((0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .gateErrors */ .dc)(report, options.failOn));
    const s = report.summary;
    const NOTE_RESERVE = 400;
    const head = [
        `${h} ${failed ? '❌' : '✅'} ${options.title ?? 'ai-tooling-gate'}: ${failed ? 'failed' : 'passed'}`,
        '',
        verdictLine(report, options.failOn),
        '',
    ];
    for (const n of options.extraNotes ?? [])
        head.push(n, '');
    head.push(report.mode === 'diff'
        ? '| Fail the gate | Banned | Warnings | Introduced | Fixed | Excepted | Errors | Files scanned |'
        : '| Fail the gate | Banned | Warnings | Excepted | Errors | Files scanned |', report.mode === 'diff' ? '|---:|---:|---:|---:|---:|---:|---:|---:|' : '|---:|---:|---:|---:|---:|---:|', report.mode === 'diff'
        ? `| ${gating.size + gatingErrors.size} | ${s.failed} | ${s.warned} | ${s.introduced ?? 0} | ${s.removed ?? 0} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`
        : `| ${gating.size + gatingErrors.size} | ${s.failed} | ${s.warned} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`, '');
    if (s.unchangedNotParsed) {
        head.push(`${s.unchangedNotParsed} unchanged file${s.unchangedNotParsed === 1 ? '' : 's'} of the ${s.filesScanned} name${s.unchangedNotParsed === 1 ? 's' : ''} nothing the policy covers: read, not parsed (no finding can be in ${s.unchangedNotParsed === 1 ? 'it' : 'them'}).`, '');
    }
    for (const line of head)
        budget.push(line);
    const active = report.findings.filter((f) => f.status !== 'removed');
    const removed = report.findings.filter((f) => f.status === 'removed');
    let omitted = 0;
    const where = (file, line) => {
        const url = options.link?.(file, line);
        return url ? `[L${line}](${url})` : `L${line}`;
    };
    const row = (f) => {
        const c = f.component;
        const version = c.version ?? (c.spec ? `${c.spec} (unknown)` : 'unknown');
        const tool = f.tool ? `${mdText(f.tool)}${f.toolVersion ? ' ' + mdText(f.toolVersion) : ''}` : '—';
        return `| ${f.status ?? 'present'} | ${actionLabel(f, gating)} | ${tool} | ${mdText(c.ecosystem)} ${mdCode(c.alias ? `${c.name} (as ${c.alias})` : c.name)} | ${mdCode(version)} | ${mdCode(f.ruleId)} | ${where(f.location.file, f.location.line)} |`;
    };
    const section = (title, findings) => {
        if (findings.length === 0)
            return;
        const byFile = new Map();
        const sorted = [...findings].sort((a, b) => STATUS_ORDER[`${a.status}`] -
            STATUS_ORDER[`${b.status}`] ||
            ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
            (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
            a.location.line - b.location.line);
        for (const f of sorted) {
            const list = byFile.get(f.location.file);
            if (list)
                list.push(f);
            else
                byFile.set(f.location.file, [f]);
        }
        const titleLine = `${h}# ${title}`;
        if (!budget.fits(titleLine, NOTE_RESERVE)) {
            omitted += findings.length;
            return;
        }
        budget.push(titleLine);
        budget.push('');
        for (const [file, list] of byFile) {
            const fileHead = [
                `**${mdCode(file)}**`,
                '',
                '| Status | Verdict | Tool | Carrier | Version | Rule | Line |',
                '|---|---|---|---|---|---|---|',
            ];
            if (!budget.fits(fileHead.join('\n') + row(list[0]), NOTE_RESERVE)) {
                omitted += list.length;
                continue;
            }
            for (const l of fileHead)
                budget.push(l);
            for (const f of list) {
                const r = row(f);
                if (budget.fits(r, NOTE_RESERVE))
                    budget.push(r);
                else
                    omitted++;
            }
            budget.push('');
        }
    };
    section('Findings by file', active);
    section('Fixed by this change', removed);
    if (report.errors.length > 0 && budget.fits(`${h}# Errors`, NOTE_RESERVE)) {
        budget.push(`${h}# Files that could not be scanned`);
        budget.push('');
        for (const e of report.errors) {
            const line = `- ${gatingErrors.has(e) ? '❌' : '⚠️'} ${mdCode(`${e.file}${e.line ? ':' + e.line : ''}`)}: ${mdText(e.message)}${e.status === 'unchanged' ? ' (file not changed here: warning only)' : ''}`;
            if (budget.fits(line, NOTE_RESERVE))
                budget.push(line);
            else
                omitted++;
        }
        budget.push('');
    }
    else
        omitted += report.errors.length;
    if (report.notices.length > 0 && budget.fits(`${h}# Notices`, NOTE_RESERVE)) {
        budget.push(`${h}# Notices`);
        budget.push('');
        for (const n of report.notices) {
            const line = `- ${n.origin ? `${mdCode(`${n.origin.file}:${n.origin.line}`)}: ` : ''}${mdText(n.message)}`;
            if (budget.fits(line, NOTE_RESERVE))
                budget.push(line);
            else
                omitted++;
        }
        budget.push('');
    }
    if (omitted > 0) {
        budget.push(`> **Truncated:** ${omitted} more ${omitted === 1 ? 'entry is' : 'entries are'} not shown here to stay within the size limit; the full JSON report (output \`report-file\`) lists everything.`);
    }
    return budget.lines.join('\n').replace(/\n+$/, '') + '\n';
}


/***/ })

};
