export const id = 541;
export const ids = [541];
export const modules = {

/***/ 91922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inventoryCommand: () => (/* binding */ inventoryCommand)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _inventory_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75054);
/* harmony import */ var _detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61328);
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10817);
/* harmony import */ var _reporters_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14310);
/* harmony import */ var _reporters_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80955);
/* harmony import */ var _sources_directory_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36253);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77593);
/* harmony import */ var _npm_resolver_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(75262);
// `inventory [DIR]`: every component found, no policy, written file by file.











async function inventoryCommand(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parse */ .qg)(args, {
        format: { type: 'string' },
        output: { type: 'string' },
        offline: { type: 'boolean' },
        registry: { type: 'string' },
    });
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .rootDir */ .K8)(positionals);
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_9__/* .oneOf */ .yL)('format', values.format, ['text', 'json', 'cyclonedx'], 'text');
    const limits = (0,_model_limits_js__WEBPACK_IMPORTED_MODULE_5__/* .limitsFromEnv */ .E9)(process.env);
    const resolver = (0,_npm_resolver_js__WEBPACK_IMPORTED_MODULE_10__/* .npmResolver */ .y)(dir, values);
    // Written file by file as the tree is read: the whole inventory of a large monorepo is never
    // held in memory at once.
    const out = await openOutput(values.output);
    try {
        const errors = [];
        let count = 0;
        // The SBOM is one document: its components are gathered, then written at once.
        const sbom = [];
        if (format === 'json')
            await out.write(_reporters_json_js__WEBPACK_IMPORTED_MODULE_6__/* .inventoryJson */ .N.head);
        const totals = await (0,_inventory_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .inventoryEach */ .U2)(new _sources_directory_js__WEBPACK_IMPORTED_MODULE_8__/* .DirectorySource */ .D(dir, limits.maxFiles), { limits }, async (_file, found) => {
            // A package folder's own identity is only what an install of it takes (inventory/archives.ts).
            const resolved = await resolver(found.filter((c) => !(0,_detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .isPackageFolderIdentity */ .F2)(c)));
            if (resolved.errors)
                errors.push(...resolved.errors);
            let chunk = '';
            for (const c of resolved.components) {
                if (format === 'cyclonedx') {
                    sbom.push(c);
                    count++;
                    continue;
                }
                chunk += format === 'json' ? _reporters_json_js__WEBPACK_IMPORTED_MODULE_6__/* .inventoryJson */ .N.component(c, count === 0) : (0,_reporters_text_js__WEBPACK_IMPORTED_MODULE_7__/* .inventoryTextLine */ .Yo)(c) + '\n';
                count++;
                // Written in pieces of about 64 KB: one string for a 60,000-entry lockfile's components
                // (~30 MB, and as much again encoded) was most of the command's peak memory.
                if (chunk.length >= WRITE_CHUNK_CHARS) {
                    await out.write(chunk);
                    chunk = '';
                }
            }
            await out.write(chunk);
        });
        const allErrors = [...totals.errors, ...errors];
        const summary = { filesScanned: totals.filesScanned, components: count };
        if (format === 'cyclonedx') {
            // The CycloneDX library is loaded only for the SBOM.
            const { renderCycloneDx } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 58575));
            await out.write(renderCycloneDx(sbom, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(dir)));
            // The SBOM stays a valid document: what could not be read goes to stderr.
            for (const e of allErrors)
                process.stderr.write(`ai-tooling-gate: ${e.file}${e.line ? ':' + e.line : ''}: ${e.message}\n`);
        }
        else
            await out.write(format === 'json'
                ? _reporters_json_js__WEBPACK_IMPORTED_MODULE_6__/* .inventoryJson */ .N.tail(count > 0, allErrors, summary)
                : (0,_reporters_text_js__WEBPACK_IMPORTED_MODULE_7__/* .inventoryTextTail */ .Yc)(allErrors, summary));
        return allErrors.length > 0 ? 1 : 0;
    }
    finally {
        await out.close();
    }
}
/** Characters of a report gathered before they are written. */
const WRITE_CHUNK_CHARS = 1 << 16;
/** A report written in pieces to a file or to stdout, waiting when stdout is full. */
async function openOutput(path) {
    if (path) {
        // Written synchronously, as Node writes stdout when it is a file: awaiting an asynchronous
        // write per file kept more garbage alive across collections (~60 MB more peak RSS on the pnpm
        // bench tree) and was slower.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), { recursive: true });
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'w');
        return {
            write: (s) => {
                if (s === '')
                    return Promise.resolve();
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, s);
                // A short write (a full disk, a signal) goes on from where it stopped, or fails with why.
                if (n < Buffer.byteLength(s)) {
                    const bytes = Buffer.from(s);
                    for (let done = n; done < bytes.length;)
                        done += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, done);
                }
                return Promise.resolve();
            },
            close: () => {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                return Promise.resolve();
            },
        };
    }
    return {
        // Waits for 'drain' when stdout is full; a closed pipe ('error', EPIPE) ends the wait with it.
        write: async (s) => {
            if (s !== '' && !process.stdout.write(s))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(process.stdout, 'drain');
        },
        close: () => Promise.resolve(),
    };
}


/***/ }),

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
