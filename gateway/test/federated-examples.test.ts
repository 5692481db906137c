// The README's federated examples through the running gateway, for every demo role: the hub decides
// which volunteers exist for the viewer, the Youth League partner decides its own fields from the
// forwarded hub token (verified against the hub's JWKS), and nothing ends as INTERNAL_SERVER_ERROR.
// Expected rows come from the database and the shared roster rule, not from the code under test.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/common/node';
import { isLeagueRosterRow as seedRosterRule } from '../../server/src/db/seed/league-roster';
import type { TestDatabase } from '../../server/test/helpers/database';
import { createSeededDatabase } from '../../server/test/helpers/fixture';
import { startTestServer, type TestServer } from '../../server/test/helpers/server';
import {
  DEMO_LEAGUE_ORGANISATION_ID,
  isLeagueRosterRow,
  leagueRoster,
  startYouthLeague,
  type YouthLeagueServer,
} from '../../partners/youth-league/src';
import { createGateway, listenGateway, loadConfig, type RunningGateway } from '../src';

interface Member {
  id: string;
  realName: string;
}
interface VolunteerNode extends Member {
  leagueMemberSince: string | null;
  leagueCertificates: string[] | null;
}
/** The fields these queries read, typed at the HTTP boundary; each optional, as the selection decides. */
interface Data {
  volunteers?: { nodes: VolunteerNode[] } | null;
  leagueBranches?: { name: string; members: (Member | null)[] | null }[] | null;
}
interface Response {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

const ROLES = [
  'hub.admin',
  'district.admin',
  'youth.admin',
  'women.admin',
  'ngo.admin',
  'station.coord',
  'volunteer.demo',
  'viewer.demo',
  'anonymous',
] as const;
type Role = (typeof ROLES)[number];

const README_VOLUNTEERS = `{ volunteers(first: 5) { nodes { id realName leagueMemberSince leagueCertificates } } }`;
const README_BRANCHES = `{ leagueBranches { name members { id realName } } }`;

let t: TestDatabase;
let hub: TestServer;
let league: YouthLeagueServer;
let gateway: RunningGateway;
const tokens: Partial<Record<Role, string>> = {};
const supergraph = fs.readFileSync(loadConfig({}).supergraphFile, 'utf8');

async function startGateway(hubUrl: string, leagueUrl: string): Promise<RunningGateway> {
  const config = loadConfig({ HUB_URL: hubUrl, YOUTH_LEAGUE_URL: leagueUrl });
  const runtime = createGateway({
    supergraph,
    subgraphs: config.subgraphs,
    locations: config.locations,
    limits: config.limits,
    logging: false,
  });
  return listenGateway(runtime, 0, '127.0.0.1');
}

async function post(url: string, query: string, token?: string): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Response;
}
const atGateway = (query: string, who: Role) => post(gateway.url, query, tokens[who]);
const sql = <T>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const codes = (r: Response) => [...new Set((r.errors ?? []).map((e) => e.extensions?.code))].sort();

let leagueOrg: string;
/** The roster's members with their hub names, in the partner's order. */
let roster: { id: string; realName: string }[];

beforeAll(async () => {
  t = await createSeededDatabase('gateway_examples');
  hub = await startTestServer(t.db);
  // The partner as `npm start` runs it: the demo League's id, keys from the hub's JWKS.
  league = await startYouthLeague({
    port: 0,
    host: '127.0.0.1',
    hubKeys: new URL(`${hub.url}/.well-known/jwks.json`),
  });
  gateway = await startGateway(`${hub.url}/graphql`, league.url);
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = (await hub.as(role)).token!;
  const [org] = await sql<{ id: string }>(
    `SELECT id FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY id LIMIT 1`,
  );
  leagueOrg = toGlobalId('Organisation', org.id);
  const ids = leagueRoster.branches().flatMap((b) => leagueRoster.members(b.id).map((m) => m.volunteerId));
  const rows = await sql<{ id: string; real_name: string }>(
    `SELECT id::text, real_name FROM volunteer WHERE id = ANY($1::bigint[])`,
    [ids.map((id) => Buffer.from(id, 'base64url').toString().split(':')[1])],
  );
  const names = new Map(rows.map((r) => [toGlobalId('Volunteer', r.id), r.real_name]));
  roster = ids.map((id) => ({ id, realName: names.get(id)! }));
});

afterAll(async () => {
  await gateway?.close();
  await Promise.all([league?.stop(), hub?.close()]);
  await t?.drop();
});

describe('example data', () => {
  it("is one rule on both sides: the partner's members are the seeded city's own Youth League volunteers", async () => {
    expect(DEMO_LEAGUE_ORGANISATION_ID).toBe(leagueOrg);
    for (let row = 1; row <= 3000; row++) expect(isLeagueRosterRow(row), `row ${row}`).toBe(seedRosterRule(row));
    expect(roster.length).toBe(140);
    expect(roster.every((m) => m.realName)).toBe(true);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer v JOIN organisation o ON o.id = v.organisation_id
        WHERE v.id = ANY($1::bigint[]) AND o.kind = 'YOUTH_LEAGUE'`,
      [roster.map((m) => Buffer.from(m.id, 'base64url').toString().split(':')[1])],
    );
    expect(n).toBe(roster.length);
  });
});

describe("the README's federated examples through the gateway", () => {
  it.each(ROLES)('%s: leagueBranches shows exactly the members the role may see', async (who) => {
    const res = await atGateway(README_BRANCHES, who);
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    const branches = res.data!.leagueBranches!;
    expect(branches.map((b) => b.name)).toEqual(leagueRoster.branches().map((b) => b.name));
    const members = branches.flatMap((b) => b.members ?? []);
    if (who === 'hub.admin' || who === 'youth.admin') {
      expect(res.errors).toBeUndefined();
      expect(members).toEqual(roster);
    } else if (who === 'volunteer.demo') {
      // Only themselves, if they are a member; nothing about anyone else.
      const [self] = await sql<{ id: string }>(
        `SELECT ra.volunteer_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = $1`,
        [who],
      );
      expect(res.errors).toBeUndefined();
      expect(members).toEqual(roster.filter((m) => m.id === toGlobalId('Volunteer', self.id)));
    } else {
      expect(branches.map((b) => b.members)).toEqual(branches.map(() => null));
      expect(codes(res)).toEqual([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
  });

  it.each(ROLES)('%s: volunteers with League fields shows the League record only to whom it belongs', async (who) => {
    const res = await atGateway(README_VOLUNTEERS, who);
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    const direct = await post(`${hub.url}/graphql`, `{ volunteers(first: 5) { nodes { id realName } } }`, tokens[who]);
    const nodes = res.data?.volunteers?.nodes ?? null;
    // The hub alone decides which volunteers the role sees.
    expect(nodes?.map(({ id, realName }) => ({ id, realName })) ?? null).toEqual(
      direct.data?.volunteers?.nodes ?? null,
    );
    const mayRead = (id: string) =>
      who === 'hub.admin' ||
      who === 'youth.admin' ||
      (who === 'volunteer.demo' && nodes!.length === 1 && nodes![0].id === id);
    for (const node of nodes ?? []) {
      const m = leagueRoster.membership(node.id);
      const visible = mayRead(node.id);
      expect(node.leagueMemberSince).toBe(visible ? (m?.since ?? null) : null);
      expect(node.leagueCertificates).toEqual(visible ? (m?.certificates ?? null) : null);
    }
    const refused = (nodes ?? []).filter((n) => !mayRead(n.id)).length;
    const partnerErrors = (res.errors ?? []).filter((e) => /^league/.test(String(e.path?.at(-1))));
    expect(partnerErrors).toHaveLength(refused * 2);
    for (const e of partnerErrors) expect(e.extensions?.code).toBe('FORBIDDEN');
    if (who === 'youth.admin') expect(nodes!.filter((n) => n.leagueMemberSince).length).toBeGreaterThan(0);
  });
});

describe('clean nulls', () => {
  it('nulls a reference the viewer may not see at the member, with NOT_FOUND and nothing about it', async () => {
    // A partner that counts the Women's Federation as its admins lists members the hub will not show them.
    const [women] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY id LIMIT 1`,
    );
    const misconfigured = await startYouthLeague({
      port: 0,
      host: '127.0.0.1',
      hubKeys: new URL(`${hub.url}/.well-known/jwks.json`),
      leagueOrganisationId: toGlobalId('Organisation', women.id),
    });
    const other = await startGateway(`${hub.url}/graphql`, misconfigured.url);
    try {
      const res = await post(other.url, README_BRANCHES, tokens['women.admin']);
      const branches = res.data!.leagueBranches!;
      const members = branches.flatMap((b) => b.members);
      expect(members).toHaveLength(roster.length);
      expect(members.every((m) => m === null)).toBe(true);
      expect(codes(res)).toEqual(['NOT_FOUND']);
      for (const e of res.errors!)
        expect(e.path?.slice(0, 3)).toEqual(['leagueBranches', expect.any(Number), 'members']);
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/representations|_entities|Volunteer:|Vm9sdW50ZWVy/);
      for (const m of roster.slice(0, 10)) expect(text).not.toContain(m.realName);
    } finally {
      await other.close();
      await misconfigured.stop();
    }
  });
});

describe('tokens through the gateway', () => {
  it('refuses an edited token at the partner and the hub alike, typed, never INTERNAL_SERVER_ERROR', async () => {
    const [header, payload, signature] = tokens['women.admin']!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const edited = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: [{ role: 'ORG_ADMIN', organisation: leagueOrg }] })).toString('base64url')}.${signature}`;
    const res = await post(gateway.url, README_BRANCHES, edited);
    expect(res.data?.leagueBranches ?? null).toBeNull();
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    const hubSide = await post(gateway.url, README_VOLUNTEERS, edited);
    expect(hubSide.data?.volunteers ?? null).toBeNull();
    expect(codes(hubSide)).toEqual(['UNAUTHENTICATED']);
  });
});
