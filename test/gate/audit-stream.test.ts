// The audit streams the tree (manifests first, lockfiles judged as they come, only manifest names
// remembered from lockfiles): its report must be the one the whole inventory, reconciled and judged
// at once, gives — the definition it replaced, kept here as the reference.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { inventory } from '../../src/inventory/engine.js';
import type { Component, ScanError } from '../../src/model/component.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { loadPolicy, parsePolicyText } from '../../src/policy/load.js';
import { nameFilter } from '../../src/policy/relevance.js';
import type { Policy } from '../../src/policy/types.js';
import { reconcileManifests } from '../../src/inventory/reconcile.js';
import { buildReport, type Report } from '../../src/gate/report.js';
import { createNpmResolver } from '../../src/resolver/index.js';
import { audit, type AuditOptions } from '../../src/gate/scan.js';
import { DirectorySource } from '../../src/sources/directory.js';
import type { FileSource } from '../../src/sources/source.js';
import { makeTree } from '../helpers/tmp.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const now = new Date('2026-11-24T12:00:00Z');

/** The audit as it was before it streamed: everything held, reconciled and judged at once. */
async function referenceAudit(source: FileSource, options: AuditOptions): Promise<Report> {
  const inv = await inventory(source, {});
  let components = reconcileManifests(inv.components);
  if (options.resolve) {
    const filter = nameFilter(options.policy, catalog);
    const relevant = components.flatMap((c, i) => (filter.mayMatch(c.ecosystem, c.name) ? [i] : []));
    if (relevant.length > 0) {
      const resolved = await options.resolve(
        relevant.map((i) => components[i]!),
        inv.errors,
      );
      components = [...components];
      relevant.forEach((i, k) => (components[i] = resolved[k]!));
    }
  }
  const { findings, notices } = evaluate(components, options.policy, { catalog, now });
  return buildReport({
    mode: 'audit',
    findings,
    errors: inv.errors,
    notices,
    filesScanned: inv.filesScanned,
    components: components.length,
    policySources: options.policy.sources,
  });
}

/** Every npm and PyPI component is a finding; exceptions used, stale and expired. */
const broad = (): Policy =>
  parsePolicyText(
    'policy.yml',
    [
      'version: 1',
      'rules:',
      '  - id: ban-cc',
      '    tool: claude-code',
      '    versions: ">=2.1.91 <2.1.198"',
      '  - id: every-npm',
      '    ecosystem: npm',
      '    package: "*"',
      '    action: warn',
      '  - id: every-pypi',
      '    ecosystem: pypi',
      '    package: "*"',
      '    action: warn',
      'exceptions:',
      '  - rule: every-npm',
      '    package: "@anthropic-ai/claude-code"',
      '    reason: used',
      '    expires: 2027-06-30',
      '  - rule: every-npm',
      '    package: "no-such-package-anywhere"',
      '    reason: stale',
      '    expires: 2027-06-30',
      '  - rule: every-pypi',
      '    package: "requests"',
      '    reason: expired',
      '    expires: 2020-01-01',
    ].join('\n'),
  );

/** An offline resolver: every unpinned spec a rule can match becomes a noted unknown version. */
const offline = (root: string) => {
  const resolver = createNpmResolver({ root, offline: true, env: {} });
  return async (components: Component[], errors: ScanError[]) => {
    const r = await resolver(components);
    if (r.errors) errors.push(...r.errors);
    return r.components;
  };
};

describe('audit (streamed)', () => {
  it('gives the whole-inventory report over every committed fixture, under the default and a broad policy', async () => {
    for (const policy of [await loadPolicy('builtin:default'), broad()]) {
      for (const resolve of [undefined, offline(fixtures)]) {
        const options: AuditOptions = { policy, now, ...(resolve ? { resolve } : {}) };
        const streamed = await audit(new DirectorySource(fixtures), options);
        const reference = await referenceAudit(new DirectorySource(fixtures), options);
        expect(streamed).toEqual(reference);
      }
    }
    const many = await audit(new DirectorySource(fixtures), { policy: broad(), now });
    expect(many.findings.length).toBeGreaterThan(3000);
    expect(many.notices.map((n) => n.kind).sort()).toEqual(['expired-exception', 'stale-exception']);
  });

  it('reconciles manifests with lockfiles in their folder or above, whatever the path order', async () => {
    // `a/package.json` sorts before `a/yarn.lock` and `a/b/package.json` after `a/b/package-lock.json`;
    // the root lockfile governs `a/b/c/package.json` three folders down.
    const lock = (entries: Record<string, string>) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: Object.fromEntries([
          ['', {}],
          ...Object.entries(entries).map(([n, v]) => [`node_modules/${n}`, { version: v }]),
        ]),
      });
    const dir = makeTree({
      'package-lock.json': lock({ '@anthropic-ai/claude-code': '2.1.100', 'left-pad': '1.3.0' }),
      'a/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/claude-code': '^2.1.0' } }),
      'a/yarn.lock': '# yarn lockfile v1\n\n"@anthropic-ai/claude-code@^2.1.0":\n  version "2.1.120"\n',
      'a/b/package-lock.json': lock({ 'left-pad': '1.3.0' }),
      'a/b/package.json': JSON.stringify({ dependencies: { 'left-pad': '^1.0.0', 'right-pad': '^1.0.0' } }),
      'a/b/c/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/claude-code': '2.1.100' } }),
      'z/package.json': JSON.stringify({ dependencies: { '@anthropic-ai/claude-code': '~2.1.150' } }),
    });
    for (const policy of [await loadPolicy('builtin:default'), broad()]) {
      const streamed = await audit(new DirectorySource(dir), { policy, now });
      expect(streamed).toEqual(await referenceAudit(new DirectorySource(dir), { policy, now }));
    }
    const report = await audit(new DirectorySource(dir), {
      policy: await loadPolicy('builtin:default'),
      now,
    });
    // The lockfile pins are judged at their lines; z/ has no lockfile, so its range is judged.
    expect(
      report.findings.map((f) => `${f.location.file}:${f.component.version ?? f.component.spec}`),
    ).toEqual(['a/yarn.lock:2.1.120', 'package-lock.json:2.1.100', 'z/package.json:~2.1.150']);
  });
});
