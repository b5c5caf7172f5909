import { describe, expect, it } from 'vitest';
import { isCondaEnvironmentPath, scanCondaEnvironment } from '../../../src/detectors/conda-environment.js';
import { scanPep723 } from '../../../src/detectors/pep723-script.js';
import { scanPixi } from '../../../src/detectors/pixi-toml.js';
import { detectPyproject } from '../../../src/detectors/pyproject-toml.js';
import { isRequirementsFile } from '../../../src/detectors/requirements-txt.js';
import { scanSetupCfg } from '../../../src/detectors/setup-cfg.js';
import { scanSetupPy } from '../../../src/detectors/setup-py.js';
import { scanToxIni } from '../../../src/detectors/tox-ini.js';
import { defaultLimits } from '../../../src/model/limits.js';
import type { DetectorResult } from '../../../src/model/component.js';
import { line } from '../../helpers/inventory-lines.js';

const view = (r: DetectorResult) => ({ lines: r.components.map(line), errors: r.errors });
const input = (path: string, text: string, files: Record<string, string> = {}) => ({
  path,
  text,
  bytes: new Uint8Array(),
  limits: defaultLimits,
  readFile: (p: string) => Promise.resolve(files[p] ?? null),
});

describe('Python places', () => {
  it("requirements files in pip's sense, and constraints files", () => {
    for (const p of [
      'requirements1.txt',
      'requirementsCustom.txt',
      'a/dev-requirements.txt',
      'requirements-dev.in',
      'constraints-ci.txt',
    ])
      expect(isRequirementsFile(p), p).toBe(true);
    for (const p of ['requirements.md', 'my_requirements_notes.md', 'docs/requirements.rst'])
      expect(isRequirementsFile(p), p).toBe(false);
  });

  it('conda environment.yml: the pip list, with its includes, each at its line', async () => {
    // The shape of conda's documented environment files (name, channels, dependencies, pip:).
    const text = [
      'name: dev',
      'channels: [conda-forge]',
      'dependencies:',
      '  - python=3.12',
      '  - pip',
      '  - pip:',
      '      - claude-agent-sdk==0.2.87',
      '      - -r requirements-extra.txt',
      '      - kimi-cli>=1.0',
    ].join('\n');
    const r = await scanCondaEnvironment(
      input('env/environment.yml', text, { 'env/requirements-extra.txt': 'aider-chat==0.80.0\n' }),
    );
    expect(view(r)).toEqual({
      lines: [
        'env/environment.yml:7 [environment.yml] pypi claude-agent-sdk 0.2.87',
        'env/requirements-extra.txt:1 [requirements.txt] pypi aider-chat 0.80.0',
        'env/environment.yml:9 [environment.yml] pypi kimi-cli (>=1.0)',
      ],
      errors: [],
    });
    for (const p of ['environment.yml', 'environment-dev.yaml', 'ci/conda-env.yml'])
      expect(isCondaEnvironmentPath(p), p).toBe(true);
  });

  it('conda negative twins: a commented pip entry, conda packages, a YAML of that name that is not conda', async () => {
    const text = [
      'dependencies:',
      '  - claude-agent-sdk=0.2.87',
      '  - pip:',
      '    # - claude-agent-sdk==0.2.87',
      '    - requests',
    ].join('\n');
    expect(view(await scanCondaEnvironment(input('environment.yml', text))).lines).toEqual([
      'environment.yml:5 [environment.yml] pypi requests (*)',
    ]);
    const rails = ['production:', '  adapter: postgresql', '  pip: claude-agent-sdk==0.2.87'].join('\n');
    expect(view(await scanCondaEnvironment(input('config/environment.yml', rails)))).toEqual({
      lines: [],
      errors: [],
    });
  });

  it('setup.cfg install_requires and extras_require; tox.ini deps', () => {
    // setuptools' declarative config and tox's documented testenv shapes.
    const cfg = [
      '[metadata]',
      'name = tool',
      'description = uses claude-agent-sdk==0.2.87',
      '[options]',
      'install_requires =',
      '    requests>=2',
      '    # claude-agent-sdk==0.2.80',
      '    claude-agent-sdk==0.2.87',
      '[options.extras_require]',
      'ai = kimi-cli==1.2.0',
    ].join('\n');
    expect(view(scanSetupCfg({ path: 'setup.cfg', text: cfg }))).toEqual({
      lines: [
        'setup.cfg:6 [setup.cfg] pypi requests (>=2)',
        'setup.cfg:8 [setup.cfg] pypi claude-agent-sdk 0.2.87',
        'setup.cfg:10 [setup.cfg] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
    const tox = [
      '[tox]',
      'envlist = py311',
      '[testenv]',
      'commands = pytest',
      'deps =',
      '    -r requirements.txt',
      '    py311: claude-agent-sdk==0.2.87',
      '    {[base]deps}',
      '; claude-agent-sdk==0.2.80',
      '[testenv:lint]',
      'deps = ruff==0.5.0',
    ].join('\n');
    expect(view(scanToxIni({ path: 'tox.ini', text: tox }))).toEqual({
      lines: ['tox.ini:7 [tox.ini] pypi claude-agent-sdk 0.2.87', 'tox.ini:11 [tox.ini] pypi ruff 0.5.0'],
      errors: [],
    });
  });

  it('setup.py literal lists; a list built by code is not guessed; comments stay quiet', () => {
    const text = [
      'from setuptools import setup',
      'REQS = open("requirements.txt").read().splitlines()',
      'setup(',
      '    name="tool",',
      '    install_requires=[',
      '        "requests>=2",',
      "        # 'claude-agent-sdk==0.2.80',",
      "        'claude-agent-sdk==0.2.87',",
      '    ],',
      '    tests_require=REQS,',
      '    extras_require={"ai": ["kimi-cli==1.2.0"], "docs": []},',
      ')',
    ].join('\n');
    expect(view(scanSetupPy({ path: 'setup.py', text }))).toEqual({
      lines: [
        'setup.py:6 [setup.py] pypi requests (>=2)',
        'setup.py:8 [setup.py] pypi claude-agent-sdk 0.2.87',
        'setup.py:11 [setup.py] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
  });

  it('PEP 723 inline script metadata; a docstring mention stays quiet', () => {
    // The example block of PEP 723.
    const text = [
      '#!/usr/bin/env -S uv run',
      '# /// script',
      '# requires-python = ">=3.11"',
      '# dependencies = [',
      '#   "requests<3",',
      '#   "claude-agent-sdk==0.2.87",',
      '# ]',
      '# ///',
      '"""Install with: pip install claude-agent-sdk==0.2.87"""',
    ].join('\n');
    expect(view(scanPep723(input('tools/review.py', text)))).toEqual({
      lines: [
        'tools/review.py:5 [PEP 723 script] pypi requests (<3)',
        'tools/review.py:6 [PEP 723 script] pypi claude-agent-sdk 0.2.87',
      ],
      errors: [],
    });
    expect(
      view(scanPep723(input('a.py', '# // script\n# dependencies = ["claude-agent-sdk==0.2.87"]\n# ///\n'))),
    ).toEqual({ lines: [], errors: [] });
    expect(view(scanPep723(input('a.py', '# /// script\n# dependencies = []\n')))).toEqual({
      lines: [],
      errors: [{ file: 'a.py', line: 1, message: 'PEP 723 script block is not closed by `# ///`' }],
    });
  });

  it('pixi.toml pypi-dependencies and tasks; pyproject hatch envs and uv overrides', () => {
    const pixi = [
      '[project]',
      'name = "x"',
      '[pypi-dependencies]',
      'claude-agent-sdk = "==0.2.87"',
      '[feature.ai.pypi-dependencies]',
      'kimi-cli = { version = "==1.2.0" }',
      '[tasks]',
      'setup = "npm i -g @anthropic-ai/claude-code@2.1.150"',
      'hello = { cmd = ["echo", "npm i -g @anthropic-ai/claude-code@2.1.150"] }',
    ].join('\n');
    expect(view(scanPixi({ path: 'pixi.toml', text: pixi, limits: defaultLimits }))).toEqual({
      lines: [
        'pixi.toml:4 [pixi.toml] pypi claude-agent-sdk 0.2.87',
        'pixi.toml:6 [pixi.toml] pypi kimi-cli 1.2.0',
        'pixi.toml:8 [pixi.toml] npm @anthropic-ai/claude-code 2.1.150',
      ],
      errors: [],
    });
    const py = [
      '[project]',
      'name = "x"',
      '[tool.uv]',
      'override-dependencies = ["claude-agent-sdk==0.2.87"]',
      'constraint-dependencies = ["kimi-cli==1.2.0"]',
      '[tool.hatch.envs.default]',
      'dependencies = ["aider-chat==0.80.0"]',
    ].join('\n');
    expect(view(detectPyproject(input('pyproject.toml', py))).lines).toEqual([
      'pyproject.toml:4 [pyproject.toml] pypi claude-agent-sdk 0.2.87',
      'pyproject.toml:5 [pyproject.toml] pypi kimi-cli 1.2.0',
      'pyproject.toml:7 [pyproject.toml] pypi aider-chat 0.80.0',
    ]);
  });
});
