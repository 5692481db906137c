// Faults told apart (#17.2): a database that is down or frozen is SERVICE_UNAVAILABLE (503, Retry-After,
// retryable, the request id, never the database's text), also when it strikes while the context is
// built; /readyz answers at once; a request that times out is cancelled and rolled back, so TIMEOUT
// means nothing was written, and its late result leaves the keep-alive socket usable.
import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, statementTimeoutFor } from '../src/db/data-source';
import { Viewer } from '../src/auth/viewer';
import { createAuthRuntime } from '../src/auth/runtime';
import { hashPassword } from '../src/modules/account/session.service';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startTestServer, TEST_AUTH, TEST_PASSWORD } from './helpers/server';
import { TcpProxy } from './helpers/tcp-proxy';

let t: TestDatabase;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  t = await createTestDatabase('fault_answers');
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await t?.drop();
});

/** A hub whose database connections go through a proxy the test controls. */
async function hubBehindProxy(connectTimeoutMs: number) {
  const { proxy, url } = await TcpProxy.start(t.url);
  const db = createDataSource({ url, poolSize: 2, connectTimeoutMs });
  await db.initialize();
  const server = await startTestServer(db, { NODE_ENV: 'development' });
  cleanups.push(
    () => proxy.close(),
    () => db.destroy().catch(() => undefined),
    () => server.close(),
  );
  return { proxy, server };
}

const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

function expectFault(
  res: { status: number; headers: Headers; errors?: Array<{ extensions?: Record<string, unknown> }> },
  code: string,
  requestId: string,
) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(res.errors?.[0].extensions).toEqual({ code, retryable: true, requestId });
  expect(JSON.stringify(res)).not.toMatch(/ECONN|127\.0\.0\.1|terminated|timeout exceeded|postgres|stacktrace/i);
}

describe('the database down', () => {
  it('answers SERVICE_UNAVAILABLE with 503, Retry-After, retryable and the request id, never its text', async () => {
    const { proxy, server } = await hubBehindProxy(2_000);
    expect((await server.raw(`{ regions(first: 1) { totalCount } }`)).status).toBe(200);
    proxy.down();
    const res = await server.raw(`{ regions(first: 1) { totalCount } }`, {}, { 'x-request-id': 'outage-1' });
    expectFault(res, 'SERVICE_UNAVAILABLE', 'outage-1');
    proxy.open();
    const back = await server.raw(`{ regions(first: 1) { totalCount } }`);
    expect(back.status).toBe(200);
    expect(back.errors).toBeUndefined();
  });

  it('answers the same when it fails while the request context is built (a bearer token to check)', async () => {
    const { proxy, server } = await hubBehindProxy(2_000);
    const { token } = await createAuthRuntime(TEST_AUTH).tokens.issueAccess(new Viewer('1', 'nobody', 'Nobody', []), {
      sv: 0,
    });
    proxy.down();
    const res = await server.raw(
      `{ viewer { username } }`,
      {},
      { authorization: `Bearer ${token}`, 'x-request-id': 'outage-ctx-1' },
    );
    expectFault(res, 'SERVICE_UNAVAILABLE', 'outage-ctx-1');
  });
});

describe('the database frozen', () => {
  it('gives up waiting for a connection after connectionTimeoutMillis: SERVICE_UNAVAILABLE, not a hang', async () => {
    const { proxy, server } = await hubBehindProxy(300);
    proxy.freeze();
    const res = await server.raw(`{ regions(first: 1) { totalCount } }`, {}, { 'x-request-id': 'frozen-1' });
    expectFault(res, 'SERVICE_UNAVAILABLE', 'frozen-1');
  });

  it('/readyz answers within a second with no connection details', async () => {
    const { proxy, server } = await hubBehindProxy(5_000);
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    proxy.freeze();
    // Well under the pool's 5 s connection timeout: only the probe's own bound answers this.
    const res = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
  });
});

describe('statement_timeout', () => {
  it('is set on every pooled connection, just under the request timeout', async () => {
    const db = createDataSource({ url: t.url, poolSize: 1, statementTimeoutMs: 1_400 });
    await db.initialize();
    cleanups.push(() => db.destroy());
    const [row] = await db.query<Array<{ statement_timeout: string }>>(`SHOW statement_timeout`);
    expect(row.statement_timeout).toBe('1400ms');
    const derived = statementTimeoutFor(15_000);
    expect(derived).toBeLessThan(15_000);
    expect(derived).toBeGreaterThanOrEqual(13_500);
  });
});

describe('a request past its time', () => {
  let locker: pg.Client;
  let accountId: string;
  const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`;

  beforeAll(async () => {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO user_account (username, display_name, password_hash) VALUES ('slow.user', 'Slow', $1) RETURNING id::text`,
      [await hashPassword(TEST_PASSWORD)],
    );
    accountId = row.id;
    locker = new pg.Client({ connectionString: t.url });
    await locker.connect();
    cleanups.push(() => locker.end());
  });

  /** Holds the account row, so the login's writes (they reference it) wait until released. */
  async function holdAccount() {
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM user_account WHERE id = $1 FOR UPDATE', [accountId]);
    return () => locker.query('COMMIT');
  }

  async function written() {
    const [audit] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'LOGIN' AND record_id = $1`,
      [accountId],
    );
    const [tokens] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM refresh_token WHERE account_id = $1`, [
      accountId,
    ]);
    return audit.n + tokens.n;
  }

  type Body = { data?: Record<string, unknown>; errors: Array<{ extensions?: Record<string, unknown> }> };

  function post(agent: http.Agent, url: string, body: unknown, requestId: string) {
    return new Promise<{ status: number; body: Body; reusedSocket: boolean }>((resolve, reject) => {
      const req = http.request(
        `${url}/graphql`,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-request-id': requestId } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, body: JSON.parse(text) as Body, reusedSocket: req.reusedSocket }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  it('is cancelled and rolled back: TIMEOUT means nothing was written, and the socket stays usable', async () => {
    const server = await startTestServer(t.db, { REQUEST_TIMEOUT_MS: 1_000 });
    cleanups.push(() => server.close());
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(async () => agent.destroy());
    expect((await post(agent, server.url, { query: '{ __typename }' }, 'warm-1')).status).toBe(200);

    const release = await holdAccount();
    const res = await post(
      agent,
      server.url,
      { query: LOGIN, variables: { u: 'slow.user', p: TEST_PASSWORD } },
      'slow-1',
    );
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions).toEqual({ code: 'TIMEOUT', retryable: true, requestId: 'slow-1' });
    await release();
    // Give the cancelled work every chance to commit late, as it did before the fix.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await written()).toBe(0);

    const next = await post(agent, server.url, { query: '{ __typename }' }, 'after-1');
    expect(next.status).toBe(200);
    expect(next.body.data).toEqual({ __typename: 'Query' });
    expect(next.reusedSocket).toBe(true);
  });

  it('a statement stopped by statement_timeout is TIMEOUT too, and wrote nothing', async () => {
    const db = createDataSource({ url: t.url, poolSize: 2, statementTimeoutMs: 300 });
    await db.initialize();
    const server = await startTestServer(db, { REQUEST_TIMEOUT_MS: 10_000 });
    cleanups.push(
      () => db.destroy(),
      () => server.close(),
    );
    const release = await holdAccount();
    const res = await server.raw(LOGIN, { u: 'slow.user', p: TEST_PASSWORD }, { 'x-request-id': 'stmt-1' });
    await release();
    expectFault(res, 'TIMEOUT', 'stmt-1');
    expect(await written()).toBe(0);
  });
});
