// Training: sessions scheduled, volunteers enrolled, attendance recorded, and each volunteer's record.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { ScheduleTrainingSession2Mutation } from './generated/graphql';

const counter = new StatementCounter();
const T0 = new Date('2027-03-01T10:00:00+08:00');

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client;
let youth: Client;
let volunteer: Client;
const ids = {} as Record<
  | 'station'
  | 'stationOrg'
  | 'serviceType'
  | 'helper'
  | 'idle'
  | 'stranger'
  | 'city'
  | 'beneficiary'
  | 'otherBeneficiary'
  | 'youth'
  | 'women',
  string
>;
let youthVolunteers: string[];
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const g = (type: string, id: string) => toGlobalId(type, id);
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions?.fields?.map((f) => [f.field, f.key]);

beforeAll(async () => {
  t = await createSeededDatabase('training', { logger: counter });
  server = await startTestServer(t.db, { now: () => T0 });
  [hub, station, youth, volunteer] = await Promise.all(
    ['hub.admin', 'station.coord', 'youth.admin', 'volunteer.demo'].map((u) => server.as(u)),
  );
  [{ station: ids.station, org: ids.stationOrg }] = await sql(
    `SELECT s.id::text AS station, s.organisation_id::text AS org FROM service_station s
       JOIN role_assignment ra ON ra.station_id = s.id JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord'`,
  );
  [{ id: ids.serviceType }] = await sql(`SELECT id::text FROM service_type ORDER BY service_type.id LIMIT 1`);
  const stationVolunteers = await sql<{ id: string }>(
    `SELECT id::text FROM volunteer WHERE station_id = $1 AND status = 'ACTIVE' ORDER BY volunteer.id LIMIT 2`,
    [ids.station],
  );
  [ids.helper, ids.idle] = stationVolunteers.map((v) => v.id);
  await sql(`UPDATE volunteer SET status = 'SUSPENDED' WHERE id = $1`, [ids.idle]);
  [{ id: ids.stranger }] = await sql(
    `SELECT v.id::text FROM volunteer v WHERE v.status = 'ACTIVE' AND v.station_id IS DISTINCT FROM $1
       AND NOT EXISTS (SELECT 1 FROM participation p JOIN service_event e ON e.id = p.event_id WHERE p.volunteer_id = v.id AND e.station_id = $1)
     ORDER BY v.id LIMIT 1`,
    [ids.station],
  );
  [{ id: ids.city }] = await sql(`SELECT id::text FROM region WHERE level = 'CITY'`);
  [{ id: ids.beneficiary }] = await sql(
    `SELECT id::text FROM beneficiary WHERE station_id = $1 AND phone IS NOT NULL ORDER BY beneficiary.id LIMIT 1`,
    [ids.station],
  );
  [{ id: ids.otherBeneficiary }] = await sql(
    `SELECT id::text FROM beneficiary WHERE station_id <> $1 ORDER BY beneficiary.id LIMIT 1`,
    [ids.station],
  );
  [{ id: ids.youth }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'YOUTH_LEAGUE' ORDER BY organisation.id LIMIT 1`,
  );
  [{ id: ids.women }] = await sql<{ id: string }>(
    `SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY organisation.id LIMIT 1`,
  );
  youthVolunteers = (
    await sql<{ id: string }>(
      `SELECT id::text FROM volunteer WHERE organisation_id = $1 AND status = 'ACTIVE' ORDER BY volunteer.id LIMIT 4`,
      [ids.youth],
    )
  ).map((v) => v.id);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('training', () => {
  const SCHEDULE = graphql(`
    mutation ScheduleTrainingSession2($input: ScheduleTrainingSessionInput!) {
      scheduleTrainingSession(input: $input) {
        id
        title
        heldOn
        minutes
        organisation {
          id
        }
        region {
          id
        }
      }
    }
  `);
  const ENROL = graphql(`
    mutation EnrolInTraining2($s: ID!, $v: [ID!]!) {
      enrolInTraining(sessionId: $s, volunteerIds: $v) {
        enrolled
        alreadyEnrolled
        session {
          id
        }
      }
    }
  `);
  const RECORD = graphql(`
    mutation RecordTrainingAttendance2($s: ID!, $v: [ID!]!) {
      recordTrainingAttendance(sessionId: $s, attendedVolunteerIds: $v) {
        id
        attendances(first: 50) {
          attended
          volunteer {
            id
          }
        }
      }
    }
  `);
  let session: ScheduleTrainingSession2Mutation['scheduleTrainingSession'];

  it('schedules a session for the admin’s own organisation, once per key', async () => {
    const input = {
      title: '助残志愿服务基础培训',
      heldOn: '2027-02-20',
      minutes: 120,
      idempotencyKey: 'training-2027-02-20',
    };
    const before = await count('training_session');
    const res = await youth.gql(SCHEDULE, { input });
    expect(res.errors).toBeUndefined();
    session = res.data.scheduleTrainingSession;
    expect(session).toMatchObject({ heldOn: '2027-02-20', organisation: { id: g('Organisation', ids.youth) } });
    expect((await youth.gql(SCHEDULE, { input })).data.scheduleTrainingSession.id).toBe(session.id);
    expect(await count('training_session')).toBe(before + 1);
    const foreign = await youth.gql(SCHEDULE, {
      input: { ...input, idempotencyKey: null, heldOn: '2027-02-30', organisationId: g('Organisation', ids.women) },
    });
    expect(fieldsOf(foreign)).toEqual([
      ['heldOn', 'dateInvalid'],
      ['organisationId', 'forbidden'],
    ]);
    expect(await count('training_session')).toBe(before + 1);
  });

  it('enrols visible active volunteers, skipping those enrolled already', async () => {
    const [a, b, c, d] = youthVolunteers.map((v) => g('Volunteer', v));
    const first = await youth.gql(ENROL, { s: session.id, v: [a, b, c] });
    expect(first.errors).toBeUndefined();
    expect(first.data.enrolInTraining).toMatchObject({ enrolled: 3, alreadyEnrolled: [] });
    const second = await youth.gql(ENROL, { s: session.id, v: [c, d] });
    expect(second.data.enrolInTraining).toMatchObject({ enrolled: 1, alreadyEnrolled: [c] });
    const rows = await count('training_attendance');
    const stranger = await youth.gql(ENROL, { s: session.id, v: [g('Volunteer', ids.stranger), d] });
    expect(fieldsOf(stranger)).toEqual([['volunteerIds[0]', 'notFound']]);
    expect(await count('training_attendance')).toBe(rows);
  });

  it('records who attended after the session, the other enrolled as absent', async () => {
    const [a, b, c, d] = youthVolunteers.map((v) => g('Volunteer', v));
    const res = await youth.gql(RECORD, { s: session.id, v: [a, b] });
    expect(res.errors).toBeUndefined();
    const byVolunteer = Object.fromEntries(
      res.data.recordTrainingAttendance.attendances.map((x) => [String(x.volunteer?.id), x.attended] as const),
    );
    expect(byVolunteer).toEqual({ [a]: true, [b]: true, [c]: false, [d]: false });
    const notEnrolled = await youth.gql(RECORD, {
      s: session.id,
      v: [a, g('Volunteer', youthVolunteers[0] === ids.helper ? ids.idle : ids.helper)],
    });
    expect(fieldsOf(notEnrolled)).toEqual([['attendedVolunteerIds[1]', 'notEnrolled']]);
    const later = await youth.gql(SCHEDULE, { input: { title: '手语入门', heldOn: '2027-03-15', minutes: 90 } });
    const early = await youth.gql(RECORD, { s: later.data.scheduleTrainingSession.id, v: [] });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sessionId',
      messageKey: 'trainingNotHeld',
    });
  });

  it('shows each volunteer’s training record through the loaders, at a fixed number of statements', async () => {
    const [a] = youthVolunteers.map((v) => g('Volunteer', v));
    const record = await youth.gql(
      graphql(`
        query TrainingRecordNode($id: ID!) {
          node(id: $id) {
            __typename
            ... on Volunteer {
              trainingRecord {
                attended
                session {
                  id
                  title
                  heldOn
                }
              }
            }
          }
        }
      `),
      { id: a },
    );
    expect(record.errors).toBeUndefined();
    expect(nodeAs(record.data.node, 'Volunteer').trainingRecord).toContainEqual({
      attended: true,
      session: { id: session.id, title: '助残志愿服务基础培训', heldOn: '2027-02-20' },
    });
    const nested = graphql(`
      query Volunteers14($n: Int!) {
        volunteers(first: $n, orderBy: { field: REGISTERED_AT, direction: ASC }) {
          nodes {
            trainingRecord(first: 10) {
              attended
              session {
                title
                organisation {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const statements = async (n: number) => {
      counter.reset();
      const res = await hub.gql(nested, { n });
      expect(res.errors).toBeUndefined();
      return {
        count: counter.count,
        rows: res.data.volunteers.nodes.flatMap((v) => v.trainingRecord).length,
      };
    };
    const small = await statements(20);
    const large = await statements(100);
    expect(small.rows).toBeGreaterThan(0);
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.count).toBeLessThanOrEqual(small.count);
    // the viewer, the volunteers (and their count), then one per level: attendance, sessions, organisations
    expect(large.count).toBeLessThanOrEqual(6);
    // The station coordinator has no training permission: the field is refused, not silently empty.
    const refused = await station.gql(
      graphql(`
        query Volunteers15 {
          volunteers(first: 1) {
            nodes {
              trainingRecord {
                attended
              }
            }
          }
        }
      `),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A volunteer reads their own record.
    const own = await volunteer.gql(
      graphql(`
        query Volunteers16 {
          volunteers(first: 1) {
            nodes {
              trainingRecord {
                attended
              }
            }
          }
        }
      `),
    );
    expect(own.errors).toBeUndefined();
  });
});
