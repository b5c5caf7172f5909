export const id = 922;
export const ids = [922];
export const modules = {

/***/ 5157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ BUILTIN_NAMES),
/* harmony export */   gf: () => (/* binding */ builtinPolicyFile),
/* harmony export */   nc: () => (/* binding */ isBuiltinName)
/* harmony export */ });
/* harmony import */ var _catalog_advisories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73944);
/* harmony import */ var _catalog_tools_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);
// The built-in policies: `builtin:advisories` (evidence-backed bans, locked), `builtin:ai-coding-tools`
// (every catalog tool, warn) and `builtin:default` (what runs without a policy file).


const BUILTIN_NAMES = ['builtin:default', 'builtin:advisories', 'builtin:ai-coding-tools'];
function isBuiltinName(ref) {
    return BUILTIN_NAMES.includes(ref);
}
function origin(name) {
    return { file: name, line: 0, column: 0 };
}
/** A built-in policy as a parsed file, merged exactly like the files that extend it. */
function builtinPolicyFile(name) {
    const base = { file: name, extends: [], rules: [], exceptions: [], fieldOrigins: new WeakMap() };
    switch (name) {
        case 'builtin:default':
            return { ...base, extends: [{ ref: 'builtin:advisories', origin: origin(name) }] };
        case 'builtin:advisories':
            return {
                ...base,
                rules: _catalog_advisories_js__WEBPACK_IMPORTED_MODULE_0__/* .advisories */ .w.map((a) => ({
                    id: a.id,
                    tool: a.tool,
                    versions: a.versions,
                    action: 'fail',
                    locked: true,
                    unknownVersionFloor: 'warn',
                    reason: `${a.id}: ${a.title} in ${a.versions} (first clean release ${a.firstClean})`,
                    link: a.link,
                    origin: origin(name),
                })),
            };
        case 'builtin:ai-coding-tools':
            return {
                ...base,
                rules: _catalog_tools_js__WEBPACK_IMPORTED_MODULE_1__/* .tools */ .Y.map((t) => ({
                    id: `ai-coding-tools/${t.id}`,
                    tool: t.id,
                    action: 'warn',
                    reason: `${t.name} (${t.vendor}) is an AI coding tool`,
                    origin: origin(name),
                })),
            };
    }
}


/***/ }),

/***/ 66648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ policyWeakenings),
/* harmony export */   r: () => (/* binding */ policyChangeNotice)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
// What a change to a policy file does once merged: a pull request is judged by the policy of its
// base commit, so its own policy edit never applies to itself; this names what the edit would add,
// remove or change after merge, and, as an error-level notice, everything by which it weakens the
// policy (advisories turned off, an `extends` dropped, a rule removed or loosened, an exception
// added), so that a reviewer sees it on the policy file itself.

/** The notice for a change to the policy at `path` (base: the policy the base commit had there). */
function policyChangeNotice(path, basePolicy, headPolicy) {
    const origin = { file: path, line: 1, column: 1 };
    if (headPolicy instanceof Error) {
        return {
            kind: 'policy-changed',
            message: `this change edits the policy ${path}; it takes effect after merge, and as changed it is invalid: ${headPolicy.message}`,
            origin,
            severity: 'error',
        };
    }
    if (headPolicy === null) {
        const dropped = (basePolicy?.rules ?? []).filter((r) => !isBuiltin(r)).map((r) => r.id);
        const weakens = dropped.length > 0 ? [`removes rule(s) ${dropped.join(', ')}`] : [];
        return {
            kind: 'policy-changed',
            message: `this change deletes the policy ${path}; this run judges it by the policy of the base commit, and the deletion takes effect after merge` +
                weakensText(weakens),
            origin,
            ...(weakens.length ? { severity: 'error', weakens } : {}),
        };
    }
    const parts = describeChanges(basePolicy, headPolicy);
    const weakens = policyWeakenings(basePolicy, headPolicy);
    return {
        kind: 'policy-changed',
        message: `this change edits the policy ${path}; this run judges it by the policy of the base commit, and the change takes effect after merge${parts.length ? ` (${parts.join('; ')})` : ''}` +
            weakensText(weakens),
        origin,
        ...(weakens.length ? { severity: 'error', weakens } : {}),
    };
}
function weakensText(weakens) {
    return weakens.length ? `. After merge it weakens the policy: ${weakens.join('; ')}` : '';
}
function describeChanges(basePolicy, headPolicy) {
    const before = new Map((basePolicy?.rules ?? []).map((r) => [r.id, ruleKey(r)]));
    const after = new Map(headPolicy.rules.map((r) => [r.id, ruleKey(r)]));
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
    else if (JSON.stringify((basePolicy?.exceptions ?? []).map(exceptionKey)) !==
        JSON.stringify(headPolicy.exceptions.map(exceptionKey))) {
        parts.push('exceptions changed');
    }
    if (JSON.stringify(basePolicy?.settings ?? {}) !== JSON.stringify(headPolicy.settings))
        parts.push('settings changed');
    return parts;
}
/**
 * Every way `head` judges more leniently than `base`, in words a reviewer can check: each names
 * the rule, file or setting. A base of null is a repository without a policy file: the built-in
 * default, whose advisories are on.
 */
function policyWeakenings(base, head) {
    const out = [];
    const baseAdvisories = base?.settings.advisories ?? 'on';
    if (head.settings.advisories === 'off' && baseAdvisories !== 'off') {
        out.push(`turns the built-in advisories off (settings.advisories: off, reason: ${JSON.stringify(head.settings.advisoriesReason ?? '')})`);
    }
    // Sources are merged in order and end with the policy file itself, which a change keeps.
    // builtin:advisories leaves the sources only with the advisories turned off, named above.
    for (const s of (base?.sources ?? []).slice(0, -1)) {
        if (!head.sources.includes(s) && s !== 'builtin:advisories')
            out.push(`drops extends ${s}`);
    }
    const headRules = new Map(head.rules.map((r) => [r.id, r]));
    for (const r of base?.rules ?? []) {
        const h = headRules.get(r.id);
        if (!h) {
            // The floor's rules disappear only with the advisories, which is named above.
            if (!(isBuiltin(r) && head.settings.advisories === 'off'))
                out.push(`removes rule ${r.id}`);
            continue;
        }
        const loosened = ruleLoosening(r, h);
        if (loosened)
            out.push(`loosens rule ${r.id} (${loosened})`);
    }
    const order = { fail: 2, warn: 1, ignore: 0 };
    const baseUnknown = base?.settings.unknownVersion ?? 'warn';
    if (order[head.settings.unknownVersion] < order[baseUnknown]) {
        out.push(`settings.unknownVersion ${baseUnknown} → ${head.settings.unknownVersion}`);
    }
    const baseExceptions = new Set((base?.exceptions ?? []).map((e) => JSON.stringify(exceptionKey(e))));
    for (const e of head.exceptions) {
        if (baseExceptions.has(JSON.stringify(exceptionKey(e))))
            continue;
        const where = e.origin && e.origin.line > 0 ? ` at ${e.origin.file}:${e.origin.line}` : '';
        out.push(`adds an exception to rule ${e.rule}${e.package ? ` for ${e.package}` : ''}${e.versions ? ` ${e.versions}` : ''}${e.paths ? ` in ${e.paths.join(', ')}` : ''} until ${e.expires}${where}`);
    }
    return out;
}
/** How `after` judges more leniently than `before` (same id), or null when it does not. */
function ruleLoosening(before, after) {
    const reasons = [];
    if (before.action === 'fail' && after.action === 'warn')
        reasons.push('fail → warn');
    if ((before.tool ?? '') !== (after.tool ?? '') || (before.ecosystem ?? '') !== (after.ecosystem ?? ''))
        reasons.push(`now covers ${after.tool ? `tool ${after.tool}` : `${after.ecosystem} ${after.package}`}`);
    else if ((before.package ?? '') !== (after.package ?? ''))
        reasons.push(`package ${before.package} → ${after.package}`);
    if ((before.versions ?? '') !== (after.versions ?? '') && !covers(after.versions, before.versions)) {
        reasons.push(`versions ${before.versions ?? '(every version)'} → ${after.versions ?? '(every version)'}`);
    }
    if (before.locked && !after.locked)
        reasons.push('no longer locked');
    return reasons.length ? reasons.join(', ') : null;
}
/** Whether range `wide` matches at least every version `narrow` does (undefined = every version). */
function covers(wide, narrow) {
    if (wide === undefined)
        return true;
    if (narrow === undefined)
        return false;
    try {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().subset(narrow, wide, { includePrerelease: true });
    }
    catch {
        return false;
    }
}
function isBuiltin(r) {
    return (r.definedIn ?? r.origin?.file ?? '').startsWith('builtin:');
}
function ruleKey(r) {
    return JSON.stringify({ ...r, origin: undefined, definedIn: undefined });
}
function exceptionKey(e) {
    const { origin: _o, definedIn: _d, ...rest } = e;
    return rest;
}


/***/ }),

/***/ 40572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m$: () => (/* binding */ createEvaluator),
  _3: () => (/* binding */ evaluate),
  _d: () => (/* binding */ isExpired)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/catalog/artifacts.ts + 1 modules
var artifacts = __webpack_require__(99308);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var pep440 = __webpack_require__(22473);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/model/versions.ts + 1 modules
var versions = __webpack_require__(74104);
// EXTERNAL MODULE: ./src/catalog/mappings.ts + 3 modules
var mappings = __webpack_require__(13453);
;// CONCATENATED MODULE: ./src/catalog/remediation.ts
// What to do about a finding of a versioned ban: the first clean version in the carrier's own
// version line, computed from the rule's range and the catalog's tables (never written by hand),
// and one sentence that says it.




/**
 * The versions just above the range's upper bounds, ascending: the candidates for the first
 * version outside it (`<2.1.198` → 2.1.198; `<=1.2.3` → 1.2.4). A range with no upper bound has none.
 */
function upperBounds(syntax, range) {
    const out = new Set();
    if (syntax === 'pep440') {
        for (const part of range.split(/,|\|\|/)) {
            const m = /^\s*(<=|<|==)\s*([^\s,]+)\s*$/.exec(part);
            if (!m || !pep440/* valid */.rZ(m[2]))
                continue;
            const next = m[1] === '<' ? m[2] : pep440/* inc */.bE(m[2], 'patch');
            if (next)
                out.add(next);
        }
        return [...out].sort(pep440/* compare */.UD);
    }
    let parsed;
    try {
        parsed = new (semver_default()).Range(range, { loose: true });
    }
    catch {
        return [];
    }
    for (const set of parsed.set)
        for (const c of set) {
            const v = c.semver.version;
            if (c.value === '')
                continue; // `*`: no bound
            // `<2` reads as `<2.0.0-0`: the first version outside it is 2.0.0.
            if (c.operator === '<')
                out.add(v.endsWith('-0') ? v.slice(0, -2) : v);
            else if (c.operator === '<=' || c.operator === '') {
                const next = semver_default().inc(v, 'patch');
                if (next)
                    out.add(next);
            }
        }
    return [...out].sort((semver_default()).compare);
}
function mapped(carrier, version) {
    try {
        return carrier.toolVersion(version);
    }
    catch {
        return { kind: 'unknown', why: '' };
    }
}
function greater(syntax, a, b) {
    if (syntax === 'pep440')
        return pep440/* valid */.rZ(a) !== null && pep440/* valid */.rZ(b) !== null && pep440.gt(a, b);
    const x = semver_default().valid(a.replace(/^v/, ''), { loose: true });
    const y = semver_default().valid(b.replace(/^v/, ''), { loose: true });
    return x !== null && y !== null && semver_default().gt(x, y);
}
/** The first clean carrier version, with the tool version it carries. */
function firstClean(input) {
    const { range, tool, carrier, component } = input;
    if (range === undefined)
        return null;
    if (!tool || !carrier) {
        const syntax = (0,versions/* syntaxOf */.rS)(component.ecosystem);
        if (syntax === 'ref')
            return null;
        const next = upperBounds(syntax, range).find((c) => !(0,versions/* versionSatisfies */.Kw)(syntax, c, range) &&
            (component.version === null || greater(syntax, c, component.version)));
        return next === undefined ? null : { version: next };
    }
    const scheme = tool.versionScheme;
    const banned = (tv) => (0,versions/* versionSatisfies */.Kw)(scheme, tv, range);
    const table = mappings/* versionTables */.C9.get(carrier.toolVersion);
    if (table) {
        // After the version found; when it cannot be placed, after the last banned version known.
        let start = component.version === null ? null : table.positionOf(component.version);
        if (start === null) {
            start = -1;
            table.versions.forEach((v, i) => {
                const m = mapped(carrier, v);
                if (m.kind === 'exact' && m.versions.some(banned))
                    start = i;
            });
        }
        for (const v of table.versions.slice(start + 1)) {
            const m = mapped(carrier, v);
            if (m.kind === 'exact' && !m.versions.some(banned))
                return { version: v, toolVersion: m.versions.at(-1) };
        }
        return null;
    }
    // The carrier is published in the tool's own line: the first version above the range, if the
    // carrier maps it to itself (an extension with a line of its own does not).
    const current = input.toolVersion?.replace(/^>=/, '') ?? null;
    const next = upperBounds(scheme, range).find((c) => {
        if (banned(c) || (current !== null && !greater(scheme, c, current)))
            return false;
        const m = mapped(carrier, c);
        return m.kind === 'exact' && m.versions.includes(c);
    });
    return next === undefined ? null : { version: next, toolVersion: next };
}
/** The remediation of a finding of a versioned ban, or null when no clean version is known. */
function remediationFor(input) {
    const clean = firstClean(input);
    if (!clean)
        return null;
    const { component, tool, carrier } = input;
    const { version } = clean;
    const carries = tool && clean.toolVersion !== undefined && clean.toolVersion !== version
        ? ` (it carries ${tool.name} ${clean.toolVersion})`
        : '';
    let text;
    switch (component.ecosystem) {
        case 'github-action':
            text = `Pin ${component.name} to ${version} or later${carries}.`;
            break;
        case 'devcontainer-feature':
            text = `Set the "${carrier?.versionOption?.name ?? 'version'}" option of ${component.name} to ${version} or later.`;
            break;
        case 'oci-image':
            text = `Use the image ${component.name}:${version} or later${carries}.`;
            break;
        case 'installer':
            text = `Install ${tool?.name ?? component.name} ${version} or later (pass ${version} to ${component.name}).`;
            break;
        default:
            text = `Upgrade ${component.name} to ${version} or later${carries}.`;
    }
    return { version, text };
}

// EXTERNAL MODULE: ./src/model/component.ts
var component = __webpack_require__(70214);
;// CONCATENATED MODULE: ./src/policy/installations.ts
// One installation, one finding. A detector that sees one installation from two places (a feature
// and the package it installs, an action and the version input that chose its CLI, an importer's
// alias and the lockfile entry it names) marks the more precise component with
// `sameInstallationAs`, the other. Under a rule that judges the precise one, the other's findings
// of that rule go: the precise one decides (an action's default CLI version does not matter when
// its version input chose another), and its finding names the other place in `via`.

const keyOf = (c) => (0,component/* installationKey */.W)(c);
const keyOfRef = (r) => (0,component/* installationKey */.W)(r);
/**
 * The findings of each component (`findings[i]` of `components[i]`) with those of the other view
 * of an installation dropped, for each rule `judges(precise, ruleId)` says judged the precise view.
 */
function oneFindingPerInstallation(components, findings, judges) {
    if (!components.some((c) => c.sameInstallationAs !== undefined))
        return findings;
    const byKey = new Map();
    components.forEach((c, i) => {
        const k = keyOf(c);
        const list = byKey.get(k);
        if (list)
            list.push(i);
        else
            byKey.set(k, [i]);
    });
    const dropped = new Map();
    const out = findings.map((list) => [...list]);
    components.forEach((c, i) => {
        const ref = c.sameInstallationAs;
        if (!ref)
            return;
        const others = (byKey.get(keyOfRef(ref)) ?? []).filter((k) => k !== i);
        // Two candidates at one place (two steps of one action on one line): which one this is the
        // view of cannot be told, so both keep their findings.
        if (others.length !== 1)
            return;
        const rules = judges(c);
        for (const k of others) {
            const set = dropped.get(k) ?? new Set();
            for (const r of rules)
                set.add(r);
            dropped.set(k, set);
        }
        const other = ref.location;
        out[i] = out[i].map((f) => {
            const here = f.location.file === other.file && f.location.line === other.line;
            const known = f.via?.some((v) => v.file === other.file && v.line === other.line) ?? false;
            return here || known ? f : { ...f, via: [{ file: other.file, line: other.line }, ...(f.via ?? [])] };
        });
    });
    for (const [k, rules] of dropped) {
        out[k] = out[k].filter((f) => !rules.has(f.ruleId));
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/names.ts
var names = __webpack_require__(25714);
;// CONCATENATED MODULE: ./src/policy/evaluate.ts






function carrierKey(ecosystem, name) {
    return `${ecosystem}\u0000${name}`;
}
/** Judges every component against every rule and exception of a merged policy. */
function evaluate(components, policy, options) {
    const evaluator = createEvaluator(policy, options);
    const findings = [];
    for (const list of evaluator.judgeAll(components))
        for (const f of list)
            findings.push(f);
    return { findings, notices: evaluator.notices() };
}
function createEvaluator(policy, options) {
    const now = options.now ?? new Date();
    const prefix = (options.pathPrefix ?? '').replace(/^\/+|\/+$/g, '');
    // Tool rules expand to their carriers, indexed by identity: one look-up per component.
    const byCarrier = new Map();
    const packageRules = [];
    policy.rules.forEach((rule, ruleIndex) => {
        if (rule.tool !== undefined) {
            const tool = options.catalog.tool(rule.tool);
            if (!tool)
                return;
            for (const carrier of tool.carriers) {
                const k = carrierKey(carrier.ecosystem, (0,names/* normalizeName */.Pc)(carrier.ecosystem, carrier.package));
                const list = byCarrier.get(k) ?? [];
                if (!list.some((e) => e.rule === rule))
                    list.push({ ruleIndex, rule, tool, carrier });
                byCarrier.set(k, list);
            }
        }
        else {
            packageRules.push({ ruleIndex, rule });
        }
    });
    const exceptionState = new Map();
    for (const ex of policy.exceptions)
        exceptionState.set(ex, { used: false, expired: isExpired(ex, now) });
    const judge = (recorded) => {
        // Bytes before names: an entry whose hash is a banned artifact is judged as that artifact.
        const byBytes = (0,artifacts/* identifiedByBytes */.KE)(recorded);
        const component = byBytes?.component ?? recorded;
        const matches = [];
        for (const e of byCarrier.get(carrierKey(component.ecosystem, (0,names/* normalizeName */.Pc)(component.ecosystem, component.name))) ?? []) {
            const m = matchToolRule(e, component);
            if (m)
                matches.push({ ruleIndex: e.ruleIndex, match: { ...m, carrier: e.carrier } });
        }
        for (const { ruleIndex, rule } of packageRules) {
            const m = matchPackageRule(rule, component);
            if (m)
                matches.push({ ruleIndex, match: m });
        }
        if (matches.length === 0)
            return [];
        matches.sort((a, b) => a.ruleIndex - b.ruleIndex);
        const findings = [];
        for (const { match } of matches) {
            const unknownAction = unknownActionFor(match.rule, policy.settings.unknownVersion);
            if (match.unknown !== undefined && unknownAction === 'ignore')
                continue;
            const finding = findingFor(component, match, unknownAction);
            if (byBytes)
                finding.message += ` (identified by its bytes: ${byBytes.note})`;
            for (const ex of policy.exceptions) {
                if (!exceptionApplies(ex, match, component, prefix))
                    continue;
                const state = exceptionState.get(ex);
                state.used = true;
                if (state.expired)
                    continue;
                finding.action = 'pass';
                finding.exception = { reason: ex.reason, expires: ex.expires };
                break;
            }
            findings.push(finding);
        }
        return findings;
    };
    /** The rules that judge a component whatever its version: its tool's rules, the package rules naming it. */
    const judging = (component) => {
        const ids = new Set();
        const key = carrierKey(component.ecosystem, (0,names/* normalizeName */.Pc)(component.ecosystem, component.name));
        for (const e of byCarrier.get(key) ?? [])
            ids.add(e.rule.id);
        for (const { rule } of packageRules) {
            if (rule.ecosystem !== undefined && rule.ecosystem !== component.ecosystem)
                continue;
            if (rule.package !== undefined && !(0,names/* nameMatches */.F5)(component.ecosystem, rule.package, component.name))
                continue;
            ids.add(rule.id);
        }
        return ids;
    };
    const judgeAll = (components) => oneFindingPerInstallation(components, components.map(judge), judging);
    const notices = () => {
        const out = [];
        for (const ex of policy.exceptions) {
            const state = exceptionState.get(ex);
            const where = ex.origin ? { origin: ex.origin } : {};
            if (state.expired) {
                out.push({
                    kind: 'expired-exception',
                    message: `exception for rule ${ex.rule} expired on ${ex.expires} and no longer applies (${ex.reason})`,
                    ...where,
                });
            }
            else if (!state.used && !(prefix && ex.paths?.length)) {
                // Scanning one folder of a repository, an exception for other paths is not stale.
                out.push({
                    kind: 'stale-exception',
                    message: `exception for rule ${ex.rule} matches nothing: it is stale and can be removed (${ex.reason})`,
                    ...where,
                });
            }
        }
        return out;
    };
    return { judge, judgeAll, notices };
}
const STRICTNESS = { ignore: 0, warn: 1, fail: 2 };
/** What an unknown version becomes under a rule: the setting, or the locked rule's floor if stricter. */
function unknownActionFor(rule, setting) {
    const floor = rule.unknownVersionFloor;
    return floor !== undefined && STRICTNESS[floor] > STRICTNESS[setting] ? floor : setting;
}
function mappingOf(carrier, version) {
    try {
        return carrier.toolVersion(version);
    }
    catch (e) {
        return { kind: 'unknown', why: `the version cannot be mapped (${e.message})` };
    }
}
function notPinned(c) {
    if (c.versionNote)
        return c.versionNote;
    return c.spec !== undefined ? `the version is not pinned (${c.spec})` : 'no version is recorded';
}
/**
 * The match of a component whose version is not known, decided by the range written for it where
 * the range lies wholly inside (a match) or outside (null) the rule's range; otherwise unknown.
 */
function matchUnpinned(base, c, syntax, ruleRange) {
    const written = syntax === null ? null : (0,versions/* specRange */.BP)(c.ecosystem, c.name, c.spec);
    const where = written === null ? null : (0,versions/* rangeAgainst */.CG)(syntax, written, ruleRange);
    if (where === 'out')
        return null;
    if (where === 'in')
        return { ...base, range: { written: written, syntax: syntax } };
    const straddles = where === 'maybe' ? `; "${written}" allows versions in and out of ${ruleRange}` : '';
    return { ...base, unknown: notPinned(c) + straddles };
}
function matchToolRule({ rule, tool, carrier }, c) {
    const mapping = c.version === null ? null : mappingOf(carrier, c.version);
    if (rule.versions === undefined) {
        const toolVersion = mapping?.kind === 'exact'
            ? mapping.versions[0]
            : mapping?.kind === 'atLeast'
                ? `>=${mapping.version}`
                : null;
        return { rule, tool, toolVersion };
    }
    if (mapping === null) {
        // A range decides only where the carrier's versions are the tool's, in the tool's syntax.
        const syntax = carrier.versionIsToolVersion && (0,versions/* syntaxOf */.rS)(c.ecosystem) === tool.versionScheme
            ? tool.versionScheme
            : null;
        const m = matchUnpinned({ rule, tool, toolVersion: null }, c, syntax, rule.versions);
        return m?.range ? { ...m, toolVersion: m.range.written } : m;
    }
    switch (mapping.kind) {
        case 'unknown':
            return { rule, tool, toolVersion: null, unknown: mapping.why };
        case 'exact': {
            const hit = mapping.versions.find((v) => (0,versions/* versionSatisfies */.Kw)(tool.versionScheme, v, rule.versions));
            return hit === undefined ? null : { rule, tool, toolVersion: hit };
        }
        case 'atLeast': {
            if (tool.versionScheme !== 'semver')
                return { rule, tool, toolVersion: null, unknown: mapping.why };
            const where = (0,versions/* lowerBoundIn */.jj)(mapping.version, rule.versions);
            if (where === 'out')
                return null;
            if (where === 'in')
                return { rule, tool, toolVersion: `>=${mapping.version}` };
            return { rule, tool, toolVersion: `>=${mapping.version}`, unknown: mapping.why };
        }
    }
}
function matchPackageRule(rule, c) {
    if (rule.ecosystem !== undefined && rule.ecosystem !== c.ecosystem)
        return null;
    if (rule.package !== undefined && !(0,names/* nameMatches */.F5)(c.ecosystem, rule.package, c.name))
        return null;
    if (rule.versions === undefined)
        return { rule };
    if (c.version === null)
        return matchUnpinned({ rule }, c, (0,versions/* syntaxOf */.rS)(c.ecosystem), rule.versions);
    return (0,versions/* versionSatisfies */.Kw)((0,versions/* syntaxOf */.rS)(c.ecosystem), c.version, rule.versions) ? { rule } : null;
}
/**
 * The remediation of a match, computed once per rule, carrier, name, version and tool version: it
 * walks the catalog's version tables, and a tree holds the same banned version in many files.
 */
const remediations = new WeakMap();
const NO_CARRIER = {};
function remediationOnce(c, match) {
    const { rule } = match;
    let byCarrier = remediations.get(rule);
    if (!byCarrier)
        remediations.set(rule, (byCarrier = new WeakMap()));
    const carrierKey = match.carrier ?? NO_CARRIER;
    let memo = byCarrier.get(carrierKey);
    if (!memo)
        byCarrier.set(carrierKey, (memo = new Map()));
    const key = [
        c.ecosystem,
        c.name,
        c.version ?? '\u0000',
        match.tool?.id ?? '',
        match.toolVersion ?? '\u0000',
        match.range ? 'range' : '',
    ].join('\u0001');
    let r = memo.get(key);
    if (r === undefined) {
        r = remediationFor({
            range: rule.versions,
            component: c,
            ...(match.tool ? { tool: match.tool } : {}),
            ...(match.carrier ? { carrier: match.carrier } : {}),
            // A written range is no version to start from: the first clean version above the ban.
            ...(match.toolVersion !== undefined && !match.range ? { toolVersion: match.toolVersion } : {}),
        });
        memo.set(key, r);
    }
    return r === null ? null : { ...r };
}
function findingFor(c, match, unknownSetting) {
    const { rule } = match;
    const action = match.unknown !== undefined ? (unknownSetting === 'ignore' ? 'warn' : unknownSetting) : rule.action;
    const remediation = remediationOnce(c, match);
    return {
        ruleId: rule.id,
        action,
        message: messageFor(c, match),
        component: {
            ecosystem: c.ecosystem,
            name: c.name,
            version: c.version,
            purl: c.purl,
            ...(c.spec !== undefined ? { spec: c.spec } : {}),
            ...(c.alias !== undefined ? { alias: c.alias } : {}),
        },
        ...(match.tool ? { tool: match.tool.id, toolVersion: match.toolVersion ?? null } : {}),
        location: c.location,
        ...(c.via !== undefined ? { via: c.via } : {}),
        ...(c.versionFrom !== undefined ? { versionFrom: c.versionFrom } : {}),
        source: c.source,
        ...(rule.reason ? { reason: rule.reason } : {}),
        ...(rule.link ? { link: rule.link } : {}),
        ...(match.unknown !== undefined ? { unknownVersion: true, unknownReason: match.unknown } : {}),
        ...(remediation ? { remediation } : {}),
    };
}
function messageFor(c, match) {
    const { rule, tool } = match;
    const version = c.version !== null ? ` ${c.version}` : c.spec !== undefined ? ` (${c.spec})` : '';
    const alias = c.alias !== undefined ? ` (installed as ${c.alias})` : '';
    const what = `${c.name}${version}${alias}`;
    const carries = tool && match.range
        ? tool.id !== c.name
            ? ` (${tool.name})`
            : ''
        : tool && match.toolVersion && match.toolVersion !== c.version
            ? ` (${tool.name} ${match.toolVersion})`
            : tool && tool.id !== c.name && !match.toolVersion && match.unknown === undefined
                ? ` (${tool.name})`
                : '';
    if (match.unknown !== undefined) {
        const why = rule.reason ? ` (${rule.reason})` : '';
        return `${what}${carries} may be banned by rule ${rule.id}${why}, but its ${tool ? `${tool.name} ` : ''}version cannot be known: ${match.unknown}`;
    }
    const verb = rule.action === 'fail' ? 'is banned' : 'is flagged';
    const every = match.range ? ` (every version "${match.range.written}" allows is in ${rule.versions})` : '';
    return `${what}${carries} ${verb}${rule.reason ? `: ${rule.reason}` : ` by rule ${rule.id}`}${every}`;
}
const pathMatchers = new Map();
function pathMatches(glob, file) {
    let m = pathMatchers.get(glob);
    if (!m) {
        m = picomatch_default()(glob, { dot: true });
        pathMatchers.set(glob, m);
    }
    return m(file);
}
function exceptionApplies(ex, match, c, prefix) {
    if (ex.rule !== match.rule.id)
        return false;
    if (ex.package !== undefined && !(0,names/* nameMatches */.F5)(c.ecosystem, ex.package, c.name))
        return false;
    if (ex.versions !== undefined) {
        // An exception limited to versions cannot vouch for a version nobody knows.
        if (match.unknown !== undefined)
            return false;
        if (match.range) {
            if ((0,versions/* rangeAgainst */.CG)(match.range.syntax, match.range.written, ex.versions) !== 'in')
                return false;
        }
        else if (match.tool) {
            const tv = match.toolVersion;
            if (tv === null || tv === undefined)
                return false;
            if (tv.startsWith('>=')) {
                if ((0,versions/* lowerBoundIn */.jj)(tv.slice(2), ex.versions) !== 'in')
                    return false;
            }
            else if (!(0,versions/* versionSatisfies */.Kw)(match.tool.versionScheme, tv, ex.versions))
                return false;
        }
        else {
            if (c.version === null || !(0,versions/* versionSatisfies */.Kw)((0,versions/* syntaxOf */.rS)(c.ecosystem), c.version, ex.versions))
                return false;
        }
    }
    if (ex.paths && ex.paths.length > 0) {
        const file = prefix ? `${prefix}/${c.location.file}` : c.location.file;
        if (!ex.paths.some((g) => pathMatches(g, file)))
            return false;
    }
    return true;
}
/** An exception applies through the whole of its expiry day (UTC). */
function isExpired(ex, now) {
    const end = Date.parse(`${ex.expires}T23:59:59.999Z`);
    return Number.isNaN(end) || now.getTime() > end;
}


/***/ }),

/***/ 58164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   jG: () => (/* binding */ loadPolicyFromTree),
/* harmony export */   pn: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_4__.pn),
/* harmony export */   tb: () => (/* binding */ loadPolicy)
/* harmony export */ });
/* unused harmony export mergePolicyFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5157);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60486);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65823);
/* harmony import */ var _model_versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74104);
// Loads a policy with every `extends` merged in, through injectable readers (the action reads the
// policy of a pull request's BASE commit; `github:` references go through the caller's reader).
//
// Merge rules (documented in docs and the schema):
// - files are merged in order: everything a file extends (depth first, in the order listed) before
//   the file itself; a file reached twice is merged once, where it is first reached;
// - a later file may override an earlier rule by id, replacing it, unless the earlier rule is
//   `locked: true`: then any redefinition is an error naming both places;
// - exceptions accumulate; an exception to a locked rule is valid only in the file that defines the
//   rule (a locked rule exists so that the files that extend it cannot weaken it);
// - `settings.unknownVersion`: the last file that sets it wins (default warn), except for locked
//   rules: their unknown versions are judged at least as strictly as the file that defines them
//   says (built-in advisories: at least warn), so `ignore` in a later file cannot silence them;
// - every exception must name a rule of the merged policy;
// - the floor: `builtin:advisories` is merged first under every policy that does not merge it
//   itself, unless the last file that sets `settings.advisories` turns it off (with a reason); a
//   file cannot turn off what a file merged before it (an extended one, or builtin:advisories
//   itself) keeps on.




const MAX_EXTENDS_DEPTH = 32;



async function defaultReadFile(path) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (!s.isFile())
            throw new Error('not a file');
        if (s.size > 1024 * 1024)
            throw new Error(`${s.size} bytes is too large for a policy file`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw e;
    }
}
/** Reads one policy; errors are located at `at` (the extends entry) or at the file itself. */
async function readPolicy(ref, at, options) {
    const fail = (message) => {
        if (at)
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(at.file, at.line, at.column, message);
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(ref.display, 0, 0, message);
    };
    switch (ref.kind) {
        case 'builtin':
            return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPolicyFile */ .gf)(ref.name);
        case 'file': {
            let text;
            try {
                text = await (options.readFile ?? defaultReadFile)(ref.path);
            }
            catch (e) {
                return fail(`${at ? `extends: ${ref.display} ` : ''}cannot be read: ${e.message}`);
            }
            if (text === null)
                return fail(at ? `extends: ${ref.display} does not exist` : 'does not exist');
            return (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyFile */ ._6)(ref.display, text);
        }
        case 'github': {
            if (!options.readGithub)
                return fail(`github: extends need a token: set GITHUB_TOKEN (${ref.display})`);
            let text;
            try {
                text = await options.readGithub(ref.owner, ref.repo, ref.path, ref.ref);
            }
            catch (e) {
                return fail(`${at ? 'extends: ' : ''}${ref.display} cannot be read: ${e.message.split('\n')[0]}`);
            }
            return (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyFile */ ._6)(ref.display, text);
        }
    }
}
/** Loads a file and everything it extends, depth first; files in merge order. */
async function loadTree(ref, at, chain, seen, out, options) {
    const parsed = await readPolicy(ref, at, options);
    const here = [...chain, ref];
    for (const entry of parsed.extends) {
        const child = (0,_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveExtends */ .QL)(entry.ref, ref);
        if (typeof child === 'string') {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(entry.origin.file, entry.origin.line, entry.origin.column, `extends: ${child}`);
        }
        const cycleAt = here.findIndex((r) => r.id === child.id);
        if (cycleAt >= 0) {
            const names = [...here.slice(cycleAt), child].map((r) => r.display).join(' → ');
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(entry.origin.file, entry.origin.line, entry.origin.column, `extends: cycle: ${names}`);
        }
        if (here.length >= MAX_EXTENDS_DEPTH) {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(entry.origin.file, entry.origin.line, entry.origin.column, `extends: more than ${MAX_EXTENDS_DEPTH} levels of extends`);
        }
        if (seen.has(child.id))
            continue;
        await loadTree(child, entry.origin, here, seen, out, options);
    }
    if (!seen.has(ref.id)) {
        seen.add(ref.id);
        out.push({ ref, parsed });
    }
}
const ADVISORIES = 'builtin:advisories';
/**
 * The advisories floor: the files with `builtin:advisories` merged first when nothing turns it off
 * and no file merges it already; problems when a file turns off what an earlier one keeps on.
 */
function withFloor(files, problem) {
    let setter = -1;
    files.forEach((f, i) => {
        if (f.parsed.advisories !== undefined)
            setter = i;
    });
    const setting = setter >= 0 ? files[setter].parsed.advisories : undefined;
    if (setting?.value === 'off') {
        const keeper = files
            .slice(0, setter)
            .find((f) => f.ref.id === ADVISORIES || f.parsed.advisories?.value === 'on');
        if (keeper) {
            problem(setting.origin, `settings.advisories: off: ${keeper.ref.display} is merged before this file and keeps the built-in advisories on; a policy merged over it cannot turn them off`);
        }
        for (const f of files.slice(setter + 1)) {
            if (f.ref.id === ADVISORIES) {
                problem(setting.origin, `settings.advisories: off, but ${ADVISORIES} is merged after this file`);
            }
        }
        return { files, advisories: 'off', ...(setting.reason !== undefined ? { reason: setting.reason } : {}) };
    }
    if (files.some((f) => f.ref.id === ADVISORIES))
        return { files, advisories: 'on' };
    const floor = {
        ref: { kind: 'builtin', name: ADVISORIES, id: ADVISORIES, display: ADVISORIES },
        parsed: (0,_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .builtinPolicyFile */ .gf)(ADVISORIES),
    };
    return { files: [floor, ...files], advisories: 'on' };
}
/**
 * Merges loaded files in order; throws every merge problem, located. `floor: false` merges the
 * files exactly as given (one file on its own, or a repository's file that a central policy's
 * floor already covers).
 */
function mergePolicyFiles(given, options = {}) {
    const issues = [];
    const problem = (o, message) => {
        issues.push({ file: o?.file ?? '', line: o?.line ?? 0, column: o?.column ?? 0, message });
    };
    const floored = options.floor === false
        ? (() => {
            const last = [...given].reverse().find((f) => f.parsed.advisories !== undefined)?.parsed.advisories;
            return {
                files: given,
                advisories: last?.value ?? 'on',
                ...(last?.reason !== undefined ? { reason: last.reason } : {}),
            };
        })()
        : withFloor(given, problem);
    const files = floored.files;
    const rules = new Map();
    const exceptions = [];
    const fieldOriginsOf = new Map();
    let unknownVersion = 'warn';
    for (const { ref, parsed } of files) {
        if (parsed.unknownVersion !== undefined)
            unknownVersion = parsed.unknownVersion;
        for (const rule of parsed.rules) {
            const r = { ...rule, definedIn: ref.id };
            if (r.locked && (parsed.unknownVersion === 'warn' || parsed.unknownVersion === 'fail')) {
                r.unknownVersionFloor = parsed.unknownVersion;
            }
            const earlier = rules.get(r.id);
            if (earlier?.locked) {
                problem(r.origin, `rule "${r.id}" is locked by ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOrigin */ .cp)(earlier.origin)} and cannot be overridden or loosened here`);
                continue;
            }
            if (earlier)
                rules.delete(r.id);
            rules.set(r.id, r);
        }
        for (const ex of parsed.exceptions) {
            const e = { ...ex, definedIn: ref.id };
            exceptions.push(e);
            fieldOriginsOf.set(e, parsed.fieldOrigins.get(ex));
        }
    }
    for (const ex of exceptions) {
        const rule = rules.get(ex.rule);
        const fields = fieldOriginsOf.get(ex);
        const ruleField = fields?.rule ?? ex.origin;
        if (!rule) {
            const known = [...rules.keys()];
            problem(ruleField, `exception for rule "${ex.rule}": no such rule in the merged policy${known.length ? ` (rules: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''})` : ''}`);
            continue;
        }
        if (rule.locked && rule.definedIn !== ex.definedIn) {
            problem(ruleField, `exception for rule "${ex.rule}": the rule is locked by ${(0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .formatOrigin */ .cp)(rule.origin)}; only that file may grant exceptions to it`);
            continue;
        }
        if (ex.versions !== undefined) {
            const syntax = (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeSyntaxOfRule */ .mf)(rule);
            if (syntax) {
                const check = (0,_model_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .validateRange */ .i8)(syntax, ex.versions);
                if (!check.ok)
                    problem(fields?.versions ?? ruleField, `exception for rule "${ex.rule}": versions: ${check.message}`);
            }
        }
    }
    if (issues.length > 0)
        throw _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn.of(issues);
    return {
        version: 1,
        settings: {
            unknownVersion,
            advisories: floored.advisories,
            ...(floored.reason !== undefined ? { advisoriesReason: floored.reason } : {}),
        },
        rules: [...rules.values()],
        exceptions,
        sources: files.map((f) => f.ref.display),
    };
}
/** Loads a policy by path, `builtin:NAME` or `github:OWNER/REPO/PATH@REF`, with every `extends` merged in. */
async function loadPolicy(ref, options = {}) {
    const root = (0,_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .rootRef */ .A6)(ref, options.baseDir);
    const files = [];
    await loadTree(root, null, [], new Set(), files, options);
    return mergePolicyFiles(files);
}
const TREE_ROOT = '/__ai-tooling-gate-tree__';
/**
 * Loads a policy from a tree that is not the filesystem (a git commit, the GitHub API): `path` and
 * relative `extends` are read through `read` with paths relative to the tree's root, and can never
 * leave it. Messages name the paths as written.
 */
async function loadPolicyFromTree(path, read, options = {}) {
    return loadPolicy(path, {
        ...options,
        baseDir: TREE_ROOT,
        readFile: async (abs) => {
            const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(TREE_ROOT, abs.replace(/\\/g, '/'));
            if (rel === '' || rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(rel))
                return null;
            return read(rel);
        },
    });
}
/** One policy text on its own, as written: no `extends`, and no advisories floor under it. */
function parsePolicyText(file, text) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicyFile */ ._6)(file, text);
    if (parsed.extends.length > 0) {
        const e = parsed.extends[0];
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyError */ .pn(e.origin.file, e.origin.line, e.origin.column, 'extends: use loadPolicy to resolve extends');
    }
    return mergePolicyFiles([{ ref: { kind: 'file', path: file, id: file, display: file }, parsed }], {
        floor: false,
    });
}


/***/ }),

/***/ 25714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ nameMatches),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   mw: () => (/* binding */ globMatches)
/* harmony export */ });
/** The canonical form of a name for comparison in its ecosystem. */
function normalizeName(ecosystem, name) {
    switch (ecosystem) {
        case 'pypi':
            return name.toLowerCase().replace(/[-_.]+/g, '-'); // PEP 503
        case 'vscode-extension': // publisher.name, case-insensitive
        case 'devcontainer-feature': // OCI ids are lowercase
        case 'github-action': // owner/repo, case-insensitive on GitHub
        case 'homebrew':
        case 'installer':
        case 'oci-image': // image repositories are lowercase
            return name.toLowerCase();
        default:
            return name; // npm and jsr names are case-sensitive (and lowercase when published)
    }
}
/**
 * A name glob: `*` is any run of characters (including `/`, so `@anthropic-ai/*` and `*` cover
 * scoped names and `owner/*` covers every action of an owner), `?` one character; nothing else is
 * special. Matched by the classic two-pointer wildcard algorithm: O(pattern × name) at worst, no
 * regular-expression backtracking on hostile patterns.
 */
function globMatches(pattern, name) {
    let p = 0;
    let n = 0;
    let star = -1;
    let mark = 0;
    while (n < name.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
            p++;
            n++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            mark = n;
        }
        else if (star >= 0) {
            p = star + 1;
            n = ++mark;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/** Whether a name matches an exact name or a `*` glob, in the ecosystem's comparison. */
function nameMatches(ecosystem, pattern, name) {
    const p = normalizeName(ecosystem, pattern);
    const n = normalizeName(ecosystem, name);
    if (!p.includes('*') && !p.includes('?'))
        return p === n;
    return globMatches(p, n);
}


/***/ }),

/***/ 65823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pn: () => (/* reexport */ error/* PolicyError */.p),
  cp: () => (/* reexport */ formatOrigin),
  _6: () => (/* binding */ parsePolicyFile),
  mf: () => (/* reexport */ rangeSyntaxOfRule)
});

// UNUSED EXPORTS: didYouMean, formatIssue, isRealDate, pathText

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/catalog/tools.ts + 1 modules
var tools = __webpack_require__(3394);
// EXTERNAL MODULE: ./src/model/ecosystems.ts
var ecosystems = __webpack_require__(27184);
;// CONCATENATED MODULE: ./src/policy/schema.ts
// The policy file, version 1, defined once: validation (with zod) and the JSON Schema shipped in
// schema/ai-tooling-policy.schema.json (generated from this definition: `npm run schema`).



const TOOL_IDS = tools/* tools */.Y.map((t) => t.id);
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const schema_text = schemas/* string */.YjP().min(1);
const ruleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .regex(RULE_ID)
        .describe('Unique across the merged policy. Letters, digits and . _ : / - (e.g. claude-code-fingerprinting).'),
    tool: schemas/* enum */.k5n(TOOL_IDS)
        .optional()
        .describe('A tool of the built-in catalog (`ai-tooling-gate catalog`): the rule covers every carrier of it.'),
    ecosystem: schemas/* enum */.k5n(ecosystems/* ECOSYSTEMS */.S).optional().describe('With package: one identity instead of a tool.'),
    package: schema_text
        .optional()
        .describe('Exact name or a * glob, compared the ecosystem\'s way ("@anthropic-ai/claude-code*").'),
    versions: schema_text
        .optional()
        .describe("Range in the tool's own version line (tool rules) or the ecosystem's syntax (semver for npm, PEP 440 for pypi). Omitted = every version."),
    action: schemas/* enum */.k5n(['fail', 'warn']).optional().describe('fail (default) fails the gate; warn only reports.'),
    reason: schema_text.optional().describe('Why: shown in every finding of the rule.'),
    link: schema_text.optional().describe('Where to read more (an advisory, a ticket).'),
    locked: schemas/* boolean */.zMY()
        .optional()
        .describe('A locked rule cannot be overridden by a file that extends this one, and only this file may grant exceptions to it.'),
})
    .describe('A ban: a tool (every carrier) or one identity (ecosystem + package), optionally limited to versions.');
const exceptionSchema = schemas/* strictObject */.rej({
    rule: schemas/* string */.YjP().min(1).describe('The id of the rule it silences.'),
    package: schema_text.optional().describe('Only this carrier or package (exact or * glob).'),
    versions: schema_text.optional().describe('Only these versions, in the same version line as the rule.'),
    paths: schemas/* array */.YOg(schema_text)
        .optional()
        .describe('Only findings in files matching these globs, relative to the repository root.'),
    reason: schema_text.describe('Why the exception is granted (shown in the report).'),
    expires: schemas/* string */.YjP()
        .regex(DATE)
        .describe('YYYY-MM-DD. The exception applies through this day (UTC), then no longer.'),
})
    .describe('Silences the findings of one rule where it applies, until it expires.');
const settingsSchema = schemas/* strictObject */.rej({
    unknownVersion: schemas/* enum */.k5n(['fail', 'warn', 'ignore'])
        .optional()
        .describe('What a matching component whose version cannot be known becomes (default warn).'),
    advisories: schemas/* enum */.k5n(['on', 'off'])
        .optional()
        .describe('The built-in advisories (builtin:advisories) apply under every policy unless it turns them off here, with advisoriesReason. A policy merged over one that keeps them on cannot turn them off.'),
    advisoriesReason: schema_text
        .optional()
        .describe('Required with advisories: off: why this repository does not enforce the built-in advisories.'),
});
const policySchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('The JSON Schema of this file, for editors.'),
    version: schemas/* literal */.euz(1).describe('The policy format version: 1.'),
    extends: schemas/* array */.YOg(schema_text)
        .optional()
        .describe('Policies merged before this one: builtin:advisories, builtin:ai-coding-tools, builtin:default, a path relative to this file, or github:OWNER/REPO/PATH@REF.'),
    settings: settingsSchema.optional(),
    rules: schemas/* array */.YOg(ruleSchema).optional(),
    exceptions: schemas/* array */.YOg(exceptionSchema).optional(),
})
    .describe('ai-tooling-gate policy, version 1');
/** The JSON Schema of the policy file, as committed in schema/ai-tooling-policy.schema.json. */
function policyJsonSchema() {
    const generated = z.toJSONSchema(policySchema, { target: 'draft-2020-12' });
    const { $schema, ...rest } = generated;
    return { $schema, title: 'ai-tooling-gate policy', ...rest };
}

// EXTERNAL MODULE: ./src/policy/error.ts
var error = __webpack_require__(59596);
// EXTERNAL MODULE: ./src/catalog/index.ts + 1 modules
var catalog = __webpack_require__(26742);
// EXTERNAL MODULE: ./src/model/versions.ts + 1 modules
var versions = __webpack_require__(74104);
;// CONCATENATED MODULE: ./src/policy/issues.ts
// The problems of a policy file, located: schema issues turned into messages with suggestions, and
// the semantic checks that need several fields.






function formatOrigin(o) {
    if (!o)
        return 'an unknown place';
    return o.line > 0 ? `${o.file}:${o.line}:${o.column}` : o.file;
}
/** Where the nodes of a document are, by path. */
class Locator {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    origin(offset) {
        const p = this.lines.linePos(offset);
        return { file: this.file, line: p.line, column: p.col };
    }
    /** The value node at a path, or the nearest existing ancestor. */
    at(path) {
        for (let n = path.length; n >= 0; n--) {
            const node = this.doc.getIn(path.slice(0, n), true);
            if (node && node.range)
                return this.origin(node.range[0]);
            if (n === 0 && this.doc.contents?.range)
                return this.origin(this.doc.contents.range[0]);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /** The key of `key` in the mapping at `path`. */
    key(path, key) {
        const map = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
        if ((0,dist/* isMap */.jh)(map)) {
            for (const pair of map.items) {
                if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key && pair.key.range) {
                    return this.origin(pair.key.range[0]);
                }
            }
        }
        return this.at(path);
    }
    has(path) {
        return this.doc.hasIn(path);
    }
}
function pathText(path) {
    let s = '';
    for (const p of path)
        s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
    return s;
}
function describe(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return 'a list';
    return 'a mapping';
}
function valueAt(data, path) {
    let v = data;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
/** The closest candidate by edit distance, when it is close enough to be a typo. */
function didYouMean(word, candidates) {
    let best = '';
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best && bestD <= Math.max(1, Math.floor(word.length / 3)))
        return ` (did you mean "${best}"?)`;
    // A shortened name (`claude` for `claude-code`): the one candidate it starts.
    const w = word.toLowerCase();
    const starts = w.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(w)) : [];
    if (starts.length === 1)
        return ` (did you mean "${starts[0]}"?)`;
    if (starts.length > 1)
        return ` (did you mean one of ${starts.map((c) => `"${c}"`).join(', ')}?)`;
    return '';
}
function editDistance(a, b) {
    if (a.length > 64 || b.length > 64)
        return Infinity;
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
const KEYS = {
    policy: ['$schema', 'version', 'extends', 'settings', 'rules', 'exceptions'],
    settings: ['unknownVersion', 'advisories', 'advisoriesReason'],
    rule: ['id', 'tool', 'ecosystem', 'package', 'versions', 'action', 'reason', 'link', 'locked'],
    exception: ['rule', 'package', 'versions', 'paths', 'reason', 'expires'],
};
function keysFor(path) {
    if (path.length === 0)
        return KEYS.policy;
    if (path[0] === 'settings')
        return KEYS.settings;
    if (path[0] === 'rules')
        return KEYS.rule;
    if (path[0] === 'exceptions')
        return KEYS.exception;
    return [];
}
/** Turns a zod issue into located, human messages. */
function issueMessages(issue, data, loc) {
    const path = issue.path;
    const where = pathText(path);
    const value = valueAt(data, path);
    const at = (o, message) => ({ ...o, message });
    const present = value !== undefined && loc.has(path);
    switch (issue.code) {
        case 'unrecognized_keys':
            return issue.keys.map((k) => at(loc.key(path, k), `${pathText([...path, k])}: unknown key${didYouMean(k, keysFor(path))}`));
        case 'invalid_type': {
            if (!present)
                return [at(loc.at(path), `${where}: is required`)];
            const expected = issue.expected;
            let what;
            if (expected === 'array')
                what = `must be a list, not ${describe(value)}`;
            else if (expected === 'object')
                what = `must be a mapping, not ${describe(value)}`;
            else if (expected === 'boolean')
                what = `must be true or false, not ${describe(value)}`;
            else if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
                what = `must be a string (quote it: "${String(value)}")`;
            else
                what = `must be ${expected === 'string' ? 'a string' : expected}, not ${describe(value)}`;
            return [at(loc.at(path), `${where}: ${what}`)];
        }
        case 'invalid_value': {
            if (!present)
                return [at(loc.at(path), `${where}: is required`)];
            const last = path[path.length - 1];
            if (last === 'version' && path.length === 1)
                return [at(loc.at(path), `version: must be 1, not ${describe(value)}`)];
            if (last === 'tool')
                return [
                    at(loc.at(path), `${where}: unknown tool ${describe(value)}${didYouMean(String(value), TOOL_IDS)}; \`ai-tooling-gate catalog\` lists the tools`),
                ];
            const values = issue.values.map(String);
            const hint = typeof value === 'string' ? didYouMean(value, values) : '';
            return [
                at(loc.at(path), `${where}: must be one of ${values.join(', ')}, not ${describe(value)}${hint}`),
            ];
        }
        case 'too_small':
            return [at(loc.at(path), `${where}: must not be empty`)];
        case 'invalid_format': {
            const last = path[path.length - 1];
            if (last === 'id')
                return [
                    at(loc.at(path), `${where}: ${describe(value)} is not a valid rule id (letters, digits and . _ : / -, starting with a letter or digit)`),
                ];
            if (last === 'expires')
                return [at(loc.at(path), `${where}: ${describe(value)} is not a date (YYYY-MM-DD)`)];
            return [at(loc.at(path), `${where}: ${describe(value)} has the wrong format`)];
        }
        default:
            return [at(loc.at(path), `${where}: ${issue.message}`)];
    }
}
/** Whether YYYY-MM-DD names a real day. */
function isRealDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return (d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() === Number(m[2]) - 1 &&
        d.getUTCDate() === Number(m[3]));
}
function dedupeIssues(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const k = (0,error/* formatIssue */.H)(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function sortIssues(issues) {
    return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The syntax a rule's `versions` is written in: the tool's version line, or the ecosystem's. */
function rangeSyntaxOfRule(r) {
    if (typeof r.tool === 'string') {
        const tool = catalog/* catalog */.U$.tool(r.tool);
        return tool ? tool.versionScheme : null;
    }
    if (typeof r.ecosystem === 'string' && ecosystems/* ECOSYSTEMS */.S.includes(r.ecosystem)) {
        return (0,versions/* syntaxOf */.rS)(r.ecosystem);
    }
    return null;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Checks across the fields of one rule or exception, and within one file (duplicate ids). */
function semanticIssues(data, loc) {
    const issues = [];
    const at = (o, message) => void issues.push({ ...o, message });
    const settings = isRecord(data.settings) ? data.settings : {};
    if (settings.advisories === 'off' &&
        (typeof settings.advisoriesReason !== 'string' || settings.advisoriesReason.trim() === '')) {
        at(loc.key(['settings'], 'advisories'), 'settings.advisories: off needs settings.advisoriesReason: say why this policy does not enforce the built-in advisories');
    }
    if (settings.advisoriesReason !== undefined && settings.advisories !== 'off') {
        at(loc.key(['settings'], 'advisoriesReason'), 'settings.advisoriesReason: goes with advisories: off');
    }
    const rules = Array.isArray(data.rules) ? data.rules : [];
    const firstId = new Map();
    rules.forEach((r, i) => {
        if (!isRecord(r))
            return;
        const p = ['rules', i];
        const where = pathText(p);
        const hasTool = r.tool !== undefined;
        const hasEco = r.ecosystem !== undefined;
        const hasPkg = r.package !== undefined;
        if (hasTool && (hasEco || hasPkg)) {
            at(loc.key(p, hasEco ? 'ecosystem' : 'package'), `${where}: a rule names either a tool or an ecosystem and a package, not both`);
        }
        else if (!hasTool && !hasEco && !hasPkg) {
            at(loc.at(p), `${where}: a rule needs a tool, or an ecosystem and a package`);
        }
        else if (!hasTool && hasEco && !hasPkg) {
            at(loc.key(p, 'ecosystem'), `${where}.package: is required with ecosystem (use "*" for every package)`);
        }
        else if (!hasTool && !hasEco && hasPkg) {
            at(loc.key(p, 'package'), `${where}.ecosystem: is required with package (one of ${ecosystems/* ECOSYSTEMS */.S.join(', ')})`);
        }
        if (typeof r.versions === 'string' && r.versions.trim() !== '') {
            const syntax = rangeSyntaxOfRule(r);
            if (syntax) {
                const check = (0,versions/* validateRange */.i8)(syntax, r.versions);
                if (!check.ok)
                    at(loc.at([...p, 'versions']), `${where}.versions: ${check.message}`);
            }
        }
        if (typeof r.id === 'string' && RULE_ID.test(r.id)) {
            const first = firstId.get(r.id);
            const here = loc.at([...p, 'id']);
            if (first)
                at(here, `${where}.id: duplicate rule id "${r.id}" (first at ${formatOrigin(first)})`);
            else
                firstId.set(r.id, here);
        }
    });
    const exceptions = Array.isArray(data.exceptions) ? data.exceptions : [];
    exceptions.forEach((e, i) => {
        if (!isRecord(e))
            return;
        const p = ['exceptions', i];
        if (typeof e.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.expires) && !isRealDate(e.expires)) {
            at(loc.at([...p, 'expires']), `${pathText([...p, 'expires'])}: ${JSON.stringify(e.expires)} is not a real day`);
        }
        if (Array.isArray(e.paths)) {
            e.paths.forEach((g, j) => {
                if (typeof g !== 'string')
                    return;
                const w = pathText([...p, 'paths', j]);
                if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g))
                    at(loc.at([...p, 'paths', j]), `${w}: ${JSON.stringify(g)} must be relative to the repository root`);
                else if (g.split('/').includes('..'))
                    at(loc.at([...p, 'paths', j]), `${w}: ${JSON.stringify(g)} must not leave the repository (..)`);
                else if (g.includes('\\'))
                    at(loc.at([...p, 'paths', j]), `${w}: ${JSON.stringify(g)} must use / separators`);
            });
        }
    });
    return issues;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts
// Parses one policy file: YAML (or JSON, which is YAML) with source positions, validated against
// the schema, every problem reported as `file:line:column: path: what is wrong`.






const MAX_POLICY_BYTES = 1024 * 1024;
/**
 * Parses and validates one policy file (no `extends` resolution, no cross-file checks). Throws a
 * PolicyError listing every problem found, each located.
 */
function parsePolicyFile(file, text) {
    if (text.length > MAX_POLICY_BYTES) {
        throw new error/* PolicyError */.p(file, 1, 1, `is larger than ${MAX_POLICY_BYTES} bytes: not a policy file`);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), {
        lineCounter: lines,
        prettyErrors: false,
        // Duplicate keys are found below, located at the duplicate (the parser locates the mapping).
        uniqueKeys: false,
        version: '1.2',
    });
    if (doc.errors.length > 0) {
        throw error/* PolicyError */.p.of(doc.errors.map((err) => {
            const pos = err.linePos?.[0];
            return {
                file,
                line: pos?.line ?? 1,
                column: pos?.col ?? 1,
                message: `not valid YAML: ${err.message.split('\n')[0]}`,
            };
        }));
    }
    const duplicates = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const first = new Map();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                    continue;
                const k = String(pair.key.value);
                const p = lines.linePos(pair.key.range[0]);
                const before = first.get(k);
                if (before === undefined)
                    first.set(k, pair.key.range[0]);
                else {
                    const f = lines.linePos(before);
                    duplicates.push({
                        file,
                        line: p.line,
                        column: p.col,
                        message: `duplicate key "${k}" (first at line ${f.line})`,
                    });
                }
            }
        },
    });
    if (duplicates.length > 0)
        throw error/* PolicyError */.p.of(duplicates);
    const loc = new Locator(file, doc, lines);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        throw new error/* PolicyError */.p(file, 1, 1, `not a usable policy: ${e.message.split('\n')[0]}`);
    }
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        const o = loc.at([]);
        throw new error/* PolicyError */.p(file, o.line, o.column, `a policy must be a mapping with "version: 1", not ${describe(data)}`);
    }
    const result = policySchema.safeParse(data);
    const issues = [];
    if (!result.success) {
        for (const issue of result.error.issues)
            issues.push(...issueMessages(issue, data, loc));
    }
    // Semantic checks that need several fields; run on the raw data so that every problem is reported.
    issues.push(...semanticIssues(data, loc));
    if (issues.length > 0)
        throw error/* PolicyError */.p.of(sortIssues(dedupeIssues(issues)));
    const doc1 = result.data;
    const fieldOrigins = new WeakMap();
    const fieldsOf = (path, obj) => {
        const out = {};
        for (const k of Object.keys(obj))
            out[k] = loc.at([...path, k]);
        return out;
    };
    const rules = (doc1.rules ?? []).map((r, i) => {
        const rule = {
            id: r.id,
            ...(r.tool !== undefined ? { tool: r.tool } : {}),
            ...(r.ecosystem !== undefined ? { ecosystem: r.ecosystem } : {}),
            ...(r.package !== undefined ? { package: r.package } : {}),
            ...(r.versions !== undefined ? { versions: r.versions } : {}),
            action: r.action ?? 'fail',
            ...(r.reason !== undefined ? { reason: r.reason } : {}),
            ...(r.link !== undefined ? { link: r.link } : {}),
            ...(r.locked !== undefined ? { locked: r.locked } : {}),
            origin: loc.at(['rules', i, 'id']),
        };
        fieldOrigins.set(rule, fieldsOf(['rules', i], r));
        return rule;
    });
    const exceptions = (doc1.exceptions ?? []).map((e, i) => {
        const ex = {
            rule: e.rule,
            ...(e.package !== undefined ? { package: e.package } : {}),
            ...(e.versions !== undefined ? { versions: e.versions } : {}),
            ...(e.paths !== undefined ? { paths: e.paths } : {}),
            reason: e.reason,
            expires: e.expires,
            origin: loc.at(['exceptions', i]),
        };
        fieldOrigins.set(ex, fieldsOf(['exceptions', i], e));
        return ex;
    });
    return {
        file,
        extends: (doc1.extends ?? []).map((ref, i) => ({ ref, origin: loc.at(['extends', i]) })),
        ...(doc1.settings?.unknownVersion !== undefined ? { unknownVersion: doc1.settings.unknownVersion } : {}),
        ...(doc1.settings?.advisories !== undefined
            ? {
                advisories: {
                    value: doc1.settings.advisories,
                    ...(doc1.settings.advisoriesReason !== undefined
                        ? { reason: doc1.settings.advisoriesReason }
                        : {}),
                    origin: loc.key(['settings'], 'advisories'),
                },
            }
            : {}),
        rules,
        exceptions,
        fieldOrigins,
    };
}


/***/ }),

/***/ 60486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ rootRef),
/* harmony export */   NV: () => (/* binding */ githubRef),
/* harmony export */   QL: () => (/* binding */ resolveExtends)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5157);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59596);
// How a policy is named: `builtin:NAME`, `github:OWNER/REPO/PATH@REF` or a path, and how an
// `extends` entry resolves against the file that names it. The one grammar of `github:` policy
// references (the action's input, the CLI's --policy, extends, the org audit's central policy).



const GITHUB_REF = /^github:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)\/([^@]+)@([^@\s]+)$/;
function githubRef(text) {
    const m = GITHUB_REF.exec(text);
    if (!m)
        return null;
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(m[3]);
    if (path.startsWith('../') || path === '..' || path.startsWith('/'))
        return null;
    const id = `github:${m[1].toLowerCase()}/${m[2].toLowerCase()}/${path}@${m[4]}`;
    return {
        kind: 'github',
        owner: m[1],
        repo: m[2],
        path,
        ref: m[4],
        id,
        display: `github:${m[1]}/${m[2]}/${path}@${m[4]}`,
    };
}
/** Resolves an `extends` entry against the file that names it; a string error when it cannot be. */
function resolveExtends(entry, parent) {
    if (entry.startsWith('builtin:')) {
        return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltinName */ .nc)(entry)
            ? { kind: 'builtin', name: entry, id: entry, display: entry }
            : `unknown built-in policy "${entry}" (known: ${_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_NAMES */ .VP.join(', ')})`;
    }
    if (entry.startsWith('github:')) {
        return githubRef(entry) ?? `"${entry}" must be github:OWNER/REPO/PATH@REF`;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(entry) && !/^[A-Za-z]:[\\/]/.test(entry)) {
        return `"${entry}": only builtin:, github: and relative paths can be extended`;
    }
    if (entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry)) {
        return `"${entry}" must be a path relative to this file`;
    }
    switch (parent.kind) {
        case 'builtin':
            return `"${entry}": a built-in policy cannot extend a path`;
        case 'file': {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(parent.path), entry);
            const display = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(parent.display.replace(/\\/g, '/')), entry));
            return { kind: 'file', path, id: path, display };
        }
        case 'github': {
            const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(parent.path), entry));
            if (path.startsWith('../') || path === '..')
                return `"${entry}" leaves the repository ${parent.owner}/${parent.repo}`;
            const ref = githubRef(`github:${parent.owner}/${parent.repo}/${path}@${parent.ref}`);
            return ref ?? `"${entry}" is not a usable path`;
        }
    }
}
function rootRef(ref, baseDir) {
    if ((0,_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltinName */ .nc)(ref))
        return { kind: 'builtin', name: ref, id: ref, display: ref };
    if (ref.startsWith('builtin:')) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p(ref, 0, 0, `unknown built-in policy (known: ${_builtin_js__WEBPACK_IMPORTED_MODULE_1__/* .BUILTIN_NAMES */ .VP.join(', ')})`);
    }
    if (ref.startsWith('github:')) {
        const g = githubRef(ref);
        if (!g)
            throw new _error_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyError */ .p(ref, 0, 0, 'must be github:OWNER/REPO/PATH@REF');
        return g;
    }
    const path = baseDir === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ref) : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, ref);
    return { kind: 'file', path, id: path, display: ref };
}


/***/ })

};
