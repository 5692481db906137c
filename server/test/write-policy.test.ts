// The write policy and the access holes of issue 12: each case sets up its own fixture with known
// owners (plain SQL on the seeded city), then asks the API as the demo accounts would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';
import { inviteAndActivate } from './helpers/accounts';
import type { RoleInput } from './generated/graphql';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let district: Client;
let youth: Client;
let station: Client;
let youthOrg: string;
let womenOrg: string;
let districtId: string;
let districtPath: string;
let stationId: string;

/** Rows as the fixtures select them: ids and states as text. */
type Row = Record<string, string>;
const sql = async <T = Row>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const one = async <T = Row>(q: string, p: unknown[] = []) => {
  const [row] = await sql<T>(q, p);
  if (!row) throw new Error(`fixture not found: ${q}`);
  return row;
};
const count = async (table: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
const NODE = graphql(`
  query WritePolicyNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const REVEAL = graphql(`
  mutation WritePolicyReveal($id: ID!, $reason: String!) {
    revealPersonalData(id: $id, reason: $reason) {
      fields
      idNumber
      phone
    }
  }
`);

const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  t = await createSeededDatabase('write_policy');
  server = await startTestServer(t.db);
  [hub, district, youth, station] = await Promise.all(
    ['hub.admin', 'district.admin', 'youth.admin', 'station.coord'].map((u) => server.as(u)),
  );
  const scopeOf = (username: string, column: string) =>
    one<{ id: string }>(
      `SELECT ra.${column}::text AS id FROM role_assignment ra JOIN user_account u ON u.id = ra.account_id WHERE u.username = $1`,
      [username],
    );
  youthOrg = (await scopeOf('youth.admin', 'organisation_id')).id;
  womenOrg = (await scopeOf('women.admin', 'organisation_id')).id;
  districtId = (await scopeOf('district.admin', 'region_id')).id;
  stationId = (await scopeOf('station.coord', 'station_id')).id;
  districtPath = (await one<{ path: string }>(`SELECT path FROM region WHERE id = $1`, [districtId])).path;
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

/** An account holding exactly `roles`, created by the hub and logged in. */
async function accountWith(username: string, roles: RoleInput[]): Promise<Client> {
  const res = await inviteAndActivate(server, hub, { username, roles });
  expect(res.errors).toBeUndefined();
  return server.as(username);
}

describe('node() and _entities', () => {
  it('require the type’s read permission, as the list does: a coordinator reads no pairing through them', async () => {
    // A pairing of a person the coordinator's station serves: its row scope reaches the pairing.
    const { id, b } = await one(
      `SELECT id::text, beneficiary_id::text AS b FROM pairing WHERE beneficiary_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    await sql(`UPDATE beneficiary SET station_id = $2 WHERE id = $1`, [b, stationId]);
    const gid = toGlobalId('Pairing', id);
    // The hub reads it both ways, so a null below is the rule, not a missing row.
    expect((await hub.gql(NODE, { id: gid })).data.node).toEqual({ id: gid });
    const byNode = await station.gql(NODE, { id: gid });
    expect(byNode.data.node).toBeNull();
    // `_entities` is federation plumbing, outside the client schema the operations are typed from.
    const byEntities = await station.raw(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Pairing { id } } }`,
      { r: [{ __typename: 'Pairing', id: gid }] },
    );
    expect(byEntities.data).toEqual({ _entities: [null] });
    const list = await station.gql(
      graphql(`
        query WritePolicyPairingCount {
          pairings(first: 1) {
            totalCount
          }
        }
      `),
    );
    expect(codes(list)).toEqual(['FORBIDDEN']);
  });
});

describe('scope that follows the pairing’s status', () => {
  it('closes a person to the partner once its only pairing with them has ended', async () => {
    const p = await one(
      `SELECT p.id::text, p.beneficiary_id::text AS b FROM pairing p
        WHERE p.owner_a_id = $1 AND p.status = 'ACTIVE' AND p.beneficiary_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM pairing q WHERE q.beneficiary_id = p.beneficiary_id AND q.id <> p.id)
        ORDER BY p.id LIMIT 1`,
      [youthOrg],
    );
    const gid = toGlobalId('Beneficiary', p.b);
    const read = (c: Client) => c.gql(NODE, { id: gid });
    expect((await read(youth)).data.node).toEqual({ id: gid });
    await sql(`UPDATE pairing SET status = 'ENDED', ended_on = started_on WHERE id = $1`, [p.id]);
    expect((await read(youth)).data.node).toBeNull();
    const reveal = await youth.gql(REVEAL, { id: gid, reason: '回访核实' });
    expect(codes(reveal)).toEqual(['NOT_FOUND']);
  });
});

describe('proposing a pairing', () => {
  const PROPOSE = graphql(`
    mutation WritePolicyPropose($input: ProposePairingInput!) {
      proposePairing(input: $input) {
        id
        ownerB {
          id
        }
      }
    }
  `);

  it('takes the counterpart by rule: the proposer cannot name its own organisation to accept alone', async () => {
    const v = await one(
      `SELECT v.id::text FROM volunteer v WHERE v.organisation_id = $1 AND v.status = 'ACTIVE' ORDER BY v.id LIMIT 1`,
      [youthOrg],
    );
    const b = await one(
      `SELECT b.id::text FROM beneficiary b WHERE NOT EXISTS (SELECT 1 FROM pairing p WHERE p.beneficiary_id = b.id) ORDER BY b.id LIMIT 1`,
    );
    const before = await count('pairing');
    const res = await youth.gql(PROPOSE, {
      input: {
        kind: 'VOLUNTEER_BENEFICIARY',
        volunteerId: toGlobalId('Volunteer', v.id),
        beneficiaryId: toGlobalId('Beneficiary', b.id),
        counterpartOrganisationId: toGlobalId('Organisation', youthOrg),
      },
    });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.field ?? res.errors?.[0].extensions?.fields).toBeDefined();
    expect(await count('pairing')).toBe(before);
  });

  it('loads the helped person through the proposer’s reach: a district organisation cannot name a stranger elsewhere', async () => {
    const org = await one(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE r.level = 'DISTRICT' AND r.path NOT LIKE $1 || '%'
          AND EXISTS (SELECT 1 FROM volunteer v WHERE v.organisation_id = o.id AND v.status = 'ACTIVE')
        ORDER BY o.id LIMIT 1`,
      [districtPath],
    );
    const v = await one(
      `SELECT id::text FROM volunteer WHERE organisation_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
      [org.id],
    );
    const stranger = await one(
      `SELECT b.id::text FROM beneficiary b JOIN region r ON r.id = b.region_id
        WHERE r.path LIKE $1 || '%' AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.beneficiary_id = b.id)
        ORDER BY b.id LIMIT 1`,
      [districtPath],
    );
    const admin = await accountWith('far.org.admin', [
      { role: 'ORG_ADMIN', organisationId: toGlobalId('Organisation', org.id) },
    ]);
    const before = await count('pairing');
    const res = await admin.gql(PROPOSE, {
      input: {
        kind: 'VOLUNTEER_BENEFICIARY',
        volunteerId: toGlobalId('Volunteer', v.id),
        beneficiaryId: toGlobalId('Beneficiary', stranger.id),
      },
    });
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).toContain('beneficiaryId');
    expect(await count('pairing')).toBe(before);
  });
});

describe('granting roles', () => {
  it('lets a region admin appoint admins of the federation’s own organisations in its district, not of a partner registered there', async () => {
    const partner = await one(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE r.path LIKE $1 || '%' AND o.kind NOT IN ('DPF', 'SERVICE_INSTITUTION') ORDER BY o.id LIMIT 1`,
      [districtPath],
    );
    const branch = await one(
      `SELECT o.id::text FROM organisation o JOIN region r ON r.id = o.region_id
        WHERE r.path LIKE $1 || '%' AND o.kind = 'DPF' ORDER BY o.id LIMIT 1`,
      [districtPath],
    );
    const create = (username: string, organisationId: string) =>
      inviteAndActivate(server, district, {
        username,
        roles: [{ role: 'ORG_ADMIN', organisationId: toGlobalId('Organisation', organisationId) }],
      });
    const before = await count('user_account');
    expect(codes(await create('partner.admin.x', partner.id))).toEqual(['FORBIDDEN']);
    expect(await count('user_account')).toBe(before);
    expect((await create('branch.admin.x', branch.id)).errors).toBeUndefined();
  });
});

describe('recording a donation', () => {
  it('refuses an organisation admin naming another organisation as the donor', async () => {
    const p = await one(
      `SELECT id::text FROM pairing WHERE owner_a_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
      [youthOrg],
    );
    const RECORD = graphql(`
      mutation WritePolicyRecordDonation($input: RecordDonationInput!) {
        recordDonation(input: $input) {
          id
        }
      }
    `);
    const input = { kind: 'CASH' as const, amountFen: 20000, pairingId: toGlobalId('Pairing', p.id) };
    const before = await count('donation');
    const theirs = await youth.gql(RECORD, {
      input: { ...input, donorOrganisationId: toGlobalId('Organisation', womenOrg) },
    });
    expect(theirs.errors?.length).toBeGreaterThan(0);
    expect(await count('donation')).toBe(before);
    const own = await youth.gql(RECORD, {
      input: { ...input, donorOrganisationId: toGlobalId('Organisation', youthOrg) },
    });
    expect(own.errors).toBeUndefined();
    expect(await count('donation')).toBe(before + 1);
  });
});

describe('placing a volunteer', () => {
  it('keeps an organisation admin’s volunteer inside its own teams and stations', async () => {
    const v = await one<{ id: string; version: number }>(
      `SELECT id::text, version FROM volunteer WHERE organisation_id = $1 ORDER BY id LIMIT 1`,
      [youthOrg],
    );
    const foreignTeam = await one(
      `SELECT id::text FROM volunteer_team WHERE organisation_id IS DISTINCT FROM $1 ORDER BY id LIMIT 1`,
      [youthOrg],
    );
    const foreignStation = await one(
      `SELECT id::text FROM service_station WHERE organisation_id IS DISTINCT FROM $1 ORDER BY id LIMIT 1`,
      [youthOrg],
    );
    const UPDATE = graphql(`
      mutation WritePolicyUpdateVolunteer($id: ID!, $v: Int!, $input: VolunteerAdminInput!) {
        updateVolunteer(id: $id, version: $v, input: $input) {
          id
        }
      }
    `);
    const id = toGlobalId('Volunteer', v.id);
    const team = await youth.gql(UPDATE, {
      id,
      v: v.version,
      input: { teamId: toGlobalId('VolunteerTeam', foreignTeam.id) },
    });
    expect(JSON.stringify(team.errors)).toContain('teamId');
    const station = await youth.gql(UPDATE, {
      id,
      v: v.version,
      input: { stationId: toGlobalId('ServiceStation', foreignStation.id) },
    });
    expect(JSON.stringify(station.errors)).toContain('stationId');
    const after = await one<{ version: number }>(`SELECT version FROM volunteer WHERE id = $1`, [v.id]);
    expect(after.version).toBe(v.version);
  });
});

describe('verifying hours', () => {
  it('is the organiser’s: a coordinator cannot verify another organisation’s event held at its station', async () => {
    // An event of the youth league held at the coordinator's station, with someone to verify.
    const e = await one(
      `SELECT e.id::text FROM service_event e
        WHERE EXISTS (SELECT 1 FROM participation p WHERE p.event_id = e.id AND p.deleted_at IS NULL) ORDER BY e.id LIMIT 1`,
    );
    await sql(`UPDATE service_event SET organiser_id = $2, station_id = $3 WHERE id = $1`, [e.id, youthOrg, stationId]);
    const p = await one(
      `SELECT id::text FROM participation WHERE event_id = $1 AND deleted_at IS NULL ORDER BY id LIMIT 1`,
      [e.id],
    );
    await sql(
      `UPDATE participation SET status = 'COMPLETED', check_in_at = now() - interval '2 hours', check_out_at = now(),
              minutes = 60, verified_at = NULL, verified_by_id = NULL WHERE id = $1`,
      [p.id],
    );
    const VERIFY = graphql(`
      mutation WritePolicyVerifyHours($ids: [ID!]!) {
        verifyHours(participationIds: $ids) {
          id
          verifiedAt
        }
      }
    `);
    const ids = [toGlobalId('Participation', p.id)];
    const byCoordinator = await station.gql(VERIFY, { ids });
    expect(byCoordinator.errors?.length).toBeGreaterThan(0);
    expect(
      (await one<{ verified_at: Date | null }>(`SELECT verified_at FROM participation WHERE id = $1`, [p.id]))
        .verified_at,
    ).toBeNull();
    const byOrganiser = await youth.gql(VERIFY, { ids });
    expect(byOrganiser.errors).toBeUndefined();
    expect(byOrganiser.data.verifyHours[0].verifiedAt).not.toBeNull();
  });
});

describe('revealing personal data with two roles', () => {
  it('decides per role: a district admin paired as a volunteer elsewhere gets the contact route only', async () => {
    const p = await one(
      `SELECT p.volunteer_id::text AS v, p.beneficiary_id::text AS b FROM pairing p
         JOIN beneficiary b ON b.id = p.beneficiary_id JOIN region r ON r.id = b.region_id
        WHERE p.status = 'ACTIVE' AND r.path NOT LIKE $1 || '%' ORDER BY p.id LIMIT 1`,
      [districtPath],
    );
    const twoRoles = await accountWith('two.roles', [
      { role: 'REGION_ADMIN', regionId: toGlobalId('Region', districtId) },
      { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', p.v) },
    ]);
    const res = await twoRoles.gql(REVEAL, { id: toGlobalId('Beneficiary', p.b), reason: '上门服务联系' });
    expect(res.errors).toBeUndefined();
    expect(res.data.revealPersonalData.idNumber).toBeNull();
    expect([...res.data.revealPersonalData.fields].sort()).toEqual(['address', 'phone']);
  });
});
