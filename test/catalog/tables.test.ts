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
        // Negative twin: the option under another name is not the version.
        const other = `{ "features": { "${c.package}:1": { "unrelated": "1.2.3" } } }`;
        const q = await devcontainer(other);
        expect(
          q.components.find((x) => x.ecosystem === 'devcontainer-feature')?.version,
          c.package,
        ).toBeNull();
      }
  });
});
