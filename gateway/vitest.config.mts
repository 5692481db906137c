import { createRequire } from 'node:module';
import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// The tests run the real hub from server/src, so this mirrors server/vitest.config.mts: SWC for
// the decorator metadata, one graphql copy, and the hub's test PostgreSQL (DATABASE_URL or embedded).
export default defineConfig({
  plugins: [
    swc.vite({
      module: { type: 'es6' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  oxc: false,
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      { find: /^graphql\/(.*)\.mjs$/, replacement: `${path.dirname(require.resolve('graphql'))}/$1.js` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['../server/test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    server: { deps: { inline: [/graphql-query-complexity/, /@escape\.tech\/graphql-armor/] } },
    pool: 'forks',
    maxWorkers: 2,
  },
});
