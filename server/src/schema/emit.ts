// `npm run schema`: writes the client-facing schema to the repository root.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildHubSchemas, printClientSchema } from './build';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');

async function emit() {
  const { clientSchema } = await buildHubSchemas();
  fs.writeFileSync(SCHEMA_FILE, printClientSchema(clientSchema));
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) {
  emit().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
    process.exit(1);
  });
}
