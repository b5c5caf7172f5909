import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, featureVersionOption } from '../../src/catalog/index.js';
import { claudeCodeActionRefs, claudeCodeActionToCli } from '../../src/catalog/action-tags.js';
import { agentSdkNpmToCli, agentSdkPypiToCli } from '../../src/catalog/mappings.js';
import sdkNpmTable from '../../src/catalog/data/claude-agent-sdk-npm.json' with { type: 'json' };
import { catalogData, renderCatalogText } from '../../src/catalog/render.js';
import type { Carrier } from '../../src/catalog/types.js';
import { normalizeName } from '../../src/policy/names.js';

const dataDir = join(import.meta.dirname, '..', '..', 'src', 'catalog', 'data');

function carrier(tool: string, ecosystem: Carrier['ecosystem'], pkg: string): Carrier {
  const c = catalog.tool(tool)?.carriers.find((x) => x.ecosystem === ecosystem && x.package === pkg);
  if (!c) throw new Error(`no carrier ${ecosystem} ${pkg} for ${tool}`);
  return c;
}

describe('the catalog', () => {
  it('knows the AI coding tools of the brief', () => {
    const ids = catalog.tools.map((t) => t.id);
    for (const id of [
      'claude-code',
      'claude-agent-sdk',
      'codex',
      'gemini-cli',
      'qwen-code',
      'copilot-cli',
      'cursor',
      'amp',
      'aider',
      'opencode',
      'cline',
      'roo-code',
      'kilo-code',
      'continue',
      'goose',
      'auggie',
      'kimi-cli',
      'crush',
      'windsurf',
      'amazon-q',
      'kiro',
      'droid',
      'junie',
      'codebuddy',
      'pi',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('spells every carrier as the detectors name components', () => {
    for (const t of catalog.tools) {
      const seen = new Set<string>();
      for (const c of t.carriers) {
        expect(normalizeName(c.ecosystem, c.package), `${t.id}: ${c.package}`).toBe(
          c.ecosystem === 'pypi' ? c.package : c.ecosystem === 'npm' ? c.package : c.package.toLowerCase(),
        );
        if (c.ecosystem === 'installer') expect(c.package).not.toMatch(/^[a-z]+:\/\//);
        if (c.ecosystem === 'devcontainer-feature') expect(c.package).not.toMatch(/[:@]/);
        const key = `${c.ecosystem} ${c.package}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('avoids the names of unrelated projects', () => {
    const all = catalog.tools.flatMap((t) => t.carriers.map((c) => `${c.ecosystem}:${c.package}`));
    expect(all).not.toContain('homebrew:goose'); // a database migration tool
    expect(all).not.toContain('npm:amp'); // not Sourcegraph's Amp
    expect(all).toContain('homebrew:block-goose-cli');
    expect(all).toContain('npm:@sourcegraph/amp');
  });

  it('lists every Claude Code carrier', () => {
    const cc = catalog.tool('claude-code')!;
    const names = cc.carriers.map((c) => `${c.ecosystem}:${c.package}`);
    const platforms = JSON.parse(
      readFileSync(join(dataDir, 'npm-platform-packages.json'), 'utf8'),
    ).platformPackages;
    expect(platforms['@anthropic-ai/claude-code']).toEqual([
      '@anthropic-ai/claude-code-darwin-arm64',
      '@anthropic-ai/claude-code-darwin-x64',
      '@anthropic-ai/claude-code-linux-arm64',
      '@anthropic-ai/claude-code-linux-arm64-musl',
      '@anthropic-ai/claude-code-linux-x64',
      '@anthropic-ai/claude-code-linux-x64-musl',
      '@anthropic-ai/claude-code-win32-arm64',
      '@anthropic-ai/claude-code-win32-x64',
    ]);
    for (const p of platforms['@anthropic-ai/claude-code']) expect(names).toContain(`npm:${p}`);
    for (const p of platforms['@anthropic-ai/claude-agent-sdk']) expect(names).toContain(`npm:${p}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'npm:@anthropic-ai/claude-code',
        'npm:@anthropic-ai/claude-agent-sdk',
        'pypi:claude-agent-sdk',
        'vscode-extension:anthropic.claude-code',
        'github-action:anthropics/claude-code-action',
        'homebrew:claude-code',
        'devcontainer-feature:ghcr.io/anthropics/devcontainer-features/claude-code',
        'devcontainer-feature:ghcr.io/devcontainers-extra/features/claude-code',
        'installer:claude.ai/install.sh',
      ]),
    );
    expect(
      carrier('claude-code', 'npm', '@anthropic-ai/claude-code-linux-x64').toolVersion('2.1.150'),
    ).toEqual({
      kind: 'exact',
      versions: ['2.1.150'],
    });
    expect(carrier('claude-code', 'vscode-extension', 'anthropic.claude-code').toolVersion('2.1.91')).toEqual(
      {
        kind: 'exact',
        versions: ['2.1.91'],
      },
    );
    expect(carrier('claude-code', 'homebrew', 'claude-code').toolVersion('2.1.112_1')).toEqual({
      kind: 'exact',
      versions: ['2.1.112'],
    });
    expect(carrier('claude-code', 'installer', 'claude.ai/install.sh').toolVersion('stable')).toEqual({
      kind: 'unknown',
      why: '"stable" is not a version (a tag such as latest or stable moves)',
    });
  });

  it('tells devcontainer detectors which option carries the version', () => {
    expect(featureVersionOption('ghcr.io/devcontainers-extra/features/claude-code')).toEqual({
      name: 'version',
      default: 'latest',
    });
    expect(featureVersionOption('GHCR.IO/anthropics/devcontainer-features/claude-code')).toBeNull();
    expect(featureVersionOption('ghcr.io/sachitv/devcontainer-features/codex')).toEqual({
      name: 'release_tag',
      default: 'latest',
    });
    expect(featureVersionOption('ghcr.io/devcontainers-extra/features/codename-goose-cli')).toEqual({
      name: 'version',
      default: 'stable',
    });
    expect(featureVersionOption('ghcr.io/devcontainers/features/copilot-cli')).toEqual({
      name: 'version',
      default: 'latest',
    });
    expect(featureVersionOption('ghcr.io/devcontainers/features/node')).toBeUndefined();
    expect(
      carrier('codex', 'devcontainer-feature', 'ghcr.io/sachitv/devcontainer-features/codex').toolVersion(
        'rust-v0.58.0',
      ),
    ).toEqual({
      kind: 'exact',
      versions: ['0.58.0'],
    });
  });
});

describe('@anthropic-ai/claude-agent-sdk → bundled Claude Code (npm packument table)', () => {
  it('maps SDK versions through claudeCodeVersion', () => {
    expect(agentSdkNpmToCli('0.3.150')).toEqual({ kind: 'exact', versions: ['2.1.150'] });
    expect(agentSdkNpmToCli('0.2.90')).toEqual({ kind: 'exact', versions: ['2.1.90'] });
    expect(agentSdkNpmToCli('0.2.91')).toEqual({ kind: 'exact', versions: ['2.1.91'] });
    expect(agentSdkNpmToCli('0.3.198')).toEqual({ kind: 'exact', versions: ['2.1.198'] });
  });

  it('maps unknown SDK versions to unknown, with the reason', () => {
    expect(agentSdkNpmToCli('0.1.9')).toEqual({
      kind: 'unknown',
      why: '@anthropic-ai/claude-agent-sdk 0.1.9 does not record which Claude Code CLI it bundles (no claudeCodeVersion, and its changelog names none)',
    });
    expect(agentSdkNpmToCli('0.9.0')).toEqual({
      kind: 'unknown',
      why: `@anthropic-ai/claude-agent-sdk 0.9.0 is not in the catalog's table of bundled CLI versions (retrieved ${sdkNpmTable.$retrieved}); run scripts/refresh-catalog.mjs`,
    });
    expect(agentSdkNpmToCli('latest').kind).toBe('unknown');
  });

  it('has a header naming source, date and method in every data file', () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
    expect(files).toEqual(expect.arrayContaining(['tools.json', 'claude-code-action-tags.json']));
    for (const f of files) {
      const data = JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
      expect(data.$source, f).toMatch(/\w/);
      expect(data.$retrieved, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.$method, f).toMatch(/\w/);
    }
  });
});

describe('PyPI claude-agent-sdk → bundled Claude Code (changelog table)', () => {
  it('maps a release with a bump to that CLI, and one without to the previous', () => {
    expect(agentSdkPypiToCli('0.1.55')).toEqual({ kind: 'exact', versions: ['2.1.91'] });
    expect(agentSdkPypiToCli('0.1.53')).toEqual({ kind: 'exact', versions: ['2.1.88'] });
    expect(agentSdkPypiToCli('0.1.11')).toEqual({ kind: 'exact', versions: ['2.0.57'] });
    expect(agentSdkPypiToCli('0.1.12')).toEqual({ kind: 'exact', versions: ['2.0.57'] });
    expect(agentSdkPypiToCli('0.1.15')).toEqual({ kind: 'exact', versions: ['2.0.62'] });
    expect(agentSdkPypiToCli('0.2.110')).toEqual({ kind: 'exact', versions: ['2.1.191'] });
    expect(agentSdkPypiToCli('0.2.111')).toEqual({ kind: 'exact', versions: ['2.1.202'] });
  });

  it('maps versions before the first bump, and versions not in the table, to unknown', () => {
    expect(agentSdkPypiToCli('0.0.22')).toEqual({
      kind: 'unknown',
      why: 'claude-agent-sdk 0.0.22 (PyPI) predates the first bundled-CLI entry of its changelog',
    });
    expect(agentSdkPypiToCli('0.1.54')).toEqual({
      kind: 'unknown',
      why: "claude-agent-sdk 0.1.54 (PyPI) is not in the catalog's changelog table (through 0.2.143)",
    });
    expect(agentSdkPypiToCli('9.0.0').kind).toBe('unknown');
  });
});

describe('anthropics/claude-code-action ref → installed Claude Code (tag table)', () => {
  it('maps tags and the commits they point to', () => {
    expect(claudeCodeActionToCli('v1.0.133')).toEqual({ kind: 'exact', versions: ['2.1.150'] });
    expect(claudeCodeActionToCli('787c5a0ce96a9a6cfb050ea0c8f4c05f2447c251')).toEqual({
      kind: 'exact',
      versions: ['2.1.150'],
    });
    expect(claudeCodeActionToCli('787C5A0CE96A9A6CFB050EA0C8F4C05F2447C251')).toEqual({
      kind: 'exact',
      versions: ['2.1.150'],
    });
    expect(claudeCodeActionToCli('v1.0.44')).toEqual({ kind: 'exact', versions: ['2.1.31', '2.1.32'] });
    expect(claudeCodeActionToCli('v1.0.86')).toEqual({ kind: 'exact', versions: ['2.1.90'] });
    expect(claudeCodeActionToCli('v1.0.162')).toEqual({ kind: 'exact', versions: ['2.1.198'] });
  });

  it('maps a moving tag to at least the version it had at the snapshot', () => {
    expect(claudeCodeActionToCli('v1')).toEqual({
      kind: 'atLeast',
      version: '2.1.240',
      why: 'v1 is a moving tag; it installed Claude Code 2.1.240 at the catalog snapshot (2026-08-22) and only moves forward',
    });
  });

  it('maps branches and unknown commits to unknown', () => {
    expect(claudeCodeActionToCli('main')).toEqual({
      kind: 'unknown',
      why: 'ref main is not a tag of anthropics/claude-code-action in the catalog (a branch, or a tag newer than the snapshot of 2026-12-04)',
    });
    expect(claudeCodeActionToCli('0000000000000000000000000000000000000000')).toEqual({
      kind: 'unknown',
      why: 'commit 0000000000000000000000000000000000000000 is not a tag of anthropics/claude-code-action in the catalog (snapshot 24dcd50c of 2026-12-04)',
    });
    expect(claudeCodeActionToCli('my-branch').kind).toBe('unknown');
  });

  it('lists the refs that install an affected CLI', () => {
    const refs = claudeCodeActionRefs('>=2.1.91 <2.1.198');
    expect(refs[0]).toEqual({
      tag: 'v1.0.87',
      commit: '0432df8bfe0572278dd19bca33be32cdc8061ebb',
      cliVersions: ['2.1.91'],
    });
    expect(refs.at(-1)).toEqual({
      tag: 'v1.0.161',
      commit: 'fad22eb3fa582b7357fc0ea48af6645851b884fd',
      cliVersions: ['2.1.197'],
    });
    expect(refs).toHaveLength(75);
  });
});

describe('ai-tooling-gate catalog output', () => {
  it('prints the advisory with what, how and sources', () => {
    const text = renderCatalogText();
    expect(text).toContain('AITG-2026-0001  Claude Code covert environment fingerprinting');
    expect(text).toContain('affected: >=2.1.91 <2.1.198  first clean release: 2.1.198');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      "hidden check of the machine's proxy settings and timezone whose result marks the prompt",
    );
    expect(flat).toContain(
      'absent in 2.1.90, present in 2.1.91, 2.1.112, 2.1.150, 2.1.196 and 2.1.197, and absent in 2.1.198',
    );
    const data = catalogData();
    expect(data.advisories[0]).toMatchObject({ id: 'AITG-2026-0001', locked: true, action: 'fail' });
    expect(data.advisories[0]!.affectedActionRefs).toHaveLength(75);
    expect(data.tools.find((t) => t.id === 'claude-code')!.carriers.length).toBeGreaterThan(20);
  });
});
