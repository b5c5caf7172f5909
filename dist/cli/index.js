#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ emit),
/* harmony export */   K8: () => (/* binding */ rootDir),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
// What every CLI command shares: argument parsing, the usage error (exit 2), where DIR is, where
// a report goes.




/** A command line that cannot be run: exit 2 with the usage text. */
class UsageError extends Error {
}
function parse(args, options) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({ args, options, allowPositionals: true, strict: true });
}
function oneOf(name, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value)) {
        throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}
function rootDir(positionals) {
    if (positionals.length > 1)
        throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(positionals[0] ?? '.');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        throw new UsageError(`directory "${positionals[0]}" does not exist`);
    return dir;
}
/** Writes a report to `output` (creating missing folders) or to stdout. */
async function emit(text, output) {
    if (output) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(output)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(output, text);
    }
    else
        process.stdout.write(text);
}


/***/ }),

/***/ 52621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ PROJECT_URL),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// The release version, as package.json says (a test holds the two equal): the bundles cannot read
// package.json at run time, since the action runs from a checkout of dist/ alone.
const VERSION = '1.0.0';
/** The project's home: the advisories' pages and SARIF's tool information link here. */
const PROJECT_URL = 'https://github.com/ai-tooling-gate/ai-tooling-gate';


/***/ }),

/***/ 59596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatIssue),
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
// The error a policy that cannot be used raises, in a module of its own: the CLI recognises it
// (exit 2) without loading the policy parser.
/** A policy that cannot be used: exit 2 with `file:line:column: message` (one line per problem). */
class PolicyError extends Error {
    file;
    line;
    column;
    reason;
    issues;
    constructor(file, line, column, reason, more = []) {
        const first = { file, line, column, message: reason };
        const issues = [first, ...more];
        super(issues.map(formatIssue).join('\n'));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.issues = issues;
    }
    static of(issues) {
        const [first, ...more] = issues;
        return new PolicyError(first.file, first.line, first.column, first.message, more);
    }
}
function formatIssue(i) {
    return i.line > 0 ? `${i.file}:${i.line}:${i.column}: ${i.message}` : `${i.file}: ${i.message}`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 58152:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/win32");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/policy/error.ts
var error = __nccwpck_require__(59596);
// EXTERNAL MODULE: ./src/model/version.ts
var version = __nccwpck_require__(52621);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
;// CONCATENATED MODULE: ./src/org/usage.ts
// The org commands' part of the CLI's usage text, apart from their code: `--help` prints it
// without loading the org audit.
const ORG_USAGE = `
audit-org ORG options:
  --repositories GLOBS  repositories to audit: globs separated by commas or newlines, !GLOB excludes (default: all)
  --include-archived    also audit archived repositories
  --include-forks       also audit forks
  --shard I/N           audit only shard I of N (repositories split by a hash of their name)
  --policy REF          central policy: a file, builtin:NAME or github:OWNER/REPO/PATH@REF (default builtin:default)
  --repo-policy MODE    ignore (default) | merge: each repository's own policy extends the central one,
                        whose rules stay locked
  --format F            json | text | csv | html | markdown (default text)
  --output FILE         write the report to FILE instead of stdout
  --concurrency N       repositories scanned at once (default 4)
  --fail-on WHAT        any (default) | never
  --offline             never contact a registry: unpinned versions stay unknown unless their range decides
  --registry URL        npm registry for resolving unpinned specs (default: the user's npm config, else
                        the public registry; repositories' own .npmrc files are not used)
  Token from GITHUB_TOKEN (or GH_TOKEN); API from GITHUB_API_URL (default https://api.github.com).

merge-reports FILE… options:
  --format F            json (default) | text | csv | html | markdown
  --output FILE         write the merged report to FILE instead of stdout
  --fail-on WHAT        any (default) | never
`;

;// CONCATENATED MODULE: ./src/cli/usage.ts
// The CLI's usage texts: the whole (`--help`) and each command's (`scan --help`, `policy check
// --help`, `help scan`). Strings only, so printing help loads no command's code.

const SCAN = `Usage: ai-tooling-gate scan [DIR] [options]

Evaluate everything found under DIR (default .) against the policy.

Options:
  --policy FILE         policy file or builtin:NAME (default: DIR/.github/ai-tooling-policy.yml|.yaml|.json, else builtin:default)
  --format F            text | json | sarif | markdown | codequality (default text)
  --output FILE         write the report to FILE instead of stdout (missing folders are created)
  --base REF            diff mode: DIR must be a git work tree; compare REF with the working tree
                        (the policy is read from REF unless --policy is given)
  --fail-on WHAT        introduced | any | never (default any; introduced with --base)
  --offline             never contact a registry
  --registry URL        npm registry for resolving unpinned specs
  --strict-parse        parse every lockfile entry and report its errors, even where it names
                        nothing the policy covers (by default such entries are only counted)
  -h, --help            this text
`;
const INVENTORY = `Usage: ai-tooling-gate inventory [DIR] [options]

List every component found under DIR (default .), no policy.

Options:
  --format F            text | json | cyclonedx (default text; cyclonedx: a CycloneDX 1.6 SBOM)
  --output FILE         write the inventory to FILE instead of stdout (missing folders are created)
  --offline             never contact a registry
  --registry URL        npm registry for resolving unpinned specs
  -h, --help            this text
`;
const POLICY = `Usage: ai-tooling-gate policy check FILE

Validate a policy file (and everything it extends): exit 0 when valid, 2 with the file, line and
column of each problem otherwise.
`;
const CATALOG = `Usage: ai-tooling-gate catalog [--format text|json]

Print the built-in AI-tool catalog (every carrier of each tool and how its versions map) and the
advisories.
`;
const [AUDIT_ORG, MERGE_REPORTS] = ORG_USAGE.trim().split(/\n\n(?=merge-reports)/);
const USAGE = `Usage: ai-tooling-gate <command> [options]

Commands:
  scan [DIR]            evaluate everything found under DIR (default .) against the policy
  inventory [DIR]       list every component found, no policy
  policy check FILE     validate a policy file
  catalog               print the built-in AI-tool catalog and advisories (--format text|json)
  host-audit            audit what is installed on this machine (--root DIR) or in an image (--image FILE)
  audit-org ORG         audit every repository of a GitHub organisation through the API
  merge-reports FILE…   join the JSON reports of audit-org shards into one report

${SCAN.slice(SCAN.indexOf('Options:')).replace('Options:', 'scan options:')}
inventory options: --format text|json|cyclonedx, --output FILE, --offline, --registry URL

${ORG_USAGE.trimStart()}
Every command takes --help. Exit codes: 0 passed, 1 gate failed (a failing finding or an unreadable
input), 2 usage error or invalid policy.
`;
const BY_COMMAND = {
    scan: SCAN,
    inventory: INVENTORY,
    policy: POLICY,
    catalog: CATALOG,
    'audit-org': `Usage: ai-tooling-gate audit-org ORG [options]\n\nAudit every repository of a GitHub organisation through the API.\n\n${AUDIT_ORG}\n`,
    'merge-reports': `Usage: ai-tooling-gate merge-reports FILE… [options]\n\nJoin the JSON reports of audit-org shards into one report.\n\n${MERGE_REPORTS}\n`,
};
/** A command's usage text; the whole usage for no command; undefined for an unknown one. */
function commandUsage(command) {
    return command === undefined || command === '--help' || command === '-h' ? USAGE : BY_COMMAND[command];
}
/** Whether `--help`/`-h` is among the arguments (before a `--` that ends the options). */
function helpAsked(args) {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI's command line: which command runs, and how its failure becomes an exit code. Each
// command's code is loaded only when that command runs (`--version` and `--help` load none of it,
// `inventory` no policy, GitHub or org code), which keeps start-up time and memory down.




async function main(argv) {
    const [command, ...rest] = argv;
    try {
        // `CMD --help`, `CMD SUB --help` and `help CMD`: the command's usage, exit 0, nothing loaded.
        const asked = command === 'help' ? rest[0] : helpAsked(rest) ? command : undefined;
        const usage = asked !== undefined ? commandUsage(asked) : undefined;
        if (usage !== undefined) {
            process.stdout.write(usage);
            return 0;
        }
        if (command === 'help' && asked !== undefined)
            throw new args/* UsageError */.eb(`unknown command "${asked}"`);
        switch (command) {
            case 'scan':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(325), __nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(793), __nccwpck_require__.e(922), __nccwpck_require__.e(176), __nccwpck_require__.e(7), __nccwpck_require__.e(759), __nccwpck_require__.e(164), __nccwpck_require__.e(462)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77462))).scanCommand(rest);
            case 'inventory':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(325), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(793), __nccwpck_require__.e(7), __nccwpck_require__.e(541)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91922))).inventoryCommand(rest);
            case 'policy':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(922), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71674))).policyCommand(rest);
            case 'catalog':
                return (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(721), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3605))).catalogCommand(rest);
            case 'host-audit':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(325), __nccwpck_require__.e(6), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(793), __nccwpck_require__.e(922), __nccwpck_require__.e(176), __nccwpck_require__.e(759), __nccwpck_require__.e(962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37962))).hostAuditCommand(rest);
            case 'audit-org':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(325), __nccwpck_require__.e(6), __nccwpck_require__.e(239), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(793), __nccwpck_require__.e(922), __nccwpck_require__.e(176), __nccwpck_require__.e(7), __nccwpck_require__.e(164), __nccwpck_require__.e(193)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63574))).auditOrgCommand(rest);
            case 'merge-reports':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(13), __nccwpck_require__.e(325), __nccwpck_require__.e(6), __nccwpck_require__.e(239), __nccwpck_require__.e(721), __nccwpck_require__.e(574), __nccwpck_require__.e(793), __nccwpck_require__.e(922), __nccwpck_require__.e(176), __nccwpck_require__.e(7), __nccwpck_require__.e(164), __nccwpck_require__.e(193)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63574))).mergeReportsCommand(rest);
            case '--help':
            case '-h':
            case 'help':
                process.stdout.write(USAGE);
                return 0;
            case '--version':
                process.stdout.write(`ai-tooling-gate ${version/* VERSION */.x}\n`);
                return 0;
            default:
                throw new args/* UsageError */.eb(command ? `unknown command "${command}"` : 'no command given');
        }
    }
    catch (e) {
        if (e instanceof args/* UsageError */.eb) {
            process.stderr.write(`ai-tooling-gate: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        if (e instanceof error/* PolicyError */.p) {
            process.stderr.write(`ai-tooling-gate: invalid policy: ${e.message}\n`);
            return 2;
        }
        if (e instanceof TypeError && e.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`ai-tooling-gate: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        // Anything else is a failure to scan: fail closed, without a stack trace.
        process.stderr.write(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Entry point of the CLI bundle (dist/cli/index.js).

// `scan … | head`: the reader went away; what is left to write has nowhere to go. End quietly with
// the exit code decided so far instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE')
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`ai-tooling-gate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
});

