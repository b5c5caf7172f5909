// Container images that are a tool (OpenCode publishes ghcr.io/anomalyco/opencode:<version>, and
// before the move ghcr.io/sst/opencode): found where an image is named, matched by repository,
// the tag as the version. Shapes: `FROM ghcr.io/sst/opencode:latest` and compose
// `image: ghcr.io/sst/opencode:latest` as public repositories write them.
import { describe, expect, it } from 'vitest';
import { parseImageRef } from '../../src/detectors/parsers/oci-image.js';
import { audit } from '../../src/gate/scan.js';
import { parsePolicyText } from '../../src/policy/load.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { purlFor } from '../../src/util/purl.js';
import { inventoryOf } from '../helpers/inventory-lines.js';
import { makeTree } from '../helpers/tmp.js';

const lines = async (files: Record<string, string>) => {
  const inv = await inventoryOf(makeTree(files));
  expect(inv.errors).toEqual([]);
  return inv.lines.filter((l) => l.includes(' oci-image '));
};

describe('parseImageRef', () => {
  it('reads references as docker does', () => {
    expect(parseImageRef('opencode')).toEqual({ repository: 'docker.io/library/opencode' });
    expect(parseImageRef('index.docker.io/me/x:1')).toEqual({ repository: 'docker.io/me/x', tag: '1' });
    expect(parseImageRef(`GHCR.io/AnomalyCo/opencode:1.0.150@sha256:${'a'.repeat(64)}`)).toEqual({
      repository: 'ghcr.io/anomalyco/opencode',
      tag: '1.0.150',
      digest: `sha256:${'a'.repeat(64)}`,
    });
    expect(parseImageRef('localhost:5000/x/y:2')).toEqual({ repository: 'localhost:5000/x/y', tag: '2' });
    expect(parseImageRef('ghcr.io/anomalyco/opencode:${TAG}')).toBeNull();
    expect(parseImageRef('ghcr.io/anomalyco/opencode@sha256:short')).toBeNull();
    expect(purlFor('oci-image', 'ghcr.io/anomalyco/opencode', '1.0.150')).toBe(
      'pkg:oci/opencode?repository_url=ghcr.io%2Fanomalyco%2Fopencode&tag=1.0.150',
    );
  });
});

describe('images of a tool, where they are named', () => {
  it('Dockerfile FROM: tag, ARG before FROM, flags, digest', async () => {
    expect(
      await lines({
        Dockerfile: [
          'ARG OC=1.0.150',
          'FROM --platform=linux/amd64 ghcr.io/anomalyco/opencode:${OC} AS agent',
          'FROM ghcr.io/sst/opencode:latest',
          `FROM GHCR.IO/anomalyco/opencode:1.0.1@sha256:${'b'.repeat(64)}`,
          'FROM agent',
          '',
        ].join('\n'),
      }),
    ).toEqual([
      'Dockerfile:2 [Dockerfile] oci-image ghcr.io/anomalyco/opencode 1.0.150',
      'Dockerfile:3 [Dockerfile] oci-image ghcr.io/sst/opencode (latest)',
      `Dockerfile:4 [Dockerfile] oci-image ghcr.io/anomalyco/opencode (1.0.1@sha256:${'b'.repeat(64)})`,
    ]);
  });

  it('compose, devcontainer, workflow container, services and docker:// steps', async () => {
    expect(
      await lines({
        'compose.yml': 'services:\n  agent:\n    image: ghcr.io/anomalyco/opencode:${OC_TAG:-1.0.150}\n',
        '.devcontainer/devcontainer.json': '{ "image": "ghcr.io/sst/opencode:0.9.0" }\n',
        '.github/workflows/ci.yml': [
          'on: push',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    container: ghcr.io/anomalyco/opencode:1.0.2',
          '    services:',
          '      oc:',
          '        image: ghcr.io/anomalyco/opencode:${{ matrix.v }}',
          '    strategy:',
          '      matrix:',
          '        v: ["1.0.3"]',
          '    steps:',
          '      - uses: docker://ghcr.io/anomalyco/opencode:1.0.4',
          '  b:',
          '    runs-on: ubuntu-latest',
          '    container:',
          '      image: ghcr.io/anomalyco/opencode:1.0.5',
          '    steps:',
          '      - run: echo hi',
          '',
        ].join('\n'),
      }),
    ).toEqual([
      '.devcontainer/devcontainer.json:1 [devcontainer.json] oci-image ghcr.io/sst/opencode 0.9.0',
      '.github/workflows/ci.yml:5 [github-workflow] oci-image ghcr.io/anomalyco/opencode 1.0.2',
      '.github/workflows/ci.yml:8 [github-workflow] oci-image ghcr.io/anomalyco/opencode 1.0.3',
      '.github/workflows/ci.yml:13 [github-workflow] oci-image ghcr.io/anomalyco/opencode 1.0.4',
      '.github/workflows/ci.yml:17 [github-workflow] oci-image ghcr.io/anomalyco/opencode 1.0.5',
      'compose.yml:3 [compose] oci-image ghcr.io/anomalyco/opencode 1.0.150',
    ]);
  });

  it('stays quiet: comments, other images, echoed names, environment values', async () => {
    expect(
      await lines({
        Dockerfile: [
          '# FROM ghcr.io/anomalyco/opencode:1.0.150',
          'FROM node:22 AS base',
          'FROM ghcr.io/anomalyco/opencode-enterprise:1.0.150',
          'FROM base',
          'RUN echo ghcr.io/anomalyco/opencode:1.0.150',
          'ENV IMAGE=ghcr.io/anomalyco/opencode:1.0.150',
          '',
        ].join('\n'),
        'compose.yml':
          'services:\n  web:\n    image: nginx:1\n    environment:\n      AGENT_IMAGE: ghcr.io/anomalyco/opencode:1.0.150\n',
        '.devcontainer/devcontainer.json':
          '{\n  // "image": "ghcr.io/anomalyco/opencode:1.0.150",\n  "image": "mcr.microsoft.com/devcontainers/base:ubuntu"\n}\n',
        '.github/workflows/ci.yml':
          'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      IMAGE: ghcr.io/anomalyco/opencode:1.0.150\n    container: node:22\n    steps:\n      - run: echo ghcr.io/anomalyco/opencode:1.0.150\n',
      }),
    ).toEqual([]);
  });
});

describe('judged as the tool', () => {
  const policy = parsePolicyText(
    'policy.yml',
    'version: 1\nsettings:\n  advisories: off\n  advisoriesReason: test of one rule\nrules:\n  - id: old-opencode\n    tool: opencode\n    versions: "<1.0.100"\n    action: fail\n',
  );
  const run = async (files: Record<string, string>) =>
    (await audit(new DirectorySource(makeTree(files)), { policy })).findings.map(
      (f) => `${f.component.name} ${f.toolVersion ?? '?'} ${f.action}`,
    );

  it('a banned tag fails, a digest is an unknown version (the policy setting unknownVersion, warn by default), a clean tag passes', async () => {
    expect(await run({ Dockerfile: 'FROM ghcr.io/sst/opencode:v0.9.0\n' })).toEqual([
      'ghcr.io/sst/opencode 0.9.0 fail',
    ]);
    expect(await run({ Dockerfile: `FROM ghcr.io/sst/opencode@sha256:${'c'.repeat(64)}\n` })).toEqual([
      'ghcr.io/sst/opencode ? warn',
    ]);
    expect(await run({ Dockerfile: 'FROM ghcr.io/anomalyco/opencode:1.0.150\n' })).toEqual([]);
  });
});
