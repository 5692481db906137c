import { createRequire } from 'node:module';
import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // SWC keeps the decorator metadata TypeORM and type-graphql read; the default transformer drops it.
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
      // graphql-query-complexity's ESM build names graphql's .mjs files outright.
      { find: /^graphql\/(.*)\.mjs$/, replacement: `${path.dirname(require.resolve('graphql'))}/$1.js` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Transformed (not externalized) so their `graphql` import meets the alias above: one graphql copy.
    server: { deps: { inline: [/graphql-query-complexity/, /@escape\.tech\/graphql-armor/] } },
    // Every cached SQL text is compared with the builder's own on each hit (src/db/sql-cache.ts).
    env: { SQL_CACHE_VERIFY: '1' },
    pool: 'forks',
    maxWorkers: 2,
  },
});
