// The fault suite runs on its own: real processes and a PostgreSQL cluster it restarts, stops and
// freezes, so nothing else may share its database or its minutes.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['faults/**/*.test.ts'],
    globalSetup: [],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
  },
});
