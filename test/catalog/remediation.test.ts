// The first clean version of each carrier, computed from the rule's range and the catalog's
// tables: checked against the tables themselves (every banned row leads to the first clean row
// after it), not against numbers written here, except the advisory's own firstClean.
import { describe, expect, it } from 'vitest';
import { advisories, catalog } from '../../src/catalog/index.js';
import { versionTables } from '../../src/catalog/mappings.js';
import { remediationFor, upperBounds } from '../../src/catalog/remediation.js';
import type { Carrier } from '../../src/catalog/types.js';
import { versionSatisfies } from '../../src/model/versions.js';

const tool = catalog.tool('claude-code')!;
const advisory = advisories.find((a) => a.id === 'AITG-2026-0001')!;
const RANGE = advisory.versions;
const carrier = (ecosystem: string, pkg: string): Carrier =>
  tool.carriers.find((c) => c.ecosystem === ecosystem && c.package === pkg)!;
const banned = (v: string) => versionSatisfies('semver', v, RANGE);

describe('remediation', () => {
  it("the npm CLI, its platform packages, the extension, cask, feature and installer: the advisory's first clean release", () => {
    const sameLine = tool.carriers.filter(
      (c) => !versionTables.has(c.toolVersion) && c.toolVersion('2.1.150').kind === 'exact',
    );
    expect(sameLine.map((c) => c.ecosystem)).toEqual(
      expect.arrayContaining(['npm', 'vscode-extension', 'homebrew', 'devcontainer-feature', 'installer']),
    );
    for (const c of sameLine) {
      const r = remediationFor({
        range: RANGE,
        component: { ecosystem: c.ecosystem, name: c.package, version: '2.1.150' },
        tool,
        carrier: c,
        toolVersion: '2.1.150',
      });
      expect(r?.version, c.package).toBe(advisory.firstClean);
      expect(r?.text, c.package).toContain(advisory.firstClean);
    }
  });

  it('says what to do in the words of the carrier', () => {
    const cli = remediationFor({
      range: RANGE,
      component: { ecosystem: 'npm', name: '@anthropic-ai/claude-code', version: '2.1.91' },
      tool,
      carrier: carrier('npm', '@anthropic-ai/claude-code'),
      toolVersion: '2.1.91',
    });
    expect(cli).toEqual({
      version: '2.1.198',
      text: 'Upgrade @anthropic-ai/claude-code to 2.1.198 or later.',
    });
    const feature = carrier('devcontainer-feature', 'ghcr.io/devcontainers-extra/features/claude-code');
    expect(
      remediationFor({
        range: RANGE,
        component: { ecosystem: 'devcontainer-feature', name: feature.package, version: '2.1.100' },
        tool,
        carrier: feature,
        toolVersion: '2.1.100',
      })?.text,
    ).toBe(`Set the "version" option of ${feature.package} to 2.1.198 or later.`);
  });

  for (const [what, c] of [
    ['claude-code-action tags', carrier('github-action', 'anthropics/claude-code-action')],
    ['Agent SDK (npm)', carrier('npm', '@anthropic-ai/claude-agent-sdk')],
    ['Agent SDK (PyPI)', carrier('pypi', 'claude-agent-sdk')],
  ] as const) {
    it(`${what}: every banned version leads to the first clean one after it`, () => {
      const table = versionTables.get(c.toolVersion)!;
      expect(table).toBeDefined();
      const mapped = table.versions.map((v) => ({ v, m: c.toolVersion(v) }));
      const isBanned = ({ m }: (typeof mapped)[number]) => m.kind === 'exact' && m.versions.some(banned);
      const isClean = ({ m }: (typeof mapped)[number]) => m.kind === 'exact' && !m.versions.some(banned);
      const bannedRows = mapped.filter(isBanned);
      expect(bannedRows.length, 'the table has banned versions').toBeGreaterThan(0);
      for (const row of bannedRows) {
        const r = remediationFor({
          range: RANGE,
          component: { ecosystem: c.ecosystem, name: c.package, version: row.v },
          tool,
          carrier: c,
          toolVersion: row.m.kind === 'exact' ? row.m.versions[0]! : null,
        });
        const at = mapped.findIndex((x) => x.v === row.v);
        const expected = mapped.slice(at + 1).find(isClean);
        expect(r?.version, row.v).toBe(expected?.v);
        if (expected) {
          // It carries a clean CLI, above the banned range.
          const tv = (expected.m as { versions: string[] }).versions;
          expect(tv.every((v) => !banned(v))).toBe(true);
          expect(r!.text).toContain(`Claude Code ${tv.at(-1)}`);
        }
      }
      // A version that cannot be placed (a branch, a moving tag, an unknown version): the first
      // clean one after the last banned one.
      const lastBanned = mapped.findLastIndex(isBanned);
      const r = remediationFor({
        range: RANGE,
        component: { ecosystem: c.ecosystem, name: c.package, version: null },
        tool,
        carrier: c,
        toolVersion: null,
      });
      expect(r?.version).toBe(mapped.slice(lastBanned + 1).find(isClean)?.v);
    });
  }

  it('a commit of claude-code-action stands where its tag stands', () => {
    const c = carrier('github-action', 'anthropics/claude-code-action');
    const table = versionTables.get(c.toolVersion)!;
    const tag = table.versions.find((v) => {
      const m = c.toolVersion(v);
      return m.kind === 'exact' && m.versions.some(banned);
    })!;
    const byTag = remediationFor({
      range: RANGE,
      component: { ecosystem: 'github-action', name: c.package, version: tag },
      tool,
      carrier: c,
    });
    expect(byTag).not.toBeNull();
    expect(table.positionOf(tag)).toBe(table.versions.indexOf(tag));
  });

  it('package rules: the first version above the range in the ecosystem syntax', () => {
    expect(
      remediationFor({
        range: '<0.120.0',
        component: { ecosystem: 'npm', name: '@openai/codex', version: '0.100.0' },
      })?.version,
    ).toBe('0.120.0');
    expect(
      remediationFor({ range: '<=1.4.2', component: { ecosystem: 'npm', name: 'x', version: '1.0.0' } })
        ?.version,
    ).toBe('1.4.3');
    expect(
      remediationFor({
        range: '>=1.0,<1.2',
        component: { ecosystem: 'pypi', name: 'aider-chat', version: '1.1' },
      })?.version,
    ).toBe('1.2');
    expect(upperBounds('semver', '>=1 <2 || >=3 <4')).toEqual(['2.0.0', '4.0.0']);
  });

  it('no clean version, no remediation: every version banned, no upper bound, a version line of its own', () => {
    const none = [
      remediationFor({
        range: undefined,
        component: { ecosystem: 'npm', name: '@openai/codex', version: '1.0.0' },
      }),
      remediationFor({ range: '>=1', component: { ecosystem: 'npm', name: 'x', version: '1.0.0' } }),
      remediationFor({ range: '*', component: { ecosystem: 'npm', name: 'x', version: '1.0.0' } }),
      remediationFor({
        range: 'v1 || main',
        component: { ecosystem: 'github-action', name: 'a/b', version: 'main' },
      }),
      // The base action has a version line the catalog cannot map.
      remediationFor({
        range: RANGE,
        component: {
          ecosystem: 'github-action',
          name: 'anthropics/claude-code-base-action',
          version: 'v0.0.50',
        },
        tool,
        carrier: carrier('github-action', 'anthropics/claude-code-base-action'),
        toolVersion: null,
      }),
    ];
    expect(none).toEqual([null, null, null, null, null]);
  });
});
