import { describe, expect, it } from 'vitest';
import { CI_FORMATS, scanCiConfig } from '../../../src/detectors/ci-config.js';
import { scanDevbox } from '../../../src/detectors/devbox-json.js';
import { scanJenkinsfile } from '../../../src/detectors/jenkinsfile.js';
import { scanPreCommitConfig } from '../../../src/detectors/pre-commit-config.js';
import { scanYamlCommands } from '../../../src/detectors/yaml-commands.js';
import { detectors } from '../../../src/detectors/index.js';
import { defaultLimits } from '../../../src/model/limits.js';
import type { DetectorResult } from '../../../src/model/component.js';
import { line } from '../../helpers/inventory-lines.js';

const view = (r: DetectorResult) => ({ lines: r.components.map(line), errors: r.errors });
const ci = async (id: string, path: string, text: string, files: Record<string, string> = {}) =>
  view(
    await scanCiConfig(
      CI_FORMATS.find((f) => f.id === id)!,
      {
        path,
        text,
        limits: defaultLimits,
        readFile: (p) => Promise.resolve(files[p] ?? null),
      },
    ),
  );
const C = '@anthropic-ai/claude-code';

describe('CI and dev-environment configs', () => {
  it('each file name is claimed by its format', () => {
    const owner = (p: string) => detectors.filter((d) => d.matches(p)).map((d) => d.id);
    expect(owner('.gitlab-ci.yml')).toEqual(['gitlab-ci']);
    expect(owner('ci/build.gitlab-ci.yml')).toEqual(['gitlab-ci']);
    expect(owner('.circleci/config.yml')).toEqual(['circleci']);
    expect(owner('azure-pipelines.yml')).toEqual(['azure-pipelines']);
    expect(owner('bitbucket-pipelines.yml')).toEqual(['bitbucket-pipelines']);
    expect(owner('.travis.yml')).toEqual(['travis']);
    expect(owner('.buildkite/pipeline.yml')).toEqual(['buildkite']);
    expect(owner('.gitpod.yml')).toEqual(['gitpod']);
    expect(owner('Jenkinsfile')).toEqual(['Jenkinsfile']);
    expect(owner('.pre-commit-config.yaml')).toEqual(['.pre-commit-config.yaml']);
    expect(owner('devbox.json')).toEqual(['devbox.json']);
    expect(owner('roles/dev/tasks/main.yml')).toEqual(['yaml-commands']);
    expect(owner('pnpm-lock.yaml')).toEqual(['pnpm-lock.yaml']);
  });

  it('GitLab: script, before_script, after_script, variables, local include; negative twins', async () => {
    // The shape of GitLab's documented pipelines (default before_script, jobs, variables).
    const text = [
      'variables:',
      '  CLAUDE_VERSION: "2.1.150"',
      'include:',
      '  - local: ci/tools.yml',
      '  - project: group/other',
      '    file: x.yml',
      'default:',
      '  before_script:',
      '    - npm ci',
      'review:',
      '  script:',
      `    - npm install -g ${C}@$CLAUDE_VERSION`,
      '    - |',
      '      echo "npm install -g x"',
      '      npx -y @openai/codex@0.58.0 exec "review"',
      '  after_script: pip install kimi-cli==1.2.0',
      'docs:',
      `  # script: [npm install -g ${C}@2.1.150]`,
      `  script: [echo "npm install -g ${C}@2.1.150", npm uninstall -g ${C}]`,
    ].join('\n');
    const tools = `setup:\n  script:\n    - npm i -g ${C}@2.1.151\n`;
    expect(await ci('gitlab-ci', '.gitlab-ci.yml', text, { 'ci/tools.yml': tools })).toEqual({
      // Jobs are read as GitLab assembles them: an included file's before the file that includes it.
      lines: [
        `ci/tools.yml:3 [gitlab-ci] npm ${C} 2.1.151`,
        `.gitlab-ci.yml:12 [gitlab-ci] npm ${C} 2.1.150`,
        '.gitlab-ci.yml:15 [gitlab-ci] npm @openai/codex 0.58.0',
        '.gitlab-ci.yml:16 [gitlab-ci] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
  });

  it('CircleCI run steps and commands; Azure script/bash/pwsh; Bitbucket; Travis; Buildkite; Gitpod', async () => {
    const circle = [
      'version: 2.1',
      'commands:',
      '  tools:',
      '    steps:',
      `      - run: npm i -g ${C}@2.1.150`,
      'jobs:',
      '  build:',
      '    steps:',
      '      - checkout',
      '      - run:',
      '          name: echo only',
      `          command: echo npm i -g ${C}@2.1.150`,
      '      - run:',
      '          command: |',
      '            npm ci',
      '            npx -y @openai/codex@0.58.0',
    ].join('\n');
    expect((await ci('circleci', '.circleci/config.yml', circle)).lines).toEqual([
      `.circleci/config.yml:5 [circleci] npm ${C} 2.1.150`,
      '.circleci/config.yml:16 [circleci] npm @openai/codex 0.58.0',
    ]);
    const azure = [
      'variables:',
      '  V: 2.1.150',
      'steps:',
      `- script: npm i -g ${C}@$(V)`,
      '- bash: |',
      '    set -e',
      '    pip install kimi-cli==1.2.0',
      '- pwsh: |',
      `    Write-Host "npm i -g ${C}@2.1.150"`,
      '    npm install -g @openai/codex@0.58.0',
      '    irm https://claude.ai/install.ps1 | iex',
    ].join('\n');
    expect(await ci('azure-pipelines', 'azure-pipelines.yml', azure)).toEqual({
      lines: [
        `azure-pipelines.yml:4 [azure-pipelines] npm ${C} ($(V))`,
        'azure-pipelines.yml:7 [azure-pipelines] pypi kimi-cli 1.2.0',
        'azure-pipelines.yml:10 [azure-pipelines] npm @openai/codex 0.58.0',
        'azure-pipelines.yml:11 [azure-pipelines] installer claude.ai/install.ps1 (latest)',
      ],
      errors: [],
    });
    const bb = [
      'pipelines:',
      '  default:',
      '    - step:',
      '        script:',
      `          - npm i -g ${C}@2.1.150`,
      '        after-script:',
      `          - echo ${C}@2.1.150`,
    ].join('\n');
    expect((await ci('bitbucket-pipelines', 'bitbucket-pipelines.yml', bb)).lines).toEqual([
      `bitbucket-pipelines.yml:5 [bitbucket-pipelines] npm ${C} 2.1.150`,
    ]);
    const travis = [
      'language: node_js',
      'install:',
      '  - npm ci',
      `  - npm i -g ${C}@2.1.150`,
      'script: npm test',
      'jobs:',
      '  include:',
      '    - before_script: pip install kimi-cli==1.2.0',
    ].join('\n');
    expect((await ci('travis', '.travis.yml', travis)).lines).toEqual([
      `.travis.yml:4 [travis] npm ${C} 2.1.150`,
      '.travis.yml:8 [travis] pypi kimi-cli 1.2.0',
    ]);
    const bk = [
      'steps:',
      '  - label: review',
      `    command: npx -y ${C}@2.1.150 -p hi`,
      '  - commands:',
      '      - npm ci',
      '      - pip install kimi-cli==1.2.0',
    ].join('\n');
    expect((await ci('buildkite', '.buildkite/pipeline.yml', bk)).lines).toEqual([
      `.buildkite/pipeline.yml:3 [buildkite] npm ${C} 2.1.150`,
      '.buildkite/pipeline.yml:6 [buildkite] pypi kimi-cli 1.2.0',
    ]);
    const gitpod = [
      'tasks:',
      '  - name: setup',
      '    init: npm ci',
      `    before: npm i -g ${C}@2.1.150`,
      '    command: npm run dev',
      `  # - init: npm i -g ${C}@2.1.150`,
    ].join('\n');
    expect((await ci('gitpod', '.gitpod.yml', gitpod)).lines).toEqual([
      `.gitpod.yml:4 [gitpod] npm ${C} 2.1.150`,
    ]);
  });

  it('Jenkinsfile sh steps (best effort); comments and echo stay quiet', () => {
    const text = [
      'pipeline {',
      '  agent any',
      '  stages {',
      "    stage('tools') {",
      '      steps {',
      `        sh 'npm install -g ${C}@2.1.150'`,
      `        // sh 'npm install -g ${C}@2.1.151'`,
      `        sh "echo npm install -g ${C}@2.1.152"`,
      "        sh '''",
      '          npm ci',
      '          npx -y @openai/codex@0.58.0 --version',
      "        '''",
      '        sh(script: "pip install kimi-cli==${KIMI}", returnStdout: true)',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(view(scanJenkinsfile('Jenkinsfile', text))).toEqual({
      lines: [
        `Jenkinsfile:6 [Jenkinsfile] npm ${C} 2.1.150`,
        'Jenkinsfile:11 [Jenkinsfile] npm @openai/codex 0.58.0',
        'Jenkinsfile:13 [Jenkinsfile] pypi kimi-cli (==${KIMI})',
      ],
      errors: [],
    });
  });

  it('pre-commit additional_dependencies (node and python hooks); devbox init_hook and scripts', () => {
    const pc = [
      'repos:',
      '  - repo: https://github.com/pre-commit/mirrors-eslint',
      '    rev: v9.0.0',
      '    hooks:',
      '      - id: eslint',
      '        additional_dependencies:',
      '          - eslint@9.0.0',
      `          - ${C}@2.1.150`,
      '  - repo: local',
      '    hooks:',
      '      - id: review',
      '        language: python',
      '        entry: claude-agent-sdk==0.2.80',
      '        additional_dependencies: [claude-agent-sdk==0.2.87]',
    ].join('\n');
    expect(
      view(scanPreCommitConfig({ path: '.pre-commit-config.yaml', text: pc, limits: defaultLimits })).lines,
    ).toEqual([
      '.pre-commit-config.yaml:7 [.pre-commit-config.yaml] npm eslint 9.0.0',
      `.pre-commit-config.yaml:8 [.pre-commit-config.yaml] npm ${C} 2.1.150`,
      '.pre-commit-config.yaml:14 [.pre-commit-config.yaml] pypi claude-agent-sdk 0.2.87',
    ]);
    const devbox = [
      '{',
      '  "packages": ["nodejs@20"],',
      '  "shell": {',
      `    "init_hook": ["npm i -g ${C}@2.1.150"],`,
      '    "scripts": {',
      `      "hello": "echo npm i -g ${C}@2.1.150",`,
      '      "codex": ["npx -y @openai/codex@0.58.0"]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(view(scanDevbox({ path: 'devbox.json', text: devbox, limits: defaultLimits }))).toEqual({
      lines: [
        `devbox.json:4 [devbox.json] npm ${C} 2.1.150`,
        'devbox.json:7 [devbox.json] npm @openai/codex 0.58.0',
      ],
      errors: [],
    });
  });

  it('pre-commit: a hook entry (with its args) is the command pre-commit runs at each commit', () => {
    const pc = [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - id: review',
      '        name: review',
      '        language: system',
      `        entry: npx -y ${C}@2.1.150`,
      '      - id: setup',
      '        name: setup',
      '        language: system',
      '        entry: bash -c \'npm i -g "$0"\'',
      `        args: ["${C}@2.1.151"]`,
      '      - id: image',
      '        name: image',
      '        language: docker_image',
      `        entry: node:20 npm i -g ${C}@2.1.152`,
      // Twins: echoed, npm view, a safe version.
      '      - id: echoed',
      '        name: echoed',
      '        language: system',
      `        entry: echo npx -y ${C}@2.1.150`,
      '      - id: view',
      '        name: view',
      '        language: system',
      `        entry: npm view ${C}@2.1.150`,
      '      - id: safe',
      '        name: safe',
      '        language: system',
      `        entry: npx -y ${C}@2.1.198`,
      `      # - id: off`,
      `      #   entry: npx -y ${C}@2.1.150`,
    ].join('\n');
    expect(
      view(scanPreCommitConfig({ path: '.pre-commit-config.yaml', text: pc, limits: defaultLimits })),
    ).toEqual({
      lines: [
        `.pre-commit-config.yaml:7 [.pre-commit-config.yaml] npm ${C} 2.1.150`,
        `.pre-commit-config.yaml:11 [.pre-commit-config.yaml] npm ${C} 2.1.151`,
        `.pre-commit-config.yaml:16 [.pre-commit-config.yaml] npm ${C} 2.1.152`,
        `.pre-commit-config.yaml:28 [.pre-commit-config.yaml] npm ${C} 2.1.198`,
      ],
      errors: [],
    });
  });

  it('YAML fallback: Ansible shell/command/npm/pip and a Kubernetes container; docs YAML stays quiet', () => {
    // Ansible's documented module shapes (ansible.builtin.shell, community.general.npm, pip).
    const tasks = [
      '- name: tools',
      '  ansible.builtin.shell: |',
      '    npm ci',
      `    npm install -g ${C}@2.1.150`,
      '- community.general.npm:',
      `    name: "${C}"`,
      '    version: "2.1.151"',
      '    global: true',
      '- ansible.builtin.pip:',
      '    name: [claude-agent-sdk, requests]',
      '    version: 0.2.87',
      '- npm: { name: "@openai/codex", state: absent }',
      '- command:',
      '    cmd: npx -y opencode-ai@0.15.0',
    ].join('\n');
    expect(
      view(scanYamlCommands({ path: 'roles/dev/tasks/main.yml', text: tasks, limits: defaultLimits })).lines,
    ).toEqual([
      `roles/dev/tasks/main.yml:6 [yaml-commands] npm ${C} 2.1.151`,
      'roles/dev/tasks/main.yml:10 [yaml-commands] pypi claude-agent-sdk 0.2.87',
      'roles/dev/tasks/main.yml:10 [yaml-commands] pypi requests 0.2.87',
      `roles/dev/tasks/main.yml:4 [yaml-commands] npm ${C} 2.1.150`,
      'roles/dev/tasks/main.yml:14 [yaml-commands] npm opencode-ai 0.15.0',
    ]);
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - name: agent',
      '      command: ["npx"]',
      `      args: ["-y", "${C}@2.1.150", "-p", "hi"]`,
    ].join('\n');
    expect(view(scanYamlCommands({ path: 'k8s/pod.yaml', text: pod, limits: defaultLimits })).lines).toEqual([
      `k8s/pod.yaml:7 [yaml-commands] npm ${C} 2.1.150`,
    ]);
    const docs = [
      'nav:',
      '  - Install: install.md',
      'commands:',
      `  - description: "run: npm install -g ${C}@2.1.150"`,
      `    example: npm install -g ${C}@2.1.150`,
      'script: "echo \'unterminated',
      'args: [--flag, "{{ value }}"]',
      'template: {{ broken',
    ].join('\n');
    expect(view(scanYamlCommands({ path: 'mkdocs.yml', text: docs, limits: defaultLimits }))).toEqual({
      lines: [],
      errors: [],
    });
  });
});
