import { describe, expect, it } from 'vitest';
import { makeComponent } from '../src/detectors/component.js';
import type { Component } from '../src/model.js';
import { reconcileManifests } from '../src/reconcile.js';

function c(
  source: string,
  file: string,
  name: string,
  version: string | null,
  spec?: string,
  eco: 'npm' | 'pypi' = 'npm',
): Component {
  return makeComponent({
    ecosystem: eco,
    name,
    version,
    ...(spec !== undefined ? { spec } : {}),
    location: { file, line: 1 },
    source,
    sourceKind: 'registry',
  });
}

const names = (cs: Component[]) =>
  cs.map((x) => `${x.source}:${x.location.file}:${x.name}@${x.version ?? x.spec}`);

describe('reconcileManifests', () => {
  it('drops manifest entries that a lockfile in the same or a parent folder satisfies', () => {
    const out = reconcileManifests([
      c('package-lock.json', 'package-lock.json', '@anthropic-ai/claude-code', '2.1.150'),
      c('package.json', 'package.json', '@anthropic-ai/claude-code', null, '^2.1.0'),
      c('package.json', 'packages/app/package.json', '@anthropic-ai/claude-code', '2.1.150'),
      c('package.json', 'package.json', 'is-number', null, 'latest'),
      c('package-lock.json', 'package-lock.json', 'is-number', '7.0.0'),
    ]);
    expect(names(out)).toEqual([
      'package-lock.json:package-lock.json:@anthropic-ai/claude-code@2.1.150',
      'package-lock.json:package-lock.json:is-number@7.0.0',
    ]);
  });

  it('keeps manifest entries a stale lockfile does not satisfy, and those with no lockfile above them', () => {
    const out = reconcileManifests([
      c('yarn.lock', 'web/yarn.lock', '@anthropic-ai/claude-code', '2.1.90'),
      c('package.json', 'web/package.json', '@anthropic-ai/claude-code', '2.1.150'),
      c('package.json', 'web/package.json', '@openai/codex', null, '^0.100.0'),
      c('package.json', 'api/package.json', 'is-number', null, '^7.0.0'),
      c('package-lock.json', 'web/sub/package-lock.json', 'is-number', '7.0.0'),
    ]);
    expect(names(out)).toEqual([
      'yarn.lock:web/yarn.lock:@anthropic-ai/claude-code@2.1.90',
      'package.json:web/package.json:@anthropic-ai/claude-code@2.1.150',
      'package.json:web/package.json:@openai/codex@^0.100.0',
      'package.json:api/package.json:is-number@^7.0.0',
      'package-lock.json:web/sub/package-lock.json:is-number@7.0.0',
    ]);
  });

  it('matches Python manifests against Python lockfiles with PEP 440 and PEP 503 names', () => {
    const out = reconcileManifests([
      c('poetry.lock', 'poetry.lock', 'claude-agent-sdk', '0.1.5', undefined, 'pypi'),
      c('pyproject.toml', 'pyproject.toml', 'Claude_Agent_SDK', null, '>=0.1,<0.2', 'pypi'),
      c('pyproject.toml', 'pyproject.toml', 'aider-chat', null, '>=0.80', 'pypi'),
    ]);
    expect(names(out)).toEqual([
      'poetry.lock:poetry.lock:claude-agent-sdk@0.1.5',
      'pyproject.toml:pyproject.toml:aider-chat@>=0.80',
    ]);
  });

  it('reads a Pipfile against its Pipfile.lock, and a package.json against a deno.lock', () => {
    const out = reconcileManifests([
      c('Pipfile.lock', 'Pipfile.lock', 'claude-agent-sdk', '0.1.5', undefined, 'pypi'),
      c('Pipfile', 'Pipfile', 'claude-agent-sdk', null, '*', 'pypi'),
      c('deno.lock', 'deno.lock', '@anthropic-ai/claude-code', '2.1.150'),
      c('package.json', 'package.json', '@anthropic-ai/claude-code', null, '^2.1.0'),
    ]);
    expect(names(out)).toEqual([
      'Pipfile.lock:Pipfile.lock:claude-agent-sdk@0.1.5',
      'deno.lock:deno.lock:@anthropic-ai/claude-code@2.1.150',
    ]);
  });
});
