export const id = 182;
export const ids = [182];
export const modules = {

/***/ 6665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ namePolicy),
/* harmony export */   OG: () => (/* binding */ readPolicyText),
/* harmony export */   aj: () => (/* binding */ DEFAULT_POLICY_PATHS),
/* harmony export */   iz: () => (/* binding */ loadTrustedPolicy)
/* harmony export */ });
/* unused harmony export policyDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5157);
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66648);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59596);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58164);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60486);
/* harmony import */ var _sources_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70813);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
// The policy a run is judged by, found and read the same way by the action, the CLI and the org
// audit: a repository path is read from the trusted tree (the base commit in diff mode, so a pull
// request can never weaken the policy that judges it); without one, the repository root's
// `.github/ai-tooling-policy.yml` (`.yaml`, `.json`), else the scanned folder's, else
// `builtin:default`. The result names itself (source and digest) for every report.








/** Where a repository keeps its policy, in the order they are looked for. */
const DEFAULT_POLICY_PATHS = [
    '.github/ai-tooling-policy.yml',
    '.github/ai-tooling-policy.yaml',
    '.github/ai-tooling-policy.json',
];
/**
 * Reads a file of a tree as UTF-8 text, or null when the tree does not have it. Errors name the
 * file and the tree it was read from (the base commit, in diff mode).
 */
async function readPolicyText(source, path) {
    const fail = (reason) => {
        throw new _sources_source_js__WEBPACK_IMPORTED_MODULE_6__/* .SourceReadError */ .Ct(`cannot read ${path} at ${source.description}: ${reason}`);
    };
    let bytes = null;
    try {
        bytes = await source.read(path, 4 * 1024 * 1024);
    }
    catch (e) {
        fail((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(e));
    }
    if (bytes === null)
        return null;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        return fail('not valid UTF-8 text');
    }
}
/** The policy a run is judged by, found as the contract says, with its name and digest. */
async function loadTrustedPolicy(req) {
    const input = (req.input ?? '').trim();
    const github = req.readGithub ? { readGithub: req.readGithub } : {};
    if (input !== '' && input.startsWith('builtin:')) {
        if (!(0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltinName */ .nc)(input))
            throw new _error_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .p(input, 1, 1, `unknown built-in policy "${input}"`);
        return named(await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(input), input, []);
    }
    if (input.startsWith('github:')) {
        if (!(0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .githubRef */ .NV)(input))
            throw new _error_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .p(input, 1, 1, 'a github: policy is written github:OWNER/REPO/PATH@REF');
        return named(await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)(input, github), input, []);
    }
    let candidates;
    if (input !== '' && input !== DEFAULT_POLICY_PATHS[0]) {
        const path = (0,_sources_source_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeRelative */ .iQ)(input);
        if (path === null || path === '')
            throw new _error_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .p(input, 1, 1, 'the policy path must be inside the repository');
        candidates = [path];
    }
    else {
        const prefix = req.prefix ? req.prefix.replace(/\/+$/, '') : '';
        candidates = [
            ...DEFAULT_POLICY_PATHS,
            ...(prefix ? DEFAULT_POLICY_PATHS.map((p) => `${prefix}/${p}`) : []),
        ];
    }
    const read = (tree) => (p) => readPolicyText(tree, p);
    for (const candidate of candidates) {
        const text = await readPolicyText(req.trusted, candidate);
        if (text === null)
            continue;
        const policy = await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyFromTree */ .jG)(candidate, read(req.trusted), github);
        const notices = [];
        if (req.proposed) {
            const proposedText = await readPolicyText(req.proposed, candidate).catch(() => null);
            if (proposedText !== text)
                notices.push(await changeNotice(candidate, policy, proposedText, req));
            else {
                // The file is unchanged, but a file it extends may not be: compare what the two decide.
                const proposed = await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyFromTree */ .jG)(candidate, (p) => readPolicyText(req.proposed, p).catch(() => null), github).catch((e) => (e instanceof Error ? e : new Error(String(e))));
                if (proposed instanceof Error || policyDigest(proposed) !== policyDigest(policy))
                    notices.push((0,_change_js__WEBPACK_IMPORTED_MODULE_2__/* .policyChangeNotice */ .r)(`${candidate} (through a file it extends)`, policy, proposed));
            }
        }
        return named(policy, `${candidate} (${req.trusted.description})`, notices);
    }
    if (candidates.length === 1) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyError */ .p(input, 1, 1, `the policy file does not exist in ${req.trusted.description}`);
    }
    const notices = [];
    if (req.proposed) {
        // A pull request that adds the first policy file: it applies after merge, not to itself.
        for (const candidate of candidates) {
            const proposedText = await readPolicyText(req.proposed, candidate).catch(() => null);
            if (proposedText !== null) {
                notices.push(await changeNotice(candidate, null, proposedText, req));
                break;
            }
        }
    }
    return named(await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicy */ .tb)('builtin:default'), 'builtin:default', notices);
}
/** A policy loaded by the caller (the CLI's `--policy FILE`), named the same way. */
function namePolicy(policy, source) {
    return named(policy, source, []);
}
function named(policy, source, notices) {
    return { policy, source, digest: policyDigest(policy), notices };
}
/** A digest of what the policy decides: its rules, exceptions, settings and where they came from. */
function policyDigest(policy) {
    const strip = (x) => ({
        ...x,
        origin: undefined,
        definedIn: undefined,
    });
    const canonical = JSON.stringify({
        settings: policy.settings,
        rules: policy.rules.map(strip),
        exceptions: policy.exceptions.map(strip),
        sources: policy.sources,
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex')}`;
}
async function changeNotice(path, base, proposedText, req) {
    if (proposedText === null)
        return (0,_change_js__WEBPACK_IMPORTED_MODULE_2__/* .policyChangeNotice */ .r)(path, base, null);
    let proposed;
    try {
        proposed = await (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadPolicyFromTree */ .jG)(path, (p) => readPolicyText(req.proposed, p).catch(() => null), {
            ...(req.readGithub ? { readGithub: req.readGithub } : {}),
        });
    }
    catch (e) {
        proposed = e;
    }
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_2__/* .policyChangeNotice */ .r)(path, base, proposed);
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
/* harmony import */ var _advice_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35052);

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
function actionLabel(f, verdict) {
    switch ((0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictWord */ .E0)(f, verdict)) {
        case 'FIXED':
            return '✅ fixed';
        case 'PASS':
            return `excepted until ${f.exception?.expires ?? '?'}`;
        case 'FAIL':
            return '❌ fails the gate';
        case 'PRE-EXISTING':
            return '⚠️ pre-existing (not failing this gate)';
        case 'BANNED':
            return '⚠️ banned (not failing: fail-on never)';
        default:
            return '⚠️ warning';
    }
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
function verdictLine(report, verdict) {
    const { failOn } = verdict;
    const findings = verdict.findings.length;
    const errors = verdict.errors.length;
    if (!verdict.fails) {
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
    const { verdict } = options;
    const failed = verdict.fails;
    const s = report.summary;
    const NOTE_RESERVE = 400;
    const head = [
        `${h} ${failed ? '❌' : '✅'} ${options.title ?? 'ai-tooling-gate'}: ${failed ? 'failed' : 'passed'}`,
        '',
        verdictLine(report, verdict),
        '',
    ];
    for (const n of options.extraNotes ?? [])
        head.push(n, '');
    const policy = report.policy;
    if (policy.source)
        head.push(`Policy: ${mdCode(policy.source)}${policy.digest ? ` (${mdCode(policy.digest)})` : ''}`, '');
    head.push(report.mode === 'diff'
        ? '| Fail the gate | Banned | Warnings | Introduced | Fixed | Excepted | Errors | Files scanned |'
        : '| Fail the gate | Banned | Warnings | Excepted | Errors | Files scanned |', report.mode === 'diff' ? '|---:|---:|---:|---:|---:|---:|---:|---:|' : '|---:|---:|---:|---:|---:|---:|', report.mode === 'diff'
        ? `| ${verdict.findings.length + verdict.errors.length} | ${s.failed} | ${s.warned} | ${s.introduced ?? 0} | ${s.removed ?? 0} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`
        : `| ${verdict.findings.length + verdict.errors.length} | ${s.failed} | ${s.warned} | ${s.passed} | ${report.errors.length} | ${s.filesScanned} |`, '');
    if (s.unchangedNotParsed) {
        head.push(`${s.unchangedNotParsed} unchanged file${s.unchangedNotParsed === 1 ? '' : 's'} of the ${s.filesScanned} name${s.unchangedNotParsed === 1 ? 's' : ''} nothing the policy covers: read, not parsed (no finding can be in ${s.unchangedNotParsed === 1 ? 'it' : 'them'}).`, '');
    }
    for (const line of head)
        budget.push(line);
    const active = report.findings.filter((f) => f.status !== 'removed');
    const removed = report.findings.filter((f) => f.status === 'removed');
    let omitted = 0;
    const where = (f) => {
        const { file, line } = f.location;
        // A fixed finding's line is where it was at the base: the head no longer has it.
        const url = f.status === 'removed' ? options.linkBase?.(file, line) : options.link?.(file, line);
        return url ? `[L${line}](${url})` : `L${line}`;
    };
    const row = ({ finding: f, platforms }) => {
        const c = f.component;
        const version = c.version ?? (c.spec ? `${c.spec} (unknown)` : 'unknown');
        const tool = f.tool ? `${mdText(f.tool)}${f.toolVersion ? ' ' + mdText(f.toolVersion) : ''}` : '—';
        const carrier = `${mdText(c.ecosystem)} ${mdCode(c.alias ? `${c.name} (as ${c.alias})` : c.name)}${platforms.length > 0 ? ` and ${platforms.length} platform package${platforms.length === 1 ? '' : 's'}` : ''}`;
        const fix = f.status === 'removed' ? '—' : f.remediation ? mdText(f.remediation.text) : '—';
        const lines = [f, ...platforms].map(where).join(', ');
        return `| ${fix} | ${(0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .statusWord */ .Hm)(f)} | ${actionLabel(f, verdict)} | ${tool} | ${carrier} | ${mdCode(version)} | ${mdCode(f.ruleId)} | ${lines} |`;
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
        for (const row of (0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .installations */ .Ys)(sorted, (f) => actionLabel(f, verdict))) {
            const list = byFile.get(row.finding.location.file);
            if (list)
                list.push(row);
            else
                byFile.set(row.finding.location.file, [row]);
        }
        const titleLine = `${h}# ${title}`;
        if (!budget.fits(titleLine, NOTE_RESERVE)) {
            omitted += findings.length;
            return;
        }
        budget.push(titleLine);
        budget.push('');
        for (const [file, list] of byFile) {
            // A file the change moved says so once, at its head: its findings are compared with the
            // findings of its old path.
            const movedFrom = list.find((i) => i.finding.movedFrom !== undefined)?.finding.movedFrom;
            const fileHead = [
                `**${mdCode(file)}**${movedFrom !== undefined ? ` (moved from ${mdCode(movedFrom)})` : ''}`,
                '',
                '| Fix | Status | Verdict | Tool | Carrier | Version | Rule | Lines |',
                '|---|---|---|---|---|---|---|---|',
            ];
            if (!budget.fits(fileHead.join('\n') + row(list[0]), NOTE_RESERVE)) {
                omitted += list.reduce((n, r) => n + 1 + r.platforms.length, 0);
                continue;
            }
            for (const l of fileHead)
                budget.push(l);
            for (const f of list) {
                const r = row(f);
                if (budget.fits(r, NOTE_RESERVE))
                    budget.push(r);
                else
                    omitted += 1 + f.platforms.length;
            }
            budget.push('');
        }
    };
    section('Findings by file', active);
    section('Fixed by this change', removed);
    const advisories = (0,_advice_js__WEBPACK_IMPORTED_MODULE_0__/* .advisoriesIn */ .vX)(report.findings);
    if (advisories.length > 0 && budget.fits(`${h}# Advisories`, NOTE_RESERVE)) {
        budget.push(`${h}# Advisories`);
        budget.push('');
        for (const a of advisories) {
            const line = `- **[${a.id}](${a.link}): ${mdText(a.title)}** (affected: ${mdCode(a.versions)}, first clean release ${mdCode(a.firstClean)}). ${mdText(a.description)}`;
            if (budget.fits(line, NOTE_RESERVE))
                budget.push(line);
        }
        budget.push('');
    }
    if (report.errors.length > 0 && budget.fits(`${h}# Errors`, NOTE_RESERVE)) {
        budget.push(`${h}# Files that could not be scanned`);
        budget.push('');
        for (const e of report.errors) {
            const line = `- ${verdict.gatesError(e) ? '❌' : '⚠️'} ${mdCode(`${e.file}${e.line ? ':' + e.line : ''}`)}: ${mdText(e.message)}${e.status === 'unchanged' ? ' (file not changed here: warning only)' : ''}`;
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
        const weakening = report.notices.filter((n) => n.severity === 'error');
        for (const n of [...weakening, ...report.notices.filter((n) => n.severity !== 'error')]) {
            const mark = n.severity === 'error' ? '❗ **Weakens the policy after merge:** ' : '';
            const line = `- ${mark}${n.origin ? `${mdCode(`${n.origin.file}:${n.origin.line}`)}: ` : ''}${mdText(n.message)}`;
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


/***/ }),

/***/ 78022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ revParse),
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   FY: () => (/* binding */ workTreeOf),
/* harmony export */   Gh: () => (/* binding */ GitSource),
/* harmony export */   O4: () => (/* binding */ resolveInTree)
/* harmony export */ });
/* unused harmony exports hasCommit, fetchCommit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70813);



const SYMLINK_MODE = '120000';
const MAX_SYMLINK_HOPS = 40;
const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Finds a path in a tree listing, following symlinks within the tree. A link out of the tree, to
 * nothing, or in a loop is a `SourceReadError`; a path not in the tree is null.
 */
async function resolveInTree(tree, path, readLink) {
    let rel = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRelative */ .iQ)(path);
    if (rel === null)
        throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('path is outside the scanned directory');
    for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
        const entry = tree.get(rel);
        if (!entry)
            return null;
        if (entry.mode !== SYMLINK_MODE)
            return entry;
        const target = new TextDecoder().decode(await readLink(entry));
        if (target.startsWith('/'))
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('symlink points outside the scanned directory; not followed');
        const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
        const next = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRelative */ .iQ)(dir ? `${dir}/${target}` : target);
        if (next === null || next === '') {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('symlink points outside the scanned directory; not followed');
        }
        // A link to a folder or to nothing is not a regular file of this tree.
        if (!tree.has(next))
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('symlink to a file that does not exist');
        rel = next;
    }
    throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('symlink loop');
}
/** Runs git without a shell; arguments are passed as they are. */
async function runGit(cwd, args, maxBuffer = 1024 * 1024 * 1024, env = {}) {
    const { stdout } = await execFileAsync('git', args, {
        cwd,
        encoding: 'utf8',
        maxBuffer,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
    });
    return stdout;
}
/**
 * The files of one git commit, read from the object database: `git ls-tree` lists them and one
 * long-lived `git cat-file --batch` reads blobs. Nothing is checked out, nothing in the tree is
 * run. `prefix` scans a subfolder of the repository as the root.
 */
class GitSource {
    repoDir;
    commit;
    prefix;
    maxFiles;
    description;
    entries;
    reader;
    constructor(repoDir, commit, prefix = '', maxFiles = Number.POSITIVE_INFINITY) {
        this.repoDir = repoDir;
        this.commit = commit;
        this.prefix = prefix;
        this.maxFiles = maxFiles;
        this.description = `git:${commit}${prefix ? ':' + prefix : ''}`;
    }
    /** Every blob of the tree (symlinks included) by path; submodules are not files and are left out. */
    tree() {
        this.entries ??= this.loadTree();
        return this.entries;
    }
    async loadTree() {
        const treeish = this.prefix ? `${this.commit}:${this.prefix}` : `${this.commit}^{tree}`;
        // A commit id or a ref name first (never a leading "-"), so the argument cannot be read as an
        // option. (`--end-of-options` is not used here: git 2.39's ls-tree then lists nothing.)
        if (!/^(?:[0-9a-f]{40}(?:[0-9a-f]{24})?|[A-Za-z0-9_][\w./@{}^~-]*?)(?::|\^\{tree\}$)/i.test(treeish)) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`cannot list the tree of ${this.commit}: not a commit id`);
        }
        let out;
        try {
            out = await runGit(this.repoDir, [
                '-c',
                'core.quotepath=off',
                'ls-tree',
                '-r',
                '-z',
                '-l',
                '--full-tree',
                treeish,
                '--',
            ]);
        }
        catch (e) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`cannot list the tree of ${this.commit}: ${firstLine(e)}`);
        }
        const map = new Map();
        for (const record of out.split('\0')) {
            if (record === '')
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
            if (type !== 'blob')
                continue;
            map.set(record.slice(tab + 1), { mode, oid, size: Number(size) });
        }
        if (map.size > this.maxFiles) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`${map.size} files in ${this.description} exceed the limit of ${this.maxFiles} files`);
        }
        return map;
    }
    async list() {
        const tree = await this.tree();
        return [...tree.keys()].filter((p) => !(0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isSkippedPath */ .cT)(p)).sort();
    }
    /** The blob id of a file (after following symlinks), or null when it does not exist. */
    async blobId(path) {
        let entry;
        try {
            entry = await this.resolve(path);
        }
        catch (e) {
            // A link that cannot be followed is identified by the link itself.
            const link = (await this.tree()).get((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRelative */ .iQ)(path) ?? '');
            if (link)
                return `link:${link.oid}`;
            throw e;
        }
        return entry ? `${entry.mode === '100755' ? 'x' : ''}${entry.oid}` : null;
    }
    async resolve(path) {
        return resolveInTree(await this.tree(), path, (e) => this.blobs().read(e.oid, 4096));
    }
    async read(path, maxBytes) {
        const entry = await this.resolve(path);
        if (!entry)
            return null;
        if (entry.mode === '160000')
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('not a regular file');
        if (entry.size > maxBytes) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`file is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
        }
        return this.blobs().read(entry.oid, maxBytes);
    }
    /** The head of a file of at most 1 MiB (the object database reads whole blobs); null otherwise. */
    async readHead(path, bytes) {
        const entry = await this.resolve(path);
        if (!entry || entry.mode === '160000' || entry.size > 1024 * 1024)
            return null;
        const blob = await this.blobs().read(entry.oid, entry.size);
        return blob.subarray(0, bytes);
    }
    blobs() {
        this.reader ??= new BlobReader(this.repoDir);
        return this.reader;
    }
    /** Ends the `git cat-file` process. */
    close() {
        this.reader?.close();
        this.reader = undefined;
    }
}
/** One `git cat-file --batch` process answering blob reads in order. */
class BlobReader {
    repoDir;
    child;
    queue = [];
    buffer = Buffer.alloc(0);
    failed;
    constructor(repoDir) {
        this.repoDir = repoDir;
    }
    read(oid, maxBytes) {
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid))
            return Promise.reject(new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`bad object id ${oid}`));
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.queue.push({ oid, maxBytes, resolve, reject });
            this.process().stdin.write(`${oid}\n`);
            this.hold(true);
        });
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], {
            cwd: this.repoDir,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
            stderr += d.toString('utf8');
        });
        child.stdout.on('data', (d) => {
            this.buffer = this.buffer.length === 0 ? d : Buffer.concat([this.buffer, d]);
            this.drain();
        });
        const fail = (e) => {
            this.failed = new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`git cat-file failed: ${e.message}${stderr ? ': ' + stderr.trim() : ''}`);
            for (const p of this.queue.splice(0))
                p.reject(this.failed);
        };
        child.on('error', fail);
        child.on('exit', (code) => {
            if (this.queue.length > 0)
                fail(new Error(`exited with code ${code}`));
            this.child = undefined;
        });
        child.stdin.on('error', () => { });
        this.child = child;
        this.hold(false);
        this.child = child;
        return child;
    }
    /**
     * Keeps the process alive only while reads are pending, so an idle reader never holds the
     * program open.
     */
    hold(busy) {
        const c = this.child;
        if (!c)
            return;
        const streams = [c.stdout, c.stderr, c.stdin];
        if (busy) {
            c.ref();
            for (const s of streams)
                s.ref?.();
        }
        else {
            c.unref();
            for (const s of streams)
                s.unref?.();
        }
    }
    drain() {
        for (;;) {
            const head = this.queue[0];
            if (!head) {
                this.hold(false);
                return;
            }
            const nl = this.buffer.indexOf(0x0a);
            if (nl < 0)
                return;
            const header = this.buffer.subarray(0, nl).toString('utf8');
            if (header.endsWith(' missing')) {
                this.buffer = this.buffer.subarray(nl + 1);
                this.queue.shift();
                head.reject(new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`object ${head.oid} is missing from the repository`));
                continue;
            }
            const [, type, sizeText] = header.split(' ');
            const size = Number(sizeText);
            if (this.buffer.length < nl + 1 + size + 1)
                return;
            const content = Buffer.from(this.buffer.subarray(nl + 1, nl + 1 + size));
            this.buffer = this.buffer.subarray(nl + 1 + size + 1);
            this.queue.shift();
            if (type !== 'blob')
                head.reject(new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct('not a regular file'));
            else if (size > head.maxBytes) {
                head.reject(new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(`file is ${size} bytes, over the limit of ${head.maxBytes} bytes`));
            }
            else
                head.resolve(new Uint8Array(content.buffer, content.byteOffset, content.length));
        }
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
}
function firstLine(e) {
    const err = e;
    return (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '';
}
/** Whether a commit's objects are in the local repository. */
async function hasCommit(repoDir, sha) {
    try {
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
            return false;
        await runGit(repoDir, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** Resolves a ref (branch, tag, SHA, `HEAD~1`) to a commit id. */
async function revParse(repoDir, ref) {
    if (ref.startsWith('-'))
        throw new Error(`"${ref}" is not a git revision`);
    try {
        return (await runGit(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    }
    catch {
        throw new Error(`"${ref}" is not a commit in ${repoDir}`);
    }
}
/** The repository's top folder and the scanned folder's path inside it (`''` at the top). */
async function workTreeOf(dir) {
    try {
        const out = await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
        const [top, prefix] = out.split('\n');
        if (!top)
            return null;
        return { top, prefix: (prefix ?? '').replace(/\/$/, '') };
    }
    catch {
        return null;
    }
}
/** Fetches one commit into a shallow clone, with the checkout's configured credentials. */
async function fetchCommit(repoDir, sha) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
        throw new Error(`"${sha}" is not a commit id`);
    await runGit(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
}


/***/ })

};
