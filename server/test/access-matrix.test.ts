// The row-scope and write-scope matrix, generated from one table of known owners: for every account
// (one per role, plus an account holding two roles) and every entity of the known world, which rows
// it reads (list, totalCount, node, _entities) and which it may change (a mutation per entity, on
// every row, inside and outside its scope). The expectations are written down from the rules in
// words (modules/<domain>/<domain>.scope.ts), not computed with their predicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { referenceResolvers } from '../src/modules';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { inviteAndActivate } from './helpers/accounts';

type Account = 'alpha' | 'north' | 'station' | 'a1' | 'dual';
const ACCOUNTS: Account[] = ['alpha', 'north', 'station', 'a1', 'dual'];
type Entity = 'Volunteer' | 'Beneficiary' | 'Pairing' | 'Campaign' | 'ServiceEvent' | 'Participation';
type Row = string; // a key of the known world: a1, x1, p1, k1, e1, or a participation e1a1

/** The world's rows of each entity, by key, and the list field that reads them. */
const ROWS: Record<Entity, { list: string; rows: Row[]; worldOnly: boolean }> = {
  Volunteer: { list: 'volunteers', rows: ['a1', 'a2', 'b1', 'b2'], worldOnly: true },
  Beneficiary: { list: 'beneficiaries', rows: ['x1', 'x2', 'x3'], worldOnly: true },
  Pairing: { list: 'pairings', rows: ['p1', 'p2'], worldOnly: true },
  // Published campaigns and open events of the seeded city are visible to some accounts as well.
  Campaign: { list: 'campaigns', rows: ['k1', 'k2'], worldOnly: false },
  ServiceEvent: { list: 'serviceEvents', rows: ['e1', 'e2', 'e3'], worldOnly: false },
  Participation: { list: 'participations', rows: ['e1a1', 'e1b1', 'e2b1', 'e3b2'], worldOnly: true },
};

/**
 * Who reads what. alpha: ORG_ADMIN of alpha; north: REGION_ADMIN of the north district; station: the
 * world station's coordinator; a1: VOLUNTEER a1; dual: VOLUNTEER b1 and REGION_ADMIN of the south.
 * null: the account's roles lack the list's read permission (the list is FORBIDDEN).
 */
const READS: Record<Entity, Record<Account, Row[] | null>> = {
  // Own organisation's; living in the region; at the station or serving at its events; oneself.
  Volunteer: {
    alpha: ['a1', 'a2'],
    north: ['a1', 'b1'],
    station: ['a1', 'b1'],
    a1: ['a1'],
    dual: ['a2', 'b1', 'b2'],
  },
  // Through a live pairing owned or served; living in the region; served by the station.
  Beneficiary: { alpha: ['x1'], north: ['x1', 'x3'], station: ['x1', 'x3'], a1: ['x1'], dual: ['x2'] },
  // Owned; touching the region; one's own; a coordinator reads no pairings.
  Pairing: { alpha: ['p1'], north: ['p1'], station: null, a1: ['p1'], dual: ['p2'] },
  // Partnered; in the region (or with events there); published to coordinators and volunteers.
  Campaign: {
    alpha: ['k1'],
    north: ['k1'],
    station: ['k1', 'k2'],
    a1: ['k1', 'k2'],
    dual: ['k1', 'k2'],
  },
  // Organised or of an accepted partner's campaign; in the region; at the station; open to volunteers.
  ServiceEvent: {
    alpha: ['e1', 'e2'],
    north: ['e1', 'e2'],
    station: ['e1'],
    a1: ['e1', 'e2', 'e3'],
    dual: ['e1', 'e2', 'e3'],
  },
  // Of own volunteers or own events; of events in the region; at the station's events; one's own.
  Participation: {
    alpha: ['e1a1', 'e1b1'],
    north: ['e1a1', 'e1b1', 'e2b1'],
    station: ['e1a1', 'e1b1'],
    a1: ['e1a1'],
    dual: ['e1b1', 'e2b1', 'e3b2'],
  },
};

/** One mutation per entity, with arguments that fail after the scope check (a stale version). */
const WRITES: Record<Exclude<Entity, 'Participation'>, { op: string; changes: Record<Account, Row[]> }> = {
  Volunteer: {
    op: `mutation($id: ID!) { setVolunteerStatus(id: $id, version: 999, status: SUSPENDED, reason: "x") { id } }`,
    changes: { alpha: ['a1', 'a2'], north: ['a1', 'b1'], station: [], a1: [], dual: ['a2', 'b2'] },
  },
  Beneficiary: {
    op: `mutation($id: ID!) { updateBeneficiary(id: $id, version: 999, input: {}) { id } }`,
    changes: { alpha: [], north: ['x1', 'x3'], station: ['x1', 'x3'], a1: [], dual: ['x2'] },
  },
  Pairing: {
    op: `mutation($id: ID!) { pausePairing(id: $id, version: 999) { id } }`,
    changes: { alpha: ['p1'], north: ['p1'], station: [], a1: [], dual: ['p2'] },
  },
  Campaign: {
    op: `mutation($id: ID!) { updateCampaign(id: $id, version: 999, input: {}) { id } }`,
    changes: { alpha: ['k1'], north: ['k1'], station: [], a1: [], dual: ['k2'] },
  },
  // Runs it: organiser's admins, region admins, the coordinator of a station organising it itself.
  ServiceEvent: {
    op: `mutation($id: ID!) { updateServiceEvent(id: $id, version: 999, input: {}) { id } }`,
    changes: { alpha: ['e1'], north: ['e1', 'e2'], station: ['e1'], a1: [], dual: ['e3'] },
  },
};

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
const as = {} as Record<Account, Client>;
const ids = {} as Record<Row, string>; // key → global id

beforeAll(async () => {
  t = await createSeededDatabase('access_matrix');
  server = await startTestServer(t.db);
  const hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  const dual = await inviteAndActivate(hub, hub, {
    username: 'matrix.dual',
    roles: [
      { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', w.volunteer.b1) },
      { role: 'REGION_ADMIN', regionId: toGlobalId('Region', w.region.south) },
    ],
  });
  expect(dual.errors).toBeUndefined();
  const usernames: Record<Account, string> = { ...w.account, dual: 'matrix.dual' };
  for (const a of ACCOUNTS) as[a] = await server.as(usernames[a]);
  const put = (type: Entity, keys: Record<string, string>) =>
    Object.entries(keys).forEach(([k, id]) => (ids[k] = toGlobalId(type, id)));
  put('Volunteer', w.volunteer);
  put('Beneficiary', w.beneficiary);
  put('Pairing', w.pairing);
  put('Campaign', w.campaign);
  put('ServiceEvent', w.event);
  const parts = await t.db.query<Array<{ id: string; event_id: string; volunteer_id: string }>>(
    `SELECT id::text, event_id::text, volunteer_id::text FROM participation WHERE event_id = ANY($1::bigint[])`,
    [Object.values(w.event)],
  );
  const keyOf = (table: Record<string, string>, id: string) => Object.entries(table).find(([, v]) => v === id)![0];
  for (const p of parts)
    ids[`${keyOf(w.event, p.event_id)}${keyOf(w.volunteer, p.volunteer_id)}`] = toGlobalId('Participation', p.id);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const keysOf = (entity: Entity, globalIds: string[]) =>
  ROWS[entity].rows.filter((k) => globalIds.includes(ids[k])).sort();
const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  res.errors?.[0]?.extensions?.code as string | undefined;

const entities = Object.keys(ROWS) as Entity[];
const cases = ACCOUNTS.flatMap((a) => entities.map((e) => [a, e] as const));

describe('reads', () => {
  it.each(cases)('%s reads exactly its %s rows by list and totalCount', async (a, e) => {
    const expected = READS[e][a];
    const res = await as[a].raw(`{ ${ROWS[e].list}(first: 100) { totalCount nodes { id } } }`);
    if (expected === null) {
      expect(codeOf(res)).toBe('FORBIDDEN');
      return;
    }
    expect(res.errors).toBeUndefined();
    const list = (res.data as Record<string, { totalCount: number; nodes: Array<{ id: string }> }>)[ROWS[e].list];
    expect(
      keysOf(
        e,
        list.nodes.map((n) => n.id),
      ),
    ).toEqual([...expected].sort());
    if (ROWS[e].worldOnly) expect(list.totalCount).toBe(expected.length);
    else expect(list.totalCount).toBeGreaterThanOrEqual(expected.length);
  });

  it.each(cases)('%s reads exactly its %s rows by node() and _entities', async (a, e) => {
    const expected = READS[e][a] ?? [];
    for (const key of ROWS[e].rows) {
      const node = await as[a].raw(`query($id: ID!) { node(id: $id) { id } }`, { id: ids[key] });
      const entity = await as[a].raw(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ${e} { id } } }`, {
        r: [{ __typename: e, id: ids[key] }],
      });
      const seen = expected.includes(key);
      expect((node.data as { node: unknown }).node !== null, `${a} node ${key}`).toBe(seen);
      // Only the keyed types are federation references; others are not in `_Entity` at all.
      if (e in referenceResolvers)
        expect((entity.data as { _entities: unknown[] })._entities[0] !== null, `${a} _entities ${key}`).toBe(seen);
      else expect(codeOf(entity), `${e} is no federation entity`).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('writes', () => {
  const writeCases = ACCOUNTS.flatMap((a) =>
    (Object.keys(WRITES) as Array<keyof typeof WRITES>).map((e) => [a, e] as const),
  );
  it.each(writeCases)('%s changes exactly its %s rows; others are NOT_FOUND or FORBIDDEN', async (a, e) => {
    for (const key of ROWS[e].rows) {
      const res = await as[a].raw(WRITES[e].op, { id: ids[key] });
      const code = codeOf(res);
      const inside = WRITES[e].changes[a].includes(key);
      // Inside: the scope admits the call, which then meets the stale version (or the row's state).
      if (inside) expect(['CONFLICT', 'INVALID_STATE'], `${a} ${e} ${key}`).toContain(code);
      else expect(['NOT_FOUND', 'FORBIDDEN'], `${a} ${e} ${key}`).toContain(code);
      // Holding the mutation's permission, what it cannot read does not exist for it.
      const holds = WRITES[e].changes[a].length > 0;
      if (holds && !(READS[e][a] ?? []).includes(key)) expect(code, `${a} ${e} ${key} unseen`).toBe('NOT_FOUND');
    }
  });
});
