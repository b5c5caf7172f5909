import { describe, expect, it } from 'vitest';
import { isComposePath, scanCompose } from '../../../src/detectors/compose.js';
import { isDockerfilePath, scanDockerfile } from '../../../src/detectors/dockerfile.js';
import { defaultLimits } from '../../../src/model/limits.js';
import { line } from '../../helpers/inventory-lines.js';

const docker = (text: string) => {
  const r = scanDockerfile(text, 'Dockerfile-dev');
  return { lines: r.components.map(line), errors: r.errors };
};
const compose = async (text: string) => {
  const r = await scanCompose('compose.yaml', text, {
    readFile: () => Promise.resolve(null),
    limits: defaultLimits,
  });
  return { lines: r.components.map(line), errors: r.errors };
};

describe('container places', () => {
  it('Dockerfile names: Dockerfile-*, Dockerfile_*, *.dockerfile, Containerfile*', () => {
    for (const p of [
      'Dockerfile-dev',
      'docker/Dockerfile_ci',
      'x/claude.dockerfile',
      'Containerfile.prod',
      'Containerfile-arm64',
    ])
      expect(isDockerfilePath(p), p).toBe(true);
    for (const p of ['Dockerfile.dockerignore', 'Dockerfiles/readme.md', 'MyDockerfile-notes'])
      expect(isDockerfilePath(p), p).toBe(false);
  });

  it('CMD and ENTRYPOINT in shell and exec form run at start', () => {
    // The shape of agent images that run the CLI at start (`CMD ["npx", "-y", …]`).
    const text = [
      'FROM node:22',
      'ARG V=2.1.150',
      'ENTRYPOINT ["npx", "-y", "@anthropic-ai/claude-code@2.1.151"]',
      'CMD npx -y @anthropic-ai/claude-code@${V} -p "review"',
    ].join('\n');
    expect(docker(text)).toEqual({
      lines: [
        'Dockerfile-dev:3 [Dockerfile] npm @anthropic-ai/claude-code 2.1.151',
        'Dockerfile-dev:4 [Dockerfile] npm @anthropic-ai/claude-code 2.1.150',
      ],
      errors: [],
    });
  });

  it('negative twins: CMD that only runs an installed tool, echoes or is commented out', () => {
    const text = [
      'FROM node:22',
      '# CMD npx -y @anthropic-ai/claude-code@2.1.150',
      'CMD ["echo", "npx -y @anthropic-ai/claude-code@2.1.150"]',
      'ENTRYPOINT ["claude", "--version"]',
      'LABEL cmd="npx -y @anthropic-ai/claude-code@2.1.150"',
    ].join('\n');
    expect(docker(text)).toEqual({ lines: [], errors: [] });
  });

  it('compose names', () => {
    for (const p of [
      'compose.yaml',
      'docker-compose.yml',
      'docker-compose.override.yml',
      'deploy/compose-dev.yaml',
      'ai.compose.yml',
      'docker-compose_ci.yaml',
    ])
      expect(isComposePath(p), p).toBe(true);
    for (const p of ['composer.json', 'compose.md', 'docs/composition.yml'])
      expect(isComposePath(p), p).toBe(false);
  });

  it('compose command and entrypoint, string and list forms, .env-free interpolation', async () => {
    const text = [
      'services:',
      '  agent:',
      '    image: node:22',
      '    command: npx -y @anthropic-ai/claude-code@2.1.150 -p "review"',
      '  list:',
      '    image: node:22',
      '    entrypoint: ["sh", "-c"]',
      '    command:',
      '      - >-',
      '        npm i -g @openai/codex@${CODEX:-0.58.0} && codex',
      '  block:',
      '    image: python:3.12',
      '    command: |',
      '      sh -c "',
      '      pip install kimi-cli==1.2.0"',
    ].join('\n');
    expect(await compose(text)).toEqual({
      lines: [
        'compose.yaml:4 [compose] npm @anthropic-ai/claude-code 2.1.150',
        'compose.yaml:9 [compose] npm @openai/codex 0.58.0',
        'compose.yaml:15 [compose] pypi kimi-cli 1.2.0',
      ],
      errors: [],
    });
  });

  it('negative twins: commented, echoed, running an installed tool, healthcheck text', async () => {
    const text = [
      'services:',
      '  agent:',
      '    image: node:22',
      '    # command: npx -y @anthropic-ai/claude-code@2.1.150',
      '    command: ["echo", "npx -y @anthropic-ai/claude-code@2.1.150"]',
      '    environment:',
      '      CMD: npx -y @anthropic-ai/claude-code@2.1.150',
      '  other:',
      '    entrypoint: claude -p hi',
    ].join('\n');
    expect(await compose(text)).toEqual({ lines: [], errors: [] });
  });
});
