import { describe, expect, it } from 'vitest';
import { isWorkflowPath, scanWorkflow } from '../../src/detectors/github-workflow.js';
import { defaultLimits } from '../../src/model/limits.js';
import { inventoryOf, line } from '../helpers/inventory-lines.js';

const scan = (text: string, path = '.github/workflows/w.yml', files: Record<string, string> = {}) =>
  scanWorkflow({ path, text, limits: defaultLimits, readFile: (p) => Promise.resolve(files[p] ?? null) });

describe('GitHub workflows and composite actions', () => {
  it('matches workflows and action.yml files', () => {
    expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/ci.yaml')).toBe(true);
    expect(isWorkflowPath('.github/actions/setup/action.yml')).toBe(true);
    expect(isWorkflowPath('action.yaml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/sub/ci.yml')).toBe(false);
    expect(isWorkflowPath('.github/dependabot.yml')).toBe(false);
  });

  it('uses: (tag, branch, SHA, reusable workflow), version inputs, run: lines; comments are silent', async () => {
    const inv = await inventoryOf('test/fixtures/workflows');
    expect(inv.errors).toEqual([]);
    expect(inv.lines).toEqual([
      '.github/actions/setup-ai/action.yml:5 [github-workflow] github-action actions/setup-node v4',
      '.github/actions/setup-ai/action.yml:8 [github-workflow] installer claude.ai/install.sh (${{ inputs.version }})',
      '.github/workflows/ai.yml:7 [github-workflow] github-action org/shared/.github/workflows/claude-review.yml 0123456789abcdef0123456789abcdef01234567',
      '.github/workflows/ai.yml:13 [github-workflow] github-action actions/checkout v4',
      '.github/workflows/ai.yml:16 [github-workflow] github-action anthropics/claude-code-action 787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251',
      '.github/workflows/ai.yml:17 [github-workflow] github-action google-github-actions/run-gemini-cli main',
      '.github/workflows/ai.yml:19 [github-workflow] npm @google/gemini-cli (${{ vars.GEMINI_CLI_VERSION }})',
      '.github/workflows/ai.yml:20 [github-workflow] github-action openai/codex-action v1',
      '.github/workflows/ai.yml:22 [github-workflow] npm @openai/codex 0.58.0',
      '.github/workflows/ai.yml:28 [github-workflow] npm @anthropic-ai/claude-code 2.1.150',
      '.github/workflows/ai.yml:30 [github-workflow] npm @google/gemini-cli (${{ inputs.gemini }})',
      '.github/workflows/ai.yml:31 [github-workflow] pypi aider-chat 0.86.1',
    ]);
    expect(
      inv.components.find((c) => c.ecosystem === 'github-action' && c.name === 'actions/checkout'),
    ).toMatchObject({
      purl: 'pkg:githubactions/actions/checkout@v4',
      sourceKind: 'git',
    });
  });

  it('folded and quoted run: scalars, flow steps', async () => {
    const text = [
      'jobs:',
      '  a:',
      '    steps:',
      '      - run: >-',
      '          npm i -g @openai/codex@0.46.0',
      '      - { run: "npx -y @anthropic-ai/claude-code@2.1.120", uses: "x" }',
    ].join('\n');
    expect((await scan(text)).components.map(line)).toEqual([
      '.github/workflows/w.yml:5 [github-workflow] npm @openai/codex 0.46.0',
      '.github/workflows/w.yml:6 [github-workflow] npm @anthropic-ai/claude-code 2.1.120',
    ]);
  });

  it('${{ env.X }} in run: reads the workflow, job and step env', async () => {
    const text = [
      'env: { A: 1.0.0 }',
      'jobs:',
      '  j:',
      '    env: { B: 2.0.0 }',
      '    steps:',
      '      - env: { C: "${{ vars.C }}" }',
      '        run: npm i -g a@${{ env.A }} b@$B c@${{ env.C }}',
    ].join('\n');
    expect((await scan(text)).components.map(line)).toEqual([
      '.github/workflows/w.yml:7 [github-workflow] npm a 1.0.0',
      '.github/workflows/w.yml:7 [github-workflow] npm b 2.0.0',
      '.github/workflows/w.yml:7 [github-workflow] npm c (${{ vars.C }})',
    ]);
  });

  it('judged on its own, inputs are the defaults the triggers (or the action) declare', async () => {
    const wf = (trigger: string, input: string, command: string) =>
      [
        'on:',
        `  ${trigger}:`,
        '    inputs:',
        '      cc:',
        ...(input ? [`        default: ${input}`] : ['        type: string']),
        'jobs:',
        '  j:',
        '    steps:',
        `      - run: ${command}`,
      ].join('\n');
    const install = 'npm i -g @anthropic-ai/claude-code@${{ inputs.cc }}';
    const lines = async (text: string, path?: string) => (await scan(text, path)).components.map(line);
    expect(await lines(wf('workflow_dispatch', '2.1.150', install))).toEqual([
      '.github/workflows/w.yml:9 [github-workflow] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    expect(await lines(wf('workflow_call', '"2.1.150"', install))).toEqual([
      '.github/workflows/w.yml:9 [github-workflow] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    const action = [
      'inputs:',
      '  cc:',
      '    default: 2.1.150',
      'runs:',
      '  using: composite',
      '  steps:',
      `    - run: ${install}`,
      '      shell: bash',
    ].join('\n');
    expect(await lines(action, 'action.yml')).toEqual([
      'action.yml:7 [github-workflow] npm @anthropic-ai/claude-code 2.1.150',
    ]);
    // Twins: a safe default, no default (unknown), a command that installs nothing.
    expect(await lines(wf('workflow_dispatch', '2.1.90', install))).toEqual([
      '.github/workflows/w.yml:9 [github-workflow] npm @anthropic-ai/claude-code 2.1.90',
    ]);
    expect(await lines(wf('workflow_dispatch', '', install))).toEqual([
      '.github/workflows/w.yml:9 [github-workflow] npm @anthropic-ai/claude-code (${{ inputs.cc }})',
    ]);
    expect(await lines(wf('workflow_dispatch', '2.1.150', `echo ${install}`))).toEqual([]);
    expect(await lines(wf('workflow_dispatch', '2.1.150', install.replace('i -g', 'view')))).toEqual([]);
  });

  it('a docker:// step runs its entrypoint with its args', async () => {
    const step = (withLines: string[]) =>
      ['jobs:', '  j:', '    steps:', '      - uses: docker://node:20', '        with:', ...withLines].join(
        '\n',
      );
    const lines = async (text: string) =>
      (await scan(text)).components.map(line).filter((l) => !l.includes('oci-image'));
    expect(
      await lines(
        step(['          entrypoint: npm', '          args: i -g @anthropic-ai/claude-code@2.1.150']),
      ),
    ).toEqual(['.github/workflows/w.yml:7 [github-workflow] npm @anthropic-ai/claude-code 2.1.150']);
    expect(await lines(step(['          args: npx -y "@anthropic-ai/claude-code@${{ env.CC }}"']))).toEqual([
      '.github/workflows/w.yml:6 [github-workflow] npm @anthropic-ai/claude-code (${{ env.CC }})',
    ]);
    // Twins: a command that installs nothing, an echo.
    expect(
      await lines(
        step(['          entrypoint: npm', '          args: view @anthropic-ai/claude-code@2.1.150']),
      ),
    ).toEqual([]);
    expect(
      await lines(
        step(['          entrypoint: echo', '          args: npm i -g @anthropic-ai/claude-code@2.1.150']),
      ),
    ).toEqual([]);
  });

  it('run: text for PowerShell (the step, job or workflow shell, a Windows runner) is read as PowerShell', async () => {
    // The shapes of actions/runner-images' trigger workflow and jdx/mise's winget workflow:
    // backtick continuations and "`n" escapes that bash would read as open backquotes.
    const ps = [
      '          ./helpers/Wait.ps1 `',
      '            -Repository "${env:CI_REPO}"',
      '          Write-Host "`nDone:`n"',
      '          npm i -g @anthropic-ai/claude-code@2.1.150',
    ];
    const job = (head: string[], stepShell?: string) =>
      [
        ...head,
        'jobs:',
        '  j:',
        ...(head.length === 0 ? ['    runs-on: windows-latest'] : ['    runs-on: ubuntu-latest']),
        '    steps:',
        ...(stepShell ? [`      - shell: ${stepShell}`, '        run: |'] : ['      - run: |']),
        ...ps,
      ].join('\n');
    const defaults = ['defaults:', '  run:', '    shell: pwsh'];
    for (const text of [job([]), job(defaults), job(['on: push'], 'powershell')]) {
      const r = await scan(text, '.github/workflows/w.yml', { 'helpers/Wait.ps1': 'Write-Host "`n"\n' });
      expect(r.errors, text).toEqual([]);
      expect(r.components.map(line), text).toContainEqual(
        expect.stringContaining('npm @anthropic-ai/claude-code 2.1.150'),
      );
    }
    // Twin: the same text for bash is an error (bash rejects it too).
    expect((await scan(job(['on: push'], 'bash'))).errors).not.toEqual([]);
  });

  it('a PowerShell or other-language file run by path is not read as a shell script', async () => {
    const text = [
      'jobs:',
      '  j:',
      '    steps:',
      '      - run: ./helpers/Check.ps1',
      '      - run: ./tools/x.py',
    ].join('\n');
    const files = { 'helpers/Check.ps1': 'Write-Host "`nIssue:`n"\n', 'tools/x.py': 'print("`")\n' };
    expect((await scan(text, '.github/workflows/w.yml', files)).errors).toEqual([]);
    // Twin: a shell script (no extension) run by path is read, and its problems reported.
    const sh = { 'helpers/Check.ps1': '', 'tools/x': 'echo "`\n' };
    const r = await scan(text.replace('x.py', 'x'), '.github/workflows/w.yml', sh);
    expect(r.errors.map((e) => e.file)).toContain('tools/x');
  });

  it("a variable an earlier step writes into $GITHUB_ENV is in the later steps' environment", async () => {
    const steps = (write: string, install = 'npm i -g "@anthropic-ai/claude-code@$CC"') =>
      ['jobs:', '  j:', '    steps:', '      - run: |', `          ${write}`, `      - run: ${install}`].join(
        '\n',
      );
    const lines = async (text: string) => (await scan(text)).components.map(line);
    const banned = ['.github/workflows/w.yml:6 [github-workflow] npm @anthropic-ai/claude-code 2.1.150'];
    expect(await lines(steps('echo "CC=2.1.150" >> "$GITHUB_ENV"'))).toEqual(banned);
    expect(await lines(steps('V=2.1.150; printf \'CC=%s\\n\' "$V" >> $GITHUB_ENV'))).toEqual(banned);
    expect(
      await lines(
        steps('echo CC=2.1.150 >> ${GITHUB_ENV}', 'npx -y @anthropic-ai/claude-code@${{ env.CC }}'),
      ),
    ).toEqual(banned);
    const found = (await scan(steps('echo "CC=2.1.150" >> "$GITHUB_ENV"'))).components[0];
    expect(found?.versionFrom).toEqual({ file: '.github/workflows/w.yml', line: 5 });
    // Twins: written elsewhere, a safe value, the step's own env wins, a command that installs nothing.
    const unknown = ['.github/workflows/w.yml:6 [github-workflow] npm @anthropic-ai/claude-code ($CC)'];
    expect(await lines(steps('echo "CC=2.1.150" >> "$GITHUB_STEP_SUMMARY"'))).toEqual(unknown);
    expect(await lines(steps('echo "CC=2.1.150"'))).toEqual(unknown);
    expect(await lines(steps('echo "CC=2.1.90" >> "$GITHUB_ENV"'))).toEqual([
      '.github/workflows/w.yml:6 [github-workflow] npm @anthropic-ai/claude-code 2.1.90',
    ]);
    expect(
      await lines(steps('echo "CC=2.1.150" >> "$GITHUB_ENV"', 'npm view "@anthropic-ai/claude-code@$CC"')),
    ).toEqual([]);
  });

  it('an alias bomb is read by reference, not expanded', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push(
      'jobs:',
      '  j:',
      '    steps:',
      '      - uses: openai/codex-action@v1',
      '        with: { x: *a29 }',
    );
    const t0 = Date.now();
    const r = await scan(lines.join('\n'));
    expect(r.components.map(line)).toEqual([
      '.github/workflows/w.yml:34 [github-workflow] github-action openai/codex-action v1',
    ]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('invalid YAML and 100k-deep nesting are located errors', async () => {
    expect((await scan('jobs:\n  a: [\n')).errors[0]).toMatchObject({
      file: '.github/workflows/w.yml',
      line: 3,
    });
    const deep = 'jobs: ' + '['.repeat(100_000) + ']'.repeat(100_000);
    expect((await scan(deep)).errors).toEqual([
      { file: '.github/workflows/w.yml', message: 'nesting deeper than 512 levels' },
    ]);
  });
});

describe('YAML nesting bound', () => {
  it('brackets in block scalars, quotes and comments are text, not nesting', async () => {
    const { flowDepth } = await import('../../src/detectors/parsers/yaml-nodes.js');
    const script = 'echo "{{{{[[[["\\n'.repeat(400);
    const text = `jobs:\n  a:\n    steps:\n      - run: |\n${script
      .split('\\n')
      .map((l) => '          ' + l)
      .join('\n')}\n      - run: echo '[[[[[[' # {{{{{{\n`;
    expect(flowDepth(text)).toBeLessThan(10);
    expect((await scan(text)).errors).toEqual([]);
    expect(flowDepth('a: [[[{b: [1]}]]]\n')).toBe(5);
  });
});
