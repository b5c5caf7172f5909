// GitLab CI/CD inputs: a file's `spec: inputs:` header and `$[[ inputs.NAME ]]` in its pipeline
// document, given by `include: inputs:` (local files, this project's components), by
// `trigger: include: inputs:` (child pipelines), or by the inputs' defaults (the file run as the
// project's pipeline). Shapes follow GitLab's documented examples (docs.gitlab.com/ci/inputs) and
// component projects' templates (`templates/NAME.yml` with a header, tested from the project's own
// `.gitlab-ci.yml` through `component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/NAME@$CI_COMMIT_SHA`, as
// GitLab's component docs show it and public component projects do, e.g. the
// `templates/NAME/template.yml` layout of github.com/shortlink-org/gitlab-templates and
// `@$CI_COMMIT_TAG` dogfooding in an Allure-history component's README).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CI_FORMATS, scanCiConfig } from '../../../src/detectors/ci-config.js';
import { defaultLimits } from '../../../src/model/limits.js';
import { CLI_BUNDLE } from '../../helpers/bundles.js';
import { inventoryOf, line } from '../../helpers/inventory-lines.js';
import { makeRepo, makeTree } from '../../helpers/tmp.js';

const C = '@anthropic-ai/claude-code';
const gitlab = CI_FORMATS.find((f) => f.id === 'gitlab-ci')!;

async function scan(text: string, files: Record<string, string> = {}, path = '.gitlab-ci.yml') {
  const r = await scanCiConfig(gitlab, {
    path,
    text,
    limits: defaultLimits,
    readFile: (p) => Promise.resolve(files[p] ?? null),
  });
  return {
    lines: r.components.map((c) => {
      const from = c.versionFrom ? ` from ${c.versionFrom.file}:${c.versionFrom.line}` : '';
      return `${line(c)}${from}`;
    }),
    errors: r.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`),
  };
}
const src = (...lines: string[]) => lines.join('\n') + '\n';

const header = (...inputs: string[]) => ['spec:', '  inputs:', ...inputs.map((i) => `    ${i}`), '---'];
const install = (v = '$[[ inputs.version ]]') => `npm install -g ${C}@${v}`;

describe('GitLab CI inputs: the file run as the pipeline', () => {
  it('a header and the pipeline: the default is the value, located where it is written', async () => {
    const text = (v: string, cmd: string) =>
      src(...header('version:', `  default: ${v}`), 'install:', '  script:', `    - ${cmd}`);
    expect(await scan(text('2.1.150', install()))).toEqual({
      lines: [`.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`],
      errors: [],
    });
    expect((await scan(text('2.1.90', install()))).lines).toEqual([
      `.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
    ]);
    // Twins: echoed, commented out, a package view.
    for (const cmd of [`echo ${install()}`, `# ${install()}`, `npm view ${C}@$[[ inputs.version ]]`])
      expect(await scan(text('2.1.150', cmd))).toEqual({ lines: [], errors: [] });
  });

  it('a leading `---`, quoted and block scalars, several blocks in one string', async () => {
    const text = src(
      '---',
      ...header('registry:', '  default: "https://registry.npmjs.org/"', 'version:', "  default: '2.1.150'"),
      'install:',
      '  script:',
      '    - |',
      '      npm ci',
      `      npm install --registry "$[[ inputs.registry ]]" -g "${C}@$[[inputs.version]]" # $[[ inputs.registry ]]`,
    );
    expect(await scan(text)).toEqual({
      lines: [`.gitlab-ci.yml:13 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:7`],
      errors: [],
    });
  });

  it('an input without a default is unknown (a warning), never silent', async () => {
    const text = src(
      ...header('version:', '  description: the CLI version'),
      'install:',
      `  script: ${install()}`,
    );
    const r = await scan(text);
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([`.gitlab-ci.yml:7 [gitlab-ci] npm ${C} ($[[ inputs.version ]])`]);
  });

  it('anywhere in the pipeline document: variables, job names, extends targets', async () => {
    const text = (v: string) =>
      src(
        ...header(`version: { default: "${v}" }`, 'base: { default: .cc }', 'prefix: { default: agents }'),
        '.cc:',
        `  script: npm i -g ${C}@$CC_VERSION`,
        '$[[ inputs.prefix ]]-install:',
        '  extends: $[[ inputs.base ]]',
        '  variables:',
        '    CC_VERSION: $[[ inputs.version ]]',
      );
    expect(await scan(text('2.1.150'))).toEqual({
      lines: [`.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`],
      errors: [],
    });
    expect((await scan(text('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:3`,
    ]);
  });

  it('functions: truncate, posix_escape, split; expand_vars of a variable is unknown', async () => {
    const text = (v: string, fn: string) =>
      src(
        ...header(`version: { default: "${v}" }`),
        'install:',
        `  script: npm i -g ${C}@$[[ inputs.version | ${fn} ]]`,
      );
    expect((await scan(text('2.1.150-next.3', 'truncate(0,7)'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`,
    ]);
    expect((await scan(text('xx2.1.90', 'truncate(2, 6)'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:3`,
    ]);
    expect((await scan(text('2.1.150', 'posix_escape | truncate(0,20)'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`,
    ]);
    // A value escaped for the shell stays one word: `x; npm i -g …` is not a command.
    const escaped = src(
      ...header(`note: { default: "x; npm i -g ${C}@2.1.150" }`),
      'install:',
      `  script: npm i -g ${C}@2.1.90 && echo $[[ inputs.note | posix_escape ]]`,
    );
    expect((await scan(escaped)).lines).toEqual([`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.90`]);
    // Twin: not escaped, the value is a command of its own.
    expect((await scan(escaped.replace(' | posix_escape', ''))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.90`,
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150`,
    ]);
    const expanded = await scan(text('$CC_VERSION', 'expand_vars'));
    expect(expanded.errors).toEqual([]);
    expect(expanded.lines).toHaveLength(1);
    expect(expanded.lines[0]).not.toContain('2.1.');
    expect((await scan(text('2.1.150', 'expand_vars'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`,
    ]);
    const split = src(
      ...header(`pkgs: { default: "typescript, ${C}@2.1.150" }`),
      'install:',
      '  script:',
      "    - npm i -g $[[ inputs.pkgs | split(',') | truncate(0,3) ]]",
    );
    expect((await scan(split)).errors).toEqual([
      '.gitlab-ci.yml:7 interpolation: invalid input type: truncate can only be used with string inputs',
    ]);
  });

  it('typed inputs: an array of commands, a boolean, a number; options and regex that hold are no error', async () => {
    const text = (v: string) =>
      src(
        ...header(
          'commands:',
          '  type: array',
          '  default:',
          '    - npm ci',
          `    - npm i -g ${C}@${v}`,
          'dry: { type: boolean, default: false }',
          'jobs: { type: number, default: 2, description: parallel jobs }',
          `channel: { options: [stable, latest], default: stable }`,
          'tag: { regex: ^v\\d+$, default: v1 }',
        ),
        'install:',
        '  parallel: $[[ inputs.jobs ]]',
        '  script: $[[ inputs.commands ]]',
        '  variables:',
        '    DRY: $[[ inputs.dry ]]',
        '    CHANNEL: $[[ inputs.channel ]]',
        '    TAG: $[[ inputs.tag ]]',
      );
    // The list's commands run where the block is written.
    expect(await scan(text('2.1.150'))).toEqual({
      lines: [`.gitlab-ci.yml:15 [gitlab-ci] npm ${C} 2.1.150`],
      errors: [],
    });
    expect((await scan(text('2.1.90'))).lines).toEqual([`.gitlab-ci.yml:15 [gitlab-ci] npm ${C} 2.1.90`]);
  });

  it("`$[[ matrix.* ]]` is GitLab's to fill later; a file without a header is not interpolated", async () => {
    const matrix = src(
      ...header('v: { default: "1" }'),
      'job:',
      '  needs:',
      '    - job: b',
      '      parallel:',
      '        matrix:',
      '          - X: $[[ matrix.X ]]',
      '  script: echo $[[ inputs.v ]] $[[ matrix.X ]]',
    );
    expect(await scan(matrix)).toEqual({ lines: [], errors: [] });
    const plain = src('install:', `  script: echo $[[ inputs.version ]]`);
    expect(await scan(plain)).toEqual({ lines: [], errors: [] });
  });
});

describe('GitLab CI inputs: what GitLab rejects is a located error', () => {
  it('a third document; a header holding more than `spec`', async () => {
    const third = src(
      ...header('v: { default: "1" }'),
      'job:',
      '  script: make',
      '---',
      'other:',
      `  script: npm i -g ${C}@2.1.150`,
    );
    expect((await scan(third)).errors).toEqual([
      '.gitlab-ci.yml:8 a third YAML document: GitLab reads a header (`spec:`) and the pipeline, and rejects more documents',
    ]);
    const keys = src(
      'spec:',
      '  inputs: {}',
      'stages: [test]',
      '---',
      'job:',
      `  script: npm i -g ${C}@2.1.150`,
    );
    const r = await scan(keys);
    expect(r.errors).toEqual([
      '.gitlab-ci.yml:3 the header document (before `---`) holds `stages`: GitLab allows only `spec` there',
    ]);
    // The pipeline is still read (the gate fails on the error either way).
    expect(r.lines).toEqual([`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150`]);
    const notSpec = src('stages: [test]', '---', 'job:', '  script: make');
    expect((await scan(notSpec)).errors).toEqual([
      '.gitlab-ci.yml:1 the header document (before `---`) holds `stages`: GitLab allows only `spec` there',
    ]);
  });

  it('no error for what GitLab accepts: empty documents, `spec: component`, an input with every key', async () => {
    const text = src(
      '---',
      'spec:',
      '  component: [name, version]',
      '  inputs:',
      '    v:',
      '      description: a version',
      '      type: string',
      '      default: "2.1.90"',
      '      options: ["2.1.90", "2.1.89"]',
      '      regex: ^2\\.1\\.\\d+$',
      '    bare:',
      '---',
      '# comments only above the jobs',
      'job:',
      `  script: npm i -g ${C}@$[[ inputs.v ]]`,
      '---',
    );
    expect(await scan(text)).toEqual({
      lines: [`.gitlab-ci.yml:15 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:8`],
      errors: [],
    });
  });

  it('an unknown interpolation key, an unknown function, too many functions', async () => {
    const text = (block: string) =>
      src(...header('version: { default: "2.1.150" }'), 'job:', `  script: echo ${block}`);
    expect((await scan(text('$[[ inputs.nope ]]'))).errors).toEqual([
      '.gitlab-ci.yml:6 interpolation: unknown interpolation key: `nope`',
    ]);
    expect((await scan(text('$[[ inputs.version | upcase ]]'))).errors).toEqual([
      '.gitlab-ci.yml:6 interpolation: no function matching `upcase`: check that the function name, arguments, and types are correct',
    ]);
    expect(
      (await scan(text('$[[ inputs.version | posix_escape | posix_escape | posix_escape | posix_escape ]]')))
        .errors,
    ).toEqual(['.gitlab-ci.yml:6 interpolation: too many functions in interpolation block']);
  });

  it('a default outside `options` or not matching `regex`', async () => {
    const options = src(
      ...header('version: { options: ["2.1.90"], default: "2.1.150" }'),
      'job:',
      `  script: ${install()}`,
    );
    expect(await scan(options)).toEqual({
      lines: [],
      errors: [
        '.gitlab-ci.yml:3 `version` input: default value `2.1.150` cannot be used because it is not in the list of allowed options',
      ],
    });
    const regex = src(
      ...header('version: { regex: ^2\\.1\\.90$, default: "2.1.150" }'),
      'job:',
      `  script: ${install()}`,
    );
    expect((await scan(regex)).errors).toEqual([
      '.gitlab-ci.yml:3 `version` input: default value `2.1.150` does not match required RegEx pattern',
    ]);
  });
});

describe('GitLab CI inputs: a pattern JavaScript would backtrack on is not run', () => {
  it('a quantified group against a long value: no hang, the value judged as accepted (a finding, not a silence)', async () => {
    const evil = src(
      ...header(`version: { regex: "^(a+)+$", default: "${'a'.repeat(40)}!" }`),
      'job:',
      `  script: ${install('2.1.150')}`,
    );
    const t0 = performance.now();
    const r = await scan(evil);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r).toEqual({ lines: [`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150`], errors: [] });
    // Twin: the same check with a pattern that cannot backtrack is run, and rejects the default.
    const plain = evil.replace('^(a+)+$', '^a+b$');
    expect((await scan(plain)).errors).toHaveLength(1);
  });
});

describe('GitLab CI inputs: the values callers pass', () => {
  const template = (def: string | null) =>
    src(
      ...header('version:', ...(def ? [`  default: "${def}"`] : []), 'prefix:', '  default: cc'),
      '$[[ inputs.prefix ]]-install:',
      '  script:',
      `    - npm install -g ${C}@$[[ inputs.version ]]`,
    );
  const caller = (...entries: string[][]) => src('include:', ...entries.flat());
  const local = (version: string | null, prefix?: string) => [
    '  - local: ci/install.yml',
    ...(version || prefix ? ['    inputs:'] : []),
    ...(version ? [`      version: "${version}"`] : []),
    ...(prefix ? [`      prefix: ${prefix}`] : []),
  ];

  it('include: local with inputs: the caller’s value, located at the caller’s line', async () => {
    const files = { 'ci/install.yml': template('2.1.90') };
    expect(await scan(caller(local('2.1.150')), files)).toEqual({
      lines: [`ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`],
      errors: [],
    });
    // Twin: a safe value passed over a safe default.
    expect(await scan(caller(local('2.1.89')), files)).toEqual({
      lines: [`ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.89 from .gitlab-ci.yml:4`],
      errors: [],
    });
    // No value passed: the default.
    expect((await scan(caller(local(null)), files)).lines).toEqual([
      `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.90 from ci/install.yml:4`,
    ]);
  });

  it('a banned default a caller overrides with a safe value is not run: a template runs with its callers’ inputs', async () => {
    const files = { 'ci/install.yml': template('2.1.150') };
    expect(await scan(caller(local('2.1.90')), files)).toEqual({
      lines: [`ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`],
      errors: [],
    });
  });

  it('each caller gives its own run: the same template included twice with different inputs', async () => {
    const files = { 'ci/install.yml': template('2.1.90') };
    expect(await scan(caller(local('2.1.90', 'safe'), local('2.1.150', 'agents')), files)).toEqual({
      lines: [
        `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
        `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:8`,
      ],
      errors: [],
    });
    // With one job name the later include's job replaces the earlier one's script, which is
    // still text of the repository's pipeline: read on its own, as a replaced parent script is.
    expect((await scan(caller(local('2.1.150'), local('2.1.90')), files)).lines).toEqual([
      `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:7`,
      `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`,
    ]);
  });

  it('a value passed on through the caller’s own input keeps the outermost line', async () => {
    const middle = src(
      ...header('cc:', '  default: "2.1.90"'),
      'include:',
      '  - local: ci/install.yml',
      '    inputs:',
      '      version: $[[ inputs.cc ]]',
    );
    const files = { 'ci/middle.yml': middle, 'ci/install.yml': template('2.1.90') };
    const text = (v: string) =>
      src('include:', '  - local: ci/middle.yml', '    inputs:', `      cc: "${v}"`);
    expect(await scan(text('2.1.150'), files)).toEqual({
      lines: [`ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`],
      errors: [],
    });
    expect((await scan(text('2.1.90'), files)).lines).toEqual([
      `ci/install.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
    ]);
  });

  it('this project’s component at this commit is its templates/ file; another project’s is not read', async () => {
    const files = { 'templates/claude.yml': template('2.1.90') };
    const text = (ref: string, v: string) =>
      src('include:', `  - component: ${ref}`, '    inputs:', `      version: "${v}"`);
    for (const ref of [
      '$CI_SERVER_FQDN/$CI_PROJECT_PATH/claude@$CI_COMMIT_SHA',
      '${CI_SERVER_FQDN}/${CI_PROJECT_PATH}/claude@${CI_COMMIT_REF_NAME}',
    ]) {
      expect(await scan(text(ref, '2.1.150'), files)).toEqual({
        lines: [`templates/claude.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`],
        errors: [],
      });
      expect((await scan(text(ref, '2.1.90'), files)).lines).toEqual([
        `templates/claude.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
      ]);
    }
    // The folder form: templates/NAME/template.yml.
    expect(
      (
        await scan(text('$CI_SERVER_FQDN/$CI_PROJECT_PATH/claude@$CI_COMMIT_SHA', '2.1.150'), {
          'templates/claude/template.yml': template('2.1.90'),
        })
      ).lines,
    ).toEqual([`templates/claude/template.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`]);
    // A released version or another project: not this tree, not read, no error.
    for (const ref of ['$CI_SERVER_FQDN/$CI_PROJECT_PATH/claude@1.0.0', 'gitlab.com/acme/ci/claude@1.0.0'])
      expect(await scan(text(ref, '2.1.150'), files)).toEqual({ lines: [], errors: [] });
  });

  it('what GitLab rejects: a value outside options, an unknown input, a missing required one, inputs to a file without a header', async () => {
    const restricted = src(
      ...header('version:', '  default: "2.1.90"', '  options: ["2.1.90", "2.1.89"]'),
      'install:',
      `  script: npm i -g ${C}@$[[ inputs.version ]]`,
    );
    expect(await scan(caller(local('2.1.150')), { 'ci/install.yml': restricted })).toEqual({
      lines: [],
      errors: [
        '.gitlab-ci.yml:4 `version` input: provided value `2.1.150` cannot be used because it is not in the list of allowed options',
      ],
    });
    expect(await scan(caller(local('2.1.89')), { 'ci/install.yml': restricted })).toEqual({
      lines: [`ci/install.yml:8 [gitlab-ci] npm ${C} 2.1.89 from .gitlab-ci.yml:4`],
      errors: [],
    });
    const files = { 'ci/install.yml': template(null) };
    expect((await scan(caller(local(null)), files)).errors).toEqual([
      '.gitlab-ci.yml:2 `version` input: required value has not been provided',
    ]);
    expect((await scan(caller([...local('2.1.90'), '      nope: x']), files)).errors).toEqual([
      '.gitlab-ci.yml:2 unknown input arguments: nope',
    ]);
    const plain = { 'ci/install.yml': src('install:', `  script: npm i -g ${C}@2.1.150`) };
    expect(await scan(caller(local('2.1.90')), plain)).toEqual({
      lines: [],
      errors: [
        '.gitlab-ci.yml:2 inputs given to a file without a `spec: inputs:` header: GitLab rejects the include',
      ],
    });
    // Twin: no inputs, the file is read as before.
    expect((await scan(caller(local(null)), plain)).lines).toEqual([
      `ci/install.yml:2 [gitlab-ci] npm ${C} 2.1.150`,
    ]);
  });

  it('a use rejected for what the caller passes is an error at the caller, naming the template’s line', async () => {
    const template = src(
      ...header('version:', '  type: array', '  default: ["2.1.90"]'),
      'install:',
      '  script: npm i -g @anthropic-ai/claude-code@$[[ inputs.version | truncate(0,7) ]]',
    );
    const text = src(
      'include:',
      '  - local: .gitlab/ci/install.yml',
      '    inputs:',
      '      version: ["2.1.150"]',
    );
    expect(await scan(text, { '.gitlab/ci/install.yml': template })).toEqual({
      lines: [],
      errors: [
        '.gitlab-ci.yml:2 .gitlab/ci/install.yml:8: interpolation: invalid input type: truncate can only be used with string inputs (GitLab rejects this include)',
      ],
    });
  });

  it('trigger: include: a child pipeline with its inputs and the trigger job’s variables', async () => {
    const child = src(
      ...header('version:', '  default: "2.1.90"'),
      'install:',
      '  script:',
      `    - npm install -g ${C}@$[[ inputs.version ]]`,
      `    - npx -y ${C}@$AGENT_VERSION --version`,
    );
    const text = (v: string, agent: string) =>
      src(
        'agents:',
        '  variables:',
        `    AGENT_VERSION: "${agent}"`,
        '  trigger:',
        '    include:',
        '      - local: ci/child.yml',
        '        inputs:',
        `          version: "${v}"`,
        '    strategy: depend',
      );
    const files = { 'ci/child.yml': child };
    expect(await scan(text('2.1.150', '2.1.151'), files)).toEqual({
      lines: [
        `ci/child.yml:8 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:8`,
        `ci/child.yml:9 [gitlab-ci] npm ${C} 2.1.151 from .gitlab-ci.yml:3`,
      ],
      errors: [],
    });
    expect((await scan(text('2.1.90', '2.1.89'), files)).lines).toEqual([
      `ci/child.yml:8 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:8`,
      `ci/child.yml:9 [gitlab-ci] npm ${C} 2.1.89 from .gitlab-ci.yml:3`,
    ]);
    // The string form, and a trigger of another project (no file here, no error).
    const short = src('child:', '  trigger:', '    include: ci/child.yml');
    expect((await scan(short, files)).lines).toEqual([
      `ci/child.yml:8 [gitlab-ci] npm ${C} 2.1.90 from ci/child.yml:4`,
      `ci/child.yml:9 [gitlab-ci] npm ${C} ($AGENT_VERSION)`,
    ]);
    expect(await scan(src('downstream:', '  trigger: acme/deploy'), files)).toEqual({
      lines: [],
      errors: [],
    });
  });
});

describe('GitLab CI inputs: hostile shapes', () => {
  it('50,000 unclosed blocks on one line are read in linear time; a closed block after them still counts', async () => {
    const text = src(
      ...header('version:', '  default: "2.1.150"'),
      'install:',
      '  script:',
      `    - echo "${'$[[ x '.repeat(50_000)}"`,
      `    - ${install()}`,
    );
    const t0 = performance.now();
    const r = await scan(text);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.lines).toEqual([`.gitlab-ci.yml:9 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`]);
  });

  it('a value holding a newline is read as GitLab’s text interpolation reads it too (a list item of its own)', async () => {
    const template = src(
      ...header('version:', '  default: "2.1.90"'),
      'install:',
      '  script:',
      `    - npm install -g ${C}@$[[ inputs.version ]]`,
    );
    const text = (v: string) =>
      src('include:', '  - local: ci/install.yml', '    inputs:', `      version: ${v}`);
    const injected = await scan(text(JSON.stringify(`2.1.90\n    - npm i -g ${C}@2.1.150`)), {
      'ci/install.yml': template,
    });
    expect(injected.errors).toEqual([]);
    // The structural reading (one command of two lines, the second runs `-`) and the text one.
    expect(new Set(injected.lines)).toEqual(
      new Set([
        `ci/install.yml:8 [gitlab-ci] npm ${C} 2.1.90`,
        `ci/install.yml:9 [gitlab-ci] npm ${C} 2.1.150`,
      ]),
    );
    // Twin: a value on one line adds nothing.
    expect((await scan(text('"2.1.90"'), { 'ci/install.yml': template })).lines).toEqual([
      `ci/install.yml:8 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
    ]);
  });

  it('`spec: include:` takes inputs declared elsewhere: an input not declared here is unknown, not an error', async () => {
    const text = src(
      'spec:',
      '  include:',
      '    - local: ci/inputs.yml',
      '---',
      'install:',
      `  script: ${install()}`,
    );
    expect(await scan(text)).toEqual({
      lines: [`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} ($[[ inputs.version ]])`],
      errors: [],
    });
  });

  it('a template that includes itself with ever new inputs is bounded, and an error', async () => {
    const self = src(
      ...header('n:', '  default: "0"'),
      'include:',
      ...['a', 'b', 'c'].flatMap((x) => [
        '  - local: ci/self.yml',
        '    inputs:',
        `      n: "$[[ inputs.n ]]${x}"`,
      ]),
      `job-$[[ inputs.n ]]:`,
      `  script: npm i -g ${C}@2.1.90`,
    );
    const started = Date.now();
    const r = await scan(src('include: ci/self.yml'), { 'ci/self.yml': self });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.errors).toEqual([
      '.gitlab-ci.yml: more than 500 uses of included files: the others are not read',
    ]);
    expect(new Set(r.lines)).toEqual(new Set([`ci/self.yml:17 [gitlab-ci] npm ${C} 2.1.90`]));
  }, 60_000);

  it('a large pipeline of inputs: 2,000 jobs named and versioned by inputs', async () => {
    const lines = [...header('v:', '  default: "2.1.90"', 'p:', '  default: job')];
    for (let j = 0; j < 2000; j++)
      lines.push(
        `$[[ inputs.p ]]-${j}:`,
        '  variables:',
        `    V${j}: $[[ inputs.v ]]`,
        `  script: npm i -g ${C}@$[[ inputs.v ]] && make step${j}`,
      );
    const started = Date.now();
    const r = await scan(src(...lines));
    const ms = Date.now() - started;
    expect(r.errors).toEqual([]);
    expect(new Set(r.lines).size).toBe(2000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});

describe('GitLab CI inputs: through the inventory and the CLI', () => {
  it('the CLI bundle on a repository holding a header and the pipeline: a finding, no error', () => {
    const text = (v: string) =>
      src(...header('version:', `  default: ${v}`), 'install:', '  script:', `    - ${install()}`);
    const run = (v: string) => {
      const r = spawnSync(
        process.execPath,
        [CLI_BUNDLE, 'scan', makeRepo({ '.gitlab-ci.yml': text(v) }), '--format', 'json', '--offline'],
        {
          encoding: 'utf8',
        },
      );
      const json = JSON.parse(r.stdout) as {
        errors: unknown[];
        findings: {
          action: string;
          component: { name: string; version: string };
          location: { line: number };
        }[];
      };
      const cc = json.findings.filter((f) => f.component.name === C);
      return {
        code: r.status,
        errors: json.errors,
        cc: cc.map((f) => `${f.action} ${f.location.line} ${f.component.version}`),
      };
    };
    expect(run('2.1.150')).toEqual({ code: 1, errors: [], cc: ['fail 8 2.1.150'] });
    expect(run('2.1.90')).toEqual({ code: 0, errors: [], cc: [] });
  }, 60_000);

  it('a template under .gitlab/ (read on its own too) is judged only in its callers’ uses', async () => {
    const tree = (v: string) =>
      makeTree({
        '.gitlab-ci.yml': src(
          'include:',
          '  - local: .gitlab/ci/claude.yml',
          '    inputs:',
          `      version: "${v}"`,
        ),
        '.gitlab/ci/claude.yml': src(
          ...header('version:', '  default: "2.1.150"'),
          'claude:',
          `  script: ${install()}`,
        ),
      });
    const cc = (lines: string[]) => lines.filter((l) => l.includes(C));
    const safe = await inventoryOf(tree('2.1.90'));
    expect(safe.errors).toEqual([]);
    expect(cc(safe.lines)).toEqual([`.gitlab/ci/claude.yml:7 [gitlab-ci] npm ${C} 2.1.90`]);
    expect(cc((await inventoryOf(tree('2.1.151'))).lines)).toEqual([
      `.gitlab/ci/claude.yml:7 [gitlab-ci] npm ${C} 2.1.151`,
    ]);
    // Nothing includes it: it is read on its own, with its default.
    const alone = makeTree({
      '.gitlab/ci/claude.yml': src(
        ...header('version:', '  default: "2.1.150"'),
        'claude:',
        `  script: ${install()}`,
      ),
    });
    expect(cc((await inventoryOf(alone)).lines)).toEqual([
      `.gitlab/ci/claude.yml:7 [gitlab-ci] npm ${C} 2.1.150`,
    ]);
  });
});
