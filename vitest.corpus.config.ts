import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
