import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the integration tests, from the checked-in client schema (like the web's); the
// output is committed and `npm test` checks it is current.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        skipTypename: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', SafeInt: 'number' },
      },
    },
  },
};

export default config;
