export const id = 164;
export const ids = [164];
export const modules = {

/***/ 61164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sb: () => (/* binding */ audit),
  LS: () => (/* binding */ diffScan),
  Eq: () => (/* binding */ resolveRelevant)
});

// UNUSED EXPORTS: inventoryReport

// EXTERNAL MODULE: ./src/catalog/artifacts.ts + 1 modules
var artifacts = __webpack_require__(99308);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
// EXTERNAL MODULE: ./src/diff/diff.ts + 2 modules
var diff = __webpack_require__(18531);
// EXTERNAL MODULE: ./src/inventory/engine.ts + 5 modules
var engine = __webpack_require__(75054);
// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 2 modules
var evaluate = __webpack_require__(40572);
// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
// EXTERNAL MODULE: ./src/policy/relevance.ts
var relevance = __webpack_require__(27245);
// EXTERNAL MODULE: ./src/gate/report.ts
var report = __webpack_require__(26229);
// EXTERNAL MODULE: ./src/inventory/reconcile.ts
var reconcile = __webpack_require__(59268);
// EXTERNAL MODULE: ./src/inventory/archives.ts
var archives = __webpack_require__(50385);
;// CONCATENATED MODULE: ./src/gate/entry-screen.ts
// The audit's entry screen (DetectInput.screen): where in a lockfile's text an entry may matter to
// the policy. A lockfile detector parses only the entries holding a mark and counts the others;
// this is what lets an audit read a post-ban repository, where every lockfile names the banned
// package once among thousands of entries, at close to the speed of reading it.
//
// An entry matters when the audit would keep one of its components (gate/scan.ts `keep`): its
// name may match a rule (a fragment of a covered name in any letter case or escape), its recorded
// hash may be a banned artifact's, it installs a local archive, or a manifest declares its name
// (the lockfile entry pins that manifest entry). Each test here marks a superset of the text those
// tests read, so an unmarked entry holds no kept component; the last test is asked of each entry's
// name, which the detector reads from the entry's key (`declares`).

// The ways a lockfile names a local file: `file:` specs and resolutions (npm, yarn, pnpm; pnpm
// keys a folder or archive dependency `name@file:…`), and yarn classic's `name@./path` keys.
const LOCAL = ['file:', '@.', '@/'];
const NAME_CHAR = /[A-Za-z0-9_.-]/;
function entryScreen(filter, declared, declaresAny) {
    return {
        marks(text, ecosystems) {
            const out = [];
            if (!filter.textMarks(text, ecosystems, out))
                return null;
            (0,artifacts/* bannedHashMarks */.NU)(text, out);
            for (const marker of LOCAL) {
                for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
                    // `load-json-file:` is a name and a colon; a spec's `file:` follows no name character.
                    if (marker.charCodeAt(0) === 64 /* @ */ || !NAME_CHAR.test(text.charAt(at - 1)))
                        out.push(at);
                }
            }
            return out.sort((a, b) => a - b);
        },
        nameMayMatter: (ecosystems, name) => filter.textMayName(name, ecosystems),
        hashMayMatter: artifacts/* mayNameBannedArtifact */.T4,
        declares: declared,
        declaresAny,
    };
}

// EXTERNAL MODULE: ./src/detectors/package-folder.ts
var package_folder = __webpack_require__(61328);
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
    const filter = (0,relevance/* nameFilter */.I)(options.policy, catalog/* catalog */.U$);
    const evaluator = (0,evaluate/* createEvaluator */.m$)(options.policy, {
        catalog: catalog/* catalog */.U$,
        ...(options.now ? { now: options.now } : {}),
        ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
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
        evaluator.judgeAll(components).forEach((findings, k) => {
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
    let handedOver = 0;
    const screen = options.everyComponent || options.strictParse
        ? undefined
        : entryScreen(filter, (e, name) => manifestNames.has((0,reconcile/* wantedKey */.tY)(e, (0,names/* normalizeName */.Pc)(e, name))), () => manifestNames.size > 0);
    // Committed archives and the installs that name them wait for each other: few, held to the end.
    const archived = [];
    const totals = await (0,engine/* inventoryEach */.U2)(source, {
        limits: options.limits ?? model_limits/* defaultLimits */.MK,
        first: reconcile/* isManifestPath */.HS,
        ...(screen ? { screen } : {}),
        // A component no rule can match by name or bytes holds no finding and is not looked up: it is only
        // counted. Manifest entries are all kept (whether a lockfile pins one decides whether it is
        // counted), and so are the lockfile entries of the names they declare (they pin them).
        ...(options.everyComponent
            ? {}
            : {
                keep: (c) => filter.mayMatch(c.ecosystem, c.name) ||
                    // A banned artifact under another name is judged by its bytes (catalog/artifacts.ts).
                    (0,artifacts/* identifiedByBytes */.KE)(c) !== undefined ||
                    // An install named by an archive's path is what the archive holds (below).
                    (0,archives/* touchesLocalArchive */.nm)(c) ||
                    (0,reconcile/* isManifestEntry */.SY)(c) ||
                    (manifestNames.size > 0 &&
                        manifestNames.has((0,reconcile/* wantedKey */.tY)(c.ecosystem, (0,names/* normalizeName */.Pc)(c.ecosystem, c.name)))),
            }),
    }, async (file, list) => {
        handedOver += list.length;
        const now = [];
        list.forEach((c, index) => {
            if ((0,archives/* touchesLocalArchive */.nm)(c))
                archived.push({ file, c, index });
            else if ((0,reconcile/* isManifestEntry */.SY)(c)) {
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
    const linked = (0,archives/* linkLocalArchivesAligned */.rF)(archived.map((e) => e.c));
    const installs = archived.flatMap((e, k) => (linked[k] ? [{ ...e, c: linked[k] }] : []));
    for (const e of installs)
        locked.note(e.c);
    await judge(installs);
    // One resolver call for every manifest entry left: their look-ups run concurrently.
    await judge(manifests.filter((m) => !locked.pins(m.c)));
    judged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index));
    return (0,report/* buildReport */.F)({
        mode: 'audit',
        findings: judged.flatMap((j) => j.findings),
        errors: [...totals.errors, ...resolverErrors],
        notices: evaluator.notices(),
        filesScanned: totals.filesScanned,
        // The components only counted (`keep`) count as the whole inventory would.
        components: count + (totals.components - handedOver),
        policySources: options.policy.sources,
        ...(options.policyName ? { policyName: options.policyName } : {}),
    });
}
/**
 * Diff mode: the findings at head, each `introduced` or `unchanged` against base, plus the base
 * findings that are gone (`removed`). One policy (the base's) judges both sides.
 */
async function diffScan(base, head, options) {
    const limits = options.limits ?? model_limits/* defaultLimits */.MK;
    const filter = (0,relevance/* nameFilter */.I)(options.policy, catalog/* catalog */.U$);
    const d = await (0,diff/* diffInventory */.MU)(base, head, {
        limits,
        nameFilter: filter,
        ...(options.failOn === 'any' || options.strictParse ? { parseEveryFile: true } : {}),
        ...(options.changed ? { changed: options.changed } : {}),
        ...(options.renames ? { renames: options.renames } : {}),
        ...(options.detectors ? { detectors: options.detectors } : {}),
    });
    let headComponents = (0,reconcile/* reconcileManifests */.fU)(d.head.components);
    let baseComponents = (0,reconcile/* reconcileManifests */.fU)(d.baseComponents);
    if (options.resolve) {
        headComponents = await resolveRelevant(options.resolve, headComponents, d.head.errors, filter);
        baseComponents = await resolveRelevant(options.resolve, baseComponents, d.baseErrors, filter);
    }
    const evalOptions = {
        catalog: catalog/* catalog */.U$,
        ...(options.now ? { now: options.now } : {}),
        ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    };
    const atHead = (0,evaluate/* evaluate */._3)(headComponents, options.policy, evalOptions);
    const atBase = (0,evaluate/* evaluate */._3)(baseComponents, options.policy, evalOptions);
    return (0,report/* buildReport */.F)({
        mode: 'diff',
        findings: (0,diff/* classifyFindings */.ZY)(atBase.findings, atHead.findings, d.renames),
        errors: d.headErrors,
        notices: [...(options.notices ?? []), ...atHead.notices],
        diff: { base: base.description, head: head.description, baseErrors: d.baseErrors },
        filesScanned: d.head.filesScanned,
        components: headComponents.length,
        unchangedNotParsed: d.notParsed,
        policySources: options.policy.sources,
        ...(options.policyName ? { policyName: options.policyName } : {}),
    });
}
function inventoryReport(inv) {
    // A package folder's own identity is only what an install of it takes (inventory/archives.ts).
    const components = inv.components.filter((c) => !isPackageFolderIdentity(c));
    return {
        schemaVersion: 1,
        components,
        errors: inv.errors,
        summary: { filesScanned: inv.filesScanned, components: components.length },
    };
}


/***/ }),

/***/ 50385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ linkLocalArchives),
/* harmony export */   nm: () => (/* binding */ touchesLocalArchive),
/* harmony export */   rF: () => (/* binding */ linkLocalArchivesAligned)
/* harmony export */ });
/* harmony import */ var _detectors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61296);
/* harmony import */ var _detectors_package_archive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99384);
/* harmony import */ var _detectors_parsers_local_archive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33284);
/* harmony import */ var _detectors_parsers_local_folder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32892);
/* harmony import */ var _detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61328);
// An install from a committed package archive takes the archive's identity. The archive is read by
// its own detector (detectors/package-archive.ts: what its package.json or METADATA says, and its
// bytes); the places that install it name it only by path (`npm i -g ./vendor/tool.tgz`, a
// `file:vendor/tool.tgz` dependency, a lockfile's `resolved: "file:vendor/tool.tgz"`,
// `pip install vendor/aider_chat-0.50.0-py3-none-any.whl`). Here, where components of every file
// meet, each such place becomes the package the archive holds, marked `sameInstallationAs` the
// archive: one installation, one finding, at the line that installs it, the archive in its `via`.
// A manifest's `file:` entry that a lockfile above it records from the same archive goes, as a
// registry entry a lockfile pins does (reconcile.ts).
// A package folder is linked the same way (`npm i -g ./vendor/cc`, `"cc": "file:vendor/cc"`, a
// pnpm or yarn entry resolved to `file:vendor/cc`): the folder's package.json says what it is
// (detectors/package-folder.ts). Unlike an archive, a folder nothing installs is no finding: its
// component is only the identity its installs take, and is dropped here.





const roleOf = new Map(_detectors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .detectors */ .m.flatMap((d) => (d.sources ?? [d.id]).map((s) => [s, d.role])));
function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
}
function isWithin(dir, ancestor) {
    return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}
/** `dir/ref` normalised within the tree; null for an absolute path or one that leaves the tree. */
function within(dir, ref) {
    if (/^(?:[/\\~]|[a-z]:)/i.test(ref))
        return null;
    const parts = dir === '' ? [] : dir.split('/');
    for (const p of ref.replace(/\\/g, '/').split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(p);
    }
    return parts.join('/');
}
function baseName(path) {
    return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
}
/** The archive path an install names (`resolved`, or a `file:` spec), when it names one. */
function archiveReference(c) {
    if (isLocalPackage(c) || c.sourceKind !== 'file')
        return null;
    for (const v of [c.resolved, c.spec]) {
        const p = v === undefined
            ? null
            : (0,_detectors_parsers_local_archive_js__WEBPACK_IMPORTED_MODULE_2__/* .localArchivePath */ .P9)(v, c.ecosystem === 'npm' || c.ecosystem === 'pypi' ? c.ecosystem : undefined);
        if (p !== null)
            return p;
    }
    return null;
}
/** The folder path an npm install names (`resolved`, or a `file:` spec), when it names one. */
function folderReference(c) {
    if (c.ecosystem !== 'npm' || c.sourceKind !== 'file' || isLocalPackage(c))
        return null;
    for (const v of [c.resolved, c.spec]) {
        const p = v === undefined ? null : (0,_detectors_parsers_local_folder_js__WEBPACK_IMPORTED_MODULE_3__/* .localFolderPath */ .HW)(v);
        if (p !== null)
            return p;
    }
    return null;
}
function isLocalPackage(c) {
    return c.source === _detectors_package_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKAGE_ARCHIVE_SOURCE */ .Kl || c.source === _detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .PACKAGE_FOLDER_SOURCE */ .uw;
}
/** Whether a component is a committed archive or package folder, or an install that names one by path. */
function touchesLocalArchive(c) {
    return isLocalPackage(c) || archiveReference(c) !== null || folderReference(c) !== null;
}
/**
 * The archive a reference names. npm and pip read a manifest's or a lockfile's path from that
 * file's folder; a command's working directory is not known, so its path is tried from the
 * command's folder, then from the root, then (an absolute path: a copy made into an image) by the
 * file name when exactly one archive is called so.
 */
function archiveFor(c, ref, archives, 
/** Match only an absolute path by name (folders: a folder name says less than an archive's). */
byNameOnlyAbsolute = false) {
    const dir = dirOf(c.location.file);
    const exact = within(dir, ref);
    if (exact !== null && archives.has(exact))
        return archives.get(exact);
    const role = roleOf.get(c.source);
    if (role === 'lockfile' || role === 'manifest')
        return undefined;
    const fromRoot = within('', ref);
    if (fromRoot !== null && archives.has(fromRoot))
        return archives.get(fromRoot);
    if (byNameOnlyAbsolute && !ref.startsWith('/'))
        return undefined;
    const name = baseName(ref.replace(/\/+$/, ''));
    if (name === '')
        return undefined;
    const named = [...archives.keys()].filter((p) => baseName(p) === name);
    return named.length === 1 ? archives.get(named[0]) : undefined;
}
function groupBy(components, source, key) {
    const out = new Map();
    for (const c of components)
        if (c.source === source) {
            const list = out.get(key(c));
            if (list)
                list.push(c);
            else
                out.set(key(c), [c]);
        }
    return out;
}
/**
 * Each component, in order, as the archive or folder it installs makes it (undefined: a manifest
 * entry that a lockfile records from the same archive or folder, and every folder's own
 * component, dropped). Components that touch neither are returned as they are.
 */
function linkLocalArchivesAligned(components) {
    const archives = groupBy(components, _detectors_package_archive_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKAGE_ARCHIVE_SOURCE */ .Kl, (c) => c.location.file);
    const folders = groupBy(components, _detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .PACKAGE_FOLDER_SOURCE */ .uw, (c) => (0,_detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .folderOf */ .yS)(c.location.file));
    if (archives.size === 0 && folders.size === 0)
        return [...components];
    const linked = components.map((c) => {
        const ref = archiveReference(c);
        if (ref !== null) {
            const archive = archiveFor(c, ref, archives)?.find((a) => a.ecosystem === c.ecosystem);
            return { c: archive ? installedFrom(c, archive) : c, archive };
        }
        const folderRef = folderReference(c);
        if (folderRef === null)
            return { c, archive: undefined };
        const folder = archiveFor(c, folderRef, folders, true)?.[0];
        if (!folder)
            return { c, archive: undefined };
        // The version is written in the folder's package.json: that is where a fix goes.
        return { c: { ...installedFrom(c, folder), versionFrom: folder.location }, archive: folder };
    });
    // Folders whose lockfiles record an install from each archive or folder.
    const lockedFrom = new Map();
    const lockedIn = (local, lockfile) => {
        const dirs = lockedFrom.get(local.location.file) ?? [];
        dirs.push(dirOf(lockfile.location.file));
        lockedFrom.set(local.location.file, dirs);
    };
    for (const { c, archive } of linked)
        if (archive && roleOf.get(c.source) === 'lockfile')
            lockedIn(archive, c);
    const out = linked.map(({ c, archive }) => {
        if (!archive || roleOf.get(c.source) !== 'manifest')
            return c;
        const dir = dirOf(c.location.file);
        return lockedFrom.get(archive.location.file)?.some((l) => isWithin(dir, l)) ? undefined : c;
    });
    // A folder stays only where an install of it stays: there it is the other view of that
    // installation (its place goes into the finding's `via`, policy/installations.ts).
    const installed = new Set();
    linked.forEach(({ archive }, i) => {
        if (archive && out[i] !== undefined)
            installed.add(archive);
    });
    return out.map((c) => (c && c.source === _detectors_package_folder_js__WEBPACK_IMPORTED_MODULE_4__/* .PACKAGE_FOLDER_SOURCE */ .uw && !installed.has(c) ? undefined : c));
}
/** `linkLocalArchivesAligned` without the dropped entries. */
function linkLocalArchives(components) {
    // The common case (no archive or folder in the tree) costs one pass and no copy.
    if (!components.some(isLocalPackage))
        return components;
    return linkLocalArchivesAligned(components).filter((c) => c !== undefined);
}
/** An install that reads `archive` (or a folder), as the package it holds. */
function installedFrom(c, archive) {
    const { spec: _spec, versionNote: _note, alias: _alias, ...rest } = c;
    // A manifest's or lockfile's own name for it (`"x": "file:vendor/tool.tgz"`) is its alias; a
    // command names it by its path (no name).
    const alias = c.alias ??
        (c.ecosystem === 'npm' && c.name !== c.resolved && c.name !== archive.name ? c.name : undefined);
    return {
        ...rest,
        ecosystem: archive.ecosystem,
        name: archive.name,
        version: archive.version,
        ...(archive.spec !== undefined ? { spec: archive.spec } : {}),
        purl: archive.purl,
        ...((c.integrity ?? archive.integrity) !== undefined
            ? { integrity: c.integrity ?? archive.integrity }
            : {}),
        ...(alias !== undefined && alias !== archive.name ? { alias } : {}),
        sameInstallationAs: { ecosystem: archive.ecosystem, name: archive.name, location: archive.location },
    };
}


/***/ }),

/***/ 59268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ isManifestPath),
/* harmony export */   SY: () => (/* binding */ isManifestEntry),
/* harmony export */   fU: () => (/* binding */ reconcileManifests),
/* harmony export */   oi: () => (/* binding */ LockedVersions),
/* harmony export */   tY: () => (/* binding */ wantedKey)
/* harmony export */ });
/* harmony import */ var _sources_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70813);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22473);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _detectors_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61296);
/* harmony import */ var _policy_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25714);
/* harmony import */ var _archives_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50385);






/**
 * The sources of manifest components (package.json, pyproject.toml, Pipfile, requirements files)
 * and of lockfile components by ecosystem, from the detectors' declared roles: a lockfile pins
 * what a manifest in its folder subtree declares.
 */
const MANIFESTS = new Set(_detectors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectors */ .m.filter((d) => d.role === 'manifest').flatMap(sourcesOf));
const LOCKFILES = new Map(_detectors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectors */ .m
    .filter((d) => d.role === 'lockfile')
    .flatMap((d) => sourcesOf(d).map((s) => [s, d.ecosystems])));
const manifestDetectors = _detectors_index_js__WEBPACK_IMPORTED_MODULE_3__/* .detectors */ .m.filter((d) => d.role === 'manifest');
function sourcesOf(d) {
    return d.sources ?? [d.id];
}
function dirOf(file) {
    const i = file.lastIndexOf('/');
    return i < 0 ? '' : file.slice(0, i);
}
function isWithin(dir, ancestor) {
    return ancestor === '' || dir === ancestor || dir.startsWith(ancestor + '/');
}
/** Whether a component is a manifest's registry dependency, which a lockfile may pin. */
function isManifestEntry(c) {
    return MANIFESTS.has(c.source) && c.sourceKind === 'registry';
}
/** Whether a path names a manifest file (the streamed audit reads those first). */
function isManifestPath(path) {
    return !(0,_sources_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isVendoredPath */ .$1)(path) && manifestDetectors.some((d) => d.matches(path));
}
/**
 * Drops manifest entries (package.json, pyproject.toml, Pipfile) that a lockfile governing the same
 * folder already pins to a version the manifest accepts: the lockfile's concrete version is what
 * gets installed, and it is judged at the lockfile's line. A manifest entry the lockfile does not
 * satisfy (a stale lockfile, a dependency added without re-locking) is kept, so that it cannot
 * slip past the gate: it is judged by its own pin, or resolved from the registry.
 */
function reconcileManifests(components) {
    // Installs from a committed archive first take the archive's identity (archives.ts).
    const linked = (0,_archives_js__WEBPACK_IMPORTED_MODULE_4__/* .linkLocalArchives */ .j)(components);
    const lockfiles = new LockedVersions();
    for (const c of linked)
        lockfiles.note(c);
    return linked.filter((c) => !isManifestEntry(c) || !lockfiles.pins(c));
}
/**
 * The versions lockfiles pin, per lockfile folder, ecosystem and normalised name, gathered one
 * component at a time. With `wanted` (normalised names by ecosystem, as `wantedKey` makes them),
 * only those names are remembered, and their strings are copied: a name or version sliced from a
 * lockfile's text would otherwise keep the whole text alive.
 */
class LockedVersions {
    wanted;
    byFolder = new Map();
    constructor(wanted) {
        this.wanted = wanted;
    }
    /** Remembers a lockfile entry's version (other components are ignored). */
    note(c) {
        if (c.version === null || !LOCKFILES.get(c.source)?.includes(c.ecosystem))
            return;
        let name = (0,_policy_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(c.ecosystem, c.name);
        let version = c.version;
        if (this.wanted) {
            const own = this.wanted.get(wantedKey(c.ecosystem, name));
            if (own === undefined)
                return;
            name = own;
            version = detach(version);
        }
        const dir = dirOf(c.location.file);
        const key = `${dir}\u0000${c.ecosystem}`;
        let folder = this.byFolder.get(key);
        if (!folder)
            this.byFolder.set(key, (folder = { dir, eco: c.ecosystem, byName: new Map() }));
        const list = folder.byName.get(name);
        if (list)
            list.push(version);
        else
            folder.byName.set(name, [version]);
    }
    /** Whether a lockfile at or above a manifest entry's folder pins a version it accepts. */
    pins(manifest) {
        const dir = dirOf(manifest.location.file);
        const name = (0,_policy_names_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeName */ .Pc)(manifest.ecosystem, manifest.name);
        for (const l of this.byFolder.values()) {
            if (l.eco !== manifest.ecosystem || !isWithin(dir, l.dir))
                continue;
            const versions = l.byName.get(name);
            if (versions && versions.some((v) => accepts(manifest, v)))
                return true;
        }
        return false;
    }
}
/** The key of `LockedVersions`' `wanted` map for a normalised name. */
function wantedKey(ecosystem, normalizedName) {
    return `${ecosystem}\u0000${normalizedName}`;
}
/** A copy of a string that shares no memory with the text it may have been sliced from. */
function detach(s) {
    // Slicing a concatenation flattens it into a new string first; the slice then points into that.
    return (' ' + s).slice(1);
}
/** Whether a manifest entry accepts a locked version. */
function accepts(manifest, lockedVersion) {
    if (manifest.version !== null)
        return manifest.version === lockedVersion;
    const spec = (manifest.spec ?? '').trim();
    if (manifest.ecosystem === 'pypi') {
        if (spec === '' || spec === '*')
            return true;
        try {
            return _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_1__/* .satisfies */ .ib(lockedVersion, spec);
        }
        catch {
            return false;
        }
    }
    const range = spec.replace(/^npm:(?:@[^/@]+\/)?[^@]+@/, '');
    if (semver__WEBPACK_IMPORTED_MODULE_2___default().validRange(range) !== null) {
        return semver__WEBPACK_IMPORTED_MODULE_2___default().satisfies(lockedVersion, range, { includePrerelease: true, loose: true });
    }
    // A dist-tag (`latest`) or anything else: the lockfile's entry is what installs.
    return /^[a-z][a-z0-9._-]*$/i.test(range) || range === '';
}


/***/ })

};
