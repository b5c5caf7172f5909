// Features that install whatever package their options name: the shapes of
// devcontainers-extra/contrib `npm-package` and `pipx-package` (devcontainer-feature.json options
// `package`, `version`, `injections`; install.sh runs `npm install -g PACKAGE[@VERSION]`,
// `pipx install PACKAGE[==VERSION]` and `pipx inject PACKAGE WORD` for each injection).
import { describe, expect, it } from 'vitest';
import { scanDevcontainer } from '../../src/detectors/devcontainer-json.js';
import { audit } from '../../src/gate/scan.js';
import type { Component, DetectInput } from '../../src/model/component.js';
import { defaultLimits } from '../../src/model/limits.js';
import { loadPolicy } from '../../src/policy/load.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeTree } from '../helpers/tmp.js';

const scan = async (features: string): Promise<string[]> => {
  const text = `{\n  "image": "mcr.microsoft.com/devcontainers/base:ubuntu",\n  "features": {\n${features}\n  }\n}\n`;
  const r = await scanDevcontainer({
    path: '.devcontainer/devcontainer.json',
    text,
    bytes: new TextEncoder().encode(text),
    readFile: async () => null,
    limits: defaultLimits,
  } as DetectInput);
  expect(r.errors).toEqual([]);
  return r.components.filter((c) => c.ecosystem !== 'devcontainer-feature').map(line);
};

const line = (c: Component): string =>
  `${c.location.line} ${c.ecosystem} ${c.name} ${c.version ?? `(${c.spec})`}${c.alias ? ` as ${c.alias}` : ''}${
    c.versionFrom ? ` from ${c.versionFrom.line}` : ''
  }`;

describe('package features', () => {
  it('npm-package: the package at the version option', async () => {
    expect(
      await scan(`    "ghcr.io/devcontainers-extra/features/npm-package:1": {
      "package": "@anthropic-ai/claude-code",
      "version": "2.1.150"
    }`),
    ).toEqual(['4 npm @anthropic-ai/claude-code 2.1.150 from 6']);
  });

  it('every namespace, tag or digest, any case, option order; the version inside the package option', async () => {
    expect(
      await scan(`    "GHCR.io/devcontainers-contrib/features/npm-package@sha256:${'a'.repeat(64)}": {
      "version": "latest",
      "package": "@anthropic-ai/claude-code@2.1.150"
    },
    "ghcr.io/nikaro/features/npm-package": { "package": "cc@npm:@anthropic-ai/claude-code@2.1.120" }`),
    ).toEqual(['4 npm @anthropic-ai/claude-code 2.1.150', '8 npm @anthropic-ai/claude-code 2.1.120 as cc']);
  });

  it('a version that is a range, a tag, a variable or absent is a spec', async () => {
    expect(
      await scan(`    "ghcr.io/devcontainers-extra/features/npm-package:1": { "package": "@openai/codex", "version": "^0.46.0" },
    "ghcr.io/devcontainers-contrib/features/npm-package:1": { "package": "@google/gemini-cli", "version": "\${localEnv:GEMINI}" },
    "ghcr.io/nikaro/features/npm-package:1": { "package": "@anthropic-ai/claude-code", "version": "" }`),
    ).toEqual([
      '4 npm @openai/codex (^0.46.0)',
      '5 npm @google/gemini-cli (${localEnv:GEMINI})',
      '6 npm @anthropic-ai/claude-code (latest)',
    ]);
  });

  it('pipx-package: the package and every injection', async () => {
    expect(
      await scan(`    "ghcr.io/devcontainers-extra/features/pipx-package:1": {
      "package": "aider-chat",
      "version": "0.86.1",
      "injections": "Claude_Agent_SDK==0.1.58, rich"
    },
    "ghcr.io/bcook254/devcontainer-features/pipx-package:1": { "package": "claude-agent-sdk==0.1.58" }`),
    ).toEqual([
      '4 pypi aider-chat 0.86.1 from 6',
      '4 pypi claude-agent-sdk 0.1.58 from 7',
      '4 pypi rich (latest) from 7',
      '9 pypi claude-agent-sdk 0.1.58',
    ]);
  });

  it('stays quiet: no package, a commented-out feature, package options of other features', async () => {
    expect(
      await scan(`    "ghcr.io/devcontainers-extra/features/npm-package:1": { "version": "2.1.150" },
    // "ghcr.io/devcontainers-extra/features/npm-package:1": { "package": "@anthropic-ai/claude-code" },
    "ghcr.io/devcontainers/features/node:1": { "package": "@anthropic-ai/claude-code", "version": "2.1.150" },
    "ghcr.io/someone/features/npm-package-lite:1": { "package": "@anthropic-ai/claude-code" },
    "ghcr.io/devcontainers-extra/features/pipx-package:1": { "package": "", "injections": "claude-agent-sdk" }`),
    ).toEqual([]);
  });
});

describe('judged as the package they install', async () => {
  const policy = await loadPolicy('builtin:advisories');
  const run = (features: string) =>
    audit(
      new DirectorySource(
        makeTree({ '.devcontainer/devcontainer.json': `{ "image": "x", "features": { ${features} } }` }),
      ),
      { policy, now: new Date('2026-12-04T12:00:00Z') },
    );

  it('a banned version fails; its clean twin passes', async () => {
    const bad = await run(
      `"ghcr.io/devcontainers-extra/features/npm-package:1": { "package": "@anthropic-ai/claude-code", "version": "2.1.150" }`,
    );
    expect(bad.findings.map((f) => [f.component.name, f.component.version, f.action])).toEqual([
      ['@anthropic-ai/claude-code', '2.1.150', 'fail'],
    ]);
    const pipx = await run(
      `"ghcr.io/devcontainers-contrib/features/pipx-package:1": { "package": "x", "injections": "claude-agent-sdk==0.1.58" }`,
    );
    expect(pipx.findings.map((f) => [f.component.name, f.toolVersion, f.action])).toEqual([
      ['claude-agent-sdk', '2.1.97', 'fail'],
    ]);
    const clean = await run(
      `"ghcr.io/devcontainers-extra/features/npm-package:1": { "package": "@anthropic-ai/claude-code", "version": "2.1.198" }`,
    );
    expect(clean.findings).toEqual([]);
  });
});

describe('third-party features that install an AI tool (catalog rows with their version option)', async () => {
  const policy = await loadPolicy('builtin:advisories');
  const judged = async (features: string) => {
    const report = await audit(
      new DirectorySource(
        makeTree({ '.devcontainer/devcontainer.json': `{ "image": "x", "features": { ${features} } }` }),
      ),
      { policy, now: new Date('2026-12-04T12:00:00Z') },
    );
    return report.findings.map((f) => `${f.component.name} ${f.toolVersion ?? '?'} ${f.action}`);
  };

  it('reads each collection by its own option and default', async () => {
    expect(
      await scan(`    "ghcr.io/amondnet/devcontainer-features/claude-code:1": {},
    "ghcr.io/CtrlCarlitos/devcontainer-features/gemini-cli:1": {},
    "ghcr.io/nrf110/devcontainer-features/claude-code:1": { "version": "2.1.150" },
    "ghcr.io/dirien/devcontainer-feature-codex/codex:0": { "version": "0.46.0" }`),
    ).toEqual(['6 npm @anthropic-ai/claude-code 2.1.150', '7 npm @openai/codex 0.46.0']);
  });

  it('a banned CLI version through a third-party feature fails; the clean twin and a channel do not fail', async () => {
    expect(
      await judged(`"ghcr.io/kulinacs/devcontainer-features/claude-code:1": { "version": "2.1.150" },
        "ghcr.io/tmaier/devcontainer-features/claude-code:2": { "version": "v2.1.120" }`),
    ).toEqual([
      'ghcr.io/kulinacs/devcontainer-features/claude-code 2.1.150 fail',
      'ghcr.io/tmaier/devcontainer-features/claude-code 2.1.120 fail',
    ]);
    expect(
      await judged(`"ghcr.io/kulinacs/devcontainer-features/claude-code:1": { "version": "2.1.198" },
        "ghcr.io/tmaier/devcontainer-features/claude-code:2": { "yoloAlias": true, "release": "2.1.150" }`),
    ).toEqual(['ghcr.io/tmaier/devcontainer-features/claude-code ? warn']);
  });
});
