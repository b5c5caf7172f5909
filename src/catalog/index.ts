import type { Catalog, Tool } from './types.js';

const same = (v: string): string => v;

export const tools: readonly Tool[] = [
  {
    id: 'claude-code',
    name: 'Claude Code',
    vendor: 'Anthropic',
    homepage: 'https://www.anthropic.com/claude-code',
    carriers: [
      { ecosystem: 'npm', package: '@anthropic-ai/claude-code', kind: 'npm package', toolVersion: same },
      {
        ecosystem: 'npm',
        package: '@anthropic-ai/claude-code-*',
        kind: 'platform package',
        toolVersion: same,
      },
    ],
  },
];

export const catalog: Catalog = {
  tools,
  tool: (id) => tools.find((t) => t.id === id),
};
