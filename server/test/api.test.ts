// The read API over HTTP against a seeded database: paging, filters, node(), N+1 guard, typed errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
/** The hub administrator sees every row: the read API's own behaviour, before scoping, is tested through it. */
let hub: Client;
const sql = async <T = Record<string, unknown>>(q: string, params: unknown[] = []) => t.db.query<T[]>(q, params);

beforeAll(async () => {
  t = await createSeededDatabase('api', { logger: counter });
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Walks every page of a list query and returns the ids it saw, plus the reported totalCount. */
async function walk(field: string, filter: Record<string, unknown> | null, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let total: number;
  for (let pages = 0; pages < 500; pages++) {
    // Built per list field at run time, so untyped: the shape read below is every connection's.
    const res = await hub.raw(
      `query($first: Int!, $after: String, $filter: ${filterType(field)}) {
        list: ${field}(first: $first, after: $after, filter: $filter) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { first, after, filter },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const { list } = res.data as { list: Connection };
    total = list.totalCount;
    ids.push(...list.edges.map((e) => e.node.id));
    expect(list.edges.length).toBeLessThanOrEqual(first);
    if (!list.pageInfo.hasNextPage) return { ids, total };
    after = list.pageInfo.endCursor;
  }
  throw new Error(`${field}: too many pages`);
}

const filterTypes: Record<string, string> = {
  regions: 'RegionFilter',
  organisations: 'OrganisationFilter',
  volunteerTeams: 'VolunteerTeamFilter',
  serviceStations: 'ServiceStationFilter',
  serviceTypes: 'ServiceTypeFilter',
  volunteers: 'VolunteerFilter',
  beneficiaries: 'BeneficiaryFilter',
  households: 'HouseholdFilter',
  campaigns: 'CampaignFilter',
  serviceEvents: 'ServiceEventFilter',
  participations: 'ParticipationFilter',
  pairings: 'PairingFilter',
  donations: 'DonationFilter',
  serviceRequests: 'ServiceRequestFilter',
  trainingSessions: 'TrainingSessionFilter',
  commendations: 'CommendationFilter',
};
const filterType = (field: string) => filterTypes[field];

// Each list query, its table, and how its rows relate to a region (independent of the API's own SQL).
// Lists people work through come newest first by default (`order`, their SQL); the others by id.
const lists: Array<{ field: string; table: string; type: string; regionSql?: string; order?: string }> = [
  { field: 'regions', table: 'region', type: 'Region', regionSql: 'x.id' },
  { field: 'organisations', table: 'organisation', type: 'Organisation', regionSql: 'x.region_id' },
  { field: 'volunteerTeams', table: 'volunteer_team', type: 'VolunteerTeam', regionSql: 'x.region_id' },
  { field: 'serviceStations', table: 'service_station', type: 'ServiceStation', regionSql: 'x.region_id' },
  { field: 'serviceTypes', table: 'service_type', type: 'ServiceType' },
  {
    field: 'volunteers',
    table: 'volunteer',
    type: 'Volunteer',
    regionSql: 'x.home_region_id',
    order: "date_trunc('milliseconds', x.registered_at) DESC, x.id DESC",
  },
  { field: 'beneficiaries', table: 'beneficiary', type: 'Beneficiary', regionSql: 'x.region_id' },
  { field: 'households', table: 'household', type: 'Household', regionSql: 'x.region_id' },
  { field: 'campaigns', table: 'campaign', type: 'Campaign', regionSql: 'x.region_id' },
  { field: 'serviceEvents', table: 'service_event', type: 'ServiceEvent', regionSql: 'x.region_id' },
  {
    field: 'participations',
    table: 'participation',
    type: 'Participation',
    regionSql: '(SELECT e.region_id FROM service_event e WHERE e.id = x.event_id)',
    order: "date_trunc('milliseconds', x.created_at) DESC, x.id DESC",
  },
  { field: 'pairings', table: 'pairing', type: 'Pairing' },
  { field: 'donations', table: 'donation', type: 'Donation' },
  {
    field: 'serviceRequests',
    table: 'service_request',
    type: 'ServiceRequest',
    regionSql: 'x.region_id',
    order: "date_trunc('milliseconds', x.created_at) DESC, x.id DESC",
  },
  { field: 'trainingSessions', table: 'training_session', type: 'TrainingSession', regionSql: 'x.region_id' },
  { field: 'commendations', table: 'commendation', type: 'Commendation' },
];

/** The subtree of a region by a recursive walk over parent_id: a second opinion on the materialised path. */
const SUBTREE = `WITH RECURSIVE sub(id) AS (SELECT $1::bigint UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id)`;

describe('list queries', () => {
  let regions: Array<{ id: string }>;
  beforeAll(async () => {
    // A district keeps the walks short; city-wide tables (campaigns, training) fall back to the city.
    regions = await sql(`(SELECT id::text AS id FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1)
      UNION ALL (SELECT id::text FROM region WHERE level = 'CITY')`);
  });

  const expectedRows = async (table: string, regionSql: string | undefined, regionId: string, order = 'x.id') => {
    const live = table === 'participation' || table === 'donation' ? 'AND x.deleted_at IS NULL' : '';
    return regionSql
      ? sql<{ id: string }>(
          `${SUBTREE} SELECT x.id::text AS id FROM ${table} x WHERE ${regionSql} IN (SELECT id FROM sub) ${live} ORDER BY ${order}`,
          [regionId],
        )
      : sql<{ id: string }>(`SELECT x.id::text AS id FROM ${table} x WHERE TRUE ${live} ORDER BY ${order}`);
  };

  it.each(lists)(
    '$field pages without duplicates or gaps and filters by region subtree',
    async ({ field, table, type, regionSql, order }) => {
      let region = regions[0].id;
      let expected = await expectedRows(table, regionSql, region, order);
      if (!expected.length) {
        region = regions[1].id;
        expected = await expectedRows(table, regionSql, region, order);
      }
      expect(expected.length, `${table} has rows in the fixture`).toBeGreaterThan(0);
      const regionFilter = regionSql
        ? { [field === 'regions' ? 'withinId' : 'regionId']: toGlobalId('Region', region) }
        : null;
      const pageSize = Math.max(7, Math.ceil(expected.length / 25));
      const { ids, total } = await walk(field, regionFilter, Math.min(pageSize, 100));
      expect(total).toBe(expected.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expected.map((r) => toGlobalId(type, r.id)));
    },
  );

  it('orders by a chosen key either way, and reaches any page by its offset', async () => {
    const region = regions[0].id;
    const filter = { regionId: toGlobalId('Region', region) };
    const query = `query($first: Int!, $after: String, $offset: Int, $filter: VolunteerFilter, $orderBy: VolunteerOrder) {
      list: volunteers(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
        totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const page = async (variables: Record<string, unknown>) => {
      const res = await hub.raw(query, { filter, ...variables });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return (res.data as { list: Connection & { nodes: Array<{ id: string }> } }).list;
    };
    for (const direction of ['ASC', 'DESC'] as const) {
      const orderBy = { field: 'NAME', direction };
      const expected = (
        await expectedRows('volunteer', 'x.home_region_id', region, `x.real_name ${direction}, x.id ${direction}`)
      ).map((r) => toGlobalId('Volunteer', r.id));
      expect(expected.length).toBeGreaterThan(30);
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 500; i++) {
        const list = await page({ first: 100, after, orderBy });
        ids.push(...list.nodes.map((n) => n.id));
        if (!list.pageInfo.hasNextPage) break;
        after = list.pageInfo.endCursor;
      }
      expect(ids).toEqual(expected);
      const third = await page({ first: 7, offset: 14, orderBy });
      expect(third.nodes.map((n) => n.id)).toEqual(expected.slice(14, 21));
      expect(third.totalCount).toBe(expected.length);
    }
    const both = await hub.raw(query, { filter, first: 5, offset: 5, after: 'x' });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('orders sign-ups by check-in, those not checked in as the earliest, through cursors and offsets', async () => {
    const region = regions[0].id;
    const filter = { regionId: toGlobalId('Region', region) };
    const query = `query($first: Int!, $after: String, $offset: Int, $filter: ParticipationFilter, $orderBy: ParticipationOrder) {
      list: participations(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
        totalCount nodes { id checkInAt } pageInfo { hasNextPage endCursor } } }`;
    const page = async (variables: Record<string, unknown>) => {
      const res = await hub.raw(query, { filter, ...variables });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return (res.data as { list: Connection & { nodes: Array<{ id: string; checkInAt: string | null }> } }).list;
    };
    const regionSql = '(SELECT e.region_id FROM service_event e WHERE e.id = x.event_id)';
    for (const direction of ['ASC', 'DESC'] as const) {
      const orderBy = { field: 'CHECK_IN_AT', direction };
      const order = `COALESCE(date_trunc('milliseconds', x.check_in_at), '-infinity') ${direction}, x.id ${direction}`;
      const expected = (await expectedRows('participation', regionSql, region, order)).map((r) =>
        toGlobalId('Participation', r.id),
      );
      expect(expected.length).toBeGreaterThan(18);
      const nodes: Array<{ id: string; checkInAt: string | null }> = [];
      let after: string | null = null;
      for (let i = 0; i < 500; i++) {
        const list = await page({ first: 9, after, orderBy });
        nodes.push(...list.nodes);
        if (!list.pageInfo.hasNextPage) break;
        after = list.pageInfo.endCursor;
      }
      expect(nodes.map((n) => n.id)).toEqual(expected);
      // The fixture has both: some checked in, some not (the walk crossed from one to the other).
      expect(nodes.some((n) => n.checkInAt) && nodes.some((n) => !n.checkInAt)).toBe(true);
      const second = await page({ first: 9, offset: 9, orderBy });
      expect(second.nodes.map((n) => n.id)).toEqual(expected.slice(9, 18));
    }
  });

  it('gives the audit log newest first', async () => {
    const res = await hub.raw(`{ auditLogs(first: 5) { nodes { id } } }`, {});
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const expected = await sql<{ id: string }>(
      `SELECT id::text AS id FROM audit_log ORDER BY date_trunc('milliseconds', at) DESC, id DESC LIMIT 5`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { auditLogs } = res.data as { auditLogs: { nodes: Array<{ id: string }> } };
    expect(auditLogs.nodes.map((n) => n.id)).toEqual(expected.map((r) => toGlobalId('AuditEntry', r.id)));
  });

  it('filters by status, kind and name search', async () => {
    const [{ n: students }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer WHERE category = 'STUDENT' AND status = 'ACTIVE'`,
    );
    const res = await hub.gql(
      graphql(`
        query Volunteers2 {
          volunteers(first: 1, filter: { categories: [STUDENT], statuses: [ACTIVE] }) {
            totalCount
          }
        }
      `),
    );
    expect(res.data.volunteers.totalCount).toBe(students);

    const [{ n: ngos }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM organisation WHERE kind = 'NGO'`);
    const orgs = await hub.gql(
      graphql(`
        query Organisations {
          organisations(first: 100, filter: { kinds: [NGO] }) {
            totalCount
            nodes {
              kind
            }
          }
        }
      `),
    );
    expect(orgs.data.organisations.totalCount).toBe(ngos);
    expect(new Set(orgs.data.organisations.nodes.map((o: { kind: string }) => o.kind))).toEqual(new Set(['NGO']));

    const [{ real_name: name }] = await sql<{ real_name: string }>(
      `SELECT real_name FROM volunteer ORDER BY id LIMIT 1`,
    );
    const found = await hub.gql(
      graphql(`
        query Volunteers3($q: String) {
          volunteers(first: 100, filter: { search: $q }) {
            nodes {
              realName
            }
          }
        }
      `),
      { q: name },
    );
    expect(found.data.volunteers.nodes.length).toBeGreaterThan(0);
    for (const v of found.data.volunteers.nodes) expect(v.realName).toContain(name);
  });
});

describe('node(id)', () => {
  const types = [
    ['Region', 'region'],
    ['Organisation', 'organisation'],
    ['ServiceType', 'service_type'],
    ['VolunteerTeam', 'volunteer_team'],
    ['ServiceStation', 'service_station'],
    ['Volunteer', 'volunteer'],
    ['Household', 'household'],
    ['Beneficiary', 'beneficiary'],
    ['Campaign', 'campaign'],
    ['CampaignPartner', 'campaign_partner'],
    ['ServiceEvent', 'service_event'],
    ['Participation', 'participation'],
    ['Pairing', 'pairing'],
    ['PairingVisit', 'pairing_visit'],
    ['Donation', 'donation'],
    ['ServiceRequest', 'service_request'],
    ['TrainingSession', 'training_session'],
    ['TrainingAttendance', 'training_attendance'],
    ['Commendation', 'commendation'],
  ] as const;

  it.each(types)('round-trips a %s', async (type, table) => {
    const [row] = await sql<{ id: string }>(`SELECT id::text AS id FROM ${table} ORDER BY id DESC LIMIT 1`);
    const id = toGlobalId(type, row.id);
    const res = await hub.gql(
      graphql(`
        query AnyNode($id: ID!) {
          node(id: $id) {
            __typename
            id
          }
        }
      `),
      { id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({ __typename: type, id });
  });

  it('reads enum arrays and overdue pairings correctly', async () => {
    const [b] = await sql<{ id: string; access_needs: string }>(
      `SELECT id::text, access_needs::text FROM beneficiary WHERE cardinality(access_needs) > 0 ORDER BY beneficiary.id LIMIT 1`,
    );
    const res = await hub.gql(
      graphql(`
        query BeneficiaryAccessNeeds($id: ID!) {
          node(id: $id) {
            __typename
            ... on Beneficiary {
              accessNeeds
            }
          }
        }
      `),
      {
        id: toGlobalId('Beneficiary', b.id),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(nodeAs(res.data.node, 'Beneficiary').accessNeeds).toEqual(b.access_needs.slice(1, -1).split(','));
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pairing WHERE status = 'ACTIVE' AND COALESCE(last_visit_at, started_on::timestamptz) < now() - interval '60 days'`,
    );
    const overdue = await hub.gql(
      graphql(`
        query Pairings {
          pairings(first: 1, filter: { overdue: true }) {
            totalCount
          }
        }
      `),
    );
    expect(overdue.errors).toBeUndefined();
    expect(overdue.data.pairings.totalCount).toBe(n);
  });

  it('answers null for a well-formed id that does not exist, and an error for a malformed one', async () => {
    const missing = await hub.gql(
      graphql(`
        query MissingNode($id: ID!) {
          node(id: $id) {
            id
          }
        }
      `),
      {
        id: toGlobalId('Volunteer', '999999999'),
      },
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data.node).toBeNull();
    const bad = await hub.gql(
      graphql(`
        query Node5 {
          node(id: "not-an-id") {
            id
          }
        }
      `),
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nested relations', () => {
  const nested = graphql(`
    query Campaigns($n: Int!, $m: Int!) {
      campaigns(first: $n) {
        nodes {
          name
          leadOrganisation {
            name
          }
          partners(first: $m) {
            role
            organisation {
              name
            }
            events(first: $m) {
              title
              serviceType {
                name
              }
              participations(first: $m) {
                minutes
                volunteer {
                  realName
                  homeRegion {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  `);

  async function statements(n: number, m: number) {
    counter.reset();
    const res = await hub.gql(nested, { n, m });
    expect(res.errors).toBeUndefined();
    const participations = res.data.campaigns.nodes.flatMap((c) =>
      c.partners.flatMap((p) => p.events.flatMap((e) => e.participations)),
    );
    return { count: counter.count, participations: participations.length };
  }

  it('costs the same number of SQL statements however many rows each level returns', async () => {
    const small = await statements(2, 2);
    const large = await statements(5, 20);
    expect(small.participations).toBeGreaterThan(0);
    expect(large.participations).toBeGreaterThan(small.participations * 10);
    // More rows never mean more statements (a level that comes back empty may even save one).
    expect(large.count).toBeLessThanOrEqual(small.count);
    // the viewer, then one per relation: campaigns, lead organisations, partners, organisations, events,
    // service types, participations, volunteers, regions
    expect(large.count).toBeLessThanOrEqual(10);
  });
});

describe('nested relations of the work records', () => {
  const nested = graphql(`
    query Volunteers4($n: Int!, $m: Int!) {
      volunteers(first: $n) {
        nodes {
          starLevel
          verifiedHours
          trainingRecord(first: $m) {
            attended
            session {
              title
            }
          }
        }
      }
      serviceRequests(first: $n) {
        nodes {
          assignedVolunteer {
            realName
          }
          participation {
            minutes
            waitlistPosition
            attendanceMet
            corrections {
              requestedMinutes
            }
            event {
              title
            }
          }
        }
      }
      pairings(first: $n) {
        nodes {
          overdue
          volunteer {
            starLevel
          }
          visits(first: $m) {
            minutes
          }
        }
      }
      campaigns(first: $n) {
        nodes {
          contributions {
            organisation {
              name
            }
            verifiedHours
          }
          donationTotals {
            cashFen
          }
        }
      }
    }
  `);

  async function statements(n: number, m: number) {
    counter.reset();
    const res = await hub.gql(nested, { n, m });
    expect(res.errors).toBeUndefined();
    const rows = [
      ...res.data.volunteers.nodes.flatMap((v) => v.trainingRecord),
      ...res.data.pairings.nodes.flatMap((p) => p.visits),
      ...res.data.serviceRequests.nodes.filter((r) => r.participation),
      ...res.data.campaigns.nodes.flatMap((c) => c.contributions),
    ];
    return { count: counter.count, rows: rows.length };
  }

  it('cost a bounded number of SQL statements however many rows each level returns', async () => {
    const small = await statements(2, 2);
    const large = await statements(20, 20);
    expect(large.rows).toBeGreaterThan(small.rows * 3);
    // A level that comes back empty for the small page saves its statement, so the bound is the
    // number of relations asked for, not the small count: the viewer, 4 lists, and 15 relations.
    expect(large.count).toBeLessThanOrEqual(20);
    expect(large.count).toBeLessThanOrEqual(small.count + 3);
  });
});

describe('input errors', () => {
  it('refuses a page larger than 100 with BAD_USER_INPUT', async () => {
    const res = await hub.gql(
      graphql(`
        query Volunteers5 {
          volunteers(first: 101) {
            totalCount
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a forged cursor and an id of the wrong type, naming the field', async () => {
    const cursor = await hub.gql(
      graphql(`
        query Volunteers6 {
          volunteers(first: 5, after: "bm9wZQ") {
            totalCount
          }
        }
      `),
    );
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const wrongType = await hub.gql(
      graphql(`
        query Volunteers7($r: ID) {
          volunteers(first: 5, filter: { regionId: $r }) {
            totalCount
          }
        }
      `),
      {
        r: toGlobalId('Volunteer', '1'),
      },
    );
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionId' });
  });

  it('refuses a malformed date', async () => {
    const res = await hub.gql(
      graphql(`
        query Campaigns2 {
          campaigns(first: 5, filter: { from: "2026-02-30" }) {
            totalCount
          }
        }
      `),
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });
});

describe('personal data and probes', () => {
  it('masks identity numbers and phones', async () => {
    const res = await hub.gql(
      graphql(`
        query Volunteers8 {
          volunteers(first: 3) {
            nodes {
              idNumber
              phone
              birthDate
            }
          }
          beneficiaries(first: 3) {
            nodes {
              idNumber
              certificateNumber
            }
          }
        }
      `),
    );
    for (const v of res.data.volunteers.nodes) {
      expect(v.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      expect(v.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(v.birthDate).toMatch(/^\d{4}-\*\*-\*\*$/);
    }
    for (const b of res.data.beneficiaries.nodes) expect(b.certificateNumber).toMatch(/^\d{4}\*{12}[\dX]{2}\d{2}$/);
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
