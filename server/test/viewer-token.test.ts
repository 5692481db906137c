// Access tokens a partner can verify: EdDSA-signed, public keys at /.well-known/jwks.json by kid,
// the claims of docs/viewer-token.md, and key rotation that keeps earlier tokens valid until they expire.
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { loadConfig } from '../src/config';
import { generateSigningKey, parseKeySet, publicJwk } from '../src/auth/tokens';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, TEST_SIGNING_KEY, type TestServer } from './helpers/server';

let t: TestDatabase;
let server: TestServer;
const ME = `{ viewer { username } volunteers(first: 1) { totalCount } }`;
interface Me {
  viewer: { username: string } | null;
}

beforeAll(async () => {
  t = await createSeededDatabase('viewer_token');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const jwksOf = async (s: TestServer) =>
  (await (await fetch(`${s.url}/.well-known/jwks.json`)).json()) as { keys: JWK[] };
const keysEnv = (...keys: JWK[]) => ({ JWT_KEYS: JSON.stringify({ keys }) });

describe('viewer tokens', () => {
  it('publishes the public signing key by kid, without its private part', async () => {
    const res = await fetch(`${server.url}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    const { keys } = (await res.json()) as { keys: JWK[] };
    expect(keys).toEqual([
      { kty: 'OKP', crv: 'Ed25519', x: TEST_SIGNING_KEY.x, kid: 'test-key', alg: 'EdDSA', use: 'sig' },
    ]);
  });

  it('signs tokens a partner verifies with the JWKS alone, carrying the roles with their scope by global id', async () => {
    const jwks = createLocalJWKSet(await jwksOf(server));
    const [league] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
    );
    const [district] = await t.db.query<{ region_id: string }[]>(
      `SELECT ra.region_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'district.admin'`,
    );
    const [volunteer] = await t.db.query<{ volunteer_id: string }[]>(
      `SELECT ra.volunteer_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'volunteer.demo'`,
    );
    const expected: Record<string, object> = {
      'hub.admin': { roles: [{ role: 'HUB_ADMIN' }] },
      'youth.admin': { roles: [{ role: 'ORG_ADMIN', organisation: toGlobalId('Organisation', league.id) }] },
      'district.admin': { roles: [{ role: 'REGION_ADMIN', region: toGlobalId('Region', district.region_id) }] },
      'volunteer.demo': {
        roles: [{ role: 'VOLUNTEER', volunteer: toGlobalId('Volunteer', volunteer.volunteer_id) }],
        volunteer: toGlobalId('Volunteer', volunteer.volunteer_id),
      },
    };
    for (const [username, claims] of Object.entries(expected)) {
      const { token } = await server.as(username);
      expect(decodeProtectedHeader(token!)).toMatchObject({ alg: 'EdDSA', kid: 'test-key' });
      const { payload } = await jwtVerify(token!, jwks, { issuer: 'tongxin', audience: 'tongxin-api' });
      expect(payload).toMatchObject({ ver: 1, ...claims });
      if (!('volunteer' in claims)) expect(payload.volunteer).toBeUndefined();
    }
  });

  it('keeps tokens of the previous key valid after a rotation, and refuses them once that key is dropped', async () => {
    const oldToken = (await server.as('youth.admin')).token!;
    const next = generateSigningKey('next-key');
    const rotated = await startTestServer(t.db, keysEnv(next, publicJwk(TEST_SIGNING_KEY)));
    const retired = await startTestServer(t.db, keysEnv(next));
    try {
      expect((await jwksOf(rotated)).keys.map((k) => k.kid)).toEqual(['next-key', 'test-key']);
      const accepted = await rotated.raw(ME, {}, { authorization: `Bearer ${oldToken}` });
      expect(accepted.errors).toBeUndefined();
      expect((accepted.data as Me).viewer?.username).toBe('youth.admin');
      // New tokens are signed by the new key, and verify against the published set.
      const newToken = (await rotated.as('youth.admin')).token!;
      expect(decodeProtectedHeader(newToken).kid).toBe('next-key');
      await jwtVerify(newToken, createLocalJWKSet(await jwksOf(rotated)));

      expect((await jwksOf(retired)).keys.map((k) => k.kid)).toEqual(['next-key']);
      const refused = await retired.raw(ME, {}, { authorization: `Bearer ${oldToken}` });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(((await retired.raw(ME, {}, { authorization: `Bearer ${newToken}` })).data as Me).viewer?.username).toBe(
        'youth.admin',
      );
    } finally {
      await Promise.all([rotated.close(), retired.close()]);
    }
  });
});

describe('key configuration', () => {
  it('requires configured keys in production and says what is wrong with a bad set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_KEYS: required in production/);
    const key = generateSigningKey('k1');
    expect(loadConfig({ NODE_ENV: 'production', JWT_KEYS: JSON.stringify({ keys: [key] }) }).JWT_KEYS).toBeDefined();
    expect(() => loadConfig({ JWT_KEYS: 'secret' })).toThrow(/JWT_KEYS: must be a JSON Web Key Set/);
    expect(() => parseKeySet(JSON.stringify({ keys: [publicJwk(key)] }))).toThrow(/must be a private key/);
    expect(() => parseKeySet(JSON.stringify({ keys: [key, key] }))).toThrow(/kid "k1" is used twice/);
    const { kid: _kid, ...noKid } = key;
    expect(() => parseKeySet(JSON.stringify({ keys: [noKid] }))).toThrow(/has no "kid"/);
  });

  it('refuses the retired GATEWAY_TOKEN and names its replacement', () => {
    expect(() => loadConfig({ GATEWAY_TOKEN: 'gateway-token-0123456789abcdef' })).toThrow(
      /GATEWAY_TOKEN: replaced: list the gateway in API_KEYS as gateway:<key>/,
    );
  });
});
