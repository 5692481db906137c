// Sessions and accounts: tokens, refresh rotation with reuse detection, throttling, account
// administration within scope, the audit log, and hostile-query limits.
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { generateSigningKey } from '../src/auth/tokens';
import { loadViewer, VIEWER_STATEMENT } from '../src/auth/viewer';
import { startTestServer, TEST_AUTH, TEST_PASSWORD, TEST_SIGNING_KEY, type TestServer } from './helpers/server';
import { graphql } from './generated';
import { activate, codeSentTo } from './helpers/accounts';

let t: TestDatabase;
let server: TestServer;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const LOGIN = graphql(`
  mutation Login2($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      accessToken
      expiresAt
      viewer {
        username
        permissions
        roles {
          role
          region {
            name
          }
        }
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation RefreshSession2 {
    refreshSession {
      accessToken
    }
  }
`);
const ME = graphql(`
  query Viewer2 {
    viewer {
      username
    }
    volunteers(first: 1) {
      totalCount
    }
  }
`);

const signingKey = () => importJWK(TEST_SIGNING_KEY, 'EdDSA');
// Another key under the same kid: a forged signature.
const otherKey = () => importJWK(generateSigningKey('test-key'), 'EdDSA');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cookieOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .find((c) => c.startsWith('tx_refresh='))
    ?.split(';')[0];

beforeAll(async () => {
  t = await createSeededDatabase('auth');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('login and tokens', () => {
  it('returns a short-lived token, the viewer with roles and permissions, and an httpOnly SameSite=Strict refresh cookie', async () => {
    const res = await server.gql(LOGIN, { u: 'district.admin', p: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    const { accessToken, expiresAt, viewer } = res.data.login;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(TEST_AUTH.ACCESS_TOKEN_TTL_S * 1000);
    expect(viewer.roles).toEqual([{ role: 'REGION_ADMIN', region: { name: expect.any(String) as unknown } }]);
    expect(viewer.permissions).toContain('READ_VOLUNTEERS');
    const setCookie = res.headers.getSetCookie().join(';');
    expect(setCookie).toMatch(/tx_refresh=.+HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await server.gql(ME, {}, bearer(accessToken));
    expect(me.data.viewer?.username).toBe('district.admin');
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const wrong = await server.gql(LOGIN, { u: 'hub.admin', p: 'not-the-password-1' });
    const unknown = await server.gql(LOGIN, { u: 'no.such.user', p: 'not-the-password-1' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  const forged = {
    'no token': async () => undefined,
    'an expired token': async () =>
      new SignJWT({ ver: 1, roles: [] })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-key' })
        .setSubject('1')
        .setIssuer('tongxin')
        .setAudience('tongxin-api')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(await signingKey()),
    'a forged signature': async () =>
      new SignJWT({ ver: 1, roles: [] })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test-key' })
        .setSubject('1')
        .setIssuer('tongxin')
        .setAudience('tongxin-api')
        .setExpirationTime('10m')
        .sign(await otherKey()),
    'the wrong algorithm': () =>
      new SignJWT({ ver: 1, roles: [] })
        .setProtectedHeader({ alg: 'HS256', kid: 'test-key' })
        .setSubject('1')
        .setIssuer('tongxin')
        .setAudience('tongxin-api')
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(TEST_SIGNING_KEY.x)),
    'an unsigned token': async () =>
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: '1', iss: 'tongxin', aud: 'tongxin-api', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')}.x`,
  };

  it.each(Object.keys(forged))('treats %s as logged out: UNAUTHENTICATED for protected fields', async (kind) => {
    const token = await forged[kind as keyof typeof forged]();
    const res = await server.gql(ME, {}, token ? bearer(token) : {});
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    if (kind === 'an expired token') expect(res.errors?.[0].message).toMatch(/expired/);
  });
});

describe('refresh', () => {
  it('rotates the cookie, and a reused one ends the whole login', async () => {
    const login = await server.gql(LOGIN, { u: 'viewer.demo', p: TEST_PASSWORD });
    const first = cookieOf(login.headers)!;
    const r1 = await server.gql(REFRESH, {}, { cookie: first });
    expect(r1.errors).toBeUndefined();
    const second = cookieOf(r1.headers)!;
    expect(second).not.toBe(first);
    const reuse = await server.gql(REFRESH, {}, { cookie: first });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The legitimate latest token is gone too: the family is revoked.
    const after = await server.gql(REFRESH, {}, { cookie: second });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [log] = await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'REFRESH_REUSE_DETECTED'`);
    expect(log.n).toBe(1);
  });

  it('stops working after logout', async () => {
    const login = await server.gql(LOGIN, { u: 'viewer.demo', p: TEST_PASSWORD });
    const cookie = cookieOf(login.headers)!;
    const out = await server.gql(
      graphql(`
        mutation Logout2 {
          logout
        }
      `),
      {},
      { cookie },
    );
    expect(out.data.logout).toBe(true);
    const res = await server.gql(REFRESH, {}, { cookie });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('throttling', () => {
  it('engages after repeated failures with a clear error, and recovers after the backoff', async () => {
    const attempt = (p: string) => server.gql(LOGIN, { u: 'women.admin', p }, { 'x-forwarded-for': '203.0.113.7' });
    for (let i = 0; i < TEST_AUTH.LOGIN_MAX_FAILURES; i++) await attempt('wrong-password-1');
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.errors?.[0].extensions).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number) as unknown,
    });
    await new Promise((r) => setTimeout(r, TEST_AUTH.LOGIN_BACKOFF_BASE_MS + 200));
    const ok = await attempt(TEST_PASSWORD);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.viewer.username).toBe('women.admin');
  });
});

describe('account administration', () => {
  it('lets a region admin invite an account inside its region, audit-logged once, and refuses one outside', async () => {
    const admin = await server.as('district.admin');
    const [inside] = await sql<{
      id: string;
    }>(`SELECT s.id::text FROM service_station s JOIN region r ON r.id = s.region_id
      WHERE r.path LIKE (SELECT path FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1) || '%' ORDER BY s.id LIMIT 1`);
    const [outside] = await sql<{
      id: string;
    }>(`SELECT s.id::text FROM service_station s JOIN region r ON r.id = s.region_id
      WHERE r.path NOT LIKE (SELECT path FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1) || '%' ORDER BY s.id LIMIT 1`);
    const invite = graphql(`
      mutation InviteAccount2($u: String!, $m: String!, $s: ID!) {
        inviteAccount(
          input: {
            username: $u
            mobile: $m
            displayName: "站点协调员"
            roles: [{ role: STATION_COORDINATOR, stationId: $s }]
          }
        ) {
          status
          account {
            username
            activated
            roles {
              role
              station {
                id
              }
            }
          }
        }
      }
    `);
    const ok = await admin.gql(invite, {
      u: 'coord.inside',
      m: '13900001111',
      s: toGlobalId('ServiceStation', inside.id),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.inviteAccount.status).toBe('PENDING');
    expect(ok.data.inviteAccount.account.activated).toBe(false);
    expect(ok.data.inviteAccount.account.roles).toEqual([
      { role: 'STATION_COORDINATOR', station: { id: toGlobalId('ServiceStation', inside.id) } },
    ]);
    const audit = await sql<{ action: string; actor: string }>(
      `SELECT l.action, a.username AS actor FROM audit_log l JOIN user_account a ON a.id = l.actor_id
        WHERE l.record_type = 'UserAccount' AND l.record_id = (SELECT id FROM user_account WHERE username = 'coord.inside')`,
    );
    expect(audit).toEqual([{ action: 'INVITE_ACCOUNT', actor: 'district.admin' }]);

    const refused = await admin.gql(invite, {
      u: 'coord.outside',
      m: '13900001112',
      s: toGlobalId('ServiceStation', outside.id),
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql(`SELECT 1 FROM user_account WHERE username = 'coord.outside'`)).toEqual([]);
  });

  it('refuses bad contacts and taken names with field errors, creating nothing; a weak password at activation', async () => {
    const hub = await server.as('hub.admin');
    const invite = graphql(`
      mutation InviteAccount3($input: InviteAccountInput!) {
        inviteAccount(input: $input) {
          id
        }
      }
    `);
    const role = { role: 'VIEWER' as const };
    const before = await sql(`SELECT count(*)::int AS n FROM user_account`);
    const bad = await hub.gql(invite, {
      input: { username: 'x.one', displayName: 'x', mobile: '12345', roles: [role] },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mobile' });
    const none = await hub.gql(invite, { input: { username: 'x.two', displayName: 'x', roles: [role] } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mobile' });
    const taken = await hub.gql(invite, {
      input: { username: 'hub.admin', displayName: 'x', email: 'someone@example.org', roles: [role] },
    });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.username' });
    expect(await sql(`SELECT count(*)::int AS n FROM user_account`)).toEqual(before);

    const ok = await hub.gql(invite, {
      input: { displayName: '观察员', email: 'Viewer.Weak@Example.org', roles: [role] },
    });
    expect(ok.errors).toBeUndefined();
    const { code } = await codeSentTo(hub, 'viewer.weak@example.org');
    const weak = await activate(server, code, 'short');
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await activate(server, code)).errors).toBeUndefined();
    const login = await server.as('viewer.weak@example.org');
    expect(login.token).toBeTruthy();
  });

  it('does not let a region admin disable or reset the hub admin', async () => {
    const admin = await server.as('district.admin');
    const [hub] = await sql<{ id: string }>(`SELECT id::text FROM user_account WHERE username = 'hub.admin'`);
    const res = await admin.gql(
      graphql(`
        mutation DisableAccount2($id: ID!) {
          disableAccount(accountId: $id) {
            status
          }
        }
      `),
      {
        id: toGlobalId('Account', hub.id),
      },
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.errors?.[0].extensions?.code);
    const [still] = await sql(`SELECT status FROM user_account WHERE id = $1`, [hub.id]);
    expect(still.status).toBe('ACTIVE');
  });

  it('cuts a disabled account off at once', async () => {
    const hub = await server.as('hub.admin');
    const victim = await server.as('women.admin');
    const [row] = await sql<{ id: string }>(`SELECT id::text FROM user_account WHERE username = 'women.admin'`);
    const res = await hub.gql(
      graphql(`
        mutation DisableAccount3($id: ID!) {
          disableAccount(accountId: $id) {
            status
          }
        }
      `),
      {
        id: toGlobalId('Account', row.id),
      },
    );
    expect(res.data.disableAccount.status).toBe('DISABLED');
    const after = await victim.gql(ME);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('looks the viewer up through a statement prepared once per connection, which reads roles as they are now', async () => {
    const [row] = await sql<{ id: string }>(`SELECT id::text FROM user_account WHERE username = 'hub.admin'`);
    const { viewer, prepared } = await t.db.transaction(async (m) => ({
      viewer: await loadViewer(m, row.id),
      prepared: await m.query<Array<{ name: string }>>(`SELECT name FROM pg_prepared_statements`),
    }));
    expect(viewer?.username).toBe('hub.admin');
    expect(prepared.map((p) => p.name)).toContain(VIEWER_STATEMENT.name);
    // Twice on one connection, a role granted in between: the second lookup has it.
    const roles = await t.db
      .transaction(async (m) => {
        const before = (await loadViewer(m, row.id))!.roles.length;
        await m.query(
          `INSERT INTO role_assignment (account_id, role, region_id) SELECT $1, 'REGION_ADMIN', id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1`,
          [row.id],
        );
        const after = (await loadViewer(m, row.id))!.roles.length;
        throw Object.assign(new Error('rollback'), { counts: [before, after] });
      })
      .catch((e: { counts?: number[] }) => e.counts);
    expect(roles).toEqual([roles![0], roles![0] + 1]);
  });
});

describe('hostile queries', () => {
  it('refuses a query over the depth limit', async () => {
    const hub = await server.as('hub.admin');
    const deep = `{ regions(first: 1) { nodes { ${'parent { '.repeat(12)} id ${'} '.repeat(12)} } } }`;
    const res = await hub.raw(deep);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: regions(first: 1) { totalCount }`).join(' ');
    const res = await server.raw(`{ ${aliases} }`);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a query over the cost budget, and keeps serving others', async () => {
    const hub = await server.as('hub.admin');
    const res = await hub.gql(
      graphql(`
        query Campaigns3 {
          campaigns(first: 100) {
            nodes {
              partners(first: 100) {
                events(first: 100) {
                  participations(first: 100) {
                    volunteer {
                      realName
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const fine = await hub.gql(
      graphql(`
        query Regions {
          regions(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(fine.data.regions.totalCount).toBeGreaterThan(0);
  });

  it('refuses pages over 100 and oversized bodies', async () => {
    const res = await server.gql(
      graphql(`
        query Regions2 {
          regions(first: 1000) {
            totalCount
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: graphql(`
          query Regions3 {
            regions(first: 1) {
              totalCount
            }
          }
        `),
        variables: { pad: 'x'.repeat(200_000) },
      }),
    });
    expect(big.status).toBe(413);
  });
});
