// Production mode: no introspection, no stack traces, unexpected failures masked with a request id,
// CSRF prevention on; and the small-group suppression used by aggregates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressSmallGroups } from '../src/auth/small-groups';
import { createDataSource } from '../src/db/data-source';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startTestServer, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
const broken = {
  db: undefined as ReturnType<typeof createDataSource> | undefined,
  server: undefined as TestServer | undefined,
};

beforeAll(async () => {
  t = await createTestDatabase('production');
  server = await startTestServer(t.db, { NODE_ENV: 'production' });
  // A second server whose pool is closed underneath it: every query fails unexpectedly.
  broken.db = createDataSource({ url: t.url, poolSize: 1 });
  await broken.db.initialize();
  broken.server = await startTestServer(broken.db, { NODE_ENV: 'production' });
  await broken.db.destroy();
});
afterAll(async () => {
  await broken.server?.close();
  await server?.close();
  await t?.drop();
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const res = await server.gql(
      graphql(`
        query __schema {
          __schema {
            types {
              name
            }
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('masks unexpected failures as INTERNAL_SERVER_ERROR with the request id and no stack trace', async () => {
    const res = await broken.server!.gql(
      graphql(`
        query Regions4 {
          regions(first: 1) {
            totalCount
          }
        }
      `),
      {},
      { 'x-request-id': 'req-test-42' },
    );
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toBe('Internal server error');
    expect(res.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-test-42' });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|Pool|pg|typeorm/i);
  });

  it('keeps typed errors as they are', async () => {
    const res = await server.gql(
      graphql(`
        query Volunteers9 {
          volunteers(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: expect.any(String) as unknown,
    });
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ regions(first: 1) { totalCount } }')}`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
});

describe('small-group suppression', () => {
  it('merges groups under 5 into one suppressed bucket, with the next smallest when one alone would show', () => {
    const buckets = [
      { key: 'VISUAL', label: '视力', value: 12 },
      { key: 'SPEECH', label: '言语', value: 3 },
      { key: 'MENTAL', label: '精神', value: 4 },
      { key: 'HEARING', label: '听力', value: 0 },
    ];
    expect(suppressSmallGroups(buckets)).toEqual([
      { key: 'VISUAL', label: '视力', value: 12 },
      { key: 'HEARING', label: '听力', value: 0 },
      { key: 'SUPPRESSED', label: 'suppressed', value: 7 },
    ]);
    expect(
      suppressSmallGroups([
        { key: 'A', label: 'A', value: 9 },
        { key: 'B', label: 'B', value: 2 },
      ]),
    ).toEqual([{ key: 'SUPPRESSED', label: 'suppressed', value: 11 }]); // A alone would give B as the total minus 9
  });
});
