// The partner subgraph on its own, over real HTTP: its federation SDL, entity references by the hub's
// key, and per-viewer decisions from hub tokens verified against a JWKS served like the hub's
// (/.well-known/jwks.json), including what it refuses: unknown keys, expired and edited tokens.
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubVolunteerId, isLeagueRosterRow, leagueRoster, startYouthLeague, type YouthLeagueServer } from '../src';

const LEAGUE = Buffer.from('Organisation:16').toString('base64url');
const OTHER_ORG = Buffer.from('Organisation:17').toString('base64url');

function ed25519(kid: string): JWK {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }) as JWK;
  return { ...jwk, kid, alg: 'EdDSA' };
}
const publicPart = ({ d: _d, ...rest }: JWK): JWK => rest;

// The hub rotated once: `current` signs, `previous` is still published until its tokens expire.
const current = ed25519('current');
const previous = ed25519('previous');
const stranger = ed25519('stranger');

let jwksServer: http.Server;
let server: YouthLeagueServer;

async function sign(
  key: JWK,
  claims: Record<string, unknown>,
  opts: { exp?: number; kid?: string; sub?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ver: 1, ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: opts.kid ?? key.kid })
    .setSubject(opts.sub ?? '7')
    .setIssuer('tongxin')
    .setAudience('tongxin-api')
    .setIssuedAt(now - 60)
    .setExpirationTime(opts.exp ?? now + 600)
    .sign(await importJWK(key, 'EdDSA'));
}

const member = [...Array(1500).keys()].find((n) => isLeagueRosterRow(n))!;
const memberId = hubVolunteerId(member);
const otherMemberId = hubVolunteerId(member + 10);
const nonMemberId = hubVolunteerId(4);

const viewers = {
  hubAdmin: { roles: [{ role: 'HUB_ADMIN' }] },
  leagueAdmin: { roles: [{ role: 'ORG_ADMIN', organisation: LEAGUE }] },
  otherAdmin: { roles: [{ role: 'ORG_ADMIN', organisation: OTHER_ORG }] },
  self: { roles: [{ role: 'VOLUNTEER', volunteer: memberId }], volunteer: memberId },
  viewer: { roles: [{ role: 'VIEWER' }], sid: 3 },
};

interface Entity {
  id: string;
  leagueMemberSince: string | null;
  leagueCertificates: string[] | null;
}
/** The fields these queries read, typed at the HTTP boundary; each optional, as the selection decides. */
interface Data {
  _service?: { sdl: string };
  _entities?: Entity[];
  leagueBranches?: { id: string; members: { id: string }[] | null }[];
  leagueBranch?: { id: string } | null;
}

async function gql(query: string, token?: string, variables?: Record<string, unknown>) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Data;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  };
  return { status: res.status, ...body };
}

const ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Volunteer { id leagueMemberSince leagueCertificates } } }`;
const reps = (...ids: string[]) => ({ reps: ids.map((id) => ({ __typename: 'Volunteer', id })) });

beforeAll(async () => {
  jwksServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [publicPart(current), publicPart(previous)] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = new URL(`http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`);
  server = await startYouthLeague({ port: 0, host: '127.0.0.1', hubKeys: jwksUrl, leagueOrganisationId: LEAGUE });
});
afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

describe('youth-league subgraph', () => {
  it('extends the hub Volunteer by its key with nullable fields of its own', async () => {
    const { data } = await gql('{ _service { sdl } }');
    const sdl: string = data!._service!.sdl;
    expect(sdl).toMatch(/type Volunteer\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/leagueMemberSince: String\n/);
    expect(sdl).toMatch(/leagueCertificates: \[String!\]\n/);
    expect(sdl).toMatch(/leagueBranches: \[LeagueBranch!\]\n/);
    expect(sdl).toMatch(/members: \[Volunteer\]\n/);
  });

  it('resolves hub volunteers by global id for the hub admin, members and non-members alike', async () => {
    const unknown = hubVolunteerId(999_999);
    const { data, errors } = await gql(
      ENTITY,
      await sign(current, viewers.hubAdmin),
      reps(memberId, nonMemberId, unknown),
    );
    expect(errors).toBeUndefined();
    const m = leagueRoster.membership(memberId)!;
    expect(data!._entities).toEqual([
      { id: memberId, leagueMemberSince: m.since, leagueCertificates: m.certificates },
      { id: nonMemberId, leagueMemberSince: null, leagueCertificates: null },
      { id: unknown, leagueMemberSince: null, leagueCertificates: null },
    ]);
  });

  it("shows a volunteer's League record to the League's admins and the volunteer, FORBIDDEN to others", async () => {
    const m = leagueRoster.membership(memberId)!;
    const other = leagueRoster.membership(otherMemberId)!;
    const seen = async (who: keyof typeof viewers) =>
      gql(ENTITY, await sign(current, viewers[who]), reps(memberId, otherMemberId));
    for (const who of ['leagueAdmin', 'hubAdmin'] as const) {
      const res = await seen(who);
      expect(res.errors, who).toBeUndefined();
      expect(res.data!._entities!.map((e) => e.leagueMemberSince)).toEqual([m.since, other.since]);
    }
    const self = await seen('self');
    expect(self.data!._entities![0]).toEqual({
      id: memberId,
      leagueMemberSince: m.since,
      leagueCertificates: m.certificates,
    });
    expect(self.data!._entities![1]).toEqual({ id: otherMemberId, leagueMemberSince: null, leagueCertificates: null });
    expect(self.errors!.map((e) => [e.path!.slice(1).join('.'), e.extensions!.code])).toEqual([
      ['1.leagueMemberSince', 'FORBIDDEN'],
      ['1.leagueCertificates', 'FORBIDDEN'],
    ]);
    for (const who of ['otherAdmin', 'viewer'] as const) {
      const res = await seen(who);
      expect(res.data!._entities!.flatMap((e) => Object.values(e) as unknown[]).filter((v) => v !== null)).toEqual([
        memberId,
        otherMemberId,
      ]);
      expect(new Set(res.errors!.map((e) => e.extensions!.code))).toEqual(new Set(['FORBIDDEN']));
      expect(res.errors).toHaveLength(4);
    }
    const anonymous = await gql(ENTITY, undefined, reps(memberId));
    expect(anonymous.data!._entities).toEqual([{ id: memberId, leagueMemberSince: null, leagueCertificates: null }]);
    expect(anonymous.errors!.map((e) => e.extensions!.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('lists branch members to the League and hub admins, a volunteer only themselves, nobody else', async () => {
    const query = '{ leagueBranches { id name district members { id } } leagueBranch(id: "none") { id } }';
    const all = leagueRoster.branches().flatMap((b) => leagueRoster.members(b.id).map((m) => m.volunteerId));
    expect(all.length).toBe(140);
    const ids = (data: Data) => data.leagueBranches!.flatMap((b) => b.members ?? []).map((m) => m.id);
    const admin = await gql(query, await sign(current, viewers.leagueAdmin));
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.leagueBranches).toHaveLength(leagueRoster.branches().length);
    expect(ids(admin.data!)).toEqual(all);
    expect(admin.data!.leagueBranch).toBeNull();
    const self = await gql(query, await sign(current, viewers.self));
    expect(self.errors).toBeUndefined();
    expect(ids(self.data!)).toEqual([memberId]);
    const other = await gql(query, await sign(current, viewers.otherAdmin));
    expect(other.data!.leagueBranches!.map((b) => b.members)).toEqual([null, null, null]);
    expect(other.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('accepts tokens of the previous key until they expire (rotation), and ignores claims it does not know', async () => {
    const res = await gql(ENTITY, await sign(previous, viewers.leagueAdmin), reps(memberId));
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities![0].leagueMemberSince).toBe(leagueRoster.membership(memberId)!.since);
    const extra = await gql(ENTITY, await sign(current, { ...viewers.leagueAdmin, sv: 12 }), reps(memberId));
    expect(extra.errors).toBeUndefined();
  });

  const expired = () => sign(previous, viewers.hubAdmin, { exp: Math.floor(Date.now() / 1000) - 120 });
  const edited = async () => {
    // A volunteer's token with its claims rewritten to the hub admin's: the signature no longer matches.
    const [header, , signature] = (await sign(current, viewers.self)).split('.');
    const payload = Buffer.from(
      JSON.stringify({
        ver: 1,
        ...viewers.hubAdmin,
        sub: '7',
        iss: 'tongxin',
        aud: 'tongxin-api',
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    ).toString('base64url');
    return `${header}.${payload}.${signature}`;
  };
  const refused = {
    'signed by an unknown key': () => sign(stranger, viewers.hubAdmin),
    'signed by another key under a published kid': () => sign(stranger, viewers.hubAdmin, { kid: 'current' }),
    expired,
    edited,
    'of an unknown claim contract': () => sign(current, { ...viewers.hubAdmin, ver: 2 }),
  };
  it.each(Object.keys(refused))('refuses a token %s with 401 UNAUTHENTICATED and no data', async (kind) => {
    const token = await refused[kind as keyof typeof refused]();
    const res = await gql(ENTITY, token, reps(memberId));
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['UNAUTHENTICATED']);
    if (kind === 'expired') expect(res.errors![0].message).toMatch(/expired/);
    if (kind === 'signed by an unknown key') expect(res.errors![0].message).toMatch(/unknown key/);
  });
});
