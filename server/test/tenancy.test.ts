// One graph, many tenants: nothing of another organisation's or region's people comes back,
// whichever path is taken (lists, counts, node, nested relations, federation references).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let youth: Client; // ORG_ADMIN of the Youth League (organisation A)
let district: Client; // REGION_ADMIN of the first district
let viewer: Client;
let volunteer: Client;
let station: Client;
let orgA: string;
let orgB: string;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => (await t.db.query(q, p)) as T[];

beforeAll(async () => {
  t = await createSeededDatabase('tenancy');
  server = await startTestServer(t.db);
  [youth, district, viewer, volunteer, station] = await Promise.all(
    ['youth.admin', 'district.admin', 'viewer.demo', 'volunteer.demo', 'station.coord'].map((u) => server.as(u)),
  );
  [{ id: orgA }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: orgB }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY organisation.id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('an organisation admin', () => {
  it('lists and counts exactly its own volunteers', async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM volunteer WHERE organisation_id = $1`, [orgA]);
    expect(n).toBeGreaterThan(0);
    const res = await youth.gql(
      graphql(`
        query Volunteers10 {
          volunteers(first: 100) {
            totalCount
            nodes {
              id
              organisation {
                id
              }
            }
          }
        }
      `),
    );
    expect(res.data.volunteers.totalCount).toBe(n);
    for (const v of res.data.volunteers.nodes) expect(v.organisation?.id).toBe(toGlobalId('Organisation', orgA));
  });

  it("gets nothing of another organisation's volunteers by filter, node(id) or _entities", async () => {
    const [other] = await sql(
      `SELECT id::text FROM volunteer WHERE organisation_id = $1 ORDER BY volunteer.id LIMIT 1`,
      [orgB],
    );
    expect(other).toBeDefined();
    const byFilter = await youth.gql(
      graphql(`
        query Volunteers11($o: ID) {
          volunteers(first: 10, filter: { organisationId: $o }) {
            totalCount
            nodes {
              id
            }
          }
        }
      `),
      {
        o: toGlobalId('Organisation', orgB),
      },
    );
    expect(byFilter.data.volunteers).toEqual({ totalCount: 0, nodes: [] });
    const id = toGlobalId('Volunteer', other.id);
    const byNode = await youth.gql(
      graphql(`
        query VolunteerNode($id: ID!) {
          node(id: $id) {
            id
            ... on Volunteer {
              realName
            }
          }
        }
      `),
      { id },
    );
    expect(byNode.data.node).toBeNull();
    // `_entities` is federation plumbing, outside the client schema the operations are typed from.
    const byEntities = await youth.raw(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id realName idNumber } } }`,
      { r: [{ __typename: 'Volunteer', id }] },
    );
    expect(byEntities.data).toEqual({ _entities: [null] });
    // The hub admin, for contrast, does see it through the same reference resolver.
    const hub = await server.as('hub.admin');
    const asHub = await hub.raw(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id } } }`, {
      r: [{ __typename: 'Volunteer', id }],
    });
    expect(asHub.data).toEqual({ _entities: [{ id }] });
  });

  it('sees its joint campaigns with every partner, but no other partner’s volunteers down the nested path', async () => {
    const res = await youth.gql(
      graphql(`
        query Campaigns4 {
          campaigns(first: 20) {
            nodes {
              id
              partners(first: 20) {
                organisation {
                  id
                }
                events(first: 10) {
                  participations(first: 30) {
                    volunteer {
                      id
                      organisation {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM campaign_partner WHERE organisation_id = $1`, [orgA]);
    expect(res.data.campaigns.nodes.length).toBe(n);
    const partners = res.data.campaigns.nodes.flatMap((c) => c.partners);
    expect(new Set(partners.map((p) => p.organisation.id)).size).toBeGreaterThan(1);
    const volunteers = partners.flatMap((p) => p.events.flatMap((e) => e.participations.map((x) => x.volunteer)));
    for (const v of volunteers.filter((x) => x !== null))
      expect(v.organisation?.id).toBe(toGlobalId('Organisation', orgA));
    // The path does pass other partners' volunteers: they come back as null, not as people.
    expect(volunteers.some((v) => v === null)).toBe(true);
  });

  it('reaches beneficiaries only through pairings it owns', async () => {
    const res = await youth.gql(
      graphql(`
        query Pairings2 {
          pairings(first: 100) {
            totalCount
            nodes {
              ownerA {
                id
              }
              ownerB {
                id
              }
              beneficiary {
                id
              }
            }
          }
        }
      `),
    );
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM pairing WHERE owner_a_id = $1 OR owner_b_id = $1`, [
      orgA,
    ]);
    expect(res.data.pairings.totalCount).toBe(n);
    const mine = toGlobalId('Organisation', orgA);
    for (const p of res.data.pairings.nodes) expect([p.ownerA.id, p.ownerB.id]).toContain(mine);
    const [{ m }] = await sql(
      `SELECT count(DISTINCT beneficiary_id)::int AS m FROM pairing WHERE (owner_a_id = $1 OR owner_b_id = $1) AND beneficiary_id IS NOT NULL`,
      [orgA],
    );
    const ben = await youth.gql(
      graphql(`
        query Beneficiaries {
          beneficiaries(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(ben.data.beneficiaries.totalCount).toBe(m);
  });
});

describe('a region admin', () => {
  it('counts the people of its subtree and gets null for anyone outside it', async () => {
    const [{ path }] = await sql(`SELECT r.path FROM region r WHERE r.level = 'DISTRICT' ORDER BY r.id LIMIT 1`);
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM volunteer v JOIN region r ON r.id = v.home_region_id WHERE r.path LIKE $1`,
      [`${path}%`],
    );
    const res = await district.gql(
      graphql(`
        query Volunteers12 {
          volunteers(first: 1) {
            totalCount
          }
          beneficiaries(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(res.data.volunteers.totalCount).toBe(n);
    const [outside] = await sql(
      `SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id WHERE r.path NOT LIKE $1 LIMIT 1`,
      [`${path}%`],
    );
    const node = await district.gql(
      graphql(`
        query RegionScopedNode($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      {
        id: toGlobalId('Volunteer', outside.id),
      },
    );
    expect(node.data.node).toBeNull();
  });
});

describe('a viewer', () => {
  it('reads campaigns and events but no personal data at all', async () => {
    const lists = await viewer.gql(
      graphql(`
        query Volunteers13 {
          volunteers(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(lists.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nested = await viewer.gql(
      graphql(`
        query Campaigns5 {
          campaigns(first: 5) {
            nodes {
              events(first: 5) {
                title
                participations(first: 5) {
                  id
                  volunteer {
                    realName
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(nested.errors).toBeUndefined();
    const events = nested.data.campaigns.nodes.flatMap((c) => c.events);
    expect(events.length).toBeGreaterThan(0);
    expect(events.flatMap((e) => e.participations)).toEqual([]);
  });
});

describe('personal data', () => {
  it('is masked for a station coordinator, who may not reveal it', async () => {
    const res = await station.gql(
      graphql(`
        query Beneficiaries2 {
          beneficiaries(first: 3) {
            totalCount
            nodes {
              id
              idNumber
              certificateNumber
              phone
            }
          }
        }
      `),
    );
    expect(res.data.beneficiaries.totalCount).toBeGreaterThan(0);
    const b = res.data.beneficiaries.nodes[0];
    expect(b.idNumber).toMatch(/^\d{4}\*+[\dX]{4}$/);
    const reveal = await station.gql(
      graphql(`
        mutation RevealPersonalData2($id: ID!) {
          revealPersonalData(id: $id, reason: "home visit") {
            phone
          }
        }
      `),
      { id: b.id },
    );
    expect(reveal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is revealed to a paired volunteer as a contact route only, and the reveal is audit-logged', async () => {
    const res = await volunteer.gql(
      graphql(`
        query Pairings3 {
          pairings(first: 10, filter: { statuses: [ACTIVE] }) {
            nodes {
              beneficiary {
                id
                realName
              }
            }
          }
        }
      `),
    );
    const target = res.data.pairings.nodes.find((p) => p.beneficiary)?.beneficiary;
    expect(target).toBeDefined();
    const reveal = await volunteer.gql(
      graphql(`
        mutation RevealPersonalData3($id: ID!) {
          revealPersonalData(id: $id, reason: "arrange a home visit") {
            fields
            idNumber
            certificateNumber
            phone
            address
          }
        }
      `),
      { id: target!.id },
    );
    expect(reveal.errors).toBeUndefined();
    expect(reveal.data.revealPersonalData.fields).toEqual(['phone', 'address']);
    expect(reveal.data.revealPersonalData.idNumber).toBeNull();
    expect(reveal.data.revealPersonalData.phone).toMatch(/^1\d{10}$/);
    const [log] = await sql(
      `SELECT action, reason, record_type FROM audit_log WHERE action = 'REVEAL_PERSONAL_DATA' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toEqual({ action: 'REVEAL_PERSONAL_DATA', reason: 'arrange a home visit', record_type: 'Beneficiary' });
  });

  it("cannot be revealed for someone outside the caller's scope", async () => {
    const [other] = await sql(
      `SELECT id::text FROM beneficiary WHERE id NOT IN (SELECT beneficiary_id FROM pairing WHERE beneficiary_id IS NOT NULL) LIMIT 1`,
    );
    const reveal = await volunteer.gql(
      graphql(`
        mutation RevealPersonalData4($id: ID!) {
          revealPersonalData(id: $id, reason: "curious") {
            phone
          }
        }
      `),
      { id: toGlobalId('Beneficiary', other.id) },
    );
    expect(reveal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
