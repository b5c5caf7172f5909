// Every way a package's identity is written resolves to the package installed, in every format,
// without a false error (fixtures and their sources: test/fixtures/identities/README.md).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPackageFolderIdentity } from '../../src/detectors/package-folder.js';
import { detectPnpmLock } from '../../src/detectors/pnpm-lock.js';
import { inventory } from '../../src/inventory/engine.js';
import type { Component } from '../../src/model/component.js';
import { DirectorySource } from '../../src/sources/directory.js';

const fixtures = join(import.meta.dirname, '../fixtures/identities');

/** `file:line name@version [alias] kind` for each component, sorted. */
function listed(components: readonly Component[], only?: (c: Component) => boolean): string[] {
  return components
    .filter((c) => only === undefined || only(c))
    .map(
      (c) =>
        `${c.location.file}:${c.location.line} ${c.name}@${c.version ?? '-'}${c.alias !== undefined ? ` as ${c.alias}` : ''} ${c.sourceKind}`,
    )
    .sort();
}

async function read(folder: string): Promise<{ components: Component[]; errors: string[] }> {
  const inv = await inventory(new DirectorySource(join(fixtures, folder)));
  // A package.json's own identity is no entry: only an install of its folder makes it one.
  const components = inv.components.filter((c) => !isPackageFolderIdentity(c));
  return { components, errors: inv.errors.map((e) => `${e.file}:${e.line}: ${e.message}`) };
}

const CC = '@anthropic-ai/claude-code@2.1.150';

describe('identities', () => {
  it('a registry tarball named with its scope (/-/@scope/name-1.0.0.tgz) is that package, in every format', async () => {
    const r = await read('scoped-filename');
    expect(r.errors).toEqual([]);
    expect(listed(r.components)).toEqual(
      [
        `manifest/package.json:5 ${CC} as cc tarball`,
        'package-lock-v1/package-lock.json:7 @types/is-number@7.0.5 registry',
        `package-lock-v1/package-lock.json:12 ${CC} as cc registry`,
        `package-lock-v3/package-lock.json:14 ${CC} as cc registry`,
        `yarn-classic/yarn.lock:5 ${CC} as cc registry`,
        'yarn-classic/yarn.lock:9 is-number@6.0.0 registry',
      ].sort(),
    );
  });

  it('an Artifactory path whose scope has no @ keeps the entry key: no rename, no error', async () => {
    const r = await read('artifactory-bare-scope');
    expect(r.errors).toEqual([]);
    expect(listed(r.components)).toEqual(
      [
        'manifest/package.json:5 @acme/tool@1.0.0 tarball',
        `manifest/package.json:6 ${CC} tarball`,
        'package-lock-v3/package-lock.json:15 @acme/tool@1.0.0 registry',
        `package-lock-v3/package-lock.json:21 ${CC} registry`,
        'pnpm-v9/pnpm-lock.yaml:20 @acme/tool@1.0.0 registry',
        `pnpm-v9/pnpm-lock.yaml:23 ${CC} registry`,
        'yarn-classic/yarn.lock:5 @acme/tool@1.0.0 registry',
        `yarn-classic/yarn.lock:10 ${CC} registry`,
      ].sort(),
    );
  });

  it("npmmirror's CDN layout (/packages/@s/n/V/n-V.tgz) names its package and version", async () => {
    const r = await read('npmmirror-cdn');
    expect(r.errors).toEqual([]);
    expect(listed(r.components)).toEqual(
      [
        `manifest/package.json:5 ${CC} as cc tarball`,
        `package-lock-v3/package-lock.json:14 ${CC} as cc registry`,
        `yarn-classic/yarn.lock:5 ${CC} as cc registry`,
      ].sort(),
    );
  });

  it('yarn berry `npm:V::__archiveUrl=…`: the version without the bind parameter; an archive of another package is that package', async () => {
    const r = await read('yarn-berry-archive-url');
    expect(r.errors).toEqual([]);
    expect(listed(r.components)).toEqual(
      [
        'yarn.lock:8 @acme/components@1.6.4 registry',
        'yarn.lock:15 @jsr/std__path@1.0.8 registry',
        `yarn.lock:22 ${CC} as left-pad registry`,
        'yarn.lock:29 proj@- workspace',
      ].sort(),
    );
    const purls = r.components.map((c) => c.purl);
    expect(purls).toContain('pkg:npm/%40acme/components@1.6.4');
    expect(purls).toContain('pkg:npm/%40jsr/std__path@1.0.8');
  });

  it('yarn classic `alias@npm:pkg` without a range, and a URL dependency under another name (yarn 1.22.22)', async () => {
    const r = await read('yarn-classic-alias-no-range');
    expect(r.errors).toEqual([]);
    expect(listed(r.components, (c) => c.location.file === 'yarn.lock')).toEqual(
      [
        'yarn.lock:5 is-number@6.0.0 registry',
        'yarn.lock:10 is-number@7.0.0 as num registry',
        'yarn.lock:15 is-odd@3.0.1 as odd registry',
        'yarn.lock:21 @types/is-number@7.0.5 as typ registry',
      ].sort(),
    );
  });

  it.each([
    ['pnpm-5-pnpm3.0', ['@types/is-number@7.0.5', 'is-number@6.0.0', 'is-number@7.0.0', 'is-odd@3.0.1']],
    ['pnpm-5.1-pnpm4', ['@types/is-number@7.0.5', 'is-number@7.0.0', 'is-number@7.0.0 as cc']],
    ['pnpm-5.2-pnpm5', ['@types/is-number@7.0.5', 'is-number@6.0.0', 'is-number@7.0.0', 'is-odd@3.0.1']],
  ])(
    'pnpm lockfileVersion 5.0–5.2 (written by pnpm 3–5) read without an error: %s',
    async (folder, expected) => {
      const r = await read(folder);
      expect(r.errors).toEqual([]);
      const lock = r.components.filter((c) => c.location.file === 'pnpm-lock.yaml');
      expect(lock.every((c) => c.sourceKind === 'registry')).toBe(true);
      expect(lock.map((c) => `${c.name}@${c.version}${c.alias ? ` as ${c.alias}` : ''}`).sort()).toEqual(
        expected,
      );
    },
  );

  it('a pnpm entry with `resolution: {}` is a registry package', () => {
    const text = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  .:',
      '    dependencies:',
      "      '@anthropic-ai/claude-code':",
      '        specifier: 2.1.150',
      '        version: 2.1.150',
      '',
      'packages:',
      '',
      "  '@anthropic-ai/claude-code@2.1.150':",
      '    resolution: {}',
      '',
      'snapshots:',
      '',
      "  '@anthropic-ai/claude-code@2.1.150': {}",
      '',
    ].join('\n');
    const r = detectPnpmLock('pnpm-lock.yaml', text);
    expect(r.errors).toEqual([]);
    expect(listed(r.components)).toEqual([`pnpm-lock.yaml:13 ${CC} registry`]);
    // Its negative twin: a resolution of a type pnpm does not fetch from the registry stays other.
    const other = detectPnpmLock(
      'pnpm-lock.yaml',
      text.replace('resolution: {}', 'resolution: {type: custom}'),
    );
    expect(other.components[0]!.sourceKind).toBe('other');
  });
});
