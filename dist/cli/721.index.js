export const id = 721;
export const ids = [721];
export const modules = {

/***/ 17551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ib: () => (/* binding */ actionTableDates),
  Me: () => (/* binding */ claudeCodeActionBaseToCli),
  ci: () => (/* binding */ claudeCodeActionRefs),
  g1: () => (/* binding */ claudeCodeActionTagOrder),
  Oq: () => (/* binding */ claudeCodeActionTagsOf),
  fz: () => (/* binding */ claudeCodeActionToCli),
  _h: () => (/* binding */ claudeCodeBaseActionToCli)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/catalog/data/claude-code-action-tags.json
const claude_code_action_tags_namespaceObject = /*#__PURE__*/JSON.parse('{"$source":"git repository github.com/anthropics/claude-code-action at HEAD 24dcd50c (2026-08-22): every tag, the commit it points to (peeled), and the Claude Code CLI version(s) that commit installs","$retrieved":"2026-12-04","$method":"Read from the repository\'s files at each tag\'s commit (action.yml, base-action/action.yml, src/**/*.ts): `install.sh | bash -s [--] X`, `npm install -g @anthropic-ai/claude-code@X`, `CLAUDE_CODE_VERSION=\\"X\\"`, `claudeCodeVersion = \\"X\\"`. A tag with none of these runs another action (`via`: claude-code-base-action at a commit, whose action.yml pins the CLI, or a moving tag such as @beta: `moves`, the version it installed at the snapshot, which only moves forward) or installs the CLI as a dependency of base-action/package.json (`via`). `baseAction`: what the subpath anthropics/claude-code-action/base-action@TAG installs (base-action/action.yml at that tag). Tags v0, v1 and beta move; their row is where they pointed at the snapshot. npm run refresh-catalog refreshes the tag→commit list through the GitHub API; the files at new tags are read the same way.","action":"anthropics/claude-code-action","snapshot":"24dcd50c0568f0fc9e9211213a4fd2d9eb15c4e0","floatingTags":["v0","v1","beta"],"tags":{"beta":{"commit":"28f83620103c48a57093dcc2837eec89e036bb9f","date":"2025-08-22","cliVersions":["1.0.88"],"baseAction":["1.0.88"]},"v0":{"commit":"28f83620103c48a57093dcc2837eec89e036bb9f","date":"2025-08-22","cliVersions":["1.0.88"],"baseAction":["1.0.88"]},"v0.0.1":{"commit":"f66f337f4e2000f427352c56f5537b872ab337eb","date":"2025-05-19","cliVersions":["1.0.88"],"via":"anthropics/claude-code-action@beta","moves":true},"v0.0.2":{"commit":"ff02ba57223daa31e233a274d57510b97a238d23","date":"2025-05-19","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.3":{"commit":"c9d5a9d073e4a3d851a733f11c0afd4e533bea4f","date":"2025-05-19","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.4":{"commit":"48b327f164cb1bbd1fe356e58b70301a78849726","date":"2025-05-21","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.5":{"commit":"11f5812e2877ff5798b1fa862bdaec784d4eaf52","date":"2025-05-22","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.6":{"commit":"80dbb4a5aa0c50d1c4ff7ce907c9bb96b30cb841","date":"2025-05-22","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.7":{"commit":"8e84799f37d42f24e0ebae41205346879bdcab5a","date":"2025-05-22","cliVersions":["1.0.88"],"via":"anthropics/claude-code-base-action@beta","moves":true},"v0.0.8":{"commit":"253f2c6796983b2297997f0c3d9960406cc9fd3b","date":"2025-05-27","cliVersions":["1.0.2"],"via":"anthropics/claude-code-base-action@5097b6cdfe5fc5a3ac0166cc344c34ed23c93982"},"v0.0.9":{"commit":"176dbc369d796d013d5286056ffc5a45faa9a606","date":"2025-05-28","cliVersions":["1.0.4"],"via":"anthropics/claude-code-base-action@266585c92dd90d61d3806a3367582c4f6224e892"},"v0.0.10":{"commit":"5a787ed8ab3eee302d46b948267a5c2cb6163314","date":"2025-05-29","cliVersions":["1.0.6"],"via":"anthropics/claude-code-base-action@c8e31bd52d9a149b3f8309d7978c6edaa282688d"},"v0.0.11":{"commit":"8da47815ec964716298696421c21e1ddf85a3f7b","date":"2025-05-29","cliVersions":["1.0.6"],"via":"anthropics/claude-code-base-action@c8e31bd52d9a149b3f8309d7978c6edaa282688d"},"v0.0.12":{"commit":"f6e559763308297490c3ee55d7753cf969ceafa8","date":"2025-06-02","cliVersions":["1.0.6"],"via":"anthropics/claude-code-base-action@c8e31bd52d9a149b3f8309d7978c6edaa282688d"},"v0.0.13":{"commit":"65b9bcde802ac5a3001a401e6cfe69325bf90b9e","date":"2025-06-02","cliVersions":["1.0.9"],"via":"anthropics/claude-code-base-action@1370ac97fbba9bddec20ea2924b5726bf10d8b94"},"v0.0.14":{"commit":"4bd9c2053aef2ba7e636657860ce3edcefd40d4e","date":"2025-06-06","cliVersions":["1.0.16"],"via":"anthropics/claude-code-base-action@0cedc118d1f9c17aa8c401d7b3f6f01d0efcc8fa"},"v0.0.15":{"commit":"47ea5c2a699c59955750d39be0a9ba04bbe9dfb9","date":"2025-06-06","cliVersions":["1.0.17"],"via":"anthropics/claude-code-base-action@79b8cfc932eb13806c23905842145e6f05c89e2e"},"v0.0.16":{"commit":"37483ba1128de6e5b33da71cff57ee65c25a4372","date":"2025-06-09","cliVersions":["1.0.17"],"via":"anthropics/claude-code-base-action@79b8cfc932eb13806c23905842145e6f05c89e2e"},"v0.0.17":{"commit":"bdd0c925cb06995712d4dbd690e8b8bc513a08eb","date":"2025-06-10","cliVersions":["1.0.18"],"via":"anthropics/claude-code-base-action@a0d79f9c1798b06292dbc80f8f95cf742ce7a213"},"v0.0.18":{"commit":"b10f287695caa3a755ab23184c63137ab72b7843","date":"2025-06-11","cliVersions":["1.0.21"],"via":"anthropics/claude-code-base-action@3933d9c3c25f2b027392a370be6f0bbd5989b271"},"v0.0.19":{"commit":"41dd0aa695a06b94f18ce26fd851bfd6ed9d8760","date":"2025-06-12","cliVersions":["1.0.22"],"via":"anthropics/claude-code-base-action@ebd8558e902b3db132e89863de49565fcb9aec46"},"v0.0.20":{"commit":"e0d3fec39f30dc4ed990b3ada4cbed665ce797a0","date":"2025-06-16","cliVersions":["1.0.24"],"via":"anthropics/claude-code-base-action@f481f924b73a7085d9efea0e50a3ba171ed1d74b"},"v0.0.21":{"commit":"bcf2fe94f89c58fa167a7bf50fe21389f235ec04","date":"2025-06-17","cliVersions":["1.0.25"],"via":"anthropics/claude-code-base-action@cef27f3f006b4c6e8394105604f63f20e84ae300"},"v0.0.22":{"commit":"3486c33ebfa03d71c98e72621759471c45388443","date":"2025-06-17","cliVersions":["1.0.27"],"via":"anthropics/claude-code-base-action@bb2ef1d9768b9e94083d377778120f8f27958a72"},"v0.0.23":{"commit":"237de9d3299f5e6ec4c97fe3a57ea0fb8f658c09","date":"2025-06-20","cliVersions":["1.0.30"],"via":"anthropics/claude-code-base-action@56355f77b19f27378aaf141b9b7e08cc43b542f6"},"v0.0.24":{"commit":"ebbd9e9be4686249a2952e1a558bbaba07524380","date":"2025-06-20","cliVersions":["1.0.31"],"via":"anthropics/claude-code-base-action@f382bd1ea00f26043eb461ebabebe0d850572a71"},"v0.0.25":{"commit":"ece712ea816f4853a4c2ebb2455f60c24a5c704c","date":"2025-06-26","cliVersions":["1.0.34"],"via":"anthropics/claude-code-base-action@ba0557c14198bf2fbafbfe80932dde39e574a14c"},"v0.0.26":{"commit":"bcb072b63fcbee749b2ac4fbb9f6106681a4b5d9","date":"2025-07-01","cliVersions":["1.0.38"],"via":"anthropics/claude-code-base-action@f6ef8c1000c0197b625af70349f68cb212e34fc1"},"v0.0.27":{"commit":"00f9595fb44d49fdc15049286d89247d29a08f2b","date":"2025-07-01","cliVersions":["1.0.39"],"via":"anthropics/claude-code-base-action@bdaad5f64e7ad7a8c0be290a3c49d0fa7e1bb442"},"v0.0.28":{"commit":"aa28d465c5331a8835092447d4e8623e883e5c93","date":"2025-07-03","cliVersions":["1.0.43"],"via":"anthropics/claude-code-base-action@a835717b36becf75584224421f4094aae288cad7"},"v0.0.29":{"commit":"e43c1b7facfb79ed6e0e3f9a70188ecdef3e51a0","date":"2025-07-04","cliVersions":["1.0.43"],"via":"anthropics/claude-code-base-action@a835717b36becf75584224421f4094aae288cad7"},"v0.0.30":{"commit":"a804c9e83f1c7a3288cc7a7bbca208491a4bb2f8","date":"2025-07-07","cliVersions":["1.0.44"],"via":"anthropics/claude-code-base-action@3560d21b41bd19b1d3ac6c9000af378903d8df0e"},"v0.0.31":{"commit":"87facd7051952ac2f27354dfadb90dc91e9ebc76","date":"2025-07-09","cliVersions":["1.0.44"],"via":"anthropics/claude-code-base-action@3560d21b41bd19b1d3ac6c9000af378903d8df0e"},"v0.0.32":{"commit":"cefe963a6b4ae0e511c59b9d6cb6b7b5923714a1","date":"2025-07-10","cliVersions":["1.0.48"],"via":"anthropics/claude-code-base-action@0f7a229cb06f840f77f49df0b711ee0060868c2c"},"v0.0.33":{"commit":"a9d9ad3612d6d61922fb1af719a32b9f1366f3f2","date":"2025-07-15","cliVersions":["1.0.52"],"via":"anthropics/claude-code-base-action@503cc7080e62d63d2cc1d80035ed04617d5efb47"},"v0.0.34":{"commit":"d4d7974604c97ec79208ca115b863b41a325d62d","date":"2025-07-17","cliVersions":["1.0.53"],"via":"anthropics/claude-code-base-action@03e2a2d6923a9187c8e93b04ef2f8dae3219d0b1"},"v0.0.35":{"commit":"dfa92d695228cdc22697d203b91e4104e7e84ae8","date":"2025-07-18","cliVersions":["1.0.53"],"baseAction":["1.0.53"]},"v0.0.36":{"commit":"dfa92d695228cdc22697d203b91e4104e7e84ae8","date":"2025-07-18","cliVersions":["1.0.53"],"baseAction":["1.0.53"]},"v0.0.37":{"commit":"dfa92d695228cdc22697d203b91e4104e7e84ae8","date":"2025-07-18","cliVersions":["1.0.53"],"baseAction":["1.0.53"]},"v0.0.38":{"commit":"f6e7adf89ef0a0b369a2b7e69a78bbb7cdb0030c","date":"2025-07-18","cliVersions":["1.0.53"],"baseAction":["1.0.53"]},"v0.0.39":{"commit":"de86beb3aee5187589f6ef3483c72172dd653b68","date":"2025-07-19","cliVersions":["1.0.56"],"baseAction":["1.0.56"]},"v0.0.40":{"commit":"93df09fd88688c19bd9e4ca40e5c7281cba39ed1","date":"2025-07-19","cliVersions":["1.0.56"],"baseAction":["1.0.56"]},"v0.0.41":{"commit":"8f551b358eb856cb921515b1b024d6152edc30aa","date":"2025-07-21","cliVersions":["1.0.57"],"baseAction":["1.0.57"]},"v0.0.42":{"commit":"0d204a659945e889be1b5a7d7f9e9ea83515a682","date":"2025-07-22","cliVersions":["1.0.57"],"baseAction":["1.0.57"]},"v0.0.43":{"commit":"0763498a5a7dd1778edfb255374e71ce88d91d6b","date":"2025-07-22","cliVersions":["1.0.58"],"via":"base-action/package.json dependency @anthropic-ai/claude-code (installed by bun install, run from node_modules)","baseAction":["1.0.58"]},"v0.0.44":{"commit":"e26577a930883943cf9d90885cd1e8da510078dd","date":"2025-07-23","cliVersions":["1.0.59"],"via":"base-action/package.json dependency @anthropic-ai/claude-code (installed by bun install, run from node_modules)","baseAction":["1.0.59"]},"v0.0.45":{"commit":"7c5a98d59d2464ae73f453c3e649f5b813374481","date":"2025-07-25","cliVersions":["1.0.59","1.0.61"],"baseAction":["1.0.61"]},"v0.0.46":{"commit":"6037d754ac402c2bebd7b593fcccf5a5da157eb8","date":"2025-07-29","cliVersions":["1.0.62"],"baseAction":["1.0.62"]},"v0.0.47":{"commit":"e07ea013bd13b5c183d3314c6070fab61daec759","date":"2025-07-29","cliVersions":["1.0.62"],"baseAction":["1.0.62"]},"v0.0.48":{"commit":"af32fd318a5746954afb2190f98f055799d46e72","date":"2025-07-29","cliVersions":["1.0.62"],"baseAction":["1.0.62"]},"v0.0.49":{"commit":"6672e9b357e9c7bac9626573784462f9bd1e4212","date":"2025-07-30","cliVersions":["1.0.63"],"baseAction":["1.0.63"]},"v0.0.50":{"commit":"1f6e3225b088699398302ad624c21c1d780d082f","date":"2025-07-30","cliVersions":["1.0.64"],"baseAction":["1.0.64"]},"v0.0.51":{"commit":"1b4ac7d7e0f097d23bf4730891060f8d3c11f580","date":"2025-07-31","cliVersions":["1.0.65"],"baseAction":["1.0.65"]},"v0.0.52":{"commit":"b39377f9bcc6f88c9cd3e00e08f5423febff8dc5","date":"2025-08-04","cliVersions":["1.0.67"],"baseAction":["1.0.67"]},"v0.0.53":{"commit":"188d526721c4b76a779f8af9a10fe73b500a2fbf","date":"2025-08-05","cliVersions":["1.0.69"],"baseAction":["1.0.69"]},"v0.0.54":{"commit":"15db2b3c79c0681556c056e9bc3f61fd3fc0347d","date":"2025-08-06","cliVersions":["1.0.69"],"baseAction":["1.0.69"]},"v0.0.55":{"commit":"6d5c92076ba3f5240a002d916ca6f91c5fa05529","date":"2025-08-08","cliVersions":["1.0.71"],"baseAction":["1.0.71"]},"v0.0.56":{"commit":"a80505bbfb8296afe47872cf5ada5b2034ad8c45","date":"2025-08-12","cliVersions":["1.0.77"],"baseAction":["1.0.77"]},"v0.0.57":{"commit":"0b138d9d491aac05f09b58c13bcdf46888a7d08c","date":"2025-08-14","cliVersions":["1.0.81"],"baseAction":["1.0.81"]},"v0.0.58":{"commit":"a1507aefdc04f00f278407dba905d158ac62399e","date":"2025-08-15","cliVersions":["1.0.81"],"baseAction":["1.0.81"]},"v0.0.59":{"commit":"02e9ed31816be8cb8d521a26f4ba981e5c89ac5e","date":"2025-08-18","cliVersions":["1.0.83"],"baseAction":["1.0.83"]},"v0.0.60":{"commit":"68b7ca379c023e06c7d12ad2c81e346b1670cf8c","date":"2025-08-18","cliVersions":["1.0.84"],"baseAction":["1.0.84"]},"v0.0.61":{"commit":"194fca8b05f044ca6678c516c60c73d6b1d6dbae","date":"2025-08-19","cliVersions":["1.0.85"],"baseAction":["1.0.85"]},"v0.0.62":{"commit":"9f02f6f6d43ec1d1da0f80028250535a057f3f32","date":"2025-08-20","cliVersions":["1.0.86"],"baseAction":["1.0.86"]},"v0.0.63":{"commit":"28f83620103c48a57093dcc2837eec89e036bb9f","date":"2025-08-22","cliVersions":["1.0.88"],"baseAction":["1.0.88"]},"v1":{"commit":"24dcd50c0568f0fc9e9211213a4fd2d9eb15c4e0","date":"2026-08-22","cliVersions":["2.1.240"],"baseAction":["2.1.240"]},"v1.0.0":{"commit":"0630ef383a451c46ccac86eb86ee7641e99c4c9a","date":"2025-08-25","cliVersions":["1.0.90"],"baseAction":["1.0.90"]},"v1.0.1":{"commit":"c05ccc5ce416f3129e97c8d17188813fef66f002","date":"2025-08-26","cliVersions":["1.0.92"],"baseAction":["1.0.92"]},"v1.0.2":{"commit":"0c127307fa529d701bc1f0f8f9c0bea881c49a9b","date":"2025-08-28","cliVersions":["1.0.96"],"baseAction":["1.0.96"]},"v1.0.3":{"commit":"a6888c03f22170d00d2a92fa2317584ca7d5e108","date":"2025-08-29","cliVersions":["1.0.96"],"baseAction":["1.0.96"]},"v1.0.4":{"commit":"2e6fc44bd4c8c7f287e83a4dccc480a220f8ae4a","date":"2025-09-02","cliVersions":["1.0.102"],"baseAction":["1.0.102"]},"v1.0.5":{"commit":"fd2c17f101639b10696381c1fd85fa735239090a","date":"2025-09-04","cliVersions":["1.0.107"],"baseAction":["1.0.107"]},"v1.0.6":{"commit":"a3ff61d47aa5118a43b33ae44c4087d9eb51111a","date":"2025-09-09","cliVersions":["1.0.109"],"baseAction":["1.0.109"]},"v1.0.7":{"commit":"a5528eec7426a4f0c9c1ac96018daa53ebd05bc4","date":"2025-09-12","cliVersions":["1.0.112"],"baseAction":["1.0.112"]},"v1.0.8":{"commit":"7ed3b616d54fd445625b77b219342949146bae9e","date":"2025-09-16","cliVersions":["1.0.117"],"baseAction":["1.0.117"]},"v1.0.9":{"commit":"426380f01bad0a17200865605a85cb28926dccbf","date":"2025-09-26","cliVersions":["1.0.127"],"baseAction":["1.0.127"]},"v1.0.10":{"commit":"90d189f3abd48655ec3e2c67c552cc23e92d6028","date":"2025-09-30","cliVersions":["2.0.2"],"baseAction":["2.0.2"]},"v1.0.11":{"commit":"ac1a3207f3f00b4a37e2f3a6f0935733c7c64651","date":"2025-10-06","cliVersions":["2.0.9"],"baseAction":["2.0.9"]},"v1.0.12":{"commit":"777ffcbfc9d2e2b07f3cfec41b7c7eadedd1f0dc","date":"2025-10-09","cliVersions":["2.0.13"],"baseAction":["2.0.13"]},"v1.0.13":{"commit":"e8bad572273ce919ba15fec95aef0ce974464753","date":"2025-10-14","cliVersions":["2.0.15"],"baseAction":["2.0.15"]},"v1.0.14":{"commit":"f30f5eecfce2f34fa72e40fa5f7bcdbdcad12eb8","date":"2025-10-21","cliVersions":["2.0.25"],"baseAction":["2.0.25"]},"v1.0.15":{"commit":"f4d737af0b61a79741d8246c5207da5887746212","date":"2025-10-27","cliVersions":["2.0.28"],"baseAction":["2.0.28"]},"v1.0.16":{"commit":"8a1c4371755898f67cd97006ba7c97702d5fc4bf","date":"2025-10-29","cliVersions":["2.0.29"],"baseAction":["2.0.29"]},"v1.0.17":{"commit":"906bd89c74d21481682b0d428064c01578ae29d7","date":"2025-11-18","cliVersions":["2.0.43"],"baseAction":["2.0.43"]},"v1.0.18":{"commit":"6902c227aaa9536481b99d56f3014bbbad6c6da8","date":"2025-11-18","cliVersions":["2.0.45"],"baseAction":["2.0.45"]},"v1.0.19":{"commit":"f9b2917716eb547b52148c7805dffe3a57864094","date":"2025-11-21","cliVersions":["2.0.49"],"baseAction":["2.0.49"]},"v1.0.20":{"commit":"798cf0988d672fc8049482ce79e55d909193e150","date":"2025-11-21","cliVersions":["2.0.50"],"baseAction":["2.0.50"]},"v1.0.21":{"commit":"a7e4c51380c42dd89b127f5e5f9be7b54020bc6b","date":"2025-11-24","cliVersions":["2.0.50"],"baseAction":["2.0.50"]},"v1.0.22":{"commit":"6337623ebba10cf8c8214b507993f8062fd4ccfb","date":"2025-12-01","cliVersions":["2.0.55"],"baseAction":["2.0.55"]},"v1.0.23":{"commit":"f0c8eb29807907de7f5412d04afceb5e24817127","date":"2025-12-09","cliVersions":["2.0.62"],"baseAction":["2.0.62"]},"v1.0.24":{"commit":"9acae263e77da97965c98d00cd907a992877e5e8","date":"2025-12-15","cliVersions":["2.0.70"],"baseAction":["2.0.70"]},"v1.0.25":{"commit":"d7b6d50442a89f005016e778bf825a72ef582525","date":"2025-12-16","cliVersions":["2.0.70"],"baseAction":["2.0.70"]},"v1.0.26":{"commit":"0d1933529914177075d5bc3558ae3d047f188146","date":"2025-12-17","cliVersions":["2.0.72"],"baseAction":["2.0.72"]},"v1.0.27":{"commit":"7145c3e0510bcdbdd29f67cc4a8c1958f1acfa2f","date":"2025-12-19","cliVersions":["2.0.74"],"baseAction":["2.0.74"]},"v1.0.28":{"commit":"c9ec2b02b40ac0444c6716e51d5e19ef2e0b8d00","date":"2026-01-06","cliVersions":["2.0.76"],"baseAction":["2.0.76"]},"v1.0.29":{"commit":"1b8ee3b94104046d71fde52ec3557651ad8c0d71","date":"2026-01-08","cliVersions":["2.1.1"],"baseAction":["2.1.1"]},"v1.0.30":{"commit":"a017b830c03e23789b11fb69ed571ea61c12e45c","date":"2026-01-16","cliVersions":["2.1.9"],"baseAction":["2.1.9"]},"v1.0.31":{"commit":"2316a9a8dbe4e7ac26008088f966f8c290e9a2e1","date":"2026-01-21","cliVersions":["2.1.15"],"baseAction":["2.1.15"]},"v1.0.32":{"commit":"2804b4174b054e2240c1e706c901b7d84f3d43f5","date":"2026-01-22","cliVersions":["2.1.16"],"baseAction":["2.1.16"]},"v1.0.33":{"commit":"8341a564b0c1693e9fa29c681852ee3714980098","date":"2026-01-22","cliVersions":["2.1.17"],"baseAction":["2.1.17"]},"v1.0.34":{"commit":"f64219702d7454cf29fe32a74104be6ed43dc637","date":"2026-01-23","cliVersions":["2.1.19"],"baseAction":["2.1.19"]},"v1.0.35":{"commit":"4126f9d9757c0875ff758aa45f3935bc9e3dd1e9","date":"2026-01-27","cliVersions":["2.1.20"],"baseAction":["2.1.20"]},"v1.0.36":{"commit":"231bd75b7196d48291c1498f1c6d277c2810d9a3","date":"2026-01-26","cliVersions":["2.1.20"],"baseAction":["2.1.20"]},"v1.0.37":{"commit":"2817c54db8f44f3a0485d57292566bf07d428a25","date":"2026-01-28","cliVersions":["2.1.22"],"baseAction":["2.1.22"]},"v1.0.38":{"commit":"ff34ce0ff04a470bd3fa56c1ef391c8f1c19f8e9","date":"2026-01-29","cliVersions":["2.1.23"],"baseAction":["2.1.23"]},"v1.0.39":{"commit":"01e756b34ef7a1447e9508f674143b07d20c2631","date":"2026-01-29","cliVersions":["2.1.25"],"baseAction":["2.1.25"]},"v1.0.40":{"commit":"0ed5eeaa54d3b0170e79f1ff29996342cf0605f1","date":"2026-01-30","cliVersions":["2.1.27"],"baseAction":["2.1.27"]},"v1.0.41":{"commit":"70e16deb18402428bd09e08d1ec3662a872e3c72","date":"2026-01-31","cliVersions":["2.1.29"],"baseAction":["2.1.29"]},"v1.0.42":{"commit":"98af40b63cf43de3440823d121ad65e9937b4541","date":"2026-02-03","cliVersions":["2.1.30"],"baseAction":["2.1.30"]},"v1.0.43":{"commit":"6867bb3ab0b2c0a10629b6823e457347e74ad6d2","date":"2026-02-04","cliVersions":["2.1.31"],"baseAction":["2.1.31"]},"v1.0.44":{"commit":"006aaf2935208098c2b871c8233c9637db8b553d","date":"2026-02-05","cliVersions":["2.1.31","2.1.32"],"baseAction":["2.1.32"]},"v1.0.45":{"commit":"b113f49a56229d8276e2bf05743ad6900121239c","date":"2026-02-06","cliVersions":["2.1.31","2.1.33"],"baseAction":["2.1.33"]},"v1.0.46":{"commit":"6c61301d8e1ee91bef7b65172f93462bbb216394","date":"2026-02-07","cliVersions":["2.1.31","2.1.37"],"baseAction":["2.1.37"]},"v1.0.47":{"commit":"b433f16b30d54063fd3bab6b12f46f3da00e41b6","date":"2026-02-10","cliVersions":["2.1.31","2.1.38"],"baseAction":["2.1.38"]},"v1.0.48":{"commit":"23ed4cb53d6eacddbc22ec16652c98bcc54e0476","date":"2026-02-10","cliVersions":["2.1.31","2.1.39"],"baseAction":["2.1.39"]},"v1.0.49":{"commit":"f669191d7d1e67f08a54b0c11cf5683a9a391951","date":"2026-02-12","cliVersions":["2.1.31","2.1.39"],"baseAction":["2.1.39"]},"v1.0.50":{"commit":"c22f7c3f9dbdf2faa98a4c3139f7ec9eb5a691dc","date":"2026-02-12","cliVersions":["2.1.31","2.1.39"],"baseAction":["2.1.39"]},"v1.0.51":{"commit":"ea36d6abdedc17fc2a671b36060770b208a6f8f1","date":"2026-02-13","cliVersions":["2.1.31","2.1.42"],"baseAction":["2.1.42"]},"v1.0.52":{"commit":"68cfeead1890300cc87935dbe2c023825be87b8a","date":"2026-02-15","cliVersions":["2.1.42"],"baseAction":["2.1.42"]},"v1.0.53":{"commit":"2f8ba26a219c06cfb0f468eef8d97055fa814f97","date":"2026-02-16","cliVersions":["2.1.44"],"baseAction":["2.1.44"]},"v1.0.54":{"commit":"0cf5eeec4f908121edd03a81411b55485994f8d3","date":"2026-02-18","cliVersions":["2.1.47"],"baseAction":["2.1.47"]},"v1.0.55":{"commit":"edd85d61533cbba7b57ed0ca4af1750b1fdfd3c4","date":"2026-02-19","cliVersions":["2.1.49"],"baseAction":["2.1.49"]},"v1.0.56":{"commit":"fa3312a107acfa81df144e00a50bb0ef147f0eef","date":"2026-02-24","cliVersions":["2.1.51"],"baseAction":["2.1.51"]},"v1.0.57":{"commit":"35a9e0292d36f1186f5d842b14eb575074e8b450","date":"2026-02-24","cliVersions":["2.1.52"],"baseAction":["2.1.52"]},"v1.0.58":{"commit":"6ae1b29ba24a87419d013ae521ac0720d5771505","date":"2026-02-25","cliVersions":["2.1.53"],"baseAction":["2.1.53"]},"v1.0.59":{"commit":"48fe7dd592a95d1620f0194d0c3d741a6211408f","date":"2026-02-25","cliVersions":["2.1.55"],"baseAction":["2.1.55"]},"v1.0.60":{"commit":"ade221fd1c400376a4799977d683a4eda09f9d7c","date":"2026-02-25","cliVersions":["2.1.56"],"baseAction":["2.1.56"]},"v1.0.61":{"commit":"cd4b150a2afcef337765d988d8b2cf49d48d2ad2","date":"2026-02-25","cliVersions":["2.1.58"],"baseAction":["2.1.58"]},"v1.0.62":{"commit":"273fe825408ddced56cb02b228a74c72bed8241e","date":"2026-02-26","cliVersions":["2.1.59"],"baseAction":["2.1.59"]},"v1.0.63":{"commit":"1dd74842e568f373608605d9e45c9e854f65f543","date":"2026-02-26","cliVersions":["2.1.61"],"baseAction":["2.1.61"]},"v1.0.64":{"commit":"ba7fa4bcf054319261202aef93d71a89112a8d00","date":"2026-02-28","cliVersions":["2.1.63"],"baseAction":["2.1.63"]},"v1.0.65":{"commit":"220272d38887a1caed373da96a9ffdb0919c26cc","date":"2026-03-01","cliVersions":["2.1.63"],"baseAction":["2.1.63"]},"v1.0.66":{"commit":"64c7a0ef71df67b14cb4471f4d9c8565c61042bf","date":"2026-03-02","cliVersions":["2.1.63"],"baseAction":["2.1.63"]},"v1.0.67":{"commit":"5f8e5bfe5b03891348854ae401476fc905a6ff6a","date":"2026-03-04","cliVersions":["2.1.66"],"baseAction":["2.1.66"]},"v1.0.68":{"commit":"e763fe78de2db7389e04818a00b5ff8ba13d1360","date":"2026-03-04","cliVersions":["2.1.68"],"baseAction":["2.1.68"]},"v1.0.69":{"commit":"1fc90f3ed982521116d8ff6d85b948c9b12cae3e","date":"2026-03-05","cliVersions":["2.1.69"],"baseAction":["2.1.69"]},"v1.0.70":{"commit":"26ec041249acb0a944c0a47b6c0c13f05dbc5b44","date":"2026-03-06","cliVersions":["2.1.70"],"baseAction":["2.1.70"]},"v1.0.71":{"commit":"5d0cc745cd0cce4c0e9e0b3511de26c3bc285eb5","date":"2026-03-12","cliVersions":["2.1.73"],"baseAction":["2.1.73"]},"v1.0.72":{"commit":"cd77b50d2b0808657f8e6774085c8bf54484351c","date":"2026-03-14","cliVersions":["2.1.76"],"baseAction":["2.1.76"]},"v1.0.73":{"commit":"1b422b3517b51140e4484faab676c5e68b914866","date":"2026-03-17","cliVersions":["2.1.78"],"baseAction":["2.1.78"]},"v1.0.74":{"commit":"1ba15be4f0b0c9a026c0c7986668f8f2aa998440","date":"2026-03-18","cliVersions":["2.1.78"],"baseAction":["2.1.78"]},"v1.0.75":{"commit":"df37d2f0760a4b5683a6e617c9325bc1a36443f6","date":"2026-03-18","cliVersions":["2.1.79"],"baseAction":["2.1.79"]},"v1.0.76":{"commit":"6062f3709600659be5e47fcddf2cf76993c235c2","date":"2026-03-20","cliVersions":["2.1.81"],"baseAction":["2.1.81"]},"v1.0.77":{"commit":"ff9acae5886d41a99ed4ec14b7dc147d55834722","date":"2026-03-23","cliVersions":["2.1.81"],"baseAction":["2.1.81"]},"v1.0.78":{"commit":"0ee1beea589a67d33340072691a5d42abec7ae6b","date":"2026-03-25","cliVersions":["2.1.83"],"baseAction":["2.1.83"]},"v1.0.79":{"commit":"3ac52d0da9f8ec9ca7b4dc23bb477e36ef9c77a9","date":"2026-03-26","cliVersions":["2.1.84"],"baseAction":["2.1.84"]},"v1.0.80":{"commit":"094bd24d575e7b30ac1576024817bf1a97c81262","date":"2026-03-26","cliVersions":["2.1.85"],"baseAction":["2.1.85"]},"v1.0.81":{"commit":"e7b588b6eaa5263c2e7c6c7b34a29e190d32ee68","date":"2026-03-27","cliVersions":["2.1.86"],"baseAction":["2.1.86"]},"v1.0.82":{"commit":"88c168b39e7e64da0286d812b6e9fbebb6708185","date":"2026-03-29","cliVersions":["2.1.87"],"baseAction":["2.1.87"]},"v1.0.83":{"commit":"bee87b3258c251f9279e5371b0cc3660f37f3f77","date":"2026-04-01","cliVersions":["2.1.89"],"baseAction":["2.1.89"]},"v1.0.84":{"commit":"408a40e7c283816edd884ce7e99d7b535a396d89","date":"2026-04-01","cliVersions":["2.1.87"],"baseAction":["2.1.87"]},"v1.0.85":{"commit":"58dbe8ed6879f0d3b02ac295b20d5fdfe7733e0c","date":"2026-04-01","cliVersions":["2.1.90"],"baseAction":["2.1.90"]},"v1.0.86":{"commit":"ba026a3e56b9f646ae3b1be02dd9c0812aa2f8ae","date":"2026-04-02","cliVersions":["2.1.90"],"baseAction":["2.1.90"]},"v1.0.87":{"commit":"0432df8bfe0572278dd19bca33be32cdc8061ebb","date":"2026-04-03","cliVersions":["2.1.91"],"baseAction":["2.1.91"]},"v1.0.88":{"commit":"1eddb334cfa79fdb21ecbe2180ca1a016e8e7d47","date":"2026-04-04","cliVersions":["2.1.92"],"baseAction":["2.1.92"]},"v1.0.89":{"commit":"6e2bd52842c65e914eba5c8badd17560bd26b5de","date":"2026-04-05","cliVersions":["2.1.92"],"baseAction":["2.1.92"]},"v1.0.90":{"commit":"26ddc358fe3befff50c5ec2f80304c90c763f6f8","date":"2026-04-08","cliVersions":["2.1.96"],"baseAction":["2.1.96"]},"v1.0.91":{"commit":"2ff1acb3ee319fa302837dad6e17c2f36c0d98ea","date":"2026-04-08","cliVersions":["2.1.97"],"baseAction":["2.1.97"]},"v1.0.92":{"commit":"657fb7c9c986158a19624b357bcbc8c6deb83598","date":"2026-04-09","cliVersions":["2.1.98"],"baseAction":["2.1.98"]},"v1.0.93":{"commit":"b47fd721da662d48c5680e154ad16a73ed74d2e0","date":"2026-04-10","cliVersions":["2.1.101"],"baseAction":["2.1.101"]},"v1.0.94":{"commit":"1c8b699d43e9bfed42b48ef15da85d89bab70960","date":"2026-04-13","cliVersions":["2.1.105"],"baseAction":["2.1.105"]},"v1.0.95":{"commit":"39431830520a7ae6c0c572f11a7707e7043325e3","date":"2026-04-14","cliVersions":["2.1.108"],"baseAction":["2.1.108"]},"v1.0.96":{"commit":"5fb899572b81d2bb648d4d187173a2f423a9677c","date":"2026-04-15","cliVersions":["2.1.109"],"baseAction":["2.1.109"]},"v1.0.97":{"commit":"905d4eb99ab3d43143d74fb0dcae537f29ac330a","date":"2026-04-15","cliVersions":["2.1.110"],"baseAction":["2.1.110"]},"v1.0.98":{"commit":"931e62027356f4c337273719db085805456e53cc","date":"2026-04-16","cliVersions":["2.1.111"],"baseAction":["2.1.111"]},"v1.0.99":{"commit":"c3d45e8e941e1b2ad7b278c57482d9c5bf1f35b3","date":"2026-04-16","cliVersions":["2.1.112"],"baseAction":["2.1.112"]},"v1.0.100":{"commit":"0d2971c794049856e777f4e8bb5a81623ec632d3","date":"2026-04-17","cliVersions":["2.1.113"],"baseAction":["2.1.113"]},"v1.0.101":{"commit":"38ec876110f9fbf8b950c79f534430740c3ac009","date":"2026-04-18","cliVersions":["2.1.114"],"baseAction":["2.1.114"]},"v1.0.102":{"commit":"5d5c10a4f389689f992ea10bb14dcb6fcc83146d","date":"2026-04-20","cliVersions":["2.1.116"],"baseAction":["2.1.116"]},"v1.0.103":{"commit":"4e5d8b13ca281a6d163cdb287d8917b216e00d6f","date":"2026-04-22","cliVersions":["2.1.117"],"baseAction":["2.1.117"]},"v1.0.104":{"commit":"b4d67413279fc18c6e5de930ae307c4f108714eb","date":"2026-04-23","cliVersions":["2.1.118"],"baseAction":["2.1.118"]},"v1.0.105":{"commit":"e58dfa55559035499a4982426bb73605e8b5ad8e","date":"2026-04-23","cliVersions":["2.1.119"],"baseAction":["2.1.119"]},"v1.0.106":{"commit":"2da6cfae686f4d400300e440e0228b971388afed","date":"2026-04-25","cliVersions":["2.1.120"],"baseAction":["2.1.120"]},"v1.0.107":{"commit":"567fe954a4527e81f132d87d1bdbcc94f7737434","date":"2026-04-25","cliVersions":["2.1.119"],"baseAction":["2.1.119"]},"v1.0.108":{"commit":"11a9dadd198803a0cea6bd53da3e0e8a762fc6ea","date":"2026-04-28","cliVersions":["2.1.121"],"baseAction":["2.1.121"]},"v1.0.109":{"commit":"b3c0320e7e8228fcafe773fda5bfd427aa8d1c34","date":"2026-04-28","cliVersions":["2.1.122"],"baseAction":["2.1.122"]},"v1.0.110":{"commit":"ef50f123a3a9be95b60040d042717517407c7256","date":"2026-04-29","cliVersions":["2.1.123"],"baseAction":["2.1.123"]},"v1.0.111":{"commit":"fefa07e9c665b7320f08c3b525980457f22f58aa","date":"2026-05-01","cliVersions":["2.1.126"],"baseAction":["2.1.126"]},"v1.0.112":{"commit":"2cc1ac1331eac7a6a96d716dd204dd2888d0fcd2","date":"2026-05-04","cliVersions":["2.1.128"],"baseAction":["2.1.128"]},"v1.0.113":{"commit":"7d7d3055f1fdc9a97a040c69ead9ba392fa6326a","date":"2026-05-06","cliVersions":["2.1.129"],"baseAction":["2.1.129"]},"v1.0.114":{"commit":"62238ddb33772a079b0a6d8665a1ff3043583067","date":"2026-05-06","cliVersions":["2.1.131"],"baseAction":["2.1.131"]},"v1.0.115":{"commit":"9db782c3a17ef2bfc274cd17411bc3e0a5ba1345","date":"2026-05-06","cliVersions":["2.1.132"],"baseAction":["2.1.132"]},"v1.0.116":{"commit":"939ae9c056ecf8a1a01409ddd1c4eadec5f8c77b","date":"2026-05-07","cliVersions":["2.1.133"],"baseAction":["2.1.133"]},"v1.0.117":{"commit":"034cbdb008291e7eeeac420d315fc3b45fca3781","date":"2026-05-08","cliVersions":["2.1.136"],"baseAction":["2.1.136"]},"v1.0.118":{"commit":"ad67978e5eb3fc76e3c86855adc19db5673fa818","date":"2026-05-09","cliVersions":["2.1.137"],"baseAction":["2.1.137"]},"v1.0.119":{"commit":"476e359e6203e73dad705c8b322e333fabbd7416","date":"2026-05-09","cliVersions":["2.1.138"],"baseAction":["2.1.138"]},"v1.0.120":{"commit":"dde2242db6af13460b916652159b6ba19a598f30","date":"2026-05-11","cliVersions":["2.1.139"],"baseAction":["2.1.139"]},"v1.0.121":{"commit":"f4fb5c6cdccc1ee7af63692f5d08d56efaa64cc8","date":"2026-05-12","cliVersions":["2.1.140"],"baseAction":["2.1.140"]},"v1.0.122":{"commit":"86eb26bf0139bdd75acd15ea5f00f45ee0a284c2","date":"2026-05-13","cliVersions":["2.1.141"],"baseAction":["2.1.141"]},"v1.0.123":{"commit":"51ea8ea73a139f2a74ff649e3092c25a904aed7e","date":"2026-05-14","cliVersions":["2.1.142"],"baseAction":["2.1.142"]},"v1.0.124":{"commit":"24492741e0ccfdef4c1d19da8e11e0f373d07494","date":"2026-05-19","cliVersions":["2.1.144"],"baseAction":["2.1.144"]},"v1.0.125":{"commit":"fd1877debc1340db5a461a0e4644931de8e1c271","date":"2026-05-19","cliVersions":["2.1.144"],"baseAction":["2.1.144"]},"v1.0.126":{"commit":"ca89df3d42dc1bc03c5ab87f533195bef6d36af0","date":"2026-05-19","cliVersions":["2.1.145"],"baseAction":["2.1.145"]},"v1.0.127":{"commit":"1dc994ee7a008f0ecc866d9ac23ef036b7229f84","date":"2026-05-19","cliVersions":["2.1.145"],"baseAction":["2.1.145"]},"v1.0.128":{"commit":"20c8abf165d5f85ab3fc970db9498436377dc9d1","date":"2026-05-21","cliVersions":["2.1.146"],"baseAction":["2.1.146"]},"v1.0.129":{"commit":"c9d66afb1788e701c57d58842e324dca17fd276e","date":"2026-05-21","cliVersions":["2.1.147"],"baseAction":["2.1.147"]},"v1.0.130":{"commit":"661a6fefbd0569ef35809da16775508ab1937862","date":"2026-05-21","cliVersions":["2.1.147"],"baseAction":["2.1.147"]},"v1.0.131":{"commit":"4481e6d3c7bbb88db2a928ca3444c536f589c7c1","date":"2026-05-22","cliVersions":["2.1.148"],"baseAction":["2.1.148"]},"v1.0.132":{"commit":"bbfaf8e1ffe3e688f7ab65ceee78de241e24a238","date":"2026-05-22","cliVersions":["2.1.149"],"baseAction":["2.1.149"]},"v1.0.133":{"commit":"787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251","date":"2026-05-23","cliVersions":["2.1.150"],"baseAction":["2.1.150"]},"v1.0.134":{"commit":"36a69b6a90b850823f86de06fdfd56264772ad98","date":"2026-06-02","cliVersions":["2.1.161"],"baseAction":["2.1.161"]},"v1.0.135":{"commit":"70a6e5256e9e2366a1ed5c041904a982ba3a328f","date":"2026-06-03","cliVersions":["2.1.162"],"baseAction":["2.1.162"]},"v1.0.136":{"commit":"0b1b62002952733671bde978d429b50b51c51c85","date":"2026-06-04","cliVersions":["2.1.163"],"baseAction":["2.1.163"]},"v1.0.137":{"commit":"41ea7642c1436fa0ee57aae58347904b71a5af27","date":"2026-06-05","cliVersions":["2.1.165"],"baseAction":["2.1.165"]},"v1.0.138":{"commit":"410165836eba8e7e60fc3587e60bebdfd35ca785","date":"2026-06-06","cliVersions":["2.1.166"],"baseAction":["2.1.166"]},"v1.0.139":{"commit":"64de744025ca9e24df2b88204b4f1e968f39f009","date":"2026-06-06","cliVersions":["2.1.167"],"baseAction":["2.1.167"]},"v1.0.140":{"commit":"fbda2eb1bdc90d319b8d853f5deb53bca199a7c1","date":"2026-06-06","cliVersions":["2.1.168"],"baseAction":["2.1.168"]},"v1.0.141":{"commit":"593d7a5c4e0073569f74772c2b7b64c30ec14707","date":"2026-06-08","cliVersions":["2.1.169"],"baseAction":["2.1.169"]},"v1.0.142":{"commit":"11ba60486e4aec9ddfeafcf4bb3f00b028ac2c16","date":"2026-06-09","cliVersions":["2.1.170"],"baseAction":["2.1.170"]},"v1.0.143":{"commit":"eee73e2ae5399c561de4ff038aa7b36a7aa991a7","date":"2026-06-10","cliVersions":["2.1.172"],"baseAction":["2.1.172"]},"v1.0.144":{"commit":"0f97b95b6536c26e5f6bd90faec370d41695beca","date":"2026-06-11","cliVersions":["2.1.173"],"baseAction":["2.1.173"]},"v1.0.145":{"commit":"ebcdfe6dc6bb7511eb63e59e07df256dbcf59a2e","date":"2026-06-12","cliVersions":["2.1.174"],"baseAction":["2.1.174"]},"v1.0.146":{"commit":"0cb4f3e5e764d2e00407d29b6bf0aa9df0976d88","date":"2026-06-12","cliVersions":["2.1.175"],"baseAction":["2.1.175"]},"v1.0.147":{"commit":"56fa348258fbcb1aeb8d3954d5799b5991098481","date":"2026-06-12","cliVersions":["2.1.176"],"baseAction":["2.1.176"]},"v1.0.148":{"commit":"d5726de019ec4498aa667642bc3a80fca83aa102","date":"2026-06-13","cliVersions":["2.1.177"],"baseAction":["2.1.177"]},"v1.0.149":{"commit":"4d7e1f0cd85743fdc93b1c8040ab54395da024e2","date":"2026-06-15","cliVersions":["2.1.178"],"baseAction":["2.1.178"]},"v1.0.150":{"commit":"9dd8b95a392eb34b6f5fb56cf5a64cb735912d4b","date":"2026-06-16","cliVersions":["2.1.179"],"baseAction":["2.1.179"]},"v1.0.151":{"commit":"806af32823ef69c8ef357086c573a902af641307","date":"2026-06-17","cliVersions":["2.1.181"],"baseAction":["2.1.181"]},"v1.0.152":{"commit":"51705da45eecce209d4700538bf8377d5b5fc695","date":"2026-06-19","cliVersions":["2.1.183"],"baseAction":["2.1.183"]},"v1.0.153":{"commit":"2fee15510437d71399d9139ed60433470484a8fb","date":"2026-06-20","cliVersions":["2.1.185"],"baseAction":["2.1.185"]},"v1.0.154":{"commit":"30544b674398ee15c84819bd87caf8a87e8c7b55","date":"2026-06-22","cliVersions":["2.1.186"],"baseAction":["2.1.186"]},"v1.0.155":{"commit":"80b31826338489861333dc17217865dfe8085cdc","date":"2026-06-23","cliVersions":["2.1.187"],"baseAction":["2.1.187"]},"v1.0.156":{"commit":"74eedf1a1892082d619c3edb66b9402da6520e7f","date":"2026-06-24","cliVersions":["2.1.190"],"baseAction":["2.1.190"]},"v1.0.157":{"commit":"428971d2ecd6e3a7cb0ee0da2a3a8b33fdb3678d","date":"2026-06-24","cliVersions":["2.1.191"],"baseAction":["2.1.191"]},"v1.0.158":{"commit":"521136812280ae7ef256e06045655b9da02793f0","date":"2026-06-25","cliVersions":["2.1.193"],"baseAction":["2.1.193"]},"v1.0.159":{"commit":"a92e7c70a4da9793dc164451d829089dc057a464","date":"2026-06-26","cliVersions":["2.1.195"],"baseAction":["2.1.195"]},"v1.0.160":{"commit":"4633baf5267540f3f8cb58b684f79901d564c280","date":"2026-06-29","cliVersions":["2.1.196"],"baseAction":["2.1.196"]},"v1.0.161":{"commit":"fad22eb3fa582b7357fc0ea48af6645851b884fd","date":"2026-06-30","cliVersions":["2.1.197"],"baseAction":["2.1.197"]},"v1.0.162":{"commit":"6c0083bb7289c31716797a039b6367b3079cc46e","date":"2026-07-01","cliVersions":["2.1.198"],"baseAction":["2.1.198"]},"v1.0.163":{"commit":"769e3bdff9bb7ecfb51bad4c9cba23d6f5fc5ea5","date":"2026-07-02","cliVersions":["2.1.199"],"baseAction":["2.1.199"]},"v1.0.164":{"commit":"01872ccc02bf66740207fb338a783ce028216758","date":"2026-07-03","cliVersions":["2.1.200"],"baseAction":["2.1.200"]},"v1.0.165":{"commit":"558b1d6cab4085c7753fe402c10bef0fbb92ac7a","date":"2026-07-03","cliVersions":["2.1.201"],"baseAction":["2.1.201"]},"v1.0.166":{"commit":"f87768c6d25f92ae6efa7175e223ef77d4cbf97f","date":"2026-07-06","cliVersions":["2.1.202"],"baseAction":["2.1.202"]},"v1.0.167":{"commit":"0fe28cdb64e23015219b0e478100b7105fd7dfa1","date":"2026-07-07","cliVersions":["2.1.203"],"baseAction":["2.1.203"]},"v1.0.168":{"commit":"ba0aafd4308cbba7165f9f2cdb0cfbed5a3c99ce","date":"2026-07-08","cliVersions":["2.1.204"],"baseAction":["2.1.204"]},"v1.0.169":{"commit":"37b464ce72700f7b2c5ff8d2db7fa7b15df792f5","date":"2026-07-08","cliVersions":["2.1.205"],"baseAction":["2.1.205"]},"v1.0.170":{"commit":"536f2c32a39763739000b0e1ac69ca2647d97ce9","date":"2026-07-09","cliVersions":["2.1.206"],"baseAction":["2.1.206"]},"v1.0.171":{"commit":"e90deca47693f9457b72f2b53c17d7c445a87342","date":"2026-07-11","cliVersions":["2.1.207"],"baseAction":["2.1.207"]},"v1.0.172":{"commit":"a08f8913d58013599003b37d3a9174d27e99ac90","date":"2026-07-14","cliVersions":["2.1.208"],"baseAction":["2.1.208"]},"v1.0.173":{"commit":"f1bd27ca5b54584506e40e17884d90bdaaa1a9b3","date":"2026-07-14","cliVersions":["2.1.209"],"baseAction":["2.1.209"]},"v1.0.174":{"commit":"12531344451323133b0493233c759991ac61da12","date":"2026-07-14","cliVersions":["2.1.210"],"baseAction":["2.1.210"]},"v1.0.175":{"commit":"1298632ce7736903d02a1435002705aa2a594a6c","date":"2026-07-15","cliVersions":["2.1.211"],"baseAction":["2.1.211"]},"v1.0.176":{"commit":"700e7f8316990de46bed556429765647af760efc","date":"2026-07-17","cliVersions":["2.1.212"],"baseAction":["2.1.212"]},"v1.0.177":{"commit":"3553f84341b92da26052e28acf1aa898f9511f32","date":"2026-07-18","cliVersions":["2.1.214"],"baseAction":["2.1.214"]},"v1.0.178":{"commit":"af0559ee4f514d1ef21826982bed13f7edc3c35e","date":"2026-07-19","cliVersions":["2.1.215"],"baseAction":["2.1.215"]},"v1.0.179":{"commit":"b76a0776ae74036e77cd11018083743453d7ad35","date":"2026-07-20","cliVersions":["2.1.216"],"baseAction":["2.1.216"]},"v1.0.180":{"commit":"fa7e2f0a29a126f0b81cdcf360561b36e44cf608","date":"2026-07-21","cliVersions":["2.1.217"],"baseAction":["2.1.217"]},"v1.0.181":{"commit":"44423bdec74b97d67543eb16c110546762c110b2","date":"2026-07-22","cliVersions":["2.1.218"],"baseAction":["2.1.218"]},"v1.0.182":{"commit":"e0cf66d1d257526b5d07f141838c338921cb8455","date":"2026-07-24","cliVersions":["2.1.219"],"baseAction":["2.1.219"]},"v1.0.183":{"commit":"be7b93b1907a4abad570368f3c74b6fe3807510b","date":"2026-07-25","cliVersions":["2.1.220"],"baseAction":["2.1.220"]},"v1.0.184":{"commit":"86180fa9e4d311eed10c9cc49854c53dab5d517a","date":"2026-08-04","cliVersions":["2.1.221"],"baseAction":["2.1.221"]},"v1.0.185":{"commit":"9db594c7a0e82298c121c18b7f08aa1579ce7341","date":"2026-08-04","cliVersions":["2.1.222"],"baseAction":["2.1.222"]},"v1.0.186":{"commit":"c038e4dcdedfbbca18dfb17df35a17e40ded4ddc","date":"2026-08-06","cliVersions":["2.1.223"],"baseAction":["2.1.223"]},"v1.0.187":{"commit":"1623c36729ac1cd5895198cded705a287de7db79","date":"2026-08-07","cliVersions":["2.1.224"],"baseAction":["2.1.224"]},"v1.0.188":{"commit":"7ff6806c8ebd129a7043b947af920074d3819dc8","date":"2026-08-08","cliVersions":["2.1.225"],"baseAction":["2.1.225"]},"v1.0.189":{"commit":"6b082c41935b4c8a3b8b0ef85ba4ba4d9eeb8975","date":"2026-08-08","cliVersions":["2.1.226"],"baseAction":["2.1.226"]},"v1.0.190":{"commit":"5ef2e550a465a721f4f45e4a7d3c340c873e1dcc","date":"2026-08-10","cliVersions":["2.1.227"],"baseAction":["2.1.227"]},"v1.0.191":{"commit":"239e3a730883eeb5c53db12b0fc9573b3024b126","date":"2026-08-11","cliVersions":["2.1.228"],"baseAction":["2.1.228"]},"v1.0.192":{"commit":"e63208cb983318a44e3f945e959ef894b707dcfa","date":"2026-08-13","cliVersions":["2.1.232"],"baseAction":["2.1.232"]},"v1.0.193":{"commit":"9d7150bc8a3dae8149739a88019d192b579ad90c","date":"2026-08-14","cliVersions":["2.1.233"],"baseAction":["2.1.233"]},"v1.0.194":{"commit":"459ad358ae43fea66bfefd0a1f8d840b4b9791fb","date":"2026-08-17","cliVersions":["2.1.234"],"baseAction":["2.1.234"]},"v1.0.195":{"commit":"d40ddef4c030e508327d6e35a9c45f3368482c50","date":"2026-08-18","cliVersions":["2.1.235"],"baseAction":["2.1.235"]},"v1.0.196":{"commit":"e2a4b761cd77a1138a5b41410eda9b28581f9bcd","date":"2026-08-19","cliVersions":["2.1.236"],"baseAction":["2.1.236"]},"v1.0.197":{"commit":"5ee796a55f92566ecd7e39d70dd613abcbea0d7c","date":"2026-08-20","cliVersions":["2.1.237"],"baseAction":["2.1.237"]},"v1.0.198":{"commit":"3f854a8fb5146b39d5cbf8b57f70d80810e1366f","date":"2026-08-20","cliVersions":["2.1.238"],"baseAction":["2.1.238"]},"v1.0.199":{"commit":"dcb57747bfceeaa1fa72638cae52295d1d853d4a","date":"2026-08-21","cliVersions":["2.1.239"],"baseAction":["2.1.239"]},"v1.0.200":{"commit":"24dcd50c0568f0fc9e9211213a4fd2d9eb15c4e0","date":"2026-08-22","cliVersions":["2.1.240"],"baseAction":["2.1.240"]}}}');
;// CONCATENATED MODULE: ./src/catalog/data/claude-code-base-action-tags.json
const claude_code_base_action_tags_namespaceObject = /*#__PURE__*/JSON.parse('{"$source":"git repository github.com/anthropics/claude-code-base-action at HEAD 53ab25ac (2026-08-22; the action moved into claude-code-action/base-action): every tag, its commit and the Claude Code CLI its action.yml installs","$retrieved":"2026-12-04","$method":"Read from action.yml (and src/**/*.ts) at each tag\'s commit: `npm install -g @anthropic-ai/claude-code@X`; `cliRange` = the early tags installed a caret range (the newest matching release when the workflow runs): unknown; a tag with no pin in action.yml installs the CLI as a package.json dependency (`via`). beta moves.","action":"anthropics/claude-code-base-action","snapshot":"53ab25acdf1a773218d093eeb10f99d9903938ca","floatingTags":["beta"],"tags":{"beta":{"commit":"e8132bc5e637a42c27763fc757faa37e1ee43b34","date":"2025-08-22","cliVersions":["1.0.88"]},"v0.0.1":{"commit":"b06bfed6bc6d2cfb069b03a5c4c8769df54bdbf2","date":"2025-05-19","cliVersions":[],"cliRange":"^0.2.117"},"v0.0.2":{"commit":"9789d6030ff0b0f6e0a42469fe793c0d1fd00a09","date":"2025-05-22","cliVersions":[],"cliRange":"^0.2.117"},"v0.0.3":{"commit":"34321935cb019d7a2cfeac268a0fea755ba40425","date":"2025-05-22","cliVersions":[],"cliRange":"^1.0.1"},"v0.0.4":{"commit":"f99496e33ac73692b674913c57e0a58e6dacc8b1","date":"2025-05-22","cliVersions":[],"cliRange":"^1.0.2"},"v0.0.5":{"commit":"5097b6cdfe5fc5a3ac0166cc344c34ed23c93982","date":"2025-05-25","cliVersions":["1.0.2"]},"v0.0.6":{"commit":"266585c92dd90d61d3806a3367582c4f6224e892","date":"2025-05-28","cliVersions":["1.0.4"]},"v0.0.7":{"commit":"78eef48a8f466f7a800a2315134506d4c7ad9163","date":"2025-05-28","cliVersions":["1.0.5"]},"v0.0.8":{"commit":"c8e31bd52d9a149b3f8309d7978c6edaa282688d","date":"2025-05-29","cliVersions":["1.0.6"]},"v0.0.9":{"commit":"1370ac97fbba9bddec20ea2924b5726bf10d8b94","date":"2025-06-02","cliVersions":["1.0.9"]},"v0.0.10":{"commit":"9e4e150978667888ba2108a2ee63a79bf9cfbe06","date":"2025-06-05","cliVersions":["1.0.11"]},"v0.0.11":{"commit":"d2fb5ddc682e71cb36b6e9379b601e88cf37a4b7","date":"2025-06-05","cliVersions":["1.0.15"]},"v0.0.12":{"commit":"0cedc118d1f9c17aa8c401d7b3f6f01d0efcc8fa","date":"2025-06-06","cliVersions":["1.0.16"]},"v0.0.13":{"commit":"79b8cfc932eb13806c23905842145e6f05c89e2e","date":"2025-06-06","cliVersions":["1.0.17"]},"v0.0.14":{"commit":"a0d79f9c1798b06292dbc80f8f95cf742ce7a213","date":"2025-06-10","cliVersions":["1.0.18"]},"v0.0.15":{"commit":"664a1ed475c3ff68a158184eb5e070734102b712","date":"2025-06-11","cliVersions":["1.0.19"]},"v0.0.16":{"commit":"3ce45ac0c75f55840c9d97e4c94928dff2e5cccd","date":"2025-06-11","cliVersions":["1.0.19"]},"v0.0.17":{"commit":"4d2f064606b1c757911a10183c7edb07e99d2dca","date":"2025-06-11","cliVersions":["1.0.19"]},"v0.0.18":{"commit":"3933d9c3c25f2b027392a370be6f0bbd5989b271","date":"2025-06-11","cliVersions":["1.0.21"]},"v0.0.19":{"commit":"ebd8558e902b3db132e89863de49565fcb9aec46","date":"2025-06-12","cliVersions":["1.0.22"]},"v0.0.20":{"commit":"f481f924b73a7085d9efea0e50a3ba171ed1d74b","date":"2025-06-14","cliVersions":["1.0.24"]},"v0.0.21":{"commit":"cef27f3f006b4c6e8394105604f63f20e84ae300","date":"2025-06-16","cliVersions":["1.0.25"]},"v0.0.22":{"commit":"bb2ef1d9768b9e94083d377778120f8f27958a72","date":"2025-06-17","cliVersions":["1.0.27"]},"v0.0.23":{"commit":"56355f77b19f27378aaf141b9b7e08cc43b542f6","date":"2025-06-20","cliVersions":["1.0.30"]},"v0.0.24":{"commit":"f382bd1ea00f26043eb461ebabebe0d850572a71","date":"2025-06-20","cliVersions":["1.0.31"]},"v0.0.25":{"commit":"ce5cfd683932f58cb459e749f20b06d2fb30c265","date":"2025-06-23","cliVersions":["1.0.33"]},"v0.0.26":{"commit":"ba0557c14198bf2fbafbfe80932dde39e574a14c","date":"2025-06-24","cliVersions":["1.0.34"]},"v0.0.27":{"commit":"b4eb3d828032960a809c894c4177fe412c91d498","date":"2025-06-25","cliVersions":["1.0.35"]},"v0.0.28":{"commit":"f6ef8c1000c0197b625af70349f68cb212e34fc1","date":"2025-06-30","cliVersions":["1.0.38"]},"v0.0.29":{"commit":"bdaad5f64e7ad7a8c0be290a3c49d0fa7e1bb442","date":"2025-07-01","cliVersions":["1.0.39"]},"v0.0.30":{"commit":"604fe83a33f69d1904668780a9e1513188527d41","date":"2025-07-02","cliVersions":["1.0.41"]},"v0.0.31":{"commit":"a835717b36becf75584224421f4094aae288cad7","date":"2025-07-03","cliVersions":["1.0.43"]},"v0.0.32":{"commit":"3560d21b41bd19b1d3ac6c9000af378903d8df0e","date":"2025-07-07","cliVersions":["1.0.44"]},"v0.0.33":{"commit":"0f7a229cb06f840f77f49df0b711ee0060868c2c","date":"2025-07-10","cliVersions":["1.0.48"]},"v0.0.34":{"commit":"ca8aaa8335d12ada79d9336739b03e24b4aa5ae3","date":"2025-07-14","cliVersions":["1.0.51"]},"v0.0.35":{"commit":"503cc7080e62d63d2cc1d80035ed04617d5efb47","date":"2025-07-15","cliVersions":["1.0.52"]},"v0.0.36":{"commit":"03e2a2d6923a9187c8e93b04ef2f8dae3219d0b1","date":"2025-07-16","cliVersions":["1.0.53"]},"v0.0.37":{"commit":"219be32a14fd3bfb1c92112c5726af2f79519653","date":"2025-07-18","cliVersions":["1.0.53"]},"v0.0.38":{"commit":"b16ef0803fc893dc7000c274d24dc5750429900b","date":"2025-07-18","cliVersions":["1.0.53"]},"v0.0.39":{"commit":"b9274c9965004832bb931be9456c03d6dcc36c9d","date":"2025-07-19","cliVersions":["1.0.56"]},"v0.0.40":{"commit":"b9274c9965004832bb931be9456c03d6dcc36c9d","date":"2025-07-19","cliVersions":["1.0.56"]},"v0.0.41":{"commit":"da672c8c83631f42304ecf8822074fb9805036c6","date":"2025-07-22","cliVersions":["1.0.57"]},"v0.0.42":{"commit":"da672c8c83631f42304ecf8822074fb9805036c6","date":"2025-07-22","cliVersions":["1.0.57"]},"v0.0.43":{"commit":"d24ced632f5a4b003455fdabef4fa84ed8024f1b","date":"2025-07-22","cliVersions":["1.0.58"],"via":"package.json dependency @anthropic-ai/claude-code (installed by bun install, run from node_modules)"},"v0.0.44":{"commit":"b0d20f202f61027c0e7c2080f1d10aed20b5db89","date":"2025-07-23","cliVersions":["1.0.59"],"via":"package.json dependency @anthropic-ai/claude-code (installed by bun install, run from node_modules)"},"v0.0.45":{"commit":"6c7cad4b93515b4ef52aeafe464c2c7aa26e8bc5","date":"2025-07-25","cliVersions":["1.0.61"]},"v0.0.47":{"commit":"193484f8e94083ddce9c0823c1b120204d537eb1","date":"2025-07-28","cliVersions":["1.0.62"]},"v0.0.48":{"commit":"193484f8e94083ddce9c0823c1b120204d537eb1","date":"2025-07-28","cliVersions":["1.0.62"]},"v0.0.49":{"commit":"4676191a1731e22a79c26466c452a9593306d6fe","date":"2025-07-29","cliVersions":["1.0.63"]},"v0.0.50":{"commit":"aaedf3e7802e9a8b5aa91802c4b4c64848ea93e9","date":"2025-07-30","cliVersions":["1.0.64"]},"v0.0.51":{"commit":"e14819da937aed863fecdf99dbb995652a174535","date":"2025-07-31","cliVersions":["1.0.65"]},"v0.0.52":{"commit":"61ac761b1f115cab220505847e10a02eac2e774d","date":"2025-08-04","cliVersions":["1.0.67"]},"v0.0.53":{"commit":"f43ef99f69d964c2946cc886f4081549b9dd3f30","date":"2025-08-05","cliVersions":["1.0.69"]},"v0.0.54":{"commit":"f43ef99f69d964c2946cc886f4081549b9dd3f30","date":"2025-08-05","cliVersions":["1.0.69"]},"v0.0.55":{"commit":"ed404ea56a4e5a326f7c6f18f62dc5c158525014","date":"2025-08-07","cliVersions":["1.0.71"]},"v0.0.56":{"commit":"7074b052d7c3722e990ecf5df2fbbccec11643b1","date":"2025-08-12","cliVersions":["1.0.77"]},"v0.0.57":{"commit":"3380c2f3199ba974b3564c0f5939ae99c506f62e","date":"2025-08-14","cliVersions":["1.0.81"]},"v0.0.58":{"commit":"69de5aaa5ebe89a02874e5c3edfbaadb553d0be8","date":"2025-08-15","cliVersions":["1.0.81"]},"v0.0.59":{"commit":"b3243c1eb03db6c6514428b4cfa716b80193f13a","date":"2025-08-16","cliVersions":["1.0.83"]},"v0.0.60":{"commit":"8d05774c47c09f9b06a91a1710edcb2ed6fe681c","date":"2025-08-19","cliVersions":["1.0.84"]},"v0.0.61":{"commit":"3d64e89454e7afc27e46f4f4bcc152839c18dcb8","date":"2025-08-20","cliVersions":["1.0.85"]},"v0.0.62":{"commit":"d05f3396dfd705a096c89afb518530afbf2d7314","date":"2025-08-21","cliVersions":["1.0.86"]},"v0.0.63":{"commit":"e8132bc5e637a42c27763fc757faa37e1ee43b34","date":"2025-08-22","cliVersions":["1.0.88"]}}}');
;// CONCATENATED MODULE: ./src/catalog/action-tags.ts
// The Claude Code CLI that each ref of anthropics/claude-code-action (and of its base action, the
// subpath `…/base-action` and the former repository anthropics/claude-code-base-action) installs,
// read from the tag tables in data/ (each with its source, snapshot and method).



/** Maps refs of one action through a tag table; `pick` chooses the versions of the path used. */
function tagMapper(table, name, pick) {
    const floating = new Set(table.floatingTags);
    const byCommit = new Map();
    for (const [tag, row] of Object.entries(table.tags)) {
        const tags = byCommit.get(row.commit) ?? [];
        tags.push(tag);
        byCommit.set(row.commit, tags);
    }
    const snapshot = `snapshot ${table.snapshot.slice(0, 8)} of ${table.$retrieved}`;
    const ofTag = (tag, label, pinned) => {
        const row = table.tags[tag];
        const versions = pick(row);
        if (versions === undefined)
            return { kind: 'unknown', why: `${label} has no ${name} at that tag` };
        if (versions.length === 0) {
            return {
                kind: 'unknown',
                why: row.cliRange
                    ? `${label} installs @anthropic-ai/claude-code@${row.cliRange}, a range (the newest matching release when the workflow runs)`
                    : `${label} names no literal Claude Code version (it installs the CLI by other means)`,
            };
        }
        // A commit never moves, even when only a floating tag points to it; a ref that installs the
        // CLI through another action's moving tag does.
        if ((!pinned && floating.has(tag)) || row.moves) {
            const lowest = [...versions].sort((semver_default()).compare)[0];
            const how = row.moves ? `installs the CLI through ${row.via}, a moving ref` : 'is a moving tag';
            return {
                kind: 'atLeast',
                version: lowest,
                why: `${label} ${how}; it installed Claude Code ${versions.join(' and ')} at the catalog snapshot (${row.date}) and only moves forward`,
            };
        }
        return { kind: 'exact', versions };
    };
    return (ref) => {
        const r = ref.trim();
        if (/^[0-9a-f]{40}$/i.test(r)) {
            const tags = byCommit.get(r.toLowerCase());
            if (!tags) {
                return {
                    kind: 'unknown',
                    why: `commit ${r} is not a tag of ${table.action} in the catalog (${snapshot})`,
                };
            }
            return ofTag(tags[0], `commit ${r} (${tags.join(', ')})`, true);
        }
        if (!Object.hasOwn(table.tags, r)) {
            return {
                kind: 'unknown',
                why: `ref ${r} is not a tag of ${table.action} in the catalog (a branch, or a tag newer than the snapshot of ${table.$retrieved})`,
            };
        }
        return ofTag(r, floating.has(r) ? r : `tag ${r}`, false);
    };
}
const action = claude_code_action_tags_namespaceObject;
const base = claude_code_base_action_tags_namespaceObject;
/** `anthropics/claude-code-action@REF` → the Claude Code CLI version(s) that ref installs. */
const claudeCodeActionToCli = tagMapper(action, 'CLI', (row) => row.cliVersions);
/** `anthropics/claude-code-action/base-action@REF` → the CLI its base-action/action.yml installs. */
const claudeCodeActionBaseToCli = tagMapper(action, 'base-action folder', (row) => row.baseAction);
/** `anthropics/claude-code-base-action@REF` → the CLI its action.yml installs. */
const claudeCodeBaseActionToCli = tagMapper(base, 'CLI', (row) => row.cliVersions);
/** The tags and commits of the action that install a CLI version in a range (for `catalog`). */
function claudeCodeActionRefs(range) {
    const out = [];
    const floating = new Set(action.floatingTags);
    for (const [tag, row] of Object.entries(action.tags)) {
        if (floating.has(tag))
            continue;
        if (row.cliVersions.some((v) => semver_default().satisfies(v, range, { includePrerelease: true }))) {
            out.push({ tag, commit: row.commit, cliVersions: row.cliVersions });
        }
    }
    return out;
}
const actionTableDates = {
    claudeCodeAction: action.$retrieved,
    claudeCodeBaseAction: base.$retrieved,
};
/** The fixed tags of claude-code-action, oldest first (for remediation). */
const claudeCodeActionTagOrder = Object.keys(action.tags)
    .filter((t) => !action.floatingTags.includes(t) && semver_default().valid(t.replace(/^v/, '')) !== null)
    .sort((a, b) => semver_default().compare(a.replace(/^v/, ''), b.replace(/^v/, '')));
/** The tags of claude-code-action that point to a commit. */
function claudeCodeActionTagsOf(commit) {
    const c = commit.toLowerCase();
    return Object.entries(action.tags)
        .filter(([, row]) => row.commit === c)
        .map(([tag]) => tag);
}


/***/ }),

/***/ 73944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ advisoryOf),
/* harmony export */   w: () => (/* binding */ advisories)
/* harmony export */ });
/* harmony import */ var _model_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52621);
// The advisories behind `builtin:advisories`: evidence-backed bans, each a locked `fail` rule.

const advisories = [
    {
        id: 'AITG-2026-0001',
        title: 'Claude Code covert environment fingerprinting',
        tool: 'claude-code',
        versions: '>=2.1.91 <2.1.198',
        firstClean: '2.1.198',
        description: "Claude Code 2.1.91 through 2.1.197 contain a hidden check of the machine's proxy settings and " +
            'timezone whose result marks the prompt sent to the model, without telling the user: covert ' +
            'fingerprinting of the environment the tool runs in.',
        evidence: 'Established by inspection of the published npm artifacts of @anthropic-ai/claude-code: the code is ' +
            'absent in 2.1.90, present in 2.1.91, 2.1.112, 2.1.150, 2.1.196 and 2.1.197, and absent in 2.1.198; ' +
            'the versions in between are assumed to carry it. Every carrier is covered: the platform packages, ' +
            'the Agent SDK through the CLI it bundles, the VS Code extension, claude-code-action tags and commits, ' +
            'the Homebrew cask, devcontainer features and the claude.ai installer.',
        sources: [
            'https://www.npmjs.com/package/@anthropic-ai/claude-code?activeTab=versions',
            'npm registry: @anthropic-ai/claude-code 2.1.90, 2.1.91, 2.1.112, 2.1.150, 2.1.196, 2.1.197, 2.1.198 (published tarballs and native builds)',
            'npm registry: @anthropic-ai/claude-agent-sdk packument, field claudeCodeVersion',
            'github.com/anthropics/claude-code-action tags (CLI version pinned at each tag)',
        ],
        published: '2026-11-24',
        link: `${_model_version_js__WEBPACK_IMPORTED_MODULE_0__/* .PROJECT_URL */ .w}/blob/v1/docs/advisories/AITG-2026-0001.md`,
    },
];
const byId = new Map(advisories.map((a) => [a.id, a]));
/** The advisory a rule id stands for (built-in advisory rules carry the advisory's id). */
function advisoryOf(ruleId) {
    return byId.get(ruleId);
}


/***/ }),

/***/ 13453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uO: () => (/* binding */ agentSdkNpmToCli),
  z2: () => (/* binding */ agentSdkPypiToCli),
  an: () => (/* binding */ homebrewVersion),
  GE: () => (/* binding */ prefixedVersion),
  r1: () => (/* binding */ sameVersion),
  oF: () => (/* binding */ tableDates),
  lB: () => (/* binding */ unmappedVersion),
  C9: () => (/* binding */ versionTables)
});

// UNUSED EXPORTS: asToolVersion

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var pep440 = __webpack_require__(22473);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/catalog/data/claude-agent-sdk-npm.json
const claude_agent_sdk_npm_namespaceObject = /*#__PURE__*/JSON.parse('{"nB":"2026-12-04","sc":{"0.0.4":null,"0.1.0":null,"0.1.1":null,"0.1.2":null,"0.1.5":null,"0.1.8":null,"0.1.9":null,"0.1.10":null,"0.1.11":null,"0.1.13":null,"0.1.14":null,"0.1.15":null,"0.1.19":null,"0.1.20":null,"0.1.21":null,"0.1.22":null,"0.1.23":null,"0.1.25":null,"0.1.26":null,"0.1.27":null,"0.1.28":null,"0.1.29":null,"0.1.30":null,"0.1.31":null,"0.1.34":null,"0.1.35":null,"0.1.36":null,"0.1.37":null,"0.1.42":null,"0.1.44":null,"0.1.45":null,"0.1.46":null,"0.1.47":null,"0.1.49":null,"0.1.50":null,"0.1.51":null,"0.1.53":null,"0.1.54":null,"0.1.55":null,"0.1.56":null,"0.1.57":null,"0.1.58":null,"0.1.59":null,"0.1.60":null,"0.1.61":null,"0.1.62":null,"0.1.63":null,"0.1.65":null,"0.1.67":null,"0.1.69":null,"0.1.70":null,"0.1.71":null,"0.1.72":null,"0.1.73":null,"0.1.74":null,"0.1.75":null,"0.1.76":null,"0.1.77":null,"0.2.0":null,"0.2.1":null,"0.2.2":null,"0.2.3":null,"0.2.4":null,"0.2.5":null,"0.2.6":"2.1.6","0.2.7":"2.1.7","0.2.8":"2.1.8","0.2.9":"2.1.9","0.2.11":"2.1.11","0.2.12":"2.1.12","0.2.14":"2.1.14","0.2.15":"2.1.15","0.2.16":"2.1.16","0.2.17":"2.1.17","0.2.18":"2.1.18","0.2.19":"2.1.19","0.2.20":"2.1.20","0.2.21":"2.1.21","0.2.22":"2.1.22","0.2.23":"2.1.23","0.2.25":"2.1.25","0.2.26":"2.1.26","0.2.27":"2.1.27","0.2.29":"2.1.29","0.2.30":"2.1.30","0.2.31":"2.1.31","0.2.32":"2.1.32","0.2.33":"2.1.33","0.2.34":"2.1.34","0.2.36":"2.1.36","0.2.37":"2.1.37","0.2.38":"2.1.38","0.2.39":"2.1.39","0.2.40":"2.1.40","0.2.41":"2.1.41","0.2.42":"2.1.42","0.2.44":"2.1.44","0.2.45":"2.1.45","0.2.47":"2.1.47","0.2.48":"2.1.48","0.2.49":"2.1.49","0.2.50":"2.1.50","0.2.51":"2.1.51","0.2.52":"2.1.52","0.2.54":"2.1.54","0.2.55":"2.1.55","0.2.56":"2.1.56","0.2.58":"2.1.58","0.2.59":"2.1.59","0.2.61":"2.1.61","0.2.62":"2.1.62","0.2.63":"2.1.63","0.2.64":"2.1.64","0.2.66":"2.1.66","0.2.68":"2.1.68","0.2.69":"2.1.69","0.2.70":"2.1.70","0.2.71":"2.1.71","0.2.72":"2.1.72","0.2.73":"2.1.73","0.2.74":"2.1.74","0.2.75":"2.1.75","0.2.76":"2.1.76","0.2.77":"2.1.77","0.2.78":"2.1.78","0.2.79":"2.1.79","0.2.80":"2.1.80","0.2.81":"2.1.81","0.2.83":"2.1.83","0.2.84":"2.1.84","0.2.85":"2.1.85","0.2.86":"2.1.86","0.2.87":"2.1.87","0.2.88":"2.1.88","0.2.89":"2.1.89","0.2.90":"2.1.90","0.2.91":"2.1.91","0.2.92":"2.1.92","0.2.94":"2.1.94","0.2.96":"2.1.96","0.2.97":"2.1.97","0.2.98":"2.1.98","0.2.100":"2.1.100","0.2.101":"2.1.101","0.2.104":"2.1.104","0.2.105":"2.1.105","0.2.107":"2.1.107","0.2.108":"2.1.108","0.2.109":"2.1.109","0.2.110":"2.1.110","0.2.111":"2.1.111","0.2.112":"2.1.112","0.2.113":"2.1.113","0.2.114":"2.1.114","0.2.116":"2.1.116","0.2.117":"2.1.117","0.2.118":"2.1.118","0.2.119":"2.1.119","0.2.120":"2.1.120","0.2.121":"2.1.121","0.2.122":"2.1.122","0.2.123":"2.1.123","0.2.124":"2.1.124","0.2.126":"2.1.126","0.2.128":"2.1.128","0.2.129":"2.1.129","0.2.131":"2.1.131","0.2.132":"2.1.132","0.2.133":"2.1.133","0.2.136":"2.1.136","0.2.137":"2.1.137","0.2.138":"2.1.138","0.2.139":"2.1.139","0.2.140":"2.1.140","0.2.141":"2.1.141","0.3.142":"2.1.142","0.3.143":"2.1.143","0.3.144":"2.1.144","0.3.145":"2.1.145","0.3.146":"2.1.146","0.3.147":"2.1.147","0.3.148":"2.1.148","0.3.149":"2.1.149","0.3.150":"2.1.150","0.3.152":"2.1.152","0.3.153":"2.1.153","0.3.154":"2.1.154","0.3.156":"2.1.156","0.3.157":"2.1.157","0.3.158":"2.1.158","0.3.159":"2.1.159","0.3.160":"2.1.160","0.3.161":"2.1.161","0.3.162":"2.1.162","0.3.163":"2.1.163","0.3.165":"2.1.165","0.3.167":"2.1.167","0.3.168":"2.1.168","0.3.169":"2.1.169","0.3.170":"2.1.170","0.3.172":"2.1.172","0.3.173":"2.1.173","0.3.174":"2.1.174","0.3.175":"2.1.175","0.3.176":"2.1.176","0.3.177":"2.1.177","0.3.178":"2.1.178","0.3.179":"2.1.179","0.3.181":"2.1.181","0.3.182":"2.1.182","0.3.183":"2.1.183","0.3.185":"2.1.185","0.3.186":"2.1.186","0.3.187":"2.1.187","0.3.190":"2.1.190","0.3.191":"2.1.191","0.3.193":"2.1.193","0.3.195":"2.1.195","0.3.196":"2.1.196","0.3.197":"2.1.197","0.3.198":"2.1.198","0.3.199":"2.1.199","0.3.200":"2.1.200","0.3.201":"2.1.201","0.3.202":"2.1.202","0.3.203":"2.1.203","0.3.204":"2.1.204","0.3.205":"2.1.205","0.3.206":"2.1.206","0.3.207":"2.1.207","0.3.208":"2.1.208","0.3.209":"2.1.209","0.3.210":"2.1.210","0.3.211":"2.1.211","0.3.212":"2.1.212","0.3.213":"2.1.213","0.3.214":"2.1.214","0.3.215":"2.1.215","0.3.216":"2.1.216","0.3.217":"2.1.217","0.3.218":"2.1.218","0.3.219":"2.1.219","0.3.220":"2.1.220","0.3.221":"2.1.221","0.3.222":"2.1.222","0.3.223":"2.1.223","0.3.224":"2.1.224","0.3.225":"2.1.225","0.3.226":"2.1.226","0.3.227":"2.1.227","0.3.228":"2.1.228","0.3.229":"2.1.229","0.3.231":"2.1.231","0.3.232":"2.1.232","0.3.233":"2.1.233","0.3.234":"2.1.234","0.3.235":"2.1.235","0.3.236":"2.1.236","0.3.237":"2.1.237","0.3.238":"2.1.238","0.3.239":"2.1.239","0.3.240":"2.1.240","0.3.241":"2.1.241","0.3.242":"2.1.242","0.3.243":"2.1.243","0.3.245":"2.1.245","0.3.246":"2.1.246","0.3.247":"2.1.247","0.3.248":"2.1.248","0.3.250":"2.1.250","0.3.251":"2.1.251","0.3.252":"2.1.252","0.3.257":"2.1.257","0.3.258":"2.1.258","0.3.259":"2.1.259","0.3.260":"2.1.260","0.3.261":"2.1.261","0.3.263":"2.1.263","0.3.265":"2.1.265","0.3.266":"2.1.266","0.3.267":"2.1.267","0.3.268":"2.1.268","0.3.269":"2.1.269","0.3.270":"2.1.270","0.3.271":"2.1.271","0.3.272":"2.1.272","0.3.273":"2.1.273","0.3.274":"2.1.274","0.3.275":"2.1.275","0.3.276":"2.1.276","0.3.277":"2.1.277","0.3.278":"2.1.278","0.3.280":"2.1.280","0.3.281":"2.1.281","0.3.282":"2.1.282","0.3.283":"2.1.283","0.3.284":"2.1.284","0.3.285":"2.1.285","0.3.286":"2.1.286","0.3.287":"2.1.287","0.3.288":"2.1.288","0.3.289":"2.1.289","0.3.290":"2.1.290","0.3.291":"2.1.291","0.3.292":"2.1.292","0.3.293":"2.1.293","0.3.294":"2.1.294","0.3.295":"2.1.295","0.3.296":"2.1.296","0.3.299":"2.1.299","0.3.300":"2.1.300","0.3.301":"2.1.301","0.3.302":"2.1.302","0.3.303":"2.1.303","0.3.304":"2.1.304","0.3.305":"2.1.305","0.3.306":"2.1.306","0.3.307":"2.1.307","0.3.308":"2.1.308","0.3.309":"2.1.309","0.3.310":"2.1.310","0.3.311":"2.1.311","0.3.312":"2.1.312","0.3.314":"2.1.314","0.3.315":"2.1.315","0.3.316":"2.1.316","0.3.317":"2.1.317","0.3.318":"2.1.318","0.3.319":"2.1.319","0.3.321":"2.1.321","0.3.322":"2.1.322","0.3.323":"2.1.323","0.3.324":"2.1.324","0.3.325":"2.1.325","0.3.326":"2.1.326","0.3.327":"2.1.327","0.3.328":"2.1.328","0.3.329":"2.1.329","0.3.330":"2.1.330","0.3.331":"2.1.331","0.3.332":"2.1.332","0.3.333":"2.1.333","0.3.334":"2.1.334","0.3.335":"2.1.335","0.3.336":"2.1.336"}}');
;// CONCATENATED MODULE: ./src/catalog/data/claude-agent-sdk-npm-changelog.json
const claude_agent_sdk_npm_changelog_namespaceObject = /*#__PURE__*/JSON.parse('{"sc":{"0.1.0":null,"0.1.3":"2.0.1","0.1.9":null,"0.1.10":"2.0.10","0.1.11":"2.0.11","0.1.12":"2.0.12","0.1.13":"2.0.13","0.1.14":"2.0.14","0.1.15":"2.0.15","0.1.16":"2.0.17","0.1.17":"2.0.18","0.1.19":"2.0.19","0.1.20":"2.0.20","0.1.21":"2.0.21","0.1.22":"2.0.22","0.1.25":"2.0.25","0.1.26":"2.0.26","0.1.27":"2.0.27","0.1.28":"2.0.28","0.1.29":"2.0.29","0.1.30":"2.0.31","0.1.31":"2.0.32","0.1.33":"2.0.33","0.1.34":"2.0.34","0.1.35":"2.0.35","0.1.36":"2.0.36","0.1.37":"2.0.37","0.1.39":"2.0.41","0.1.42":"2.0.42","0.1.43":"2.0.43","0.1.44":"2.0.44","0.1.45":"2.0.45","0.1.46":"2.0.46","0.1.47":"2.0.47","0.1.49":"2.0.49","0.1.50":"2.0.50","0.1.51":"2.0.51","0.1.52":"2.0.52","0.1.53":"2.0.53","0.1.54":"2.0.54","0.1.55":"2.0.55","0.1.56":"2.0.56","0.1.57":"2.0.57","0.1.58":"2.0.58","0.1.59":"2.0.59","0.1.60":"2.0.60","0.1.61":"2.0.61","0.1.63":"2.0.63","0.1.64":"2.0.64","0.1.65":"2.0.66","0.1.66":"2.0.66","0.1.67":"2.0.67","0.1.68":"2.0.68","0.1.69":"2.0.69","0.1.71":"2.0.71","0.1.72":"2.0.72","0.1.73":"2.0.73","0.1.74":"2.0.74","0.1.75":"2.0.75"}}');
;// CONCATENATED MODULE: ./src/catalog/data/claude-agent-sdk-pypi.json
const claude_agent_sdk_pypi_namespaceObject = /*#__PURE__*/JSON.parse('{"nB":"2026-11-24","yh":{"0.0.13":null,"0.0.14":null,"0.0.16":null,"0.0.17":null,"0.0.18":null,"0.0.19":null,"0.0.22":null,"0.1.0":null,"0.1.1":null,"0.1.2":null,"0.1.3":null,"0.1.4":null,"0.1.5":null,"0.1.6":null,"0.1.7":null,"0.1.8":null,"0.1.9":"2.0.49","0.1.10":"2.0.53","0.1.11":"2.0.57","0.1.12":null,"0.1.13":"2.0.59","0.1.14":"2.0.62","0.1.15":null,"0.1.16":"2.0.68","0.1.17":"2.0.70","0.1.18":"2.0.72","0.1.19":"2.1.1","0.1.20":"2.1.9","0.1.21":"2.1.15","0.1.22":"2.1.19","0.1.23":"2.1.20","0.1.24":"2.1.22","0.1.25":"2.1.23","0.1.26":"2.1.27","0.1.27":"2.1.29","0.1.28":"2.1.30","0.1.29":"2.1.31","0.1.30":"2.1.32","0.1.31":"2.1.33","0.1.32":"2.1.36","0.1.33":"2.1.37","0.1.34":"2.1.38","0.1.35":"2.1.39","0.1.36":"2.1.42","0.1.37":"2.1.44","0.1.38":"2.1.47","0.1.39":"2.1.49","0.1.40":"2.1.51","0.1.41":"2.1.52","0.1.42":"2.1.55","0.1.43":"2.1.56","0.1.44":"2.1.59","0.1.45":"2.1.63","0.1.46":"2.1.69","0.1.47":"2.1.70","0.1.48":"2.1.71","0.1.49":"2.1.77","0.1.50":"2.1.81","0.1.51":"2.1.85","0.1.52":"2.1.87","0.1.53":"2.1.88","0.1.55":"2.1.91","0.1.56":"2.1.92","0.1.57":"2.1.96","0.1.58":"2.1.97","0.1.59":"2.1.105","0.1.60":"2.1.111","0.1.61":"2.1.112","0.1.62":"2.1.113","0.1.63":"2.1.114","0.1.64":"2.1.116","0.1.65":"2.1.118","0.1.66":"2.1.119","0.1.67":"2.1.120","0.1.68":"2.1.119","0.1.69":"2.1.121","0.1.70":"2.1.122","0.1.71":"2.1.123","0.1.72":"2.1.126","0.1.73":"2.1.128","0.1.74":"2.1.129","0.1.75":"2.1.131","0.1.76":"2.1.132","0.1.77":"2.1.133","0.1.78":"2.1.136","0.1.79":"2.1.137","0.1.80":"2.1.138","0.1.81":"2.1.139","0.2.82":"2.1.142","0.2.83":"2.1.146","0.2.84":"2.1.147","0.2.85":"2.1.148","0.2.86":"2.1.149","0.2.87":"2.1.150","0.2.88":"2.1.161","0.2.89":"2.1.162","0.2.90":"2.1.163","0.2.91":"2.1.165","0.2.92":"2.1.166","0.2.93":"2.1.167","0.2.94":"2.1.169","0.2.95":"2.1.170","0.2.96":"2.1.172","0.2.97":"2.1.173","0.2.98":"2.1.174","0.2.99":"2.1.175","0.2.100":"2.1.176","0.2.101":"2.1.177","0.2.102":"2.1.178","0.2.103":"2.1.179","0.2.104":"2.1.181","0.2.105":"2.1.183","0.2.106":"2.1.185","0.2.107":"2.1.186","0.2.108":"2.1.187","0.2.109":"2.1.190","0.2.110":"2.1.191","0.2.111":"2.1.202","0.2.112":"2.1.203","0.2.113":"2.1.204","0.2.114":"2.1.205","0.2.115":"2.1.206","0.2.116":"2.1.207","0.2.117":"2.1.208","0.2.118":"2.1.209","0.2.119":"2.1.210","0.2.120":"2.1.211","0.2.121":"2.1.212","0.2.122":"2.1.214","0.2.123":"2.1.215","0.2.124":"2.1.216","0.2.125":"2.1.217","0.2.126":"2.1.218","0.2.127":"2.1.219","0.2.128":"2.1.220","0.2.129":"2.1.221","0.2.130":"2.1.222","0.2.131":"2.1.223","0.2.132":"2.1.224","0.2.133":"2.1.225","0.2.134":"2.1.226","0.2.135":"2.1.227","0.2.136":"2.1.228","0.2.137":"2.1.229","0.2.138":"2.1.232","0.2.139":"2.1.233","0.2.140":"2.1.235","0.2.141":"2.1.236","0.2.142":"2.1.237","0.2.143":"2.1.238"}}');
// EXTERNAL MODULE: ./src/model/versions.ts + 1 modules
var versions = __webpack_require__(74104);
// EXTERNAL MODULE: ./src/catalog/action-tags.ts + 2 modules
var action_tags = __webpack_require__(17551);
;// CONCATENATED MODULE: ./src/catalog/mappings.ts
// How a carrier's version maps to the version of the tool it carries. The tables are data files
// (src/catalog/data/), each with a header naming its source, date and method.







/** A version string as the tool's scheme reads it, or null when it is not a version (`latest`, `main`). */
function asToolVersion(scheme, version) {
    const v = version.trim();
    if (scheme === 'pep440')
        return pep440/* valid */.rZ(v) ? v : null;
    const release = (0,versions/* releaseOf */.l7)(v.replace(/^v(?=\d)/, ''));
    return semver_default().valid(release, { loose: true }) !== null ? v.replace(/^v(?=\d)/, '') : null;
}
function notAVersion(version) {
    return { kind: 'unknown', why: `"${version}" is not a version (a tag such as latest or stable moves)` };
}
/** The carrier is published with the tool's own version (platform packages, extensions, casks). */
function sameVersion(scheme) {
    return (version) => {
        const v = asToolVersion(scheme, version);
        return v === null ? notAVersion(version) : { kind: 'exact', versions: [v] };
    };
}
/** A Homebrew version: the tool version, with a `_N` formula revision that does not change it. */
function homebrewVersion(scheme) {
    const same = sameVersion(scheme);
    return (version) => same(version.replace(/_\d+$/, ''));
}
/** Versions written with a tag prefix (`rust-v0.58.0` for Codex release tags, prefix `rust-`). */
function prefixedVersion(scheme, prefix) {
    const same = sameVersion(scheme);
    return (version) => same(version.startsWith(prefix) ? version.slice(prefix.length) : version);
}
/** The carrier's versions are a line of their own that the catalog cannot map. */
function unmappedVersion(what) {
    return (version) => ({
        kind: 'unknown',
        why: `${what} ${version} does not say which version of the tool it carries`,
    });
}
const SDK_NPM = new Map(Object.entries(claude_agent_sdk_npm_namespaceObject.sc));
const SDK_NPM_CHANGELOG = new Map(Object.entries(claude_agent_sdk_npm_changelog_namespaceObject.sc));
/** `@anthropic-ai/claude-agent-sdk` (and its platform packages) → the bundled `claudeCodeVersion`. */
function agentSdkNpmToCli(version) {
    const v = (0,versions/* releaseOf */.l7)(version.trim().replace(/^v(?=\d)/, ''));
    if (!SDK_NPM.has(v)) {
        return semver_default().valid(v) === null
            ? notAVersion(version)
            : {
                kind: 'unknown',
                why: `@anthropic-ai/claude-agent-sdk ${v} is not in the catalog's table of bundled CLI versions (retrieved ${claude_agent_sdk_npm_namespaceObject.nB}); run scripts/refresh-catalog.mjs`,
            };
    }
    // 0.1.x packages do not record the CLI; their changelog names it.
    const cli = SDK_NPM.get(v) ?? SDK_NPM_CHANGELOG.get(v) ?? null;
    return cli === null
        ? {
            kind: 'unknown',
            why: `@anthropic-ai/claude-agent-sdk ${v} does not record which Claude Code CLI it bundles (no claudeCodeVersion, and its changelog names none)`,
        }
        : { kind: 'exact', versions: [cli] };
}
/** The PyPI table in release order, each release with the CLI it bundles (inherited when not bumped). */
const SDK_PYPI = (() => {
    const rows = Object.entries(claude_agent_sdk_pypi_namespaceObject.yh).sort(([a], [b]) => pep440/* compare */.UD(a, b));
    let current = null;
    return rows.map(([version, bump]) => {
        if (bump !== null)
            current = bump;
        return { version, cli: current };
    });
})();
/** PyPI `claude-agent-sdk` → the Claude Code CLI it bundles (from its changelog). */
function agentSdkPypiToCli(version) {
    const v = version.trim();
    if (!pep440/* valid */.rZ(v))
        return notAVersion(version);
    const row = SDK_PYPI.find((r) => pep440.eq(r.version, v));
    if (!row) {
        return {
            kind: 'unknown',
            why: `claude-agent-sdk ${v} (PyPI) is not in the catalog's changelog table (through ${SDK_PYPI.at(-1)?.version ?? 'none'})`,
        };
    }
    return row.cli === null
        ? {
            kind: 'unknown',
            why: `claude-agent-sdk ${v} (PyPI) predates the first bundled-CLI entry of its changelog`,
        }
        : { kind: 'exact', versions: [row.cli] };
}
const tableDates = {
    agentSdkNpm: claude_agent_sdk_npm_namespaceObject.nB,
    agentSdkPypi: claude_agent_sdk_pypi_namespaceObject.nB,
};
const SDK_NPM_ORDER = [...SDK_NPM.keys()].filter((v) => semver_default().valid(v) !== null).sort((semver_default()).compare);
const SDK_PYPI_ORDER = SDK_PYPI.map((r) => r.version);
const ACTION_TAG_ORDER = action_tags/* claudeCodeActionTagOrder */.g1;
/** Index of the last version not above `v` (a version between two rows sits after the lower one). */
function placed(order, v, cmp) {
    let at = null;
    order.forEach((o, i) => {
        if (cmp(o, v) <= 0)
            at = i;
    });
    return at ?? (order.length > 0 ? -1 : null);
}
const versionTables = new Map([
    [
        agentSdkNpmToCli,
        {
            versions: SDK_NPM_ORDER,
            positionOf: (version) => {
                const v = semver_default().valid((0,versions/* releaseOf */.l7)(version.trim().replace(/^v(?=\d)/, '')));
                return v === null ? null : placed(SDK_NPM_ORDER, v, (semver_default()).compare);
            },
        },
    ],
    [
        agentSdkPypiToCli,
        {
            versions: SDK_PYPI_ORDER,
            positionOf: (version) => pep440/* valid */.rZ(version.trim()) ? placed(SDK_PYPI_ORDER, version.trim(), pep440/* compare */.UD) : null,
        },
    ],
    [
        action_tags/* claudeCodeActionToCli */.fz,
        {
            versions: ACTION_TAG_ORDER,
            positionOf: (ref) => {
                const r = ref.trim();
                // A commit stands where its latest tag stands.
                const tags = /^[0-9a-f]{40}$/i.test(r) ? (0,action_tags/* claudeCodeActionTagsOf */.Oq)(r) : [r];
                const at = tags.map((t) => ACTION_TAG_ORDER.indexOf(t)).filter((i) => i >= 0);
                return at.length > 0 ? Math.max(...at) : null;
            },
        },
    ],
]);


/***/ }),

/***/ 34003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ packageFeaturesTable),
/* harmony export */   Mh: () => (/* binding */ toolsTable),
/* harmony export */   qd: () => (/* binding */ tableHeader),
/* harmony export */   xz: () => (/* binding */ readTable)
/* harmony export */ });
/* unused harmony exports VERSION_RULES, carrierRow, toolRow, packageFeatureRow */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
/* harmony import */ var _model_ecosystems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27184);
// The shape of the catalog's data files (src/catalog/data/), checked when the catalog loads: a
// malformed table stops the gate with the file and the path of the bad field instead of judging
// with half a catalog.


/** Every table starts with where its facts come from, when they were read and how. */
const tableHeader = {
    $source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    $retrieved: zod__WEBPACK_IMPORTED_MODULE_1__/* .date */ .p6(),
    $method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
};
/**
 * How a carrier's version maps to the tool's version:
 * - `same`: the carrier is published with the tool's version (`tagPrefix` is stripped first);
 * - `homebrew`: the tool version with a `_N` formula revision;
 * - `unmapped`: the carrier has a version line of its own: unknown;
 * - the names of the version tables (`data/<name>.json`).
 */
const VERSION_RULES = [
    'same',
    'homebrew',
    'unmapped',
    'agent-sdk-npm',
    'agent-sdk-pypi',
    'claude-code-action',
    'claude-code-action-base',
    'claude-code-base-action',
];
const versionOption = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), default: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) }).strict();
const carrierRow = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ecosystem: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_ecosystems_js__WEBPACK_IMPORTED_MODULE_2__/* .ECOSYSTEMS */ .S),
    /** One carrier; `packages` lists several with the same facts; `platformPackagesOf` takes the
     * list refreshed from the registry (data/npm-platform-packages.json). */
    package: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    packages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).optional(),
    platformPackagesOf: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(VERSION_RULES),
    /** Stripped from a version before it is read (`rust-` of Codex release tags). */
    tagPrefix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** How an unmapped version is named in the reason (`claude-agent-sdk (PyPI)`). */
    unmappedAs: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** The mapping in words when it is not the rule's usual text; `{retrieved}` is the table's date. */
    versionMapping: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** Devcontainer features: the option that carries the tool version and its default (null: none). */
    versionOption: versionOption.nullable().optional(),
    /** GitHub actions: the input that chooses the tool version (null: none). */
    versionInput: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).nullable().optional(),
    /** Vendor installers: how the script takes a version. */
    versionArgument: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** Devcontainer features and actions that install a registry package: that package (reported
     * beside the feature; an action's `versionInput` is that package's version). */
    installs: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ecosystem: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['npm', 'pypi']), package: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) })
        .strict()
        .optional(),
    /** Where the facts of this row come from (a registry page, a file at a commit, a manifest). */
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
})
    .strict()
    .refine((c) => [c.package, c.packages, c.platformPackagesOf].filter((x) => x !== undefined).length === 1, {
    message: 'exactly one of package, packages, platformPackagesOf',
});
const toolRow = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    vendor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    homepage: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional(),
    versionScheme: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['semver', 'pep440']),
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    carriers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(carrierRow).min(1),
})
    .strict();
const toolsTable = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...tableHeader, tools: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(toolRow).min(1) }).strict();
/** A devcontainer feature that installs whatever registry package an option names. */
const packageFeatureRow = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** Lowercased OCI ids without tag (one feature published under several namespaces). */
    ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9._/-]*$/)).min(1),
    installs: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['npm', 'pypi']),
    packageOption: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    versionOption: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** The version option's default (`latest`: the package without a version). */
    defaultVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** PyPI: the option whose words are injected into the package's environment as well. */
    injectionsOption: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
})
    .strict();
const packageFeaturesTable = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ ...tableHeader, features: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(packageFeatureRow).min(1) })
    .strict();
/** Parses a data file against its schema; the error names the file and the failing path. */
function readTable(file, schema, data) {
    const r = schema.safeParse(data);
    if (r.success)
        return r.data;
    const first = r.error.issues[0];
    throw new Error(`src/catalog/data/${file}: ${first.path.join('.') || '(root)'}: ${first.message}`);
}


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ tools)
});

// UNUSED EXPORTS: toolsTableDate

// EXTERNAL MODULE: ./src/catalog/data/npm-platform-packages.json
var npm_platform_packages = __webpack_require__(11889);
;// CONCATENATED MODULE: ./src/catalog/data/tools.json
const tools_namespaceObject = /*#__PURE__*/JSON.parse('{"$source":"Each carrier row names its own source: the registry page, manifest or repository file where its name and version behaviour were read. The rows were first written as code in src/catalog/tools.ts (2026-11-24) and moved here unchanged.","$retrieved":"2026-11-24","$method":"By hand, from the page each row names. The version tables a row refers to (data/<table>.json) carry their own source and date; npm-platform-packages.json and the claude-agent-sdk npm table are refreshed by scripts/refresh-catalog.mjs.","tools":[{"id":"claude-code","name":"Claude Code","vendor":"Anthropic","homepage":"https://www.anthropic.com/claude-code","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@anthropic-ai/claude-code","kind":"npm package (the CLI)","version":"same","source":"https://www.npmjs.com/package/@anthropic-ai/claude-code"},{"ecosystem":"npm","platformPackagesOf":"@anthropic-ai/claude-code","kind":"platform package (native build of the CLI)","version":"same","source":"npm registry: the optionalDependencies of @anthropic-ai/claude-code (data/npm-platform-packages.json)"},{"ecosystem":"npm","package":"@anthropic-ai/claude-agent-sdk","kind":"Agent SDK (bundles the CLI)","version":"agent-sdk-npm","versionMapping":"the SDK version\'s \\"claudeCodeVersion\\" (table retrieved {retrieved})","source":"npm registry packument of @anthropic-ai/claude-agent-sdk (data/claude-agent-sdk-npm.json)"},{"ecosystem":"npm","platformPackagesOf":"@anthropic-ai/claude-agent-sdk","kind":"Agent SDK platform package (bundles the CLI)","version":"agent-sdk-npm","versionMapping":"as @anthropic-ai/claude-agent-sdk of the same version (table retrieved {retrieved})","source":"npm registry: the optionalDependencies of @anthropic-ai/claude-agent-sdk (data/npm-platform-packages.json)"},{"ecosystem":"pypi","package":"claude-agent-sdk","kind":"Python Agent SDK (bundles the CLI)","version":"agent-sdk-pypi","versionMapping":"the bundled CLI named by the SDK changelog; a release without a bump bundles the previous one (table retrieved {retrieved})","source":"anthropics/claude-agent-sdk-python CHANGELOG.md (data/claude-agent-sdk-pypi.json)"},{"ecosystem":"pypi","package":"claude-code-sdk","kind":"Python SDK (the Python Agent SDK\'s former name; runs the CLI installed separately)","version":"unmapped","unmappedAs":"claude-code-sdk (PyPI)","versionMapping":"the package bundles no CLI: it runs the `claude` command installed by other means (npm install -g @anthropic-ai/claude-code), which the gate finds where it is installed: unknown for version ranges","source":"github.com/anthropics/claude-agent-sdk-python tags v0.0.16-v0.0.25 (pyproject name claude-code-sdk; src/claude_code_sdk/_internal/transport/subprocess_cli.py asks for npm install -g @anthropic-ai/claude-code) and CHANGELOG.md 0.1.0 (renamed to claude-agent-sdk)"},{"ecosystem":"vscode-extension","package":"anthropic.claude-code","kind":"VS Code / Open VSX extension (ships the CLI)","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=anthropic.claude-code"},{"ecosystem":"github-action","package":"anthropics/claude-code-action","kind":"GitHub action (installs the CLI)","version":"claude-code-action","versionMapping":"the CLI version each tag or tag commit installs (tag table retrieved {retrieved}); moving tags (v1) map to at least the version at the snapshot; branches and unknown commits: unknown","source":"git tags of github.com/anthropics/claude-code-action (data/claude-code-action-tags.json)"},{"ecosystem":"github-action","package":"anthropics/claude-code-action/base-action","kind":"GitHub action (the base action, a subpath of claude-code-action; installs the CLI)","version":"claude-code-action-base","versionMapping":"the CLI version base-action/action.yml installs at each tag or tag commit (tag table retrieved {retrieved}); moving tags map to at least the version at the snapshot; branches and unknown commits: unknown","source":"git tags of github.com/anthropics/claude-code-action, base-action/action.yml at each tag (data/claude-code-action-tags.json, field baseAction)"},{"ecosystem":"github-action","package":"anthropics/claude-code-base-action","kind":"GitHub action (installs the CLI; the repository before the base action moved into claude-code-action)","version":"claude-code-base-action","versionMapping":"the CLI version each tag or tag commit\'s action.yml installs (tag table retrieved {retrieved}); the first tags install a caret range: unknown; beta maps to at least the version at the snapshot","source":"git tags of github.com/anthropics/claude-code-base-action (data/claude-code-base-action-tags.json)"},{"ecosystem":"homebrew","package":"claude-code","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/claude-code"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/anthropics/devcontainer-features/claude-code","kind":"devcontainer feature","version":"same","versionOption":null,"installs":{"ecosystem":"npm","package":"@anthropic-ai/claude-code"},"source":"https://github.com/anthropics/devcontainer-features/blob/main/src/claude-code/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-extra/features/claude-code","kind":"devcontainer feature","version":"same","versionOption":{"name":"version","default":"latest"},"source":"https://github.com/devcontainers-extra/features/blob/main/src/claude-code/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-contrib/features/claude-code","kind":"devcontainer feature (former namespace of devcontainers-extra)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"https://github.com/devcontainers-contrib/features (renamed devcontainers-extra; images still published under ghcr.io/devcontainers-contrib/features) src/claude-code/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/nrf110/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"installs":{"ecosystem":"npm","package":"@anthropic-ai/claude-code"},"source":"github.com/nrf110/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/nrf110/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); option \\"version\\": the @anthropic-ai/claude-code version; README shows ghcr.io/nrf110/devcontainer-features/claude-code:1"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/amondnet/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"stable"},"source":"github.com/amondnet/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/amondnet/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); option \\"version\\": stable, latest or a CLI version; README shows the id"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/ctrlcarlitos/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/CtrlCarlitos/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/ctrlcarlitos/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); README shows ghcr.io/CtrlCarlitos/devcontainer-features/claude-code:1"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/jsburckhardt/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/jsburckhardt/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/jsburckhardt/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository)"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/stu-bell/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":null,"source":"github.com/stu-bell/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/stu-bell/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); no options: claude.ai/install.sh, latest"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/tmaier/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/tmaier/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/tmaier/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); option \\"version\\": latest, stable or a CLI version"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/aqua/devcontainer-ai-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"installs":{"ecosystem":"npm","package":"@anthropic-ai/claude-code"},"source":"github.com/aqua/devcontainer-ai-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/aqua/devcontainer-ai-features/claude-code, the namespace devcontainers/action gives the repository); option \\"version\\": the @anthropic-ai/claude-code version"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/claude-contrib/claude-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":null,"source":"github.com/claude-contrib/claude-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/claude-contrib/claude-features/claude-code, the namespace devcontainers/action gives the repository); no options: latest"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/kulinacs/devcontainer-features/claude-code","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"stable"},"source":"github.com/kulinacs/devcontainer-features src/claude-code/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/kulinacs/devcontainer-features/claude-code, the namespace devcontainers/action gives the repository); option \\"version\\": a release or channel (stable, latest)"},{"ecosystem":"installer","package":"claude.ai/install.sh","kind":"vendor install script","version":"same","versionArgument":"positional: `bash -s 2.1.150` (or `stable`, `latest`)","source":"https://claude.ai/install.sh"},{"ecosystem":"installer","package":"claude.ai/install.ps1","kind":"vendor install script","version":"same","versionArgument":"positional: `& ([scriptblock]::Create((irm …))) 2.1.150`","source":"https://claude.ai/install.ps1"},{"ecosystem":"installer","package":"claude.ai/install.cmd","kind":"vendor install script","version":"same","versionArgument":"positional: `install.cmd 2.1.150`","source":"https://claude.ai/install.cmd"},{"ecosystem":"installer","package":"storage.googleapis.com/claude-code-dist-86c565f3-f756-42ad-8dfa-d59b1c096819/claude-code-releases","kind":"native build download (the release bucket the installer and mise\'s `claude` read)","version":"same","versionMapping":"the version in the download URL (`…/claude-code-releases/<version>/<platform>/claude`) is the tool version","source":"https://claude.ai/install.sh (the bucket it downloads the native build from); jdx/mise registry/claude.toml"},{"ecosystem":"installer","package":"downloads.claude.ai/claude-code-releases","kind":"native build download","version":"same","versionMapping":"the version in the download URL (`…/claude-code-releases/<version>/<platform>/claude`) is the tool version","source":"https://downloads.claude.ai/claude-code-releases (the public host of the native builds)"},{"ecosystem":"installer","package":"winget/Anthropic.ClaudeCode","kind":"winget package","version":"same","source":"https://github.com/microsoft/winget-pkgs manifests/a/Anthropic/ClaudeCode"},{"ecosystem":"nix","package":"claude-code","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute claude-code","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/cl/claude-code/package.nix (at commit a2964055e10ba8cc684d058382036a58c0ef5767)"}]},{"id":"claude-agent-sdk","name":"Claude Agent SDK","vendor":"Anthropic","homepage":"https://docs.anthropic.com/en/docs/agent-sdk/overview","versionScheme":"semver","note":"Its own version line (0.x); a `tool: claude-code` rule also covers it through the CLI it bundles.","carriers":[{"ecosystem":"npm","package":"@anthropic-ai/claude-agent-sdk","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@anthropic-ai/claude-agent-sdk"},{"ecosystem":"npm","platformPackagesOf":"@anthropic-ai/claude-agent-sdk","kind":"platform package","version":"same","source":"npm registry: the optionalDependencies of @anthropic-ai/claude-agent-sdk (data/npm-platform-packages.json)"},{"ecosystem":"pypi","package":"claude-agent-sdk","kind":"Python package (its own version line)","version":"unmapped","unmappedAs":"claude-agent-sdk (PyPI)","versionMapping":"the Python SDK has its own version line: unknown for version ranges","source":"https://pypi.org/project/claude-agent-sdk/"},{"ecosystem":"pypi","package":"claude-code-sdk","kind":"Python package (the former name, 0.0.x)","version":"unmapped","unmappedAs":"claude-code-sdk (PyPI)","versionMapping":"the Python SDK has its own version line: unknown for version ranges","source":"github.com/anthropics/claude-agent-sdk-python CHANGELOG.md 0.1.0: \\"The Claude Code SDK has been renamed\\""}]},{"id":"codex","name":"OpenAI Codex CLI","vendor":"OpenAI","homepage":"https://github.com/openai/codex","versionScheme":"semver","note":"Native builds are published as versions of @openai/codex itself (0.100.0-linux-x64): they are judged as their release.","carriers":[{"ecosystem":"npm","package":"@openai/codex","kind":"npm package (the CLI and its platform-suffixed builds)","version":"same","source":"https://www.npmjs.com/package/@openai/codex"},{"ecosystem":"npm","package":"@openai/codex-sdk","kind":"TypeScript SDK (drives the CLI)","version":"unmapped","versionMapping":"the SDK has its own version line: unknown","source":"https://www.npmjs.com/package/@openai/codex-sdk"},{"ecosystem":"homebrew","package":"codex","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/codex"},{"ecosystem":"vscode-extension","package":"openai.chatgpt","kind":"VS Code extension (Codex IDE extension)","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=openai.chatgpt"},{"ecosystem":"github-action","package":"openai/codex-action","kind":"GitHub action","version":"unmapped","versionInput":"codex-version","installs":{"ecosystem":"npm","package":"@openai/codex"},"source":"https://github.com/openai/codex-action/blob/HEAD/action.yml"},{"ecosystem":"github-action","package":"openai/codex/.github/actions/codex","kind":"GitHub action","version":"unmapped","versionInput":null,"source":"https://github.com/openai/codex/blob/HEAD/.github/actions/codex/action.yml"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/jsburckhardt/devcontainer-features/codex","kind":"devcontainer feature","version":"same","versionOption":null,"source":"https://github.com/jsburckhardt/devcontainer-features/blob/main/src/codex/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/sachitv/devcontainer-features/codex","kind":"devcontainer feature","version":"same","tagPrefix":"rust-","versionOption":{"name":"release_tag","default":"latest"},"source":"https://github.com/sachitv/devcontainer-features/blob/main/src/codex/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/ctrlcarlitos/devcontainer-features/codex","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/CtrlCarlitos/devcontainer-features src/codex/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/ctrlcarlitos/devcontainer-features/codex, the namespace devcontainers/action gives the repository)"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/tmaier/devcontainer-features/codex","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":null,"source":"github.com/tmaier/devcontainer-features src/codex/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/tmaier/devcontainer-features/codex, the namespace devcontainers/action gives the repository); no options: latest"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/dirien/devcontainer-feature-codex/codex","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"installs":{"ecosystem":"npm","package":"@openai/codex"},"source":"github.com/dirien/devcontainer-feature-codex src/codex/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/dirien/devcontainer-feature-codex/codex, the namespace devcontainers/action gives the repository); option \\"version\\": the @openai/codex version"},{"ecosystem":"nix","package":"codex","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute codex","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/co/codex/package.nix (at commit 8f86d3dbabf3608a59b93818f2b06c251463ac34)"}]},{"id":"gemini-cli","name":"Gemini CLI","vendor":"Google","homepage":"https://github.com/google-gemini/gemini-cli","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@google/gemini-cli","kind":"npm package (the CLI)","version":"same","source":"https://www.npmjs.com/package/@google/gemini-cli"},{"ecosystem":"npm","package":"@google/gemini-cli-core","kind":"core library (versioned with the CLI)","version":"same","source":"https://www.npmjs.com/package/@google/gemini-cli-core"},{"ecosystem":"homebrew","package":"gemini-cli","kind":"Homebrew formula","version":"homebrew","source":"https://formulae.brew.sh/formula/gemini-cli"},{"ecosystem":"github-action","package":"google-github-actions/run-gemini-cli","kind":"GitHub action","version":"unmapped","versionInput":"gemini_cli_version","installs":{"ecosystem":"npm","package":"@google/gemini-cli"},"source":"https://github.com/google-github-actions/run-gemini-cli/blob/HEAD/action.yml"},{"ecosystem":"github-action","package":"google-gemini/gemini-cli-action","kind":"GitHub action","version":"unmapped","versionInput":"gemini_cli_version","installs":{"ecosystem":"npm","package":"@google/gemini-cli"},"source":"https://github.com/google-gemini/gemini-cli-action/blob/HEAD/action.yml"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/stu-bell/devcontainer-features/gemini-cli","kind":"devcontainer feature","version":"same","versionOption":{"name":"version","default":"latest"},"installs":{"ecosystem":"npm","package":"@google/gemini-cli"},"source":"https://github.com/stu-bell/devcontainer-features/blob/main/src/gemini-cli/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/ctrlcarlitos/devcontainer-features/gemini-cli","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"0.29.0"},"source":"github.com/CtrlCarlitos/devcontainer-features src/gemini-cli/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/ctrlcarlitos/devcontainer-features/gemini-cli, the namespace devcontainers/action gives the repository); option \\"version\\" defaults to the pinned 0.29.0 (feature version 1.3.0)"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/tmaier/devcontainer-features/gemini-cli","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":null,"source":"github.com/tmaier/devcontainer-features src/gemini-cli/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/tmaier/devcontainer-features/gemini-cli, the namespace devcontainers/action gives the repository); no options: latest"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/aqua/devcontainer-ai-features/gemini-cli","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/aqua/devcontainer-ai-features src/gemini-cli/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/aqua/devcontainer-ai-features/gemini-cli, the namespace devcontainers/action gives the repository)"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/kulinacs/devcontainer-features/gemini-cli","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":null,"source":"github.com/kulinacs/devcontainer-features src/gemini-cli/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/kulinacs/devcontainer-features/gemini-cli, the namespace devcontainers/action gives the repository); no options: latest"},{"ecosystem":"nix","package":"gemini-cli","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute gemini-cli","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/ge/gemini-cli/package.nix (at commit 7ea809cb438597a3b29e21fba24339cf77ee2ee7)"}]},{"id":"gemini-code-assist","name":"Gemini Code Assist","vendor":"Google","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"google.geminicodeassist","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=google.geminicodeassist"}]},{"id":"qwen-code","name":"Qwen Code","vendor":"Alibaba (QwenLM)","homepage":"https://github.com/QwenLM/qwen-code","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@qwen-code/qwen-code","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@qwen-code/qwen-code"},{"ecosystem":"github-action","package":"QwenLM/qwen-code-action","kind":"GitHub action","version":"unmapped","versionInput":"qwen_cli_version","installs":{"ecosystem":"npm","package":"@qwen-code/qwen-code"},"source":"https://github.com/QwenLM/qwen-code-action/blob/HEAD/action.yml"},{"ecosystem":"nix","package":"qwen-code","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute qwen-code","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/qw/qwen-code/package.nix (at commit 62b71747bbafb224085c34c14dcc3ef122c03db3)"}]},{"id":"copilot-cli","name":"GitHub Copilot CLI","vendor":"GitHub","homepage":"https://github.com/github/copilot-cli","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@github/copilot","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@github/copilot"},{"ecosystem":"homebrew","package":"copilot-cli","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/copilot-cli"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers/features/copilot-cli","kind":"devcontainer feature","version":"same","versionOption":{"name":"version","default":"latest"},"source":"https://github.com/devcontainers/features/blob/main/src/copilot-cli/devcontainer-feature.json"},{"ecosystem":"installer","package":"gh.io/copilot-install","kind":"vendor install script","version":"same","versionArgument":"environment variable `VERSION=…` for the script","source":"https://gh.io/copilot-install"}]},{"id":"github-copilot","name":"GitHub Copilot (IDE extensions)","vendor":"GitHub","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"github.copilot","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=github.copilot"},{"ecosystem":"vscode-extension","package":"github.copilot-chat","kind":"VS Code extension (chat and agent mode)","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=github.copilot-chat"}]},{"id":"cursor","name":"Cursor and Cursor CLI (cursor-agent)","vendor":"Anysphere","homepage":"https://cursor.com","versionScheme":"semver","carriers":[{"ecosystem":"installer","package":"cursor.com/install","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://cursor.com/install"},{"ecosystem":"homebrew","package":"cursor","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/cursor"}]},{"id":"amp","name":"Amp","vendor":"Sourcegraph","homepage":"https://ampcode.com","versionScheme":"semver","note":"The unscoped npm package `amp` and Amplitude\'s `amp` CLI are different projects: only @sourcegraph/amp is Amp.","carriers":[{"ecosystem":"npm","package":"@sourcegraph/amp","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@sourcegraph/amp"},{"ecosystem":"vscode-extension","package":"sourcegraph.amp","kind":"VS Code extension","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=sourcegraph.amp"},{"ecosystem":"installer","package":"ampcode.com/install.sh","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://ampcode.com/install.sh"},{"ecosystem":"nix","package":"amp-cli","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute amp-cli","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/am/amp-cli/package.nix (at commit 625eed19c9f2068dd902f0cac7b1de0e90f6951a)"}]},{"id":"aider","name":"Aider","vendor":"Aider AI","homepage":"https://aider.chat","versionScheme":"pep440","carriers":[{"ecosystem":"pypi","package":"aider-chat","kind":"PyPI package (the CLI)","version":"same","source":"https://pypi.org/project/aider-chat/"},{"ecosystem":"pypi","package":"aider-install","kind":"PyPI installer package","version":"unmapped","versionMapping":"the installer has its own version line: unknown","source":"https://pypi.org/project/aider-install/"},{"ecosystem":"homebrew","package":"aider","kind":"Homebrew formula","version":"homebrew","source":"https://formulae.brew.sh/formula/aider"},{"ecosystem":"installer","package":"aider.chat/install.sh","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://aider.chat/install.sh"},{"ecosystem":"installer","package":"aider.chat/install.ps1","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://aider.chat/install.ps1"},{"ecosystem":"nix","package":"aider-chat","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute aider-chat","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/ai/aider-chat/package.nix (at commit e4cf02f255bfed3c0d7e49b9869af70f1d4ba1df)"}]},{"id":"opencode","name":"OpenCode","vendor":"SST","homepage":"https://opencode.ai","versionScheme":"semver","note":"Not the archived Go project opencode-ai/opencode (now Crush).","carriers":[{"ecosystem":"npm","package":"opencode-ai","kind":"npm package (the CLI)","version":"same","source":"https://www.npmjs.com/package/opencode-ai"},{"ecosystem":"npm","packages":["opencode-darwin-arm64","opencode-darwin-x64","opencode-darwin-x64-baseline","opencode-linux-arm64","opencode-linux-arm64-musl","opencode-linux-x64","opencode-linux-x64-baseline","opencode-linux-x64-baseline-musl","opencode-linux-x64-musl","opencode-windows-arm64","opencode-windows-x64","opencode-windows-x64-baseline"],"kind":"platform package","version":"same","source":"npm registry: the optionalDependencies of opencode-ai"},{"ecosystem":"homebrew","package":"sst/tap/opencode","kind":"Homebrew formula","version":"homebrew","source":"https://github.com/sst/homebrew-tap"},{"ecosystem":"homebrew","package":"opencode","kind":"Homebrew formula","version":"homebrew","source":"https://formulae.brew.sh/formula/opencode"},{"ecosystem":"installer","package":"opencode.ai/install","kind":"vendor install script","version":"same","versionArgument":"environment variable `VERSION=…` or `--version`","source":"https://opencode.ai/install"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-extra/features/opencode","kind":"devcontainer feature","version":"same","versionOption":{"name":"version","default":"latest"},"source":"https://github.com/devcontainers-extra/features/blob/main/src/opencode/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-contrib/features/opencode","kind":"devcontainer feature (former namespace of devcontainers-extra)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"https://github.com/devcontainers-contrib/features (renamed devcontainers-extra; images still published under ghcr.io/devcontainers-contrib/features) src/opencode/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/ctrlcarlitos/devcontainer-features/opencode","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"1.1.53"},"source":"github.com/CtrlCarlitos/devcontainer-features src/opencode/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/ctrlcarlitos/devcontainer-features/opencode, the namespace devcontainers/action gives the repository); option \\"version\\" defaults to the pinned 1.1.53 (feature version 1.1.4); installMethod native or npm (opencode-ai)"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/jsburckhardt/devcontainer-features/opencode","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/jsburckhardt/devcontainer-features src/opencode/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/jsburckhardt/devcontainer-features/opencode, the namespace devcontainers/action gives the repository); option \\"version\\": a GitHub release of sst/opencode"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/zendril/devcontainer-feature-opencode/opencode","kind":"devcontainer feature (third-party collection)","version":"same","versionOption":{"name":"version","default":"latest"},"source":"github.com/zendril/devcontainer-feature-opencode src/opencode/devcontainer-feature.json (read 2026-12-04; published as ghcr.io/zendril/devcontainer-feature-opencode/opencode, the namespace devcontainers/action gives the repository)"},{"ecosystem":"github-action","package":"sst/opencode/github","kind":"GitHub action (runs the CLI; installs the latest release)","version":"unmapped","versionInput":null,"source":"https://opencode.ai/docs/github/ (uses: sst/opencode/github@latest)"},{"ecosystem":"oci-image","packages":["ghcr.io/anomalyco/opencode","ghcr.io/sst/opencode"],"kind":"container image (the CLI as its entrypoint)","version":"same","source":"anomalyco/opencode packages/opencode/script/publish.ts (docker buildx build -t ghcr.io/anomalyco/opencode:${version} -t …:latest; read 2026-12-04); ghcr.io/sst/opencode is where the images were published before the repository left the sst organisation (its README: docker run -it --rm ghcr.io/sst/opencode)"},{"ecosystem":"nix","package":"opencode","kind":"nixpkgs package","version":"unmapped","unmappedAs":"nixpkgs attribute opencode","versionMapping":"the version is that of the nixpkgs revision the repository pins (flake.lock, a channel), which the Nix file does not say: unknown","source":"github.com/NixOS/nixpkgs pkgs/by-name/op/opencode/package.nix (at commit c5f596dc518aad3f5db1a6330da33cc34df90ce3)"}]},{"id":"cline","name":"Cline","vendor":"Cline","homepage":"https://cline.bot","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"saoudrizwan.claude-dev","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=saoudrizwan.claude-dev"},{"ecosystem":"npm","package":"cline","kind":"npm package (the CLI)","version":"same","source":"https://www.npmjs.com/package/cline"}]},{"id":"roo-code","name":"Roo Code","vendor":"Roo Code","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"rooveterinaryinc.roo-cline","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=rooveterinaryinc.roo-cline"}]},{"id":"kilo-code","name":"Kilo Code","vendor":"Kilo Code","homepage":"https://kilocode.ai","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"kilocode.kilo-code","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=kilocode.kilo-code"},{"ecosystem":"npm","package":"@kilocode/cli","kind":"npm package (the CLI, its own version line)","version":"same","source":"https://www.npmjs.com/package/@kilocode/cli"}]},{"id":"continue","name":"Continue","vendor":"Continue","homepage":"https://continue.dev","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"continue.continue","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=continue.continue"},{"ecosystem":"npm","package":"@continuedev/cli","kind":"npm package (the `cn` CLI, its own version line)","version":"same","source":"https://www.npmjs.com/package/@continuedev/cli"}]},{"id":"goose","name":"Goose","vendor":"Block","homepage":"https://block.github.io/goose","versionScheme":"semver","note":"Homebrew `goose` is a database migration tool: the agent is the `block-goose-cli` formula and `block-goose` cask.","carriers":[{"ecosystem":"homebrew","package":"block-goose-cli","kind":"Homebrew formula","version":"homebrew","source":"https://formulae.brew.sh/formula/block-goose-cli"},{"ecosystem":"homebrew","package":"block-goose","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/block-goose"},{"ecosystem":"installer","package":"github.com/block/goose/releases/download/stable/download_cli.sh","kind":"vendor install script","version":"same","versionArgument":"environment variable `GOOSE_VERSION=…`","source":"https://github.com/block/goose/releases/download/stable/download_cli.sh"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-extra/features/codename-goose-cli","kind":"devcontainer feature","version":"same","versionOption":{"name":"version","default":"stable"},"source":"https://github.com/devcontainers-extra/features/blob/main/src/codename-goose-cli/devcontainer-feature.json"},{"ecosystem":"devcontainer-feature","package":"ghcr.io/devcontainers-contrib/features/codename-goose-cli","kind":"devcontainer feature (former namespace of devcontainers-extra)","version":"same","versionOption":{"name":"version","default":"stable"},"source":"https://github.com/devcontainers-contrib/features (renamed devcontainers-extra; images still published under ghcr.io/devcontainers-contrib/features) src/codename-goose-cli/devcontainer-feature.json"}]},{"id":"auggie","name":"Auggie (Augment Code)","vendor":"Augment Code","homepage":"https://www.augmentcode.com","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@augmentcode/auggie","kind":"npm package (the CLI)","version":"same","source":"https://www.npmjs.com/package/@augmentcode/auggie"},{"ecosystem":"vscode-extension","package":"augment.vscode-augment","kind":"VS Code extension","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=augment.vscode-augment"}]},{"id":"kimi-cli","name":"Kimi CLI","vendor":"Moonshot AI","homepage":"https://github.com/MoonshotAI/kimi-cli","versionScheme":"pep440","carriers":[{"ecosystem":"pypi","package":"kimi-cli","kind":"PyPI package","version":"same","source":"https://pypi.org/project/kimi-cli/"}]},{"id":"crush","name":"Crush","vendor":"Charm","homepage":"https://github.com/charmbracelet/crush","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@charmland/crush","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@charmland/crush"},{"ecosystem":"homebrew","package":"charmbracelet/tap/crush","kind":"Homebrew formula","version":"homebrew","source":"https://github.com/charmbracelet/homebrew-tap"}]},{"id":"windsurf","name":"Windsurf (Codeium)","vendor":"Cognition (formerly Codeium)","versionScheme":"semver","carriers":[{"ecosystem":"homebrew","package":"windsurf","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/windsurf"},{"ecosystem":"vscode-extension","package":"codeium.codeium","kind":"VS Code extension (Windsurf plugin)","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=codeium.codeium"}]},{"id":"amazon-q","name":"Amazon Q Developer","vendor":"Amazon Web Services","versionScheme":"semver","carriers":[{"ecosystem":"homebrew","package":"amazon-q","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/amazon-q"},{"ecosystem":"vscode-extension","package":"amazonwebservices.amazon-q-vscode","kind":"VS Code extension","version":"unmapped","source":"https://marketplace.visualstudio.com/items?itemName=amazonwebservices.amazon-q-vscode"}]},{"id":"kiro","name":"Kiro and Kiro CLI","vendor":"Amazon Web Services","homepage":"https://kiro.dev","versionScheme":"semver","carriers":[{"ecosystem":"homebrew","package":"kiro","kind":"Homebrew cask","version":"homebrew","source":"https://formulae.brew.sh/cask/kiro"},{"ecosystem":"installer","package":"cli.kiro.dev/install","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://cli.kiro.dev/install"}]},{"id":"droid","name":"Droid (Factory)","vendor":"Factory","homepage":"https://factory.ai","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"droid","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/droid"},{"ecosystem":"installer","package":"app.factory.ai/cli","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://app.factory.ai/cli"}]},{"id":"junie","name":"Junie CLI","vendor":"JetBrains","homepage":"https://www.jetbrains.com/junie/","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@jetbrains/junie","kind":"npm package (wrapper that runs the CLI)","version":"same","source":"https://www.npmjs.com/package/@jetbrains/junie"},{"ecosystem":"installer","package":"junie.jetbrains.com/install.sh","kind":"vendor install script","version":"same","versionArgument":"none (always the latest release)","source":"https://junie.jetbrains.com/install.sh"},{"ecosystem":"homebrew","package":"jetbrains-junie/junie/junie","kind":"Homebrew formula","version":"homebrew","source":"https://github.com/jetbrains-junie/homebrew-junie"}]},{"id":"codebuddy","name":"CodeBuddy Code","vendor":"Tencent","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@tencent-ai/codebuddy-code","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@tencent-ai/codebuddy-code"}]},{"id":"pi","name":"Pi coding agent","vendor":"Mario Zechner","homepage":"https://github.com/badlogic/pi-mono","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@mariozechner/pi-coding-agent","kind":"npm package","version":"same","source":"https://www.npmjs.com/package/@mariozechner/pi-coding-agent"}]},{"id":"cody","name":"Sourcegraph Cody","vendor":"Sourcegraph","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"sourcegraph.cody-ai","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=sourcegraph.cody-ai"}]},{"id":"tabnine","name":"Tabnine","vendor":"Tabnine","versionScheme":"semver","carriers":[{"ecosystem":"vscode-extension","package":"tabnine.tabnine-vscode","kind":"VS Code extension","version":"same","source":"https://marketplace.visualstudio.com/items?itemName=tabnine.tabnine-vscode"}]},{"id":"openhands","name":"OpenHands","vendor":"All Hands AI","homepage":"https://github.com/All-Hands-AI/OpenHands","versionScheme":"pep440","carriers":[{"ecosystem":"pypi","package":"openhands-ai","kind":"PyPI package","version":"same","source":"https://pypi.org/project/openhands-ai/"}]},{"id":"jules","name":"Jules CLI (Jules Tools)","vendor":"Google","homepage":"https://jules.google","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@google/jules","kind":"npm package (the CLI)","version":"same","source":"npm registry: npm view @google/jules (0.1.42 latest on 2026-12-04)"}]},{"id":"qodo-command","name":"Qodo Command","vendor":"Qodo","homepage":"https://www.qodo.ai","versionScheme":"semver","carriers":[{"ecosystem":"npm","package":"@qodo/command","kind":"npm package (the CLI)","version":"same","source":"npm registry: npm view @qodo/command (0.36.0 latest on 2026-12-04)"}]},{"id":"mistral-vibe","name":"Mistral Vibe","vendor":"Mistral AI","homepage":"https://github.com/mistralai/mistral-vibe","versionScheme":"pep440","carriers":[{"ecosystem":"pypi","package":"mistral-vibe","kind":"PyPI package (the CLI)","version":"same","source":"https://pypi.org/project/mistral-vibe/ (not verified here: PyPI is not reachable from this machine)"}]}]}');
// EXTERNAL MODULE: ./src/catalog/action-tags.ts + 2 modules
var action_tags = __webpack_require__(17551);
// EXTERNAL MODULE: ./src/catalog/mappings.ts + 3 modules
var mappings = __webpack_require__(13453);
// EXTERNAL MODULE: ./src/catalog/table-schema.ts
var table_schema = __webpack_require__(34003);
;// CONCATENATED MODULE: ./src/catalog/tools.ts
// The AI coding tools the gate knows, each with every identity by which it enters a repository,
// read from data/tools.json (the facts and their sources) into carriers that map versions. Names
// follow the component naming of the detectors: npm real names, PEP 503 PyPI names, lowercased
// `publisher.name` extensions, lowercased OCI ids of devcontainer features, `owner/repo[/path]`
// actions, Homebrew tokens, installer URLs without scheme.





const SAME = 'same version as the tool';
const platformPackages = npm_platform_packages/* platformPackages */.d1;
/** The mapping in words for the rules whose text follows from the row. */
function defaultMappingText(row) {
    if (row.version === 'same' || row.version === 'homebrew') {
        if (row.ecosystem === 'devcontainer-feature') {
            const o = row.versionOption;
            return o
                ? `the feature's "${o.name}" option is the tool version (default ${o.default})`
                : 'the feature has no version option: it always installs the latest release';
        }
        if (row.ecosystem === 'installer')
            return 'the version argument is the tool version (none = latest)';
        return SAME;
    }
    if (row.version === 'unmapped') {
        if (row.ecosystem === 'vscode-extension')
            return 'the extension has its own version line: unknown';
        if (row.ecosystem === 'github-action') {
            return row.versionInput
                ? `the action's ref does not fix the tool version (input "${row.versionInput}" does, else the latest release): unknown`
                : "the action's ref does not fix the tool version: unknown";
        }
    }
    return undefined;
}
/** How a version is named when the catalog cannot map it. */
function unmappedName(row, pkg) {
    if (row.unmappedAs)
        return row.unmappedAs;
    if (row.ecosystem === 'github-action')
        return `action ${pkg}@`;
    if (row.ecosystem === 'vscode-extension')
        return `extension ${pkg}`;
    return pkg;
}
function versionMapper(row, pkg, scheme) {
    switch (row.version) {
        case 'same':
            return row.tagPrefix ? (0,mappings/* prefixedVersion */.GE)(scheme, row.tagPrefix) : (0,mappings/* sameVersion */.r1)(scheme);
        case 'homebrew':
            return (0,mappings/* homebrewVersion */.an)(scheme);
        case 'unmapped':
            return (0,mappings/* unmappedVersion */.lB)(unmappedName(row, pkg));
        case 'agent-sdk-npm':
            return mappings/* agentSdkNpmToCli */.uO;
        case 'agent-sdk-pypi':
            return mappings/* agentSdkPypiToCli */.z2;
        case 'claude-code-action':
            return action_tags/* claudeCodeActionToCli */.fz;
        case 'claude-code-action-base':
            return action_tags/* claudeCodeActionBaseToCli */.Me;
        case 'claude-code-base-action':
            return action_tags/* claudeCodeBaseActionToCli */._h;
    }
}
const TABLE_DATES = {
    'agent-sdk-npm': mappings/* tableDates */.oF.agentSdkNpm,
    'agent-sdk-pypi': mappings/* tableDates */.oF.agentSdkPypi,
    'claude-code-action': action_tags/* actionTableDates */.ib.claudeCodeAction,
    'claude-code-action-base': action_tags/* actionTableDates */.ib.claudeCodeAction,
    'claude-code-base-action': action_tags/* actionTableDates */.ib.claudeCodeBaseAction,
};
function packagesOf(row, where) {
    if (row.package !== undefined)
        return [row.package];
    if (row.packages !== undefined)
        return row.packages;
    const list = platformPackages[row.platformPackagesOf];
    if (!list)
        throw new Error(`src/catalog/data/tools.json: ${where}: no platform packages of ${row.platformPackagesOf}`);
    return list;
}
function carriersOfRow(row, tool, where) {
    const text = row.versionMapping ?? defaultMappingText(row);
    if (text === undefined)
        throw new Error(`src/catalog/data/tools.json: ${where}: versionMapping is required`);
    const versionMapping = text.replace('{retrieved}', TABLE_DATES[row.version] ?? '{retrieved}');
    return packagesOf(row, where).map((pkg) => ({
        ecosystem: row.ecosystem,
        package: pkg,
        kind: row.kind,
        versionMapping,
        ...(row.versionOption !== undefined ? { versionOption: row.versionOption } : {}),
        ...(row.versionInput !== undefined ? { versionInput: row.versionInput } : {}),
        ...(row.versionArgument !== undefined ? { versionArgument: row.versionArgument } : {}),
        ...(row.tagPrefix !== undefined ? { tagPrefix: row.tagPrefix } : {}),
        ...(row.installs !== undefined ? { installs: row.installs } : {}),
        source: row.source,
        versionIsToolVersion: row.version === 'same' && !row.tagPrefix,
        toolVersion: versionMapper(row, pkg, tool.versionScheme),
    }));
}
function toolOf(row) {
    return {
        id: row.id,
        name: row.name,
        vendor: row.vendor,
        ...(row.homepage ? { homepage: row.homepage } : {}),
        versionScheme: row.versionScheme,
        ...(row.note ? { note: row.note } : {}),
        carriers: row.carriers.flatMap((c, i) => carriersOfRow(c, row, `tools.${row.id}.carriers.${i}`)),
    };
}
const tools = (0,table_schema/* readTable */.xz)('tools.json', table_schema/* toolsTable */.Mh, tools_namespaceObject).tools.map(toolOf);
const toolsTableDate = tools_namespaceObject.$retrieved;


/***/ }),

/***/ 27184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ECOSYSTEMS)
/* harmony export */ });
// The ecosystems a component can belong to: the contract's names, plus `jsr` (Deno's registry),
// which lockfiles also name, and `oci-image` (container images that are a tool: name is the
// image repository with its registry, `ghcr.io/anomalyco/opencode`; version its tag) and `nix`
// (nixpkgs attributes, `claude-code`; the version is the pinned nixpkgs revision's). The policy schema and the component model both take this list.
const ECOSYSTEMS = [
    'npm',
    'pypi',
    'jsr',
    'vscode-extension',
    'devcontainer-feature',
    'github-action',
    'homebrew',
    'installer',
    'oci-image',
    'nix',
];


/***/ }),

/***/ 74104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ lowerBoundIn),
  CG: () => (/* binding */ rangeAgainst),
  l7: () => (/* binding */ releaseOf),
  BP: () => (/* binding */ specRange),
  rS: () => (/* binding */ syntaxOf),
  i8: () => (/* binding */ validateRange),
  Kw: () => (/* binding */ versionSatisfies)
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 1 modules
var pep440 = __webpack_require__(22473);
// EXTERNAL MODULE: ./node_modules/npm-package-arg/lib/npa.js
var npa = __webpack_require__(78056);
var npa_default = /*#__PURE__*/__webpack_require__.n(npa);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
var lib_specifier = __webpack_require__(7868);
;// CONCATENATED MODULE: ./src/model/pep440-ranges.ts
// PEP 440 specifier sets as intervals of the version order, so that a written specifier can be
// placed against a ban without knowing which versions exist. The exclusion rules of PEP 440 (`<V`
// leaves out V's pre-releases, `>V` V's post-releases, `==V` takes V's local versions) do not give
// intervals, so each clause gives two: `over` holds every version the clause allows (and maybe
// more), `under` only versions it allows (maybe fewer). "Every version of A is in B" is then
// proved as over(A) ⊆ under(B), "no version of A is in B" as over(A) ∩ over(B) = ∅; anything
// else is left undecided. An interval between two distinct bounds is taken as non-empty (PEP 440
// versions are dense enough that it almost always is): a wrong guess only leaves a case undecided.


const ALL = [{ lo: null, hi: null }];
const NONE = [];
const cmp = (a, b) => pep440/* compare */.UD(a, b);
function releaseText(epoch, release) {
    return `${epoch > 0 ? `${epoch}!` : ''}${release.join('.')}`;
}
/** The lowest version whose release starts with `release` (`1.1` → `1.1.dev0`). */
function first(epoch, release) {
    return `${releaseText(epoch, release)}.dev0`;
}
/** The lowest version above every version whose release starts with `release` (`1.1` → `1.2.dev0`). */
function beyond(epoch, release) {
    const next = [...release];
    next[next.length - 1] = next[next.length - 1] + 1;
    return first(epoch, next);
}
const from = (v, inclusive) => ({ lo: { v, inclusive }, hi: null });
const upTo = (v, inclusive) => ({ lo: null, hi: { v, inclusive } });
const between = (lo, hi) => ({
    lo: { v: lo, inclusive: true },
    hi: { v: hi, inclusive: false },
});
/** Every version outside [lo, hi). */
function outside(lo, hi) {
    return [upTo(lo, false), from(hi, true)];
}
function bounds(c) {
    const { operator, version, release, epoch = 0 } = c;
    if (version === undefined || release === undefined || release.length === 0)
        return { over: ALL, under: NONE };
    const wildcard = c.prefix === '.*';
    const isPre = c.pre != null || c.dev != null;
    const plain = !isPre && c.post == null && (c.local ?? null) === null;
    const exact = (u) => ({ over: u, under: u });
    switch (operator) {
        case '>=':
            return exact([from(version, true)]);
        case '>':
            // `>V` leaves out V's post-releases and local versions: everything from the next release on is surely in.
            return { over: [from(version, false)], under: [from(beyond(epoch, release), true)] };
        case '<':
            // `<V` leaves out V's pre-releases unless V is one.
            return { over: [upTo(version, false)], under: [upTo(isPre ? version : first(epoch, release), false)] };
        case '<=':
            // `<=V` takes V's local versions, which sort above V.
            return { over: [upTo(beyond(epoch, release), false)], under: [upTo(version, true)] };
        case '==':
            if (wildcard)
                return plain
                    ? exact([between(first(epoch, release), beyond(epoch, release))])
                    : { over: ALL, under: NONE };
            if ((c.local ?? null) !== null)
                return exact([{ lo: { v: version, inclusive: true }, hi: { v: version, inclusive: true } }]);
            return {
                over: [between(version, beyond(epoch, release))],
                under: [{ lo: { v: version, inclusive: true }, hi: { v: version, inclusive: true } }],
            };
        case '!=':
            if (wildcard)
                return { over: ALL, under: plain ? outside(first(epoch, release), beyond(epoch, release)) : NONE };
            if ((c.local ?? null) !== null)
                return { over: ALL, under: [upTo(version, false), from(version, false)] };
            return { over: ALL, under: outside(version, beyond(epoch, release)) };
        case '~=': {
            if (release.length < 2)
                return { over: ALL, under: NONE };
            return exact([between(version, beyond(epoch, release.slice(0, -1)))]);
        }
        default:
            // `===` compares strings: nothing can be said about the versions it allows.
            return { over: ALL, under: NONE };
    }
}
function lower(a, b) {
    // The larger of two lower bounds.
    if (a === null)
        return b;
    if (b === null)
        return a;
    const d = cmp(a.v, b.v);
    return d > 0 ? a : d < 0 ? b : { v: a.v, inclusive: a.inclusive && b.inclusive };
}
function upper(a, b) {
    // The smaller of two upper bounds.
    if (a === null)
        return b;
    if (b === null)
        return a;
    const d = cmp(a.v, b.v);
    return d < 0 ? a : d > 0 ? b : { v: a.v, inclusive: a.inclusive && b.inclusive };
}
function isEmpty(i) {
    if (i.lo === null || i.hi === null)
        return false;
    const d = cmp(i.lo.v, i.hi.v);
    return d > 0 || (d === 0 && !(i.lo.inclusive && i.hi.inclusive));
}
function intersect(a, b) {
    const out = [];
    for (const x of a)
        for (const y of b) {
            const i = { lo: lower(x.lo, y.lo), hi: upper(x.hi, y.hi) };
            if (!isEmpty(i))
                out.push(i);
        }
    return out;
}
/** Sorted, with overlapping and touching intervals joined. */
function merged(u) {
    const sorted = [...u].sort((a, b) => (a.lo === null ? -1 : b.lo === null ? 1 : cmp(a.lo.v, b.lo.v)));
    const out = [];
    for (const i of sorted) {
        const last = out.at(-1);
        if (last) {
            const touches = last.hi === null ||
                i.lo === null ||
                cmp(i.lo.v, last.hi.v) < 0 ||
                (cmp(i.lo.v, last.hi.v) === 0 && (i.lo.inclusive || last.hi.inclusive));
            if (touches) {
                const hi = last.hi === null || i.hi === null
                    ? null
                    : cmp(i.hi.v, last.hi.v) > 0
                        ? i.hi
                        : cmp(i.hi.v, last.hi.v) < 0
                            ? last.hi
                            : { v: i.hi.v, inclusive: i.hi.inclusive || last.hi.inclusive };
                out[out.length - 1] = { lo: last.lo, hi };
                continue;
            }
        }
        out.push(i);
    }
    return out;
}
function within(a, b) {
    const loOk = b.lo === null ||
        (a.lo !== null &&
            (cmp(a.lo.v, b.lo.v) > 0 || (cmp(a.lo.v, b.lo.v) === 0 && (b.lo.inclusive || !a.lo.inclusive))));
    const hiOk = b.hi === null ||
        (a.hi !== null &&
            (cmp(a.hi.v, b.hi.v) < 0 || (cmp(a.hi.v, b.hi.v) === 0 && (b.hi.inclusive || !a.hi.inclusive))));
    return loOk && hiOk;
}
function setOf(specifier) {
    let clauses;
    try {
        clauses = pep440/* validRange */.Im(specifier) ? (0,lib_specifier/* parse */.qg)(specifier) : null;
    }
    catch {
        clauses = null;
    }
    if (!clauses || clauses.length === 0)
        return null;
    let over = ALL;
    let under = ALL;
    for (const c of clauses) {
        const b = bounds(c);
        over = intersect(over, b.over);
        under = intersect(under, b.under);
    }
    return { over, under };
}
/**
 * Where the versions a PEP 440 specifier set allows stand against a banned one: `in` when every
 * one is banned, `out` when none is, `maybe` otherwise; null when either is not a specifier set.
 */
function pep440RangeAgainst(specifier, ban) {
    const a = setOf(specifier);
    const b = pep440/* valid */.rZ(ban.trim()) ? setOf(`==${ban.trim()}`) : setOf(ban);
    if (a === null || b === null)
        return null;
    if (intersect(a.over, b.over).length === 0)
        return 'out';
    const banned = merged(b.under);
    if (a.over.every((i) => banned.some((u) => within(i, u))))
        return 'in';
    return 'maybe';
}

;// CONCATENATED MODULE: ./src/model/versions.ts




/** The range syntax of an ecosystem's own versions. */
function syntaxOf(ecosystem) {
    if (ecosystem === 'pypi')
        return 'pep440';
    if (ecosystem === 'github-action')
        return 'ref';
    return 'semver';
}
/**
 * Platform-suffixed builds are published as versions of the package they belong to
 * (`@openai/codex@0.100.0-linux-x64`): they are judged as the release they belong to.
 */
const PLATFORM_PRERELEASE = /^(?:linux|darwin|macos|mac|win32|win|windows|freebsd|openbsd|netbsd|sunos|aix|android)(?:[-.](?:x64|x86_64|amd64|arm64|aarch64|arm|armv7|ia32|x86|musl|gnu|msvc|riscv64|ppc64|ppc64le|s390x|loong64|baseline|\d+))*$/i;
/** The release a version belongs to: `0.100.0-linux-x64` → `0.100.0`; others unchanged. */
function releaseOf(version) {
    const dash = version.indexOf('-');
    if (dash < 0)
        return version;
    const core = version.slice(0, dash);
    const rest = version.slice(dash + 1).split('+')[0];
    return PLATFORM_PRERELEASE.test(rest) ? core : version;
}
const REF = /^[A-Za-z0-9._/-]+$/;
/** Whether `range` is valid in a syntax; the message says what is wrong. */
function validateRange(syntax, range) {
    if (range.trim() === '')
        return { ok: false, message: 'is empty (omit it to cover every version)' };
    if (syntax === 'pep440') {
        return pep440/* validRange */.Im(range) || pep440/* valid */.rZ(range)
            ? { ok: true }
            : { ok: false, message: `"${range}" is not a valid PEP 440 version specifier` };
    }
    if (semver_default().validRange(range) !== null)
        return { ok: true };
    if (syntax === 'ref') {
        const refs = range.split('||').map((r) => r.trim());
        return refs.every((r) => REF.test(r))
            ? { ok: true }
            : {
                ok: false,
                message: `"${range}" is neither a semver range nor a list of refs (v1.2.3 || main || <sha>)`,
            };
    }
    return { ok: false, message: `"${range}" is not a valid semver range` };
}
/** A semver version read from a written one: `v` prefix dropped, platform suffix judged as its release. */
function semverOf(version) {
    return semver_default().valid(releaseOf(version.trim().replace(/^v(?=\d)/, '')), { loose: true });
}
/**
 * Whether a concrete version is in a range, in the syntax's own semantics (prereleases included:
 * a banned range bans its prereleases too). Versions the syntax cannot read (a branch, a dist-tag,
 * a digest) match only a range that names them exactly.
 */
function versionSatisfies(syntax, version, range) {
    if (syntax === 'pep440') {
        try {
            if (pep440/* valid */.rZ(range))
                return pep440.eq(version, range) ?? false;
            if (!pep440/* valid */.rZ(version))
                return false;
            return pep440/* satisfies */.ib(version, range, { prereleases: true });
        }
        catch {
            return false;
        }
    }
    const parsed = semverOf(version);
    if (parsed !== null) {
        const r = semverRange(range);
        if (r !== null)
            return r.test(parsed);
    }
    const v = version.trim().toLowerCase();
    return range.split('||').some((r) => r.trim().toLowerCase() === v);
}
// A policy and the catalog name few ranges, each asked of every component of its package: parsed
// once (semver.satisfies parses its range on every call).
const ranges = new Map();
const MAX_CACHED_RANGES = 1000;
/** The range `semver.satisfies(v, range, { includePrerelease: true })` tests with, or null. */
function semverRange(range) {
    let r = ranges.get(range);
    if (r === undefined) {
        r = semver_default().validRange(range) === null ? null : new (semver_default()).Range(range, { includePrerelease: true });
        if (ranges.size < MAX_CACHED_RANGES)
            ranges.set(range, r);
    }
    return r;
}
/**
 * For a moving reference known to carry `version` or a later one: `in` when every such version
 * is in the range, `out` when none is, `maybe` otherwise.
 */
function lowerBoundIn(version, range) {
    const v = semverOf(version);
    if (v === null || semver_default().validRange(range) === null)
        return 'maybe';
    const bound = `>=${v}`;
    const opts = { includePrerelease: true };
    if (semver_default().subset(bound, range, opts))
        return 'in';
    if (!semver_default().intersects(bound, range, opts))
        return 'out';
    return 'maybe';
}
/**
 * Whether a semver range admits pre-releases (`>=2.2.0-beta.1`): a comparator names one, other
 * than the `<X.Y.Z-0` bound semver writes for `^`, `~` and x-ranges, which admits none of X.Y.Z.
 */
function namesPrerelease(range) {
    return new (semver_default()).Range(range, { loose: true }).set.some((cs) => cs.some((c) => typeof c.semver === 'object' &&
        c.semver.prerelease.length > 0 &&
        !(c.operator === '<' && c.semver.prerelease.join('.') === '0')));
}
/**
 * Where every version a written range allows stands against a banned range, decided without
 * knowing which versions exist: `in` when each is banned, `out` when none is, `maybe` when the
 * range straddles the ban (only a registry can say what an install gets); null when `range` or
 * `ban` is not a range of the syntax. Semver ranges are read as npm reads them: a range that names
 * no pre-release installs none; one that does gives `maybe` (a platform build such as
 * `1.0.0-linux-x64` is judged as its release, which no interval of semver's order captures).
 * PEP 440 specifiers include pre-releases (pip takes one when nothing else matches): see
 * `pep440-ranges.ts`.
 */
function rangeAgainst(syntax, range, ban) {
    if (syntax === 'pep440')
        return pep440RangeAgainst(range, ban);
    if (syntax !== 'semver' || range.trim() === '')
        return null;
    if (semver_default().validRange(range, { loose: true }) === null || semver_default().validRange(ban) === null)
        return null;
    if (namesPrerelease(range))
        return 'maybe';
    // npm installs no pre-release for such a range: only releases are compared, and a release is in
    // a ban whether or not the ban's reading includes pre-releases.
    const options = { loose: true };
    if (!semver_default().intersects(range, ban, options))
        return 'out';
    if (semver_default().subset(range, ban, options))
        return 'in';
    return 'maybe';
}
/**
 * The version range a written spec stands for, in the ecosystem's own syntax, or null when it is
 * not one (a dist-tag such as `latest`, a URL, a variable, a git ref): npm specs as npm reads them
 * (an alias `npm:name@range` too), PyPI specifier sets.
 */
function specRange(ecosystem, name, spec) {
    const written = (spec ?? '').trim();
    if (written === '')
        return null;
    switch (syntaxOf(ecosystem)) {
        case 'pep440':
            return pep440/* validRange */.Im(written) ? written : null;
        case 'ref':
            return null;
        case 'semver': {
            if (ecosystem !== 'npm')
                return semver_default().validRange(written, { loose: true }) !== null ? written : null;
            try {
                let parsed = npa_default().resolve(name, written);
                if (parsed.type === 'alias') {
                    if (!parsed.subSpec || parsed.subSpec.name !== name)
                        return null;
                    parsed = parsed.subSpec;
                }
                return parsed.type === 'range' || parsed.type === 'version' ? (parsed.fetchSpec ?? null) : null;
            }
            catch {
                return null;
            }
        }
    }
}


/***/ }),

/***/ 11889:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"d1":{"@anthropic-ai/claude-code":["@anthropic-ai/claude-code-darwin-arm64","@anthropic-ai/claude-code-darwin-x64","@anthropic-ai/claude-code-linux-arm64","@anthropic-ai/claude-code-linux-arm64-musl","@anthropic-ai/claude-code-linux-x64","@anthropic-ai/claude-code-linux-x64-musl","@anthropic-ai/claude-code-win32-arm64","@anthropic-ai/claude-code-win32-x64"],"@anthropic-ai/claude-agent-sdk":["@anthropic-ai/claude-agent-sdk-darwin-arm64","@anthropic-ai/claude-agent-sdk-darwin-x64","@anthropic-ai/claude-agent-sdk-linux-arm64","@anthropic-ai/claude-agent-sdk-linux-arm64-musl","@anthropic-ai/claude-agent-sdk-linux-x64","@anthropic-ai/claude-agent-sdk-linux-x64-musl","@anthropic-ai/claude-agent-sdk-win32-arm64","@anthropic-ai/claude-agent-sdk-win32-x64"]}}');

/***/ })

};
