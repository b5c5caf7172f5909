export const id = 575;
export const ids = [575];
export const modules = {

/***/ 58575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCycloneDx: () => (/* binding */ renderCycloneDx)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52621);
// `inventory --format cyclonedx`: the inventory as a CycloneDX 1.6 SBOM, built and serialized by
// the CycloneDX project's own library. One component per distinct package and version; where it
// was found (file:line, source) are `aitg:location` / `aitg:source` properties, one per occurrence.
// Subpath imports: the package's main entry also loads its validation resources by __dirname,
// which an ESM bundle does not have.






const APPLICATIONS = new Set([
    'github-action',
    'vscode-extension',
    'installer',
    'homebrew',
    'devcontainer-feature',
    'oci-image',
]);
/** The component's purl when it is one (checked with packageurl-js), in its canonical spelling. */
function purlOf(c) {
    try {
        return c.purl ? packageurl_js__WEBPACK_IMPORTED_MODULE_4__.PackageURL.fromString(c.purl).toString() : undefined;
    }
    catch {
        return undefined;
    }
}
/** The SBOM of an inventory; `name` is the scanned project's (its folder name). */
function renderCycloneDx(components, name) {
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    bom.metadata.component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, name, { bomRef: 'root' });
    bom.metadata.tools.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application, 'ai-tooling-gate', {
        version: _model_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x,
        externalReferences: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.ExternalReferenceRepository([
            new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.ExternalReference(_model_version_js__WEBPACK_IMPORTED_MODULE_5__/* .PROJECT_URL */ .w, _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ExternalReferenceType.Website),
        ]),
    }));
    const byKey = new Map();
    for (const c of components) {
        const key = JSON.stringify([c.ecosystem, c.name, c.version, c.purl]);
        let component = byKey.get(key);
        if (!component) {
            const purl = purlOf(c);
            component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(APPLICATIONS.has(c.ecosystem) ? _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Application : _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, c.name, {
                bomRef: `${c.ecosystem}:${c.purl || c.name}@${c.version ?? ''}#${byKey.size}`,
                ...(c.version !== null ? { version: c.version } : {}),
                ...(purl ? { purl } : {}),
                properties: new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.PropertyRepository([new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property('aitg:ecosystem', c.ecosystem)]),
            });
            byKey.set(key, component);
            bom.components.add(component);
        }
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property('aitg:location', `${c.location.file}:${c.location.line}`));
        component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property('aitg:source', c.source));
        if (c.version === null && c.spec !== undefined)
            component.properties.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Property('aitg:spec', c.spec));
    }
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot6));
    return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}


/***/ })

};
