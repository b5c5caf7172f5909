export const id = 126;
export const ids = [126];
export const modules = {

/***/ 26742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _W: () => (/* binding */ actionVersionInputs),
  fC: () => (/* reexport */ advisories/* advisoryOf */.f),
  xO: () => (/* binding */ carriersOf),
  U$: () => (/* binding */ catalog),
  lx: () => (/* binding */ devcontainerFeature),
  oW: () => (/* binding */ isImageCarrier),
  Lz: () => (/* binding */ nixAttributes),
  dF: () => (/* binding */ packageFeature),
  zu: () => (/* binding */ platformParentOf)
});

// UNUSED EXPORTS: advisories, featureVersionOption, tools

// EXTERNAL MODULE: ./src/catalog/advisories.ts
var advisories = __webpack_require__(73944);
// EXTERNAL MODULE: ./src/catalog/data/npm-platform-packages.json
var npm_platform_packages = __webpack_require__(11889);
;// CONCATENATED MODULE: ./src/catalog/data/package-features.json
const package_features_namespaceObject = /*#__PURE__*/JSON.parse('{"$source":"Each row names the devcontainer-feature.json and install.sh it was read from: features that install any registry package named by an option, so the package, not the feature, is what a policy judges","$retrieved":"2026-12-04","$method":"By hand, from the feature\'s devcontainer-feature.json (option names and defaults) and install.sh (how the options become the install command: npm install -g PACKAGE[@VERSION], pipx install PACKAGE[==VERSION], pipx inject PACKAGE INJECTION for each word of injections); VERSION latest installs the package without a version","features":[{"ids":["ghcr.io/devcontainers-extra/features/npm-package","ghcr.io/devcontainers-contrib/features/npm-package"],"installs":"npm","packageOption":"package","versionOption":"version","defaultVersion":"latest","source":"github.com/devcontainers-extra/features src/npm-package/install.sh (npm install -g --omit=dev \\"$PACKAGE\\" or \\"${PACKAGE}@${VERSION}\\"; VERSION defaults to latest) and devcontainers-contrib/features src/npm-package/devcontainer-feature.json (options package, version)"},{"ids":["ghcr.io/nikaro/features/npm-package"],"installs":"npm","packageOption":"package","versionOption":"version","defaultVersion":"latest","source":"github.com/nikaro/features src/npm-package/devcontainer-feature.json (options package, version, default latest)"},{"ids":["ghcr.io/devcontainers-extra/features/pipx-package","ghcr.io/devcontainers-contrib/features/pipx-package"],"installs":"pypi","packageOption":"package","versionOption":"version","defaultVersion":"latest","injectionsOption":"injections","source":"github.com/devcontainers-contrib/features src/pipx-package/install.sh (pipx install \\"$PACKAGE\\" or \\"$PACKAGE==$VERSION\\", then pipx inject \\"$PACKAGE\\" for each word of INJECTIONS) and devcontainer-feature.json (options package, version, injections)"},{"ids":["ghcr.io/nikaro/features/pipx-package"],"installs":"pypi","packageOption":"package","versionOption":"version","defaultVersion":"latest","injectionsOption":"injections","source":"github.com/nikaro/features src/pipx-package/devcontainer-feature.json (options package, version, injections)"},{"ids":["ghcr.io/bcook254/devcontainer-features/pipx-package"],"installs":"pypi","packageOption":"package","versionOption":"version","defaultVersion":"latest","injectionsOption":"injections","source":"github.com/bcook254/devcontainer-feature src/pipx-package/devcontainer-feature.json (options package, version, injections: space or comma separated)"}]}');
// EXTERNAL MODULE: ./src/catalog/table-schema.ts
var table_schema = __webpack_require__(34003);
// EXTERNAL MODULE: ./src/catalog/tools.ts + 1 modules
var catalog_tools = __webpack_require__(3394);
;// CONCATENATED MODULE: ./src/catalog/index.ts






const byId = new Map(catalog_tools/* tools */.Y.map((t) => [t.id, t]));
const catalog = {
    tools: catalog_tools/* tools */.Y,
    tool: (id) => byId.get(id),
};
/**
 * For devcontainer detectors: the option of a known feature that carries the tool version and its
 * default (`undefined` for a feature the catalog does not know; `null` for a known feature without a
 * version option, which always installs the latest release).
 */
function featureVersionOption(featureId) {
    const id = featureId.toLowerCase();
    for (const t of tools) {
        for (const c of t.carriers) {
            if (c.ecosystem === 'devcontainer-feature' && c.package === id)
                return c.versionOption ?? null;
        }
    }
    return undefined;
}
const features = new Map();
for (const tool of catalog_tools/* tools */.Y) {
    for (const c of tool.carriers) {
        if (c.ecosystem !== 'devcontainer-feature')
            continue;
        features.set(c.package, {
            id: c.package,
            tool: tool.id,
            ...(c.versionOption ? { versionOption: c.versionOption.name } : {}),
            defaultVersion: c.versionOption?.default ?? 'latest',
            ...(c.tagPrefix ? { tagPrefix: c.tagPrefix } : {}),
            ...(c.installs ? { installs: c.installs } : {}),
        });
    }
}
/** The catalog's facts about a devcontainer feature (by its OCI id without tag), if it knows it. */
function devcontainerFeature(featureId) {
    return features.get(featureId.toLowerCase());
}
const packageFeatures = new Map();
for (const row of (0,table_schema/* readTable */.xz)('package-features.json', table_schema/* packageFeaturesTable */.Iz, package_features_namespaceObject).features)
    for (const id of row.ids)
        packageFeatures.set(id, row);
/**
 * A devcontainer feature that installs the registry package its options name (by its OCI id
 * without tag, any case): the package, judged as the package it is, with the options that carry it.
 */
function packageFeature(featureId) {
    return packageFeatures.get(featureId.toLowerCase());
}
const imageCarriers = new Set(catalog_tools/* tools */.Y.flatMap((t) => t.carriers.filter((c) => c.ecosystem === 'oci-image').map((c) => c.package.toLowerCase())));
/** Whether an image repository (`ghcr.io/anomalyco/opencode`, registry included) is a tool's image. */
function isImageCarrier(repository) {
    return imageCarriers.has(repository.toLowerCase());
}
const nixAttrs = catalog_tools/* tools */.Y.flatMap((t) => t.carriers.filter((c) => c.ecosystem === 'nix').map((c) => c.package));
/** The nixpkgs attributes of AI tools (`claude-code`, `aider-chat`), for the Nix detector. */
function nixAttributes() {
    return nixAttrs;
}
const actionInputs = new Map();
for (const tool of catalog_tools/* tools */.Y) {
    for (const c of tool.carriers) {
        if (c.ecosystem !== 'github-action' || !c.versionInput || !c.installs)
            continue;
        const repo = c.package.toLowerCase();
        const list = actionInputs.get(repo) ?? [];
        list.push({ input: c.versionInput, ...c.installs });
        actionInputs.set(repo, list);
    }
}
/** The version inputs of an action (`owner/repo[/path]`, any case), empty when it takes none. */
function actionVersionInputs(action) {
    return actionInputs.get(action.toLowerCase()) ?? [];
}
/** The tools a component could belong to (for reports and for `builtin:ai-coding-tools`). */
function carriersOf(ecosystem) {
    const out = [];
    for (const tool of catalog_tools/* tools */.Y)
        for (const carrier of tool.carriers)
            if (carrier.ecosystem === ecosystem)
                out.push({ tool, carrier });
    return out;
}
const PLATFORM_PARENT = new Map(Object.entries(npm_platform_packages/* platformPackages */.d1).flatMap(([parent, list]) => list.map((p) => [p, parent])));
/** The npm package a platform package is the native build of (`…/claude-code-linux-x64` → `…/claude-code`). */
function platformParentOf(ecosystem, name) {
    return ecosystem === 'npm' ? PLATFORM_PARENT.get(name) : undefined;
}


/***/ }),

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

/***/ 70214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ installationKey)
/* harmony export */ });
/** The identity a `sameInstallationAs` reference compares: ecosystem, name and place. */
function installationKey(c) {
    return `${c.ecosystem}\u0000${c.name}\u0000${c.location.file}\u0000${c.location.line}`;
}


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ purlFor)
/* harmony export */ });
/* unused harmony export purlViaLibrary */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Builds the Package URL of a component. npm scopes become the purl namespace
 * (`pkg:npm/%40scope/name@1.0.0`); PyPI names are PEP 503-normalised by packageurl-js.
 * A null version is left out of the purl.
 */
function purlFor(ecosystem, name, version) {
    return plainPurl(ecosystem, name, version) ?? purlViaLibrary(ecosystem, name, version);
}
/** The purl as packageurl-js builds it (every case; `purlFor` takes a shortcut for plain ones). */
function purlViaLibrary(ecosystem, name, version) {
    try {
        switch (ecosystem) {
            case 'npm':
            case 'jsr': {
                const slash = name.startsWith('@') ? name.indexOf('/') : -1;
                const ns = slash > 0 ? name.slice(0, slash) : undefined;
                const base = slash > 0 ? name.slice(slash + 1) : name;
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, ns, base, version ?? undefined).toString();
            }
            case 'pypi':
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('pypi', undefined, name, version ?? undefined).toString();
            case 'vscode-extension': {
                const dot = name.indexOf('.');
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('vscode-extension', dot > 0 ? name.slice(0, dot) : undefined, dot > 0 ? name.slice(dot + 1) : name, version ?? undefined).toString();
            }
            case 'github-action': {
                const [owner, repo, ...rest] = name.split('/');
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('githubactions', owner, repo ?? name, version ?? undefined, undefined, rest.length ? rest.join('/') : undefined).toString();
            }
            case 'devcontainer-feature': {
                // OCI ids are registry/namespace/name: keep them whole as a qualifier-free generic purl.
                const i = name.lastIndexOf('/');
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('generic', i > 0 ? 'devcontainer-feature/' + name.slice(0, i) : 'devcontainer-feature', i > 0 ? name.slice(i + 1) : name, version ?? undefined).toString();
            }
            case 'homebrew':
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('homebrew', undefined, name, version ?? undefined).toString();
            case 'installer':
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('generic', 'installer', name, version ?? undefined).toString();
            case 'nix':
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('generic', 'nixpkgs', name, version ?? undefined).toString();
            case 'oci-image': {
                // purl-spec's oci type: the last path segment as name, the repository as repository_url,
                // the tag as a qualifier (the purl's version is a digest, which the gate does not know).
                const last = name.slice(name.lastIndexOf('/') + 1);
                const qualifiers = { repository_url: name };
                if (version)
                    qualifiers['tag'] = version;
                return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL('oci', undefined, last, undefined, qualifiers).toString();
            }
        }
    }
    catch {
        // Names from hostile files can be anything; never let purl construction throw.
    }
    return `pkg:generic/${encodeURIComponent(ecosystem)}/${encodeURIComponent(name.toWellFormed())}${version ? '@' + encodeURIComponent(version.toWellFormed()) : ''}`;
}
/** Characters packageurl-js leaves as they are in an npm or PyPI name it has lowercased. */
const PLAIN_NPM_PART = /^[a-z0-9._~-]+$/;
const PLAIN_PYPI_NAME = /^[a-z0-9.-]+$/;
/** Characters a version keeps in a purl (encodeURIComponent leaves them, `+` is restored). */
const PLAIN_VERSION = /^[A-Za-z0-9._+-]+$/;
/**
 * The purl of the common case built directly: an npm, jsr or PyPI name already in canonical form
 * and a version of plain characters, for which packageurl-js would neither change nor escape
 * anything but the scope's `@`. Null for anything else (the library builds it). The property test
 * in test/util/purl.test.ts holds both to the same output.
 */
function plainPurl(ecosystem, name, version) {
    if (version !== null && !PLAIN_VERSION.test(version))
        return null;
    const at = version === null ? '' : '@' + version;
    if (ecosystem === 'npm' || ecosystem === 'jsr') {
        if (name.charCodeAt(0) === 0x40) {
            const slash = name.indexOf('/');
            if (slash < 2)
                return null;
            const scope = name.slice(1, slash);
            const base = name.slice(slash + 1);
            if (!PLAIN_NPM_PART.test(scope) || !PLAIN_NPM_PART.test(base))
                return null;
            return `pkg:${ecosystem}/%40${scope}/${base}${at}`;
        }
        return PLAIN_NPM_PART.test(name) ? `pkg:${ecosystem}/${name}${at}` : null;
    }
    if (ecosystem === 'pypi')
        return PLAIN_PYPI_NAME.test(name) ? `pkg:pypi/${name}${at}` : null;
    return null;
}


/***/ })

};
