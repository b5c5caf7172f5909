// One repository per kind of edge in the invocation graph: a caller that passes the Claude Code
// version on, and the callee that installs it. `files(v)` builds the repository with version `v`
// written at the caller; `changed` lists the files that hold the version (the only ones a pull
// request bumping it touches). Shapes reproduce common public patterns (devcontainer
// postCreateCommand scripts, setup-claude workflows, Dockerfiles with install scripts).
export const CC = '@anthropic-ai/claude-code';
export const BANNED = '2.1.150';
export const SAFE = '2.1.90';

export interface EdgeCase {
  name: string;
  files: (v: string) => Record<string, string>;
  /** The file and line of the install, and of the caller that wrote the version. */
  install: { file: string; line: number };
  versionAt: { file: string; line: number };
  /** The callers that reach the install, outermost first. */
  via: { file: string; line: number }[];
}

/** The package.json of Claude Code's unpacked tarball (version on line 3). */
const packageFolder = (v: string) =>
  JSON.stringify({ name: CC, version: v, bin: { claude: 'cli.js' }, type: 'module' }, null, 2) + '\n';

const installScript = (param: string) =>
  ['#!/usr/bin/env bash', 'set -euo pipefail', `npm install -g "${CC}@${param}"`, ''].join('\n');

export const EDGE_CASES: EdgeCase[] = [
  {
    name: 'devcontainer postCreateCommand → bash script with a positional argument',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "postCreateCommand": "bash scripts/install-claude.sh ${v}"\n}\n`,
      'scripts/install-claude.sh': installScript('${1:-latest}'),
    }),
    install: { file: 'scripts/install-claude.sh', line: 3 },
    versionAt: { file: '.devcontainer/devcontainer.json', line: 3 },
    via: [{ file: '.devcontainer/devcontainer.json', line: 3 }],
  },
  {
    name: 'devcontainer containerEnv → ${containerWorkspaceFolder}/script',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "containerEnv": { "CLAUDE_CODE_VERSION": "${v}" },\n  "postCreateCommand": "\${containerWorkspaceFolder}/.devcontainer/setup"\n}\n`,
      '.devcontainer/setup': installScript('${CLAUDE_CODE_VERSION:-latest}'),
    }),
    install: { file: '.devcontainer/setup', line: 3 },
    versionAt: { file: '.devcontainer/devcontainer.json', line: 3 },
    via: [{ file: '.devcontainer/devcontainer.json', line: 4 }],
  },
  {
    name: 'script → ./script (sh) with an exported variable',
    files: (v) => ({
      'setup.sh': `#!/bin/sh\nexport CC_VERSION=${v}\nsh ./tools/install.sh\n`,
      'tools/install.sh': installScript('${CC_VERSION:-2.1.200}'),
    }),
    install: { file: 'tools/install.sh', line: 3 },
    versionAt: { file: 'setup.sh', line: 2 },
    via: [{ file: 'setup.sh', line: 3 }],
  },
  {
    name: 'script sources a KEY=VALUE file',
    files: (v) => ({
      'versions.env': `# pinned tool versions\nCLAUDE_CODE_VERSION=${v}\n`,
      'install.sh': `#!/bin/bash\nsource ./versions.env\nnpm i -g ${CC}@"$CLAUDE_CODE_VERSION"\n`,
    }),
    install: { file: 'install.sh', line: 3 },
    versionAt: { file: 'versions.env', line: 2 },
    via: [],
  },
  {
    name: 'workflow step env → $GITHUB_WORKSPACE/script',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          CLAUDE_CODE_VERSION: "${v}"\n        run: bash "$GITHUB_WORKSPACE/ci/install.sh"\n`,
      'ci/install.sh': installScript('${CLAUDE_CODE_VERSION:-latest}'),
    }),
    install: { file: 'ci/install.sh', line: 3 },
    versionAt: { file: '.github/workflows/ai.yml', line: 7 },
    via: [{ file: '.github/workflows/ai.yml', line: 8 }],
  },
  {
    name: 'workflow ${{ github.workspace }}/script with an argument from ${{ env.X }}',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\nenv:\n  CC: "${v}"\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: \${{ github.workspace }}/ci/install.sh "\${{ env.CC }}"\n`,
      'ci/install.sh': installScript('$1'),
    }),
    install: { file: 'ci/install.sh', line: 3 },
    versionAt: { file: '.github/workflows/ai.yml', line: 3 },
    via: [{ file: '.github/workflows/ai.yml', line: 8 }],
  },
  {
    name: 'workflow strategy.matrix include',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        os: [ubuntu-latest]\n        include:\n          - cc: "${v}"\n    steps:\n      - run: npx -y ${CC}@\${{ matrix.cc }} --version\n`,
    }),
    install: { file: '.github/workflows/ai.yml', line: 11 },
    versionAt: { file: '.github/workflows/ai.yml', line: 9 },
    via: [],
  },
  {
    name: 'reusable workflow with: → inputs',
    files: (v) => ({
      '.github/workflows/ci.yml': `on: [pull_request]\njobs:\n  ai:\n    uses: ./.github/workflows/claude.yml\n    with:\n      version: "${v}"\n`,
      '.github/workflows/claude.yml': `on:\n  workflow_call:\n    inputs:\n      version: { type: string, default: latest }\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm i -g ${CC}@\${{ inputs.version }}\n`,
    }),
    install: { file: '.github/workflows/claude.yml', line: 9 },
    versionAt: { file: '.github/workflows/ci.yml', line: 6 },
    via: [{ file: '.github/workflows/ci.yml', line: 4 }],
  },
  {
    name: 'local composite action with: → inputs',
    files: (v) => ({
      '.github/workflows/ci.yml': `on: [pull_request]\njobs:\n  ai:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup-claude\n        with:\n          claude-version: "${v}"\n`,
      '.github/actions/setup-claude/action.yml': `name: setup\ninputs:\n  claude-version:\n    default: latest\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: npm install -g ${CC}@\${{ inputs.claude-version }}\n`,
    }),
    install: { file: '.github/actions/setup-claude/action.yml', line: 9 },
    versionAt: { file: '.github/workflows/ci.yml', line: 8 },
    via: [{ file: '.github/workflows/ci.yml', line: 6 }],
  },
  {
    name: 'Dockerfile ENV, COPY of a repository script, RUN of its destination',
    files: (v) => ({
      Dockerfile: `FROM node:22\nENV CLAUDE_CODE_VERSION=${v}\nCOPY scripts/install.sh /tmp/\nRUN chmod +x /tmp/install.sh && /tmp/install.sh\n`,
      'scripts/install.sh': installScript('${CLAUDE_CODE_VERSION:-latest}'),
    }),
    install: { file: 'scripts/install.sh', line: 3 },
    versionAt: { file: 'Dockerfile', line: 2 },
    via: [{ file: 'Dockerfile', line: 4 }],
  },
  {
    name: 'docker build -f F --build-arg K=V in a workflow',
    files: (v) => ({
      '.github/workflows/img.yml': `on: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -f docker/ai.Dockerfile --build-arg CC_VERSION=${v} .\n`,
      'docker/ai.Dockerfile': `FROM node:22\nARG CC_VERSION=2.1.90\nRUN npm install -g ${CC}@\${CC_VERSION}\n`,
    }),
    install: { file: 'docker/ai.Dockerfile', line: 3 },
    versionAt: { file: '.github/workflows/img.yml', line: 6 },
    via: [{ file: '.github/workflows/img.yml', line: 6 }],
  },
  {
    name: 'docker/build-push-action file, context, build-args',
    files: (v) => ({
      '.github/workflows/img.yml': `on: [push]\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: images/Dockerfile\n          build-args: |\n            CC_VERSION=${v}\n`,
      'images/Dockerfile': `FROM node:22\nARG CC_VERSION=2.1.90\nRUN npm install -g ${CC}@\${CC_VERSION}\n`,
    }),
    install: { file: 'images/Dockerfile', line: 3 },
    versionAt: { file: '.github/workflows/img.yml', line: 10 },
    via: [{ file: '.github/workflows/img.yml', line: 6 }],
  },
  {
    name: 'compose build args → Dockerfile ARG',
    files: (v) => ({
      'compose.yaml': `services:\n  dev:\n    build:\n      context: .\n      args:\n        CC_VERSION: "${v}"\n`,
      Dockerfile: `FROM node:22\nARG CC_VERSION=2.1.90\nRUN npm install -g ${CC}@\${CC_VERSION}\n`,
    }),
    install: { file: 'Dockerfile', line: 3 },
    versionAt: { file: 'compose.yaml', line: 6 },
    via: [{ file: 'compose.yaml', line: 2 }],
  },
  {
    name: 'devcontainer build.args → Dockerfile ARG (default overridden)',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "build": {\n    "dockerfile": "Dockerfile",\n    "args": { "CC_VERSION": "${v}" }\n  }\n}\n`,
      '.devcontainer/Dockerfile': `FROM node:22\nARG CC_VERSION=2.1.104\nRUN npm install -g ${CC}@\${CC_VERSION}\n`,
    }),
    install: { file: '.devcontainer/Dockerfile', line: 3 },
    versionAt: { file: '.devcontainer/devcontainer.json', line: 4 },
    via: [{ file: '.devcontainer/devcontainer.json', line: 3 }],
  },
  {
    name: 'workflow job env → make target (a ?= default in the Makefile)',
    files: (v) => ({
      '.github/workflows/dev.yml': `on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    env:\n      CC_VERSION: "${v}"\n    steps:\n      - run: make tools\n`,
      Makefile: `CC_VERSION ?= 2.1.90\n\n.PHONY: tools claude\ntools: claude\nclaude:\n\tnpm install -g ${CC}@$(CC_VERSION)\n`,
    }),
    install: { file: 'Makefile', line: 6 },
    versionAt: { file: '.github/workflows/dev.yml', line: 6 },
    via: [{ file: '.github/workflows/dev.yml', line: 8 }],
  },
  {
    name: 'workflow → make TARGET VAR=value (overrides the Makefile)',
    files: (v) => ({
      '.github/workflows/dev.yml': `on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make -C tools install CC_VERSION=${v}\n`,
      'tools/Makefile': `CC_VERSION = 2.1.90\ninstall:\n\t@echo installing\n\tnpm install -g ${CC}@$(CC_VERSION)\n`,
    }),
    install: { file: 'tools/Makefile', line: 4 },
    versionAt: { file: '.github/workflows/dev.yml', line: 6 },
    via: [{ file: '.github/workflows/dev.yml', line: 6 }],
  },
  {
    name: 'devcontainer containerEnv → npm run script',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "containerEnv": { "CC_VERSION": "${v}" },\n  "postCreateCommand": "npm run setup:agents"\n}\n`,
      'package.json': `{\n  "name": "app",\n  "private": true,\n  "scripts": {\n    "setup:agents": "npm i -g ${CC}@\${CC_VERSION:-2.1.90}"\n  }\n}\n`,
    }),
    install: { file: 'package.json', line: 5 },
    versionAt: { file: '.devcontainer/devcontainer.json', line: 3 },
    via: [{ file: '.devcontainer/devcontainer.json', line: 4 }],
  },
  {
    name: 'workflow → just RECIPE VERSION (a recipe parameter with a default)',
    files: (v) => ({
      '.github/workflows/dev.yml': `on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: just install-claude ${v}\n`,
      justfile: `default: lint\n\nlint:\n    echo lint\n\ninstall-claude version='2.1.90':\n    npm install -g ${CC}@{{version}}\n`,
    }),
    install: { file: 'justfile', line: 7 },
    versionAt: { file: '.github/workflows/dev.yml', line: 6 },
    via: [{ file: '.github/workflows/dev.yml', line: 6 }],
  },
  {
    name: 'workflow job env → just recipe reading env() with a default',
    files: (v) => ({
      '.github/workflows/dev.yml': `on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    env:\n      CLAUDE_CODE_VERSION: "${v}"\n    steps:\n      - run: just --justfile tools/justfile tools\n`,
      'tools/justfile': `cc := env('CLAUDE_CODE_VERSION', '2.1.90')\n\ntools: claude\n\nclaude:\n    npm install -g '${CC}@{{cc}}'\n`,
    }),
    install: { file: 'tools/justfile', line: 6 },
    versionAt: { file: '.github/workflows/dev.yml', line: 6 },
    via: [{ file: '.github/workflows/dev.yml', line: 8 }],
  },
  {
    name: 'devcontainer postCreateCommand → task TASK VAR=value (go-task)',
    files: (v) => ({
      '.devcontainer/devcontainer.json': `{\n  "image": "node:22",\n  "postCreateCommand": "task agents CC_VERSION=${v}"\n}\n`,
      'Taskfile.yml': `version: '3'\nvars:\n  CC_VERSION: 2.1.90\ntasks:\n  agents:\n    deps: [claude]\n  claude:\n    cmds:\n      - npm install -g ${CC}@{{.CC_VERSION}}\n`,
    }),
    install: { file: 'Taskfile.yml', line: 9 },
    versionAt: { file: '.devcontainer/devcontainer.json', line: 3 },
    via: [{ file: '.devcontainer/devcontainer.json', line: 3 }],
  },
  {
    name: 'workflow strategy.matrix written inside single quotes',
    files: (v) => ({
      '.github/workflows/ai.yml': `on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        cc: ["${v}"]\n    steps:\n      - run: npm install -g '${CC}@\${{ matrix.cc }}'\n`,
    }),
    install: { file: '.github/workflows/ai.yml', line: 9 },
    versionAt: { file: '.github/workflows/ai.yml', line: 7 },
    via: [],
  },
  {
    name: '.gitlab-ci.yml script → bash script with a positional argument',
    files: (v) => ({
      '.gitlab-ci.yml': `setup:\n  image: node:22\n  script:\n    - bash scripts/install-claude.sh ${v}\n`,
      'scripts/install-claude.sh': installScript('${1:-latest}'),
    }),
    install: { file: 'scripts/install-claude.sh', line: 3 },
    versionAt: { file: '.gitlab-ci.yml', line: 4 },
    via: [{ file: '.gitlab-ci.yml', line: 4 }],
  },
  {
    name: 'Makefile recipe → ./script with an argument (from the Makefile folder)',
    files: (v) => ({
      'tools/Makefile': `.PHONY: agents\nagents:\n\t./install-claude.sh ${v}\n`,
      'tools/install-claude.sh': installScript('${1:-latest}'),
    }),
    install: { file: 'tools/install-claude.sh', line: 3 },
    versionAt: { file: 'tools/Makefile', line: 3 },
    via: [{ file: 'tools/Makefile', line: 3 }],
  },
  {
    name: 'Makefile recipe → $(MAKE) sub-make with VAR=value',
    files: (v) => ({
      Makefile: `CC_VERSION = 2.1.90\nall:\n\t$(MAKE) claude CC_VERSION=${v}\nclaude:\n\tnpm install -g ${CC}@$(CC_VERSION)\n`,
    }),
    install: { file: 'Makefile', line: 5 },
    versionAt: { file: 'Makefile', line: 3 },
    via: [{ file: 'Makefile', line: 3 }],
  },
  {
    name: 'package.json script → node-less shell script with an argument',
    files: (v) => ({
      'package.json': `{\n  "name": "app",\n  "private": true,\n  "scripts": {\n    "postinstall": "sh ./scripts/agents ${v}"\n  }\n}\n`,
      'scripts/agents': installScript('$1'),
    }),
    install: { file: 'scripts/agents', line: 3 },
    versionAt: { file: 'package.json', line: 5 },
    via: [{ file: 'package.json', line: 5 }],
  },
  {
    name: 'Jenkinsfile sh step → script with an argument',
    files: (v) => ({
      Jenkinsfile: `pipeline {\n  agent any\n  stages {\n    stage('tools') {\n      steps {\n        sh 'bash ci/install.sh ${v}'\n      }\n    }\n  }\n}\n`,
      'ci/install.sh': installScript('${1:?version}'),
    }),
    install: { file: 'ci/install.sh', line: 3 },
    versionAt: { file: 'Jenkinsfile', line: 6 },
    via: [{ file: 'Jenkinsfile', line: 6 }],
  },
  {
    name: '.gitlab-ci.yml job variables → script reading the environment',
    files: (v) => ({
      '.gitlab-ci.yml': `variables:\n  CLAUDE_CODE_VERSION: "2.1.90"\nagents:\n  variables:\n    CLAUDE_CODE_VERSION: "${v}"\n  script:\n    - ./ci/install.sh\n`,
      'ci/install.sh': installScript('${CLAUDE_CODE_VERSION:-latest}'),
    }),
    install: { file: 'ci/install.sh', line: 3 },
    versionAt: { file: '.gitlab-ci.yml', line: 5 },
    via: [{ file: '.gitlab-ci.yml', line: 7 }],
  },
  {
    // GitLab's documented `extends:` shape: a hidden template job holds the variables.
    name: '.gitlab-ci.yml extends: a hidden job’s variables → the child’s script',
    files: (v) => ({
      '.gitlab-ci.yml': `.base:\n  variables:\n    CC_VERSION: "${v}"\ninstall:\n  extends: .base\n  script:\n    - npm i -g ${CC}@$CC_VERSION\n`,
    }),
    install: { file: '.gitlab-ci.yml', line: 7 },
    versionAt: { file: '.gitlab-ci.yml', line: 3 },
    via: [],
  },
  {
    name: '.gitlab-ci.yml YAML merge key: <<: *defaults on the job',
    files: (v) => ({
      '.gitlab-ci.yml': `.defaults: &defaults\n  variables:\n    CC_VERSION: "${v}"\nagents:\n  <<: *defaults\n  script:\n    - npm i -g ${CC}@$CC_VERSION\n`,
    }),
    install: { file: '.gitlab-ci.yml', line: 7 },
    versionAt: { file: '.gitlab-ci.yml', line: 3 },
    via: [],
  },
  {
    name: '.gitlab-ci.yml !reference [.install, script] run with the job’s variables',
    files: (v) => ({
      '.gitlab-ci.yml': `.install:\n  script:\n    - npm i -g ${CC}@$CC_VERSION\nagents:\n  variables:\n    CC_VERSION: "${v}"\n  script:\n    - !reference [.install, script]\n`,
    }),
    install: { file: '.gitlab-ci.yml', line: 3 },
    versionAt: { file: '.gitlab-ci.yml', line: 6 },
    via: [],
  },
  {
    name: '.gitlab-ci.yml inherited script → ./script with the child’s variables',
    files: (v) => ({
      '.gitlab-ci.yml': `.tools:\n  script:\n    - ./scripts/install.sh\nagents:\n  extends: .tools\n  variables:\n    CLAUDE_CODE_VERSION: "${v}"\n`,
      'scripts/install.sh': installScript('${CLAUDE_CODE_VERSION:-latest}'),
    }),
    install: { file: 'scripts/install.sh', line: 3 },
    versionAt: { file: '.gitlab-ci.yml', line: 7 },
    via: [{ file: '.gitlab-ci.yml', line: 3 }],
  },
  {
    name: '.gitlab-ci.yml extends a template of a local include with its own variables',
    files: (v) => ({
      '.gitlab-ci.yml': `include:\n  - local: ci/templates.yml\nagents:\n  extends: .install\n  variables:\n    CC_VERSION: "${v}"\n`,
      'ci/templates.yml': `.install:\n  image: node:22\n  script:\n    - npm install -g ${CC}@$CC_VERSION\n`,
    }),
    install: { file: 'ci/templates.yml', line: 4 },
    versionAt: { file: '.gitlab-ci.yml', line: 6 },
    via: [],
  },
  {
    // A template with a `spec: inputs:` header (docs.gitlab.com/ci/inputs), its default banned:
    // the template runs only with what its caller passes.
    name: '.gitlab-ci.yml include: local with inputs: → $[[ inputs.version ]] of the template',
    files: (v) => ({
      '.gitlab-ci.yml': `include:\n  - local: .gitlab/ci/claude.yml\n    inputs:\n      version: "${v}"\n`,
      '.gitlab/ci/claude.yml': `spec:\n  inputs:\n    version:\n      default: "${BANNED}"\n---\nclaude:\n  image: node:22\n  script:\n    - npm install -g ${CC}@$[[ inputs.version ]]\n`,
    }),
    install: { file: '.gitlab/ci/claude.yml', line: 9 },
    versionAt: { file: '.gitlab-ci.yml', line: 4 },
    via: [],
  },
  {
    // A component project testing its own template at this commit (the CI/CD catalog layout).
    name: '.gitlab-ci.yml include: component of this project → templates/NAME.yml',
    files: (v) => ({
      '.gitlab-ci.yml': `include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/claude@$CI_COMMIT_SHA\n    inputs:\n      cli_version: "${v}"\n`,
      'templates/claude.yml': `spec:\n  inputs:\n    stage:\n      default: test\n    cli_version:\n      description: the Claude Code version\n---\n"$[[ inputs.stage ]]-claude":\n  stage: $[[ inputs.stage ]]\n  variables:\n    CLI_VERSION: $[[ inputs.cli_version ]]\n  script:\n    - npm install -g ${CC}@\${CLI_VERSION}\n`,
    }),
    install: { file: 'templates/claude.yml', line: 13 },
    versionAt: { file: '.gitlab-ci.yml', line: 4 },
    via: [],
  },
  {
    name: '.gitlab-ci.yml trigger: include: a child pipeline with inputs',
    files: (v) => ({
      '.gitlab-ci.yml': `agents:\n  trigger:\n    include:\n      - local: ci/agents.yml\n        inputs:\n          version: "${v}"\n    strategy: depend\n`,
      'ci/agents.yml': `spec:\n  inputs:\n    version:\n---\nreview:\n  script:\n    - npx -y ${CC}@$[[ inputs.version ]] --version\n`,
    }),
    install: { file: 'ci/agents.yml', line: 7 },
    versionAt: { file: '.gitlab-ci.yml', line: 6 },
    via: [],
  },
  {
    name: 'CircleCI job environment → run step',
    files: (v) => ({
      '.circleci/config.yml': `version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:22.0\n    environment:\n      CC_VERSION: "${v}"\n    steps:\n      - checkout\n      - run: npm install -g ${CC}@$CC_VERSION\n`,
    }),
    install: { file: '.circleci/config.yml', line: 10 },
    versionAt: { file: '.circleci/config.yml', line: 7 },
    via: [],
  },
  {
    name: 'workflow run: cd into a folder, then ./script with an argument',
    files: (v) => ({
      '.github/workflows/dev.yml': `on: push\njobs:\n  setup:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cd .devcontainer && ./install-tools ${v}\n`,
      '.devcontainer/install-tools': installScript('${1:-latest}'),
    }),
    install: { file: '.devcontainer/install-tools', line: 3 },
    versionAt: { file: '.github/workflows/dev.yml', line: 6 },
    via: [{ file: '.github/workflows/dev.yml', line: 6 }],
  },
  {
    name: 'justfile set dotenv-load → .env read by env()',
    files: (v) => ({
      justfile: `set dotenv-load\ncc := env('CLAUDE_CODE_VERSION', '2.1.90')\n\nagents:\n    npm install -g ${CC}@{{cc}}\n`,
      '.env': `# tool pins\nCLAUDE_CODE_VERSION=${v}\n`,
    }),
    install: { file: 'justfile', line: 5 },
    versionAt: { file: '.env', line: 2 },
    via: [],
  },
  {
    name: 'Taskfile dotenv: → {{.VAR}}',
    files: (v) => ({
      'Taskfile.yml': `version: '3'\ndotenv: ['.env.tools']\ntasks:\n  agents:\n    cmds:\n      - npm install -g ${CC}@{{.CC_VERSION}}\n`,
      '.env.tools': `CC_VERSION=${v}\n`,
    }),
    install: { file: 'Taskfile.yml', line: 6 },
    versionAt: { file: '.env.tools', line: 1 },
    via: [],
  },
  {
    // The package unpacked and committed (`tar xzf claude-code-2.1.150.tgz`, its `package/` folder
    // renamed), installed by path: what it is is its package.json.
    name: 'script → npm i -g ./vendor/cc, a committed package folder',
    files: (v) => ({
      'vendor/cc/package.json': packageFolder(v),
      'install.sh': '#!/bin/sh\nset -e\nnpm install -g ./vendor/cc\n',
    }),
    install: { file: 'install.sh', line: 3 },
    versionAt: { file: 'vendor/cc/package.json', line: 3 },
    via: [{ file: 'vendor/cc/package.json', line: 3 }],
  },
  {
    name: 'Dockerfile COPY of a committed package folder → RUN npm i -g of the copy',
    files: (v) => ({
      'vendor/cc/package.json': packageFolder(v),
      Dockerfile: 'FROM node:22\nCOPY vendor/cc /opt/cc\nRUN npm install -g /opt/cc && claude --version\n',
    }),
    install: { file: 'Dockerfile', line: 3 },
    versionAt: { file: 'vendor/cc/package.json', line: 3 },
    via: [{ file: 'vendor/cc/package.json', line: 3 }],
  },
];

/** The files of `files(v)` that differ between two versions: the ones a bump touches. */
export function changedBetween(c: EdgeCase, a: string, b: string): string[] {
  const x = c.files(a);
  const y = c.files(b);
  return Object.keys(y).filter((k) => x[k] !== y[k]);
}
