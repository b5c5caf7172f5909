import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import { inventory } from '../../src/inventory/engine.js';
import { DirectorySource } from '../../src/sources/directory.js';
import { makeComponent } from '../../src/detectors/component.js';
import type { Component } from '../../src/model/component.js';
import { reconcileManifests } from '../../src/inventory/reconcile.js';

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

describe('the registry and reconcile', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

  it('every component names a source some registered detector declares', async () => {
    const declared = new Set(detectors.flatMap((d) => d.sources ?? [d.id]));
    const inv = await inventory(new DirectorySource(fixtures));
    expect(inv.components.length).toBeGreaterThan(1000);
    const undeclared = new Set(inv.components.map((x) => x.source).filter((s) => !declared.has(s)));
    expect([...undeclared]).toEqual([]);
  });

  it('knows every lockfile detector: a manifest beside each lockfile format is reconciled with it', async () => {
    const inv = await inventory(new DirectorySource(fixtures));
    const lockfileDetectors = detectors.filter(
      (d) => d.role === 'lockfile' && d.ecosystems.some((e) => e === 'npm' || e === 'pypi'),
    );
    expect(lockfileDetectors.length).toBeGreaterThanOrEqual(11);
    for (const d of lockfileDetectors) {
      const sources = d.sources ?? [d.id];
      const locked = inv.components.find(
        (x) => sources.includes(x.source) && x.version !== null && d.ecosystems.includes(x.ecosystem),
      );
      expect(locked, `a fixture component of ${d.id}`).toBeDefined();
      const dir = locked!.location.file.slice(0, locked!.location.file.lastIndexOf('/') + 1);
      const manifest = makeComponent({
        ecosystem: locked!.ecosystem,
        name: locked!.name,
        version: null,
        spec: '*',
        location: {
          file: `${dir}${locked!.ecosystem === 'npm' ? 'package.json' : 'pyproject.toml'}`,
          line: 1,
        },
        source: locked!.ecosystem === 'npm' ? 'package.json' : 'pyproject.toml',
        sourceKind: 'registry',
      });
      expect(reconcileManifests([locked!, manifest]), d.id).toEqual([locked]);
    }
  });
});
