import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { buildHubSchemas, printClientSchema } from '../src/schema/build';
import codegenConfig from '../codegen';

describe('schema.graphql', () => {
  it('is current: regenerate it with `npm run schema` after changing the server', async () => {
    const { clientSchema } = await buildHubSchemas();
    const checkedIn = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(printClientSchema(clientSchema));
  });

  it('offers a paginated list query for every type of the domain', async () => {
    const { clientSchema } = await buildHubSchemas();
    const fields = clientSchema.getQueryType()!.getFields();
    const lists = [
      'regions',
      'organisations',
      'volunteerTeams',
      'serviceStations',
      'serviceTypes',
      'volunteers',
      'beneficiaries',
      'households',
      'campaigns',
      'serviceEvents',
      'participations',
      'pairings',
      'donations',
      'serviceRequests',
      'trainingSessions',
      'commendations',
    ];
    for (const name of lists) {
      expect(fields[name], name).toBeDefined();
      expect(String(fields[name].type)).toMatch(/Connection!$/);
      expect(fields[name].args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'filter']));
    }
    expect(fields.node).toBeDefined();
  });
});

describe('the typed operations of the tests (test/generated)', () => {
  it('are current: regenerate them with `npm run codegen -w server` after changing an operation or the schema', async () => {
    const root = path.resolve(__dirname, '..');
    const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const file = path.resolve(root, filename);
      expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null, filename).toBe(content);
    }
  });
});
