// Hours a volunteer reports for service outside any event: refused when impossible, reviewed by the
// named organisation, and counted as a verified participation once approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import { createEvent, refusedIn, signUp } from './helpers/events';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client; // STATION_COORDINATOR of station S, run by organisation O
let ngo: Client; // ORG_ADMIN of volunteer.demo's organisation
let women: Client;
let volunteer: Client; // volunteer.demo
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** The injectable clock every business rule reads; tests move it. */
let now = new Date('2027-01-14T00:00:00Z');
const at = (iso: string) => new Date(iso);
// The event under test: 2027-01-15, 09:00–12:00 local (180 minutes; 60% is 108).
let stationRegion: string;
let serviceTypeId: string;
let demoVolunteer: string;
let ngoOrg: string;

const gid = (type: string, id: string) => toGlobalId(type, id);
/** Runs a mutation that must be refused with `code` (and message key), and checks nothing was written. */
const refused = (op: () => Promise<GqlResponse<unknown>>, code: string, key?: string) => refusedIn(t.db, op, code, key);

const dashboardHours = async () =>
  (
    await hub.gql(
      graphql(`
        query Dashboard4 {
          dashboard(filter: { from: "2027-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z" }) {
            hours {
              verified
            }
          }
        }
      `),
    )
  ).data.dashboard.hours.verified;
const volunteerMinutes = async (id: string) =>
  Number((await sql(`SELECT verified_minutes FROM volunteer WHERE id = $1`, [id]))[0].verified_minutes);
beforeAll(async () => {
  t = await createSeededDatabase('hour_reports', { logger: counter });
  server = await startTestServer(t.db, { now: () => now });
  [hub, station, ngo, women, volunteer] = await Promise.all(
    ['hub.admin', 'station.coord', 'ngo.admin', 'women.admin', 'volunteer.demo'].map((u) => server.as(u)),
  );
  [{ stationRegion }] =
    await sql(`SELECT s.id::text AS "stationId", s.organisation_id::text AS "stationOrg", s.region_id::text AS "stationRegion"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN service_station s ON s.id = ra.station_id WHERE a.username = 'station.coord'`);
  [{ demoVolunteer, ngoOrg }] =
    await sql(`SELECT ra.volunteer_id::text AS "demoVolunteer", v.organisation_id::text AS "ngoOrg"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN volunteer v ON v.id = ra.volunteer_id WHERE a.username = 'volunteer.demo'`);
  [{ serviceTypeId }] = await sql(`SELECT id::text AS "serviceTypeId" FROM service_type ORDER BY id LIMIT 1`);
  // volunteer.demo signs up for an event at the coordinator's station, which brings them into the
  // coordinator's view: its review of their report is then refused by the rule, not by scope.
  const [{ id: stationId }] = await sql<{ id: string }>(
    `SELECT ra.station_id::text AS id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord'`,
  );
  const created = await createEvent(station, {
    title: '助残日·康复知识讲座',
    stationId: gid('ServiceStation', stationId),
    serviceTypeId: gid('ServiceType', serviceTypeId),
    place: '社区志愿者服务站',
    startsAt: '2027-01-15T01:00:00Z',
    endsAt: '2027-01-15T04:00:00Z',
    capacity: 2,
  });
  expect((await signUp(volunteer, created.data.createServiceEvent.id)).errors).toBeUndefined();
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('self-reported hours', () => {
  const report = (servedOn: string, minutes = 120, key?: string) =>
    volunteer.gql(
      graphql(`
        mutation ReportHours2($i: ReportHoursInput!) {
          reportHours(input: $i) {
            id
            status
            version
            minutes
          }
        }
      `),
      {
        i: {
          organisationId: gid('Organisation', ngoOrg),
          serviceTypeId: gid('ServiceType', serviceTypeId),
          regionId: gid('Region', stationRegion),
          servedOn,
          minutes,
          personTimesServed: 2,
          description: '陪同视障朋友就医',
          idempotencyKey: key,
        },
      },
    );
  const review = (c: Client, id: string, version: number, approve: boolean, note?: string) =>
    c.gql(
      graphql(`
        mutation ReviewHourReport2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {
          reviewHourReport(id: $id, version: $v, approve: $a, note: $n) {
            id
            status
            resolutionNote
            participation {
              minutes
              verifiedAt
              status
              event {
                origin
                status
                capacity
                startsAt
                endsAt
                personTimesServed
              }
            }
          }
        }
      `),
      {
        id,
        v: version,
        a: approve,
        n: note,
      },
    );

  it('is refused for a future date or out-of-range minutes', async () => {
    now = at('2027-01-20T00:00:00Z');
    await refused(() => report('2027-01-21'), 'BAD_USER_INPUT', 'dateInFuture');
    await refused(() => report('2027-02-30'), 'BAD_USER_INPUT', 'dateInvalid');
    await refused(() => report('2027-01-10', 0), 'BAD_USER_INPUT');
    await refused(() => report('2027-01-10', 1441), 'BAD_USER_INPUT');
  });

  it('becomes a verified participation on approval by the named organisation, and counts in the totals', async () => {
    const hoursBefore = await dashboardHours();
    const minutesBefore = await volunteerMinutes(demoVolunteer);
    const first = await report('2027-01-10', 120, 'work-events-report-1');
    expect(first.data.reportHours).toMatchObject({ status: 'PENDING', minutes: 120 });
    expect((await report('2027-01-10', 120, 'work-events-report-1')).data.reportHours.id).toBe(
      first.data.reportHours.id,
    );
    const r = first.data.reportHours;
    await refused(() => review(women, r.id, r.version, true), 'NOT_FOUND');
    await refused(() => review(station, r.id, r.version, true), 'FORBIDDEN');
    await refused(() => review(ngo, r.id, r.version + 1, true), 'CONFLICT', 'staleVersion');
    const ok = await review(ngo, r.id, r.version, true);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.reviewHourReport).toMatchObject({
      status: 'APPROVED',
      participation: {
        minutes: 120,
        status: 'COMPLETED',
        event: {
          origin: 'HOUR_REPORT',
          status: 'CLOSED',
          capacity: 1,
          startsAt: '2027-01-10T01:00:00.000Z',
          endsAt: '2027-01-10T03:00:00.000Z',
          personTimesServed: 2,
        },
      },
    });
    expect(ok.data.reviewHourReport.participation?.verifiedAt).not.toBeNull();
    expect(await volunteerMinutes(demoVolunteer)).toBe(minutesBefore + 120);
    expect(await dashboardHours()).toBeCloseTo(hoursBefore + 2, 1);
    await refused(() => review(ngo, r.id, r.version + 1, false, '重复'), 'INVALID_STATE', 'invalidTransition');
  });

  it('is rejected only with a note', async () => {
    const r = (await report('2027-01-11', 60)).data.reportHours;
    await refused(() => review(ngo, r.id, r.version, false), 'BAD_USER_INPUT', 'reasonRequired');
    const res = await review(ngo, r.id, r.version, false, '无法核实');
    expect(res.data.reviewHourReport).toMatchObject({
      status: 'REJECTED',
      resolutionNote: '无法核实',
      participation: null,
    });
    const mine = await volunteer.gql(
      graphql(`
        query HourReports {
          hourReports(first: 10) {
            totalCount
            nodes {
              status
            }
          }
        }
      `),
    );
    expect(mine.data.hourReports.totalCount).toBe(2);
    const others = await women.gql(
      graphql(`
        query HourReports2 {
          hourReports(first: 10) {
            totalCount
          }
        }
      `),
    );
    expect(others.data.hourReports.totalCount).toBe(0);
  });
});
