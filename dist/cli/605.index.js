export const id = 605;
export const ids = [605];
export const modules = {

/***/ 3605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  catalogCommand: () => (/* binding */ catalogCommand)
});

// EXTERNAL MODULE: ./src/catalog/advisories.ts
var advisories = __webpack_require__(73944);
// EXTERNAL MODULE: ./src/catalog/action-tags.ts + 2 modules
var action_tags = __webpack_require__(17551);
// EXTERNAL MODULE: ./src/catalog/tools.ts + 1 modules
var tools = __webpack_require__(3394);
;// CONCATENATED MODULE: ./src/catalog/render.ts
// `ai-tooling-gate catalog`: the tools, every carrier of each, and the advisories.



/** The action tags and commits that install a CLI version an advisory covers. */
function affectedActionRefs(a) {
    return a.tool === 'claude-code' ? (0,action_tags/* claudeCodeActionRefs */.ci)(a.versions) : [];
}
function catalogData() {
    return {
        schemaVersion: 1,
        tools: tools/* tools */.Y.map((t) => ({
            id: t.id,
            name: t.name,
            vendor: t.vendor,
            ...(t.homepage ? { homepage: t.homepage } : {}),
            versionScheme: t.versionScheme,
            ...(t.note ? { note: t.note } : {}),
            carriers: t.carriers.map((c) => ({
                ecosystem: c.ecosystem,
                package: c.package,
                kind: c.kind,
                versionMapping: c.versionMapping,
                ...(c.versionOption !== undefined ? { versionOption: c.versionOption } : {}),
                ...(c.versionArgument !== undefined ? { versionArgument: c.versionArgument } : {}),
                ...(c.versionInput !== undefined ? { versionInput: c.versionInput } : {}),
                ...(c.installs !== undefined ? { installs: c.installs } : {}),
                source: c.source,
            })),
        })),
        advisories: advisories/* advisories */.w.map((a) => ({
            ...a,
            policy: 'builtin:advisories',
            action: 'fail',
            locked: true,
            affectedActionRefs: affectedActionRefs(a),
        })),
    };
}
function renderCatalogJson() {
    return JSON.stringify(catalogData(), null, 2) + '\n';
}
function wrap(text, indent, width = 100) {
    const out = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
            out.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        out.push(indent + line);
    return out;
}
function renderCatalogText() {
    const lines = [];
    lines.push(`AI coding tools (${tools/* tools */.Y.length}). A policy rule \`tool: ID\` covers every carrier listed.`);
    for (const t of tools/* tools */.Y) {
        lines.push('');
        lines.push(`${t.id}  ${t.name} (${t.vendor})  version line: ${t.versionScheme}${t.homepage ? `  ${t.homepage}` : ''}`);
        if (t.note)
            lines.push(...wrap(`note: ${t.note}`, '  '));
        const width = Math.max(...t.carriers.map((c) => c.ecosystem.length));
        let previous = '';
        for (const c of t.carriers) {
            lines.push(`  ${c.ecosystem.padEnd(width)}  ${c.package}  (${c.kind})`);
            const extra = [];
            // Runs of carriers with the same mapping (platform packages) say it once.
            if (c.versionMapping !== previous)
                extra.push(`version: ${c.versionMapping}`);
            if (c.versionArgument)
                extra.push(`takes a version: ${c.versionArgument}`);
            previous = c.versionMapping;
            for (const e of extra)
                lines.push(...wrap(e, `  ${' '.repeat(width)}    `));
        }
    }
    lines.push('');
    lines.push(`Advisories (${advisories/* advisories */.w.length}), enforced by builtin:advisories (included in builtin:default): locked, action fail.`);
    for (const a of advisories/* advisories */.w) {
        lines.push('');
        lines.push(`${a.id}  ${a.title}  (published ${a.published})`);
        lines.push(`  tool: ${a.tool}  affected: ${a.versions}  first clean release: ${a.firstClean}`);
        lines.push(...wrap(`What: ${a.description}`, '  '));
        lines.push(...wrap(`How it was established: ${a.evidence}`, '  '));
        lines.push('  Sources:');
        for (const s of a.sources)
            lines.push(`    - ${s}`);
        const refs = affectedActionRefs(a);
        if (refs.length > 0) {
            lines.push(`  anthropics/claude-code-action refs that install an affected CLI (${refs.length} tags):`);
            lines.push(...wrap(refs.map((r) => `${r.tag}=${r.commit.slice(0, 12)}(${r.cliVersions.join('+')})`).join(' '), '    '));
        }
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
;// CONCATENATED MODULE: ./src/cli/catalog.ts
// `catalog`: the built-in AI-tool catalog and advisories.


function catalogCommand(args) {
    const { values, positionals } = (0,cli_args/* parse */.qg)(args, { format: { type: 'string' } });
    if (positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`unexpected argument "${positionals[0]}"`);
    const format = (0,cli_args/* oneOf */.yL)('format', values.format, ['text', 'json'], 'text');
    process.stdout.write(format === 'json' ? renderCatalogJson() : renderCatalogText());
    return 0;
}


/***/ })

};
