// What a GitLab CI job inherits: `extends:` (deep merge of maps, lists replaced, later entries
// win), YAML anchors and merge keys, `!reference` tags, `default:` and `inherit:`. Each attack
// has a negative twin that stays quiet (a safe version, an override, an echo). Shapes follow
// GitLab's documented examples (docs.gitlab.com/ci/yaml/yaml_optimization).
import { describe, expect, it } from 'vitest';
import { CI_FORMATS, scanCiConfig } from '../../../src/detectors/ci-config.js';
import { defaultLimits } from '../../../src/model/limits.js';
import { inventoryOf, line } from '../../helpers/inventory-lines.js';
import { makeTree } from '../../helpers/tmp.js';

const C = '@anthropic-ai/claude-code';
const gitlab = CI_FORMATS.find((f) => f.id === 'gitlab-ci')!;

async function scan(text: string, files: Record<string, string> = {}) {
  const r = await scanCiConfig(gitlab, {
    path: '.gitlab-ci.yml',
    text,
    limits: defaultLimits,
    readFile: (p) => Promise.resolve(files[p] ?? null),
  });
  return {
    lines: r.components.map((c) => {
      const from = c.versionFrom ? ` from ${c.versionFrom.file}:${c.versionFrom.line}` : '';
      return `${line(c)}${from}`;
    }),
    errors: r.errors,
  };
}
const src = (...lines: string[]) => lines.join('\n') + '\n';

describe('GitLab CI: what a job inherits', () => {
  it('extends: a hidden job’s variables reach the child’s script (string and list forms)', async () => {
    const text = (v: string, ext: string) =>
      src(
        '.base:',
        '  variables:',
        `    CC_VERSION: "${v}"`,
        'install:',
        `  extends: ${ext}`,
        '  script:',
        `    - npm i -g ${C}@$CC_VERSION`,
      );
    for (const ext of ['.base', '[.base]']) {
      expect(await scan(text('2.1.150', ext))).toEqual({
        lines: [`.gitlab-ci.yml:7 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`],
        errors: [],
      });
      expect((await scan(text('2.1.90', ext))).lines).toEqual([
        `.gitlab-ci.yml:7 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:3`,
      ]);
    }
  });

  it('extends: the script a template holds runs with the child’s variables, once per version', async () => {
    const text = (v: string) =>
      src(
        'variables:',
        '  CC_VERSION: "2.1.90"',
        '.install:',
        '  script:',
        `    - npm i -g ${C}@$CC_VERSION`,
        'agents:',
        '  extends: .install',
        '  variables:',
        `    CC_VERSION: "${v}"`,
        'lint:',
        '  extends: .install',
      );
    expect((await scan(text('2.1.150'))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:9`,
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:2`,
    ]);
    // Twin: both jobs safe; the template is not read again on its own (one finding per version).
    expect((await scan(text('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:9`,
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:2`,
    ]);
  });

  it('extends: multi-level; a list’s later entry wins; the child’s own variables win', async () => {
    const text = (a: string, b: string, own: string | null) =>
      src(
        '.a:',
        '  variables:',
        `    CC_VERSION: "${a}"`,
        '  script:',
        `    - npm i -g ${C}@$CC_VERSION`,
        '.b:',
        '  variables:',
        `    CC_VERSION: "${b}"`,
        '.c:',
        '  extends: .a',
        'job:',
        '  extends: [.c, .b]',
        ...(own ? ['  variables:', `    CC_VERSION: "${own}"`] : []),
      );
    // .b comes last: its version wins over .a's reached through .c.
    expect((await scan(text('2.1.90', '2.1.150', null))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:8`,
    ]);
    expect((await scan(text('2.1.150', '2.1.90', null))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:8`,
    ]);
    // The child's own value wins over every parent.
    expect((await scan(text('2.1.150', '2.1.150', '2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:14`,
    ]);
    expect((await scan(text('2.1.90', '2.1.90', '2.1.150'))).lines).toEqual([
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:14`,
    ]);
  });

  it('extends: lists are replaced, not joined; a parent’s script the child replaces is still read', async () => {
    const text = src(
      '.base:',
      '  variables:',
      '    CC_VERSION: "2.1.150"',
      '  script:',
      `    - npm i -g ${C}@2.1.151`,
      'job:',
      '  extends: .base',
      '  script:',
      `    - echo npm i -g ${C}@$CC_VERSION`,
      `    - npx -y ${C}@$CC_VERSION --version`,
    );
    // The replaced install is text of the repository: reported once, on its own.
    expect((await scan(text)).lines).toEqual([
      `.gitlab-ci.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`,
      `.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.151`,
    ]);
  });

  it('anchors and merge keys: on the job and on variables', async () => {
    const onJob = (v: string) =>
      src(
        '.defaults: &defaults',
        '  variables:',
        `    CC_VERSION: "${v}"`,
        'install:',
        '  <<: *defaults',
        '  script:',
        `    - npm i -g ${C}@$CC_VERSION`,
      );
    expect((await scan(onJob('2.1.150'))).lines).toEqual([
      `.gitlab-ci.yml:7 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`,
    ]);
    expect((await scan(onJob('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:7 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:3`,
    ]);
    const onVars = (v: string, own: string) =>
      src(
        '.vars: &vars',
        `  CC_VERSION: "${v}"`,
        'install:',
        '  variables:',
        '    <<: *vars',
        ...own.split('\n').filter(Boolean),
        '  script:',
        `    - npm i -g ${C}@$CC_VERSION`,
      );
    expect((await scan(onVars('2.1.150', ''))).lines).toEqual([
      `.gitlab-ci.yml:7 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`,
    ]);
    // The map's own key wins over a merged one, wherever it is written.
    expect((await scan(onVars('2.1.150', '    CC_VERSION: "2.1.90"'))).lines).toEqual([
      `.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:6`,
    ]);
    // A list of merged maps: the first one holding a key wins.
    const list = src(
      '.a: &a',
      '  CC_VERSION: "2.1.150"',
      '.b: &b',
      '  CC_VERSION: "2.1.90"',
      'install:',
      '  variables:',
      '    <<: [*a, *b]',
      `  script: npm i -g ${C}@$CC_VERSION`,
    );
    expect((await scan(list)).lines).toEqual([
      `.gitlab-ci.yml:8 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`,
    ]);
  });

  it('anchors: a script list reused by alias runs with each job’s variables', async () => {
    const text = src(
      '.install: &install',
      `  - npm i -g ${C}@$CC_VERSION`,
      'a:',
      '  variables: { CC_VERSION: "2.1.150" }',
      '  script: *install',
      'b:',
      '  variables: { CC_VERSION: "2.1.90" }',
      '  script: *install',
    );
    expect((await scan(text)).lines).toEqual([
      `.gitlab-ci.yml:2 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`,
      `.gitlab-ci.yml:2 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:7`,
    ]);
  });

  it('!reference: the referenced commands run in place with the job’s variables', async () => {
    const text = (v: string, cmd: string) =>
      src(
        '.install:',
        '  script:',
        `    - ${cmd}`,
        'job:',
        '  variables:',
        `    CC_VERSION: "${v}"`,
        '  script:',
        '    - !reference [.install, script]',
        '    - claude --version',
      );
    const install = `npm i -g ${C}@$CC_VERSION`;
    expect(await scan(text('2.1.150', install))).toEqual({
      lines: [`.gitlab-ci.yml:3 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:6`],
      errors: [],
    });
    expect(await scan(text('2.1.90', install))).toEqual({
      lines: [`.gitlab-ci.yml:3 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:6`],
      errors: [],
    });
    expect(await scan(text('2.1.150', `echo "${install}"`))).toEqual({ lines: [], errors: [] });
  });

  it('!reference: nested references, variables by reference; a target not in the files is no error', async () => {
    const text = src(
      '.vars:',
      '  variables:',
      '    CC_VERSION: "2.1.150"',
      '.setup:',
      '  script:',
      `    - npm i -g ${C}@$CC_VERSION`,
      '.deploy:',
      '  script:',
      '    - !reference [.setup, script]',
      'a:',
      '  variables: !reference [.vars, variables]',
      '  script: [!reference [.deploy, script]]',
      'b:',
      '  variables:',
      '    CC_VERSION: !reference [.vars, variables, CC_VERSION]',
      '  script:',
      '    - !reference [.deploy, script]',
      'c:',
      '  script:',
      '    - !reference [.nowhere, script]',
    );
    // Jobs a and b run the same commands with the same variables: read once. A project or remote
    // include may define .nowhere, so it is not an error, and its items are not commands.
    expect(await scan(text)).toEqual({
      lines: [`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`],
      errors: [],
    });
  });

  it('the file’s variables through a merge key; a whole script key by !reference', async () => {
    const text = (v: string) =>
      src(
        '.pins: &pins',
        `  CC_VERSION: "${v}"`,
        'variables:',
        '  <<: *pins',
        '.install:',
        `  script: npm i -g ${C}@$CC_VERSION`,
        'agents:',
        '  script: !reference [.install, script]',
      );
    expect(await scan(text('2.1.150'))).toEqual({
      lines: [`.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`],
      errors: [],
    });
    expect((await scan(text('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:2`,
    ]);
  });

  it('hooks: pre_get_sources_script is a command site (a job’s or default’s)', async () => {
    const text = src(
      'variables:',
      '  CC_VERSION: "2.1.150"',
      'default:',
      '  hooks:',
      `    pre_get_sources_script: npm i -g ${C}@$CC_VERSION`,
      'job:',
      '  hooks:',
      '    pre_get_sources_script:',
      `      - echo npm i -g ${C}@$CC_VERSION`,
      '  script: [make]',
    );
    expect(await scan(text)).toEqual({
      lines: [`.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`],
      errors: [],
    });
  });

  it('default: before_script runs in each job with its variables, unless the job has its own or inherit: default: false', async () => {
    const text = (job: string) =>
      src(
        'default:',
        '  before_script:',
        `    - npm i -g ${C}@$CC_VERSION`,
        'job:',
        '  variables:',
        '    CC_VERSION: "2.1.150"',
        ...job.split('\n').filter(Boolean),
        '  script: [make]',
      );
    expect((await scan(text(''))).lines).toEqual([
      `.gitlab-ci.yml:3 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:6`,
    ]);
    // The job's own before_script replaces the default one, which is then read on its own.
    expect((await scan(text('  before_script: [npm ci]'))).lines).toEqual([
      `.gitlab-ci.yml:3 [gitlab-ci] npm ${C} ($CC_VERSION)`,
    ]);
    expect((await scan(text('  inherit:\n    default: false'))).lines).toEqual([
      `.gitlab-ci.yml:3 [gitlab-ci] npm ${C} ($CC_VERSION)`,
    ]);
  });

  it('inherit: variables: false or a list keeps the file’s variables from the job', async () => {
    const text = (inherit: string) =>
      src(
        'variables:',
        '  CC_VERSION: "2.1.150"',
        'job:',
        ...inherit.split('\n').filter(Boolean),
        `  script: npm i -g ${C}@$CC_VERSION`,
      );
    expect((await scan(text(''))).lines).toEqual([
      `.gitlab-ci.yml:4 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`,
    ]);
    expect((await scan(text('  inherit:\n    variables: false'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} ($CC_VERSION)`,
    ]);
    expect((await scan(text('  inherit:\n    variables: [OTHER]'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} ($CC_VERSION)`,
    ]);
    expect((await scan(text('  inherit:\n    variables: [CC_VERSION]'))).lines).toEqual([
      `.gitlab-ci.yml:6 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:2`,
    ]);
  });

  it('rules: variables of a workflow rule or a job rule give runs of their own', async () => {
    const workflow = (v: string) =>
      src(
        'variables:',
        '  CC_VERSION: "2.1.90"',
        'workflow:',
        '  rules:',
        '    - if: $CI_COMMIT_BRANCH == "main"',
        '      variables:',
        `        CC_VERSION: "${v}"`,
        '    - when: always',
        'agents:',
        `  script: npm i -g ${C}@$CC_VERSION`,
      );
    expect((await scan(workflow('2.1.150'))).lines).toEqual([
      `.gitlab-ci.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:2`,
      `.gitlab-ci.yml:10 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:7`,
    ]);
    expect((await scan(workflow('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:2`,
      `.gitlab-ci.yml:10 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:7`,
    ]);
    // A job rule's variables win over the job's own; rules reused by !reference count too.
    const job = (v: string) =>
      src(
        '.rules:',
        '  rules:',
        '    - if: $CI_PIPELINE_SOURCE == "schedule"',
        '      variables:',
        `        CC_VERSION: "${v}"`,
        'agents:',
        '  variables:',
        '    CC_VERSION: "2.1.90"',
        '  rules:',
        '    - !reference [.rules, rules]',
        '    - when: on_success',
        `  script: npm i -g ${C}@$CC_VERSION`,
      );
    expect((await scan(job('2.1.150'))).lines).toEqual([
      `.gitlab-ci.yml:12 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:8`,
      `.gitlab-ci.yml:12 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:5`,
    ]);
    expect((await scan(job('2.1.90'))).lines).toEqual([
      `.gitlab-ci.yml:12 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:8`,
      `.gitlab-ci.yml:12 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:5`,
    ]);
  });

  it('includes: a job redefined by the including file is merged over the included one', async () => {
    // GitLab's "override included configuration values": the main file's keys win, maps merge.
    const included = src(
      'variables:',
      '  CC_VERSION: "2.1.90"',
      'default:',
      `  before_script: [npm i -g ${C}@$CC_VERSION]`,
      'agents:',
      '  variables:',
      '    CC_VERSION: "2.1.90"',
      '    OTHER: x',
      '  script: [claude --version]',
    );
    const text = (v: string) =>
      src('include: ci/agents.yml', 'agents:', '  variables:', `    CC_VERSION: "${v}"`);
    expect(await scan(text('2.1.150'), { 'ci/agents.yml': included })).toEqual({
      lines: [`ci/agents.yml:4 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:4`],
      errors: [],
    });
    expect((await scan(text('2.1.90'), { 'ci/agents.yml': included })).lines).toEqual([
      `ci/agents.yml:4 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:4`,
    ]);
  });

  it('extends across a local include: the template’s install is located in its own file', async () => {
    const templates = src('.install:', '  script:', `    - npm i -g ${C}@$CC_VERSION`);
    const text = (v: string) =>
      src(
        'include:',
        '  - local: ci/templates.yml',
        'agents:',
        '  extends: .install',
        '  variables:',
        `    CC_VERSION: "${v}"`,
      );
    expect(await scan(text('2.1.150'), { 'ci/templates.yml': templates })).toEqual({
      lines: [`ci/templates.yml:3 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:6`],
      errors: [],
    });
    expect((await scan(text('2.1.90'), { 'ci/templates.yml': templates })).lines).toEqual([
      `ci/templates.yml:3 [gitlab-ci] npm ${C} 2.1.90 from .gitlab-ci.yml:6`,
    ]);
  });

  it('inventory: an included file is judged in the including file’s context only', async () => {
    // `.gitlab/ci/*.yml` fragments are also claimed by the GitLab detector on their own, and
    // `ci/*.yml` by the YAML fallback: neither adds an unknown version next to the known one.
    for (const path of ['.gitlab/ci/templates.yml', 'ci/templates.yml']) {
      const tree = (v: string) =>
        makeTree({
          '.gitlab-ci.yml': src(
            'include:',
            `  - local: ${path}`,
            'agents:',
            '  extends: .install',
            '  variables:',
            `    CC_VERSION: "${v}"`,
          ),
          [path]: src('.install:', '  script:', `    - npm i -g ${C}@$CC_VERSION`),
        });
      const cc = (lines: string[]) => lines.filter((l) => l.includes(C));
      expect(cc((await inventoryOf(tree('2.1.150'))).lines)).toEqual([
        `${path}:3 [gitlab-ci] npm ${C} 2.1.150`,
      ]);
      expect(cc((await inventoryOf(tree('2.1.90'))).lines)).toEqual([
        `${path}:3 [gitlab-ci] npm ${C} 2.1.90`,
      ]);
    }
  });

  it('an inherited script that runs a file is followed with the child’s variables', async () => {
    const text = (v: string) =>
      src(
        '.tools:',
        '  script:',
        '    - ./scripts/install.sh',
        'agents:',
        '  extends: .tools',
        '  variables:',
        `    CC_VERSION: "${v}"`,
      );
    const script = `#!/bin/sh\nnpm install -g "${C}@\${CC_VERSION:-latest}"\n`;
    expect((await scan(text('2.1.150'), { 'scripts/install.sh': script })).lines).toEqual([
      `scripts/install.sh:2 [shell-script] npm ${C} 2.1.150 from .gitlab-ci.yml:7`,
    ]);
    expect((await scan(text('2.1.90'), { 'scripts/install.sh': script })).lines).toEqual([
      `scripts/install.sh:2 [shell-script] npm ${C} 2.1.90 from .gitlab-ci.yml:7`,
    ]);
  });

  it('hostile shapes: extends cycles are located errors; a parent not in the files is none', async () => {
    const cycle = src(
      '.a:',
      '  extends: .b',
      '.b:',
      '  extends: .a',
      `  script: npm i -g ${C}@2.1.150`,
      'job:',
      '  extends: .a',
    );
    const r = await scan(cycle);
    expect(r.lines).toEqual([`.gitlab-ci.yml:5 [gitlab-ci] npm ${C} 2.1.150`]);
    expect(r.errors.map((e) => e.message)).toContain('extends: .a: circular dependency');
    const missing = await scan(src('job:', '  extends: .nowhere', `  script: npm i -g ${C}@2.1.150`));
    expect(missing.lines).toEqual([`.gitlab-ci.yml:3 [gitlab-ci] npm ${C} 2.1.150`]);
    // `include: template:` / `project:` jobs (.auto-deploy, …) are extended without being in the repository.
    expect(missing.errors).toEqual([]);
  });

  it('a template that cannot be parsed, run by several jobs, is one located error', async () => {
    const text = src(
      '.t:',
      '  script:',
      '    - echo "unterminated',
      'a:',
      '  extends: .t',
      '  variables: { V: "1" }',
      'b:',
      '  extends: .t',
      '  variables: { V: "2" }',
    );
    const r = await scan(text);
    expect(r.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['.gitlab-ci.yml:3']);
  });

  it('hostile merge keys: a map merging itself, an alias fan-out; many jobs sharing globals are no error', async () => {
    const self = await scan(
      src('job: &job', '  <<: *job', '  variables: { V: "2.1.150" }', `  script: npm i -g ${C}@$V`),
    );
    expect(self).toEqual({
      lines: [`.gitlab-ci.yml:4 [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:3`],
      errors: [],
    });
    // Ten levels of ten merged maps each: 10^10 keys if expanded, read once per map instead.
    const fan = ['.l0: &l0', '  A0: "1"'];
    for (let i = 1; i <= 10; i++)
      fan.push(
        `.l${i}: &l${i}`,
        `  <<: [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`,
        `  A${i}: "1"`,
      );
    fan.push(
      'job:',
      '  variables:',
      '    <<: *l10',
      `    CC_VERSION: "2.1.150"`,
      `  script: npm i -g ${C}@$CC_VERSION`,
    );
    const r = await scan(src(...fan));
    expect(r).toEqual({
      lines: [
        `.gitlab-ci.yml:${fan.length} [gitlab-ci] npm ${C} 2.1.150 from .gitlab-ci.yml:${fan.length - 1}`,
      ],
      errors: [],
    });
    // 3,000 jobs extending one template, under global variables and workflow rules.
    const many = [
      'variables: { V: "1" }',
      'workflow:',
      '  rules:',
      '    - variables: { V: "2" }',
      '.t:',
      '  script: [make]',
    ];
    for (let j = 0; j < 3000; j++) many.push(`j${j}:`, '  extends: .t');
    expect((await scan(src(...many))).errors).toEqual([]);
  }, 60_000);

  it('hostile fan-out: many jobs running one big template with their own values are bounded, and an error', async () => {
    const lines = ['.t:', '  script:'];
    for (let i = 0; i < 1000; i++) lines.push(`    - make step${i} V=$V`);
    lines.push(`    - npm i -g ${C}@$V`);
    for (let j = 0; j < 60; j++) lines.push(`j${j}:`, '  extends: .t', '  variables:', `    V: "2.1.${j}"`);
    const r = await scan(src(...lines));
    expect(r.errors).toEqual([
      {
        file: '.gitlab-ci.yml',
        message: 'jobs run more than 50000 commands with their variables: the others are read once each',
      },
    ]);
    // The 49 jobs read within the bound, each with its own version.
    expect(r.lines).toHaveLength(49);
  }, 60_000);
});
