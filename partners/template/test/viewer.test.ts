// Keep this test: your subgraph decides per viewer from the hub's token, verified against a JWKS served
// as the hub serves it, and refuses tokens signed by an unknown key, expired or edited.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { importJWK, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubVolunteerId, startPartner, store, type PartnerServer } from '../src';

const ORG = Buffer.from('Organisation:99').toString('base64url');
const hubKey = ed25519('hub-key');
const strangerKey = ed25519('stranger');
const volunteer = hubVolunteerId(103);

function ed25519(kid: string): JWK {
  return { ...(generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK), kid, alg: 'EdDSA' };
}

async function sign(key: JWK, claims: object, exp = Math.floor(Date.now() / 1000) + 600, kid = key.kid) {
  return new SignJWT({ ver: 1, ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject('1')
    .setIssuer('tongxin')
    .setAudience('tongxin-api')
    .setExpirationTime(exp)
    .sign(await importJWK(key, 'EdDSA'));
}

let jwks: http.Server;
let partner: PartnerServer;

beforeAll(async () => {
  const { d: _d, ...publicKey } = hubKey;
  jwks = http.createServer((_req, res) => res.end(JSON.stringify({ keys: [publicKey] })));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const hubKeys = new URL(`http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`);
  partner = await startPartner({ port: 0, host: '127.0.0.1', hubKeys, organisationId: ORG });
});
afterAll(async () => {
  await partner?.stop();
  await new Promise((resolve) => jwks?.close(resolve));
});

const CREDITS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { exampleCredits } } }`;
async function credits(token?: string) {
  const res = await fetch(partner.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: CREDITS, variables: { r: [{ __typename: 'Volunteer', id: volunteer }] } }),
  });
  const body = (await res.json()) as {
    data?: { _entities: { exampleCredits: number | null }[] } | null;
    errors?: { extensions: { code: string } }[];
  };
  return {
    status: res.status,
    value: body.data?._entities[0]?.exampleCredits ?? null,
    codes: body.errors?.map((e) => e.extensions.code) ?? [],
  };
}

describe('per-viewer decisions', () => {
  it('shows credits to the hub admin, this partner’s admins and the volunteer; FORBIDDEN to others', async () => {
    const expected = store.credits(volunteer);
    expect(expected).toEqual(expect.any(Number));
    for (const claims of [
      { roles: [{ role: 'HUB_ADMIN' }] },
      { roles: [{ role: 'ORG_ADMIN', organisation: ORG }] },
      { roles: [{ role: 'VOLUNTEER', volunteer }], volunteer },
    ]) {
      expect(await credits(await sign(hubKey, claims))).toEqual({ status: 200, value: expected, codes: [] });
    }
    const other = await credits(await sign(hubKey, { roles: [{ role: 'ORG_ADMIN', organisation: 'T3RoZXI' }] }));
    expect(other).toEqual({ status: 200, value: null, codes: ['FORBIDDEN'] });
    expect(await credits()).toEqual({ status: 200, value: null, codes: ['UNAUTHENTICATED'] });
  });

  it.each([
    ['signed by an unknown key', () => sign(strangerKey, { roles: [{ role: 'HUB_ADMIN' }] })],
    ['expired', () => sign(hubKey, { roles: [{ role: 'HUB_ADMIN' }] }, Math.floor(Date.now() / 1000) - 120)],
    [
      'edited',
      async () => {
        const [header, , signature] = (await sign(hubKey, { roles: [{ role: 'VIEWER' }] })).split('.');
        const payload = {
          ver: 1,
          roles: [{ role: 'HUB_ADMIN' }],
          sub: '1',
          iss: 'tongxin',
          aud: 'tongxin-api',
          exp: Math.floor(Date.now() / 1000) + 600,
        };
        return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
      },
    ],
  ])('refuses a token %s (401 UNAUTHENTICATED)', async (_, token) => {
    expect(await credits(await token())).toEqual({ status: 401, value: null, codes: ['UNAUTHENTICATED'] });
  });
});
