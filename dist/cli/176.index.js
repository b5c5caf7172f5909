export const id = 176;
export const ids = [176];
export const modules = {

/***/ 18531:
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
;// CONCATENATED MODULE: ./src/diff/reach.ts
// Which unchanged files a change can reach, decided from paths alone (before any file is read), so
// that a pull request parses what it changes and not the files around it.

function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
}
function isWithin(dir, ancestor) {
    return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}
/**
 * The files whose every detector finds only names written in the file's own text
 * (`Detector.namesInText`): such a file reads no other file and runs nothing, so when it is
 * unchanged its result is its result at base. The other files (scripts, Dockerfiles, workflows,
 * devcontainers, package.json scripts, requirements includes) read or run other files: they are
 * parsed at head to learn what they read and run, which is how a change to a file they read
 * reaches them.
 */
function selfContained(detectors) {
    return detectors.length > 0 && detectors.every((d) => d.namesInText !== undefined);
}
/**
 * The files of `paths` that reconciling manifests with lockfiles ties to a changed path
 * (`inventory/reconcile.ts`: a lockfile pins what a manifest in its folder subtree declares):
 * - a changed manifest: the lockfiles of its folder and the folders above (they pin it);
 * - a changed lockfile: the manifests of its folder subtree (whether they are pinned changes),
 *   the lockfiles of that subtree and the folders above (they may pin those manifests as well,
 *   and a manifest entry is kept only when no lockfile pins it).
 * Roles come from the detectors' declarations; a file of both roles counts as both.
 */
function reconcileReach(paths, changed, list) {
    const roles = (p) => new Set((0,engine/* detectorsFor */.J9)(p, list).map((d) => d.role));
    const manifestDirs = new Set();
    const lockfileDirs = new Set();
    for (const p of changed) {
        const r = roles(p);
        if (r.has('manifest'))
            manifestDirs.add(dirOf(p));
        if (r.has('lockfile'))
            lockfileDirs.add(dirOf(p));
    }
    const out = new Set();
    if (manifestDirs.size === 0 && lockfileDirs.size === 0)
        return out;
    for (const p of paths) {
        const r = roles(p);
        const isManifest = r.has('manifest');
        const isLockfile = r.has('lockfile');
        if (!isManifest && !isLockfile)
            continue;
        const dir = dirOf(p);
        const reached = (isLockfile && [...manifestDirs].some((m) => isWithin(m, dir))) ||
            [...lockfileDirs].some((l) => ((isManifest || isLockfile) && isWithin(dir, l)) || (isLockfile && isWithin(l, dir)));
        if (reached)
            out.add(p);
    }
    return out;
}
/**
 * Whether a head file can differ from its base side, so that it must be read and parsed: it
 * changed, a change reaches it through reconciling (`reconcileReach`), or it reads or runs other
 * files (`selfContained` is false: what it read is learnt only by parsing it). A file the change
 * list calls unchanged is taken so only where both sources can tell it is no symbolic link.
 * When the trees cannot be listed every file counts as reached (the scan reports the listing).
 * `add` marks more files reached (the ones a caller turned out to run).
 */
async function reachedFiles(base, head, hint, isChanged, list) {
    let headPaths = [];
    let changed = [];
    let listed = true;
    try {
        headPaths = await head.list();
        if (hint)
            changed = [...hint];
        else {
            const all = [...new Set([...headPaths, ...(await base.list())])];
            const claimed = all.filter((p) => (0,engine/* detectorsFor */.J9)(p, list).length > 0);
            // One at a time: without blob ids each comparison reads and hashes both sides.
            for (const p of claimed)
                if (await isChanged(p))
                    changed.push(p);
        }
    }
    catch {
        listed = false;
    }
    const reach = reconcileReach(headPaths, changed, list);
    const linkKnown = base.isLink !== undefined && head.isLink !== undefined;
    const mayBeLink = async (path) => !linkKnown || (await head.isLink(path)) || (await base.isLink(path));
    const reached = async (path, ds) => !listed ||
        !selfContained(ds) ||
        reach.has(path) ||
        (await isChanged(path)) ||
        (hint !== undefined && (await mayBeLink(path)));
    return Object.assign(reached, {
        add(paths) {
            for (const p of paths)
                reach.add(p);
        },
    });
}

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
    const reached = parseEveryFile ? null : await reachedFiles(base, head, hint, isChanged, options.detectors);
    const notRead = new Set();
    const scanHead = () => (0,engine/* inventory */.pf)(head, {
        ...inventoryOptions,
        ...(nameFilter && !parseEveryFile
            ? {
                shouldParse: async (path, detector, text) => namesCovered(detector, text) || (await isChanged(path)),
            }
            : {}),
        ...(reached
            ? {
                skipUnread: async (path, ds) => {
                    const skip = !(await reached(path, ds));
                    if (skip)
                        notRead.add(path);
                    return skip;
                },
            }
            : {}),
    });
    let headInv = await scanHead();
    // A file run by another is judged in its caller's context, and compared with what it holds on
    // its own at base: a caller may run any file, so one left unread that a caller runs is read
    // after all (the scan runs again; no known format runs a lockfile or a manifest).
    if (reached) {
        const called = new Set();
        for (const r of headInv.byFile.values())
            for (const c of r.callees ?? [])
                if (notRead.has(c))
                    called.add(c);
        if (called.size > 0) {
            reached.add(called);
            notRead.clear();
            headInv = await scanHead();
        }
    }
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
        const key = ecosystems.length === 1 ? ecosystems[0] : [...ecosystems].sort().join(',');
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
        const names = kept.map(escapeRegExp).join('|');
        const escapes = percentEscapesOf(kept);
        const searcher = {
            names: new RegExp(names, 'iu'),
            escapes,
            namesGlobal: new RegExp(names, 'giu'),
            escapesGlobal: new RegExp(escapes.source, 'gi'),
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
            return ecosystems.some(foldsCase) && !isAscii(text);
        },
        textMarks(text, ecosystems, out) {
            const searcher = searcherFor(ecosystems);
            if (searcher === 'none')
                return true;
            if (searcher === null)
                return false;
            pushMatches(searcher.namesGlobal, text, out);
            for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1))
                out.push(at);
            if (text.includes('%'))
                pushMatches(searcher.escapesGlobal, text, out);
            if (ecosystems.some(foldsCase) && !isAscii(text))
                pushMatches(NON_ASCII_GLOBAL, text, out);
            return true;
        },
    };
}
const NON_ASCII_GLOBAL = /[^\x00-\x7f]/g;
/** Whether every character is ASCII: its UTF-8 length is then its length (counted natively). */
function isAscii(text) {
    return Buffer.byteLength(text, 'utf8') === text.length;
}
function pushMatches(re, text, out) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
        out.push(m.index);
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
        head.push(`${s.unchangedNotParsed} unchanged file${s.unchangedNotParsed === 1 ? '' : 's'} of the ${s.filesScanned} ${s.unchangedNotParsed === 1 ? 'is' : 'are'} not reached by this change and not parsed: findings already in ${s.unchangedNotParsed === 1 ? 'it' : 'them'} are not re-evaluated here; an audit (\`scan\` without a base, or \`fail-on: any\`) reports them.`, '');
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
    async isLink(path) {
        return (await this.tree()).get((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRelative */ .iQ)(path) ?? '')?.mode === SYMLINK_MODE;
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
