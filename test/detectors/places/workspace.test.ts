import { describe, expect, it } from 'vitest';
import { scanCodeWorkspace } from '../../../src/detectors/code-workspace.js';
import { scanPackageJsonCatalogs } from '../../../src/detectors/package-json-catalogs.js';
import { scanPnpmWorkspace } from '../../../src/detectors/pnpm-workspace.js';
import { reconcileManifests } from '../../../src/inventory/reconcile.js';
import { defaultLimits } from '../../../src/model/limits.js';
import { makeComponent } from '../../../src/detectors/component.js';
import { line } from '../../helpers/inventory-lines.js';

const C = '@anthropic-ai/claude-code';

describe('JS workspace configuration and editor workspaces', () => {
  it('pnpm catalogs, named catalogs and overrides; a lockfile pin supersedes them', () => {
    // pnpm's documented catalog and overrides shapes (pnpm.io/catalogs, pnpm.io/settings#overrides).
    const text = [
      'packages:',
      '  - packages/*',
      'catalog:',
      `  "${C}": 2.1.150`,
      '  react: ^18.2.0',
      'catalogs:',
      '  tools:',
      '    "@openai/codex": 0.58.0',
      'overrides:',
      `  "foo>${C}": 2.1.151`,
      '  "bar@<2": "-"',
      `# "${C}": 2.1.152`,
    ].join('\n');
    const r = scanPnpmWorkspace({ path: 'pnpm-workspace.yaml', text, limits: defaultLimits });
    expect(r.components.map(line)).toEqual([
      `pnpm-workspace.yaml:4 [pnpm-workspace.yaml] npm ${C} 2.1.150`,
      'pnpm-workspace.yaml:5 [pnpm-workspace.yaml] npm react (^18.2.0)',
      `pnpm-workspace.yaml:10 [pnpm-workspace.yaml] npm ${C} 2.1.151`,
      'pnpm-workspace.yaml:8 [pnpm-workspace.yaml] npm @openai/codex 0.58.0',
    ]);
    const locked = makeComponent({
      ecosystem: 'npm',
      name: 'react',
      version: '18.3.1',
      location: { file: 'pnpm-lock.yaml', line: 40 },
      source: 'pnpm-lock.yaml',
      sourceKind: 'registry',
    });
    const kept = reconcileManifests([...r.components, locked]).map(line);
    expect(kept).not.toContain('pnpm-workspace.yaml:5 [pnpm-workspace.yaml] npm react (^18.2.0)');
    expect(kept).toContain(`pnpm-workspace.yaml:4 [pnpm-workspace.yaml] npm ${C} 2.1.150`);
  });

  it('bun catalogs in package.json (top level and under workspaces)', () => {
    const text = JSON.stringify(
      {
        name: 'mono',
        workspaces: {
          packages: ['packages/*'],
          catalog: { [C]: '2.1.150' },
          catalogs: { ai: { '@openai/codex': '0.58.0' } },
        },
        dependencies: { [C]: 'catalog:' },
      },
      null,
      2,
    );
    expect(
      scanPackageJsonCatalogs({ path: 'package.json', text, limits: defaultLimits }).components.map(line),
    ).toEqual([
      `package.json:8 [package.json catalogs] npm ${C} 2.1.150`,
      'package.json:12 [package.json catalogs] npm @openai/codex 0.58.0',
    ]);
    const quiet = JSON.stringify({ name: 'x', description: `"catalog": {"${C}": "2.1.150"}` });
    expect(
      scanPackageJsonCatalogs({ path: 'package.json', text: quiet, limits: defaultLimits }).components,
    ).toEqual([]);
  });

  it('*.code-workspace extension recommendations; unwanted ones are not installs', () => {
    const text = [
      '{',
      '  "folders": [{ "path": "." }],',
      '  "extensions": {',
      '    "recommendations": ["anthropic.claude-code"],',
      '    "unwantedRecommendations": ["openai.chatgpt"]',
      '  }',
      '}',
    ].join('\n');
    expect(
      scanCodeWorkspace({ path: 'team.code-workspace', text, limits: defaultLimits }).components.map(line),
    ).toEqual(['team.code-workspace:4 [code-workspace] vscode-extension anthropic.claude-code (latest)']);
  });
});
