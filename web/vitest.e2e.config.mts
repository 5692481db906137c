// Browser tests: real headless Chromium against the real hub and a seeded database (see e2e/hub.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // The roles test opens every page of a role's menu (axe, focus indicators, screenshots) in one test.
    testTimeout: 240_000,
    hookTimeout: 300_000,
    // One browser at a time on a two-core machine; the files share one hub.
    fileParallelism: false,
    pool: 'forks',
  },
});
