// The catalog's data files: every row names its source, the schema refuses malformed rows, and
// devcontainer features are described once (the detectors read the catalog).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, devcontainerFeature } from '../../src/catalog/index.js';
import { readTable, toolsTable } from '../../src/catalog/table-schema.js';
import { scanDevcontainer } from '../../src/detectors/devcontainer-json.js';
import { defaultLimits } from '../../src/model/limits.js';
import type { DetectInput } from '../../src/model/component.js';

const devcontainer = (text: string) =>
  scanDevcontainer({
    path: '.devcontainer/devcontainer.json',
    text,
    bytes: new TextEncoder().encode(text),
    readFile: async () => null,
    limits: defaultLimits,
  } as DetectInput);

const dataDir = join(import.meta.dirname, '..', '..', 'src', 'catalog', 'data');
const toolsJson = JSON.parse(readFileSync(join(dataDir, 'tools.json'), 'utf8'));

describe('data/tools.json', () => {
  it('names a source for every carrier', () => {
    let n = 0;
    for (const t of catalog.tools)
      for (const c of t.carriers) {
        expect(c.source, `${t.id} ${c.ecosystem} ${c.package}`).toMatch(/\w{3}/);
        n++;
      }
    expect(n).toBeGreaterThan(100);
  });

  it('refuses a row without a source, with the file and the path', () => {
    const broken = structuredClone(toolsJson);
    delete broken.tools[0].carriers[0].source;
    expect(() => readTable('tools.json', toolsTable, broken)).toThrow(
      /^src\/catalog\/data\/tools\.json: tools\.0\.carriers\.0\.source: /,
    );
    const twoNames = structuredClone(toolsJson);
    twoNames.tools[0].carriers[0].packages = ['x'];
    expect(() => readTable('tools.json', toolsTable, twoNames)).toThrow(/exactly one of package/);
    const badRule = structuredClone(toolsJson);
    badRule.tools[0].carriers[0].version = 'guess';
    expect(() => readTable('tools.json', toolsTable, badRule)).toThrow(/carriers\.0\.version/);
    expect(() => readTable('tools.json', toolsTable, toolsJson)).not.toThrow();
  });
});

describe('devcontainer features, described once', () => {
  it('gives detectors the catalog facts', () => {
    expect(devcontainerFeature('ghcr.io/sachitv/devcontainer-features/codex')).toEqual({
      id: 'ghcr.io/sachitv/devcontainer-features/codex',
      tool: 'codex',
      versionOption: 'release_tag',
      defaultVersion: 'latest',
      tagPrefix: 'rust-',
    });
    expect(devcontainerFeature('ghcr.io/anthropics/devcontainer-features/claude-code')).toEqual({
      id: 'ghcr.io/anthropics/devcontainer-features/claude-code',
      tool: 'claude-code',
      defaultVersion: 'latest',
      installs: { ecosystem: 'npm', package: '@anthropic-ai/claude-code' },
    });
    expect(devcontainerFeature('ghcr.io/devcontainers/features/node')).toBeUndefined();
  });

  it('reads the version option of every feature the catalog lists', async () => {
    for (const t of catalog.tools)
      for (const c of t.carriers) {
        if (c.ecosystem !== 'devcontainer-feature') continue;
        const option = c.versionOption ? `{ "${c.versionOption.name}": "${c.tagPrefix ?? ''}1.2.3" }` : '{}';
        const text = `{ "features": { "${c.package}:1": ${option} } }`;
        const r = await devcontainer(text);
        const f = r.components.find((x) => x.ecosystem === 'devcontainer-feature');
        expect(f?.name, c.package).toBe(c.package);
        if (c.versionOption) expect(f?.version, c.package).toBe('1.2.3');
        else expect([f?.version, f?.spec], c.package).toEqual([null, 'latest']);
        // Negative twin: the option under another name is not the version (the default is: a
        // channel such as latest, or the version a collection pins as its default).
        const other = `{ "features": { "${c.package}:1": { "unrelated": "1.2.3" } } }`;
        const q = await devcontainer(other);
        const pinnedDefault =
          c.versionOption && /^\d/.test(c.versionOption.default) ? c.versionOption.default : null;
        expect(pinnedDefault).not.toBe('1.2.3');
        expect(q.components.find((x) => x.ecosystem === 'devcontainer-feature')?.version, c.package).toBe(
          pinnedDefault,
        );
      }
  });
});

describe('the tables agree with each other', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
  const npmVersions = new Set<string>(read('claude-code-npm-versions.json').versions);
  const changelog = read('claude-agent-sdk-npm-changelog.json');
  const absent = new Set<string>(read('claude-code-npm-versions.json').absentButNamed);
  const named = new Set<string>();

  it('has the CLI version list of npm', () => {
    expect(npmVersions.size).toBeGreaterThan(400);
    for (const v of ['1.0.5', '2.0.49', '2.1.91', '2.1.197', '2.1.198'])
      expect(npmVersions.has(v), v).toBe(true);
  });

  it('maps no action tag to a CLI version npm does not have', () => {
    const missing: string[] = [];
    for (const f of ['claude-code-action-tags.json', 'claude-code-base-action-tags.json']) {
      for (const [tag, row] of Object.entries(
        read(f).tags as Record<string, { cliVersions: string[]; baseAction?: string[] }>,
      ))
        for (const v of [...row.cliVersions, ...(row.baseAction ?? [])]) {
          named.add(v);
          if (!npmVersions.has(v) && !absent.has(v)) missing.push(`${f} ${tag} ${v}`);
        }
    }
    expect(missing).toEqual([]);
  });

  it('maps every SDK version to a CLI that exists (the exceptions are named and exactly those)', () => {
    const missing: string[] = [];
    const check = (label: string, cli: string | null): void => {
      if (cli === null) return;
      named.add(cli);
      if (!npmVersions.has(cli) && !absent.has(cli)) missing.push(`${label} → ${cli}`);
    };
    const rows = (f: string, key: string) => Object.entries(read(f)[key] as Record<string, string | null>);
    for (const [sdk, cli] of rows('claude-agent-sdk-npm.json', 'claudeCodeVersion')) check(`npm ${sdk}`, cli);
    for (const [sdk, cli] of rows('claude-agent-sdk-npm-changelog.json', 'claudeCodeVersion'))
      check(`changelog ${sdk}`, cli);
    for (const [sdk, cli] of rows('claude-agent-sdk-pypi.json', 'bundledCliUpdate'))
      check(`pypi ${sdk}`, cli);
    expect(missing).toEqual([]);
    // The exceptions are exactly the named versions npm lacks: none stale, none missing.
    expect([...absent].sort()).toEqual([...named].filter((v) => !npmVersions.has(v)).sort());
  });

  it('agrees with the packument where both the packument and the changelog name the CLI', () => {
    const packument = read('claude-agent-sdk-npm.json').claudeCodeVersion as Record<string, string | null>;
    for (const [sdk, cli] of Object.entries(changelog.claudeCodeVersion as Record<string, string | null>))
      if (packument[sdk]) expect(packument[sdk], sdk).toBe(cli);
  });
});

describe('tools and carriers added from real repositories', () => {
  const carrier = (tool: string, pkg: string) => catalog.tool(tool)!.carriers.find((c) => c.package === pkg)!;
  it('knows Jules, Qodo Command and Mistral Vibe by their registry names', () => {
    expect(carrier('jules', '@google/jules').toolVersion('0.1.42')).toEqual({
      kind: 'exact',
      versions: ['0.1.42'],
    });
    expect(carrier('qodo-command', '@qodo/command').toolVersion('0.36.0')).toEqual({
      kind: 'exact',
      versions: ['0.36.0'],
    });
    expect(carrier('mistral-vibe', 'mistral-vibe').toolVersion('1.0.0')).toEqual({
      kind: 'exact',
      versions: ['1.0.0'],
    });
    // Negative twins: a channel is not a version; an unscoped look-alike is not a carrier.
    expect(carrier('jules', '@google/jules').toolVersion('latest').kind).toBe('unknown');
    expect(catalog.tools.some((t) => t.carriers.some((c) => c.package === 'jules'))).toBe(false);
  });

  it('treats claude-code-sdk (PyPI) as a Claude Code carrier whose version does not say which CLI runs', () => {
    expect(carrier('claude-code', 'claude-code-sdk').toolVersion('0.0.25')).toEqual({
      kind: 'unknown',
      why: 'claude-code-sdk (PyPI) 0.0.25 does not say which version of the tool it carries',
    });
    expect(carrier('opencode', 'sst/opencode/github').toolVersion('latest').kind).toBe('unknown');
  });
});
