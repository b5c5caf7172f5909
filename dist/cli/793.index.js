export const id = 793;
export const ids = [793];
export const modules = {

/***/ 63416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ vendoredPackageName),
/* harmony export */   n: () => (/* binding */ vendoredCatalogNames)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26742);
// Committed copies of a catalog npm package (`node_modules/<name>/package.json`, at any depth):
// the only files under `node_modules/` a scan reads. Naming them by path keeps the cost of a
// vendored tree at a few look-ups instead of reading thousands of package folders.

let names;
/** The npm packages the catalog knows as carriers of a tool, lowercased. */
function vendoredCatalogNames() {
    names ??= new Set((0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .carriersOf */ .xO)('npm').map((c) => c.carrier.package.toLowerCase()));
    return names;
}
const VENDORED = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;
/** The package a vendored `package.json` path names when it is a catalog package, else null. */
function vendoredPackageName(path) {
    const m = VENDORED.exec(path);
    if (!m || !vendoredCatalogNames().has(m[1].toLowerCase()))
        return null;
    return m[1];
}


/***/ }),

/***/ 68516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ makeComponent)
/* harmony export */ });
/* harmony import */ var _util_purl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64059);

/** Builds a component, computing its purl from ecosystem, name and version. */
function makeComponent(init) {
    return { ...init, purl: init.purl ?? (0,_util_purl_js__WEBPACK_IMPORTED_MODULE_0__/* .purlFor */ .n)(init.ecosystem, init.name, init.version) };
}


/***/ }),

/***/ 66589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ isVersionOption),
/* harmony export */   Sy: () => (/* binding */ looksLikeAiTool),
/* harmony export */   Yc: () => (/* binding */ knownFeature),
/* harmony export */   cC: () => (/* binding */ semverLike),
/* harmony export */   p9: () => (/* binding */ featureVersion)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26742);
// Dev container features: the catalog (src/catalog/data/tools.json) says which option of a known
// feature carries the tool version, its default and the registry package it installs; this module
// reads option values as versions and guesses, for features the catalog does not know, whether
// the id names an AI tool.

const semverish = (v) => {
    const m = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(v);
    return m ? m[1] : null;
};
function knownFeature(id) {
    return (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .devcontainerFeature */ .lx)(id);
}
/** An option value as a tool version (`rust-v0.58.0` → `0.58.0`); null when it is a channel. */
function featureVersion(f, value) {
    return semverish(f.tagPrefix && value.startsWith(f.tagPrefix) ? value.slice(f.tagPrefix.length) : value);
}
/**
 * Last path segments of feature ids that name an AI coding tool unambiguously. Bare words that
 * also name unrelated tools (`goose` the database migration tool, `amp` of Amplitude) are left
 * out on purpose.
 */
const AI_TOOL_IDS = new Set([
    'claude-code',
    'claude-code-cli',
    'claude',
    'codex',
    'codex-cli',
    'openai-codex',
    'gemini-cli',
    'google-gemini-cli',
    'copilot-cli',
    'github-copilot-cli',
    'opencode',
    'goose-cli',
    'codename-goose-cli',
    'block-goose',
    'aider',
    'aider-chat',
    'cursor-cli',
    'cursor-agent',
    'qwen-code',
    'qwen-code-cli',
    'kimi-cli',
    'amp-cli',
    'sourcegraph-amp',
    'crush',
    'auggie',
    'cline',
    'cline-cli',
    'kilocode',
    'kilo-code',
    'droid',
    'factory-droid',
    'junie',
    'codebuddy',
    'plandex',
    'openhands',
]);
function looksLikeAiTool(id) {
    return AI_TOOL_IDS.has(id.slice(id.lastIndexOf('/') + 1));
}
/** An option name that says it carries a version. */
function isVersionOption(name) {
    return /version|release|tag/i.test(name);
}
const semverLike = semverish;


/***/ }),

/***/ 85637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ backendTool)
});

// EXTERNAL MODULE: ./src/detectors/shell/installers.ts
var installers = __webpack_require__(64805);
// EXTERNAL MODULE: ./src/detectors/shell/packages.ts
var shell_packages = __webpack_require__(6721);
;// CONCATENATED MODULE: ./src/detectors/shell/tool-names.ts
// Registry short names of AI coding tools in mise (and asdf-style `.tool-versions`): `claude`,
// `codex`, `gemini`, … each stands for the backend mise installs it from (mise's registry/*.toml,
// jdx/mise). `mise use claude@2.1.150` downloads the native build from Claude Code's release
// bucket; the others install an npm package or a GitHub release.
/** Claude Code's native release channel, as mise's `claude` backend downloads it. */
const CLAUDE_RELEASE_BUCKET = 'storage.googleapis.com/claude-code-dist-86c565f3-f756-42ad-8dfa-d59b1c096819/claude-code-releases';
/** Short name (and aliases) → the backend it stands for (`npm:pkg`, `github:o/r`, `release:url`). */
const SHORT_NAMES = {
    claude: `release:${CLAUDE_RELEASE_BUCKET}`,
    'claude-code': `release:${CLAUDE_RELEASE_BUCKET}`,
    codex: 'npm:@openai/codex',
    gemini: 'npm:@google/gemini-cli',
    'gemini-cli': 'npm:@google/gemini-cli',
    qwen: 'npm:@qwen-code/qwen-code',
    'qwen-code': 'npm:@qwen-code/qwen-code',
    amp: 'npm:@ampcode/cli',
    copilot: 'npm:@github/copilot',
    'copilot-cli': 'npm:@github/copilot',
    opencode: 'github:anomalyco/opencode',
    crush: 'github:charmbracelet/crush',
};
/** The backend a registry short name stands for, or null for names outside the table. */
function shortNameBackend(name) {
    return Object.hasOwn(SHORT_NAMES, name) ? SHORT_NAMES[name] : null;
}

;// CONCATENATED MODULE: ./src/detectors/devcontainer/tool-backends.ts
// Tools named with a mise/asdf backend (`npm:@anthropic-ai/claude-code`, `pipx:aider-chat`,
// `github:openai/codex`) as components of their ecosystem; registry short names (`claude`,
// `codex`) as the backend they stand for.



function backendTool(tool, version) {
    const short = shortNameBackend(tool.trim());
    if (short)
        return backendTool(short, version);
    const m = /^([a-z]+):(.+)$/.exec(tool.trim());
    if (!m)
        return null;
    const backend = m[1];
    const name = m[2].replace(/\[.*\]$/, '');
    const v = version.trim();
    const at = (exact) => exact ? { version: exact } : { version: null, spec: v || 'latest' };
    if (backend === 'npm') {
        if (!/^(@[\w.~-]+\/)?[\w.~-]+$/.test(name))
            return null;
        return { ecosystem: 'npm', name, ...at((0,shell_packages/* exactVersion */.y)(v)), sourceKind: 'registry' };
    }
    if (backend === 'pipx' || backend === 'uvx') {
        if (!/^[A-Za-z0-9][\w.-]*$/.test(name))
            return null;
        return {
            ecosystem: 'pypi',
            name: (0,shell_packages/* normalizePypiName */.Ty)(name),
            ...at(/^\d[\w.+!-]*$/.test(v) ? v : null),
            sourceKind: 'registry',
        };
    }
    if (backend === 'release') {
        // A release channel whose URL holds the version (`…/claude-code-releases/<version>/…`).
        const rel = (0,installers/* releaseDownload */.cW)(`https://${name}/${v || 'latest'}/any/x`);
        if (!rel)
            return null;
        return { ecosystem: 'installer', name: rel.name, ...at(rel.version), sourceKind: 'url' };
    }
    if (backend === 'github' || backend === 'ubi' || backend === 'aqua') {
        const r = /^([\w.-]+)\/([\w.-]+)$/.exec(name);
        if (!r)
            return null;
        const rel = (0,installers/* releaseDownload */.cW)(`https://github.com/${r[1]}/${r[2]}/releases/download/x/x`);
        if (!rel)
            return null;
        return { ecosystem: 'installer', name: rel.name, ...at((0,installers/* versionFromTag */.bp)(v)), sourceKind: 'url' };
    }
    return null;
}


/***/ }),

/***/ 86318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hQ: () => (/* binding */ dockerfileDetector),
  e4: () => (/* binding */ isDockerfilePath),
  Yk: () => (/* binding */ scanDockerfile),
  ZL: () => (/* binding */ shellQuote)
});

// UNUSED EXPORTS: DOCKERFILE_SOURCE, joinContinuations

// EXTERNAL MODULE: ./src/detectors/shell/components.ts
var shell_components = __webpack_require__(67352);
// EXTERNAL MODULE: ./src/detectors/shell/expand.ts
var expand = __webpack_require__(88496);
// EXTERNAL MODULE: ./src/detectors/shell/scan.ts + 24 modules
var scan = __webpack_require__(25919);
// EXTERNAL MODULE: ./src/detectors/shell/shell.ts
var shell = __webpack_require__(33456);
// EXTERNAL MODULE: ./src/util/lines.ts
var util_lines = __webpack_require__(70895);
;// CONCATENATED MODULE: ./src/detectors/dockerfile-instructions.ts
// Splits a Dockerfile into instructions: keyword, where its arguments start and where it ends,
// across escaped line continuations (with the comment and blank lines the builder drops inside
// them) and here-documents. One linear pass. dockerfile-ast does the same but takes seconds on a
// megabyte-long instruction (7 s for a 1 MB RUN line, measured); test/detectors/dockerfile-
// instructions.test.ts checks this splitter against dockerfile-ast on every fixture.
const HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function escapeCharacter(text) {
    // Parser directives sit at the very top, before any instruction, comment or blank line.
    for (const raw of text.split('\n', 8)) {
        const m = /^#\s*([a-z]+)\s*=\s*(\S*)\s*$/i.exec(raw.replace(/\r$/, ''));
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape' && m[2] === '`')
            return '`';
    }
    return '\\';
}
function splitInstructions(text, escape = escapeCharacter(text)) {
    const out = [];
    const n = text.length;
    let i = 0;
    const lineEnd = (at) => {
        const nl = text.indexOf('\n', at);
        return nl === -1 ? n : nl;
    };
    const endsWithEscape = (from, to) => {
        let k = to;
        while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\t' || text[k - 1] === '\r'))
            k--;
        return k > from && text[k - 1] === escape;
    };
    while (i < n) {
        const le = lineEnd(i);
        let s = i;
        while (s < le && (text[s] === ' ' || text[s] === '\t' || text[s] === '\r'))
            s++;
        if (s >= le || text[s] === '#') {
            i = le + 1;
            continue;
        }
        let k = s;
        while (k < le && /[A-Za-z]/.test(text[k]))
            k++;
        const keyword = text.slice(s, k).toUpperCase();
        let argsStart = k;
        while (argsStart < le && (text[argsStart] === ' ' || text[argsStart] === '\t'))
            argsStart++;
        // Follow continuations.
        let lastStart = i;
        let lastEnd = le;
        while (endsWithEscape(lastStart, lastEnd) && lastEnd < n) {
            let next = lastEnd + 1;
            // Comment and blank lines inside a continuation are dropped by the builder.
            for (;;) {
                const ne = lineEnd(next);
                if (next < n && /^\s*(#.*)?$/.test(text.slice(next, ne)) && ne < n)
                    next = ne + 1;
                else
                    break;
            }
            lastStart = next;
            lastEnd = lineEnd(next);
            if (next >= n)
                break;
        }
        let end = lastEnd;
        // Here-documents start on the line after the instruction.
        const head = text.slice(argsStart, lastEnd);
        if (head.includes('<<') &&
            (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD' || keyword === 'ONBUILD')) {
            for (const m of head.matchAll(HEREDOC)) {
                const strip = m[1] === '-';
                const word = m[3];
                let p = end + 1;
                let found = false;
                while (p <= n) {
                    const pe = lineEnd(p);
                    let l = text.slice(p, pe).replace(/\r$/, '');
                    if (strip)
                        l = l.replace(/^\t+/, '');
                    if (l === word) {
                        end = pe;
                        found = true;
                        break;
                    }
                    if (pe >= n)
                        break;
                    p = pe + 1;
                }
                if (!found)
                    end = n;
            }
        }
        out.push({
            keyword,
            start: s,
            argsStart: Math.min(argsStart, end),
            end: end > 0 && text[end - 1] === '\r' ? end - 1 : end,
        });
        i = end + 1;
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/detectors/flows/dockerfile.ts
var dockerfile = __webpack_require__(95207);
// EXTERNAL MODULE: ./src/detectors/flows/follow.ts + 1 modules
var follow = __webpack_require__(8869);
// EXTERNAL MODULE: ./src/detectors/parsers/paths.ts
var paths = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/detectors/parsers/oci-image.ts
var oci_image = __webpack_require__(18865);
;// CONCATENATED MODULE: ./src/detectors/dockerfile.ts
// Dockerfiles (`Dockerfile`, `*.Dockerfile`, `Dockerfile.*`, `Dockerfile-*`, `Dockerfile_*`,
// `Containerfile*`): installs in RUN, CMD and ENTRYPOINT instructions, with ARG defaults, build
// args given by a devcontainer or compose file, ENV values, multi-stage inheritance, line
// continuations, comment lines inside continuations, here-documents, exec form, and ADD of release
// URLs. Instructions come from dockerfile-ast; the bodies are read by our shell tokenizer.












const DOCKERFILE_SOURCE = 'Dockerfile';
function isDockerfilePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.dockerignore$/i.test(name))
        return false;
    return (/^(Dockerfile|Containerfile)([._-][^/]+)?$/i.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name));
}
/** The context-relative file a path in the image came from, when a COPY/ADD put it there. */
function copiedFrom(copies, path) {
    for (let i = copies.length - 1; i >= 0; i--) {
        const c = copies[i];
        const src = c.src.replace(/\/+$/, '');
        if (!c.intoDir && path === c.dest)
            return src;
        if (c.intoDir && path === external_node_path_.posix.join(c.dest, external_node_path_.posix.basename(src)))
            return src;
        // A folder copied: its files keep their paths under the destination.
        const under = c.dest.endsWith('/') ? c.dest : c.dest + '/';
        if (path.startsWith(under))
            return external_node_path_.posix.join(src, path.slice(under.length));
    }
    return null;
}
/** Scans one Dockerfile's text and reports its installs, located in `file`. */
function scanDockerfile(text, file, options = {}) {
    const components = [];
    const errors = [];
    const lines = new util_lines/* LineIndex */.rr(text);
    const offsetLine = (options.firstLine ?? 1) - 1;
    const locate = (o) => lines.line(o) + offsetLine;
    const buildArgs = options.buildArgs ?? new Map();
    const escape = escapeCharacter(text);
    // A value an ARG or ENV writes is written at its line (where a reviewer changes it).
    const written = (v, offset) => v.unknown || v.from ? v : { ...v, from: { file, line: locate(offset) } };
    const globals = new Map();
    const stages = [];
    let stage = null;
    const scanner = new scan/* CommandScanner */.q();
    const contextDir = options.contextDir ?? (0,paths/* dirOf */.R)(file);
    const runs = [];
    for (const ins of splitInstructions(text, escape)) {
        const keyword = ins.keyword;
        const { argsStart, end } = ins;
        const vars = stage ? stage.vars : globals;
        const lookup = (n) => vars.get(n);
        switch (keyword) {
            case 'FROM': {
                const words = wordsOf(text, argsStart, end, escape);
                const args = words.map((w) => w.raw);
                const asI = args.findIndex((a) => a.toUpperCase() === 'AS');
                const image = args.find((a) => !a.startsWith('--')) ?? '';
                const parent = stages.find((s) => s.name !== undefined && s.name === image.toLowerCase());
                const imageWord = words.find((w) => !w.raw.startsWith('--'));
                if (imageWord && !parent) {
                    // The base image, with the ARGs declared before the first FROM (and build args).
                    const v = (0,expand/* expandParts */.Xd)(imageWord.parts, (n) => globals.get(n));
                    const c = (0,oci_image/* imageComponent */.$)(v.text, { file, line: locate(imageWord.start) }, DOCKERFILE_SOURCE, {
                        unknown: v.unknown,
                        ...(v.from ? { versionFrom: v.from } : {}),
                    });
                    if (c)
                        components.push(c);
                }
                stage = {
                    name: asI >= 0 ? args[asI + 1]?.toLowerCase() : undefined,
                    vars: new Map(parent?.vars ?? []),
                    copies: [...(parent?.copies ?? [])],
                    workdir: parent?.workdir ?? '/',
                };
                stages.push(stage);
                break;
            }
            case 'ARG': {
                for (const w of wordsOf(text, argsStart, end, escape)) {
                    const eq = w.raw.indexOf('=');
                    const name = eq === -1 ? w.raw : w.raw.slice(0, eq);
                    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                        continue;
                    let value;
                    const given = buildArgs.get(name);
                    if (given)
                        value = given;
                    else if (eq !== -1) {
                        const parts = w.parts.slice();
                        const first = parts[0];
                        if (first && first.k === 'lit')
                            parts[0] = { k: 'lit', text: first.text.slice(eq + 1) };
                        value = written((0,expand/* expandParts */.Xd)(parts, lookup), w.start);
                    }
                    else
                        value = (stage ? globals.get(name) : undefined) ?? { text: '${' + name + '}', unknown: true };
                    vars.set(name, value);
                }
                break;
            }
            case 'ENV': {
                const words = wordsOf(text, argsStart, end, escape);
                if (words.length > 0 && !words[0].raw.includes('=')) {
                    // Legacy `ENV NAME value with spaces`.
                    const rest = text.slice(words[1]?.start ?? end, end).trim();
                    vars.set(words[0].raw, written((0,expand/* expandParts */.Xd)(parseShellWord(rest), lookup), words[0].start));
                    break;
                }
                for (const w of words) {
                    const eq = w.raw.indexOf('=');
                    if (eq <= 0)
                        continue;
                    const first = w.parts[0];
                    if (!first || first.k !== 'lit')
                        continue;
                    const parts = [{ k: 'lit', text: first.text.slice(eq + 1) }, ...w.parts.slice(1)];
                    vars.set(w.raw.slice(0, eq), written((0,expand/* expandParts */.Xd)(parts, lookup), w.start));
                }
                break;
            }
            // CMD and ENTRYPOINT run when the container starts: an `npx -y …` there installs then.
            case 'CMD':
            case 'ENTRYPOINT':
            case 'RUN':
            case 'ONBUILD': {
                scanner.env.clear();
                for (const [k, v] of vars)
                    scanner.env.set(k, v);
                let body = argsStart;
                if (keyword === 'ONBUILD') {
                    const m = /^\s*RUN\b/i.exec(text.slice(body, end));
                    if (!m)
                        break;
                    body += m[0].length;
                }
                // RUN flags: --mount=…, --network=…, --security=…
                for (let m = /^\s*--[a-z-]+=\S*/i.exec(text.slice(body, end)); m; m = /^\s*--[a-z-]+=\S*/i.exec(text.slice(body, end)))
                    body += m[0].length;
                const rest = text.slice(body, end);
                const trimmed = rest.trimStart();
                if (trimmed.startsWith('[')) {
                    const argv = execForm(trimmed);
                    if (argv) {
                        const script = argv.map(shellQuote).join(' ');
                        scanner.scan(script, () => locate(body), 0, script.length);
                        break;
                    }
                }
                const segment = /<<-?\s*["']?[A-Za-z_]/.test(rest) ? rest : joinContinuations(rest, escape);
                const before = scanner.scriptRuns.length;
                scanner.scan(segment, (o) => locate(o + body));
                for (const run of scanner.scriptRuns.slice(before)) {
                    const repoPath = stage ? copiedFrom(stage.copies, external_node_path_.posix.resolve(stage.workdir, run.path)) : null;
                    if (repoPath !== null) {
                        const p = (0,paths/* joinRelative */.r)(contextDir, repoPath);
                        if (p !== null)
                            runs.push({ ...run, path: p });
                    }
                }
                break;
            }
            case 'WORKDIR': {
                const dir = (0,expand/* expandParts */.Xd)(parseShellWord(text.slice(argsStart, end).trim()), lookup);
                if (stage && !dir.unknown)
                    stage.workdir = external_node_path_.posix.resolve(stage.workdir, dir.text);
                break;
            }
            case 'COPY':
            case 'ADD': {
                // `COPY <<EOF /tmp/i.sh` writes the here-document into the image: a later RUN of that
                // path runs it (shell/file-commands.ts), as a file a script wrote itself.
                const inline = inlineFile(text, argsStart, end, lookup);
                if (inline) {
                    scanner.writes.push({ ...inline, line: locate(argsStart) });
                    break;
                }
                const all = wordsOf(text, argsStart, end, escape);
                const words = all.filter((w) => !w.raw.startsWith('--'));
                if (words.length < 2)
                    break;
                const dest = (0,expand/* expandParts */.Xd)(words[words.length - 1].parts, lookup).text;
                // A file of the build context put in the image: a later RUN of it runs that file.
                if (stage && !all.some((w) => w.raw.startsWith('--from'))) {
                    for (const w of words.slice(0, -1)) {
                        const src = (0,expand/* expandParts */.Xd)(w.parts, lookup);
                        if (src.unknown || /^[a-z][a-z0-9+.-]*:\/\//i.test(src.text) || /[*?[]/.test(src.text))
                            continue;
                        const target = external_node_path_.posix.resolve(stage.workdir, dest);
                        const intoDir = dest.endsWith('/') || words.length > 2;
                        stage.copies.push({ src: src.text, dest: target, intoDir });
                    }
                }
                if (keyword === 'COPY')
                    break;
                for (const w of words.slice(0, -1)) {
                    const src = (0,expand/* expandParts */.Xd)(w.parts, lookup);
                    if (!/^https?:\/\//i.test(src.text))
                        continue;
                    const file = src.text.replace(/[?#].*$/, '');
                    const target = dest.endsWith('/') ? dest + file.slice(file.lastIndexOf('/') + 1) : dest;
                    const rec = { url: src.text, line: locate(w.start), used: false };
                    scanner.downloads.set(target, rec);
                    scanner.downloads.set(target.slice(target.lastIndexOf('/') + 1), rec);
                }
                break;
            }
            default:
                break;
        }
    }
    scanner.finish();
    for (const f of scanner.findings)
        components.push((0,shell_components/* findingComponent */.bT)(f, file, DOCKERFILE_SOURCE));
    for (const p of scanner.problems)
        errors.push((0,shell_components/* problemError */.gS)(p, file, 'RUN'));
    // BuildKit rejects a here-document without its terminator line (bash would accept it).
    for (const p of scanner.openHeredocs)
        errors.push((0,shell_components/* problemError */.gS)(p, file, 'RUN'));
    return { components, errors, runs };
}
/** The words of `text[start, end)` (ARG and ENV arguments) read with shell quoting. */
function wordsOf(text, start, end, escape = '\\') {
    const joined = joinContinuations(text.slice(start, end), escape);
    return (0,shell/* parseShell */.a)(joined)
        .pipelines.flatMap((p) => p.commands.flatMap((c) => c.words))
        .map((w) => ({ ...w, start: w.start + start }));
}
function parseShellWord(text) {
    const w = (0,shell/* parseShell */.a)(text).pipelines[0]?.commands[0]?.words;
    if (!w || w.length === 0)
        return [{ k: 'lit', text }];
    return w.length === 1 ? w[0].parts : [{ k: 'lit', text }];
}
/**
 * Joins a Dockerfile instruction's continuation lines the way the builder does: the escape
 * character and newline go, and comment or blank lines inside the continuation are dropped.
 * Offsets are kept (removed characters become spaces) so lines can still be located.
 */
function joinContinuations(text, escape) {
    const chars = text.split('');
    const end = text.length;
    let i = 0;
    let continued = false;
    while (i < end) {
        let nl = text.indexOf('\n', i);
        if (nl === -1 || nl > end)
            nl = end;
        const line = text.slice(i, nl);
        if (continued && /^\s*(#.*)?\r?$/.test(line)) {
            for (let k = i; k <= nl && k < end; k++)
                chars[k] = ' ';
            i = nl + 1;
            continue;
        }
        const trimmedEnd = line.replace(/[ \t\r]+$/, '');
        if (trimmedEnd.endsWith(escape) && !trimmedEnd.endsWith(escape + escape)) {
            const at = i + trimmedEnd.length - 1;
            for (let k = at; k <= nl && k < end; k++)
                chars[k] = ' ';
            continued = true;
        }
        else {
            continued = false;
        }
        i = nl + 1;
    }
    return chars.join('');
}
function execForm(text) {
    try {
        const v = JSON.parse(text.replace(/\\\r?\n/g, ''));
        return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
    }
    catch {
        return null;
    }
}
function shellQuote(s) {
    return /^[\w@%+=:,./-]+$/.test(s) ? s : "'" + s.replace(/'/g, "'\\''") + "'";
}
const dockerfileDetector = {
    id: DOCKERFILE_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: [...shell_components/* COMMAND_ECOSYSTEMS */.Ms, 'oci-image'],
    matches: isDockerfilePath,
    detect: async ({ path, text, readFile }) => {
        const sink = (0,follow/* newSink */.si)();
        await (0,dockerfile/* judgeDockerfile */.Ii)(new follow/* FlowFollower */.Hg(readFile, sink), { dockerfile: path, buildArgs: new Map(), via: [] }, text);
        return (0,follow/* sinkResult */.fA)(sink);
    },
};
/**
 * `COPY [--chmod=…] <<EOF DEST` with one here-document: what it writes and where. An unquoted
 * delimiter lets the builder expand `$` in the body, so such a body is not known.
 */
function inlineFile(text, argsStart, end, lookup) {
    const nl = text.indexOf('\n', argsStart);
    if (nl === -1 || nl >= end)
        return null;
    const head = /^(?:--\S+\s+)*<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2\s+(\S+)\s*$/.exec(text.slice(argsStart, nl).replace(/\r$/, ''));
    if (!head)
        return null;
    const dest = (0,expand/* expandParts */.Xd)(parseShellWord(head[4]), lookup);
    if (dest.unknown)
        return null;
    let body = text.slice(nl + 1, end).replace(/\r/g, '');
    body = body.slice(0, body.lastIndexOf('\n') + 1);
    if (head[1] === '-')
        body = body.replace(/^\t+/gm, '');
    const expands = head[2] === '' && /[$`]/.test(body);
    return { target: head[4], path: dest.text, append: false, content: { text: body, unknown: expands } };
}


/***/ }),

/***/ 36753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ scanAndFollowCommandSites)
/* harmony export */ });
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14260);
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8869);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92780);



async function scanAndFollowCommandSites(input, source, sites, what, 
/** Where the commands run, from the repository root ('' : the root). */
cwd) {
    const list = [...sites];
    // Files the commands source or read as data (`< versions.txt`, `xargs -a pkgs.txt`) are read
    // in rounds, as a script's are, so their values are known and diff mode records the reads.
    const scanner = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .scanWithSources */ .KB)(input.readFile, input.path, (p) => (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .candidatePaths */ .Aq)(p, { cwd, workspace: '', callerDir: (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .dirOf */ .R)(input.path) }), (s) => {
        (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommandSites */ .C5)(list, s);
    }, new Map());
    const own = (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_0__/* .siteResult */ .PI)(scanner, input.path, source, what);
    const sink = (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .newSink */ .si)();
    await new _follow_js__WEBPACK_IMPORTED_MODULE_1__/* .FlowFollower */ .Hg(input.readFile, sink).followCalls(scanner, { file: input.path, cwd, via: [] });
    const followed = (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .sinkResult */ .fA)(sink);
    return {
        components: [...own.components, ...followed.components],
        errors: [...own.errors, ...followed.errors],
        ...(followed.callees ? { callees: followed.callees } : {}),
    };
}


/***/ }),

/***/ 95207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ judgeDockerfile),
/* harmony export */   wb: () => (/* binding */ followDockerBuild),
/* harmony export */   wt: () => (/* binding */ followImageBuilds)
/* harmony export */ });
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86318);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92780);
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8869);




/**
 * Judges the Dockerfile `text` as `build` builds it; false when the caller names no readable
 * Dockerfile. Its components are located in the Dockerfile; its errors are its own detector's
 * to report unless its name is not a Dockerfile's.
 */
async function judgeDockerfile(follower, build, text, options = {}) {
    const file = options.file ?? build.dockerfile;
    const r = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .scanDockerfile */ .Yk)(text, file, {
        buildArgs: build.buildArgs,
        ...(build.contextDir !== undefined ? { contextDir: build.contextDir } : {}),
        ...(options.firstLine !== undefined ? { firstLine: options.firstLine } : {}),
    });
    const { sink } = follower;
    // A Dockerfile text inside another file (compose's `dockerfile_inline`) is that file's own.
    if (build.via.length > 0 && options.file === undefined)
        sink.callees.add(file);
    for (const c of r.components)
        sink.components.push((0,_follow_js__WEBPACK_IMPORTED_MODULE_2__/* .withVia */ .ZB)(c, build.via));
    // A Dockerfile under a standard name reports its own errors when scanned on its own.
    const ownDetectorReports = build.via.length > 0 && options.file === undefined && (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfilePath */ .e4)(file);
    if (!ownDetectorReports)
        sink.errors.push(...r.errors);
    // A RUN of a copied script runs in the image's root: its paths are already repository paths.
    await follower.followRuns(r.runs, { file, cwd: '', via: build.via, resolve: (p) => [p] });
}
/** Reads and judges the Dockerfile a caller builds; false when it cannot be read. */
async function followDockerBuild(follower, readFile, build) {
    const text = await readFile(build.dockerfile);
    if (text === null)
        return false;
    await judgeDockerfile(follower, build, text);
    return true;
}
/**
 * The images a caller's commands build (`docker build -f F --build-arg K=V CONTEXT`), each
 * Dockerfile judged with those build args; paths are relative to the caller's working directory.
 */
async function followImageBuilds(follower, builds, caller) {
    for (const b of builds) {
        const at = { file: caller.file, line: b.line };
        const contextDir = repoPath(b.context, caller.cwd, follower.workspace);
        if (contextDir === null)
            continue;
        const dockerfile = b.dockerfile === undefined
            ? (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRelative */ .r)(contextDir, 'Dockerfile')
            : repoPath(b.dockerfile, caller.cwd, follower.workspace);
        if (dockerfile === null)
            continue;
        const buildArgs = new Map();
        for (const [k, v] of b.buildArgs)
            buildArgs.set(k, v.from || v.unknown ? v : { ...v, from: at });
        await followDockerBuild(follower, follower.readFile, {
            dockerfile,
            buildArgs,
            contextDir,
            via: [...caller.via, at],
        });
    }
}
/** A path written in a command, as a repository path (the workspace prefixes name the root). */
function repoPath(path, cwd, workspace) {
    const ws = _follow_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKSPACE_PREFIX */ .ni.exec(path);
    return ws ? (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRelative */ .r)(workspace, path.slice(ws[0].length)) : (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRelative */ .r)(cwd, path);
}


/***/ }),

/***/ 8869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hg: () => (/* binding */ FlowFollower),
  YA: () => (/* binding */ SCRIPT_SOURCE),
  ni: () => (/* binding */ WORKSPACE_PREFIX),
  Aq: () => (/* binding */ candidatePaths),
  si: () => (/* binding */ newSink),
  KB: () => (/* binding */ scanWithSources),
  fA: () => (/* binding */ sinkResult),
  ZB: () => (/* binding */ withVia)
});

// UNUSED EXPORTS: startEnv

// EXTERNAL MODULE: ./src/util/lines.ts
var util_lines = __webpack_require__(70895);
// EXTERNAL MODULE: ./src/detectors/parsers/paths.ts
var paths = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/detectors/shell/components.ts
var components = __webpack_require__(67352);
// EXTERNAL MODULE: ./src/detectors/shell/scan.ts + 24 modules
var shell_scan = __webpack_require__(25919);
// EXTERNAL MODULE: ./src/detectors/flows/dockerfile.ts
var dockerfile = __webpack_require__(95207);
// EXTERNAL MODULE: ./src/detectors/parsers/npm-script-env.ts
var npm_script_env = __webpack_require__(23387);
// EXTERNAL MODULE: ./src/detectors/parsers/jsonc.ts
var jsonc = __webpack_require__(25199);
// EXTERNAL MODULE: ./src/detectors/makefile.ts
var makefile = __webpack_require__(36011);
// EXTERNAL MODULE: ./src/detectors/package-json-scripts.ts
var package_json_scripts = __webpack_require__(78259);
// EXTERNAL MODULE: ./src/detectors/justfile.ts
var justfile = __webpack_require__(70971);
// EXTERNAL MODULE: ./src/detectors/justfile-model.ts
var justfile_model = __webpack_require__(4939);
// EXTERNAL MODULE: ./src/detectors/taskfile.ts
var taskfile = __webpack_require__(82548);
// EXTERNAL MODULE: ./src/detectors/parsers/yaml-nodes.ts
var yaml_nodes = __webpack_require__(61881);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(10817);
;// CONCATENATED MODULE: ./src/detectors/flows/tasks.ts














const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
const JUSTFILE_NAMES = ['justfile', 'Justfile', 'JUSTFILE', '.justfile'];
const TASKFILE_NAMES = ['Taskfile.yml', 'taskfile.yml', 'Taskfile.yaml', 'taskfile.yaml'].flatMap((n) => [
    n,
    n.replace('.y', '.dist.y'),
]);
/** Task runs already read, per follower (a task that runs itself, or two that run each other). */
const followed = new WeakMap();
async function followTasks(follower, runs, caller) {
    const seen = followed.get(follower) ?? new Set();
    followed.set(follower, seen);
    for (const run of runs) {
        const via = [...caller.via, { file: caller.file, line: run.line }];
        const key = JSON.stringify([
            caller.file,
            run.line,
            caller.cwd,
            [...run.env],
            [...run.vars],
            run.targets,
            run.args,
            run.cliArgs,
        ]);
        if (via.length > 8 || seen.has(key))
            continue;
        seen.add(key);
        const dir = await runDirectory(follower, run, caller.cwd);
        if (dir === null)
            continue;
        if (run.runner === 'make') {
            for (const name of run.file ? [run.file] : MAKEFILE_NAMES) {
                const path = (0,paths/* joinRelative */.r)(dir, name);
                const text = path === null ? null : await follower.readFile(path);
                if (path === null || text === null)
                    continue;
                const given = { overrides: new Set(run.vars.keys()), environment: new Set(run.env.keys()) };
                const chosen = (0,makefile/* recipesOf */.tQ)((0,makefile/* makefileRecipes */.Qf)(text, given), run.targets);
                // What the file says alone: the same recipes without the caller's values.
                const alone = (0,makefile/* recipesOf */.tQ)((0,makefile/* makefileRecipes */.Qf)(text), run.targets);
                // Command-line variables reach the recipes as the shell's; one written at the call is
                // written on the caller's line.
                const env = new Map(run.env);
                for (const [k, v] of run.vars)
                    env.set(k, v.from || v.unknown ? v : { ...v, from: via[via.length - 1] });
                await judgeTask(follower, { file: path, cwd: dir, via }, makefile/* MAKEFILE_SOURCE */.HU, chosen, alone, env);
                break;
            }
        }
        else if (run.runner === 'just' || run.runner === 'task') {
            const found = await findUpwards(follower, dir, run.file, run.runner === 'just' ? JUSTFILE_NAMES : TASKFILE_NAMES);
            if (found === null)
                continue;
            // go-task's `ns:task` names a task of the Taskfile included as `ns`.
            const parts = run.runner === 'just'
                ? [{ run, found }]
                : await Promise.all((run.targets.length > 0 ? run.targets : ['default']).map(async (t) => {
                    const r = await includedTask(follower, found, t);
                    return r && { run: { ...run, targets: [r.task] }, found: r.found };
                }));
            for (const part of parts) {
                if (!part)
                    continue;
                const where = { file: part.found.path, cwd: (0,paths/* dirOf */.R)(part.found.path), via };
                // A `.env` the file loads (just's `set dotenv-load`, go-task's `dotenv:`) is its own.
                const dotenv = run.runner === 'just'
                    ? await (0,justfile/* justDotenv */["do"])((0,justfile_model/* parseJustfile */.G)(part.found.text), part.found.path, follower.readFile)
                    : await (0,taskfile/* taskfileDotenv */.us)(part.found, follower.readFile);
                const chosen = runnerSites(part.run, part.found, { ...given(run, via), dotenv });
                const alone = runnerSites(part.run, part.found, { vars: new Map(), env: new Map(), dotenv });
                if (chosen === null || alone === null)
                    continue;
                const source = run.runner === 'just' ? justfile/* JUSTFILE_SOURCE */.jQ : taskfile/* TASKFILE_SOURCE */.eh;
                await judgeTask(follower, where, source, chosen, alone, run.env);
            }
        }
        else {
            const path = (0,paths/* joinRelative */.r)(dir, 'package.json');
            const text = path === null ? null : await follower.readFile(path);
            if (path === null || text === null)
                continue;
            const sites = packageScripts(path, text, run.targets[0]);
            await judgeTask(follower, { file: path, cwd: dir, via }, package_json_scripts/* PACKAGE_JSON_SCRIPTS_SOURCE */.Fh, sites, sites, run.env);
        }
    }
}
/**
 * Where a task run looks for its file: after the caller's `cd` when the file is there, else where
 * the caller's text started (a `cd` in an earlier Dockerfile `RUN` or step holds no longer).
 */
async function runDirectory(follower, run, cwd) {
    const plain = (0,paths/* joinRelative */.r)(cwd, run.dir ?? '.');
    if (!run.cdDir)
        return plain;
    const moved = (0,paths/* joinRelative */.r)(cwd, `${run.cdDir}/${run.dir ?? '.'}`);
    if (moved === null)
        return plain;
    const names = run.runner === 'make'
        ? run.file
            ? [run.file]
            : MAKEFILE_NAMES
        : run.runner === 'npm'
            ? ['package.json']
            : run.file
                ? [run.file]
                : run.runner === 'just'
                    ? JUSTFILE_NAMES
                    : TASKFILE_NAMES;
    for (const name of names) {
        const path = (0,paths/* joinRelative */.r)(moved, name);
        if (path !== null && (await follower.readFile(path)) !== null)
            return moved;
    }
    return plain;
}
/** `preS`, `S` and `postS` of a package.json, each located at its key's line. */
function packageScripts(path, text, script) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const parsed = (0,jsonc/* parseJsonc */.pX)(text, path, 64, jsonc/* JSONC */.y0, lines);
    const sites = [];
    const env = (0,npm_script_env/* npmScriptEnv */.K)(parsed.root, path, lines);
    for (const name of [`pre${script}`, script, `post${script}`])
        for (const s of (0,jsonc/* members */.ol)((0,jsonc.at)(parsed.root, ['scripts']))) {
            if (s.key !== name)
                continue;
            const value = (0,jsonc/* stringValue */.r$)(s.value);
            const line = lines.line(s.keyNode.offset);
            if (value !== undefined)
                sites.push({ script: value, locate: () => line, env });
        }
    return sites;
}
/**
 * Reads `sites` with the caller's environment and reports what differs from reading `alone`
 * without it: the installs whose version or name the caller decides.
 */
async function judgeTask(follower, where, source, sites, alone, env) {
    const key = (f) => JSON.stringify([f.line, f.ecosystem, f.name, f.version, f.spec, f.alias]);
    const own = new Set(read(alone, new Map()).findings.map(key));
    const scanner = read(sites, env);
    for (const f of scanner.findings)
        if (!own.has(key(f)))
            follower.sink.components.push(withVia((0,components/* findingComponent */.bT)(f, where.file, source), where.via));
    await follower.followCalls(scanner, where);
}
function read(sites, env) {
    const scanner = new shell_scan/* CommandScanner */.q({ env });
    for (const site of sites) {
        if (site.env)
            for (const [k, v] of site.env)
                scanner.env.set(k, v);
        scanner.scan(site.script, site.locate);
    }
    scanner.finish();
    return scanner;
}
/** The caller's values: written at the call when they have no origin of their own. */
function given(run, via) {
    const at = via[via.length - 1];
    const vars = new Map();
    for (const [k, v] of run.vars)
        vars.set(k, v.from || v.unknown ? v : { ...v, from: at });
    return { vars, env: run.env, at };
}
function withOrigin(v, at) {
    return at && !v.from && !v.unknown ? { ...v, from: at } : v;
}
/** The sites a just or task run reads with `context` (no context: as the file says alone). */
function runnerSites(run, found, context) {
    if (run.runner === 'just') {
        const file = (0,justfile_model/* parseJustfile */.G)(found.text);
        const args = (run.args ?? []).map((a) => withOrigin(a, context.at));
        const runs = (0,justfile/* justRuns */.jF)(file, context.at ? args : (run.args ?? []).map((a) => ({ ...a, from: undefined })));
        if (runs === null)
            return null;
        // Alone, a recipe's parameters take their defaults: the arguments are the caller's.
        const chosen = context.at ? runs : runs.map((r) => ({ recipe: r.recipe, args: [] }));
        return (0,justfile/* justSites */.f$)(file, chosen, { overrides: context.vars, env: context.env, dotenv: context.dotenv });
    }
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(found.text, found.path, limits/* defaultLimits */.MK.maxDepth);
    const cliArgs = run.cliArgs && context.at ? withOrigin(run.cliArgs, context.at) : undefined;
    return (0,taskfile/* taskfileSites */.qF)(parsed, {
        tasks: run.targets,
        vars: context.vars,
        env: context.env,
        dotenv: context.dotenv,
        ...(cliArgs ? { cliArgs } : {}),
    });
}
/** The task file named by `-f` (from the working directory), or the first of `names` upwards. */
async function findUpwards(follower, dir, file, names, upwards = true) {
    if (file !== undefined) {
        const path = (0,paths/* joinRelative */.r)(dir, file);
        const text = path === null ? null : await follower.readFile(path);
        return path === null || text === null ? null : { path, text };
    }
    for (let d = dir; d !== null; d = d === '' || !upwards ? null : (0,paths/* dirOf */.R)(d)) {
        for (const name of names) {
            const path = (0,paths/* joinRelative */.r)(d, name);
            const text = path === null ? null : await follower.readFile(path);
            if (path !== null && text !== null)
                return { path, text };
        }
    }
    return null;
}
/** The Taskfile and task a name `ns:task` resolves to through `includes:` (four levels at most). */
async function includedTask(follower, found, task) {
    let file = found;
    let name = task;
    for (let depth = 0; depth < 4; depth++) {
        const cut = name.indexOf(':');
        if (cut === -1)
            return { found: file, task: name };
        const { doc } = (0,yaml_nodes/* parseYaml */.hN)(file.text, file.path, limits/* defaultLimits */.MK.maxDepth);
        if ((0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'tasks'), name) !== undefined)
            return { found: file, task: name };
        const include = (0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'includes'), name.slice(0, cut));
        const target = (0,yaml_nodes/* str */.gx)(include) ?? (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, include, 'taskfile'));
        if (target === undefined)
            return null;
        const base = (0,paths/* joinRelative */.r)((0,paths/* dirOf */.R)(file.path), target);
        if (base === null)
            return null;
        const direct = /\.ya?ml$/i.test(base) ? await follower.readFile(base) : null;
        const next = direct !== null
            ? { path: base, text: direct }
            : await findUpwards(follower, base, undefined, TASKFILE_NAMES, false);
        if (next === null)
            return null;
        file = next;
        name = name.slice(cut + 1);
    }
    return null;
}

// EXTERNAL MODULE: ./src/detectors/shell/command-words.ts + 1 modules
var command_words = __webpack_require__(17271);
;// CONCATENATED MODULE: ./src/detectors/flows/follow.ts







function newSink() {
    return { components: [], errors: [], callees: new Set() };
}
/** A detector's result from what it collected. */
function sinkResult(sink) {
    return {
        components: sink.components,
        errors: sink.errors,
        ...(sink.callees.size > 0 ? { callees: [...sink.callees].sort() } : {}),
    };
}
/** Most callers in one chain, and most distinct (file, context) evaluations per detector file. */
const MAX_DEPTH = 8;
const MAX_EVALUATIONS = 512;
/** Where a repository checkout sits for the platforms that name it with a variable. */
const WORKSPACE_PREFIX = /^(\$\{(containerWorkspaceFolder|localWorkspaceFolder|GITHUB_WORKSPACE)\}|\$GITHUB_WORKSPACE|\$\{\{\s*github\.workspace\s*\}\})\/?/;
/**
 * The repository paths a command's script path may name, most likely first: from the workspace
 * root when it says so, else from the working directory, then from the caller's folder and the
 * root (a devcontainer's commands run in the workspace; a path may be written either way).
 */
function candidatePaths(path, ctx) {
    const ws = WORKSPACE_PREFIX.exec(path);
    if (ws) {
        const p = (0,paths/* joinRelative */.r)(ctx.workspace, path.slice(ws[0].length));
        return p === null ? [] : [p];
    }
    const out = [];
    for (const base of [ctx.cwd, ctx.callerDir, ctx.workspace, '']) {
        const p = (0,paths/* joinRelative */.r)(base, path);
        if (p !== null && p !== '' && !out.includes(p))
            out.push(p);
    }
    return out;
}
/** Keys of a context that tell two evaluations apart (values only, not where they were written). */
function contextKey(path, ctx) {
    const env = [...ctx.env].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([
        path,
        ctx.cwd,
        ctx.args?.map(valueKey) ?? null,
        env.map(([k, v]) => [k, valueKey(v)]),
    ]);
}
function valueKey(v) {
    return (v.unknown ? '?' : '=') + v.text;
}
/** The variables a script starts with: the context's, and its arguments when a caller gives them. */
function startEnv(ctx) {
    const env = new Map(ctx.env);
    if (ctx.args)
        (0,shell_scan/* setArguments */.J)(env, ctx.args);
    return env;
}
class FlowFollower {
    readFile;
    sink;
    workspace;
    seen = new Set();
    evaluations = 0;
    constructor(readFile, sink, 
    /** The repository folder a run path is read from when it names the workspace. */
    workspace = '') {
        this.readFile = readFile;
        this.sink = sink;
        this.workspace = workspace;
    }
    /**
     * Follows the scripts a caller's commands run: `caller` is where those commands stand (the
     * file, its working directory and its own callers).
     */
    async followRuns(runs, caller) {
        if (caller.via.length >= MAX_DEPTH)
            return;
        for (const run of runs) {
            const at = { file: caller.file, line: run.line };
            const via = [...caller.via, at];
            // An argument written at the call is written on the caller's line.
            const args = run.args.map((a) => (a.from || a.unknown ? a : { ...a, from: at }));
            const ctx = {
                env: run.env,
                cwd: caller.cwd,
                via,
                ...(run.args.length > 0 || !run.sourced ? { args } : {}),
            };
            // A sourced file without arguments sees the caller's own.
            if (run.sourced && run.args.length === 0 && run.env.has('#'))
                ctx.args = undefined;
            const where = { cwd: caller.cwd, workspace: this.workspace, callerDir: (0,paths/* dirOf */.R)(caller.file) };
            // After a `cd`, the path is first taken from there (a `cd` in an earlier step may not hold).
            const moved = run.cdDir ? `${run.cdDir}/${run.path}` : undefined;
            const candidates = [
                ...(moved ? (caller.resolve?.(moved) ?? candidatePaths(moved, where)) : []),
                ...(caller.resolve?.(run.path) ?? candidatePaths(run.path, where)),
            ].filter((p, i, all) => all.indexOf(p) === i);
            for (const p of candidates)
                if (await this.script(p, ctx, run.byPath))
                    break;
        }
    }
    /** Follows everything a scanned text calls: the scripts it runs or sources, the images it builds. */
    async followCalls(scanner, caller) {
        await this.followRuns(scanner.scriptRuns, caller);
        await (0,dockerfile/* followImageBuilds */.wt)(this, scanner.imageBuilds, caller);
        await followTasks(this, scanner.taskRuns, caller);
    }
    /**
     * Judges the script at `path` in `ctx`; false when it does not exist. A file run as a program
     * whose shebang names another language's interpreter (`#!/usr/bin/env node`) is no shell script.
     */
    async script(path, ctx, byPath = false) {
        const key = contextKey(path, ctx);
        if (this.seen.has(key))
            return true;
        if (this.evaluations >= MAX_EVALUATIONS)
            return true;
        const text = await this.readFile(path);
        if (text === null)
            return false;
        // Run as a program, a file named for another language (`./check.ps1`, `./x.py`) is no shell
        // script either: the runner or its shebang gives it to that language's interpreter.
        if (byPath && ((0,command_words/* hasForeignShebang */.J9)(text) || (0,command_words/* namesAnotherKindOfFile */.xL)(path)))
            return true;
        this.seen.add(key);
        this.evaluations++;
        this.sink.callees.add(path);
        const scanner = await this.scanText(text, path, startEnv(ctx));
        for (const f of scanner.findings)
            this.sink.components.push(withVia((0,components/* findingComponent */.bT)(f, path, SCRIPT_SOURCE), ctx.via));
        // A script under a standard name reports its problems when scanned on its own.
        if (!/\.(sh|bash)$/.test(path))
            for (const p of scanner.problems)
                this.sink.errors.push((0,components/* problemError */.gS)(p, path));
        await this.followCalls(scanner, { file: path, cwd: ctx.cwd, via: ctx.via });
        return true;
    }
    /**
     * Scans a shell text with `env`, reading the files it sources first (their assignments hold
     * for the rest of the text): scanned again once the files it names are read, a few rounds at most.
     */
    async scanText(text, file, env, locate) {
        const lines = locate ? null : new util_lines/* LineIndex */.rr(text);
        const at = locate ?? ((o) => lines.line(o));
        return scanWithSources(this.readFile, file, (p) => candidatePaths(p, { cwd: '', workspace: this.workspace, callerDir: (0,paths/* dirOf */.R)(file) }), (scanner) => scanner.scan(text, at), env);
    }
}
/** Source name of components found in scripts (as the shell-script detector reports them). */
const SCRIPT_SOURCE = 'shell-script';
/** Runs `scan` on a fresh scanner until every file it sources is known (4 rounds at most). */
async function scanWithSources(readFile, file, resolve, scan, env) {
    const known = new Map();
    for (let round = 0;; round++) {
        const scanner = new shell_scan/* CommandScanner */.q({
            env,
            sourced: (p) => known.get(p),
            // Values assigned here are written here: the line a reviewer changes.
            originFile: file,
        });
        scan(scanner);
        scanner.finish();
        if (scanner.unread.size === 0 || round >= 4)
            return scanner;
        for (const p of scanner.unread) {
            let found = null;
            for (const candidate of resolve(p)) {
                if (candidate === file)
                    continue;
                const text = await readFile(candidate);
                if (text !== null) {
                    found = { file: candidate, text };
                    break;
                }
            }
            known.set(p, found);
        }
    }
}
/** The component reached through `via` (none: the file's own text). */
function withVia(c, via) {
    return via.length > 0 ? { ...c, via: [...via] } : c;
}


/***/ }),

/***/ 79219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x_: () => (/* binding */ githubWorkflowDetector),
  EX: () => (/* binding */ isNestedWorkflowPath)
});

// UNUSED EXPORTS: WORKFLOW_SOURCE, isWorkflowPath, scanWorkflow

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/detectors/shell/components.ts
var components = __webpack_require__(67352);
// EXTERNAL MODULE: ./src/detectors/shell/packages.ts
var shell_packages = __webpack_require__(6721);
// EXTERNAL MODULE: ./src/detectors/flows/follow.ts + 1 modules
var follow = __webpack_require__(8869);
// EXTERNAL MODULE: ./src/detectors/shell/expand.ts
var expand = __webpack_require__(88496);
// EXTERNAL MODULE: ./src/detectors/parsers/yaml-nodes.ts
var yaml_nodes = __webpack_require__(61881);
;// CONCATENATED MODULE: ./src/detectors/flows/workflow.ts
// The values a GitHub workflow passes to what it runs: `strategy.matrix` (one evaluation per
// combination, `include:` too), `env` with `${{ … }}` expressions of known contexts, and the
// `with:` inputs of a local reusable workflow or composite action.



/** Most matrix combinations evaluated per job: a bound on hostile input. */
const MAX_COMBINATIONS = 256;
/**
 * Expands the `${{ context.name }}` expressions of a YAML value with `values`; an expression of
 * anything else (a function, an operator, an unknown context) leaves the value unknown.
 */
function expandExpressions(text, values, from) {
    let unknown = false;
    let origin;
    const out = text.replace(/\$\{\{[\s\S]*?\}\}/g, (raw) => {
        const name = (0,expand/* expressionName */.Yf)(raw);
        const v = name === null ? undefined : (0,expand/* contextValue */.dA)(name, (n) => values.get(n));
        if (!v || v.unknown) {
            unknown = true;
            return raw;
        }
        origin ??= v.from;
        return v.text;
    });
    origin ??= from;
    return { text: out, unknown, ...(origin ? { from: origin } : {}) };
}
/** A scalar's value with its expressions expanded, written at its own line. */
function yamlValue(parsed, node, values) {
    const s = (0,dist/* isScalar */.jn)(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : (0,yaml_nodes/* str */.gx)(node);
    if (s === undefined)
        return undefined;
    return expandExpressions(s, values, { file: parsed.file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, node) });
}
/** `env:` entries over `base`, values expanded with `values` (the matrix, inputs, env so far). */
function envOf(parsed, node, base) {
    const env = new Map(base);
    for (const p of (0,yaml_nodes/* pairs */.AS)(parsed.doc, node)) {
        const v = yamlValue(parsed, p.value, env);
        if (v !== undefined)
            env.set(p.key, v);
    }
    return env;
}
/**
 * The combinations of a job's `strategy.matrix`, each as `matrix.<key>` values written at the
 * value's line; one empty combination when the job has no matrix (or it is an expression). Where
 * every key is known (no matrix, or a mapping whose `include:` is a list), each combination also
 * says so (`MATRIX_KNOWN`): the keys it does not define are null, as GitHub evaluates them.
 */
function matrixCombinations(parsed, job, values) {
    const { doc } = parsed;
    const strategy = (0,yaml_nodes/* get */.Jt)(doc, job, 'strategy');
    const matrix = (0,yaml_nodes/* get */.Jt)(doc, strategy, 'matrix');
    const axes = [];
    let includes = [];
    let excludes = [];
    // A strategy or matrix given by an expression, or an `include:` that is one or holds one, may
    // define any key.
    let keysKnown = strategy === undefined || ((0,dist/* isMap */.jh)(strategy) && (matrix === undefined || (0,dist/* isMap */.jh)(matrix)));
    for (const p of (0,yaml_nodes/* pairs */.AS)(doc, matrix)) {
        if (p.key === 'include') {
            includes = (0,yaml_nodes/* items */.ld)(doc, p.value);
            if (!(0,dist/* isSeq */.oP)(p.value) || !includes.every((n) => (0,dist/* isMap */.jh)(n)))
                keysKnown = false;
        }
        else if (p.key === 'exclude')
            excludes = (0,yaml_nodes/* items */.ld)(doc, p.value);
        else {
            const vs = (0,yaml_nodes/* items */.ld)(doc, p.value)
                .map((n) => yamlValue(parsed, n, values))
                .filter((v) => v !== undefined);
            // A value given by an expression (`${{ fromJSON(...) }}`) is one unknown value.
            const whole = vs.length === 0 ? yamlValue(parsed, p.value, values) : undefined;
            axes.push({ key: p.key, values: vs.length > 0 ? vs : [whole ?? { text: '', unknown: true }] });
        }
    }
    let combos = [new Map()];
    for (const axis of axes) {
        const next = [];
        for (const c of combos)
            for (const v of axis.values) {
                if (next.length >= MAX_COMBINATIONS)
                    break;
                next.push(new Map(c).set(`matrix.${axis.key}`, v));
            }
        combos = next;
    }
    const entry = (node) => {
        const m = new Map();
        for (const p of (0,yaml_nodes/* pairs */.AS)(doc, node)) {
            const v = yamlValue(parsed, p.value, values);
            if (v !== undefined)
                m.set(`matrix.${p.key}`, v);
        }
        return m;
    };
    const same = (a, b) => a !== undefined && a.text === b.text;
    combos = combos.filter((c) => excludes.every((x) => ![...entry(x)].every(([k, v]) => same(c.get(k), v))));
    const original = new Set(axes.map((a) => `matrix.${a.key}`));
    for (const node of includes) {
        const inc = entry(node);
        let added = false;
        // Added to every combination whose original values it does not overwrite; else a new one.
        for (const c of axes.length > 0 ? combos : []) {
            if ([...inc].every(([k, v]) => !original.has(k) || same(c.get(k), v))) {
                for (const [k, v] of inc)
                    c.set(k, v);
                added = true;
            }
        }
        if (!added && combos.length < MAX_COMBINATIONS) {
            if (axes.length === 0 && combos.length === 1 && combos[0].size === 0)
                combos = [];
            combos.push(inc);
        }
    }
    const out = combos.length > 0 ? combos : [new Map()];
    if (keysKnown)
        for (const c of out)
            c.set(expand/* MATRIX_KNOWN */.M7, { text: '', unknown: false });
    return out;
}
/** The inputs a caller's `with:` gives, over the callee's declared defaults. */
function inputsOf(callee, declared, given) {
    const inputs = new Map();
    for (const p of (0,yaml_nodes/* pairs */.AS)(callee.doc, declared)) {
        const d = (0,yaml_nodes/* get */.Jt)(callee.doc, p.value, 'default');
        const v = d === undefined ? undefined : yamlValue(callee, d, new Map());
        if (v !== undefined)
            inputs.set(`inputs.${p.key}`, v);
    }
    for (const [k, v] of given)
        inputs.set(`inputs.${k}`, v);
    return inputs;
}
/**
 * The program a `run:` step's text is given to: the step's `shell`, else the job's, else the
 * workflow's `defaults.run.shell`, else the runner's default (PowerShell on a Windows runner,
 * bash elsewhere). `powershell` text is rewritten for the shell interpreter; `other` (python,
 * cmd, a shell named by an expression) is read as shell for its installs, never for errors.
 */
function runShell(parsed, job, step, values) {
    const { doc } = parsed;
    const defaultOf = (owner) => (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, owner, 'defaults'), 'run'), 'shell'));
    const written = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, step, 'shell')) ??
        (job === undefined ? undefined : defaultOf(job)) ??
        defaultOf(doc.contents);
    if (written === undefined) {
        const runsOn = (0,yaml_nodes/* get */.Jt)(doc, job, 'runs-on');
        const labels = (0,dist/* isSeq */.oP)(runsOn) ? (0,yaml_nodes/* items */.ld)(doc, runsOn).map((n) => (0,yaml_nodes/* str */.gx)(n) ?? '') : [(0,yaml_nodes/* str */.gx)(runsOn) ?? ''];
        const windows = labels.some((l) => /windows/i.test(expandExpressions(l, values).text));
        return windows ? 'powershell' : 'sh';
    }
    const program = written.trim().split(/\s+/)[0] ?? '';
    if (/^(pwsh|powershell)$/i.test(program))
        return 'powershell';
    return /^(\S*\/)?(ba|z|k|da)?sh$/.test(program) ? 'sh' : 'other';
}
/**
 * The variables a step's commands write into `$GITHUB_ENV` (`echo "CC=2.1.150" >> "$GITHUB_ENV"`,
 * a `cat <<EOF` of `K=V` lines): the runner sets them for every later step of the job. A line of
 * an unknown write is an unknown value; the multi-line `K<<DELIM` form is left unknown.
 */
function githubEnvWrites(writes, file) {
    const out = new Map();
    for (const w of writes) {
        if (!/^["']?\$\{?GITHUB_ENV\}?["']?$/.test(w.target))
            continue;
        for (const line of w.content.text.split('\n')) {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(=|<<)(.*)$/.exec(line);
            if (!m)
                continue;
            const known = !w.content.unknown && m[2] === '=';
            out.set(m[1], known ? { text: m[3], unknown: false, from: { file, line: w.line } } : { text: line, unknown: true });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/detectors/parsers/paths.ts
var paths = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/detectors/powershell-script.ts
var powershell_script = __webpack_require__(408);
// EXTERNAL MODULE: ./src/detectors/parsers/oci-image.ts
var oci_image = __webpack_require__(18865);
// EXTERNAL MODULE: ./src/detectors/flows/dockerfile.ts
var flows_dockerfile = __webpack_require__(95207);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
// EXTERNAL MODULE: ./src/detectors/component.ts
var component = __webpack_require__(68516);
;// CONCATENATED MODULE: ./src/detectors/github-workflow.ts
// GitHub workflows (`.github/workflows/*.yml|yaml`) and composite actions (`action.yml|yaml`):
// `uses:` of actions and reusable workflows (tag, branch or commit SHA, at the `uses:` line),
// the tool-version inputs of known AI actions, and the commands of `run:` steps, each at its own
// line inside the block scalar. `${{ … }}` expressions are unknown values kept as written.













const WORKFLOW_SOURCE = 'github-workflow';
function isWorkflowPath(p) {
    return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /(^|\/)action\.ya?ml$/i.test(p);
}
/**
 * A workflow file in a `.github/workflows/` folder below the top of the tree (a template kept in
 * the repository): GitHub runs only the top folder's workflows, so the inventory judges such a file
 * only when something in the repository uses it (inventory/workflow-templates.ts).
 */
function isNestedWorkflowPath(p) {
    return /^.+\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(p);
}
async function scanWorkflow(input) {
    const sink = (0,follow/* newSink */.si)();
    const readFile = input.readFile ?? (() => Promise.resolve(null));
    await judgeWorkflow(new follow/* FlowFollower */.Hg(readFile, sink), input, { inputs: new Map(), via: [] });
    return (0,follow/* sinkResult */.fA)(sink);
}
/**
 * Judges a workflow (or a composite action) with the inputs a caller gives it: each job once per
 * matrix combination, each `run:` with the env in force and the scripts it runs, local reusable
 * workflows and composite actions with their `with:` inputs.
 */
async function judgeWorkflow(follower, input, call) {
    const { path, text } = input;
    const { sink } = follower;
    const parsed = { ...(0,yaml_nodes/* parseYaml */.hN)(text, path, input.limits.maxDepth), file: path };
    // A called file reports its own errors when scanned on its own.
    if (call.via.length === 0)
        sink.errors.push(...parsed.errors);
    const { doc } = parsed;
    const inputs = call.via.length === 0 ? ownInputs(parsed) : call.inputs;
    const rootEnv = envOf(parsed, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'env'), inputs);
    const own = (c) => sink.components.push((0,follow/* withVia */.ZB)(c, call.via));
    const scanSteps = async (steps, env, cwd, job) => {
        // Variables an earlier step wrote into `$GITHUB_ENV`: the later steps' environment.
        const exported = new Map();
        for (const step of (0,yaml_nodes/* items */.ld)(doc, steps)) {
            const stepEnv = envOf(parsed, (0,yaml_nodes/* get */.Jt)(doc, step, 'env'), new Map([...env, ...exported]));
            const found = [];
            usesOf(parsed, step, path, found, stepEnv);
            const uses = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, step, 'uses'))?.trim();
            if (uses?.startsWith('docker://'))
                imageAt(parsed, (0,yaml_nodes/* get */.Jt)(doc, step, 'uses'), uses.slice(9), path, found, stepEnv);
            found.forEach(own);
            await localAction(follower, parsed, step, stepEnv, call.via, input.limits);
            await buildPushAction(follower, parsed, step, stepEnv, call.via);
            const container = uses?.startsWith('docker://') ? dockerStepCommand(parsed, step) : null;
            if (container) {
                const at = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, container.node);
                const scanner = await follower.scanText(container.text, path, new Map(stepEnv), () => at);
                for (const f of scanner.findings)
                    own((0,components/* findingComponent */.bT)(f, path, WORKFLOW_SOURCE));
            }
            const run = (0,yaml_nodes/* get */.Jt)(doc, step, 'run');
            const script = (0,yaml_nodes/* str */.gx)(run);
            if (script === undefined)
                continue;
            const dir = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, step, 'working-directory'));
            const stepCwd = dir === undefined ? cwd : ((0,paths/* joinRelative */.r)(cwd, expandExpressions(dir, stepEnv).text) ?? cwd);
            const shell = runShell(parsed, job, step, env);
            const scalar = (0,yaml_nodes/* scalarLocator */.$F)(parsed.lines, run);
            const site = shell === 'powershell'
                ? (0,powershell_script/* powershellSite */.tX)(parsed.lines, run)
                : { script, locate: (o) => scalar(o, script) };
            if (!site)
                continue;
            const scanner = await follower.scanText(site.script, path, new Map(stepEnv), site.locate);
            for (const f of scanner.findings)
                own((0,components/* findingComponent */.bT)(f, path, WORKFLOW_SOURCE));
            for (const [k, v] of githubEnvWrites(scanner.writes, path))
                exported.set(k, v);
            // Text for another program is read for its installs; what the shell cannot parse there is
            // no problem of the file.
            if (call.via.length === 0 && shell === 'sh')
                for (const p of scanner.problems)
                    sink.errors.push((0,components/* problemError */.gS)(p, path, 'run'));
            await follower.followCalls(scanner, { file: path, cwd: stepCwd, via: call.via });
        }
    };
    for (const job of (0,yaml_nodes/* pairs */.AS)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'jobs'))) {
        const jobDir = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, job.value, 'defaults'), 'run'), 'working-directory'));
        const cwd = jobDir === undefined ? '' : ((0,paths/* joinRelative */.r)('', jobDir) ?? '');
        for (const combination of matrixCombinations(parsed, job.value, rootEnv)) {
            const values = new Map([...rootEnv, ...combination]);
            const jobEnv = envOf(parsed, (0,yaml_nodes/* get */.Jt)(doc, job.value, 'env'), values);
            const found = [];
            usesOf(parsed, job.value, path, found, jobEnv);
            imagesOf(parsed, job.value, path, found, jobEnv);
            found.forEach(own);
            await reusableWorkflow(follower, parsed, job.value, jobEnv, call.via, input.limits);
            await scanSteps((0,yaml_nodes/* get */.Jt)(doc, job.value, 'steps'), jobEnv, cwd, job.value);
        }
    }
    // Composite actions.
    await scanSteps((0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'runs'), 'steps'), rootEnv, '');
}
/**
 * `docker/build-push-action` (and `docker/bake`-less builds): the Dockerfile of `file` (default
 * `{context}/Dockerfile`) judged with the `build-args` lines (`K=V`).
 */
async function buildPushAction(follower, parsed, step, values, via) {
    const uses = (0,yaml_nodes/* get */.Jt)(parsed.doc, step, 'uses');
    if (!/^docker\/build-push-action@/i.test((0,yaml_nodes/* str */.gx)(uses)?.trim() ?? ''))
        return;
    const given = withValues(parsed, step, values);
    const context = given.get('context');
    if (context?.unknown)
        return;
    const contextDir = (0,paths/* joinRelative */.r)('', context?.text ?? '.');
    const file = given.get('file');
    if (contextDir === null || file?.unknown)
        return;
    const dockerfile = file === undefined ? (0,paths/* joinRelative */.r)(contextDir, 'Dockerfile') : (0,paths/* joinRelative */.r)('', file.text);
    if (dockerfile === null)
        return;
    const buildArgs = new Map();
    const lines = given.get('build-args');
    if (lines)
        for (const l of lines.text.split(/\r?\n/)) {
            const eq = l.indexOf('=');
            if (eq > 0)
                buildArgs.set(l.slice(0, eq).trim(), { ...lines, text: l.slice(eq + 1).trim() });
        }
    const at = { file: parsed.file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, uses) };
    await (0,flows_dockerfile/* followDockerBuild */.wb)(follower, follower.readFile, {
        dockerfile,
        buildArgs,
        contextDir,
        via: [...via, at],
    });
}
/** The `with:` values of a step or job, expanded with the values in force. */
function withValues(parsed, owner, values) {
    const given = new Map();
    for (const p of (0,yaml_nodes/* pairs */.AS)(parsed.doc, (0,yaml_nodes/* get */.Jt)(parsed.doc, owner, 'with'))) {
        const v = yamlValue(parsed, p.value, values);
        if (v !== undefined)
            given.set(p.key, v);
    }
    return given;
}
/** `uses: ./.github/workflows/x.yml` at a job: that workflow judged with the job's `with:`. */
/**
 * The inputs of a workflow or an action judged on its own: the defaults its `workflow_dispatch`
 * and `workflow_call` triggers declare, or an action its `inputs` (what a manual run, or a caller
 * that sets no input, gets); an input without a default stays unknown.
 */
function ownInputs(parsed) {
    const { doc } = parsed;
    const on = (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'on');
    const declared = (trigger) => (0,yaml_nodes/* get */.Jt)(doc, (0,yaml_nodes/* get */.Jt)(doc, on, trigger), 'inputs');
    const action = (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'runs') === undefined ? undefined : (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'inputs');
    return new Map([
        ...inputsOf(parsed, action, new Map()),
        ...inputsOf(parsed, declared('workflow_call'), new Map()),
        ...inputsOf(parsed, declared('workflow_dispatch'), new Map()),
    ]);
}
async function reusableWorkflow(follower, parsed, job, values, via, limits) {
    const ref = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, job, 'uses'))?.trim();
    if (!ref?.startsWith('./') || via.length >= 8)
        return;
    const callee = (0,paths/* joinRelative */.r)('', ref.replace(/@.*$/, ''));
    const text = callee === null ? null : await follower.readFile(callee);
    if (callee === null || text === null)
        return;
    const target = { ...(0,yaml_nodes/* parseYaml */.hN)(text, callee, limits.maxDepth), file: callee };
    const on = (0,yaml_nodes/* get */.Jt)(target.doc, target.doc.contents, 'on');
    const declared = (0,yaml_nodes/* get */.Jt)(target.doc, (0,yaml_nodes/* get */.Jt)(target.doc, on, 'workflow_call'), 'inputs');
    const inputs = inputsOf(target, declared, withValues(parsed, job, values));
    // Run only when called: judged in its callers' contexts, not on its own.
    const triggers = (0,yaml_nodes/* pairs */.AS)(target.doc, on).map((p) => p.key);
    if (triggers.length === 1 && triggers[0] === 'workflow_call')
        follower.sink.callees.add(callee);
    const line = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, (0,yaml_nodes/* get */.Jt)(parsed.doc, job, 'uses'));
    await judgeWorkflow(follower, { path: callee, text, limits }, { inputs, via: [...via, { file: parsed.file, line }] });
}
/** `uses: ./path` at a step: the composite action there judged with the step's `with:`. */
async function localAction(follower, parsed, step, values, via, limits) {
    const ref = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, step, 'uses'))?.trim();
    if (!ref?.startsWith('./') || via.length >= 8)
        return;
    const dir = (0,paths/* joinRelative */.r)('', ref);
    if (dir === null)
        return;
    for (const name of ['action.yml', 'action.yaml']) {
        const callee = dir ? `${dir}/${name}` : name;
        const text = await follower.readFile(callee);
        if (text === null)
            continue;
        const target = { ...(0,yaml_nodes/* parseYaml */.hN)(text, callee, limits.maxDepth), file: callee };
        const declared = (0,yaml_nodes/* get */.Jt)(target.doc, target.doc.contents, 'inputs');
        const inputs = inputsOf(target, declared, withValues(parsed, step, values));
        follower.sink.callees.add(callee);
        const line = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, (0,yaml_nodes/* get */.Jt)(parsed.doc, step, 'uses'));
        await judgeWorkflow(follower, { path: callee, text, limits }, { inputs, via: [...via, { file: parsed.file, line }] });
        return;
    }
}
/** The `uses:` of a step or job, and the version inputs of known AI actions in its `with:`. */
function usesOf(parsed, owner, file, out, values) {
    const { doc, lines } = parsed;
    const uses = (0,yaml_nodes/* get */.Jt)(doc, owner, 'uses');
    const ref = (0,yaml_nodes/* str */.gx)(uses);
    if (ref === undefined || !(0,dist/* isScalar */.jn)(uses))
        return;
    const value = ref.trim();
    if (value.startsWith('./') || value.startsWith('.\\') || value.startsWith('docker://'))
        return;
    const at = value.lastIndexOf('@');
    if (at <= 0)
        return;
    const name = value.slice(0, at);
    const version = value.slice(at + 1);
    if (!/^[\w.-]+\/[\w.-]+(\/[^@\s]+)?$/.test(name) || !version)
        return;
    // The line of the `uses:` key: the pair's value starts on it (or the line below for a block).
    const line = (0,yaml_nodes/* lineOf */.cA)(lines, uses);
    out.push((0,component/* makeComponent */.G)({
        ecosystem: 'github-action',
        name,
        version,
        location: { file, line },
        source: WORKFLOW_SOURCE,
        sourceKind: 'git',
    }));
    const repo = name.split('/').slice(0, 2).join('/').toLowerCase();
    // The inputs of the action, or of its repository for an action in a subfolder.
    const inputs = (0,catalog/* actionVersionInputs */._W)(name).length > 0 ? (0,catalog/* actionVersionInputs */._W)(name) : (0,catalog/* actionVersionInputs */._W)(repo);
    for (const vi of inputs) {
        for (const p of (0,yaml_nodes/* pairs */.AS)(doc, (0,yaml_nodes/* get */.Jt)(doc, owner, 'with'))) {
            if (p.key !== vi.input)
                continue;
            const value = yamlValue(parsed, p.value, values);
            const v = value?.text.trim();
            if (!v || !value)
                continue;
            const exact = value.unknown ? null : (0,shell_packages/* exactVersion */.y)(v);
            out.push((0,component/* makeComponent */.G)({
                ecosystem: vi.ecosystem,
                name: vi.package,
                version: exact,
                ...(exact === null ? { spec: v } : {}),
                location: { file, line: (0,yaml_nodes/* lineOf */.cA)(lines, p.keyNode) },
                ...(value.from && value.from.line !== (0,yaml_nodes/* lineOf */.cA)(lines, p.keyNode) ? { versionFrom: value.from } : {}),
                source: WORKFLOW_SOURCE,
                sourceKind: 'registry',
                // The action installs what its version input chose: one installation, judged at the input.
                sameInstallationAs: { ecosystem: 'github-action', name, location: { file, line } },
            }));
        }
    }
}
/**
 * The command a `uses: docker://IMAGE` step runs: its `with.entrypoint` and `with.args` (the
 * runner splits `args` into words as a shell does). Without an entrypoint the image's own is given
 * `args`, read as the command it runs, as `docker run IMAGE CMD…` is.
 */
function dockerStepCommand(parsed, step) {
    const { doc } = parsed;
    const options = (0,yaml_nodes/* get */.Jt)(doc, step, 'with');
    const args = (0,yaml_nodes/* get */.Jt)(doc, options, 'args');
    const entrypoint = (0,yaml_nodes/* get */.Jt)(doc, options, 'entrypoint');
    const words = [(0,yaml_nodes/* str */.gx)(entrypoint), (0,yaml_nodes/* str */.gx)(args)].filter((w) => w !== undefined);
    if (words.length === 0)
        return null;
    return { text: words.join(' '), node: args ?? entrypoint };
}
/** The job's `container` (a string or `image:`) and each `services.<id>.image`. */
function imagesOf(parsed, job, file, out, values) {
    const { doc } = parsed;
    const container = (0,yaml_nodes/* get */.Jt)(doc, job, 'container');
    const nodes = [(0,dist/* isScalar */.jn)(container) ? container : (0,yaml_nodes/* get */.Jt)(doc, container, 'image')];
    for (const s of (0,yaml_nodes/* pairs */.AS)(doc, (0,yaml_nodes/* get */.Jt)(doc, job, 'services')))
        nodes.push((0,dist/* isScalar */.jn)(s.value) ? s.value : (0,yaml_nodes/* get */.Jt)(doc, s.value, 'image'));
    for (const node of nodes) {
        const text = (0,dist/* isScalar */.jn)(node) ? (0,yaml_nodes/* str */.gx)(node) : undefined;
        if (text !== undefined)
            imageAt(parsed, node, text, file, out, values);
    }
}
function imageAt(parsed, node, text, file, out, values) {
    const value = expandExpressions(text, values);
    const c = (0,oci_image/* imageComponent */.$)(value.text, { file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, node) }, WORKFLOW_SOURCE, {
        unknown: value.unknown,
        ...(value.from ? { versionFrom: value.from } : {}),
    });
    if (c)
        out.push(c);
}
const githubWorkflowDetector = {
    id: WORKFLOW_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: ['github-action', 'oci-image', ...components/* COMMAND_ECOSYSTEMS */.Ms],
    matches: isWorkflowPath,
    detect: scanWorkflow,
};


/***/ }),

/***/ 61296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ detectors)
});

// EXTERNAL MODULE: ./src/detectors/component.ts
var component = __webpack_require__(68516);
;// CONCATENATED MODULE: ./src/detectors/brewfile.ts

const BREWFILE_SOURCE = 'Brewfile';
function scanBrewfile(path, text) {
    const components = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*(brew|cask)\s*\(?\s*(["'])([^"'\s]+)\2/.exec(lines[i]);
        if (!m)
            continue;
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'homebrew',
            name: m[3],
            version: null,
            spec: 'latest',
            location: { file: path, line: i + 1 },
            source: BREWFILE_SOURCE,
            sourceKind: 'registry',
            resolved: m[1] === 'cask' ? 'cask' : 'formula',
        }));
    }
    return { components, errors: [] };
}
const brewfileDetector = {
    id: BREWFILE_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: ['homebrew', 'vscode-extension'],
    matches: (p) => /(^|\/)\.?Brewfile$/.test(p),
    detect: ({ path, text }) => scanBrewfile(path, text),
};

// EXTERNAL MODULE: ./src/detectors/shell/components.ts
var shell_components = __webpack_require__(67352);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/detectors/flows/dockerfile.ts
var flows_dockerfile = __webpack_require__(95207);
// EXTERNAL MODULE: ./src/detectors/flows/follow.ts + 1 modules
var follow = __webpack_require__(8869);
// EXTERNAL MODULE: ./src/detectors/parsers/yaml-nodes.ts
var yaml_nodes = __webpack_require__(61881);
// EXTERNAL MODULE: ./src/detectors/parsers/command-sites.ts
var command_sites = __webpack_require__(14260);
// EXTERNAL MODULE: ./src/detectors/parsers/paths.ts
var paths = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/detectors/parsers/dotenv.ts
var dotenv = __webpack_require__(44440);
// EXTERNAL MODULE: ./src/detectors/parsers/oci-image.ts
var oci_image = __webpack_require__(18865);
;// CONCATENATED MODULE: ./src/detectors/compose.ts
// Docker Compose files (`compose*.y*ml`, `docker-compose*.y*ml`, `*.compose.y*ml`): each service's
// `entrypoint` and `command` (string and list forms), read as the command the container starts
// with, and each service's `build` (context, dockerfile, args as a map or a list,
// dockerfile_inline) leads to a Dockerfile, scanned with the build args applied; values are
// interpolated from the project's `.env` the way Compose does (`${V}`, `${V:-d}`, `${V:?e}`, `$$`).










const COMPOSE_SOURCE = 'compose';
function isComposePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^(docker-)?compose([._-][^/]*)?\.ya?ml$/i.test(name) || /\.compose\.ya?ml$/i.test(name);
}
/** Compose variable interpolation. Unset variables without a default are unknown. */
function interpolate(text, env, depth = 0) {
    let out = '';
    let unknown = false;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '$') {
            out += c;
            i++;
            continue;
        }
        const n = text[i + 1];
        if (n === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (n === '{') {
            let depthB = 1;
            let j = i + 2;
            while (j < text.length && depthB > 0) {
                if (text[j] === '{')
                    depthB++;
                else if (text[j] === '}')
                    depthB--;
                j++;
            }
            const raw = text.slice(i, j);
            const inner = text.slice(i + 2, j - 1);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(inner);
            i = j;
            if (!m || depth > 8) {
                out += raw;
                unknown = true;
                continue;
            }
            const v = env.get(m[1]);
            const op = m[2] ?? '';
            const arg = m[3] ?? '';
            if (op === ':-' || op === '-') {
                const useDefault = v === undefined || (op === ':-' && v === '');
                if (!useDefault)
                    out += v;
                else {
                    const d = interpolate(arg, env, depth + 1);
                    out += d.text;
                    if (d.unknown)
                        unknown = true;
                }
            }
            else if (op === ':+' || op === '+') {
                const useAlt = v !== undefined && (op === '+' || v !== '');
                if (useAlt) {
                    const d = interpolate(arg, env, depth + 1);
                    out += d.text;
                    if (d.unknown)
                        unknown = true;
                }
            }
            else if (v !== undefined)
                out += v;
            else {
                out += raw;
                unknown = true;
            }
            continue;
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 257));
        if (m) {
            const v = env.get(m[0]);
            if (v !== undefined)
                out += v;
            else {
                out += '$' + m[0];
                unknown = true;
            }
            i += 1 + m[0].length;
            continue;
        }
        out += '$';
        i++;
    }
    return { text: out, unknown };
}
/**
 * Scans the Dockerfiles built by the services of one compose file (all services, or only
 * `service`), with their build args. Components sit in the Dockerfiles; a `dockerfile_inline`
 * is located in the compose file.
 */
async function scanCompose(path, text, input, service) {
    const sink = (0,follow/* newSink */.si)();
    await followCompose(new follow/* FlowFollower */.Hg(input.readFile, sink), path, text, input, service, []);
    return (0,follow/* sinkResult */.fA)(sink);
}
/**
 * Judges the Dockerfiles built by the services of one compose file (all services, or only
 * `service`) with their build args; `via` are the compose file's own callers (a devcontainer).
 */
async function followCompose(follower, path, text, input, service, via) {
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(text, path, input.limits.maxDepth);
    follower.sink.errors.push(...parsed.errors);
    const { doc, lines } = parsed;
    const dir = (0,paths/* dirOf */.R)(path);
    const dotEnv = await input.readFile(dir ? `${dir}/.env` : '.env');
    const env = dotEnv === null ? new Map() : (0,dotenv/* parseDotEnv */.i)(dotEnv);
    const inter = (s) => interpolate(s, env);
    const sites = [];
    for (const svc of (0,yaml_nodes/* pairs */.AS)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'services'))) {
        if (service !== undefined && svc.key !== service)
            continue;
        const run = startCommand(parsed, svc.value, inter);
        if (run)
            sites.push(run);
        const image = (0,yaml_nodes/* get */.Jt)(doc, svc.value, 'image');
        const imageText = (0,dist/* isScalar */.jn)(image) ? (0,yaml_nodes/* str */.gx)(image) : undefined;
        if (imageText !== undefined) {
            const v = inter(imageText);
            const c = (0,oci_image/* imageComponent */.$)(v.text, { file: path, line: (0,yaml_nodes/* lineOf */.cA)(lines, image) }, COMPOSE_SOURCE, {
                unknown: v.unknown,
            });
            if (c)
                follower.sink.components.push(c);
        }
        let context = '.';
        let dockerfile = 'Dockerfile';
        let inline;
        const args = new Map();
        {
            const b = (0,yaml_nodes/* get */.Jt)(doc, svc.value, 'build');
            if (b === undefined || b === null)
                continue;
            if ((0,dist/* isScalar */.jn)(b))
                context = inter((0,yaml_nodes/* str */.gx)(b) ?? '.').text;
            else {
                const c = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, b, 'context'));
                if (c !== undefined)
                    context = inter(c).text;
                const d = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, b, 'dockerfile'));
                if (d !== undefined)
                    dockerfile = inter(d).text;
                inline = (0,yaml_nodes/* get */.Jt)(doc, b, 'dockerfile_inline');
                const a = (0,yaml_nodes/* get */.Jt)(doc, b, 'args');
                for (const p of (0,yaml_nodes/* pairs */.AS)(doc, a)) {
                    const v = (0,yaml_nodes/* str */.gx)(p.value);
                    if (v !== undefined)
                        args.set(p.key, { ...inter(v), from: { file: path, line: (0,yaml_nodes/* lineOf */.cA)(lines, p.keyNode) } });
                    else if (env.has(p.key))
                        args.set(p.key, { text: env.get(p.key), unknown: false });
                }
                for (const item of (0,yaml_nodes/* items */.ld)(doc, a)) {
                    const s = (0,yaml_nodes/* str */.gx)(item);
                    if (s === undefined)
                        continue;
                    const eq = s.indexOf('=');
                    if (eq > 0)
                        args.set(s.slice(0, eq), {
                            ...inter(s.slice(eq + 1)),
                            from: { file: path, line: (0,yaml_nodes/* lineOf */.cA)(lines, item) },
                        });
                    else if (env.has(s))
                        args.set(s, { text: env.get(s), unknown: false });
                }
            }
        }
        const ctx = (0,paths/* joinRelative */.r)(dir, context);
        const build = { buildArgs: args, ...(ctx !== null ? { contextDir: ctx } : {}) };
        if (inline !== undefined && (0,yaml_nodes/* str */.gx)(inline) !== undefined) {
            const firstLine = (0,yaml_nodes/* lineOf */.cA)(lines, inline) + ((0,dist/* isScalar */.jn)(inline) && inline.type?.startsWith('BLOCK') ? 1 : 0);
            await (0,flows_dockerfile/* judgeDockerfile */.Ii)(follower, { ...build, dockerfile: path, via }, (0,yaml_nodes/* str */.gx)(inline), {
                firstLine,
                file: path,
            });
            continue;
        }
        if (ctx === null)
            continue;
        const df = (0,paths/* joinRelative */.r)(ctx, dockerfile);
        if (df === null)
            continue;
        await (0,flows_dockerfile/* followDockerBuild */.wb)(follower, input.readFile, {
            ...build,
            dockerfile: df,
            via: [...via, { file: path, line: (0,yaml_nodes/* lineOf */.cA)(lines, svc.keyNode) }],
        });
    }
    const started = (0,command_sites/* scanCommandSites */.L6)(path, COMPOSE_SOURCE, sites, 'command');
    follower.sink.components.push(...started.components);
    follower.sink.errors.push(...started.errors);
}
/**
 * What a service runs when it starts: its `entrypoint` followed by its `command` (each a string
 * or a list), interpolated. An `npx -y …` there installs at every start.
 */
function startCommand(parsed, svc, inter) {
    const { doc, lines } = parsed;
    const words = [];
    for (const key of ['entrypoint', 'command']) {
        const node = (0,yaml_nodes/* get */.Jt)(doc, svc, key);
        if ((0,dist/* isScalar */.jn)(node)) {
            const raw = (0,yaml_nodes/* str */.gx)(node);
            if (raw === undefined)
                continue;
            const text = inter(raw).text;
            const locate = (0,yaml_nodes/* scalarLocator */.$F)(lines, node);
            words.push({ text, line: (0,yaml_nodes/* lineOf */.cA)(lines, node), argv: false, locate: (o) => locate(o, text) });
        }
        else
            for (const item of (0,yaml_nodes/* items */.ld)(doc, node)) {
                const raw = (0,yaml_nodes/* str */.gx)(item);
                if (raw !== undefined)
                    words.push({ text: inter(raw).text, line: (0,yaml_nodes/* lineOf */.cA)(lines, item), argv: true });
            }
    }
    return words.length > 0 ? (0,command_sites/* wordsSite */.pQ)(words) : null;
}
const composeDetector = {
    id: COMPOSE_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: [...shell_components/* COMMAND_ECOSYSTEMS */.Ms, 'oci-image'],
    matches: isComposePath,
    detect: (input) => scanCompose(input.path, input.text, input),
};

// EXTERNAL MODULE: ./src/util/lines.ts
var util_lines = __webpack_require__(70895);
// EXTERNAL MODULE: ./src/detectors/parsers/jsonc.ts
var jsonc = __webpack_require__(25199);
// EXTERNAL MODULE: ./src/detectors/devcontainer/known-features.ts
var known_features = __webpack_require__(66589);
// EXTERNAL MODULE: ./src/detectors/shell/packages.ts
var shell_packages = __webpack_require__(6721);
;// CONCATENATED MODULE: ./src/detectors/devcontainer/package-features.ts



/**
 * The packages a package feature installs: its `package` option (with `version` unless that is
 * `latest`, its default or empty) and, for pipx, each word of its injections. A value with a
 * `${…}` variable is a spec of unknown version. Nothing when no package is named (install.sh
 * then installs nothing).
 */
function packageFeatureComponents(feature, options, at, lineOf, source) {
    const option = (name) => (name ? options.find((o) => o.key === name) : undefined);
    const text = (o) => (o ? ((0,jsonc/* scalarText */.ws)(o.value) ?? '') : '');
    const pkgOption = option(feature.packageOption);
    const pkg = text(pkgOption).trim();
    const out = [];
    if (pkg === '')
        return out;
    const versionOption = option(feature.versionOption);
    const version = text(versionOption).trim() || feature.defaultVersion;
    const unknown = (s) => s.includes('${');
    const main = version === 'latest' ? pkg : `${pkg}${feature.installs === 'npm' ? '@' : '=='}${version}`;
    const versionFrom = versionOption && version !== 'latest'
        ? { file: at.file, line: lineOf(versionOption.keyNode) }
        : undefined;
    const push = (spec, from) => {
        if (!spec)
            return;
        out.push((0,component/* makeComponent */.G)({
            ecosystem: feature.installs,
            name: spec.name,
            version: spec.version,
            ...(spec.version === null && spec.spec !== undefined ? { spec: spec.spec } : {}),
            ...(spec.alias !== undefined ? { alias: spec.alias } : {}),
            location: at,
            ...(from && from.line !== at.line ? { versionFrom: from } : {}),
            source,
            sourceKind: 'registry',
        }));
    };
    const read = (s) => feature.installs === 'npm' ? (0,shell_packages/* parseNpmSpec */._n)(s, unknown(s)) : (0,shell_packages/* parsePypiSpec */.xf)(s, unknown(s));
    push(read(main), versionFrom);
    const injections = option(feature.injectionsOption);
    if (feature.installs === 'pypi' && injections) {
        const from = { file: at.file, line: lineOf(injections.keyNode) };
        for (const word of text(injections).split(/[\s,]+/))
            if (word !== '')
                push(read(word), from);
    }
    return out;
}

// EXTERNAL MODULE: ./src/detectors/dockerfile.ts + 1 modules
var detectors_dockerfile = __webpack_require__(86318);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
;// CONCATENATED MODULE: ./src/detectors/devcontainer-json.ts













const DEVCONTAINER_SOURCE = 'devcontainer.json';
function isDevcontainerPath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name === 'devcontainer.json' || name === '.devcontainer.json';
}
const LIFECYCLE = [
    'initializeCommand',
    'onCreateCommand',
    'updateContentCommand',
    'postCreateCommand',
    'postStartCommand',
    'postAttachCommand',
];
/** The feature reference split into its component name and kind. */
function featureRef(key) {
    if (/^\.{1,2}\//.test(key))
        return { name: key, kind: 'file' };
    if (/^https?:\/\//i.test(key))
        return { name: key.replace(/^https?:\/\//i, ''), kind: 'tarball' };
    let name = key;
    const digest = name.indexOf('@');
    if (digest !== -1)
        name = name.slice(0, digest);
    else {
        const colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/'))
            name = name.slice(0, colon);
    }
    return { name: name.toLowerCase(), kind: 'registry' };
}
/** The version a feature's option value stands for: exact, or null with the value as the spec. */
function versionOf(value, toVersion) {
    if (value.includes('${'))
        return { version: null, spec: value };
    const v = toVersion(value);
    return v ? { version: v } : { version: null, spec: value };
}
async function scanDevcontainer(input) {
    const { path, text } = input;
    const lines = new util_lines/* LineIndex */.rr(text);
    const components = [];
    const parsed = (0,jsonc/* parseJsonc */.pX)(text, path, input.limits.maxDepth, jsonc/* JSONC */.y0, lines);
    const errors = [...parsed.errors];
    const root = parsed.root;
    if (!root || root.type !== 'object') {
        if (root && errors.length === 0)
            errors.push({ file: path, line: 1, message: 'devcontainer.json is not a JSON object' });
        return { components, errors };
    }
    const dir = (0,paths/* dirOf */.R)(path);
    const lineOf = (n) => lines.line(n.offset);
    const workspace = workspaceRoot(path);
    const sink = (0,follow/* newSink */.si)();
    sink.components = components;
    sink.errors = errors;
    const follower = new follow/* FlowFollower */.Hg(input.readFile, sink, workspace);
    // The image the container runs (`image`), when it is a tool's image.
    const image = (0,jsonc.at)(root, ['image']);
    const imageText = (0,jsonc/* stringValue */.r$)(image);
    if (image && imageText !== undefined) {
        const c = (0,oci_image/* imageComponent */.$)(imageText, { file: path, line: lineOf(image) }, DEVCONTAINER_SOURCE, {
            unknown: imageText.includes('${'),
        });
        if (c)
            components.push(c);
    }
    // Features.
    for (const f of (0,jsonc/* members */.ol)((0,jsonc.at)(root, ['features']))) {
        const ref = featureRef(f.key);
        const options = f.value.type === 'object' ? (0,jsonc/* members */.ol)(f.value) : [];
        const legacyVersion = f.value.type === 'string' ? (0,jsonc/* stringValue */.r$)(f.value) : undefined;
        const known = (0,known_features/* knownFeature */.Yc)(ref.name);
        let version = null;
        let spec;
        if (known) {
            const opt = known.versionOption ? options.find((o) => o.key === known.versionOption) : undefined;
            const value = (opt ? (0,jsonc/* scalarText */.ws)(opt.value) : undefined) ?? legacyVersion ?? known.defaultVersion;
            ({ version, spec } = versionOf(value, (v) => (0,known_features/* featureVersion */.p9)(known, v)));
        }
        else {
            const ai = (0,known_features/* looksLikeAiTool */.Sy)(ref.name);
            const opt = options.find((o) => (ai ? (0,known_features/* isVersionOption */.AI)(o.key) : o.key === 'version'));
            const value = (opt ? (0,jsonc/* scalarText */.ws)(opt.value) : undefined) ?? legacyVersion;
            if (value !== undefined) {
                ({ version, spec } = versionOf(value, ai ? (v) => (0,known_features/* semverLike */.cC)(v.replace(/^[a-z]+-(?=v?\d)/i, '')) : () => null));
            }
        }
        const line = lineOf(f.keyNode);
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'devcontainer-feature',
            name: ref.name,
            version,
            ...(version === null && spec !== undefined ? { spec } : {}),
            location: { file: path, line },
            source: DEVCONTAINER_SOURCE,
            sourceKind: ref.kind,
            resolved: f.key,
        }));
        if (known?.installs) {
            components.push((0,component/* makeComponent */.G)({
                ecosystem: known.installs.ecosystem,
                name: known.installs.package,
                version,
                ...(version === null && spec !== undefined ? { spec } : {}),
                location: { file: path, line },
                source: DEVCONTAINER_SOURCE,
                sourceKind: 'registry',
                // What the feature installs: one installation, judged as this package.
                sameInstallationAs: {
                    ecosystem: 'devcontainer-feature',
                    name: ref.name,
                    location: { file: path, line },
                },
            }));
        }
        const generic = ref.kind === 'registry' ? (0,catalog/* packageFeature */.dF)(ref.name) : undefined;
        if (generic)
            components.push(...packageFeatureComponents(generic, options, { file: path, line }, lineOf, DEVCONTAINER_SOURCE));
        if (ref.kind === 'file') {
            // A local feature: its install.sh runs with the options as upper-case variables.
            const folder = (0,paths/* joinRelative */.r)(dir, f.key);
            if (folder !== null) {
                const env = new Map();
                for (const o of options) {
                    const v = (0,jsonc/* scalarText */.ws)(o.value);
                    if (v !== undefined)
                        env.set(o.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), {
                            text: v,
                            unknown: v.includes('${'),
                            from: { file: path, line: lineOf(o.keyNode) },
                        });
                }
                await follower.script(`${folder ? folder + '/' : ''}install.sh`, {
                    env,
                    args: [],
                    cwd: folder,
                    via: [{ file: path, line }],
                });
            }
        }
    }
    // Lifecycle commands, with the container's and the remote environment.
    const lifecycleEnv = new Map();
    for (const key of ['containerEnv', 'remoteEnv']) {
        for (const e of (0,jsonc/* members */.ol)((0,jsonc.at)(root, [key]))) {
            const v = (0,jsonc/* scalarText */.ws)(e.value);
            if (v !== undefined)
                lifecycleEnv.set(e.key, {
                    text: v,
                    unknown: v.includes('${'),
                    from: { file: path, line: lineOf(e.keyNode) },
                });
        }
    }
    const scanner = await (0,follow/* scanWithSources */.KB)(input.readFile, path, (p) => (0,follow/* candidatePaths */.Aq)(p, { cwd: workspace, workspace, callerDir: dir }), (scanner) => {
        for (const key of LIFECYCLE) {
            const node = (0,jsonc.at)(root, [key]);
            if (!node)
                continue;
            const commands = node.type === 'object' ? (0,jsonc/* members */.ol)(node).map((p) => p.value) : [node];
            for (const c of commands) {
                if (c.type === 'string') {
                    const s = (0,jsonc/* stringValue */.r$)(c) ?? '';
                    scanner.scan(s, () => lineOf(c));
                }
                else if (c.type === 'array') {
                    const argv = (0,jsonc/* strings */.P$)(c).map((n) => (0,jsonc/* stringValue */.r$)(n) ?? '');
                    const script = argv.map(detectors_dockerfile/* shellQuote */.ZL).join(' ');
                    scanner.scan(script, () => lineOf(c));
                }
            }
        }
    }, lifecycleEnv);
    for (const f of scanner.findings)
        components.push((0,shell_components/* findingComponent */.bT)(f, path, DEVCONTAINER_SOURCE));
    for (const p of scanner.problems)
        errors.push((0,shell_components/* problemError */.gS)(p, path, 'lifecycle command'));
    // The lifecycle commands run in the workspace folder, values written here passed on.
    await follower.followCalls(scanner, { file: path, cwd: workspace, via: [] });
    // Build: the Dockerfile with the build args, or the compose service's build.
    const build = (0,jsonc.at)(root, ['build']);
    const dockerfile = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(build, ['dockerfile'])) ??
        (0,jsonc/* stringValue */.r$)((0,jsonc.at)(root, ['dockerFile'])) ??
        (0,jsonc/* stringValue */.r$)((0,jsonc.at)(build, ['dockerFile']));
    if (dockerfile !== undefined) {
        const args = new Map();
        for (const a of (0,jsonc/* members */.ol)((0,jsonc.at)(build, ['args']))) {
            const v = (0,jsonc/* scalarText */.ws)(a.value);
            if (v !== undefined)
                args.set(a.key, {
                    text: v,
                    unknown: v.includes('${'),
                    from: { file: path, line: lineOf(a.keyNode) },
                });
        }
        const df = (0,paths/* joinRelative */.r)(dir, dockerfile);
        const context = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(build, ['context']));
        const contextDir = context === undefined ? undefined : (0,paths/* joinRelative */.r)(dir, context);
        const keyNode = (0,jsonc.at)(build, ['dockerfile']) ?? (0,jsonc.at)(root, ['dockerFile']) ?? (0,jsonc.at)(build, ['dockerFile']);
        if (df !== null)
            await (0,flows_dockerfile/* followDockerBuild */.wb)(follower, input.readFile, {
                dockerfile: df,
                buildArgs: args,
                ...(contextDir !== null && contextDir !== undefined ? { contextDir } : { contextDir: (0,paths/* dirOf */.R)(df) }),
                via: [{ file: path, line: keyNode ? lineOf(keyNode) : 1 }],
            });
    }
    const composeNode = (0,jsonc.at)(root, ['dockerComposeFile']);
    const composeFiles = composeNode?.type === 'array'
        ? (0,jsonc/* strings */.P$)(composeNode).map((n) => (0,jsonc/* stringValue */.r$)(n) ?? '')
        : [(0,jsonc/* stringValue */.r$)(composeNode)];
    const service = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(root, ['service']));
    for (const cf of composeFiles) {
        if (!cf)
            continue;
        const p = (0,paths/* joinRelative */.r)(dir, cf);
        const composeText = p === null ? null : await input.readFile(p);
        if (p === null || composeText === null)
            continue;
        await followCompose(follower, p, composeText, input, service, [
            { file: path, line: lineOf(composeNode) },
        ]);
    }
    // VS Code extensions (and the legacy top-level `extensions`).
    for (const list of [(0,jsonc.at)(root, ['customizations', 'vscode', 'extensions']), (0,jsonc.at)(root, ['extensions'])]) {
        for (const n of (0,jsonc/* strings */.P$)(list)) {
            const c = extensionComponent((0,jsonc/* stringValue */.r$)(n) ?? '', path, lineOf(n), DEVCONTAINER_SOURCE);
            if (c)
                components.push(c);
        }
    }
    return (0,follow/* sinkResult */.fA)(sink);
}
/** `publisher.name` or `publisher.name@1.2.3`; `-publisher.name` (a removal) yields nothing. */
function extensionComponent(id, file, line, source) {
    const m = /^\s*([A-Za-z0-9][\w-]*\.[A-Za-z0-9][\w.-]*)(?:@(.+))?\s*$/.exec(id);
    if (!m)
        return null;
    const pin = m[2];
    const version = pin && (0,known_features/* semverLike */.cC)(pin) ? (0,known_features/* semverLike */.cC)(pin) : null;
    return (0,component/* makeComponent */.G)({
        ecosystem: 'vscode-extension',
        name: m[1].toLowerCase(),
        version,
        ...(version === null ? { spec: pin ?? 'latest' } : {}),
        location: { file, line },
        source,
        sourceKind: 'registry',
    });
}
/** The folder the lifecycle commands run in: the parent of `.devcontainer`, else the config's folder. */
function workspaceRoot(path) {
    const parts = path.split('/');
    const i = parts.lastIndexOf('.devcontainer');
    if (i >= 0)
        return parts.slice(0, i).join('/');
    return (0,paths/* dirOf */.R)(path);
}
const devcontainerDetector = {
    id: DEVCONTAINER_SOURCE,
    role: 'environment',
    syntax: 'jsonc',
    ecosystems: ['devcontainer-feature', 'vscode-extension', 'oci-image', ...shell_components/* COMMAND_ECOSYSTEMS */.Ms],
    matches: isDevcontainerPath,
    detect: scanDevcontainer,
};

;// CONCATENATED MODULE: ./src/detectors/devcontainer-lock.ts





const DEVCONTAINER_LOCK_SOURCE = 'devcontainer-lock.json';
function scanDevcontainerLock({ path, text, limits, }) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const { root, errors } = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, jsonc/* JSONC */.y0, lines);
    const components = [];
    for (const f of (0,jsonc/* members */.ol)((0,jsonc.at)(root, ['features']))) {
        const ref = featureRef(f.key);
        const known = (0,known_features/* knownFeature */.Yc)(ref.name);
        const featureVersion = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(f.value, ['version']));
        const resolved = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(f.value, ['resolved']));
        const integrity = (0,jsonc/* stringValue */.r$)((0,jsonc.at)(f.value, ['integrity']));
        // The lock records the feature's version, not the tool's: a feature that takes no version
        // option installs its default; otherwise the tool version is set in devcontainer.json.
        const toolDefault = known && !known.versionOption ? known.defaultVersion : undefined;
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'devcontainer-feature',
            name: ref.name,
            version: null,
            ...(toolDefault ? { spec: toolDefault } : {}),
            location: { file: path, line: lines.line(f.keyNode.offset) },
            source: DEVCONTAINER_LOCK_SOURCE,
            sourceKind: ref.kind,
            resolved: resolved ?? f.key,
            ...(integrity ? { integrity } : {}),
            ...(featureVersion
                ? { versionNote: `feature version ${featureVersion} (the lock does not record the tool version)` }
                : {}),
        }));
    }
    return { components, errors };
}
const devcontainerLockDetector = {
    id: DEVCONTAINER_LOCK_SOURCE,
    role: 'lockfile',
    syntax: 'json',
    ecosystems: ['devcontainer-feature'],
    matches: (p) => /(^|\/)\.?devcontainer-lock\.json$/.test(p),
    detect: scanDevcontainerLock,
};

// EXTERNAL MODULE: ./src/detectors/github-workflow.ts + 1 modules
var github_workflow = __webpack_require__(79219);
// EXTERNAL MODULE: ./src/detectors/makefile.ts
var makefile = __webpack_require__(36011);
// EXTERNAL MODULE: ./src/detectors/justfile.ts
var justfile = __webpack_require__(70971);
// EXTERNAL MODULE: ./src/detectors/powershell-script.ts
var powershell_script = __webpack_require__(408);
;// CONCATENATED MODULE: ./src/detectors/batch-script.ts


const BATCH_SOURCE = 'batch';
function isBatchPath(path) {
    return /\.(cmd|bat)$/i.test(path);
}
function scanBatch(path, text) {
    const physical = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const sites = [];
    for (let i = 0; i < physical.length; i++) {
        let line = physical[i];
        const first = i + 1;
        while (/\^$/.test(line) && i + 1 < physical.length)
            line = line.slice(0, -1) + physical[++i];
        const script = toShell(line);
        if (script !== null)
            sites.push({ script, locate: () => first, quiet: true });
    }
    const r = (0,command_sites/* scanCommandSites */.L6)(path, BATCH_SOURCE, sites, 'batch');
    return { components: r.components, errors: [] };
}
function toShell(line) {
    let t = line.trim().replace(/^@/, '');
    if (t === '' || /^(rem(\s|$)|::)/i.test(t))
        return null;
    t = t.replace(/^call\s+/i, '');
    const set = /^set\s+(?:\/a\s+)?"?([A-Za-z_]\w*)=([^"]*)"?\s*$/i.exec(t);
    if (set)
        return `${set[1]}='${set[2].replace(/'/g, '')}'`;
    return t
        .replace(/%~?[a-z]*[0-9*]/gi, '${BATCH_ARGUMENT}')
        .replace(/%([A-Za-z_]\w*)%/g, '${$1}')
        .replace(/\^(.)/g, '$1');
}
const batchScriptDetector = {
    id: BATCH_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: isBatchPath,
    detect: ({ path, text }) => scanBatch(path, text),
};

// EXTERNAL MODULE: ./src/detectors/parsers/task-templates.ts
var task_templates = __webpack_require__(19057);
// EXTERNAL MODULE: ./src/detectors/flows/command-sites.ts
var flows_command_sites = __webpack_require__(36753);
;// CONCATENATED MODULE: ./src/detectors/gitlab/documents.ts
// A GitLab CI file as GitLab loads it: one YAML document (the pipeline), or two — a header that
// declares the file's inputs (`spec: inputs:`) and the pipeline after `---`
// (docs.gitlab.com/ci/inputs). Empty documents are dropped, as GitLab drops them; a third
// document, or a header holding anything but `spec`, is a configuration GitLab rejects.


/** Keys of `spec:` GitLab knows (`component` and `include` in recent versions). */
const SPEC_KEYS = new Set(['inputs', 'component', 'include']);
const MAX_ERRORS = 10;
function parseGitlabYaml(text, file, maxDepth) {
    const lines = new dist/* LineCounter */.HN();
    const errors = [];
    if ((0,yaml_nodes/* flowDepth */.yj)(text) > maxDepth) {
        errors.push({ file, message: `nesting deeper than ${maxDepth} levels` });
        return { parsed: { doc: (0,dist/* parseDocument */.Tp)('', { lineCounter: new dist/* LineCounter */.HN() }), lines, errors }, text };
    }
    const options = { lineCounter: lines, uniqueKeys: false, prettyErrors: false };
    const all = (0,dist/* parseAllDocuments */.hR)(text, options);
    const docs = Array.isArray(all) ? all : [];
    for (const d of docs)
        for (const e of d.errors) {
            if (errors.length >= MAX_ERRORS)
                break;
            const pos = lines.linePos(e.pos[0]);
            errors.push({
                file,
                line: pos.line,
                column: pos.col,
                message: `invalid YAML: ${e.message.split('\n')[0]}`,
            });
        }
    // A document holding nothing (comments, a trailing `---`) is dropped, as GitLab drops it.
    const filled = docs.filter((d) => d.contents !== null && !((0,dist/* isScalar */.jn)(d.contents) && d.contents.value === null));
    if (filled.length <= 1) {
        const doc = filled[0] ?? docs[0] ?? (0,dist/* parseDocument */.Tp)('', options);
        return { parsed: { doc, lines, errors }, text };
    }
    const [header, doc] = filled;
    const third = filled[2];
    if (third)
        errors.push({
            file,
            line: (0,yaml_nodes/* lineOf */.cA)(lines, third.contents),
            message: 'a third YAML document: GitLab reads a header (`spec:`) and the pipeline, and rejects more documents',
        });
    errors.push(...headerErrors(header, lines, file));
    return { parsed: { doc, lines, errors }, header, text };
}
/** What GitLab rejects in a header: anything but a map holding `spec`, a `spec` with unknown keys. */
function headerErrors(header, lines, file) {
    const at = (node, message) => ({ file, line: (0,yaml_nodes/* lineOf */.cA)(lines, node), message });
    if (!(0,dist/* isMap */.jh)(header.contents))
        return [
            at(header.contents, 'the header document (before `---`) is not a map: GitLab allows only `spec:` there'),
        ];
    const out = [];
    for (const p of (0,yaml_nodes/* pairs */.AS)(header, header.contents)) {
        if (p.key !== 'spec') {
            out.push(at(p.keyNode, `the header document (before \`---\`) holds \`${p.key}\`: GitLab allows only \`spec\` there`));
            continue;
        }
        if (p.value === null || p.value === undefined)
            continue;
        if (!(0,dist/* isMap */.jh)(p.value)) {
            out.push(at(p.value, '`spec` is not a map'));
            continue;
        }
        for (const s of (0,yaml_nodes/* pairs */.AS)(header, p.value))
            if (!SPEC_KEYS.has(s.key))
                out.push(at(s.keyNode, `\`spec\` holds \`${s.key}\`: GitLab allows \`inputs\` there`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/gitlab/inputs.ts
// The inputs a GitLab CI file declares in its header (`spec: inputs:`) and the values they take
// in one use of the file: the values an `include:` (or `trigger: include:`) passes, else each
// input's `default:`. A file GitLab runs as the project's pipeline takes its defaults (a value
// given when the pipeline is started cannot be known: an input without a default is unknown).
// What GitLab rejects when it builds the pipeline is a located error: a value outside `options:`,
// one `regex:` does not match, an input the file does not declare, a required input an include
// does not pass, inputs passed to a file without a header.


/**
 * Whether a header takes inputs declared in other files (`spec: include:`, recent GitLab): an
 * input it does not declare itself is then no error, and its value unknown unless passed.
 */
function declaresElsewhere(header) {
    return (0,yaml_nodes/* get */.Jt)(header, (0,yaml_nodes/* get */.Jt)(header, header.contents, 'spec'), 'include') !== undefined;
}
/** The inputs a header declares, with their defaults located in `file`. */
function inputSpecs(header, file, lines) {
    const specs = new Map();
    const inputs = (0,yaml_nodes/* get */.Jt)(header, (0,yaml_nodes/* get */.Jt)(header, header.contents, 'spec'), 'inputs');
    for (const p of (0,yaml_nodes/* pairs */.AS)(header, inputs)) {
        const s = (0,dist/* isMap */.jh)(p.value) ? p.value : undefined;
        const type = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(header, s, 'type')) ?? 'string';
        const spec = { name: p.key, type };
        const def = s?.items.find((i) => (0,dist/* isScalar */.jn)(i.key) && i.key.value === 'default');
        if (def) {
            const node = (0,yaml_nodes/* resolve */.hd)(header, def.value);
            spec.default = {
                value: jsValue(header, node),
                unknown: false,
                from: { file, line: (0,yaml_nodes/* lineOf */.cA)(lines, node ?? def.key) },
            };
        }
        const options = (0,yaml_nodes/* resolve */.hd)(header, (0,yaml_nodes/* get */.Jt)(header, s, 'options'));
        if ((0,dist/* isSeq */.oP)(options))
            spec.options = options.items.map((i) => jsValue(header, (0,yaml_nodes/* resolve */.hd)(header, i)));
        const regex = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(header, s, 'regex'));
        if (regex !== undefined)
            spec.regex = regex;
        specs.set(p.key, spec);
    }
    return specs;
}
/** A YAML node as the plain value GitLab sees (aliases followed). */
function jsValue(doc, node) {
    const n = (0,yaml_nodes/* resolve */.hd)(doc, node);
    if ((0,dist/* isScalar */.jn)(n))
        return n.value;
    if ((0,dist/* isSeq */.oP)(n))
        return n.items.map((i) => jsValue(doc, i));
    if ((0,dist/* isMap */.jh)(n))
        return Object.fromEntries((0,yaml_nodes/* pairs */.AS)(doc, n).map((p) => [p.key, jsValue(doc, p.value)]));
    return null;
}
/**
 * The value of every declared input in one use of the file, or null when GitLab rejects that use
 * (the errors say why). `passed` is undefined for a file run as the pipeline itself.
 */
function inputValues(specs, passed, errors, 
/** The header also takes inputs declared in other files. */
open = false) {
    const values = new Map();
    const before = errors.length;
    const at = (o, message) => errors.push({ file: o?.file ?? passed.at.file, line: o?.line ?? passed.at.line, message });
    const unknownNames = [...(passed?.values.keys() ?? [])].filter((k) => !specs.has(k));
    if (open)
        for (const k of unknownNames)
            values.set(k, passed.values.get(k));
    else if (unknownNames.length > 0)
        at(passed.at, `unknown input arguments: ${unknownNames.join(', ')}`);
    for (const spec of specs.values()) {
        const given = passed?.values.get(spec.name);
        const value = given ?? spec.default;
        if (!value) {
            // An included file's required input: GitLab rejects the pipeline without it.
            if (passed)
                at(passed.at, `\`${spec.name}\` input: required value has not been provided`);
            values.set(spec.name, { value: `$[[ inputs.${spec.name} ]]`, unknown: true });
            continue;
        }
        if (!value.unknown) {
            const problem = violation(spec, value.value);
            if (problem)
                at(value.from, `\`${spec.name}\` input: ${given ? 'provided' : 'default'} value ${problem}`);
        }
        values.set(spec.name, value);
    }
    return errors.length > before ? null : values;
}
/** Why GitLab rejects `value` for `spec`, if it does: outside `options`, not matching `regex`, a list for a scalar. */
function violation(spec, value) {
    const scalar = value === null || typeof value !== 'object';
    if (spec.type === 'array' ? !Array.isArray(value) : !scalar)
        return `is not a ${spec.type}`;
    // Compared as text: YAML 1.1 (GitLab) and 1.2 (this reader) type a few plain scalars apart.
    if (spec.options && !spec.options.some((o) => String(o) === String(value)))
        return `\`${String(value)}\` cannot be used because it is not in the list of allowed options`;
    if (spec.regex !== undefined && typeof value === 'string' && value.length <= MAX_CHECKED_VALUE) {
        const re = portableRegex(spec.regex);
        if (re && !re.test(value))
            return `\`${value}\` does not match required RegEx pattern`;
    }
    return undefined;
}
// The file's author writes the pattern and its callers the value, and JavaScript's engine
// backtracks where GitLab's RE2 does not: a pattern that could backtrack without bound (a
// quantified group, a back-reference, more than three unbounded repeats) or a long value is not
// checked. Unchecked, a value is judged as if GitLab accepted it: a finding, never a silence.
const MAX_CHECKED_VALUE = 128;
const BACKTRACKS = /\)[*+?{]|\\[1-9]|\\k</;
const UNBOUNDED = /[*+]|\{\d+,\}/g;
/**
 * GitLab's RE2 pattern as a JavaScript one where both read it alike; a pattern using syntax they
 * read apart (`\A`, `\z`, inline flags, POSIX classes, `\p{…}`) is not checked (no false error).
 */
function portableRegex(pattern) {
    if (/\\[AzZpPQE]|\(\?[a-zA-Z]|\[\[:/.test(pattern))
        return null;
    if (BACKTRACKS.test(pattern) || (pattern.match(UNBOUNDED)?.length ?? 0) > 3)
        return null;
    const slashed = /^\/(.*)\/$/s.exec(pattern);
    try {
        return new RegExp(slashed ? slashed[1] : pattern);
    }
    catch {
        return null;
    }
}
/** The `inputs:` map of an include entry as passed values, each at its line (or the caller's own origin). */
function passedInputs(doc, lines, file, entry, originOf) {
    const inputs = (0,yaml_nodes/* get */.Jt)(doc, entry, 'inputs');
    if (inputs === undefined)
        return undefined;
    const values = new Map();
    for (const p of (0,yaml_nodes/* pairs */.AS)(doc, inputs))
        values.set(p.key, originOf(p.value) ?? {
            value: jsValue(doc, p.value),
            unknown: false,
            from: { file, line: (0,yaml_nodes/* lineOf */.cA)(lines, p.value ?? p.keyNode) },
        });
    return { at: { file, line: (0,yaml_nodes/* lineOf */.cA)(lines, entry) }, values };
}

;// CONCATENATED MODULE: ./src/detectors/gitlab/interpolate.ts
// `$[[ inputs.NAME | function | … ]]` in a GitLab CI file, replaced as GitLab replaces it when it
// builds the pipeline: in every string of the pipeline document, keys included (job names),
// every block of a string; a string that is one block of a number, boolean or array input takes
// that value itself (`script: $[[ inputs.commands ]]` is the list). The functions GitLab documents
// are applied where the value is known (`truncate`, `posix_escape`/`posix_quote`, `split`,
// `expand_vars` when the value names no variable); an input nothing gives a value stays unknown.
// Each replaced string keeps its pieces, so that a command knows which line wrote a value.



// A block's text is bounded (GitLab refuses an expression over 1 KB): each `$[[` is then read in
// bounded time, however many a line holds without closing them.
const BLOCK = /\$\[\[\s*(\S.{0,2048}?\S)\s*\]\]/g;
const MAX_FUNCTIONS = 3;
const MAX_BLOCKS = 10_000;
/**
 * The pipeline document with the inputs' values written in (a copy: the file is used once per
 * caller), and the pieces of each string that held a block.
 */
function interpolate_interpolate(parsed, file, values, errors, 
/** Inputs may be declared in other files: a name not in `values` is unknown, not an error. */
open = false) {
    const doc = parsed.doc.clone();
    const origins = new WeakMap();
    let blocks = 0;
    const fail = (node, message) => errors.push({ file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, node), message: `interpolation: ${message}` });
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value !== 'string' || !node.value.includes('$[['))
                return undefined;
            const text = node.value;
            const pieces = [];
            let last = 0;
            let whole;
            for (const m of text.matchAll(BLOCK)) {
                if (++blocks > MAX_BLOCKS) {
                    if (blocks === MAX_BLOCKS + 1)
                        fail(node, 'too many interpolation blocks');
                    return undefined;
                }
                const r = evaluate(m[1], values, open);
                if ('error' in r) {
                    fail(node, r.error);
                    return undefined;
                }
                if (m[0].length === text.length)
                    whole = r;
                if (m.index > last)
                    pieces.push(text.slice(last, m.index));
                pieces.push(r.value === KEPT ? m[0] : asText(r, m[0]));
                last = m.index + m[0].length;
            }
            if (pieces.length === 0)
                return undefined;
            if (last < text.length)
                pieces.push(text.slice(last));
            // A whole-string block of a typed input is that value (a list becomes a sequence).
            if (whole && !whole.unknown && typeof whole.value !== 'string' && whole.value !== KEPT) {
                if (Array.isArray(whole.value))
                    return typedNode(doc, node, whole.value, whole.from, origins);
                node.value = whole.value;
                return undefined;
            }
            node.value = pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
            origins.set(node, pieces);
            return undefined;
        },
    });
    return { parsed: { ...parsed, doc }, origins };
}
const KEPT = Symbol('kept as written');
/**
 * The pipeline document as GitLab's text interpolation reads it (recent versions write the values
 * into the text before parsing it): a value holding a newline may add YAML of its own (a list
 * item after a `- npm i …@$[[ inputs.v ]]`). Null when nothing differs from the structural
 * reading or the text does not parse. Lines keep their numbers up to the first such value.
 */
function textInterpolated(source, parsed, file, values, maxDepth, open = false) {
    if (![...values.values()].some((v) => !v.unknown && typeof v.value === 'string' && v.value.includes('\n')))
        return null;
    const range = parsed.doc.range;
    let failed = false;
    const text = source.slice(range[0], range[2]).replace(BLOCK, (written, data) => {
        const r = evaluate(data, values, open);
        if ('error' in r)
            failed = true;
        if ('error' in r || r.value === KEPT || r.unknown)
            return written;
        return typeof r.value === 'string' ? r.value : JSON.stringify(r.value);
    });
    if (failed)
        return null;
    // The header's place kept as blank text, so that the document's lines keep their numbers.
    const out = (0,yaml_nodes/* parseYaml */.hN)(source.slice(0, range[0]).replace(/[^\n]/g, ' ') + text, file, maxDepth);
    return out.errors.length > 0 ? null : out;
}
function asText(r, written) {
    const text = r.unknown
        ? written
        : typeof r.value === 'string'
            ? r.value
            : Array.isArray(r.value) || (r.value !== null && typeof r.value === 'object')
                ? JSON.stringify(r.value)
                : String(r.value ?? '');
    return { text, unknown: r.unknown, ...(r.from ? { from: r.from } : {}) };
}
/** A list value as a sequence located at the block's node, each string item keeping where it is written. */
function typedNode(doc, at, value, from, origins) {
    const seq = doc.createNode(value);
    (0,dist/* visit */.YR)(seq, {
        Node(_k, n) {
            n.range = at.range;
            if ((0,dist/* isScalar */.jn)(n) && typeof n.value === 'string')
                origins.set(n, [{ text: n.value, unknown: false, ...(from ? { from } : {}) }]);
        },
    });
    seq.range = at.range;
    return seq;
}
/** One block's value: `inputs.NAME` and its functions; `matrix.*` is kept for GitLab to fill later. */
function evaluate(data, values, open) {
    const [access = '', ...functions] = data.split('|').map((s) => s.trim());
    const objects = access.split('.');
    if (objects[0] === 'matrix')
        return { value: KEPT, unknown: false };
    if (objects.length <= 1)
        return { error: 'invalid interpolation access pattern' };
    if (access.length > 1024)
        return { error: 'maximum interpolation expression size exceeded' };
    if (functions.length > MAX_FUNCTIONS)
        return { error: 'too many functions in interpolation block' };
    let r;
    if (objects[0] !== 'inputs') {
        // Other contexts (`component.*` in recent versions) are not known here.
        r = { value: undefined, unknown: true };
    }
    else {
        const input = values.get(objects[1]) ?? (open ? { value: undefined, unknown: true } : undefined);
        if (!input)
            return { error: `unknown interpolation key: \`${objects[1]}\`` };
        if (objects.length > 2)
            return { error: `unknown interpolation key: \`${objects[2]}\`` };
        r = input;
    }
    for (const f of functions) {
        r = apply(f, r);
        if ('error' in r)
            return r;
    }
    return r;
}
function apply(expr, r) {
    const truncate = /^truncate\(\s*(\d+)\s*,\s*(\d+)\s*\)?$/.exec(expr);
    const split = /^split\('([^']*)'\)$/.exec(expr);
    const known = truncate || split || ['expand_vars', 'posix_escape', 'posix_quote'].includes(expr);
    if (!known)
        return {
            error: `no function matching \`${expr}\`: check that the function name, arguments, and types are correct`,
        };
    if (r.unknown)
        return r;
    if (typeof r.value !== 'string')
        return { error: `invalid input type: ${expr.replace(/\(.*$/, '')} can only be used with string inputs` };
    const s = r.value;
    const keep = (value) => ({ value, unknown: false, ...(r.from ? { from: r.from } : {}) });
    if (truncate)
        return keep(s.substr(Number(truncate[1]), Number(truncate[2])));
    if (split) {
        if (split[1] === '')
            return { error: 'invalid argument: separator cannot be empty' };
        return keep(s
            .split(split[1])
            .map((x) => x.trim())
            .filter((x) => x !== ''));
    }
    // The CI/CD variables of the project and of the pipeline are not known here.
    if (expr === 'expand_vars')
        return s.includes('$') ? { value: s, unknown: true } : keep(s);
    return keep(shellEscape(s));
}
/** Ruby's `Shellwords.shellescape`, which GitLab's `posix_escape` applies. */
function shellEscape(s) {
    if (s === '')
        return "''";
    return s.replace(/[^A-Za-z0-9_\-.,:+/@\n]/g, '\\$&').replace(/\n/g, "'\n'");
}
/** A replaced string as one variable value: unknown when a piece is, from the first piece that has an origin. */
function interpolatedValue(pieces) {
    return (0,task_templates/* joinValues */.jw)(pieces.map((p) => (typeof p === 'string' ? { text: p, unknown: false } : p)));
}

;// CONCATENATED MODULE: ./src/detectors/gitlab/includes.ts
// The files a GitLab CI file brings in that this repository holds, with the inputs each entry
// passes: `include:` (and a job's `trigger: include:`) as a path, a list, or a map, `local:` (no
// wildcards, no variables), and a CI/CD component of this very project at this commit
// (`component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/NAME@$CI_COMMIT_SHA`, the way a component project
// tests its own templates: `templates/NAME.yml` or `templates/NAME/template.yml`). `project:`,
// `remote:`, `template:`, a component of another project or release, and `artifact:` (a child
// pipeline generated by a job) are files this repository does not hold.



const THIS_PROJECT = /^\$\{?CI_SERVER_(?:FQDN|HOST)\}?\/\$\{?CI_PROJECT_PATH\}?\/([\w.-]+)@\$\{?CI_COMMIT_(?:SHA|REF_NAME|BRANCH|TAG)\}?$/;
/** The local entries of an `include:` value written in `file`. */
function localIncludes(file, value) {
    const { doc, lines } = file.parsed;
    const entries = (0,dist/* isScalar */.jn)(value)
        ? [value]
        : (0,yaml_nodes/* items */.ld)(doc, value).length > 0
            ? (0,yaml_nodes/* items */.ld)(doc, value)
            : value
                ? [value]
                : [];
    const out = [];
    for (const e of entries) {
        const at = { file: file.path, line: (0,yaml_nodes/* lineOf */.cA)(lines, e) };
        const passed = passedInputs(doc, lines, file.path, e, (n) => originOf(file, n)) ?? {
            at,
            values: new Map(),
        };
        const local = (0,dist/* isScalar */.jn)(e) ? (0,yaml_nodes/* str */.gx)(e) : (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, e, 'local'));
        if (local !== undefined) {
            if (!/^[a-z]+:\/\//i.test(local) && !local.includes('*') && !local.includes('$'))
                out.push({ paths: [local.replace(/^\/+/, '')], shown: local, at, passed });
            continue;
        }
        const component = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, e, 'component'));
        const name = component === undefined ? undefined : THIS_PROJECT.exec(component)?.[1];
        if (name !== undefined)
            out.push({
                paths: [`templates/${name}.yml`, `templates/${name}/template.yml`],
                shown: component,
                at,
                passed,
            });
    }
    return out;
}
/** A value an input of `file` wrote whole into an entry's `inputs:` (passed on), with its own origin. */
function originOf(file, node) {
    const pieces = file.origins?.get(node);
    const only = pieces?.length === 1 ? pieces[0] : undefined;
    if (only === undefined || typeof only === 'string')
        return undefined;
    return { value: only.text, unknown: only.unknown, ...(only.from ? { from: only.from } : {}) };
}
/** A key telling two uses of a file apart: the same file with the same inputs is read once. */
function useKey(path, passed) {
    if (!passed)
        return path;
    const values = [...passed.values].map(([k, v]) => [
        k,
        v.unknown ? null : v.value,
        v.from?.file,
        v.from?.line,
    ]);
    return `${path}\n${JSON.stringify(values)}`;
}

;// CONCATENATED MODULE: ./src/detectors/gitlab/jobs.ts
// GitLab CI jobs as GitLab assembles them before it runs them: a job's own keys over what it
// inherits through `extends:` (maps merged key by key, lists and strings replaced, a later entry
// of the list winning over an earlier one, up to 11 levels), YAML merge keys (`<<: *anchor`,
// shallow, the map's own keys winning), `!reference [job, key, …]` tags (resolved in place, up to
// 10 levels), `default:` (before_script, after_script), the file's `variables` (narrowed by
// `inherit:`), and jobs spread over the local `include:` files (an included file first, the file
// that includes it over it). Every command keeps the file and node where it is written.



/** Keys of a job that change what its shell runs or knows. */
const JOB_KEYS = new Set([
    'script',
    'before_script',
    'after_script',
    'variables',
    'extends',
    'inherit',
    'rules',
    'trigger',
]);
/** Top-level keys that are not jobs (docs.gitlab.com/ci/yaml, "Global keywords"). */
const GLOBAL_KEYS = new Set([
    'default',
    'include',
    'stages',
    'variables',
    'workflow',
    'image',
    'services',
    'cache',
    'before_script',
    'after_script',
    'spec',
    'types',
]);
const DEFAULT_SCRIPTS = ['before_script', 'after_script'];
const MAX_EXTENDS = 11;
const MAX_REFERENCES = 10;
/** Maps assembled per configuration: a bound against merge-key alias fan-out. */
const MAX_MAPS = 20_000;
class GitlabConfig {
    files;
    errors = [];
    views = new Map();
    building = new Set();
    maps = 0;
    defs;
    assembled = new WeakMap();
    globals = new Map();
    /** `files` in precedence order: a later file's keys win over an earlier one's. */
    constructor(files) {
        this.files = files;
    }
    /**
     * Every job's runs: the jobs GitLab runs, then the hidden ones (templates), those nothing else
     * extends first. A job has a run without rule variables, and one per rule (of `workflow:` or of
     * the job) that sets variables: which rule matches only the pipeline knows.
     */
    runs() {
        const names = [...this.definitions().keys()];
        const extended = new Set();
        for (const n of names)
            for (const p of this.parents(this.own(n)))
                extended.add(p.name);
        const hidden = names.filter((n) => n.startsWith('.'));
        hidden.sort((a, b) => Number(extended.has(a)) - Number(extended.has(b)));
        return {
            running: names.filter((n) => !n.startsWith('.')).flatMap((n) => this.run(n)),
            hidden: hidden.flatMap((n) => this.run(n)),
        };
    }
    run(job) {
        const view = this.entries(this.job(job));
        const inherit = this.entries(this.deref(view.get('inherit')));
        const defaults = this.defaults();
        const scripts = (key) => view.has(key)
            ? view.get(key)
            : this.inherits(inherit.get('default'), key)
                ? defaults.get(key)
                : undefined;
        const commands = [
            ...this.commands(scripts('before_script')),
            ...this.commands(view.get('script')),
            ...this.commands(scripts('after_script')),
        ];
        const inherited = (vars) => [...vars].filter(([k]) => this.inherits(inherit.get('variables'), k));
        const globals = inherited(this.variables(this.global('variables')));
        const own = [...this.variables(view.get('variables'))];
        const env = (...over) => new Map([...globals, ...over.flat()]);
        const workflowRules = this.ruleVariables(this.entries(this.global('workflow')).get('rules'));
        const trigger = this.triggerInclude(view.get('trigger'));
        const t = trigger ? { trigger } : {};
        return [
            { job, commands, env: env(own), ...t },
            ...workflowRules.map((w) => ({ job, commands, env: env(inherited(w), own), ...t })),
            ...this.ruleVariables(view.get('rules')).map((r) => ({ job, commands, env: env(own, [...r]), ...t })),
        ];
    }
    /** `trigger: include:` (a child pipeline's files), as written; `trigger: project` runs no file here. */
    triggerInclude(v) {
        const t = this.deref(v);
        if (t?.kind === 'map') {
            const inc = this.deref(t.entries.get('include'));
            return inc?.kind === 'node' ? { file: inc.file, node: inc.node } : undefined;
        }
        if (t?.kind !== 'node')
            return undefined;
        const node = (0,yaml_nodes/* get */.Jt)(t.file.parsed.doc, t.node, 'include');
        return node === undefined ? undefined : { file: t.file, node };
    }
    /** The variables of each rule of a `rules:` list that sets some. */
    ruleVariables(rules) {
        const out = [];
        for (const rule of this.listItems(rules)) {
            const vars = this.variables(this.entries(this.mapValue(rule.file, rule.node, 3)).get('variables'));
            if (vars.size > 0)
                out.push(vars);
        }
        return out;
    }
    /** Top-level maps other than the global keys: the jobs, each with its definitions in file order. */
    definitions() {
        if (this.defs)
            return this.defs;
        this.defs = new Map();
        for (const file of this.files)
            for (const { key, value } of this.topLevel(file)) {
                if (GLOBAL_KEYS.has(key) || !(0,dist/* isMap */.jh)(value))
                    continue;
                let list = this.defs.get(key);
                if (!list)
                    this.defs.set(key, (list = []));
                list.push({ file, node: value });
            }
        return this.defs;
    }
    /** `inherit: { default | variables: true | false | [names] }`: whether `name` is inherited. */
    inherits(setting, name) {
        const v = this.deref(setting);
        if (v?.kind !== 'node')
            return true;
        const node = (0,yaml_nodes/* resolve */.hd)(v.file.parsed.doc, v.node);
        if ((0,dist/* isScalar */.jn)(node))
            return node.value !== false && (0,yaml_nodes/* str */.gx)(node) !== 'false';
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.some((i) => (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* resolve */.hd)(v.file.parsed.doc, i)) === name);
        return true;
    }
    /** `default:` before_script/after_script, or the deprecated top-level ones. */
    defaults() {
        const out = new Map();
        for (const key of DEFAULT_SCRIPTS) {
            const v = this.entries(this.global('default')).get(key) ?? this.global(key);
            if (v)
                out.set(key, v);
        }
        return out;
    }
    /** A job with everything it extends merged under its own keys (memoized). */
    job(name) {
        if (this.views.has(name))
            return this.views.get(name);
        const own = this.own(name);
        if (!own || this.building.has(name))
            return own;
        this.building.add(name);
        let view = { kind: 'map', entries: new Map() };
        for (const p of this.parents(own)) {
            if (this.building.has(p.name)) {
                this.error(p, `extends: ${p.name}: circular dependency`);
                continue;
            }
            if (this.building.size >= MAX_EXTENDS) {
                this.error(p, `extends: ${p.name}: nesting deeper than ${MAX_EXTENDS} levels`);
                continue;
            }
            // A job not in these files may come from a project, remote or template include.
            const parent = this.job(p.name);
            if (parent)
                view = deepMerge(view, parent);
        }
        // A `!reference` directly under a job key is resolved before the merge, as GitLab reads it.
        const entries = new Map();
        for (const [k, v] of this.entries(own)) {
            const d = this.deref(v);
            if (d)
                entries.set(k, d);
        }
        view = deepMerge(view, { kind: 'map', entries });
        this.building.delete(name);
        this.views.set(name, view);
        return view;
    }
    /** The job's own definitions in every file, later files over earlier ones. */
    own(name) {
        let out;
        for (const d of this.definitions().get(name) ?? [])
            out = deepMerge(out, this.mapValue(d.file, d.node, 3, JOB_KEYS));
        return out;
    }
    /** A top-level key other than a job (`variables`, `default`), merged across files (memoized). */
    global(name) {
        if (this.globals.has(name))
            return this.globals.get(name);
        let out;
        for (const f of this.files)
            for (const { key, value } of this.topLevel(f))
                if (key === name)
                    out = deepMerge(out, this.mapValue(f, value, name === 'variables' ? 2 : 3));
        this.globals.set(name, out);
        return out;
    }
    *topLevel(f) {
        const root = (0,yaml_nodes/* resolve */.hd)(f.parsed.doc, f.parsed.doc.contents);
        if (!(0,dist/* isMap */.jh)(root))
            return;
        for (const p of root.items) {
            const key = (0,dist/* isScalar */.jn)(p.key) ? (0,yaml_nodes/* str */.gx)(p.key) : undefined;
            if (key !== undefined)
                yield { key, value: (0,yaml_nodes/* resolve */.hd)(f.parsed.doc, p.value) };
        }
    }
    /** The names a job extends, each with where it is written. */
    parents(own) {
        const ext = this.entries(own).get('extends');
        if (ext?.kind !== 'node')
            return [];
        const { doc } = ext.file.parsed;
        const node = (0,yaml_nodes/* resolve */.hd)(doc, ext.node);
        const list = (0,dist/* isSeq */.oP)(node) ? node.items.map((i) => (0,yaml_nodes/* resolve */.hd)(doc, i)) : [node];
        const out = [];
        for (const n of list) {
            const s = (0,yaml_nodes/* str */.gx)(n);
            if (s !== undefined)
                out.push({ name: s, file: ext.file, node: n });
        }
        return out;
    }
    /**
     * A YAML map as a `Value`, `levels` deep (a job: its keys, `variables`, a variable's `value`
     * map); `<<` merge keys are applied first so that the map's own keys win, and of a list of merged
     * maps the first holding a key wins. Deeper nodes stay as written.
     */
    mapValue(file, node, levels, keep) {
        const { doc } = file.parsed;
        const m = (0,yaml_nodes/* resolve */.hd)(doc, node);
        if (!(0,dist/* isMap */.jh)(m) || levels <= 0)
            return { kind: 'node', file, node: m };
        // Each map is assembled once: jobs share templates, globals and rules.
        const cacheKey = `${levels}${keep ? 'job' : ''}`;
        let cached = this.assembled.get(m);
        if (!cached)
            this.assembled.set(m, (cached = new Map()));
        const hit = cached.get(cacheKey);
        if (hit)
            return hit;
        // A map merging itself (through an alias) sees itself as written, not assembled.
        cached.set(cacheKey, { kind: 'node', file, node: m });
        const value = this.assemble(file, m, levels, keep);
        cached.set(cacheKey, value);
        return value;
    }
    assemble(file, m, levels, keep) {
        const { doc } = file.parsed;
        if (++this.maps > MAX_MAPS) {
            if (this.maps === MAX_MAPS + 1)
                this.error({ file, node: m }, `merge keys assemble more than ${MAX_MAPS} maps`);
            return { kind: 'node', file, node: m };
        }
        const entries = new Map();
        for (const p of m.items) {
            if (!(0,dist/* isScalar */.jn)(p.key) || p.key.value !== '<<')
                continue;
            const v = (0,yaml_nodes/* resolve */.hd)(doc, p.value);
            const sources = (0,dist/* isSeq */.oP)(v) ? v.items : [v];
            for (const s of [...sources].reverse()) {
                const merged = this.mapValue(file, s, levels, keep);
                if (merged.kind === 'map')
                    for (const [k, x] of merged.entries)
                        entries.set(k, x);
            }
        }
        for (const p of m.items) {
            const key = (0,dist/* isScalar */.jn)(p.key) ? (0,yaml_nodes/* str */.gx)(p.key) : undefined;
            if (key === undefined || key === '<<' || (keep && !keep.has(key)))
                continue;
            // A job's `trigger:` keeps its `include:` as written (the child pipeline's include entries).
            entries.set(key, this.mapValue(file, p.value, keep && key === 'trigger' ? 1 : levels - 1));
        }
        return { kind: 'map', entries };
    }
    /** A `!reference [job, key, …]` replaced by what it names (nested ones too); others as they are. */
    deref(v, depth = 0) {
        if (v?.kind !== 'node')
            return v;
        const { doc } = v.file.parsed;
        const node = (0,yaml_nodes/* resolve */.hd)(doc, v.node);
        if (!(0,dist/* isSeq */.oP)(node) || node.tag !== '!reference')
            return v;
        const path = node.items.map((i) => (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* resolve */.hd)(doc, i)) ?? '');
        const shown = `!reference [${path.join(', ')}]`;
        if (depth >= MAX_REFERENCES) {
            this.error({ file: v.file, node }, `${shown}: nested deeper than ${MAX_REFERENCES} levels`);
            return undefined;
        }
        let target = path[0] ? this.job(path[0]) : undefined;
        for (const key of path.slice(1))
            target = this.deref(this.entries(target).get(key), depth + 1);
        // What is not in these files may come from a project, remote or template include.
        return target && path.length >= 2 ? this.deref(target, depth + 1) : undefined;
    }
    /** A script value's commands in order: lists flattened, `!reference` items resolved in place. */
    commands(v) {
        return this.listItems(v).filter((c) => (0,dist/* isScalar */.jn)(c.node));
    }
    /** The items of a list (nested lists flattened, `!reference` items resolved in place), or the one value. */
    listItems(v, depth = 0) {
        const d = this.deref(v);
        if (d?.kind !== 'node' || depth > MAX_REFERENCES)
            return [];
        const node = (0,yaml_nodes/* resolve */.hd)(d.file.parsed.doc, d.node);
        if (!(0,dist/* isSeq */.oP)(node))
            return [{ file: d.file, node }];
        return node.items.flatMap((item) => this.listItems({ kind: 'node', file: d.file, node: item }, depth + 1));
    }
    /** A `variables` map as the shell's variables, each at the line where its value is written. */
    variables(v) {
        const out = new Map();
        for (const [name, entry] of this.entries(this.deref(v))) {
            let x = this.deref(entry);
            if (x?.kind === 'map')
                x = this.deref(x.entries.get('value'));
            if (x?.kind !== 'node')
                continue;
            const node = (0,yaml_nodes/* resolve */.hd)(x.file.parsed.doc, x.node);
            const text = (0,yaml_nodes/* str */.gx)(node);
            if (text === undefined)
                continue;
            const from = { file: x.file.path, line: (0,yaml_nodes/* lineOf */.cA)(x.file.parsed.lines, node) };
            // A value an input wrote in is known where the input's value is written.
            const pieces = x.file.origins?.get(node);
            const v = pieces ? interpolatedValue(pieces) : undefined;
            out.set(name, { text, unknown: /\$/.test(text) || v?.unknown === true, from: v?.from ?? from });
        }
        return out;
    }
    entries(v) {
        return v?.kind === 'map' ? v.entries : new Map();
    }
    error(at, message) {
        const line = (0,yaml_nodes/* lineOf */.cA)(at.file.parsed.lines, at.node);
        if (!this.errors.some((e) => e.file === at.file.path && e.line === line && e.message === message))
            this.errors.push({ file: at.file.path, line, message });
    }
}
/** GitLab's deep merge: maps key by key, anything else replaced by the later value. */
function deepMerge(base, over) {
    if (base?.kind !== 'map' || over.kind !== 'map')
        return over;
    const entries = new Map(base.entries);
    for (const [k, v] of over.entries)
        entries.set(k, deepMerge(entries.get(k), v));
    return { kind: 'map', entries };
}

;// CONCATENATED MODULE: ./src/detectors/gitlab/pipeline.ts









/**
 * Commands read through GitLab jobs in one configuration, repeats included (one template run by
 * many jobs with their own variables); past it the file is an error (the gate fails closed) and
 * each remaining command is read once.
 */
const MAX_GITLAB_COMMANDS = 50_000;
/** Uses of files (one per file and set of inputs), child pipelines included. */
const MAX_USES = 500;
const MAX_INCLUDE_DEPTH = 8;
/** GitLab runs child pipelines of child pipelines, two levels down. */
const MAX_TRIGGER_DEPTH = 2;
/** A command as GitLab hands it to the shell, each input's value written in (bound to its line when a caller gives it). */
function commandSite(parsed, node, origins, env) {
    const pieces = origins?.get(node);
    if (!pieces)
        return (0,command_sites/* yamlSite */.vJ)(parsed.lines, node, undefined, env);
    const values = new task_templates/* TemplateValues */.$f();
    const text = () => pieces.map((p) => (typeof p === 'string' ? p : values.write(p))).join('');
    const site = (0,command_sites/* yamlSite */.vJ)(parsed.lines, node, text, env);
    if (!site || values.bindings.size === 0)
        return site;
    return { ...site, env: new Map([...(env ?? []), ...values.bindings]) };
}
async function scanGitlabCi(id, matches, input, otherSites) {
    const errors = [];
    const own = (file) => file === input.path || !matches(file);
    // A template run by several jobs, or used by several callers, gives its errors once.
    const reported = new Set();
    const report = (list) => {
        for (const e of list) {
            const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
            if (!own(e.file) || reported.has(key))
                continue;
            reported.add(key);
            errors.push(e);
        }
    };
    const files = new FileUses(input, report);
    const root = await files.use(input.path, input.text, undefined, new Set(), 0);
    const components = [];
    const callees = new Set();
    const scan = async (file, sites) => {
        if (sites.length === 0)
            return;
        // Jobs run at the repository root.
        const r = await (0,flows_command_sites/* scanAndFollowCommandSites */.X)({ ...input, path: file.path }, id, sites, 'script', '');
        components.push(...r.components);
        report(r.errors);
        for (const c of r.callees ?? [])
            callees.add(c);
    };
    const covered = new Set();
    // Jobs that run the same commands with the same variables (many jobs extend one template) are
    // read once; past a bound (an error), a job is read only for the commands no job read before it.
    const ids = new Map();
    const seen = new Set();
    let budget = MAX_GITLAB_COMMANDS;
    const read = async (run, onlyNew) => {
        const key = [
            ...run.commands.map((c) => ids.get(c.node) ?? (ids.set(c.node, ids.size), ids.size - 1)),
            ...[...run.env].map(([k, v]) => `${k}=${v.text}@${v.from?.file}:${v.from?.line}`),
        ].join('\n');
        if (seen.has(key))
            return;
        seen.add(key);
        if (!onlyNew && (budget -= run.commands.length) < 0) {
            if (budget + run.commands.length >= 0)
                report([
                    {
                        file: input.path,
                        message: `jobs run more than ${MAX_GITLAB_COMMANDS} commands with their variables: the others are read once each`,
                    },
                ]);
            onlyNew = true;
        }
        const commands = onlyNew ? run.commands.filter((c) => !covered.has(c.node)) : run.commands;
        // One scan per stretch of commands written in one file, each located there.
        for (let i = 0; i < commands.length;) {
            const file = commands[i].file;
            const sites = [];
            for (; i < commands.length && commands[i].file === file; i++) {
                const env = run.env.size > 0 ? run.env : undefined;
                const site = commandSite(file.parsed, commands[i].node, file.origins, env);
                if (site)
                    sites.push(site);
            }
            await scan(file, sites);
        }
        for (const c of commands)
            covered.add(c.node);
    };
    // A pipeline's jobs, then the child pipelines its trigger jobs start (their variables over the children's).
    const pipeline = async (list, over, depth) => {
        const config = new GitlabConfig(list);
        const { running, hidden } = config.runs();
        const withOver = (r) => over.size > 0 ? { ...r, env: new Map([...r.env, ...over]) } : r;
        for (const run of running)
            await read(withOver(run), false);
        for (const run of hidden)
            await read(withOver(run), true);
        report(config.errors);
        for (const run of running) {
            if (!run.trigger || depth >= MAX_TRIGGER_DEPTH)
                continue;
            const children = await files.children(localIncludes(run.trigger.file, run.trigger.node), depth);
            if (children.length > 0)
                await pipeline(children, withOver(run).env, depth + 1);
        }
    };
    await pipeline(root, new Map(), 0);
    for (const file of files.all)
        await scan(file, otherSites(file, (n) => !covered.has(n)));
    // An included file is judged in this file's context (its variables and inputs, the jobs
    // extending its templates), not on its own, as a script its callers run.
    for (const file of files.all)
        if (file.path !== input.path)
            callees.add(file.path);
    return { components, errors, ...(callees.size > 0 ? { callees: [...callees].sort() } : {}) };
}
/** Every use of a file in one configuration, each file read and parsed once. */
class FileUses {
    input;
    report;
    all = [];
    parsed = new Map();
    uses = 0;
    constructor(input, report) {
        this.input = input;
        this.report = report;
    }
    /** A file and, before it, what it includes (recursively); `seen` keeps one use per file and inputs. */
    async use(path, text, passed, seen, depth) {
        if (++this.uses > MAX_USES) {
            if (this.uses === MAX_USES + 1)
                this.report([
                    {
                        file: this.input.path,
                        message: `more than ${MAX_USES} uses of included files: the others are not read`,
                    },
                ]);
            return [];
        }
        const y = this.parse(path, text);
        if (!y)
            return [];
        this.report(y.parsed.errors);
        const readings = this.interpolated(path, y, passed);
        const [file] = readings;
        if (!file)
            return [];
        this.all.push(...readings);
        const out = [];
        const includes = depth < MAX_INCLUDE_DEPTH
            ? localIncludes(file, (0,yaml_nodes/* get */.Jt)(file.parsed.doc, file.parsed.doc.contents, 'include'))
            : [];
        for (const entry of includes)
            out.push(...(await this.entry(entry, seen, depth + 1)));
        out.push(...readings);
        return out;
    }
    /** The files of a child pipeline: its include entries, as one configuration. */
    async children(entries, depth) {
        const seen = new Set();
        const out = [];
        for (const entry of entries)
            out.push(...(await this.entry(entry, seen, depth)));
        return out;
    }
    async entry(entry, seen, depth) {
        for (const path of entry.paths) {
            const text = this.parsed.has(path) ? null : await this.input.readFile(path);
            if (text === null && !this.parsed.get(path))
                continue;
            const key = useKey(path, entry.passed);
            if (seen.has(key) || path === this.input.path)
                return [];
            seen.add(key);
            return this.use(path, text, entry.passed, seen, depth);
        }
        this.report([
            { file: entry.at.file, line: entry.at.line, message: `included file not found: ${entry.shown}` },
        ]);
        return [];
    }
    parse(path, text) {
        let y = this.parsed.get(path);
        if (y === undefined) {
            y = text === null ? null : parseGitlabYaml(text, path, this.input.limits.maxDepth);
            this.parsed.set(path, y);
        }
        return y;
    }
    /**
     * The file with one use's inputs written in (as GitLab writes them into the parsed document,
     * and into the text when a value holding a newline makes the two differ); none when GitLab
     * rejects that use.
     */
    interpolated(path, y, passed) {
        const errors = [];
        if (!y.header) {
            if (passed && passed.values.size > 0)
                errors.push({
                    ...passed.at,
                    message: 'inputs given to a file without a `spec: inputs:` header: GitLab rejects the include',
                });
            this.report(errors);
            return errors.length > 0 ? [] : [{ path, parsed: y.parsed }];
        }
        const open = declaresElsewhere(y.header);
        const values = inputValues(inputSpecs(y.header, path, y.parsed.lines), passed, errors, open);
        const result = values ? interpolate_interpolate(y.parsed, path, values, errors, open) : null;
        // A use a caller makes is rejected at the caller's entry (the template's line named): a file
        // read on its own as well reports only the errors of its own defaults.
        const at = passed?.at;
        this.report(at
            ? errors.map((e) => e.file === at.file
                ? e
                : { ...at, message: `${e.file}:${e.line ?? 1}: ${e.message} (GitLab rejects this include)` })
            : errors);
        if (!values || !result || errors.length > 0)
            return [];
        const text = textInterpolated(y.text, y.parsed, path, values, this.input.limits.maxDepth, open);
        return [
            { path, parsed: result.parsed, origins: result.origins },
            ...(text ? [{ path, parsed: text }] : []),
        ];
    }
}

;// CONCATENATED MODULE: ./src/detectors/ci-config.ts







const ci_config_name = (path) => path.slice(path.lastIndexOf('/') + 1);
const CI_FORMATS = [
    {
        id: 'gitlab-ci',
        matches: (p) => /(^|[./])gitlab-ci\.ya?ml$/i.test(ci_config_name(p)) || /(^|\/)\.gitlab(-ci)?\/.*\.ya?ml$/i.test(p),
        // `hooks: pre_get_sources_script` runs before the sources are fetched (job or `default:`).
        shell: ['script', 'before_script', 'after_script', 'pre_get_sources_script'],
        env: ['variables'],
    },
    {
        id: 'circleci',
        matches: (p) => /(^|\/)\.circleci\/[^/]+\.ya?ml$/i.test(p),
        shell: ['run', 'command'],
        env: ['environment'],
    },
    {
        id: 'azure-pipelines',
        matches: (p) => /^azure-pipelines?([-_.][^/]*)?\.ya?ml$/i.test(ci_config_name(p)) ||
            /(^|\/)\.azure-pipelines\/.*\.ya?ml$/i.test(p),
        shell: ['script', 'bash'],
        powershell: ['pwsh', 'powershell'],
        env: ['variables', 'env'],
    },
    {
        id: 'bitbucket-pipelines',
        matches: (p) => /^bitbucket-pipelines\.ya?ml$/i.test(ci_config_name(p)),
        shell: ['script', 'after-script'],
    },
    {
        id: 'travis',
        matches: (p) => /^\.travis\.ya?ml$/i.test(ci_config_name(p)),
        shell: [
            'before_install',
            'install',
            'before_script',
            'script',
            'after_success',
            'after_failure',
            'after_script',
            'before_deploy',
            'after_deploy',
            'before_cache',
        ],
    },
    {
        id: 'buildkite',
        matches: (p) => /(^|\/)\.buildkite\/[^/]+\.ya?ml$/i.test(p) || /^buildkite\.ya?ml$/i.test(ci_config_name(p)),
        shell: ['command', 'commands'],
        env: ['env'],
    },
    {
        id: 'gitpod',
        matches: (p) => /^\.gitpod\.ya?ml$/i.test(ci_config_name(p)),
        shell: ['init', 'before', 'command', 'prebuild'],
    },
];
async function scanCiConfig(format, input) {
    if (format.id === 'gitlab-ci')
        return scanGitlabCi(format.id, format.matches, input, (file, wanted) => ciSites(format, file.path, file.parsed, wanted, file.origins));
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(input.text, input.path, input.limits.maxDepth);
    const sites = ciSites(format, input.path, parsed, () => true);
    // Jobs run at the repository root.
    const r = await (0,flows_command_sites/* scanAndFollowCommandSites */.X)(input, format.id, sites, 'script', '');
    return { ...r, errors: [...parsed.errors, ...r.errors] };
}
/** The command strings of a file under the format's keys that `wanted` keeps, each with the variables of the maps above it. */
function ciSites(format, file, parsed, wanted, 
/** GitLab: the strings inputs were written into. */
origins) {
    const pwsh = new Set(format.powershell ?? []);
    return (0,command_sites/* yamlCommandSites */.V4)(parsed, new Set([...format.shell, ...pwsh]), (key, node) => !wanted(node)
        ? null
        : pwsh.has(key)
            ? (0,powershell_script/* powershellSite */.tX)(parsed.lines, node)
            : commandSite(parsed, node, origins), (node) => variablesOf(parsed, format, node, file));
}
/**
 * The variables a map of the file sets for the commands under it (the file's and a job's
 * `variables`, CircleCI's and Buildkite's `environment`/`env`), each written at its line; a value
 * that refers to another variable or runs a command is unknown.
 */
function variablesOf(parsed, format, node, file) {
    const { doc } = parsed;
    let env;
    const set = (key, value, at) => {
        if (value === undefined)
            return;
        env ??= new Map();
        const from = { file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, at) };
        env.set(key, { text: value, unknown: /\$/.test(value), from });
    };
    for (const key of format.env ?? []) {
        const vars = (0,yaml_nodes/* get */.Jt)(doc, node, key);
        for (const p of (0,yaml_nodes/* pairs */.AS)(doc, vars))
            set(p.key, (0,dist/* isScalar */.jn)(p.value) ? (0,yaml_nodes/* str */.gx)(p.value) : (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, p.value, 'value')), p.value ?? p.keyNode);
        // Azure's list form: `variables: [{ name: X, value: Y }]`.
        for (const item of (0,yaml_nodes/* items */.ld)(doc, vars)) {
            const n = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, item, 'name'));
            if (n !== undefined)
                set(n, (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, item, 'value')), item);
        }
    }
    return env;
}
const ciConfigDetectors = CI_FORMATS.map((format) => ({
    id: format.id,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: format.matches,
    detect: (input) => scanCiConfig(format, input),
}));

;// CONCATENATED MODULE: ./src/detectors/jenkinsfile.ts




const JENKINSFILE_SOURCE = 'Jenkinsfile';
function isJenkinsfilePath(path) {
    const n = path.slice(path.lastIndexOf('/') + 1);
    return (/^Jenkinsfile([._-][^/]*)?$/.test(n) ||
        /\.jenkinsfile$/i.test(n) ||
        /(^|\/)jenkins\/[^/]+\.groovy$/i.test(path));
}
const STEP = /(?:^|[\s;{(])(sh|bat|powershell|pwsh)\s*(?:\(\s*(?:script\s*:\s*)?)?('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
function scanJenkinsfile(path, text) {
    return scanCommandSites(path, JENKINSFILE_SOURCE, jenkinsSites(text), 'sh');
}
/** The `sh`, `bat` and `powershell` steps, each at its lines. */
function jenkinsSites(text) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const sites = [];
    // Comments go first (kept as spaces, so offsets still locate lines).
    const code = text.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
    for (let m = STEP.exec(code); m; m = STEP.exec(code)) {
        const lit = m[2];
        const q = lit.startsWith("'''") || lit.startsWith('"""') ? 3 : 1;
        const start = m.index + m[0].length - lit.length + q;
        let script = lit.slice(q, lit.length - q).replace(/\\(['"\\$])/g, '$1');
        if (lit.startsWith('"'))
            script = script.replace(/\$\{([^}]*)\}/g, (_, e) => /^[A-Za-z_]\w*$/.test(e) ? '${' + e + '}' : '${GROOVY_EXPRESSION}');
        const first = lines.line(start);
        const body = script;
        sites.push({
            script,
            locate: (o) => {
                let n = first;
                for (let i = body.indexOf('\n'); i !== -1 && i < o; i = body.indexOf('\n', i + 1))
                    n++;
                return n;
            },
            ...(m[1] === 'sh' ? {} : { quiet: true }),
        });
    }
    return sites;
}
const jenkinsfileDetector = {
    id: JENKINSFILE_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: isJenkinsfilePath,
    // The steps run in the workspace: the repository root.
    detect: ({ path, text, readFile }) => (0,flows_command_sites/* scanAndFollowCommandSites */.X)({ path, readFile }, JENKINSFILE_SOURCE, jenkinsSites(text), 'sh', ''),
};

// EXTERNAL MODULE: ./src/detectors/parsers/python.ts
var python = __webpack_require__(38316);
;// CONCATENATED MODULE: ./src/detectors/parsers/pep508-component.ts


function pep508Component(text, file, line, source, scope) {
    const req = (0,python/* parsePep508 */.W_)(text);
    if (!req)
        return { file, line, message: `invalid requirement: ${(0,python/* excerpt */.Kb)(text)}` };
    const name = (0,python/* normalizePyName */.Cy)(req.name);
    const base = {
        ecosystem: 'pypi',
        name,
        location: { file, line },
        source,
        ...(scope ? { scope } : {}),
    };
    if (req.url !== undefined) {
        const kind = (0,python/* directReferenceKind */.r6)(req.url);
        const fromFile = kind === 'url' || kind === 'file' ? (0,python/* distributionFromFilename */.so)(req.url.split(/[?#]/)[0]) : null;
        const version = fromFile && (0,python/* normalizePyName */.Cy)(fromFile.name) === name ? fromFile.version : null;
        return (0,component/* makeComponent */.G)({
            ...base,
            version,
            ...(version ? {} : { spec: req.url }),
            sourceKind: kind,
            resolved: req.url,
        });
    }
    const version = (0,python/* exactVersion */.y)(req.specifier);
    return (0,component/* makeComponent */.G)({
        ...base,
        version,
        ...(version ? {} : { spec: req.specifier === '' ? '*' : req.specifier }),
        sourceKind: 'registry',
    });
}
/** Adds a requirement's component or error to a result. */
function addPep508(out, ...args) {
    const r = pep508Component(...args);
    if ('message' in r)
        out.errors.push(r);
    else
        out.components.push(r);
}

;// CONCATENATED MODULE: ./src/detectors/pre-commit-config.ts
// pre-commit (`.pre-commit-config.yaml`): the `additional_dependencies` of each hook, installed
// into the hook's environment: npm specs (`name@version`) for `language: node` hooks, PEP 508
// requirements for `language: python` hooks. A hook without a `language` (set by the hook
// repository's own manifest) is read by the shape of each entry: `name@version` is npm, anything
// else PyPI. Each entry at its own line. A hook's `entry` (with its `args`) is the command
// pre-commit runs at each commit (a `docker_image` hook's entry is an image and its command): it
// is read by the shell interpreter at the entry's line.







const PRE_COMMIT_SOURCE = '.pre-commit-config.yaml';
function scanPreCommitConfig({ path, text, limits, }) {
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(text, path, limits.maxDepth);
    const { doc } = parsed;
    const out = {
        components: [],
        errors: [...parsed.errors],
    };
    const sites = [];
    for (const repo of (0,yaml_nodes/* items */.ld)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'repos'))) {
        for (const hook of (0,yaml_nodes/* items */.ld)(doc, (0,yaml_nodes/* get */.Jt)(doc, repo, 'hooks'))) {
            const language = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(doc, hook, 'language'));
            const entry = (0,yaml_nodes/* get */.Jt)(doc, hook, 'entry');
            const command = (0,yaml_nodes/* str */.gx)(entry);
            if (command !== undefined) {
                const args = (0,yaml_nodes/* items */.ld)(doc, (0,yaml_nodes/* get */.Jt)(doc, hook, 'args'))
                    .map((a) => ((0,dist/* isScalar */.jn)(a) ? (0,yaml_nodes/* str */.gx)(a) : undefined))
                    .filter((a) => a !== undefined);
                const line = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, entry);
                const run = language === 'docker_image' ? `docker run ${command}` : command;
                sites.push({ script: [run, (0,command_sites/* argvScript */.GA)(args)].filter(Boolean).join(' '), locate: () => line });
            }
            for (const dep of (0,yaml_nodes/* items */.ld)(doc, (0,yaml_nodes/* get */.Jt)(doc, hook, 'additional_dependencies'))) {
                const spec = (0,dist/* isScalar */.jn)(dep) ? (0,yaml_nodes/* str */.gx)(dep)?.trim() : undefined;
                if (!spec)
                    continue;
                const line = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, dep);
                const npm = language === 'node' || (language === undefined && /^(@[^/\s]+\/)?[^@\s]+@[^@\s]+$/.test(spec));
                if (npm) {
                    const p = (0,shell_packages/* parseNpmSpec */._n)(spec, false);
                    if (!p)
                        continue;
                    out.components.push((0,component/* makeComponent */.G)({
                        ecosystem: 'npm',
                        name: p.name,
                        version: p.version,
                        ...(p.version === null && p.spec !== undefined ? { spec: p.spec } : {}),
                        location: { file: path, line },
                        source: PRE_COMMIT_SOURCE,
                        sourceKind: 'registry',
                        scope: 'dev',
                    }));
                }
                else if (language === undefined || language === 'python') {
                    addPep508(out, spec, path, line, PRE_COMMIT_SOURCE, 'dev');
                }
            }
        }
    }
    const commands = (0,command_sites/* scanCommandSites */.L6)(path, PRE_COMMIT_SOURCE, sites, 'entry');
    return {
        components: [...out.components, ...commands.components],
        errors: [...out.errors, ...commands.errors],
    };
}
const preCommitConfigDetector = {
    id: PRE_COMMIT_SOURCE,
    role: 'environment',
    syntax: 'yaml',
    // No `namesInText`: an entry's command can build a name the text does not spell.
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: (p) => /(^|\/)\.pre-commit-config\.ya?ml$/.test(p),
    detect: scanPreCommitConfig,
};

;// CONCATENATED MODULE: ./src/detectors/devbox-json.ts




const DEVBOX_SOURCE = 'devbox.json';
function scanDevbox({ path, text, limits, }) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const parsed = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, jsonc/* JSONC */.y0, lines);
    const sites = [];
    const add = (node) => {
        const list = node?.type === 'array' ? (0,jsonc/* strings */.P$)(node) : node ? [node] : [];
        for (const n of list) {
            const script = (0,jsonc/* stringValue */.r$)(n);
            if (script !== undefined)
                sites.push({ script, locate: () => lines.line(n.offset) });
        }
    };
    add((0,jsonc.at)(parsed.root, ['shell', 'init_hook']));
    for (const s of (0,jsonc/* members */.ol)((0,jsonc.at)(parsed.root, ['shell', 'scripts'])))
        add(s.value);
    const r = (0,command_sites/* scanCommandSites */.L6)(path, DEVBOX_SOURCE, sites, 'script');
    return { components: r.components, errors: [...parsed.errors, ...r.errors] };
}
const devboxJsonDetector = {
    id: DEVBOX_SOURCE,
    role: 'commands',
    syntax: 'jsonc',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: (p) => p === 'devbox.json' || p.endsWith('/devbox.json'),
    detect: scanDevbox,
};

;// CONCATENATED MODULE: ./src/detectors/yaml-commands.ts
// A YAML file of no known kind (Ansible tasks, Kubernetes manifests, CI systems not listed, tool
// configs) read for commands under the keys that usually hold them: `run`, `script`, `shell`,
// `cmds` (a command, or a list of commands), `command`, `entrypoint`, `cmd`, `args` (a command
// line, or an argv list; a map's `command`/`entrypoint` list and its `args` list are one argv, as
// in a Kubernetes container), and Ansible's `npm` and `pip` modules (name, version). Nothing
// says such a file holds commands: only installs are reported, and text the shell cannot parse,
// or YAML that does not parse (a template), is skipped, never an error. `{{ … }}` templates are
// unknown values.







const YAML_COMMANDS_SOURCE = 'yaml-commands';
const COMMAND_LISTS = new Set([
    'run',
    'script',
    'shell',
    'cmds',
    'ansible.builtin.shell',
    'ansible.builtin.script',
    'raw',
    'ansible.builtin.raw',
]);
const COMMAND_LINES = new Set(['command', 'entrypoint', 'cmd', 'args', 'ansible.builtin.command']);
const NPM_MODULES = new Set(['npm', 'community.general.npm']);
const PIP_MODULES = new Set(['pip', 'ansible.builtin.pip']);
const untemplated = (t) => t.replace(/\{\{[^}]*\}\}/g, '${TEMPLATE_VALUE}');
function scanYamlCommands({ path, text, limits, }) {
    const components = [];
    // Most YAML files hold none of the keys: a text search decides before parsing.
    if (!/\b(run|script|shell|cmds?|command|entrypoint|args|raw|npm|pip)\s*:/.test(text))
        return { components, errors: [] };
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(text, path, limits.maxDepth);
    if (parsed.errors.length > 0)
        return { components, errors: [] };
    const sites = [];
    const seen = new Set();
    const walk = (node, depth) => {
        if (depth > 64 || seen.has(node) || node === null || typeof node !== 'object')
            return;
        seen.add(node);
        const ps = (0,yaml_nodes/* pairs */.AS)(parsed.doc, node);
        const argvKeys = ps.filter((p) => (p.key === 'command' || p.key === 'entrypoint' || p.key === 'args') && (0,dist/* isSeq */.oP)(p.value));
        const combined = argvKeys.length > 1 ? new Set(argvKeys.map((p) => p.key)) : new Set();
        if (combined.size > 0) {
            const order = ['entrypoint', 'command', 'args'].flatMap((k) => argvKeys.filter((p) => p.key === k));
            sites.push(argvSite(parsed, order.flatMap((p) => (0,yaml_nodes/* items */.ld)(parsed.doc, p.value))));
        }
        for (const p of ps) {
            if (combined.has(p.key))
                continue;
            if (NPM_MODULES.has(p.key) && (0,dist/* isMap */.jh)(p.value))
                ansibleNpm(parsed, p.value, path, components);
            else if (PIP_MODULES.has(p.key) && (0,dist/* isMap */.jh)(p.value))
                ansiblePip(parsed, p.value, path, components);
            else if (COMMAND_LISTS.has(p.key) && ((0,dist/* isScalar */.jn)(p.value) || (0,dist/* isSeq */.oP)(p.value))) {
                const list = (0,dist/* isScalar */.jn)(p.value) ? [p.value] : (0,yaml_nodes/* items */.ld)(parsed.doc, p.value);
                for (const n of list) {
                    const site = (0,dist/* isScalar */.jn)(n) ? (0,command_sites/* yamlSite */.vJ)(parsed.lines, n, untemplated) : null;
                    if (site)
                        sites.push(site);
                }
            }
            else if (COMMAND_LINES.has(p.key) && (0,dist/* isScalar */.jn)(p.value)) {
                const site = (0,command_sites/* yamlSite */.vJ)(parsed.lines, p.value, untemplated);
                if (site)
                    sites.push(site);
            }
            else if (COMMAND_LINES.has(p.key) && (0,dist/* isSeq */.oP)(p.value)) {
                sites.push(argvSite(parsed, (0,yaml_nodes/* items */.ld)(parsed.doc, p.value)));
            }
            else
                walk(p.value, depth + 1);
        }
        for (const item of (0,yaml_nodes/* items */.ld)(parsed.doc, node))
            walk(item, depth + 1);
    };
    walk(parsed.doc.contents, 0);
    const r = (0,command_sites/* scanCommandSites */.L6)(path, YAML_COMMANDS_SOURCE, sites.map((s) => ({ ...s, quiet: true })), 'command');
    return { components: [...components, ...r.components], errors: [] };
}
function argvSite(parsed, nodes) {
    return (0,command_sites/* wordsSite */.pQ)(nodes.flatMap((n) => {
        const t = (0,dist/* isScalar */.jn)(n) ? (0,yaml_nodes/* str */.gx)(n) : undefined;
        if (t === undefined)
            return [];
        const locate = (0,yaml_nodes/* scalarLocator */.$F)(parsed.lines, n);
        return [
            {
                text: untemplated(t),
                line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, n),
                argv: true,
                locate: (o) => locate(o, t),
            },
        ];
    }));
}
function ansibleNpm(parsed, mod, file, out) {
    const nameNode = (0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'name');
    const name = (0,yaml_nodes/* str */.gx)(nameNode);
    if (name === undefined || name.includes('{{') || (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'state')) === 'absent')
        return;
    const version = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'version'));
    const p = (0,shell_packages/* parseNpmSpec */._n)(version ? `${name}@${version}` : name, version?.includes('{{') ?? false);
    if (!p)
        return;
    out.push((0,component/* makeComponent */.G)({
        ecosystem: 'npm',
        name: p.name,
        version: p.version,
        ...(p.version === null && p.spec !== undefined ? { spec: p.spec } : {}),
        location: { file, line: (0,yaml_nodes/* lineOf */.cA)(parsed.lines, nameNode) },
        source: YAML_COMMANDS_SOURCE,
        sourceKind: 'registry',
    }));
}
function ansiblePip(parsed, mod, file, out) {
    const nameNode = (0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'name');
    if ((0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'state')) === 'absent')
        return;
    const version = (0,yaml_nodes/* str */.gx)((0,yaml_nodes/* get */.Jt)(parsed.doc, mod, 'version'));
    const names = (0,dist/* isScalar */.jn)(nameNode) ? [nameNode] : (0,yaml_nodes/* items */.ld)(parsed.doc, nameNode);
    for (const n of names) {
        const name = (0,yaml_nodes/* str */.gx)(n);
        if (name === undefined || name.includes('{{'))
            continue;
        const r = pep508Component(version && !version.includes('{{') ? `${name}==${version}` : name, file, (0,yaml_nodes/* lineOf */.cA)(parsed.lines, n), YAML_COMMANDS_SOURCE);
        if (!('message' in r))
            out.push(r);
    }
}
/** The fallback for YAML files that none of `named` reads. */
function yamlCommandsDetector(named) {
    return {
        id: YAML_COMMANDS_SOURCE,
        role: 'commands',
        syntax: 'yaml',
        ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
        matches: (p) => /\.ya?ml$/i.test(p) && !named.some((d) => d.matches(p)),
        detect: scanYamlCommands,
    };
}

// EXTERNAL MODULE: ./src/detectors/parsers/npm-spec.ts
var npm_spec = __webpack_require__(37513);
;// CONCATENATED MODULE: ./src/detectors/pnpm-workspace.ts
// pnpm-workspace.yaml: the default `catalog`, the named `catalogs`, and `overrides` (the last
// package of a `parent>child` or `name@range` selector). A `catalog:` spec in a package.json takes
// its version from here; as manifest entries, they are dropped when a lockfile in the folder pins
// a version the spec accepts, and judged by their own spec when none does.




const PNPM_WORKSPACE_SOURCE = 'pnpm-workspace.yaml';
/** A catalog or override entry as an npm manifest component, or null when it names no package. */
function catalogComponent(selector, spec, file, line, source) {
    const last = selector.split('>').pop().trim();
    const at = last.indexOf('@', last.startsWith('@') ? 1 : 0);
    const name = at > 0 ? last.slice(0, at) : last;
    if (name === '' || spec === '-' || spec.startsWith('$'))
        return null;
    const p = (0,npm_spec/* parseNpmSpec */._n)(name, spec);
    return (0,component/* makeComponent */.G)({
        ecosystem: 'npm',
        name: p.name,
        version: p.version,
        ...(p.version === null ? { spec: p.spec } : {}),
        ...(p.alias ? { alias: p.alias } : {}),
        location: { file, line },
        source,
        sourceKind: p.sourceKind,
        scope: 'prod',
    });
}
function scanPnpmWorkspace({ path, text, limits, }) {
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(text, path, limits.maxDepth);
    const { doc } = parsed;
    const components = [];
    const maps = [(0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'catalog'), (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'overrides')];
    for (const named of (0,yaml_nodes/* pairs */.AS)(doc, (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'catalogs')))
        maps.push(named.value);
    for (const map of maps) {
        for (const p of (0,yaml_nodes/* pairs */.AS)(doc, map)) {
            const spec = (0,dist/* isScalar */.jn)(p.value) ? (0,yaml_nodes/* str */.gx)(p.value) : undefined;
            if (spec === undefined)
                continue;
            const c = catalogComponent(p.key, spec, path, (0,yaml_nodes/* lineOf */.cA)(parsed.lines, p.keyNode), PNPM_WORKSPACE_SOURCE);
            if (c)
                components.push(c);
        }
    }
    return { components, errors: parsed.errors };
}
const pnpmWorkspaceDetector = {
    id: PNPM_WORKSPACE_SOURCE,
    role: 'manifest',
    syntax: 'yaml',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (p) => p === 'pnpm-workspace.yaml' || p.endsWith('/pnpm-workspace.yaml'),
    detect: scanPnpmWorkspace,
};

;// CONCATENATED MODULE: ./src/detectors/package-json-catalogs.ts



const PACKAGE_JSON_CATALOGS_SOURCE = 'package.json catalogs';
function scanPackageJsonCatalogs({ path, text, limits, }) {
    const components = [];
    if (!text.includes('"catalog'))
        return { components, errors: [] };
    const lines = new util_lines/* LineIndex */.rr(text);
    const { root } = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, jsonc/* JSONC */.y0, lines);
    for (const base of [[], ['workspaces']]) {
        const maps = [(0,jsonc.at)(root, [...base, 'catalog'])];
        for (const named of (0,jsonc/* members */.ol)((0,jsonc.at)(root, [...base, 'catalogs'])))
            maps.push(named.value);
        for (const map of maps) {
            for (const p of (0,jsonc/* members */.ol)(map)) {
                const spec = (0,jsonc/* stringValue */.r$)(p.value);
                if (spec === undefined)
                    continue;
                const c = catalogComponent(p.key, spec, path, lines.line(p.keyNode.offset), PACKAGE_JSON_CATALOGS_SOURCE);
                if (c)
                    components.push(c);
            }
        }
    }
    return { components, errors: [] };
}
const packageJsonCatalogsDetector = {
    id: PACKAGE_JSON_CATALOGS_SOURCE,
    role: 'manifest',
    syntax: 'json',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
    detect: scanPackageJsonCatalogs,
};

;// CONCATENATED MODULE: ./src/detectors/code-workspace.ts



const CODE_WORKSPACE_SOURCE = 'code-workspace';
function scanCodeWorkspace({ path, text, limits, }) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const { root, errors } = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, jsonc/* JSONC */.y0, lines);
    const components = [];
    for (const n of (0,jsonc/* strings */.P$)((0,jsonc.at)(root, ['extensions', 'recommendations']))) {
        const c = extensionComponent((0,jsonc/* stringValue */.r$)(n) ?? '', path, lines.line(n.offset), CODE_WORKSPACE_SOURCE);
        if (c)
            components.push(c);
    }
    return { components, errors };
}
const codeWorkspaceDetector = {
    id: CODE_WORKSPACE_SOURCE,
    role: 'environment',
    syntax: 'jsonc',
    ecosystems: ['vscode-extension'],
    matches: (p) => /\.code-workspace$/i.test(p),
    detect: scanCodeWorkspace,
};

// EXTERNAL MODULE: ./src/detectors/taskfile.ts
var taskfile = __webpack_require__(82548);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/detectors/devcontainer/tool-backends.ts + 1 modules
var tool_backends = __webpack_require__(85637);
;// CONCATENATED MODULE: ./src/detectors/parsers/toml-positions.ts
// Where TOML tables, keys and array elements start: one linear scan of the text, so each entry
// parsed by smol-toml (./toml.ts) can be given the line that names it.

/**
 * Source positions of a TOML document, from one pass over text that already parsed (call
 * {@link parseToml} first: the scan assumes valid TOML).
 */
class TomlPositions {
    /** Header lines of `[[path]]` array tables, in order: the n-th header is the n-th table. */
    arrayTables = new Map();
    /** Header lines of `[path]` tables. */
    tables = new Map();
    /** Keys under tables that are not array tables (array-table keys repeat, so they are not kept). */
    keys = new Map();
    constructor(text) {
        if (text.charCodeAt(0) === 0xfeff)
            text = ' ' + text.slice(1);
        new Scanner(text, this.arrayTables, this.tables, this.keys).run();
    }
    /** The header lines of every `[[...path]]` table, in document order. */
    arrayTableLines(path) {
        return this.arrayTables.get(pathKey(path)) ?? [];
    }
    /** The header line of a `[...path]` table. */
    tableLine(path) {
        return this.tables.get(pathKey(path));
    }
    /** Position of `key = value` by its full path (table path plus dotted key). */
    key(path) {
        return this.keys.get(pathKey(path));
    }
}
function isBareKeyChar(c) {
    return ((c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x5f ||
        c === 0x2d);
}
function pathKey(path) {
    return path.join('\u0000');
}
/** The top-level array `name`, as either `[[name]]` tables or an inline `name = [...]` value. */
function locateArrayEntries(positions, name) {
    const headers = positions.arrayTableLines([name]);
    if (headers.length > 0)
        return headers;
    return positions.key([name])?.elements ?? [];
}
class Scanner {
    s;
    arrayTables;
    tables;
    keys;
    i = 0;
    line = 1;
    tablePath = [];
    inArrayTable = false;
    constructor(s, arrayTables, tables, keys) {
        this.s = s;
        this.arrayTables = arrayTables;
        this.tables = tables;
        this.keys = keys;
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            this.skipBlank();
            if (this.i >= s.length)
                break;
            const c = s.charCodeAt(this.i);
            if (c === 0x5b /* [ */)
                this.header();
            else
                this.keyValue();
            this.skipToLineEnd();
        }
    }
    header() {
        const line = this.line;
        const isArray = this.s.charCodeAt(this.i + 1) === 0x5b;
        this.i += isArray ? 2 : 1;
        const path = this.readKey();
        this.i += isArray ? 2 : 1; // the closing brackets (valid TOML: `]]` or `]`)
        this.tablePath = path;
        this.inArrayTable = isArray;
        const k = pathKey(path);
        if (isArray) {
            let list = this.arrayTables.get(k);
            if (!list)
                this.arrayTables.set(k, (list = []));
            list.push(line);
        }
        else {
            this.tables.set(k, line);
        }
    }
    keyValue() {
        const line = this.line;
        const key = this.readKey();
        this.skipInline();
        this.i++; // '='
        this.skipInline();
        const elements = [];
        this.readValue(elements, 0);
        if (!this.inArrayTable) {
            const pos = { line };
            if (this.lastValueWasArray)
                pos.elements = elements;
            this.keys.set(pathKey([...this.tablePath, ...key]), pos);
        }
    }
    lastValueWasArray = false;
    /** Reads a (dotted) key; stops before `=`, `]` or the end of the line. */
    readKey() {
        const s = this.s;
        const parts = [];
        for (;;) {
            this.skipInline();
            const c = s[this.i];
            if (c === '"')
                parts.push(this.readBasicString());
            else if (c === "'")
                parts.push(this.readLiteralString());
            else {
                const start = this.i;
                while (this.i < s.length && isBareKeyChar(s.charCodeAt(this.i)))
                    this.i++;
                parts.push(s.slice(start, this.i));
            }
            this.skipInline();
            if (s[this.i] === '.') {
                this.i++;
                continue;
            }
            return parts;
        }
    }
    /** Reads one value; records the start line of each direct element of a top-level array. */
    readValue(elements, depth) {
        const s = this.s;
        const c = s[this.i];
        if (depth === 0)
            this.lastValueWasArray = c === '[';
        if (c === '"') {
            if (s.startsWith('"""', this.i))
                this.readMultiline('"""', true);
            else
                this.skipBasicString();
        }
        else if (c === "'") {
            if (s.startsWith("'''", this.i))
                this.readMultiline("'''", false);
            else
                this.readLiteralString();
        }
        else if (c === '[') {
            this.i++;
            for (;;) {
                this.skipBlankAndComments();
                if (this.i >= s.length || s[this.i] === ']')
                    break;
                const before = this.i;
                if (depth === 0)
                    elements.push(this.line);
                this.readValue(elements, depth + 1);
                this.skipBlankAndComments();
                if (s[this.i] === ',')
                    this.i++;
                if (this.i === before)
                    this.i++; // never loop in place, whatever the text
            }
            this.i++;
        }
        else if (c === '{') {
            this.i++;
            for (;;) {
                this.skipBlankAndComments();
                if (this.i >= s.length || s[this.i] === '}')
                    break;
                const before = this.i;
                this.readKey();
                this.skipInline();
                this.i++; // '='
                this.skipInline();
                this.readValue(elements, depth + 1);
                this.skipBlankAndComments();
                if (s[this.i] === ',')
                    this.i++;
                if (this.i === before)
                    this.i++;
            }
            this.i++;
        }
        else {
            // A number, boolean or date: up to a delimiter.
            while (this.i < s.length) {
                const d = s.charCodeAt(this.i);
                // , ] } \n # \r
                if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x0a || d === 0x23 || d === 0x0d)
                    break;
                this.i++;
            }
        }
    }
    readBasicString() {
        const s = this.s;
        const start = this.i;
        this.skipBasicString();
        const raw = s.slice(start + 1, Math.max(start + 1, this.i - 1));
        if (!raw.includes('\\'))
            return raw;
        this.i = start;
        let out = '';
        this.i++;
        while (this.i < s.length && s[this.i] !== '"' && s[this.i] !== '\n') {
            if (s[this.i] === '\\') {
                const next = s[this.i + 1];
                out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
                this.i += 2;
            }
            else
                out += s[this.i++];
        }
        this.i++;
        return out;
    }
    newlineAt = -1;
    /** Index of the first `\n` at or after `from` (-1 if none), amortised over the scan. */
    nextNewline(from) {
        if (this.newlineAt === -2)
            return -1;
        if (this.newlineAt < from) {
            this.newlineAt = this.s.indexOf('\n', from);
            if (this.newlineAt === -1) {
                this.newlineAt = -2;
                return -1;
            }
        }
        return this.newlineAt;
    }
    /** Skips a one-line basic string value (its text is not needed). */
    skipBasicString() {
        const s = this.s;
        let j = this.i + 1;
        for (;;) {
            const q = s.indexOf('"', j);
            const nl = this.nextNewline(j);
            if (q === -1 || (nl !== -1 && nl < q)) {
                this.i = nl === -1 ? s.length : nl; // unterminated: stop at the line end
                return;
            }
            let backslashes = 0;
            for (let k = q - 1; k > this.i && s.charCodeAt(k) === 0x5c; k--)
                backslashes++;
            if (backslashes % 2 === 0) {
                this.i = q + 1;
                return;
            }
            j = q + 1;
        }
    }
    readLiteralString() {
        const s = this.s;
        const end = s.indexOf("'", this.i + 1);
        const stop = end < 0 ? s.length : end;
        const out = s.slice(this.i + 1, stop);
        this.i = stop + 1;
        return out;
    }
    readMultiline(delim, escapes) {
        const s = this.s;
        this.i += 3;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === '\n')
                this.line++;
            if (escapes && c === '\\') {
                if (s[this.i + 1] === '\n')
                    this.line++;
                this.i += 2;
                continue;
            }
            if (s.startsWith(delim, this.i)) {
                this.i += 3;
                // Up to two more quotes may belong to the content (`""""` ends with a quote inside).
                while (s[this.i] === delim[0])
                    this.i++;
                return;
            }
            this.i++;
        }
    }
    skipInline() {
        const s = this.s;
        for (let c = s.charCodeAt(this.i); c === 0x20 || c === 0x09; c = s.charCodeAt(this.i))
            this.i++;
    }
    skipBlank() {
        this.skipBlankAndComments();
    }
    skipBlankAndComments() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 0x0a) {
                this.line++;
                this.i++;
            }
            else if (c === 0x20 || c === 0x09 || c === 0x0d)
                this.i++;
            else if (c === 0x23 /* # */) {
                const nl = this.nextNewline(this.i);
                this.i = nl < 0 ? s.length : nl;
            }
            else
                break;
        }
    }
    /** After a header or key/value: skip a trailing comment up to (not past) the newline. */
    skipToLineEnd() {
        const s = this.s;
        const nl = this.nextNewline(this.i);
        if (nl < 0) {
            this.i = s.length;
            return;
        }
        // Anything left on the line is whitespace or a comment in valid TOML.
        this.i = nl;
    }
}
/**
 * The header lines of the `[[name]]` tables of a document that parsed, found without the full
 * position scan: every `[[` that starts a line (after spaces or tabs) is read up to `]]` on that
 * line. Valid TOML has such a line only as a table header (a nested array value at a line start
 * cannot hold a bare word such as `package`), except inside multi-line strings, so a text with
 * `"""` or `'''` is left to the scanner, as is any `[[...]]` line written with quotes or escapes
 * (`[["package"]]`). Returns null (use {@link TomlPositions}) then, or when the count differs
 * from the `expected` number of parsed tables. `name` must be a bare key that is not a value
 * (`package`, `packages`).
 */
function arrayHeaderLinesFast(text, name, expected) {
    if (text.includes('"""') || text.includes("'''"))
        return null;
    const offsets = [];
    for (let at = text.indexOf('[['); at !== -1; at = text.indexOf('[[', at + 2)) {
        let b = at - 1;
        while (b >= 0 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09))
            b--;
        // At a line start: the text's start, or a line break (a BOM counts as a character here).
        if (b >= 0 && text.charCodeAt(b) !== 0x0a)
            continue;
        const close = text.indexOf(']]', at + 2);
        const eol = text.indexOf('\n', at + 2);
        if (close === -1 || (eol !== -1 && eol < close))
            return null;
        const content = text.slice(at + 2, close);
        if (/["'\\]/.test(content))
            return null;
        if (content.trim() === name) {
            if (offsets.length === expected)
                return null;
            offsets.push(at);
        }
    }
    return offsets.length === expected ? (0,util_lines/* linesAt */.R4)(text, offsets) : null;
}

;// CONCATENATED MODULE: ./src/detectors/mise-toml.ts
// mise configuration (`mise.toml`, `.mise.toml`, `mise.<env>.toml`, `.config/mise.toml`,
// `.mise/config.toml`, `.config/mise/config.toml`): the `[tools]` table with backends
// (`"npm:@openai/codex" = "latest"`, `"pipx:aider-chat" = { version = "0.86.1" }`), and the
// commands of `[tasks]` (`name = "cmd"`, `name = ["cmd", …]`, `[tasks.name]` with `run` a string
// or a list of commands), each at its line, run with the `[env]` and the task's own `env`
// (`mise run NAME`, or a hook, runs them in a shell).






const MISE_SOURCE = 'mise.toml';
function isMisePath(p) {
    return (/(^|\/)\.?mise(\.[\w-]+)?\.toml$/.test(p) ||
        /(^|\/)\.?mise\/config(\.[\w-]+)?\.toml$/.test(p) ||
        /(^|\/)\.config\/mise(\.[\w-]+)?\.toml$/.test(p) ||
        /(^|\/)\.config\/mise\/config(\.[\w-]+)?\.toml$/.test(p));
}
function scanMiseToml(path, text) {
    let doc;
    try {
        doc = (0,smol_toml_dist/* parse */.qg)(text);
    }
    catch (e) {
        const line = e instanceof smol_toml_dist/* TomlError */.zx ? e.line : undefined;
        return {
            components: [],
            errors: [
                {
                    file: path,
                    ...(line ? { line } : {}),
                    message: `invalid TOML: ${e.message.split('\n')[0]}`,
                },
            ],
        };
    }
    const tasks = taskCommands(path, text, doc);
    const tools = doc.tools;
    if (!tools || typeof tools !== 'object')
        return tasks;
    const keyLines = toolKeyLines(text);
    const components = [...tasks.components];
    for (const [tool, value] of Object.entries(tools)) {
        const versions = [];
        const add = (v) => {
            if (typeof v === 'string' || typeof v === 'number')
                versions.push(String(v));
            else if (v && typeof v === 'object' && !Array.isArray(v) && 'version' in v)
                add(v.version);
        };
        if (Array.isArray(value))
            value.forEach(add);
        else
            add(value);
        for (const v of versions) {
            const t = (0,tool_backends/* backendTool */.r)(tool, v);
            if (!t)
                continue;
            components.push((0,component/* makeComponent */.G)({ ...t, location: { file: path, line: keyLines.get(tool) ?? 1 }, source: MISE_SOURCE }));
        }
    }
    return { components, errors: tasks.errors };
}
/** The commands of the `[tasks]` table, read by the shell interpreter. */
function taskCommands(path, text, doc) {
    const tasks = table(doc.tasks);
    if (!tasks)
        return { components: [], errors: [] };
    const positions = new TomlPositions(text);
    const lineOf = (keys) => positions.key(keys)?.line ?? positions.tableLine(keys.slice(0, -1)) ?? 1;
    const stringsOf = (t) => new Map(Object.entries(t ?? {})
        .filter((e) => typeof e[1] === 'string')
        .map(([k, v]) => [k, { text: v, unknown: false }]));
    const env = stringsOf(table(doc.env));
    const sites = [];
    for (const [name, value] of Object.entries(tasks)) {
        const task = table(value);
        const run = task ? task.run : value;
        const at = task ? ['tasks', name, 'run'] : ['tasks', name];
        const line = lineOf(at);
        const taskEnv = new Map([...env, ...stringsOf(table(task?.env))]);
        const commands = typeof run === 'string' ? [run] : Array.isArray(run) ? run : [];
        for (const c of commands)
            if (typeof c === 'string')
                sites.push({ script: c, locate: () => line, env: taskEnv });
    }
    return (0,command_sites/* scanCommandSites */.L6)(path, MISE_SOURCE, sites, 'task');
}
function table(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
/** Lines of the keys of the `[tools]` table (and of `[tools."npm:x"]` sub-tables). */
function toolKeyLines(text) {
    const out = new Map();
    const lines = text.split('\n');
    let inTools = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
        if (header) {
            const h = header[1];
            inTools = h === 'tools';
            const sub = /^tools\.\s*(?:"([^"]+)"|'([^']+)'|([\w.-]+))$/.exec(h);
            if (sub) {
                const k = sub[1] ?? sub[2] ?? sub[3];
                if (!out.has(k))
                    out.set(k, i + 1);
            }
            continue;
        }
        if (!inTools)
            continue;
        const key = /^(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.:@/-]+))\s*=/.exec(line);
        if (key) {
            const k = key[1] ?? key[2] ?? key[3];
            if (!out.has(k))
                out.set(k, i + 1);
        }
    }
    return out;
}
const miseTomlDetector = {
    id: MISE_SOURCE,
    role: 'environment',
    syntax: 'toml',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: isMisePath,
    detect: ({ path, text }) => scanMiseToml(path, text),
};

// EXTERNAL MODULE: ./src/detectors/package-json-scripts.ts
var package_json_scripts = __webpack_require__(78259);
// EXTERNAL MODULE: ./src/detectors/shell/command-words.ts + 1 modules
var command_words = __webpack_require__(17271);
;// CONCATENATED MODULE: ./src/detectors/shell-script.ts
// Shell scripts: `*.sh`, `*.bash`, `*.zsh`, `*.ksh`, `*.dash`, `*.bats`, `*.command`, git hooks
// kept by husky (`.husky/pre-commit`, which need no shebang), direnv's `.envrc`, and any other file
// whose first line is a shell shebang (`#!/bin/bash`, `#!/usr/bin/env sh`, zsh, dash, ksh, ash,
// mksh), whatever its name (`script/bootstrap`, `bin/setup`): installs and runs of tools, located at
// their lines. Scripts run or sourced
// from them are judged with the arguments and variables passed on.




const SHELL_SCRIPT_SOURCE = follow/* SCRIPT_SOURCE */.YA;
function isShellScriptPath(path) {
    return (/\.(sh|bash|zsh|ksh|dash|bats|command)$/i.test(path) ||
        /(^|\/)\.husky\/[^/.][^/]*$/.test(path) ||
        /(^|\/)\.envrc$/.test(path));
}
/** The script judged on its own: its arguments cannot be known, its environment is its own. */
async function scanShellScript(path, text, readFile = () => Promise.resolve(null)) {
    const sink = (0,follow/* newSink */.si)();
    const follower = new follow/* FlowFollower */.Hg(readFile, sink);
    const scanner = await follower.scanText(text, path, new Map());
    for (const f of scanner.findings)
        sink.components.push((0,shell_components/* findingComponent */.bT)(f, path, SHELL_SCRIPT_SOURCE));
    for (const p of scanner.problems)
        sink.errors.push((0,shell_components/* problemError */.gS)(p, path));
    await follower.followCalls(scanner, { file: path, cwd: '', via: [] });
    return (0,follow/* sinkResult */.fA)(sink);
}
const shellScriptDetector = {
    id: SHELL_SCRIPT_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: isShellScriptPath,
    sniff: command_words/* hasShellShebang */.J6,
    detect: ({ path, text, readFile }) => scanShellScript(path, text, readFile),
};

;// CONCATENATED MODULE: ./src/detectors/tool-versions.ts



const TOOL_VERSIONS_SOURCE = '.tool-versions';
function scanToolVersions(path, text) {
    const components = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/#.*$/, '').trim();
        const m = /^(\S+)\s+(\S+)/.exec(line);
        if (!m)
            continue;
        const t = (0,tool_backends/* backendTool */.r)(m[1], m[2]);
        if (!t)
            continue;
        components.push((0,component/* makeComponent */.G)({
            ...t,
            location: { file: path, line: i + 1 },
            source: TOOL_VERSIONS_SOURCE,
        }));
    }
    return { components, errors: [] };
}
const toolVersionsDetector = {
    id: TOOL_VERSIONS_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: (p) => p === '.tool-versions' || p.endsWith('/.tool-versions'),
    detect: ({ path, text }) => scanToolVersions(path, text),
};

;// CONCATENATED MODULE: ./src/detectors/parsers/nix-lexer.ts
// Splits Nix source into code and strings, as the Nix lexer does: `#` and `/* */` comments,
// `"…"` strings (backslash escapes) and `''…''` indented strings (`'''`, `''$`, `''\x` escapes),
// both with `${…}` interpolations, which are code again (nesting braces counted).
function lexNix(text) {
    const out = text.split('');
    const strings = [];
    const blank = (from, to) => {
        for (let i = from; i < to && i < out.length; i++)
            if (out[i] !== '\n')
                out[i] = ' ';
    };
    // The stack: the code at the top level, strings, and the code of their interpolations.
    const stack = [{ kind: 'code', depth: 0 }];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const top = stack[stack.length - 1];
        const c = text[i];
        if (top.kind === 'code') {
            if (c === '#') {
                const end = text.indexOf('\n', i);
                const stop = end === -1 ? n : end;
                blank(i, stop);
                i = stop;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const end = text.indexOf('*/', i + 2);
                const stop = end === -1 ? n : end + 2;
                blank(i, stop);
                i = stop;
            }
            else if (c === '"') {
                stack.push({ kind: 'dq', start: i + 1 });
                i++;
            }
            else if (c === "'" && text[i + 1] === "'") {
                stack.push({ kind: 'ind', start: i + 2 });
                i += 2;
            }
            else if (c === '{') {
                top.depth++;
                i++;
            }
            else if (c === '}') {
                if (top.depth === 0 && stack.length > 1) {
                    // The end of an interpolation: back in its string.
                    blank(i, i + 1);
                    stack.pop();
                }
                else if (top.depth > 0)
                    top.depth--;
                i++;
            }
            else
                i++;
            continue;
        }
        // Inside a string.
        const close = (contentEnd, next) => {
            strings.push({ text: text.slice(top.start, contentEnd), start: top.start });
            stack.pop();
            i = next;
        };
        if (top.kind === 'dq') {
            if (c === '\\') {
                blank(i, i + 2);
                i += 2;
            }
            else if (c === '"')
                close(i, i + 1);
            else if (c === '$' && text[i + 1] === '{') {
                blank(i, i + 2);
                stack.push({ kind: 'code', depth: 0 });
                i += 2;
            }
            else {
                blank(i, i + 1);
                i++;
            }
            continue;
        }
        // Indented string.
        if (c === "'" && text[i + 1] === "'") {
            const after = text[i + 2];
            if (after === "'" || after === '$') {
                blank(i, i + 3);
                i += 3;
            }
            else if (after === '\\') {
                blank(i, i + 4);
                i += 4;
            }
            else
                close(i, i + 2);
        }
        else if (c === '$' && text[i + 1] === '{') {
            blank(i, i + 2);
            stack.push({ kind: 'code', depth: 0 });
            i += 2;
        }
        else {
            blank(i, i + 1);
            i++;
        }
    }
    // An unterminated string runs to the end (nix itself refuses the file).
    for (const f of stack)
        if (f.kind !== 'code')
            strings.push({ text: text.slice(f.start), start: f.start });
    return { code: out.join(''), strings };
}

;// CONCATENATED MODULE: ./src/detectors/nix.ts
// Nix files that install packages (flake.nix, shell.nix, devenv.nix, default.nix, home.nix,
// configuration.nix): the nixpkgs attributes of AI tools they name, read outside comments and
// string contents. A package's version is the pinned nixpkgs revision's (flake.lock, a channel),
// which the file does not say: reported with version null, so the policy's unknownVersion applies.
// Forms: `pkgs.claude-code` (any attribute path through a package set: `pkgs.unstable.x`,
// `inputs.nixpkgs.legacyPackages.${system}.x`), `with pkgs; [ x ]`, `inherit (pkgs) x;`,
// home-manager's `programs.x.enable = true`, and in shell strings (shellHook, devenv scripts)
// `nix run|shell|profile install nixpkgs#x`, `nix-shell -p x`, `nix-env -iA nixpkgs.x`, whose
// other commands go through the shell interpreter.






const NIX_SOURCE = 'nix';
const NIX_FILES = new Set([
    'flake.nix',
    'shell.nix',
    'devenv.nix',
    'default.nix',
    'home.nix',
    'configuration.nix',
]);
function isNixPath(path) {
    return NIX_FILES.has(path.slice(path.lastIndexOf('/') + 1));
}
const VERSION_NOTE = 'a nixpkgs package: its version is that of the pinned nixpkgs revision (flake.lock, channel), which the file does not say';
/** Attributes bound to shell text that a shell runs. */
const SHELL_ATTRS = new Set([
    'shellHook',
    'enterShell',
    'enterTest',
    'exec',
    'script',
    'runScript',
    'text',
    'buildPhase',
    'installPhase',
    'preBuild',
    'postBuild',
    'preInstall',
    'postInstall',
    'checkPhase',
]);
const IDENT = String.raw `[A-Za-z_][\w'-]*`;
const ELEMENT = String.raw `(?:${IDENT}|\$\{[^{}]*\})`;
/** A path element that names a package set. */
const PACKAGE_SET = /(?:pkgs|^nixpkgs|^legacyPackages|^packages)$/i;
function nix_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
async function scanNix(path, text) {
    const attrs = (0,catalog/* nixAttributes */.Lz)();
    const components = [];
    if (attrs.length === 0)
        return { components, errors: [] };
    const { code, strings } = lexNix(text);
    const lines = new util_lines/* LineIndex */.rr(text);
    const names = attrs.map(nix_escape).join('|');
    const add = (name, offset, written) => components.push((0,component/* makeComponent */.G)({
        ecosystem: 'nix',
        name,
        version: null,
        spec: written,
        versionNote: VERSION_NOTE,
        location: { file: path, line: lines.line(offset) },
        source: NIX_SOURCE,
        sourceKind: 'registry',
    }));
    const isSet = (chain) => chain.split('.').some((e) => PACKAGE_SET.test(e));
    // pkgs.x, pkgs.unstable.x, nixpkgs.legacyPackages.${system}.x
    const selection = new RegExp(String.raw `(?<![\w'.-])(${ELEMENT}(?:\.${ELEMENT})*)\.(${names})(?![\w'-])`, 'g');
    for (const m of code.matchAll(selection))
        if (isSet(m[1]))
            add(m[2], m.index + m[1].length + 1, m[0]);
    // with pkgs; [ … x … ]
    const withList = new RegExp(String.raw `(?<![\w'-])with\s+(${ELEMENT}(?:\.${ELEMENT})*)\s*;\s*\[`, 'g');
    const bare = new RegExp(String.raw `(?<![\w'.-])(${names})(?![\w'.-]|\s*=)`, 'g');
    for (const m of code.matchAll(withList)) {
        if (!isSet(m[1]))
            continue;
        const open = m.index + m[0].length;
        const close = matching(code, open - 1);
        for (const b of code.slice(open, close).matchAll(bare))
            add(b[1], open + b.index, `with ${m[1]}; [ ${b[1]} ]`);
    }
    // inherit (pkgs) x y;
    const inherit = new RegExp(String.raw `(?<![\w'-])inherit\s*\(\s*(${ELEMENT}(?:\.${ELEMENT})*)\s*\)([^;]*);`, 'g');
    for (const m of code.matchAll(inherit)) {
        if (!isSet(m[1]))
            continue;
        const listStart = m.index + m[0].indexOf(')') + 1;
        for (const b of m[2].matchAll(bare))
            add(b[1], listStart + b.index, `inherit (${m[1]}) ${b[1]}`);
    }
    // home-manager: programs.x.enable = true; programs.x = { enable = true; … };
    const programs = new RegExp(String.raw `(?<![\w'-])programs\.(${names})(?:\.enable\s*=\s*true\b|\s*=\s*\{[^{}]*?(?<![\w'-])enable\s*=\s*true\b)`, 'g');
    for (const m of code.matchAll(programs))
        add(m[1], m.index + 'programs.'.length, m[0].split(/\s/)[0]);
    // Shell text: nix's own installs here, every other command through the shell interpreter.
    const sites = [];
    const commandStart = String.raw `(?:^|[;&|(\n]|&&|\|\|)[ \t]*(?:sudo[ \t]+)?`;
    const flakeRef = new RegExp(commandStart +
        String.raw `nix[ \t]+(?:run|shell|build|develop|profile[ \t]+(?:install|add))\b[^\n;&|]*?(?<![\w/.-])(?:nixpkgs|flake:nixpkgs|github:(?:NixOS|nixos)/nixpkgs(?:/[^\s#"']*)?|nixpkgs/[^\s#"']+)#(${names})(?![\w'-])`, 'g');
    const nixShell = new RegExp(commandStart + String.raw `nix-shell\b([^\n;&|]*?)[ \t]-p[ \t]+([^\n;&|]*)`, 'g');
    const nixEnv = new RegExp(commandStart +
        String.raw `nix-env[ \t]+(?:-iA|(?:-i|--install)[ \t]+(?:-A|--attr))[ \t]+(?:nixpkgs|nixos)\.(${names})(?![\w'-])`, 'g');
    for (const s of strings) {
        const bound = /(?:^|[\s;{])([A-Za-z_][\w'-]*)\s*=\s*(?:''|")$/.exec(code.slice(Math.max(0, s.start - 80), s.start));
        const shell = bound !== null && SHELL_ATTRS.has(bound[1]);
        if (!shell && !/\bnix(?:-shell|-env)?\b/.test(s.text))
            continue;
        for (const m of s.text.matchAll(flakeRef)) {
            const at = m.index + m[0].lastIndexOf('#') + 1;
            add(m[1], s.start + at, m[0].trim());
        }
        for (const m of s.text.matchAll(nixShell)) {
            const start = m.index + m[0].length - m[2].length;
            for (const w of m[2].matchAll(/\S+/g)) {
                if (w[0].startsWith('-'))
                    break;
                if (attrs.includes(w[0]))
                    add(w[0], s.start + start + w.index, `nix-shell -p ${w[0]}`);
            }
        }
        for (const m of s.text.matchAll(nixEnv))
            add(m[1], s.start + m.index + m[0].lastIndexOf('.') + 1, m[0].trim());
        if (shell) {
            const base = lines.line(s.start);
            const local = new util_lines/* LineIndex */.rr(s.text);
            sites.push({ script: s.text, locate: (o) => base + local.line(o) - 1, quiet: true });
        }
    }
    const commands = (0,command_sites/* scanCommandSites */.L6)(path, NIX_SOURCE, sites, 'script');
    components.push(...commands.components);
    return { components, errors: commands.errors };
}
/** The offset of the bracket that closes the one at `open` (or the end of the text). */
function matching(code, open) {
    let depth = 0;
    for (let i = open; i < code.length; i++) {
        const c = code[i];
        if (c === '[' || c === '(' || c === '{')
            depth++;
        else if (c === ']' || c === ')' || c === '}') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return code.length;
}
const nixDetector = {
    id: NIX_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: ['nix', ...shell_components/* COMMAND_ECOSYSTEMS */.Ms],
    matches: isNixPath,
    detect: ({ path, text }) => scanNix(path, text),
};

;// CONCATENATED MODULE: ./src/detectors/vscode-extensions.ts



const VSCODE_EXTENSIONS_SOURCE = '.vscode/extensions.json';
function scanVscodeExtensions({ path, text, limits, }) {
    const lines = new util_lines/* LineIndex */.rr(text);
    const { root, errors } = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, jsonc/* JSONC */.y0, lines);
    const components = [];
    for (const n of (0,jsonc/* strings */.P$)((0,jsonc.at)(root, ['recommendations']))) {
        const c = extensionComponent((0,jsonc/* stringValue */.r$)(n) ?? '', path, lines.line(n.offset), VSCODE_EXTENSIONS_SOURCE);
        if (c)
            components.push(c);
    }
    return { components, errors };
}
const vscodeExtensionsDetector = {
    id: VSCODE_EXTENSIONS_SOURCE,
    role: 'environment',
    syntax: 'jsonc',
    ecosystems: ['vscode-extension'],
    matches: (p) => p === '.vscode/extensions.json' || p.endsWith('/.vscode/extensions.json'),
    detect: scanVscodeExtensions,
};

// EXTERNAL MODULE: ./src/catalog/vendored.ts
var vendored = __webpack_require__(63416);
;// CONCATENATED MODULE: ./src/detectors/vendored-package.ts




const VENDORED_SOURCE = 'node_modules (vendored)';
function scanVendoredPackage({ path, text, limits, }) {
    const lines = new util_lines/* LineIndex */.rr(text);
    // Strict JSON, as npm reads a package.json.
    const strict = { comments: false, trailingCommas: false, emptyIsNothing: false };
    const { root, errors } = (0,jsonc/* parseJsonc */.pX)(text, path, limits.maxDepth, strict, lines);
    const components = [];
    const nameNode = (0,jsonc.at)(root, ['name']);
    const versionNode = (0,jsonc.at)(root, ['version']);
    const name = (nameNode && (0,jsonc/* stringValue */.r$)(nameNode)) || (0,vendored/* vendoredPackageName */.G)(path);
    const version = versionNode ? (0,jsonc/* stringValue */.r$)(versionNode) : undefined;
    if (name) {
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'npm',
            name,
            version: version ?? null,
            ...(version === undefined ? { spec: 'unknown (no version in the vendored package.json)' } : {}),
            location: { file: path, line: lines.line((versionNode ?? nameNode ?? root)?.offset ?? 0) },
            source: VENDORED_SOURCE,
            sourceKind: 'file',
        }));
    }
    return { components, errors };
}
const vendoredPackageDetector = {
    id: VENDORED_SOURCE,
    role: 'environment',
    syntax: 'json',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    readsVendored: true,
    matches: (p) => (0,vendored/* vendoredPackageName */.G)(p) !== null,
    detect: scanVendoredPackage,
};

// EXTERNAL MODULE: ./src/detectors/parsers/zip.ts
var zip = __webpack_require__(85339);
;// CONCATENATED MODULE: ./src/detectors/vsix.ts


const VSIX_SOURCE = '.vsix';
const MANIFEST = 'extension.vsixmanifest';
/** The manifest is a few kilobytes; a bound on hostile input. */
const MAX_MANIFEST = 1 << 20;
function scanVsix({ path, bytes }) {
    const fail = (message) => ({
        components: [],
        errors: [{ file: path, line: 1, message: `${message}: not a VS Code extension package` }],
    });
    const manifest = (0,zip/* readZipEntry */.g)(bytes, (name) => name === MANIFEST, MAX_MANIFEST);
    if (typeof manifest === 'string')
        return fail(manifest);
    if (manifest === null)
        return fail(`no ${MANIFEST}`);
    const xml = new TextDecoder().decode(manifest.bytes);
    const identity = /<Identity\b([^>]*)>/.exec(xml)?.[1];
    const attr = (name) => identity ? new RegExp(`\\b${name}="([^"]*)"`).exec(identity)?.[1] : undefined;
    const id = attr('Id');
    const publisher = attr('Publisher');
    const version = attr('Version');
    if (!id || !publisher)
        return fail(`${MANIFEST} has no Identity Id and Publisher`);
    const components = [
        (0,component/* makeComponent */.G)({
            ecosystem: 'vscode-extension',
            name: `${publisher}.${id}`.toLowerCase(),
            version: version ?? null,
            ...(version === undefined ? { spec: 'unknown (no Version in the manifest)' } : {}),
            location: { file: path, line: 1 },
            source: VSIX_SOURCE,
            sourceKind: 'file',
        }),
    ];
    return { components, errors: [] };
}
const vsixDetector = {
    id: VSIX_SOURCE,
    role: 'environment',
    syntax: 'binary',
    ecosystems: ['vscode-extension'],
    binary: true,
    matches: (p) => /\.vsix$/i.test(p),
    detect: (input) => scanVsix(input),
};

// EXTERNAL MODULE: ./src/detectors/package-archive.ts + 1 modules
var package_archive = __webpack_require__(99384);
// EXTERNAL MODULE: ./src/detectors/package-folder.ts
var package_folder = __webpack_require__(61328);
// EXTERNAL MODULE: ./src/detectors/parsers/json-keys.ts
var json_keys = __webpack_require__(46017);
// EXTERNAL MODULE: ./src/detectors/parsers/tarball-url.ts
var tarball_url = __webpack_require__(55906);
;// CONCATENATED MODULE: ./src/detectors/parsers/screened-entries.ts

/** What a segment is: the file's structure, or an entry holding this many components. */
const STRUCTURE = -1;
/** The format's result for the whole file, or for its marked entries only when a screen is given. */
function detectScreened(input, format) {
    const screen = input.screen;
    if (screen === undefined)
        return format.parse(input.text);
    const text = input.text;
    const marks = screen.marks(text, format.ecosystems);
    if (marks === null)
        return format.parse(text);
    const segments = format.segment(text);
    const { starts, kinds } = segments;
    const n = starts.length;
    const keep = new Uint8Array(n);
    let m = 0;
    const declared = format.keyNames !== undefined && screen.declaresAny();
    for (let i = 0; i < n; i++) {
        const end = i + 1 < n ? starts[i + 1] : text.length;
        while (m < marks.length && marks[m] < starts[i])
            m++;
        if (kinds[i] === STRUCTURE || (m < marks.length && marks[m] < end))
            keep[i] = 1;
        else if (declared) {
            const names = format.keyNames(text, starts[i], end);
            if (names.some((name) => format.ecosystems.some((e) => screen.declares(e, name))))
                keep[i] = 1;
        }
    }
    format.alsoKeep?.(text, segments, keep);
    const reduced = join(text, segments, keep);
    if (reduced === null)
        return format.parse(text);
    const result = format.parse(reduced.text);
    if (result.errors.length > 0)
        return format.parse(text);
    const line = (l) => reduced.original(l);
    const components = result.components.map((c) => relocated(c, line));
    return { ...result, components, notBuilt: (result.notBuilt ?? 0) + reduced.notBuilt };
}
/** The kept segments joined; null when nothing is dropped. */
function join(text, { starts, lines, kinds }, keep) {
    const n = starts.length;
    if (keep.every((k) => k === 1))
        return null;
    const parts = [];
    // Runs of kept segments: where each starts in the reduced text and in the original (lines).
    const reducedLines = [];
    const originalLines = [];
    let notBuilt = 0;
    let at = 1;
    for (let i = 0; i < n;) {
        if (!keep[i]) {
            notBuilt += kinds[i];
            i++;
            continue;
        }
        let j = i;
        while (j + 1 < n && keep[j + 1])
            j++;
        const end = j + 1 < n ? starts[j + 1] : text.length;
        // Segments start at line starts, so every run but the file's last ends with its newline.
        const part = text.slice(starts[i], end);
        parts.push(part);
        reducedLines.push(at);
        originalLines.push(lines[i]);
        at += (j + 1 < n ? lines[j + 1] : lines[j] + (0,util_lines/* lineAt */.mh)(part, part.length) - 1) - lines[i];
        i = j + 1;
    }
    return {
        text: parts.join(''),
        notBuilt,
        original(line) {
            const run = lastAtOrBefore(reducedLines, line);
            return originalLines[run] + (line - reducedLines[run]);
        },
    };
}
/** The index of the last of increasing `values` at or before `x` (0 when none is). */
function lastAtOrBefore(values, x) {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (values[mid] <= x)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function relocated(c, line) {
    const moved = { ...c, location: { ...c.location, line: line(c.location.line) } };
    if (c.sameInstallationAs && c.sameInstallationAs.location.file === c.location.file) {
        moved.sameInstallationAs = {
            ...c.sameInstallationAs,
            location: { ...c.sameInstallationAs.location, line: line(c.sameInstallationAs.location.line) },
        };
    }
    return moved;
}

;// CONCATENATED MODULE: ./src/detectors/bun/segments.ts
// bun.lock cut into its entries for the audit's screen (parsers/screened-entries.ts). Bun writes
// each `packages` member on one line at four spaces (`    "name": ["name@1.0.0", "", {…}, "sha512-…"],`);
// an entry runs to the next such line or to the end of the section (a line indented by two
// spaces or less, `  },`). Everything else is structure and always parsed. Dropping whole member
// lines keeps the text valid JSONC: bun.lock allows the trailing comma the last kept one may leave.

const SPACE = 32;
const QUOTE = 34;
function bunSegments(text) {
    const starts = [0];
    const lines = [1];
    const kinds = [STRUCTURE];
    const len = text.length;
    let inPackages = false;
    let pos = 0;
    let line = 1;
    const open = (kind) => {
        starts.push(pos);
        lines.push(line);
        kinds.push(kind);
    };
    while (pos < len) {
        const nl = text.indexOf('\n', pos);
        let indent = 0;
        while (text.charCodeAt(pos + indent) === SPACE)
            indent++;
        const first = text.charCodeAt(pos + indent);
        const blank = first === 10 || first === 13 || pos + indent >= len;
        if (!blank) {
            if (indent === 2 && text.startsWith('"packages":', pos + 2)) {
                open(STRUCTURE);
                inPackages = text
                    .slice(pos, nl === -1 ? len : nl)
                    .trimEnd()
                    .endsWith('{');
            }
            else if (indent <= 2) {
                if (inPackages)
                    open(STRUCTURE);
                inPackages = false;
            }
            else if (inPackages && indent === 4 && first === QUOTE)
                open(1);
        }
        if (nl === -1)
            break;
        pos = nl + 1;
        line++;
    }
    return { starts, lines, kinds };
}
/** An entry installing the root project itself (`name@root:`) holds no component: it is kept. */
function keepRootEntries(text, { starts }, keep) {
    for (let at = text.indexOf('@root:'); at !== -1; at = text.indexOf('@root:', at + 1))
        keep[lastAtOrBefore(starts, at)] = 1;
}
const MEMBER = /^\s*"((?:[^"\\]|\\.)*)":\s*\[\s*"((?:[^"\\]|\\.)*)"/;
/** The names an entry may install: its key's last package and its tuple's `name@…` (a superset). */
function bunKeyNames(text, start, end) {
    const nl = text.indexOf('\n', start);
    const m = MEMBER.exec(text.slice(start, nl === -1 || nl > end ? end : nl));
    if (m === null)
        return [];
    const names = [];
    const key = m[1];
    const scoped = key.lastIndexOf('/@');
    if (scoped !== -1)
        names.push(key.slice(scoped + 1));
    else if (key.startsWith('@'))
        names.push(key);
    else
        names.push(key.slice(key.lastIndexOf('/') + 1));
    const ident = m[2];
    const at = ident.indexOf('@', 1);
    if (at > 0)
        names.push(ident.slice(0, at));
    return names;
}

;// CONCATENATED MODULE: ./src/detectors/bun-lock.ts







const bunLockDetector = {
    id: 'bun.lock',
    role: 'lockfile',
    syntax: 'jsonc',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'bun.lock' || path.endsWith('/bun.lock'),
    detect: (input) => detectScreened(input, {
        ecosystems: ['npm'],
        segment: bunSegments,
        keyNames: bunKeyNames,
        alsoKeep: keepRootEntries,
        parse: (text) => detectBunLock(input.path, text, input.limits.maxDepth),
    }),
};
const SUPPORTED_VERSIONS = new Set([0, 1, 2]);
function detectBunLock(file, input, maxDepth) {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return detectBunLockFast(file, text, maxDepth) ?? detectBunLockTree(file, text, maxDepth);
}
/** The root's keys, and the keys of `workspaces` and `packages`, are located (and checked unique). */
const SHAPE = {
    record: true,
    keys: new Map([
        ['workspaces', { record: true }],
        ['packages', { record: true }],
    ]),
};
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function ownString(o, key) {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    return typeof v === 'string' ? v : undefined;
}
/**
 * The fast path: null when the text is not plain JSON apart from trailing commas, or when a
 * section would give an error located at a value (the tree reads those).
 */
function detectBunLockFast(file, text, maxDepth) {
    const where = (0,json_keys/* locateKeys */.hj)(text, SHAPE, maxDepth, { comments: true, trailingCommas: true });
    if (where.tooDeepAt !== undefined || where.sawComment || where.duplicateKeys)
        return null;
    let root;
    try {
        root = JSON.parse((0,json_keys/* withoutOffsets */.Xh)(text, where.trailingCommas ?? []));
    }
    catch {
        return null;
    }
    if (!isObject(root))
        return null;
    const rootKeys = where.tables.get(-1);
    if (rootKeys === undefined)
        return null;
    const version = Object.hasOwn(root, 'lockfileVersion') ? root['lockfileVersion'] : undefined;
    if (version !== undefined && !(typeof version === 'number' && SUPPORTED_VERSIONS.has(version)))
        return null;
    const workspaces = Object.hasOwn(root, 'workspaces') ? root['workspaces'] : undefined;
    const packages = Object.hasOwn(root, 'packages') ? root['packages'] : undefined;
    if ((workspaces !== undefined && !isObject(workspaces)) || (packages !== undefined && !isObject(packages)))
        return null;
    const components = [];
    const errors = [];
    const lineOfKey = (id) => where.lines[id] ?? 1;
    if (workspaces !== undefined) {
        const table = where.tables.get(rootKeys.get('workspaces'));
        if (table === undefined)
            return null;
        for (const [path, id] of table) {
            if (path === '')
                continue; // the root project itself
            const ws = workspaces[path];
            const fields = isObject(ws) ? ws : undefined;
            const workspace = readWorkspace(file, path, fields && ownString(fields, 'name'), fields && ownString(fields, 'version'), lineOfKey(id), errors);
            if (workspace)
                components.push(workspace);
        }
    }
    if (packages !== undefined) {
        const table = where.tables.get(rootKeys.get('packages'));
        if (table === undefined)
            return null;
        for (const [key, id] of table) {
            const tuple = packages[key];
            // Bun refuses a lockfile whose tuple has no `name@resolution` string: the readable entries
            // are listed, and the bad one is an error (the gate fails closed on a file bun rejects).
            if (!Array.isArray(tuple) || typeof tuple[0] !== 'string') {
                errors.push(badTuple(file, key, lineOfKey(id)));
                continue;
            }
            const registry = tuple[1];
            const integrity = tuple[3];
            const c = readTuple(file, key, tuple[0], typeof registry === 'string' ? registry : undefined, typeof integrity === 'string' ? integrity : undefined, tuple.slice(1).map(valueKind), lineOfKey(id), errors);
            if (c)
                components.push(c);
        }
    }
    return { components, errors };
}
/** Reads the file from jsonc-parser's tree: any JSONC, with every error located. */
function detectBunLockTree(file, text, maxDepth) {
    const components = [];
    const errors = [];
    const { root, lines, errors: syntax, } = (0,jsonc/* parseJsonc */.pX)(text, file, maxDepth, { comments: true, trailingCommas: true, emptyIsNothing: false });
    if (syntax.length > 0 || root === undefined)
        return { components, errors: syntax };
    const lineOf = (n) => lines.line(n.offset);
    if (root.type !== 'object') {
        errors.push({ file, line: 1, message: 'bun.lock is not a JSON object' });
        return { components, errors };
    }
    const versionNode = (0,jsonc/* member */.Dc)(root, 'lockfileVersion');
    if (versionNode !== undefined &&
        !(versionNode.type === 'number' && SUPPORTED_VERSIONS.has(versionNode.value))) {
        errors.push({
            file,
            line: lineOf(versionNode),
            message: `lockfileVersion ${String(versionNode.value).slice(0, 40)} is not supported (0, 1 and 2 are read)`,
        });
    }
    const workspaces = (0,jsonc/* member */.Dc)(root, 'workspaces');
    if (workspaces !== undefined && workspaces.type !== 'object') {
        errors.push({ file, line: lineOf(workspaces), message: '"workspaces" is not an object' });
    }
    for (const { key: path, keyNode, value: ws } of (0,jsonc/* members */.ol)(workspaces)) {
        if (path === '')
            continue; // the root project itself
        const name = (0,jsonc/* stringValue */.r$)((0,jsonc/* member */.Dc)(ws, 'name'));
        const version = (0,jsonc/* stringValue */.r$)((0,jsonc/* member */.Dc)(ws, 'version'));
        const c = readWorkspace(file, path, name, version, lineOf(keyNode), errors);
        if (c)
            components.push(c);
    }
    const packages = (0,jsonc/* member */.Dc)(root, 'packages');
    if (packages !== undefined && packages.type !== 'object') {
        errors.push({ file, line: lineOf(packages), message: '"packages" is not an object' });
        return { components, errors };
    }
    for (const { key, keyNode, value: tuple } of (0,jsonc/* members */.ol)(packages)) {
        const line = lineOf(keyNode);
        // Bun refuses a lockfile whose tuple has no `name@resolution` string (see the fast path).
        const ident = tuple.type === 'array' ? (0,jsonc/* stringValue */.r$)(tuple.children?.[0]) : undefined;
        if (ident === undefined) {
            errors.push(badTuple(file, key, line));
            continue;
        }
        const items = tuple.children ?? [];
        const c = readTuple(file, key, ident, (0,jsonc/* stringValue */.r$)(items[1]), (0,jsonc/* stringValue */.r$)(items[3]), items.slice(1).map(nodeKind), line, errors);
        if (c)
            components.push(c);
    }
    return { components, errors };
}
function badTuple(file, key, line) {
    return {
        file,
        line,
        message: `package "${clip(key)}": not a [name@resolution, …] entry (bun refuses such a lockfile)`,
    };
}
/** A `workspaces` member (not the root): a workspace component, or an error. */
function readWorkspace(file, path, nameField, version, line, errors) {
    const name = nameField ?? path.slice(path.lastIndexOf('/') + 1);
    if (!(0,npm_spec/* isValidPackageName */.eW)(name)) {
        errors.push({
            file,
            line,
            message: `workspace "${clip(path)}": "${clip(name)}" is not a valid package name`,
        });
        return null;
    }
    const exact = version !== undefined && (0,npm_spec/* isSemverVersion */.hb)(version) ? version : null;
    return (0,component/* makeComponent */.G)({
        ecosystem: 'npm',
        name,
        version: exact,
        ...(exact === null ? { spec: `workspace:${path}` } : {}),
        location: { file, line },
        source: 'bun.lock',
        sourceKind: 'workspace',
        resolved: path,
    });
}
/** The package a `packages` key installs: its last path segment (a scoped name is one). */
function folderOf(key) {
    const slash = key.lastIndexOf('/');
    if (slash <= 0)
        return key.slice(slash + 1);
    const prevSlash = key.lastIndexOf('/', slash - 1);
    return key.charCodeAt(prevSlash + 1) === 0x40 ? key.slice(prevSlash + 1) : key.slice(slash + 1);
}
function valueKind(v) {
    return typeof v === 'string' ? 'string' : isObject(v) ? 'object' : 'other';
}
function nodeKind(n) {
    return n.type === 'string' ? 'string' : n.type === 'object' ? 'object' : 'other';
}
/**
 * What bun's text-lockfile reader (bun.lock.zig, `packages`) requires after `name@resolution`: a
 * registry package `[ident, registry, info, integrity]` with two strings around an object; a
 * folder, link, tarball or git package an info object, and a git package then its commit tag.
 * Null when the tuple has that shape, else the reason bun refuses it.
 */
function tupleShapeError(kind, elements) {
    const need = (i, want, what) => elements[i] === want
        ? null
        : `the ${what} ${elements[i] === undefined ? 'is missing' : `is not ${want === 'object' ? 'an object' : 'a string'}`}`;
    if (kind === 'registry')
        return need(0, 'string', 'registry') ?? need(1, 'object', 'info') ?? need(2, 'string', 'integrity');
    if (kind === 'file' || kind === 'link' || kind === 'tarball' || kind === 'git') {
        return need(0, 'object', 'info') ?? (kind === 'git' ? need(1, 'string', 'git tag') : null);
    }
    return null;
}
function readTuple(file, key, ident, registry, integrity, elements, line, errors) {
    const refuse = (kind) => {
        const reason = tupleShapeError(kind, elements);
        if (reason !== null)
            errors.push({ file, line, message: `package "${clip(key)}": ${reason} (bun refuses such a lockfile)` });
        return reason !== null;
    };
    const at = ident.indexOf('@', ident.startsWith('@') ? 1 : 0);
    if (at <= 0) {
        errors.push({ file, line, message: `package "${clip(key)}": "${clip(ident)}" is not name@resolution` });
        return null;
    }
    const name = ident.slice(0, at);
    let resolution = ident.slice(at + 1);
    if (resolution.startsWith('npm:'))
        resolution = resolution.slice(4);
    if (resolution.startsWith('root:'))
        return null; // the root project itself
    if (!(0,npm_spec/* isValidPackageName */.eW)(name)) {
        errors.push({
            file,
            line,
            message: `package "${clip(key)}": "${clip(name)}" is not a valid package name`,
        });
        return null;
    }
    const folder = folderOf(key);
    const alias = folder !== name && (0,npm_spec/* isValidPackageName */.eW)(folder) ? folder : undefined;
    const base = {
        ecosystem: 'npm',
        name,
        location: { file, line },
        source: 'bun.lock',
        ...(alias ? { alias } : {}),
    };
    if ((0,npm_spec/* isSemverVersion */.hb)(resolution)) {
        // [name@version, registry, info, integrity]
        if (refuse('registry'))
            return null;
        return (0,component/* makeComponent */.G)({
            ...base,
            version: resolution,
            sourceKind: 'registry',
            ...(integrity ? { integrity } : {}),
            ...(registry ? { resolved: registry } : {}),
        });
    }
    let kind;
    if (resolution.startsWith('workspace:'))
        kind = 'workspace';
    else
        kind = (0,npm_spec/* classifyLocation */.eg)(resolution) ?? 'other';
    if (refuse(kind))
        return null;
    // A tarball URL of registry shape names its package and version (`…/name/-/name-1.2.3.tgz`).
    const id = kind === 'tarball' ? (0,tarball_url/* tarballIdentity */.V9)(name, resolution) : { name, version: null };
    const version = id.version;
    return (0,component/* makeComponent */.G)({
        ...base,
        name: id.name,
        ...('alias' in id && base.alias === undefined ? { alias: id.alias } : {}),
        version,
        ...(version === null ? { spec: resolution } : {}),
        sourceKind: kind,
        resolved: resolution,
    });
}
function clip(s) {
    return s.length > 100 ? s.slice(0, 100) + '…' : s;
}

;// CONCATENATED MODULE: ./src/detectors/bun-lockb.ts


const HEADER = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';
const CONVERT = 'convert it with "bun install --save-text-lockfile" and commit bun.lock';
/**
 * Where a package's resolution keeps an npm version, per binary format version: the Resolution is
 * a tag byte, 7 bytes of padding, then the value; an npm value is the tarball URL (a String), the
 * major, minor and patch numbers, then the pre-release and build tags (ExternalStrings, 16 bytes).
 */
const LAYOUTS = {
    2: { resolutionSize: 64, coreSize: 4, pre: 24, build: 40 },
    3: { resolutionSize: 72, coreSize: 8, pre: 32, build: 48 },
};
const PACKAGE_FIELDS = 8;
const STRING_SIZE = 8;
const BUFFER_COUNT = 6; // trees, hoisted_dependencies, resolutions, dependencies, extern_strings, string_bytes
const TAG = {
    uninitialized: 0,
    root: 1,
    npm: 2,
    folder: 4,
    localTarball: 8,
    github: 16,
    gitlab: 24,
    git: 32,
    gitHttp: 33,
    symlink: 64,
    workspace: 72,
    remoteTarball: 80,
    singleFileModule: 100,
};
const bunLockbDetector = {
    id: 'bun.lockb',
    role: 'lockfile',
    syntax: 'binary',
    ecosystems: ['npm'],
    binary: true,
    matches: (path) => path === 'bun.lockb' || path.endsWith('/bun.lockb'),
    detect: (input) => detectBunLockb(input),
};
class LockbError extends Error {
}
async function detectBunLockb(input) {
    const { path, bytes } = input;
    try {
        return { components: readLockb(path, bytes), errors: [] };
    }
    catch (e) {
        if (!(e instanceof LockbError) && !(e instanceof RangeError))
            throw e;
        const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
        const beside = (await input.readFile(`${dir}bun.lock`)) !== null;
        const reason = e instanceof LockbError ? e.message : 'an offset points outside the file';
        const errors = [
            {
                file: path,
                message: `bun.lockb is a binary lockfile this version cannot read (${reason}); ${CONVERT}` +
                    (beside
                        ? '; a bun.lock sits beside it (Bun reads bun.lock first): delete the stale bun.lockb'
                        : ''),
            },
        ];
        return { components: [], errors };
    }
}
function readLockb(file, bytes) {
    if (bytes.length < HEADER.length + 4 || latin1(bytes, 0, HEADER.length) !== HEADER) {
        throw new LockbError('it does not start with the bun lockfile header');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const size = bytes.length;
    let pos = HEADER.length;
    const format = view.getUint32(pos, true);
    const layout = LAYOUTS[format];
    if (layout === undefined)
        throw new LockbError(`binary format version ${format}; versions 2 and 3 are read`);
    const RESOLUTION_SIZE = layout.resolutionSize;
    pos += 4 + 32; // format, meta hash
    const u64 = (at) => {
        const v = view.getBigUint64(at, true);
        if (v > BigInt(Number.MAX_SAFE_INTEGER))
            throw new LockbError(`a length at byte ${at} is out of range`);
        return Number(v);
    };
    const total = u64(pos);
    const count = u64(pos + 8);
    const alignment = u64(pos + 16);
    const fields = u64(pos + 24);
    const begin = u64(pos + 32);
    const end = u64(pos + 40);
    if (total > size)
        throw new LockbError('it is shorter than it says');
    if (alignment !== 8 || fields !== PACKAGE_FIELDS)
        throw new LockbError(`a package layout of ${fields} fields aligned to ${alignment}`);
    if (count === 0 || begin < pos + 48 || begin > end || end > total)
        throw new LockbError('the package list is out of bounds');
    const namesAt = begin;
    const resolutionsAt = begin + count * (STRING_SIZE + 8);
    if (resolutionsAt + count * RESOLUTION_SIZE > end)
        throw new LockbError('the package list is shorter than its length');
    // The six buffers after the package list, each framed by its start and end offsets.
    let at = end;
    let strings = [0, 0];
    for (let k = 0; k < BUFFER_COUNT; k++) {
        if (at + 16 > total)
            throw new LockbError('a buffer header is out of bounds');
        const start = u64(at);
        const stop = u64(at + 8);
        if (start < at + 16 || start > stop || stop > total)
            throw new LockbError('a buffer is out of bounds');
        strings = [start, stop];
        at = stop;
    }
    const [stringsAt, stringsEnd] = strings;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    /** A Semver String: up to 8 bytes inline, else an offset and length into string_bytes. */
    const str = (off) => {
        if ((bytes[off + 7] & 0x80) !== 0) {
            const o = view.getUint32(off, true);
            const len = view.getUint32(off + 4, true) & 0x7fffffff;
            if (stringsAt + o + len > stringsEnd)
                throw new LockbError(`a string at byte ${off} points outside the string buffer`);
            return decode(decoder, bytes.subarray(stringsAt + o, stringsAt + o + len), off);
        }
        let n = 0;
        while (n < 8 && bytes[off + n] !== 0)
            n++;
        return decode(decoder, bytes.subarray(off, off + n), off);
    };
    const components = [];
    for (let i = 0; i < count; i++) {
        const r = resolutionsAt + i * RESOLUTION_SIZE;
        const tag = bytes[r];
        if (tag === TAG.root)
            continue; // the project itself
        let name = str(namesAt + i * STRING_SIZE);
        let alias;
        if (!(0,npm_spec/* isValidPackageName */.eW)(name))
            throw new LockbError(`package ${i} has the invalid name "${name.slice(0, 100)}"`);
        const v = r + 8;
        let version = null;
        let spec;
        let resolved;
        let kind;
        switch (tag) {
            case TAG.npm: {
                const url = str(v);
                const n = layout.coreSize;
                const num = (at) => n === 4 ? String(view.getUint32(at, true)) : view.getBigUint64(at, true).toString();
                const core = `${num(v + 8)}.${num(v + 8 + n)}.${num(v + 8 + 2 * n)}`;
                const pre = str(v + layout.pre);
                const build = str(v + layout.build);
                version = core + (pre ? `-${pre}` : '') + (build ? `+${build}` : '');
                if (!(0,npm_spec/* isSemverVersion */.hb)(version))
                    throw new LockbError(`package ${i} (${name}) has the invalid version "${version}"`);
                if (url)
                    resolved = url;
                kind = 'registry';
                break;
            }
            case TAG.folder:
            case TAG.localTarball:
                kind = 'file';
                spec = resolved = str(v);
                break;
            case TAG.symlink:
                kind = 'link';
                spec = resolved = str(v);
                break;
            case TAG.workspace:
                kind = 'workspace';
                spec = resolved = `workspace:${str(v)}`;
                break;
            case TAG.remoteTarball:
                kind = 'tarball';
                resolved = str(v);
                ({ name, version, alias } = (0,tarball_url/* tarballIdentity */.V9)(name, resolved));
                if (version === null)
                    spec = resolved;
                break;
            case TAG.github:
            case TAG.gitlab:
            case TAG.git:
            case TAG.gitHttp: {
                // Repository: owner, repo, committish, resolved, package_name.
                const owner = str(v);
                const repo = str(v + 8);
                const committish = str(v + 16);
                const host = tag === TAG.github ? 'github:' : tag === TAG.gitlab ? 'gitlab:' : '';
                spec = `${host}${owner ? `${owner}/` : ''}${repo}${committish ? `#${committish}` : ''}`;
                resolved = str(v + 24) || spec;
                kind = 'git';
                break;
            }
            case TAG.singleFileModule:
                kind = 'other';
                spec = resolved = str(v);
                break;
            default:
                throw new LockbError(`package ${i} (${name}) has the unknown resolution tag ${tag}`);
        }
        const c = {
            ecosystem: 'npm',
            name,
            version,
            purl: (0,npm_spec/* npmPurl */.NP)(name, version),
            location: { file, line: 1 },
            source: 'bun.lockb',
            sourceKind: kind,
        };
        if (spec !== undefined)
            c.spec = spec;
        if (resolved !== undefined)
            c.resolved = resolved;
        if (alias !== undefined)
            c.alias = alias;
        components.push(c);
    }
    return components;
}
function latin1(bytes, from, to) {
    let s = '';
    for (let i = from; i < to; i++)
        s += String.fromCharCode(bytes[i]);
    return s;
}
function decode(decoder, b, at) {
    try {
        return decoder.decode(b);
    }
    catch {
        throw new LockbError(`the string at byte ${at} is not UTF-8`);
    }
}

;// CONCATENATED MODULE: ./src/detectors/package-json.ts




const packageJsonDetector = {
    id: 'package.json',
    role: 'manifest',
    syntax: 'json',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'package.json' || path.endsWith('/package.json'),
    detect: (input) => detectPackageJson(input.path, input.text, input.limits.maxDepth),
};
const DEPENDENCY_KINDS = [
    ['dependencies', 'prod'],
    ['devDependencies', 'dev'],
    ['optionalDependencies', 'optional'],
    ['peerDependencies', 'peer'],
];
function detectPackageJson(file, input, maxDepth) {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const components = [];
    const errors = [];
    const { root, lines, errors: syntax, } = (0,jsonc/* parseJsonc */.pX)(text, file, maxDepth, { comments: false, trailingCommas: false, emptyIsNothing: false });
    if (syntax.length > 0 || root === undefined)
        return { components, errors: syntax };
    if (root.type !== 'object') {
        errors.push({ file, line: 1, message: 'package.json is not a JSON object' });
        return { components, errors };
    }
    const ctx = { file, components, errors, lineOf: (n) => lines.line(n.offset), declared: new Map() };
    for (const [field, scope] of DEPENDENCY_KINDS) {
        const section = (0,jsonc/* member */.Dc)(root, field);
        if (section === undefined)
            continue;
        if (section.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(section), message: `"${field}" is not an object` });
            continue;
        }
        for (const { key: name, keyNode, value } of (0,jsonc/* members */.ol)(section)) {
            const spec = (0,jsonc/* stringValue */.r$)(value);
            if (spec === undefined) {
                errors.push({
                    file,
                    line: ctx.lineOf(keyNode),
                    message: `${field}: the spec of "${package_json_clip(name)}" is not a string`,
                });
                continue;
            }
            if (!ctx.declared.has(name))
                ctx.declared.set(name, spec);
            push(ctx, name, spec, keyNode, field, scope);
        }
    }
    for (const field of ['bundleDependencies', 'bundledDependencies']) {
        const bundle = (0,jsonc/* member */.Dc)(root, field);
        if (bundle === undefined || bundle.type === 'boolean')
            continue;
        if (bundle.type !== 'array') {
            errors.push({ file, line: ctx.lineOf(bundle), message: `"${field}" is not an array of names` });
            continue;
        }
        for (const item of bundle.children ?? []) {
            const name = (0,jsonc/* stringValue */.r$)(item);
            if (name === undefined) {
                errors.push({ file, line: ctx.lineOf(item), message: `${field}: an entry is not a package name` });
                continue;
            }
            push(ctx, name, ctx.declared.get(name) ?? '*', item, field, 'prod');
        }
    }
    const overrides = (0,jsonc/* member */.Dc)(root, 'overrides');
    if (overrides !== undefined)
        readOverrides(ctx, overrides, 'overrides');
    const resolutions = (0,jsonc/* member */.Dc)(root, 'resolutions');
    if (resolutions !== undefined) {
        if (resolutions.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(resolutions), message: '"resolutions" is not an object' });
        }
        else {
            for (const { key: pattern, keyNode, value } of (0,jsonc/* members */.ol)(resolutions)) {
                const spec = (0,jsonc/* stringValue */.r$)(value);
                const name = lastPackageOfPattern(pattern, '/');
                if (spec === undefined || name === null) {
                    errors.push({
                        file,
                        line: ctx.lineOf(keyNode),
                        message: `resolutions: "${package_json_clip(pattern)}" is not a package pattern with a spec`,
                    });
                    continue;
                }
                push(ctx, name, spec, keyNode, 'resolutions');
            }
        }
    }
    const pnpmOverrides = (0,jsonc/* member */.Dc)((0,jsonc/* member */.Dc)(root, 'pnpm'), 'overrides');
    if (pnpmOverrides !== undefined) {
        if (pnpmOverrides.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(pnpmOverrides), message: '"pnpm.overrides" is not an object' });
        }
        else {
            for (const { key: selector, keyNode, value } of (0,jsonc/* members */.ol)(pnpmOverrides)) {
                const raw = (0,jsonc/* stringValue */.r$)(value);
                const last = selector.slice(selector.lastIndexOf('>') + 1);
                const name = (0,npm_spec/* splitNameSpec */.B1)(last).name;
                if (raw === undefined || name === '') {
                    errors.push({
                        file,
                        line: ctx.lineOf(keyNode),
                        message: `pnpm.overrides: "${package_json_clip(selector)}" has no spec string`,
                    });
                    continue;
                }
                if (raw === '-')
                    continue; // removes the dependency
                const spec = resolveReference(ctx, raw, keyNode, 'pnpm.overrides');
                if (spec !== null)
                    push(ctx, name, spec, keyNode, 'pnpm.overrides');
            }
        }
    }
    return { components, errors };
}
/** npm `overrides`: nested objects keyed by `name` or `name@range`, `"."` for the package itself. */
function readOverrides(ctx, node, field) {
    if (node.type !== 'object') {
        ctx.errors.push({ file: ctx.file, line: ctx.lineOf(node), message: `"${field}" is not an object` });
        return;
    }
    const work = [node];
    while (work.length > 0) {
        const obj = work.pop();
        for (const { key: selector, keyNode, value } of (0,jsonc/* members */.ol)(obj)) {
            if (selector === '.')
                continue; // read with its parent key
            const name = (0,npm_spec/* splitNameSpec */.B1)(selector).name;
            let specNode = value;
            if (value.type === 'object') {
                specNode = (0,jsonc/* member */.Dc)(value, '.');
                work.push(value);
            }
            if (specNode === undefined)
                continue;
            const raw = (0,jsonc/* stringValue */.r$)(specNode);
            if (raw === undefined) {
                ctx.errors.push({
                    file: ctx.file,
                    line: ctx.lineOf(keyNode),
                    message: `${field}: the spec of "${package_json_clip(selector)}" is not a string`,
                });
                continue;
            }
            const spec = resolveReference(ctx, raw, keyNode, field);
            if (spec !== null)
                push(ctx, name, spec, keyNode, field);
        }
    }
}
/** `$name` stands for the spec the package declares for dependency `name`. */
function resolveReference(ctx, raw, keyNode, field) {
    if (!raw.startsWith('$'))
        return raw;
    const ref = ctx.declared.get(raw.slice(1));
    if (ref === undefined) {
        ctx.errors.push({
            file: ctx.file,
            line: ctx.lineOf(keyNode),
            message: `${field}: "${package_json_clip(raw)}" references a dependency the package does not declare`,
        });
        return null;
    }
    return ref;
}
/** The package a yarn `resolutions` pattern pins: its last package (`**\/a/@s/b@1` → `@s/b`). */
function lastPackageOfPattern(pattern, sep) {
    const parts = pattern.split(sep).filter((p) => p !== '' && p !== '**' && p !== '*');
    const last = parts[parts.length - 1];
    if (last === undefined)
        return null;
    const prev = parts[parts.length - 2];
    const joined = prev !== undefined && prev.startsWith('@') && !last.startsWith('@') ? `${prev}/${last}` : last;
    const { name } = (0,npm_spec/* splitNameSpec */.B1)(joined);
    return name === '' ? null : name;
}
function push(ctx, declaredName, spec, keyNode, field, scope) {
    const line = ctx.lineOf(keyNode);
    if (!(0,npm_spec/* isValidPackageName */.eW)(declaredName)) {
        ctx.errors.push({
            file: ctx.file,
            line,
            message: `${field}: "${package_json_clip(declaredName)}" is not a valid package name`,
        });
        return;
    }
    const parsed = (0,npm_spec/* parseNpmSpec */._n)(declaredName, spec);
    if (!(0,npm_spec/* isValidPackageName */.eW)(parsed.name)) {
        ctx.errors.push({
            file: ctx.file,
            line,
            message: `${field}: "${package_json_clip(spec)}" does not name a valid package`,
        });
        return;
    }
    // A registry tarball URL pins the package and version it names (`…/name/-/name-1.2.3.tgz`).
    const id = parsed.sourceKind === 'tarball' ? (0,tarball_url/* tarballIdentity */.V9)(parsed.name, spec) : undefined;
    const version = id ? id.version : parsed.version;
    const alias = parsed.alias ?? id?.alias;
    ctx.components.push((0,component/* makeComponent */.G)({
        ecosystem: 'npm',
        name: id?.name ?? parsed.name,
        version,
        ...(version === null ? { spec } : {}),
        location: { file: ctx.file, line },
        source: 'package.json',
        sourceKind: parsed.sourceKind,
        ...(alias ? { alias } : {}),
        ...(scope ? { scope } : {}),
        ...(parsed.sourceKind !== 'registry' ? { resolved: spec } : {}),
    }));
}
function package_json_clip(s) {
    return s.length > 100 ? s.slice(0, 100) + '…' : s;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/detectors/parsers/json-parse.ts
// Parsing JSON with located errors: strict JSON.parse with the reason and place of a syntax error,
// the offset of the first error jsonc-parser's scanner finds, and a parse that also gives the line of
// each key of chosen objects (found by ./json-keys.ts's linear pass).



// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const SyntaxKind = {
    OpenBraceToken: 1,
    CloseBraceToken: 2,
    OpenBracketToken: 3,
    CloseBracketToken: 4,
    CommaToken: 5,
    ColonToken: 6,
    NullKeyword: 7,
    TrueKeyword: 8,
    FalseKeyword: 9,
    StringLiteral: 10,
    NumericLiteral: 11,
    LineCommentTrivia: 12,
    BlockCommentTrivia: 13,
    LineBreakTrivia: 14,
    Trivia: 15,
    Unknown: 16,
    EOF: 17,
};
/** Parses strict JSON; on failure returns a located reason instead of throwing. */
function parseJson(text) {
    try {
        return { value: JSON.parse(text) };
    }
    catch (e) {
        return { error: describeJsonError(text, e) };
    }
}
function describeJsonError(text, e) {
    const raw = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError)
        return { message: 'nesting too deep to parse' };
    // V8 appends the position or a snippet of the text; the location is given separately.
    let reason = raw
        .replace(/\s+(?:in JSON )?at position \d+.*$/s, '')
        .replace(/,\s*(?:\.\.\.)?".*$/s, '')
        .replace(/\s+is not valid JSON$/s, '');
    if (reason.length > 120)
        reason = reason.slice(0, 120) + '…';
    const pos = /at position (\d+)/.exec(raw);
    let offset = pos ? Number(pos[1]) : undefined;
    if (offset === undefined)
        offset = firstSyntaxErrorOffset(text);
    if (offset === undefined && /end of JSON input/i.test(raw))
        offset = text.length;
    const where = offset === undefined ? {} : (0,util_lines/* lineColumnAt */.IX)(text, offset);
    return { message: `invalid JSON: ${reason}`, ...where };
}
/**
 * Offset of the first syntax error of a strict JSON text, found with jsonc-parser's tokenizer and
 * an explicit stack (no recursion, so any nesting depth is safe).
 */
function firstSyntaxErrorOffset(text) {
    const scanner = (0,main.createScanner)(text, false);
    // States: 0 value expected, 1 after a value, 2 key expected (or `}` right after `{`), 3 colon expected.
    const stack = []; // true = object
    let state = 0;
    let emptyAllowed = false;
    for (;;) {
        const kind = scanner.scan();
        const at = scanner.getTokenOffset();
        if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia)
            continue;
        if (scanner.getTokenError() !== 0)
            return at;
        if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia)
            return at;
        if (kind === SyntaxKind.EOF)
            return state === 1 && stack.length === 0 ? undefined : at;
        if (kind === SyntaxKind.Unknown)
            return at;
        const inObject = stack[stack.length - 1] === true;
        switch (state) {
            case 0:
                if (kind === SyntaxKind.OpenBraceToken) {
                    stack.push(true);
                    state = 2;
                    emptyAllowed = true;
                    continue;
                }
                else if (kind === SyntaxKind.OpenBracketToken) {
                    stack.push(false);
                    state = 0;
                    emptyAllowed = true;
                    continue;
                }
                else if (kind === SyntaxKind.StringLiteral ||
                    kind === SyntaxKind.NumericLiteral ||
                    kind === SyntaxKind.TrueKeyword ||
                    kind === SyntaxKind.FalseKeyword ||
                    kind === SyntaxKind.NullKeyword) {
                    state = 1;
                }
                else if (kind === SyntaxKind.CloseBracketToken && emptyAllowed && stack.length > 0 && !inObject) {
                    stack.pop();
                    state = 1;
                }
                else
                    return at;
                emptyAllowed = false;
                continue;
            case 1:
                if (stack.length === 0)
                    return at;
                if (kind === SyntaxKind.CommaToken)
                    state = inObject ? 2 : 0;
                else if (kind === SyntaxKind.CloseBraceToken && inObject)
                    stack.pop();
                else if (kind === SyntaxKind.CloseBracketToken && !inObject)
                    stack.pop();
                else
                    return at;
                emptyAllowed = false;
                continue;
            case 2:
                if (kind === SyntaxKind.StringLiteral)
                    state = 3;
                else if (kind === SyntaxKind.CloseBraceToken && emptyAllowed) {
                    stack.pop();
                    state = 1;
                }
                else
                    return at;
                emptyAllowed = false;
                continue;
            case 3:
                if (kind !== SyntaxKind.ColonToken)
                    return at;
                state = 0;
                continue;
        }
    }
}
/** Joins an object path into the key used by {@link parseJsonLocated}'s result. */
function jsonPath(...keys) {
    return keys.join('\u0000');
}
/**
 * Parses JSON and records, for every object whose path is in `parents` (see {@link jsonPath}),
 * the 1-based line of each of its property keys (the last one when a key repeats, whose value
 * JSON.parse keeps). Nesting is bounded before parsing; syntax errors are located with
 * jsonc-parser. Never throws.
 */
function parseJsonLocated(file, text, parents, maxDepth) {
    if (text.charCodeAt(0) === 0xfeff)
        text = ' ' + text.slice(1); // a BOM, kept as one column
    const paths = parents.map((p) => (p === '' ? [] : p.split('\u0000')));
    const where = (0,json_keys/* locateKeys */.hj)(text, shapeOfPaths(paths), maxDepth);
    if (where.tooDeepAt !== undefined) {
        return {
            ok: false,
            error: {
                file,
                line: (0,util_lines/* lineColumnAt */.IX)(text, where.tooDeepAt).line,
                message: `JSON nesting deeper than ${maxDepth} levels`,
            },
        };
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, error: locateJsonError(file, text) };
    }
    const keyLines = new Map();
    for (let p = 0; p < paths.length; p++) {
        const table = tableAt(where, paths[p]);
        if (table === undefined)
            continue;
        const lines = new Map();
        for (const [key, id] of table)
            lines.set(key, where.lines[id] ?? 1);
        keyLines.set(parents[p], lines);
    }
    return { ok: true, value, keyLines };
}
/** A shape that records the root and every object along `paths`. */
function shapeOfPaths(paths) {
    const root = { record: true, keys: new Map() };
    for (const path of paths) {
        let node = root;
        for (const key of path) {
            let next = node.keys.get(key);
            if (next === undefined)
                node.keys.set(key, (next = { record: true, keys: new Map() }));
            node = next;
        }
    }
    return root;
}
/** The recorded table of the object at `path` (from the root), when the text has one. */
function tableAt(where, path) {
    let table = where.tables.get(-1);
    for (const key of path) {
        const id = table?.get(key);
        if (id === undefined)
            return undefined;
        table = where.tables.get(id);
    }
    return table;
}
function locateJsonError(file, text) {
    const errors = [];
    (0,main.parse)(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first)
        return { file, message: 'invalid JSON' };
    const index = new util_lines/* LineIndex */.rr(text);
    const atEnd = first.offset >= text.length;
    return {
        file,
        line: index.line(first.offset),
        column: index.column(first.offset),
        message: atEnd
            ? 'invalid JSON: unexpected end of file'
            : `invalid JSON: ${words((0,main.printParseErrorCode)(first.error))}`,
    };
}
/** `PropertyNameExpected` -> `property name expected`. */
function words(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

;// CONCATENATED MODULE: ./src/detectors/package-lock/entries.ts


function entries_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function own(o, key) {
    return Object.hasOwn(o, key) ? o[key] : undefined;
}
function lineOf(where, owner, key) {
    const id = where.tables.get(owner)?.get(key);
    return id === undefined ? { line: 1, id: -2 } : { line: where.lines[id] ?? 1, id };
}
function scopeOf(entry) {
    const dev = own(entry, 'dev') === true;
    const optional = own(entry, 'optional') === true;
    if (dev)
        return 'dev';
    if (optional || own(entry, 'devOptional') === true)
        return 'optional';
    if (own(entry, 'peer') === true)
        return 'peer';
    return 'prod';
}
/** Builds an npm component with one fixed shape (no object spreads: this runs per entry). */
function npmComponent(ctx, line, name, version, sourceKind, scope) {
    return {
        ecosystem: 'npm',
        name,
        version,
        purl: (0,npm_spec/* npmPurl */.NP)(name, version),
        location: { file: ctx.file, line },
        source: ctx.source,
        sourceKind,
        scope,
    };
}
/**
 * npm fetches what `resolved` names: a registry tarball URL that names another package or version
 * than the entry installs that one, so it is reported too (as a tarball component).
 */
function pushMismatch(ctx, entry, parts) {
    const name = (0,tarball_url/* tarballName */.yP)(parts, entry.name);
    if (!(0,npm_spec/* isValidPackageName */.eW)(name))
        return;
    if (name === entry.name && parts.version === entry.version)
        return;
    const valid = (0,npm_spec/* isSemverVersion */.hb)(parts.version);
    const c = npmComponent(ctx, entry.location.line, name, valid ? parts.version : null, 'tarball', entry.scope ?? 'prod');
    if (!valid)
        c.spec = parts.version;
    if (entry.integrity !== undefined)
        c.integrity = entry.integrity;
    const alias = entry.alias ?? (name !== entry.name ? entry.name : undefined);
    if (alias !== undefined)
        c.alias = alias;
    c.resolved = entry.resolved;
    c.versionNote = 'named by the resolved URL, which differs from the entry';
    ctx.components.push(c);
}
function entries_clip(s) {
    return s.length > 100 ? s.slice(0, 100) + '…' : s;
}

;// CONCATENATED MODULE: ./src/detectors/package-lock/packages.ts



/** The package name a `node_modules/…` path installs: the part after the last `node_modules/`. */
function nameFromPath(path) {
    const i = path.lastIndexOf('node_modules/');
    if (i < 0 || (i > 0 && path[i - 1] !== '/'))
        return null;
    return path.slice(i + 'node_modules/'.length);
}
/** lockfileVersion 2 and 3: the flat `packages` map keyed by install path. */
function readPackages(ctx, packages, keys, lines) {
    const { file, errors } = ctx;
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (key === '')
            continue; // the root project itself
        const line = lines[k] ?? 1;
        const entry = packages[key];
        if (!entries_isObject(entry)) {
            errors.push({ file, line, message: `entry "${entries_clip(key)}" is not an object` });
            continue;
        }
        const version = own(entry, 'version');
        if (version !== undefined && typeof version !== 'string') {
            errors.push({ file, line, message: `entry "${entries_clip(key)}": "version" is not a string` });
            continue;
        }
        const nameField = own(entry, 'name');
        if (nameField !== undefined && typeof nameField !== 'string') {
            errors.push({ file, line, message: `entry "${entries_clip(key)}": "name" is not a string` });
            continue;
        }
        const resolvedField = own(entry, 'resolved');
        if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
            errors.push({ file, line, message: `entry "${entries_clip(key)}": "resolved" is not a string` });
            continue;
        }
        const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
        const pathName = nameFromPath(key);
        const inNodeModules = pathName !== null;
        let name = nameField ?? pathName ?? key.slice(key.lastIndexOf('/') + 1);
        if (!inNodeModules && !(0,npm_spec/* isValidPackageName */.eW)(name)) {
            // A folder outside node_modules (a workspace, or a linked folder outside the tree such as
            // `../../..`) is named by its own package.json, which npm reads at install time: name it by
            // its key, as written. Only what npm fetches into node_modules needs a package name.
            name = key;
        }
        else if (!(0,npm_spec/* isValidPackageName */.eW)(name) ||
            (pathName !== null && pathName !== name && !(0,npm_spec/* isValidPackageName */.eW)(pathName))) {
            errors.push({
                file,
                line,
                message: `entry "${entries_clip(key)}": "${entries_clip(name)}" is not a valid package name`,
            });
            continue;
        }
        const alias = inNodeModules && pathName !== name ? pathName : undefined;
        const integrity = own(entry, 'integrity');
        let sourceKind;
        let tarball = null;
        let ver = version !== undefined && version !== '' ? version : null;
        let spec;
        if (own(entry, 'link') === true) {
            sourceKind = 'link';
            const target = resolved !== undefined ? packages[resolved] : undefined;
            const tv = entries_isObject(target) && Object.hasOwn(packages, resolved) ? own(target, 'version') : undefined;
            ver = typeof tv === 'string' && tv !== '' ? tv : null;
        }
        else if (!inNodeModules) {
            sourceKind = 'workspace';
        }
        else if (resolved !== undefined) {
            if (ver !== null && (0,tarball_url/* isOwnRegistryTarball */.SJ)(resolved, name, ver)) {
                sourceKind = 'registry';
            }
            else {
                tarball = (0,tarball_url/* parseTarballUrl */.Pg)(resolved);
                sourceKind = tarball !== null ? 'registry' : ((0,npm_spec/* classifyLocation */.eg)(resolved) ?? 'other');
            }
        }
        else if (ver !== null && (0,npm_spec/* isSemverVersion */.hb)(ver)) {
            sourceKind = 'registry';
        }
        else if (ver !== null) {
            // Old or hand-edited entries can carry a spec in `version` (`file:…`, a git URL).
            const parsed = (0,npm_spec/* parseNpmSpec */._n)(name, ver);
            sourceKind = parsed.sourceKind === 'registry' ? 'other' : parsed.sourceKind;
        }
        else {
            sourceKind = 'other';
        }
        if (ver !== null && !(0,npm_spec/* isSemverVersion */.hb)(ver)) {
            spec = ver;
            ver = null;
        }
        if (ver === null && spec === undefined)
            spec = resolved ?? (sourceKind === 'link' ? 'link' : '*');
        const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
        if (spec !== undefined)
            c.spec = spec;
        if (typeof integrity === 'string')
            c.integrity = integrity;
        if (alias !== undefined)
            c.alias = alias;
        if (resolved !== undefined)
            c.resolved = resolved;
        ctx.components.push(c);
        if (tarball !== null)
            pushMismatch(ctx, c, tarball);
    }
}
/**
 * The keys of the entries an audit's screen keeps (DetectInput.screen), in order, and how many
 * components the others hold. Only an entry that installs its own registry tarball (`resolved`
 * is `…/<name>/-/<name>-<version>.tgz`, or absent with a semver version) under a name no rule
 * may match, with a hash that cannot be a banned artifact's, is dropped: it holds exactly one
 * component, and nothing in it can name another package. Every other entry is kept (a local
 * archive or folder, a git source, a URL naming another package, an alias whose `name` may
 * match, a name a manifest declares, a value of the wrong type).
 */
function screenPackages(packages, keys, screen) {
    const kept = [];
    let notBuilt = 0;
    const declared = screen.declaresAny();
    for (const key of keys) {
        const entry = packages[key];
        const pathName = nameFromPath(key);
        if (pathName === null || !entries_isObject(entry)) {
            kept.push(key);
            continue;
        }
        const version = own(entry, 'version');
        const name = own(entry, 'name');
        const resolved = own(entry, 'resolved');
        const integrity = own(entry, 'integrity');
        if (typeof version !== 'string' ||
            (name !== undefined && typeof name !== 'string') ||
            (integrity !== undefined && typeof integrity !== 'string') ||
            (resolved === undefined
                ? !(0,npm_spec/* isSemverVersion */.hb)(version)
                : typeof resolved !== 'string' || !(0,tarball_url/* isOwnRegistryTarball */.SJ)(resolved, name ?? pathName, version)) ||
            screen.nameMayMatter(NPM, key) ||
            (name !== undefined && screen.nameMayMatter(NPM, name)) ||
            screen.hashMayMatter(integrity, resolved) ||
            (declared && screen.declares('npm', name ?? pathName))) {
            kept.push(key);
            continue;
        }
        notBuilt++;
    }
    return { keys: kept, notBuilt };
}
const NPM = ['npm'];

;// CONCATENATED MODULE: ./src/detectors/package-lock/tree.ts



/** lockfileVersion 1: the nested `dependencies` tree (nested copies under each entry). */
function readDependencyTree(ctx, top, maxDepth) {
    const { file, errors } = ctx;
    const work = [{ deps: top, owner: -1, depth: 0 }];
    while (work.length > 0) {
        const { deps, owner, depth } = work.pop();
        for (const key of Object.keys(deps)) {
            const { line, id } = lineOf(ctx.where, owner, key);
            const entry = deps[key];
            if (!entries_isObject(entry)) {
                errors.push({ file, line, message: `dependency "${entries_clip(key)}" is not an object` });
                continue;
            }
            const nested = own(entry, 'dependencies');
            if (nested !== undefined) {
                if (!entries_isObject(nested))
                    errors.push({ file, line, message: `dependency "${entries_clip(key)}": "dependencies" is not an object` });
                else if (depth + 1 > maxDepth)
                    errors.push({ file, line, message: `dependency tree deeper than ${maxDepth} levels` });
                else
                    work.push({ deps: nested, owner: id, depth: depth + 1 });
            }
            readV1Entry(ctx, key, entry, line);
        }
    }
}
function readV1Entry(ctx, key, entry, line) {
    const { file, errors } = ctx;
    const version = own(entry, 'version');
    if (typeof version !== 'string') {
        errors.push({
            file,
            line,
            message: `dependency "${entries_clip(key)}": "version" is ${version === undefined ? 'missing' : 'not a string'}`,
        });
        return;
    }
    const resolvedField = own(entry, 'resolved');
    if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
        errors.push({ file, line, message: `dependency "${entries_clip(key)}": "resolved" is not a string` });
        return;
    }
    const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
    let spec = (0,npm_spec/* parseNpmSpec */._n)(key, version);
    if (spec.sourceKind === 'tarball') {
        // npm 7+ writes a registry tarball URL dependency's URL as its v1 `version`.
        const parts = (0,tarball_url/* tarballPackage */.tV)(version, key);
        if (parts !== null) {
            spec = {
                type: 'version',
                name: parts.name,
                ...(parts.name !== key ? { alias: key } : {}),
                version: parts.version,
                spec: version,
                sourceKind: 'registry',
            };
        }
    }
    const name = spec.name;
    if (!(0,npm_spec/* isValidPackageName */.eW)(key) || !(0,npm_spec/* isValidPackageName */.eW)(name)) {
        errors.push({
            file,
            line,
            message: `dependency "${entries_clip(key)}": "${entries_clip(name)}" is not a valid package name`,
        });
        return;
    }
    let ver = spec.version;
    let sourceKind;
    let tarball = null;
    if (spec.sourceKind === 'registry') {
        if (ver === null)
            sourceKind = 'other';
        else if (resolved !== undefined) {
            tarball = (0,tarball_url/* parseTarballUrl */.Pg)(resolved);
            sourceKind = tarball !== null ? 'registry' : ((0,npm_spec/* classifyLocation */.eg)(resolved) ?? 'other');
        }
        else
            sourceKind = 'registry'; // bundled dependencies carry no `resolved`
    }
    else if (spec.sourceKind === 'file') {
        // v1 `file:` folders are installed as symlinks; `file:` tarballs are unpacked.
        sourceKind = /\.(?:tgz|tar\.gz|tar)$/i.test(version) ? 'file' : 'link';
    }
    else {
        sourceKind = spec.sourceKind;
    }
    if (ver !== null && !(0,npm_spec/* isSemverVersion */.hb)(ver))
        ver = null;
    const integrity = own(entry, 'integrity');
    const c = npmComponent(ctx, line, name, ver, sourceKind, scopeOf(entry));
    if (ver === null)
        c.spec = version;
    if (typeof integrity === 'string')
        c.integrity = integrity;
    if (spec.alias !== undefined)
        c.alias = spec.alias;
    if (resolved !== undefined)
        c.resolved = resolved;
    else if (!(0,npm_spec/* isSemverVersion */.hb)(version) && !version.startsWith('npm:'))
        c.resolved = version;
    ctx.components.push(c);
    if (tarball !== null)
        pushMismatch(ctx, c, tarball);
}

;// CONCATENATED MODULE: ./src/detectors/package-lock.ts






const V2_SHAPE = { keys: new Map([['packages', { record: true }]]) };
const V1_ENTRY = { keys: new Map() };
const V1_DEPS = { record: true, each: V1_ENTRY };
V1_ENTRY.keys.set('dependencies', V1_DEPS);
const V1_SHAPE = { keys: new Map([['dependencies', V1_DEPS]]) };
const FILE_NAMES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
const packageLockDetector = {
    id: 'package-lock.json',
    role: 'lockfile',
    syntax: 'json',
    ecosystems: ['npm'],
    sources: ['package-lock.json', 'npm-shrinkwrap.json'],
    namesInText: ['npm'],
    matches: (path) => FILE_NAMES.has(baseName(path)),
    detect: (input) => {
        const full = () => detectPackageLock(input.path, input.text, input.limits.maxDepth);
        if (input.screen === undefined)
            return full();
        // Parsed only where the screen keeps entries; an error there means the whole file is parsed.
        const screened = detectPackageLock(input.path, input.text, input.limits.maxDepth, input.screen);
        return screened.errors.length > 0 ? full() : screened;
    },
};
/** Reads a package-lock.json or npm-shrinkwrap.json text. */
function detectPackageLock(file, input, maxDepth, screen) {
    const source = baseName(file) === 'npm-shrinkwrap.json' ? 'npm-shrinkwrap.json' : 'package-lock.json';
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const errors = [];
    const components = [];
    const parsed = parseJson(text);
    if ('error' in parsed) {
        errors.push({ file, ...located(parsed.error.line, parsed.error.column), message: parsed.error.message });
        return { components, errors };
    }
    const root = parsed.value;
    if (!entries_isObject(root)) {
        errors.push({ file, line: 1, message: `${source} is not a JSON object` });
        return { components, errors };
    }
    const lockfileVersion = own(root, 'lockfileVersion');
    // npm refuses exactly the files whose lockfileVersion compares (as JavaScript compares) above
    // the newest it knows; it reads any other value, and so does this reader.
    if (lockfileVersion > NEWEST_LOCKFILE_VERSION) {
        errors.push({
            file,
            ...keyLineOfRoot(text, 'lockfileVersion'),
            message: `lockfileVersion ${JSON.stringify(lockfileVersion)?.slice(0, 40)} is not supported (npm reads up to ${NEWEST_LOCKFILE_VERSION})`,
        });
    }
    // As npm's reader (@npmcli/arborist) chooses: a present `packages` map, else the v1
    // `dependencies` tree, else no packages (a v3 file of a project without dependencies may have
    // neither).
    const packages = own(root, 'packages');
    const dependencies = own(root, 'dependencies');
    if (isTruthy(packages)) {
        if (typeof packages !== 'object' || packages === null) {
            errors.push({ file, ...keyLineOfRoot(text, 'packages'), message: '"packages" is not an object' });
            return { components, errors };
        }
        const all = Object.keys(packages);
        const screened = screen ? screenPackages(packages, all, screen) : null;
        const keys = screened?.keys ?? all;
        // JSON.parse is iterative and this walk is flat, so nesting needs no check on the fast path.
        let lines = (0,json_keys/* locateMemberKeysFast */.pT)(text, 'packages', keys);
        if (lines === null) {
            const where = (0,json_keys/* locateKeys */.hj)(text, V2_SHAPE, maxDepth);
            if (where.tooDeepAt !== undefined)
                return tooDeep(file, text, where.tooDeepAt, maxDepth);
            const table = where.tables.get(-1);
            lines = keys.map((k) => {
                const id = table?.get(k);
                return id === undefined ? 1 : (where.lines[id] ?? 1);
            });
        }
        readPackages({ file, source, errors, components, where: EMPTY_LOCATIONS }, packages, keys, lines);
        if (screened)
            return { components, errors, notBuilt: screened.notBuilt };
    }
    else if (isTruthy(dependencies)) {
        if (!entries_isObject(dependencies)) {
            errors.push({
                file,
                ...keyLineOfRoot(text, 'dependencies'),
                message: '"dependencies" is not an object',
            });
            return { components, errors };
        }
        const where = (0,json_keys/* locateKeys */.hj)(text, V1_SHAPE, maxDepth);
        if (where.tooDeepAt !== undefined)
            return tooDeep(file, text, where.tooDeepAt, maxDepth);
        readDependencyTree({ file, source, errors, components, where }, dependencies, maxDepth);
    }
    return { components, errors };
}
const EMPTY_LOCATIONS = { tables: new Map(), lines: [] };
/** The newest lockfileVersion npm reads (v4 is v3 with patched-dependency fields). */
const NEWEST_LOCKFILE_VERSION = 4;
function isTruthy(v) {
    return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}
function tooDeep(file, text, offset, maxDepth) {
    const { line, column } = (0,util_lines/* lineColumnAt */.IX)(text, offset);
    return {
        components: [],
        errors: [{ file, line, column, message: `nesting deeper than ${maxDepth} levels` }],
    };
}
function located(line, column) {
    return { ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) };
}
/** Line of a top-level key, for errors about it (a rare path: a plain search is fine). */
function keyLineOfRoot(text, key) {
    const at = text.indexOf(`"${key}"`);
    return at < 0 ? {} : { line: (0,util_lines/* lineColumnAt */.IX)(text, at).line };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/detectors/deno-lock.ts
// deno.lock, versions 1 to 5, read as denoland/deno_lockfile reads them:
//   v1: a flat map of remote URL -> checksum (no packages);
//   v2: `npm.specifiers` + `npm.packages` (keys `name@version`);
//   v3: `packages.specifiers`, `packages.npm`, `packages.jsr`;
//   v4/v5: top-level `specifiers`, `npm`, `jsr`.
// npm package ids are `name@version` with peer suffixes `_peer@1.0.0_other@2.0.0`, which are not
// part of the version. `remote` holds URL checksums; URLs of npm CDNs (esm.sh, unpkg, jsDelivr,
// Skypack, jspm) name npm packages and are reported as such (source kind `url`).



const SOURCE = 'deno.lock';
function sectionsFor(version) {
    switch (version) {
        case '2':
            return [{ path: ['npm', 'packages'], ecosystem: 'npm' }];
        case '3':
            return [
                { path: ['packages', 'npm'], ecosystem: 'npm' },
                { path: ['packages', 'jsr'], ecosystem: 'jsr' },
            ];
        default:
            return [
                { path: ['npm'], ecosystem: 'npm' },
                { path: ['jsr'], ecosystem: 'jsr' },
            ];
    }
}
const KNOWN_VERSIONS = new Set(['2', '3', '4', '5']);
const denoLockDetector = {
    id: SOURCE,
    role: 'lockfile',
    syntax: 'json',
    ecosystems: ['npm', 'jsr'],
    namesInText: ['npm', 'jsr'],
    matches: (path) => /(^|\/)deno\.lock$/.test(path),
    detect: detectDenoLock,
};
function detectDenoLock(input) {
    const file = input.path;
    const components = [];
    const errors = [];
    const allSections = [
        ['npm', 'packages'],
        ['packages', 'npm'],
        ['packages', 'jsr'],
        ['npm'],
        ['jsr'],
        ['remote'],
        [],
    ].map((p) => jsonPath(...p));
    const parsed = parseJsonLocated(file, input.text, allSections, input.limits.maxDepth);
    if (!parsed.ok)
        return { components, errors: [parsed.error] };
    const doc = parsed.value;
    if (!deno_lock_isObject(doc)) {
        return { components, errors: [{ file, line: 1, message: 'deno.lock is not a JSON object' }] };
    }
    const rootLines = parsed.keyLines.get('');
    const rawVersion = doc['version'];
    if (rawVersion === undefined) {
        // Version 1: every key is a remote URL.
        collectRemote(file, doc, rootLines, components);
        return { components, errors };
    }
    const version = typeof rawVersion === 'string' ? rawVersion : String(rawVersion);
    if (!KNOWN_VERSIONS.has(version)) {
        errors.push({
            file,
            line: rootLines?.get('version') ?? 1,
            message: `unsupported deno.lock version ${JSON.stringify(rawVersion)}; read as version 5`,
        });
    }
    for (const section of sectionsFor(version)) {
        const value = getPath(doc, section.path);
        if (value === undefined)
            continue;
        const sectionLines = parsed.keyLines.get(jsonPath(...section.path));
        if (!deno_lock_isObject(value)) {
            errors.push({
                file,
                line: lineOfPath(parsed.keyLines, section.path),
                message: `"${section.path.join('.')}" is not an object`,
            });
            continue;
        }
        for (const [id, info] of Object.entries(value)) {
            const line = sectionLines?.get(id) ?? 1;
            const nv = splitPackageId(id);
            if (!nv) {
                errors.push({ file, line, message: `invalid ${section.ecosystem} package id "${id}"` });
                continue;
            }
            const integrity = deno_lock_isObject(info) && typeof info['integrity'] === 'string' ? info['integrity'] : undefined;
            const tarball = deno_lock_isObject(info) && typeof info['tarball'] === 'string' ? info['tarball'] : undefined;
            components.push((0,component/* makeComponent */.G)({
                ecosystem: section.ecosystem,
                name: nv.name,
                version: nv.version,
                location: { file, line },
                source: SOURCE,
                sourceKind: 'registry',
                ...(integrity ? { integrity } : {}),
                ...(tarball ? { resolved: tarball } : {}),
            }));
        }
    }
    const remote = doc['remote'];
    if (deno_lock_isObject(remote))
        collectRemote(file, remote, parsed.keyLines.get(jsonPath('remote')), components);
    return { components, errors };
}
/**
 * Splits a deno npm/jsr package id: `name@version`, where the name may be scoped and the version
 * may carry peer-dependency suffixes (`1.2.3_preact@10.22.0`), which are dropped.
 */
function splitPackageId(id) {
    if (id.length < 3)
        return null;
    const at = id.indexOf('@', 1);
    if (at <= 0)
        return null;
    const name = id.slice(0, at);
    const underscore = id.indexOf('_', at + 1);
    const version = underscore < 0 ? id.slice(at + 1) : id.slice(at + 1, underscore);
    if (version === '' || (name.startsWith('@') && !name.includes('/')))
        return null;
    return { name, version };
}
const CDN_PATTERNS = [
    // esm.sh/[v135/][stable/]name@version, esm.sh/*name@version
    /^https?:\/\/esm\.sh\/(?:v\d+\/)?(?:stable\/)?\*?((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
    /^https?:\/\/unpkg\.com\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
    /^https?:\/\/cdn\.jsdelivr\.net\/npm\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
    /^https?:\/\/(?:cdn\.)?skypack\.dev\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#,]+)/i,
    /^https?:\/\/esm\.run\/((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
    /^https?:\/\/(?:ga\.)?jspm\.(?:io|dev)\/npm:((?:@[^/@]+\/)?[^/@?#]+)@([^/?#]+)/i,
];
/** npm packages named by the URLs of npm CDNs among remote module URLs (one per name and version). */
function collectRemote(file, remote, lines, components) {
    const seen = new Set();
    for (const url of Object.keys(remote)) {
        for (const re of CDN_PATTERNS) {
            const m = re.exec(url);
            if (!m)
                continue;
            const name = safeDecode(m[1]);
            const written = safeDecode(m[2]);
            const exact = semver_default().valid(written);
            const key = name + '@' + written;
            if (seen.has(key))
                break;
            seen.add(key);
            components.push((0,component/* makeComponent */.G)({
                ecosystem: 'npm',
                name,
                version: exact,
                ...(exact ? {} : { spec: written }),
                location: { file, line: lines?.get(url) ?? 1 },
                source: SOURCE,
                sourceKind: 'url',
                resolved: url,
                ...(typeof remote[url] === 'string' ? { integrity: remote[url] } : {}),
            }));
            break;
        }
    }
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
function lineOfPath(keyLines, path) {
    const parent = jsonPath(...path.slice(0, -1));
    return keyLines.get(parent)?.get(path[path.length - 1]) ?? 1;
}
function getPath(doc, path) {
    let cur = doc;
    for (const k of path) {
        if (!deno_lock_isObject(cur) || !Object.hasOwn(cur, k))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function deno_lock_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/detectors/parsers/toml.ts
// TOML for the detectors: parsing with smol-toml (bounded nesting, located errors), and the
// tables of a top-level array each with the line that names it (./toml-positions.ts finds the lines).


/** Parses TOML text. Never throws: syntax errors and too-deep nesting become located errors. */
function parseToml(file, text, maxDepth) {
    if (text.charCodeAt(0) === 0xfeff)
        text = ' ' + text.slice(1); // a BOM, kept as one column
    try {
        return { ok: true, value: (0,smol_toml_dist/* parse */.qg)(text, { maxDepth }) };
    }
    catch (e) {
        if (e instanceof smol_toml_dist/* TomlError */.zx) {
            const first = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
            return {
                ok: false,
                error: { file, line: e.line, column: e.column, message: `invalid TOML: ${first}` },
            };
        }
        if (e instanceof RangeError)
            return { ok: false, error: { file, message: 'invalid TOML: nesting too deep' } };
        return {
            ok: false,
            error: { file, message: `invalid TOML: ${e instanceof Error ? e.message : String(e)}` },
        };
    }
}
/**
 * Parses a TOML lockfile and returns the tables of its top-level array `name` (`[[package]]`),
 * each with its header line. Entries that are not tables become located errors.
 */
function readTomlArray(file, text, name, maxDepth) {
    const parsed = parseToml(file, text, maxDepth);
    if (!parsed.ok)
        return { doc: null, entries: [], errors: [parsed.error] };
    const doc = parsed.value;
    const errors = [];
    const entries = [];
    const list = doc[name];
    if (list === undefined)
        return { doc, entries, errors };
    let scanned;
    const positions = () => (scanned ??= new TomlPositions(text));
    if (!Array.isArray(list)) {
        errors.push({
            file,
            line: positions().key([name])?.line ?? 1,
            message: `"${name}" is not an array of tables`,
        });
        return { doc, entries, errors };
    }
    const lines = arrayHeaderLinesFast(text, name, list.length) ?? locateArrayEntries(positions(), name);
    if (lines.length !== list.length) {
        errors.push({ file, message: `found ${lines.length} [[${name}]] headers for ${list.length} entries` });
    }
    list.forEach((table, i) => {
        const line = lines[i] ?? 1;
        if (typeof table !== 'object' || table === null || Array.isArray(table)) {
            errors.push({ file, line, message: `${name} entry is not a table` });
            return;
        }
        entries.push({ table: table, line });
    });
    return { doc, entries, errors };
}
/** A string field of a table, or undefined when absent or not a string. */
function str(table, key) {
    const v = table?.[key];
    return typeof v === 'string' ? v : undefined;
}
/** A table field of a table, or undefined. */
function tbl(table, key) {
    const v = table?.[key];
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
        ? v
        : undefined;
}

;// CONCATENATED MODULE: ./src/detectors/parsers/python-lock.ts



function detectPythonLock(input, format) {
    const file = input.path;
    const { doc, entries, errors } = readTomlArray(file, input.text, format.array, input.limits.maxDepth);
    const components = [];
    for (const { table, line } of entries) {
        const name = str(table, 'name');
        if (!name) {
            errors.push({ file, line, message: 'package entry has no name' });
            continue;
        }
        const version = str(table, 'version');
        const { kind, resolved, integrity, scope } = format.read(table, name, { doc, line, errors });
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'pypi',
            name: (0,python/* normalizePyName */.Cy)(name),
            version: version ?? null,
            ...(version ? {} : { versionNote: format.noVersion }),
            location: { file, line },
            source: format.source,
            sourceKind: kind,
            ...(integrity ? { integrity } : {}),
            ...(scope ? { scope } : {}),
            ...(resolved ? { resolved } : {}),
        }));
    }
    return { components, errors };
}

;// CONCATENATED MODULE: ./src/detectors/pdm-lock.ts



const pdm_lock_SOURCE = 'pdm.lock';
const pdmLockDetector = {
    id: pdm_lock_SOURCE,
    role: 'lockfile',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)pdm\.lock$/.test(path),
    detect: detectPdmLock,
};
function detectPdmLock(input) {
    return detectPythonLock(input, {
        source: pdm_lock_SOURCE,
        array: 'package',
        noVersion: 'no version recorded',
        read: (table) => {
            const integrity = (0,python/* joinHashes */.R4)(table['files']);
            const scope = pdmScope(table);
            return { ...pdmSource(table), ...(integrity ? { integrity } : {}), ...(scope ? { scope } : {}) };
        },
    });
}
function pdmSource(table) {
    const revision = str(table, 'revision');
    for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
        const url = str(table, vcs);
        if (url !== undefined) {
            return { kind: vcs === 'git' ? 'git' : 'other', resolved: revision ? `${url}#${revision}` : url };
        }
    }
    const url = str(table, 'url');
    if (url !== undefined)
        return { kind: /^file:/i.test(url) ? 'file' : 'url', resolved: url };
    const path = str(table, 'path');
    if (path !== undefined)
        return { kind: table['editable'] === true ? 'workspace' : 'file', resolved: path };
    return { kind: 'registry' };
}
function pdmScope(table) {
    const groups = table['groups'];
    if (!Array.isArray(groups))
        return undefined;
    return groups.includes('default') ? 'prod' : 'dev';
}

;// CONCATENATED MODULE: ./src/detectors/pipfile-lock.ts



const pipfile_lock_SOURCE = 'Pipfile.lock';
const SECTIONS = [
    { key: 'default', scope: 'prod' },
    { key: 'develop', scope: 'dev' },
];
const pipfileLockDetector = {
    id: pipfile_lock_SOURCE,
    role: 'lockfile',
    syntax: 'json',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)Pipfile\.lock$/.test(path),
    detect: detectPipfileLock,
};
function detectPipfileLock(input) {
    const file = input.path;
    const components = [];
    const errors = [];
    const parsed = parseJsonLocated(file, input.text, ['', ...SECTIONS.map((s) => jsonPath(s.key))], input.limits.maxDepth);
    if (!parsed.ok)
        return { components, errors: [parsed.error] };
    const doc = parsed.value;
    if (!pipfile_lock_isObject(doc))
        return { components, errors: [{ file, line: 1, message: 'Pipfile.lock is not a JSON object' }] };
    for (const { key, scope } of SECTIONS) {
        const section = doc[key];
        if (section === undefined)
            continue;
        if (!pipfile_lock_isObject(section)) {
            errors.push({
                file,
                line: parsed.keyLines.get('')?.get(key) ?? 1,
                message: `"${key}" is not an object`,
            });
            continue;
        }
        const lines = parsed.keyLines.get(jsonPath(key));
        for (const [name, entry] of Object.entries(section)) {
            const line = lines?.get(name) ?? 1;
            if (!pipfile_lock_isObject(entry)) {
                errors.push({ file, line, message: `entry "${name}" is not an object` });
                continue;
            }
            const { kind, resolved } = pipfileSource(entry);
            const written = typeof entry['version'] === 'string' ? entry['version'] : undefined;
            const version = written ? (0,python/* exactVersion */.y)(written) : null;
            const hashes = Array.isArray(entry['hashes'])
                ? entry['hashes'].filter((h) => typeof h === 'string')
                : [];
            components.push((0,component/* makeComponent */.G)({
                ecosystem: 'pypi',
                name: (0,python/* normalizePyName */.Cy)(name),
                version,
                ...(version ? {} : { spec: written ?? resolved ?? '*' }),
                location: { file, line },
                source: pipfile_lock_SOURCE,
                sourceKind: kind,
                scope,
                ...(hashes.length > 0 ? { integrity: hashes.join(' ') } : {}),
                ...(resolved ? { resolved } : {}),
            }));
        }
    }
    return { components, errors };
}
function pipfileSource(entry) {
    const ref = typeof entry['ref'] === 'string' ? entry['ref'] : undefined;
    for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
        const url = entry[vcs];
        if (typeof url === 'string') {
            return { kind: vcs === 'git' ? 'git' : 'other', resolved: ref ? `${url}#${ref}` : url };
        }
    }
    if (typeof entry['path'] === 'string') {
        return { kind: entry['editable'] === true ? 'workspace' : 'file', resolved: entry['path'] };
    }
    if (typeof entry['file'] === 'string') {
        const k = (0,python/* directReferenceKind */.r6)(entry['file']);
        return { kind: k === 'git' ? 'git' : k, resolved: entry['file'] };
    }
    return { kind: 'registry' };
}
function pipfile_lock_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/detectors/pipfile.ts




const pipfile_SOURCE = 'Pipfile';
/** Top-level tables of a Pipfile that are not package categories. */
const NOT_CATEGORIES = new Set(['source', 'requires', 'pipenv', 'scripts']);
const pipfileDetector = {
    id: pipfile_SOURCE,
    role: 'manifest',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)Pipfile$/.test(path),
    detect: detectPipfile,
};
function detectPipfile(input) {
    const file = input.path;
    const parsed = parseToml(file, input.text, input.limits.maxDepth);
    if (!parsed.ok)
        return { components: [], errors: [parsed.error] };
    const positions = new TomlPositions(input.text);
    const components = [];
    const errors = [];
    for (const [category, deps] of Object.entries(parsed.value)) {
        if (NOT_CATEGORIES.has(category) || typeof deps !== 'object' || deps === null || Array.isArray(deps))
            continue;
        const scope = category === 'packages' ? 'prod' : 'dev';
        for (const [rawName, value] of Object.entries(deps)) {
            const line = positions.key([category, rawName])?.line ??
                positions.tableLine([category, rawName]) ??
                positions.tableLine([category]) ??
                1;
            const entry = pipfileEntry(value);
            if (!entry) {
                errors.push({ file, line, message: `package "${rawName}" has an unreadable value` });
                continue;
            }
            components.push((0,component/* makeComponent */.G)({
                ecosystem: 'pypi',
                name: (0,python/* normalizePyName */.Cy)(rawName),
                version: entry.version,
                ...(entry.version ? {} : { spec: entry.spec }),
                location: { file, line },
                source: pipfile_SOURCE,
                sourceKind: entry.kind,
                scope,
                ...(entry.resolved ? { resolved: entry.resolved } : {}),
            }));
        }
    }
    return { components, errors };
}
function pipfileEntry(value) {
    if (typeof value === 'string')
        return { version: (0,python/* exactVersion */.y)(value), spec: value, kind: 'registry' };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const t = value;
    for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
        const url = str(t, vcs);
        if (url !== undefined) {
            const ref = str(t, 'ref');
            const resolved = ref ? `${url}#${ref}` : url;
            return { version: null, spec: resolved, kind: vcs === 'git' ? 'git' : 'other', resolved };
        }
    }
    const path = str(t, 'path');
    if (path !== undefined) {
        return { version: null, spec: path, kind: t['editable'] === true ? 'workspace' : 'file', resolved: path };
    }
    const fileRef = str(t, 'file');
    if (fileRef !== undefined)
        return { version: null, spec: fileRef, kind: (0,python/* directReferenceKind */.r6)(fileRef), resolved: fileRef };
    const version = str(t, 'version') ?? '*';
    return { version: (0,python/* exactVersion */.y)(version), spec: version, kind: 'registry' };
}

;// CONCATENATED MODULE: ./src/detectors/poetry-lock.ts



const poetry_lock_SOURCE = 'poetry.lock';
const poetryLockDetector = {
    id: poetry_lock_SOURCE,
    role: 'lockfile',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)poetry\.lock$/.test(path),
    detect: detectPoetryLock,
};
function detectPoetryLock(input) {
    let legacyFiles = null;
    return detectPythonLock(input, {
        source: poetry_lock_SOURCE,
        array: 'package',
        noVersion: 'no version recorded',
        read: (table, name, { doc }) => {
            // Poetry 1.x keeps file hashes in [metadata.files], keyed by package name.
            if (legacyFiles === null)
                legacyFiles = tbl(tbl(doc ?? undefined, 'metadata'), 'files');
            const integrity = (0,python/* joinHashes */.R4)(table['files']) ?? (0,python/* joinHashes */.R4)(legacyFiles?.[name]);
            const scope = poetryScope(table);
            return {
                ...poetrySource(tbl(table, 'source'), table['develop'] === true),
                ...(integrity ? { integrity } : {}),
                ...(scope ? { scope } : {}),
            };
        },
    });
}
function poetrySource(source, develop) {
    if (!source)
        return { kind: 'registry' };
    const type = str(source, 'type');
    const url = str(source, 'url');
    switch (type) {
        case 'git': {
            const ref = str(source, 'resolved_reference') ?? str(source, 'reference');
            return { kind: 'git', ...(url ? { resolved: ref ? `${url}#${ref}` : url } : {}) };
        }
        case 'url':
            return { kind: 'url', ...(url ? { resolved: url } : {}) };
        case 'file':
            return { kind: 'file', ...(url ? { resolved: url } : {}) };
        case 'directory':
            // `develop = true` is an editable install of a local project.
            return { kind: develop ? 'workspace' : 'file', ...(url ? { resolved: url } : {}) };
        case 'legacy':
        case undefined:
            return { kind: 'registry', ...(url ? { resolved: url } : {}) };
        default:
            return { kind: 'other', ...(url ? { resolved: url } : {}) };
    }
}
function poetryScope(table) {
    if (table['optional'] === true)
        return 'optional';
    const groups = table['groups'];
    if (Array.isArray(groups))
        return groups.includes('main') ? 'prod' : 'dev';
    const category = str(table, 'category');
    if (category === 'main')
        return 'prod';
    if (category === 'dev')
        return 'dev';
    return undefined;
}

;// CONCATENATED MODULE: ./src/detectors/pylock-toml.ts


const pylock_toml_SOURCE = 'pylock.toml';
const pylockTomlDetector = {
    id: pylock_toml_SOURCE,
    role: 'lockfile',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)pylock\.(?:[^/.]+\.)?toml$/.test(path),
    detect: detectPylock,
};
function detectPylock(input) {
    return detectPythonLock(input, {
        source: pylock_toml_SOURCE,
        array: 'packages',
        noVersion: 'no version recorded',
        read: (table) => {
            const integrity = pylockHashes(table);
            return { ...pylockSource(table), ...(integrity ? { integrity } : {}) };
        },
    });
}
function pylockSource(table) {
    const vcs = tbl(table, 'vcs');
    if (vcs) {
        const url = str(vcs, 'url') ?? str(vcs, 'path');
        const commit = str(vcs, 'commit-id');
        return {
            kind: str(vcs, 'type') === 'git' ? 'git' : 'other',
            ...(url ? { resolved: commit ? `${url}#${commit}` : url } : {}),
        };
    }
    const directory = tbl(table, 'directory');
    if (directory) {
        const path = str(directory, 'path');
        return {
            kind: directory['editable'] === true ? 'workspace' : 'file',
            ...(path ? { resolved: path } : {}),
        };
    }
    const archive = tbl(table, 'archive');
    if (archive) {
        const url = str(archive, 'url');
        const path = str(archive, 'path');
        if (url)
            return { kind: 'url', resolved: url };
        return { kind: 'file', ...(path ? { resolved: path } : {}) };
    }
    const sdistUrl = str(tbl(table, 'sdist'), 'url');
    const wheels = table['wheels'];
    const wheelUrl = Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null
        ? str(wheels[0], 'url')
        : undefined;
    const resolved = sdistUrl ?? wheelUrl ?? str(table, 'index');
    return { kind: 'registry', ...(resolved ? { resolved } : {}) };
}
function pylockHashes(table) {
    const out = [];
    const add = (artifact) => {
        if (typeof artifact !== 'object' || artifact === null)
            return;
        const hashes = tbl(artifact, 'hashes');
        if (!hashes)
            return;
        for (const [algo, digest] of Object.entries(hashes))
            if (typeof digest === 'string')
                out.push(`${algo}:${digest}`);
    };
    add(table['sdist']);
    add(table['archive']);
    if (Array.isArray(table['wheels']))
        for (const w of table['wheels'])
            add(w);
    return out.length > 0 ? out.join(' ') : undefined;
}

;// CONCATENATED MODULE: ./src/detectors/pyproject-toml.ts




const pyproject_toml_SOURCE = 'pyproject.toml';
const pyprojectTomlDetector = {
    id: pyproject_toml_SOURCE,
    role: 'manifest',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)pyproject\.toml$/.test(path),
    detect: detectPyproject,
};
class Collector {
    file;
    positions;
    components = [];
    errors = [];
    constructor(file, positions) {
        this.file = file;
        this.positions = positions;
    }
    /** The line of a key path: the key itself, else its table header, else the nearest ancestor. */
    lineOf(path) {
        for (let n = path.length; n > 0; n--) {
            const p = path.slice(0, n);
            const line = this.positions.key(p)?.line ?? this.positions.tableLine(p);
            if (line !== undefined)
                return line;
        }
        return 1;
    }
    /** The line of the i-th element of the array at `path`. */
    elementLine(path, i) {
        return this.positions.key(path)?.elements?.[i] ?? this.lineOf(path);
    }
    /** A list of PEP 508 strings (PEP 621, PEP 735, build-system, PDM, uv). */
    pep508List(value, path, scope) {
        if (value === undefined)
            return;
        if (!Array.isArray(value)) {
            this.errors.push({
                file: this.file,
                line: this.lineOf(path),
                message: `"${path.join('.')}" is not an array`,
            });
            return;
        }
        value.forEach((entry, i) => {
            const line = this.elementLine(path, i);
            if (typeof entry === 'object' && entry !== null && 'include-group' in entry)
                return;
            if (typeof entry !== 'string') {
                this.errors.push({ file: this.file, line, message: `"${path.join('.')}" entry is not a string` });
                return;
            }
            this.pep508(entry, line, scope);
        });
    }
    pep508(text, line, scope) {
        const req = (0,python/* parsePep508 */.W_)(text);
        if (!req) {
            this.errors.push({ file: this.file, line, message: `invalid requirement: ${(0,python/* excerpt */.Kb)(text)}` });
            return;
        }
        const name = (0,python/* normalizePyName */.Cy)(req.name);
        if (req.url !== undefined) {
            const kind = (0,python/* directReferenceKind */.r6)(req.url);
            const fromFile = kind === 'url' || kind === 'file' ? (0,python/* distributionFromFilename */.so)(req.url.split(/[?#]/)[0]) : null;
            const version = fromFile && (0,python/* normalizePyName */.Cy)(fromFile.name) === name ? fromFile.version : null;
            this.add(name, version, req.url, line, kind, scope, req.url);
            return;
        }
        const version = (0,python/* exactVersion */.y)(req.specifier);
        this.add(name, version, req.specifier === '' ? '*' : req.specifier, line, 'registry', scope);
    }
    /** A Poetry dependency table: `name = value` under `path`. */
    poetryDependencies(deps, path, scope) {
        if (!deps)
            return;
        for (const [rawName, value] of Object.entries(deps)) {
            if (rawName.toLowerCase() === 'python')
                continue; // the interpreter, not a package
            const line = this.lineOf([...path, rawName]);
            const name = (0,python/* normalizePyName */.Cy)(rawName);
            const list = Array.isArray(value) ? value : [value];
            for (const v of list)
                this.poetryValue(name, v, line, scope);
        }
    }
    poetryValue(name, value, line, scope) {
        if (typeof value === 'string') {
            this.add(name, poetryExact(value), value, line, 'registry', scope);
            return;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.errors.push({ file: this.file, line, message: `dependency "${name}" has an unreadable value` });
            return;
        }
        const t = value;
        const s = t['optional'] === true && scope === 'prod' ? 'optional' : scope;
        const git = str(t, 'git');
        if (git !== undefined) {
            const ref = str(t, 'rev') ?? str(t, 'tag') ?? str(t, 'branch');
            const resolved = ref ? `${git}#${ref}` : git;
            this.add(name, null, resolved, line, 'git', s, resolved);
            return;
        }
        const path = str(t, 'path');
        if (path !== undefined) {
            this.add(name, null, path, line, t['develop'] === true ? 'workspace' : 'file', s, path);
            return;
        }
        const url = str(t, 'url');
        if (url !== undefined) {
            const fromFile = (0,python/* distributionFromFilename */.so)(url.split(/[?#]/)[0]);
            const version = fromFile && (0,python/* normalizePyName */.Cy)(fromFile.name) === name ? fromFile.version : null;
            this.add(name, version, url, line, 'url', s, url);
            return;
        }
        const version = str(t, 'version') ?? '*';
        this.add(name, poetryExact(version), version, line, 'registry', s);
    }
    add(name, version, spec, line, sourceKind, scope, resolved) {
        this.components.push((0,component/* makeComponent */.G)({
            ecosystem: 'pypi',
            name,
            version,
            ...(version ? {} : { spec }),
            location: { file: this.file, line },
            source: pyproject_toml_SOURCE,
            sourceKind,
            scope,
            ...(resolved ? { resolved } : {}),
        }));
    }
}
/** Poetry constraints: a bare version (`1.2.3`) or `==1.2.3` is an exact pin. */
function poetryExact(constraint) {
    const c = constraint.trim();
    if (/^v?[0-9][A-Za-z0-9.+!-]*$/.test(c) && !c.includes('*'))
        return c;
    return (0,python/* exactVersion */.y)(c);
}
function detectPyproject(input) {
    const file = input.path;
    const parsed = parseToml(file, input.text, input.limits.maxDepth);
    if (!parsed.ok)
        return { components: [], errors: [parsed.error] };
    const doc = parsed.value;
    const c = new Collector(file, new TomlPositions(input.text));
    const project = tbl(doc, 'project');
    c.pep508List(project?.['dependencies'], ['project', 'dependencies'], 'prod');
    const optional = tbl(project, 'optional-dependencies');
    for (const [extra, list] of Object.entries(optional ?? {})) {
        c.pep508List(list, ['project', 'optional-dependencies', extra], 'optional');
    }
    for (const [group, list] of Object.entries(tbl(doc, 'dependency-groups') ?? {})) {
        c.pep508List(list, ['dependency-groups', group], 'dev');
    }
    c.pep508List(tbl(doc, 'build-system')?.['requires'], ['build-system', 'requires'], 'dev');
    const tool = tbl(doc, 'tool');
    const poetry = tbl(tool, 'poetry');
    c.poetryDependencies(tbl(poetry, 'dependencies'), ['tool', 'poetry', 'dependencies'], 'prod');
    c.poetryDependencies(tbl(poetry, 'dev-dependencies'), ['tool', 'poetry', 'dev-dependencies'], 'dev');
    for (const [group, def] of Object.entries(tbl(poetry, 'group') ?? {})) {
        const deps = typeof def === 'object' && def !== null ? tbl(def, 'dependencies') : undefined;
        c.poetryDependencies(deps, ['tool', 'poetry', 'group', group, 'dependencies'], 'dev');
    }
    for (const [group, list] of Object.entries(tbl(tbl(tool, 'pdm'), 'dev-dependencies') ?? {})) {
        c.pep508List(list, ['tool', 'pdm', 'dev-dependencies', group], 'dev');
    }
    const uv = tbl(tool, 'uv');
    c.pep508List(uv?.['dev-dependencies'], ['tool', 'uv', 'dev-dependencies'], 'dev');
    // uv installs an override's version whatever else is required, and a constraint's version
    // whenever the package is required: both name versions an install can bring in.
    c.pep508List(uv?.['override-dependencies'], ['tool', 'uv', 'override-dependencies'], 'prod');
    c.pep508List(uv?.['constraint-dependencies'], ['tool', 'uv', 'constraint-dependencies'], 'prod');
    for (const [env, def] of Object.entries(tbl(tbl(tool, 'hatch'), 'envs') ?? {})) {
        const t = typeof def === 'object' && def !== null ? def : undefined;
        for (const key of ['dependencies', 'extra-dependencies'])
            c.pep508List(t?.[key], ['tool', 'hatch', 'envs', env, key], 'dev');
    }
    applyUvSources(c.components, tbl(uv, 'sources'));
    return { components: c.components, errors: c.errors };
}
/**
 * `[tool.uv.sources]`: `name = { git = …, tag/branch/rev = … }`, `{ path = …, editable = … }`,
 * `{ url = … }`, `{ workspace = true }` or `{ index = … }` (still a package index). A list of
 * sources (one per marker) counts by its first entry.
 */
function applyUvSources(components, sources) {
    if (!sources)
        return;
    const byName = new Map();
    for (const [name, value] of Object.entries(sources)) {
        const first = Array.isArray(value) ? value[0] : value;
        if (typeof first === 'object' && first !== null && !Array.isArray(first))
            byName.set((0,python/* normalizePyName */.Cy)(name), first);
    }
    for (let i = 0; i < components.length; i++) {
        const comp = components[i];
        const src = byName.get(comp.name);
        if (!src || comp.sourceKind !== 'registry' || comp.scope === undefined)
            continue;
        let kind;
        let resolved;
        const git = str(src, 'git');
        const path = str(src, 'path');
        const url = str(src, 'url');
        if (git !== undefined) {
            const ref = str(src, 'rev') ?? str(src, 'tag') ?? str(src, 'branch');
            kind = 'git';
            resolved = ref ? `${git}#${ref}` : git;
        }
        else if (path !== undefined) {
            kind = src['editable'] === true ? 'workspace' : 'file';
            resolved = path;
        }
        else if (url !== undefined) {
            kind = 'url';
            resolved = url;
        }
        else if (src['workspace'] === true) {
            kind = 'workspace';
        }
        if (!kind)
            continue;
        // An exact pin still holds (the installer checks the built package's version).
        components[i] = (0,component/* makeComponent */.G)({
            ...comp,
            purl: undefined,
            ...(comp.version ? {} : { spec: resolved ?? comp.spec ?? '*' }),
            sourceKind: kind,
            ...(resolved ? { resolved } : {}),
        });
    }
}

// EXTERNAL MODULE: ./src/sources/source.ts
var source = __webpack_require__(70813);
;// CONCATENATED MODULE: ./src/detectors/requirements-txt.ts



const requirements_txt_SOURCE = 'requirements.txt';
/** Deepest chain of `-r` includes followed. */
const requirements_txt_MAX_INCLUDE_DEPTH = 64;
/** File names pip users give requirement and constraint files. */
function isRequirementsFile(path) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1).toLowerCase();
    const dir = slash < 0 ? '' : path.slice(0, slash);
    // pip's sense: any name that starts with `requirements` and ends `.txt` (`requirements1.txt`,
    // `requirementsCustom.txt`), and the usual prefixed forms (`dev-requirements.txt`).
    if (/^(?:.*[-_.])?requirements[^/]*\.(?:txt|in)$/.test(base))
        return true;
    // A constraints file installs nothing by itself, but it decides the version pip installs
    // whenever anything requires the package: its pins are reported like requirements.
    if (/^constraints[^/]*\.txt$/.test(base))
        return true;
    return /(^|\/)requirements$/i.test(dir) && /\.(?:txt|in)$/.test(base);
}
const requirementsTxtDetector = {
    id: requirements_txt_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: ['pypi'],
    matches: isRequirementsFile,
    detect: detectRequirements,
};
async function detectRequirements(input) {
    const components = [];
    const errors = [];
    const visited = new Set([input.path]);
    await readRequirementsFile(input, input.path, input.text, [input.path], visited, components, errors);
    return { components, errors };
}
async function readRequirementsFile(input, file, text, stack, visited, components, errors) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    for (const { line, text: raw } of logicalLines(text)) {
        const content = stripComment(raw).trim();
        if (content === '')
            continue;
        const { args, options } = splitArgsOptions(content);
        if (args !== '') {
            const hashes = optionValues(options, ['--hash']);
            addRequirement(file, line, args, false, hashes, components, errors);
            continue;
        }
        const opt = firstOption(options);
        if (!opt)
            continue;
        opt.value = unquote(opt.value);
        switch (opt.name) {
            case '-r':
            case '--requirement':
                await include(input, file, line, opt.value, stack, visited, components, errors);
                break;
            case '-e':
            case '--editable':
                if (opt.value === '')
                    errors.push({ file, line, message: `${opt.name} needs a value` });
                else
                    addRequirement(file, line, opt.value, true, [], components, errors);
                break;
            // -c/--constraint limits versions of what is installed but installs nothing; index and
            // install options (-i, --extra-index-url, -f, --pre, --no-binary, …) name no package.
            default:
                break;
        }
    }
}
async function include(input, file, line, target, stack, visited, components, errors) {
    if (target === '') {
        errors.push({ file, line, message: '-r needs a file name' });
        return;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        errors.push({ file, line, message: `included file is a URL and cannot be read: ${(0,python/* excerpt */.Kb)(target)}` });
        return;
    }
    const path = resolveInclude(file, target);
    if (path !== null && stack.includes(path)) {
        errors.push({ file, line, message: `include cycle: ${[...stack, path].join(' -> ')}` });
        return;
    }
    if (path !== null && visited.has(path))
        return; // already read through another include
    if (stack.length >= requirements_txt_MAX_INCLUDE_DEPTH) {
        errors.push({ file, line, message: `includes nested deeper than ${requirements_txt_MAX_INCLUDE_DEPTH} files` });
        return;
    }
    const text = path === null ? null : await input.readFile(path);
    if (path === null || text === null) {
        errors.push({ file, line, message: `included file not found: ${(0,python/* excerpt */.Kb)(target)}` });
        return;
    }
    visited.add(path);
    await readRequirementsFile(input, path, text, [...stack, path], visited, components, errors);
}
/** The root-relative path of an include, or null when it is absolute or leaves the root. */
function resolveInclude(from, target) {
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\'))
        return null;
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    const joined = dir === '' ? target : dir + '/' + target;
    return (0,source/* normalizeRelative */.iQ)(joined);
}
function addRequirement(file, line, req, editable, hashes, components, errors) {
    const integrity = hashes.length > 0 ? hashes.join(' ') : undefined;
    const base = { location: { file, line }, source: requirements_txt_SOURCE, ...(integrity ? { integrity } : {}) };
    const direct = directReference(req, editable);
    if (direct) {
        const { ref, kind } = direct;
        const fromFile = kind === 'url' || kind === 'file' ? (0,python/* distributionFromFilename */.so)(stripFragment(ref)) : null;
        const egg = (0,python/* eggName */.jP)(ref);
        const name = egg ?? fromFile?.name;
        const version = !egg || (fromFile && (0,python/* normalizePyName */.Cy)(fromFile.name) === (0,python/* normalizePyName */.Cy)(egg))
            ? fromFile?.version
            : undefined;
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'pypi',
            name: name ? (0,python/* normalizePyName */.Cy)(name) : ref,
            version: version ?? null,
            ...(version ? {} : { spec: ref }),
            ...base,
            sourceKind: editable && kind === 'file' ? 'workspace' : kind, // `-e ./path`: a local project
            resolved: ref,
            ...(name ? {} : { versionNote: 'the requirement names no package; reported by its reference' }),
        }));
        return;
    }
    const parsed = (0,python/* parsePep508 */.W_)(req);
    if (!parsed) {
        errors.push({ file, line, message: `invalid requirement: ${(0,python/* excerpt */.Kb)(req)}` });
        return;
    }
    const name = (0,python/* normalizePyName */.Cy)(parsed.name);
    if (parsed.url !== undefined) {
        const kind = (0,python/* directReferenceKind */.r6)(parsed.url);
        const fromFile = kind === 'url' || kind === 'file' ? (0,python/* distributionFromFilename */.so)(stripFragment(parsed.url)) : null;
        const version = fromFile && (0,python/* normalizePyName */.Cy)(fromFile.name) === name ? fromFile.version : null;
        components.push((0,component/* makeComponent */.G)({
            ecosystem: 'pypi',
            name,
            version,
            ...(version ? {} : { spec: parsed.url }),
            ...base,
            sourceKind: kind,
            resolved: parsed.url,
        }));
        return;
    }
    const version = (0,python/* exactVersion */.y)(parsed.specifier);
    components.push((0,component/* makeComponent */.G)({
        ecosystem: 'pypi',
        name,
        version,
        ...(version ? {} : { spec: parsed.specifier === '' ? '*' : parsed.specifier }),
        ...base,
        sourceKind: 'registry',
    }));
}
/**
 * A URL or path requirement (what pip installs from a link rather than an index), or null for a
 * PEP 508 requirement (including `name @ url`).
 */
function directReference(req, editable) {
    // pip splits markers off URLs at "; " (a `;` may be part of a URL).
    const ref = (/^[a-z][a-z0-9+.-]*:/i.test(req) ? req.split('; ')[0] : req.split(';')[0]).trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^file:/i.test(ref)) {
        return { ref, kind: (0,python/* directReferenceKind */.r6)(ref) };
    }
    const at = ref.indexOf('@');
    const beforeAt = at < 0 ? '' : ref.slice(0, at);
    if (at >= 0 && !looksLikePath(beforeAt))
        return null;
    const pathPart = ref.replace(/\[[^\]]*\]$/, '');
    // pip takes a path only for an existing directory or an archive name; a path-like string of
    // characters no file name has is an invalid requirement, as it is for pip.
    if ((editable || looksLikePath(pathPart) || isArchiveName(pathPart)) && PATH_CHARS.test(pathPart)) {
        return { ref, kind: 'file' };
    }
    return null;
}
const PATH_CHARS = /^[\w.~+@%=:/\\-]+$/;
function looksLikePath(s) {
    return s.includes('/') || s.includes('\\') || s.startsWith('.');
}
function isArchiveName(s) {
    return /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|tar\.lz|tlz)$/i.test(s);
}
function stripFragment(url) {
    const i = url.search(/[?#]/);
    return i < 0 ? url : url.slice(0, i);
}
/**
 * Physical lines as Python's str.splitlines() sees them (so a lone CR or a form feed separates
 * requirements as it does for pip), joined at a trailing backslash as pip's join_lines does.
 * Line numbers count `\n` only, as editors and code hosts do.
 */
function* logicalLines(text) {
    const breaks = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let start = 0;
    let line = 1;
    let pending = [];
    let pendingLine = 0;
    const physical = (segment, segLine) => {
        const isComment = /^\s*#/.test(segment);
        if (!segment.endsWith('\\') || isComment) {
            const seg = isComment ? ' ' + segment : segment;
            if (pending.length > 0) {
                pending.push(seg);
                const out = { line: pendingLine, text: pending.join('') };
                pending = [];
                return out;
            }
            return { line: segLine, text: seg };
        }
        if (pending.length === 0)
            pendingLine = segLine;
        pending.push(trimBackslashes(segment));
        return undefined;
    };
    for (;;) {
        const m = breaks.exec(text);
        const end = m ? m.index : text.length;
        const out = physical(text.slice(start, end), line);
        if (out)
            yield out;
        if (!m)
            break;
        if (m[0] === '\n' || m[0] === '\r\n')
            line++;
        start = m.index + m[0].length;
        if (start >= text.length)
            break;
    }
    if (pending.length > 0)
        yield { line: pendingLine, text: pending.join('') };
}
/** Python's str.strip("\\"): backslashes off both ends. */
function trimBackslashes(s) {
    let a = 0;
    let b = s.length;
    while (a < b && s.charCodeAt(a) === 0x5c)
        a++;
    while (b > a && s.charCodeAt(b - 1) === 0x5c)
        b--;
    return s.slice(a, b);
}
/** pip's COMMENT_RE `(^|\s+)#.*$`: a `#` at the start or after whitespace starts a comment. */
function stripComment(line) {
    if (line.startsWith('#'))
        return '';
    const m = /\s#/.exec(line);
    return m ? line.slice(0, m.index) : line;
}
/** pip's break_args_options: leading tokens up to the first one starting with `-` are the requirement. */
function splitArgsOptions(line) {
    const tokens = line.split(/[ \t]+/);
    let i = 0;
    while (i < tokens.length && !tokens[i].startsWith('-'))
        i++;
    return { args: tokens.slice(0, i).join(' '), options: tokens.slice(i) };
}
/** The first option of an option-only line, with its value (`-r x`, `-rx`, `--requirement=x`). */
function firstOption(tokens) {
    const first = tokens[0];
    if (first === undefined)
        return null;
    const long = /^(--[A-Za-z0-9-]+)(?:=(.*))?$/.exec(first);
    if (long)
        return { name: long[1], value: long[2] ?? tokens.slice(1).join(' ') };
    const short = /^(-[A-Za-z])(.*)$/.exec(first);
    if (short) {
        const attached = short[2].replace(/^=/, '');
        return { name: short[1], value: attached !== '' ? attached : tokens.slice(1).join(' ') };
    }
    return null;
}
/** pip splits option lines with shlex: a value may be quoted (`-r "my reqs.txt"`). */
function unquote(value) {
    const v = value.trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0])
        return v.slice(1, -1);
    return v;
}
/** Values of a repeated long option (`--hash=sha256:…` or `--hash sha256:…`). */
function optionValues(tokens, names) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        for (const n of names) {
            if (t.startsWith(n + '='))
                out.push(t.slice(n.length + 1));
            else if (t === n && tokens[i + 1] !== undefined)
                out.push(tokens[++i]);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/uv-lock.ts



const uv_lock_SOURCE = 'uv.lock';
const uvLockDetector = {
    id: uv_lock_SOURCE,
    role: 'lockfile',
    syntax: 'toml',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (path) => /(^|\/)uv\.lock$/.test(path),
    detect: detectUvLock,
};
const KINDS = {
    registry: 'registry',
    git: 'git',
    url: 'url',
    path: 'file',
    directory: 'file',
    editable: 'workspace',
    virtual: 'workspace',
};
function detectUvLock(input) {
    return detectPythonLock(input, {
        source: uv_lock_SOURCE,
        array: 'package',
        noVersion: 'no version recorded (dynamic)',
        read: (table, name, { line, errors }) => {
            const source = tbl(table, 'source');
            const sourceKey = source ? Object.keys(source).find((k) => Object.hasOwn(KINDS, k)) : undefined;
            if (!sourceKey)
                errors.push({ file: input.path, line, message: `package "${name}" has no source uv knows` });
            const kind = sourceKey ? KINDS[sourceKey] : 'other';
            const integrity = uvHashes(table);
            const written = sourceKey ? str(source, sourceKey) : undefined;
            const resolved = kind === 'registry' ? (artifactUrl(table) ?? written) : written;
            return { kind, ...(integrity ? { integrity } : {}), ...(resolved ? { resolved } : {}) };
        },
    });
}
function uvHashes(table) {
    const sdist = tbl(table, 'sdist');
    const list = [];
    if (sdist)
        list.push(sdist);
    if (Array.isArray(table['wheels']))
        list.push(...table['wheels']);
    return (0,python/* joinHashes */.R4)(list);
}
function artifactUrl(table) {
    const sdistUrl = str(tbl(table, 'sdist'), 'url');
    if (sdistUrl)
        return sdistUrl;
    const wheels = table['wheels'];
    if (Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null) {
        return str(wheels[0], 'url');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/detectors/conda-environment.ts
// conda environment files (`environment.yml`, `environment-dev.yaml`, `conda-env.yml`, …): the
// `pip:` list under `dependencies`. conda writes that list to a requirements file and runs
// `pip install -r` on it, so each entry is read with pip's requirements rules (options, `-r`
// includes relative to the environment file, `-e`), each at its own line. The conda packages
// themselves are not in an ecosystem the gate covers.



const CONDA_SOURCE = 'environment.yml';
function isCondaEnvironmentPath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    return /^(.*[-_.])?(environment|conda[-_]?env)([-_.][^/]*)?\.ya?ml$/.test(name);
}
async function scanCondaEnvironment(input) {
    const parsed = (0,yaml_nodes/* parseYaml */.hN)(input.text, input.path, input.limits.maxDepth);
    const { doc } = parsed;
    const deps = (0,yaml_nodes/* get */.Jt)(doc, doc.contents, 'dependencies');
    // A YAML file of this name that is not a conda environment (no `dependencies` list) says nothing.
    if (parsed.errors.length > 0 && deps === undefined)
        return { components: [], errors: [] };
    // The pip entries placed at their own lines of an otherwise empty text: pip's reader then
    // locates each requirement where it is written.
    const lines = [];
    for (const dep of (0,yaml_nodes/* items */.ld)(doc, deps)) {
        if (!(0,dist/* isMap */.jh)(dep))
            continue;
        for (const entry of (0,yaml_nodes/* items */.ld)(doc, (0,yaml_nodes/* get */.Jt)(doc, dep, 'pip'))) {
            const text = (0,dist/* isScalar */.jn)(entry) ? (0,yaml_nodes/* str */.gx)(entry) : undefined;
            if (text === undefined)
                continue;
            const at = (0,yaml_nodes/* lineOf */.cA)(parsed.lines, entry) - 1;
            while (lines.length < at)
                lines.push('');
            lines[at] = text.replace(/\n/g, ' ');
        }
    }
    if (lines.length === 0)
        return { components: [], errors: parsed.errors };
    const r = await detectRequirements({ ...input, text: lines.join('\n') });
    return {
        components: r.components.map((c) => c.location.file === input.path ? { ...c, source: CONDA_SOURCE } : c),
        errors: [...parsed.errors, ...r.errors],
    };
}
const condaEnvironmentDetector = {
    id: CONDA_SOURCE,
    sources: [CONDA_SOURCE, 'requirements.txt'],
    role: 'environment',
    syntax: 'yaml',
    ecosystems: ['pypi'],
    matches: isCondaEnvironmentPath,
    detect: scanCondaEnvironment,
};

;// CONCATENATED MODULE: ./src/detectors/parsers/ini.ts
// INI files as Python's configparser reads setup.cfg and tox.ini: `[section]` headers,
// `key = value` or `key: value`, continuation lines indented deeper than the key, full-line
// comments starting with `#` or `;`. Each value line keeps its 1-based line.
function readIni(text) {
    const sections = new Map();
    let current = null;
    let value = null;
    const physical = text.split('\n');
    for (let i = 0; i < physical.length; i++) {
        const raw = physical[i].replace(/\r$/, '');
        const line = i + 1;
        if (/^\s*[#;]/.test(raw) || raw.trim() === '')
            continue;
        if (/^\s/.test(raw) && value) {
            value.lines.push({ text: raw.trim(), line });
            continue;
        }
        value = null;
        const header = /^\[([^\]]+)\]/.exec(raw);
        if (header) {
            current = [];
            sections.set(header[1].trim(), current);
            continue;
        }
        const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
        if (!kv || !current)
            continue;
        value = { key: kv[1].trim(), line, lines: [] };
        const first = kv[2].trim();
        if (first !== '')
            value.lines.push({ text: first, line });
        current.push(value);
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/detectors/setup-cfg.ts


const SETUP_CFG_SOURCE = 'setup.cfg';
function scanSetupCfg({ path, text }) {
    const out = { components: [], errors: [] };
    const ini = readIni(text);
    for (const v of ini.get('options') ?? []) {
        if (v.key === 'install_requires')
            requirements(v.lines, path, 'prod', out);
        else if (v.key === 'setup_requires' || v.key === 'tests_require')
            requirements(v.lines, path, 'dev', out);
    }
    for (const v of ini.get('options.extras_require') ?? [])
        requirements(v.lines, path, 'optional', out);
    return out;
}
function requirements(lines, path, scope, out) {
    for (const l of lines) {
        const text = l.text.replace(/\s+#.*$/, '').trim();
        // `file: requirements.txt` and `attr:` directives name another file or code, not a package.
        if (text === '' || /^(file|attr):/.test(text))
            continue;
        addPep508(out, text, path, l.line, SETUP_CFG_SOURCE, scope);
    }
}
const setupCfgDetector = {
    id: SETUP_CFG_SOURCE,
    role: 'manifest',
    syntax: 'text',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (p) => p === 'setup.cfg' || p.endsWith('/setup.cfg'),
    detect: scanSetupCfg,
};

;// CONCATENATED MODULE: ./src/detectors/setup-py.ts


const SETUP_PY_SOURCE = 'setup.py';
const KEYWORDS = {
    install_requires: 'prod',
    setup_requires: 'dev',
    tests_require: 'dev',
    extras_require: 'optional',
};
function scanSetupPy({ path, text }) {
    const out = { components: [], errors: [] };
    const lines = new util_lines/* LineIndex */.rr(text);
    const re = /\b(install_requires|setup_requires|tests_require|extras_require)\s*=\s*([[{])/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = literalEnd(text, m.index + m[0].length - 1);
        if (end === -1)
            continue;
        const body = text.slice(m.index + m[0].length, end);
        const scope = KEYWORDS[m[1]];
        // In a dict, the keys (extra names) are strings too: only the strings inside lists count.
        const inDict = m[2] === '{';
        let depth = 0;
        const str = /(\[)|(\])|(#[^\n]*)|(?:[rRuUbB]?)("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/g;
        for (let s = str.exec(body); s; s = str.exec(body)) {
            if (s[1])
                depth++;
            else if (s[2])
                depth--;
            else if (s[4] && (!inDict || depth > 0)) {
                const value = s[4].replace(/^("""|'''|"|')/, '').replace(/("""|'''|"|')$/, '');
                const at = m.index + m[0].length + s.index;
                for (const req of value.split('\n')) {
                    const t = req.replace(/\s+#.*$/, '').trim();
                    if (t !== '')
                        addPep508(out, t, path, lines.line(at), SETUP_PY_SOURCE, scope);
                }
            }
        }
        re.lastIndex = end;
    }
    return out;
}
/** The offset of the bracket closing the one at `open`, skipping strings and comments; -1 if none. */
function literalEnd(text, open) {
    const stack = [];
    for (let i = open; i < text.length; i++) {
        const c = text[i];
        if (c === '#') {
            const nl = text.indexOf('\n', i);
            if (nl === -1)
                return -1;
            i = nl;
        }
        else if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const q = triple ? c.repeat(3) : c;
            let j = i + q.length;
            while (j < text.length && !text.startsWith(q, j))
                j += text[j] === '\\' ? 2 : 1;
            i = j + q.length - 1;
        }
        else if (c === '[' || c === '{' || c === '(')
            stack.push(c === '[' ? ']' : c === '{' ? '}' : ')');
        else if (c === ']' || c === '}' || c === ')') {
            if (stack.pop() !== c)
                return -1;
            if (stack.length === 0)
                return i;
        }
    }
    return -1;
}
const setupPyDetector = {
    id: SETUP_PY_SOURCE,
    role: 'manifest',
    syntax: 'text',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (p) => p === 'setup.py' || p.endsWith('/setup.py'),
    detect: scanSetupPy,
};

;// CONCATENATED MODULE: ./src/detectors/tox-ini.ts


const TOX_SOURCE = 'tox.ini';
function scanToxIni({ path, text }) {
    const out = { components: [], errors: [] };
    for (const [section, values] of readIni(text)) {
        if (!/^testenv(:|$)/.test(section))
            continue;
        for (const v of values) {
            if (v.key !== 'deps')
                continue;
            for (const l of v.lines) {
                const entry = l.text
                    .replace(/\s+#.*$/, '')
                    .replace(/^[\w.,!{}-]+:\s+/, '')
                    .trim();
                if (entry === '' || entry.startsWith('-') || entry.includes('{'))
                    continue;
                addPep508(out, entry, path, l.line, TOX_SOURCE, 'dev');
            }
        }
    }
    return out;
}
const toxIniDetector = {
    id: TOX_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (p) => p === 'tox.ini' || p.endsWith('/tox.ini'),
    detect: scanToxIni,
};

;// CONCATENATED MODULE: ./src/detectors/pep723-script.ts


const PEP723_SOURCE = 'PEP 723 script';
function scanPep723({ path, text, limits, }) {
    const out = { components: [], errors: [] };
    // Most Python files hold no block: one search decides.
    if (!text.includes('# /// script'))
        return out;
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    for (let i = 0; i < lines.length; i++) {
        if (lines[i] !== '# /// script')
            continue;
        let end = i + 1;
        while (end < lines.length && lines[end] !== '# ///' && /^#( |$)/.test(lines[end]))
            end++;
        if (lines[end] !== '# ///') {
            out.errors.push({ file: path, line: i + 1, message: 'PEP 723 script block is not closed by `# ///`' });
            return out;
        }
        const body = lines.slice(i + 1, end).map((l) => l.replace(/^# ?/, ''));
        // Blank lines keep each TOML line on its file line.
        const toml = [...Array(i + 1).fill(''), ...body].join('\n');
        const parsed = parseToml(path, toml, limits.maxDepth);
        if (!parsed.ok) {
            out.errors.push(parsed.error);
            return out;
        }
        const deps = parsed.value['dependencies'];
        if (Array.isArray(deps)) {
            // Each entry's line: the first line of the block, after its start, that holds its text.
            let from = i + 1;
            for (const d of deps) {
                if (typeof d !== 'string')
                    continue;
                let at = from;
                while (at < end && !lines[at].includes(d))
                    at++;
                if (at < end)
                    from = at;
                addPep508(out, d, path, (at < end ? at : i) + 1, PEP723_SOURCE, 'prod');
            }
        }
        i = end;
    }
    return out;
}
const pep723ScriptDetector = {
    id: PEP723_SOURCE,
    role: 'environment',
    syntax: 'text',
    ecosystems: ['pypi'],
    namesInText: ['pypi'],
    matches: (p) => /\.pyw?$/i.test(p),
    detect: scanPep723,
};

;// CONCATENATED MODULE: ./src/detectors/pixi-toml.ts





const PIXI_SOURCE = 'pixi.toml';
function scanPixi({ path, text, limits, }) {
    const parsed = parseToml(path, text, limits.maxDepth);
    if (!parsed.ok)
        return { components: [], errors: [parsed.error] };
    const doc = parsed.value;
    const positions = new TomlPositions(text);
    const lineOf = (keys) => positions.key(keys)?.line ?? positions.tableLine(keys.slice(0, -1)) ?? 1;
    const out = { components: [], errors: [] };
    const sites = [];
    const scopes = [{ table: doc, at: [] }];
    for (const [name, feature] of Object.entries(tbl(doc, 'feature') ?? {}))
        if (typeof feature === 'object' && feature !== null)
            scopes.push({ table: feature, at: ['feature', name] });
    for (const { table, at } of scopes) {
        for (const [name, value] of Object.entries(tbl(table, 'pypi-dependencies') ?? {})) {
            const line = lineOf([...at, 'pypi-dependencies', name]);
            const t = typeof value === 'object' && value !== null ? value : undefined;
            const url = t ? (str(t, 'url') ?? str(t, 'git')) : undefined;
            if (t && str(t, 'path') !== undefined)
                continue; // a local project
            const version = typeof value === 'string' ? value : t ? (str(t, 'version') ?? '') : '';
            const req = url !== undefined ? `${name} @ ${url}` : `${name}${version === '*' ? '' : version}`;
            addPep508(out, req, path, line, PIXI_SOURCE, 'prod');
        }
        for (const [name, value] of Object.entries(tbl(table, 'tasks') ?? {})) {
            const line = lineOf([...at, 'tasks', name]);
            const cmd = typeof value === 'object' && value !== null ? value['cmd'] : value;
            const script = typeof cmd === 'string'
                ? cmd
                : Array.isArray(cmd) && cmd.every((c) => typeof c === 'string')
                    ? (0,command_sites/* argvScript */.GA)(cmd)
                    : undefined;
            if (script !== undefined)
                sites.push({ script, locate: () => line });
        }
    }
    const r = (0,command_sites/* scanCommandSites */.L6)(path, PIXI_SOURCE, sites, 'task');
    return { components: [...out.components, ...r.components], errors: [...out.errors, ...r.errors] };
}
const pixiTomlDetector = {
    id: PIXI_SOURCE,
    role: 'manifest',
    syntax: 'toml',
    ecosystems: shell_components/* COMMAND_ECOSYSTEMS */.Ms,
    matches: (p) => p === 'pixi.toml' || p.endsWith('/pixi.toml'),
    detect: scanPixi,
};

;// CONCATENATED MODULE: ./src/detectors/yarn/classic.ts
// A line scanner for yarn classic (v1) lockfiles. It reads exactly the syntax of yarn's own
// tokenizer (`@yarnpkg/lockfile`): headers `key, "key":` at column 0, `key value` fields and
// `key:` objects indented by two spaces per level, `#` comments, CRLF. Anything yarn would reject
// or read differently (tabs, odd indentation, lone CR, merge-conflict markers, extra tokens,
// duplicate keys) is a located error instead of a guess.

const classic_SPACE = 32;
const classic_QUOTE = 34;
const HASH = 35;
const COMMA = 44;
const COLON = 58;
const TAB = 9;
const CR = 13;
/** Most errors one file reports before the scanner stops listing them. */
const maxErrors = 100;
// The token `readToken` read: its kind, and its value as text[tokenStart, tokenEnd) unless
// `tokenText` holds it (decoded escapes, numbers, booleans); `tokenNext` is the offset after it.
const STRING = 0;
const NUMBER = 1;
const BOOLEAN = 2;
const ERROR = 3;
let tokenKind = STRING;
let tokenStart = 0;
let tokenEnd = 0;
let tokenText = null;
let tokenNext = 0;
let tokenError = '';
const kindNames = ['string', 'number', 'boolean'];
/** Characters inside a quoted string that need no look: not a quote, a backslash or a control. */
const STRING_RUN = /[^"\\\x00-\x1f]*/y;
/** Characters of a bare word: up to a colon, a space, a comma, a CR (or the line's end). */
const WORD_RUN = /[^:, \r\n]*/y;
/** Reads one token at `i` the way yarn's tokenizer does (strings, numbers, booleans, bare words). */
function readToken(s, i, end) {
    const c = s.charCodeAt(i);
    tokenText = null;
    if (c === classic_QUOTE) {
        let j = i + 1;
        let escaped = false;
        for (; j < end; j++) {
            // Ordinary string characters are skipped natively up to a quote, a backslash or a control.
            STRING_RUN.lastIndex = j;
            STRING_RUN.test(s);
            j = STRING_RUN.lastIndex;
            if (j >= end)
                break;
            const d = s.charCodeAt(j);
            if (d === classic_QUOTE)
                break;
            if (d === 92) {
                escaped = true;
                j++; // backslash escape
            }
            else if (d < 32)
                return tokenFail('control character in a string');
        }
        if (j >= end)
            return tokenFail('unterminated string');
        tokenNext = j + 1;
        if (!escaped)
            return tokenSpan(STRING, i + 1, j);
        try {
            tokenText = JSON.parse(s.slice(i, j + 1));
            return (tokenKind = STRING);
        }
        catch {
            return tokenFail('invalid string escape');
        }
    }
    if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < end && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57)
            j++;
        tokenNext = j;
        tokenText = String(Number(s.slice(i, j)));
        return (tokenKind = NUMBER);
    }
    if (s.startsWith('true', i)) {
        tokenNext = i + 4;
        tokenText = 'true';
        return (tokenKind = BOOLEAN);
    }
    if (s.startsWith('false', i)) {
        tokenNext = i + 5;
        tokenText = 'false';
        return (tokenKind = BOOLEAN);
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 45) {
        WORD_RUN.lastIndex = i + 1;
        WORD_RUN.test(s);
        const j = Math.min(WORD_RUN.lastIndex, end);
        tokenNext = j;
        return tokenSpan(STRING, i, j);
    }
    if (c === TAB)
        return tokenFail('tab character (yarn.lock is indented with spaces)');
    if (c === 60 || c === 61 || c === 62)
        return tokenFail('merge conflict marker');
    return tokenFail(`unexpected character ${JSON.stringify(s[i])}`);
}
function tokenSpan(kind, start, end) {
    tokenStart = start;
    tokenEnd = end;
    return (tokenKind = kind);
}
function tokenFail(message) {
    tokenError = message;
    return (tokenKind = ERROR);
}
/** The value of the token just read. */
function tokenValue(s) {
    return tokenText ?? s.slice(tokenStart, tokenEnd);
}
/** Whether the token just read is the string `word`, without slicing it. */
function tokenIs(s, word) {
    if (tokenText !== null)
        return tokenKind === STRING && tokenText === word;
    return tokenEnd - tokenStart === word.length && s.startsWith(word, tokenStart);
}
function skipSpaces(s, i, end) {
    while (i < end && s.charCodeAt(i) === classic_SPACE)
        i++;
    return i;
}
/** True when only spaces and an optional `#` comment remain. */
function atLineEnd(s, i, end) {
    i = skipSpaces(s, i, end);
    return i === end || s.charCodeAt(i) === HASH;
}
function scanYarnClassic(text, maxDepth = 512) {
    const entries = [];
    const errors = [];
    const fail = (line, message) => {
        if (errors.length < maxErrors)
            errors.push({ line, message });
    };
    const loneCr = findLoneCr(text);
    if (loneCr !== -1) {
        fail((0,util_lines/* lineAt */.mh)(text, loneCr), 'carriage return without a line feed (yarn reads it as a line break)');
        return { entries, errors };
    }
    const seenKeys = new Set();
    let current = null;
    // Indentation (in levels) a line may have: at most one deeper than an object opener above it.
    let maxLevel = 0;
    let lineNo = 0;
    const len = text.length;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos <= len) {
        let nl = text.indexOf('\n', pos);
        if (nl === -1)
            nl = len;
        let end = nl;
        if (end > pos && text.charCodeAt(end - 1) === CR)
            end--;
        lineNo++;
        const lineStart = pos;
        pos = nl + 1;
        if (lineStart === len)
            break;
        let i = lineStart;
        while (i < end && text.charCodeAt(i) === classic_SPACE)
            i++;
        const indent = i - lineStart;
        if (indent % 2 !== 0) {
            fail(lineNo, 'odd number of spaces in indentation');
            maxLevel = 0;
            continue;
        }
        if (i === end) {
            // A blank line ends the entry for yarn's parser: nothing indented may follow it.
            maxLevel = 0;
            continue;
        }
        const level = indent / 2;
        if (level > maxDepth) {
            fail(lineNo, `nesting deeper than ${maxDepth} levels`);
            return { entries, errors };
        }
        if (level > maxLevel) {
            fail(lineNo, 'indented deeper than the line above allows (yarn stops reading here)');
            maxLevel = 0;
            continue;
        }
        if (text.charCodeAt(i) === HASH) {
            if (level === 0) {
                checkVersionComment(text.slice(i + 1, end), lineNo, fail);
                maxLevel = 0;
            }
            continue;
        }
        if (level === 0) {
            current = null;
            const keys = [];
            let j = i;
            let ok = true;
            for (;;) {
                const kind = readToken(text, j, end);
                if (kind === ERROR) {
                    fail(lineNo, tokenError);
                    ok = false;
                    break;
                }
                if (kind !== STRING) {
                    fail(lineNo, `entry key starts with a ${kindNames[kind]}; yarn quotes such keys`);
                    ok = false;
                    break;
                }
                keys.push(tokenValue(text));
                j = skipSpaces(text, tokenNext, end);
                if (j < end && text.charCodeAt(j) === COMMA) {
                    j = skipSpaces(text, j + 1, end);
                    continue;
                }
                break;
            }
            if (!ok) {
                maxLevel = 0;
                continue;
            }
            if (j >= end || text.charCodeAt(j) !== COLON || !atLineEnd(text, j + 1, end)) {
                fail(lineNo, 'expected an entry header ending in ":"');
                maxLevel = 0;
                continue;
            }
            for (const k of keys) {
                if (seenKeys.has(k))
                    fail(lineNo, `duplicate entry key ${JSON.stringify(k)}`);
                else
                    seenKeys.add(k);
            }
            current = { line: lineNo, keys };
            entries.push(current);
            maxLevel = 1;
            continue;
        }
        // A field line: `key value` or `key:` (an object opener).
        const keyKind = readToken(text, i, end);
        if (keyKind === ERROR) {
            fail(lineNo, tokenError);
            continue;
        }
        if (keyKind !== STRING) {
            fail(lineNo, `field key is a ${kindNames[keyKind]}`);
            continue;
        }
        // Which recorded field this is (only entry fields, level 1, are read).
        const field = level !== 1 || current === null
            ? null
            : tokenIs(text, 'version')
                ? 'version'
                : tokenIs(text, 'resolved')
                    ? 'resolved'
                    : tokenIs(text, 'integrity')
                        ? 'integrity'
                        : null;
        let j = skipSpaces(text, tokenNext, end);
        if (j < end && text.charCodeAt(j) === COLON) {
            if (!atLineEnd(text, j + 1, end))
                fail(lineNo, 'unexpected text after ":"');
            maxLevel = level + 1;
            continue;
        }
        if (j >= end || text.charCodeAt(j) === HASH) {
            fail(lineNo, `field ${JSON.stringify(tokenValue(text))} has no value`);
            continue;
        }
        if (readToken(text, j, end) === ERROR) {
            fail(lineNo, tokenError);
            continue;
        }
        j = tokenNext;
        if (!atLineEnd(text, j, end)) {
            fail(lineNo, 'unexpected text after the value');
            continue;
        }
        maxLevel = level;
        if (field !== null && current !== null) {
            if (current[field] !== undefined)
                fail(lineNo, `duplicate field ${JSON.stringify(field)}`);
            current[field] = tokenValue(text);
        }
    }
    return { entries, errors };
}
function checkVersionComment(comment, line, fail) {
    const m = /^yarn lockfile v(\d+)$/.exec(comment.trim());
    if (m && m[1] !== '1')
        fail(line, `unknown yarn lockfile version v${m[1]} (this reader knows v1)`);
}
/** Offset of the first CR not followed by LF, or -1. */
function findLoneCr(text) {
    let i = text.indexOf('\r');
    while (i !== -1) {
        if (text.charCodeAt(i + 1) !== 10)
            return i;
        i = text.indexOf('\r', i + 2);
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/detectors/parsers/lockfile-yaml-scalars.ts
// The character-level pieces of the lockfile YAML line reader (lockfile-yaml.ts): which
// characters start or end a plain scalar, and the one-line quoted scalars (found, then decoded only
// when they hold escapes).
const lockfile_yaml_scalars_SPACE = 32;
const lockfile_yaml_scalars_TAB = 9;
const lockfile_yaml_scalars_CR = 13;
const lockfile_yaml_scalars_HASH = 35;
function isDocumentMarker(text, i, end) {
    const m = text.startsWith('---', i) ? 45 : text.startsWith('...', i) ? 46 : 0;
    if (!m)
        return false;
    return restIsEmpty(text, i + 3, end) && (i + 3 === end || text.charCodeAt(i + 3) === lockfile_yaml_scalars_SPACE);
}
/** Characters that cannot start a plain scalar in a lockfile. */
function isIndicator(c) {
    switch (c) {
        case 45: // -
        case 63: // ?
        case 58: // :
        case 44: // ,
        case 91: // [
        case 93: // ]
        case 123: // {
        case 125: // }
        case 35: // #
        case 38: // &
        case 42: // *
        case 33: // !
        case 124: // |
        case 62: // >
        case 39: // '
        case 34: // "
        case 37: // %
        case 64: // @
        case 96: // `
            return true;
    }
    return false;
}
function isBlank(c) {
    return c === lockfile_yaml_scalars_SPACE || c === lockfile_yaml_scalars_TAB;
}
function restIsEmpty(text, i, end) {
    while (i < end && isBlank(text.charCodeAt(i)))
        i++;
    if (i === end)
        return true;
    if (text.charCodeAt(i) === lockfile_yaml_scalars_HASH && isBlank(text.charCodeAt(i - 1)))
        return true;
    return false;
}
/** End of a plain scalar at `i`: up to a ` #` comment (within the line), right-trimmed of blanks. */
function plainEnd(text, i, end) {
    let j = i;
    for (; j < end; j++) {
        if (text.charCodeAt(j) === lockfile_yaml_scalars_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
            break;
    }
    while (j > i && isBlank(text.charCodeAt(j - 1)))
        j--;
    return j;
}
/** Whether text[i, e) holds ": ", ":\t" or ends in ":". */
function hasMappingColon(text, i, e) {
    for (let j = i; j < e; j++) {
        if (text.charCodeAt(j) === 58 && (j + 1 === e || isBlank(text.charCodeAt(j + 1))))
            return true;
    }
    return false;
}
/** What String.prototype.trim removes (WhiteSpace and LineTerminator). */
function isJsWhitespace(c) {
    if (c <= 32)
        return c === 32 || (c >= 9 && c <= 13);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Set by the quoted-scalar scanners: whether the scalar needs decoding (escapes, `''`). */
let quoteEscaped = false;
/**
 * Finds the closing quote of a double-quoted scalar at `i` that ends on its line; -1 when it does
 * not. Sets `quoteEscaped` when it holds a backslash escape.
 */
function scanDoubleQuoted(text, i, end) {
    let j = i + 1;
    let escaped = false;
    for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === 34)
            break;
        if (d === 92) {
            escaped = true;
            j++;
        }
    }
    quoteEscaped = escaped;
    return j >= end ? -1 : j;
}
/**
 * The value of the double-quoted scalar text[i..q] that holds escapes; null when it uses an escape
 * outside JSON's (YAML's `\x`, `\e`, `\ `, … are rejected rather than reimplemented).
 */
function decodeDoubleQuoted(text, i, q) {
    try {
        // JSON forbids raw control characters; YAML allows tabs. Keep the literal text.
        return JSON.parse(text.slice(i, q + 1).replace(/\t/g, '\\t'));
    }
    catch {
        return null;
    }
}
/**
 * Finds the closing quote of a single-quoted scalar at `i` that ends on its line (`''` is a quote
 * inside it); -1 when it does not. Sets `quoteEscaped` when it holds a `''`.
 */
function scanSingleQuoted(text, i, end) {
    let j = i + 1;
    let escaped = false;
    for (;;) {
        let q = j;
        while (q < end && text.charCodeAt(q) !== 39)
            q++;
        if (q >= end) {
            quoteEscaped = escaped;
            return -1;
        }
        if (q + 1 < end && text.charCodeAt(q + 1) === 39) {
            escaped = true;
            j = q + 2;
            continue;
        }
        quoteEscaped = escaped;
        return q;
    }
}
/** The value of the single-quoted scalar text[i..q]. */
function decodeSingleQuoted(text, i, q) {
    return text.slice(i + 1, q).replaceAll("''", "'");
}

;// CONCATENATED MODULE: ./src/detectors/parsers/lockfile-yaml-flow.ts
// One-line flow collections (`{integrity: sha512-…, tarball: …}`, `[x64, arm64]`) in the lockfile
// YAML line reader (lockfile-yaml.ts): parsed to nested values, bounded in depth, every other form
// a located error.

class FlowError extends Error {
}
/** A one-line flow collection: `{a: b, c: [d, 'e']}`. */
class FlowParser {
    text;
    pos;
    end;
    maxDepth;
    constructor(text, pos, end, maxDepth) {
        this.text = text;
        this.pos = pos;
        this.end = end;
        this.maxDepth = maxDepth;
    }
    parseValue(depth = 0) {
        if (depth > this.maxDepth)
            throw new FlowError('flow collection nested too deeply');
        this.skip();
        const c = this.text.charCodeAt(this.pos);
        if (c === 123)
            return this.parseMap(depth);
        if (c === 91)
            return this.parseSeq(depth);
        return this.parseScalar();
    }
    skip() {
        while (this.pos < this.end && isBlank(this.text.charCodeAt(this.pos)))
            this.pos++;
    }
    parseMap(depth) {
        this.pos++;
        const out = Object.create(null);
        for (;;) {
            this.skip();
            if (this.pos >= this.end)
                throw new FlowError('flow mapping does not end on its line');
            if (this.text.charCodeAt(this.pos) === 125) {
                this.pos++;
                return out;
            }
            const key = this.parseScalar(true);
            this.skip();
            if (this.text.charCodeAt(this.pos) !== 58)
                throw new FlowError('expected ":" in a flow mapping');
            this.pos++;
            this.skip();
            const c = this.text.charCodeAt(this.pos);
            const value = c === 44 || c === 125 ? '' : this.parseValue(depth + 1);
            if (key === '<<')
                throw new FlowError('merge keys ("<<") are not supported in a lockfile');
            if (key in out)
                throw new FlowError(`duplicate key ${JSON.stringify(key)}`);
            out[key] = value;
            this.skip();
            if (this.pos >= this.end)
                throw new FlowError('flow mapping does not end on its line');
            const d = this.text.charCodeAt(this.pos);
            if (d === 44)
                this.pos++;
            else if (d !== 125)
                throw new FlowError('expected "," or "}" in a flow mapping');
        }
    }
    parseSeq(depth) {
        this.pos++;
        const out = [];
        for (;;) {
            this.skip();
            if (this.pos >= this.end)
                throw new FlowError('flow sequence does not end on its line');
            if (this.text.charCodeAt(this.pos) === 93) {
                this.pos++;
                return out;
            }
            out.push(this.parseValue(depth + 1));
            this.skip();
            if (this.pos >= this.end)
                throw new FlowError('flow sequence does not end on its line');
            const d = this.text.charCodeAt(this.pos);
            if (d === 44)
                this.pos++;
            else if (d !== 93)
                throw new FlowError('expected "," or "]" in a flow sequence');
        }
    }
    parseScalar(isKey = false) {
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        if (c === 34 || c === 39) {
            const i = this.pos;
            const q = c === 34 ? scanDoubleQuoted(text, i, this.end) : scanSingleQuoted(text, i, this.end);
            if (q === -1)
                throw new FlowError('quoted scalar does not end on its line');
            let value;
            if (!quoteEscaped)
                value = text.slice(i + 1, q);
            else if (c === 34)
                value = decodeDoubleQuoted(text, i, q);
            else
                value = decodeSingleQuoted(text, i, q);
            if (value === null)
                throw new FlowError('unsupported escape in a double-quoted scalar');
            this.pos = q + 1;
            return value;
        }
        if (c === 38)
            throw new FlowError('YAML anchors ("&") are not supported in a lockfile');
        if (c === 42)
            throw new FlowError('YAML aliases ("*") are not supported in a lockfile');
        if (c === 33)
            throw new FlowError('YAML tags ("!") are not supported in a lockfile');
        if (isIndicator(c) && !(c === 45 && text.charCodeAt(this.pos + 1) !== lockfile_yaml_scalars_SPACE)) {
            throw new FlowError(`unexpected ${JSON.stringify(text[this.pos] ?? 'end of line')} in a flow collection`);
        }
        let j = this.pos;
        for (;;) {
            // Up to the next character that can end the scalar (a line ends at CR or LF), natively.
            PLAIN_RUN.lastIndex = j;
            PLAIN_RUN.test(text);
            j = Math.min(PLAIN_RUN.lastIndex, this.end);
            if (j >= this.end)
                break;
            const d = text.charCodeAt(j);
            if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125)
                break;
            if (d === 58 &&
                (j + 1 >= this.end || isBlank(text.charCodeAt(j + 1)) || isFlowEnd(text.charCodeAt(j + 1))))
                break;
            if (d === lockfile_yaml_scalars_HASH && isBlank(text.charCodeAt(j - 1)))
                throw new FlowError('comment inside a flow collection');
            j++;
        }
        let e = j;
        while (e > this.pos && isJsWhitespace(text.charCodeAt(e - 1)))
            e--;
        const value = text.slice(this.pos, e);
        if (!isKey && value === '')
            throw new FlowError('empty value in a flow collection');
        this.pos = j;
        return value;
    }
}
/** A run of characters none of which can end a plain scalar in a flow collection. */
const PLAIN_RUN = /[^,[\]{}:#\r\n]*/y;
function isFlowEnd(c) {
    return c === 44 || c === 93 || c === 125;
}

;// CONCATENATED MODULE: ./src/detectors/parsers/lockfile-yaml-values.ts
// Keys and values of one line of the lockfile YAML line reader (lockfile-yaml.ts): a `key:` (plain
// or quoted), a `? ` long key, and what follows the colon (a plain or quoted scalar, a one-line flow
// collection, a block scalar header), each written into the reader's fields or failed, located.


/** A run of characters that are neither ":" nor "#" (a line ends at CR or LF). */
const RUN = /[^:#\r\n]*/y;
/** The offset of the first ":" or "#" at or after `j` (or `end`): matched natively, not per character. */
function runEnd(text, j, end) {
    RUN.lastIndex = j;
    RUN.test(text);
    return Math.min(RUN.lastIndex, end);
}
/**
 * Reads `key:` at `i` into the key fields; returns the offset after the ":", or -1 when the
 * line is not a mapping entry.
 */
function readKey(text, i, end, lineNo, sink) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
        const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
        if (q === -1)
            return -1;
        let j = q + 1;
        while (j < end && text.charCodeAt(j) === lockfile_yaml_scalars_SPACE)
            j++;
        if (j >= end || text.charCodeAt(j) !== 58)
            return -1;
        if (!quoteEscaped)
            sink.setKeySpan(i + 1, q);
        else {
            const key = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
            if (key === null) {
                sink.fail(lineNo, 'unsupported escape in a double-quoted key');
                sink.setKey('');
            }
            else
                sink.setKey(key);
        }
        return j + 1;
    }
    if (isIndicator(c))
        return -1;
    // Plain key: up to the first ":" followed by a space or the end of the line; a " #" before it
    // would make the rest a comment: not a key.
    let j = i;
    for (;;) {
        while (j < end) {
            j = runEnd(text, j, end);
            if (j >= end)
                break;
            const d = text.charCodeAt(j);
            if (d === 58)
                break;
            if (d === lockfile_yaml_scalars_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
                return -1;
            j++;
        }
        if (j >= end)
            return -1;
        const d = text.charCodeAt(j + 1);
        if (j + 1 === end || d === lockfile_yaml_scalars_SPACE || d === lockfile_yaml_scalars_TAB)
            break;
        j++;
    }
    // Right-trimmed as String.prototype.trimEnd trims.
    let e = j;
    while (e > i && isJsWhitespace(text.charCodeAt(e - 1)))
        e--;
    if (e - i === 2 && text.charCodeAt(i) === 60 && text.charCodeAt(i + 1) === 60) {
        sink.fail(lineNo, 'merge keys ("<<") are not supported in a lockfile');
        sink.setKey('\u0000<<');
        return j + 1;
    }
    sink.setKeySpan(i, e);
    return j + 1;
}
function readKeyScalar(text, i, end, lineNo, sink) {
    const c = text.charCodeAt(i);
    if (c === 34) {
        const q = scanDoubleQuoted(text, i, end);
        const value = q === -1 ? null : quoteEscaped ? decodeDoubleQuoted(text, i, q) : text.slice(i + 1, q);
        if (value === null) {
            sink.fail(lineNo, 'unterminated or unsupported double-quoted key');
            return null;
        }
        return { value, end: q + 1 };
    }
    if (c === 39) {
        const q = scanSingleQuoted(text, i, end);
        if (q === -1) {
            sink.fail(lineNo, 'unterminated single-quoted key');
            return null;
        }
        return { value: decodeSingleQuoted(text, i, q), end: q + 1 };
    }
    if (isIndicator(c)) {
        sink.fail(lineNo, 'unsupported "? key"');
        return null;
    }
    return { value: text.slice(i, plainEnd(text, i, end)), end };
}
/** Reads a value: a quoted or plain scalar, a flow collection, or a block scalar (skipped). */
function readScalarOrFlow(text, i, end, lineNo, indent, maxDepth, sink) {
    const c = text.charCodeAt(i);
    sink.flow = null;
    if (c === 34 || c === 39) {
        const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
        if (q === -1) {
            sink.fail(lineNo, 'quoted scalar does not end on its line (multi-line scalars are not supported)');
            return false;
        }
        let decoded = null;
        if (quoteEscaped) {
            decoded = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
            if (decoded === null) {
                sink.fail(lineNo, 'unsupported escape in a double-quoted scalar');
                return false;
            }
        }
        if (!restIsEmpty(text, q + 1, end)) {
            sink.fail(lineNo, 'unexpected text after a quoted scalar');
            return false;
        }
        if (decoded === null)
            sink.setValueSpan(i + 1, q);
        else
            sink.setValue(decoded);
        return true;
    }
    if (c === 123 || c === 91) {
        try {
            const p = new FlowParser(text, i, end, maxDepth);
            sink.flow = p.parseValue(0);
            if (!restIsEmpty(text, p.pos, end)) {
                sink.flow = null;
                throw new FlowError('unexpected text after a flow collection');
            }
            return true;
        }
        catch (e) {
            sink.flow = null;
            sink.fail(lineNo, e instanceof FlowError ? e.message : 'invalid flow collection');
            return false;
        }
    }
    if (c === 124 || c === 62) {
        // Block scalar (`|`, `|-`, `>+`, …): its content is the more-indented lines that follow.
        if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, end))) {
            sink.fail(lineNo, 'invalid block scalar header');
            return false;
        }
        sink.skipBlockScalar(indent);
        sink.setValue('');
        return true;
    }
    if (c === 38 || c === 42 || c === 33) {
        sink.fail(lineNo, c === 38
            ? 'YAML anchors ("&") are not supported in a lockfile'
            : c === 42
                ? 'YAML aliases ("*") are not supported in a lockfile'
                : 'YAML tags ("!") are not supported in a lockfile');
        return false;
    }
    if (isIndicator(c) && !(c === 45 && i + 1 < end && text.charCodeAt(i + 1) !== lockfile_yaml_scalars_SPACE)) {
        sink.fail(lineNo, `unexpected ${JSON.stringify(text[i])} at the start of a value`);
        return false;
    }
    // Up to a ` #` comment, right-trimmed; `a: b` or a trailing `:` inside it would make YAML read
    // a nested mapping.
    let j = i;
    let colon = false;
    for (; j < end; j++) {
        j = runEnd(text, j, end);
        if (j >= end)
            break;
        const d = text.charCodeAt(j);
        if (d === 58) {
            if (j + 1 === end || isBlank(text.charCodeAt(j + 1)))
                colon = true;
        }
        else if (d === lockfile_yaml_scalars_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
            break;
    }
    let e = j;
    while (e > i && isBlank(text.charCodeAt(e - 1)))
        e--;
    if (colon && hasMappingColon(text, i, e)) {
        sink.fail(lineNo, 'a plain value contains ": " (YAML reads it as a nested mapping)');
        return false;
    }
    sink.setValueSpan(i, e);
    return true;
}

;// CONCATENATED MODULE: ./src/detectors/parsers/lockfile-yaml.ts
// A line reader for the block-YAML subset that yarn berry and pnpm write into their lockfiles:
// block mappings indented with spaces, `- ` sequence items, plain / 'single' / "double" quoted
// scalars, one-line flow collections (`{integrity: …}`, `[x64]`), block scalars (`|-`, skipped),
// `? ` long keys, comments, CRLF and `---` document markers. It walks the text once without
// building a tree, so it costs about as much as splitting the lines.
//
// Everything else YAML allows (anchors, aliases, tags, merge keys, multi-line flow or quoted
// scalars, tabs in indentation, directives) is a located error: a security scanner must not
// guess what a full YAML parser would have built.




const lockfile_yaml_maxErrors = 100;
/**
 * Walks a YAML text line by line. After `next()` returns true the fields describe one significant
 * line: its 1-based `line`, its nesting `depth` (0 = top level), `key` and either a scalar `value`,
 * a parsed one-line `flow` collection, or `opens` (a `key:` whose value is the indented block
 * that follows).
 *
 * Keys and scalar values are kept as offsets into the text and sliced only when read (`key`,
 * `value`, `keyIs`): most lines of a lockfile (dependency lists) are checked but never read.
 */
class YamlLines {
    text;
    maxDepth;
    errors = [];
    line = 0;
    depth = 0;
    kind = 'entry';
    /** The parsed one-line flow collection, or null. */
    flow = null;
    opens = false;
    // The key is text[keyStart, keyEnd), unless keyText holds it (decoded, or already sliced).
    keyStart = 0;
    keyEnd = 0;
    keyText = '';
    // The scalar value: none, text[valueStart, valueEnd), or valueText (decoded or already sliced).
    hasValue = false;
    valueStart = 0;
    valueEnd = 0;
    valueText = null;
    pos = 0;
    lineNo = 0;
    len;
    stack = [];
    allowDeeper = true;
    pendingComplexKey = null;
    stopped = false;
    constructor(text, maxDepth = 512) {
        this.text = text;
        this.maxDepth = maxDepth;
        this.len = text.length;
        if (text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        const cr = findLoneCr(text);
        if (cr !== -1) {
            this.fail((0,util_lines/* lineAt */.mh)(text, cr), 'carriage return without a line feed (YAML reads it as a line break)');
            this.stopped = true;
        }
    }
    /** The current line's key ('' for sequence items without a key and for document markers). */
    get key() {
        let k = this.keyText;
        if (k === null) {
            k = this.text.slice(this.keyStart, this.keyEnd);
            this.keyText = k;
        }
        return k;
    }
    /** Whether the current line's key is `s`, without slicing it. */
    keyIs(s) {
        if (this.keyText !== null)
            return this.keyText === s;
        return this.keyEnd - this.keyStart === s.length && this.text.startsWith(s, this.keyStart);
    }
    /** Scalar value, or null when the line opens a block or holds a flow collection. */
    get value() {
        if (!this.hasValue)
            return null;
        let v = this.valueText;
        if (v === null) {
            v = this.text.slice(this.valueStart, this.valueEnd);
            this.valueText = v;
        }
        return v;
    }
    fail(line, message) {
        if (this.errors.length < lockfile_yaml_maxErrors)
            this.errors.push({ line, message });
    }
    /** @internal For lockfile-yaml-values.ts. */
    setKey(key) {
        this.keyText = key;
    }
    /** @internal For lockfile-yaml-values.ts. */
    setKeySpan(start, end) {
        this.keyStart = start;
        this.keyEnd = end;
        this.keyText = null;
    }
    /** Advances to the next significant line. Returns false at the end of the text. */
    next() {
        const text = this.text;
        const len = this.len;
        while (!this.stopped && this.pos < len) {
            const start = this.pos;
            let nl = text.indexOf('\n', start);
            if (nl === -1)
                nl = len;
            let end = nl;
            if (end > start && text.charCodeAt(end - 1) === lockfile_yaml_scalars_CR)
                end--;
            this.pos = nl + 1;
            const lineNo = ++this.lineNo;
            let i = start;
            while (i < end && text.charCodeAt(i) === lockfile_yaml_scalars_SPACE)
                i++;
            if (i === end)
                continue;
            const c = text.charCodeAt(i);
            if (c === lockfile_yaml_scalars_HASH)
                continue;
            if (c === lockfile_yaml_scalars_TAB) {
                this.fail(lineNo, 'tab character in indentation');
                continue;
            }
            const indent = i - start;
            if (indent === 0 && (c === 45 || c === 46) && isDocumentMarker(text, i, end)) {
                if (c === 46) {
                    this.fail(lineNo, 'document end marker "..." is not supported in a lockfile');
                    continue;
                }
                this.stack.length = 0;
                this.allowDeeper = true;
                this.line = lineNo;
                this.depth = 0;
                this.kind = 'document';
                this.setKey('');
                this.hasValue = false;
                this.flow = null;
                this.opens = false;
                return true;
            }
            if (c === 37 && indent === 0) {
                this.fail(lineNo, 'YAML directives are not supported in a lockfile');
                continue;
            }
            if (this.pendingComplexKey !== null) {
                // `? long key` must be followed by `:` at the same indentation.
                const pending = this.pendingComplexKey;
                this.pendingComplexKey = null;
                if (c !== 58 || indent !== (this.stack[this.stack.length - 1] ?? 0)) {
                    this.fail(pending.line, 'a "? key" must be followed by ":" on the next line');
                    continue;
                }
                if (!this.placeLine(lineNo, indent))
                    continue;
                this.line = pending.line;
                this.kind = 'entry';
                this.setKey(pending.key);
                if (!this.readValue(i + 1, end, lineNo, indent))
                    continue;
                return true;
            }
            if (!this.placeLine(lineNo, indent))
                continue;
            this.line = lineNo;
            if (c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === lockfile_yaml_scalars_SPACE)) {
                // A sequence item: `- scalar`, `- {flow}` or `- key: value` (a mapping inside the item).
                this.kind = 'item';
                let k = i + 1;
                while (k < end && text.charCodeAt(k) === lockfile_yaml_scalars_SPACE)
                    k++;
                if (k === end) {
                    this.fail(lineNo, 'empty sequence item');
                    continue;
                }
                const keyEnd = readKey(this.text, k, end, lineNo, this);
                if (keyEnd === -1) {
                    this.setKey('');
                    if (!this.readScalarOrFlow(k, end, lineNo, indent))
                        continue;
                    this.opens = false;
                    this.allowDeeper = false;
                    return true;
                }
                // The item's mapping continues at the column of its first key.
                this.stack.push(k - start);
                this.depth = this.stack.length - 1;
                if (!this.readValue(keyEnd, end, lineNo, k - start))
                    continue;
                return true;
            }
            this.kind = 'entry';
            if (c === 63 && (i + 1 === end || text.charCodeAt(i + 1) === lockfile_yaml_scalars_SPACE)) {
                let j = i + 1;
                while (j < end && text.charCodeAt(j) === lockfile_yaml_scalars_SPACE)
                    j++;
                const key = readKeyScalar(this.text, j, end, lineNo, this);
                if (key === null)
                    continue;
                if (!restIsEmpty(text, key.end, end)) {
                    this.fail(lineNo, 'unexpected text after a "? key"');
                    continue;
                }
                this.pendingComplexKey = { key: key.value, line: lineNo };
                continue;
            }
            const keyEnd = readKey(this.text, i, end, lineNo, this);
            if (keyEnd === -1) {
                this.fail(lineNo, 'expected "key: value" (multi-line scalars are not supported in a lockfile)');
                this.allowDeeper = false;
                continue;
            }
            if (!this.readValue(keyEnd, end, lineNo, indent))
                continue;
            return true;
        }
        if (this.pendingComplexKey !== null) {
            this.fail(this.pendingComplexKey.line, 'a "? key" must be followed by ":" on the next line');
            this.pendingComplexKey = null;
        }
        return false;
    }
    /** Fits a line's indentation into the block structure and sets `depth`. */
    placeLine(lineNo, indent) {
        const stack = this.stack;
        const top = stack.length === 0 ? -1 : stack[stack.length - 1];
        if (indent === top) {
            this.depth = stack.length - 1;
            return true;
        }
        if (indent > top) {
            if (!this.allowDeeper && stack.length > 0) {
                this.fail(lineNo, 'unexpected indentation (a continuation line, which a lockfile never has)');
                return false;
            }
            if (stack.length >= this.maxDepth) {
                this.fail(lineNo, `nesting deeper than ${this.maxDepth} levels`);
                this.stopped = true;
                return false;
            }
            stack.push(indent);
        }
        else {
            while (stack.length > 0 && stack[stack.length - 1] > indent)
                stack.pop();
            if (stack.length === 0 || stack[stack.length - 1] !== indent) {
                this.fail(lineNo, 'indentation does not match any enclosing block');
                stack.push(indent);
                this.allowDeeper = false;
                return false;
            }
        }
        this.depth = stack.length - 1;
        return true;
    }
    /** Reads what follows `key:`. */
    readValue(i, end, lineNo, indent) {
        const text = this.text;
        while (i < end && isBlank(text.charCodeAt(i)))
            i++;
        if (i === end || text.charCodeAt(i) === lockfile_yaml_scalars_HASH) {
            this.hasValue = false;
            this.flow = null;
            this.opens = true;
            this.allowDeeper = true;
            return true;
        }
        this.opens = false;
        this.allowDeeper = false;
        return this.readScalarOrFlow(i, end, lineNo, indent);
    }
    readScalarOrFlow(i, end, lineNo, indent) {
        this.hasValue = false;
        return readScalarOrFlow(this.text, i, end, lineNo, indent, this.maxDepth, this);
    }
    /** @internal For lockfile-yaml-values.ts. */
    setValueSpan(start, end) {
        this.hasValue = true;
        this.valueStart = start;
        this.valueEnd = end;
        this.valueText = null;
    }
    /** @internal For lockfile-yaml-values.ts. */
    setValue(value) {
        this.hasValue = true;
        this.valueText = value;
    }
    /** @internal For lockfile-yaml-values.ts. */
    skipBlockScalar(indent) {
        const text = this.text;
        while (this.pos < this.len) {
            let nl = text.indexOf('\n', this.pos);
            if (nl === -1)
                nl = this.len;
            let i = this.pos;
            while (i < nl && text.charCodeAt(i) === lockfile_yaml_scalars_SPACE)
                i++;
            const blank = i === nl || (i === nl - 1 && text.charCodeAt(i) === lockfile_yaml_scalars_CR);
            if (!blank && i - this.pos <= indent)
                return;
            this.pos = nl + 1;
            this.lineNo++;
        }
    }
}
/**
 * The field names of one mapping, for duplicate checks: a short array while the mapping is small
 * (a package has a handful of fields), a Set past that (hostile files may have thousands).
 */
class FieldNames {
    list = [];
    set = null;
    clear() {
        this.list.length = 0;
        this.set = null;
    }
    /** Adds a name; returns false when it was already there. */
    add(name) {
        if (this.set !== null) {
            if (this.set.has(name))
                return false;
            this.set.add(name);
            return true;
        }
        const list = this.list;
        for (let i = 0; i < list.length; i++)
            if (list[i] === name)
                return false;
        list.push(name);
        if (list.length > 16)
            this.set = new Set(list);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/detectors/pnpm/scan.ts
// A line scanner for pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 7.0, 9.x and the two-document files
// of pnpm 11+), built on the lockfile YAML subset reader. It collects the `packages` entries (key
// line, resolution, name, version, dev/optional flags), the `snapshots` optional flags and the
// importers' direct dependencies, of the main document only.

// The top-level section the scanner is in.
const OTHER = 0;
const PACKAGES = 1;
const SNAPSHOTS = 2;
const IMPORTERS = 3;
const DEPENDENCIES = 4; // dependencies, devDependencies, optionalDependencies (5.x/6.x single project)
function sectionOf(key) {
    switch (key) {
        case 'packages':
            return PACKAGES;
        case 'snapshots':
            return SNAPSHOTS;
        case 'importers':
            return IMPORTERS;
        case 'dependencies':
        case 'devDependencies':
        case 'optionalDependencies':
            return DEPENDENCIES;
    }
    return OTHER;
}
function newDocument(line) {
    return { line, packages: [], snapshots: new Map(), dependencies: [] };
}
function scanPnpmLock(text, maxDepth = 512) {
    const y = new YamlLines(text, maxDepth);
    const documents = [];
    let doc = null;
    let section = OTHER;
    let sectionName = '';
    let seenTop = new Set();
    let seenEntries = new Set();
    let pkg = null;
    const pkgFields = new FieldNames();
    let inBlockResolution = false;
    let snapshotKey = '';
    let importer = '';
    let importerDeps = false;
    let importerSection = 'dependencies';
    let dep = null;
    let sawMarker = false;
    while (y.next()) {
        if (y.kind === 'document') {
            // `---` ends the current document; two markers in a row enclose an empty one.
            if (doc === null && sawMarker) {
                y.fail(y.line, 'empty YAML document');
                documents.push(newDocument(y.line));
            }
            sawMarker = true;
            doc = null;
            continue;
        }
        if (doc === null) {
            doc = newDocument(y.line);
            documents.push(doc);
            seenTop = new Set();
        }
        const depth = y.depth;
        if (depth === 0) {
            pkg = null;
            dep = null;
            sectionName = y.kind === 'entry' ? y.key : '';
            section = y.kind === 'entry' ? sectionOf(sectionName) : OTHER;
            if (y.kind !== 'entry') {
                y.fail(y.line, 'expected a top-level "key:"');
                continue;
            }
            if (seenTop.has(sectionName))
                y.fail(y.line, `duplicate top-level key ${JSON.stringify(sectionName)}`);
            seenTop.add(sectionName);
            seenEntries = new Set();
            if (sectionName === 'lockfileVersion') {
                const v = y.value;
                if (v === null)
                    y.fail(y.line, 'lockfileVersion is not a scalar');
                else {
                    doc.lockfileVersion = v;
                    doc.lockfileVersionLine = y.line;
                }
            }
            else if (section !== OTHER &&
                !y.opens &&
                !(y.flow !== null && !Array.isArray(y.flow) && Object.keys(y.flow).length === 0)) {
                y.fail(y.line, `${sectionName} is not a mapping`);
            }
            continue;
        }
        if (section === PACKAGES) {
            if (depth === 1) {
                inBlockResolution = false;
                if (y.kind !== 'entry') {
                    y.fail(y.line, 'expected a package key');
                    pkg = null;
                    continue;
                }
                const key = y.key;
                if (seenEntries.has(key))
                    y.fail(y.line, `duplicate package key ${JSON.stringify(key)}`);
                seenEntries.add(key);
                pkg = { line: y.line, key };
                pkgFields.clear();
                doc.packages.push(pkg);
                if (!y.opens && !(y.flow !== null && !Array.isArray(y.flow)))
                    y.fail(y.line, 'package entry is not a mapping');
                continue;
            }
            if (pkg === null)
                continue;
            if (depth === 2) {
                inBlockResolution = false;
                if (y.kind !== 'entry')
                    continue;
                const field = y.key;
                if (!pkgFields.add(field))
                    y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
                if (field === 'resolution') {
                    const flow = y.flow;
                    if (isMap(flow))
                        pkg.resolution = flow;
                    else if (y.opens) {
                        pkg.resolution = Object.create(null);
                        inBlockResolution = true;
                    }
                    else
                        y.fail(y.line, 'resolution is not a mapping');
                }
                else if (field === 'name' || field === 'version' || field === 'dev' || field === 'optional') {
                    const v = y.value;
                    if (v === null)
                        y.fail(y.line, `field ${JSON.stringify(field)} is not a scalar`);
                    else
                        pkg[field] = v;
                }
                continue;
            }
            if (depth === 3 && inBlockResolution && pkg.resolution && y.kind === 'entry') {
                const field = y.key;
                if (Object.prototype.hasOwnProperty.call(pkg.resolution, field))
                    y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
                pkg.resolution[field] = y.opens
                    ? Object.create(null)
                    : (y.value ?? y.flow ?? '');
            }
            continue;
        }
        if (section === SNAPSHOTS) {
            if (depth === 1 && y.kind === 'entry') {
                const key = y.key;
                if (seenEntries.has(key))
                    y.fail(y.line, `duplicate snapshot key ${JSON.stringify(key)}`);
                seenEntries.add(key);
                snapshotKey = key;
                doc.snapshots.set(snapshotKey, false);
            }
            else if (depth === 2 && y.kind === 'entry' && snapshotKey && y.keyIs('optional')) {
                doc.snapshots.set(snapshotKey, y.value === 'true');
            }
            continue;
        }
        if (section === IMPORTERS) {
            if (depth === 1) {
                importer = y.key;
                if (seenEntries.has(importer))
                    y.fail(y.line, `duplicate importer ${JSON.stringify(importer)}`);
                seenEntries.add(importer);
                importerDeps = false;
                dep = null;
            }
            else if (depth === 2) {
                importerDeps = false;
                if (y.kind === 'entry') {
                    if (y.keyIs('dependencies'))
                        importerSection = 'dependencies';
                    else if (y.keyIs('devDependencies'))
                        importerSection = 'devDependencies';
                    else if (y.keyIs('optionalDependencies'))
                        importerSection = 'optionalDependencies';
                    importerDeps = y.keyIs(importerSection);
                }
                dep = null;
            }
            else if (depth === 3 && importerDeps && y.kind === 'entry') {
                dep = readDependency(y, importer, importerSection);
                doc.dependencies.push(dep);
            }
            else if (depth === 4 && dep !== null && y.kind === 'entry') {
                setDependencyField(y, dep);
            }
            continue;
        }
        if (section === DEPENDENCIES) {
            // Single-project lockfiles (5.x/6.x) list the root's dependencies at the top level.
            if (depth === 1 && y.kind === 'entry') {
                dep = readDependency(y, '.', sectionName);
                doc.dependencies.push(dep);
            }
            else if (depth === 2 && dep !== null && y.kind === 'entry') {
                setDependencyField(y, dep);
            }
        }
    }
    if (doc === null && sawMarker && documents.length > 0) {
        y.fail(y.line, 'empty YAML document at the end of the file');
        documents.push(newDocument(y.line));
    }
    return { documents, errors: y.errors };
}
function readDependency(y, importer, section) {
    const dep = { line: y.line, importer, name: y.key, section };
    const v = y.value;
    if (v !== null)
        dep.version = v; // 5.x: `name: version`
    else {
        const f = y.flow;
        if (isMap(f)) {
            if (typeof f.specifier === 'string')
                dep.specifier = f.specifier;
            if (typeof f.version === 'string')
                dep.version = f.version;
        }
    }
    return dep;
}
function setDependencyField(y, dep) {
    const field = y.keyIs('specifier') ? 'specifier' : y.keyIs('version') ? 'version' : null;
    if (field === null)
        return;
    if (dep[field] !== undefined)
        y.fail(y.line, `duplicate field ${JSON.stringify(field)}`);
    const v = y.value;
    if (v === null)
        y.fail(y.line, `field ${JSON.stringify(field)} is not a scalar`);
    else
        dep[field] = v;
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/detectors/pnpm/keys.ts
// The package keys of pnpm-lock.yaml in each era's syntax: `/name/1.0.0_peers` (5.x),
// `/name@1.0.0(peers)` (6.x), `name@1.0.0(peers)` (7.0 and 9.x), and the keys pnpm writes for
// runtimes and non-registry sources.
/** Name and version of a registry-style package key (or importer version reference), or null. */
function parsePackageKey(key, era) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    if (era === 5) {
        // `[host/]name/version[_peers]` or `[host/]@scope/name/version[_peers]`; peers never hold "/"
        // before the version segment, and names may contain "_" (string_decoder).
        const segments = k.split('/');
        let i = 0;
        if (segments.length >= 3 && !segments[0].startsWith('@') && !/^\d/.test(segments[1]))
            i = 1; // a registry host
        let name;
        if (segments[i]?.startsWith('@')) {
            name = `${segments[i]}/${segments[i + 1] ?? ''}`;
            i += 2;
        }
        else {
            name = segments[i] ?? '';
            i += 1;
        }
        const rest = segments.slice(i).join('/');
        const underscore = rest.indexOf('_');
        const version = underscore === -1 ? rest : rest.slice(0, underscore);
        return validParts(name, version);
    }
    const paren = k.indexOf('(');
    if (paren !== -1)
        k = k.slice(0, paren);
    const at = k.indexOf('@', k.startsWith('@') ? 1 : k.indexOf('/@') + 2);
    if (at <= 0)
        return null;
    let name = k.slice(0, at);
    const version = k.slice(at + 1);
    // A registry host prefix (`registry.example.com/name@1.0.0`).
    const scoped = name.indexOf('/@');
    if (scoped !== -1)
        name = name.slice(scoped + 1);
    else if (!name.startsWith('@') && name.includes('/'))
        name = name.slice(name.lastIndexOf('/') + 1);
    return validParts(name, version);
}
function validParts(name, version) {
    if (name === '' || version === '' || version.includes(':') || version.includes('/'))
        return null;
    if (name.charCodeAt(0) === 46 || name.includes(':'))
        return null;
    const slash = name.indexOf('/');
    if (name.charCodeAt(0) === 64) {
        // `@scope/name`: exactly one "/", with text on both sides.
        if (slash <= 1 || slash === name.length - 1 || name.indexOf('/', slash + 1) !== -1)
            return null;
    }
    else if (slash !== -1)
        return null;
    return { name, version };
}
/** The name part of a pnpm 9 non-registry key (`name@https://…`, `name@file:…`). */
function keyName(key) {
    const k = key.startsWith('/') ? key.slice(1) : key;
    const at = k.indexOf('@', k.startsWith('@') ? 1 : 0);
    if (at <= 0)
        return null;
    const name = k.slice(0, at);
    return /^(@[^/@:]+\/)?[^/@:]+$/.test(name) ? name : null;
}
/** `name@runtime:<version>` keys of pnpm 10+ runtime dependencies (node, deno, bun). */
function runtimeKey(key) {
    if (!key.includes('@runtime:'))
        return null;
    const m = /^\/?((?:@[^/@]+\/)?[^/@]+)@runtime:([^()]+)$/.exec(key);
    return m ? { name: m[1], version: m[2] } : null;
}

;// CONCATENATED MODULE: ./src/detectors/pnpm/segments.ts
// pnpm-lock.yaml cut into its entries for the audit's screen (parsers/screened-entries.ts):
// - the keys indented by exactly two spaces under a top-level `packages:` (one component each) or
//   `snapshots:` (none: they only say whether a package is optional);
// - the importers' dependencies (six spaces under `importers:`, two under a single project's
//   top-level `dependencies:`): a `link:` one builds one component, a plain version none; one
//   that may refer to another package entry (an alias) is structure, since it is read with the
//   entry it names. The `specifiers:` of pnpm 5 build none.
// Everything else (the top-level keys, the importer ids and their section keys, settings, document
// markers) is structure and always parsed.


const segments_SPACE = 32;
const LF = 10;
const segments_CR = 13;
const segments_HASH = 35;
const DASH = 45;
const QUESTION = 63;
const segments_OTHER = 0;
const segments_PACKAGES = 1;
const segments_SNAPSHOTS = 2;
const segments_IMPORTERS = 3;
/** A single project's top-level `dependencies:`, `devDependencies:`, `optionalDependencies:`. */
const segments_DEPENDENCIES = 4;
/** pnpm 5's top-level `specifiers:`. */
const SPECIFIERS = 5;
/** What a segment is, beside its kind. */
const PACKAGE = 1;
const SNAPSHOT = 2;
const DEPENDENCY = 3;
function pnpmSegments(text) {
    const starts = [0];
    const lines = [1];
    const kinds = [STRUCTURE];
    const roles = [0];
    const references = new Set();
    const len = text.length;
    let section = segments_OTHER;
    // Under `importers:`, whether the current four-space key is a dependencies section.
    let dependencySection = false;
    let pos = 0;
    let line = 1;
    const open = (kind, role) => {
        if (pos === 0) {
            kinds[0] = kind;
            roles[0] = role;
        }
        else {
            starts.push(pos);
            lines.push(line);
            kinds.push(kind);
            roles.push(role);
        }
    };
    while (pos < len) {
        const c = text.charCodeAt(pos);
        const nl = text.indexOf('\n', pos);
        if (c === segments_SPACE) {
            if (section === segments_IMPORTERS) {
                let indent = 1;
                while (indent < 7 && text.charCodeAt(pos + indent) === segments_SPACE)
                    indent++;
                if (isKeyStart(text, pos + indent, len)) {
                    if (indent === 2)
                        open(STRUCTURE, 0);
                    else if (indent === 4) {
                        open(STRUCTURE, 0);
                        dependencySection = isDependenciesKey(text, pos + 4);
                    }
                    else if (indent === 6)
                        open(dependencySection ? STRUCTURE : 0, dependencySection ? DEPENDENCY : 0);
                }
            }
            else if (section !== segments_OTHER && text.charCodeAt(pos + 1) === segments_SPACE && isKeyStart(text, pos + 2, len)) {
                if (section === segments_PACKAGES)
                    open(1, PACKAGE);
                else if (section === segments_SNAPSHOTS)
                    open(0, SNAPSHOT);
                else if (section === segments_DEPENDENCIES)
                    open(STRUCTURE, DEPENDENCY);
                else
                    open(0, 0);
            }
        }
        else if (c !== LF && c !== segments_CR && c !== segments_HASH) {
            open(STRUCTURE, 0);
            section = sectionAt(text, pos, nl === -1 ? len : nl);
            dependencySection = false;
        }
        if (nl === -1)
            break;
        pos = nl + 1;
        line++;
    }
    for (let i = 0; i < roles.length; i++) {
        if (roles[i] !== DEPENDENCY)
            continue;
        const version = dependencyVersion(text, starts[i], i + 1 < starts.length ? starts[i + 1] : len);
        kinds[i] = dependencyKind(version, references);
    }
    return { starts, lines, kinds, roles, references };
}
/** Whether a key starts here (not a blank, comment, list item, complex key or deeper line). */
function isKeyStart(text, at, len) {
    const d = text.charCodeAt(at);
    return at < len && d !== segments_SPACE && d !== LF && d !== segments_CR && d !== segments_HASH && d !== DASH && d !== QUESTION;
}
function sectionAt(text, start, end) {
    if (isKey(text, start, end, 'packages'))
        return segments_PACKAGES;
    if (isKey(text, start, end, 'snapshots'))
        return segments_SNAPSHOTS;
    if (isKey(text, start, end, 'importers'))
        return segments_IMPORTERS;
    if (isKey(text, start, end, 'specifiers'))
        return SPECIFIERS;
    for (const name of DEPENDENCY_SECTIONS)
        if (isKey(text, start, end, name))
            return segments_DEPENDENCIES;
    return segments_OTHER;
}
const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'];
function isDependenciesKey(text, at) {
    for (const name of DEPENDENCY_SECTIONS) {
        if (text.startsWith(name, at) && text.charCodeAt(at + name.length) === 58)
            return true;
    }
    return false;
}
/** `name:` alone on its line (a block mapping follows), trailing spaces or a comment allowed. */
function isKey(text, start, end, name) {
    if (!text.startsWith(name, start) || text.charCodeAt(start + name.length) !== 58)
        return false;
    const rest = text.slice(start + name.length + 1, end).trim();
    return rest === '' || rest.startsWith('#');
}
/**
 * A dependency entry's version as pnpm writes it: after its key (`foo: 1.0.0`, pnpm 5), or in its
 * block or flow map (`version: 1.0.0`, pnpm 6+); undefined when none is found this way.
 */
function dependencyVersion(text, start, end) {
    let eol = text.indexOf('\n', start);
    if (eol === -1 || eol > end)
        eol = end;
    let at = start;
    while (text.charCodeAt(at) === segments_SPACE)
        at++;
    const q = text.charCodeAt(at);
    // The key: quoted, or up to the first `: ` (or a `:` ending the line).
    // Searched within the line and the entry only, so that every entry is read in its own length.
    let colon = q === 39 || q === 34 ? text.slice(at + 1, eol).indexOf(String.fromCharCode(q)) + at + 2 : at;
    if (colon === at + 1)
        return undefined;
    for (; colon < eol; colon++) {
        if (text.charCodeAt(colon) !== 58)
            continue;
        const next = text.charCodeAt(colon + 1);
        if (colon + 1 >= eol || next === segments_SPACE || next === 9 || next === segments_CR)
            break;
    }
    if (colon >= eol)
        return undefined;
    const inline = text.slice(colon + 1, eol).trim();
    if (inline !== '' && inline.charCodeAt(0) !== 123 /* { */ && inline.charCodeAt(0) !== segments_HASH)
        return unquoted(inline);
    const found = text.slice(colon, end).indexOf('version:');
    if (found === -1)
        return undefined;
    const field = colon + found;
    const before = text.charCodeAt(field - 1);
    if (before !== segments_SPACE && before !== 123 && before !== 44 /* , */)
        return undefined;
    let stop = text.indexOf('\n', field);
    if (stop === -1 || stop > end)
        stop = end;
    let value = text.slice(field + 8, stop).trim();
    if (inline !== '')
        value = value.split(/[,}]/, 1)[0].trim();
    return unquoted(value);
}
function unquoted(value) {
    const q = value.charCodeAt(0);
    return (q === 39 || q === 34) && value.length >= 2 && value.charCodeAt(value.length - 1) === q
        ? value.slice(1, -1)
        : value;
}
// What the detector reads as an alias (`/name/1.0.0`, `name@1.0.0`), in every era's syntax.
const ALIAS = /^(?:@[^/]+\/)?[^@/()]+@/;
/**
 * The components a dependency entry builds: one for a `link:` version, none for a plain one;
 * STRUCTURE (always parsed) where the version may name another package entry (whose key is then
 * noted in `references`) or is not found as pnpm writes it.
 */
function dependencyKind(version, references) {
    if (version === undefined || version === '')
        return STRUCTURE;
    if (version.startsWith('link:'))
        return 1;
    if (!version.startsWith('/') && !ALIAS.test(version))
        return 0;
    const ref = version.startsWith('/') ? version.slice(1) : version;
    references.add(ref);
    const paren = ref.indexOf('(');
    if (paren !== -1)
        references.add(ref.slice(0, paren));
    return STRUCTURE;
}
/** An entry's key, unquoted (the line's text before `:`). */
function pnpmKey(text, start) {
    const nl = text.indexOf('\n', start);
    // The usual line, `  key:` or `  'key':` opening a block, read without a regular expression.
    let end = nl === -1 ? text.length : nl;
    if (text.charCodeAt(end - 1) === segments_CR)
        end--;
    if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(start) === segments_SPACE) {
        let from = start;
        while (text.charCodeAt(from) === segments_SPACE)
            from++;
        const q = text.charCodeAt(from);
        if (q !== 39 && q !== 34) {
            const key = text.slice(from, end - 1);
            if (!/[\s:]/.test(key))
                return key;
        }
        else if (text.charCodeAt(end - 2) === q && end - 2 > from) {
            const key = text.slice(from + 1, end - 2);
            if (!key.includes(String.fromCharCode(q)))
                return key;
        }
    }
    let line = text.slice(start, nl === -1 ? text.length : nl).trim();
    const q = line.charCodeAt(0);
    if (q === 39 || q === 34) {
        const close = line.indexOf(String.fromCharCode(q), 1);
        return close === -1 ? line : line.slice(1, close);
    }
    const colon = line.search(/:(?:\s|$)/);
    if (colon !== -1)
        line = line.slice(0, colon);
    return line;
}
/**
 * The package names a key may name, read in every era's key syntax, and the key itself (an
 * importer's dependency is keyed by its name): a superset.
 */
function pnpmKeyNames(text, start) {
    const key = pnpmKey(text, start);
    const names = [key];
    for (const era of [5, 9]) {
        const parts = parsePackageKey(key, era);
        if (parts !== null)
            names.push(parts.name);
    }
    return names;
}
/** pnpm 9: the snapshots of a kept package (`name@1.0.0(peer@2.0.0)`) are kept with it. */
function keepSnapshotsOfKeptPackages(text, { starts, roles }, keep) {
    const kept = [];
    for (let i = 0; i < starts.length; i++)
        if (keep[i] && roles[i] === PACKAGE)
            kept.push(pnpmKey(text, starts[i]));
    if (kept.length === 0)
        return;
    // Few kept packages (the usual audit): compared in place, no key read per snapshot. Many (a
    // file full of banned hashes): a set, so the work stays linear.
    const set = kept.length > 8 ? new Set(kept) : null;
    for (let i = 0; i < starts.length; i++) {
        if (keep[i] || roles[i] !== SNAPSHOT)
            continue;
        if (set !== null) {
            const key = pnpmKey(text, starts[i]);
            const paren = key.indexOf('(');
            if (set.has(paren === -1 ? key : key.slice(0, paren)))
                keep[i] = 1;
            continue;
        }
        // The key after the indentation and an optional quote, then `(`, `:` or the closing quote.
        const q = text.charCodeAt(starts[i] + 2);
        const at = starts[i] + (q === 39 || q === 34 ? 3 : 2);
        for (const key of kept) {
            if (!text.startsWith(key, at))
                continue;
            const next = text.charCodeAt(at + key.length);
            if (next === 40 || next === 58 || next === q)
                keep[i] = 1;
        }
    }
}
/** The package entries that aliased dependencies (always parsed) refer to are kept. */
function keepReferencedPackages(text, { starts, roles, references }, keep) {
    if (references.size === 0)
        return;
    for (let i = 0; i < starts.length; i++) {
        if (keep[i] || roles[i] !== PACKAGE)
            continue;
        const key = pnpmKey(text, starts[i]);
        if (references.has(key.startsWith('/') ? key.slice(1) : key))
            keep[i] = 1;
    }
}

;// CONCATENATED MODULE: ./src/detectors/parsers/source-url.ts

const gitHosts = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);
/** Whether a URL or specifier names a git source (git protocols, hosted-git shorthands, codeload). */
function isGitSource(spec) {
    if (/^(git\+[a-z]+|git|ssh):\/\//i.test(spec) || /^git@/i.test(spec))
        return true;
    if (/^(github|gitlab|bitbucket|gist):/i.test(spec))
        return true;
    const m = /^https?:\/\/(?:[^@/]*@)?([^/:?#]+)(?::\d+)?(\/[^?#]*)?(\?[^#]*)?(#.*)?$/i.exec(spec);
    if (!m)
        return false;
    const host = m[1].toLowerCase();
    const path = m[2] ?? '';
    if (host === 'codeload.github.com')
        return true;
    if (path.endsWith('.git') || /\.git#/.test(spec))
        return true;
    if (gitHosts.has(host)) {
        if (/\/repository\/archive\.tar\.gz$/.test(path))
            return true;
        if (m[4] !== undefined)
            return true;
        return path.split('/').filter(Boolean).length === 2;
    }
    return false;
}
/** The source kind of a recorded resolved URL or tarball location. */
function classifyLocation(resolved) {
    if (resolved.startsWith('file:'))
        return 'file';
    if (resolved.startsWith('link:'))
        return 'link';
    if ((0,tarball_url/* parseTarballUrl */.Pg)(resolved))
        return 'registry';
    if (isGitSource(resolved))
        return 'git';
    if (/^https?:\/\//i.test(resolved))
        return 'tarball';
    return 'other';
}
/** Splits `name@range` (scoped names keep their leading `@`). Returns null without a name. */
function splitDescriptor(descriptor) {
    const at = descriptor.indexOf('@', descriptor.startsWith('@') ? 1 : 0);
    if (at === -1)
        return descriptor === '' ? null : { name: descriptor, range: '' };
    if (at === 0)
        return null;
    return { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

;// CONCATENATED MODULE: ./src/detectors/pnpm-lock.ts








const pnpm_lock_source = 'pnpm-lock.yaml';
/** lockfileVersion values pnpm 3–12 write (5.0–5.2 by pnpm 3–5), and the key syntax of each era. */
const knownVersions = new Set([
    '5',
    '5.0',
    '5.1',
    '5.2',
    '5.3',
    '5.4',
    '5.4-inlineSpecifiers',
    '6.0',
    '6.1',
    '7.0',
    '9.0',
]);
const pnpmLockDetector = {
    id: pnpm_lock_source,
    role: 'lockfile',
    syntax: 'yaml',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'pnpm-lock.yaml' || path.endsWith('/pnpm-lock.yaml'),
    detect: (input) => detectScreened(input, {
        ecosystems: ['npm'],
        segment: pnpmSegments,
        keyNames: (text, start) => pnpmKeyNames(text, start),
        alsoKeep: (text, segments, keep) => {
            keepReferencedPackages(text, segments, keep);
            keepSnapshotsOfKeptPackages(text, segments, keep);
        },
        parse: (text) => detectPnpmLock(input.path, text, input.limits.maxDepth),
    }),
};
function detectPnpmLock(file, text, maxDepth = 512) {
    const scan = scanPnpmLock(text, maxDepth);
    const errors = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
    const components = [];
    const docs = scan.documents;
    if (docs.length === 0)
        return { components, errors };
    if (docs.length > 2) {
        errors.push({
            file,
            line: docs[2].line,
            message: `${docs.length} YAML documents; pnpm writes at most two`,
        });
    }
    // pnpm 11+: the first document is the "env lockfile" (packageManagerDependencies,
    // configDependencies); the main lockfile is the second. pnpm installs what the env lockfile
    // pins too (itself, and config dependencies, which run as pnpm plugins): its packages are
    // components like the main document's, located on their own lines. pnpm's own lockfile reader
    // returns only the main document (the corpus listings follow it; the conformance test checks
    // env-document components separately).
    const main = docs.length >= 2 ? docs[1] : docs[0];
    const era = lockfileEra(file, main, errors);
    if (docs.length >= 2) {
        const env = docs[0];
        readDocument(file, env, env.lockfileVersion === undefined ? era : lockfileEra(file, env, errors), components, errors);
    }
    readDocument(file, main, era, components, errors);
    return { components, errors };
}
function lockfileEra(file, doc, errors) {
    const v = doc.lockfileVersion;
    const line = doc.lockfileVersionLine ?? doc.line;
    if (v === undefined) {
        errors.push({ file, line, message: 'pnpm-lock.yaml without lockfileVersion' });
    }
    else if (!knownVersions.has(v)) {
        errors.push({ file, line, message: `unknown pnpm lockfileVersion ${v}` });
    }
    const major = v === undefined ? NaN : parseInt(v, 10);
    if (major <= 5)
        return 5;
    if (major === 6)
        return 6;
    return 9;
}
function pnpm_lock_str(v) {
    return typeof v === 'string' ? v : undefined;
}
function classified(kind, resolved, integrity) {
    const c = { kind };
    if (resolved !== undefined)
        c.resolved = resolved;
    if (integrity !== undefined)
        c.integrity = integrity;
    return c;
}
function classifyResolution(res, name) {
    const integrity = pnpm_lock_str(res.integrity);
    const tarball = pnpm_lock_str(res.tarball);
    const type = pnpm_lock_str(res.type);
    if (type === 'git' || res.repo !== undefined || res.commit !== undefined) {
        const repo = pnpm_lock_str(res.repo);
        const commit = pnpm_lock_str(res.commit);
        return classified('git', repo ? (commit ? `${repo}#${commit}` : repo) : undefined, integrity);
    }
    if (type === 'directory' || res.directory !== undefined) {
        const dir = pnpm_lock_str(res.directory);
        return classified('file', dir !== undefined ? `file:${dir}` : undefined, integrity);
    }
    if (tarball !== undefined) {
        const t = (0,tarball_url/* parseTarballUrl */.Pg)(tarball);
        if (t && (name === undefined || (0,tarball_url/* tarballName */.yP)(t, name) === name))
            return classified('registry', tarball, integrity);
        const kind = classifyLocation(tarball);
        return classified(kind === 'registry' ? 'tarball' : kind, tarball, integrity);
    }
    if (type !== undefined)
        return classified('other', undefined, integrity);
    // Neither tarball nor type: pnpm fetches the package from the registry by name and version
    // (`resolution: {integrity: …}`, or `resolution: {}` where the integrity was not recorded).
    return classified('registry', undefined, integrity);
}
function readDocument(file, doc, era, components, errors) {
    // pnpm 9: a package is optional when every snapshot of it is.
    const optionalBase = new Map();
    for (const [key, optional] of doc.snapshots) {
        const paren = key.indexOf('(');
        const base = paren === -1 ? key : key.slice(0, paren);
        optionalBase.set(base, (optionalBase.get(base) ?? true) && optional);
    }
    const read = [];
    for (const pkg of doc.packages) {
        const c = packageComponent(file, pkg, era, optionalBase, errors);
        if (!c)
            continue;
        components.push(c);
        read.push({ key: pkg.key, component: c });
    }
    // The packages by key, for aliased dependencies; built on the first one (most lockfiles have none).
    let byKey = null;
    const lookUp = (key) => {
        if (byKey === null) {
            byKey = new Map();
            for (const { key: k, component: c } of read) {
                byKey.set(k.startsWith('/') ? k.slice(1) : k, {
                    name: c.name,
                    version: c.version,
                    kind: c.sourceKind,
                    line: c.location.line,
                });
            }
        }
        return byKey.get(key);
    };
    for (const dep of doc.dependencies) {
        const c = dependencyComponent(file, dep, era, lookUp, errors);
        if (c)
            components.push(c);
    }
}
function packageComponent(file, pkg, era, optionalBase, errors) {
    const fail = (message) => {
        errors.push({ file, line: pkg.line, message });
    };
    const parts = parsePackageKey(pkg.key, era);
    if (!pkg.resolution) {
        fail(`package ${JSON.stringify(pkg.key)} has no resolution`);
        return null;
    }
    let name = pkg.name ?? parts?.name ?? (era === 9 ? keyName(pkg.key) : null);
    let cls = classifyResolution(pkg.resolution, name ?? undefined);
    if (name === null || name === undefined) {
        if (cls.kind === 'registry') {
            fail(`package ${JSON.stringify(pkg.key)} has no name`);
            return null;
        }
        // A local or remote source without a recorded name (pnpm reads it from the folder at install
        // time): name it by its key, as written.
        name = pkg.key;
    }
    let version = pkg.version ?? parts?.version ?? null;
    // A registry tarball of another package than the entry names is that package (what pnpm
    // installs), aliased by the entry's name: a banned package cannot hide behind a harmless key.
    let alias;
    if (cls.kind === 'tarball' && cls.resolved !== undefined) {
        const id = (0,tarball_url/* tarballIdentity */.V9)(name, cls.resolved);
        if (id.alias !== undefined)
            ({ name, version, alias } = id);
    }
    const runtime = runtimeKey(pkg.key);
    if (runtime && (pkg.resolution.type === 'variations' || pkg.resolution.type === 'binary')) {
        // `node@runtime:26.7.0`: a runtime from its vendor's release server (nodejs.org), pinned by
        // version and integrity like a registry package.
        cls = { kind: 'registry', resolved: `runtime:${runtime.version}` };
        version = runtime.version;
    }
    if (cls.kind === 'registry' && !runtime) {
        if (!parts && pkg.version === undefined) {
            fail(`registry package ${JSON.stringify(pkg.key)} has no version`);
            return null;
        }
        if (parts && pkg.name !== undefined && pkg.name !== parts.name)
            fail(`name field ${pkg.name} differs from the package key ${JSON.stringify(pkg.key)}`);
        if (parts && pkg.version !== undefined && pkg.version !== parts.version)
            fail(`version field ${pkg.version} differs from the package key ${JSON.stringify(pkg.key)}`);
        if (cls.resolved !== undefined) {
            const t = (0,tarball_url/* parseTarballUrl */.Pg)(cls.resolved);
            if (t && version !== null && t.version !== version) {
                fail(`tarball ${cls.resolved} is version ${t.version}, not ${version}`);
                version = t.version;
            }
        }
    }
    let scope;
    if (pkg.optional === 'true')
        scope = 'optional';
    else if (pkg.dev === 'true')
        scope = 'dev';
    else if (pkg.dev === 'false')
        scope = 'prod';
    else if (optionalBase.get(pkg.key) === true)
        scope = 'optional';
    const init = {
        ecosystem: 'npm',
        name,
        version,
        location: { file, line: pkg.line },
        source: pnpm_lock_source,
        sourceKind: cls.kind,
    };
    if (cls.integrity !== undefined)
        init.integrity = cls.integrity;
    if (scope !== undefined)
        init.scope = scope;
    if (cls.resolved !== undefined)
        init.resolved = cls.resolved;
    if (alias !== undefined)
        init.alias = alias;
    return (0,component/* makeComponent */.G)(init);
}
const sectionScope = {
    dependencies: 'prod',
    devDependencies: 'dev',
    optionalDependencies: 'optional',
};
/** An importer's `link:` dependency, or an aliased one (`cc: npm:@anthropic-ai/claude-code@…`). */
function dependencyComponent(file, dep, era, lookUp, errors) {
    const v = dep.version;
    if (v === undefined) {
        errors.push({ file, line: dep.line, message: `dependency ${JSON.stringify(dep.name)} has no version` });
        return null;
    }
    const scope = sectionScope[dep.section];
    if (v.startsWith('link:')) {
        return (0,component/* makeComponent */.G)({
            ecosystem: 'npm',
            name: dep.name,
            version: null,
            spec: v,
            location: { file, line: dep.line },
            source: pnpm_lock_source,
            sourceKind: 'link',
            scope,
            resolved: v,
        });
    }
    // A reference to another package name: `/real/1.0.0` (5.x), `/real@1.0.0` (6.x), `real@1.0.0` (9).
    const aliased = v.startsWith('/') || (era !== 5 && v.includes('@') && /^(@[^/]+\/)?[^@/()]+@/.test(v));
    if (!aliased)
        return null;
    const ref = v.startsWith('/') ? v.slice(1) : v;
    const paren = ref.indexOf('(');
    const target = lookUp(ref) ?? lookUp(paren === -1 ? ref : ref.slice(0, paren));
    if (!target) {
        errors.push({
            file,
            line: dep.line,
            message: `dependency ${JSON.stringify(dep.name)} refers to ${JSON.stringify(v)}, which is not in packages`,
        });
        return null;
    }
    if (target.name === dep.name)
        return null;
    return (0,component/* makeComponent */.G)({
        ecosystem: 'npm',
        name: target.name,
        version: target.version,
        ...(dep.specifier !== undefined && target.version === null ? { spec: dep.specifier } : {}),
        location: { file, line: dep.line },
        source: pnpm_lock_source,
        sourceKind: target.kind,
        alias: dep.name,
        scope,
        // The package entry is the same installation: one finding, at the alias.
        sameInstallationAs: { ecosystem: 'npm', name: target.name, location: { file, line: target.line } },
    });
}

;// CONCATENATED MODULE: ./src/detectors/yarn/berry.ts
// A line scanner for yarn berry (v2+) lockfiles: YAML written by yarn's `stringifySyml`, read
// here with the lockfile YAML subset reader (see ../parsers/lockfile-yaml.ts) instead of a full YAML parse.

const scalarFields = new Set(['version', 'resolution', 'checksum', 'languageName', 'linkType', 'conditions']);
function scanYarnBerry(text, maxDepth = 512) {
    const y = new YamlLines(text, maxDepth);
    const entries = [];
    const out = { entries, errors: y.errors };
    const seenKeys = new Set();
    let current = null;
    let inMetadata = false;
    const fields = new FieldNames();
    let seenFields = false;
    while (y.next()) {
        if (y.kind === 'document') {
            y.fail(y.line, 'YAML document markers are not written by yarn');
            continue;
        }
        if (y.depth === 0) {
            current = null;
            inMetadata = false;
            if (y.kind !== 'entry' || !y.opens) {
                y.fail(y.line, 'expected an entry key followed by its fields');
                continue;
            }
            if (seenKeys.has(y.key))
                y.fail(y.line, `duplicate entry key ${JSON.stringify(y.key)}`);
            seenKeys.add(y.key);
            fields.clear();
            seenFields = true;
            if (y.key === '__metadata') {
                inMetadata = true;
                out.metadataLine = y.line;
                continue;
            }
            current = { line: y.line, key: y.key };
            entries.push(current);
            continue;
        }
        if (y.depth !== 1)
            continue;
        if (y.kind !== 'entry') {
            y.fail(y.line, 'unexpected sequence item in an entry');
            continue;
        }
        const key = y.key;
        if (seenFields && !fields.add(key))
            y.fail(y.line, `duplicate field ${JSON.stringify(key)}`);
        if (inMetadata) {
            if (key === 'version') {
                const v = y.value;
                if (v === null)
                    y.fail(y.line, '__metadata.version is not a scalar');
                else
                    out.metadataVersion = v;
            }
            continue;
        }
        if (!current || !scalarFields.has(key))
            continue;
        const v = y.value;
        if (v === null) {
            y.fail(y.line, `field ${JSON.stringify(key)} is not a scalar`);
            continue;
        }
        current[key] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/yarn/segments.ts
// yarn.lock (classic and berry) cut into its entries for the audit's screen
// (parsers/screened-entries.ts): an entry starts at a line in column 0 that ends with `:` and runs
// to the next line in column 0 (yarn's own top level: both formats nest by indentation only).
// Every other line in column 0 (`__metadata:`, a merge-conflict marker, anything else) is
// structure and is always parsed.

const yarn_segments_SPACE = 32;
const segments_LF = 10;
const yarn_segments_CR = 13;
const yarn_segments_HASH = 35;
const segments_COLON = 58;
const segments_QUOTE = 34;
function yarnSegments(text) {
    const starts = [0];
    const lines = [1];
    const kinds = [STRUCTURE];
    const len = text.length;
    let pos = 0;
    let line = 1;
    while (pos < len) {
        const c = text.charCodeAt(pos);
        const nl = text.indexOf('\n', pos);
        if (c !== yarn_segments_SPACE && c !== segments_LF && c !== yarn_segments_CR && c !== yarn_segments_HASH) {
            const kind = isEntryHeader(text, pos, nl === -1 ? len : nl) ? 1 : STRUCTURE;
            if (pos === 0)
                kinds[0] = kind;
            else {
                starts.push(pos);
                lines.push(line);
                kinds.push(kind);
            }
        }
        if (nl === -1)
            break;
        pos = nl + 1;
        line++;
    }
    return { starts, lines, kinds };
}
function isEntryHeader(text, start, end) {
    let last = end - 1;
    while (last > start && (text.charCodeAt(last) === yarn_segments_CR || text.charCodeAt(last) === yarn_segments_SPACE))
        last--;
    if (text.charCodeAt(last) !== segments_COLON)
        return false;
    return !(text.startsWith('__metadata', start) || text.startsWith('"__metadata"', start));
}
/**
 * The package names an entry's header line declares: the first descriptor's name and, for an
 * `npm:` alias, its target's (a superset is fine: they only decide which entries are parsed).
 */
function yarnKeyNames(text, start, end) {
    const nl = text.indexOf('\n', start);
    const header = text.slice(start, nl === -1 || nl > end ? end : nl);
    const names = [];
    const add = (d) => {
        const at = d.indexOf('@', 1);
        if (at > 0)
            names.push(d.slice(0, at));
    };
    add(header.charCodeAt(0) === segments_QUOTE ? header.slice(1) : header);
    const npm = header.indexOf('@npm:');
    if (npm !== -1)
        add(header.slice(npm + 5));
    return names;
}

;// CONCATENATED MODULE: ./src/detectors/yarn-lock.ts









const yarn_lock_source = 'yarn.lock';
/** Berry `__metadata.version` values this reader was built and tested against. */
const knownBerryVersions = { min: 4, max: 10 };
const yarnLockDetector = {
    id: yarn_lock_source,
    role: 'lockfile',
    syntax: 'text',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'yarn.lock' || path.endsWith('/yarn.lock'),
    detect: (input) => detectScreened(input, {
        ecosystems: ['npm'],
        segment: yarnSegments,
        keyNames: yarnKeyNames,
        parse: (text) => detectYarnLock(input.path, text, input.limits.maxDepth),
    }),
};
function detectYarnLock(file, text, maxDepth = 512) {
    return isBerry(text) ? detectBerry(file, text, maxDepth) : detectClassic(file, text, maxDepth);
}
/** Berry files start (after comments) with `__metadata:`; classic files never have it. */
function isBerry(text) {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < text.length) {
        let nl = text.indexOf('\n', pos);
        if (nl === -1)
            nl = text.length;
        const line = text.slice(pos, Math.min(nl, pos + 200)).trimEnd();
        pos = nl + 1;
        if (line === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('__metadata:') || line.startsWith('"__metadata":'))
            return true;
        // Classic fields are `key value`; berry fields are `key: value`. Decide by the first field.
        if (/^ {2}"?[A-Za-z]+"?:( |$)/.test(line))
            return true;
        if (/^ /.test(line))
            return false;
    }
    return false;
}
function classicDescriptor(key) {
    const d = splitDescriptor(key);
    if (!d)
        return null;
    if (d.range.startsWith('npm:')) {
        const inner = d.range.slice(4);
        const target = splitDescriptor(inner);
        if (target && inner.indexOf('@', inner.startsWith('@') ? 1 : 0) > 0) {
            return { name: d.name, realName: target.name, range: target.range };
        }
        // `alias@npm:pkg`: yarn 1 writes the target without a range for `"alias": "npm:pkg"`; a range
        // alone (`alias@npm:^1.0.0`) is a range of the declared name.
        if (semver_default().validRange(inner) === null && (0,npm_spec/* isValidPackageName */.eW)(inner)) {
            return { name: d.name, realName: inner, range: '' };
        }
        return { name: d.name, realName: d.name, range: inner };
    }
    return { name: d.name, realName: d.name, range: d.range };
}
function detectClassic(file, text, maxDepth) {
    const scan = scanYarnClassic(text, maxDepth);
    const errors = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
    const components = [];
    for (const entry of scan.entries) {
        const c = classicComponent(file, entry, errors);
        if (c)
            components.push(c);
    }
    return { components, errors };
}
function classicComponent(file, entry, errors) {
    const fail = (message) => {
        errors.push({ file, line: entry.line, message });
    };
    const descriptors = [];
    for (const key of entry.keys) {
        const d = classicDescriptor(key);
        if (d)
            descriptors.push(d);
        else
            fail(`entry key ${JSON.stringify(key)} names no package`);
    }
    if (descriptors.length === 0)
        return null;
    let name = descriptors[0].realName;
    for (const d of descriptors) {
        if (d.realName !== name) {
            fail(`one entry names two packages: ${JSON.stringify(name)} and ${JSON.stringify(d.realName)}`);
            break;
        }
    }
    let version = entry.version ?? null;
    if (version === null)
        fail('entry has no version');
    const ranges = descriptors.map((d) => d.range);
    let kind;
    const resolved = entry.resolved;
    if (resolved !== undefined) {
        const t = (0,tarball_url/* parseTarballUrl */.Pg)(resolved);
        kind = t !== null ? 'registry' : classifyLocation(resolved);
        if (t !== null) {
            // The tarball is what yarn installs: its name and version must agree with the entry.
            const tName = (0,tarball_url/* tarballName */.yP)(t, name);
            if (tName !== name) {
                // A key whose range is the URL itself (`alias@https://…/-/real-1.0.0.tgz`, as yarn writes
                // for a URL dependency) only names where the package goes: the URL's package is the one.
                // A registry range resolved to another package's tarball is a contradiction.
                if (!ranges.every((r) => /^https?:\/\//i.test(r)))
                    fail(`resolved tarball is ${tName}@${t.version} but the entry names ${name}`);
                name = tName;
            }
            if (version !== null && t.version !== version) {
                fail(`resolved tarball is ${name}@${t.version} but the entry's version is ${version}`);
                version = t.version;
            }
        }
        else if (kind === 'tarball' && ranges.some(isGitSource)) {
            kind = 'git';
        }
    }
    else if (ranges.some((r) => r.startsWith('link:')))
        kind = 'link';
    else if (ranges.some((r) => r.startsWith('file:') || r.startsWith('.') || r.startsWith('/')))
        kind = 'file';
    else if (ranges.some(isGitSource))
        kind = 'git';
    else if (ranges.some((r) => /^https?:/.test(r)))
        kind = 'tarball';
    else
        kind = 'registry';
    const alias = descriptors.find((d) => d.name !== name)?.name;
    const location = { file, line: entry.line };
    const init = kind === 'link'
        ? {
            ecosystem: 'npm',
            name,
            version: null,
            spec: ranges.find((r) => r.startsWith('link:')) ?? '',
            location,
            source: yarn_lock_source,
            sourceKind: kind,
        }
        : { ecosystem: 'npm', name, version, location, source: yarn_lock_source, sourceKind: kind };
    if (entry.integrity !== undefined)
        init.integrity = entry.integrity;
    if (alias !== undefined)
        init.alias = alias;
    if (resolved !== undefined)
        init.resolved = resolved;
    return (0,component/* makeComponent */.G)(init);
}
// ---------------------------------------------------------------------------------------------
// Yarn berry
function detectBerry(file, text, maxDepth) {
    const scan = scanYarnBerry(text, maxDepth);
    const errors = scan.errors.map((e) => ({ file, line: e.line, message: e.message }));
    const components = [];
    for (const entry of scan.entries) {
        const c = berryComponent(file, entry, errors);
        if (c)
            components.push(c);
    }
    const v = scan.metadataVersion;
    if (v === undefined) {
        errors.push({
            file,
            line: scan.metadataLine ?? 1,
            message: 'yarn berry lockfile without __metadata.version',
        });
    }
    else {
        const n = /^\d+$/.test(v) ? Number(v) : NaN;
        if (!(n >= knownBerryVersions.min)) {
            errors.push({
                file,
                line: scan.metadataLine ?? 1,
                message: `unknown yarn lockfile __metadata.version ${v}`,
            });
        }
        else if (n > knownBerryVersions.max && errors.length > 0) {
            // A newer format read with errors: say so, rather than letting the errors look like damage.
            errors.push({
                file,
                line: scan.metadataLine ?? 1,
                message: `__metadata.version ${v} is newer than the versions this reader knows (${knownBerryVersions.min}–${knownBerryVersions.max}) and did not read cleanly`,
            });
        }
    }
    return { components, errors };
}
/** A berry locator or descriptor reference's protocol kind. */
function berryKind(reference) {
    if (reference.startsWith('npm:'))
        return 'registry';
    if (reference.startsWith('workspace:'))
        return 'workspace';
    if (reference.startsWith('portal:') || reference.startsWith('link:'))
        return 'link';
    if (reference.startsWith('file:'))
        return 'file';
    if (/#commit[=:]/.test(reference) || isGitSource(reference))
        return 'git';
    // A registry-shaped tarball URL (`…/<name>/-/<name>-<version>.tgz`, any host) is a registry
    // package, as for npm and pnpm lockfiles.
    if (/^https?:\/\//.test(reference))
        return (0,tarball_url/* parseTarballUrl */.Pg)(reference) ? 'registry' : 'tarball';
    return 'other';
}
/** Placeholder versions yarn writes for sources without a real manifest version. */
function isPlaceholderVersion(v) {
    return v === '0.0.0-use.local' || v.startsWith('0.0.0-condition-');
}
function berryComponent(file, entry, errors) {
    const fail = (message) => {
        errors.push({ file, line: entry.line, message });
    };
    if (entry.resolution === undefined) {
        fail('entry has no resolution');
        return null;
    }
    const locator = splitDescriptor(entry.resolution);
    if (!locator || locator.range === '') {
        fail(`resolution ${JSON.stringify(entry.resolution)} is not name@reference`);
        return null;
    }
    let name = locator.name;
    let reference = locator.range;
    let kind = berryKind(reference);
    let version = entry.version ?? null;
    if (version === null)
        fail('entry has no version');
    if (reference.startsWith('patch:')) {
        // `patch:<name>@<encoded source>#<patch>`: the patched package is the inner source.
        const hash = reference.indexOf('#');
        const inner = yarn_lock_safeDecode(reference.slice(6, hash === -1 ? undefined : hash));
        const target = inner === null ? null : splitDescriptor(inner);
        if (!target || target.range === '') {
            fail(`patch resolution ${JSON.stringify(entry.resolution)} has no source package`);
            kind = 'other';
        }
        else {
            name = target.name;
            reference = target.range;
            kind = berryKind(reference);
        }
    }
    const tarball = kind === 'registry' && !reference.startsWith('npm:') ? (0,tarball_url/* parseTarballUrl */.Pg)(reference) : null;
    if (tarball) {
        // A registry tarball URL: what yarn installs is the package and version the URL names.
        const tName = (0,tarball_url/* tarballName */.yP)(tarball, name);
        if (tName !== name)
            fail(`resolved tarball is ${tName}@${tarball.version} but the entry names ${name}`);
        if (version !== null && tarball.version !== version)
            fail(`resolved tarball is ${tName}@${tarball.version} but the entry's version is ${version}`);
        name = tName;
        version = tarball.version;
    }
    else if (kind === 'registry') {
        // Yarn binds parameters to a reference after `::` (`npm:1.0.0::__archiveUrl=…`, written for a
        // package whose tarball is not at the registry's conventional URL): not part of the version.
        const bind = reference.indexOf('::');
        const exact = reference.slice(4, bind === -1 ? undefined : bind);
        const at = exact.lastIndexOf('@');
        // An aliased npm reference (`npm:other@1.0.0`) names another package.
        if (at > 0) {
            name = exact.slice(0, at);
            const v = exact.slice(at + 1);
            if (version !== null && v !== version)
                fail(`resolution version ${v} differs from version ${version}`);
            version = v;
        }
        else if (version !== null && exact !== version) {
            fail(`resolution version ${exact} differs from version ${version}`);
            version = exact;
        }
        else if (version === null)
            version = exact;
        if (bind !== -1) {
            // Yarn downloads the bound archive: a registry tarball of another package or version is what
            // it installs (a banned package cannot hide behind a harmless entry).
            const archive = new URLSearchParams(reference.slice(bind + 2)).get('__archiveUrl');
            const t = archive === null ? null : (0,tarball_url/* tarballPackage */.tV)(archive, name);
            if (t !== null)
                ({ name, version } = t);
        }
    }
    const placeholder = version !== null && kind !== 'registry' && isPlaceholderVersion(version);
    const descriptors = entry.key.split(/\s*,\s*/);
    let alias;
    for (const d of descriptors) {
        const s = splitDescriptor(d);
        if (s && s.name !== name && alias === undefined)
            alias = s.name;
    }
    const location = { file, line: entry.line };
    const init = placeholder
        ? { ecosystem: 'npm', name, version: null, spec: reference, location, source: yarn_lock_source, sourceKind: kind }
        : { ecosystem: 'npm', name, version, location, source: yarn_lock_source, sourceKind: kind };
    if (entry.checksum !== undefined)
        init.integrity = entry.checksum;
    if (alias !== undefined)
        init.alias = alias;
    init.resolved = entry.resolution;
    return (0,component/* makeComponent */.G)(init);
}
function yarn_lock_safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/detectors/index.ts


















































/** The detectors that claim files by name. */
const named = [
    devcontainerDetector,
    devcontainerLockDetector,
    detectors_dockerfile/* dockerfileDetector */.hQ,
    composeDetector,
    github_workflow/* githubWorkflowDetector */.x_,
    shellScriptDetector,
    makefile/* makefileDetector */.jS,
    justfile/* justfileDetector */.bW,
    powershell_script/* powershellScriptDetector */.pU,
    batchScriptDetector,
    ...ciConfigDetectors,
    jenkinsfileDetector,
    preCommitConfigDetector,
    devboxJsonDetector,
    codeWorkspaceDetector,
    pnpmWorkspaceDetector,
    packageJsonCatalogsDetector,
    taskfile/* taskfileDetector */.o5,
    package_json_scripts/* packageJsonScriptsDetector */.B_,
    toolVersionsDetector,
    nixDetector,
    miseTomlDetector,
    brewfileDetector,
    vscodeExtensionsDetector,
    vendoredPackageDetector,
    vsixDetector,
    package_archive/* packageArchiveDetector */.fr,
    package_folder/* packageFolderDetector */.ZQ,
    packageLockDetector,
    packageJsonDetector,
    bunLockDetector,
    bunLockbDetector,
    denoLockDetector,
    requirementsTxtDetector,
    poetryLockDetector,
    uvLockDetector,
    pipfileLockDetector,
    pdmLockDetector,
    pylockTomlDetector,
    pyprojectTomlDetector,
    pipfileDetector,
    condaEnvironmentDetector,
    setupCfgDetector,
    setupPyDetector,
    toxIniDetector,
    pep723ScriptDetector,
    pixiTomlDetector,
    yarnLockDetector,
    pnpmLockDetector,
];
/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * above; the YAML fallback reads the YAML files none of them claims.
 */
const detectors = [...named, yamlCommandsDetector(named)];


/***/ }),

/***/ 4939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseJustfile),
/* harmony export */   i: () => (/* binding */ evaluateJust)
/* harmony export */ });
/* harmony import */ var _parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19057);

const NAME = '[A-Za-z_][\\w-]*';
const ASSIGNMENT = new RegExp(`^(export\\s+)?(${NAME})\\s*:=\\s*(.*)$`);
const ALIAS = new RegExp(`^alias\\s+(${NAME})\\s*:=\\s*(${NAME})\\s*$`);
const SETTING = new RegExp(`^set\\s+(${NAME})(?:\\s*:=\\s*(.*))?$`);
const HEADER = new RegExp(`^@?(${NAME})(.*)$`);
function parseJustfile(text) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    const file = {
        assignments: new Map(),
        aliases: new Map(),
        recipes: new Map(),
        exportAll: false,
        positionalArguments: false,
    };
    let markedDefault = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\s/.test(line) || line.trim() === '' || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            if (/\bdefault\b/.test(line))
                markedDefault = true;
            continue;
        }
        const setting = SETTING.exec(line);
        if (setting) {
            const on = setting[2] === undefined || /^true\b/.test(setting[2].trim());
            if (setting[1] === 'export')
                file.exportAll = on;
            if (setting[1] === 'positional-arguments')
                file.positionalArguments = on;
            if (setting[1] === 'dotenv-load' && on)
                file.dotenv ??= {};
            const named = setting[2] === undefined ? undefined : (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(setting[2].trim());
            if (setting[1] === 'dotenv-filename' && named !== undefined)
                file.dotenv = { ...file.dotenv, filename: named };
            if (setting[1] === 'dotenv-path' && named !== undefined)
                file.dotenv = { ...file.dotenv, path: named };
            continue;
        }
        const alias = ALIAS.exec(line);
        if (alias) {
            file.aliases.set(alias[1], alias[2]);
            continue;
        }
        const assignment = ASSIGNMENT.exec(line);
        if (assignment) {
            file.assignments.set(assignment[2], { expr: assignment[3], exported: !!assignment[1] });
            continue;
        }
        const header = HEADER.exec(line);
        const parts = header ? splitHeader(header[2]) : null;
        if (!header || !parts)
            continue;
        const recipe = { name: header[1], line: i + 1, ...parts, body: [] };
        let j = i + 1;
        while (j < lines.length && (lines[j].trim() === '' || /^[ \t]/.test(lines[j]))) {
            if (lines[j].trim() === '') {
                j++;
                continue;
            }
            const pieces = [{ text: lines[j].trim().replace(/^[@-]+/, ''), line: j + 1 }];
            while (/(^|[^\\])(\\\\)*\\$/.test(lines[j]) && j + 1 < lines.length) {
                j++;
                pieces.push({ text: lines[j].trimStart(), line: j + 1 });
            }
            recipe.body.push(pieces);
            j++;
        }
        i = j - 1;
        file.recipes.set(recipe.name, recipe);
        if (file.defaultRecipe === undefined || markedDefault)
            file.defaultRecipe = recipe.name;
        markedDefault = false;
    }
    return file;
}
/** `PARAMS: DEPS && DEPS` of a recipe header, or null when the line is no recipe header. */
function splitHeader(rest) {
    const tokens = headerTokens(rest);
    const colon = tokens.indexOf(':');
    if (colon === -1 || tokens[colon + 1] === '=')
        return null;
    const params = [];
    for (let k = 0; k < colon; k++) {
        const m = new RegExp(`^([+*]?)(\\$?)(${NAME})$`).exec(tokens[k]);
        if (!m)
            return null;
        const param = { name: m[3], variadic: m[1], exported: !!m[2] };
        if (tokens[k + 1] === '=') {
            param.default = tokens[k + 2];
            k += 2;
        }
        params.push(param);
    }
    const before = [];
    const after = [];
    let into = before;
    for (const t of tokens.slice(colon + 1)) {
        if (t === '&&')
            into = after;
        else if (t.startsWith('#'))
            break;
        else if (t.startsWith('(')) {
            const inner = headerTokens(t.slice(1, -1));
            if (inner[0])
                into.push({ name: inner[0], args: expressions(inner.slice(1)) });
        }
        else if (new RegExp(`^${NAME}$`).test(t))
            into.push({ name: t, args: [] });
    }
    return { params, before, after };
}
/** Header tokens as expressions: `x + 'a'` and `'a' / b` are one argument each. */
function expressions(tokens) {
    const out = [];
    for (const t of tokens) {
        const prev = out[out.length - 1];
        if (prev !== undefined && (/[+/]$/.test(prev) || /^[+/]/.test(t)))
            out[out.length - 1] = `${prev} ${t}`;
        else
            out.push(t);
    }
    return out;
}
/** Words, string literals, parenthesised groups, `=`, `:`, `&&` and comments of a header. */
function headerTokens(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c))
            i++;
        else if (c === '#') {
            tokens.push(text.slice(i));
            break;
        }
        else if (c === "'" || c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== c)
                j += c === '"' && text[j] === '\\' ? 2 : 1;
            tokens.push(text.slice(i, j + 1));
            i = j + 1;
        }
        else if (c === '(') {
            let depth = 0;
            let j = i;
            for (; j < text.length; j++) {
                if (text[j] === '(')
                    depth++;
                if (text[j] === ')' && --depth === 0)
                    break;
            }
            tokens.push(text.slice(i, j + 1));
            i = j + 1;
        }
        else if (text.startsWith('&&', i)) {
            tokens.push('&&');
            i += 2;
        }
        else if (c === ':' || c === '=') {
            tokens.push(c);
            i++;
        }
        else {
            const m = /^[^\s:=()'"#]+/.exec(text.slice(i));
            tokens.push(m[0]);
            i += m[0].length;
        }
    }
    return tokens;
}
/**
 * A just expression's value: string literals, variables and `env()` lookups joined with `+`
 * (`/` joins with a slash). What just computes otherwise (backticks, `if`, other functions) is
 * an unknown value.
 */
function evaluateJust(expr, lookup, env) {
    const source = expr.replace(/\s+#.*$/, '').trim();
    const terms = splitTerms(source);
    if (terms === null)
        return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownValue */ .Uo)(`{{${source}}}`);
    const values = [];
    for (const { term, join } of terms) {
        if (join)
            values.push((0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .knownValue */ .jj)('/'));
        const value = termValue(term, lookup, env);
        if (value === undefined)
            return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownValue */ .Uo)(`{{${source}}}`);
        values.push(value);
    }
    return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .joinValues */ .jw)(values);
}
function termValue(term, lookup, env) {
    const literal = (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(term);
    if (literal !== undefined)
        return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .knownValue */ .jj)(literal);
    if (new RegExp(`^${NAME}$`).test(term))
        return lookup(term);
    const call = /^(env|env_var|env_var_or_default)\s*\(\s*(.*?)\s*\)$/.exec(term);
    if (!call)
        return undefined;
    const args = call[2].split(/\s*,\s*/).map((a) => (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .stringLiteral */ .Hg)(a));
    if (args.some((a) => a === undefined) || args.length === 0 || args.length > 2)
        return undefined;
    const given = env(args[0]);
    if (given !== undefined)
        return given;
    return args[1] !== undefined ? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .knownValue */ .jj)(args[1]) : undefined;
}
/** Terms joined by `+` or `/` outside quotes and parentheses; null for other operators. */
function splitTerms(expr) {
    const terms = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    let join = false;
    for (let i = 0; i <= expr.length; i++) {
        const c = expr[i];
        if (quote) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = '';
            continue;
        }
        if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (depth === 0 && (c === '+' || c === '/' || c === undefined)) {
            const term = expr.slice(start, i).trim();
            if (term === '')
                return null;
            terms.push({ term, join });
            join = c === '/';
            start = i + 1;
        }
        else if (depth === 0 && (c === '=' || c === '!' || c === '&' || c === '|'))
            return null;
    }
    return terms;
}


/***/ }),

/***/ 70971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bW: () => (/* binding */ justfileDetector),
/* harmony export */   "do": () => (/* binding */ justDotenv),
/* harmony export */   f$: () => (/* binding */ justSites),
/* harmony export */   jF: () => (/* binding */ justRuns),
/* harmony export */   jQ: () => (/* binding */ JUSTFILE_SOURCE)
/* harmony export */ });
/* unused harmony exports isJustfilePath, scanJustfile */
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14260);
/* harmony import */ var _shell_positional_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16614);
/* harmony import */ var _justfile_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4939);
/* harmony import */ var _parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19057);
/* harmony import */ var _flows_command_sites_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36753);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92780);
/* harmony import */ var _parsers_dotenv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44440);








/** Most distinct runs (a recipe or task with its values) read per file. */
const MAX_RUNS = 4096;
const JUSTFILE_SOURCE = 'justfile';
function isJustfilePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^\.?justfile$/i.test(name) || /\.just$/i.test(name);
}
const NO_CONTEXT = { overrides: new Map(), env: new Map() };
function scanJustfile(path, text) {
    return scanCommandSites(path, JUSTFILE_SOURCE, ownSites(parseJustfile(text), NO_CONTEXT), 'recipe');
}
async function detectJustfile({ path, text, readFile }) {
    const file = (0,_justfile_model_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJustfile */ .G)(text);
    const dotenv = await justDotenv(file, path, readFile);
    const sites = ownSites(file, { ...NO_CONTEXT, dotenv });
    return (0,_flows_command_sites_js__WEBPACK_IMPORTED_MODULE_3__/* .scanAndFollowCommandSites */ .X)({ path, readFile }, JUSTFILE_SOURCE, sites, 'recipe', (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .dirOf */ .R)(path));
}
/** Every recipe, as `just RECIPE` runs it with no arguments. */
function ownSites(file, context) {
    const runs = [...file.recipes.values()].map((recipe) => ({ recipe, args: [] }));
    return justSites(file, runs, context);
}
/**
 * The variables of the `.env` file a justfile loads: `dotenv-path` from its folder, else
 * `dotenv-filename` (`.env`) in its folder or the nearest folder above, each written at its line.
 */
async function justDotenv(file, justfilePath, readFile) {
    const env = new Map();
    if (!file.dotenv)
        return env;
    const dir = (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .dirOf */ .R)(justfilePath);
    const candidates = [];
    if (file.dotenv.path !== undefined)
        candidates.push((0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .joinRelative */ .r)(dir, file.dotenv.path));
    else
        for (let d = dir; d !== null; d = d === '' ? null : (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .dirOf */ .R)(d))
            candidates.push((0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .joinRelative */ .r)(d, file.dotenv.filename ?? '.env'));
    for (const path of candidates) {
        const text = path === null ? null : await readFile(path);
        if (path === null || text === null)
            continue;
        for (const [k, v] of (0,_parsers_dotenv_js__WEBPACK_IMPORTED_MODULE_5__/* .dotenvValues */ .D)(text, path))
            env.set(k, v);
        break;
    }
    return env;
}
/**
 * The recipes `just` runs for `positional` (recipe names, each followed by as many arguments as
 * it takes; none: the default recipe), or null when a name is no recipe (just then runs nothing).
 */
function justRuns(file, positional) {
    if (positional.length === 0) {
        const first = file.defaultRecipe && file.recipes.get(file.defaultRecipe);
        return first ? [{ recipe: first, args: [] }] : [];
    }
    const runs = [];
    for (let i = 0; i < positional.length;) {
        const word = positional[i];
        if (word.unknown)
            return null;
        const recipe = file.recipes.get(file.aliases.get(word.text) ?? word.text);
        if (!recipe)
            return null;
        const variadic = recipe.params.some((p) => p.variadic !== '');
        const max = variadic ? Infinity : recipe.params.length;
        const args = positional.slice(i + 1, i + 1 + Math.min(max, positional.length - i - 1));
        runs.push({ recipe, args: [...args] });
        i += 1 + args.length;
    }
    return runs;
}
/** The command sites of `runs` and their dependencies, in the order just runs them. */
function justSites(file, runs, context) {
    const values = new _parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_6__/* .TemplateValues */ .$f();
    const globals = new Map();
    const env = (name) => context.env.get(name) ?? context.dotenv?.get(name);
    for (const [name, a] of file.assignments)
        globals.set(name, context.overrides.get(name) ?? (0,_justfile_model_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateJust */ .i)(a.expr, (n) => globals.get(n), env));
    const sites = [];
    const done = new Set();
    const visit = (recipe, args, depth) => {
        const key = JSON.stringify([recipe.name, args.map((a) => a.text)]);
        // Runs that dependencies reach with new values are bounded (they could multiply at every
        // level of a hostile file); the recipes asked for are always read.
        if (depth > 16 || done.has(key) || (depth > 0 && done.size >= MAX_RUNS))
            return;
        done.add(key);
        const scope = new Map(globals);
        const exported = new Map();
        for (const [name, a] of file.assignments)
            if (a.exported || file.exportAll)
                exported.set(name, globals.get(name));
        recipe.params.forEach((p, k) => {
            const given = p.variadic !== '' ? variadicValue(args.slice(k)) : (args[k] ?? undefined);
            const value = given ??
                (p.default !== undefined
                    ? (0,_justfile_model_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateJust */ .i)(p.default, (n) => scope.get(n), env)
                    : p.variadic === '*'
                        ? { text: '', unknown: false }
                        : (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_6__/* .unknownValue */ .Uo)(`{{${p.name}}}`));
            scope.set(p.name, value);
            if (p.exported || file.exportAll)
                exported.set(p.name, value);
        });
        const lookup = (n) => scope.get(n);
        const runDeps = (deps) => {
            for (const dep of deps) {
                const target = file.recipes.get(file.aliases.get(dep.name) ?? dep.name);
                if (target)
                    visit(target, dep.args.map((a) => (0,_justfile_model_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateJust */ .i)(a, lookup, env)), depth + 1);
            }
        };
        runDeps(recipe.before);
        const siteEnv = new Map();
        for (const [k, v] of context.dotenv ?? [])
            if (!context.env.has(k))
                siteEnv.set(k, v);
        for (const [k, v] of exported)
            siteEnv.set(k, v);
        if (file.positionalArguments)
            (0,_shell_positional_js__WEBPACK_IMPORTED_MODULE_7__/* .setArguments */ .J)(siteEnv, [...args]);
        for (const piece of recipe.body) {
            const site = (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .joinedSite */ .fQ)(piece.map((p) => ({ text: interpolate(p.text, lookup, env, values), line: p.line })));
            sites.push({ ...site, env: siteEnv });
        }
        runDeps(recipe.after);
    };
    for (const run of runs)
        visit(run.recipe, run.args, 0);
    // The bindings of every `${{ task.vN }}` written, given with the first site (names are unique).
    if (sites[0])
        sites[0] = { ...sites[0], env: new Map([...values.bindings, ...(sites[0].env ?? [])]) };
    return sites;
}
function variadicValue(args) {
    if (args.length === 0)
        return undefined;
    const from = args.find((a) => a.from)?.from;
    const v = { text: args.map((a) => a.text).join(' '), unknown: args.some((a) => a.unknown) };
    return from ? { ...v, from } : v;
}
/** `{{expr}}` replaced by its value; `{{{{` is a literal `{{`. */
function interpolate(text, lookup, env, values) {
    return text
        .replace(/\{\{\{\{/g, '\0')
        .replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, expr) => values.write((0,_justfile_model_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateJust */ .i)(expr, lookup, env)))
        .replace(/\0/g, '{{');
}
const justfileDetector = {
    id: JUSTFILE_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: _shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_ECOSYSTEMS */ .Ms,
    matches: isJustfilePath,
    detect: detectJustfile,
};


/***/ }),

/***/ 36011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ MAKEFILE_SOURCE),
/* harmony export */   Qf: () => (/* binding */ makefileRecipes),
/* harmony export */   jS: () => (/* binding */ makefileDetector),
/* harmony export */   tQ: () => (/* binding */ recipesOf)
/* harmony export */ });
/* unused harmony exports isMakefilePath, scanMakefile, expandMake */
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14260);
/* harmony import */ var _flows_command_sites_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36753);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92780);




const MAKEFILE_SOURCE = 'Makefile';
function isMakefilePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^(GNUmakefile|[Mm]akefile)$/.test(name) || /\.(mk|mak)$/i.test(name);
}
const ASSIGN = /^(?:(?:export|override|private)\s+)*([^\s:#=?+!$()]+|\$\([^)]*\)|\$\{[^}]*\})\s*(:::?=|::=|:=|\?=|\+=|!=|=)\s?(.*)$/;
/** Deepest chain of variables expanded into one another. */
const MAX_EXPANSION_DEPTH = 16;
function scanMakefile(path, text) {
    return scanCommandSites(path, MAKEFILE_SOURCE, makefileRecipes(text), 'recipe');
}
/**
 * Every recipe line of a Makefile as the shell receives it. `given` names what the caller sets:
 * `overrides`, make's command-line variables (`make T VAR=value`), replace the file's own
 * definitions; `environment`, the caller's exported variables, replace only `?=` defaults. A
 * replaced reference reaches the shell as `${VAR}`, so the caller's value (and where it is
 * written) comes from the shell's environment.
 */
function makefileRecipes(text, given = {}) {
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    // `$(MAKE)` runs make itself (a sub-make: `$(MAKE) -C sub T V=x` is a task run).
    const vars = new Map([['MAKE', { value: 'make' }]]);
    const sites = [];
    let rule = { targets: [], prerequisites: [] };
    // First pass: variables, wherever they are defined (make expands recipes after reading the
    // whole file, so a variable defined below a rule is known to its recipe).
    let inDefine = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('\t'))
            continue;
        if (/^\s*define\s/.test(line))
            inDefine++;
        else if (/^\s*endef\b/.test(line))
            inDefine = Math.max(0, inDefine - 1);
        if (inDefine > 0)
            continue;
        const logical = joinMakeLine(lines, i);
        i = logical.last;
        const m = ASSIGN.exec(logical.text.replace(/^\s+/, ''));
        if (!m || m[1].includes('$'))
            continue;
        const [, name, op, rawValue] = m;
        const value = stripMakeComment(rawValue ?? '').trim();
        const prev = vars.get(name);
        if (op === '?=' && prev)
            continue;
        if (op === '+=' && prev)
            vars.set(name, { value: `${prev.value} ${value}`, unknown: prev.unknown });
        else if (op === '!=')
            vars.set(name, { value, unknown: true });
        else
            vars.set(name, { value, ...(op === '?=' ? { weak: true } : {}) });
    }
    for (const k of given.overrides ?? [])
        vars.delete(k);
    for (const k of given.environment ?? [])
        if (vars.get(k)?.weak)
            vars.delete(k);
    // Second pass: recipes. A recipe line starts with a tab after a rule (or after another recipe
    // line, a comment or a blank line inside the rule); `target: prerequisites ; command` too.
    let inRule = false;
    inDefine = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('\t') && inRule && inDefine === 0) {
            const pieces = [];
            let j = i;
            for (;;) {
                const raw = lines[j];
                pieces.push({ text: j === i ? raw.slice(1) : raw.replace(/^\t/, ''), line: j + 1 });
                if (!endsWithBackslash(raw) || j + 1 >= lines.length)
                    break;
                j++;
            }
            i = j;
            pieces[0].text = pieces[0].text.replace(/^[\s@+-]*/, '');
            sites.push({ ...expandRecipe(pieces, vars), rule });
            continue;
        }
        if (/^\s*define\s/.test(line))
            inDefine++;
        else if (/^\s*endef\b/.test(line))
            inDefine = Math.max(0, inDefine - 1);
        if (inDefine > 0)
            continue;
        if (/^\s*(#.*)?$/.test(line))
            continue;
        const logical = joinMakeLine(lines, i);
        i = logical.last;
        const body = stripMakeComment(logical.text);
        if (ASSIGN.test(body.replace(/^\s+/, '')) ||
            /^\s*(-?include|sinclude|ifn?eq|ifn?def|else|endif|export|unexport|vpath)\b/.test(body)) {
            // Conditionals and includes keep the current rule open (they may wrap recipe lines).
            if (!/^\s*(ifn?eq|ifn?def|else|endif)\b/.test(body))
                inRule = false;
            continue;
        }
        const ruleLine = /^([^\t#=][^=]*?)(::?|&:)(?!=)(.*)$/.exec(body);
        inRule = ruleLine !== null;
        if (ruleLine) {
            // `target: prereqs ; command`: the text after the first `;` is a recipe line.
            const semi = logical.text.indexOf(';', ruleLine[1].length + ruleLine[2].length);
            const words = (t) => expandMake(t, vars, 0).split(/\s+/).filter(Boolean);
            rule = {
                targets: words(ruleLine[1]),
                prerequisites: words(ruleLine[3].split(';')[0]),
            };
            if (semi !== -1 && !ASSIGN.test(ruleLine[3].trim())) {
                const recipe = logical.text.slice(semi + 1).replace(/^[\s@+-]*/, '');
                sites.push({ ...expandRecipe([{ text: recipe, line: logical.first + 1 }], vars), rule });
            }
        }
    }
    return sites;
}
/**
 * The recipes `make TARGETS` runs, in the order it runs them: those of each target's
 * prerequisites defined in the file, then its own. No target (the default goal, which may be a
 * rule without a recipe), or a target no rule names explicitly (a pattern rule's): every recipe,
 * as nothing can be ruled out.
 */
function recipesOf(recipes, targets) {
    const byTarget = new Map();
    for (const r of recipes)
        for (const t of r.rule.targets)
            byTarget.set(t, [...(byTarget.get(t) ?? []), r]);
    if (targets.length === 0 || targets.some((t) => !byTarget.has(t)))
        return [...recipes];
    const chosen = new Set();
    const visit = (t, depth) => {
        if (depth > 32)
            return;
        const own = byTarget.get(t) ?? [];
        for (const p of own[0]?.rule.prerequisites ?? [])
            visit(p, depth + 1);
        for (const r of own)
            chosen.add(r);
    };
    for (const t of targets)
        visit(t, 0);
    return [...chosen];
}
/** A non-recipe line joined with its continuation lines (make replaces backslash-newline by a space). */
function joinMakeLine(lines, i) {
    let text = lines[i];
    let j = i;
    while (endsWithBackslash(lines[j]) && j + 1 < lines.length) {
        text = text.replace(/\\$/, ' ') + lines[++j].replace(/^\s+/, '');
    }
    return { text, first: i, last: j };
}
function endsWithBackslash(line) {
    const m = /\\+$/.exec(line);
    return m !== null && m[0].length % 2 === 1;
}
/** A `#` outside a variable reference starts a comment, unless escaped as `\#`. */
function stripMakeComment(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
            depth++;
            i++;
        }
        else if ((c === ')' || c === '}') && depth > 0)
            depth--;
        else if (c === '#' && depth === 0)
            return text.slice(0, i);
    }
    return text;
}
/** A recipe line, make's references expanded, with each physical line located. */
function expandRecipe(pieces, vars) {
    return (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .joinedSite */ .fQ)(pieces.map((p) => ({ text: expandMake(p.text, vars, 0), line: p.line })));
}
/** Expands make references in `text` into what the shell receives. */
function expandMake(text, vars, depth) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c !== '$') {
            out += c;
            continue;
        }
        const n = text[i + 1];
        if (n === undefined) {
            out += '$';
            continue;
        }
        if (n === '$') {
            out += '$';
            i++;
            continue;
        }
        let ref;
        if (n === '(' || n === '{') {
            const close = n === '(' ? ')' : '}';
            let level = 1;
            let j = i + 2;
            for (; j < text.length && level > 0; j++) {
                if (text[j] === n)
                    level++;
                else if (text[j] === close)
                    level--;
            }
            if (level > 0) {
                out += text.slice(i);
                break;
            }
            ref = text.slice(i + 2, j - 1);
            i = j - 1;
        }
        else {
            ref = n;
            i++;
        }
        out += reference(ref, vars, depth);
    }
    return out;
}
function reference(ref, vars, depth) {
    const fn = /^([a-z-]+)\s+([\s\S]*)$/.exec(ref);
    if (fn) {
        if (fn[1] === 'shell')
            return `$(${expandMake(fn[2], vars, depth + 1)})`;
        return '${MAKE_FUNCTION_RESULT}';
    }
    // `$(VAR:a=b)` substitution references: the variable's words with suffixes replaced.
    const sub = /^([^:]+):([^=]*)=(.*)$/.exec(ref);
    const name = sub ? sub[1] : ref;
    const v = vars.get(name);
    if (!v || v.unknown || depth >= MAX_EXPANSION_DEPTH) {
        return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? '${' + name + '}' : '${MAKE_VARIABLE}';
    }
    let value = expandMake(v.value, vars, depth + 1);
    if (sub)
        value = value
            .split(/\s+/)
            .map((w) => (w.endsWith(sub[2]) ? w.slice(0, w.length - sub[2].length) + sub[3] : w))
            .join(' ');
    return value;
}
const makefileDetector = {
    id: MAKEFILE_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: _shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_ECOSYSTEMS */ .Ms,
    matches: isMakefilePath,
    detect: ({ path, text, readFile }) => (0,_flows_command_sites_js__WEBPACK_IMPORTED_MODULE_2__/* .scanAndFollowCommandSites */ .X)({ path, readFile }, MAKEFILE_SOURCE, makefileRecipes(text), 'recipe', (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .R)(path)),
};


/***/ }),

/***/ 99384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kl: () => (/* binding */ PACKAGE_ARCHIVE_SOURCE),
  fr: () => (/* binding */ packageArchiveDetector)
});

// UNUSED EXPORTS: scanPackageArchive

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/catalog/artifacts.ts + 1 modules
var artifacts = __webpack_require__(99308);
// EXTERNAL MODULE: ./src/detectors/component.ts
var component = __webpack_require__(68516);
// EXTERNAL MODULE: ./src/detectors/parsers/local-archive.ts
var local_archive = __webpack_require__(33284);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./src/detectors/parsers/tar.ts
// Entries of a tar archive, gzip-compressed or not (an npm package tarball, a Python sdist), read
// as a stream: headers in ustar, pax and GNU forms by tar-stream (already bundled for container
// image layers), bodies skipped unless wanted, so a large archive costs one pass of inflate and
// little memory.




/** Whether the bytes start as a gzip stream. */
function isGzip(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
/** Whether the bytes start as a tar archive (a ustar or GNU header). */
function isTar(bytes) {
    if (bytes.length < 512)
        return false;
    const magic = Buffer.from(bytes.subarray(257, 262)).toString('latin1');
    return magic === 'ustar';
}
class TarReadError extends Error {
}
/**
 * The last regular-file entry of each slot `slotOf` gives a path (null: not wanted), with the
 * path it was written under: extraction writes entries in order, so of two that land in one
 * place the later is what stays, and only that one is held. A reason when the bytes are no such
 * archive, are damaged, or break a bound.
 */
async function readTarEntries(bytes, slotOf, bounds) {
    const gzip = isGzip(bytes);
    if (!gzip && !isTar(bytes))
        return 'neither a gzip stream nor a tar archive';
    const found = new Map();
    const extract = tar_stream.extract();
    let total = 0;
    const source = external_node_stream_.Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
    let feeding;
    if (gzip) {
        const gunzip = external_node_zlib_default().createGunzip();
        gunzip.on('data', (chunk) => {
            total += chunk.length;
            if (total > bounds.maxTotalBytes)
                gunzip.destroy(new TarReadError(`more than ${bounds.maxTotalBytes} bytes once decompressed`));
        });
        feeding = (0,promises_.pipeline)(source, gunzip, extract);
    }
    else
        feeding = (0,promises_.pipeline)(source, extract);
    // Whichever side fails first decides; the other's later rejection is not left unhandled.
    feeding.catch(() => undefined);
    const reading = (async () => {
        for await (const entry of extract) {
            const h = entry.header;
            const isFile = h.type === 'file' || h.type === 'contiguous-file';
            const slot = isFile ? slotOf(h.name) : null;
            if (slot === null) {
                entry.resume();
                continue;
            }
            if ((h.size ?? 0) > bounds.maxEntryBytes)
                throw new TarReadError(`${h.name} is ${h.size} bytes (more than ${bounds.maxEntryBytes})`);
            const parts = [];
            for await (const c of entry)
                parts.push(c);
            found.set(slot, { path: h.name, bytes: new Uint8Array(Buffer.concat(parts)) });
        }
    })();
    reading.catch(() => undefined);
    try {
        await Promise.all([feeding, reading]);
    }
    catch (e) {
        extract.destroy();
        if (e instanceof TarReadError)
            return e.message;
        const message = e instanceof Error ? e.message : String(e);
        return `a damaged ${gzip ? 'gzip stream or ' : ''}tar archive (${message})`;
    }
    return found;
}

// EXTERNAL MODULE: ./src/detectors/parsers/zip.ts
var zip = __webpack_require__(85339);
;// CONCATENATED MODULE: ./src/detectors/package-archive.ts
// A package committed as an archive: an npm tarball (`npm pack`'s `.tgz`, or any `.tar.gz`/`.tar`:
// the three endings npm installs a local file from), a Python sdist (`.tar.gz`) or wheel (`.whl`).
// It is judged by its bytes (their sha512/sha256 against the published banned artifacts,
// catalog/artifacts.ts) and by what it says it is: the npm package.json in its top folder (npm
// strips that folder whatever it is called), an sdist's `PKG-INFO`, a wheel's
// `*.dist-info/METADATA`. The file name says nothing: a renamed tarball is still what it holds.
// An archive that holds no package is not one (quiet); one that cannot be read is a located error.






const PACKAGE_ARCHIVE_SOURCE = 'package archive';
/** Metadata files are kilobytes; a bound on hostile input, not on honest archives. */
const MAX_METADATA = 4 << 20;
/** Decompressed bytes read at most: more is a gzip bomb, or an archive no package is. */
const MAX_DECOMPRESSED = 1 << 30;
/** The archive's path within its top folder (npm's strip of one level), or null at the top. */
function underTop(path) {
    const parts = path.split('/');
    if (parts.length < 2)
        return null;
    return parts
        .slice(1)
        .filter((p) => p !== '' && p !== '.')
        .join('/');
}
/** RFC 822-style headers of core metadata (PKG-INFO, METADATA): the first value of each. */
function metadataField(text, field) {
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break; // the headers end at the first blank line; the body follows
        const colon = line.indexOf(':');
        if (colon > 0 && line.slice(0, colon).toLowerCase() === field.toLowerCase())
            return line.slice(colon + 1).trim() || undefined;
    }
    return undefined;
}
function npmIdentity(entry, bytes) {
    let manifest;
    try {
        manifest = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch (e) {
        return `${entry} is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        return `${entry} is not a JSON object`;
    const { name, version } = manifest;
    // A folder's package.json without a name (a project, not a package) installs nothing named.
    if (typeof name !== 'string' || name === '')
        return null;
    return {
        ecosystem: 'npm',
        name,
        version: typeof version === 'string' && version !== '' ? version : undefined,
        from: entry,
    };
}
function pythonIdentity(entry, bytes) {
    const text = new TextDecoder().decode(bytes);
    const name = metadataField(text, 'Name');
    if (!name)
        return null;
    return { ecosystem: 'pypi', name, version: metadataField(text, 'Version'), from: entry };
}
/** What the archive's own metadata says it is (none: not a package), or a reason it cannot tell. */
async function identitiesOf(path, bytes) {
    if (/\.whl$/i.test(path)) {
        const metadata = (0,zip/* readZipEntry */.g)(bytes, (n) => /^[^/]+\.dist-info\/METADATA$/.test(n), MAX_METADATA);
        if (typeof metadata === 'string')
            return `${metadata}: not a wheel`;
        if (metadata === null)
            return 'no *.dist-info/METADATA: not a wheel';
        const id = pythonIdentity(metadata.name, metadata.bytes);
        return id ? [id] : `${metadata.name} has no Name`;
    }
    // Extraction strips the top folder, so every top folder's file lands in one place: the last wins.
    const entries = await readTarEntries(bytes, (p) => {
        const inner = underTop(p);
        return inner === 'package.json' || inner === 'PKG-INFO' ? inner : null;
    }, { maxEntryBytes: MAX_METADATA, maxTotalBytes: MAX_DECOMPRESSED });
    if (typeof entries === 'string')
        return entries;
    const out = [];
    const pkg = entries.get('package.json');
    if (pkg) {
        const id = npmIdentity(pkg.path, pkg.bytes);
        if (typeof id === 'string')
            return id;
        if (id)
            out.push(id);
    }
    const info = entries.get('PKG-INFO');
    if (info) {
        const id = pythonIdentity(info.path, info.bytes);
        if (id)
            out.push(id);
    }
    return out;
}
/** The archive's hashes as SRI strings: npm's integrity (sha512) and PyPI's digest (sha256). */
function integrityOf(bytes) {
    const sri = (algorithm) => `${algorithm}-${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('base64')}`;
    return `${sri('sha512')} ${sri('sha256')}`;
}
async function scanPackageArchive({ path, bytes, }) {
    const integrity = integrityOf(bytes);
    const found = await identitiesOf(path, bytes);
    const identities = typeof found === 'string' ? [] : found;
    const errors = typeof found === 'string' ? [{ file: path, line: 1, message: found }] : [];
    // Bytes before names: the published bytes of a banned version are that version, even when the
    // contents cannot be read.
    const byBytes = (0,artifacts/* bannedArtifactOf */.qj)(integrity)?.artifact;
    if (byBytes && !identities.some((i) => i.ecosystem === byBytes.ecosystem))
        identities.push({ ...byBytes, from: 'its bytes' });
    const components = identities.map((id) => (0,component/* makeComponent */.G)({
        ecosystem: id.ecosystem,
        name: id.name,
        version: id.version ?? null,
        ...(id.version === undefined ? { spec: `unknown (no version in ${id.from})` } : {}),
        location: { file: path, line: 1 },
        source: PACKAGE_ARCHIVE_SOURCE,
        sourceKind: 'file',
        integrity,
        resolved: path,
    }));
    return { components, errors };
}
const packageArchiveDetector = {
    id: PACKAGE_ARCHIVE_SOURCE,
    role: 'environment',
    syntax: 'binary',
    ecosystems: ['npm', 'pypi'],
    binary: true,
    matches: local_archive/* isPackageArchivePath */.Qt,
    detect: scanPackageArchive,
};


/***/ }),

/***/ 61328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ isPackageFolderIdentity),
/* harmony export */   ZQ: () => (/* binding */ packageFolderDetector),
/* harmony export */   uw: () => (/* binding */ PACKAGE_FOLDER_SOURCE),
/* harmony export */   yS: () => (/* binding */ folderOf)
/* harmony export */ });
/* unused harmony export scanPackageFolder */
/* harmony import */ var _sources_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70813);
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70895);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68516);
/* harmony import */ var _parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25199);




const PACKAGE_FOLDER_SOURCE = 'package folder';
/**
 * Whether a component is a folder's own identity, which an inventory does not list: it is no
 * installation until an install names the folder.
 */
function isPackageFolderIdentity(c) {
    return c.source === PACKAGE_FOLDER_SOURCE;
}
/** The folder a package.json describes (`''`: the root). */
function folderOf(packageJson) {
    const i = packageJson.lastIndexOf('/');
    return i < 0 ? '' : packageJson.slice(0, i);
}
function scanPackageFolder({ path, text, limits, }) {
    const lines = new _util_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .LineIndex */ .rr(text);
    const strict = { comments: false, trailingCommas: false, emptyIsNothing: false };
    const { root, errors } = (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonc */ .pX)(text, path, limits.maxDepth, strict, lines);
    if (errors.length > 0 || !root)
        return { components: [], errors: [] };
    const nameNode = (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__.at)(root, ['name']);
    const versionNode = (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__.at)(root, ['version']);
    const name = nameNode ? (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)(nameNode) : undefined;
    if (!name)
        return { components: [], errors: [] };
    const version = versionNode ? (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_2__/* .stringValue */ .r$)(versionNode) || undefined : undefined;
    const component = (0,_component_js__WEBPACK_IMPORTED_MODULE_1__/* .makeComponent */ .G)({
        ecosystem: 'npm',
        name,
        version: version ?? null,
        ...(version === undefined ? { spec: `unknown (no version in ${path})` } : {}),
        location: { file: path, line: lines.line((versionNode ?? nameNode).offset) },
        source: PACKAGE_FOLDER_SOURCE,
        sourceKind: 'file',
        resolved: `file:${folderOf(path)}`,
    });
    return { components: [component], errors: [] };
}
const packageFolderDetector = {
    id: PACKAGE_FOLDER_SOURCE,
    role: 'environment',
    syntax: 'json',
    ecosystems: ['npm'],
    // Its one component is named in its own text (the `name` field).
    namesInText: ['npm'],
    matches: (p) => (p === 'package.json' || p.endsWith('/package.json')) && !(0,_sources_source_js__WEBPACK_IMPORTED_MODULE_0__/* .isVendoredPath */ .$1)(p),
    detect: scanPackageFolder,
};


/***/ }),

/***/ 78259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ packageJsonScriptsDetector),
/* harmony export */   Fh: () => (/* binding */ PACKAGE_JSON_SCRIPTS_SOURCE)
/* harmony export */ });
/* unused harmony export scanPackageJsonScripts */
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14260);
/* harmony import */ var _flows_command_sites_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36753);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92780);
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70895);
/* harmony import */ var _parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25199);
/* harmony import */ var _parsers_npm_script_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23387);
// package.json `scripts` only (the dependency sections belong to the package.json detector):
// installs and one-off runs (`npx`, `pnpm dlx`, `npm i -g`) in each script, at the script's line,
// with the `npm_package_*` variables npm gives the script.







const PACKAGE_JSON_SCRIPTS_SOURCE = 'package.json scripts';
function scanPackageJsonScripts(input) {
    return scanCommandSites(input.path, PACKAGE_JSON_SCRIPTS_SOURCE, scriptSites(input), 'script');
}
/** The scripts run in the package's folder; the files they run are followed from there. */
function detectPackageJsonScripts(input) {
    const sites = scriptSites(input);
    return (0,_flows_command_sites_js__WEBPACK_IMPORTED_MODULE_2__/* .scanAndFollowCommandSites */ .X)(input, PACKAGE_JSON_SCRIPTS_SOURCE, sites, 'script', (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .R)(input.path));
}
/** Each script, located at its key's line. */
function scriptSites({ path, text, limits }) {
    const lines = new _util_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .LineIndex */ .rr(text);
    // Syntax errors in package.json are the package.json detector's to report.
    const parsed = (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonc */ .pX)(text, path, limits.maxDepth, _parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__/* .JSONC */ .y0, lines);
    const sites = [];
    const env = (0,_parsers_npm_script_env_js__WEBPACK_IMPORTED_MODULE_5__/* .npmScriptEnv */ .K)(parsed.root, path, lines);
    for (const s of (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__/* .members */ .ol)((0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__.at)(parsed.root, ['scripts']))) {
        const script = (0,_parsers_jsonc_js__WEBPACK_IMPORTED_MODULE_4__/* .stringValue */ .r$)(s.value);
        if (script === undefined)
            continue;
        const line = lines.line(s.keyNode.offset);
        sites.push({ script, locate: () => line, env });
    }
    return sites;
}
const packageJsonScriptsDetector = {
    id: PACKAGE_JSON_SCRIPTS_SOURCE,
    role: 'commands',
    syntax: 'json',
    ecosystems: _shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_ECOSYSTEMS */ .Ms,
    matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
    detect: detectPackageJsonScripts,
};


/***/ }),

/***/ 14260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ readCommandSites),
/* harmony export */   GA: () => (/* binding */ argvScript),
/* harmony export */   L6: () => (/* binding */ scanCommandSites),
/* harmony export */   PI: () => (/* binding */ siteResult),
/* harmony export */   V4: () => (/* binding */ yamlCommandSites),
/* harmony export */   dz: () => (/* binding */ joinSites),
/* harmony export */   fQ: () => (/* binding */ joinedSite),
/* harmony export */   pQ: () => (/* binding */ wordsSite),
/* harmony export */   vJ: () => (/* binding */ yamlSite)
/* harmony export */ });
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _shell_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25919);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86318);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61881);
// Command sites: text that a task runner, a CI system or a container runtime hands to a shell.
// Every site of one file is read by one shared `CommandScanner` (variables set and files fetched
// by an earlier site reach the later ones, as in a CI job's `before_script` and `script`).





/** An argv (exec form: `["npx", "-y", "x"]`) as one shell command line. */
function argvScript(argv) {
    return argv.map(_dockerfile_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL).join(' ');
}
/**
 * Reads every site with the shell interpreter: the installs found, at their lines, and the sites
 * that cannot be parsed, as located errors named `what` (`recipe`, `script`).
 */
function scanCommandSites(file, source, sites, what) {
    return siteResult(readCommandSites(sites), file, source, what);
}
/** One scanner over every site, in order. */
function readCommandSites(sites, scanner = new _shell_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandScanner */ .q()) {
    for (const site of sites) {
        if (site.env)
            for (const [k, v] of site.env)
                scanner.env.set(k, v);
        const problems = scanner.problems.length;
        scanner.scan(site.script, site.locate);
        if (site.quiet)
            scanner.problems.length = problems;
    }
    scanner.finish();
    return scanner;
}
/** The installs a scanner found and its problems, as a detector's result for `file`. */
function siteResult(scanner, file, source, what) {
    const components = scanner.findings.map((f) => (0,_shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .findingComponent */ .bT)(f, file, source));
    const errors = scanner.problems.map((p) => (0,_shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .problemError */ .gS)(p, file, what));
    return { components, errors };
}
/** Physical lines of one command, each located at its own line, joined by newlines. */
function joinedSite(pieces) {
    let script = '';
    const starts = [];
    for (const [k, p] of pieces.entries()) {
        if (k > 0)
            script += '\n';
        starts.push({ at: script.length, line: p.line });
        script += p.text;
    }
    return {
        script,
        locate: (o) => {
            let line = starts[0]?.line ?? 1;
            for (const s of starts)
                if (s.at <= o)
                    line = s.line;
            return line;
        },
    };
}
/**
 * A YAML scalar holding a command: located line by line in a literal block, at its start
 * otherwise. `rewrite` (template interpolation) must keep the text's newlines.
 */
function yamlSite(lines, node, rewrite = (t) => t, env) {
    const raw = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(node);
    if (raw === undefined)
        return null;
    const script = rewrite(raw);
    const locate = (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarLocator */ .$F)(lines, node);
    return { script, locate: (o) => locate(o, script), ...(env ? { env } : {}) };
}
/**
 * Words given as separate strings (an exec-form list) or as command text, in order, as one
 * command line: listed words are quoted, text is kept; each is located at its own line (or by
 * its own locator, for text spanning lines).
 */
function wordsSite(words) {
    let script = '';
    const starts = [];
    for (const w of words) {
        if (script !== '')
            script += ' ';
        starts.push({ at: script.length, line: w.line, ...(w.locate ? { locate: w.locate } : {}) });
        script += w.argv ? (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(w.text) : w.text;
    }
    return {
        script,
        locate: (o) => {
            let found = starts[0];
            for (const s of starts)
                if (s.at <= o)
                    found = s;
            if (!found)
                return 1;
            return found.locate ? found.locate(o - found.at) : found.line;
        },
    };
}
/**
 * The command strings of a YAML document under any of `keys`, at any depth: a string, or a list
 * of strings (nested lists flattened, as GitLab allows), each a site located at its own line. A
 * map under such a key is walked on (CircleCI's `run: { command: … }`). `powershell` keys name
 * the sites read as PowerShell.
 */
function yamlCommandSites(parsed, keys, toSite = (_k, n) => yamlSite(parsed.lines, n), 
/** The variables a map sets for the commands under it (a CI job's `variables`), if any. */
envOf) {
    const { doc } = parsed;
    const sites = [];
    const seen = new Set();
    const strings = (key, node, depth, env) => {
        // GitLab's `!reference [job, key]` names commands written elsewhere; its items are not commands.
        if (depth > 8 || ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node) && node.tag === '!reference'))
            return;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node)) {
            const site = toSite(key, node);
            if (site)
                sites.push(env.size > 0 ? { ...site, env: new Map([...(site.env ?? []), ...env]) } : site);
        }
        else
            for (const item of (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .items */ .ld)(doc, node))
                strings(key, item, depth + 1, env);
    };
    const walk = (node, depth, outer) => {
        if (depth > 64 || seen.has(node))
            return;
        seen.add(node);
        const own = envOf?.(node);
        const env = own && own.size > 0 ? new Map([...outer, ...own]) : outer;
        for (const p of (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .pairs */ .AS)(doc, node)) {
            if (keys.has(p.key) && ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(p.value) || (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(p.value)))
                strings(p.key, p.value, 0, env);
            else
                walk(p.value, depth + 1, env);
        }
        for (const item of (0,_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_4__/* .items */ .ld)(doc, node))
            walk(item, depth + 1, env);
    };
    walk(doc.contents, 0, new Map());
    return sites;
}
/** Several sites as one, each part on its own line of the script. */
function joinSites(sites) {
    if (sites.length === 0)
        return null;
    let script = '';
    const starts = [];
    for (const site of sites) {
        if (script !== '')
            script += '\n';
        starts.push({ at: script.length, site });
        script += site.script;
    }
    return {
        script,
        locate: (o) => {
            let found = starts[0];
            for (const s of starts)
                if (s.at <= o)
                    found = s;
            return found.site.locate(o - found.at);
        },
        ...(sites.some((s) => s.quiet) ? { quiet: true } : {}),
    };
}


/***/ }),

/***/ 44440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dotenvValues),
/* harmony export */   i: () => (/* binding */ parseDotEnv)
/* harmony export */ });
/** Reads a `.env` file: `KEY=value`, `export KEY=value`, quotes, comments. */
function parseDotEnv(text) {
    const env = new Map();
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '');
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
        if (!m)
            continue;
        let v = m[2];
        if (/^"/.test(v))
            v = (/^"((?:[^"\\]|\\.)*)"/.exec(v)?.[1] ?? v.slice(1))
                .replace(/\\(["\\$])/g, '$1')
                .replace(/\\n/g, '\n');
        else if (/^'/.test(v))
            v = /^'([^']*)'/.exec(v)?.[1] ?? v.slice(1);
        else
            v = v.replace(/\s+#.*$/, '').trim();
        env.set(m[1], v);
    }
    return env;
}
/** A `.env` file's variables as known values, each written at its line of `file`. */
function dotenvValues(text, file) {
    // The line of each name's last assignment (the one parseDotEnv keeps), in one pass.
    const lineOf = new Map();
    text.split('\n').forEach((l, i) => {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(l);
        if (m)
            lineOf.set(m[1], i + 1);
    });
    const out = new Map();
    for (const [k, v] of parseDotEnv(text))
        out.set(k, { text: v, unknown: false, from: { file, line: lineOf.get(k) ?? 1 } });
    return out;
}


/***/ }),

/***/ 46017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ withoutOffsets),
/* harmony export */   hj: () => (/* binding */ locateKeys),
/* harmony export */   pT: () => (/* binding */ locateMemberKeysFast)
/* harmony export */ });
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70895);
// One linear pass over a JSON (or JSONC) text that finds the offsets of the object keys a detector
// needs to locate (the entries of a lockfile's `packages` map, a v1 `dependencies` tree, the
// sections of a deno.lock or Pipfile.lock), checks the nesting depth, and maps those offsets to
// lines. Used beside `JSON.parse`, which gives the values: the pass never builds values and hops
// over strings and unwanted containers, so it costs a fraction of the parse.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const SLASH = 0x2f;
const COLON = 0x3a;
/**
 * Records the keys `shape` asks for. The text should already be known to parse (this pass does not
 * validate); on any text it terminates in linear time and never throws. Values no shape asks
 * about are skipped by a tight loop that only counts brackets and hops over strings.
 */
function locateKeys(text, shape, maxDepth, options = {}) {
    const comments = options.comments === true;
    const commas = options.trailingCommas === true ? [] : undefined;
    const tables = new Map();
    const offsets = [];
    const stack = [];
    const flags = { sawComment: false };
    let duplicateKeys = false;
    let top;
    let expectKey = false;
    let pendingShape = shape;
    let pendingOwner = -1;
    let tooDeepAt;
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const j = stringEnd(text, i);
            if (j === -1)
                break;
            if (expectKey && top !== undefined) {
                expectKey = false;
                const s = top.shape;
                const key = decodeKey(text, i, j);
                pendingShape = s?.keys?.get(key) ?? s?.each;
                pendingOwner = top.owner;
                if (top.table !== undefined) {
                    const id = offsets.push(i) - 1;
                    if (top.table.has(key))
                        duplicateKeys = true;
                    top.table.set(key, id);
                    pendingOwner = id;
                }
            }
            i = j + 1;
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            const isObject = c === OPEN_BRACE;
            const frameShape = top === undefined || top.isObject ? pendingShape : undefined;
            pendingShape = undefined;
            if (!isObject || frameShape === undefined) {
                // Nothing inside is recorded: skip to the matching close bracket.
                const after = skipContainer(text, i, stack.length, maxDepth, comments, commas, flags);
                if (after < 0) {
                    tooDeepAt = -after - 1;
                    break;
                }
                i = after;
                expectKey = false;
                continue;
            }
            if (stack.length >= maxDepth) {
                tooDeepAt = i;
                break;
            }
            const owner = top === undefined || top.isObject ? pendingOwner : top.owner;
            let table;
            if (frameShape.record) {
                table = new Map();
                tables.set(owner, table);
            }
            top = { isObject, shape: frameShape, owner, table };
            stack.push(top);
            expectKey = true;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            stack.pop();
            top = stack[stack.length - 1];
            expectKey = false;
        }
        else if (c === COMMA) {
            expectKey = top !== undefined && top.isObject;
            if (commas !== undefined && isTrailingComma(text, i))
                commas.push(i);
        }
        else if (c === SLASH && comments) {
            const after = skipComment(text, i);
            if (after !== i) {
                flags.sawComment = true;
                i = after;
                continue;
            }
        }
        i++;
    }
    const out = { tables, lines: (0,_util_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .linesAt */ .R4)(text, offsets) };
    if (tooDeepAt !== undefined)
        out.tooDeepAt = tooDeepAt;
    if (duplicateKeys)
        out.duplicateKeys = true;
    if (flags.sawComment)
        out.sawComment = true;
    if (commas !== undefined)
        out.trailingCommas = commas;
    return out;
}
function isJsonWhitespace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/**
 * Whether the comma at `i` is a trailing one: only JSON whitespace up to a closing bracket after
 * it, and a value before it (not `[`, `{`, `,` or `:`: `[,]` stays invalid, as JSONC has it).
 * Each side stops at the first other character, so all commas together cost linear time.
 */
function isTrailingComma(text, i) {
    let j = i + 1;
    let d = text.charCodeAt(j);
    while (isJsonWhitespace(d))
        d = text.charCodeAt(++j);
    if (d !== CLOSE_BRACE && d !== CLOSE_BRACKET)
        return false;
    let k = i - 1;
    let b = text.charCodeAt(k);
    while (isJsonWhitespace(b))
        b = text.charCodeAt(--k);
    return k >= 0 && b !== OPEN_BRACE && b !== OPEN_BRACKET && b !== COMMA && b !== COLON;
}
/** The text without the characters at `offsets` (increasing): JSONC trailing commas removed. */
function withoutOffsets(text, offsets) {
    if (offsets.length === 0)
        return text;
    const parts = [];
    let from = 0;
    for (const o of offsets) {
        parts.push(text.slice(from, o));
        from = o + 1;
    }
    parts.push(text.slice(from));
    return parts.join('');
}
/** Offset of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text, start) {
    let j = text.indexOf('"', start + 1);
    while (j !== -1 && text.charCodeAt(j - 1) === BACKSLASH) {
        let k = j - 2;
        while (text.charCodeAt(k) === BACKSLASH)
            k--;
        if ((j - k) % 2 === 1)
            break; // an even number of backslashes: the quote is not escaped
        j = text.indexOf('"', j + 1);
    }
    return j;
}
/** The offset after a comment starting at `i`, or `i` when none starts there. */
function skipComment(text, i) {
    const next = text.charCodeAt(i + 1);
    if (next === SLASH) {
        const nl = text.indexOf('\n', i + 2);
        return nl === -1 ? text.length : nl + 1;
    }
    if (next === 0x2a) {
        const end = text.indexOf('*/', i + 2);
        return end === -1 ? text.length : end + 2;
    }
    return i;
}
/**
 * Skips the container opening at `start` (at nesting `depth`): returns the offset after its
 * closing bracket, the text's length when it never closes, or `-(offset + 1)` of the bracket that
 * goes deeper than `maxDepth`.
 */
function skipContainer(text, start, depth, maxDepth, comments, commas, flags) {
    const n = text.length;
    let d = 0;
    let i = start;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const j = stringEnd(text, i);
            if (j === -1)
                return n;
            i = j + 1;
            continue;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            d++;
            if (depth + d > maxDepth)
                return -(i + 1);
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            d--;
            if (d === 0)
                return i + 1;
        }
        else if (c === COMMA) {
            if (commas !== undefined && isTrailingComma(text, i))
                commas.push(i);
        }
        else if (c === SLASH && comments) {
            const after = skipComment(text, i);
            if (after !== i) {
                flags.sawComment = true;
                i = after;
                continue;
            }
        }
        i++;
    }
    return n;
}
function decodeKey(text, start, end) {
    const raw = text.slice(start + 1, end);
    if (raw.indexOf('\\') === -1)
        return raw;
    try {
        return JSON.parse(text.slice(start, end + 1));
    }
    catch {
        return raw;
    }
}
/**
 * Lines of the members of the top-level object `container` (`"packages"`) of a pretty-printed
 * JSON text, found without scanning the values: each key, in `keys` order (the order JSON.parse
 * gives, which is the document's), is searched as a line of its own at the indentation of the
 * first member (`\n    "node_modules/a":`). Each match is a key token (a value string is never
 * followed by a colon, and an unescaped quote never sits inside a string) at that member
 * indentation; the cursor only moves forward, so the whole search is linear. Returns null when the
 * text is not laid out that way (minified, irregular indentation, keys written with escapes, keys
 * JSON.parse reorders): the caller then uses `locateKeys`.
 */
function locateMemberKeysFast(text, container, keys) {
    const head = text.indexOf(`${JSON.stringify(container)}:`);
    if (head === -1)
        return null;
    const open = text.indexOf('{', head);
    if (open === -1 || text.slice(head + container.length + 3, open).trim() !== '')
        return null;
    const firstQuote = text.indexOf('"', open);
    if (firstQuote === -1 || text.slice(open + 1, firstQuote).trim() !== '')
        return null;
    const nl = text.lastIndexOf('\n', firstQuote);
    if (nl < open)
        return null;
    const indent = text.slice(nl + 1, firstQuote);
    if (!/^[ \t]*$/.test(indent))
        return null;
    const prefix = '\n' + indent;
    const lines = new Array(keys.length);
    let cursor = nl;
    let line = 1;
    let counted = 0; // newlines counted up to this offset
    const p = prefix.length;
    for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        // Keys JSON writes as they are are searched as they are (no quoted copy per key).
        const plain = !needsEscape(key);
        const needle = plain ? key : JSON.stringify(key);
        const open = plain ? 1 : 0;
        const close = plain ? key.length + 1 : needle.length;
        let q = text.indexOf(needle, cursor + p + open);
        while (q !== -1 &&
            !(text.charCodeAt(q + close - open) === (plain ? QUOTE : COLON) &&
                (!plain || text.charCodeAt(q + close) === COLON) &&
                (!plain || text.charCodeAt(q - 1) === QUOTE) &&
                text.startsWith(prefix, q - open - p))) {
            q = text.indexOf(needle, q + 1);
        }
        if (q === -1)
            return null;
        const at = q - open - p;
        let n = text.indexOf('\n', counted);
        while (n !== -1 && n <= at) {
            line++;
            n = text.indexOf('\n', n + 1);
        }
        counted = at + 1;
        lines[k] = line; // the key starts on the line after the newline at `at`
        cursor = at + 1;
    }
    return lines;
}
/** Whether JSON.stringify escapes something in `s` (quotes, backslashes, controls, lone surrogates). */
function needsEscape(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH || c < 0x20 || (c >= 0xd800 && c <= 0xdfff))
            return true;
    }
    return false;
}


/***/ }),

/***/ 25199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ member),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   ol: () => (/* binding */ members),
/* harmony export */   pX: () => (/* binding */ parseJsonc),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   y0: () => (/* binding */ JSONC)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70895);
/* harmony import */ var _json_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46017);
// The one JSONC reader: jsonc-parser's tree with offsets, after the linear nesting check of
// json-keys.ts so that jsonc-parser's recursive descent never meets hostile nesting, with the first
// error located. Strict JSON is the same reader with comments and trailing commas refused. (Large
// strict-JSON lockfiles that need only key lines go through json-parse.ts, which is faster.)



/** JSONC as VS Code and the Dev Containers CLI read it: comments, trailing commas, empty allowed. */
const JSONC = { comments: true, trailingCommas: true, emptyIsNothing: true };
function parseJsonc(text, file, maxDepth, options, lines = new _util_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text)) {
    const located = (offset, message) => ({
        file,
        line: lines.line(offset),
        column: lines.column(offset),
        message,
    });
    const depth = (0,_json_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .locateKeys */ .hj)(text, {}, maxDepth, { comments: options.comments });
    if (depth.tooDeepAt !== undefined)
        return {
            root: undefined,
            lines,
            errors: [located(depth.tooDeepAt, `nesting deeper than ${maxDepth} levels`)],
        };
    const parseErrors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, parseErrors, {
        allowTrailingComma: options.trailingCommas,
        disallowComments: !options.comments,
        allowEmptyContent: options.emptyIsNothing,
    });
    const kind = options.comments ? 'JSONC' : 'JSON';
    const first = parseErrors[0];
    if (first !== undefined)
        return {
            root,
            lines,
            errors: [located(first.offset, `invalid ${kind}: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)}`)],
        };
    if (root === undefined && !options.emptyIsNothing)
        return { root, lines, errors: [located(text.length, `invalid ${kind}: empty document`)] };
    return { root, lines, errors: [] };
}
/** The node at a path from the root (the first member when a key repeats). */
function at(root, path) {
    return root ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path) : undefined;
}
/** The members of an object node: key, key node, value node, in text order. */
function members(node) {
    if (!node || node.type !== 'object' || !node.children)
        return [];
    const out = [];
    for (const p of node.children) {
        const k = p.children?.[0];
        const v = p.children?.[1];
        if (k && v && typeof k.value === 'string')
            out.push({ key: k.value, keyNode: k, value: v });
    }
    return out;
}
/** The value node of an object member (the last one when a key repeats, as JSON.parse does). */
function member(node, key) {
    let found;
    for (const m of members(node))
        if (m.key === key)
            found = m.value;
    return found;
}
/** The string elements of an array node. */
function strings(node) {
    if (!node || node.type !== 'array' || !node.children)
        return [];
    return node.children.filter((c) => c.type === 'string');
}
function stringValue(node) {
    return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}
/** A scalar value as text (`"1.2.3"`, `true`, `3`). */
function scalarText(node) {
    if (!node)
        return undefined;
    if (node.type === 'string' || node.type === 'number' || node.type === 'boolean')
        return String(node.value);
    return undefined;
}


/***/ }),

/***/ 33284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ localArchivePath),
/* harmony export */   Qt: () => (/* binding */ isPackageArchivePath),
/* harmony export */   bb: () => (/* binding */ localArchiveInstall)
/* harmony export */ });
/* harmony import */ var _python_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38316);

/** The file endings npm installs a local tarball from (npm-package-arg), and pip's wheels. */
const ARCHIVE_NAME = /\.(?:tgz|tar\.gz|tar|whl)$/i;
/** Whether a path names a package archive (detectors/package-archive.ts reads such files). */
function isPackageArchivePath(path) {
    return ARCHIVE_NAME.test(path);
}
/** The endings each installer reads a local path as a package archive by. */
const INSTALLS_AS_ARCHIVE = {
    // npm-package-arg: any other path is a folder.
    npm: /\.(?:tgz|tar\.gz|tar)$/i,
    // pip: wheels and the tar sdists this scan reads.
    pypi: /\.(?:whl|tgz|tar\.gz|tar)$/i,
};
/**
 * The path of a local package archive as written (`file:` and `file://` removed), or null when
 * the text names no such file (a registry spec, a URL, a folder, a file of another kind); with an
 * ecosystem, only a file that ecosystem's installer reads as an archive.
 */
function localArchivePath(text, ecosystem) {
    let p = text.trim();
    if (/^file:/i.test(p)) {
        p = p.slice(5);
        if (p.startsWith('//'))
            p = p.slice(2); // file:///abs → /abs
    }
    else if (/^[a-z][a-z0-9+.-]*:/i.test(p) && !/^[a-z]:[\\/]/i.test(p))
        return null;
    p = p.replace(/[?#].*$/s, '');
    if (p === '' || !isPackageArchivePath(p))
        return null;
    return ecosystem === undefined || INSTALLS_AS_ARCHIVE[ecosystem].test(p) ? p : null;
}
/**
 * What installing the archive at `text` brings in, before the archive is read: pip takes a wheel
 * or sdist only under a file name that says its project and version (and refuses one whose
 * metadata disagrees), so that is the component; npm takes any name, so the component is named by
 * the path until the archive's own package.json names it.
 */
function localArchiveInstall(ecosystem, text) {
    const path = localArchivePath(text, ecosystem);
    if (path === null)
        return null;
    const resolved = path;
    if (ecosystem === 'pypi') {
        const dist = (0,_python_js__WEBPACK_IMPORTED_MODULE_0__/* .distributionFromFilename */ .so)(path);
        if (dist)
            return {
                ecosystem,
                name: (0,_python_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePyName */ .Cy)(dist.name),
                version: dist.version,
                sourceKind: 'file',
                resolved,
            };
    }
    return { ecosystem, name: path, version: null, spec: `file:${path}`, sourceKind: 'file', resolved };
}


/***/ }),

/***/ 32892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ localFolderPath),
/* harmony export */   UY: () => (/* binding */ afterCd),
/* harmony export */   Xo: () => (/* binding */ localFolderInstall),
/* harmony export */   hX: () => (/* binding */ underWorkdir)
/* harmony export */ });
/* unused harmony export localFolderSpec */
/* harmony import */ var npm_package_arg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78056);
/* harmony import */ var npm_package_arg__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(npm_package_arg__WEBPACK_IMPORTED_MODULE_0__);
// A package folder named by a path, where an install reads it: `npm i -g ./vendor/cc`,
// `npm install vendor/cc/`, `pnpm add file:vendor/cc`, a `"cc": "file:vendor/cc"` dependency, a
// lockfile entry resolved to `file:vendor/cc`. npm-package-arg decides what a spec is, as npm
// does: a bare `vendor/cc` is GitHub's `vendor/cc`, not a folder; `vendor/cc/` and `./vendor/cc`
// are folders. What the folder is comes from its own package.json (detectors/package-folder.ts);
// inventory/archives.ts gives the install that identity.

/**
 * Where npm-package-arg resolves a relative path from: only its relative form is kept, so the
 * folder is deep enough that a path climbing out (`../../x`) stays relative.
 */
const HERE = '/' + Array.from({ length: 64 }, () => '_').join('/');
/**
 * The folder a spec installs, as npm saves it (`file:` removed, relative paths normalised: `''`
 * is the folder the spec is read from), or null when the spec names no folder (a registry spec,
 * git, a URL, an archive). A `name@file:…` spec gives its name too.
 */
function localFolderSpec(text) {
    const t = text.trim();
    // npm-package-arg reads a drive letter as a Windows path only on Windows; no folder here is one.
    if (t === '' || /^(?:link|portal|workspace):/i.test(t))
        return null;
    let parsed;
    try {
        parsed = npm_package_arg__WEBPACK_IMPORTED_MODULE_0___default()(t, HERE);
    }
    catch {
        return null;
    }
    if (parsed.type !== 'directory' || typeof parsed.saveSpec !== 'string')
        return null;
    let path = parsed.saveSpec.replace(/^file:/i, '');
    if (path.startsWith('//'))
        path = path.slice(2);
    path = path.replace(/\/+$/, '');
    return parsed.name ? { path, name: parsed.name } : { path };
}
/** The folder a spec installs (see `localFolderSpec`), or null. */
function localFolderPath(text) {
    return localFolderSpec(text)?.path ?? null;
}
/**
 * What installing the folder at `text` brings in, before its package.json is read: named by its
 * path (`file:vendor/cc`, which no registry name can be) until the folder's package.json names it;
 * a `cc@file:vendor/cc` spec names it `cc` (the alias it is installed under).
 */
function localFolderInstall(text) {
    const folder = localFolderSpec(text);
    if (folder === null)
        return null;
    const resolved = `file:${folder.path}`;
    return {
        ecosystem: 'npm',
        name: folder.name ?? resolved,
        version: null,
        spec: resolved,
        sourceKind: 'file',
        resolved,
    };
}
/**
 * A local install (archive or folder) read after `cd dir` in the same script: its relative path
 * from the script's folder. An absolute path, a home path or a URL is left as it is.
 */
function afterCd(install, dir) {
    const r = install.resolved;
    if (r === undefined || dir === '')
        return install;
    const file = /^file:/i.test(r) ? r.slice(0, 5) : '';
    const path = r.slice(file.length);
    if (path.startsWith('//') || /^(?:[/\\~]|[a-z]:|[a-z][a-z0-9+.-]*:)/i.test(path))
        return install;
    const moved = `${file}${dir}/${path}`;
    return {
        ...install,
        resolved: moved,
        ...(install.name === r ? { name: moved } : {}),
        ...(install.spec === r || install.spec === `file:${path}` ? { spec: `file:${dir}/${path}` } : {}),
    };
}
// The working directory as a script or a CI job spells it: the shell's `$PWD`/`$(pwd)`, and the
// variables CI systems set to the checkout (GitHub, GitLab, Bitbucket, CircleCI, Jenkins, Azure
// Pipelines, Woodpecker, Drone). The scan does not know their values, but a path under them is a
// path in the repository.
const WORKDIR = /^(?:\$\{?PWD\}?|\$\(\s*pwd\s*\)|`\s*pwd\s*`|\$\{?(?:GITHUB_WORKSPACE|CI_PROJECT_DIR|BITBUCKET_CLONE_DIR|CIRCLE_WORKING_DIRECTORY|WORKSPACE|BUILD_SOURCESDIRECTORY|SYSTEM_DEFAULTWORKINGDIRECTORY|CI_WORKSPACE|DRONE_WORKSPACE)\}?|\$\{\{\s*github\.workspace\s*\}\})\/+([^$`'"\\]+)$/;
/**
 * `$PWD/vendor/cc`, `${GITHUB_WORKSPACE}/vendor/cc.tgz` (as written, its variable unknown) as the
 * relative path it names (`./vendor/cc`); null for anything else, or a path that climbs out.
 */
function underWorkdir(text) {
    const m = WORKDIR.exec(text.trim());
    // A path that climbs out (`$PWD/../x`) leaves the checkout when the job runs at its root: where
    // it lands is not known.
    if (!m || m[1].split('/').includes('..'))
        return null;
    return `./${m[1]}`;
}


/***/ }),

/***/ 23387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ npmScriptEnv)
/* harmony export */ });
/* harmony import */ var _jsonc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25199);

function npmScriptEnv(root, file, lines) {
    const env = new Map();
    const set = (name, node) => {
        const text = node && node.type !== 'object' && node.type !== 'array' ? (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(node) : undefined;
        if (text !== undefined)
            env.set(name, { text, unknown: false, from: { file, line: lines.line(node.offset) } });
    };
    set('npm_package_name', (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__.at)(root, ['name']));
    set('npm_package_version', (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__.at)(root, ['version']));
    for (const m of (0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__/* .members */ .ol)((0,_jsonc_js__WEBPACK_IMPORTED_MODULE_0__.at)(root, ['config'])))
        set(`npm_package_config_${m.key}`, m.value);
    return env;
}


/***/ }),

/***/ 37513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ splitNameSpec),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   _n: () => (/* binding */ parseNpmSpec),
/* harmony export */   eW: () => (/* binding */ isValidPackageName),
/* harmony export */   eg: () => (/* binding */ classifyLocation),
/* harmony export */   hb: () => (/* binding */ isSemverVersion)
/* harmony export */ });
/* unused harmony export exactVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64059);
// Parsing of npm dependency specs as package.json files and lockfiles write them: exact versions,
// ranges, dist-tags, `npm:` aliases, git URLs and hosted shorthands, tarball URLs, local paths,
// `file:`, `link:`, `portal:` and `workspace:` protocols.


const GIT_PREFIXES = ['git+ssh://', 'git+https://', 'git+http://', 'git+file://', 'git://', 'ssh://'];
const HOSTED_PREFIXES = ['github:', 'gitlab:', 'bitbucket:', 'gist:'];
// `user/repo`, `user/repo#ref`, `user/repo#semver:^1` (npm's GitHub shorthand).
const GITHUB_SHORTHAND = /^[^@%/\s.:][^/\s:]*\/[^/\s:#]+(?:#.*)?$/;
// scp-like git remotes: `git@github.com:user/repo.git`.
const SCP_GIT = /^[^@/\s:]+@[^/\s:]+:[^\s]+$/;
const HOSTED_HTTPS = /^https?:\/\/(?:[^@/]+@)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/[^/]+\/[^/#]+?(?:\.git)?(?:#.*)?$/i;
/** The exact version a spec pins (`2.1.91`, `=2.1.91`, `v2.1.91`, ` = 2.1.91 `), else null. */
function exactVersion(spec) {
    let s = spec.trim();
    if (s.startsWith('='))
        s = s.slice(1).trim();
    if (s.startsWith('v'))
        s = s.slice(1);
    if (s === '' || s.length > 256)
        return null;
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(s) !== null ? s : null;
}
const PLAIN_VERSION = /^(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})\.(?:0|[1-9]\d{0,14})$/;
// One-entry memos: a detector checks a name or version and then builds its purl from the same
// string, so the second regex test is skipped.
let lastPlainVersion = null;
let lastPlainName = null;
let lastPlainNameResult = false;
/** Whether a string is a valid semver version as written (no leading `=`/`v`, no spaces). */
function isSemverVersion(v) {
    if (v === lastPlainVersion)
        return true;
    if (PLAIN_VERSION.test(v)) {
        lastPlainVersion = v; // the common case, without building a SemVer
        return true;
    }
    return v.length > 0 && v.length <= 256 && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) === v.replace(/\+.*$/, '');
}
/** The kind of source a URL or path records (lockfile `resolved` values and spec bodies). */
function classifyLocation(value) {
    const v = value.trim();
    const lower = v.toLowerCase();
    if (GIT_PREFIXES.some((p) => lower.startsWith(p)) || HOSTED_PREFIXES.some((p) => lower.startsWith(p)))
        return 'git';
    if (lower.startsWith('http://') || lower.startsWith('https://')) {
        return HOSTED_HTTPS.test(v) ? 'git' : 'tarball';
    }
    if (lower.startsWith('file:'))
        return 'file';
    if (lower.startsWith('link:') || lower.startsWith('portal:'))
        return 'link';
    if (lower.startsWith('workspace:'))
        return 'workspace';
    if (SCP_GIT.test(v))
        return 'git';
    if (v.startsWith('./') ||
        v.startsWith('../') ||
        v.startsWith('/') ||
        v.startsWith('~/') ||
        v === '.' ||
        v === '..')
        return 'file';
    if (/^[a-zA-Z]:[\\/]/.test(v))
        return 'file';
    return null;
}
/** Splits `name@spec` (scoped names keep their leading `@`); a bare name gets spec `*`. */
function splitNameSpec(s) {
    const at = s.indexOf('@', s.startsWith('@') ? 1 : 0);
    if (at <= 0)
        return { name: s, spec: '*' };
    return { name: s.slice(0, at), spec: s.slice(at + 1) };
}
/**
 * Parses the spec `spec` of a dependency declared under `name`. `npm:` aliases report the target
 * as `name` and the declared name as `alias`.
 */
function parseNpmSpec(name, spec) {
    const raw = spec;
    const s = spec.trim();
    if (s.toLowerCase().startsWith('npm:')) {
        const target = splitNameSpec(s.slice(4).trim());
        const inner = parseRegistrySpec(target.spec);
        const real = target.name;
        return {
            type: inner.type,
            name: real,
            ...(real !== name ? { alias: name } : {}),
            version: inner.version,
            spec: raw,
            sourceKind: inner.type === 'other' ? 'other' : 'registry',
        };
    }
    const located = classifyLocation(s);
    if (located !== null) {
        return { type: typeOfKind(located), name, version: null, spec: raw, sourceKind: located };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s)) {
        // catalog:, patch:, exec:, jsr:, … protocols of other package managers.
        return { type: 'other', name, version: null, spec: raw, sourceKind: 'other' };
    }
    if (GITHUB_SHORTHAND.test(s) && semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(s) === null) {
        return { type: 'git', name, version: null, spec: raw, sourceKind: 'git' };
    }
    if (/\.(?:tgz|tar\.gz|tar)$/i.test(s)) {
        return { type: 'file', name, version: null, spec: raw, sourceKind: 'file' };
    }
    const reg = parseRegistrySpec(s);
    return {
        type: reg.type,
        name,
        version: reg.version,
        spec: raw,
        sourceKind: reg.type === 'other' ? 'other' : 'registry',
    };
}
function parseRegistrySpec(s) {
    const exact = exactVersion(s);
    if (exact !== null)
        return { type: 'version', version: exact };
    if (s.length <= 1024 && semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(s) !== null)
        return { type: 'range', version: null };
    if (/^[^\s/@%:^~<>=|*]+$/.test(s) && s.isWellFormed() && encodeURIComponent(s) === s)
        return { type: 'tag', version: null };
    return { type: 'other', version: null };
}
function typeOfKind(kind) {
    switch (kind) {
        case 'git':
        case 'tarball':
        case 'file':
        case 'link':
        case 'workspace':
            return kind;
        default:
            return 'other';
    }
}
/**
 * Whether a package name is one npm accepts (the rules for existing packages: legacy capitals and
 * `~'!()*` allowed; no leading `.` or `_`, no spaces, URL-safe, `@scope/name` for scopes).
 */
function isValidPackageName(name) {
    if (name.length <= 214 && isPlainName(name))
        return name !== 'node_modules' && name !== 'favicon.ico';
    if (name.length === 0 || name.length > 214)
        return false;
    if (name === 'node_modules' || name === 'favicon.ico')
        return false;
    if (name.startsWith('@')) {
        const slash = name.indexOf('/');
        if (slash < 2 || slash === name.length - 1)
            return false;
        return validPart(name.slice(1, slash)) && validPart(name.slice(slash + 1));
    }
    return validPart(name);
}
function validPart(p) {
    if (p.startsWith('.') || p.startsWith('_'))
        return false;
    // A lone surrogate makes encodeURIComponent throw; such a name is invalid, not a crash.
    return p.isWellFormed() && encodeURIComponent(p) === p;
}
const PLAIN_PURL_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** Lowercase URL-safe names (`@scope/name`): valid npm names whose purl needs no encoding. */
function isPlainName(name) {
    if (name !== lastPlainName) {
        lastPlainName = name;
        lastPlainNameResult = PLAIN_PURL_NAME.test(name);
    }
    return lastPlainNameResult;
}
const PLAIN_PURL_VERSION = /^[0-9A-Za-z.+-]+$/;
/**
 * The purl of an npm package, built directly for plain lowercase names and versions (the output
 * packageurl-js gives for them) and by `purlFor` otherwise.
 */
function npmPurl(name, version) {
    if (isPlainName(name) &&
        (version === null || version === lastPlainVersion || PLAIN_PURL_VERSION.test(version))) {
        const n = name.startsWith('@') ? '%40' + name.slice(1) : name;
        return version === null ? `pkg:npm/${n}` : `pkg:npm/${n}@${version}`;
    }
    return (0,_util_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .purlFor */ .n)('npm', name, version);
}


/***/ }),

/***/ 18865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ imageComponent)
/* harmony export */ });
/* unused harmony export parseImageRef */
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26742);
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68516);
// Container image references (`[registry/]path[:tag][@digest]`, as docker reads them) as
// components of the `oci-image` ecosystem, for the images the catalog knows to be a tool
// (OpenCode's `ghcr.io/anomalyco/opencode`). One grammar for every place an image is named:
// Dockerfile `FROM`, compose and devcontainer `image:`, workflow `container:`, `services:` and
// `uses: docker://`.


const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** Reads an image reference; null when it is not one (a variable left in it, a bad character). */
function parseImageRef(text) {
    let rest = text.trim();
    if (rest === '' || /\s/.test(rest))
        return null;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        if (!DIGEST.test(digest))
            return null;
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        if (!TAG.test(tag))
            return null;
        rest = rest.slice(0, colon);
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    const first = parts[0];
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first.toLowerCase() === 'index.docker.io' ? 'docker.io' : first.toLowerCase();
        parts.shift();
    }
    const path = parts.map((p) => p.toLowerCase());
    if (path.length === 0 || !path.every((p) => PATH_COMPONENT.test(p)))
        return null;
    if (registry === 'docker.io' && path.length === 1)
        path.unshift('library');
    return {
        repository: `${registry}/${path.join('/')}`,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/**
 * The component for an image the catalog knows, or null. `unknown` says the text held a variable
 * that could not be expanded: the repository must still be readable, the tag is then unknown.
 * A digest decides what is pulled whatever the tag says: the version is then unknown.
 */
function imageComponent(text, location, source, extra = {}) {
    let ref = parseImageRef(text);
    let unknownTag;
    if (!ref && extra.unknown) {
        // `image:${TAG}`: the repository is written, the tag is not known.
        const m = /^([^:@${}\s]+(?::\d+)?\/[^:@${}\s]+|[^:@${}\s/]+):(.+)$/.exec(text.trim());
        if (m) {
            ref = parseImageRef(m[1]);
            unknownTag = m[2];
        }
    }
    if (!ref || !(0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isImageCarrier */ .oW)(ref.repository))
        return null;
    const tag = unknownTag ?? ref.tag;
    let version = null;
    let spec;
    if (ref.digest)
        spec = `${tag ? `${tag}@` : '@'}${ref.digest}`;
    else if (unknownTag !== undefined || extra.unknown)
        spec = tag ?? 'latest';
    else if (tag !== undefined && /^v?\d/.test(tag))
        version = tag;
    else
        spec = tag ?? 'latest';
    return (0,_component_js__WEBPACK_IMPORTED_MODULE_1__/* .makeComponent */ .G)({
        ecosystem: 'oci-image',
        name: ref.repository,
        version,
        ...(spec !== undefined ? { spec } : {}),
        location,
        ...(extra.versionFrom && extra.versionFrom.line !== location.line
            ? { versionFrom: extra.versionFrom }
            : {}),
        ...(extra.via && extra.via.length > 0 ? { via: extra.via } : {}),
        source,
        sourceKind: 'registry',
        resolved: text.trim(),
    });
}


/***/ }),

/***/ 92780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ dirOf),
/* harmony export */   r: () => (/* binding */ joinRelative)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repository-relative paths as detectors join them (`/` separators, no leading `./`).

/** Joins a relative path onto a folder of the scanned tree; null for absolute paths and URLs. */
function joinRelative(dir, rel) {
    if (rel.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) || rel.includes('${'))
        return null;
    const j = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir || '.', rel));
    return j === '.' ? '' : j.replace(/^\.\//, '');
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}


/***/ }),

/***/ 38316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ normalizePyName),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   R4: () => (/* binding */ joinHashes),
/* harmony export */   W_: () => (/* binding */ parsePep508),
/* harmony export */   jP: () => (/* binding */ eggName),
/* harmony export */   r6: () => (/* binding */ directReferenceKind),
/* harmony export */   so: () => (/* binding */ distributionFromFilename),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* unused harmony export parseSpecifier */
// Python packaging helpers shared by the PyPI detectors: PEP 503 names, PEP 508 requirement
// strings, exact pins, and names and versions recorded in wheel and sdist file names.
/** PEP 503 normalised project name: lowercase, runs of `-`, `_` and `.` become one `-`. */
function normalizePyName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const SPEC_CLAUSE = /^(===|==|~=|!=|<=|>=|<|>)\s*(\S(?:.*\S)?)$/;
/** PEP 440 version characters (public and local), plus `*` for `==1.2.*` prefix matches. */
const VERSION_CHARS = /^[A-Za-z0-9._+!*-]+$/;
/**
 * Parses a PEP 508 requirement string (`name[extra] >=1.0 ; marker`, `name @ url ; marker`).
 * Returns null when the text is not a requirement. Linear in the text length.
 */
function parsePep508(text) {
    const s = text.trim();
    const m = NAME.exec(s);
    if (!m)
        return null;
    const name = m[0];
    let i = name.length;
    i = skipSpaces(s, i);
    let extras = [];
    if (s[i] === '[') {
        const close = s.indexOf(']', i);
        if (close < 0)
            return null;
        const inner = s.slice(i + 1, close).trim();
        extras = inner === '' ? [] : inner.split(',').map((e) => e.trim());
        if (extras.some((e) => !NAME.test(e) || NAME.exec(e)[0] !== e))
            return null;
        i = skipSpaces(s, close + 1);
    }
    if (s[i] === '@') {
        const rest = s.slice(i + 1).trim();
        // PEP 508: the URL ends at whitespace; a marker follows `;` after whitespace.
        const sp = rest.search(/\s/);
        const url = sp < 0 ? rest : rest.slice(0, sp);
        const after = sp < 0 ? '' : rest.slice(sp).trim();
        if (url === '')
            return null;
        if (after !== '' && !after.startsWith(';'))
            return null;
        const marker = after.startsWith(';') ? after.slice(1).trim() : undefined;
        return { name, extras, specifier: '', url, ...(marker ? { marker } : {}) };
    }
    const semi = s.indexOf(';', i);
    let spec = (semi < 0 ? s.slice(i) : s.slice(i, semi)).trim();
    const marker = semi < 0 ? undefined : s.slice(semi + 1).trim();
    if (spec.startsWith('(') && spec.endsWith(')'))
        spec = spec.slice(1, -1).trim();
    if (spec !== '' && parseSpecifier(spec) === null)
        return null;
    return { name, extras, specifier: spec, ...(marker ? { marker } : {}) };
}
/**
 * Splits a PEP 440 specifier set (`>=1.0, !=1.3.*`) into clauses. Returns null when a clause is
 * malformed. A `${VAR}` reference (pip expands those from the environment) is accepted as a
 * version so that it can be reported as written.
 */
function parseSpecifier(spec) {
    const clauses = [];
    for (const raw of spec.split(',')) {
        const m = SPEC_CLAUSE.exec(raw.trim());
        if (!m)
            return null;
        const op = m[1];
        const version = m[2];
        if (op !== '===' && !VERSION_CHARS.test(version) && !/^\$\{[A-Za-z0-9_]+\}/.test(version))
            return null;
        clauses.push({ op, version });
    }
    return clauses;
}
/**
 * The exact version a specifier pins (`==1.2.3`, `=== 1.2.3`, or `>=1, ==1.2.3`), or null when it
 * allows more than one version (ranges, `==1.2.*`, environment variables, conflicting pins).
 */
function exactVersion(spec) {
    const clauses = parseSpecifier(spec);
    if (!clauses)
        return null;
    let pinned = null;
    for (const c of clauses) {
        if ((c.op !== '==' && c.op !== '===') || c.version.includes('*') || c.version.includes('${'))
            continue;
        if (pinned !== null && pinned !== c.version)
            return null;
        pinned = c.version;
    }
    return pinned;
}
/** Name and version from a wheel or sdist file name (`claude_agent_sdk-0.1.5-py3-none-any.whl`). */
function distributionFromFilename(filename) {
    const base = filename.slice(filename.lastIndexOf('/') + 1);
    if (base.endsWith('.whl')) {
        // {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl
        const parts = base.slice(0, -4).split('-');
        if (parts.length < 5 || parts.length > 6)
            return null;
        if (!NAME.test(parts[0]) || !/^[0-9]/.test(parts[1]))
            return null;
        return { name: parts[0], version: parts[1] };
    }
    const ext = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|tbz|txz|tar|zip)$/i.exec(base);
    if (!ext)
        return null;
    const stem = base.slice(0, ext.index);
    // {name}-{version}: the version is the last `-` part that starts with a digit.
    const dash = stem.lastIndexOf('-');
    if (dash <= 0)
        return null;
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    if (!NAME.test(name) || NAME.exec(name)[0] !== name || !/^[0-9][A-Za-z0-9.+!_]*$/.test(version))
        return null;
    return { name, version };
}
/** The `#egg=name` fragment of a pip URL or path, without extras. */
function eggName(ref) {
    const m = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(ref);
    return m ? m[1].replace(/[-_.]+$/, '') : null;
}
/** Where a direct reference (URL or path) points, as a component source kind. */
function directReferenceKind(ref) {
    const lower = ref.toLowerCase();
    if (lower.startsWith('git+') || lower.startsWith('git://'))
        return 'git';
    if (/^(?:hg|svn|bzr)\+/.test(lower))
        return 'other';
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower) && !lower.startsWith('file:'))
        return 'url';
    return 'file';
}
/** Shortens text for an error message. */
function excerpt(text, max = 80) {
    const t = text.trim();
    return t.length > max ? t.slice(0, max) + '…' : t;
}
function skipSpaces(s, i) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t'))
        i++;
    return i;
}
/** The `hash` values of a list of `{file, hash}` / `{url, hash}` tables, space-separated. */
function joinHashes(files) {
    if (!Array.isArray(files))
        return undefined;
    const out = [];
    for (const f of files) {
        if (typeof f === 'object' && f !== null && typeof f.hash === 'string') {
            out.push(f.hash);
        }
    }
    return out.length > 0 ? out.join(' ') : undefined;
}


/***/ }),

/***/ 55906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ parseTarballUrl),
/* harmony export */   SJ: () => (/* binding */ isOwnRegistryTarball),
/* harmony export */   V9: () => (/* binding */ tarballIdentity),
/* harmony export */   tV: () => (/* binding */ tarballPackage),
/* harmony export */   yP: () => (/* binding */ tarballName)
/* harmony export */ });
/* harmony import */ var _npm_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37513);
// Registry tarball URLs: the one reader of the package and version a tarball URL names, used by
// every lockfile, manifest and command-line format. The layouts registries and mirrors serve:
//   …/<name>/-/<base>-<version>.tgz           npm's layout, any host and prefix; the name as
//                                              `@scope/name`, `@scope%2fname` or `%40scope%2fname`
//   …/<name>/-/@scope/<base>-<version>.tgz    the file named with its scope (npmjs, Artifactory)
//   …/<scope>/<name>/-/<name>-<version>.tgz   the scope without its `@` (Artifactory, Nexus): the URL
//                                              alone cannot tell it from a path segment, so the
//                                              segment is kept as `bareScope` for the caller's key
//   …/packages/<name>/<version>/<base>-<version>.tgz   npmmirror's CDN layout

/**
 * Parses a registry tarball URL of one of the layouts above (http or https, any host; a query or
 * fragment is ignored). Null for any other URL, and for a file name that does not carry the
 * package's name and a version.
 */
function parseTarballUrl(url) {
    // String operations rather than a regex or URL parsing: this runs once per lockfile entry.
    if (!(url.startsWith('https://') || url.startsWith('http://')))
        return null;
    let end = url.length;
    const q = url.indexOf('?');
    if (q !== -1)
        end = q;
    const h = url.indexOf('#');
    if (h !== -1 && h < end)
        end = h;
    const hostEnd = url.indexOf('/', url.indexOf('//') + 2);
    if (hostEnd === -1 || hostEnd >= end)
        return null;
    if (url.slice(end - 4, end).toLowerCase() !== '.tgz')
        return null;
    const segments = url.slice(hostEnd + 1, end).split('/');
    const dash = segments.lastIndexOf('-');
    if (dash !== -1 && dash >= segments.length - 3)
        return npmLayout(segments, dash);
    return mirrorLayout(segments);
}
/** `…/<name>/-/<file>`, the file optionally prefixed by `@scope/`. */
function npmLayout(segments, dash) {
    const fileParts = segments.slice(dash + 1).map(decode);
    if (fileParts.includes(null))
        return null;
    let file = fileParts.join('/');
    let fileScope = null;
    if (file.startsWith('@')) {
        // The file named with its scope: `@scope/name-1.0.0.tgz` (raw or encoded slash).
        const slash = file.indexOf('/');
        if (slash < 2)
            return null;
        fileScope = file.slice(0, slash);
        file = file.slice(slash + 1);
    }
    else if (fileParts.length > 1)
        return null;
    if (file.includes('/'))
        return null;
    const named = nameBefore(segments, dash);
    if (named === null)
        return null;
    let name = named.name;
    let bareScope = named.bareScope;
    const base = baseOf(name);
    if (fileScope !== null) {
        // The file's scope names the package; a scoped path must agree with it.
        if (name.startsWith('@')) {
            if (scopeOf(name) !== fileScope)
                return null;
        }
        else {
            name = `${fileScope}/${name}`;
            bareScope = undefined;
        }
    }
    if (!file.startsWith(base + '-'))
        return null;
    const version = file.slice(base.length + 1, -4);
    if (version === '')
        return null;
    return bareScope !== undefined ? { name, version, bareScope } : { name, version };
}
/** `…/packages/<name>/<version>/<base>-<version>.tgz` (npmmirror's CDN). */
function mirrorLayout(segments) {
    const n = segments.length;
    if (n < 4)
        return null;
    const file = decode(segments[n - 1]);
    const version = decode(segments[n - 2]);
    if (file === null || version === null || version === '')
        return null;
    const named = nameBefore(segments, n - 2);
    if (named === null)
        return null;
    if (segments[n - 2 - named.segments - 1] !== 'packages')
        return null;
    if (file !== `${baseOf(named.name)}-${version}.tgz`)
        return null;
    return { name: named.name, version };
}
/** The package name written in the segments before index `at`, with the bare-scope candidate. */
function nameBefore(segments, at) {
    if (at < 1)
        return null;
    const last = decode(segments[at - 1]);
    if (last === null || last === '')
        return null;
    if (last.startsWith('@')) {
        // `@scope%2fname` or `%40scope%2fname`: one encoded segment.
        const slash = last.indexOf('/');
        return slash > 1 && slash < last.length - 1 && !last.includes('/', slash + 1)
            ? { name: last, segments: 1 }
            : null;
    }
    if (last.includes('/'))
        return null;
    if (at >= 2) {
        const prev = decode(segments[at - 2]);
        if (prev === null)
            return null;
        if (prev.startsWith('@'))
            return prev.length > 1 && !prev.includes('/') ? { name: `${prev}/${last}`, segments: 2 } : null;
        if (prev !== '')
            return { name: last, bareScope: prev, segments: 1 };
    }
    return { name: last, segments: 1 };
}
function baseOf(name) {
    return name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
}
function scopeOf(name) {
    return name.slice(0, name.indexOf('/'));
}
function decode(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return null;
    }
}
/**
 * The name a parsed tarball URL installs for an entry declared as `declared`: the declared name
 * when the URL writes that name's scope without its `@` (`…/scope/name/-/name-1.0.0.tgz` for
 * `@scope/name`), else the name the URL writes.
 */
function tarballName(t, declared) {
    if (declared !== undefined &&
        t.bareScope !== undefined &&
        declared.length === t.bareScope.length + t.name.length + 2 &&
        declared === `@${t.bareScope}/${t.name}`)
        return declared;
    return t.name;
}
/**
 * What a registry-shaped tarball URL installs: the package and version it names (for an entry
 * declared as `declared`, see tarballName), null when the URL is not of a registry layout or names
 * no valid package and version.
 */
function tarballPackage(url, declared) {
    const t = parseTarballUrl(url);
    if (t === null || !(0,_npm_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemverVersion */ .hb)(t.version))
        return null;
    const name = tarballName(t, declared);
    return (0,_npm_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidPackageName */ .eW)(name) ? { name, version: t.version } : null;
}
/**
 * A dependency declared as `declared` whose source is `url`: the name, version and alias to report.
 * A registry-shaped tarball of another package is that package, aliased by the declared name (a
 * banned package cannot hide behind a harmless dependency name); any other URL keeps the declared
 * name and no version.
 */
function tarballIdentity(declared, url) {
    const pkg = tarballPackage(url, declared);
    if (pkg === null)
        return { name: declared, version: null };
    return pkg.name === declared ? pkg : { ...pkg, alias: declared };
}
/**
 * Whether `url` is the registry tarball of exactly `name@version` (`…/name/-/base-version.tgz`):
 * the common case, checked without taking the URL apart.
 */
function isOwnRegistryTarball(url, name, version) {
    if (!(url.startsWith('https://') || url.startsWith('http://')))
        return false;
    // Compared piece by piece from the end, without building the expected suffix.
    const slash = name.charCodeAt(0) === 0x40 ? name.indexOf('/') : -1;
    const baseLen = name.length - slash - 1;
    let end = url.length - 4;
    if (!url.startsWith('.tgz', end))
        return false;
    end -= version.length;
    if (!url.startsWith(version, end))
        return false;
    end -= baseLen + 1;
    if (url.charCodeAt(end + baseLen) !== 0x2d || !url.startsWith(name.slice(slash + 1), end))
        return false;
    end -= 3;
    if (!url.startsWith('/-/', end))
        return false;
    end -= name.length;
    return end > 8 && url.charCodeAt(end - 1) === 0x2f && url.startsWith(name, end);
}


/***/ }),

/***/ 19057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ TemplateValues),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   Uo: () => (/* binding */ unknownValue),
/* harmony export */   jj: () => (/* binding */ knownValue),
/* harmony export */   jw: () => (/* binding */ joinValues)
/* harmony export */ });
/** Characters that keep their meaning as text in every shell context (quotes, words, here-docs). */
const INERT = /^[\w@./:+=,%^~-]*$/;
class TemplateValues {
    bindings = new Map();
    next = 0;
    /** The text the runner writes for `value`: its own text, or a bound `${{ task.vN }}`. */
    write(value) {
        if (!value.unknown && !value.from)
            return value.text;
        // A caller's value with shell syntax in it is written as text: the shell then reads it exactly
        // as it would (the annotation stays on the recipe's line).
        if (!value.unknown && !INERT.test(value.text))
            return value.text;
        const name = `task.v${this.next++}`;
        this.bindings.set(name, value);
        return '${{ ' + name + ' }}';
    }
}
/** A string literal of a template or just expression (`'x'`, `"x"` with escapes), or undefined. */
function stringLiteral(term) {
    const single = /^'([^']*)'$/.exec(term);
    if (single)
        return single[1];
    const double = /^"((?:[^"\\]|\\.)*)"$/.exec(term);
    if (!double)
        return undefined;
    return double[1].replace(/\\(.)/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c);
}
/** Joins values as one: unknown when any is, from the first that has an origin. */
function joinValues(values) {
    const text = values.map((v) => v.text).join('');
    const unknown = values.some((v) => v.unknown);
    const from = values.find((v) => v.from && v.text !== '')?.from;
    return from ? { text, unknown, from } : { text, unknown };
}
const unknownValue = (text) => ({ text, unknown: true });
const knownValue = (text) => ({ text, unknown: false });


/***/ }),

/***/ 61881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ scalarLocator),
/* harmony export */   AS: () => (/* binding */ pairs),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hd: () => (/* binding */ resolve),
/* harmony export */   ld: () => (/* binding */ items),
/* harmony export */   yj: () => (/* binding */ flowDepth)
/* harmony export */ });
/* unused harmony export pair */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Small helpers over `yaml` documents with source positions, shared by the compose and workflow
// detectors. Aliases are followed by reference (never expanded), so alias bombs stay cheap.

function parseYaml(text, file, maxDepth) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    const depth = flowDepth(text);
    if (depth > maxDepth) {
        errors.push({ file, message: `nesting deeper than ${maxDepth} levels` });
        return { doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)('', { lineCounter: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN() }), lines, errors };
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    for (const e of doc.errors.slice(0, 10)) {
        const pos = lines.linePos(e.pos[0]);
        errors.push({
            file,
            line: pos.line,
            column: pos.col,
            message: `invalid YAML: ${e.message.split('\n')[0]}`,
        });
    }
    return { doc, lines, errors };
}
/**
 * Deepest nesting of flow collections (`[`, `{`) and of block indentation, a cheap bound before
 * parsing. Brackets inside quoted scalars, comments and block scalars (`run: |`) are text, not
 * nesting, and are not counted.
 */
function flowDepth(text) {
    let depth = 0;
    let max = 0;
    let indentMax = 0;
    let blockIndent = -1;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        let indent = 0;
        while (start + indent < end && text[start + indent] === ' ')
            indent++;
        const blank = start + indent >= end || text[start + indent] === '\r';
        if (blockIndent >= 0 && (blank || indent > blockIndent)) {
            start = end + 1;
            continue;
        }
        blockIndent = -1;
        let quote = '';
        let dashes = 0;
        for (let i = start + indent; i < end; i++) {
            const c = text[i];
            if (quote) {
                if (c === quote)
                    quote = '';
                else if (c === '\\' && quote === '"')
                    i++;
                continue;
            }
            if (c === '"' || c === "'") {
                const prev = i > start ? text[i - 1] : ' ';
                if (prev === ' ' ||
                    prev === '\t' ||
                    prev === '[' ||
                    prev === '{' ||
                    prev === ',' ||
                    prev === ':' ||
                    prev === '-')
                    quote = c;
            }
            else if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t'))
                break;
            else if (c === '[' || c === '{') {
                depth++;
                if (depth > max)
                    max = depth;
            }
            else if ((c === ']' || c === '}') && depth > 0)
                depth--;
            else if (c === '-' && depth === 0 && i === start + indent + dashes * 2 && text[i + 1] === ' ')
                dashes++;
        }
        const level = indent / 2 + dashes;
        if (level > indentMax)
            indentMax = level;
        // A block scalar header (`key: |`, `- >-`): the more-indented lines that follow are its text.
        if (/(^|[:\s-])[|>][-+0-9]*\s*(#.*)?\r?$/.test(text.slice(start + indent, end)) && depth === 0)
            blockIndent = indent;
        start = end + 1;
    }
    return Math.max(max, indentMax);
}
function resolve(doc, node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
}
function get(doc, map, key) {
    const m = resolve(doc, map);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(m))
        return undefined;
    const p = pair(m, key);
    return p ? resolve(doc, p.value) : undefined;
}
function pair(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
function pairs(doc, map) {
    const m = resolve(doc, map);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(m))
        return [];
    const out = [];
    for (const p of m.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key))
            out.push({ key: String(p.key.value), keyNode: p.key, value: resolve(doc, p.value) });
    }
    return out;
}
function items(doc, seq) {
    const s = resolve(doc, seq);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(s) ? s.items.map((i) => resolve(doc, i)) : [];
}
function str(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    const v = node.value;
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
function lineOf(lines, node) {
    const range = node?.range;
    return range ? lines.linePos(range[0]).line : 1;
}
/**
 * Maps an offset inside a scalar's value to a line of the file. Literal block scalars (`|`) keep
 * one value line per source line after their header; other scalars are located at their start.
 */
function scalarLocator(lines, node) {
    const start = lineOf(lines, node);
    const type = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node.type : undefined;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        return (offset, value) => {
            let n = 0;
            for (let i = value.indexOf('\n'); i !== -1 && i < offset; i = value.indexOf('\n', i + 1))
                n++;
            return start + 1 + n;
        };
    }
    return () => start;
}


/***/ }),

/***/ 85339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readZipEntry)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// One entry of a zip archive (a `.vsix` extension package, a Python wheel), found by its central
// directory as unzip and pip find it, never by scanning for local headers: what the central
// directory lists is what gets installed.

/**
 * The bytes of the last central-directory entry whose name `wanted` accepts (an extractor writes
 * every entry in turn, so the last of two with one name is what lands on disk); null when none
 * does; a reason when the archive cannot be read. Entries over `maxBytes` are a reason, not a
 * partial read: the bound is on hostile input, not on honest metadata.
 */
function readZipEntry(zip, wanted, maxBytes) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
        if (view.getUint32(i, true) === 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return 'no zip central directory';
    const entries = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    let found;
    for (let n = 0; n < entries; n++) {
        if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50)
            return 'a damaged zip central directory';
        const nameLength = view.getUint16(p + 28, true);
        const entry = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
        if (wanted(entry))
            found = { name: entry, at: p };
        p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    if (!found)
        return null;
    const { name, at } = found;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    if (size > maxBytes)
        return `${name} is ${size} bytes (more than ${maxBytes})`;
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50)
        return `a damaged ${name} entry`;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed)
        return `a truncated ${name} entry`;
    if (method === 0)
        return { name, bytes: data };
    if (method !== 8)
        return `${name} compressed with method ${method}`;
    try {
        return { name, bytes: new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(data, { maxOutputLength: maxBytes })) };
    }
    catch {
        return `a damaged ${name} entry`;
    }
}


/***/ }),

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pU: () => (/* binding */ powershellScriptDetector),
/* harmony export */   tX: () => (/* binding */ powershellSite)
/* harmony export */ });
/* unused harmony exports POWERSHELL_SOURCE, isPowerShellPath, scanPowerShell */
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67352);
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14260);
/* harmony import */ var _parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61881);



const POWERSHELL_SOURCE = 'PowerShell';
function isPowerShellPath(path) {
    return /\.psm?1$/i.test(path);
}
function scanPowerShell(path, text) {
    const r = (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .scanCommandSites */ .L6)(path, POWERSHELL_SOURCE, powershellSites(text, (l) => l), 'PowerShell');
    return { components: r.components, errors: [] };
}
/** A YAML scalar holding PowerShell (Azure's `pwsh:` steps), one site per statement line. */
function powershellSite(lines, node) {
    const raw = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(node);
    if (raw === undefined)
        return null;
    const locate = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarLocator */ .$F)(lines, node);
    const offsets = [0];
    for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1))
        offsets.push(i + 1);
    const sites = powershellSites(raw, (l) => locate(offsets[l - 1] ?? 0, raw));
    return (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_1__/* .joinSites */ .dz)(sites);
}
/** PowerShell text as shell sites, each at the line `lineOf(n)` gives for its 1-based line n. */
function powershellSites(text, lineOf) {
    const source = text.replace(/<#[\s\S]*?#>/g, (c) => c.replace(/[^\n]/g, ' '));
    const physical = source.split('\n').map((l) => l.replace(/\r$/, ''));
    const sites = [];
    for (let i = 0; i < physical.length; i++) {
        let line = physical[i];
        const first = i + 1;
        while (/`\s*$/.test(line) && i + 1 < physical.length)
            line = line.replace(/`\s*$/, ' ') + physical[++i];
        const script = toShell(line);
        if (script !== null)
            sites.push({ script, locate: () => lineOf(first), quiet: true });
    }
    return sites;
}
/** One PowerShell line as shell text, or null when it holds nothing to run. */
function toShell(line) {
    const t = line.trim();
    if (t === '' || t.startsWith('#'))
        return null;
    const assign = /^\$(?:env:)?([A-Za-z_]\w*)\s*=\s*(['"])(.*)\2\s*;?\s*$/.exec(t);
    if (assign)
        return `${assign[1]}=${assign[2]}${assign[3]}${assign[2]}`;
    // Output cmdlets print their arguments, as `echo` does.
    return t
        .replace(/^Write-(Host|Output|Information|Verbose|Warning|Debug|Error)\b/i, 'echo')
        .replace(/\$env:([A-Za-z_]\w*)/g, '$$$1')
        .replace(/`(.)/g, '$1')
        .replace(/^&\s*[{(]\s*/, '')
        .replace(/[})]\s*$/, '');
}
const powershellScriptDetector = {
    id: POWERSHELL_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: _shell_components_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_ECOSYSTEMS */ .Ms,
    matches: isPowerShellPath,
    detect: ({ path, text }) => scanPowerShell(path, text),
};


/***/ }),

/***/ 17271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J1: () => (/* binding */ COMMAND_WORD),
  lJ: () => (/* binding */ NON_EXECUTING),
  OF: () => (/* binding */ SHELLS),
  Qh: () => (/* binding */ WORKSPACE_PATH),
  E3: () => (/* binding */ base),
  P8: () => (/* binding */ basename),
  J9: () => (/* binding */ hasForeignShebang),
  J6: () => (/* binding */ hasShellShebang),
  c9: () => (/* binding */ isFetcher),
  xm: () => (/* binding */ isPipeShell),
  xL: () => (/* binding */ namesAnotherKindOfFile),
  Vp: () => (/* binding */ runsFileByPath),
  X0: () => (/* binding */ shellOperands),
  Dz: () => (/* binding */ stripWrappers)
});

;// CONCATENATED MODULE: ./src/detectors/shell/container-run.ts
const ENGINES = new Set(['docker', 'podman', 'nerdctl']);
const COMPOSE = new Set(['docker-compose', 'podman-compose']);
/** Short options of `run`/`exec` that take a value (`-e K=V`, `-v a:b`, `-w /dir`, …). */
const SHORT_WITH_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);
/** Long options that do not take a value; every other long option does. */
const LONG_FLAGS = new Set([
    'detach',
    'init',
    'interactive',
    'no-healthcheck',
    'oom-kill-disable',
    'privileged',
    'publish-all',
    'quiet',
    'read-only',
    'rm',
    'sig-proxy',
    'tty',
    'help',
    'disable-content-trust',
    'use-api-socket',
    'no-stdin',
    'replace',
    // compose run/exec
    'no-deps',
    'service-ports',
    'use-aliases',
    'build',
    'remove-orphans',
    'quiet-pull',
    'no-TTY',
]);
/**
 * The command a `docker run`/`docker exec` runs (with `--entrypoint E`, E first), or null when
 * the words are not such a command or it runs the image's own command.
 */
function containerCommand(argv) {
    const engine = argv[0]?.text.slice(argv[0].text.lastIndexOf('/') + 1) ?? '';
    // `kubectl exec POD -- CMD`, `kubectl run NAME --image=I -- CMD`: the command follows `--`.
    if (engine === 'kubectl' || engine === 'oc') {
        if (argv[1]?.text !== 'exec' && argv[1]?.text !== 'run')
            return null;
        const dash = argv.findIndex((a) => a.text === '--');
        return dash > 0 && dash + 1 < argv.length ? argv.slice(dash + 1) : null;
    }
    let i = 1;
    // `docker compose run|exec [OPTIONS] SERVICE CMD…` (and docker-compose, podman-compose).
    if (!COMPOSE.has(engine)) {
        if (!ENGINES.has(engine))
            return null;
        if (argv[i]?.text === 'compose' || argv[i]?.text === 'container')
            i++;
    }
    const sub = argv[i]?.text;
    if (sub !== 'run' && sub !== 'exec')
        return null;
    let entrypoint;
    for (i++; i < argv.length; i++) {
        const t = argv[i].text;
        if (t === '--') {
            i++;
            break;
        }
        if (t.startsWith('--')) {
            const eq = t.indexOf('=');
            const name = t.slice(2, eq === -1 ? undefined : eq);
            if (LONG_FLAGS.has(name))
                continue;
            if (eq === -1)
                i++;
            if (name === 'entrypoint')
                entrypoint = eq === -1 ? argv[i] : { ...argv[i], text: t.slice(eq + 1) };
            continue;
        }
        if (t.startsWith('-') && t.length > 1) {
            // Clustered short flags (`-it`, `-dit`); one that takes a value ends the cluster.
            for (let k = 1; k < t.length; k++) {
                if (!SHORT_WITH_VALUE.has(t[k]))
                    continue;
                if (k === t.length - 1)
                    i++;
                break;
            }
            continue;
        }
        break;
    }
    // argv[i] is the image (run) or the container (exec).
    const rest = argv.slice(i + 1);
    if (entrypoint && entrypoint.text !== '')
        return [entrypoint, ...rest];
    return rest.length > 0 ? rest : null;
}

// EXTERNAL MODULE: ./src/detectors/shell/expand.ts
var expand = __webpack_require__(88496);
// EXTERNAL MODULE: ./src/detectors/shell/shell.ts
var shell = __webpack_require__(33456);
;// CONCATENATED MODULE: ./src/detectors/shell/command-words.ts
// Classes of command words: shells, fetchers, commands whose arguments are data, and the
// wrappers (`sudo`, `env X=Y`, `timeout N`, …) that run the command after them.



const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh']);
/**
 * A shebang naming an interpreter of another language (`#!/usr/bin/env node`, `#!/usr/bin/python3`):
 * a file run as a program with it is no shell script. Any other first line (a shell, `busybox sh`,
 * an interpreter not listed) leaves the file read as shell: unknown is not a reason to look away.
 */
function hasForeignShebang(head) {
    return /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:node|nodejs|deno|bun|tsx|ts-node|python[\d.]*|pypy[\d.]*|ruby|perl|php|lua|Rscript|pwsh|osascript|tclsh|groovy|julia|escript)(?:[ \t\r\n]|$)/.test(head);
}
/** A shell shebang on the first line: `#!/bin/sh`, `#! /usr/bin/env -S bash -e`, `#!/bin/zsh`. */
function hasShellShebang(head) {
    return /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:sh|bash|zsh|ksh|mksh|dash|ash)(?:[ \t\r\n]|$)/.test(head);
}
/** Extensions of files that are never shell scripts run as such. */
const NOT_SCRIPTS = /\.(png|jpe?g|gif|bmp|ico|icns|svg|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|whl|egg|deb|rpm|dmg|iso|exe|dll|so|dylib|a|o|obj|lib|class|pyc|pyo|wasm|node|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|wav|ogg|flac|m4a|js|mjs|cjs|jsx|ts|tsx|mts|cts|d\.ts|map|css|scss|sass|less|html?|vue|svelte|json|jsonc|json5|lock|md|mdx|rst|txt|csv|tsv|xml|ya?ml|toml|ini|cfg|conf|properties|go|rs|java|kt|kts|scala|swift|m|mm|c|cc|cpp|cxx|h|hh|hpp|cs|fs|vb|rb|php|pl|pm|py|pyi|r|jl|lua|dart|ex|exs|erl|hs|ml|clj|sql|graphql|gql|proto|ipynb|snap|po|mo|pem|crt|key|pub|sig|asc|gpg|db|sqlite|bin|dat|pak|glb|gltf|fbx|blend|stl|ttc|lockb)$/i;
/**
 * A file whose extension says it is something other than a shell script (an image, an archive,
 * another language's source, a document, PowerShell or batch).
 */
function namesAnotherKindOfFile(path) {
    return NOT_SCRIPTS.test(path) || /\.(psm?1|cmd|bat)$/i.test(path);
}
const FETCHERS = new Set(['curl', 'wget', 'irm', 'iwr', 'invoke-restmethod', 'invoke-webrequest']);
/** Commands that run a script read from a pipe: POSIX shells and PowerShell's Invoke-Expression. */
const PIPE_SHELLS = new Set([...SHELLS, 'iex', 'invoke-expression', 'python', 'python3']);
function isFetcher(cmd) {
    return FETCHERS.has(base(cmd).toLowerCase());
}
function isPipeShell(cmd) {
    return PIPE_SHELLS.has(base(cmd).toLowerCase());
}
/** Commands whose string arguments are data, not commands to run. */
const NON_EXECUTING = new Set([
    'echo',
    'printf',
    'print',
    'cat',
    'tee',
    'grep',
    'egrep',
    'fgrep',
    'rg',
    'sed',
    'awk',
    'test',
    '[',
    '[[',
    'read',
    'git',
    'jq',
    'yq',
    'trap',
    'logger',
    'case',
    'for',
    'select',
    'function',
]);
const COMMAND_WORD = /^(sudo\s+)?(npm|npx|pnpm|pnpx|yarn|bun|bunx|volta|mise|asdf|deno|pip|pip3|pipx|python3?|uv|uvx|brew|winget|choco|scoop|curl|wget|sh|bash|zsh)\s/;
function base(cmd) {
    const s = cmd.lastIndexOf('/');
    return s === -1 ? cmd : cmd.slice(s + 1);
}
function basename(p) {
    const s = p.lastIndexOf('/');
    return s === -1 ? p : p.slice(s + 1);
}
/** Removes `sudo`, `env`, `exec`, `nohup`, `time`, `command`, `timeout N`, … in front of a command. */
function stripWrappers(argv, overlay, lookup) {
    for (let guard = 0; guard < 16 && argv.length > 0; guard++) {
        const w = base(argv[0].text);
        let i = 1;
        if (w === 'sudo' || w === 'doas') {
            while (i < argv.length && argv[i].text.startsWith('-')) {
                const f = argv[i].text;
                i += /^-[ugrtCDhpU]$/.test(f) || f === '--user' || f === '--group' ? 2 : 1;
                if (f === '--')
                    break;
            }
        }
        else if (w === 'env') {
            while (i < argv.length) {
                const t = argv[i].text;
                // `env -S 'npm i -g x'`: the string is split into the command's words.
                const joined = /^(?:-S|--split-string=)([\s\S]+)$/.exec(t)?.[1];
                if (joined !== undefined || t === '-S' || t === '--split-string') {
                    const text = joined ?? argv[i + 1]?.text ?? '';
                    const rest = argv.slice(i + (joined === undefined ? 2 : 1));
                    argv = [...argv.slice(0, i), ...splitString(text, argv[i], lookup), ...rest];
                    continue;
                }
                if (t === '-u' || t === '-C')
                    i += 2;
                else if (t.startsWith('-'))
                    i++;
                else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
                    const a = (0,expand/* splitAssignment */.ko)(argv[i].word);
                    if (a)
                        overlay.set(a.name, (0,expand/* expandParts */.Xd)(a.value, lookup));
                    i++;
                }
                else
                    break;
            }
        }
        else if (w === 'timeout') {
            while (i < argv.length && argv[i].text.startsWith('-'))
                i++;
            i++;
        }
        else if (w === 'nice' || w === 'ionice' || w === 'stdbuf') {
            while (i < argv.length && argv[i].text.startsWith('-'))
                i += /^-[nc]$/.test(argv[i].text) ? 2 : 1;
        }
        else if (w === 'gosu' || w === 'su-exec') {
            i = 2;
        }
        else if (w === 'runuser' && argv.some((a) => a.text === '--')) {
            i = argv.findIndex((a) => a.text === '--') + 1;
        }
        else if (w === 'xargs') {
            // Options that take a value: `-n 1`, `-I {}`, `-L 1`, `-P 4`, `-d '\n'`, `-a file`, …
            while (i < argv.length && argv[i].text.startsWith('-'))
                i += /^-[nILPdEsa]$|^--(max-args|replace|max-lines|max-procs|delimiter|eof|max-chars|arg-file)$/.test(argv[i].text)
                    ? 2
                    : 1;
        }
        else if (['docker', 'podman', 'nerdctl', 'docker-compose', 'podman-compose', 'kubectl', 'oc'].includes(w)) {
            const inner = containerCommand(argv);
            if (!inner)
                break;
            argv = inner;
            continue;
        }
        else if (!['exec', 'nohup', 'time', 'corepack', 'command', 'builtin', 'retry', 'then', 'do', 'else'].includes(w)) {
            break;
        }
        else {
            while (i < argv.length && argv[i].text.startsWith('-') && w !== 'exec')
                i++;
        }
        argv = argv.slice(i);
    }
    return argv;
}
/** The words of `env -S STRING`, at the word that holds it (env reads quotes and `${VAR}` in it). */
function splitString(text, at, lookup) {
    const words = (0,shell/* parseShell */.a)(text).pipelines[0]?.commands[0]?.words ?? [];
    return words.map((w) => {
        const v = (0,expand/* expandParts */.Xd)(w.parts, lookup);
        return { text: v.text, unknown: v.unknown || at.unknown, start: at.start, word: at.word };
    });
}
/** A path from the root of the repository's checkout in a devcontainer or a workflow runner. */
const WORKSPACE_PATH = /^(\$\{(containerWorkspaceFolder|localWorkspaceFolder|GITHUB_WORKSPACE)\}|\$GITHUB_WORKSPACE|\$\{\{\s*github\.workspace\s*\}\})\/[\w./-]+$/;
/** A command word that runs a file in the repository: `./install`, `scripts/x.sh`, `$GITHUB_WORKSPACE/x`. */
function runsFileByPath(word) {
    return /^\S*\/\S*\.(sh|bash)$/.test(word) || /^\.\.?\/[\w./-]+$/.test(word) || WORKSPACE_PATH.test(word);
}
/**
 * A shell's own arguments: `bash -c 'script' [$0 args…]` (also `-lc`, `-euxo pipefail -c`) gives
 * the script; otherwise `operand` is the index of the script file to run, if any.
 */
function shellOperands(args) {
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i].text;
        if (a === '--')
            return { operand: i + 1 };
        if (/^[-+][a-zA-Z]*[oO]$/.test(a) && !a.includes('c')) {
            i++;
            continue;
        }
        if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a) && !a.startsWith('--'))
            return { script: args[i + 1], operand: i + 1 };
        if (!a.startsWith('-') && !a.startsWith('+'))
            break;
    }
    return { operand: i };
}


/***/ }),

/***/ 67352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ COMMAND_ECOSYSTEMS),
/* harmony export */   bT: () => (/* binding */ findingComponent),
/* harmony export */   gS: () => (/* binding */ problemError)
/* harmony export */ });
/* harmony import */ var _component_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68516);
// Turns command findings into located components and scanner problems into located errors.

/** What an install command read by the shell layer can bring in. */
const COMMAND_ECOSYSTEMS = [
    'npm',
    'pypi',
    'homebrew',
    'installer',
    'vscode-extension',
];
function findingComponent(f, file, source) {
    return (0,_component_js__WEBPACK_IMPORTED_MODULE_0__/* .makeComponent */ .G)({
        ecosystem: f.ecosystem,
        name: f.name,
        version: f.version,
        ...(f.version === null && f.spec !== undefined ? { spec: f.spec } : {}),
        location: { file, line: f.line },
        source,
        sourceKind: f.sourceKind,
        ...(f.resolved !== undefined ? { resolved: f.resolved } : {}),
        ...(f.alias !== undefined ? { alias: f.alias } : {}),
        ...(f.versionFrom && (f.versionFrom.file !== file || f.versionFrom.line !== f.line)
            ? { versionFrom: f.versionFrom }
            : {}),
    });
}
function problemError(p, file, what = 'shell') {
    return { file, line: p.line, message: `${what}: ${p.message}` };
}


/***/ }),

/***/ 88496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ paramValue),
/* harmony export */   M7: () => (/* binding */ MATRIX_KNOWN),
/* harmony export */   Vo: () => (/* binding */ expandWord),
/* harmony export */   Xd: () => (/* binding */ expandParts),
/* harmony export */   Yf: () => (/* binding */ expressionName),
/* harmony export */   dA: () => (/* binding */ contextValue),
/* harmony export */   eA: () => (/* binding */ SUBSTITUTION),
/* harmony export */   ko: () => (/* binding */ splitAssignment)
/* harmony export */ });
/* harmony import */ var _parameter_ops_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46272);
// Expansion of parsed shell words with the variables known statically at that point (Dockerfile
// ARG/ENV, build args, compose and .env values, earlier assignments in the same script).

/** The prefix of a command substitution's script asked of a `Lookup` (no variable name has it). */
const SUBSTITUTION = '$(';
const MAX_DEPTH = 16;
/**
 * A GitHub Actions expression that names one value of a context: `${{ env.NAME }}` reads the
 * step's environment (the name itself), `${{ matrix.cc }}`, `${{ inputs.version }}` and
 * `${{ github.workspace }}` read `matrix.cc`, `inputs.version`, `github.workspace` (names no shell
 * variable can have, set by the workflow reader for one evaluation). `${{ task.vN }}` is a value a
 * task runner writes into the command (parsers/task-templates.ts).
 */
function expressionName(raw) {
    const m = /^\$\{\{\s*(env|matrix|inputs|github|task)\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(raw);
    if (!m)
        return null;
    return m[1] === 'env' ? m[2] : `${m[1]}.${m[2]}`;
}
/**
 * Set in an evaluation whose matrix is known key by key (written as the YAML has it, or no matrix
 * at all): a `matrix.x` it does not define is null in GitHub's expressions, so empty here, and a
 * fallback chain `${{ matrix.x || '2.1.150' }}` takes its literal.
 */
const MATRIX_KNOWN = 'matrix.*';
/** A context value an expression names (`contextValue('matrix.cc', lookup)`). */
function contextValue(name, lookup) {
    const v = lookup(name);
    if (v !== undefined || !name.startsWith('matrix.'))
        return v;
    return lookup(MATRIX_KNOWN);
}
/**
 * The value of `${{ a.b }}` or of a fallback chain `${{ a.b || c.d || 'x' }}` (the first operand
 * that is not empty), when every operand it reaches is known; undefined otherwise.
 */
function expressionValue(raw, lookup) {
    const name = expressionName(raw);
    if (name !== null)
        return contextValue(name, lookup);
    const chain = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(raw)?.[1];
    if (chain === undefined || !chain.includes('||'))
        return undefined;
    for (const operand of chain.split(/\s*\|\|\s*/)) {
        const literal = /^'((?:[^']|'')*)'$/.exec(operand);
        const ref = literal ? null : expressionName('${{ ' + operand + ' }}');
        const v = literal
            ? { text: literal[1].replace(/''/g, "'"), unknown: false }
            : ref === null
                ? undefined
                : contextValue(ref, lookup);
        if (v === undefined || v.unknown)
            return undefined;
        if (v.text !== '')
            return v;
    }
    return { text: '', unknown: false };
}
/** `$1`…, `$@`, `$*`: set only where a caller's context gives the arguments (it sets `$#`). */
function isPositional(name) {
    return /^([0-9]+|[@*#])$/.test(name);
}
function expandParts(parts, lookup, depth = 0) {
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only?.k === 'array') {
        const items = only.items.map((w) => expandParts(w.parts, lookup, depth + 1));
        return { text: items.map((i) => i.text).join(' '), unknown: items.some((i) => i.unknown), items };
    }
    let text = '';
    let unknown = false;
    let from;
    for (const p of parts) {
        if (p.k === 'lit')
            text += p.text;
        else if (p.k === 'array') {
            text += p.raw;
            unknown = true;
        }
        else if (p.k === 'opaque') {
            const v = p.script ? lookup(SUBSTITUTION + p.script.text) : expressionValue(p.raw, lookup);
            text += v ? v.text : p.raw;
            if (!v || v.unknown)
                unknown = true;
            if (v?.from && v.text !== '')
                from ??= v.from;
        }
        else {
            const v = expandParam(p, lookup, depth);
            text += v.text;
            if (v.unknown)
                unknown = true;
            if (v.from && v.text !== '')
                from ??= v.from;
        }
    }
    return from ? { text, unknown, from } : { text, unknown };
}
/** A parameter's value with its elements when it is an array (`${a[@]}`, `$@`). */
function paramValue(p, lookup) {
    return expandParam(p, lookup, 0);
}
function expandParam(p, lookup, depth) {
    if (depth > MAX_DEPTH)
        return { text: p.raw, unknown: true };
    const v = lookupParam(p, lookup);
    const set = v !== undefined;
    const nonEmpty = set && (v.unknown || v.text !== '');
    const arg = () => expandParts(p.arg, lookup, depth + 1);
    switch (p.op) {
        case '':
            return v ?? { text: p.raw, unknown: true };
        case ':-':
        case ':=':
            if (v?.unknown)
                return { text: p.raw, unknown: true };
            return nonEmpty ? v : arg();
        case '-':
        case '=':
            if (v?.unknown)
                return { text: p.raw, unknown: true };
            return set ? v : arg();
        case ':?':
        case '?':
            return v ?? { text: p.raw, unknown: true };
        case ':+':
        case '+':
            if (v === undefined || v.unknown)
                return { text: p.raw, unknown: true };
            return (p.op === '+' ? set : nonEmpty) ? arg() : { text: '', unknown: false };
        default:
            return (0,_parameter_ops_js__WEBPACK_IMPORTED_MODULE_0__/* .applyOperation */ .y)(p, v, lookup);
    }
}
/**
 * A parameter's value. Positional parameters are known only where a caller's context gives them
 * (it sets `$#`): without one they are unknown; with one, those beyond `$#` are unset.
 */
function lookupParam(p, lookup) {
    const element = /^([A-Za-z_]\w*)\[(@|\*|[0-9]+)\]$/.exec(p.name);
    if (element)
        return arrayElement(lookup(element[1]), element[2]);
    const v = lookup(p.name);
    // `$a` of an array is its first element.
    if (v?.items && /^[A-Za-z_]/.test(p.name))
        return v.items[0];
    if (v !== undefined || !isPositional(p.name))
        return v;
    // `$0` is the script's own name: known only where `sh -c SCRIPT NAME` gives it.
    if (p.name === '0')
        return { text: p.raw, unknown: true };
    if (lookup('#') === undefined)
        return { text: p.raw, unknown: true };
    return p.op === '' ? { text: '', unknown: false } : undefined;
}
/** `${a[@]}`, `${a[*]}` (every element) or `${a[N]}` of an array; a plain variable is element 0. */
function arrayElement(v, index) {
    if (v === undefined)
        return undefined;
    if (index === '@' || index === '*')
        return v;
    if (v.items)
        return v.items[Number(index)];
    return index === '0' ? v : undefined;
}
function expandWord(word, lookup) {
    const v = expandParts(word.parts, lookup);
    return { text: v.text, unknown: v.unknown, start: word.start, word, ...(v.from ? { from: v.from } : {}) };
}
/** `NAME=value` at the start of a word: its name and the parts of the value. */
function splitAssignment(word) {
    const first = word.parts[0];
    if (!first || first.k !== 'lit')
        return null;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
    if (!m)
        return null;
    // The name must be unquoted: `"A=b"` is not an assignment.
    if (!word.raw.startsWith(m[0]))
        return null;
    const rest = first.text.slice(m[0].length);
    const value = rest ? [{ k: 'lit', text: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
    return { name: m[1], value };
}


/***/ }),

/***/ 64805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ vendorInstaller),
/* harmony export */   bp: () => (/* binding */ versionFromTag),
/* harmony export */   cW: () => (/* binding */ releaseDownload),
/* harmony export */   sh: () => (/* binding */ installerName)
/* harmony export */ });
/* unused harmony export vendorInstallers */
// Vendor install scripts and release-download URLs of AI coding tools: how each names itself as
// an `installer` component and how each is told which version to install.
/**
 * Install scripts whose version input is documented by the vendor. Unknown scripts piped to a
 * shell are still reported as `installer` components (version null, spec `latest` or the
 * arguments as written).
 */
const vendorInstallers = [
    // Claude Code native installer: `curl -fsSL https://claude.ai/install.sh | bash -s -- 2.1.110`
    // (also `stable`/`latest`); the PowerShell and cmd variants take the same argument.
    { pattern: /^claude\.ai\/install\.(sh|ps1|cmd)$/, tool: 'claude-code', version: { kind: 'positional' } },
    // The bootstrap script install.sh hands over to, also fetched directly.
    {
        pattern: /^(downloads\.claude\.ai|storage\.googleapis\.com\/[^/]+)\/claude-code-releases\/bootstrap\.(sh|ps1)$/,
        tool: 'claude-code',
        version: { kind: 'positional' },
    },
    // GitHub Copilot CLI: `curl -fsSL https://gh.io/copilot-install | VERSION="v0.0.369" bash`.
    { pattern: /^gh\.io\/copilot-install$/, tool: 'copilot-cli', version: { kind: 'env', name: 'VERSION' } },
    {
        pattern: /^raw\.githubusercontent\.com\/github\/copilot-cli\/[^/]+\/install\.sh$/,
        tool: 'copilot-cli',
        version: { kind: 'env', name: 'VERSION' },
    },
    // OpenCode: `curl -fsSL https://opencode.ai/install | bash -s -- --version 1.2.3`.
    { pattern: /^opencode\.ai\/install$/, tool: 'opencode', version: { kind: 'flag', flag: '--version' } },
    // Goose: `curl -fsSL …/block/goose/releases/download/stable/download_cli.sh | GOOSE_VERSION=v1.45.0 bash`.
    {
        pattern: /^github\.com\/block\/goose\/releases\/download\/[^/]+\/download_cli\.sh$/,
        tool: 'goose',
        version: { kind: 'env', name: 'GOOSE_VERSION' },
    },
    // Cursor CLI, Aider and Amp install the latest release.
    { pattern: /^cursor\.com\/install$/, tool: 'cursor-cli', version: { kind: 'none' } },
    { pattern: /^aider\.chat\/install\.(sh|ps1)$/, tool: 'aider', version: { kind: 'none' } },
    { pattern: /^ampcode\.com\/install\.sh$/, tool: 'amp', version: { kind: 'none' } },
    // Kimi Code CLI and Qwen Code install their latest release.
    { pattern: /^code\.kimi\.com\/install\.(sh|ps1)$/, tool: 'kimi-cli', version: { kind: 'none' } },
    {
        pattern: /^qwen-code-assets\.oss-cn-hangzhou\.aliyuncs\.com\/installation\/install-qwen\.(sh|bat)$/,
        tool: 'qwen-code',
        version: { kind: 'none' },
    },
];
function vendorInstaller(name) {
    return vendorInstallers.find((v) => v.pattern.test(name));
}
/**
 * The `installer` component name of a URL: without scheme, query or fragment, host lowercased.
 * Null when the text is not an http(s) URL.
 */
function installerName(url) {
    const m = /^(?:https?:\/\/)([^/?#\s]+)([^?#\s]*)/i.exec(url);
    if (!m)
        return null;
    const host = m[1].toLowerCase().replace(/^[^@]*@/, '');
    return host + m[2];
}
/**
 * Release downloads: GitHub release assets (`github.com/o/r/releases/download/<tag>/…`,
 * `…/releases/latest/download/…`) and Claude Code's native release bucket
 * (`…/claude-code-releases/<version>/<platform>/claude`).
 */
function releaseDownload(url) {
    const name = installerName(url);
    if (!name)
        return null;
    let m = /^github\.com\/([^/]+)\/([^/]+)\/releases\/(?:download\/([^/]+)|(latest)\/download)\/./i.exec(name);
    if (m) {
        const channel = `github.com/${m[1].toLowerCase()}/${m[2].toLowerCase()}/releases`;
        const tag = m[3] ?? 'latest';
        const version = versionFromTag(tag);
        return version ? { name: channel, version } : { name: channel, version: null, spec: tag };
    }
    m = /^(.*\/claude-code-releases)\/([^/]+)\/./.exec(name);
    if (m) {
        const version = versionFromTag(m[2]);
        return version ? { name: m[1], version } : { name: m[1], version: null, spec: m[2] };
    }
    return null;
}
/** `v1.2.3`, `rust-v0.58.0`, `1.2.3` → `1.2.3`; channels (`latest`, `stable`) → null. */
function versionFromTag(tag) {
    const m = /^(?:[A-Za-z][A-Za-z0-9_.]*-)?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/.exec(tag);
    return m ? m[1] : null;
}


/***/ }),

/***/ 6721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   _n: () => (/* binding */ parseNpmSpec),
/* harmony export */   xf: () => (/* binding */ parsePypiSpec),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parsers_tarball_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55906);
// Package specs as written on command lines: npm (`name@spec`, `alias@npm:real@spec`) and PyPI
// requirements (`name[extra]==1.2`).


const NPM_NAME = /^(?:@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/i;
/** An exact version (`1.2.3`, `v1.2.3`), or null. */
function exactVersion(spec) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(spec, { loose: false }) ?? null;
}
/**
 * Reads an npm package argument. `unknown` says the text holds unexpanded variables (kept as
 * written). Null for arguments that do not name a registry package (paths, URLs, git specs).
 */
function parseNpmSpec(text, unknown) {
    if (!text ||
        /^[./~]/.test(text) ||
        /^(file|link|portal|workspace|git|git\+\w+|github|gitlab|bitbucket|gist|https?):/i.test(text))
        return registryTarball(text);
    if (text.startsWith('npm:'))
        text = text.slice(4);
    const at = text.indexOf('@', 1);
    const name = at === -1 ? text : text.slice(0, at);
    const spec = at === -1 ? '' : text.slice(at + 1);
    if (spec.startsWith('npm:')) {
        const real = parseNpmSpec(spec.slice(4), unknown);
        return real && NPM_NAME.test(name) ? { ...real, alias: name } : null;
    }
    if (!NPM_NAME.test(name))
        return null;
    if (!spec)
        return { name, version: null, spec: 'latest' };
    // An unknown value is kept as written: a slash inside its expansion (`${V/x/y}`) is no path.
    const written = unknown ? spec.replace(/\$\{[^}]*\}|\$\([^)]*\)/g, '') : spec;
    if (/^(file|link|git|github|https?):/i.test(written) || written.includes('/'))
        return null;
    const version = unknown ? null : exactVersion(spec);
    return version ? { name, version } : { name, version: null, spec };
}
/** A registry tarball URL (`…/@scope/name/-/name-1.2.3.tgz`, any layout) names a package and version. */
function registryTarball(text) {
    const pkg = (0,_parsers_tarball_url_js__WEBPACK_IMPORTED_MODULE_1__/* .tarballPackage */ .tV)(text);
    return pkg !== null && NPM_NAME.test(pkg.name) ? pkg : null;
}
/** PEP 503 normalisation. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * Reads a PEP 508 requirement as written on a pip/pipx/uv command line. `==1.2` (or `===`)
 * is an exact version; any other specifier is kept as the spec. `uvx` also writes `name@1.2`.
 */
function parsePypiSpec(text, unknown, atVersion = false) {
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/s.exec(text.trim());
    if (!m)
        return null;
    const name = normalizePypiName(m[1]);
    let rest = m[3].trim();
    if (rest.startsWith(';'))
        rest = '';
    rest = rest.replace(/\s*;.*$/s, '');
    if (!rest)
        return { name, version: null, spec: 'latest' };
    if (atVersion && rest.startsWith('@') && !rest.includes('://')) {
        const v = rest.slice(1);
        if (v === 'latest')
            return { name, version: null, spec: 'latest' };
        return !unknown && /^\d[\w.+!-]*$/.test(v) ? { name, version: v } : { name, version: null, spec: v };
    }
    if (rest.startsWith('@'))
        return null; // a direct URL reference
    if (!/^(===|==|~=|!=|<=|>=|<|>)/.test(rest))
        return null;
    const exact = /^===?\s*([^,\s*]+)$/.exec(rest);
    if (exact && !unknown && /^\d/.test(exact[1]))
        return { name, version: exact[1] };
    return { name, version: null, spec: rest };
}


/***/ }),

/***/ 46272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readBraced),
/* harmony export */   y: () => (/* binding */ applyOperation)
/* harmony export */ });
/** A parameter name: a variable, an array element or all elements, a positional parameter. */
const NAME = String.raw `(?:[A-Za-z_][A-Za-z0-9_]*(?:\[(?:@|\*|[0-9]+)\])?|[0-9]+|[@*#])`;
const PARAM = new RegExp(`^(${NAME})([\\s\\S]*)$`);
/** Reads the text between `${` and `}`; null for forms bash has that the scan does not read. */
function readBraced(inner) {
    const length = new RegExp(`^#(${NAME})$`).exec(inner);
    if (length && inner !== '#')
        return { name: length[1], op: 'length', arg: '' };
    const indirect = /^!([A-Za-z_][A-Za-z0-9_]*|[0-9]+)$/.exec(inner);
    if (indirect)
        return { name: indirect[1], op: 'indirect', arg: '' };
    const m = PARAM.exec(inner);
    if (!m)
        return null;
    const name = m[1];
    const rest = m[2];
    if (rest === '')
        return { name, op: '', arg: '' };
    const dflt = /^(:?[-=?+])([\s\S]*)$/.exec(rest);
    if (dflt)
        return { name, op: dflt[1], arg: dflt[2] };
    const sub = /^(\/[/#%]?)([\s\S]*)$/.exec(rest);
    if (sub) {
        const cut = unquotedIndex(sub[2], '/');
        return cut === -1
            ? { name, op: sub[1], arg: sub[2] }
            : { name, op: sub[1], arg: sub[2].slice(0, cut), second: sub[2].slice(cut + 1) };
    }
    const trim = /^(##?|%%?|\^\^?|,,?)([\s\S]*)$/.exec(rest);
    if (trim)
        return { name, op: trim[1], arg: trim[2] };
    const transform = /^@([A-Za-z])$/.exec(rest);
    if (transform)
        return { name, op: '@', arg: transform[1] };
    if (rest.startsWith(':')) {
        const cut = unquotedIndex(rest.slice(1), ':');
        return cut === -1
            ? { name, op: ':', arg: rest.slice(1) }
            : { name, op: ':', arg: rest.slice(1, cut + 1), second: rest.slice(cut + 2) };
    }
    return null;
}
/** The first `ch` outside quotes, escapes and nested `${…}`/`$(…)` in `text`, or -1. */
function unquotedIndex(text, ch) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === "'" && depth === 0) {
            const close = text.indexOf("'", i + 1);
            if (close === -1)
                return -1;
            i = close;
        }
        else if (c === '"' && depth === 0) {
            i++;
            while (i < text.length && text[i] !== '"')
                i += text[i] === '\\' ? 2 : 1;
        }
        else if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
            depth++;
            i++;
        }
        else if ((c === '}' || c === ')') && depth > 0)
            depth--;
        else if (c === ch && depth === 0)
            return i;
    }
    return -1;
}
/**
 * The value of `${name<op>…}` for the operations above, given the parameter's value (`v`,
 * undefined when unset) and, for a pattern, its replacement and offsets, the lookup.
 */
function applyOperation(p, v, lookup) {
    const unknown = { text: p.raw, unknown: true };
    if (p.op === 'indirect') {
        if (v === undefined)
            return { text: '', unknown: false };
        if (v.unknown || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.text))
            return unknown;
        return lookup(v.text) ?? { text: '', unknown: false };
    }
    if (v?.unknown)
        return unknown;
    const all = /^[@*]$|\[[@*]\]$/.test(p.name);
    const elements = all ? (v?.items ?? (v ? [v] : [])) : [v ?? { text: '', unknown: false }];
    if (p.op === 'length') {
        const n = all ? elements.length : elements[0].text.length;
        return { text: String(n), unknown: false };
    }
    if (p.op === ':') {
        const offset = arithmetic(p.rawArg ?? '', lookup);
        const length = p.rawSecond === undefined ? undefined : arithmetic(p.rawSecond, lookup);
        if (offset === null || length === null)
            return unknown;
        if (all) {
            // Positional parameters count `$0` at offset 0.
            const list = /^[@*]$/.test(p.name) ? [{ text: '$0', unknown: true }, ...elements] : elements;
            const sliced = slice(list, offset, length);
            if (sliced === null)
                return unknown;
            return joined(sliced, v);
        }
        const text = elements[0].text;
        const chars = slice([...text], offset, length);
        return chars === null ? unknown : withFrom({ text: chars.join(''), unknown: false }, v);
    }
    const change = operation(p, lookup);
    if (change === null)
        return unknown;
    const out = [];
    for (const e of elements) {
        const text = change(e.text);
        if (text === null)
            return unknown;
        out.push(withFrom({ text, unknown: false }, e));
    }
    return all ? joined(out, v) : out[0];
}
/** The change an operation makes to one value, or null when the scan cannot read it. */
function operation(p, lookup) {
    const op = p.op;
    if (op === '@') {
        if (p.rawArg === 'U')
            return (s) => s.toUpperCase();
        if (p.rawArg === 'L')
            return (s) => s.toLowerCase();
        if (p.rawArg === 'u')
            return (s) => s.charAt(0).toUpperCase() + s.slice(1);
        return null;
    }
    if (op === '^^' || op === ',,' || op === '^' || op === ',') {
        // A pattern here limits which characters change: read only the common form without one.
        if ((p.rawArg ?? '') !== '')
            return null;
        const up = op.startsWith('^');
        const caseOf = (s) => (up ? s.toUpperCase() : s.toLowerCase());
        return op.length === 2 ? caseOf : (s) => caseOf(s.charAt(0)) + s.slice(1);
    }
    const pattern = globSource(p.rawArg ?? '', lookup);
    if (pattern === null || pattern.split(ANY_RUN).length - 1 > MAX_STARS)
        return null;
    const bounded = patternOperation(p, pattern, lookup);
    // A pattern is matched at every prefix or suffix length by a backtracking engine: a value
    // longer than a version or a name is not operated on (unknown), so no text can make it slow.
    return bounded === null ? null : (s) => (s.length > MAX_OPERATED ? null : bounded(s));
}
const ANY_RUN = '[\\s\\S]*';
const MAX_STARS = 2;
const MAX_OPERATED = 256;
function patternOperation(p, pattern, lookup) {
    const op = p.op;
    if (op === '#' || op === '##' || op === '%' || op === '%%') {
        const shortest = op.length === 1;
        return (s) => {
            if (op.startsWith('#')) {
                const lengths = prefixLengths(s.length, shortest);
                const re = new RegExp(`^(?:${pattern})$`, 's');
                for (const n of lengths)
                    if (re.test(s.slice(0, n)))
                        return s.slice(n);
                return s;
            }
            const lengths = prefixLengths(s.length, shortest);
            const re = new RegExp(`^(?:${pattern})$`, 's');
            for (const n of lengths)
                if (re.test(s.slice(s.length - n)))
                    return s.slice(0, s.length - n);
            return s;
        };
    }
    // Pattern substitution: the leftmost match, longest (a translated glob's stars are greedy);
    // `&` in the replacement is the match (bash 5.2's patsub_replacement, on by default).
    const repl = replacement(p.rawSecond ?? '', lookup);
    if (repl === null)
        return null;
    return (s) => {
        if (pattern === '')
            return s;
        const anchored = op === '/#' ? '^' : '';
        const end = op === '/%' ? '$' : '';
        const re = new RegExp(`${anchored}(?:${pattern})${end}`, op === '//' ? 'gs' : 's');
        return s.replace(re, (m) => repl.map((r) => (r === null ? m : r)).join(''));
    };
}
function prefixLengths(n, shortest) {
    const out = Array.from({ length: n + 1 }, (_, i) => i);
    return shortest ? out : out.reverse();
}
function slice(list, offset, length) {
    const start = offset < 0 ? Math.max(list.length + offset, -1) : offset;
    if (start < 0)
        return [];
    if (length === undefined)
        return list.slice(start);
    const end = length < 0 ? list.length + length : start + length;
    if (end < start)
        return length < 0 ? null : [];
    return list.slice(start, end);
}
function joined(items, v) {
    return withFrom({ text: items.map((i) => i.text).join(' '), unknown: items.some((i) => i.unknown), items }, v);
}
function withFrom(out, v) {
    return v?.from ? { ...out, from: v.from } : out;
}
/** An integer, `(-3)`, ` -3`, or a variable holding one; null for any other arithmetic. */
function arithmetic(text, lookup) {
    const t = text
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .trim();
    if (t === '')
        return 0;
    if (/^-?\s*\d+$/.test(t))
        return Number(t.replace(/\s/g, ''));
    const name = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(t);
    if (!name)
        return null;
    const v = lookup(name[1]);
    if (v === undefined)
        return 0;
    return !v.unknown && /^-?\d+$/.test(v.text.trim()) ? Number(v.text.trim()) : null;
}
/**
 * A bash pattern as a regular-expression source: `*`, `?` and `[…]` unquoted; quoted and escaped
 * characters literal; `$NAME`/`${NAME}` unquoted is a pattern, quoted a literal. Null for what the
 * scan does not read (extended globs, other expansions).
 */
function globSource(raw, lookup) {
    let out = '';
    // Unquoted pieces are read together: a bracket expression spans several of them.
    let glob = '';
    for (const t of tokens(raw, lookup) ?? [null]) {
        if (t === null)
            return null;
        if (!t.quoted) {
            glob += t.text;
            continue;
        }
        const g = globText(glob);
        if (g === null)
            return null;
        out += g + escape(t.text);
        glob = '';
    }
    const g = globText(glob);
    return g === null ? null : out + g;
}
function globText(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '*')
            out += '[\\s\\S]*';
        else if (c === '?')
            out += '[\\s\\S]';
        else if (c === '[') {
            const close = text.indexOf(']', i + 2);
            if (close === -1)
                out += '\\[';
            else {
                let body = text.slice(i + 1, close);
                if (body.includes('[:'))
                    return null;
                const negate = body.startsWith('!') || body.startsWith('^');
                if (negate)
                    body = body.slice(1);
                out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
                i = close;
            }
        }
        else if ('+@!'.includes(c) && text[i + 1] === '(')
            return null;
        else
            out += escape(c);
    }
    return out;
}
function escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** The replacement as literal pieces, null standing for the match (`&`). */
function replacement(raw, lookup) {
    const out = [];
    for (const t of tokens(raw, lookup) ?? [null]) {
        if (t === null)
            return null;
        if (t.quoted)
            out.push(t.text);
        else
            for (const piece of t.text.split(/(&)/))
                out.push(piece === '&' ? null : piece);
    }
    return out;
}
/** Quotes, escapes and simple expansions of an operand; null where another expansion is written. */
function tokens(raw, lookup) {
    const out = [];
    let i = 0;
    const variable = (quoted) => {
        const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(raw.slice(i));
        if (!m)
            return false;
        const v = lookup(m[1] ?? m[2]);
        out.push(v === undefined ? { text: '', quoted } : v.unknown ? null : { text: v.text, quoted });
        i += m[0].length;
        return true;
    };
    while (i < raw.length) {
        const c = raw[i];
        if (c === '\\') {
            out.push({ text: raw[i + 1] ?? '\\', quoted: true });
            i += 2;
        }
        else if (c === "'") {
            const close = raw.indexOf("'", i + 1);
            if (close === -1)
                return null;
            out.push({ text: raw.slice(i + 1, close), quoted: true });
            i = close + 1;
        }
        else if (c === '"') {
            i++;
            while (i < raw.length && raw[i] !== '"') {
                if (raw[i] === '$') {
                    if (!variable(true))
                        return null;
                }
                else if (raw[i] === '`')
                    return null;
                else if (raw[i] === '\\' && '$`"\\'.includes(raw[i + 1] ?? '')) {
                    out.push({ text: raw[i + 1], quoted: true });
                    i += 2;
                }
                else
                    out.push({ text: raw[i++], quoted: true });
            }
            if (i >= raw.length)
                return null;
            i++;
        }
        else if (c === '$') {
            if (!variable(false))
                return null;
        }
        else if (c === '`')
            return null;
        else {
            out.push({ text: c, quoted: false });
            i++;
        }
    }
    return out;
}


/***/ }),

/***/ 16614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ setArguments),
/* harmony export */   X: () => (/* binding */ changeArguments)
/* harmony export */ });
/** Sets the positional parameters `$1`…, `$#`, `$@` and `$*` to `values`. */
function setArguments(env, values) {
    values.forEach((v, i) => env.set(String(i + 1), v));
    env.set('#', { text: String(values.length), unknown: false });
    const all = {
        text: values.map((v) => v.text).join(' '),
        unknown: values.some((v) => v.unknown),
        items: [...values],
    };
    env.set('@', all);
    env.set('*', all);
}
/** `set -- a b` (the new arguments) or `shift N` (a count), when the current ones are known. */
function changeArguments(env, change) {
    const count = env.get('#');
    if (count === undefined || count.unknown)
        return;
    let values = [];
    for (let i = 1; i <= Number(count.text); i++)
        values.push(env.get(String(i)) ?? { text: '', unknown: false });
    if (typeof change === 'number')
        values = Number.isInteger(change) ? values.slice(change) : [];
    else
        values = change.map((a) => ({ text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) }));
    for (let i = 1; i <= Number(count.text); i++)
        env.delete(String(i));
    setArguments(env, values);
}


/***/ }),

/***/ 25919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ CommandScanner),
  J: () => (/* reexport */ positional/* setArguments */.J)
});

// EXTERNAL MODULE: ./src/detectors/parsers/local-folder.ts
var local_folder = __webpack_require__(32892);
// EXTERNAL MODULE: ./src/detectors/shell/command-words.ts + 1 modules
var command_words = __webpack_require__(17271);
// EXTERNAL MODULE: ./src/detectors/shell/expand.ts
var expand = __webpack_require__(88496);
// EXTERNAL MODULE: ./src/detectors/shell/words.ts
var words = __webpack_require__(6699);
;// CONCATENATED MODULE: ./src/detectors/shell/fields.ts
// The fields one word becomes, as bash makes them before running a command: brace expansion
// (`{a,b}`, `{1..3}`), then field splitting of unquoted expansions (`npm i -g $PKGS`) and one
// field per element of `"$@"` and `"${a[@]}"`. Quoted text is never split; a word whose value
// is unknown stays one unknown field.


/** Brace expansion makes at most this many words of one word (hostile input). */
const MAX_VARIANTS = 256;
function expandFields(word, lookup) {
    // Only a `{` that opens no `${…}` can start a brace expression.
    const words = /(^|[^$])\{/.test(word.raw) ? braceVariants(word) : [word];
    return words.flatMap((w) => splitFields(w, lookup));
}
/** Whether a parameter or a command substitution expands to several fields here. */
function splits(p, lookup) {
    if (p.k === 'opaque' && p.script && !p.quoted) {
        const v = (0,expand/* expandParts */.Xd)([p], lookup);
        return !v.unknown && /[ \t\n]/.test(v.text);
    }
    if (p.k !== 'param')
        return false;
    const v = (0,expand/* paramValue */.Lc)(p, lookup);
    if (v.unknown)
        return false;
    if (v.items && isAll(p.name))
        return true;
    return !p.quoted && /[ \t\n]/.test(v.text);
}
/** `$@`, `$*`, `${a[@]}`, `${a[*]}`: every element. `*` joins them into one field when quoted. */
function isAll(name) {
    return name === '@' || name === '*' || /\[[@*]\]$/.test(name);
}
function splitFields(word, lookup) {
    if (!word.parts.some((p) => splits(p, lookup)))
        return [(0,expand/* expandWord */.Vo)(word, lookup)];
    const fields = [];
    let cur = null;
    const add = (v) => {
        cur ??= { text: '', unknown: false, start: word.start, word };
        cur.text += v.text;
        if (v.unknown)
            cur.unknown = true;
        if (v.from && v.text !== '')
            cur.from ??= v.from;
    };
    const end = () => {
        if (cur)
            fields.push(cur);
        cur = null;
    };
    for (const p of word.parts) {
        if (!splits(p, lookup) || (p.k !== 'param' && p.k !== 'opaque')) {
            add((0,expand/* expandParts */.Xd)([p], lookup));
            continue;
        }
        // A substitution's output: its lines (each knows where it is written), split on blanks.
        const v = p.k === 'param' ? (0,expand/* paramValue */.Lc)(p, lookup) : (0,expand/* expandParts */.Xd)([p], lookup);
        const quotedStar = p.k === 'param' && p.quoted && (p.name === '*' || p.name.endsWith('[*]'));
        const elements = p.k === 'opaque'
            ? (lookup(expand/* SUBSTITUTION */.eA + p.script.text)?.items ?? [v])
            : v.items && isAll(p.name) && !quotedStar
                ? v.items
                : [v];
        elements.forEach((e, i) => {
            if (i > 0)
                end();
            if (p.quoted) {
                add(e);
                return;
            }
            // Unquoted: split on blanks; blanks at either end end the field before or start a new one.
            e.text.split(/[ \t\n]+/).forEach((piece, k) => {
                if (k > 0)
                    end();
                if (piece !== '')
                    add({ ...e, text: piece });
            });
        });
    }
    end();
    return fields;
}
/** The words a word's unquoted brace expressions make, in bash's order. */
function braceVariants(word) {
    const raws = expandBraces(word.raw, 0);
    if (raws.length === 1 && raws[0] === word.raw)
        return [word];
    return raws.map((raw) => ({
        raw,
        start: word.start,
        parts: new words/* WordReader */._(raw, 0, raw.length).readAllAsWord(),
    }));
}
function expandBraces(raw, depth) {
    const group = depth < 8 ? findGroup(raw) : null;
    if (!group)
        return [raw];
    const prefix = raw.slice(0, group.open);
    const suffixes = expandBraces(raw.slice(group.close + 1), depth + 1);
    const out = [];
    for (const alt of group.alternatives.flatMap((a) => expandBraces(a, depth + 1)))
        for (const suffix of suffixes) {
            if (out.length >= MAX_VARIANTS)
                return out;
            out.push(prefix + alt + suffix);
        }
    return out;
}
/**
 * The first unquoted `{…}` with a top-level `,` or a `x..y` sequence; `${…}` is a parameter,
 * not a brace expression.
 */
function findGroup(raw) {
    let quote = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (quote) {
            if (c === quote)
                quote = '';
            else if (c === '\\' && quote === '"')
                i++;
            continue;
        }
        if (c === '\\')
            i++;
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '$' && raw[i + 1] === '{')
            i = skipBraces(raw, i + 1);
        else if (c === '{') {
            const g = readGroup(raw, i);
            if (g)
                return g;
        }
    }
    return null;
}
function skipBraces(raw, open) {
    let depth = 0;
    for (let i = open; i < raw.length; i++) {
        if (raw[i] === '{')
            depth++;
        else if (raw[i] === '}' && --depth === 0)
            return i;
    }
    return raw.length;
}
function readGroup(raw, open) {
    let depth = 0;
    let quote = '';
    let from = open + 1;
    const parts = [];
    for (let i = open; i < raw.length; i++) {
        const c = raw[i];
        if (quote) {
            if (c === quote)
                quote = '';
            else if (c === '\\' && quote === '"')
                i++;
        }
        else if (c === '\\')
            i++;
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === '$' && raw[i + 1] === '{')
            i = skipBraces(raw, i + 1);
        else if (c === '{')
            depth++;
        else if (c === ',' && depth === 1) {
            parts.push(raw.slice(from, i));
            from = i + 1;
        }
        else if (c === '}' && --depth === 0) {
            if (parts.length > 0)
                return { open, close: i, alternatives: [...parts, raw.slice(from, i)] };
            const seq = sequence(raw.slice(open + 1, i));
            return seq ? { open, close: i, alternatives: seq } : null;
        }
    }
    return null;
}
/** `{1..5}`, `{5..1}`, `{01..10}`, `{1..10..2}`, `{a..e}`. */
function sequence(body) {
    const n = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
    if (n) {
        const [a, b] = [Number(n[1]), Number(n[2])];
        const step = Math.abs(Number(n[3] ?? 1)) || 1;
        if (Math.abs(b - a) / step >= MAX_VARIANTS)
            return null;
        const width = /^-?0\d/.test(n[1]) || /^-?0\d/.test(n[2]) ? Math.max(n[1].length, n[2].length) : 0;
        const out = [];
        for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? step : -step)
            out.push(width ? String(x).padStart(width, '0') : String(x));
        return out;
    }
    const l = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
    if (!l)
        return null;
    const [a, b] = [l[1].charCodeAt(0), l[2].charCodeAt(0)];
    const out = [];
    for (let x = a; a <= b ? x <= b : x >= b; x += a <= b ? 1 : -1)
        out.push(String.fromCharCode(x));
    return out;
}

// EXTERNAL MODULE: ./src/detectors/devcontainer/known-features.ts
var known_features = __webpack_require__(66589);
;// CONCATENATED MODULE: ./src/detectors/shell/grammars/editors.ts

const EDITOR_COMMANDS = new Set([
    'code',
    'code-insiders',
    'codium',
    'vscodium',
    'cursor',
    'windsurf',
    'code-server',
    'openvscode-server',
]);
const EXTENSION_ID = /^([A-Za-z0-9][\w-]*\.[A-Za-z0-9][\w.-]*?)(?:@(.+))?$/;
function editorExtensions(args) {
    const found = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        let value;
        if (a.text === '--install-extension')
            value = args[++i];
        else if (a.text.startsWith('--install-extension='))
            value = { ...a, text: a.text.slice(20) };
        if (!value || value.unknown || /\.vsix$/i.test(value.text))
            continue;
        const m = EXTENSION_ID.exec(value.text);
        if (!m)
            continue;
        const pin = m[2];
        const version = pin !== undefined ? (0,known_features/* semverLike */.cC)(pin) : null;
        found.push({
            at: value.start,
            finding: {
                ecosystem: 'vscode-extension',
                name: m[1].toLowerCase(),
                version,
                ...(version === null ? { spec: pin ?? 'latest' } : {}),
                sourceKind: 'registry',
            },
        });
    }
    return found;
}
/**
 * An extension package downloaded from the Visual Studio Marketplace or Open VSX, by the URL
 * shapes they serve: `…/publishers/P/vsextensions/E/V/vspackage`, `…/publisher/P/extension/E/V/
 * assetbyname/…VSIXPackage`, `open-vsx.org/api/P/E/V/file/…`.
 */
function extensionDownload(url) {
    const m = /^https?:\/\/marketplace\.visualstudio\.com\/_apis\/public\/gallery\/publishers\/([\w-]+)\/vsextensions\/([\w.-]+)\/([^/?#]+)\/vspackage/i.exec(url) ??
        /^https?:\/\/[\w-]+\.gallery\.vsassets\.io\/_apis\/public\/gallery\/publisher\/([\w-]+)\/extension\/([\w.-]+)\/([^/?#]+)\//i.exec(url) ??
        /^https?:\/\/open-vsx\.org\/api\/([\w-]+)\/([\w.-]+)\/([^/?#]+)\/file\//i.exec(url);
    if (!m)
        return null;
    return { name: `${m[1]}.${m[2]}`.toLowerCase(), version: (0,known_features/* semverLike */.cC)(m[3]) };
}

// EXTERNAL MODULE: ./src/detectors/shell/installers.ts
var installers = __webpack_require__(64805);
// EXTERNAL MODULE: ./src/detectors/shell/packages.ts
var shell_packages = __webpack_require__(6721);
// EXTERNAL MODULE: ./src/detectors/shell/shell.ts
var shell = __webpack_require__(33456);
;// CONCATENATED MODULE: ./src/detectors/shell/fetch.ts
// Downloads in commands: the URL a curl/wget/irm command fetches, where it writes it, a fetch
// inside a substitution (`bash <(curl URL)`), and the installer component a fetched script or
// release download stands for.






/** The URL a curl/wget command fetches. */
function fetchUrl(argv) {
    const explicit = argv.slice(1).find((a) => /^https?:\/\//i.test(a.text));
    if (explicit)
        return explicit;
    // curl and wget default to http:// for `host.tld/path` (`curl -L code.kimi.com/install.sh`).
    const bare = argv.slice(1).find((a) => /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/\S*$/.test(a.text));
    return bare ? { ...bare, text: 'https://' + bare.text } : undefined;
}
/** Where a curl/wget command writes what it fetches; null when it writes to stdout. */
function fetchOutput(argv, url) {
    const isCurl = (0,command_words/* base */.E3)(argv[0].text) === 'curl';
    let dir = '';
    let out = isCurl ? null : (0,command_words/* basename */.P8)(url.replace(/[?#].*$/, ''));
    for (let i = 1; i < argv.length; i++) {
        const t = argv[i].text;
        const nextText = argv[i + 1]?.text;
        if (isCurl) {
            if (t === '-o' || t === '--output')
                out = nextText ?? null;
            else if (t.startsWith('--output='))
                out = t.slice(9);
            else if (t === '-O' ||
                t === '--remote-name' ||
                (/^-[a-zA-Z]+$/.test(t) && t.includes('O') && !t.includes('o')))
                out = (0,command_words/* basename */.P8)(url.replace(/[?#].*$/, ''));
            else if (/^-[a-zA-Z]+o$/.test(t))
                out = nextText ?? null;
            else if (t === '--output-dir')
                dir = (nextText ?? '') + '/';
        }
        else {
            if (t === '-O' || t === '--output-document')
                out = nextText ?? null;
            else if (t.startsWith('--output-document='))
                out = t.slice(18);
            else if (/^-[a-zA-Z]*O$/.test(t))
                out = nextText ?? null;
            else if (t === '-P' || t === '--directory-prefix')
                dir = (nextText ?? '') + '/';
        }
    }
    if (out === '-' || out === '/dev/stdout')
        return null;
    return out === null ? null : dir && !out.startsWith('/') ? dir + out : out;
}
/** `$(curl -fsSL URL)` / `<(curl URL)` in a word: the URL fetched. */
function fetchInSubstitution(w, lookup) {
    for (const p of w.parts) {
        if (p.k !== 'opaque' || !p.script)
            continue;
        const parsed = (0,shell/* parseShell */.a)(p.script.text);
        const c = parsed.pipelines[0]?.commands[0];
        if (!c)
            continue;
        const argv = c.words.map((x) => (0,expand/* expandWord */.Vo)(x, lookup));
        if (argv.length && (0,command_words/* isFetcher */.c9)(argv[0].text)) {
            const u = fetchUrl(argv);
            if (u)
                return { text: u.text };
        }
    }
    return null;
}
/** A fetched URL that is not run by a shell we can see: a release download or a known installer. */
function fetchedFinding(url, line) {
    const extension = extensionDownload(url);
    if (extension)
        return {
            ecosystem: 'vscode-extension',
            name: extension.name,
            version: extension.version,
            ...(extension.version === null ? { spec: 'latest' } : {}),
            sourceKind: 'url',
            resolved: url,
            line,
        };
    const rel = (0,installers/* releaseDownload */.cW)(url);
    const name = (0,installers/* installerName */.sh)(url);
    if (name && (0,installers/* vendorInstaller */.Hn)(name)) {
        return {
            ecosystem: 'installer',
            name,
            version: null,
            spec: 'latest',
            sourceKind: 'url',
            resolved: url,
            line,
        };
    }
    if (!rel)
        return null;
    return {
        ecosystem: 'installer',
        name: rel.name,
        version: rel.version,
        ...(rel.version === null ? { spec: rel.spec ?? 'latest' } : {}),
        sourceKind: 'url',
        resolved: url,
        line,
    };
}
/**
 * The vendor installer at `url` run by a shell with `args`; `variable` reads the shell's
 * environment (the installer may take its version from it).
 */
function installerFinding(url, line, args, variable) {
    const name = (0,installers/* installerName */.sh)(url);
    if (!name)
        return null;
    const positional = args.filter((a) => !a.text.startsWith('-'));
    const vendor = (0,installers/* vendorInstaller */.Hn)(name);
    let value;
    if (vendor) {
        const v = vendor.version;
        if (v.kind === 'positional')
            value = positional[0];
        else if (v.kind === 'env')
            value = variable(v.name);
        else if (v.kind === 'flag') {
            const i = args.findIndex((a) => a.text === v.flag);
            value = i >= 0 ? args[i + 1] : args.find((a) => a.text.startsWith(v.flag + '='));
            if (value && value.text.startsWith(v.flag + '='))
                value = { ...value, text: value.text.slice(v.flag.length + 1) };
        }
    }
    else if (positional.length > 0) {
        value = { text: positional.map((a) => a.text).join(' '), unknown: positional.some((a) => a.unknown) };
    }
    let version = null;
    let spec = 'latest';
    if (value && value.text !== '') {
        version = value.unknown
            ? null
            : ((0,shell_packages/* exactVersion */.y)(value.text) ?? (vendor ? (0,installers/* versionFromTag */.bp)(value.text) : null));
        spec = value.text;
    }
    return {
        ecosystem: 'installer',
        name,
        version,
        ...(version === null ? { spec } : {}),
        sourceKind: 'url',
        resolved: url,
        line,
    };
}

// EXTERNAL MODULE: ./src/detectors/parsers/local-archive.ts
var local_archive = __webpack_require__(33284);
// EXTERNAL MODULE: ./node_modules/@npmcli/config/lib/definitions/index.js
var definitions = __webpack_require__(16913);
var definitions_default = /*#__PURE__*/__webpack_require__.n(definitions);
;// CONCATENATED MODULE: ./src/detectors/shell/grammars/npm-options.ts
// npm's own option grammar, from npm's configuration definitions (@npmcli/config): which options
// take the next word (`--prefix X`, `-C X`, `--location global`), which are booleans (`-g`,
// `--global`, which take the next word only when it is `true`/`false`), the shorthands (`-g`,
// `-C`, `--reg`, `--local`) and unambiguous abbreviations (`--glob`), as nopt reads them for npm.

let loaded;
/** npm's definitions, with the names abbreviations are resolved against (computed once). */
function npm() {
    if (!loaded) {
        const d = (definitions_default());
        const longNames = [
            ...Object.keys(d.definitions),
            ...Object.keys(d.shorthands).filter((s) => s.length > 1),
        ];
        loaded = { ...d, longNames };
    }
    return loaded;
}
function kindOf(key) {
    const def = npm().definitions[key];
    if (!def)
        return undefined;
    const types = [].concat(def.type);
    return types.includes(Boolean) ? 'boolean' : 'value';
}
/** What a shorthand expands to: the kind of its last option (`-C` → `--prefix`: a value). */
function shorthandKind(short) {
    const exp = npm().shorthands[short];
    if (!exp)
        return undefined;
    // `-d` → `--loglevel info`: the value is part of the expansion.
    if (exp.length > 1)
        return 'none';
    const name = exp[0].replace(/^--(no-)?/, '');
    return exp[0].startsWith('--no-') ? 'none' : (kindOf(name) ?? 'boolean');
}
function longKind(name) {
    if (name.startsWith('no-') && npm().definitions[name.slice(3)])
        return 'none';
    const exact = kindOf(name) ?? shorthandKind(name);
    if (exact)
        return exact;
    // nopt accepts any unambiguous abbreviation of an option name.
    const matches = npm().longNames.filter((n) => n.startsWith(name));
    if (matches.length === 1)
        return kindOf(matches[0]) ?? shorthandKind(matches[0]) ?? 'boolean';
    // Unknown options are booleans for nopt.
    return 'boolean';
}
function shortKind(chars) {
    const exact = shorthandKind(chars);
    if (exact)
        return exact;
    // `-gC dir`: each letter a shorthand; the last decides whether the next word is taken.
    if ([...chars].every((c) => npm().shorthands[c]))
        return shorthandKind(chars[chars.length - 1]);
    return longKind(chars);
}
/** Kinds already decided, by option as written (reading npm's definitions is slow per look-up). */
const kinds = new Map();
const npmOptions = {
    next: (name) => {
        let kind = kinds.get(name);
        if (kind === undefined) {
            kind = name.startsWith('--') ? longKind(name.slice(2)) : shortKind(name.slice(1));
            if (kinds.size < 4096)
                kinds.set(name, kind);
        }
        return kind;
    },
};
/** Number of npm options that take a value (for tests: npm defines over a hundred). */
function npmValuedOptionCount() {
    return Object.keys(npm().definitions).filter((k) => kindOf(k) === 'value').length;
}

;// CONCATENATED MODULE: ./src/detectors/shell/grammars/options.ts
/**
 * Reads `args` as `grammar` says. `stopAt(n)` is asked after each positional (`n` positionals
 * read so far): returning true stops there (npx stops at the package it runs: what follows are
 * the arguments of that command, not npm's options).
 */
function readArgs(args, grammar, stopAt) {
    const positionals = [];
    const options = [];
    let i = 0;
    for (; i < args.length; i++) {
        const a = args[i];
        const t = a.text;
        if (t === '--') {
            positionals.push(...args.slice(i + 1));
            i = args.length;
            break;
        }
        if (t.length > 1 && t.startsWith('-')) {
            const eq = t.indexOf('=');
            if (eq > 0 && t.startsWith('--')) {
                options.push({ name: t.slice(0, eq), value: { ...a, text: t.slice(eq + 1) } });
                continue;
            }
            const kind = grammar.next(t);
            const n = args[i + 1];
            if (n && (kind === 'value' || (kind === 'boolean' && (n.text === 'true' || n.text === 'false')))) {
                options.push({ name: t, value: n });
                i++;
            }
            else
                options.push({ name: t });
            continue;
        }
        positionals.push(a);
        if (stopAt?.(positionals.length)) {
            i++;
            break;
        }
    }
    return { positionals, options, end: i };
}
/** A grammar from a list of the options that take a value; every other option takes none. */
function valuedOptions(valued) {
    const set = new Set(valued);
    return { next: (name) => (set.has(name) ? 'value' : 'none') };
}
/** Positional arguments after option flags (flags listed in `valued` take the next word). */
function positionals(args, valued) {
    return readArgs(args, valuedOptions(valued)).positionals;
}
/** The value of the last of `names` given, if any. */
function optionValue(read, ...names) {
    let v;
    for (const o of read.options)
        if (names.includes(o.name) && o.value)
            v = o.value;
    return v;
}
/**
 * The first `n` positionals of a command line (its subcommands: `yarn global add`), the option
 * words around them (`npm --prefix X -g install`: kept for the subcommand, which may read them),
 * and the words after the last subcommand.
 */
function subcommands(args, grammar, n) {
    const read = readArgs(args, grammar, (k) => k >= n);
    const subs = read.positionals.slice(0, n);
    const options = args.slice(0, read.end).filter((a) => !subs.includes(a));
    return { subs: subs.map((s) => s.text), options, rest: args.slice(read.end) };
}

;// CONCATENATED MODULE: ./src/detectors/shell/grammars/npm.ts





function npmFinding(a, spec, tag) {
    if (!spec)
        return null;
    const s = tag && spec.version === null && spec.spec === 'latest' ? { ...spec, spec: tag } : spec;
    return {
        at: a.start,
        finding: {
            ecosystem: 'npm',
            name: s.name,
            version: s.version,
            ...(s.version === null ? { spec: s.spec ?? 'latest' } : {}),
            sourceKind: 'registry',
            ...(s.alias ? { alias: s.alias } : {}),
        },
    };
}
/**
 * The package one argument names: a local archive (`./vendor/tool.tgz`, `file:x.tgz`, even a bare
 * `tool.tgz`, which npm reads as a file) or folder (`./vendor/cc`, `vendor/cc/`, `file:vendor/cc`)
 * before a registry spec.
 */
function npmArgument(a, tag) {
    const local = a.unknown ? null : ((0,local_archive/* localArchiveInstall */.bb)('npm', a.text) ?? (0,local_folder/* localFolderInstall */.Xo)(a.text));
    if (local)
        return { at: a.start, finding: local };
    return npmFinding(a, (0,shell_packages/* parseNpmSpec */._n)(a.text, a.unknown), tag);
}
/** The packages named by an install's arguments (options anywhere, read by `grammar`). */
function npmInstalls(args, grammar = npmOptions) {
    const read = readArgs(args, grammar);
    return npmPackages(read.positionals, optionValue(read, '--tag')?.text);
}
function npmPackages(packages, tag) {
    const out = [];
    for (const a of packages) {
        // `"$PWD/vendor/cc"`: a folder or archive of the repository, though the variable is unknown.
        const rel = a.unknown ? (0,local_folder/* underWorkdir */.hX)(a.text) : null;
        const local = rel === null ? null : ((0,local_archive/* localArchiveInstall */.bb)('npm', rel) ?? (0,local_folder/* localFolderInstall */.Xo)(rel));
        if (local) {
            out.push({ at: a.start, finding: local });
            continue;
        }
        if (a.unknown && !/^@?[\w.-]+(\/[\w.-]+)?@/.test(a.text))
            continue;
        const r = npmArgument(a, tag);
        if (r)
            out.push(r);
    }
    return out;
}
/** The package run by a one-off runner (npx, npm exec, pnpm dlx, yarn dlx, bunx). */
function npxRun(args, grammar = npmOptions) {
    const out = [];
    const packages = [];
    let call;
    let i = 0;
    for (; i < args.length; i++) {
        const t = args[i].text;
        if (t === '--') {
            i++;
            break;
        }
        if (t === '-p' || t === '--package') {
            if (args[i + 1])
                packages.push(args[i + 1]);
            i++;
        }
        else if (t.startsWith('--package=')) {
            packages.push({ ...args[i], text: t.slice(10) });
        }
        else if (t === '-c' || t === '--call') {
            call = args[i + 1];
            i++;
        }
        else if (t.startsWith('-')) {
            if (t.includes('='))
                continue;
            const kind = grammar.next(t);
            const n = args[i + 1]?.text;
            if (kind === 'value' || (kind === 'boolean' && (n === 'true' || n === 'false')))
                i++;
        }
        else
            break;
    }
    if (packages.length > 0) {
        for (const p of packages) {
            const r = npmArgument(p);
            if (r)
                out.push(r);
        }
    }
    else if (args[i] && !call) {
        const r = npmArgument(args[i]);
        if (r)
            out.push(r);
    }
    if (call)
        out.push({ at: call.start, nested: { text: call.text, at: call.start } });
    return out;
}
/** The dependency fields `npm pkg set` can write a package into, which the next install installs. */
const DEPENDENCY_FIELD = /^(dependencies|devDependencies|optionalDependencies|peerDependencies|overrides)$/;
/**
 * `npm pkg set dependencies.NAME=SPEC` (or `dependencies[NAME]=SPEC`) writes a dependency into
 * package.json: the package it names, as a manifest entry `"NAME": "SPEC"` is read; a
 * `scripts.NAME=CMD` it writes is a command.
 */
function npmPkgSet(args) {
    const out = [];
    for (const a of args) {
        // A script written there is read as package.json's scripts are.
        const script = /^scripts(?:\.|\[)[^=\]]+\]?=([\s\S]+)$/.exec(a.text)?.[1];
        if (script !== undefined && !a.unknown)
            out.push({ at: a.start, nested: { text: script, at: a.start } });
        const m = /^([A-Za-z]+)(?:\.|\[)((?:@[^/=\]]+\/)?[^@=\].]+)\]?=(.+)$/.exec(a.text);
        if (!m || !DEPENDENCY_FIELD.test(m[1]))
            continue;
        const name = m[2];
        const spec = m[3];
        const text = `${name}@${spec}`;
        const r = npmFinding({ ...a, text }, (0,shell_packages/* parseNpmSpec */._n)(text, a.unknown));
        if (r)
            out.push(r);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/shell/grammars/python.ts



function pypiFinding(a, spec) {
    if (!spec)
        return null;
    return {
        at: a.start,
        finding: {
            ecosystem: 'pypi',
            name: spec.name,
            version: spec.version,
            ...(spec.version === null ? { spec: spec.spec ?? 'latest' } : {}),
            sourceKind: 'registry',
        },
    };
}
const PIP_VALUE_FLAGS = new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '--index',
    '--default-index',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--trusted-host',
    '--platform',
    '--python-version',
    '--implementation',
    '--abi',
    '--src',
    '--upgrade-strategy',
    '--progress-bar',
    '--log',
    '--cache-dir',
    '--python',
    '-p',
    '--python-preference',
    '--with',
    '--from',
    '--spec',
    '--pip-args',
    '--suffix',
    '--index-strategy',
    '--keyring-provider',
    '--resolution',
    '--prerelease',
    '--exclude-newer',
    '--with-requirements',
    '--with-editable',
    '--directory',
    '--project',
    '--extra',
    '--group',
    '--only-binary',
    '--no-binary',
    // pip's general options, valid before the subcommand too (`pip --log x install …`).
    '--log-file',
    '--local-log',
    '--proxy',
    '--retries',
    '--timeout',
    '--exists-action',
    '--cert',
    '--client-cert',
    '--use-feature',
    '--use-deprecated',
    '--root-user-action',
    // uv's global options (`uv --directory x tool install …`).
    '--config-file',
    '--color',
    '--allow-insecure-host',
]);
const pipOptions = valuedOptions(PIP_VALUE_FLAGS);
function pipInstalls(args, atVersion = false) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if ((t === '--with' || t === '--from') && args[i + 1]) {
            const r = pypiFinding(args[i + 1], (0,shell_packages/* parsePypiSpec */.xf)(args[i + 1].text, args[i + 1].unknown, atVersion));
            if (r)
                out.push(r);
        }
    }
    for (const a of positionals(args, PIP_VALUE_FLAGS)) {
        const local = a.unknown ? null : (0,local_archive/* localArchiveInstall */.bb)('pypi', a.text);
        if (local) {
            out.push({ at: a.start, finding: local });
            continue;
        }
        if (/^[./~]/.test(a.text) || a.text.includes('://') || /\.(whl|tar\.gz|zip)$/.test(a.text))
            continue;
        const r = pypiFinding(a, (0,shell_packages/* parsePypiSpec */.xf)(a.text, a.unknown, atVersion));
        if (r)
            out.push(r);
    }
    return out;
}
function uvxRun(args) {
    const from = args.findIndex((a) => a.text === '--from');
    if (from >= 0)
        return pipInstalls(args.slice(from, from + 2), true);
    const fromEq = args.find((a) => a.text.startsWith('--from='));
    if (fromEq) {
        const a = { ...fromEq, text: fromEq.text.slice(7) };
        const r = pypiFinding(a, (0,shell_packages/* parsePypiSpec */.xf)(a.text, a.unknown, true));
        return r ? [r] : [];
    }
    const pos = positionals(args, PIP_VALUE_FLAGS)[0];
    if (!pos)
        return [];
    const r = pypiFinding(pos, (0,shell_packages/* parsePypiSpec */.xf)(pos.text, pos.unknown, true));
    return r ? [r] : [];
}
function pipxRun(args) {
    const spec = args.findIndex((a) => a.text === '--spec');
    const target = spec >= 0 ? args[spec + 1] : positionals(args, PIP_VALUE_FLAGS)[0];
    if (!target)
        return [];
    const r = pypiFinding(target, (0,shell_packages/* parsePypiSpec */.xf)(target.text, target.unknown));
    return r ? [r] : [];
}

;// CONCATENATED MODULE: ./src/detectors/shell/grammars/system.ts


const BREW = valuedOptions(['--appdir', '--fontdir', '--language']);
/** `brew install [--cask] x…` (also `brew --cask install`, `brew cask install`). */
function brew(args) {
    const { subs, options, rest } = subcommands(args, BREW, 1);
    let sub = subs[0];
    let words = [...options, ...rest];
    let cask = false;
    if (sub === 'cask') {
        const inner = subcommands(rest, BREW, 1);
        sub = inner.subs[0];
        words = [...options, ...inner.options, ...inner.rest];
        cask = true;
    }
    if (sub !== 'install' && sub !== 'reinstall' && sub !== 'upgrade')
        return [];
    cask ||= words.some((a) => a.text === '--cask' || a.text === '--casks');
    const out = [];
    for (const a of readArgs(words, BREW).positionals) {
        if (a.unknown || !/^[\w@+./-]+$/.test(a.text))
            continue;
        out.push({
            at: a.start,
            finding: {
                ecosystem: 'homebrew',
                name: a.text,
                version: null,
                spec: 'latest',
                sourceKind: 'registry',
                resolved: cask ? 'cask' : 'formula',
            },
        });
    }
    return out;
}
function managed(manager, id, version) {
    if (id.unknown || !/^[\w@+.:/-]+$/.test(id.text))
        return null;
    const v = version && !version.unknown ? version.text : undefined;
    const exact = v !== undefined ? ((0,shell_packages/* exactVersion */.y)(v) ?? (/^\d+(\.\d+)*$/.test(v) ? v : null)) : null;
    return {
        at: id.start,
        finding: {
            ecosystem: 'installer',
            name: `${manager}/${id.text}`,
            version: exact,
            ...(exact === null ? { spec: version?.text ?? 'latest' } : {}),
            sourceKind: 'registry',
        },
    };
}
const WINGET = valuedOptions([
    '--id',
    '--name',
    '--moniker',
    '-v',
    '--version',
    '-s',
    '--source',
    '--scope',
    '-a',
    '--architecture',
    '--installer-type',
    '-o',
    '--log',
    '--override',
    '-l',
    '--location',
    '--locale',
    '--header',
    '--custom',
    '--authentication-mode',
    '--authentication-account',
    '--rainbow',
]);
/** `winget install [--id] Anthropic.ClaudeCode [--version V]` (also `add`, `upgrade`). */
function winget(args) {
    const { subs, options, rest } = subcommands(args, WINGET, 1);
    if (!['install', 'add', 'upgrade', 'update'].includes(subs[0] ?? ''))
        return [];
    const read = readArgs([...options, ...rest], WINGET);
    const version = optionValue(read, '--version', '-v');
    const ids = [optionValue(read, '--id', '--name', '--moniker'), ...read.positionals].filter((a) => a !== undefined);
    return ids.map((id) => managed('winget', id, version)).filter((r) => r !== null);
}
const CHOCO = valuedOptions([
    '--version',
    '-s',
    '--source',
    '--params',
    '--package-parameters',
    '--ia',
    '--install-arguments',
    '--cache-location',
    '--execution-timeout',
    '-u',
    '--user',
    '-p',
    '--password',
]);
/** `choco install x [--version V]` (also `cinst`, `choco upgrade`). */
function choco(args, implied) {
    const { subs, options, rest } = implied
        ? { subs: [implied], options: [], rest: args }
        : subcommands(args, CHOCO, 1);
    if (!['install', 'upgrade'].includes(subs[0] ?? ''))
        return [];
    const read = readArgs([...options, ...rest], CHOCO);
    const version = optionValue(read, '--version');
    return read.positionals
        .filter((a) => a.text !== 'all')
        .map((id) => managed('chocolatey', id, version))
        .filter((r) => r !== null);
}
/** `scoop install [bucket/]name[@version]`. */
function scoop(args) {
    const { subs, rest } = subcommands(args, valuedOptions(['-a', '--arch']), 1);
    if (subs[0] !== 'install' && subs[0] !== 'update')
        return [];
    const out = [];
    for (const a of readArgs(rest, valuedOptions(['-a', '--arch'])).positionals) {
        const at = a.text.lastIndexOf('@');
        const name = at > 0 ? a.text.slice(0, at) : a.text;
        const bare = name.slice(name.lastIndexOf('/') + 1);
        const version = at > 0 ? { ...a, text: a.text.slice(at + 1) } : undefined;
        const r = managed('scoop', { ...a, text: bare }, version);
        if (r)
            out.push(r);
    }
    return out;
}
/** `gh extension install owner/gh-x [--pin V]`: a GitHub repository's release or source. */
function ghExtension(args) {
    const g = valuedOptions(['--pin', '-R', '--repo']);
    const { subs, options, rest } = subcommands(args, g, 2);
    if (!/^(extension|extensions|ext)$/.test(subs[0] ?? '') || subs[1] !== 'install')
        return [];
    const read = readArgs([...options, ...rest], g);
    const repo = read.positionals[0];
    if (!repo || repo.unknown)
        return [];
    const m = /^(?:https:\/\/github\.com\/)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(repo.text);
    if (!m)
        return [];
    const pin = optionValue(read, '--pin');
    const tag = pin && !pin.unknown ? pin.text.replace(/^v(?=\d)/, '') : undefined;
    const exact = tag !== undefined ? (0,shell_packages/* exactVersion */.y)(tag) : null;
    return [
        {
            at: repo.start,
            finding: {
                ecosystem: 'installer',
                name: `github.com/${m[1].toLowerCase()}/${m[2].toLowerCase()}/releases`,
                version: exact,
                ...(exact === null ? { spec: pin?.text ?? 'latest' } : {}),
                sourceKind: 'url',
            },
        },
    ];
}

// EXTERNAL MODULE: ./src/detectors/devcontainer/tool-backends.ts + 1 modules
var tool_backends = __webpack_require__(85637);
;// CONCATENATED MODULE: ./src/detectors/shell/grammars/version-managers.ts
// Version managers: mise (`use`, `install`, `exec`/`x`, with backends and registry short names),
// asdf (`install`, `set`, `global`, `local`, `shell`) and volta (`install`).



function tool(at, name, version) {
    const t = (0,tool_backends/* backendTool */.r)(name, version);
    if (!t)
        return null;
    if (at.unknown)
        return { at: at.start, finding: { ...t, version: null, spec: version || 'latest' } };
    return { at: at.start, finding: t };
}
/** `backend:name@version` / `name@version` / `name` as mise writes a tool on its command line. */
function miseTool(a) {
    const colon = a.text.indexOf(':');
    const at = a.text.lastIndexOf('@');
    const split = at > 0 && at > colon + 1;
    return tool(a, split ? a.text.slice(0, at) : a.text, split ? a.text.slice(at + 1) : 'latest');
}
const MISE = valuedOptions(['-e', '--env', '-p', '--path', '-j', '--jobs', '-C', '--cd', '--profile']);
/** Quotes a word for a nested script when it holds characters the shell reads. */
function quote(text) {
    return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function mise(args) {
    const { subs, rest } = subcommands(args, MISE, 1);
    const sub = subs[0];
    if (sub === 'use' || sub === 'u' || sub === 'install' || sub === 'i') {
        return readArgs(rest, MISE)
            .positionals.map(miseTool)
            .filter((r) => r !== null);
    }
    if (sub === 'exec' || sub === 'x') {
        const dash = rest.findIndex((a) => a.text === '--');
        const tools = readArgs(dash >= 0 ? rest.slice(0, dash) : rest, MISE).positionals;
        const out = tools.map(miseTool).filter((r) => r !== null);
        const command = dash >= 0 ? rest.slice(dash + 1) : [];
        if (command.length > 0)
            out.push({
                at: command[0].start,
                nested: { text: command.map((a) => quote(a.text)).join(' '), at: command[0].start },
            });
        return out;
    }
    return [];
}
function asdf(args) {
    const g = valuedOptions([]);
    const { subs, rest } = subcommands(args, g, 1);
    if (!['install', 'set', 'global', 'local', 'shell'].includes(subs[0] ?? ''))
        return [];
    const [name, version] = readArgs(rest, g).positionals;
    if (!name || !version || name.unknown)
        return [];
    const r = tool(version.unknown ? { ...name, unknown: true } : name, name.text, version.text);
    return r ? [r] : [];
}
const VOLTA = valuedOptions(['--format']);
const VOLTA_OWN = new Set(['node', 'npm', 'yarn', 'pnpm']);
function volta(args) {
    const { subs, options, rest } = subcommands(args, VOLTA, 1);
    if (subs[0] !== 'install' && subs[0] !== 'pin')
        return [];
    return npmInstalls([...options, ...rest], VOLTA).filter((r) => !VOLTA_OWN.has(r.finding?.name ?? ''));
}

;// CONCATENATED MODULE: ./src/detectors/shell/grammars/index.ts
// Recognises a package-manager command (`name args…`, wrappers already removed) by family, with
// each manager's options wherever it accepts them (`npm -g install`, `pip --quiet install`).








const NPM_INSTALL = /^(install|i|add|in|ins|inst|insta|instal|isnt|isntall|install-test|it|update|up|upgrade)$/;
/** pnpm's options that take a value (pnpm.io/cli); `-w` is `--workspace-root`, a boolean. */
const PNPM = valuedOptions([
    '-C',
    '--dir',
    '-F',
    '--filter',
    '--filter-prod',
    '--test-pattern',
    '--changed-files-ignore-pattern',
    '--reporter',
    '--loglevel',
    '--store-dir',
    '--virtual-store-dir',
    '--modules-dir',
    '--lockfile-dir',
    '--global-dir',
    '--registry',
    '--workspace-concurrency',
    '--network-concurrency',
    '--child-concurrency',
    '--config-dir',
    '--node-linker',
    '--package-import-method',
    '--resolution-mode',
    '--allow-build',
]);
/** Yarn classic's options that take a value (classic.yarnpkg.com/en/docs/cli). */
const YARN = valuedOptions([
    '--cwd',
    '--modules-folder',
    '--cache-folder',
    '--global-folder',
    '--link-folder',
    '--preferred-cache-folder',
    '--registry',
    '--network-timeout',
    '--network-concurrency',
    '--mutex',
    '--use-yarnrc',
    '--https-proxy',
    '--proxy',
    '--otp',
]);
/** bun's options that take a value (bun.com/docs/cli). */
const BUN = valuedOptions([
    '--cwd',
    '-c',
    '--config',
    '--registry',
    '--cache-dir',
    '--backend',
    '--cpu',
    '--os',
    '-F',
    '--filter',
    '--linker',
    '--omit',
    '--network-concurrency',
    '--concurrent-scripts',
    '--ca',
    '--cafile',
    '--minimum-release-age',
]);
/** `<manager> [opts] <sub> [opts] packages…` for the npm family. */
function npmFamily(args, g, installs, runs) {
    const { subs, options, rest } = subcommands(args, g, 1);
    const sub = subs[0] ?? '';
    if (installs.test(sub))
        return npmInstalls([...options, ...rest], g);
    if (runs.test(sub))
        return npxRun(rest, g);
    if (sub === 'pkg' && rest[0]?.text === 'set')
        return npmPkgSet(rest.slice(1));
    return [];
}
function yarn(args) {
    const { subs, options, rest } = subcommands(args, YARN, 1);
    const sub = subs[0];
    if (sub === 'add')
        return npmInstalls([...options, ...rest], YARN);
    if (sub === 'dlx')
        return npxRun(rest, YARN);
    if (sub === 'global')
        return yarn(rest);
    // `yarn workspace <name> add x`: the command runs in that workspace.
    if (sub === 'workspace')
        return yarn(subcommands(rest, YARN, 1).rest);
    return [];
}
function python(args) {
    // The interpreter's own options come before `-m module` (`python3 -I -W ignore -m pip …`).
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if (t === '-m' || t.startsWith('-m')) {
            const module = t === '-m' ? args[i + 1]?.text : t.slice(2);
            const rest = args.slice(t === '-m' ? i + 2 : i + 1);
            if (module === 'pip' || module === 'pip3')
                return pipCommand(rest);
            if (module === 'pipx')
                return pipxCommand(rest);
            if (module === 'uv')
                return uv(rest);
            return [];
        }
        if (t === '-W' || t === '-X')
            i++;
        else if (!t.startsWith('-') || t === '-c' || t === '-')
            return [];
    }
    return [];
}
function pipCommand(args) {
    const { subs, rest } = subcommands(args, pipOptions, 1);
    return subs[0] === 'install' ? pipInstalls(rest) : [];
}
function pipxCommand(args) {
    const { subs, rest } = subcommands(args, pipOptions, 1);
    if (subs[0] === 'install' || subs[0] === 'upgrade')
        return pipInstalls(rest);
    if (subs[0] === 'run')
        return pipxRun(rest);
    return [];
}
function uv(args) {
    const { subs, rest } = subcommands(args, pipOptions, 1);
    const sub = subs[0];
    if (sub === 'add')
        return pipInstalls(rest);
    if (sub !== 'pip' && sub !== 'tool')
        return [];
    const inner = subcommands(rest, pipOptions, 1);
    const action = inner.subs[0];
    if (sub === 'pip')
        return action === 'install' ? pipInstalls(inner.rest) : [];
    if (action === 'install' || action === 'upgrade')
        return pipInstalls(inner.rest, true);
    if (action === 'run')
        return uvxRun(inner.rest);
    return [];
}
/** Recognises the package-manager command `name args…`. */
function recognise(name, args) {
    switch (name) {
        case 'npm':
            return npmFamily(args, npmOptions, NPM_INSTALL, /^(exec|x)$/);
        case 'npx':
        case 'pnpx':
        case 'bunx':
            return npxRun(args);
        case 'pnpm':
            return npmFamily(args, PNPM, /^(add|install|i|update|up)$/, /^dlx$/);
        case 'yarn':
            return yarn(args);
        case 'bun':
            return npmFamily(args, BUN, /^(add|install|i|a)$/, /^x$/);
        case 'volta':
            return volta(args);
        case 'mise':
            return mise(args);
        case 'asdf':
            return asdf(args);
        case 'deno':
            return args
                .filter((a) => a.text.startsWith('npm:'))
                .map((a) => npmFinding(a, (0,shell_packages/* parseNpmSpec */._n)(a.text.slice(4), a.unknown)))
                .filter((r) => r !== null);
        case 'uv':
            return uv(args);
        case 'uvx':
            return uvxRun(args);
        case 'pipx':
            return pipxCommand(args);
        case 'brew':
            return brew(args);
        case 'winget':
            return winget(args);
        case 'choco':
            return choco(args);
        case 'cinst':
            return choco(args, 'install');
        case 'scoop':
            return scoop(args);
        case 'gh':
            return ghExtension(args);
        default:
            if (EDITOR_COMMANDS.has(name))
                return editorExtensions(args);
            if (/^pip(\d+(\.\d+)?)?$/.test(name))
                return pipCommand(args);
            if (/^python(\d+(\.\d+)?)?$/.test(name))
                return python(args);
            return [];
    }
}

;// CONCATENATED MODULE: ./src/detectors/shell/image-build.ts
const IMAGE_BUILDERS = new Set(['docker', 'podman', 'buildah']);
/** Options of `docker build` that take a value (the value is not the context). */
const VALUE_OPTIONS = /^-(t|-tag|-target|-platform|-label|-network|-secret|-ssh|-cache-from|-cache-to|-output|o|-progress|-builder|-iidfile|-metadata-file|-build-context|-shm-size|-ulimit|-add-host|-memory|m)$/;
/**
 * Reads the arguments of an image builder. Returns null when the command is not a build; a
 * build whose context is not known statically is a build with nothing to follow (`build` unset).
 */
function readImageBuild(args, locate, lookup) {
    let i = 0;
    if (args[i]?.text === 'buildx' || args[i]?.text === 'image')
        i++;
    if (args[i]?.text !== 'build' && args[i]?.text !== 'bud')
        return null;
    const build = { line: locate(args[i].start), context: '.', buildArgs: new Map() };
    const positional = [];
    for (i++; i < args.length; i++) {
        const a = args[i];
        const eq = a.text.indexOf('=');
        const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
        const inline = flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : undefined;
        const value = () => inline ?? args[++i];
        if (flag === '-f' || flag === '--file') {
            const v = value();
            if (v && !v.unknown)
                build.dockerfile = v.text;
        }
        else if (flag === '--build-arg') {
            const v = value();
            if (!v)
                continue;
            const k = v.text.indexOf('=');
            const name = k === -1 ? v.text : v.text.slice(0, k);
            const given = k === -1
                ? lookup(name)
                : { text: v.text.slice(k + 1), unknown: v.unknown, ...(v.from ? { from: v.from } : {}) };
            if (given)
                build.buildArgs.set(name, given);
        }
        else if (VALUE_OPTIONS.test(flag)) {
            if (!inline)
                i++;
        }
        else if (!a.text.startsWith('-'))
            positional.push(a);
    }
    const context = positional[0];
    if (context && context.unknown)
        return {};
    if (context)
        build.context = context.text;
    return { build };
}

;// CONCATENATED MODULE: ./src/detectors/shell/runner-runs.ts
const JUST_VALUED = new Set([
    '--set',
    '--shell',
    '--shell-arg',
    '--color',
    '--command-color',
    '--dotenv-filename',
    '--dotenv-path',
    '-E',
    '--list-heading',
    '--list-prefix',
    '--chooser',
    '--tempdir',
    '--timestamp-format',
    '--alias-style',
    '--ceiling',
    '--cygpath',
]);
/** just's subcommands and options that run no recipe (or one chosen interactively). */
const JUST_NO_RUN = /^(-[lsnhVc]|--(list|show|summary|dump|evaluate|variables|edit|init|fmt|completions|groups|changelog|man|request|usage|dry-run|check|help|version|choose|command|json))$/;
const TASK_VALUED = new Set([
    '-o',
    '--output',
    '-C',
    '--concurrency',
    '-I',
    '--interval',
    '--sort',
    '--output-group-begin',
    '--output-group-end',
    '--remote-cache-dir',
    '--cache-expiry',
]);
const TASK_NO_RUN = /^(-[nlaih]|--(dry|list|list-all|summary|init|status|version|help|completion|experiments|json))$/;
function runner_runs_valueOf(a) {
    return { text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}
/** `just [OPTIONS] [NAME=VALUE…] [RECIPE [ARGS…]…]`. */
function justRun(args, line) {
    const run = { runner: 'just', targets: [], vars: new Map(), args: [], line };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.text.indexOf('=');
        const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
        const value = () => flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
        if (run.args.length > 0 || !a.text.startsWith('-')) {
            if (run.args.length === 0 && eq > 0 && /^[A-Za-z_][\w-]*$/.test(a.text.slice(0, eq)))
                run.vars.set(a.text.slice(0, eq), runner_runs_valueOf({ ...a, text: a.text.slice(eq + 1) }));
            else
                run.args.push(runner_runs_valueOf(a));
        }
        else if (JUST_NO_RUN.test(flag))
            return null;
        else if (flag === '-f' || flag === '--justfile') {
            const v = value();
            if (!v || v.unknown)
                return null;
            run.file = v.text;
        }
        else if (flag === '-d' || flag === '--working-directory') {
            const v = value();
            if (!v || v.unknown)
                return null;
        }
        else if (flag === '--set') {
            const name = args[++i];
            const v = args[++i];
            if (!name || !v || name.unknown)
                return null;
            run.vars.set(name.text, runner_runs_valueOf(v));
        }
        else if (JUST_VALUED.has(flag))
            value();
    }
    // `just dir/recipe`: the justfile is searched from `dir`.
    const first = run.args[0];
    if (first && !first.unknown && first.text.includes('/') && run.file === undefined) {
        const cut = first.text.lastIndexOf('/');
        run.dir = first.text.slice(0, cut);
        run.args[0] = { ...first, text: first.text.slice(cut + 1) };
    }
    return run;
}
/** `task [OPTIONS] [TASK…] [NAME=VALUE…] [-- CLI_ARGS]`. */
function goTaskRun(args, line) {
    const run = { runner: 'task', targets: [], vars: new Map(), line };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.text.indexOf('=');
        const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
        const value = () => flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
        if (a.text === '--') {
            const rest = args.slice(i + 1);
            run.cliArgs = {
                text: rest.map((r) => r.text).join(' '),
                unknown: rest.some((r) => r.unknown),
                ...(rest.find((r) => r.from)?.from ? { from: rest.find((r) => r.from).from } : {}),
            };
            break;
        }
        if (TASK_NO_RUN.test(flag))
            return null;
        if (flag === '-t' || flag === '--taskfile') {
            const v = value();
            if (!v || v.unknown)
                return null;
            run.file = v.text;
        }
        else if (flag === '-d' || flag === '--dir') {
            const v = value();
            if (!v || v.unknown)
                return null;
            run.dir = v.text;
        }
        else if (TASK_VALUED.has(flag))
            value();
        else if (a.text.startsWith('-'))
            continue;
        else if (eq > 0 && /^[A-Za-z_]\w*$/.test(a.text.slice(0, eq)))
            run.vars.set(a.text.slice(0, eq), runner_runs_valueOf({ ...a, text: a.text.slice(eq + 1) }));
        else if (a.unknown)
            return null;
        else
            run.targets.push(a.text);
    }
    return run;
}

;// CONCATENATED MODULE: ./src/detectors/shell/task-runs.ts

/** make's options that take a value (`-f FILE`, `-C DIR`, `-j N`, `-I DIR`, `-o FILE`, …). */
const MAKE_VALUED = /^-[fCIojlWO]$|^--(file|makefile|directory|include-dir|old-file|assume-old|new-file|assume-new|what-if|jobs|load-average|output-sync)$/;
/** pnpm and yarn commands that are not scripts (`pnpm install`, `yarn add`, …). */
const PM_COMMANDS = new Set([
    'add',
    'install',
    'i',
    'remove',
    'rm',
    'uninstall',
    'up',
    'update',
    'upgrade',
    'dlx',
    'exec',
    'create',
    'init',
    'link',
    'unlink',
    'publish',
    'pack',
    'config',
    'set',
    'info',
    'view',
    'why',
    'list',
    'ls',
    'outdated',
    'audit',
    'store',
    'cache',
    'import',
    'rebuild',
    'prune',
    'patch',
    'patch-commit',
    'global',
    'workspace',
    'workspaces',
    'dedupe',
    'env',
    'setup',
    'server',
    'test',
    'start',
    'help',
    'bin',
    'root',
    'licenses',
    'deploy',
    'fetch',
    'plugin',
    'constraints',
    'npm',
    'node',
    'version',
    'login',
    'logout',
    'owner',
    'tag',
    'team',
    'policies',
    'explain',
    'search',
    'stage',
    'unplug',
    'x',
    'upgrade-interactive',
    'generate-lock-entry',
    'check',
    'autoclean',
]);
/** `npm test`, `npm start`, … run the script of that name. */
const LIFECYCLE_SHORTHANDS = {
    test: 'test',
    t: 'test',
    tst: 'test',
    start: 'start',
    stop: 'stop',
    restart: 'restart',
};
function readTaskRun(name, args, line) {
    if (name === 'make' || name === 'gmake')
        return makeRun(args, line);
    if (name === 'just')
        return justRun(args, line);
    if (name === 'task' || name === 'go-task')
        return goTaskRun(args, line);
    return scriptRun(name, args, line);
}
function makeRun(args, line) {
    const run = { runner: 'make', targets: [], vars: new Map(), line };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.text.indexOf('=');
        const flag = a.text.startsWith('--') && eq > 0 ? a.text.slice(0, eq) : a.text;
        const value = () => flag !== a.text ? { ...a, text: a.text.slice(eq + 1) } : args[++i];
        if (flag === '-f' || flag === '--file' || flag === '--makefile') {
            const v = value();
            if (!v || v.unknown)
                return null;
            run.file = v.text;
        }
        else if (flag === '-C' || flag === '--directory') {
            const v = value();
            if (!v || v.unknown)
                return null;
            run.dir = run.dir ? `${run.dir}/${v.text}` : v.text;
        }
        else if (MAKE_VALUED.test(flag))
            value();
        // Prints, checks or touches the targets: runs no recipe.
        else if (/^--(dry-run|just-print|recon|question|touch)$/.test(flag) || /^-[a-zA-Z]*[nqt]/.test(flag))
            return null;
        else if (a.text.startsWith('-'))
            continue;
        else if (eq > 0 && /^[^\s:#=]+$/.test(a.text.slice(0, eq)))
            run.vars.set(a.text.slice(0, eq), value_(a, eq));
        else if (a.unknown)
            return null;
        else
            run.targets.push(a.text);
    }
    return run;
}
function value_(a, eq) {
    return { text: a.text.slice(eq + 1), unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}
/** `npm run S`, `npm run-script S`, `pnpm [run] S`, `yarn [run] S`, `bun run S`: the script S. */
function scriptRun(name, args, line) {
    if (name !== 'npm' && name !== 'pnpm' && name !== 'yarn' && name !== 'bun')
        return null;
    let i = 0;
    // Options before the command (`pnpm --filter x run s`, `yarn --cwd dir s`): their values are skipped.
    let dir;
    for (; i < args.length && args[i].text.startsWith('-'); i++) {
        const t = args[i].text;
        if ((t === '--prefix' || t === '--cwd' || t === '-C' || t === '--dir') && args[i + 1]) {
            if (args[i + 1].unknown)
                return null;
            dir = args[++i].text;
        }
        else if (/^--(filter|workspace|F|w)$|^-[Fw]$/.test(t))
            return null;
    }
    const sub = args[i]?.text;
    if (sub === undefined)
        return null;
    let script;
    if (sub === 'run' || sub === 'run-script' || sub === 'rum' || sub === 'urn')
        script = args[i + 1];
    else if (LIFECYCLE_SHORTHANDS[sub])
        script = { ...args[i], text: LIFECYCLE_SHORTHANDS[sub] };
    else if (name === 'npm')
        return null;
    else if (name === 'bun')
        return null;
    else if (!PM_COMMANDS.has(sub) && !sub.startsWith('-'))
        script = args[i];
    if (!script || script.unknown || script.text.startsWith('-'))
        return null;
    return {
        runner: 'npm',
        targets: [script.text],
        vars: new Map(),
        line,
        ...(dir !== undefined ? { dir } : {}),
    };
}

;// CONCATENATED MODULE: ./src/detectors/shell/text-filters.ts
// The script names the pattern and the repository holds the lines, and JavaScript's engine
// backtracks where grep, sed and awk do not: without a quantified group or a back-reference, an
// unanchored search costs at most about n^(q+1) steps on a line of n characters with q unbounded
// repeats. A filter whose lines could cost more than this is not applied (the loop reads its
// variable unknown, as for any filter not known).
const STEP_BUDGET = 50_000_000;
const QUANTIFIED_GROUP = /\\?\)(?:[*+?]|\\?\{)|\\[1-9]/;
const UNBOUNDED = /[*+]|\{\d*,\\?\}/g;
function affordable(pattern, lines) {
    if (QUANTIFIED_GROUP.test(pattern))
        return false;
    const degree = (pattern.match(UNBOUNDED)?.length ?? 0) + 1;
    let steps = 0;
    for (const l of lines) {
        steps += Math.max(l.text.length, 1) ** degree;
        if (steps > STEP_BUDGET)
            return false;
    }
    return true;
}
/**
 * A POSIX basic or extended expression as a JavaScript one, to be applied to `lines`; null for
 * forms we do not map, or when applying it could cost more than the budget above.
 */
function posixRegExp(pattern, extended, lines, flags = '') {
    // In a basic expression `+?|(){}` are plain characters; their escaped forms are GNU extensions.
    if (!extended && /\\[+?|(){}]/.test(pattern))
        return null;
    if (/\[\[:|\\[<>bBwWsS`']/.test(pattern))
        return null;
    if (!affordable(pattern, lines))
        return null;
    const source = extended ? pattern : pattern.replace(/[+?|(){}]/g, '\\$&');
    try {
        return new RegExp(source, flags);
    }
    catch {
        return null;
    }
}
/** `cut -d D -f LIST` (`-dD`, `-fN`, `N,M`, `N-M`, `N-`): the fields of each line. */
function cut(args, input) {
    let delim = '\t';
    let list;
    for (let k = 0; k < args.length; k++) {
        const a = args[k];
        if (a === '-d' || a === '-f') {
            const v = args[++k];
            if (v === undefined)
                return null;
            if (a === '-d')
                delim = v;
            else
                list = v;
        }
        else if (a.startsWith('-d'))
            delim = a.slice(2);
        else if (a.startsWith('-f'))
            list = a.slice(2);
        else if (a === '-s')
            continue;
        else
            return null;
    }
    if (list === undefined || delim.length !== 1)
        return null;
    const ranges = [];
    for (const r of list.split(',')) {
        const m = /^(\d*)(-?)(\d*)$/.exec(r);
        if (!m || (m[1] === '' && m[3] === ''))
            return null;
        const from = m[1] === '' ? 1 : Number(m[1]);
        ranges.push([from, m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3])]);
    }
    return input.map((l) => {
        if (!l.text.includes(delim))
            return l;
        const fields = l.text.split(delim).filter((_, i) => ranges.some(([a, b]) => i + 1 >= a && i + 1 <= b));
        return { ...l, text: fields.join(delim) };
    });
}
/** `tr -d SET` and `tr SET1 SET2` over literal sets (escapes `\n`, `\r`, `\t`). */
function tr(args, input) {
    const set = (s) => s.replace(/\\([nrt\\])/g, (_m, e) => ({ n: '\n', r: '\r', t: '\t' })[e] ?? e);
    if (args.some((a) => /[[\]]|^-[^d]|.-./.test(a.replace(/^-d$/, ''))))
        return null;
    const text = input.map((l) => l.text).join('\n') + '\n';
    let out;
    if (args[0] === '-d' && args.length === 2) {
        const del = set(args[1]);
        out = [...text].filter((c) => !del.includes(c)).join('');
    }
    else if (args.length === 2) {
        const [a, b] = [set(args[0]), set(args[1])];
        if (b.length === 0)
            return null;
        out = [...text].map((c) => (a.includes(c) ? b[Math.min(a.indexOf(c), b.length - 1)] : c)).join('');
    }
    else
        return null;
    // Lines keep where they are written while none is split or joined.
    const lines = out.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.length === input.length
        ? input.map((l, i) => ({ ...l, text: lines[i] }))
        : lines.map((t) => ({ text: t }));
}
/** `sed [-E] [-e] 's/RE/TEXT/[g]'` or `'/RE/d'`, one or more scripts, in order. */
function sed(args, input) {
    let extended = false;
    const scripts = [];
    for (let k = 0; k < args.length; k++) {
        const a = args[k];
        if (a === '-E' || a === '-r')
            extended = true;
        else if (a === '-e')
            scripts.push(args[++k] ?? '');
        else if (a.startsWith('-'))
            return null;
        else if (scripts.length === 0)
            scripts.push(a);
        else
            return null;
    }
    let lines = input;
    for (const s of scripts) {
        const del = /^\/((?:[^/\\]|\\.)*)\/d$/.exec(s);
        const sub = /^s\/((?:[^/\\]|\\.)*)\/((?:[^/\\&]|\\.)*)\/(g?)$/.exec(s);
        if (del) {
            const re = posixRegExp(del[1], extended, lines);
            if (!re)
                return null;
            lines = lines.filter((l) => !re.test(l.text));
        }
        else if (sub) {
            const re = posixRegExp(sub[1], extended, lines, sub[3]);
            if (!re || /\\[1-9]/.test(sub[2]))
                return null;
            const text = sub[2].replace(/\\(.)/g, '$1');
            lines = lines.map((l) => ({ ...l, text: l.text.replace(re, () => text) }));
        }
        else
            return null;
    }
    return lines;
}
/** `awk [-F SEP] '[/RE/ ]{ print $N[, $M] }'`: the fields printed, of the lines matched. */
function awk(args, input) {
    let sep;
    let k = 0;
    if (args[k] === '-F') {
        sep = args[k + 1];
        k += 2;
    }
    else if (args[k]?.startsWith('-F'))
        sep = args[k++].slice(2);
    if (args.length !== k + 1)
        return null;
    const m = /^\s*(?:\/((?:[^/\\]|\\.)*)\/\s*)?\{\s*print\s+((?:\$\d+\s*,?\s*)+);?\s*\}\s*$/.exec(args[k]);
    if (!m || (sep !== undefined && sep.length !== 1))
        return null;
    const re = m[1] === undefined ? null : posixRegExp(m[1], true, input);
    if (m[1] !== undefined && !re)
        return null;
    const picks = [...m[2].matchAll(/\$(\d+)/g)].map((x) => Number(x[1]));
    return input
        .filter((l) => !re || re.test(l.text))
        .map((l) => {
        const fields = sep === undefined ? l.text.trim().split(/[ \t]+/) : l.text.split(sep);
        return { ...l, text: picks.map((n) => (n === 0 ? l.text : (fields[n - 1] ?? ''))).join(' ') };
    });
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/util/lines.ts
var util_lines = __webpack_require__(70895);
;// CONCATENATED MODULE: ./src/detectors/shell/data-queries.ts
// `jq` and `yq` reading one value out of a repository data file, in the forms version pins take:
// `jq -r .claude versions.json`, `jq -r '.tools["claude-code"]' …`, `yq '.tools.claude' v.yaml`,
// `yq -r e '.a.b // "2.1.90"' …`. The filter is a path (`.a.b`, `."a-b"`, `.["a-b"]`, `.a[0]`),
// optionally followed by `// LITERAL` (jq's alternative: taken when the path gives null or false).
// Any other filter, option or input is not known (null): the value stays unknown, as before.



/** The steps of a path filter and its alternative literal; null for any other filter. */
function parseFilter(filter) {
    const m = /^\s*(.*?)\s*(?:\/\/\s*(.+?)\s*)?$/.exec(filter);
    if (!m)
        return null;
    const path = parsePath(m[1]);
    if (path === null)
        return null;
    if (m[2] === undefined)
        return { path };
    let alternative;
    try {
        alternative = JSON.parse(m[2]);
    }
    catch {
        return null;
    }
    return { path, alternative };
}
function parsePath(text) {
    if (!text.startsWith('.'))
        return null;
    const steps = [];
    let k = 0;
    const ident = /[A-Za-z_][A-Za-z0-9_]*/y;
    const quoted = /"((?:[^"\\]|\\.)*)"/y;
    const index = /\[\s*(?:(\d+)|("(?:[^"\\]|\\.)*"))\s*\]/y;
    while (k < text.length) {
        index.lastIndex = k;
        const i = index.exec(text);
        if (i) {
            steps.push(i[1] !== undefined ? Number(i[1]) : JSON.parse(i[2]));
            k = index.lastIndex;
            continue;
        }
        if (text[k] !== '.')
            return null;
        k++;
        if (k === text.length)
            break; // `.` alone: the whole document.
        ident.lastIndex = k;
        quoted.lastIndex = k;
        const id = ident.exec(text);
        const q = id ? null : quoted.exec(text);
        if (id) {
            steps.push(id[0]);
            k = ident.lastIndex;
        }
        else if (q) {
            steps.push(JSON.parse(`"${q[1]}"`));
            k = quoted.lastIndex;
        }
        else if (text[k] !== '[')
            return null;
    }
    return steps;
}
/** What `jq`/`yq` with these arguments writes for one data file; null when it is not known. */
function dataQuery(tool, args, read, stdin) {
    let raw = tool === 'yq';
    let filter;
    const files = [];
    for (const a of args) {
        if (a === '--raw-output' || a === '--join-output')
            raw = true;
        else if (a === '--exit-status' || a === '--monochrome-output' || a === '--compact-output')
            continue;
        // Short options, alone or combined as jq reads them (`-r`, `-er`, `-rc`): the ones that do
        // not change how one scalar is written, and -r/-j, which write a string raw.
        else if (/^-[rjecMCS]+$/.test(a))
            raw ||= /[rj]/.test(a);
        else if (tool === 'yq' && (a === 'e' || a === 'eval') && filter === undefined && files.length === 0)
            continue;
        else if (a.startsWith('-'))
            return null;
        else if (filter === undefined)
            filter = a;
        else
            files.push(a);
    }
    const parsed = filter === undefined ? null : parseFilter(filter);
    if (parsed === null || files.length > 1)
        return null;
    const input = files.length === 1 ? read(files[0]) : stdin && { file: '', text: stdin.map((l) => l.text).join('\n') };
    if (!input)
        return null;
    const found = tool === 'jq' || /\.json$/i.test(files[0] ?? '')
        ? jsonAt(input.text, parsed.path)
        : yamlAt(input.text, parsed.path);
    if (found === null)
        return null;
    let value = found.value;
    let line = found.line;
    if ((value === null || value === false) && 'alternative' in parsed) {
        value = parsed.alternative;
        line = undefined;
    }
    const text = raw && typeof value === 'string' ? value : JSON.stringify(value ?? null);
    if (text === undefined || text.includes('\n'))
        return null;
    return [{ text, ...(line !== undefined && input.file !== '' ? { from: { file: input.file, line } } : {}) }];
}
/** The value at a path of a JSON text and the line it is written on; null when the text is not JSON. */
function jsonAt(text, path) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (root === undefined || errors.length > 0)
        return null;
    const node = path.length === 0 ? root : (0,main.findNodeAtLocation)(root, path);
    if (node === undefined)
        return { value: null };
    if (node.type === 'object' || node.type === 'array')
        return { value: JSON.parse(text.slice(node.offset, node.offset + node.length)) };
    return { value: node.value, line: (0,util_lines/* lineAt */.mh)(text, node.offset) };
}
/** The same for a YAML text (yq's default input). */
function yamlAt(text, path) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: true });
    if (doc.errors.length > 0)
        return null;
    let node = doc.contents;
    for (const step of path) {
        if ((0,dist/* isMap */.jh)(node))
            node = node.get(step, true);
        else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number')
            node = node.get(step, true);
        else
            return { value: null };
        if (node === undefined)
            return { value: null };
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        const at = node.range?.[0];
        return { value: node.value, ...(at !== undefined ? { line: counter.linePos(at).line } : {}) };
    }
    return { value: node?.toJSON?.() ?? null };
}

;// CONCATENATED MODULE: ./src/detectors/shell/streams.ts
// What a command reads on its standard input, when it is known statically: a here-string, a
// here-document, a repository file (`< versions.txt`), or what the commands before it in a
// pipeline write (`echo`, `printf`, `cat FILE`, filtered by `grep`, `sort`, `uniq`, `head`,
// `tail`, `cut`, `tr`, `sed`, `awk` in their simple forms: text-filters.ts; `jq`/`yq` reading one
// value of a data file: data-queries.ts). `while read` loops, `read` and `xargs` take their values from it. Lines read from a
// repository file keep where they are written (the line a reviewer changes).







/** Lines a stream holds at most (a bound on hostile input). */
const MAX_LINES = 4096;
/** `text` as lines (`origin`: the file they are written in). */
function toLines(text, origin) {
    const lines = text.split('\n');
    const last = lines.pop();
    const out = lines.map((t, k) => ({
        text: t.replace(/\r$/, ''),
        ...(origin ? { from: { file: origin, line: k + 1 } } : {}),
    }));
    if (last !== '')
        out.push({
            text: last.replace(/\r$/, ''),
            partial: true,
            ...(origin ? { from: { file: origin, line: lines.length + 1 } } : {}),
        });
    return out.slice(0, MAX_LINES);
}
/** The words of a command after its leading assignments, expanded (none: an assignment only). */
function commandWords(c, lookup) {
    let k = 0;
    while (k < c.words.length && (0,expand/* splitAssignment */.ko)(c.words[k]))
        k++;
    return c.words.slice(k).flatMap((w) => expandFields(w, lookup));
}
/**
 * What `c`'s own redirections give it on stdin: undefined when none does (it reads the pipe or
 * what it inherits), null when the input is not known.
 */
function redirectedInput(c, ctx) {
    let input;
    for (const r of c.redirects) {
        if (r.op === '<<<')
            input = hereString(r, ctx.lookup);
        else if (r.op === '<<' || r.op === '<<-')
            input = hereDocument(r, ctx.lookup);
        else if (r.op === '<' || r.op === '<>')
            input = fileInput(r, ctx);
    }
    return input;
}
function hereString(r, lookup) {
    if (!r.target)
        return null;
    const v = (0,expand/* expandWord */.Vo)(r.target, lookup);
    return v.unknown ? null : toLines(v.text + '\n');
}
function hereDocument(r, lookup) {
    if (!r.heredoc || !r.target)
        return null;
    const body = r.heredoc.body;
    // A quoted delimiter (`<<'EOF'`, `<<"EOF"`, `<<\EOF`) keeps the body as written.
    const quoted = r.target.parts.length !== 1 || r.target.parts[0].k !== 'lit' || /['"\\]/.test(r.target.raw);
    const stripped = r.op === '<<-' ? body.replace(/^\t+/gm, '') : body;
    if (quoted || !/[$`\\]/.test(stripped))
        return toLines(stripped);
    // Expanded as inside double quotes (a quote in the body is a plain character).
    const text = `"${stripped.replace(/"/g, '\\"')}"`;
    const v = (0,expand/* expandParts */.Xd)(new words/* WordReader */._(text, 0, text.length).readAllAsWord(), lookup);
    return v.unknown ? null : toLines(v.text);
}
function fileInput(r, ctx) {
    if (!r.target)
        return null;
    // `< <(grep -v '^#' pkgs.txt)`: what the process substitution's commands write.
    const only = r.target.parts.length === 1 ? r.target.parts[0] : undefined;
    if (only?.k === 'opaque' && only.script && only.raw.startsWith('<('))
        return scriptOutput(only.script.text, ctx);
    const path = (0,expand/* expandWord */.Vo)(r.target, ctx.lookup);
    if (path.unknown || !/^[\w./@+-]+$/.test(path.text) || path.text.startsWith('/dev/'))
        return null;
    const written = ctx.written?.(path.text);
    if (written !== undefined)
        return written;
    const f = ctx.file(path.text);
    return f ? toLines(f.text, f.file) : null;
}
/**
 * What a substitution's script writes: one pipeline of the commands above, or `< FILE` alone
 * (`$(< .cc-version)`); null when not known.
 */
function scriptOutput(text, ctx) {
    const { pipelines, problems } = (0,shell/* parseShell */.a)(text);
    const commands = pipelines.length === 1 && problems.length === 0 ? pipelines[0].commands : null;
    if (!commands)
        return null;
    const only = commands.length === 1 ? commands[0] : undefined;
    if (only && only.words.length === 0 && !only.marks)
        return redirectedInput(only, ctx) ?? null;
    return pipelineOutput(commands, commands.length, ctx);
}
/** What `commands[0, n)` of a pipeline write to the next command, or null when it is not known. */
function pipelineOutput(commands, n, ctx) {
    let out = null;
    for (let k = 0; k < n; k++) {
        const c = commands[k];
        const input = redirectedInput(c, ctx);
        out = commandOutput(c, input === undefined ? out : input, ctx);
        if (out === null)
            return null;
    }
    return out;
}
/** What one command writes, given its stdin (null: unknown). */
function commandOutput(c, stdin, ctx) {
    const argv = commandWords(c, ctx.lookup);
    if (argv.length === 0 || argv.some((a) => a.unknown))
        return null;
    const name = (0,command_words/* base */.E3)(argv[0].text);
    const args = argv.slice(1).map((a) => a.text);
    switch (name) {
        case 'echo': {
            let k = 0;
            while (k < args.length && /^-[neE]+$/.test(args[k]))
                k++;
            const text = args.slice(k).join(' ');
            return toLines(args.slice(0, k).some((a) => a.includes('n')) ? text : text + '\n');
        }
        case 'printf':
            return args.length > 0 && args[0] !== '-v' ? toLines(printf(args[0], args.slice(1))) : null;
        case 'cat':
        case 'tee': {
            const files = name === 'cat' ? args.filter((a) => !/^-./.test(a)) : [];
            if (files.length === 0 || files.every((f) => f === '-'))
                return stdin;
            const out = [];
            for (const f of files) {
                const read = f === '-' ? stdin : fileLines(f, ctx);
                if (!read)
                    return null;
                out.push(...read);
            }
            return out;
        }
        case 'grep':
            return grep(args, stdin, ctx);
        case 'cut':
        case 'tr':
        case 'sed':
        case 'awk': {
            // A file operand (the last word, not an option) or stdin.
            const file = name !== 'tr' &&
                args.length > 1 &&
                !args[args.length - 1].startsWith('-') &&
                /\.\w+$|\//.test(args[args.length - 1])
                ? args[args.length - 1]
                : undefined;
            const input = file === undefined ? stdin : fileLines(file, ctx);
            const rest = file === undefined ? args : args.slice(0, -1);
            if (!input)
                return null;
            return name === 'cut'
                ? cut(rest, input)
                : name === 'tr'
                    ? tr(rest, input)
                    : name === 'sed'
                        ? sed(rest, input)
                        : awk(rest, input);
        }
        case 'jq':
        case 'yq':
            return dataQuery(name, args, (f) => fileText(f, ctx), stdin);
        case 'sort':
        case 'uniq':
            // The same lines (order and repeats do not change what a loop over them installs).
            return args.every((a) => a.startsWith('-')) ? stdin : null;
        case 'head':
        case 'tail': {
            let n = 10;
            const files = [];
            for (let k = 0; k < args.length; k++) {
                const m = /^(?:-n|-|--lines=|-n)(\d+)$/.exec(args[k]);
                if (m)
                    n = Number(m[1]);
                else if (args[k] === '-n' && /^\d+$/.test(args[k + 1] ?? ''))
                    n = Number(args[++k]);
                else if (args[k].startsWith('-'))
                    return null;
                else
                    files.push(args[k]);
            }
            const input = files.length === 0 ? stdin : files.length === 1 ? fileLines(files[0], ctx) : null;
            return input && firstOrLast(name, input, n);
        }
        default:
            return null;
    }
}
function firstOrLast(name, lines, n) {
    return name === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
}
function fileLines(path, ctx) {
    // A file the script wrote itself (`echo PKG > /tmp/list`), wherever it is.
    const written = /^[\w./@+-]+$/.test(path) ? ctx.written?.(path) : undefined;
    if (written !== undefined)
        return written;
    const f = fileText(path, ctx);
    return f ? toLines(f.text, f.file) : null;
}
/** A repository file named by a plain relative path; null for anything else or a file not known. */
function fileText(path, ctx) {
    if (!/^[\w./@+-]+$/.test(path) || path.startsWith('/'))
        return null;
    return ctx.file(path);
}
/** `grep [-v] [-E|-F] [-x] [-i] [-e] PATTERN [FILE…]` over known lines. */
function grep(args, stdin, ctx) {
    let invert = false;
    let mode = 'basic';
    let whole = false;
    let flags = '';
    const patterns = [];
    const files = [];
    for (let k = 0; k < args.length; k++) {
        const a = args[k];
        if (a === '-e')
            patterns.push(args[++k] ?? '');
        else if (/^-[vEFxi]+$/.test(a)) {
            if (a.includes('v'))
                invert = true;
            if (a.includes('E'))
                mode = 'extended';
            if (a.includes('F'))
                mode = 'fixed';
            if (a.includes('x'))
                whole = true;
            if (a.includes('i'))
                flags = 'i';
        }
        else if (a.startsWith('-'))
            return null;
        else if (patterns.length === 0 && !args.includes('-e'))
            patterns.push(a);
        else
            files.push(a);
    }
    let input = stdin;
    if (files.length > 0) {
        input = [];
        for (const f of files) {
            const read = fileLines(f, ctx);
            if (!read)
                return null;
            input.push(...read);
        }
    }
    if (!input || patterns.length === 0)
        return null;
    const tests = [];
    for (const p of patterns) {
        const source = mode === 'fixed' ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : p;
        const re = posixRegExp(source, mode !== 'basic', input, flags);
        if (!re)
            return null;
        tests.push(whole ? new RegExp(`^(?:${re.source})$`, flags) : re);
    }
    return input.filter((l) => tests.some((t) => t.test(l.text)) !== invert);
}
/** `printf FORMAT ARGS…`: `%s`, `%b`, `%d` and the common escapes; the format is reused for extra arguments. */
function printf(format, args) {
    const escapes = (s) => s.replace(/\\([nt\\"'])/g, (_m, e) => (e === 'n' ? '\n' : e === 't' ? '\t' : e));
    let out = '';
    let k = 0;
    let guard = 0;
    do {
        let used = false;
        out += escapes(format).replace(/%([-0-9.]*)([sbdqc%])/g, (_m, _w, conv) => {
            if (conv === '%')
                return '%';
            used = true;
            const a = args[k++] ?? '';
            return conv === 'b' ? escapes(a) : a;
        });
        if (!used)
            break;
    } while (k < args.length && ++guard < MAX_LINES);
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/shell/read-builtin.ts

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `read [options] [names]` with `argv` its words (`read` first); null when its input is not stdin. */
function readSpec(argv, ifs) {
    const spec = { names: [], raw: false, ifs: ifs ?? ' \t\n', whole: false };
    for (let k = 1; k < argv.length; k++) {
        const a = argv[k];
        if (a.unknown)
            return null;
        const opt = /^-([a-zA-Z]+)$/.exec(a.text);
        if (!opt) {
            if (!NAME.test(a.text))
                return null;
            spec.names.push(a.text);
            continue;
        }
        const letters = opt[1];
        if (letters.includes('r'))
            spec.raw = true;
        // The last letter may take a value: `-p PROMPT`, `-t N`, `-n N`, `-N N`, `-d D`, `-u FD`, `-i T`, `-a NAME`.
        const last = letters[letters.length - 1];
        if (!'ptnNduia'.includes(last))
            continue;
        const value = argv[++k];
        if (!value)
            return null;
        if (last === 'u' && value.text !== '0')
            return null;
        if (last === 'a')
            spec.array = value.text;
        if (last === 'd') {
            if (value.text !== '')
                return null;
            spec.whole = true;
        }
        if (last === 'n' || last === 'N')
            return null;
    }
    return spec;
}
/** `mapfile [-t] ARRAY < FILE` (and `readarray`): one element per line of the input. */
function mapfile(c, argv, ctx) {
    let name = 'MAPFILE';
    for (let k = 1; k < argv.length; k++) {
        const a = argv[k].text;
        if (argv[k].unknown)
            return new Map();
        if (/^-[dnOsuCc]$/.test(a)) {
            // Another delimiter, a count, an origin, a skip or a file descriptor: not the lines.
            if (a !== '-u' || argv[k + 1]?.text !== '0')
                return new Map([[argv[argv.length - 1].text, null]]);
            k++;
        }
        else if (!a.startsWith('-'))
            name = a;
    }
    const input = redirectedInput(c, ctx);
    if (!input)
        return new Map([[name, null]]);
    const items = input.map((l) => ({
        text: l.text,
        unknown: false,
        ...(l.from ? { from: l.from } : {}),
    }));
    return new Map([[name, { text: items.map((i) => i.text).join(' '), unknown: false, items }]]);
}
/** The variables one record sets. */
function readValues(line, spec) {
    let text = line.text;
    if (!spec.raw)
        text = text.replace(/\\(.)/g, '$1');
    const value = (t) => ({
        text: t,
        unknown: false,
        ...(line.from ? { from: line.from } : {}),
    });
    const out = new Map();
    if (spec.array !== undefined) {
        const items = fields(text, spec.ifs, Infinity).map(value);
        out.set(spec.array, { text: items.map((i) => i.text).join(' '), unknown: false, items });
        return out;
    }
    if (spec.names.length === 0) {
        out.set('REPLY', value(text));
        return out;
    }
    const parts = fields(text, spec.ifs, spec.names.length);
    spec.names.forEach((n, k) => out.set(n, value(parts[k] ?? '')));
    return out;
}
/** At most `n` fields of `text` split on `ifs`, the last holding the rest. */
function fields(text, ifs, n) {
    if (ifs === '')
        return [text];
    const blanks = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n');
    const others = [...ifs].filter((c) => !blanks.includes(c));
    const cls = (cs) => cs.map((c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : `\\${c}`)).join('');
    const b = blanks.length > 0 ? `[${cls(blanks)}]` : null;
    let rest = b ? text.replace(new RegExp(`^${b}+|${b}+$`, 'g'), '') : text;
    const sep = new RegExp([others.length > 0 ? `${b ? `${b}*` : ''}[${cls(others)}]${b ? `${b}*` : ''}` : null, b ? `${b}+` : null]
        .filter((x) => x !== null)
        .join('|'));
    const out = [];
    while (out.length < n - 1) {
        const m = sep.exec(rest);
        if (!m)
            break;
        out.push(rest.slice(0, m.index));
        rest = rest.slice(m.index + m[0].length);
    }
    // The last name takes the rest (bash drops a trailing separator made of one IFS character only).
    if (rest !== '' || out.length < n)
        out.push(rest);
    return out;
}
/**
 * `read NAMES < FILE`, `IFS== read -r k v <<< "$line"`: the variables one `read` sets from the
 * first line of its input (unknown, so removed, when the input is not known; a `read` at the end
 * of a pipeline runs in a subshell and sets nothing here).
 */
function readOnce(c, argv, ctx, ifs) {
    if (argv[0]?.text !== 'read')
        return mapfile(c, argv, ctx);
    const spec = readSpec(argv, ifs?.unknown ? undefined : ifs?.text);
    const out = new Map();
    if (!spec)
        return out;
    const input = redirectedInput(c, ctx);
    const first = input?.[0];
    const line = first && spec.whole ? { ...first, text: input.map((l) => l.text).join('\n') } : first;
    if (line)
        return new Map(readValues(line, spec));
    for (const n of spec.array !== undefined ? [spec.array] : spec.names.length > 0 ? spec.names : ['REPLY'])
        out.set(n, null);
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/shell/printf-builtin.ts
const printf_builtin_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', '"': '"' };
/** The variable `printf -v NAME …` sets and its value; null when `argv` is another printf. */
function printfAssignment(argv) {
    if (argv[1]?.text !== '-v' || !argv[2] || argv[2].unknown || !printf_builtin_NAME.test(argv[2].text))
        return null;
    const name = argv[2].text;
    let k = 3;
    if (argv[k]?.text === '--')
        k++;
    const format = argv[k];
    const args = argv.slice(k + 1);
    const unknown = [name, { text: format?.word.raw ?? '', unknown: true }];
    if (!format || format.unknown || args.some((a) => a.unknown))
        return unknown;
    const text = formatted(format.text, args.map((a) => a.text));
    if (text === null)
        return unknown;
    const from = args.find((a) => a.from)?.from ?? format.from;
    return [name, { text, unknown: false, ...(from ? { from } : {}) }];
}
/** What `printf FORMAT ARGS…` prints, or null for a conversion the scan does not read. */
function formatted(format, args) {
    let out = '';
    let next = 0;
    // The format is used once, then again for as long as arguments remain.
    for (let pass = 0; pass === 0 || (next < args.length && pass < 64); pass++) {
        const before = next;
        for (let i = 0; i < format.length; i++) {
            const c = format[i];
            if (c === '\\') {
                const e = format[++i];
                if (e === undefined || !(e in ESCAPES))
                    return null;
                out += ESCAPES[e];
            }
            else if (c === '%') {
                const conv = format[++i];
                if (conv === '%')
                    out += '%';
                else if (conv === 's' || conv === 'b') {
                    const a = args[next++] ?? '';
                    if (conv === 'b' && a.includes('\\'))
                        return null;
                    out += a;
                }
                else if (conv === 'd' || conv === 'i') {
                    const a = args[next++] ?? '0';
                    // A leading zero is octal to bash: read only plain decimals.
                    if (!/^[-+]?(0|[1-9]\d*)$/.test(a.trim()))
                        return null;
                    out += String(Number(a.trim()));
                }
                else
                    return null;
            }
            else
                out += c;
        }
        if (next === before)
            break;
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/detectors/shell/file-writes.ts
// Text a command writes into a file by redirection: `echo "CC=2.1.150" >> "$GITHUB_ENV"`,
// `printf 'CC=%s\n' 2.1.150 > versions.env`, `cat >> FILE <<EOF`. The interpreter records them so
// a place that reads the file later (a workflow's next step reads `$GITHUB_ENV`) can take the
// values over.




const STDOUT_WRITES = new Set(['>', '>|', '>>', '&>', '&>>']);
/** The write `argv` (echo, printf, cat of a here-document) makes by `command`'s redirection. */
function fileWrite(command, argv, line, lookup) {
    // Standard output into a file: `>`, `>|`, `>>`, `1>`, and `&>`/`&>>` (with standard error).
    const out = command.redirects.find((r) => STDOUT_WRITES.has(r.op) && (r.fd === undefined || r.fd === 1) && r.target);
    if (!out)
        return null;
    const name = argv[0]?.text;
    const args = argv.slice(1);
    let content = null;
    if (name === 'echo') {
        let k = 0;
        while (/^-[neE]+$/.test(args[k]?.text ?? ''))
            k++;
        const words = args.slice(k);
        const newline = args.slice(0, k).some((a) => a.text.includes('n')) ? '' : '\n';
        content = { text: words.map((a) => a.text).join(' ') + newline, unknown: words.some((a) => a.unknown) };
    }
    else if (name === 'printf' && args[0]) {
        const text = formatted(args[0].text, args.slice(1).map((a) => a.text));
        content = { text: text ?? '', unknown: text === null || args.some((a) => a.unknown) };
    }
    else if (name === 'cat' && args.length === 0) {
        const body = command.redirects.find((r) => r.heredoc)?.heredoc?.body;
        // An unquoted delimiter expands the body: with a `$` in it the text is not known.
        if (body !== undefined)
            content = { text: body, unknown: body.includes('$') || body.includes('`') };
    }
    if (!content)
        return null;
    const path = lookup ? (0,expand/* expandWord */.Vo)(out.target, lookup) : undefined;
    return {
        target: out.target.raw,
        ...(path && !path.unknown ? { path: path.text } : {}),
        append: out.op.endsWith('>>'),
        content,
        line,
    };
}
/**
 * What the writes so far left in the file at `path`, each line written at the line of the
 * command that wrote it (in `file`, when known); null when some of it is not known, undefined
 * when nothing here wrote it.
 */
function writtenLines(writes, path, file) {
    let lines;
    const wanted = external_node_path_.posix.normalize(path);
    for (const w of writes) {
        if (w.path === undefined || external_node_path_.posix.normalize(w.path) !== wanted)
            continue;
        const added = w.content.unknown
            ? null
            : toLines(w.content.text).map((l) => (file === undefined ? l : { ...l, from: { file, line: w.line } }));
        lines =
            !w.append || lines === undefined
                ? added
                : lines === null || added === null
                    ? null
                    : [...lines, ...added];
    }
    return lines;
}
/**
 * The writes of `tee [-a] FILE…`: what reaches its standard input (`stdin`, null when not known)
 * goes into each file, as it goes on to standard output.
 */
function teeWrites(argv, stdin, line) {
    let append = false;
    const out = [];
    const content = stdin === null
        ? { text: '', unknown: true }
        : { text: stdin.map((l) => l.text + '\n').join(''), unknown: false };
    for (const a of argv.slice(1)) {
        if (/^-[aip]+$/.test(a.text) || a.text === '--append') {
            if (a.text.includes('a'))
                append = true;
            continue;
        }
        if (a.text.startsWith('-'))
            continue;
        out.push({ target: a.word.raw, ...(a.unknown ? {} : { path: a.text }), append, content, line });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/shell/xargs.ts
// `xargs`: the command it runs gets the items of its input as arguments. The input is a here-string,
// a here-document, a file (`xargs -a pkgs.txt`, `xargs … < pkgs.txt`) or what the commands before it
// in the pipeline write (`echo`, `printf`, `cat pkgs.txt | grep -v '^#'`). Items are split as xargs
// splits them (blanks, quotes and backslashes; lines with `-d '\n'`, `-0`, `-I`); with `-I R` the
// command runs once per line, R replaced by it.


/** Whether a command runs `xargs` (after wrappers such as `sudo`): its items come from stdin. */
function xargsRuns(c) {
    for (const w of c.words) {
        const t = (0,command_words/* base */.E3)(w.raw);
        if (t === 'xargs')
            return true;
        if (!['sudo', 'doas', 'command', 'nohup', 'time'].includes(t) && !t.startsWith('-'))
            return false;
    }
    return false;
}
function options(argv) {
    const at = argv.findIndex((a) => (0,command_words/* base */.E3)(a.text) === 'xargs');
    const o = { lines: false };
    for (let k = at + 1; k < argv.length; k++) {
        const a = argv[k].text;
        if (!a.startsWith('-'))
            break;
        const value = /^--(arg-file|replace|delimiter)=(.*)$/.exec(a);
        const next = () => argv[++k]?.text;
        if (a === '-a' || a === '--arg-file')
            o.file = next();
        else if (value?.[1] === 'arg-file')
            o.file = value[2];
        else if (a === '-I')
            o.replace = next();
        else if (a === '-i' || a === '--replace')
            o.replace = '{}';
        else if (value?.[1] === 'replace')
            o.replace = value[2];
        else if (/^-I./.test(a))
            o.replace = a.slice(2);
        else if (a === '-0' ||
            a === '--null' ||
            a === '-d' ||
            a === '--delimiter' ||
            value?.[1] === 'delimiter') {
            o.lines = true;
            if (a === '-d' || a === '--delimiter')
                k++;
        }
        else if (/^-[nLPsE]$|^--(max-args|max-lines|max-procs|max-chars|eof)$/.test(a))
            k++;
        if (o.file === undefined && (a === '-a' || a === '--arg-file'))
            return null;
    }
    return o;
}
/** xargs's own splitting of its input: blanks separate, quotes group, a backslash escapes. */
function items(lines, o) {
    if (o.lines || o.replace !== undefined)
        return lines
            .map((l) => ({ ...l, text: o.replace !== undefined ? l.text.trimStart() : l.text }))
            .filter((l) => l.text !== '');
    const out = [];
    for (const l of lines) {
        const re = /(?:[^\s'"\\]|\\.|'[^']*'|"[^"]*")+/g;
        for (const m of l.text.matchAll(re))
            out.push({
                ...l,
                text: m[0].replace(/\\(.)|'([^']*)'|"([^"]*)"/g, (_x, e, s, d) => e ?? s ?? d ?? ''),
            });
    }
    return out;
}
/**
 * The commands an `xargs` command runs: `run` (the command after xargs and its options) with
 * the items of its input; `run` alone when the input is not known.
 */
function xargsCommands(commands, i, run, ctx) {
    const c = commands[i];
    const o = options(commandWords(c, ctx.lookup));
    if (!o || run.length === 0)
        return [[...run]];
    let input;
    if (o.file !== undefined) {
        const valid = /^[\w./@+-]+$/.test(o.file);
        const written = valid ? ctx.written?.(o.file) : undefined;
        const f = valid && written === undefined ? ctx.file(o.file) : null;
        input = written !== undefined ? written : f ? toLines(f.text, f.file) : null;
    }
    else
        input = redirectedInput(c, ctx);
    if (input === undefined)
        input = i > 0 ? pipelineOutput(commands, i, ctx) : null;
    if (!input)
        return [[...run]];
    // Items stand at the `xargs` word (a word of their own, so that each keeps where it is written).
    const at = c.words.find((w) => (0,command_words/* base */.E3)(w.raw) === 'xargs');
    const asWord = (l, text = l.text) => ({
        text,
        unknown: false,
        start: at.start,
        word: at,
        ...(l.from ? { from: l.from } : {}),
    });
    const found = items(input, o);
    const r = o.replace;
    if (r === undefined || r === '')
        return [[...run, ...found.map((l) => asWord(l))]];
    return found.map((l) => run.map((a) => a.text.includes(r) ? { ...asWord(l, a.text.split(r).join(l.text)), start: a.start, word: a.word } : a));
}

;// CONCATENATED MODULE: ./src/detectors/shell/compound.ts
const LOOP_MARKS = new Set(['while', 'until']);
function first(p) {
    return p.commands[0];
}
/** Whether a command of `p` opens a loop (`printf … | while read v` opens one in its last command). */
function opensLoop(p) {
    return p.commands.some((c) => {
        const w = c.words[0]?.raw;
        return w === 'for' || w === 'select' || (c.marks?.some((m) => LOOP_MARKS.has(m)) ?? false);
    });
}
function count(p, mark) {
    let n = 0;
    for (const c of p.commands)
        for (const m of c.marks ?? [])
            if (m === mark)
                n++;
    return n;
}
/** `for NAME in WORDS` (words given) or `for NAME` (the positional parameters). */
function forHeader(p) {
    const c = first(p);
    if (!c || p.commands.length !== 1 || c.words[0]?.raw !== 'for')
        return null;
    const name = c.words[1]?.raw;
    if (name === undefined || !/^[A-Za-z_]\w*$/.test(name))
        return null;
    if (c.words.length === 2)
        return { name, words: null };
    if (c.words[2]?.raw !== 'in')
        return null;
    return { name, words: c.words.slice(3) };
}
/**
 * A `while` loop opened at `at`: which command of that pipeline carries the `while` (after
 * `printf … |` it is not the first), the pipeline of its `do` and the one of its `done`.
 */
function whileLoop(pipelines, at) {
    const command = pipelines[at].commands.findIndex((c) => c.marks?.includes('while'));
    if (command < 0)
        return null;
    const end = loopEnd(pipelines, at);
    for (let j = at + 1; j <= end; j++)
        if (pipelines[j].commands[0]?.marks?.includes('do'))
            return { command, doAt: j, end };
    return null;
}
/** Index of the pipeline holding the `done` of the loop opened at `at`, or -1. */
function loopEnd(pipelines, at) {
    let depth = 0;
    for (let i = at; i < pipelines.length; i++) {
        const p = pipelines[i];
        if (opensLoop(p))
            depth++;
        depth -= count(p, 'done');
        if (depth <= 0)
            return i;
    }
    return -1;
}
/** Pairs of marks that open and close a compound command. */
const CLOSES = { '{': '}', '(': ')', if: 'fi' };
/**
 * Index of the last pipeline of the compound command that starts at `pipelines[at]` (a group
 * `{ … }`, a subshell `( … )`, `if … fi`, `case … esac`, a loop, `[[ … ]]`), or -1 when none
 * starts there. `(( … ))` is two subshell marks deep.
 */
function compoundEnd(pipelines, at) {
    const p = pipelines[at];
    const c = p && first(p);
    if (!c)
        return -1;
    const open = c.marks?.[0];
    if (open !== undefined && CLOSES[open] !== undefined)
        return balanced(pipelines, at, open, CLOSES[open]);
    if (opensLoop(p))
        return loopEnd(pipelines, at);
    const word = c.words[0]?.raw;
    if (word === 'case') {
        let depth = 0;
        for (let i = at; i < pipelines.length; i++) {
            for (const d of pipelines[i].commands) {
                if (d.words[0]?.raw === 'case')
                    depth++;
                for (const m of d.marks ?? [])
                    if (m === 'esac')
                        depth--;
            }
            if (depth <= 0)
                return i;
        }
        return -1;
    }
    if (word === '[[') {
        // `&&` and `||` inside the test split it into pipelines: it ends at the word `]]`.
        for (let i = at; i < pipelines.length; i++)
            if (pipelines[i].commands.some((d) => d.words.some((w) => w.raw === ']]')))
                return i;
    }
    return -1;
}
function balanced(pipelines, at, open, close) {
    let depth = 0;
    for (let i = at; i < pipelines.length; i++) {
        const p = pipelines[i];
        depth += count(p, open) - count(p, close);
        if (depth <= 0)
            return i;
    }
    return -1;
}
/**
 * The body of the function defined at `at` (`name()` or `function name`): the compound command
 * that follows, from its first pipeline to its last (inclusive), or null when none follows.
 */
function functionBody(pipelines, at) {
    const to = compoundEnd(pipelines, at + 1);
    return to < 0 ? null : { from: at + 1, to };
}

// EXTERNAL MODULE: ./src/detectors/shell/positional.ts
var positional = __webpack_require__(16614);
;// CONCATENATED MODULE: ./src/detectors/shell/interpreter.ts
// The control flow of a shell script, read statically: pipelines in order, a `for` loop's body
// once per value of its variable, a `while read` loop's body once per line of its input, a
// function's body where it is defined (arguments unknown) and at each call (arguments known,
// findings at the call's line). What one command means is the
// subclass's part (scan.ts); this part decides which commands run and with what variables.







const POSITIONAL = /^([0-9]+|[@*#])$/;
/** Loop bodies read per file, at most: a bound on nested loops over long lists. */
const MAX_LOOP_RUNS = 4096;
/** Command substitutions whose output is computed per file, at most (hostile input). */
const MAX_SUBSTITUTIONS = 65_536;
class ShellInterpreter {
    vars;
    maxSteps;
    findings = [];
    problems = [];
    /** Here-documents left open at the end of a script: no problem for bash (see ParsedScript). */
    openHeredocs = [];
    steps = 0;
    /** Functions defined so far (`name() { … }`), called by name like commands. */
    functions = new Map();
    callDepth = 0;
    /** Loop bodies read so far (each value of each loop counts one). */
    loopRuns = 0;
    substitutionsRead = 0;
    /** Findings made while running a function called with arguments. */
    fromCalls = new Set();
    /** Findings of a body read where it is defined, with a version its arguments may decide. */
    uncalledOnly = new Map();
    constructor(vars, 
    /** Most commands read per file, a bound on hostile input. */
    maxSteps) {
        this.vars = vars;
        this.maxSteps = maxSteps;
    }
    /** Variables in force (positional parameters among them): the context's, then the scripts'. */
    get env() {
        return this.vars.env;
    }
    /**
     * Scans `text[start, end)`. `locate` maps an offset of `text` to a 1-based line of the file.
     */
    scan(text, locate, start = 0, end = text.length, depth = 0) {
        if (depth > 8)
            return;
        const parsed = (0,shell/* parseShell */.a)(text, start, end);
        for (const p of parsed.problems)
            this.problems.push({ line: locate(p.offset), message: p.message });
        if (depth === 0)
            for (const p of parsed.openHeredocs)
                this.openHeredocs.push({ line: locate(p.offset), message: p.message });
        this.run(parsed.pipelines, 0, parsed.pipelines.length, { text, locate, depth });
    }
    /** Runs `pipelines[from, to)`: loops once per value, function bodies when called. */
    run(pipelines, from, to, at) {
        for (let i = from; i < to; i++) {
            const pipeline = pipelines[i];
            if (++this.steps > this.maxSteps) {
                if (this.steps > this.maxSteps + 1)
                    return;
                this.problems.push({
                    line: at.locate(pipeline.commands[0]?.start ?? 0),
                    message: `more than ${this.maxSteps} commands; the rest was not read`,
                });
                return;
            }
            const defines = pipeline.commands[0]?.defines;
            const body = defines === undefined ? null : functionBody(pipelines, i);
            if (defines !== undefined && body) {
                const fn = {
                    pipelines: pipelines.slice(body.from, body.to + 1),
                    at,
                    called: false,
                    calls: new Map(),
                };
                this.functions.set(defines, fn);
                // Read once where it stands too (its own arguments unknown): a body that installs a
                // literal version installs it whoever calls it, in this file or another.
                const before = this.findings.length;
                this.call(fn, null);
                for (const f of this.findings.slice(before))
                    if (f.version === null)
                        this.uncalledOnly.set(f, fn);
                i = body.to;
                continue;
            }
            const reading = whileLoop(pipelines, i);
            if (reading && this.readLoop(pipelines, i, reading, at)) {
                i = reading.end;
                continue;
            }
            const loop = forHeader(pipeline);
            const end = loop ? loopEnd(pipelines, i) : -1;
            if (loop && end > i) {
                const values = this.budget(this.loopValues(loop.words));
                for (const value of values) {
                    if (value)
                        this.env.set(loop.name, value);
                    else
                        this.env.delete(loop.name);
                    this.run(pipelines, i + 1, end + 1, at);
                }
                i = end;
                continue;
            }
            this.pipeline(pipeline.commands, at.text, at.locate, at.depth);
        }
    }
    /** Nested loops multiply: past the budget a body is read once, its variables unknown. */
    budget(values) {
        const kept = this.loopRuns + values.length > MAX_LOOP_RUNS ? [null] : values;
        this.loopRuns += kept.length;
        return kept;
    }
    /**
     * `[producer |] while [IFS=…] read [options] NAMES; do BODY; done [< FILE | <<< WORD | <<EOF]`:
     * the body once per line of the input, NAMES set from it; once with them unknown when the input
     * is not known. False when the loop does not read its input (`while true`).
     */
    readLoop(pipelines, i, loop, at) {
        const commands = pipelines[i].commands;
        const reader = commands[loop.command];
        const lookup = this.lookup();
        const argv = commandWords(reader, lookup);
        if (argv[0]?.text !== 'read' || argv[0].unknown)
            return false;
        const ifsWord = reader.words.map(expand/* splitAssignment */.ko).find((a) => a?.name === 'IFS');
        const ifs = ifsWord ? (0,expand/* expandParts */.Xd)(ifsWord.value, lookup) : this.env.get('IFS');
        const spec = readSpec(argv, ifs?.unknown ? undefined : ifs?.text);
        if (!spec)
            return false;
        const ctx = this.streams();
        const done = pipelines[loop.end].commands.find((c) => c.marks?.includes('done'));
        let input = done ? redirectedInput(done, ctx) : undefined;
        if (input === undefined)
            input = loop.command > 0 ? pipelineOutput(commands, loop.command, ctx) : null;
        // What the header runs besides `read` (the producer, `|| [ -n "$v" ]`) is read once.
        if (loop.command > 0)
            this.pipeline(commands.slice(0, loop.command), at.text, at.locate, at.depth);
        for (let j = i + 1; j < loop.doAt; j++)
            this.pipeline(pipelines[j].commands, at.text, at.locate, at.depth);
        // `read` fails on a last line without a newline, unless the header also tests the variable.
        const lastToo = loop.doAt > i + 1;
        let records = input?.filter((l) => lastToo || !l.partial) ?? null;
        if (records && spec.whole && records.length > 0)
            records = [{ ...records[0], text: records.map((l) => l.text).join('\n') }];
        const names = spec.array !== undefined ? [spec.array] : spec.names.length > 0 ? spec.names : ['REPLY'];
        for (const record of this.budget(records ?? [null])) {
            if (record)
                for (const [k, v] of readValues(record, spec))
                    this.env.set(k, v);
            else
                for (const n of names)
                    this.env.delete(n);
            this.run(pipelines, loop.doAt, loop.end + 1, at);
        }
        return true;
    }
    /** What commands read from files and pipes, as far as it is known here. */
    streams(overlay) {
        return {
            lookup: this.lookup(overlay),
            file: (p) => this.dataFile(p),
            written: (p) => this.writtenFile(p),
        };
    }
    /** What this script's own commands wrote into `path` so far (file-writes.ts); undefined: nothing. */
    writtenFile(_path) {
        return undefined;
    }
    /** The values a `for` loop's variable takes; one unknown value when they are not known. */
    loopValues(words) {
        const lookup = this.lookup();
        const fields = words === null ? (this.env.get('@')?.items ?? null) : words.flatMap((w) => expandFields(w, lookup));
        if (fields === null || fields.length === 0)
            return [null];
        return fields.map((f) => ({ text: f.text, unknown: f.unknown, ...(f.from ? { from: f.from } : {}) }));
    }
    /**
     * Runs a function's body with `args` as its positional parameters (null: unknown, where it is
     * defined). What a call finds is reported at the call's line: the arguments written there made
     * the body install what it installs.
     */
    call(fn, args, callLine) {
        if (this.callDepth >= 8)
            return;
        // The same call (line, arguments, variables) gives the same findings and leaves the same
        // variables behind: read once, its effect replayed. Functions calling functions would
        // otherwise multiply (eight levels of eight calls).
        const globals = () => [...this.env].filter(([k]) => !POSITIONAL.test(k));
        const key = callLine === undefined
            ? undefined
            : JSON.stringify([
                callLine,
                args?.map((a) => [a.text, a.unknown]),
                globals().map(([k, v]) => [k, v.text, v.unknown]),
            ]);
        const memo = key === undefined ? undefined : fn.calls.get(key);
        if (memo) {
            for (const [k, v] of memo.set)
                this.env.set(k, v);
            for (const k of memo.deleted)
                this.env.delete(k);
            return;
        }
        const before = new Map(globals());
        const saved = [...this.env].filter(([k]) => POSITIONAL.test(k));
        for (const [k] of saved)
            this.env.delete(k);
        if (args)
            (0,positional/* setArguments */.J)(this.env, args);
        this.callDepth++;
        const count = this.findings.length;
        const at = callLine === undefined ? fn.at : { ...fn.at, locate: () => callLine };
        this.run(fn.pipelines, 0, fn.pipelines.length, at);
        if (callLine !== undefined)
            for (const f of this.findings.slice(count))
                this.fromCalls.add(f);
        this.callDepth--;
        for (const k of [...this.env.keys()])
            if (POSITIONAL.test(k))
                this.env.delete(k);
        for (const [k, v] of saved)
            this.env.set(k, v);
        if (key !== undefined) {
            const after = globals();
            fn.calls.set(key, {
                set: after.filter(([k, v]) => before.get(k) !== v),
                deleted: [...before.keys()].filter((k) => !this.env.has(k)),
            });
        }
    }
    /**
     * Runs `read` with `args` as the positional parameters (and `name` as `$0`), then puts the
     * current ones back.
     */
    withArguments(name, args, read) {
        const saved = [...this.env].filter(([k]) => POSITIONAL.test(k));
        for (const [k] of saved)
            this.env.delete(k);
        (0,positional/* setArguments */.J)(this.env, args);
        if (name)
            this.env.set('0', name);
        try {
            read();
        }
        finally {
            for (const k of [...this.env.keys()])
                if (POSITIONAL.test(k))
                    this.env.delete(k);
            for (const [k, v] of saved)
                this.env.set(k, v);
        }
    }
    /** Takes over the functions another interpreter (a `source`d file's) defined. */
    adoptFunctions(other) {
        for (const [name, fn] of other.functions)
            this.functions.set(name, fn);
    }
    /** Calls the function `name` if the script defined one; false when it did not. */
    callFunction(name, args, line) {
        const fn = this.functions.get(name);
        if (!fn)
            return false;
        fn.called = true;
        this.call(fn, args, line);
        return true;
    }
    /** Keeps one of the findings a loop or a function read more than once. */
    keepUnique() {
        const what = (f) => [f.ecosystem, f.name, f.version, f.spec, f.alias, f.resolved];
        // A body that installs a literal is reported where it is written, not again at each call.
        const inBodies = new Set(this.findings.filter((f) => !this.fromCalls.has(f)).map((f) => JSON.stringify(what(f))));
        const seen = new Set();
        const unique = this.findings.filter((f) => {
            // What a body gave with its arguments unknown says nothing once calls gave them.
            if (this.uncalledOnly.get(f)?.called)
                return false;
            if (this.fromCalls.has(f) && inBodies.has(JSON.stringify(what(f))))
                return false;
            const key = JSON.stringify([f.line, ...what(f)]);
            if (seen.has(key))
                return false;
            seen.add(key);
            return true;
        });
        // In place and without spreading: a hostile script can make very many findings.
        this.findings.length = 0;
        for (const f of unique)
            this.findings.push(f);
    }
    lookup(overlay) {
        const lookup = (name) => name.startsWith(expand/* SUBSTITUTION */.eA)
            ? this.substitution(name.slice(expand/* SUBSTITUTION */.eA.length), lookup)
            : (overlay?.get(name) ?? this.env.get(name));
        return lookup;
    }
    /** The output of `$(cat FILE)`, `$(< FILE)`, `$(grep … FILE | head -1)` when it is known. */
    substitution(script, lookup) {
        if (++this.substitutionsRead > MAX_SUBSTITUTIONS)
            return undefined;
        const lines = scriptOutput(script, {
            lookup,
            file: (p) => this.dataFile(p),
            written: (p) => this.writtenFile(p),
        });
        if (!lines)
            return undefined;
        // Trailing newlines are removed; each line keeps where it is written.
        const items = lines.map((l) => ({
            text: l.text,
            unknown: false,
            ...(l.from ? { from: l.from } : {}),
        }));
        const text = items
            .map((i) => i.text)
            .join('\n')
            .replace(/\n+$/, '');
        return { text, unknown: false, ...(items[0]?.from ? { from: items[0].from } : {}), items };
    }
}

;// CONCATENATED MODULE: ./src/detectors/shell/variables.ts
// The variables of a running shell as far as they can be known statically: their values (with
// where a value is written, for annotations), which of them a child process inherits (exported
// ones, or all under `set -a`), and the positional parameters.


const variables_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
class ShellVariables {
    env;
    originFile;
    /** Variables set by plain assignments and not exported: a script run by path does not see them. */
    shellOnly = new Set();
    allExport = false;
    constructor(
    /** Values in force, positional parameters (`1`, `#`, `@`) among them. */
    env, 
    /** When set, plain assignments record this file and their line as where the value is written. */
    originFile) {
        this.env = env;
        this.originFile = originFile;
    }
    /** `V=x` on its own line: set for the rest of the script, not exported. */
    assign(overlay, command, locate) {
        for (const [k, v] of overlay) {
            this.env.set(k, v);
            if (!this.allExport)
                this.shellOnly.add(k);
        }
        this.recordOrigins(command, locate);
    }
    /** `export`, `declare`, `typeset`, `local`, `readonly` with their arguments. */
    declare(builtin, args, command, lookup, locate) {
        const exported = builtin === 'export' || args.some((a) => /^-[a-zA-Z]*x/.test(a.text));
        for (const a of command.words.slice(1)) {
            const s = (0,expand/* splitAssignment */.ko)(a);
            if (s)
                this.env.set(s.name, (0,expand/* expandParts */.Xd)(s.value, lookup));
            const n = s?.name ?? (variables_NAME.test(a.raw) ? a.raw : undefined);
            if (n === undefined)
                continue;
            if (exported)
                this.shellOnly.delete(n);
            else if (s)
                this.shellOnly.add(n);
        }
        this.recordOrigins(command, locate);
    }
    unset(args) {
        for (const a of args)
            this.env.delete(a.text);
    }
    /**
     * `set -a`/`set +a` (export every assignment or not) and `set -- …`; `shift N`. Returns true
     * when the command changed the positional parameters.
     */
    builtin(name, args) {
        if (name === 'set' && args.some((a) => /^[-+]\w*a/.test(a.text)))
            this.allExport = args.some((a) => /^-\w*a/.test(a.text));
        if (name === 'shift')
            (0,positional/* changeArguments */.X)(this.env, Number(args[0]?.text ?? '1'));
        else if (args[0]?.text === '--')
            (0,positional/* changeArguments */.X)(this.env, args.slice(1));
        else
            return false;
        return true;
    }
    /** The variables a script started at this point sees: exported ones unless it is `source`d. */
    forScript(overlay, sourced) {
        const env = new Map(this.env);
        if (!sourced)
            for (const k of env.keys())
                if (this.shellOnly.has(k) || !variables_NAME.test(k))
                    env.delete(k);
        for (const [k, v] of overlay)
            env.set(k, v);
        return env;
    }
    /** The variables of a file `source`d from here: the same values, written in that file. */
    sourcedFrom(file) {
        const inner = new ShellVariables(this.env, file);
        inner.allExport = this.allExport;
        return inner;
    }
    /** Takes over what a `source`d file's assignments left unexported. */
    absorb(inner) {
        for (const n of inner.shellOnly)
            this.shellOnly.add(n);
    }
    recordOrigins(c, locate) {
        if (this.originFile === undefined)
            return;
        for (const w of c.words) {
            const a = (0,expand/* splitAssignment */.ko)(w);
            const v = a ? this.env.get(a.name) : undefined;
            if (a && v && !v.unknown && !v.from)
                this.env.set(a.name, { ...v, from: { file: this.originFile, line: locate(w.start) } });
        }
    }
}

;// CONCATENATED MODULE: ./src/detectors/shell/file-commands.ts
// The files commands run, source, fetch and read: a repository script run by path (recorded for
// the flows stage, with its arguments and the variables it sees), a `source`d file read in place,
// a download and the installer it turns out to be, a data file a loop or `xargs` reads. The text of
// other files comes from the context (`CommandContext.sourced`); those it does not know yet are
// listed in `unread`, and the caller scans again once it has read them.








/** How deep scripts written and run here may run each other (a script that runs itself stops). */
const MAX_WRITTEN_RUNS = 4;
class FileCommands extends ShellInterpreter {
    context;
    writtenRunDepth = 0;
    /**
     * Where `cd`/`pushd` moved the shell, relative to where the text started ('' : not moved);
     * null once it moved somewhere the scan cannot follow (an absolute path, a variable, `cd -`).
     */
    directory = '';
    /** `cd DIR`, `pushd DIR`, `popd`: the working directory for the commands that follow. */
    changeDirectory(name, args) {
        const operands = args.filter((a) => !/^-[LPe@]+$/.test(a.text));
        const to = operands[0];
        if (name === 'popd' || !to || to.unknown || /^[/~-]/.test(to.text) || this.directory === null) {
            this.directory = null;
            return;
        }
        const parts = this.directory === '' ? [] : this.directory.split('/');
        for (const p of to.text.split('/')) {
            if (p === '' || p === '.')
                continue;
            if (p !== '..')
                parts.push(p);
            else if (parts.length > 0 && parts[parts.length - 1] !== '..')
                parts.pop();
            else
                parts.push('..');
        }
        this.directory = parts.join('/');
    }
    scriptRuns = [];
    /** Files fetched by earlier commands: path → URL. */
    downloads = new Map();
    /** Files `source`d or read whose text `context.sourced` did not know (yet). */
    unread = new Set();
    constructor(context, 
    /** Most commands read per file, a bound on hostile input. */
    maxSteps) {
        const env = new Map(context.env);
        if (context.args)
            (0,positional/* setArguments */.J)(env, context.args);
        super(new ShellVariables(env, context.originFile), maxSteps);
        this.context = context;
    }
    /** Downloads never run are installers still (reported at the fetch). */
    reportUnusedDownloads() {
        for (const d of new Set(this.downloads.values())) {
            if (d.used)
                continue;
            d.used = true;
            this.report(fetchedFinding(d.url, d.line));
        }
    }
    /** A script run by path: a fetched installer, or a repository script to read. */
    runScript(path, args, locate, overlay, sourced = false, 
    /** Run as a program (`./x`): its shebang names the interpreter. */
    byPath = false) {
        const d = this.downloads.get(path.text) ?? this.downloads.get((0,command_words/* basename */.P8)(path.text));
        if (d) {
            d.used = true;
            this.installer(d.url, locate(path.start), args, overlay);
            return;
        }
        // A script this file's own commands wrote (`echo 'npm i -g …' > /tmp/i.sh`, a Dockerfile's
        // `COPY <<EOF /tmp/i.sh`): run here, its commands at the line that runs it.
        const written = path.unknown ? undefined : this.writtenFile(path.text);
        if (written && this.writtenRunDepth < MAX_WRITTEN_RUNS) {
            const at = locate(path.start);
            const values = args.map((a) => ({
                text: a.text,
                unknown: a.unknown,
                ...(a.from ? { from: a.from } : {}),
            }));
            this.writtenRunDepth++;
            try {
                this.withArguments(undefined, values, () => this.scan(written.map((l) => l.text).join('\n'), () => at));
            }
            finally {
                this.writtenRunDepth--;
            }
            return;
        }
        // `${containerWorkspaceFolder}/x.sh`, `$GITHUB_WORKSPACE/x.sh` are paths in the repository too.
        if ((!path.unknown && /^[\w./-]+$/.test(path.text)) || command_words/* WORKSPACE_PATH */.Qh.test(path.text)) {
            // A new shell sees the exported variables only, and its own arguments.
            const env = this.vars.forScript(overlay, sourced);
            const values = args.map((a) => ({
                text: a.text,
                unknown: a.unknown,
                ...(a.from ? { from: a.from } : {}),
            }));
            this.scriptRuns.push({
                path: path.text,
                ...(this.directory && !/^[/$~]/.test(path.text) ? { cdDir: this.directory } : {}),
                line: locate(path.start),
                args: values,
                env,
                sourced,
                ...(byPath ? { byPath } : {}),
            });
        }
    }
    /** A repository file a command reads or sources, when the context knows it (else listed in `unread`). */
    dataFile(path) {
        const read = this.context.sourced;
        if (!read || !/^[\w./@+-]+$/.test(path))
            return null;
        const file = read(path);
        if (file === undefined)
            this.unread.add(path);
        return file ?? null;
    }
    /** `source FILE`: its assignments hold from here on, when its text is known. */
    readSourced(path) {
        const file = path.unknown ? null : this.dataFile(path.text);
        if (file === null)
            return;
        const lines = new util_lines/* LineIndex */.rr(file.text);
        // Its values are written there: a reviewer changes them in that file.
        const inner = this.sourcedScanner();
        const vars = this.vars.sourcedFrom(file.file);
        inner.vars = vars;
        inner.scan(file.text, (o) => lines.line(o));
        // Functions a sourced library defines are called here (`source lib.sh; install_cc 2.1.150`).
        this.adoptFunctions(inner);
        this.vars.absorb(vars);
        for (const n of inner.unread)
            this.unread.add(n);
    }
    fetch(argv, locate) {
        const url = fetchUrl(argv);
        if (!url)
            return;
        const out = fetchOutput(argv, url.text);
        if (out) {
            const line = locate(url.start);
            const rec = { url: url.text, line, used: false };
            this.downloads.set(out, rec);
            if (!this.downloads.has((0,command_words/* basename */.P8)(out)))
                this.downloads.set((0,command_words/* basename */.P8)(out), rec);
            if ((0,installers/* releaseDownload */.cW)(url.text) || extensionDownload(url.text)) {
                rec.used = true;
                this.report(fetchedFinding(url.text, line));
            }
            return;
        }
        if ((0,installers/* releaseDownload */.cW)(url.text) || extensionDownload(url.text))
            this.report(fetchedFinding(url.text, locate(url.start)));
    }
    report(finding) {
        if (finding)
            this.findings.push(finding);
    }
    /** Records the vendor installer at `url` run by a shell with `args` and the given environment. */
    installer(url, line, args, overlay) {
        this.report(installerFinding(url, line, args, (name) => overlay.get(name) ?? this.env.get(name)));
    }
}

;// CONCATENATED MODULE: ./src/detectors/shell/scan.ts
// The command interpreter every command site goes through (shell scripts, Dockerfile RUN,
// workflow `run:`, devcontainer lifecycle commands, package.json scripts, …).
//
// Entry point: `new CommandScanner(context)`, then `scan(text, locate)` once per script of the
// file (the calls share variables and downloads, as a Dockerfile's RUNs do), then `finish()`;
// read `findings`, `scriptRuns`, `imageBuilds` and `problems`. `locate` maps an offset of `text`
// to a 1-based line of the file. The context says what is in force when the first command runs:
//   env         variables (Dockerfile ARG/ENV, a step's `env:`, a caller's exports);
//   args        positional parameters `$1`, `$2`, … (a script run by a caller with arguments);
//   sourced     the text of files `source`d, when the flows stage knows them;
//   originFile  the file whose plain assignments are where their values are written.
// Scripts run by path and images built are recorded, not followed: the flows stage
// (detectors/flows/) follows them with the context recorded here. Files read as data
// (`while read … < FILE`, `xargs -a FILE`, `cat FILE | …`) come through `sourced` as well.
//
// It recognises package-manager installs (npm, pnpm, yarn, bun, volta, deno, pip, pipx, uv,
// brew), one-off runners (npx, npm exec, pnpm dlx, yarn dlx, bunx, uvx, pipx run), vendor install
// scripts piped to a shell or downloaded and run, and release downloads. Nested scripts (`sh -c`,
// `eval`, helper functions given a command string, aliases, here-documents fed to a shell, command
// substitutions) are read too. The grammars live in grammars/, downloads in fetch.ts; which
// commands run (loops, functions) is decided in interpreter.ts, the words they get (braces,
// splitting, arrays) in fields.ts, what they read on stdin in streams.ts, and the files they run,
// source, fetch and read in file-commands.ts.

















/** State shared by every script of one file (Dockerfile RUNs share downloads and variables). */
class CommandScanner extends FileCommands {
    imageBuilds = [];
    taskRuns = [];
    /** Text commands write into files by redirection, in order. */
    writes = [];
    /** `alias NAME=TEXT` definitions, and whether bash expands them here (`shopt -s expand_aliases`). */
    aliases = new Map();
    expandAliases = false;
    constructor(context = {}, maxSteps = 2_000_000) {
        super(context, maxSteps);
    }
    writtenFile(path) {
        return writtenLines(this.writes, path, this.context.originFile);
    }
    sourcedScanner() {
        return new CommandScanner(this.context, this.maxSteps);
    }
    /**
     * Marks downloads never run as installers that are still installers (reported at the fetch),
     * and keeps one of the findings a loop or a function read more than once.
     */
    finish() {
        this.reportUnusedDownloads();
        this.keepUnique();
    }
    pipeline(commands, text, locate, depth) {
        const prepared = commands.map((c) => this.prepare(c));
        for (let i = 0; i < prepared.length; i++) {
            const cmd = prepared[i];
            const next = prepared[i + 1];
            // `curl URL | [VERSION=x] [sudo] bash -s -- ARGS`
            if (next && cmd.argv.length > 0 && (0,command_words/* isFetcher */.c9)(cmd.argv[0].text)) {
                const url = fetchUrl(cmd.argv);
                const shell = next.argv.length > 0 && (0,command_words/* isPipeShell */.xm)(next.argv[0].text) ? next : null;
                if (url && shell) {
                    this.installer(url.text, locate(url.start), pipedScriptArgs(shell.argv), shell.overlay);
                    // The shell reads the script from stdin; its own arguments are not a script path.
                    shell.consumed = true;
                    cmd.consumed = true;
                    continue;
                }
            }
            // `cat <<EOF | bash`: the here-document is the script.
            if (next && cmd.heredoc && next.argv.length === 1 && command_words/* SHELLS */.OF.has((0,command_words/* base */.E3)(next.argv[0].text))) {
                this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
                next.consumed = true;
                continue;
            }
            if (cmd.consumed)
                continue;
            // `echo PKG | xargs npm i -g`, `xargs -a pkgs.txt npm i -g`: the items are arguments.
            if (xargsRuns(commands[i])) {
                for (const argv of xargsCommands(commands, i, cmd.argv, this.streams(cmd.overlay)))
                    this.command({ ...cmd, argv }, text, locate, depth);
                continue;
            }
            // `… | tee FILE`: what the pipeline writes so far also goes into FILE.
            if (cmd.argv[0]?.text === 'tee') {
                const ctx = this.streams(cmd.overlay);
                const stdin = i > 0 ? pipelineOutput(commands, i, ctx) : (redirectedInput(commands[i], ctx) ?? null);
                this.writes.push(...teeWrites(cmd.argv, stdin, locate(cmd.argv[0].start)));
            }
            this.command(cmd, text, locate, depth);
        }
        // Assignments on their own (`V=1`) set variables for the rest of the script.
        if (commands.length === 1) {
            const only = prepared[0];
            if (only.argv.length === 0)
                this.vars.assign(only.overlay, only.command, locate);
        }
    }
    /** Expands a command's words: leading assignments become an overlay, wrappers are removed. */
    prepare(c) {
        const overlay = new Map();
        let words = c.words;
        let i = 0;
        for (; i < words.length; i++) {
            const a = (0,expand/* splitAssignment */.ko)(words[i]);
            if (!a)
                break;
            overlay.set(a.name, (0,expand/* expandParts */.Xd)(a.value, this.lookup(overlay)));
        }
        words = words.slice(i);
        const lookup = this.lookup(overlay);
        // `: ${V:=2.1.150}` assigns V where it is unset (or empty), for the rest of the script.
        for (const w of words)
            assignDefaults(w, lookup, this.env);
        let argv = words.flatMap((w) => expandFields(w, lookup));
        argv = (0,command_words/* stripWrappers */.Dz)(argv, overlay, lookup);
        const heredoc = c.redirects.find((r) => r.heredoc)?.heredoc;
        return { argv, overlay, heredoc, consumed: false, command: c };
    }
    command(cmd, text, locate, depth) {
        const { argv } = cmd;
        const lookup = this.lookup(cmd.overlay);
        // Command and process substitutions anywhere in the command are scripts too.
        for (const w of cmd.command.words)
            this.substitutions(w, text, locate, depth);
        if (argv.length === 0) {
            // A Dockerfile `RUN <<EOF` runs its here-document with the default shell; after `done`,
            // `}` or `)` it is the input of the compound command.
            if (cmd.heredoc && !cmd.command.marks)
                this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
            return;
        }
        const name = (0,command_words/* base */.E3)(argv[0].text);
        const args = argv.slice(1);
        if (name === 'export' ||
            name === 'declare' ||
            name === 'typeset' ||
            name === 'local' ||
            name === 'readonly') {
            this.vars.declare(name, args, cmd.command, lookup, locate);
            return;
        }
        if (name === 'unset') {
            this.vars.unset(args);
            return;
        }
        if (name === 'read' || name === 'mapfile' || name === 'readarray') {
            const set = readOnce(cmd.command, argv, this.streams(cmd.overlay), cmd.overlay.get('IFS') ?? this.env.get('IFS'));
            for (const [k, v] of set)
                if (v)
                    this.env.set(k, v);
                else
                    this.env.delete(k);
            return;
        }
        const printed = name === 'printf' ? printfAssignment(argv) : null;
        if (printed) {
            this.env.set(...printed);
            return;
        }
        if ((name === 'set' || name === 'shift') && this.vars.builtin(name, args))
            return;
        if (name === 'cd' || name === 'pushd' || name === 'popd') {
            this.changeDirectory(name, args);
            return;
        }
        if (name === 'alias') {
            for (const a of args) {
                const eq = a.text.indexOf('=');
                if (eq <= 0)
                    continue;
                this.aliases.set(a.text.slice(0, eq), a.text.slice(eq + 1));
                this.nested(a.text.slice(eq + 1), locate(a.start), depth);
            }
            return;
        }
        if (name === 'shopt' && args.some((a) => a.text === 'expand_aliases')) {
            this.expandAliases = args.some((a) => a.text === '-s') && !args.some((a) => a.text === '-u');
            return;
        }
        // Under `shopt -s expand_aliases` (bash reads aliases in scripts only then), an alias is its
        // text in place of the command's first word.
        const alias = this.expandAliases ? this.aliases.get(argv[0].word.raw) : undefined;
        const first = cmd.command.words.findIndex((w) => !(0,expand/* splitAssignment */.ko)(w));
        if (alias !== undefined && argv[0].word === cmd.command.words[first]) {
            const rest = cmd.command.words.slice(first + 1).map((w) => w.raw);
            this.nested([alias, ...rest].join(' '), locate(argv[0].start), depth);
            return;
        }
        const values = args.map(scan_valueOf);
        if (this.callFunction(argv[0].text, values, locate(argv[0].start)))
            return;
        if (name === 'eval') {
            if (args.length)
                this.nested(args.map((a) => a.text).join(' '), locate(args[0].start), depth);
            return;
        }
        if (command_words/* SHELLS */.OF.has(name)) {
            this.shell(cmd, args, text, locate, depth);
            return;
        }
        if (name === 'source' || name === '.') {
            if (args[0]) {
                this.readSourced(args[0]);
                this.runScript(args[0], args.slice(1), locate, cmd.overlay, true);
            }
            return;
        }
        if (name === 'su' || name === 'runuser') {
            const c = args.findIndex((a) => a.text === '-c' || a.text === '--command');
            if (c >= 0 && args[c + 1])
                this.nested(args[c + 1].text, locate(args[c + 1].start), depth);
            return;
        }
        if ((0,command_words/* isFetcher */.c9)(name)) {
            this.fetch(argv, locate);
            return;
        }
        if (IMAGE_BUILDERS.has(name)) {
            const read = readImageBuild(args, locate, lookup);
            if (read) {
                if (read.build)
                    this.imageBuilds.push(read.build);
                return;
            }
        }
        // A command word with a slash runs that file: `./setup.sh`, `.devcontainer/post-create.sh`,
        // `./install`, `$GITHUB_WORKSPACE/scripts/x`.
        if (this.downloads.has(argv[0].text) || (0,command_words/* runsFileByPath */.Vp)(argv[0].text)) {
            this.runScript(argv[0], args, locate, cmd.overlay, false, true);
            return;
        }
        const task = readTaskRun(name, args, locate(argv[0].start));
        // The task's commands run in a new shell: they see the exported variables. The command is
        // still read as a command below: what a task run is never hides an install it also is.
        if (task) {
            const env = this.vars.forScript(cmd.overlay, false);
            this.taskRuns.push({ ...task, ...(this.directory ? { cdDir: this.directory } : {}), env });
        }
        const found = recognise(name, args);
        if (found.length > 0) {
            for (const f of found) {
                if (!f.finding)
                    continue;
                // Items xargs adds share one word: the one naming the package says where it is written.
                const at = argv.filter((a) => a.start === f.at);
                const from = (at.find((a) => a.text.includes(f.finding.name)) ?? at[0])?.from;
                // A local path is read from where an earlier `cd` in this script went.
                const install = this.directory && f.finding.sourceKind === 'file' ? (0,local_folder/* afterCd */.UY)(f.finding, this.directory) : f.finding;
                this.findings.push({ ...install, line: locate(f.at), ...(from ? { versionFrom: from } : {}) });
            }
            for (const n of found)
                if (n.nested)
                    this.nested(n.nested.text, locate(n.nested.at), depth);
            return;
        }
        const written = fileWrite(cmd.command, argv, locate(argv[0].start), lookup);
        if (written)
            this.writes.push(written);
        if (name === 'echo' || name === 'printf') {
            // `echo "alias claude='npx claude'" >> ~/.bashrc` defines how the tool runs later.
            for (const a of args)
                if (/^\s*alias\s+[\w.-]+=/.test(a.text))
                    this.nested(a.text, locate(a.start), depth);
            return;
        }
        if (command_words/* NON_EXECUTING */.lJ.has(name))
            return;
        // A helper function or tool given a command string: `run_command "npm install -g x"`.
        for (const a of args) {
            if (/\s/.test(a.text) && command_words/* COMMAND_WORD */.J1.test(a.text.trimStart()))
                this.nested(a.text, locate(a.start), depth);
        }
    }
    substitutions(w, text, locate, depth) {
        for (const p of w.parts) {
            if (p.k !== 'opaque' || !p.script)
                continue;
            const before = this.problems.length;
            this.scan(text, locate, p.script.start, p.script.start + p.script.text.length, depth + 1);
            if (p.backquoted)
                this.problems.length = before;
            // `$(bash <<EOF)`: the shell runs the here-document, whose body follows the line.
            const body = p.script.heredocs?.[0]?.heredoc;
            const runner = (0,shell/* parseShell */.a)(p.script.text).pipelines.at(-1)?.commands.at(-1)?.words[0]?.raw;
            if (body && runner !== undefined && command_words/* SHELLS */.OF.has((0,command_words/* base */.E3)(runner)))
                this.scan(text, locate, body.start, body.start + body.body.length, depth + 1);
        }
    }
    /** Scans a command string built at run time; its findings sit at `line` plus its own newlines. */
    nested(script, line, depth) {
        if (depth >= 8)
            return;
        const lines = new util_lines/* LineIndex */.rr(script);
        this.scan(script, (o) => line - 1 + lines.line(o), 0, script.length, depth + 1);
    }
    shell(cmd, args, text, locate, depth) {
        const { script: cScript, operand: i } = (0,command_words/* shellOperands */.X0)(args);
        if (cScript) {
            const fetched = fetchInSubstitution(cScript.word, this.lookup(cmd.overlay));
            if (fetched) {
                this.installer(fetched.text, locate(cScript.start), args.slice(args.indexOf(cScript) + 1), cmd.overlay);
                return;
            }
            // `bash -c SCRIPT NAME ARGS…`: NAME is the script's `$0` and ARGS its `$1`…, as the new
            // shell gives them (`xargs sh -c '…"$0"'` passes each item so).
            const at = args.indexOf(cScript);
            const name = args[at + 1];
            this.withArguments(name && scan_valueOf(name), args.slice(at + 2).map(scan_valueOf), () => this.nested(cScript.text, locate(cScript.start), depth));
            return;
        }
        const first = args[i];
        if (first) {
            // `bash <(curl -fsSL URL) ARGS`
            const fetched = fetchInSubstitution(first.word, this.lookup(cmd.overlay));
            if (fetched) {
                this.installer(fetched.text, locate(first.start), args.slice(i + 1), cmd.overlay);
                return;
            }
            this.runScript(first, args.slice(i + 1), locate, cmd.overlay);
            return;
        }
        if (cmd.heredoc) {
            this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
        }
    }
}
/** The assignments a word's `${V:=x}` and `${V=x}` make as bash expands it. */
function assignDefaults(w, lookup, env) {
    for (const p of w.parts) {
        if (p.k !== 'param' || (p.op !== ':=' && p.op !== '=') || !/^[A-Za-z_]\w*$/.test(p.name))
            continue;
        const v = lookup(p.name);
        if (v?.unknown || (v !== undefined && (p.op === '=' || v.text !== '')))
            continue;
        env.set(p.name, (0,expand/* expandParts */.Xd)(p.arg, lookup));
    }
}
/** A word's value as a variable holds it. */
function scan_valueOf(a) {
    return { text: a.text, unknown: a.unknown, ...(a.from ? { from: a.from } : {}) };
}
/** A shell's arguments after a piped script: its options and `-`, `/dev/stdin` dropped. */
function pipedScriptArgs(argv) {
    let args = argv.slice(1);
    if (!command_words/* SHELLS */.OF.has((0,command_words/* base */.E3)(argv[0].text)))
        return args;
    args = args.slice((0,command_words/* shellOperands */.X0)(args).operand);
    return /^(-|\/dev\/stdin|\/dev\/fd\/0)$/.test(args[0]?.text ?? '') ? args.slice(1) : args;
}


/***/ }),

/***/ 33456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseShell)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6699);

const RESERVED_PREFIX = new Set([
    'if',
    'then',
    'else',
    'elif',
    'do',
    'while',
    'until',
    '!',
    '{',
    '}',
    'time',
]);
const RESERVED_ALONE = new Set(['fi', 'done', 'esac', '}', 'then', 'else', 'do', '{']);
/**
 * Parses `text[start, end)` as a shell script. Offsets in the result are offsets into `text`.
 * Never throws; unterminated quotes, substitutions and here-documents are reported as problems
 * and read to the end.
 */
function parseShell(text, start = 0, end = text.length) {
    if (end - start > MAX_CACHED_LENGTH)
        return new Lexer(text, start, end).run();
    // The same script is read once per context that runs it (a callee of many callers, a function
    // body at each call, a loop body per value): its parse is read-only, so it is kept.
    let ranges = parsed.get(text);
    const key = start * MAX_TEXT + end;
    const hit = ranges?.get(key);
    if (hit)
        return hit;
    const result = new Lexer(text, start, end).run();
    if (!ranges) {
        if (parsed.size >= MAX_CACHED_TEXTS)
            parsed.delete(parsed.keys().next().value);
        ranges = new Map();
        parsed.set(text, ranges);
    }
    if (ranges.size < MAX_CACHED_TEXTS)
        ranges.set(key, result);
    return result;
}
/** Parses kept, by text and range: the most recent texts, each up to this length. */
const parsed = new Map();
const MAX_CACHED_TEXTS = 256;
const MAX_CACHED_LENGTH = 256 * 1024;
const MAX_TEXT = 2 ** 26;
/** Substitutions nested deeper than this are matched by counting parentheses (hostile input). */
const MAX_NESTING = 64;
class Lexer extends _words_js__WEBPACK_IMPORTED_MODULE_0__/* .WordReader */ ._ {
    nesting;
    pipelines = [];
    /** Open `(` subshells and groups; a `)` with none open ends a substitution's script. */
    parens = 0;
    /** Enclosing `case` statements, innermost last. */
    cases = [];
    /** For a substitution's script: offset of the `)` that closed it, -1 while open. */
    closedAt = -1;
    command = null;
    pipeline = [];
    pendingHeredocs = [];
    openHeredocs = [];
    constructor(t, start, end, 
    /** Substitutions around this script; above 0 a `)` with no `(` open ends it. */
    nesting = 0) {
        super(t, start, end);
        this.nesting = nesting;
    }
    substitutionEnd(from) {
        if (this.nesting >= MAX_NESTING)
            return this.matchParen(from);
        const inner = new Lexer(this.t, from, this.end, this.nesting + 1);
        inner.run();
        if (inner.closedAt < 0) {
            this.problem(from - 2, 'unterminated substitution');
            return this.end;
        }
        this.pendingHeredocs.push(...inner.pendingHeredocs);
        this.handedOver = inner.pendingHeredocs.map((h) => h.redirect);
        return inner.closedAt + 1;
    }
    run() {
        const t = this.t;
        while (this.i < this.end) {
            const c = t[this.i];
            if (c === ' ' || c === '\t' || c === '\r') {
                this.i++;
            }
            else if (c === '\\' && t[this.i + 1] === '\n') {
                this.i += 2;
            }
            else if (c === '\\' && t[this.i + 1] === '\r' && t[this.i + 2] === '\n') {
                this.i += 3;
            }
            else if (c === '#') {
                const nl = t.indexOf('\n', this.i);
                this.i = nl === -1 || nl > this.end ? this.end : nl;
            }
            else if (c === '\n') {
                this.i++;
                this.endPipeline();
                this.readHeredocBodies();
            }
            else if (c === ')') {
                const phase = this.cases[this.cases.length - 1];
                if (phase === 'pattern') {
                    // `a|b)` ends a case pattern list; the item's commands follow.
                    this.cases[this.cases.length - 1] = 'body';
                    // The pattern is no command; `case WORD in` before it on the same line is one.
                    const c = this.command;
                    if (c?.words[0]?.raw === 'case' && c.words[2]?.raw === 'in') {
                        c.words = c.words.slice(0, 3);
                        this.endPipeline();
                    }
                    else
                        this.command = null;
                }
                else if (this.parens > 0) {
                    // The end of a subshell: a mark, so that the compound command has an extent.
                    this.parens--;
                    ((this.command ?? this.cmd(this.i)).marks ??= []).push(')');
                }
                else if (this.nesting > 0) {
                    this.endPipeline();
                    this.closedAt = this.i;
                    break;
                }
                this.i++;
                this.endPipeline();
            }
            else if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern' && this.functionDefinition()) {
                continue;
            }
            else if (c === ';' || c === '&' || c === '(') {
                if (c === '&' && t[this.i + 1] === '>') {
                    this.readRedirect();
                    continue;
                }
                if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern')
                    this.parens++;
                if (c === ';' && (t[this.i + 1] === ';' || t[this.i + 1] === '&') && this.cases.length > 0)
                    this.cases[this.cases.length - 1] = 'pattern';
                this.i +=
                    c === ';' && t[this.i + 1] === ';' && t[this.i + 2] === '&'
                        ? 3
                        : (c === ';' && (t[this.i + 1] === ';' || t[this.i + 1] === '&')) ||
                            (c === '&' && t[this.i + 1] === '&')
                            ? 2
                            : 1;
                this.endPipeline();
                // A subshell's `(` is a mark on its first command (`f() ( … )`, `( cd x && … )`).
                if (c === '(' && this.cases[this.cases.length - 1] !== 'pattern')
                    this.cmd(this.i - 1).marks = ['('];
            }
            else if (c === '|') {
                if (t[this.i + 1] === '|') {
                    this.i += 2;
                    this.endPipeline();
                }
                else {
                    this.i += t[this.i + 1] === '&' ? 2 : 1;
                    this.endCommand();
                }
            }
            else if ((c === '<' || c === '>') && t[this.i + 1] === '(') {
                this.addWord(this.readWord());
            }
            else if (c === '<' || c === '>') {
                this.readRedirect();
            }
            else {
                const w = this.readWord();
                // An io-number (`2>&1`): all digits directly followed by a redirection operator.
                if (/^\d+$/.test(w.raw) && (t[this.i] === '>' || t[this.i] === '<') && t[this.i + 1] !== '(') {
                    this.readRedirect(Number(w.raw));
                    continue;
                }
                this.addWord(w);
            }
        }
        this.endPipeline();
        // A here-document without its delimiter line ends at the end of the text: bash accepts it
        // (with a warning), so it is no problem. One opened on the line that closes a substitution
        // (`x=$(cat <<EOF)`) takes the lines after it: the enclosing script reads them.
        if (this.closedAt < 0)
            this.readHeredocBodies();
        return { pipelines: this.pipelines, problems: this.problems, openHeredocs: this.openHeredocs };
    }
    cmd(at) {
        if (!this.command)
            this.command = { words: [], redirects: [], start: at };
        return this.command;
    }
    addWord(w) {
        const cmd = this.cmd(w.start);
        const top = this.cases.length - 1;
        if (cmd.words.length === 0) {
            if (w.raw === 'esac' && top >= 0 && this.cases[top] !== 'word')
                this.cases.pop();
            else if (w.raw === 'case')
                this.cases.push('word');
        }
        else if (this.cases[top] === 'word' && w.raw === 'in' && cmd.words[0].raw === 'case') {
            this.cases[top] = 'pattern';
        }
        // `function name {`: the name is defined by the group that follows.
        if (w.raw === '{' && cmd.words.length === 2 && cmd.words[0].raw === 'function') {
            this.endPipeline();
            this.cmd(w.start).marks = ['{'];
            return;
        }
        if (cmd.words.length === 0 && RESERVED_PREFIX.has(w.raw)) {
            (cmd.marks ??= []).push(w.raw);
            return;
        }
        cmd.words.push(w);
    }
    endCommand() {
        const c = this.command;
        this.command = null;
        if (!c)
            return;
        if (c.words.length === 1 && RESERVED_ALONE.has(c.words[0].raw)) {
            (c.marks ??= []).push(c.words[0].raw);
            c.words = [];
        }
        if (c.words.length === 2 && c.words[0].raw === 'function' && /^[\w.:+-]+$/.test(c.words[1].raw))
            c.defines ??= c.words[1].raw;
        if (c.words.length > 0 || c.redirects.length > 0 || c.marks)
            this.pipeline.push(c);
    }
    /** `name ()` or `function name [()]` before a body: records the name, skips the `()`. */
    functionDefinition() {
        const c = this.command;
        if (!c || c.redirects.length > 0)
            return false;
        const w = c.words;
        const name = w.length === 1 && w[0].raw !== 'function'
            ? w[0].raw
            : w.length === 2 && w[0].raw === 'function'
                ? w[1].raw
                : undefined;
        if (name === undefined || !/^[\w.:+-]+$/.test(name))
            return false;
        const close = /^\([ \t]*\)/.exec(this.t.slice(this.i, Math.min(this.end, this.i + 64)));
        if (!close)
            return false;
        c.defines = name;
        this.i += close[0].length;
        this.endPipeline();
        return true;
    }
    endPipeline() {
        this.endCommand();
        if (this.pipeline.length > 0)
            this.pipelines.push({ commands: this.pipeline });
        this.pipeline = [];
    }
    readRedirect(fd) {
        const t = this.t;
        const at = this.i;
        const m = /^(<<<|<<-|<<|<>|<&|<|>>|>&|>\||>|&>>|&>)/.exec(t.slice(this.i, this.i + 3));
        const op = m ? m[1] : t[this.i];
        this.i += op.length;
        while (this.i < this.end && (t[this.i] === ' ' || t[this.i] === '\t'))
            this.i++;
        const redirect = { op };
        if (fd !== undefined)
            redirect.fd = fd;
        this.cmd(at).redirects.push(redirect);
        // A target is a word; `< <(cmd)` reads a process substitution.
        const procSub = (t[this.i] === '<' || t[this.i] === '>') && t[this.i + 1] === '(';
        if (this.i >= this.end || (/[\n;&|()<>]/.test(t[this.i]) && !procSub))
            return;
        const target = this.readWord();
        redirect.target = target;
        if (op === '<<' || op === '<<-') {
            const delim = target.parts.map((p) => (p.k === 'lit' ? p.text : p.raw)).join('');
            this.pendingHeredocs.push({ delim, strip: op === '<<-', redirect, at });
        }
    }
    readHeredocBodies() {
        const t = this.t;
        for (const h of this.pendingHeredocs) {
            const bodyStart = this.i;
            let found = false;
            while (this.i < this.end) {
                let nl = t.indexOf('\n', this.i);
                if (nl === -1 || nl > this.end)
                    nl = this.end;
                let line = t.slice(this.i, nl);
                if (line.endsWith('\r'))
                    line = line.slice(0, -1);
                const tabs = h.strip ? /^\t*/.exec(line)[0].length : 0;
                line = line.slice(tabs);
                if (line === h.delim) {
                    h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
                    this.i = Math.min(nl + 1, this.end);
                    found = true;
                    break;
                }
                // Inside a substitution bash (5.2) also ends the body at a line that starts with the
                // delimiter and holds a `)` (`EOF)`): the rest of that line is read as the script again.
                if (this.nesting > 0 && line.startsWith(h.delim) && line.includes(')', h.delim.length)) {
                    h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
                    this.i += tabs + h.delim.length;
                    for (const rest of this.pendingHeredocs.slice(this.pendingHeredocs.indexOf(h) + 1))
                        rest.redirect.heredoc = { body: '', start: this.i };
                    this.pendingHeredocs = [];
                    return;
                }
                this.i = nl + 1;
            }
            if (!found) {
                this.i = this.end;
                h.redirect.heredoc = { body: t.slice(bodyStart, this.end), start: bodyStart };
                this.openHeredocs.push({ offset: h.at, message: `unterminated here-document (<<${h.delim})` });
            }
        }
        this.pendingHeredocs = [];
    }
}


/***/ }),

/***/ 6699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ WordReader)
/* harmony export */ });
/* harmony import */ var _parameter_ops_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46272);
// Reading one shell word: quotes, escapes, parameter expansions (`$V`, `${V}`,
// `${V:-default}`), command, process and backquote substitutions, ANSI-C strings. The statement
// lexer (shell.ts) extends this reader; `${V:-…}` arguments are read with it alone.

/** Characters with no special meaning anywhere in a word. */
const PLAIN = /[^ \t\n\r;&|()<>'"\\$`]+/y;
/** Problems kept per script; the rest are dropped (one located problem is enough to fail). */
const MAX_PROBLEMS = 20;
class WordReader {
    t;
    end;
    i;
    problems = [];
    /** Here-documents the last substitution read left open on its closing line. */
    handedOver = [];
    constructor(t, start, end) {
        this.t = t;
        this.end = end;
        this.i = start;
    }
    problem(offset, message) {
        if (this.problems.length < MAX_PROBLEMS)
            this.problems.push({ offset, message });
    }
    /** The items of an array literal at `this.i` (`(`), up to its `)`. */
    readArray() {
        const t = this.t;
        const s = this.i++;
        const items = [];
        while (this.i < this.end) {
            const c = t[this.i];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.i++;
            else if (c === ')') {
                this.i++;
                return { k: 'array', items, raw: t.slice(s, this.i) };
            }
            else if (c === '#') {
                const nl = t.indexOf('\n', this.i);
                this.i = nl === -1 || nl > this.end ? this.end : nl;
            }
            else {
                const at = this.i;
                const w = this.readWord();
                if (this.i === at)
                    this.i++;
                else
                    items.push(w);
            }
        }
        this.problem(s, 'unterminated array');
        return { k: 'array', items, raw: t.slice(s, this.end) };
    }
    readAllAsWord() {
        return this.readWord(true).parts;
    }
    /** Reads one word at `this.i`, up to an unquoted metacharacter. */
    readWord(whole = false) {
        const t = this.t;
        const start = this.i;
        const parts = [];
        let lit = '';
        const flush = () => {
            if (lit)
                parts.push({ k: 'lit', text: lit });
            lit = '';
        };
        while (this.i < this.end) {
            // Runs of ordinary characters in one step.
            PLAIN.lastIndex = this.i;
            const run = PLAIN.exec(t);
            if (run) {
                const seg = this.i + run[0].length > this.end ? run[0].slice(0, this.end - this.i) : run[0];
                lit += seg;
                this.i += seg.length;
                continue;
            }
            const c = t[this.i];
            if (whole) {
                // Metacharacters are literal inside a `${V:-…}` argument.
            }
            else if (c === ' ' ||
                c === '\t' ||
                c === '\n' ||
                c === '\r' ||
                c === ';' ||
                c === '&' ||
                c === '|' ||
                c === ')')
                break;
            else if (c === '(') {
                // `name=(a b c)`: an array literal is the value of the assignment.
                if (parts.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=$/.test(lit) && t.slice(start, this.i) === lit) {
                    flush();
                    parts.push(this.readArray());
                    continue;
                }
                break;
            }
            else if (c === '<' || c === '>') {
                if (t[this.i + 1] === '(') {
                    flush();
                    const s = this.i;
                    const close = this.substitutionEnd(this.i + 2);
                    const heredocs = this.takeHandedOver();
                    parts.push({
                        k: 'opaque',
                        raw: t.slice(s, close),
                        script: { text: t.slice(s + 2, close - 1), start: s + 2, ...heredocs },
                    });
                    this.i = close;
                    continue;
                }
                break;
            }
            if (c === '\\') {
                const n = t[this.i + 1];
                if (n === '\n')
                    this.i += 2;
                else if (n === '\r' && t[this.i + 2] === '\n')
                    this.i += 3;
                else if (n === undefined || this.i + 1 >= this.end)
                    this.i++;
                else {
                    lit += n;
                    this.i += 2;
                }
            }
            else if (c === "'") {
                lit = this.readSingleQuoted(parts, lit);
            }
            else if (c === '"') {
                const q = this.i;
                this.i++;
                let closed = false;
                while (this.i < this.end) {
                    const d = t[this.i];
                    if (d === '"') {
                        this.i++;
                        closed = true;
                        break;
                    }
                    if (d === '\\') {
                        const n = t[this.i + 1];
                        if (n === '\n')
                            this.i += 2;
                        else if (n === '$' || n === '`' || n === '"' || n === '\\') {
                            lit += n;
                            this.i += 2;
                        }
                        else {
                            lit += d;
                            this.i++;
                        }
                    }
                    else if (d === '$') {
                        const p = this.readDollar(true);
                        if (p) {
                            flush();
                            parts.push(p);
                        }
                        else {
                            lit += '$';
                            this.i++;
                        }
                    }
                    else if (d === '`') {
                        flush();
                        parts.push(this.readBacktick(true));
                    }
                    else {
                        lit += d;
                        this.i++;
                    }
                }
                if (!closed)
                    this.problem(q, 'unterminated double quote');
            }
            else if (c === '$') {
                const p = this.readDollar(false);
                if (p) {
                    flush();
                    if (p.k === 'lit')
                        lit += p.text;
                    else
                        parts.push(p);
                }
                else {
                    lit += '$';
                    this.i++;
                }
            }
            else if (c === '`') {
                flush();
                parts.push(this.readBacktick());
            }
            else {
                lit += c;
                this.i++;
            }
        }
        flush();
        return { parts, start, raw: t.slice(start, this.i) };
    }
    /**
     * A single-quoted string from `this.i` (at its quote). A GitHub Actions expression in it is
     * still an expression: the runner replaces `${{ … }}` in the text before the shell reads it.
     * Returns the literal text that follows the last expression (parts takes what precedes it).
     */
    readSingleQuoted(parts, before) {
        const t = this.t;
        let lit = before;
        let j = this.i + 1;
        for (;;) {
            const close = t.indexOf("'", j);
            const expr = t.indexOf('${{', j);
            if (expr !== -1 && expr < this.end && (close === -1 || expr < close)) {
                const end = t.indexOf('}}', expr + 3);
                if (end !== -1 && end + 2 <= this.end) {
                    lit += t.slice(j, expr);
                    if (lit)
                        parts.push({ k: 'lit', text: lit });
                    lit = '';
                    parts.push({ k: 'opaque', raw: t.slice(expr, end + 2) });
                    j = end + 2;
                    continue;
                }
            }
            if (close === -1 || close >= this.end) {
                this.problem(this.i, 'unterminated single quote');
                lit += t.slice(j, this.end);
                this.i = this.end;
            }
            else {
                lit += t.slice(j, close);
                this.i = close + 1;
            }
            return lit;
        }
    }
    readBacktick(quoted = false) {
        const t = this.t;
        const s = this.i;
        let j = s + 1;
        while (j < this.end && t[j] !== '`')
            j += t[j] === '\\' ? 2 : 1;
        if (j >= this.end) {
            this.problem(s, 'unterminated backquote');
            j = this.end - 1;
        }
        this.i = Math.min(j + 1, this.end);
        return {
            k: 'opaque',
            raw: t.slice(s, this.i),
            script: { text: t.slice(s + 1, j), start: s + 1 },
            backquoted: true,
            ...(quoted ? { quoted: true } : {}),
        };
    }
    /**
     * Offset just past the `)` that closes the command or process substitution whose script starts
     * at `from`. The statement lexer reads the script itself (here-documents, comments and `case`
     * patterns may hold unbalanced parentheses and quotes); alone, this reader counts parentheses.
     */
    substitutionEnd(from) {
        return this.matchParen(from);
    }
    takeHandedOver() {
        const heredocs = this.handedOver;
        this.handedOver = [];
        return heredocs.length > 0 ? { heredocs } : {};
    }
    /** Offset just past the `)` that closes a `(` opened before `from`. */
    matchParen(from) {
        const t = this.t;
        let depth = 1;
        let j = from;
        while (j < this.end) {
            const c = t[j];
            if (c === '\\')
                j += 2;
            else if (c === "'") {
                const close = t.indexOf("'", j + 1);
                j = close === -1 || close >= this.end ? this.end : close + 1;
            }
            else if (c === '"') {
                j++;
                while (j < this.end && t[j] !== '"')
                    j += t[j] === '\\' ? 2 : 1;
                j++;
            }
            else if (c === '(') {
                depth++;
                j++;
            }
            else if (c === ')') {
                depth--;
                j++;
                if (depth === 0)
                    return j;
            }
            else
                j++;
        }
        this.problem(from - 2, 'unterminated substitution');
        return this.end;
    }
    /** Offset just past the `}` that closes a `${` whose content starts at `from`. */
    matchBrace(from) {
        const t = this.t;
        let depth = 1;
        let j = from;
        while (j < this.end) {
            const c = t[j];
            if (c === '\\')
                j += 2;
            else if (c === "'") {
                const close = t.indexOf("'", j + 1);
                j = close === -1 || close >= this.end ? this.end : close + 1;
            }
            else if (c === '"') {
                j++;
                while (j < this.end && t[j] !== '"')
                    j += t[j] === '\\' ? 2 : 1;
                j++;
            }
            else if (c === '$' && t[j + 1] === '{') {
                depth++;
                j += 2;
            }
            else if (c === '}') {
                depth--;
                j++;
                if (depth === 0)
                    return j;
            }
            else
                j++;
        }
        return -1;
    }
    /** Reads a `$…` construct at `this.i`; null when the `$` is a literal dollar sign. */
    readDollar(inDouble) {
        const quoted = inDouble ? { quoted: true } : {};
        const t = this.t;
        const s = this.i;
        const n = t[s + 1];
        if (n === undefined || s + 1 >= this.end)
            return null;
        if (n === "'" && !inDouble) {
            // ANSI-C quoting.
            let j = s + 2;
            let out = '';
            while (j < this.end && t[j] !== "'") {
                if (t[j] === '\\' && j + 1 < this.end) {
                    const e = t[j + 1];
                    out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                    j += 2;
                }
                else
                    out += t[j++];
            }
            if (j >= this.end)
                this.problem(s, 'unterminated single quote');
            this.i = Math.min(j + 1, this.end);
            return { k: 'lit', text: out };
        }
        if (n === '(') {
            const arith = t[s + 2] === '(';
            const close = arith ? this.matchParen(s + 2) : this.substitutionEnd(s + 2);
            this.i = close;
            const raw = t.slice(s, close);
            if (arith)
                return { k: 'opaque', raw };
            const heredocs = this.takeHandedOver();
            return {
                k: 'opaque',
                raw,
                script: { text: t.slice(s + 2, close - 1), start: s + 2, ...heredocs },
                ...quoted,
            };
        }
        if (n === '{') {
            if (t[s + 2] === '{') {
                // A GitHub Actions expression `${{ … }}`.
                let close = t.indexOf('}}', s + 3);
                close = close === -1 || close + 2 > this.end ? this.end : close + 2;
                this.i = close;
                return { k: 'opaque', raw: t.slice(s, close) };
            }
            const close = this.matchBrace(s + 2);
            if (close === -1) {
                this.problem(s, 'unterminated ${');
                this.i = this.end;
                return { k: 'opaque', raw: t.slice(s, this.end) };
            }
            this.i = close;
            const raw = t.slice(s, close);
            const inner = t.slice(s + 2, close - 1);
            // Names, array elements (`${a[@]}`, `${a[0]}`), positional parameters (`${1:-latest}`,
            // `${10}`, `${@:2}`, which a caller's context sets) and their operations.
            const b = (0,_parameter_ops_js__WEBPACK_IMPORTED_MODULE_0__/* .readBraced */ .Y)(inner);
            if (!b)
                return { k: 'opaque', raw };
            const defaults = /^:?[-=?+]$/.test(b.op);
            return {
                k: 'param',
                name: b.name,
                op: b.op,
                arg: defaults ? parseWordText(b.arg) : [],
                ...(defaults || b.op === '' ? {} : { rawArg: b.arg }),
                ...(b.second !== undefined ? { rawSecond: b.second } : {}),
                raw,
                ...quoted,
            };
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(t.slice(s + 1, Math.min(this.end, s + 257)));
        if (m) {
            this.i = s + 1 + m[0].length;
            return { k: 'param', name: m[0], op: '', arg: [], raw: t.slice(s, this.i), ...quoted };
        }
        if (/[0-9@*#]/.test(n)) {
            // `$0`…`$9`, `$@`, `$*`, `$#`: known only where a caller's context gives the arguments.
            this.i = s + 2;
            return { k: 'param', name: n, op: '', arg: [], raw: t.slice(s, s + 2), ...quoted };
        }
        if (/[?$!-]/.test(n)) {
            this.i = s + 2;
            return { k: 'opaque', raw: t.slice(s, s + 2) };
        }
        if (n === '"' && !inDouble) {
            // `$"…"` (locale translation) reads as a double-quoted string.
            this.i = s + 1;
            return { k: 'lit', text: '' };
        }
        return null;
    }
}
/** Parses the text of a `${V:-arg}` argument: quotes and expansions, no word splitting. */
function parseWordText(text) {
    return new WordReader(text, 0, text.length).readAllAsWord();
}


/***/ }),

/***/ 82548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ TASKFILE_SOURCE),
/* harmony export */   o5: () => (/* binding */ taskfileDetector),
/* harmony export */   qF: () => (/* binding */ taskfileSites),
/* harmony export */   us: () => (/* binding */ taskfileDotenv)
/* harmony export */ });
/* unused harmony exports isTaskfilePath, scanTaskfile */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _shell_components_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67352);
/* harmony import */ var _parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14260);
/* harmony import */ var _parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61881);
/* harmony import */ var _parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19057);
/* harmony import */ var _flows_command_sites_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36753);
/* harmony import */ var _parsers_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92780);
/* harmony import */ var _parsers_dotenv_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44440);
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10817);









/** Most distinct runs (a recipe or task with its values) read per file. */
const MAX_RUNS = 4096;
const TASKFILE_SOURCE = 'Taskfile';
function isTaskfilePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^taskfile(\.dist)?\.ya?ml$/i.test(name);
}
function scanTaskfile(input) {
    const { parsed, sites } = ownSites(input);
    const r = scanCommandSites(input.path, TASKFILE_SOURCE, sites, 'cmds');
    return { components: r.components, errors: [...parsed.errors, ...r.errors] };
}
async function detectTaskfile(input) {
    const { parsed, sites } = ownSites(input, await taskfileDotenv(input, input.readFile));
    const r = await (0,_flows_command_sites_js__WEBPACK_IMPORTED_MODULE_4__/* .scanAndFollowCommandSites */ .X)(input, TASKFILE_SOURCE, sites, 'cmds', (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .dirOf */ .R)(input.path));
    return { ...r, errors: [...parsed.errors, ...r.errors] };
}
/** Every task, run with no caller. */
function ownSites({ path, text, limits }, dotenv) {
    const parsed = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, path, limits.maxDepth);
    const all = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .pairs */ .AS)(parsed.doc, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(parsed.doc, parsed.doc.contents, 'tasks')).map((t) => t.key);
    const context = { tasks: all, vars: new Map(), env: new Map(), ...(dotenv ? { dotenv } : {}) };
    return { parsed, sites: taskfileSites(parsed, context) ?? [] };
}
/**
 * The variables of the root `dotenv:` files (from the Taskfile's folder; a file named with a
 * template is not known), each written at its line; the first file that sets a name wins.
 */
async function taskfileDotenv({ path, text }, readFile) {
    const env = new Map();
    if (!/^dotenv\s*:/m.test(text))
        return env;
    const { doc } = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(text, path, _model_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultLimits */ .MK.maxDepth);
    for (const item of (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(doc, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, doc.contents, 'dotenv'))) {
        const name = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(item);
        const file = name === undefined || name.includes('{{') ? null : (0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .joinRelative */ .r)((0,_parsers_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .dirOf */ .R)(path), name);
        const content = file === null ? null : await readFile(file);
        if (file === null || content === null)
            continue;
        for (const [k, v] of (0,_parsers_dotenv_js__WEBPACK_IMPORTED_MODULE_7__/* .dotenvValues */ .D)(content, file))
            if (!env.has(k))
                env.set(k, v);
    }
    return env;
}
/** The command sites of the context's tasks and what they call, or null when a task is missing. */
function taskfileSites(parsed, context) {
    const { doc } = parsed;
    const root = doc.contents;
    const tasks = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, root, 'tasks');
    const envOf = (n) => context.env.get(n) ?? context.dotenv?.get(n);
    // go-task's order for templates (later wins): the environment, the Taskfile's `env`, its `vars`.
    const rootEnv = evaluateVars(parsed, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, root, 'env'), envOf);
    const globals = evaluateVars(parsed, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, root, 'vars'), (n) => rootEnv.get(n) ?? envOf(n));
    const special = new Map([['CLI_ARGS', context.cliArgs ?? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .knownValue */ .jj)('')]]);
    const values = new _parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .TemplateValues */ .$f();
    const sites = [];
    const done = new Set();
    const run = (name, callVars, depth) => {
        const task = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, tasks, name);
        if (task === undefined)
            return false;
        const key = JSON.stringify([name, [...callVars].map(([k, v]) => [k, v.text])]);
        // Runs that deps and task: calls reach with new values are bounded (they could multiply at
        // every level of a hostile file); the tasks asked for are always read.
        if (depth > 16 || done.has(key) || (depth > 0 && done.size >= MAX_RUNS))
            return true;
        done.add(key);
        const outer = (n) => special.get(n) ??
            callVars.get(n) ??
            context.vars.get(n) ??
            globals.get(n) ??
            rootEnv.get(n) ??
            envOf(n);
        const own = evaluateVars(parsed, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, task, 'vars'), outer);
        const lookup = (n) => (n === 'TASK' ? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .knownValue */ .jj)(name) : (own.get(n) ?? outer(n)));
        // The shell's environment: the Taskfile's env, overridden by the environment task runs in.
        const shellEnv = new Map(context.dotenv ?? []);
        for (const owner of [root, task])
            for (const [k, v] of evaluateVars(parsed, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, owner, 'env'), lookup))
                shellEnv.set(k, v);
        for (const [k, v] of context.env)
            shellEnv.set(k, v);
        const call = (node) => {
            const target = (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)((0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, node, 'task')) ?? (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(node);
            if (target === undefined)
                return;
            run(target, evaluateVars(parsed, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, node, 'vars'), lookup), depth + 1);
        };
        for (const dep of (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(doc, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, task, 'deps')))
            call(dep);
        const cmds = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(task) || (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(doc, task).length > 0
            ? task
            : ((0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, task, 'cmds') ?? (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, task, 'cmd'));
        for (const cmd of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(cmds) ? [cmds] : (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(doc, cmds)) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(cmd) && (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, cmd, 'task') !== undefined) {
                call(cmd);
                continue;
            }
            const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(cmd) ? cmd : ((0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, cmd, 'cmd') ?? (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, cmd, 'defer'));
            const loop = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(cmd) ? [] : (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(doc, (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .get */ .Jt)(doc, cmd, 'for'));
            const each = loop.length > 0 ? loop.map((i) => (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(i)) : [undefined];
            for (const item of each) {
                const scope = (n) => (n === 'ITEM' && item !== undefined ? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .knownValue */ .jj)(item) : lookup(n));
                const site = (0,_parsers_command_sites_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlSite */ .vJ)(parsed.lines, node, (t) => templated(t, scope, values), shellEnv);
                if (site)
                    sites.push(site);
            }
        }
        return true;
    };
    for (const name of context.tasks.length > 0 ? context.tasks : ['default'])
        if (!run(name, new Map(), 0))
            return null;
    if (sites[0])
        sites[0] = { ...sites[0], env: new Map([...values.bindings, ...(sites[0].env ?? [])]) };
    return sites;
}
/** A `vars`/`env` map's plain values, templates evaluated in order; `sh:`, maps, lists unknown. */
function evaluateVars(parsed, node, outer) {
    const vars = new Map();
    for (const p of (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .pairs */ .AS)(parsed.doc, node)) {
        const raw = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.value) ? (0,_parsers_yaml_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(p.value) : undefined;
        const scope = (n) => vars.get(n) ?? outer(n);
        vars.set(p.key, raw === undefined ? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .unknownValue */ .Uo)(`{{.${p.key}}}`) : templateValue(raw, scope));
    }
    return vars;
}
const TEMPLATE = /\{\{-?\s*([^}]*?)\s*-?\}\}/g;
/** A string whose templates are all known, as one value (unknown when any is not). */
function templateValue(text, scope) {
    let unknown = false;
    let from;
    const out = text.replace(TEMPLATE, (_, expr) => {
        const v = expression(expr, scope);
        if (v.unknown)
            unknown = true;
        if (v.from && v.text !== '')
            from ??= v.from;
        return v.text;
    });
    return from ? { text: out, unknown, from } : { text: out, unknown };
}
/** Go-template references written into a command: known text, or a bound `${{ task.vN }}`. */
function templated(text, scope, values) {
    return text.replace(TEMPLATE, (_, expr) => values.write(expression(expr, scope)));
}
/** `.NAME`, `.NAME | default "x"`, `default "x" .NAME`; other expressions are unknown. */
function expression(expr, scope) {
    const plain = /^\.([A-Za-z_]\w*)$/.exec(expr);
    const piped = /^\.([A-Za-z_]\w*)\s*\|\s*default\s+("(?:[^"\\]|\\.)*"|`[^`]*`)$/.exec(expr);
    const prefix = /^default\s+("(?:[^"\\]|\\.)*"|`[^`]*`)\s+\.([A-Za-z_]\w*)$/.exec(expr);
    const name = plain?.[1] ?? piped?.[1] ?? prefix?.[2];
    const fallback = piped?.[2] ?? prefix?.[1];
    if (name === undefined)
        return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .unknownValue */ .Uo)(`{{${expr}}}`);
    const v = scope(name);
    // `default` takes the fallback for a missing or empty value.
    if (fallback !== undefined && (v === undefined || (!v.unknown && v.text === '')))
        return (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .knownValue */ .jj)(fallback.startsWith('`') ? fallback.slice(1, -1) : ((0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .stringLiteral */ .Hg)(fallback) ?? ''));
    // A name nothing defines may still come from a caller or the environment: unknown, not empty.
    return v ?? (0,_parsers_task_templates_js__WEBPACK_IMPORTED_MODULE_8__/* .unknownValue */ .Uo)(`{{.${name}}}`);
}
const taskfileDetector = {
    id: TASKFILE_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: _shell_components_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMAND_ECOSYSTEMS */ .Ms,
    matches: isTaskfilePath,
    detect: detectTaskfile,
};


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

/***/ 75054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J9: () => (/* reexport */ detectorsFor),
  pf: () => (/* binding */ inventory),
  U2: () => (/* binding */ inventoryEach)
});

// UNUSED EXPORTS: compareComponents, dedupeAndSort, errorMessage

// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/model/component.ts
var component = __webpack_require__(70214);
// EXTERNAL MODULE: ./src/sources/source.ts
var sources_source = __webpack_require__(70813);
;// CONCATENATED MODULE: ./src/inventory/dedupe.ts
/**
 * Sorts components by file, line, ecosystem, name and version (stable) and drops repeats: the same
 * occurrence (file, line, ecosystem, name, version, spec, alias, source) found twice, e.g. by a
 * file's own detector and by another that read it. The first found is kept. Components arrive in
 * runs per file, mostly in line order: they are grouped by file and each group sorted on its own.
 */
function dedupeAndSort(components) {
    const byFile = new Map();
    let lastFile;
    let lastList = [];
    for (const c of components) {
        const f = c.location.file;
        if (f !== lastFile) {
            lastFile = f;
            let list = byFile.get(f);
            if (!list)
                byFile.set(f, (list = []));
            lastList = list;
        }
        lastList.push(c);
    }
    const out = [];
    for (const file of [...byFile.keys()].sort(cmp)) {
        const list = byFile.get(file).sort(compareInFile);
        // Repeats compare equal, so they sit in one run of equal neighbours.
        let runStart = out.length;
        for (const c of list) {
            const prev = out.length > runStart ? out[out.length - 1] : undefined;
            if (prev === undefined || compareInFile(prev, c) !== 0) {
                runStart = out.length;
                out.push(c);
                continue;
            }
            let repeat = false;
            for (let k = runStart; k < out.length && !repeat; k++)
                repeat = sameOccurrence(out[k], c);
            if (!repeat)
                out.push(c);
        }
    }
    return out;
}
function compareInFile(a, b) {
    return (a.location.line - b.location.line ||
        cmp(a.ecosystem, b.ecosystem) ||
        cmp(a.name, b.name) ||
        cmp(a.version ?? '', b.version ?? ''));
}
function sameOccurrence(a, b) {
    return ((a.spec ?? '') === (b.spec ?? '') &&
        (a.alias ?? '') === (b.alias ?? '') &&
        a.source === b.source &&
        a.location.file === b.location.file);
}
/** Whether `dedupeAndSort` drops one of these two as a repeat of the other (the same occurrence). */
function isRepeat(a, b) {
    return a.location.line === b.location.line && compareInFile(a, b) === 0 && sameOccurrence(a, b);
}
function compareComponents(a, b) {
    return (cmp(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        cmp(a.ecosystem, b.ecosystem) ||
        cmp(a.name, b.name) ||
        cmp(a.version ?? '', b.version ?? ''));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/inventory/flows.ts
var flows = __webpack_require__(67037);
// EXTERNAL MODULE: ./src/detectors/index.ts + 71 modules
var detectors = __webpack_require__(61296);
;// CONCATENATED MODULE: ./src/detectors/parsers/json-nesting.ts
/**
 * The nesting bound for JSON and JSONC, checked by one linear scan before any detector parses the
 * file (so a detector that skips a document's syntax errors, or parses it with a recursive
 * library, never sees a 100,000-deep document). Brackets inside strings and comments are text.
 */
/** A run of characters none of which is a bracket, a quote or a slash. */
const QUIET_RUN = /[^{}[\]"/]*/y;
function jsonNestingError(path, text, maxDepth) {
    let depth = 0;
    const n = text.length;
    let nl = text.indexOf('\n'); // the next line break at or after a string's start
    for (let i = 0; i < n; i++) {
        // Characters other than brackets, quotes and slashes change nothing: skipped natively.
        QUIET_RUN.lastIndex = i;
        QUIET_RUN.test(text);
        i = QUIET_RUN.lastIndex;
        if (i >= n)
            break;
        const c = text.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            // { [
            if (++depth > maxDepth) {
                let line = 1;
                let lineStart = 0;
                for (let k = text.indexOf('\n'); k !== -1 && k < i; k = text.indexOf('\n', k + 1)) {
                    line++;
                    lineStart = k + 1;
                }
                return {
                    file: path,
                    line,
                    column: i - lineStart + 1,
                    message: `nesting deeper than ${maxDepth} levels`,
                };
            }
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
        else if (c === 0x22) {
            // A string: jump to its closing quote (one not escaped by an odd run of backslashes); a raw
            // line break ends it, as parsers read it.
            let j = i;
            for (;;) {
                j = text.indexOf('"', j + 1);
                if (j === -1) {
                    j = n;
                    break;
                }
                let b = j - 1;
                while (b > i && text.charCodeAt(b) === 0x5c)
                    b--;
                if ((j - 1 - b) % 2 === 0)
                    break;
            }
            if (nl !== -1 && nl < i)
                nl = text.indexOf('\n', i);
            if (nl !== -1 && nl < j)
                j = nl;
            i = j;
        }
        else if (c === 0x2f && i + 1 < n) {
            // Comments (JSONC).
            const d = text.charCodeAt(i + 1);
            if (d === 0x2f) {
                const end = text.indexOf('\n', i);
                i = end === -1 ? n : end;
            }
            else if (d === 0x2a) {
                const end = text.indexOf('*/', i + 2);
                i = end === -1 ? n : end + 1;
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/detectors/shell/command-words.ts + 1 modules
var command_words = __webpack_require__(17271);
;// CONCATENATED MODULE: ./src/inventory/sniff.ts

/** Bytes read from the head of a file to decide (a shebang line is short). */
const SNIFF_BYTES = 256;
function maySniff(path) {
    return !(0,command_words/* namesAnotherKindOfFile */.xL)(path);
}
/**
 * The detectors that claim each of `paths` (unclaimed by name) by its head. Heads are read a few
 * at a time; a file that cannot be read is left out (it is nobody's format).
 */
async function sniffPaths(source, paths, sniffers, concurrency) {
    const out = new Map();
    const readHead = source.readHead?.bind(source);
    if (!readHead || sniffers.length === 0)
        return out;
    const candidates = paths.filter(maySniff);
    let next = 0;
    const worker = async () => {
        while (next < candidates.length) {
            const path = candidates[next++];
            let head;
            try {
                head = await readHead(path, SNIFF_BYTES);
            }
            catch {
                continue;
            }
            if (head === null || head.length < 3 || head[0] !== 0x23 || head[1] !== 0x21)
                continue; // `#!`
            const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
            const ds = sniffers.filter((d) => d.sniff(text));
            if (ds.length > 0)
                out.set(path, ds);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, candidates.length)) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/inventory/lfs-pointer.ts
// Git LFS pointers: a file committed through LFS holds this small text in place of its content.
const LFS_POINTER = new TextEncoder().encode('version https://git-lfs.github.com/spec/v1');
/** Whether `bytes` are an LFS pointer (its first line, in a file of at most 1 KiB). */
function isLfsPointer(bytes) {
    if (bytes.length < LFS_POINTER.length || bytes.length > 1024)
        return false;
    for (let i = 0; i < LFS_POINTER.length; i++)
        if (bytes[i] !== LFS_POINTER[i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/inventory/workflow-templates.ts
var workflow_templates = __webpack_require__(59313);
;// CONCATENATED MODULE: ./src/inventory/file-scan.ts
// What the inventory does with files one at a time, for both of its pipelines (engine.ts): which
// detectors read which files (the plan), reading a file and running its detectors over it (never
// throwing for its content), and reading other files of the tree for detectors.








/** Which detectors read a path. Under `node_modules/`, only those that read vendored copies. */
function detectorsFor(path, list = detectors/* detectors */.m) {
    const vendored = (0,sources_source/* isVendoredPath */.$1)(path);
    return list.filter((d) => (vendored ? d.readsVendored === true : true) && d.matches(path));
}
/**
 * The files to scan and their detectors, or why the tree cannot be scanned at all (it cannot be
 * listed, or has more files than the limit): then the scan fails closed, located at the root.
 */
async function planWork(source, options, limits) {
    const list = options.detectors ?? detectors/* detectors */.m;
    let paths;
    try {
        paths = await source.list();
    }
    catch (e) {
        return { error: e instanceof sources_source/* SourceReadError */.Ct ? e.message : `cannot be listed: ${(0,util_errors/* errorMessage */.g)(e)}` };
    }
    if (paths.length > limits.maxFiles) {
        return { error: `${paths.length} files exceed the limit of ${limits.maxFiles} files in one tree` };
    }
    const work = [];
    const unclaimed = [];
    for (const path of paths) {
        if (options.only && !options.only.has(path))
            continue;
        const ds = detectorsFor(path, list);
        if (ds.length > 0)
            work.push({ path, detectors: ds });
        else
            unclaimed.push(path);
    }
    const sniffed = await sniffPaths(source, unclaimed, list.filter((d) => d.sniff !== undefined), 8);
    if (sniffed.size === 0)
        return { work };
    for (const [path, detectors] of sniffed)
        work.push({ path, detectors });
    return { work: work.sort((a, b) => file_scan_cmp(a.path, b.path)) };
}
/** Runs `fn` over `items` with at most `limit` at once; results in item order. */
async function mapLimited(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/** Reads other files of the tree for detectors (`DetectInput.readFile`), each once. */
function textReader(source, limits) {
    const textCache = new Map();
    return (path) => {
        const rel = (0,sources_source/* normalizeRelative */.iQ)(path);
        if (rel === null)
            return Promise.resolve(null);
        let p = textCache.get(rel);
        if (!p) {
            p = source
                .read(rel, limits.maxFileBytes)
                .then((b) => (b === null ? null : (0,util_text/* decodeText */.g)(b)))
                .catch(() => null);
            textCache.set(rel, p);
        }
        return p;
    };
}
async function scanFile(source, path, detectors, limits, readText, shouldParse, 
/** The file's bytes when they are already being read (read-ahead). */
preRead, 
/** The audit's entry screen, handed to the detectors (DetectInput.screen). */
screen) {
    let bytes;
    try {
        bytes = await (preRead ?? source.read(path, limits.maxFileBytes));
    }
    catch (e) {
        const message = e instanceof sources_source/* SourceReadError */.Ct ? e.message : `cannot be read: ${(0,util_errors/* errorMessage */.g)(e)}`;
        return { components: [], errors: [{ file: path, message }] };
    }
    if (bytes === null)
        return { components: [], errors: [] };
    // A file committed through Git LFS holds a pointer, not its content: what it declares cannot be
    // read, so the scan fails closed on it.
    if (isLfsPointer(bytes)) {
        return {
            components: [],
            errors: [
                {
                    file: path,
                    line: 1,
                    message: 'Git LFS pointer: the file content is not in the repository and cannot be read',
                },
            ],
        };
    }
    let text;
    let decodeError;
    // null: checked and within the limit.
    let depthError;
    const components = [];
    const errors = [];
    const callees = new Set();
    let skipped = 0;
    let notBuilt = 0;
    for (const detector of detectors) {
        if (!detector.binary && text === undefined && decodeError === undefined) {
            try {
                text = (0,util_text/* decodeText */.g)(bytes);
            }
            catch (e) {
                decodeError = {
                    file: path,
                    ...(e instanceof util_text/* DecodeError */.X && e.line ? { line: e.line } : {}),
                    message: e instanceof util_text/* DecodeError */.X ? e.message : (0,util_errors/* errorMessage */.g)(e),
                };
                errors.push(decodeError);
            }
        }
        if (!detector.binary && decodeError)
            continue;
        if (shouldParse && !detector.binary && text !== undefined && !(await shouldParse(path, detector, text))) {
            skipped++;
            continue;
        }
        if (!detector.binary && depthError === undefined && text !== undefined) {
            depthError = isJson(detector) ? jsonNestingError(path, text, limits.maxDepth) : null;
            if (depthError)
                errors.push(depthError);
        }
        if (!detector.binary && depthError)
            continue;
        const input = { path, text: text ?? '', bytes, readFile: readText, limits };
        if (screen)
            input.screen = screen;
        try {
            const result = await detector.detect(input);
            const held = result.components.length + (result.notBuilt ?? 0);
            if (held > limits.maxComponentsPerFile) {
                errors.push({
                    file: path,
                    message: `${held} components exceed the limit of ${limits.maxComponentsPerFile} per file`,
                });
                continue;
            }
            for (const c of result.components)
                components.push(c);
            for (const err of result.errors)
                errors.push(err);
            notBuilt += result.notBuilt ?? 0;
            for (const c of result.callees ?? [])
                callees.add(c);
        }
        catch (e) {
            // A detector bug or a parser blowing up on hostile input: report it, located, never crash.
            errors.push({ file: path, message: `${detector.id}: ${(0,util_errors/* errorMessage */.g)(e)}` });
        }
    }
    const called = callees.size > 0 ? { callees: [...callees].sort() } : {};
    const refs = text !== undefined && detectors.some((d) => d.role === 'commands' || d.role === 'environment')
        ? (0,workflow_templates/* workflowReferences */.K)(text)
        : undefined;
    const referring = refs ? { workflowReferences: refs } : {};
    const screened = notBuilt > 0 ? { notBuilt } : {};
    return skipped > 0 && skipped === detectors.length
        ? { components, errors, notParsed: true, ...called, ...referring }
        : { components, errors, ...called, ...referring, ...screened };
}
function compareErrors(a, b) {
    return file_scan_cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || file_scan_cmp(a.message, b.message);
}
function file_scan_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** JSON and JSONC get the nesting bound before any detector parses them. */
function isJson(detector) {
    return detector.syntax === 'json' || detector.syntax === 'jsonc';
}

;// CONCATENATED MODULE: ./src/inventory/engine.ts
// The inventory: every detector over every file of a source, as one result (`inventory`) or file by
// file (`inventoryEach`), with the decisions that need the whole tree (nested workflow templates,
// files judged in their callers' contexts). Reading one file is file-scan.ts.










/**
 * Runs every detector over every file it reads in a source and returns the located components
 * and the errors. Never throws for a file's content: a file that cannot be read or parsed becomes
 * an error entry naming it (the gate then fails closed).
 */
async function inventory(source, options = {}) {
    const limits = options.limits ?? model_limits/* defaultLimits */.MK;
    const planned = await planWork(source, options, limits);
    if ('error' in planned)
        return treeError(planned.error);
    const { work } = planned;
    const readText = textReader(source, limits);
    const results = await mapLimited(work, Math.max(1, options.concurrency ?? 8), async (w) => {
        const reads = new Set();
        const recordingRead = (p) => {
            const rel = (0,sources_source/* normalizeRelative */.iQ)(p);
            if (rel !== null)
                reads.add(rel);
            return readText(p);
        };
        if (await options.skipUnread?.(w.path, w.detectors)) {
            return { components: [], errors: [], reads: [], notParsed: true };
        }
        const r = await scanFile(source, w.path, w.detectors, limits, recordingRead, options.shouldParse);
        return { ...r, reads: [...reads] };
    });
    const components = [];
    const errors = [];
    const byFile = new Map();
    let notParsed = 0;
    for (const [i, r] of results.entries())
        byFile.set(work[i].path, r);
    (0,workflow_templates/* judgeWorkflowTemplates */.M)(byFile, options.workflowReferencesElsewhere);
    (0,flows/* dropJudgedByCallers */.sz)(byFile);
    for (const r of byFile.values()) {
        if (r.notParsed)
            notParsed++;
        for (const c of r.components)
            components.push(c);
        for (const e of r.errors)
            errors.push(e);
    }
    return {
        components: dedupeAndSort(components),
        errors: errors.sort(compareErrors),
        filesScanned: work.length,
        files: work.map((w) => w.path),
        byFile,
        notParsed,
    };
}
/**
 * The inventory as a stream: hands over each file's components (deduplicated, sorted by line)
 * file by file in path order (the `first` files before the others), the same components in the
 * same order as `inventory`, without holding the whole tree's components at once. Files whose
 * detectors may read other files (devcontainers, Dockerfiles, workflows; detectors without
 * `namesInText`) are scanned first and their components held until their files' turn; the others
 * are parsed one at a time, read ahead only from sources whose reads wait (git, the GitHub API).
 * Errors are collected and returned at the end, sorted.
 */
async function inventoryEach(source, options, onFile) {
    const limits = options.limits ?? model_limits/* defaultLimits */.MK;
    const keep = options.keep;
    const planned = await planWork(source, options, limits);
    if ('error' in planned) {
        return { errors: treeError(planned.error).errors, filesScanned: 0, components: 0 };
    }
    const { work } = planned;
    const readText = textReader(source, limits);
    const screen = options.screen;
    const scan = (w) => scanFile(source, w.path, w.detectors, limits, readText, undefined, undefined, screen);
    const errors = [];
    // Components waiting for their file's turn, by the file they are located in.
    const held = new Map();
    const hold = (c) => {
        const l = held.get(c.location.file);
        if (l)
            l.push(c);
        else
            held.set(c.location.file, [c]);
    };
    const early = [];
    const streamed = new Map();
    for (const w of work) {
        if (w.detectors.some((d) => d.namesInText === undefined))
            early.push(w);
        else
            streamed.set(w.path, w);
    }
    const earlyByFile = new Map();
    let earlyNotBuilt = 0;
    for (const [i, r] of (await mapLimited(early, Math.max(1, options.concurrency ?? 8), scan)).entries())
        earlyByFile.set(early[i].path, { ...r, reads: [] });
    // Command-bearing detectors have no `namesInText` (they follow other files), so every file that
    // may copy or call a workflow file is among the early ones.
    (0,workflow_templates/* judgeWorkflowTemplates */.M)(earlyByFile);
    (0,flows/* dropJudgedByCallers */.sz)(earlyByFile);
    for (const r of earlyByFile.values()) {
        earlyNotBuilt += r.notBuilt ?? 0;
        for (const c of r.components)
            hold(c);
        for (const e of r.errors)
            errors.push(e);
    }
    let order = [...new Set([...work.map((w) => w.path), ...held.keys()])].sort(file_scan_cmp);
    const first = options.first;
    if (first)
        order = [...order.filter((p) => first(p)), ...order.filter((p) => !first(p))];
    const streamOrder = order.filter((p) => streamed.has(p));
    // Files are read ahead (bytes, cheap to hold) but parsed one at a time: parsing several at
    // once makes garbage that outlives young-generation collections and grows the heap. A source
    // whose reads finish before they return (a local disk) gains nothing from reading ahead: each
    // file is read when its turn comes.
    const ahead = source.readsAtOnce !== true;
    const readsAhead = ahead ? Math.max(1, options.concurrency ?? 8) : 1;
    const reads = new Map();
    let started = 0;
    let bufferedBytes = 0;
    const startReads = () => {
        while (started < streamOrder.length && reads.size < readsAhead && bufferedBytes < READ_AHEAD_BYTES) {
            const path = streamOrder[started++];
            const read = source.read(path, limits.maxFileBytes).then((b) => {
                bufferedBytes += b?.length ?? 0;
                return b;
            });
            // A failed read is reported when its file's turn comes (scanFile awaits this promise);
            // until then it must not count as an unhandled rejection.
            read.catch(() => undefined);
            reads.set(path, read);
        }
    };
    const position = new Map(order.map((p, i) => [p, i]));
    let total = earlyNotBuilt;
    for (const [index, path] of order.entries()) {
        const here = held.get(path) ?? [];
        held.delete(path);
        if (streamed.has(path)) {
            startReads();
            const read = reads.get(path);
            reads.delete(path);
            const r = await scanFile(source, path, streamed.get(path).detectors, limits, readText, undefined, read.then((b) => {
                bufferedBytes -= b?.length ?? 0;
                if (ahead)
                    startReads();
                return b;
            }), screen);
            total += r.notBuilt ?? 0;
            for (const c of r.components) {
                // A component located in a file still to come waits for it; one located in a file already
                // handed over (no `namesInText` detector does this) goes out with this file.
                if (c.location.file !== path && (position.get(c.location.file) ?? -1) > index)
                    hold(c);
                else
                    here.push(c);
            }
            for (const e of r.errors)
                errors.push(e);
        }
        const kept = keep ? keepCounting(here, keep) : { kept: here, others: 0 };
        total += kept.others;
        if (kept.kept.length > 0) {
            const sorted = dedupeAndSort(kept.kept);
            total += sorted.length;
            await onFile(path, sorted);
        }
    }
    return { errors: errors.sort(compareErrors), filesScanned: work.length, components: total };
}
/**
 * Splits one file's components into those `keep` accepts and a count of the others' distinct
 * occurrences: the key holds every field `dedupeAndSort` compares, so the count is the number of
 * them it would keep (a kept and a counted component do not repeat each other where `keep`
 * decides by the key's fields and what they determine, as the audit's does).
 */
function keepCounting(components, keep) {
    const kept = [];
    // The others, by line: only components on one line can repeat each other.
    const others = new Map();
    let counted = 0;
    // The other place of an installation a kept component is the precise view of is kept too: the
    // one-installation rule moves its place into the finding's `via`.
    const referenced = new Set();
    const accepted = components.map((c) => keep(c));
    components.forEach((c, i) => {
        if (accepted[i] && c.sameInstallationAs)
            referenced.add((0,component/* installationKey */.W)(c.sameInstallationAs));
    });
    for (const [i, c] of components.entries()) {
        if (accepted[i] || (referenced.size > 0 && referenced.has((0,component/* installationKey */.W)(c)))) {
            kept.push(c);
            continue;
        }
        const line = c.location.line;
        const there = others.get(line);
        if (there === undefined) {
            others.set(line, c);
            counted++;
        }
        else if (Array.isArray(there)) {
            if (!there.some((o) => isRepeat(o, c))) {
                there.push(c);
                counted++;
            }
        }
        else if (!isRepeat(there, c)) {
            others.set(line, [there, c]);
            counted++;
        }
    }
    return { kept, others: counted };
}
/** Bytes read ahead and not yet parsed, at most (a file larger than this is read alone). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;
/** The inventory of a tree that could not be scanned at all: one error at its root (`.`). */
function treeError(message) {
    return {
        components: [],
        errors: [{ file: '.', message }],
        filesScanned: 0,
        files: [],
        byFile: new Map(),
        notParsed: 0,
    };
}


/***/ }),

/***/ 67037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ componentsWhere),
/* harmony export */   lj: () => (/* binding */ judgedByCallers),
/* harmony export */   sz: () => (/* binding */ dropJudgedByCallers)
/* harmony export */ });
/** The files, among `results`, judged in their callers' contexts only. */
function judgedByCallers(results) {
    const incoming = new Set();
    for (const [file, r] of results)
        for (const c of r.callees ?? [])
            if (c !== file)
                incoming.add(c);
    const dropped = new Set();
    if (incoming.size === 0)
        return dropped;
    const stack = [...results.keys()].filter((f) => !incoming.has(f));
    const seen = new Set(stack);
    while (stack.length > 0) {
        const f = stack.pop();
        for (const c of results.get(f)?.callees ?? []) {
            if (c === f || seen.has(c))
                continue;
            seen.add(c);
            dropped.add(c);
            stack.push(c);
        }
    }
    return dropped;
}
/** Empties the components of the files judged in their callers' contexts (in place). */
function dropJudgedByCallers(results) {
    for (const f of judgedByCallers(results)) {
        const r = results.get(f);
        if (r)
            results.set(f, { ...r, components: [], standalone: r.components });
    }
}
/**
 * A file's components as judged in a tree whose files judged in their callers' contexts are
 * `dropped`: none when dropped there, its own detectors' otherwise.
 */
function componentsWhere(r, dropped) {
    if (dropped)
        return [];
    return r.standalone ?? r.components;
}


/***/ }),

/***/ 59313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ workflowReferences),
/* harmony export */   M: () => (/* binding */ judgeWorkflowTemplates)
/* harmony export */ });
/* harmony import */ var _detectors_github_workflow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79219);

const COPY = /(?:^|[\s;&|(`])(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)(?=\s)/;
const VERB = /^(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)$/;
// A comment line, or text handed to echo/printf: no copy runs.
const NOT_RUN = /^\s*(?:#|(?:-\s+)?(?:run:\s*)?(?:echo|printf)\b)/;
const USES = /\buses\s*:\s*['"]?\.\/([^\s'"#@]+)/g;
const MAX_LINE = 16 * 1024;
const MAX_PATHS = 10_000;
const WORD_SPLIT = /[\s'"`=;&|()<>,[\]{}]+/;
function normalise(word) {
    let w = word.replace(/^(?:--?[\w-]+=)?/, '');
    while (w.startsWith('./'))
        w = w.slice(2);
    w = w.replace(/(?:\/\*\*)?(?:\/\*)?(?:\/\.)?\/*$/, '');
    return w === '.' ? '' : w;
}
/** The workflow references of a text, or undefined when it has none. */
function workflowReferences(text) {
    const mentionsWorkflows = text.includes('.github');
    const hasUses = text.includes('uses');
    if (!mentionsWorkflows && !hasUses && !/\b(?:cp|mv|rsync|install|ln|ditto|tee|COPY|ADD)\b/.test(text))
        return undefined;
    const paths = new Set();
    const names = new Set();
    let any = false;
    for (const line of text.split('\n')) {
        if (NOT_RUN.test(line))
            continue;
        if (hasUses)
            for (const m of line.matchAll(USES)) {
                const p = normalise(m[1]);
                if (p)
                    paths.add(p);
            }
        if (!COPY.test(line))
            continue;
        // A copy command is a short line; a very long one (minified or hostile text) is not split into
        // words, which would cost time and memory: when it names `.github`, it may copy any template.
        if (line.length > MAX_LINE) {
            if (line.includes('.github'))
                any = true;
            continue;
        }
        const into = line.includes('.github/workflows');
        for (const word of line.split(WORD_SPLIT)) {
            const p = normalise(word);
            if (!p || p.startsWith('-') || VERB.test(p))
                continue;
            paths.add(p);
            if (into && /\.ya?ml$/i.test(p))
                names.add(p.slice(p.lastIndexOf('/') + 1).toLowerCase());
        }
        if (into && /[$*?]/.test(line))
            any = true;
        if (paths.size > MAX_PATHS) {
            any = true;
            break;
        }
    }
    if (paths.size === 0 && !any)
        return undefined;
    return { paths: [...paths], namesIntoWorkflows: [...names], anyIntoWorkflows: any };
}
/** Whether `template` is used by a file with these references. */
function uses(refs, template) {
    if (refs.anyIntoWorkflows)
        return true;
    const lower = template.toLowerCase();
    if (refs.namesIntoWorkflows.includes(lower.slice(lower.lastIndexOf('/') + 1)))
        return true;
    for (const p of refs.paths)
        if (template === p || template.startsWith(p + '/'))
            return true;
    return false;
}
/**
 * The results with each nested workflow file judged used or not: a used one keeps (or gets back)
 * what its detectors found; an unused one is emptied (components, errors, the files it calls), what
 * it found kept aside. `elsewhere`: references of files of the tree that are not in `results`.
 */
function judgeWorkflowTemplates(results, elsewhere = []) {
    const templates = [...results.keys()].filter(_detectors_github_workflow_js__WEBPACK_IMPORTED_MODULE_0__/* .isNestedWorkflowPath */ .EX);
    if (templates.length === 0)
        return;
    const referring = [];
    for (const [file, r] of results)
        if (r.workflowReferences)
            referring.push([file, r.workflowReferences]);
    for (const refs of elsewhere)
        referring.push([undefined, refs]);
    for (const template of templates) {
        const r = results.get(template);
        const used = referring.some(([file, refs]) => file !== template && uses(refs, template));
        const own = r.unusedWorkflow ?? {
            components: r.components,
            errors: r.errors,
            ...(r.callees ? { callees: r.callees } : {}),
        };
        const { unusedWorkflow: _kept, callees: _callees, ...rest } = r;
        results.set(template, (used ? { ...rest, ...own } : { ...rest, components: [], errors: [], unusedWorkflow: own }));
    }
}


/***/ }),

/***/ 10817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ limitsFromEnv),
/* harmony export */   MK: () => (/* binding */ defaultLimits),
/* harmony export */   Yb: () => (/* binding */ maxResponseBytesFromEnv)
/* harmony export */ });
/* unused harmony export defaultMaxResponseBytes */
const defaultLimits = {
    maxFileBytes: 64 * 1024 * 1024,
    maxFiles: 500_000,
    maxDepth: 512,
    maxComponentsPerFile: 1_000_000,
};
function limitsFromEnv(env, base = defaultLimits) {
    const num = (name, fallback) => {
        const raw = env[name];
        if (raw === undefined || raw === '')
            return fallback;
        const n = Number(raw);
        if (!Number.isSafeInteger(n) || n <= 0)
            throw new Error(`${name}: "${raw}" is not a positive whole number`);
        return n;
    };
    return {
        maxFileBytes: num('AITG_MAX_FILE_BYTES', base.maxFileBytes),
        maxFiles: num('AITG_MAX_FILES', base.maxFiles),
        maxDepth: num('AITG_MAX_DEPTH', base.maxDepth),
        maxComponentsPerFile: num('AITG_MAX_COMPONENTS_PER_FILE', base.maxComponentsPerFile),
    };
}
/** Largest registry answer (one packument, headers included) the resolver accepts, in bytes. */
const defaultMaxResponseBytes = 64 * 1024 * 1024;
/** `AITG_MAX_RESPONSE_BYTES`, or the default when unset or not a positive whole number. */
function maxResponseBytesFromEnv(env) {
    const n = Number(env.AITG_MAX_RESPONSE_BYTES ?? '');
    return Number.isSafeInteger(n) && n > 0 ? n : defaultMaxResponseBytes;
}


/***/ }),

/***/ 35052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ verdictWord),
/* harmony export */   Hm: () => (/* binding */ statusWord),
/* harmony export */   KV: () => (/* binding */ withRemediation),
/* harmony export */   Ys: () => (/* binding */ installations),
/* harmony export */   vX: () => (/* binding */ advisoriesIn)
/* harmony export */ });
/* harmony import */ var _catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26742);
// What every report tells the reader besides the finding itself: what to do about it (the
// remediation first), the advisory behind a built-in ban, the words for a finding's status, and
// one row per installation (a package with its platform packages).

/** The advisories the report's findings stand on, in id order. */
function advisoriesIn(findings) {
    const seen = new Map();
    for (const f of findings) {
        const a = (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .advisoryOf */ .fC)(f.ruleId);
        if (a)
            seen.set(a.id, a);
    }
    return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
/** The finding's message with what to do first. */
function withRemediation(f) {
    return f.remediation ? `${f.remediation.text} ${f.message}` : f.message;
}
/** The status of a finding in words: new, pre-existing, fixed, or present (audit). */
function statusWord(f) {
    switch (f.status) {
        case 'introduced':
            return 'new';
        case 'unchanged':
            return 'pre-existing';
        case 'removed':
            return 'fixed';
        default:
            return 'present';
    }
}
/**
 * One verdict word for a finding under the gate's verdict: FAIL (fails this gate), PRE-EXISTING (a banned
 * component the change did not bring, not failing this gate), FIXED, WARN, PASS (excepted).
 */
function verdictWord(f, verdict) {
    if (f.status === 'removed')
        return 'FIXED';
    if (f.action === 'pass')
        return 'PASS';
    if (verdict.gates(f))
        return 'FAIL';
    if (f.action === 'fail')
        return f.status === 'unchanged' ? 'PRE-EXISTING' : 'BANNED';
    return 'WARN';
}
/**
 * Folds the findings of platform packages into their package's row: an npm install of
 * `@anthropic-ai/claude-code` brings its native builds beside it, one installation. A platform
 * package found without its package keeps a row of its own, the others of the same kind with it.
 */
function installations(findings, verdict) {
    const out = [];
    const byKey = new Map();
    const keyOf = (f, name) => JSON.stringify([f.location.file, f.ruleId, f.component.version, f.status ?? '', verdict(f), name]);
    for (const f of findings) {
        if ((0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .platformParentOf */ .zu)(f.component.ecosystem, f.component.name))
            continue;
        const row = { finding: f, platforms: [] };
        out.push(row);
        const key = keyOf(f, f.component.name);
        if (!byKey.has(key))
            byKey.set(key, row);
    }
    for (const f of findings) {
        const parent = (0,_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .platformParentOf */ .zu)(f.component.ecosystem, f.component.name);
        if (!parent)
            continue;
        const key = keyOf(f, parent);
        const row = byKey.get(key);
        if (row)
            row.platforms.push(f);
        else {
            const own = { finding: f, platforms: [] };
            byKey.set(key, own);
            out.push(own);
        }
    }
    const order = new Map(findings.map((f, i) => [f, i]));
    return out.sort((a, b) => order.get(a.finding) - order.get(b.finding));
}


/***/ }),

/***/ 70813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ isVendoredPath),
/* harmony export */   Ct: () => (/* binding */ SourceReadError),
/* harmony export */   cT: () => (/* binding */ isSkippedPath),
/* harmony export */   iQ: () => (/* binding */ normalizeRelative)
/* harmony export */ });
/* harmony import */ var _catalog_vendored_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63416);

class SourceReadError extends Error {
}
/** Normalises a path relative to the root; returns null when it escapes the root. */
function normalizeRelative(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/** A path under a `node_modules/` folder (only vendored catalog packages get this far). */
function isVendoredPath(path) {
    return /(^|\/)node_modules\//.test(path);
}
/**
 * Directories never scanned, wherever they are: `.git/`, and `node_modules/` except the
 * `package.json` of a vendored catalog package (catalog/vendored.ts).
 */
function isSkippedPath(path) {
    if (!/(^|\/)(node_modules|\.git)(\/|$)/.test(path))
        return false;
    if (/(^|\/)\.git(\/|$)/.test(path))
        return true;
    return (0,_catalog_vendored_js__WEBPACK_IMPORTED_MODULE_0__/* .vendoredPackageName */ .G)(path) === null;
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** A one-line message for anything thrown (a stack overflow from hostile nesting says so). */
function errorMessage(e) {
    if (e instanceof RangeError && /call stack/i.test(e.message))
        return 'nesting too deep to parse';
    if (e instanceof Error)
        return e.message.split('\n')[0] ?? String(e);
    return String(e);
}


/***/ }),

/***/ 70895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   R4: () => (/* binding */ linesAt),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
// Offsets to 1-based lines and columns, the one place that counts line feeds: `LineIndex` for many
// look-ups in one text, `lineColumnAt`/`lineAt` for one, `linesAt` for increasing offsets in one pass.
/** 1-based line and column of a 0-based offset (clamped to the text), in one pass up to it. */
function lineColumnAt(text, offset) {
    const o = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1 && nl < o) {
        line++;
        lineStart = nl + 1;
        nl = text.indexOf('\n', nl + 1);
    }
    return { line, column: o - lineStart + 1 };
}
/** 1-based line of a 0-based offset. */
function lineAt(text, offset) {
    return lineColumnAt(text, offset).line;
}
/** 1-based lines of increasing offsets, in one pass over the line feeds. */
function linesAt(text, offsets) {
    const lines = new Array(offsets.length);
    let line = 1;
    let nl = text.indexOf('\n');
    for (let k = 0; k < offsets.length; k++) {
        const off = offsets[k];
        while (nl !== -1 && nl < off) {
            line++;
            nl = text.indexOf('\n', nl + 1);
        }
        lines[k] = line;
    }
    return lines;
}
/**
 * Maps character offsets to 1-based lines and columns in O(log n) per look-up, after one
 * O(n) pass that records where each line starts. Build one per file, not per look-up.
 */
class LineIndex {
    starts = [0];
    constructor(text) {
        let i = text.indexOf('\n');
        while (i !== -1) {
            this.starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    /** 1-based line of a 0-based offset. */
    line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** 1-based column of a 0-based offset. */
    column(offset) {
        return offset - this.starts[this.line(offset) - 1] + 1;
    }
    /** 0-based offset of the start of a 1-based line. */
    offsetOfLine(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ DecodeError),
/* harmony export */   g: () => (/* binding */ decodeText)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70895);
// Decoding of file bytes into text: UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
// invalid UTF-8 and binary data are errors, so a lockfile that is not text fails closed.

class DecodeError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
    let text;
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        text = decodeWith(utf16le, bytes, 'UTF-16LE');
    }
    else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        text = decodeWith(utf16be, bytes, 'UTF-16BE');
    }
    else {
        text = decodeWith(utf8, bytes, 'UTF-8');
    }
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
        throw new DecodeError('binary data (NUL byte) in a text file', (0,_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAt */ .mh)(text, nul));
    }
    return text;
}
function decodeWith(decoder, bytes, name) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        // Find the first bad byte's line for a located error (UTF-8 only; UTF-16 rarely breaks).
        let line;
        if (name === 'UTF-8') {
            const bad = firstInvalidUtf8(bytes);
            if (bad >= 0) {
                line = 1;
                for (let i = 0; i < bad; i++)
                    if (bytes[i] === 0x0a)
                        line++;
            }
        }
        throw new DecodeError(`not valid ${name} text`, line);
    }
}
function firstInvalidUtf8(b) {
    let i = 0;
    while (i < b.length) {
        const c = b[i];
        let n;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            n = 1;
        else if (c >= 0xe0 && c <= 0xef)
            n = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 3;
        else
            return i;
        if (i + n >= b.length && n > 0)
            return i;
        for (let k = 1; k <= n; k++)
            if ((b[i + k] & 0xc0) !== 0x80)
                return i;
        i += n + 1;
    }
    return -1;
}


/***/ })

};
