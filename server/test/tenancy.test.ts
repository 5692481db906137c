// One graph, many tenants: nothing of another organisation's or region's people comes back,
// whichever path is taken (lists, counts, node, nested relations, federation references). The rows
// are a world with owners chosen by hand (helpers/known-world.ts), added to the seeded city, and
// every expectation names exactly the rows a role sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
let hub: Client;
let alpha: Client; // ORG_ADMIN of alpha
let north: Client; // REGION_ADMIN of the north district
let station: Client; // STATION_COORDINATOR of the world's station
let a1: Client; // VOLUNTEER a1
let viewer: Client; // the seeded city-wide VIEWER
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const gid = {
  volunteer: (id: string) => toGlobalId('Volunteer', id),
  beneficiary: (id: string) => toGlobalId('Beneficiary', id),
  organisation: (id: string) => toGlobalId('Organisation', id),
  pairing: (id: string) => toGlobalId('Pairing', id),
  campaign: (id: string) => toGlobalId('Campaign', id),
};
const sorted = (ids: Array<string | null>) => [...ids].sort();
/** An array holding at least these items, in any order (vitest's matcher, typed for object literals). */
const containing = (items: unknown[]): unknown => expect.arrayContaining(items);

const VOLUNTEERS = graphql(`
  query TenancyVolunteers($filter: VolunteerFilter) {
    volunteers(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
        organisation {
          id
        }
      }
    }
  }
`);
const BENEFICIARIES = graphql(`
  query TenancyBeneficiaries {
    beneficiaries(first: 100) {
      totalCount
      nodes {
        id
        idNumber
        certificateNumber
        phone
      }
    }
  }
`);
const NODE = graphql(`
  query TenancyNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const REVEAL = graphql(`
  mutation TenancyReveal($id: ID!, $reason: String!) {
    revealPersonalData(id: $id, reason: $reason) {
      fields
      idNumber
      certificateNumber
      phone
      address
    }
  }
`);

beforeAll(async () => {
  t = await createSeededDatabase('tenancy');
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  [alpha, north, station, a1, viewer] = await Promise.all(
    [w.account.alpha, w.account.north, w.account.station, w.account.a1, 'viewer.demo'].map((u) => server.as(u)),
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('an organisation admin', () => {
  it('lists and counts exactly its own volunteers', async () => {
    const res = await alpha.gql(VOLUNTEERS, {});
    expect(res.errors).toBeUndefined();
    expect(res.data.volunteers.totalCount).toBe(2);
    expect(sorted(res.data.volunteers.nodes.map((v) => v.id))).toEqual(
      sorted([gid.volunteer(w.volunteer.a1), gid.volunteer(w.volunteer.a2)]),
    );
    for (const v of res.data.volunteers.nodes) expect(v.organisation?.id).toBe(gid.organisation(w.org.alpha));
  });

  it("gets nothing of another organisation's volunteers by filter, node(id) or _entities", async () => {
    const byFilter = await alpha.gql(VOLUNTEERS, { filter: { organisationId: gid.organisation(w.org.beta) } });
    expect(byFilter.data.volunteers).toEqual({ totalCount: 0, nodes: [] });
    const id = gid.volunteer(w.volunteer.b1);
    const byNode = await alpha.gql(NODE, { id });
    expect(byNode.data.node).toBeNull();
    // `_entities` is federation plumbing, outside the client schema the operations are typed from.
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id realName idNumber } } }`;
    const byEntities = await alpha.raw(entities, { r: [{ __typename: 'Volunteer', id }] });
    expect(byEntities.data).toEqual({ _entities: [null] });
    // The hub admin, for contrast, does see it through the same reference resolver.
    const asHub = await hub.raw(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id } } }`, {
      r: [{ __typename: 'Volunteer', id }],
    });
    expect(asHub.data).toEqual({ _entities: [{ id }] });
  });

  it('sees its joint campaign with every partner, but no other partner’s volunteers down the nested path', async () => {
    const res = await alpha.gql(
      graphql(`
        query TenancyCampaigns {
          campaigns(first: 20) {
            nodes {
              id
              partners(first: 20) {
                organisation {
                  id
                }
                events(first: 10) {
                  title
                  participations(first: 30) {
                    volunteer {
                      id
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
    // k1 only: alpha is no partner of k2, and of nothing seeded.
    expect(res.data.campaigns.nodes).toEqual([
      {
        id: gid.campaign(w.campaign.k1),
        partners: containing([
          // alpha's own event: both sign-ups are its event's, but b1 is beta's volunteer, so null.
          {
            organisation: { id: gid.organisation(w.org.alpha) },
            events: [
              {
                title: '已知活动一',
                participations: containing([{ volunteer: { id: gid.volunteer(w.volunteer.a1) } }, { volunteer: null }]),
              },
            ],
          },
          // beta's event in the joint campaign: visible, but its only sign-up is beta's volunteer's.
          { organisation: { id: gid.organisation(w.org.beta) }, events: [{ title: '已知活动二', participations: [] }] },
        ]),
      },
    ]);
    const partners = res.data.campaigns.nodes[0].partners;
    expect(partners).toHaveLength(2);
    expect(partners.flatMap((p) => p.events.flatMap((e) => e.participations))).toHaveLength(2);
  });

  it('reaches beneficiaries only through pairings it owns that are ACTIVE or PAUSED', async () => {
    const res = await alpha.gql(
      graphql(`
        query TenancyPairings {
          pairings(first: 100) {
            totalCount
            nodes {
              id
              beneficiary {
                id
              }
            }
          }
        }
      `),
    );
    expect(res.data.pairings).toEqual({
      totalCount: 1,
      nodes: [{ id: gid.pairing(w.pairing.p1), beneficiary: { id: gid.beneficiary(w.beneficiary.x1) } }],
    });
    const ben = await alpha.gql(BENEFICIARIES);
    expect(ben.data.beneficiaries.totalCount).toBe(1);
    expect(ben.data.beneficiaries.nodes.map((b) => b.id)).toEqual([gid.beneficiary(w.beneficiary.x1)]);
  });
});

describe('a region admin', () => {
  it('counts the people of its subtree and gets null for anyone outside it', async () => {
    const res = await north.gql(VOLUNTEERS, {});
    expect(res.data.volunteers.totalCount).toBe(2);
    expect(sorted(res.data.volunteers.nodes.map((v) => v.id))).toEqual(
      sorted([gid.volunteer(w.volunteer.a1), gid.volunteer(w.volunteer.b1)]),
    );
    const ben = await north.gql(BENEFICIARIES);
    expect(ben.data.beneficiaries.totalCount).toBe(2);
    expect(sorted(ben.data.beneficiaries.nodes.map((b) => b.id))).toEqual(
      sorted([gid.beneficiary(w.beneficiary.x1), gid.beneficiary(w.beneficiary.x3)]),
    );
    for (const outside of [w.volunteer.a2, w.volunteer.b2]) {
      const node = await north.gql(NODE, { id: gid.volunteer(outside) });
      expect(node.data.node).toBeNull();
    }
  });
});

describe('a viewer', () => {
  it('reads campaigns and events but no personal data at all', async () => {
    const lists = await viewer.gql(
      graphql(`
        query TenancyViewerVolunteers {
          volunteers(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(lists.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nested = await viewer.gql(
      graphql(`
        query TenancyViewerCampaign($id: ID!) {
          node(id: $id) {
            ... on Campaign {
              events(first: 10) {
                title
                participations(first: 10) {
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
      { id: gid.campaign(w.campaign.k1) },
    );
    expect(nested.errors).toBeUndefined();
    // Both of k1's events, three sign-ups between them, and not one of them shown.
    expect(nested.data.node).toEqual({
      events: containing([
        { title: '已知活动一', participations: [] },
        { title: '已知活动二', participations: [] },
      ]),
    });
  });
});

describe('personal data', () => {
  it('is masked for a station coordinator, who sees the people its station serves and may not reveal them', async () => {
    const res = await station.gql(BENEFICIARIES);
    expect(res.data.beneficiaries.totalCount).toBe(2);
    expect(sorted(res.data.beneficiaries.nodes.map((b) => b.id))).toEqual(
      sorted([gid.beneficiary(w.beneficiary.x1), gid.beneficiary(w.beneficiary.x3)]),
    );
    const [b] = res.data.beneficiaries.nodes;
    expect(b.idNumber).toMatch(/^\d{4}\*+[\dX]{4}$/);
    const reveal = await station.gql(REVEAL, { id: b.id, reason: 'home visit' });
    expect(reveal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is revealed to a paired volunteer as a contact route only, and the reveal is audit-logged', async () => {
    const res = await a1.gql(
      graphql(`
        query TenancyMyPairings {
          pairings(first: 10, filter: { statuses: [ACTIVE] }) {
            nodes {
              id
              beneficiary {
                id
              }
            }
          }
        }
      `),
    );
    expect(res.data.pairings.nodes).toEqual([
      { id: gid.pairing(w.pairing.p1), beneficiary: { id: gid.beneficiary(w.beneficiary.x1) } },
    ]);
    const reveal = await a1.gql(REVEAL, { id: gid.beneficiary(w.beneficiary.x1), reason: 'arrange a home visit' });
    expect(reveal.errors).toBeUndefined();
    expect(reveal.data.revealPersonalData).toEqual({
      fields: ['phone', 'address'],
      idNumber: null,
      certificateNumber: null,
      phone: '13700000000',
      address: '已知路 2 号',
    });
    const [log] = await sql(
      `SELECT action, reason, record_type, record_id::text FROM audit_log WHERE action = 'REVEAL_PERSONAL_DATA' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toEqual({
      action: 'REVEAL_PERSONAL_DATA',
      reason: 'arrange a home visit',
      record_type: 'Beneficiary',
      record_id: w.beneficiary.x1,
    });
  });

  it("cannot be revealed for someone outside the caller's scope", async () => {
    // x2 is paired, but with b2; x3 is unpaired.
    for (const other of [w.beneficiary.x2, w.beneficiary.x3]) {
      const reveal = await a1.gql(REVEAL, { id: gid.beneficiary(other), reason: 'curious' });
      expect(reveal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('the audit log', () => {
  const RECORDS = graphql(`
    query TenancyAuditRecords($action: String) {
      auditLogs(first: 5, filter: { action: $action }) {
        nodes {
          recordType
          record {
            name
            pageType
            pageId
          }
        }
      }
    }
  `);

  it('names each record as far as the reader may read it, with the page that shows it', async () => {
    // An entry of the north district about a volunteer living in the south: the north admin reads the entry,
    // not the volunteer; the hub reads both.
    const [{ name }] = await sql<{ name: string }>(`SELECT real_name AS name FROM volunteer WHERE id = $1`, [
      w.volunteer.a2,
    ]);
    await sql(
      `INSERT INTO audit_log (action, record_type, record_id, region_id) VALUES ('UPDATE_VOLUNTEER', 'Volunteer', $1, $2)`,
      [w.volunteer.a2, w.region.north],
    );
    const byHub = await hub.gql(RECORDS, { action: 'UPDATE_VOLUNTEER' });
    expect(byHub.data.auditLogs.nodes[0]).toEqual({
      recordType: 'Volunteer',
      record: { name, pageType: 'Volunteer', pageId: gid.volunteer(w.volunteer.a2) },
    });
    const byNorth = await north.gql(RECORDS, { action: 'UPDATE_VOLUNTEER' });
    expect(byNorth.data.auditLogs.nodes[0]).toEqual({ recordType: 'Volunteer', record: null });
  });
});
