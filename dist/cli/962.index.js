export const id = 962;
export const ids = [962];
export const modules = {

/***/ 37962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HOST_AUDIT_USAGE: () => (/* binding */ HOST_AUDIT_USAGE),
  hostAuditCommand: () => (/* binding */ hostAuditCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 2 modules
var evaluate = __webpack_require__(40572);
// EXTERNAL MODULE: ./src/policy/relevance.ts
var relevance = __webpack_require__(27245);
// EXTERNAL MODULE: ./src/gate/report.ts
var gate_report = __webpack_require__(26229);
// EXTERNAL MODULE: ./src/detectors/component.ts
var component = __webpack_require__(68516);
// EXTERNAL MODULE: ./src/util/lines.ts
var lines = __webpack_require__(70895);
;// CONCATENATED MODULE: ./src/host/layouts/layout.ts

/** The folder a path is in (`''` at the root). */
function parentOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** 1-based line of the first line of `text` holding `needle`, else 1. */
function lineOf(text, needle) {
    const m = needle.exec(text);
    return m ? (0,lines/* lineAt */.mh)(text, m.index) : 1;
}

;// CONCATENATED MODULE: ./src/host/layouts/editor-extensions.ts
// Editor extensions as installed on disk: `<data dir>/extensions/<publisher>.<name>-<version>[-<target>]/
// package.json`, the layout VS Code and its forks share (`~/.vscode/extensions`,
// `~/.vscode-server/extensions`, `~/.vscode-insiders/extensions`, `~/.cursor/extensions`,
// `~/.windsurf/extensions`, VSCodium's `~/.vscode-oss/extensions`, `%USERPROFILE%\.vscode\extensions`).
// The identity is the manifest's `publisher` and `name`, not the folder name; a package.json in some
// other `extensions/` folder without `engines.vscode` is not an extension.
// An extension uninstalled while the editor ran stays on disk (listed in `extensions/.obsolete`)
// until the editor restarts: its files are there, so it is reported.


const EXTENSION_MANIFEST = /(?:^|\/)extensions\/[^/.][^/]*\/package\.json$/;
const editorExtensions = {
    id: 'editor extension folder',
    readsFile: (path) => EXTENSION_MANIFEST.test(path) && !path.includes('/node_modules/'),
    parse(path, text, context) {
        let manifest;
        try {
            manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch (e) {
            const relevant = context.mayName(text, 'vscode-extension') || context.mayName(path, 'vscode-extension');
            return {
                installations: [],
                errors: relevant
                    ? [{ file: path, line: 1, message: `package.json is not valid JSON: ${e.message}` }]
                    : [],
            };
        }
        const m = manifest;
        if (!m ||
            typeof m !== 'object' ||
            typeof m.engines !== 'object' ||
            m.engines === null ||
            !('vscode' in m.engines))
            return { installations: [], errors: [] };
        if (typeof m.publisher !== 'string' || typeof m.name !== 'string' || !m.publisher || !m.name) {
            return {
                installations: [],
                errors: [{ file: path, line: 1, message: 'extension manifest has no publisher or name' }],
            };
        }
        const version = typeof m.version === 'string' && m.version !== '' ? m.version : null;
        return {
            installations: [
                {
                    at: parentOf(path),
                    component: (0,component/* makeComponent */.G)({
                        ecosystem: 'vscode-extension',
                        name: `${m.publisher}.${m.name}`.toLowerCase(),
                        version,
                        location: { file: path, line: lineOf(text, /"publisher"\s*:/) },
                        source: 'editor extension folder',
                        sourceKind: 'registry',
                        ...(version === null ? { versionNote: 'the extension manifest has no version' } : {}),
                    }),
                },
            ],
            errors: [],
        };
    },
};

;// CONCATENATED MODULE: ./src/host/layouts/homebrew.ts
// Homebrew installations on disk, under any prefix (`/opt/homebrew`, `/usr/local`,
// `/home/linuxbrew/.linuxbrew`): a cask is the folder `Caskroom/<token>/<version>` (brew keeps
// `.metadata` beside the version folders), a formula is `Cellar/<name>/<version>` with the
// `INSTALL_RECEIPT.json` brew writes into every keg; the receipt's `source.tap` qualifies a formula
// from a third-party tap (`sst/tap/opencode`, `charmbracelet/tap/crush`), as the catalog names them.


const CASK_VERSION = /(?:^|\/)Caskroom\/([^/.][^/]*)\/([^/.][^/]*)$/;
const KEG_RECEIPT = /(?:^|\/)Cellar\/([^/.][^/]*)\/([^/.][^/]*)\/INSTALL_RECEIPT\.json$/;
function brewComponent(name, version, file, line, source) {
    return (0,component/* makeComponent */.G)({
        ecosystem: 'homebrew',
        name: name.toLowerCase(),
        version,
        location: { file, line },
        source,
        sourceKind: 'registry',
    });
}
const homebrewCasks = {
    id: 'Homebrew Caskroom',
    fromPath(entry) {
        if (entry.kind !== 'dir')
            return null;
        const m = CASK_VERSION.exec(entry.path);
        if (!m)
            return null;
        return { at: entry.path, component: brewComponent(m[1], m[2], entry.path, 1, 'Homebrew Caskroom') };
    },
};
const homebrewKegs = {
    id: 'Homebrew Cellar',
    readsFile: (path) => KEG_RECEIPT.test(path),
    parse(path, text) {
        const [, formula, version] = KEG_RECEIPT.exec(path);
        let tap;
        try {
            tap = JSON.parse(text)?.source?.tap;
        }
        catch (e) {
            return {
                installations: [],
                errors: [
                    { file: path, line: 1, message: `INSTALL_RECEIPT.json is not valid JSON: ${e.message}` },
                ],
            };
        }
        const qualified = typeof tap === 'string' && tap !== '' && tap.toLowerCase() !== 'homebrew/core'
            ? `${tap}/${formula}`
            : formula;
        return {
            installations: [
                { at: parentOf(path), component: brewComponent(qualified, version, path, 1, 'Homebrew Cellar') },
            ],
            errors: [],
        };
    },
};

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./src/host/layouts/native.ts
// Vendor installers' own layouts. Claude Code's native installer (claude.ai/install.sh, .ps1, .cmd)
// keeps each version at `~/.local/share/claude/versions/<version>` (on Windows under
// `%USERPROFILE%\.local\share\claude\versions`) and points `~/.local/bin/claude` at the one in use;
// the Cursor CLI installer (cursor.com/install) keeps `~/.local/share/cursor-agent/versions/<version>/`
// and links `~/.local/bin/cursor-agent` to it. These paths are what the scripts themselves write;
// which catalog carrier each layout belongs to is named here and checked against the catalog when
// this module loads, so a carrier renamed in the catalog cannot silently stop this layout.




/** A launcher's target inside some `versions/` folder: `…/versions/<version>`. */
const LAUNCHED_VERSION = /(?:^|\/)versions\/([^/.][^/]*)$/;
const NATIVE = [
    {
        versions: /(?:^|\/)\.local\/share\/claude\/versions\/([^/.][^/]*)$/,
        link: /(?:^|\/)\.local\/bin\/claude(?:\.exe)?$/,
        installer: 'claude.ai/install.sh',
    },
    {
        versions: /(?:^|\/)\.local\/share\/cursor-agent\/versions\/([^/.][^/]*)$/,
        link: /(?:^|\/)\.local\/bin\/(?:cursor-agent|cursor)$/,
        installer: 'cursor.com/install',
    },
];
for (const n of NATIVE) {
    if (!catalog/* catalog */.U$.tools.some((t) => t.carriers.some((c) => c.ecosystem === 'installer' && c.package === n.installer)))
        throw new Error(`host layouts: the catalog has no installer carrier ${n.installer}`);
}
function installation(n, version, at, file, note) {
    const exact = (0,semver.valid)(version) !== null;
    return {
        at,
        component: (0,component/* makeComponent */.G)({
            ecosystem: 'installer',
            name: n.installer,
            version: exact ? version : null,
            ...(exact ? {} : { spec: version }),
            location: { file, line: 1 },
            source: 'native installer',
            sourceKind: 'url',
            ...(note
                ? { versionNote: note }
                : exact
                    ? {}
                    : { versionNote: `version folder "${version}" is not a version` }),
        }),
    };
}
const nativeInstallers = {
    id: 'native installer',
    fromPath(entry) {
        if (entry.kind === 'link')
            return null;
        for (const n of NATIVE) {
            const m = n.versions.exec(entry.path);
            if (m)
                return installation(n, m[1], entry.path, entry.path);
        }
        return null;
    },
    readsLink: (path) => NATIVE.some((n) => n.link.test(path)),
    fromLink(path, target) {
        for (const n of NATIVE) {
            if (!n.link.test(path))
                continue;
            // The launcher names the version in use; where that version folder is found too, the two
            // are one installation (reported at the folder).
            if (target === null)
                return null;
            // Where the launcher points: a version entry of this layout, or of a copy of it kept
            // somewhere else (`/opt/claude/versions/<version>`).
            for (const at of [target, parentOf(target)]) {
                const m = n.versions.exec(at) ?? LAUNCHED_VERSION.exec(at);
                if (m)
                    return installation(n, m[1], at, path, `the launcher ${path} points at ${target}`);
            }
        }
        return null;
    },
};

;// CONCATENATED MODULE: ./src/host/layouts/npm.ts
// npm packages as installed on disk: `…/node_modules/<name>/package.json`. One rule covers every
// place a package manager installs to — npm's global prefix (nvm, fnm, volta, asdf/mise node
// installs, Homebrew node: `…/lib/node_modules`), pnpm's global dir and dlx cache (the real folders
// under `node_modules/.pnpm/…`), bun's global dir, yarn classic's global folder, the npx cache
// (`~/.npm/_npx/<hash>/node_modules`), bunx's (`~/.bun/install/cache/.bunx-<uid>/<spec>/node_modules`)
// and every project's own node_modules. Package managers' download caches are not installations
// (nothing runs from them): yarn classic's `…/yarn/v6/npm-<name>-<version>-…/node_modules/<name>`
// holds every platform package of a tool whatever was installed, and is not read; neither are
// bun's and pnpm's content stores, which keep no package folders.
// The name is read from package.json, not from the folder: an alias install
// (`npm i -g cc@npm:@anthropic-ai/claude-code@2.1.150`) puts the package in `node_modules/cc`.


/** A package folder's package.json: `node_modules/<name>` or `node_modules/@scope/<name>`. */
const INSTALLED = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.][^/]*\/package\.json$/;
/** yarn classic's download cache: `yarn/v<n>/npm-<name>-<version>-<hash>-integrity/node_modules/…`. */
const YARN_CACHE = /(?:^|\/)yarn\/v\d+\/npm-[^/]+\/node_modules\//;
const npmPackages = {
    id: 'npm package folder',
    readsFile: (path) => path.endsWith('/package.json') && INSTALLED.test(path) && !YARN_CACHE.test(path),
    parse: (path, text, context) => parsePackageJson(path, text, context, 'npm package folder'),
};
/** The component of an installed package's package.json (also used for editor extensions' npm deps). */
function parsePackageJson(path, text, context, source) {
    const folder = parentOf(path);
    const alias = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(folder)?.[1];
    let manifest;
    try {
        manifest = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        return unreadable(path, text, context, `package.json is not valid JSON: ${e.message}`);
    }
    const m = manifest;
    if (!m || typeof m !== 'object' || typeof m.name !== 'string' || m.name === '') {
        return unreadable(path, text, context, 'package.json names no package');
    }
    const version = typeof m.version === 'string' && m.version !== '' ? m.version : null;
    return {
        installations: [
            {
                at: folder,
                component: (0,component/* makeComponent */.G)({
                    ecosystem: 'npm',
                    name: m.name,
                    version,
                    location: { file: path, line: lineOf(text, /"name"\s*:/) },
                    source,
                    sourceKind: 'registry',
                    ...(alias !== undefined && alias !== m.name ? { alias } : {}),
                    ...(version === null ? { versionNote: 'the installed package.json has no version' } : {}),
                }),
            },
        ],
        errors: [],
    };
}
/**
 * Metadata that cannot be read: a located error when its text could name something the policy
 * covers (fail closed), nothing otherwise (a deliberately broken fixture inside some package).
 */
function unreadable(path, text, context, message) {
    return {
        installations: [],
        errors: context.mayName(text, 'npm') || context.mayName(path, 'npm') ? [{ file: path, line: 1, message }] : [],
    };
}

// EXTERNAL MODULE: ./src/detectors/parsers/python.ts
var python = __webpack_require__(38316);
;// CONCATENATED MODULE: ./src/host/layouts/python.ts
// Python distributions as installed on disk: the `.dist-info` folder every installer writes (PEP 376,
// PEP 627: `<name>-<version>.dist-info/METADATA`, core metadata headers `Name:` and `Version:`), and
// the older `.egg-info` (setuptools: a folder with `PKG-INFO`; distutils: a single file in the same
// format). One rule covers system and user site-packages (`site-packages`, Debian's `dist-packages`),
// every virtual environment under the root, pipx (`~/.local/pipx/venvs/<app>/lib/…`) and `uv tool`
// (`~/.local/share/uv/tools/<tool>/lib/…`) environments, and uv's cache of unpacked wheels.



const DIST_INFO = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
const EGG_INFO_DIR = /(?:^|\/)[^/]+\.egg-info\/PKG-INFO$/;
const EGG_INFO_FILE = /(?:^|\/)[^/]+-[^/]+\.egg-info$/;
const pythonDistributions = {
    id: 'python dist-info',
    readsFile: (path) => DIST_INFO.test(path) || EGG_INFO_DIR.test(path) || EGG_INFO_FILE.test(path),
    parse(path, text, context) {
        const headers = coreMetadata(text);
        const name = headers.get('name');
        if (!name) {
            return {
                installations: [],
                errors: context.mayName(text, 'pypi') || context.mayName(path, 'pypi')
                    ? [{ file: path, line: 1, message: 'the installed core metadata has no Name header' }]
                    : [],
            };
        }
        const version = headers.get('version')?.value || null;
        return {
            installations: [
                {
                    at: EGG_INFO_FILE.test(path) ? path : parentOf(path),
                    component: (0,component/* makeComponent */.G)({
                        ecosystem: 'pypi',
                        name: (0,python/* normalizePyName */.Cy)(name.value),
                        version,
                        location: { file: path, line: name.line },
                        source: 'python dist-info',
                        sourceKind: 'registry',
                        ...(version === null ? { versionNote: 'the installed core metadata has no Version header' } : {}),
                    }),
                },
            ],
            errors: [],
        };
    },
};
/**
 * The header fields of core metadata (an RFC 822-style block ended by the first blank line; the
 * description body after it is not read), by lowercased name, first occurrence, with its line.
 */
function coreMetadata(text) {
    const out = new Map();
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            break;
        const m = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(line);
        if (!m)
            continue;
        const key = m[1].toLowerCase();
        if (!out.has(key))
            out.set(key, { value: m[2].trim(), line: i + 1 });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/host/layouts/index.ts
// Every installed layout the host audit recognizes. A new layout is one module here and one line below.





const layouts_layouts = [
    npmPackages,
    pythonDistributions,
    editorExtensions,
    homebrewCasks,
    homebrewKegs,
    nativeInstallers,
];

;// CONCATENATED MODULE: ./src/host/collect.ts

/** Largest metadata file read (package.json, METADATA): more is a located error, not a read. */
const MAX_METADATA_BYTES = 8 * 1024 * 1024;
class InstallationCollector {
    context;
    layouts;
    found = new Map();
    /** Installations known only through a link, which a real entry replaces. */
    viaLink = new Set();
    errors = [];
    decoder = new TextDecoder('utf-8', { fatal: false });
    constructor(context, layouts = layouts_layouts) {
        this.context = context;
        this.layouts = layouts;
    }
    /** Whether an entry matters to some layout (the image reader keeps only these). */
    wants(entry) {
        for (const l of this.layouts) {
            if (entry.kind === 'file' && l.readsFile?.(entry.path))
                return true;
            if (entry.kind === 'link' && l.readsLink?.(entry.path))
                return true;
            if (l.fromPath?.(entry))
                return true;
        }
        return false;
    }
    async visit(entry, access) {
        for (const l of this.layouts) {
            const fromPath = l.fromPath?.(entry);
            if (fromPath)
                this.add(fromPath, false);
            if (entry.kind === 'file' && l.parse && l.readsFile?.(entry.path)) {
                let bytes;
                try {
                    bytes = await access.read();
                }
                catch (e) {
                    if (isGone(e))
                        continue;
                    this.errors.push({ file: entry.path, message: `cannot read: ${describe(e)}` });
                    continue;
                }
                if (bytes.length > MAX_METADATA_BYTES) {
                    this.errors.push({
                        file: entry.path,
                        message: `metadata file of ${bytes.length} bytes, over the ${MAX_METADATA_BYTES}-byte limit: not read`,
                    });
                    continue;
                }
                const result = l.parse(entry.path, this.decoder.decode(bytes), this.context);
                for (const i of result.installations)
                    this.add(i, false);
                this.errors.push(...result.errors);
            }
            if (entry.kind === 'link' && l.fromLink && l.readsLink?.(entry.path)) {
                let target;
                try {
                    target = await access.readlink();
                }
                catch (e) {
                    if (isGone(e))
                        continue;
                    this.errors.push({ file: entry.path, message: `cannot read the link: ${describe(e)}` });
                    continue;
                }
                const i = l.fromLink(entry.path, target);
                if (i)
                    this.add(i, true);
            }
        }
    }
    add(i, throughLink) {
        const known = this.found.has(i.at);
        if (known && (throughLink || !this.viaLink.has(i.at)))
            return;
        this.found.set(i.at, i);
        if (throughLink)
            this.viaLink.add(i.at);
        else
            this.viaLink.delete(i.at);
    }
    /** The installations found, in path order of the file that proves each. */
    installations() {
        return [...this.found.values()].sort((a, b) => a.component.location.file < b.component.location.file
            ? -1
            : a.component.location.file > b.component.location.file
                ? 1
                : 0);
    }
}
/** An entry that vanished between listing and reading (a live filesystem): not an error. */
function isGone(e) {
    const code = e?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
function describe(e) {
    const err = e;
    if (err?.code === 'EACCES' || err?.code === 'EPERM')
        return `permission denied (${err.code})`;
    return err?.code ? `${err.code}` : err instanceof Error ? err.message : String(e);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/host/image-layer.ts
// One container image layer (a tar, gzip- or zstd-compressed or not), reduced to what the audit
// needs, and the layers merged in order as the container's filesystem: OCI whiteouts
// (`.wh.<name>` deletes `<name>` from the layers below, `.wh..wh..opq` empties its folder of what
// the layers below put there), and an entry that replaces a folder by a file or link hides what was
// under it. Only the entries a layout wants are kept (with their content when it is read), so an
// image of any size is merged in little memory.






/** The compression of a blob from its first bytes, or null when it is not a layer tar at all. */
function layerCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'none';
    // An empty tar is nothing but zero blocks.
    if (head.length >= 512 && head.subarray(0, 512).every((b) => b === 0))
        return 'none';
    return null;
}
/** A tar path as a path relative to the image root: no `./`, no leading or trailing `/`. */
function normalizeTarPath(name) {
    return name
        .split('/')
        .filter((p) => p !== '' && p !== '.')
        .join('/');
}
/**
 * Reads one layer blob. `wants` says which entries a layout needs; `alsoContentOf` names paths
 * whose content is needed besides (the targets of hard links found in a first read).
 */
async function scanLayer(chunks, compression, wants, alsoContentOf = new Set()) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const scan = {
        digest: '',
        entries: new Map(),
        deleted: [],
        opaque: [],
        nonDirs: [],
        entryCount: 0,
    };
    const extract = tar_stream.extract();
    const hashed = (async function* () {
        for await (const c of chunks) {
            hash.update(c);
            yield c;
        }
    })();
    const decompress = compression === 'gzip'
        ? external_node_zlib_default().createGunzip()
        : compression === 'zstd'
            ? external_node_zlib_default().createZstdDecompress()
            : null;
    const feeding = decompress
        ? (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(hashed), decompress, extract)
        : (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(hashed), extract);
    const reading = (async () => {
        for await (const entry of extract) {
            const h = entry.header;
            const path = normalizeTarPath(h.name);
            scan.entryCount++;
            const base = path.slice(path.lastIndexOf('/') + 1);
            const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
            if (base === '.wh..wh..opq') {
                scan.opaque.push(dir);
                entry.resume();
                continue;
            }
            if (base.startsWith('.wh.')) {
                scan.deleted.push(dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`);
                entry.resume();
                continue;
            }
            const kind = h.type === 'directory'
                ? 'dir'
                : h.type === 'symlink'
                    ? 'link'
                    : h.type === 'file' || h.type === 'contiguous-file' || h.type === 'link'
                        ? 'file'
                        : null;
            if (kind !== 'dir' && path !== '')
                scan.nonDirs.push(path);
            // A tar need not list a folder before its files: a folder a layout wants (a version folder)
            // is kept when only its files are listed.
            for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
                const folder = path.slice(0, i);
                if (!scan.entries.has(folder) && wants({ path: folder, kind: 'dir' }))
                    scan.entries.set(folder, { kind: 'dir' });
            }
            if (kind === null || path === '') {
                entry.resume();
                continue;
            }
            const wanted = wants({ path, kind });
            if (!wanted && !alsoContentOf.has(path)) {
                entry.resume();
                continue;
            }
            const kept = { kind };
            if (h.type === 'symlink')
                kept.linkTarget = h.linkname ?? '';
            else if (h.type === 'link')
                kept.hardlinkTo = normalizeTarPath(h.linkname ?? '');
            else if (kind === 'file') {
                const size = h.size ?? 0;
                if (size > MAX_METADATA_BYTES)
                    kept.tooLarge = size;
                else {
                    const parts = [];
                    for await (const c of entry)
                        parts.push(c);
                    kept.content = Buffer.concat(parts);
                }
            }
            entry.resume();
            scan.entries.set(path, kept);
        }
    })();
    await Promise.all([feeding, reading]);
    scan.digest = `sha256:${hash.digest('hex')}`;
    return scan;
}
/** The layers, lowest first, merged into the image's filesystem (the kept entries only). */
function mergeLayers(layers) {
    const merged = new Map();
    const removeUnder = (prefix, andItself) => {
        for (const k of [...merged.keys()])
            if ((andItself && k === prefix) || k.startsWith(prefix + '/'))
                merged.delete(k);
    };
    for (const layer of layers) {
        for (const p of layer.deleted)
            removeUnder(p, true);
        for (const d of layer.opaque) {
            if (d === '')
                merged.clear();
            else
                removeUnder(d, false);
        }
        if (merged.size > 0 && layer.nonDirs.length > 0) {
            const ancestors = new Set();
            for (const k of merged.keys())
                for (let i = k.indexOf('/'); i > 0; i = k.indexOf('/', i + 1))
                    ancestors.add(k.slice(0, i));
            for (const p of layer.nonDirs)
                if (ancestors.has(p))
                    removeUnder(p, false);
        }
        for (const [path, e] of layer.entries)
            merged.set(path, { ...e, layer: layer.digest });
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/host/walk.ts
// Walks a filesystem root for the host audit, bounded and safe on a real machine:
// - a link is never followed: directories behind links are not entered, and the few links a layout
//   reads (a launcher) are resolved as paths inside the root (an absolute target is taken relative
//   to the root, a target that climbs out of it is "out of the root"), never opened;
// - pseudo filesystems (/proc, /sys, /dev, cgroups, …) and network filesystems (NFS, SMB/CIFS,
//   sshfs, …) mounted under the root are not entered: found from /proc/self/mountinfo where the
//   system has it; with the root `/`, /proc, /sys and /dev are skipped in any case;
// - a limit on entries visited: reaching it stops the walk with a located error (the audit is then
//   incomplete, and the gate fails closed);
// - a folder or file that cannot be read is a located error, not a crash; one that vanished while
//   the walk ran (a live machine) is not;
// - nothing found is ever run: only metadata files are read.




/** Entries a host audit visits before it stops: a developer machine with many node_modules fits. */
const DEFAULT_MAX_ENTRIES = 10_000_000;
/** Filesystem types never entered: kernel pseudo filesystems. */
const PSEUDO_FS = new Set([
    'proc',
    'sysfs',
    'devtmpfs',
    'devpts',
    'cgroup',
    'cgroup2',
    'securityfs',
    'debugfs',
    'tracefs',
    'pstore',
    'bpf',
    'configfs',
    'fusectl',
    'mqueue',
    'hugetlbfs',
    'binfmt_misc',
    'autofs',
    'efivarfs',
    'selinuxfs',
    'rpc_pipefs',
    'nsfs',
    'devfs',
]);
/** Filesystem types never entered: network filesystems (slow, and another machine's disk). */
const NETWORK_FS = new Set([
    'nfs',
    'nfs4',
    'cifs',
    'smb3',
    'smbfs',
    'ncpfs',
    'afs',
    'ceph',
    'glusterfs',
    'lustre',
    'gpfs',
    'beegfs',
    'davfs',
    'fuse.sshfs',
    'fuse.rclone',
    'fuse.s3fs',
    'fuse.gcsfuse',
    'fuse.glusterfs',
    'fuse.cephfs',
    'fuse.davfs2',
    'fuse.goofys',
    'fuse.mountpoint-s3',
    'fuse.juicefs',
]);
/** Folders under the root `/` skipped whether or not the mount table says so. */
const SYSTEM_ROOT_SKIPS = ['proc', 'sys', 'dev'];
/** Mount points under `root` (relative paths) whose filesystems are not entered, with the reason. */
function mountSkips(root, mountinfo) {
    const out = new Map();
    const rootAbs = (0,external_node_path_.resolve)(root);
    for (const line of mountinfo.split('\n')) {
        const dash = line.indexOf(' - ');
        if (dash < 0)
            continue;
        const fields = line.slice(0, dash).split(' ');
        const fstype = line.slice(dash + 3).split(' ')[0] ?? '';
        const point = unescapeMount(fields[4] ?? '');
        const kind = PSEUDO_FS.has(fstype) ? 'pseudo' : NETWORK_FS.has(fstype) ? 'network' : null;
        if (!kind || !point.startsWith('/'))
            continue;
        const rel = external_node_path_.posix.relative(rootAbs.split(external_node_path_.sep).join('/') || '/', point);
        if (rel === '' || rel.startsWith('..'))
            continue;
        out.set(rel, `${kind} filesystem (${fstype})`);
    }
    return out;
}
/** mountinfo escapes space, tab, newline and backslash as octal (`\040`). */
function unescapeMount(s) {
    return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
}
/** Resolves a link's target as a path inside the root; null when it climbs out of the root. */
function targetInRoot(linkPath, target) {
    const joined = target.startsWith('/') ? target : external_node_path_.posix.join(external_node_path_.posix.dirname(linkPath), target);
    const normal = external_node_path_.posix.normalize('/' + joined);
    // normalize('/' + …) clamps `..` at the root, which would hide a climb: check it first.
    let depth = 0;
    const parts = (target.startsWith('/') ? target : external_node_path_.posix.dirname(linkPath) + '/' + target).split('/');
    for (const p of parts) {
        if (p === '' || p === '.')
            continue;
        depth += p === '..' ? -1 : 1;
        if (depth < 0)
            return null;
    }
    return normal.slice(1);
}
/** Walks `root`, offering every entry to the collector; folders are read a few at a time. */
async function walkRoot(root, collector, options) {
    const rootAbs = (0,external_node_path_.resolve)(root);
    const skip = new Map();
    for (const s of options.skip ?? [])
        skip.set(s.replace(/^\/+|\/+$/g, ''), 'skipped as asked (--skip)');
    let mountinfo = options.mountinfo;
    if (mountinfo === undefined) {
        try {
            mountinfo = (0,external_node_fs_.readFileSync)('/proc/self/mountinfo', 'utf8');
        }
        catch {
            mountinfo = null;
        }
    }
    if (mountinfo)
        for (const [p, why] of mountSkips(rootAbs, mountinfo))
            if (!skip.has(p))
                skip.set(p, why);
    if (rootAbs === '/' || rootAbs === external_node_path_.sep) {
        for (const p of SYSTEM_ROOT_SKIPS)
            if (!skip.has(p))
                skip.set(p, 'system pseudo filesystem');
    }
    const result = { entriesVisited: 0, skipped: [] };
    const abs = (rel) => (rel === '' ? rootAbs : (0,external_node_path_.join)(rootAbs, ...rel.split('/')));
    const queue = [''];
    let stopped = false;
    const visitDir = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(abs(dir), { withFileTypes: true });
        }
        catch (e) {
            if (!isGone(e))
                collector.errors.push({ file: dir || '.', message: `cannot read folder: ${describe(e)}` });
            return;
        }
        for (const d of entries) {
            if (stopped)
                return;
            const path = dir === '' ? d.name : `${dir}/${d.name}`;
            if (++result.entriesVisited > options.maxEntries) {
                stopped = true;
                collector.errors.push({
                    file: path,
                    message: `stopped after visiting ${options.maxEntries} entries (the file-visit limit, --max-files): the audit is incomplete`,
                });
                return;
            }
            let kind = d.isDirectory()
                ? 'dir'
                : d.isSymbolicLink()
                    ? 'link'
                    : d.isFile()
                        ? 'file'
                        : null;
            if (kind === null && !d.isFIFO() && !d.isSocket() && !d.isBlockDevice() && !d.isCharacterDevice()) {
                // A filesystem that does not report types in its listing.
                try {
                    const st = await (0,promises_.lstat)(abs(path));
                    kind = st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : null;
                }
                catch (e) {
                    if (!isGone(e))
                        collector.errors.push({ file: path, message: `cannot inspect: ${describe(e)}` });
                }
            }
            if (kind === null)
                continue;
            if (kind === 'dir') {
                const why = skip.get(path);
                if (why !== undefined)
                    result.skipped.push({ path, reason: why });
                else
                    queue.push(path);
            }
            await collector.visit({ path, kind }, {
                read: () => (0,promises_.readFile)(abs(path)),
                readlink: async () => targetInRoot(path, await (0,promises_.readlink)(abs(path))),
            });
        }
    };
    // A few folders at a time: listing is I/O-bound, and a deep queue keeps memory flat.
    const CONCURRENCY = 8;
    const running = new Set();
    while ((queue.length > 0 || running.size > 0) && !stopped) {
        while (queue.length > 0 && running.size < CONCURRENCY) {
            const p = visitDir(queue.pop()).finally(() => running.delete(p));
            running.add(p);
        }
        if (running.size > 0)
            await Promise.race(running);
    }
    await Promise.all(running);
    return result;
}

;// CONCATENATED MODULE: ./src/host/image.ts
// Container images read without a daemon: a `docker save` tarball (the classic layout, with
// `manifest.json` naming `<id>/layer.tar` files, and the OCI layout Docker 25+ writes), or an OCI
// image layout (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`) as a folder or a tar. Each image's
// layers are read in order and merged (image-layer.ts); its installations are found by the same
// layouts as a machine's, and each finding is located at `<layer digest>/<path>`: the layer that
// put the proving file there, and the file's path in the image.








/** JSON files of an image tarball (manifests, indexes, configs) are at most this big. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
async function auditImageFile(file, newCollector) {
    const wants = newCollector();
    const want = (e) => wants.wants(e);
    const info = await (0,promises_.stat)(file);
    const store = info.isDirectory() ? folderStore(file, want) : await tarStore(file, want);
    const errors = [];
    const images = await imageLayers(store, file);
    const members = [...new Set(images.flatMap((i) => i.layers.map((l) => l.member)))];
    let scans = await store.layers(members, new Map());
    // Hard links whose target the first read did not keep (pnpm links package.json from its store).
    const extra = new Map();
    for (const [member, scan] of scans)
        for (const e of scan.entries.values())
            if (e.hardlinkTo !== undefined && !scan.entries.get(e.hardlinkTo)?.content) {
                const set = extra.get(member) ?? new Set();
                set.add(e.hardlinkTo);
                extra.set(member, set);
            }
    if (extra.size > 0)
        scans = new Map([...scans, ...(await store.layers([...extra.keys()], extra))]);
    for (const scan of scans.values())
        for (const e of scan.entries.values())
            if (e.hardlinkTo !== undefined) {
                const target = scan.entries.get(e.hardlinkTo);
                if (target?.content)
                    e.content = target.content;
                else if (target?.tooLarge)
                    e.tooLarge = target.tooLarge;
            }
    const found = new Map();
    let entriesVisited = 0;
    for (const image of images) {
        const layers = [];
        for (const ref of image.layers) {
            const scan = scans.get(ref.member);
            if (!scan) {
                errors.push({ file: ref.member, message: `${image.name}: layer ${ref.member} is not in the image` });
                continue;
            }
            if (ref.digest !== null && ref.digest !== scan.digest) {
                errors.push({
                    file: ref.member,
                    message: `${image.name}: layer blob does not match its digest ${ref.digest} (read ${scan.digest})`,
                });
            }
            layers.push(scan);
            entriesVisited += scan.entryCount;
        }
        const merged = mergeLayers(layers);
        const collector = newCollector();
        for (const [path, e] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            if (e.tooLarge !== undefined) {
                if (collector.wants({ path, kind: 'file' }))
                    errors.push({
                        file: `${e.layer}/${path}`,
                        message: `metadata file of ${e.tooLarge} bytes, over the limit: not read`,
                    });
                continue;
            }
            await collector.visit({ path, kind: e.kind }, {
                read: () => Promise.resolve(e.content ?? Buffer.alloc(0)),
                readlink: () => Promise.resolve(targetInRoot(path, e.linkTarget ?? '')),
            });
        }
        for (const err of collector.errors) {
            const layer = merged.get(err.file)?.layer;
            errors.push(layer ? { ...err, file: `${layer}/${err.file}` } : err);
        }
        for (const i of collector.installations()) {
            const layer = merged.get(i.component.location.file)?.layer ?? merged.get(i.at)?.layer ?? 'unknown-layer';
            const file = `${layer}/${i.component.location.file}`;
            if (!found.has(file))
                found.set(file, { ...i, component: { ...i.component, location: { ...i.component.location, file } } });
        }
    }
    return { installations: [...found.values()], errors, entriesVisited };
}
/** The images an archive holds, each with its layers lowest first. */
async function imageLayers(store, file) {
    if (store.has('manifest.json')) {
        const manifest = await store.json('manifest.json');
        if (!Array.isArray(manifest))
            throw new Error(`${file}: manifest.json is not a docker save manifest`);
        return manifest.map((m, i) => {
            if (!Array.isArray(m.Layers))
                throw new Error(`${file}: manifest.json entry ${i} has no Layers`);
            const name = Array.isArray(m.RepoTags) && typeof m.RepoTags[0] === 'string' ? m.RepoTags[0] : `image ${i + 1}`;
            return {
                name,
                layers: m.Layers.map((l) => {
                    const member = normalizeTarPath(String(l));
                    const blob = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(member);
                    return { member, digest: blob ? `${blob[1]}:${blob[2]}` : null };
                }),
            };
        });
    }
    if (store.has('index.json')) {
        const out = [];
        await ociIndex(store, (await store.json('index.json')), 'index.json', out, 0);
        return out;
    }
    throw new Error(`${file}: neither a docker save tarball (manifest.json) nor an OCI image layout (index.json)`);
}
function blobPath(digest) {
    const m = /^([a-z0-9]+):([a-f0-9]+)$/.exec(digest);
    if (!m)
        throw new Error(`not a digest: "${digest}"`);
    return `blobs/${m[1]}/${m[2]}`;
}
async function ociIndex(store, index, where, out, depth) {
    if (depth > 8)
        throw new Error(`${where}: image indexes nested too deep`);
    for (const d of index.manifests ?? []) {
        if (!d.digest)
            throw new Error(`${where}: a manifest descriptor has no digest`);
        const doc = (await store.json(blobPath(d.digest)));
        if (doc.manifests) {
            await ociIndex(store, doc, d.digest, out, depth + 1);
            continue;
        }
        const name = d.annotations?.['org.opencontainers.image.ref.name'] ??
            d.annotations?.['io.containerd.image.name'] ??
            d.digest;
        // Attestation and other artifact manifests have layers that are not filesystem tars.
        const layers = (doc.layers ?? []).filter((l) => /tar/.test(l.mediaType ?? 'tar'));
        out.push({
            name,
            layers: layers.map((l) => ({ member: blobPath(l.digest ?? ''), digest: l.digest ?? null })),
        });
    }
}
/** An OCI image layout folder: blobs read as files. */
function folderStore(dir, want) {
    const path = (member) => (0,external_node_path_.join)(dir, ...member.split('/'));
    return {
        has: (member) => (0,external_node_fs_.existsSync)(path(member)),
        json: async (member) => JSON.parse(await (0,promises_.readFile)(path(member), 'utf8')),
        async layers(members, extra) {
            const out = new Map();
            for (const member of members) {
                const head = await readHead(path(member));
                const compression = layerCompression(head);
                if (compression === null)
                    throw new Error(`${member}: not a layer tar (gzip, zstd or plain)`);
                out.set(member, await scanLayer((0,external_node_fs_.createReadStream)(path(member)), compression, want, extra.get(member)));
            }
            return out;
        },
    };
}
async function readHead(file) {
    const parts = [];
    let n = 0;
    for await (const c of (0,external_node_fs_.createReadStream)(file, { start: 0, end: 511 })) {
        parts.push(c);
        n += c.length;
    }
    return Buffer.concat(parts, n);
}
/**
 * A tar of an image (docker save, or an OCI layout; gzip-compressed or not), read front to back:
 * small JSON members are kept, every member that is a layer tar is scanned when it passes (the
 * manifest often comes last), so the archive is read once (twice only for hard-link targets).
 */
async function tarStore(file, want) {
    const jsons = new Map();
    const members = new Set();
    const pass = async (onLayer) => {
        const head = await readHead(file);
        const extract = tar_stream.extract();
        const source = (0,external_node_fs_.createReadStream)(file);
        const feeding = head[0] === 0x1f && head[1] === 0x8b
            ? (0,external_node_stream_promises_.pipeline)(source, external_node_zlib_default().createGunzip(), extract)
            : (0,external_node_stream_promises_.pipeline)(source, extract);
        const reading = (async () => {
            for await (const entry of extract) {
                const member = normalizeTarPath(entry.header.name);
                if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file') {
                    entry.resume();
                    continue;
                }
                members.add(member);
                const it = entry[Symbol.asyncIterator]();
                const first = [];
                let got = 0;
                let done = false;
                while (got < 512 && !done) {
                    const r = await it.next();
                    if (r.done)
                        done = true;
                    else {
                        first.push(r.value);
                        got += r.value.length;
                    }
                }
                const headBytes = Buffer.concat(first);
                const rest = async function* () {
                    yield headBytes;
                    if (done)
                        return;
                    for (let r = await it.next(); !r.done; r = await it.next())
                        yield r.value;
                };
                const compression = layerCompression(headBytes);
                if (compression !== null && (await onLayer(member, rest(), compression)))
                    continue;
                if (compression === null && (entry.header.size ?? 0) <= MAX_JSON_BYTES && !jsons.has(member)) {
                    const parts = [];
                    for await (const c of rest())
                        parts.push(c);
                    jsons.set(member, Buffer.concat(parts));
                    continue;
                }
                for await (const _ of rest())
                    void _;
            }
        })();
        await Promise.all([feeding, reading]);
    };
    const firstScans = new Map();
    await pass(async (member, chunks, compression) => {
        firstScans.set(member, await scanLayer(chunks, compression, want));
        return true;
    });
    return {
        has: (member) => members.has(member),
        json: (member) => {
            const bytes = jsons.get(member);
            if (!bytes)
                return Promise.reject(new Error(`${file}: ${member} is missing or not JSON`));
            try {
                return Promise.resolve(JSON.parse(bytes.toString('utf8')));
            }
            catch (e) {
                return Promise.reject(new Error(`${file}: ${member} is not valid JSON: ${e.message}`));
            }
        },
        async layers(wanted, extra) {
            if (extra.size === 0)
                return new Map(wanted.filter((m) => firstScans.has(m)).map((m) => [m, firstScans.get(m)]));
            const out = new Map();
            await pass(async (member, chunks, compression) => {
                if (!extra.has(member))
                    return false;
                out.set(member, await scanLayer(chunks, compression, want, extra.get(member)));
                return true;
            });
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/host/audit.ts
// The host audit: what is installed under a root or in a container image, judged by the policy
// with the same evaluator and report as `scan`.







function parseContext(policy) {
    const filter = (0,relevance/* nameFilter */.I)(policy, catalog/* catalog */.U$);
    return { mayName: (text, ecosystem) => filter.textMayName(text, [ecosystem]) };
}
/** Audits the filesystem under `root` (the running machine with `/`). */
async function auditRoot(root, options) {
    const collector = new InstallationCollector(parseContext(options.policy));
    const walked = await walkRoot(root, collector, options);
    return {
        report: judge(collector.installations(), collector.errors, walked.entriesVisited, options),
        skipped: walked.skipped,
        entriesVisited: walked.entriesVisited,
    };
}
/** Audits a container image: a `docker save` tarball, or an OCI image layout (folder or tar). */
async function auditImage(file, options) {
    const image = await auditImageFile(file, () => new InstallationCollector(parseContext(options.policy)));
    return {
        report: judge(image.installations, image.errors, image.entriesVisited, options),
        skipped: [],
        entriesVisited: image.entriesVisited,
    };
}
/** Every installation judged against the policy, in path order, as one audit report. */
function judge(installations, errors, entriesVisited, options) {
    const evaluator = (0,evaluate/* createEvaluator */.m$)(options.policy, {
        catalog: catalog/* catalog */.U$,
        ...(options.now ? { now: options.now } : {}),
    });
    const findings = [];
    for (const i of installations)
        findings.push(...evaluator.judge(i.component));
    return (0,gate_report/* buildReport */.F)({
        mode: 'audit',
        findings,
        errors,
        notices: evaluator.notices(),
        filesScanned: entriesVisited,
        components: installations.length,
        policySources: options.policy.sources,
    });
}

// EXTERNAL MODULE: ./src/reporters/json.ts
var json = __webpack_require__(14310);
// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(54369);
// EXTERNAL MODULE: ./src/reporters/sarif.ts
var sarif = __webpack_require__(12959);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(80955);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/policy/trusted.ts
var trusted = __webpack_require__(6665);
// EXTERNAL MODULE: ./src/sources/git.ts
var git = __webpack_require__(78022);
// EXTERNAL MODULE: ./src/sources/directory.ts
var directory = __webpack_require__(36253);
// EXTERNAL MODULE: ./src/cli/policy.ts
var cli_policy = __webpack_require__(71674);
;// CONCATENATED MODULE: ./src/cli/host-audit.ts
// `host-audit [--root DIR] [--image FILE]`: what is installed on a machine (or under a mounted
// root) or in a container image, judged by the policy; formats and exit codes as `scan`.














const HOST_AUDIT_USAGE = `Usage: ai-tooling-gate host-audit [--root DIR | --image FILE] [options]

Inventories the AI tools installed under a filesystem root (default /, this machine) or in a
container image (a docker save tarball, or an OCI image layout folder or tar), reading metadata
files only and never running anything, and judges them by the policy.

  --root DIR            filesystem root to audit (default /)
  --image FILE          container image to audit instead (no daemon needed)
  --policy FILE         policy file or builtin:NAME (default: ./.github/ai-tooling-policy.yml|.yaml|.json, else builtin:default)
  --format F            text | json | sarif | markdown (default text)
  --output FILE         write the report to FILE instead of stdout
  --fail-on WHAT        any | never (default any; introduced means any: an audit has nothing to compare)
  --skip PATH           a folder under the root not to enter (repeatable)
  --max-files N         stop with an error after visiting N entries (default 10,000,000)

Exit codes: 0 passed, 1 gate failed (a failing finding or an unreadable path), 2 usage error or invalid policy.
`;
async function hostAuditCommand(args) {
    if (args.includes('--help') || args.includes('-h')) {
        process.stdout.write(HOST_AUDIT_USAGE);
        return 0;
    }
    const { values, positionals } = (0,cli_args/* parse */.qg)(args, {
        root: { type: 'string' },
        image: { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        skip: { type: 'string', multiple: true },
        'max-files': { type: 'string' },
    });
    if (positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`unexpected argument "${positionals[0]}"`);
    const format = (0,cli_args/* oneOf */.yL)('format', values.format, ['text', 'json', 'sarif', 'markdown'], 'text');
    const failOn = (0,cli_args/* oneOf */.yL)('fail-on', values['fail-on'], ['introduced', 'any', 'never'], 'any');
    const image = values.image;
    const rootOption = values.root;
    if (image !== undefined && rootOption !== undefined)
        throw new cli_args/* UsageError */.eb('give --root or --image, not both');
    const maxRaw = values['max-files'];
    const maxEntries = maxRaw === undefined ? DEFAULT_MAX_ENTRIES : Number(maxRaw);
    if (!Number.isSafeInteger(maxEntries) || maxEntries <= 0)
        throw new cli_args/* UsageError */.eb(`--max-files must be a positive whole number, not "${maxRaw}"`);
    // --policy, else the policy scan would use for the current folder.
    const policyOption = values.policy;
    let policy;
    if (policyOption !== undefined)
        policy = await (0,cli_policy.loadCliPolicy)(policyOption);
    else {
        const wt = await (0,git/* workTreeOf */.FY)(process.cwd());
        const readGithub = (0,cli_policy.githubReader)();
        policy = (await (0,trusted/* loadTrustedPolicy */.iz)({
            trusted: new directory/* DirectorySource */.D(wt ? wt.top : process.cwd()),
            prefix: wt?.prefix ?? '',
            ...(readGithub ? { readGithub } : {}),
        })).policy;
    }
    let host;
    let audited;
    if (image !== undefined) {
        const file = (0,external_node_path_.resolve)(image);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new cli_args/* UsageError */.eb(`image "${image}" does not exist`);
        host = await auditImage(file, { policy });
        audited = { image: file };
    }
    else {
        const root = (0,external_node_path_.resolve)(rootOption ?? '/');
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
            throw new cli_args/* UsageError */.eb(`root "${rootOption}" is not a directory`);
        const skip = (values.skip ?? []).map((s) => {
            const abs = (0,external_node_path_.resolve)(root, s.startsWith('/') ? s.slice(1) : s);
            return abs
                .slice(root.length)
                .replace(/^[/\\]+/, '')
                .split('\\')
                .join('/');
        });
        host = await auditRoot(root, { policy, maxEntries, skip });
        audited = { root };
    }
    for (const s of host.skipped)
        process.stderr.write(`ai-tooling-gate: not entered: ${s.path} (${s.reason})\n`);
    const report = host.report;
    const verdict = (0,gate_report/* verdictOf */.V)(report, failOn);
    const text = format === 'json'
        ? (0,json/* renderJson */.h)({
            ...report,
            host: { ...audited, entriesVisited: host.entriesVisited, skipped: host.skipped },
        })
        : format === 'sarif'
            ? (0,sarif/* renderSarif */.WH)(report, { verdict, pathPrefix: '' })
            : format === 'markdown'
                ? (0,markdown/* renderMarkdown */.Gc)(report, { verdict })
                : (0,reporters_text/* renderScanText */.Jd)(report, { verdict });
    await (0,cli_args/* emit */.Ic)(text, values.output);
    return verdict.fails ? 1 : 0;
}


/***/ })

};
