export const id = 578;
export const ids = [578];
export const modules = {

/***/ 15799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ catalog),
/* harmony export */   _W: () => (/* binding */ actionVersionInputs),
/* harmony export */   lx: () => (/* binding */ devcontainerFeature)
/* harmony export */ });
/* unused harmony exports featureVersionOption, carriersOf */
/* harmony import */ var _advisories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73944);
/* harmony import */ var _tools_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60734);



const byId = new Map(_tools_js__WEBPACK_IMPORTED_MODULE_1__/* .tools */ .Y.map((t) => [t.id, t]));
const catalog = {
    tools: _tools_js__WEBPACK_IMPORTED_MODULE_1__/* .tools */ .Y,
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
for (const tool of _tools_js__WEBPACK_IMPORTED_MODULE_1__/* .tools */ .Y) {
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
const actionInputs = new Map();
for (const tool of _tools_js__WEBPACK_IMPORTED_MODULE_1__/* .tools */ .Y) {
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
    for (const tool of tools)
        for (const carrier of tool.carriers)
            if (carrier.ecosystem === ecosystem)
                out.push({ tool, carrier });
    return out;
}


/***/ }),

/***/ 11257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ detectors)
});

// EXTERNAL MODULE: ./src/util/purl.ts
var purl = __webpack_require__(64059);
;// CONCATENATED MODULE: ./src/detectors/component.ts

/** Builds a component, computing its purl from ecosystem, name and version. */
function makeComponent(init) {
    return { ...init, purl: init.purl ?? (0,purl/* purlFor */.n)(init.ecosystem, init.name, init.version) };
}

;// CONCATENATED MODULE: ./src/detectors/brewfile.ts

const BREWFILE_SOURCE = 'Brewfile';
function scanBrewfile(path, text) {
    const components = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*(brew|cask)\s*\(?\s*(["'])([^"'\s]+)\2/.exec(lines[i]);
        if (!m)
            continue;
        components.push(makeComponent({
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/detectors/shell/components.ts
// Turns command findings into located components and scanner problems into located errors.

/** What an install command read by the shell layer can bring in. */
const COMMAND_ECOSYSTEMS = ['npm', 'pypi', 'homebrew', 'installer'];
function findingComponent(f, file, source) {
    return makeComponent({
        ecosystem: f.ecosystem,
        name: f.name,
        version: f.version,
        ...(f.version === null && f.spec !== undefined ? { spec: f.spec } : {}),
        location: { file, line: f.line },
        source,
        sourceKind: f.sourceKind,
        ...(f.resolved !== undefined ? { resolved: f.resolved } : {}),
        ...(f.alias !== undefined ? { alias: f.alias } : {}),
    });
}
function problemError(p, file, what = 'shell') {
    return { file, line: p.line, message: `${what}: ${p.message}` };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/detectors/shell/expand.ts
const MAX_DEPTH = 16;
function expandParts(parts, lookup, depth = 0) {
    let text = '';
    let unknown = false;
    for (const p of parts) {
        if (p.k === 'lit')
            text += p.text;
        else if (p.k === 'opaque') {
            // `${{ env.NAME }}` in a workflow reads the step's environment.
            const env = /^\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(p.raw);
            const v = env ? lookup(env[1]) : undefined;
            text += v ? v.text : p.raw;
            if (!v || v.unknown)
                unknown = true;
        }
        else {
            const v = expandParam(p, lookup, depth);
            text += v.text;
            if (v.unknown)
                unknown = true;
        }
    }
    return { text, unknown };
}
function expandParam(p, lookup, depth) {
    if (depth > MAX_DEPTH)
        return { text: p.raw, unknown: true };
    const v = lookup(p.name);
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
            return { text: p.raw, unknown: true };
    }
}
function expandWord(word, lookup) {
    const v = expandParts(word.parts, lookup);
    return { text: v.text, unknown: v.unknown, start: word.start, word };
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

;// CONCATENATED MODULE: ./src/detectors/shell/installers.ts
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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/detectors/shell/packages.ts
// Package specs as written on command lines: npm (`name@spec`, `alias@npm:real@spec`) and PyPI
// requirements (`name[extra]==1.2`).

const NPM_NAME = /^(?:@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/i;
/** An exact version (`1.2.3`, `v1.2.3`), or null. */
function exactVersion(spec) {
    return semver_default().valid(spec, { loose: false }) ?? null;
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
    if (/^(file|link|git|github|https?):/i.test(spec) || spec.includes('/'))
        return null;
    const version = unknown ? null : exactVersion(spec);
    return version ? { name, version } : { name, version: null, spec };
}
/** A registry tarball URL (`…/@scope/name/-/name-1.2.3.tgz`) names a package and version. */
function registryTarball(text) {
    const m = /^https?:\/\/[^/]+(?:\/[^/]+)*?\/((?:@[^/]+\/)?[^/]+)\/-\/[^/]+-(\d+\.\d+\.\d+[^/]*?)\.tgz$/i.exec(text);
    if (!m)
        return null;
    const name = decodeURIComponent(m[1]);
    return NPM_NAME.test(name) ? { name, version: m[2] } : null;
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

;// CONCATENATED MODULE: ./src/detectors/shell/shell.ts
// A POSIX-shell tokenizer for static reading of install commands: quotes, escapes, line
// continuations, comments, operators, redirections, here-documents, parameter expansions
// (`$V`, `${V}`, `${V:-default}`), command and process substitutions. It never executes
// anything; words keep their parts so that expansion can happen later, in order, with the
// variables known at that point of the script.
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
/** Characters with no special meaning anywhere in a word. */
const PLAIN = /[^ \t\n\r;&|()<>'"\\$`]+/y;
/** Problems kept per script; the rest are dropped (one located problem is enough to fail). */
const MAX_PROBLEMS = 20;
/**
 * Parses `text[start, end)` as a shell script. Offsets in the result are offsets into `text`.
 * Never throws; unterminated quotes, substitutions and here-documents are reported as problems
 * and read to the end.
 */
function parseShell(text, start = 0, end = text.length) {
    return new Lexer(text, start, end).run();
}
class Lexer {
    t;
    end;
    i;
    pipelines = [];
    problems = [];
    command = null;
    pipeline = [];
    pendingHeredocs = [];
    constructor(t, start, end) {
        this.t = t;
        this.end = end;
        this.i = start;
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
            else if (c === ';' || c === '&' || c === '(' || c === ')') {
                if (c === '&' && t[this.i + 1] === '>') {
                    this.readRedirect();
                    continue;
                }
                this.i += c === ';' && t[this.i + 1] === ';' ? 2 : c === '&' && t[this.i + 1] === '&' ? 2 : 1;
                this.endPipeline();
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
                if (/^\d+$/.test(w.raw) && (t[this.i] === '>' || t[this.i] === '<') && t[this.i + 1] !== '(')
                    continue;
                this.addWord(w);
            }
        }
        this.endPipeline();
        for (const h of this.pendingHeredocs)
            this.problem(h.at, `unterminated here-document (<<${h.delim})`);
        this.pendingHeredocs = [];
        return { pipelines: this.pipelines, problems: this.problems };
    }
    problem(offset, message) {
        if (this.problems.length < MAX_PROBLEMS)
            this.problems.push({ offset, message });
    }
    cmd(at) {
        if (!this.command)
            this.command = { words: [], redirects: [], start: at };
        return this.command;
    }
    addWord(w) {
        const cmd = this.cmd(w.start);
        if (cmd.words.length === 0 && RESERVED_PREFIX.has(w.raw))
            return;
        cmd.words.push(w);
    }
    endCommand() {
        const c = this.command;
        this.command = null;
        if (!c)
            return;
        if (c.words.length === 1 && RESERVED_ALONE.has(c.words[0].raw))
            c.words = [];
        if (c.words.length > 0 || c.redirects.length > 0)
            this.pipeline.push(c);
    }
    endPipeline() {
        this.endCommand();
        if (this.pipeline.length > 0)
            this.pipelines.push({ commands: this.pipeline });
        this.pipeline = [];
    }
    readRedirect() {
        const t = this.t;
        const at = this.i;
        const m = /^(<<<|<<-|<<|<>|<&|<|>>|>&|>\||>|&>>|&>)/.exec(t.slice(this.i, this.i + 3));
        const op = m ? m[1] : t[this.i];
        this.i += op.length;
        while (this.i < this.end && (t[this.i] === ' ' || t[this.i] === '\t'))
            this.i++;
        const redirect = { op };
        this.cmd(at).redirects.push(redirect);
        if (this.i >= this.end || /[\n;&|()<>]/.test(t[this.i]))
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
                if (h.strip)
                    line = line.replace(/^\t+/, '');
                if (line === h.delim) {
                    h.redirect.heredoc = { body: t.slice(bodyStart, this.i), start: bodyStart };
                    this.i = Math.min(nl + 1, this.end);
                    found = true;
                    break;
                }
                this.i = nl + 1;
            }
            if (!found) {
                this.i = this.end;
                h.redirect.heredoc = { body: t.slice(bodyStart, this.end), start: bodyStart };
                this.problem(h.at, `unterminated here-document (<<${h.delim})`);
            }
        }
        this.pendingHeredocs = [];
    }
    /** Reads the whole text as the parts of one word (metacharacters are literal). */
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
            else if (c === '(')
                break;
            else if (c === '<' || c === '>') {
                if (t[this.i + 1] === '(') {
                    flush();
                    const s = this.i;
                    const close = this.matchParen(this.i + 2);
                    parts.push({
                        k: 'opaque',
                        raw: t.slice(s, close),
                        script: { text: t.slice(s + 2, close - 1), start: s + 2 },
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
                const close = t.indexOf("'", this.i + 1);
                if (close === -1 || close >= this.end) {
                    this.problem(this.i, 'unterminated single quote');
                    lit += t.slice(this.i + 1, this.end);
                    this.i = this.end;
                }
                else {
                    lit += t.slice(this.i + 1, close);
                    this.i = close + 1;
                }
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
                        parts.push(this.readBacktick());
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
    readBacktick() {
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
        return { k: 'opaque', raw: t.slice(s, this.i), script: { text: t.slice(s + 1, j), start: s + 1 } };
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
            const close = this.matchParen(s + 2);
            this.i = close;
            const raw = t.slice(s, close);
            return arith
                ? { k: 'opaque', raw }
                : { k: 'opaque', raw, script: { text: t.slice(s + 2, close - 1), start: s + 2 } };
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
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=?+])([\s\S]*))?$/.exec(inner);
            if (!m)
                return { k: 'opaque', raw };
            const arg = m[3] !== undefined ? parseWordText(m[3]) : [];
            return { k: 'param', name: m[1], op: m[2] ?? '', arg, raw };
        }
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(t.slice(s + 1, Math.min(this.end, s + 257)));
        if (m) {
            this.i = s + 1 + m[0].length;
            return { k: 'param', name: m[0], op: '', arg: [], raw: t.slice(s, this.i) };
        }
        if (/[0-9@*#?$!-]/.test(n)) {
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
    return new Lexer(text, 0, text.length).readAllAsWord();
}

;// CONCATENATED MODULE: ./src/detectors/shell/scan.ts




/** State shared by every script of one file (Dockerfile RUNs share downloads and variables). */
class CommandScanner {
    env;
    maxSteps;
    findings = [];
    scriptRuns = [];
    problems = [];
    /** Files fetched by earlier commands: path → URL. */
    downloads = new Map();
    steps = 0;
    constructor(
    /** Variables known before the script (ARG/ENV/build args); later assignments add to it. */
    env = new Map(), 
    /** Most commands read per file, a bound on hostile input. */
    maxSteps = 2_000_000) {
        this.env = env;
        this.maxSteps = maxSteps;
    }
    /**
     * Scans `text[start, end)`. `locate` maps an offset of `text` to a 1-based line of the file.
     */
    scan(text, locate, start = 0, end = text.length, depth = 0) {
        if (depth > 8)
            return;
        const parsed = parseShell(text, start, end);
        for (const p of parsed.problems)
            this.problems.push({ line: locate(p.offset), message: p.message });
        for (const pipeline of parsed.pipelines) {
            if (++this.steps > this.maxSteps) {
                if (this.steps > this.maxSteps + 1)
                    return;
                const at = pipeline.commands[0]?.start ?? start;
                this.problems.push({
                    line: locate(at),
                    message: `more than ${this.maxSteps} commands; the rest was not read`,
                });
                return;
            }
            this.pipeline(pipeline.commands, text, locate, depth);
        }
    }
    /** Marks downloads never run as installers that are still installers (reported at the fetch). */
    finish() {
        for (const d of new Set(this.downloads.values())) {
            if (d.used)
                continue;
            d.used = true;
            this.reportFetched(d.url, d.line);
        }
    }
    lookup(overlay) {
        return (name) => overlay?.get(name) ?? this.env.get(name);
    }
    pipeline(commands, text, locate, depth) {
        const prepared = commands.map((c) => this.prepare(c));
        for (let i = 0; i < prepared.length; i++) {
            const cmd = prepared[i];
            const next = prepared[i + 1];
            // `curl URL | [VERSION=x] [sudo] bash -s -- ARGS`
            if (next && cmd.argv.length > 0 && isFetcher(cmd.argv[0].text)) {
                const url = fetchUrl(cmd.argv);
                const shell = next.argv.length > 0 && isPipeShell(next.argv[0].text) ? next : null;
                if (url && shell) {
                    this.reportInstaller(url.text, locate(url.start), shell.argv.slice(1), shell.overlay);
                    // The shell reads the script from stdin; its own arguments are not a script path.
                    shell.consumed = true;
                    cmd.consumed = true;
                    continue;
                }
            }
            // `cat <<EOF | bash`: the here-document is the script.
            if (next && cmd.heredoc && next.argv.length === 1 && SHELLS.has(base(next.argv[0].text))) {
                this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
                next.consumed = true;
                continue;
            }
            if (!cmd.consumed)
                this.command(cmd, text, locate, depth);
        }
        // Assignments on their own (`V=1`) set variables for the rest of the script.
        if (commands.length === 1) {
            const only = prepared[0];
            if (only.argv.length === 0)
                for (const [k, v] of only.overlay)
                    this.env.set(k, v);
        }
    }
    /** Expands a command's words: leading assignments become an overlay, wrappers are removed. */
    prepare(c) {
        const overlay = new Map();
        let words = c.words;
        let i = 0;
        for (; i < words.length; i++) {
            const a = splitAssignment(words[i]);
            if (!a)
                break;
            overlay.set(a.name, expandParts(a.value, this.lookup(overlay)));
        }
        words = words.slice(i);
        const lookup = this.lookup(overlay);
        let argv = words.map((w) => expandWord(w, lookup));
        argv = stripWrappers(argv, overlay, lookup);
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
            // A Dockerfile `RUN <<EOF` runs its here-document with the default shell.
            if (cmd.heredoc)
                this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
            return;
        }
        const name = base(argv[0].text);
        const args = argv.slice(1);
        if (name === 'export' ||
            name === 'declare' ||
            name === 'typeset' ||
            name === 'local' ||
            name === 'readonly') {
            for (const a of cmd.command.words.slice(1)) {
                const s = splitAssignment(a);
                if (s)
                    this.env.set(s.name, expandParts(s.value, lookup));
            }
            return;
        }
        if (name === 'unset') {
            for (const a of args)
                this.env.delete(a.text);
            return;
        }
        if (name === 'alias') {
            for (const a of args) {
                const eq = a.text.indexOf('=');
                if (eq > 0)
                    this.nested(a.text.slice(eq + 1), locate(a.start), depth);
            }
            return;
        }
        if (name === 'eval') {
            if (args.length)
                this.nested(args.map((a) => a.text).join(' '), locate(args[0].start), depth);
            return;
        }
        if (SHELLS.has(name)) {
            this.shell(cmd, args, text, locate, depth);
            return;
        }
        if (name === 'source' || name === '.') {
            if (args[0])
                this.runScript(args[0], args.slice(1), locate, cmd.overlay);
            return;
        }
        if (name === 'su' || name === 'runuser') {
            const c = args.findIndex((a) => a.text === '-c' || a.text === '--command');
            if (c >= 0 && args[c + 1])
                this.nested(args[c + 1].text, locate(args[c + 1].start), depth);
            return;
        }
        if (isFetcher(name)) {
            this.fetch(argv, locate);
            return;
        }
        // A command word with a slash runs that file: `./setup.sh`, `.devcontainer/post-create.sh`.
        if (this.downloads.has(argv[0].text) || /^\S*\/\S*\.(sh|bash)$/.test(argv[0].text)) {
            this.runScript(argv[0], args, locate, cmd.overlay);
            return;
        }
        const found = recognise(name, args);
        if (found.length > 0) {
            for (const f of found)
                if (f.finding)
                    this.findings.push({ ...f.finding, line: locate(f.at) });
            for (const n of found)
                if (n.nested)
                    this.nested(n.nested.text, locate(n.nested.at), depth);
            return;
        }
        if (name === 'echo' || name === 'printf') {
            // `echo "alias claude='npx claude'" >> ~/.bashrc` defines how the tool runs later.
            for (const a of args)
                if (/^\s*alias\s+[\w.-]+=/.test(a.text))
                    this.nested(a.text, locate(a.start), depth);
            return;
        }
        if (NON_EXECUTING.has(name))
            return;
        // A helper function or tool given a command string: `run_command "npm install -g x"`.
        for (const a of args) {
            if (/\s/.test(a.text) && COMMAND_WORD.test(a.text.trimStart()))
                this.nested(a.text, locate(a.start), depth);
        }
    }
    substitutions(w, text, locate, depth) {
        for (const p of w.parts) {
            if (p.k === 'opaque' && p.script)
                this.scan(text, locate, p.script.start, p.script.start + p.script.text.length, depth + 1);
        }
    }
    /** Scans a command string built at run time; its findings sit at `line` plus its own newlines. */
    nested(script, line, depth) {
        if (depth >= 8)
            return;
        const starts = [];
        let nl = script.indexOf('\n');
        while (nl !== -1) {
            starts.push(nl);
            nl = script.indexOf('\n', nl + 1);
        }
        const locate = (o) => {
            let lo = 0;
            let hi = starts.length;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (starts[mid] < o)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return line + lo;
        };
        this.scan(script, locate, 0, script.length, depth + 1);
    }
    shell(cmd, args, text, locate, depth) {
        // `bash -c 'script' [$0 args…]`, `bash -lc …`, `bash -euxo pipefail -c …`
        let i = 0;
        let cScript;
        for (; i < args.length; i++) {
            const a = args[i].text;
            if (a === '--') {
                i++;
                break;
            }
            if (/^[-+][a-zA-Z]*[oO]$/.test(a) && !a.includes('c')) {
                i++;
                continue;
            }
            if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a) && !a.startsWith('--')) {
                cScript = args[i + 1];
                break;
            }
            if (!a.startsWith('-') && !a.startsWith('+'))
                break;
        }
        if (cScript) {
            const fetched = fetchInSubstitution(cScript.word, this.lookup(cmd.overlay));
            if (fetched) {
                this.reportInstaller(fetched.text, locate(cScript.start), args.slice(args.indexOf(cScript) + 1), cmd.overlay);
                return;
            }
            this.nested(cScript.text, locate(cScript.start), depth);
            return;
        }
        const first = args[i];
        if (first) {
            // `bash <(curl -fsSL URL) ARGS`
            const fetched = fetchInSubstitution(first.word, this.lookup(cmd.overlay));
            if (fetched) {
                this.reportInstaller(fetched.text, locate(first.start), args.slice(i + 1), cmd.overlay);
                return;
            }
            this.runScript(first, args.slice(i + 1), locate, cmd.overlay);
            return;
        }
        if (cmd.heredoc) {
            this.scan(text, locate, cmd.heredoc.start, cmd.heredoc.start + cmd.heredoc.body.length, depth + 1);
        }
    }
    /** A script run by path: a fetched installer, or a repository script to read. */
    runScript(path, args, locate, overlay) {
        const d = this.downloads.get(path.text) ?? this.downloads.get(basename(path.text));
        if (d) {
            d.used = true;
            this.reportInstaller(d.url, locate(path.start), args, overlay);
            return;
        }
        // `${containerWorkspaceFolder}/x.sh` is a path in the repository too.
        const inWorkspace = /^\$\{(containerWorkspaceFolder|localWorkspaceFolder)\}\/[\w./-]+$/.test(path.text);
        if ((!path.unknown && /^[\w./-]+$/.test(path.text)) || inWorkspace)
            this.scriptRuns.push({ path: path.text, line: locate(path.start) });
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
            if (!this.downloads.has(basename(out)))
                this.downloads.set(basename(out), rec);
            if (releaseDownload(url.text)) {
                rec.used = true;
                this.reportFetched(url.text, line);
            }
            return;
        }
        if (releaseDownload(url.text))
            this.reportFetched(url.text, locate(url.start));
    }
    /** A fetched URL that is not run by a shell we can see: a release download or a known installer. */
    reportFetched(url, line) {
        const rel = releaseDownload(url);
        const name = installerName(url);
        if (name && vendorInstaller(name)) {
            this.findings.push({
                ecosystem: 'installer',
                name,
                version: null,
                spec: 'latest',
                sourceKind: 'url',
                resolved: url,
                line,
            });
            return;
        }
        if (!rel)
            return;
        this.findings.push({
            ecosystem: 'installer',
            name: rel.name,
            version: rel.version,
            ...(rel.version === null ? { spec: rel.spec ?? 'latest' } : {}),
            sourceKind: 'url',
            resolved: url,
            line,
        });
    }
    /** Records the vendor installer at `url` run by a shell with `args` and the given environment. */
    reportInstaller(url, line, args, overlay) {
        const name = installerName(url);
        if (!name)
            return;
        const positional = args.filter((a) => !a.text.startsWith('-'));
        const vendor = vendorInstaller(name);
        let value;
        if (vendor) {
            const v = vendor.version;
            if (v.kind === 'positional')
                value = positional[0];
            else if (v.kind === 'env')
                value = overlay.get(v.name) ?? this.env.get(v.name);
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
                : (exactVersion(value.text) ?? (vendor ? versionFromTag(value.text) : null));
            spec = value.text;
        }
        this.findings.push({
            ecosystem: 'installer',
            name,
            version,
            ...(version === null ? { spec } : {}),
            sourceKind: 'url',
            resolved: url,
            line,
        });
    }
}
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', 'ksh', 'mksh']);
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
const COMMAND_WORD = /^(sudo\s+)?(npm|npx|pnpm|pnpx|yarn|bun|bunx|volta|deno|pip|pip3|pipx|python3?|uv|uvx|brew|curl|wget|sh|bash|zsh)\s/;
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
                if (t === '-u' || t === '-C' || t === '-S')
                    i += 2;
                else if (t.startsWith('-'))
                    i++;
                else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) {
                    const a = splitAssignment(argv[i].word);
                    if (a)
                        overlay.set(a.name, expandParts(a.value, lookup));
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
        else if (![
            'exec',
            'nohup',
            'time',
            'corepack',
            'command',
            'builtin',
            'xargs',
            'retry',
            'then',
            'do',
            'else',
        ].includes(w)) {
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
    const isCurl = base(argv[0].text) === 'curl';
    let dir = '';
    let out = isCurl ? null : basename(url.replace(/[?#].*$/, ''));
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
                out = basename(url.replace(/[?#].*$/, ''));
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
        const parsed = parseShell(p.script.text);
        const c = parsed.pipelines[0]?.commands[0];
        if (!c)
            continue;
        const argv = c.words.map((x) => expandWord(x, lookup));
        if (argv.length && isFetcher(argv[0].text)) {
            const u = fetchUrl(argv);
            if (u)
                return { text: u.text };
        }
    }
    return null;
}
const NPM_VALUE_FLAGS = new Set([
    '--prefix',
    '--registry',
    '--tag',
    '-w',
    '--workspace',
    '--omit',
    '--include',
    '--install-strategy',
    '--loglevel',
    '--cache',
    '--userconfig',
    '--globalconfig',
    '--before',
    '--location',
    '--dir',
    '-C',
    '--filter',
    '--network-timeout',
    '--cwd',
    '--modules-folder',
    '--cache-folder',
    '--global-folder',
    '--config',
    '--backend',
    '--node-options',
    '--shell',
    '--script-shell',
    '--mutex',
]);
/** Positional arguments after option flags (flags listed in `valued` take the next word). */
function positionals(args, valued) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if (t === '--') {
            out.push(...args.slice(i + 1));
            break;
        }
        if (t.startsWith('-')) {
            if (valued.has(t))
                i++;
            continue;
        }
        out.push(args[i]);
    }
    return out;
}
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
function npmInstalls(args) {
    const tagI = args.findIndex((a) => a.text === '--tag');
    const tag = tagI >= 0 ? args[tagI + 1]?.text : undefined;
    const out = [];
    for (const a of positionals(args, NPM_VALUE_FLAGS)) {
        if (a.unknown && !/^@?[\w.-]+(\/[\w.-]+)?@/.test(a.text))
            continue;
        const r = npmFinding(a, parseNpmSpec(a.text, a.unknown), tag);
        if (r)
            out.push(r);
    }
    return out;
}
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
]);
function pipInstalls(args, atVersion = false) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const t = args[i].text;
        if ((t === '--with' || t === '--from') && args[i + 1]) {
            const r = pypiFinding(args[i + 1], parsePypiSpec(args[i + 1].text, args[i + 1].unknown, atVersion));
            if (r)
                out.push(r);
        }
    }
    for (const a of positionals(args, PIP_VALUE_FLAGS)) {
        if (/^[./~]/.test(a.text) || a.text.includes('://') || /\.(whl|tar\.gz|zip)$/.test(a.text))
            continue;
        const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, atVersion));
        if (r)
            out.push(r);
    }
    return out;
}
/** The package run by a one-off runner (npx, npm exec, pnpm dlx, yarn dlx, bunx). */
function npxRun(args) {
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
        else if (NPM_VALUE_FLAGS.has(t))
            i++;
        else if (!t.startsWith('-'))
            break;
    }
    if (packages.length > 0) {
        for (const p of packages) {
            const r = npmFinding(p, parseNpmSpec(p.text, p.unknown));
            if (r)
                out.push(r);
        }
    }
    else if (args[i] && !call) {
        const r = npmFinding(args[i], parseNpmSpec(args[i].text, args[i].unknown));
        if (r)
            out.push(r);
    }
    if (call)
        out.push({ at: call.start, nested: { text: call.text, at: call.start } });
    return out;
}
/** Recognises the package-manager command `name args…`. */
function recognise(name, args) {
    const sub = args[0]?.text;
    const rest = args.slice(1);
    switch (name) {
        case 'npm':
            if (sub &&
                /^(install|i|add|in|ins|inst|insta|instal|isnt|isntall|install-test|it|update|up|upgrade)$/.test(sub))
                return npmInstalls(rest);
            if (sub === 'exec' || sub === 'x')
                return npxRun(rest);
            return [];
        case 'npx':
        case 'pnpx':
        case 'bunx':
            return npxRun(args);
        case 'pnpm':
            if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'update' || sub === 'up')
                return npmInstalls(rest);
            if (sub === 'dlx')
                return npxRun(rest);
            return [];
        case 'yarn':
            if (sub === 'global' && args[1]?.text === 'add')
                return npmInstalls(args.slice(2));
            if (sub === 'add')
                return npmInstalls(rest);
            if (sub === 'dlx')
                return npxRun(rest);
            return [];
        case 'bun':
            if (sub === 'add' || sub === 'install' || sub === 'i' || sub === 'a')
                return npmInstalls(rest);
            if (sub === 'x')
                return npxRun(rest);
            return [];
        case 'volta':
            return sub === 'install'
                ? npmInstalls(rest).filter((r) => !['node', 'npm', 'yarn', 'pnpm'].includes(r.finding?.name ?? ''))
                : [];
        case 'deno':
            return args
                .filter((a) => a.text.startsWith('npm:'))
                .map((a) => npmFinding(a, parseNpmSpec(a.text.slice(4), a.unknown)))
                .filter((r) => r !== null);
        case 'uv':
            if (sub === 'pip' && args[1]?.text === 'install')
                return pipInstalls(args.slice(2));
            if (sub === 'tool' && (args[1]?.text === 'install' || args[1]?.text === 'upgrade'))
                return pipInstalls(args.slice(2), true);
            if (sub === 'tool' && args[1]?.text === 'run')
                return uvxRun(args.slice(2));
            if (sub === 'add')
                return pipInstalls(rest);
            return [];
        case 'uvx':
            return uvxRun(args);
        case 'pipx':
            if (sub === 'install' || sub === 'upgrade')
                return pipInstalls(rest);
            if (sub === 'run')
                return pipxRun(rest);
            return [];
        case 'brew':
            if (sub === 'install' || sub === 'reinstall' || sub === 'upgrade')
                return brewInstalls(rest);
            return [];
        default:
            if (/^pip(\d+(\.\d+)?)?$/.test(name))
                return sub === 'install' ? pipInstalls(rest) : [];
            if (/^python(\d+(\.\d+)?)?$/.test(name)) {
                const m = args.findIndex((a) => a.text === '-m');
                if (m >= 0 && /^pip$/.test(args[m + 1]?.text ?? '') && args[m + 2]?.text === 'install')
                    return pipInstalls(args.slice(m + 3));
                if (m >= 0 && args[m + 1]?.text === 'pipx' && args[m + 2]?.text === 'install')
                    return pipInstalls(args.slice(m + 3));
            }
            return [];
    }
}
function uvxRun(args) {
    const from = args.findIndex((a) => a.text === '--from');
    if (from >= 0)
        return pipInstalls(args.slice(from, from + 2), true);
    const fromEq = args.find((a) => a.text.startsWith('--from='));
    if (fromEq) {
        const a = { ...fromEq, text: fromEq.text.slice(7) };
        const r = pypiFinding(a, parsePypiSpec(a.text, a.unknown, true));
        return r ? [r] : [];
    }
    const pos = positionals(args, PIP_VALUE_FLAGS)[0];
    if (!pos)
        return [];
    const r = pypiFinding(pos, parsePypiSpec(pos.text, pos.unknown, true));
    return r ? [r] : [];
}
function pipxRun(args) {
    const spec = args.findIndex((a) => a.text === '--spec');
    const target = spec >= 0 ? args[spec + 1] : positionals(args, PIP_VALUE_FLAGS)[0];
    if (!target)
        return [];
    const r = pypiFinding(target, parsePypiSpec(target.text, target.unknown));
    return r ? [r] : [];
}
function brewInstalls(args) {
    const cask = args.some((a) => a.text === '--cask' || a.text === '--casks');
    const out = [];
    for (const a of positionals(args, new Set(['--appdir', '--fontdir', '--language']))) {
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

;// CONCATENATED MODULE: ./src/util/lines.ts
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

;// CONCATENATED MODULE: ./src/detectors/dockerfile.ts
// Dockerfiles (`Dockerfile`, `*.Dockerfile`, `Dockerfile.*`, `Containerfile`): installs in RUN
// instructions, with ARG defaults, build args given by a devcontainer or compose file, ENV values,
// multi-stage inheritance, line continuations, comment lines inside continuations, here-documents,
// exec form, and ADD of release URLs. Instructions come from dockerfile-ast; RUN bodies are read
// by our shell tokenizer.







const DOCKERFILE_SOURCE = 'Dockerfile';
function isDockerfilePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/\.dockerignore$/i.test(name))
        return false;
    return /^(Dockerfile|Containerfile)(\.[^/]+)?$/i.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);
}
/** Scans one Dockerfile's text and reports its installs, located in `file`. */
function scanDockerfile(text, file, options = {}) {
    const components = [];
    const errors = [];
    const lines = new LineIndex(text);
    const offsetLine = (options.firstLine ?? 1) - 1;
    const locate = (o) => lines.line(o) + offsetLine;
    const buildArgs = options.buildArgs ?? new Map();
    const escape = escapeCharacter(text);
    const globals = new Map();
    const stages = [];
    let stage = null;
    const scanner = new CommandScanner();
    for (const ins of splitInstructions(text, escape)) {
        const keyword = ins.keyword;
        const { argsStart, end } = ins;
        const vars = stage ? stage.vars : globals;
        const lookup = (n) => vars.get(n);
        switch (keyword) {
            case 'FROM': {
                const args = wordsOf(text, argsStart, end, escape).map((w) => w.raw);
                const asI = args.findIndex((a) => a.toUpperCase() === 'AS');
                const image = args.find((a) => !a.startsWith('--')) ?? '';
                const parent = stages.find((s) => s.name !== undefined && s.name === image.toLowerCase());
                stage = {
                    name: asI >= 0 ? args[asI + 1]?.toLowerCase() : undefined,
                    vars: new Map(parent?.vars ?? []),
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
                        value = expandParts(parts, lookup);
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
                    vars.set(words[0].raw, expandParts(parseShellWord(rest), lookup));
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
                    vars.set(w.raw.slice(0, eq), expandParts(parts, lookup));
                }
                break;
            }
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
                scanner.scan(segment, (o) => locate(o + body));
                break;
            }
            case 'ADD': {
                const words = wordsOf(text, argsStart, end, escape).filter((w) => !w.raw.startsWith('--'));
                if (words.length < 2)
                    break;
                const dest = expandParts(words[words.length - 1].parts, lookup).text;
                for (const w of words.slice(0, -1)) {
                    const src = expandParts(w.parts, lookup);
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
        components.push(findingComponent(f, file, DOCKERFILE_SOURCE));
    for (const p of scanner.problems)
        errors.push(problemError(p, file, 'RUN'));
    return { components, errors };
}
/** The words of `text[start, end)` (ARG and ENV arguments) read with shell quoting. */
function wordsOf(text, start, end, escape = '\\') {
    const joined = joinContinuations(text.slice(start, end), escape);
    return parseShell(joined)
        .pipelines.flatMap((p) => p.commands.flatMap((c) => c.words))
        .map((w) => ({ ...w, start: w.start + start }));
}
function parseShellWord(text) {
    const w = parseShell(text).pipelines[0]?.commands[0]?.words;
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
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: isDockerfilePath,
    detect: ({ path, text }) => scanDockerfile(text, path),
};

;// CONCATENATED MODULE: ./src/detectors/parsers/yaml-nodes.ts
// Small helpers over `yaml` documents with source positions, shared by the compose and workflow
// detectors. Aliases are followed by reference (never expanded), so alias bombs stay cheap.

function parseYaml(text, file, maxDepth) {
    const lines = new dist/* LineCounter */.HN();
    const errors = [];
    const depth = flowDepth(text);
    if (depth > maxDepth) {
        errors.push({ file, message: `nesting deeper than ${maxDepth} levels` });
        return { doc: (0,dist/* parseDocument */.Tp)('', { lineCounter: new dist/* LineCounter */.HN() }), lines, errors };
    }
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
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
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
function get(doc, map, key) {
    const m = resolve(doc, map);
    if (!(0,dist/* isMap */.jh)(m))
        return undefined;
    const p = pair(m, key);
    return p ? resolve(doc, p.value) : undefined;
}
function pair(map, key) {
    return map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
}
function pairs(doc, map) {
    const m = resolve(doc, map);
    if (!(0,dist/* isMap */.jh)(m))
        return [];
    const out = [];
    for (const p of m.items) {
        if ((0,dist/* isScalar */.jn)(p.key))
            out.push({ key: String(p.key.value), keyNode: p.key, value: resolve(doc, p.value) });
    }
    return out;
}
function items(doc, seq) {
    const s = resolve(doc, seq);
    return (0,dist/* isSeq */.oP)(s) ? s.items.map((i) => resolve(doc, i)) : [];
}
function str(node) {
    if (!(0,dist/* isScalar */.jn)(node))
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
    const type = (0,dist/* isScalar */.jn)(node) ? node.type : undefined;
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

;// CONCATENATED MODULE: ./src/detectors/compose.ts
// Docker Compose files: each service's `build` (context, dockerfile, args as a map or a list,
// dockerfile_inline) leads to a Dockerfile, scanned with the build args applied; values are
// interpolated from the project's `.env` the way Compose does (`${V}`, `${V:-d}`, `${V:?e}`, `$$`).





const COMPOSE_SOURCE = 'compose';
function isComposePath(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^(docker-)?compose(\.[^/]+)?\.ya?ml$/i.test(name);
}
/** Joins a relative path onto a folder of the scanned tree; null for absolute paths and URLs. */
function joinRelative(dir, rel) {
    if (rel.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) || rel.includes('${'))
        return null;
    const j = external_node_path_.posix.normalize(external_node_path_.posix.join(dir || '.', rel));
    return j === '.' ? '' : j.replace(/^\.\//, '');
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
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
    const components = [];
    const parsed = parseYaml(text, path, input.limits.maxDepth);
    const errors = [...parsed.errors];
    const { doc, lines } = parsed;
    const dir = dirOf(path);
    const dotEnv = await input.readFile(dir ? `${dir}/.env` : '.env');
    const env = dotEnv === null ? new Map() : parseDotEnv(dotEnv);
    const inter = (s) => interpolate(s, env);
    for (const svc of pairs(doc, get(doc, doc.contents, 'services'))) {
        if (service !== undefined && svc.key !== service)
            continue;
        let context = '.';
        let dockerfile = 'Dockerfile';
        let inline;
        const args = new Map();
        {
            const b = get(doc, svc.value, 'build');
            if (b === undefined)
                continue;
            if ((0,dist/* isScalar */.jn)(b))
                context = inter(str(b) ?? '.').text;
            else {
                const c = str(get(doc, b, 'context'));
                if (c !== undefined)
                    context = inter(c).text;
                const d = str(get(doc, b, 'dockerfile'));
                if (d !== undefined)
                    dockerfile = inter(d).text;
                inline = get(doc, b, 'dockerfile_inline');
                const a = get(doc, b, 'args');
                for (const p of pairs(doc, a)) {
                    const v = str(p.value);
                    if (v !== undefined)
                        args.set(p.key, inter(v));
                    else if (env.has(p.key))
                        args.set(p.key, { text: env.get(p.key), unknown: false });
                }
                for (const item of items(doc, a)) {
                    const s = str(item);
                    if (s === undefined)
                        continue;
                    const eq = s.indexOf('=');
                    if (eq > 0)
                        args.set(s.slice(0, eq), inter(s.slice(eq + 1)));
                    else if (env.has(s))
                        args.set(s, { text: env.get(s), unknown: false });
                }
            }
        }
        if (inline !== undefined && str(inline) !== undefined) {
            const firstLine = lineOf(lines, inline) + ((0,dist/* isScalar */.jn)(inline) && inline.type?.startsWith('BLOCK') ? 1 : 0);
            const r = scanDockerfile(str(inline), path, { buildArgs: args, firstLine });
            components.push(...r.components);
            errors.push(...r.errors);
            continue;
        }
        const ctx = joinRelative(dir, context);
        if (ctx === null)
            continue;
        const df = joinRelative(ctx, dockerfile);
        if (df === null)
            continue;
        const dockerText = await input.readFile(df);
        if (dockerText === null)
            continue;
        const r = scanDockerfile(dockerText, df, { buildArgs: args });
        components.push(...r.components);
        // A Dockerfile under a standard name reports its own errors when scanned on its own.
        if (!isDockerfilePath(df))
            errors.push(...r.errors);
    }
    return { components, errors };
}
const composeDetector = {
    id: COMPOSE_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: isComposePath,
    detect: (input) => scanCompose(input.path, input.text, input),
};

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/detectors/devcontainer/jsonc.ts
// JSONC parsing with offsets (comments and trailing commas), a depth bound checked with the
// iterative scanner before building the tree, and located errors.

// jsonc-parser's SyntaxKind is an ambient const enum; its values, spelled out.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;
function parseJsonc(text, file, lines, maxDepth) {
    const scanner = (0,main.createScanner)(text, true);
    let depth = 0;
    for (let k = scanner.scan(); k !== EOF; k = scanner.scan()) {
        if (k === OPEN_BRACE || k === OPEN_BRACKET) {
            if (++depth > maxDepth) {
                const at = scanner.getTokenOffset();
                return {
                    root: undefined,
                    errors: [
                        {
                            file,
                            line: lines.line(at),
                            column: lines.column(at),
                            message: `nesting deeper than ${maxDepth} levels`,
                        },
                    ],
                };
            }
        }
        else if (k === CLOSE_BRACE || k === CLOSE_BRACKET)
            depth--;
    }
    const parseErrors = [];
    const root = (0,main.parseTree)(text, parseErrors, {
        allowTrailingComma: true,
        disallowComments: false,
        allowEmptyContent: true,
    });
    const errors = parseErrors.slice(0, 1).map((e) => ({
        file,
        line: lines.line(e.offset),
        column: lines.column(e.offset),
        message: `invalid JSONC: ${(0,main.printParseErrorCode)(e.error)}`,
    }));
    return { root, errors };
}
function at(root, path) {
    return root ? (0,main.findNodeAtLocation)(root, path) : undefined;
}
/** The properties of an object node: key, key node, value node. */
function props(node) {
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
function strings(node) {
    if (!node || node.type !== 'array' || !node.children)
        return [];
    return node.children.filter((c) => c.type === 'string');
}
function strValue(node) {
    return node && node.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}
/** A scalar option value as text (`"1.2.3"`, `true`, `3`). */
function scalarText(node) {
    if (!node)
        return undefined;
    if (node.type === 'string' || node.type === 'number' || node.type === 'boolean')
        return String(node.value);
    return undefined;
}

// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(15799);
;// CONCATENATED MODULE: ./src/detectors/devcontainer/known-features.ts
// Dev container features: the catalog (src/catalog/data/tools.json) says which option of a known
// feature carries the tool version, its default and the registry package it installs; this module
// reads option values as versions and guesses, for features the catalog does not know, whether
// the id names an AI tool.

const semverish = (v) => {
    const m = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(v);
    return m ? m[1] : null;
};
function knownFeature(id) {
    return (0,catalog/* devcontainerFeature */.lx)(id);
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

;// CONCATENATED MODULE: ./src/detectors/shell-script.ts
// Shell scripts (`*.sh`, `*.bash`): installs and runs of tools, located at their lines.




const SHELL_SCRIPT_SOURCE = 'shell-script';
function isShellScriptPath(path) {
    return /\.(sh|bash)$/i.test(path);
}
function scanShellScript(path, text) {
    const lines = new LineIndex(text);
    const scanner = new CommandScanner();
    scanner.scan(text, (o) => lines.line(o));
    scanner.finish();
    const components = scanner.findings.map((f) => findingComponent(f, path, SHELL_SCRIPT_SOURCE));
    return { components, errors: scanner.problems.map((p) => problemError(p, path)) };
}
const shellScriptDetector = {
    id: SHELL_SCRIPT_SOURCE,
    role: 'commands',
    syntax: 'text',
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: isShellScriptPath,
    detect: ({ path, text }) => scanShellScript(path, text),
};

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
    const lines = new LineIndex(text);
    const components = [];
    const parsed = parseJsonc(text, path, lines, input.limits.maxDepth);
    const errors = [...parsed.errors];
    const root = parsed.root;
    if (!root || root.type !== 'object') {
        if (root && errors.length === 0)
            errors.push({ file: path, line: 1, message: 'devcontainer.json is not a JSON object' });
        return { components, errors };
    }
    const dir = dirOf(path);
    const lineOf = (n) => lines.line(n.offset);
    // Features.
    for (const f of props(at(root, ['features']))) {
        const ref = featureRef(f.key);
        const options = f.value.type === 'object' ? props(f.value) : [];
        const legacyVersion = f.value.type === 'string' ? strValue(f.value) : undefined;
        const known = knownFeature(ref.name);
        let version = null;
        let spec;
        if (known) {
            const opt = known.versionOption ? options.find((o) => o.key === known.versionOption) : undefined;
            const value = (opt ? scalarText(opt.value) : undefined) ?? legacyVersion ?? known.defaultVersion;
            ({ version, spec } = versionOf(value, (v) => featureVersion(known, v)));
        }
        else {
            const ai = looksLikeAiTool(ref.name);
            const opt = options.find((o) => (ai ? isVersionOption(o.key) : o.key === 'version'));
            const value = (opt ? scalarText(opt.value) : undefined) ?? legacyVersion;
            if (value !== undefined) {
                ({ version, spec } = versionOf(value, ai ? (v) => semverLike(v.replace(/^[a-z]+-(?=v?\d)/i, '')) : () => null));
            }
        }
        const line = lineOf(f.keyNode);
        components.push(makeComponent({
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
            components.push(makeComponent({
                ecosystem: known.installs.ecosystem,
                name: known.installs.package,
                version,
                ...(version === null && spec !== undefined ? { spec } : {}),
                location: { file: path, line },
                source: DEVCONTAINER_SOURCE,
                sourceKind: 'registry',
            }));
        }
        if (ref.kind === 'file') {
            // A local feature: its install.sh runs with the options as upper-case variables.
            const folder = joinRelative(dir, f.key);
            if (folder !== null) {
                const env = new Map();
                for (const o of options) {
                    const v = scalarText(o.value);
                    if (v !== undefined)
                        env.set(o.key.toUpperCase().replace(/[^A-Z0-9_]/g, '_'), { text: v, unknown: v.includes('${') });
                }
                await scanScriptFile(input, `${folder ? folder + '/' : ''}install.sh`, components, errors, env, new Set());
            }
        }
    }
    // Lifecycle commands, with the container's and the remote environment.
    const lifecycleEnv = new Map();
    for (const key of ['containerEnv', 'remoteEnv']) {
        for (const e of props(at(root, [key]))) {
            const v = scalarText(e.value);
            if (v !== undefined)
                lifecycleEnv.set(e.key, { text: v, unknown: v.includes('${') });
        }
    }
    const scanner = new CommandScanner(new Map(lifecycleEnv));
    for (const key of LIFECYCLE) {
        const node = at(root, [key]);
        if (!node)
            continue;
        const commands = node.type === 'object' ? props(node).map((p) => p.value) : [node];
        for (const c of commands) {
            if (c.type === 'string') {
                const s = strValue(c) ?? '';
                scanner.scan(s, () => lineOf(c));
            }
            else if (c.type === 'array') {
                const argv = strings(c).map((n) => strValue(n) ?? '');
                const script = argv.map(shellQuote).join(' ');
                scanner.scan(script, () => lineOf(c));
            }
        }
    }
    scanner.finish();
    for (const f of scanner.findings)
        components.push(findingComponent(f, path, DEVCONTAINER_SOURCE));
    for (const p of scanner.problems)
        errors.push(problemError(p, path, 'lifecycle command'));
    const workspace = workspaceRoot(path);
    const visited = new Set();
    for (const run of scanner.scriptRuns) {
        const rel = run.path.replace(/^\$\{(containerWorkspaceFolder|localWorkspaceFolder)\}\/?/, '');
        for (const base of [workspace, dir]) {
            const p = joinRelative(base, rel);
            if (p !== null && (await scanScriptFile(input, p, components, errors, new Map(lifecycleEnv), visited)))
                break;
        }
    }
    // Build: the Dockerfile with the build args, or the compose service's build.
    const build = at(root, ['build']);
    const dockerfile = strValue(at(build, ['dockerfile'])) ??
        strValue(at(root, ['dockerFile'])) ??
        strValue(at(build, ['dockerFile']));
    if (dockerfile !== undefined) {
        const args = new Map();
        for (const a of props(at(build, ['args']))) {
            const v = scalarText(a.value);
            if (v !== undefined)
                args.set(a.key, { text: v, unknown: v.includes('${') });
        }
        const df = joinRelative(dir, dockerfile);
        const dockerText = df === null ? null : await input.readFile(df);
        if (df !== null && dockerText !== null) {
            const r = scanDockerfile(dockerText, df, { buildArgs: args });
            components.push(...r.components);
            if (!isDockerfilePath(df))
                errors.push(...r.errors);
        }
    }
    const composeNode = at(root, ['dockerComposeFile']);
    const composeFiles = composeNode?.type === 'array'
        ? strings(composeNode).map((n) => strValue(n) ?? '')
        : [strValue(composeNode)];
    const service = strValue(at(root, ['service']));
    for (const cf of composeFiles) {
        if (!cf)
            continue;
        const p = joinRelative(dir, cf);
        const composeText = p === null ? null : await input.readFile(p);
        if (p === null || composeText === null)
            continue;
        const r = await scanCompose(p, composeText, input, service);
        components.push(...r.components);
    }
    // VS Code extensions (and the legacy top-level `extensions`).
    for (const list of [at(root, ['customizations', 'vscode', 'extensions']), at(root, ['extensions'])]) {
        for (const n of strings(list)) {
            const c = extensionComponent(strValue(n) ?? '', path, lineOf(n), DEVCONTAINER_SOURCE);
            if (c)
                components.push(c);
        }
    }
    return { components, errors };
}
/** `publisher.name` or `publisher.name@1.2.3`; `-publisher.name` (a removal) yields nothing. */
function extensionComponent(id, file, line, source) {
    const m = /^\s*([A-Za-z0-9][\w-]*\.[A-Za-z0-9][\w.-]*)(?:@(.+))?\s*$/.exec(id);
    if (!m)
        return null;
    const pin = m[2];
    const version = pin && semverLike(pin) ? semverLike(pin) : null;
    return makeComponent({
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
    return dirOf(path);
}
/**
 * Scans a repository script run by a lifecycle command (or a local feature's install.sh); its
 * components are located in the script, as the shell-script detector reports them. Follows the
 * scripts it runs in turn. Returns whether the script exists.
 */
async function scanScriptFile(input, path, components, errors, env, visited) {
    if (visited.has(path))
        return true;
    if (visited.size > 32)
        return false;
    const text = await input.readFile(path);
    if (text === null)
        return false;
    visited.add(path);
    const lines = new LineIndex(text);
    const scanner = new CommandScanner(env);
    scanner.scan(text, (o) => lines.line(o));
    scanner.finish();
    for (const f of scanner.findings)
        components.push(findingComponent(f, path, SHELL_SCRIPT_SOURCE));
    if (!/\.(sh|bash)$/.test(path))
        for (const p of scanner.problems)
            errors.push(problemError(p, path));
    const dir = dirOf(path);
    for (const run of scanner.scriptRuns) {
        const p = joinRelative(dir, run.path);
        const fromRoot = joinRelative('', run.path);
        for (const candidate of [fromRoot, p]) {
            if (candidate !== null &&
                (await scanScriptFile(input, candidate, components, errors, new Map(), visited)))
                break;
        }
    }
    return true;
}
const devcontainerDetector = {
    id: DEVCONTAINER_SOURCE,
    role: 'environment',
    syntax: 'jsonc',
    ecosystems: ['devcontainer-feature', 'vscode-extension', ...COMMAND_ECOSYSTEMS],
    matches: isDevcontainerPath,
    detect: scanDevcontainer,
};

;// CONCATENATED MODULE: ./src/detectors/devcontainer-lock.ts





const DEVCONTAINER_LOCK_SOURCE = 'devcontainer-lock.json';
function scanDevcontainerLock({ path, text, limits, }) {
    const lines = new LineIndex(text);
    const { root, errors } = parseJsonc(text, path, lines, limits.maxDepth);
    const components = [];
    for (const f of props(at(root, ['features']))) {
        const ref = featureRef(f.key);
        const known = knownFeature(ref.name);
        const featureVersion = strValue(at(f.value, ['version']));
        const resolved = strValue(at(f.value, ['resolved']));
        const integrity = strValue(at(f.value, ['integrity']));
        // The lock records the feature's version, not the tool's: a feature that takes no version
        // option installs its default; otherwise the tool version is set in devcontainer.json.
        const toolDefault = known && !known.versionOption ? known.defaultVersion : undefined;
        components.push(makeComponent({
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

;// CONCATENATED MODULE: ./src/detectors/github-workflow.ts
// GitHub workflows (`.github/workflows/*.yml|yaml`) and composite actions (`action.yml|yaml`):
// `uses:` of actions and reusable workflows (tag, branch or commit SHA, at the `uses:` line),
// the tool-version inputs of known AI actions, and the commands of `run:` steps, each at its own
// line inside the block scalar. `${{ … }}` expressions are unknown values kept as written.








const WORKFLOW_SOURCE = 'github-workflow';
function isWorkflowPath(p) {
    return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p) || /(^|\/)action\.ya?ml$/i.test(p);
}
function scanWorkflow(input) {
    const { path, text } = input;
    const parsed = parseYaml(text, path, input.limits.maxDepth);
    const errors = [...parsed.errors];
    const components = [];
    const { doc } = parsed;
    const rootEnv = envOf(parsed, get(doc, doc.contents, 'env'), new Map());
    const scanSteps = (steps, env) => {
        for (const step of items(doc, steps)) {
            const stepEnv = envOf(parsed, get(doc, step, 'env'), env);
            usesOf(parsed, step, path, components);
            const run = get(doc, step, 'run');
            const script = str(run);
            if (script !== undefined) {
                const locate = scalarLocator(parsed.lines, run);
                const scanner = new CommandScanner(new Map(stepEnv));
                scanner.scan(script, (o) => locate(o, script));
                scanner.finish();
                for (const f of scanner.findings)
                    components.push(findingComponent(f, path, WORKFLOW_SOURCE));
                for (const p of scanner.problems)
                    errors.push(problemError(p, path, 'run'));
            }
        }
    };
    for (const job of pairs(doc, get(doc, doc.contents, 'jobs'))) {
        const jobEnv = envOf(parsed, get(doc, job.value, 'env'), rootEnv);
        usesOf(parsed, job.value, path, components);
        scanSteps(get(doc, job.value, 'steps'), jobEnv);
    }
    // Composite actions.
    scanSteps(get(doc, get(doc, doc.contents, 'runs'), 'steps'), rootEnv);
    return { components, errors };
}
function envOf(parsed, node, base) {
    const env = new Map(base);
    for (const p of pairs(parsed.doc, node)) {
        const v = str(p.value);
        if (v !== undefined)
            env.set(p.key, { text: v, unknown: v.includes('${{') });
    }
    return env;
}
/** The `uses:` of a step or job, and the version inputs of known AI actions in its `with:`. */
function usesOf(parsed, owner, file, out) {
    const { doc, lines } = parsed;
    const uses = get(doc, owner, 'uses');
    const ref = str(uses);
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
    const line = lineOf(lines, uses);
    out.push(makeComponent({
        ecosystem: 'github-action',
        name,
        version,
        location: { file, line },
        source: WORKFLOW_SOURCE,
        sourceKind: 'git',
    }));
    // The inputs of the action, or of its repository for an action in a subfolder.
    const repo = name.split('/').slice(0, 2).join('/');
    const inputs = (0,catalog/* actionVersionInputs */._W)(name).length > 0 ? (0,catalog/* actionVersionInputs */._W)(name) : (0,catalog/* actionVersionInputs */._W)(repo);
    for (const vi of inputs) {
        for (const p of pairs(doc, get(doc, owner, 'with'))) {
            if (p.key !== vi.input)
                continue;
            const v = str(p.value)?.trim();
            if (!v)
                continue;
            const exact = v.includes('${{') ? null : exactVersion(v);
            out.push(makeComponent({
                ecosystem: vi.ecosystem,
                name: vi.package,
                version: exact,
                ...(exact === null ? { spec: v } : {}),
                location: { file, line: lineOf(lines, p.keyNode) },
                source: WORKFLOW_SOURCE,
                sourceKind: 'registry',
            }));
        }
    }
}
const githubWorkflowDetector = {
    id: WORKFLOW_SOURCE,
    role: 'commands',
    syntax: 'yaml',
    ecosystems: ['github-action', ...COMMAND_ECOSYSTEMS],
    matches: isWorkflowPath,
    detect: scanWorkflow,
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/detectors/devcontainer/tool-backends.ts
// Tools named with a mise/asdf backend (`npm:@anthropic-ai/claude-code`, `pipx:aider-chat`,
// `github:openai/codex`) as components of their ecosystem.


function backendTool(tool, version) {
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
        return { ecosystem: 'npm', name, ...at(exactVersion(v)), sourceKind: 'registry' };
    }
    if (backend === 'pipx' || backend === 'uvx') {
        if (!/^[A-Za-z0-9][\w.-]*$/.test(name))
            return null;
        return {
            ecosystem: 'pypi',
            name: normalizePypiName(name),
            ...at(/^\d[\w.+!-]*$/.test(v) ? v : null),
            sourceKind: 'registry',
        };
    }
    if (backend === 'github' || backend === 'ubi' || backend === 'aqua') {
        const r = /^([\w.-]+)\/([\w.-]+)$/.exec(name);
        if (!r)
            return null;
        const rel = releaseDownload(`https://github.com/${r[1]}/${r[2]}/releases/download/x/x`);
        if (!rel)
            return null;
        return { ecosystem: 'installer', name: rel.name, ...at(versionFromTag(v)), sourceKind: 'url' };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/detectors/mise-toml.ts
// mise configuration (`mise.toml`, `.mise.toml`, `mise.<env>.toml`, `.config/mise.toml`,
// `.mise/config.toml`, `.config/mise/config.toml`): the `[tools]` table with backends
// (`"npm:@openai/codex" = "latest"`, `"pipx:aider-chat" = { version = "0.86.1" }`).




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
    const tools = doc.tools;
    if (!tools || typeof tools !== 'object')
        return { components: [], errors: [] };
    const keyLines = toolKeyLines(text);
    const components = [];
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
            const t = backendTool(tool, v);
            if (!t)
                continue;
            components.push(makeComponent({ ...t, location: { file: path, line: keyLines.get(tool) ?? 1 }, source: MISE_SOURCE }));
        }
    }
    return { components, errors: [] };
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
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: isMisePath,
    detect: ({ path, text }) => scanMiseToml(path, text),
};

;// CONCATENATED MODULE: ./src/detectors/package-json-scripts.ts
// package.json `scripts` only (the dependency sections belong to the package.json detector):
// installs and one-off runs (`npx`, `pnpm dlx`, `npm i -g`) in each script, at the script's line.





const PACKAGE_JSON_SCRIPTS_SOURCE = 'package.json scripts';
function scanPackageJsonScripts({ path, text, limits, }) {
    const lines = new LineIndex(text);
    const parsed = parseJsonc(text, path, lines, limits.maxDepth);
    // Syntax errors in package.json are the package.json detector's to report.
    const scanner = new CommandScanner();
    for (const s of props(at(parsed.root, ['scripts']))) {
        const script = strValue(s.value);
        if (script === undefined)
            continue;
        const line = lines.line(s.keyNode.offset);
        scanner.scan(script, () => line);
    }
    scanner.finish();
    return {
        components: scanner.findings.map((f) => findingComponent(f, path, PACKAGE_JSON_SCRIPTS_SOURCE)),
        errors: scanner.problems.map((p) => problemError(p, path, 'script')),
    };
}
const packageJsonScriptsDetector = {
    id: PACKAGE_JSON_SCRIPTS_SOURCE,
    role: 'commands',
    syntax: 'json',
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: (p) => p === 'package.json' || p.endsWith('/package.json'),
    detect: scanPackageJsonScripts,
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
        const t = backendTool(m[1], m[2]);
        if (!t)
            continue;
        components.push(makeComponent({
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
    ecosystems: COMMAND_ECOSYSTEMS,
    matches: (p) => p === '.tool-versions' || p.endsWith('/.tool-versions'),
    detect: ({ path, text }) => scanToolVersions(path, text),
};

;// CONCATENATED MODULE: ./src/detectors/vscode-extensions.ts



const VSCODE_EXTENSIONS_SOURCE = '.vscode/extensions.json';
function scanVscodeExtensions({ path, text, limits, }) {
    const lines = new LineIndex(text);
    const { root, errors } = parseJsonc(text, path, lines, limits.maxDepth);
    const components = [];
    for (const n of strings(at(root, ['recommendations']))) {
        const c = extensionComponent(strValue(n) ?? '', path, lines.line(n.offset), VSCODE_EXTENSIONS_SOURCE);
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

;// CONCATENATED MODULE: ./src/detectors/parsers/json-keys.ts
// One linear pass over a JSON (or JSONC) text that finds the offsets of the object keys a detector
// needs to locate (the entries of a lockfile's `packages` map, a v1 `dependencies` tree, the
// sections of a deno.lock or Pipfile.lock), checks the nesting depth, and maps those offsets to
// lines. Used beside `JSON.parse`, which gives the values: the pass never builds values and hops
// over strings and unwanted containers, so it costs a fraction of the parse.


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
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const json_keys_OPEN_BRACE = 0x7b;
const json_keys_CLOSE_BRACE = 0x7d;
const json_keys_OPEN_BRACKET = 0x5b;
const json_keys_CLOSE_BRACKET = 0x5d;
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
        if (c === json_keys_OPEN_BRACE || c === json_keys_OPEN_BRACKET) {
            const isObject = c === json_keys_OPEN_BRACE;
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
        else if (c === json_keys_CLOSE_BRACE || c === json_keys_CLOSE_BRACKET) {
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
    const out = { tables, lines: linesOf(text, offsets) };
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
    if (d !== json_keys_CLOSE_BRACE && d !== json_keys_CLOSE_BRACKET)
        return false;
    let k = i - 1;
    let b = text.charCodeAt(k);
    while (isJsonWhitespace(b))
        b = text.charCodeAt(--k);
    return k >= 0 && b !== json_keys_OPEN_BRACE && b !== json_keys_OPEN_BRACKET && b !== COMMA && b !== COLON;
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
        if (c === json_keys_OPEN_BRACE || c === json_keys_OPEN_BRACKET) {
            d++;
            if (depth + d > maxDepth)
                return -(i + 1);
        }
        else if (c === json_keys_CLOSE_BRACE || c === json_keys_CLOSE_BRACKET) {
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
/** 1-based lines of increasing offsets, in one pass over the newlines. */
function linesOf(text, offsets) {
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
/** 1-based line and column of an offset. */
function lineColumn(text, offset) {
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
    const where = offset === undefined ? {} : lineColumn(text, offset);
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
    const where = locateKeys(text, shapeOfPaths(paths), maxDepth);
    if (where.tooDeepAt !== undefined) {
        return {
            ok: false,
            error: {
                file,
                line: lineColumn(text, where.tooDeepAt).line,
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
    const index = new LineIndex(text);
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

;// CONCATENATED MODULE: ./src/detectors/parsers/jsonc-tree.ts
// JSONC (comments, trailing commas) parsed with jsonc-parser into a tree with offsets, after a
// linear depth check so jsonc-parser's recursive descent never meets hostile nesting.



function parseJsoncTree(text, maxDepth, options) {
    const lines = new LineIndex(text);
    const depth = locateKeys(text, {}, maxDepth, { comments: options.comments });
    if (depth.tooDeepAt !== undefined) {
        return {
            error: {
                message: `nesting deeper than ${maxDepth} levels`,
                line: lines.line(depth.tooDeepAt),
                column: lines.column(depth.tooDeepAt),
            },
        };
    }
    const errors = [];
    const root = (0,main.parseTree)(text, errors, {
        allowTrailingComma: options.trailingCommas,
        disallowComments: !options.comments,
        allowEmptyContent: false,
    });
    const first = errors[0];
    if (first !== undefined || root === undefined) {
        const offset = first?.offset ?? text.length;
        const reason = first ? (0,main.printParseErrorCode)(first.error) : 'empty document';
        return {
            error: {
                message: `invalid ${options.comments ? 'JSONC' : 'JSON'}: ${reason}`,
                line: lines.line(offset),
                column: lines.column(offset),
            },
        };
    }
    return { tree: { root, lines } };
}
/** The members of an object node as [key, key node, value node]. */
function members(node) {
    const out = [];
    if (node?.type !== 'object')
        return out;
    for (const prop of node.children ?? []) {
        const k = prop.children?.[0];
        const v = prop.children?.[1];
        if (k && v && typeof k.value === 'string')
            out.push([k.value, k, v]);
    }
    return out;
}
/** The value node of an object member (the last one when a key repeats, as JSON.parse does). */
function member(node, key) {
    let found;
    for (const [k, , v] of members(node))
        if (k === key)
            found = v;
    return found;
}
function stringValue(node) {
    return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

;// CONCATENATED MODULE: ./src/detectors/parsers/npm-spec.ts
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
function npm_spec_exactVersion(spec) {
    let s = spec.trim();
    if (s.startsWith('='))
        s = s.slice(1).trim();
    if (s.startsWith('v'))
        s = s.slice(1);
    if (s === '' || s.length > 256)
        return null;
    return semver_default().valid(s) !== null ? s : null;
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
    return v.length > 0 && v.length <= 256 && semver_default().valid(v) === v.replace(/\+.*$/, '');
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
/**
 * Whether a URL is an npm-registry tarball (`<registry>/<name>/-/<basename>-<version>.tgz`, on any
 * host, private registries included).
 */
function isRegistryTarball(url) {
    return registryTarballParts(url) !== null;
}
/**
 * The path parts of an npm-registry tarball URL: the package name the URL path names and, when the
 * file name starts with that name's base, the version it names.
 */
function registryTarballParts(url) {
    // String operations rather than a regex and URL parsing: this runs once per lockfile entry.
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
    if (!url.endsWith('.tgz', end) &&
        !url
            .slice(end - 4, end)
            .toLowerCase()
            .endsWith('.tgz'))
        return null;
    const dash = url.lastIndexOf('/-/', end);
    if (dash < hostEnd)
        return null;
    const slashAfter = url.indexOf('/', dash + 3);
    if (slashAfter !== -1 && slashAfter < end)
        return null;
    const file = url.slice(dash + 3, end);
    const prevSlash = url.lastIndexOf('/', dash - 1);
    if (prevSlash < hostEnd)
        return null;
    let base = safeDecode(url.slice(prevSlash + 1, dash));
    let name = base;
    if (base.startsWith('@') && base.includes('/')) {
        // `%40scope%2fname` written as one encoded segment.
        base = base.slice(base.indexOf('/') + 1);
    }
    else if (prevSlash > hostEnd) {
        const scopeSlash = url.lastIndexOf('/', prevSlash - 1);
        const scope = safeDecode(url.slice(scopeSlash + 1, prevSlash));
        if (scope.startsWith('@'))
            name = `${scope}/${base}`;
    }
    if (base === '')
        return null;
    const fileName = safeDecode(file).slice(0, -4);
    const version = fileName.startsWith(base + '-') ? fileName.slice(base.length + 1) : null;
    return { name, version };
}
/**
 * What a registry-shaped tarball URL installs (`…/name/-/name-1.2.3.tgz`): the package and version
 * it names, whatever name the dependency is declared under (npm, pnpm and bun install the URL's
 * package under the declared name, as an alias); null when the URL is not of that shape or names
 * no valid package and version.
 */
function tarballPackage(url) {
    const parts = registryTarballParts(url);
    return parts !== null &&
        parts.version !== null &&
        isSemverVersion(parts.version) &&
        isValidPackageName(parts.name)
        ? { name: parts.name, version: parts.version }
        : null;
}
/**
 * A dependency declared as `declared` whose source is `url`: the name, version and alias to report.
 * A registry-shaped tarball of another package is that package, aliased by the declared name (a
 * banned package cannot hide behind a harmless dependency name); any other URL keeps the declared
 * name and no version.
 */
function tarballIdentity(declared, url) {
    const pkg = tarballPackage(url);
    if (pkg === null)
        return { name: declared, version: null };
    return pkg.name === declared ? pkg : { ...pkg, alias: declared };
}
function safeDecode(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
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
function npm_spec_parseNpmSpec(name, spec) {
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
    if (GITHUB_SHORTHAND.test(s) && semver_default().validRange(s) === null) {
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
    const exact = npm_spec_exactVersion(s);
    if (exact !== null)
        return { type: 'version', version: exact };
    if (s.length <= 1024 && semver_default().validRange(s) !== null)
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
    return (0,purl/* purlFor */.n)('npm', name, version);
}

;// CONCATENATED MODULE: ./src/detectors/bun-lock.ts




const bunLockDetector = {
    id: 'bun.lock',
    role: 'lockfile',
    syntax: 'jsonc',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'bun.lock' || path.endsWith('/bun.lock'),
    detect: (input) => detectBunLock(input.path, input.text, input.limits.maxDepth),
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
    const where = locateKeys(text, SHAPE, maxDepth, { comments: true, trailingCommas: true });
    if (where.tooDeepAt !== undefined || where.sawComment || where.duplicateKeys)
        return null;
    let root;
    try {
        root = JSON.parse(withoutOffsets(text, where.trailingCommas ?? []));
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
            const c = readTuple(file, key, tuple[0], typeof registry === 'string' ? registry : undefined, typeof integrity === 'string' ? integrity : undefined, lineOfKey(id), errors);
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
    const parsed = parseJsoncTree(text, maxDepth, { comments: true, trailingCommas: true });
    if ('error' in parsed) {
        const { message, line, column } = parsed.error;
        errors.push({ file, ...(line ? { line, column } : {}), message });
        return { components, errors };
    }
    const { root, lines } = parsed.tree;
    const lineOf = (n) => lines.line(n.offset);
    if (root.type !== 'object') {
        errors.push({ file, line: 1, message: 'bun.lock is not a JSON object' });
        return { components, errors };
    }
    const versionNode = member(root, 'lockfileVersion');
    if (versionNode !== undefined &&
        !(versionNode.type === 'number' && SUPPORTED_VERSIONS.has(versionNode.value))) {
        errors.push({
            file,
            line: lineOf(versionNode),
            message: `lockfileVersion ${String(versionNode.value).slice(0, 40)} is not supported (0, 1 and 2 are read)`,
        });
    }
    const workspaces = member(root, 'workspaces');
    if (workspaces !== undefined && workspaces.type !== 'object') {
        errors.push({ file, line: lineOf(workspaces), message: '"workspaces" is not an object' });
    }
    for (const [path, keyNode, ws] of members(workspaces)) {
        if (path === '')
            continue; // the root project itself
        const name = stringValue(member(ws, 'name'));
        const version = stringValue(member(ws, 'version'));
        const c = readWorkspace(file, path, name, version, lineOf(keyNode), errors);
        if (c)
            components.push(c);
    }
    const packages = member(root, 'packages');
    if (packages !== undefined && packages.type !== 'object') {
        errors.push({ file, line: lineOf(packages), message: '"packages" is not an object' });
        return { components, errors };
    }
    for (const [key, keyNode, tuple] of members(packages)) {
        const line = lineOf(keyNode);
        // Bun refuses a lockfile whose tuple has no `name@resolution` string (see the fast path).
        const ident = tuple.type === 'array' ? stringValue(tuple.children?.[0]) : undefined;
        if (ident === undefined) {
            errors.push(badTuple(file, key, line));
            continue;
        }
        const items = tuple.children ?? [];
        const c = readTuple(file, key, ident, stringValue(items[1]), stringValue(items[3]), line, errors);
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
    if (!isValidPackageName(name)) {
        errors.push({
            file,
            line,
            message: `workspace "${clip(path)}": "${clip(name)}" is not a valid package name`,
        });
        return null;
    }
    const exact = version !== undefined && isSemverVersion(version) ? version : null;
    return makeComponent({
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
function readTuple(file, key, ident, registry, integrity, line, errors) {
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
    if (!isValidPackageName(name)) {
        errors.push({
            file,
            line,
            message: `package "${clip(key)}": "${clip(name)}" is not a valid package name`,
        });
        return null;
    }
    const folder = folderOf(key);
    const alias = folder !== name && isValidPackageName(folder) ? folder : undefined;
    const base = {
        ecosystem: 'npm',
        name,
        location: { file, line },
        source: 'bun.lock',
        ...(alias ? { alias } : {}),
    };
    if (isSemverVersion(resolution)) {
        // [name@version, registry, info, integrity]
        return makeComponent({
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
        kind = classifyLocation(resolution) ?? 'other';
    // A tarball URL of registry shape names its package and version (`…/name/-/name-1.2.3.tgz`).
    const id = kind === 'tarball' ? tarballIdentity(name, resolution) : { name, version: null };
    const version = id.version;
    return makeComponent({
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
        if (!isValidPackageName(name))
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
                if (!isSemverVersion(version))
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
                ({ name, version, alias } = tarballIdentity(name, resolved));
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
            purl: npmPurl(name, version),
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
    const parsed = parseJsoncTree(text, maxDepth, { comments: false, trailingCommas: false });
    if ('error' in parsed) {
        const { message, line, column } = parsed.error;
        errors.push({ file, ...(line ? { line, column } : {}), message });
        return { components, errors };
    }
    const { root, lines } = parsed.tree;
    if (root.type !== 'object') {
        errors.push({ file, line: 1, message: 'package.json is not a JSON object' });
        return { components, errors };
    }
    const ctx = { file, components, errors, lineOf: (n) => lines.line(n.offset), declared: new Map() };
    for (const [field, scope] of DEPENDENCY_KINDS) {
        const section = member(root, field);
        if (section === undefined)
            continue;
        if (section.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(section), message: `"${field}" is not an object` });
            continue;
        }
        for (const [name, keyNode, value] of members(section)) {
            const spec = stringValue(value);
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
        const bundle = member(root, field);
        if (bundle === undefined || bundle.type === 'boolean')
            continue;
        if (bundle.type !== 'array') {
            errors.push({ file, line: ctx.lineOf(bundle), message: `"${field}" is not an array of names` });
            continue;
        }
        for (const item of bundle.children ?? []) {
            const name = stringValue(item);
            if (name === undefined) {
                errors.push({ file, line: ctx.lineOf(item), message: `${field}: an entry is not a package name` });
                continue;
            }
            push(ctx, name, ctx.declared.get(name) ?? '*', item, field, 'prod');
        }
    }
    const overrides = member(root, 'overrides');
    if (overrides !== undefined)
        readOverrides(ctx, overrides, 'overrides');
    const resolutions = member(root, 'resolutions');
    if (resolutions !== undefined) {
        if (resolutions.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(resolutions), message: '"resolutions" is not an object' });
        }
        else {
            for (const [pattern, keyNode, value] of members(resolutions)) {
                const spec = stringValue(value);
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
    const pnpmOverrides = member(member(root, 'pnpm'), 'overrides');
    if (pnpmOverrides !== undefined) {
        if (pnpmOverrides.type !== 'object') {
            errors.push({ file, line: ctx.lineOf(pnpmOverrides), message: '"pnpm.overrides" is not an object' });
        }
        else {
            for (const [selector, keyNode, value] of members(pnpmOverrides)) {
                const raw = stringValue(value);
                const last = selector.slice(selector.lastIndexOf('>') + 1);
                const name = splitNameSpec(last).name;
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
        for (const [selector, keyNode, value] of members(obj)) {
            if (selector === '.')
                continue; // read with its parent key
            const name = splitNameSpec(selector).name;
            let specNode = value;
            if (value.type === 'object') {
                specNode = member(value, '.');
                work.push(value);
            }
            if (specNode === undefined)
                continue;
            const raw = stringValue(specNode);
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
    const { name } = splitNameSpec(joined);
    return name === '' ? null : name;
}
function push(ctx, declaredName, spec, keyNode, field, scope) {
    const line = ctx.lineOf(keyNode);
    if (!isValidPackageName(declaredName)) {
        ctx.errors.push({
            file: ctx.file,
            line,
            message: `${field}: "${package_json_clip(declaredName)}" is not a valid package name`,
        });
        return;
    }
    const parsed = npm_spec_parseNpmSpec(declaredName, spec);
    if (!isValidPackageName(parsed.name)) {
        ctx.errors.push({
            file: ctx.file,
            line,
            message: `${field}: "${package_json_clip(spec)}" does not name a valid package`,
        });
        return;
    }
    // A registry tarball URL pins the package and version it names (`…/name/-/name-1.2.3.tgz`).
    const id = parsed.sourceKind === 'tarball' ? tarballIdentity(parsed.name, spec) : undefined;
    const version = id ? id.version : parsed.version;
    const alias = parsed.alias ?? id?.alias;
    ctx.components.push(makeComponent({
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
    detect: (input) => detectPackageLock(input.path, input.text, input.limits.maxDepth),
};
function package_lock_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function own(o, key) {
    return Object.hasOwn(o, key) ? o[key] : undefined;
}
/** Reads a package-lock.json or npm-shrinkwrap.json text. */
function detectPackageLock(file, input, maxDepth) {
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
    if (!package_lock_isObject(root)) {
        errors.push({ file, line: 1, message: `${source} is not a JSON object` });
        return { components, errors };
    }
    const lockfileVersion = own(root, 'lockfileVersion');
    if (lockfileVersion !== undefined &&
        lockfileVersion !== 1 &&
        lockfileVersion !== 2 &&
        lockfileVersion !== 3) {
        errors.push({
            file,
            message: `lockfileVersion ${JSON.stringify(lockfileVersion)?.slice(0, 40)} is not supported (1, 2 and 3 are read)`,
        });
    }
    const packages = own(root, 'packages');
    const dependencies = own(root, 'dependencies');
    const usePackages = packages !== undefined ||
        (lockfileVersion !== 1 && lockfileVersion !== undefined && dependencies === undefined);
    if (usePackages) {
        if (!package_lock_isObject(packages)) {
            errors.push({ file, ...keyLineOfRoot(text, 'packages'), message: '"packages" is not an object' });
            return { components, errors };
        }
        const keys = Object.keys(packages);
        // JSON.parse is iterative and this walk is flat, so nesting needs no check on the fast path.
        let lines = locateMemberKeysFast(text, 'packages', keys);
        if (lines === null) {
            const where = locateKeys(text, V2_SHAPE, maxDepth);
            if (where.tooDeepAt !== undefined)
                return tooDeep(file, text, where.tooDeepAt, maxDepth);
            const table = where.tables.get(-1);
            lines = keys.map((k) => {
                const id = table?.get(k);
                return id === undefined ? 1 : (where.lines[id] ?? 1);
            });
        }
        readPackages({ file, source, errors, components, where: EMPTY_LOCATIONS }, packages, keys, lines);
    }
    else if (dependencies !== undefined) {
        if (!package_lock_isObject(dependencies)) {
            errors.push({
                file,
                ...keyLineOfRoot(text, 'dependencies'),
                message: '"dependencies" is not an object',
            });
            return { components, errors };
        }
        const where = locateKeys(text, V1_SHAPE, maxDepth);
        if (where.tooDeepAt !== undefined)
            return tooDeep(file, text, where.tooDeepAt, maxDepth);
        readDependencyTree({ file, source, errors, components, where }, dependencies, maxDepth);
    }
    return { components, errors };
}
const EMPTY_LOCATIONS = { tables: new Map(), lines: [] };
function tooDeep(file, text, offset, maxDepth) {
    const { line, column } = lineColumn(text, offset);
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
    return at < 0 ? {} : { line: lineColumn(text, at).line };
}
function package_lock_lineOf(where, owner, key) {
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
        if (!package_lock_isObject(entry)) {
            errors.push({ file, line, message: `entry "${package_lock_clip(key)}" is not an object` });
            continue;
        }
        const version = own(entry, 'version');
        if (version !== undefined && typeof version !== 'string') {
            errors.push({ file, line, message: `entry "${package_lock_clip(key)}": "version" is not a string` });
            continue;
        }
        const nameField = own(entry, 'name');
        if (nameField !== undefined && typeof nameField !== 'string') {
            errors.push({ file, line, message: `entry "${package_lock_clip(key)}": "name" is not a string` });
            continue;
        }
        const resolvedField = own(entry, 'resolved');
        if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
            errors.push({ file, line, message: `entry "${package_lock_clip(key)}": "resolved" is not a string` });
            continue;
        }
        const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
        const pathName = nameFromPath(key);
        const inNodeModules = pathName !== null;
        const name = nameField ?? pathName ?? key.slice(key.lastIndexOf('/') + 1);
        if (!isValidPackageName(name) ||
            (pathName !== null && pathName !== name && !isValidPackageName(pathName))) {
            errors.push({
                file,
                line,
                message: `entry "${package_lock_clip(key)}": "${package_lock_clip(name)}" is not a valid package name`,
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
            const tv = package_lock_isObject(target) && Object.hasOwn(packages, resolved) ? own(target, 'version') : undefined;
            ver = typeof tv === 'string' && tv !== '' ? tv : null;
        }
        else if (!inNodeModules) {
            sourceKind = 'workspace';
        }
        else if (resolved !== undefined) {
            if (ver !== null && isOwnRegistryTarball(resolved, name, ver)) {
                sourceKind = 'registry';
            }
            else {
                tarball = registryTarballParts(resolved);
                sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
            }
        }
        else if (ver !== null && isSemverVersion(ver)) {
            sourceKind = 'registry';
        }
        else if (ver !== null) {
            // Old or hand-edited entries can carry a spec in `version` (`file:…`, a git URL).
            const parsed = npm_spec_parseNpmSpec(name, ver);
            sourceKind = parsed.sourceKind === 'registry' ? 'other' : parsed.sourceKind;
        }
        else {
            sourceKind = 'other';
        }
        if (ver !== null && !isSemverVersion(ver)) {
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
/** Builds an npm component with one fixed shape (no object spreads: this runs per entry). */
function npmComponent(ctx, line, name, version, sourceKind, scope) {
    return {
        ecosystem: 'npm',
        name,
        version,
        purl: npmPurl(name, version),
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
    if (parts.version === null || !isValidPackageName(parts.name))
        return;
    if (parts.name === entry.name && parts.version === entry.version)
        return;
    const valid = isSemverVersion(parts.version);
    const c = npmComponent(ctx, entry.location.line, parts.name, valid ? parts.version : null, 'tarball', entry.scope ?? 'prod');
    if (!valid)
        c.spec = parts.version;
    if (entry.integrity !== undefined)
        c.integrity = entry.integrity;
    const alias = entry.alias ?? (parts.name !== entry.name ? entry.name : undefined);
    if (alias !== undefined)
        c.alias = alias;
    c.resolved = entry.resolved;
    c.versionNote = 'named by the resolved URL, which differs from the entry';
    ctx.components.push(c);
}
/** lockfileVersion 1: the nested `dependencies` tree (nested copies under each entry). */
function readDependencyTree(ctx, top, maxDepth) {
    const { file, errors } = ctx;
    const work = [{ deps: top, owner: -1, depth: 0 }];
    while (work.length > 0) {
        const { deps, owner, depth } = work.pop();
        for (const key of Object.keys(deps)) {
            const { line, id } = package_lock_lineOf(ctx.where, owner, key);
            const entry = deps[key];
            if (!package_lock_isObject(entry)) {
                errors.push({ file, line, message: `dependency "${package_lock_clip(key)}" is not an object` });
                continue;
            }
            const nested = own(entry, 'dependencies');
            if (nested !== undefined) {
                if (!package_lock_isObject(nested))
                    errors.push({ file, line, message: `dependency "${package_lock_clip(key)}": "dependencies" is not an object` });
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
            message: `dependency "${package_lock_clip(key)}": "version" is ${version === undefined ? 'missing' : 'not a string'}`,
        });
        return;
    }
    const resolvedField = own(entry, 'resolved');
    if (resolvedField !== undefined && resolvedField !== null && typeof resolvedField !== 'string') {
        errors.push({ file, line, message: `dependency "${package_lock_clip(key)}": "resolved" is not a string` });
        return;
    }
    const resolved = typeof resolvedField === 'string' ? resolvedField : undefined;
    let spec = npm_spec_parseNpmSpec(key, version);
    if (spec.sourceKind === 'tarball') {
        // npm 7+ writes a registry tarball URL dependency's URL as its v1 `version`.
        const parts = registryTarballParts(version);
        if (parts !== null && parts.version !== null && isSemverVersion(parts.version)) {
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
    if (!isValidPackageName(key) || !isValidPackageName(name)) {
        errors.push({
            file,
            line,
            message: `dependency "${package_lock_clip(key)}": "${package_lock_clip(name)}" is not a valid package name`,
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
            tarball = registryTarballParts(resolved);
            sourceKind = tarball !== null ? 'registry' : (classifyLocation(resolved) ?? 'other');
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
    if (ver !== null && !isSemverVersion(ver))
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
    else if (!isSemverVersion(version) && !version.startsWith('npm:'))
        c.resolved = version;
    ctx.components.push(c);
    if (tarball !== null)
        pushMismatch(ctx, c, tarball);
}
function package_lock_clip(s) {
    return s.length > 100 ? s.slice(0, 100) + '…' : s;
}

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
            components.push(makeComponent({
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
            const name = deno_lock_safeDecode(m[1]);
            const written = deno_lock_safeDecode(m[2]);
            const exact = semver_default().valid(written);
            const key = name + '@' + written;
            if (seen.has(key))
                break;
            seen.add(key);
            components.push(makeComponent({
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
function deno_lock_safeDecode(s) {
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

;// CONCATENATED MODULE: ./src/detectors/parsers/python.ts
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
function python_exactVersion(spec) {
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

;// CONCATENATED MODULE: ./src/detectors/parsers/toml.ts
// TOML for the detectors: parsing with smol-toml (bounded nesting, located errors) and one
// linear scan of the text that records where tables, keys and array elements start, so each
// parsed entry can be given the line that names it.


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
    return offsets.length === expected ? linesOf(text, offsets) : null;
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
function toml_str(table, key) {
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
        const name = toml_str(table, 'name');
        if (!name) {
            errors.push({ file, line, message: 'package entry has no name' });
            continue;
        }
        const version = toml_str(table, 'version');
        const { kind, resolved, integrity, scope } = format.read(table, name, { doc, line, errors });
        components.push(makeComponent({
            ecosystem: 'pypi',
            name: normalizePyName(name),
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
            const integrity = joinHashes(table['files']);
            const scope = pdmScope(table);
            return { ...pdmSource(table), ...(integrity ? { integrity } : {}), ...(scope ? { scope } : {}) };
        },
    });
}
function pdmSource(table) {
    const revision = toml_str(table, 'revision');
    for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
        const url = toml_str(table, vcs);
        if (url !== undefined) {
            return { kind: vcs === 'git' ? 'git' : 'other', resolved: revision ? `${url}#${revision}` : url };
        }
    }
    const url = toml_str(table, 'url');
    if (url !== undefined)
        return { kind: /^file:/i.test(url) ? 'file' : 'url', resolved: url };
    const path = toml_str(table, 'path');
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
            const version = written ? python_exactVersion(written) : null;
            const hashes = Array.isArray(entry['hashes'])
                ? entry['hashes'].filter((h) => typeof h === 'string')
                : [];
            components.push(makeComponent({
                ecosystem: 'pypi',
                name: normalizePyName(name),
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
        const k = directReferenceKind(entry['file']);
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
            components.push(makeComponent({
                ecosystem: 'pypi',
                name: normalizePyName(rawName),
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
        return { version: python_exactVersion(value), spec: value, kind: 'registry' };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const t = value;
    for (const vcs of ['git', 'hg', 'svn', 'bzr']) {
        const url = toml_str(t, vcs);
        if (url !== undefined) {
            const ref = toml_str(t, 'ref');
            const resolved = ref ? `${url}#${ref}` : url;
            return { version: null, spec: resolved, kind: vcs === 'git' ? 'git' : 'other', resolved };
        }
    }
    const path = toml_str(t, 'path');
    if (path !== undefined) {
        return { version: null, spec: path, kind: t['editable'] === true ? 'workspace' : 'file', resolved: path };
    }
    const fileRef = toml_str(t, 'file');
    if (fileRef !== undefined)
        return { version: null, spec: fileRef, kind: directReferenceKind(fileRef), resolved: fileRef };
    const version = toml_str(t, 'version') ?? '*';
    return { version: python_exactVersion(version), spec: version, kind: 'registry' };
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
            const integrity = joinHashes(table['files']) ?? joinHashes(legacyFiles?.[name]);
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
    const type = toml_str(source, 'type');
    const url = toml_str(source, 'url');
    switch (type) {
        case 'git': {
            const ref = toml_str(source, 'resolved_reference') ?? toml_str(source, 'reference');
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
    const category = toml_str(table, 'category');
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
        const url = toml_str(vcs, 'url') ?? toml_str(vcs, 'path');
        const commit = toml_str(vcs, 'commit-id');
        return {
            kind: toml_str(vcs, 'type') === 'git' ? 'git' : 'other',
            ...(url ? { resolved: commit ? `${url}#${commit}` : url } : {}),
        };
    }
    const directory = tbl(table, 'directory');
    if (directory) {
        const path = toml_str(directory, 'path');
        return {
            kind: directory['editable'] === true ? 'workspace' : 'file',
            ...(path ? { resolved: path } : {}),
        };
    }
    const archive = tbl(table, 'archive');
    if (archive) {
        const url = toml_str(archive, 'url');
        const path = toml_str(archive, 'path');
        if (url)
            return { kind: 'url', resolved: url };
        return { kind: 'file', ...(path ? { resolved: path } : {}) };
    }
    const sdistUrl = toml_str(tbl(table, 'sdist'), 'url');
    const wheels = table['wheels'];
    const wheelUrl = Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null
        ? toml_str(wheels[0], 'url')
        : undefined;
    const resolved = sdistUrl ?? wheelUrl ?? toml_str(table, 'index');
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
        const req = parsePep508(text);
        if (!req) {
            this.errors.push({ file: this.file, line, message: `invalid requirement: ${excerpt(text)}` });
            return;
        }
        const name = normalizePyName(req.name);
        if (req.url !== undefined) {
            const kind = directReferenceKind(req.url);
            const fromFile = kind === 'url' || kind === 'file' ? distributionFromFilename(req.url.split(/[?#]/)[0]) : null;
            const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
            this.add(name, version, req.url, line, kind, scope, req.url);
            return;
        }
        const version = python_exactVersion(req.specifier);
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
            const name = normalizePyName(rawName);
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
        const git = toml_str(t, 'git');
        if (git !== undefined) {
            const ref = toml_str(t, 'rev') ?? toml_str(t, 'tag') ?? toml_str(t, 'branch');
            const resolved = ref ? `${git}#${ref}` : git;
            this.add(name, null, resolved, line, 'git', s, resolved);
            return;
        }
        const path = toml_str(t, 'path');
        if (path !== undefined) {
            this.add(name, null, path, line, t['develop'] === true ? 'workspace' : 'file', s, path);
            return;
        }
        const url = toml_str(t, 'url');
        if (url !== undefined) {
            const fromFile = distributionFromFilename(url.split(/[?#]/)[0]);
            const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
            this.add(name, version, url, line, 'url', s, url);
            return;
        }
        const version = toml_str(t, 'version') ?? '*';
        this.add(name, poetryExact(version), version, line, 'registry', s);
    }
    add(name, version, spec, line, sourceKind, scope, resolved) {
        this.components.push(makeComponent({
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
    return python_exactVersion(c);
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
            byName.set(normalizePyName(name), first);
    }
    for (let i = 0; i < components.length; i++) {
        const comp = components[i];
        const src = byName.get(comp.name);
        if (!src || comp.sourceKind !== 'registry' || comp.scope === undefined)
            continue;
        let kind;
        let resolved;
        const git = toml_str(src, 'git');
        const path = toml_str(src, 'path');
        const url = toml_str(src, 'url');
        if (git !== undefined) {
            const ref = toml_str(src, 'rev') ?? toml_str(src, 'tag') ?? toml_str(src, 'branch');
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
        components[i] = makeComponent({
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
const MAX_INCLUDE_DEPTH = 64;
/** File names pip users give requirement and constraint files. */
function isRequirementsFile(path) {
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1).toLowerCase();
    const dir = slash < 0 ? '' : path.slice(0, slash);
    if (/^(?:.*[-_.])?requirements(?:[-_.][^/]*)?\.(?:txt|in)$/.test(base))
        return true;
    if (/^constraints(?:[-_.][^/]*)?\.txt$/.test(base))
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
        errors.push({ file, line, message: `included file is a URL and cannot be read: ${excerpt(target)}` });
        return;
    }
    const path = resolveInclude(file, target);
    if (path !== null && stack.includes(path)) {
        errors.push({ file, line, message: `include cycle: ${[...stack, path].join(' -> ')}` });
        return;
    }
    if (path !== null && visited.has(path))
        return; // already read through another include
    if (stack.length >= MAX_INCLUDE_DEPTH) {
        errors.push({ file, line, message: `includes nested deeper than ${MAX_INCLUDE_DEPTH} files` });
        return;
    }
    const text = path === null ? null : await input.readFile(path);
    if (path === null || text === null) {
        errors.push({ file, line, message: `included file not found: ${excerpt(target)}` });
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
        const fromFile = kind === 'url' || kind === 'file' ? distributionFromFilename(stripFragment(ref)) : null;
        const egg = eggName(ref);
        const name = egg ?? fromFile?.name;
        const version = !egg || (fromFile && normalizePyName(fromFile.name) === normalizePyName(egg))
            ? fromFile?.version
            : undefined;
        components.push(makeComponent({
            ecosystem: 'pypi',
            name: name ? normalizePyName(name) : ref,
            version: version ?? null,
            ...(version ? {} : { spec: ref }),
            ...base,
            sourceKind: editable && kind === 'file' ? 'workspace' : kind, // `-e ./path`: a local project
            resolved: ref,
            ...(name ? {} : { versionNote: 'the requirement names no package; reported by its reference' }),
        }));
        return;
    }
    const parsed = parsePep508(req);
    if (!parsed) {
        errors.push({ file, line, message: `invalid requirement: ${excerpt(req)}` });
        return;
    }
    const name = normalizePyName(parsed.name);
    if (parsed.url !== undefined) {
        const kind = directReferenceKind(parsed.url);
        const fromFile = kind === 'url' || kind === 'file' ? distributionFromFilename(stripFragment(parsed.url)) : null;
        const version = fromFile && normalizePyName(fromFile.name) === name ? fromFile.version : null;
        components.push(makeComponent({
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
    const version = python_exactVersion(parsed.specifier);
    components.push(makeComponent({
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
        return { ref, kind: directReferenceKind(ref) };
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
            const written = sourceKey ? toml_str(source, sourceKey) : undefined;
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
    return joinHashes(list);
}
function artifactUrl(table) {
    const sdistUrl = toml_str(tbl(table, 'sdist'), 'url');
    if (sdistUrl)
        return sdistUrl;
    const wheels = table['wheels'];
    if (Array.isArray(wheels) && typeof wheels[0] === 'object' && wheels[0] !== null) {
        return toml_str(wheels[0], 'url');
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
;// CONCATENATED MODULE: ./src/detectors/yarn/classic.ts
// A line scanner for yarn classic (v1) lockfiles. It reads exactly the syntax of yarn's own
// tokenizer (`@yarnpkg/lockfile`): headers `key, "key":` at column 0, `key value` fields and
// `key:` objects indented by two spaces per level, `#` comments, CRLF. Anything yarn would reject
// or read differently (tabs, odd indentation, lone CR, merge-conflict markers, extra tokens,
// duplicate keys) is a located error instead of a guess.

const SPACE = 32;
const classic_QUOTE = 34;
const HASH = 35;
const classic_COMMA = 44;
const classic_COLON = 58;
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
/** Reads one token at `i` the way yarn's tokenizer does (strings, numbers, booleans, bare words). */
function readToken(s, i, end) {
    const c = s.charCodeAt(i);
    tokenText = null;
    if (c === classic_QUOTE) {
        let j = i + 1;
        let escaped = false;
        for (; j < end; j++) {
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
        let j = i + 1;
        for (; j < end; j++) {
            const d = s.charCodeAt(j);
            if (d === classic_COLON || d === SPACE || d === classic_COMMA || d === CR)
                break;
        }
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
function classic_skipSpaces(s, i, end) {
    while (i < end && s.charCodeAt(i) === SPACE)
        i++;
    return i;
}
/** True when only spaces and an optional `#` comment remain. */
function atLineEnd(s, i, end) {
    i = classic_skipSpaces(s, i, end);
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
        fail((0,util_text/* lineAt */.mh)(text, loneCr), 'carriage return without a line feed (yarn reads it as a line break)');
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
        while (i < end && text.charCodeAt(i) === SPACE)
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
                j = classic_skipSpaces(text, tokenNext, end);
                if (j < end && text.charCodeAt(j) === classic_COMMA) {
                    j = classic_skipSpaces(text, j + 1, end);
                    continue;
                }
                break;
            }
            if (!ok) {
                maxLevel = 0;
                continue;
            }
            if (j >= end || text.charCodeAt(j) !== classic_COLON || !atLineEnd(text, j + 1, end)) {
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
        let j = classic_skipSpaces(text, tokenNext, end);
        if (j < end && text.charCodeAt(j) === classic_COLON) {
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


const lockfile_yaml_SPACE = 32;
const lockfile_yaml_TAB = 9;
const lockfile_yaml_CR = 13;
const lockfile_yaml_HASH = 35;
const lockfile_yaml_maxErrors = 100;
class FlowError extends Error {
}
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
            this.fail((0,util_text/* lineAt */.mh)(text, cr), 'carriage return without a line feed (YAML reads it as a line break)');
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
    setKey(key) {
        this.keyText = key;
    }
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
            if (end > start && text.charCodeAt(end - 1) === lockfile_yaml_CR)
                end--;
            this.pos = nl + 1;
            const lineNo = ++this.lineNo;
            let i = start;
            while (i < end && text.charCodeAt(i) === lockfile_yaml_SPACE)
                i++;
            if (i === end)
                continue;
            const c = text.charCodeAt(i);
            if (c === lockfile_yaml_HASH)
                continue;
            if (c === lockfile_yaml_TAB) {
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
            if (c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === lockfile_yaml_SPACE)) {
                // A sequence item: `- scalar`, `- {flow}` or `- key: value` (a mapping inside the item).
                this.kind = 'item';
                let k = i + 1;
                while (k < end && text.charCodeAt(k) === lockfile_yaml_SPACE)
                    k++;
                if (k === end) {
                    this.fail(lineNo, 'empty sequence item');
                    continue;
                }
                const keyEnd = this.tryReadKey(k, end, lineNo);
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
            if (c === 63 && (i + 1 === end || text.charCodeAt(i + 1) === lockfile_yaml_SPACE)) {
                let j = i + 1;
                while (j < end && text.charCodeAt(j) === lockfile_yaml_SPACE)
                    j++;
                const key = this.readKeyScalar(j, end, lineNo);
                if (key === null)
                    continue;
                if (!restIsEmpty(text, key.end, end)) {
                    this.fail(lineNo, 'unexpected text after a "? key"');
                    continue;
                }
                this.pendingComplexKey = { key: key.value, line: lineNo };
                continue;
            }
            const keyEnd = this.tryReadKey(i, end, lineNo);
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
    /**
     * Reads `key:` at `i` into the key fields; returns the offset after the ":", or -1 when the
     * line is not a mapping entry.
     */
    tryReadKey(i, end, lineNo) {
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === 34 || c === 39) {
            const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
            if (q === -1)
                return -1;
            let j = q + 1;
            while (j < end && text.charCodeAt(j) === lockfile_yaml_SPACE)
                j++;
            if (j >= end || text.charCodeAt(j) !== 58)
                return -1;
            if (!quoteEscaped)
                this.setKeySpan(i + 1, q);
            else {
                const key = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
                if (key === null) {
                    this.fail(lineNo, 'unsupported escape in a double-quoted key');
                    this.setKey('');
                }
                else
                    this.setKey(key);
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
                const d = text.charCodeAt(j);
                if (d === 58)
                    break;
                if (d === lockfile_yaml_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
                    return -1;
                j++;
            }
            if (j >= end)
                return -1;
            const d = text.charCodeAt(j + 1);
            if (j + 1 === end || d === lockfile_yaml_SPACE || d === lockfile_yaml_TAB)
                break;
            j++;
        }
        // Right-trimmed as String.prototype.trimEnd trims.
        let e = j;
        while (e > i && isJsWhitespace(text.charCodeAt(e - 1)))
            e--;
        if (e - i === 2 && text.charCodeAt(i) === 60 && text.charCodeAt(i + 1) === 60) {
            this.fail(lineNo, 'merge keys ("<<") are not supported in a lockfile');
            this.setKey('\u0000<<');
            return j + 1;
        }
        this.setKeySpan(i, e);
        return j + 1;
    }
    readKeyScalar(i, end, lineNo) {
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === 34) {
            const q = scanDoubleQuoted(text, i, end);
            const value = q === -1 ? null : quoteEscaped ? decodeDoubleQuoted(text, i, q) : text.slice(i + 1, q);
            if (value === null) {
                this.fail(lineNo, 'unterminated or unsupported double-quoted key');
                return null;
            }
            return { value, end: q + 1 };
        }
        if (c === 39) {
            const q = scanSingleQuoted(text, i, end);
            if (q === -1) {
                this.fail(lineNo, 'unterminated single-quoted key');
                return null;
            }
            return { value: decodeSingleQuoted(text, i, q), end: q + 1 };
        }
        if (isIndicator(c)) {
            this.fail(lineNo, 'unsupported "? key"');
            return null;
        }
        return { value: text.slice(i, plainEnd(text, i, end)), end };
    }
    /** Reads what follows `key:`. */
    readValue(i, end, lineNo, indent) {
        const text = this.text;
        while (i < end && isBlank(text.charCodeAt(i)))
            i++;
        if (i === end || text.charCodeAt(i) === lockfile_yaml_HASH) {
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
    setValueSpan(start, end) {
        this.hasValue = true;
        this.valueStart = start;
        this.valueEnd = end;
        this.valueText = null;
    }
    setValue(value) {
        this.hasValue = true;
        this.valueText = value;
    }
    readScalarOrFlow(i, end, lineNo, indent) {
        const text = this.text;
        const c = text.charCodeAt(i);
        this.flow = null;
        this.hasValue = false;
        if (c === 34 || c === 39) {
            const q = c === 34 ? scanDoubleQuoted(text, i, end) : scanSingleQuoted(text, i, end);
            if (q === -1) {
                this.fail(lineNo, 'quoted scalar does not end on its line (multi-line scalars are not supported)');
                return false;
            }
            let decoded = null;
            if (quoteEscaped) {
                decoded = c === 34 ? decodeDoubleQuoted(text, i, q) : decodeSingleQuoted(text, i, q);
                if (decoded === null) {
                    this.fail(lineNo, 'unsupported escape in a double-quoted scalar');
                    return false;
                }
            }
            if (!restIsEmpty(text, q + 1, end)) {
                this.fail(lineNo, 'unexpected text after a quoted scalar');
                return false;
            }
            if (decoded === null)
                this.setValueSpan(i + 1, q);
            else
                this.setValue(decoded);
            return true;
        }
        if (c === 123 || c === 91) {
            try {
                const p = new FlowParser(text, i, end, this.maxDepth);
                this.flow = p.parseValue(0);
                if (!restIsEmpty(text, p.pos, end)) {
                    this.flow = null;
                    throw new FlowError('unexpected text after a flow collection');
                }
                return true;
            }
            catch (e) {
                this.flow = null;
                this.fail(lineNo, e instanceof FlowError ? e.message : 'invalid flow collection');
                return false;
            }
        }
        if (c === 124 || c === 62) {
            // Block scalar (`|`, `|-`, `>+`, …): its content is the more-indented lines that follow.
            if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(i, end))) {
                this.fail(lineNo, 'invalid block scalar header');
                return false;
            }
            this.skipBlockScalar(indent);
            this.setValue('');
            return true;
        }
        if (c === 38 || c === 42 || c === 33) {
            this.fail(lineNo, c === 38
                ? 'YAML anchors ("&") are not supported in a lockfile'
                : c === 42
                    ? 'YAML aliases ("*") are not supported in a lockfile'
                    : 'YAML tags ("!") are not supported in a lockfile');
            return false;
        }
        if (isIndicator(c) && !(c === 45 && i + 1 < end && text.charCodeAt(i + 1) !== lockfile_yaml_SPACE)) {
            this.fail(lineNo, `unexpected ${JSON.stringify(text[i])} at the start of a value`);
            return false;
        }
        // Up to a ` #` comment, right-trimmed; `a: b` or a trailing `:` inside it would make YAML read
        // a nested mapping.
        let j = i;
        let colon = false;
        for (; j < end; j++) {
            const d = text.charCodeAt(j);
            if (d === 58) {
                if (j + 1 === end || isBlank(text.charCodeAt(j + 1)))
                    colon = true;
            }
            else if (d === lockfile_yaml_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
                break;
        }
        let e = j;
        while (e > i && isBlank(text.charCodeAt(e - 1)))
            e--;
        if (colon && hasMappingColon(text, i, e)) {
            this.fail(lineNo, 'a plain value contains ": " (YAML reads it as a nested mapping)');
            return false;
        }
        this.setValueSpan(i, e);
        return true;
    }
    skipBlockScalar(indent) {
        const text = this.text;
        while (this.pos < this.len) {
            let nl = text.indexOf('\n', this.pos);
            if (nl === -1)
                nl = this.len;
            let i = this.pos;
            while (i < nl && text.charCodeAt(i) === lockfile_yaml_SPACE)
                i++;
            const blank = i === nl || (i === nl - 1 && text.charCodeAt(i) === lockfile_yaml_CR);
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
function isDocumentMarker(text, i, end) {
    const m = text.startsWith('---', i) ? 45 : text.startsWith('...', i) ? 46 : 0;
    if (!m)
        return false;
    return restIsEmpty(text, i + 3, end) && (i + 3 === end || text.charCodeAt(i + 3) === lockfile_yaml_SPACE);
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
    return c === lockfile_yaml_SPACE || c === lockfile_yaml_TAB;
}
function restIsEmpty(text, i, end) {
    while (i < end && isBlank(text.charCodeAt(i)))
        i++;
    if (i === end)
        return true;
    if (text.charCodeAt(i) === lockfile_yaml_HASH && isBlank(text.charCodeAt(i - 1)))
        return true;
    return false;
}
/** End of a plain scalar at `i`: up to a ` #` comment (within the line), right-trimmed of blanks. */
function plainEnd(text, i, end) {
    let j = i;
    for (; j < end; j++) {
        if (text.charCodeAt(j) === lockfile_yaml_HASH && j > i && isBlank(text.charCodeAt(j - 1)))
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
        if (isIndicator(c) && !(c === 45 && text.charCodeAt(this.pos + 1) !== lockfile_yaml_SPACE)) {
            throw new FlowError(`unexpected ${JSON.stringify(text[this.pos] ?? 'end of line')} in a flow collection`);
        }
        let j = this.pos;
        for (; j < this.end; j++) {
            const d = text.charCodeAt(j);
            if (d === 44 || d === 91 || d === 93 || d === 123 || d === 125)
                break;
            if (d === 58 &&
                (j + 1 >= this.end || isBlank(text.charCodeAt(j + 1)) || isFlowEnd(text.charCodeAt(j + 1))))
                break;
            if (d === lockfile_yaml_HASH && isBlank(text.charCodeAt(j - 1)))
                throw new FlowError('comment inside a flow collection');
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
function isFlowEnd(c) {
    return c === 44 || c === 93 || c === 125;
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

;// CONCATENATED MODULE: ./src/detectors/parsers/source-url.ts
const gitHosts = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);
/**
 * Parses an npm-registry tarball URL of the standard shape
 * `http(s)://host/any/prefix/<name>/-/<unscoped-name>-<version>.tgz` (scoped names as `@scope/name`
 * or `@scope%2fname`), on any host. Returns null for anything else.
 */
function parseRegistryTarball(url) {
    if (!url.startsWith('https://') && !url.startsWith('http://'))
        return null;
    let end = url.length;
    const hash = url.indexOf('#');
    if (hash !== -1)
        end = hash;
    const query = url.indexOf('?');
    if (query !== -1 && query < end)
        end = query;
    const path = url.slice(url.indexOf('/', url.indexOf('//') + 2), end);
    const sep = path.lastIndexOf('/-/');
    if (sep <= 0)
        return null;
    const file = source_url_safeDecode(path.slice(sep + 3));
    if (file === null || !file.endsWith('.tgz') || file.includes('/'))
        return null;
    const before = path.slice(0, sep);
    const lastSlash = before.lastIndexOf('/');
    let name = source_url_safeDecode(before.slice(lastSlash + 1));
    if (name === null || name === '')
        return null;
    const unscoped = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
    if (!name.startsWith('@') && lastSlash > 0) {
        const prev = before.slice(before.lastIndexOf('/', lastSlash - 1) + 1, lastSlash);
        if (prev.startsWith('@'))
            name = `${prev}/${name}`;
    }
    if (name.startsWith('@') && (name.indexOf('/') <= 1 || name.indexOf('/') === name.length - 1))
        return null;
    if (!file.startsWith(unscoped + '-'))
        return null;
    const version = file.slice(unscoped.length + 1, -4);
    if (version === '')
        return null;
    return { name, version };
}
function source_url_safeDecode(s) {
    if (!s.includes('%'))
        return s;
    try {
        return decodeURIComponent(s);
    }
    catch {
        return null;
    }
}
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
function source_url_classifyLocation(resolved) {
    if (resolved.startsWith('file:'))
        return 'file';
    if (resolved.startsWith('link:'))
        return 'link';
    if (parseRegistryTarball(resolved))
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
/** lockfileVersion values pnpm 7–12 write, and the key syntax of each era. */
const knownVersions = new Set(['5.3', '5.4', '5.4-inlineSpecifiers', '6.0', '6.1', '7.0', '9.0']);
const pnpmLockDetector = {
    id: pnpm_lock_source,
    role: 'lockfile',
    syntax: 'yaml',
    ecosystems: ['npm'],
    namesInText: ['npm'],
    matches: (path) => path === 'pnpm-lock.yaml' || path.endsWith('/pnpm-lock.yaml'),
    detect: (input) => detectPnpmLock(input.path, input.text, input.limits.maxDepth),
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
        const t = parseRegistryTarball(tarball);
        if (t && (name === undefined || t.name === name))
            return classified('registry', tarball, integrity);
        const kind = source_url_classifyLocation(tarball);
        return classified(kind === 'registry' ? 'tarball' : kind, tarball, integrity);
    }
    if (type !== undefined)
        return classified('other', undefined, integrity);
    if (integrity !== undefined)
        return classified('registry', undefined, integrity);
    return { kind: 'other' };
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
        const id = tarballIdentity(name, cls.resolved);
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
            const t = parseRegistryTarball(cls.resolved);
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
    return makeComponent(init);
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
        return makeComponent({
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
    return makeComponent({
        ecosystem: 'npm',
        name: target.name,
        version: target.version,
        ...(dep.specifier !== undefined && target.version === null ? { spec: dep.specifier } : {}),
        location: { file, line: dep.line },
        source: pnpm_lock_source,
        sourceKind: target.kind,
        alias: dep.name,
        scope,
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
    detect: (input) => detectYarnLock(input.path, input.text, input.limits.maxDepth),
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
        const t = parseRegistryTarball(resolved);
        kind = t !== null ? 'registry' : source_url_classifyLocation(resolved);
        if (t !== null) {
            // The tarball is what yarn installs: its name and version must agree with the entry.
            if (t.name !== name) {
                fail(`resolved tarball is ${t.name}@${t.version} but the entry names ${name}`);
                name = t.name;
            }
            if (version !== null && t.version !== version) {
                fail(`resolved tarball is ${t.name}@${t.version} but the entry's version is ${version}`);
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
    return makeComponent(init);
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
        return parseRegistryTarball(reference) ? 'registry' : 'tarball';
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
    const tarball = kind === 'registry' && !reference.startsWith('npm:') ? parseRegistryTarball(reference) : null;
    if (tarball) {
        // A registry tarball URL: what yarn installs is the package and version the URL names.
        if (tarball.name !== name)
            fail(`resolved tarball is ${tarball.name}@${tarball.version} but the entry names ${name}`);
        if (version !== null && tarball.version !== version)
            fail(`resolved tarball is ${tarball.name}@${tarball.version} but the entry's version is ${version}`);
        name = tarball.name;
        version = tarball.version;
    }
    else if (kind === 'registry') {
        const exact = reference.slice(4);
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
    return makeComponent(init);
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


























/**
 * Every detector, one per file format. A new format is one module in this folder and one line
 * here.
 */
const detectors = [
    devcontainerDetector,
    devcontainerLockDetector,
    dockerfileDetector,
    composeDetector,
    githubWorkflowDetector,
    shellScriptDetector,
    packageJsonScriptsDetector,
    toolVersionsDetector,
    miseTomlDetector,
    brewfileDetector,
    vscodeExtensionsDetector,
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
    yarnLockDetector,
    pnpmLockDetector,
];


/***/ }),

/***/ 95578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J9: () => (/* binding */ detectorsFor),
  pf: () => (/* binding */ inventory),
  U2: () => (/* binding */ inventoryEach)
});

// UNUSED EXPORTS: compareComponents, dedupeAndSort, errorMessage

// EXTERNAL MODULE: ./src/detectors/index.ts + 50 modules
var detectors = __webpack_require__(11257);
// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __webpack_require__(10817);
// EXTERNAL MODULE: ./src/sources/source.ts
var sources_source = __webpack_require__(70813);
;// CONCATENATED MODULE: ./src/detectors/parsers/json-nesting.ts
/**
 * The nesting bound for JSON and JSONC, checked by one linear scan before any detector parses the
 * file (so a detector that skips a document's syntax errors, or parses it with a recursive
 * library, never sees a 100,000-deep document). Brackets inside strings and comments are text.
 */
function jsonNestingError(path, text, maxDepth) {
    let depth = 0;
    const n = text.length;
    let nl = text.indexOf('\n'); // the next line break at or after a string's start
    for (let i = 0; i < n; i++) {
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

;// CONCATENATED MODULE: ./src/util/errors.ts
/** A one-line message for anything thrown (a stack overflow from hostile nesting says so). */
function errorMessage(e) {
    if (e instanceof RangeError && /call stack/i.test(e.message))
        return 'nesting too deep to parse';
    if (e instanceof Error)
        return e.message.split('\n')[0] ?? String(e);
    return String(e);
}

// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
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

;// CONCATENATED MODULE: ./src/inventory/engine.ts









/** Which detectors read a path. */
function detectorsFor(path, list = detectors/* detectors */.m) {
    return list.filter((d) => d.matches(path));
}
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
        const r = await scanFile(source, w.path, w.detectors, limits, recordingRead, options.shouldParse);
        return { ...r, reads: [...reads] };
    });
    const components = [];
    const errors = [];
    const byFile = new Map();
    let notParsed = 0;
    for (const [i, r] of results.entries()) {
        byFile.set(work[i].path, r);
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
    const planned = await planWork(source, options, limits);
    if ('error' in planned) {
        return { errors: treeError(planned.error).errors, filesScanned: 0, components: 0 };
    }
    const { work } = planned;
    const readText = textReader(source, limits);
    const scan = (w) => scanFile(source, w.path, w.detectors, limits, readText);
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
    const earlyResults = await mapLimited(early, Math.max(1, options.concurrency ?? 8), scan);
    for (const r of earlyResults) {
        for (const c of r.components)
            hold(c);
        for (const e of r.errors)
            errors.push(e);
    }
    let order = [...new Set([...work.map((w) => w.path), ...held.keys()])].sort(engine_cmp);
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
    let total = 0;
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
            }));
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
        if (here.length > 0) {
            const sorted = dedupeAndSort(here);
            total += sorted.length;
            await onFile(path, sorted);
        }
    }
    return { errors: errors.sort(compareErrors), filesScanned: work.length, components: total };
}
/** Bytes read ahead and not yet parsed, at most (a file larger than this is read alone). */
const READ_AHEAD_BYTES = 16 * 1024 * 1024;
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
        return { error: e instanceof sources_source/* SourceReadError */.Ct ? e.message : `cannot be listed: ${errorMessage(e)}` };
    }
    if (paths.length > limits.maxFiles) {
        return { error: `${paths.length} files exceed the limit of ${limits.maxFiles} files in one tree` };
    }
    const work = [];
    for (const path of paths) {
        if (options.only && !options.only.has(path))
            continue;
        const ds = detectorsFor(path, list);
        if (ds.length > 0)
            work.push({ path, detectors: ds });
    }
    return { work };
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
                .then((b) => (b === null ? null : (0,util_text/* decodeText */.g7)(b)))
                .catch(() => null);
            textCache.set(rel, p);
        }
        return p;
    };
}
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
async function scanFile(source, path, detectors, limits, readText, shouldParse, 
/** The file's bytes when they are already being read (read-ahead). */
preRead) {
    let bytes;
    try {
        bytes = await (preRead ?? source.read(path, limits.maxFileBytes));
    }
    catch (e) {
        const message = e instanceof sources_source/* SourceReadError */.Ct ? e.message : `cannot be read: ${errorMessage(e)}`;
        return { components: [], errors: [{ file: path, message }] };
    }
    if (bytes === null)
        return { components: [], errors: [] };
    let text;
    let decodeError;
    // null: checked and within the limit.
    let depthError;
    const components = [];
    const errors = [];
    let skipped = 0;
    for (const detector of detectors) {
        if (!detector.binary && text === undefined && decodeError === undefined) {
            try {
                text = (0,util_text/* decodeText */.g7)(bytes);
            }
            catch (e) {
                decodeError = {
                    file: path,
                    ...(e instanceof util_text/* DecodeError */.Xc && e.line ? { line: e.line } : {}),
                    message: e instanceof util_text/* DecodeError */.Xc ? e.message : errorMessage(e),
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
        try {
            const result = await detector.detect(input);
            if (result.components.length > limits.maxComponentsPerFile) {
                errors.push({
                    file: path,
                    message: `${result.components.length} components exceed the limit of ${limits.maxComponentsPerFile} per file`,
                });
                continue;
            }
            for (const c of result.components)
                components.push(c);
            for (const err of result.errors)
                errors.push(err);
        }
        catch (e) {
            // A detector bug or a parser blowing up on hostile input: report it, located, never crash.
            errors.push({ file: path, message: `${detector.id}: ${errorMessage(e)}` });
        }
    }
    return skipped > 0 && skipped === detectors.length
        ? { components, errors, notParsed: true }
        : { components, errors };
}
function compareErrors(a, b) {
    return engine_cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || engine_cmp(a.message, b.message);
}
function engine_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** JSON and JSONC get the nesting bound before any detector parses them. */
function isJson(detector) {
    return detector.syntax === 'json' || detector.syntax === 'jsonc';
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

/***/ 70813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ SourceReadError),
/* harmony export */   cT: () => (/* binding */ isSkippedPath),
/* harmony export */   iQ: () => (/* binding */ normalizeRelative)
/* harmony export */ });
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
/** Directories never scanned, wherever they are. */
function isSkippedPath(path) {
    return /(^|\/)(node_modules|\.git)(\/|$)/.test(path);
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


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xc: () => (/* binding */ DecodeError),
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
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
        throw new DecodeError('binary data (NUL byte) in a text file', lineAt(text, nul));
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
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    let i = text.indexOf('\n');
    while (i !== -1 && i < offset) {
        line++;
        i = text.indexOf('\n', i + 1);
    }
    return line;
}


/***/ })

};
