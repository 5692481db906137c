import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents from the checked-in client schema; the output is committed, so a build needs no codegen.
// Every document also goes into persisted-documents.json (sha256 → text), the manifest the hub and the
// gateway accept from the panel in production; __typename is added before hashing, as Apollo's cache
// adds it, so the text behind a hash is the text the panel would have sent.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/graphql/**/*.ts', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
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
