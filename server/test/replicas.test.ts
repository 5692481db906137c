// Replicas agree (#17.3) and the client address is configuration (#12 TRUST_PROXY): two app instances
// on one database, each with its own pool, share login backoff and token revocation; a restarted
// instance remembers; refreshSession is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/db/data-source';
import { hashPassword } from '../src/modules/account/session.service';
import { LoginThrottle } from '../src/modules/account/login-throttle';
import { toGlobalId } from '../src/common/node';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startTestServer, TEST_AUTH, TEST_PASSWORD, type TestServer } from './helpers/server';

let t: TestDatabase;
const servers: TestServer[] = [];
const pools: Array<ReturnType<typeof createDataSource>> = [];
let a: TestServer;
let b: TestServer;

/** Another replica: its own pool on the same database. */
async function replica(overrides: Parameters<typeof startTestServer>[1] = {}): Promise<TestServer> {
  const db = createDataSource({ url: t.url, poolSize: 3 });
  await db.initialize();
  pools.push(db);
  // A lock long enough to outlive starting another replica.
  const s = await startTestServer(db, { LOGIN_BACKOFF_BASE_MS: 60_000, LOGIN_BACKOFF_MAX_MS: 60_000, ...overrides });
  servers.push(s);
  return s;
}

const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

async function account(username: string, role?: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO user_account (username, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id::text`,
    [username, await hashPassword(TEST_PASSWORD)],
  );
  if (role) await sql(`INSERT INTO role_assignment (account_id, role) VALUES ($1, $2)`, [row.id, role]);
  return row.id;
}

type LoginData = { login: { accessToken: string } };
const tokenOf = (res: { data: unknown }) => (res.data as LoginData).login.accessToken;
const viewerOf = (res: { data: unknown }) =>
  (res.data as { viewer: { username: string } | null } | null)?.viewer ?? null;
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`;
const WHO = `{ viewer { username } }`;

beforeAll(async () => {
  t = await createTestDatabase('replicas');
  a = await replica();
  b = await replica();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const db of pools) await db.destroy();
  await t?.drop();
});

describe('login backoff shared by replicas', () => {
  it('counts failures on either replica together, and a restarted replica still refuses', async () => {
    await account('shared.backoff');
    const attempt = (s: TestServer, p: string) => s.raw(LOGIN, { u: 'shared.backoff', p });
    // LOGIN_MAX_FAILURES is 3: two on one replica and one on the other lock the account everywhere.
    expect(TEST_AUTH.LOGIN_MAX_FAILURES).toBe(3);
    await attempt(a, 'wrong-password-1');
    await attempt(a, 'wrong-password-2');
    await attempt(b, 'wrong-password-3');
    for (const s of [a, b]) {
      const res = await attempt(s, TEST_PASSWORD);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    }
    const restarted = await replica();
    const res = await attempt(restarted, TEST_PASSWORD);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await sql(`DELETE FROM rate_limit`);
  });
});

describe('event-code backoff shared by replicas', () => {
  it('is the same store: a lock set through one pool holds on the other, and a success clears it everywhere', async () => {
    const settings = { maxFailures: 2, baseMs: 60_000, maxMs: 60_000 };
    const [one, two] = [new LoginThrottle(settings), new LoginThrottle(settings)];
    const key = ['event-code:42:7'];
    await one.recordFailure(pools[0], key);
    expect(await two.retryAfterMs(pools[1], key)).toBe(0);
    await two.recordFailure(pools[1], key);
    expect(await one.retryAfterMs(pools[0], key)).toBeGreaterThan(0);
    expect(await two.retryAfterMs(pools[1], key)).toBeGreaterThan(0);
    await one.recordSuccess(pools[0], key);
    expect(await two.retryAfterMs(pools[1], key)).toBe(0);
  });
});

describe('token revocation on every replica', () => {
  it('ends the access token on the other replica at once after logout', async () => {
    await account('logout.user');
    const login = await a.raw(LOGIN, { u: 'logout.user', p: TEST_PASSWORD });
    const bearer = { authorization: `Bearer ${tokenOf(login)}` };
    expect(viewerOf(await b.raw(WHO, {}, bearer))).toEqual({ username: 'logout.user' });
    const out = await a.raw(`mutation { logout }`, {}, bearer);
    expect((out.data as { logout: boolean }).logout).toBe(true);
    const after = await b.raw(WHO, {}, bearer);
    expect(viewerOf(after)).toBeNull();
    const needsLogin = await b.raw(`mutation { logout }`, {}, bearer);
    expect(needsLogin.errors?.[0]?.extensions?.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
    // A fresh login works again.
    const again = await b.raw(LOGIN, { u: 'logout.user', p: TEST_PASSWORD });
    const fresh = { authorization: `Bearer ${tokenOf(again)}` };
    expect(viewerOf(await a.raw(WHO, {}, fresh))).toEqual({ username: 'logout.user' });
  });

  it('ends the tokens of a disabled account on every replica, and they stay ended when it is enabled again', async () => {
    await account('ops.hub', 'HUB_ADMIN');
    const id = await account('to.disable');
    const admin = await a.as('ops.hub');
    const login = await b.raw(LOGIN, { u: 'to.disable', p: TEST_PASSWORD });
    const bearer = { authorization: `Bearer ${tokenOf(login)}` };
    expect(viewerOf(await b.raw(WHO, {}, bearer))).toEqual({ username: 'to.disable' });
    const disabled = await admin.raw(`mutation($id: ID!) { disableAccount(accountId: $id) { id } }`, {
      id: toGlobalId('Account', id),
    });
    expect(disabled.errors).toBeUndefined();
    expect(viewerOf(await b.raw(WHO, {}, bearer))).toBeNull();
    await sql(`UPDATE user_account SET status = 'ACTIVE' WHERE id = $1`, [id]);
    expect(viewerOf(await b.raw(WHO, {}, bearer))).toBeNull();
  });
});

describe('the client address behind proxies (TRUST_PROXY)', () => {
  it('ignores X-Forwarded-For by default: the per-address throttle counts the real peer', async () => {
    const direct = await replica({ TRUST_PROXY: 'none' });
    for (const [i, user] of ['nobody.1', 'nobody.2', 'nobody.3'].entries()) {
      await direct.raw(LOGIN, { u: user, p: 'wrong-password' }, { 'x-forwarded-for': `198.51.100.${i + 1}` });
    }
    const [peer] = await sql<{ failures: number }>(`SELECT failures FROM rate_limit WHERE key = 'ip:127.0.0.1'`);
    expect(peer.failures).toBe(3);
    const spoofed = await sql(`SELECT key FROM rate_limit WHERE key LIKE 'ip:198.51.100.%'`);
    expect(spoofed).toEqual([]);
    await account('innocent.user');
    const res = await direct.raw(
      LOGIN,
      { u: 'innocent.user', p: TEST_PASSWORD },
      { 'x-forwarded-for': '198.51.100.9' },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    await sql(`DELETE FROM rate_limit`);
  });

  it('believes X-Forwarded-For from a configured proxy', async () => {
    const proxied = await replica({ TRUST_PROXY: 'loopback' });
    await proxied.raw(LOGIN, { u: 'nobody.4', p: 'wrong-password' }, { 'x-forwarded-for': '203.0.113.77' });
    const rows = await sql<{ key: string }>(`SELECT key FROM rate_limit WHERE key LIKE 'ip:%' ORDER BY key`);
    expect(rows.map((r) => r.key)).toEqual(['ip:203.0.113.77']);
    await sql(`DELETE FROM rate_limit`);
  });
});

describe('refreshSession', () => {
  it('writes an audit entry', async () => {
    const id = await account('refresh.user');
    const login = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'refresh.user', p: TEST_PASSWORD } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const refreshed = await b.raw(`mutation { refreshSession { accessToken } }`, {}, { cookie });
    expect(refreshed.errors).toBeUndefined();
    const rows = await sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE record_id = $1 AND record_type = 'UserAccount' ORDER BY id`,
      [id],
    );
    expect(rows.map((r) => r.action)).toEqual(['LOGIN', 'REFRESH']);
  });
});
