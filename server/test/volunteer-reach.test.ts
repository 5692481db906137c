// What a volunteer sees of the person it is paired with: name, needs and a contact route, nothing
// of who the person is on paper (masked identity and certificate numbers, birth year, grade). An
// account holding a second role gets those fields only where that role itself reaches the row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { inviteAndActivate } from './helpers/accounts';
import { graphql } from './generated';
import type { RoleInput } from './generated/graphql';

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
let hub: Client;

graphql(`
  fragment VolunteerReachFields on Beneficiary {
    id
    realName
    idNumber
    certificateNumber
    birthDate
    disabilityGrade
    phone
    address
    needs {
      id
    }
  }
`);
const PERSON = graphql(`
  query VolunteerReachPerson($id: ID!) {
    node(id: $id) {
      ...VolunteerReachFields
    }
  }
`);
const PAIRED = graphql(`
  query VolunteerReachPaired {
    pairings(first: 10, filter: { statuses: [ACTIVE] }) {
      nodes {
        beneficiary {
          ...VolunteerReachFields
        }
      }
    }
  }
`);
const account = async (username: string, roles: RoleInput[]) => {
  const res = await inviteAndActivate(hub, hub, { username, roles });
  expect(res.errors).toBeUndefined();
  return server.as(username);
};
const pair = (volunteer: string, beneficiary: string) =>
  t.db.query(
    `INSERT INTO pairing (kind, status, volunteer_id, beneficiary_id, owner_a_id, owner_b_id, started_on)
     VALUES ('VOLUNTEER_BENEFICIARY', 'ACTIVE', $1, $2, $3, $3, '2026-01-05')`,
    [volunteer, beneficiary, w.org.branch],
  );
const identity = (b: {
  idNumber?: string | null;
  certificateNumber?: string | null;
  birthDate?: string | null;
  disabilityGrade?: number | null;
}) => [b.idNumber, b.certificateNumber, b.birthDate, b.disabilityGrade];

beforeAll(async () => {
  t = await createSeededDatabase('volunteer_reach');
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  // x3 (north, served by the world's station) is paired with a2 and with b1 as well.
  await pair(w.volunteer.a2, w.beneficiary.x3);
  await pair(w.volunteer.b1, w.beneficiary.x3);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('a volunteer', () => {
  it('sees its paired person’s name, needs and a masked contact route, and nothing of their identity', async () => {
    const a1 = await server.as(w.account.a1);
    const res = await a1.gql(PERSON, { id: toGlobalId('Beneficiary', w.beneficiary.x1) });
    expect(res.errors).toBeUndefined();
    const b = res.data.node as Record<string, unknown>;
    expect(b.realName).toBe('丙一');
    expect(b.needs).toEqual([]);
    expect(b.phone).toMatch(/^137\*+\d{4}$/);
    expect(b.address).toEqual(expect.any(String));
    expect(identity(b)).toEqual([null, null, null, null]);

    const listed = await a1.gql(PAIRED);
    expect(listed.data.pairings.nodes.map((p) => identity(p.beneficiary!))).toEqual([[null, null, null, null]]);
  });

  it('with a second role gets the identity fields only where that role reaches the person', async () => {
    // a2 + region admin of the south: x3 lives in the north, reached by the volunteer role alone.
    const south = await account('reach.a2.south', [
      { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', w.volunteer.a2) },
      { role: 'REGION_ADMIN', regionId: toGlobalId('Region', w.region.south) },
    ]);
    const far = await south.gql(PERSON, { id: toGlobalId('Beneficiary', w.beneficiary.x3) });
    expect(far.errors).toBeUndefined();
    expect((far.data.node as Record<string, unknown>).realName).toBe('丙三');
    expect(identity(far.data.node as Record<string, unknown>)).toEqual([null, null, null, null]);

    // b1 + coordinator of the station that serves x3: the coordinator role reaches x3 itself.
    const coordinator = await account('reach.b1.station', [
      { role: 'VOLUNTEER', volunteerId: toGlobalId('Volunteer', w.volunteer.b1) },
      { role: 'STATION_COORDINATOR', stationId: toGlobalId('ServiceStation', w.station) },
    ]);
    const near = await coordinator.gql(PERSON, { id: toGlobalId('Beneficiary', w.beneficiary.x3) });
    const [idNumber, certificate, birth, grade] = identity(near.data.node as Record<string, unknown>);
    expect(idNumber).toMatch(/^\d{4}\*+[\dX]{4}$/);
    expect(certificate).toMatch(/^\d{4}\*+\d{4}$/);
    expect(birth).toMatch(/^1950/);
    expect(grade).toBe(2);
  });

  it('leaves the identity fields to the roles that may see them', async () => {
    for (const who of [w.account.station, w.account.north, 'hub.admin']) {
      const c = await server.as(who);
      const res = await c.gql(PERSON, { id: toGlobalId('Beneficiary', w.beneficiary.x1) });
      const [idNumber, , , grade] = identity(res.data.node as Record<string, unknown>);
      expect(idNumber, who).toMatch(/^\d{4}\*+[\dX]{4}$/);
      expect(grade, who).toBe(2);
    }
  });
});
