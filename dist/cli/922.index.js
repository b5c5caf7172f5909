export const id = 922;
export const ids = [922];
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
/* harmony import */ var _inventory_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95578);
/* harmony import */ var _model_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10817);
/* harmony import */ var _reporters_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14310);
/* harmony import */ var _reporters_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80955);
/* harmony import */ var _sources_directory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36253);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77593);
/* harmony import */ var _npm_resolver_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75262);
// `inventory [DIR]`: every component found, no policy, written file by file.









async function inventoryCommand(args) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(args, {
        format: { type: 'string' },
        output: { type: 'string' },
        offline: { type: 'boolean' },
        registry: { type: 'string' },
    });
    const dir = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .rootDir */ .K8)(positionals);
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)('format', values.format, ['text', 'json'], 'text');
    const limits = (0,_model_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .limitsFromEnv */ .E9)(process.env);
    const resolver = (0,_npm_resolver_js__WEBPACK_IMPORTED_MODULE_7__/* .npmResolver */ .y)(dir, values);
    // Written file by file as the tree is read: the whole inventory of a large monorepo is never
    // held in memory at once.
    const out = await openOutput(values.output);
    try {
        const errors = [];
        let count = 0;
        if (format === 'json')
            await out.write(_reporters_json_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryJson */ .N.head);
        const totals = await (0,_inventory_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .inventoryEach */ .U2)(new _sources_directory_js__WEBPACK_IMPORTED_MODULE_5__/* .DirectorySource */ .D(dir, limits.maxFiles), { limits }, async (_file, found) => {
            const resolved = await resolver(found);
            if (resolved.errors)
                errors.push(...resolved.errors);
            let chunk = '';
            for (const c of resolved.components) {
                chunk += format === 'json' ? _reporters_json_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryJson */ .N.component(c, count === 0) : (0,_reporters_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inventoryTextLine */ .Yo)(c) + '\n';
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
        await out.write(format === 'json'
            ? _reporters_json_js__WEBPACK_IMPORTED_MODULE_4__/* .inventoryJson */ .N.tail(count > 0, allErrors, summary)
            : (0,_reporters_text_js__WEBPACK_IMPORTED_MODULE_8__/* .inventoryTextTail */ .Yc)(allErrors, summary));
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


/***/ })

};
