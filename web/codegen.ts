import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the checked-in client schema; the output is committed, so a build needs no codegen.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/graphql/**/*.ts', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        nonOptionalTypename: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>', SafeInt: 'number' },
      },
    },
    'src/graphql/generated/possible-types.ts': { plugins: ['./codegen/possible-types.cjs'] },
  },
};

export default config;
