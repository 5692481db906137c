// An event's hours over GraphQL: attendance by the coordinator and by event code, the attendance
// share, verification and the totals it moves, person-times, corrections with their history, closing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import {
  checkIn,
  checkOut,
  createEvent,
  enrol,
  errorOf,
  event,
  participation,
  refusedIn,
  signUp,
} from './helpers/events';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client; // STATION_COORDINATOR of station S, run by organisation O
let women: Client;
let volunteer: Client; // volunteer.demo
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** The injectable clock every business rule reads; tests move it. */
let now = new Date('2027-01-14T00:00:00Z');
const at = (iso: string) => new Date(iso);
const minutesAfter = (d: Date, n: number) => new Date(d.getTime() + n * 60_000).toISOString();

// The event under test: 2027-01-15, 09:00–12:00 local (180 minutes; 60% is 108).
const START = at('2027-01-15T01:00:00Z');
const END = at('2027-01-15T04:00:00Z');

let stationId: string;
let serviceTypeId: string;
let demoVolunteer: string;
let [volA, volB] = ['', ''];

const gid = (type: string, id: string) => toGlobalId(type, id);
const raw = (globalId: string) => fromGlobalId(globalId).id;

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
const demoVerifiedHours = async () =>
  nodeAs(
    (
      await volunteer.gql(
        graphql(`
          query VolunteerHoursNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on Volunteer {
                verifiedHours
              }
            }
          }
        `),
        {
          id: gid('Volunteer', demoVolunteer),
        },
      )
    ).data.node,
    'Volunteer',
  ).verifiedHours;

beforeAll(async () => {
  t = await createSeededDatabase('attendance', { logger: counter });
  server = await startTestServer(t.db, { now: () => now });
  [hub, station, women, volunteer] = await Promise.all(
    ['hub.admin', 'station.coord', 'women.admin', 'volunteer.demo'].map((u) => server.as(u)),
  );
  [{ stationId }] =
    await sql(`SELECT s.id::text AS "stationId", s.organisation_id::text AS "stationOrg", s.region_id::text AS "stationRegion"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN service_station s ON s.id = ra.station_id WHERE a.username = 'station.coord'`);
  [{ demoVolunteer }] = await sql(`SELECT ra.volunteer_id::text AS "demoVolunteer", v.organisation_id::text AS "ngoOrg"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN volunteer v ON v.id = ra.volunteer_id WHERE a.username = 'volunteer.demo'`);
  [{ serviceTypeId }] = await sql(`SELECT id::text AS "serviceTypeId" FROM service_type ORDER BY id LIMIT 1`);
  // Two active volunteers in the coordinator's scope (the station's own), other than volunteer.demo.
  const scoped = await sql<{ id: string }>(
    `SELECT id::text FROM volunteer WHERE station_id = $1 AND status = 'ACTIVE' AND id <> $2 ORDER BY id LIMIT 2`,
    [stationId, demoVolunteer],
  );
  expect(scoped).toHaveLength(2);
  [volA, volB] = scoped.map((r) => r.id);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const baseInput = () => ({
  title: '助残日·康复知识讲座',
  stationId: gid('ServiceStation', stationId),
  serviceTypeId: gid('ServiceType', serviceTypeId),
  place: '社区志愿者服务站',
  startsAt: START.toISOString(),
  endsAt: END.toISOString(),
  capacity: 2,
});

describe('an event’s attendance and verified hours', () => {
  let eventId: string;
  const ids: Record<'a' | 'b' | 'demo', string> = { a: '', b: '', demo: '' };

  // Three volunteers signed up for the morning event: two enrolled by the coordinator, volunteer.demo on its own.
  beforeAll(async () => {
    now = at('2027-01-14T00:00:00Z');
    const created = await createEvent(station, { ...baseInput(), capacity: 3 });
    expect(created.errors).toBeUndefined();
    eventId = created.data.createServiceEvent.id;
    const [a, b] = [await enrol(station, eventId, volA), await enrol(station, eventId, volB)];
    const demo = await signUp(volunteer, eventId);
    expect([a, b, demo].map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    ids.a = a.data.enrolVolunteerInEvent.id;
    ids.b = b.data.enrolVolunteerInEvent.id;
    ids.demo = demo.data.signUpForEvent.id;
    expect(
      [a.data.enrolVolunteerInEvent, b.data.enrolVolunteerInEvent, demo.data.signUpForEvent].map((p) => p.status),
    ).toEqual(['SIGNED_UP', 'SIGNED_UP', 'SIGNED_UP']);
  });

  it('lets the volunteer check in and out with the current event code only', async () => {
    const issue = async () =>
      (
        await station.gql(
          graphql(`
            mutation IssueEventCode2($e: ID!) {
              issueEventCode(eventId: $e) {
                code
                expiresAt
                event {
                  id
                }
              }
            }
          `),
          {
            e: eventId,
          },
        )
      ).data.issueEventCode;
    const checkInWithCode = (c: string) =>
      volunteer.gql(
        graphql(`
          mutation CheckInWithCode($e: ID!, $c: String!) {
            checkInWithCode(eventId: $e, code: $c) {
              ...ParticipationFields
            }
          }
        `),
        { e: eventId, c },
      );
    const checkOutWithCode = (c: string) =>
      volunteer.gql(
        graphql(`
          mutation CheckOutWithCode($e: ID!, $c: String!) {
            checkOutWithCode(eventId: $e, code: $c) {
              ...ParticipationFields
            }
          }
        `),
        { e: eventId, c },
      );
    const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    now = at('2027-01-15T00:48:00Z'); // 08:48 local
    const first = await issue();
    expect(first.code).toMatch(/^\d{6}$/);
    expect(first.expiresAt).toBe('2027-01-15T01:03:00.000Z');
    const [stored] = await sql(`SELECT check_code_hash FROM service_event WHERE id = $1`, [raw(eventId)]);
    expect(stored.check_code_hash).toMatch(/^[0-9a-f]{64}$/); // only the hash is kept
    now = at('2027-01-15T00:50:00Z');
    const second = await issue(); // replaces the first, which stops working at once
    if (second.code !== first.code)
      await refused(() => checkInWithCode(first.code), 'BAD_USER_INPUT', 'eventCodeInvalid');
    await refused(() => checkInWithCode(otherThan(second.code)), 'BAD_USER_INPUT', 'eventCodeInvalid');
    await refused(() => checkOutWithCode(second.code), 'BAD_USER_INPUT', 'checkOutBeforeCheckIn');
    const inRes = await checkInWithCode(second.code);
    expect(inRes.errors).toBeUndefined();
    expect(inRes.data.checkInWithCode).toMatchObject({ status: 'CHECKED_IN', checkInAt: '2027-01-15T00:50:00.000Z' });
    await refused(() => checkInWithCode(second.code), 'CONFLICT', 'alreadyCheckedIn');

    now = at('2027-01-15T03:50:00Z'); // 11:50 local: the code has expired
    await refused(() => checkOutWithCode(second.code), 'BAD_USER_INPUT', 'eventCodeInvalid');
    const out = await checkOutWithCode((await issue()).code);
    expect(out.errors).toBeUndefined();
    // Present from 09:00 (the start; arriving early does not count) to 11:50: 170 of 180 minutes, above the share.
    expect(out.data.checkOutWithCode).toMatchObject({
      status: 'COMPLETED',
      presentMinutes: 170,
      minutes: 170,
      attendanceMet: true,
    });
  });

  it('backs off after repeated wrong event codes, even for the right one', async () => {
    const code = (
      await station.gql(
        graphql(`
          mutation IssueEventCode3($e: ID!) {
            issueEventCode(eventId: $e) {
              code
            }
          }
        `),
        { e: eventId },
      )
    ).data.issueEventCode.code;
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0');
    const attempt = (c: string) =>
      volunteer.gql(
        graphql(`
          mutation CheckInWithCode2($e: ID!, $c: String!) {
            checkInWithCode(eventId: $e, code: $c) {
              id
            }
          }
        `),
        {
          e: eventId,
          c,
        },
      );
    for (let i = 0; i < 3; i++) expect(errorOf(await attempt(wrong)).code).toBe('BAD_USER_INPUT'); // the test runtime allows 3
    const locked = await attempt(code);
    expect(errorOf(locked)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', field: 'code' });
    expect(errorOf(locked).retryAfterSeconds).toBeGreaterThan(0);
  });

  it('credits nothing under the attendance share and the time present above it; check-out before check-in is refused', async () => {
    now = at('2027-01-15T06:00:00Z');
    const b = await participation(station, ids.b);
    await refused(() => checkOut(station, ids.b, b.version), 'BAD_USER_INPUT', 'checkOutBeforeCheckIn');
    await refused(() => checkIn(station, ids.b, b.version, '2027-01-16T00:00:00Z'), 'BAD_USER_INPUT', 'timeInFuture');
    const bIn = await checkIn(station, ids.b, b.version, START.toISOString());
    expect(bIn.data.checkIn.status).toBe('CHECKED_IN');
    await refused(
      () => checkOut(station, ids.b, bIn.data.checkIn.version, minutesAfter(START, -5)),
      'BAD_USER_INPUT',
      'checkOutBeforeCheckIn',
    );
    // 90 of 180 minutes is 50%, under 60%: completed, but no minutes credited.
    const bOut = await checkOut(station, ids.b, bIn.data.checkIn.version, minutesAfter(START, 90));
    expect(bOut.errors).toBeUndefined();
    expect(bOut.data.checkOut).toMatchObject({
      status: 'COMPLETED',
      presentMinutes: 90,
      minutes: 0,
      attendanceMet: false,
    });

    // Arriving early counts from the start only; leaving late counts to the end only.
    const a = await participation(station, ids.a);
    const aIn = await checkIn(station, ids.a, a.version, minutesAfter(START, -30));
    const aOut = await checkOut(station, ids.a, aIn.data.checkIn.version, minutesAfter(END, 45));
    expect(aOut.data.checkOut).toMatchObject({
      status: 'COMPLETED',
      presentMinutes: 180,
      minutes: 180,
      attendanceMet: true,
    });
  });

  it('is verified by its organiser only, once, and the totals follow', async () => {
    const hoursBefore = await dashboardHours();
    const demoBefore = await volunteerMinutes(demoVolunteer);
    const demoHoursBefore = await demoVerifiedHours();
    const verify = (c: Client, list: string[]) =>
      c.gql(
        graphql(`
          mutation VerifyHours2($ids: [ID!]!) {
            verifyHours(participationIds: $ids) {
              ...ParticipationFields
            }
          }
        `),
        { ids: list },
      );
    // A campaign partner that does not run the event, and a volunteer, cannot verify.
    const notTheirs = await refused(() => verify(women, [ids.a]), 'BAD_USER_INPUT', 'notFound');
    expect(errorOf(notTheirs).fields![0].field).toBe('participationIds[0]');
    await refused(() => verify(volunteer, [ids.demo]), 'FORBIDDEN');
    const res = await verify(station, [ids.a, ids.b, ids.demo]);
    expect(res.errors).toBeUndefined();
    expect(res.data.verifyHours.map((p) => [p.id, p.minutes, !!p.verifiedAt])).toEqual([
      [ids.a, 180, true],
      [ids.b, 0, true],
      [ids.demo, 170, true],
    ]);
    const again = await refused(() => verify(station, [ids.a]), 'BAD_USER_INPUT', 'alreadyVerified');
    expect(errorOf(again).fields![0].field).toBe('participationIds[0]');

    expect(await event(station, eventId)).toMatchObject({ verifiedMinutes: 350, verifiedHours: 5.83 });
    expect(await volunteerMinutes(demoVolunteer)).toBe(demoBefore + 170);
    expect(await demoVerifiedHours()).toBeCloseTo(demoHoursBefore + 170 / 60, 1);
    expect(await dashboardHours()).toBeCloseTo(hoursBefore + 350 / 60, 1);
  });

  it('records person-times served per volunteer, and the event total follows', async () => {
    const a = await participation(station, ids.a);
    const res = await station.gql(
      graphql(`
        mutation RecordPersonTimesServed2($p: ID!, $v: Int!) {
          recordPersonTimesServed(participationId: $p, version: $v, count: 4) {
            ...ParticipationFields
          }
        }
      `),
      { p: ids.a, v: a.version },
    );
    expect(res.data.recordPersonTimesServed.personTimesServed).toBe(4);
    expect((await event(station, eventId)).personTimesServed).toBe(4);
  });

  it('keeps the history of a correction the volunteer asked for and the organiser approved', async () => {
    const request = (participationId: string, requestedMinutes: number, key?: string) =>
      volunteer.gql(
        graphql(`
          mutation RequestHourCorrection2($i: HourCorrectionRequestInput!) {
            requestHourCorrection(input: $i) {
              id
              status
              version
              previousMinutes
              requestedMinutes
            }
          }
        `),
        {
          i: { participationId, requestedMinutes, reason: '签退时忘记扫码，实际服务到 12:00', idempotencyKey: key },
        },
      );
    await refused(() => request(ids.b, 100), 'NOT_FOUND'); // not their own participation
    await refused(() => request(ids.demo, 170), 'BAD_USER_INPUT', 'correctionUnchanged');
    const first = await request(ids.demo, 180, 'work-events-correction-1');
    expect(first.errors).toBeUndefined();
    expect(first.data.requestHourCorrection).toMatchObject({
      status: 'PENDING',
      previousMinutes: 170,
      requestedMinutes: 180,
    });
    expect((await request(ids.demo, 180, 'work-events-correction-1')).data.requestHourCorrection.id).toBe(
      first.data.requestHourCorrection.id,
    );
    await refused(() => request(ids.demo, 175), 'CONFLICT', 'correctionPending');

    const c = first.data.requestHourCorrection;
    const resolve = (client: Client, version: number, approve: boolean, note?: string) =>
      client.gql(
        graphql(`
          mutation ResolveHourCorrection2($id: ID!, $v: Int!, $a: Boolean!, $n: String) {
            resolveHourCorrection(id: $id, version: $v, approve: $a, note: $n) {
              id
              status
              resolutionNote
            }
          }
        `),
        {
          id: c.id,
          v: version,
          a: approve,
          n: note,
        },
      );
    await refused(() => resolve(station, c.version, false), 'BAD_USER_INPUT', 'reasonRequired');
    await refused(() => resolve(station, c.version + 1, true), 'CONFLICT', 'staleVersion');
    await refused(() => resolve(volunteer, c.version, true), 'FORBIDDEN');
    const ok = await resolve(station, c.version, true, '与签到记录核对无误');
    expect(ok.data.resolveHourCorrection.status).toBe('APPROVED');

    const after = await participation(volunteer, ids.demo);
    expect(after).toMatchObject({
      minutes: 180,
      corrections: [{ id: c.id, status: 'APPROVED', previousMinutes: 170, requestedMinutes: 180 }],
    });
    expect(after.verifiedAt).not.toBeNull();
    expect((await event(station, eventId)).verifiedMinutes).toBe(360);
    const list = await volunteer.gql(
      graphql(`
        query HourCorrections {
          hourCorrections(first: 10) {
            totalCount
            nodes {
              id
              participation {
                id
              }
            }
          }
        }
      `),
    );
    expect(list.data.hourCorrections).toEqual({
      totalCount: 1,
      nodes: [{ id: c.id, participation: { id: ids.demo } }],
    });
  });

  it('closes once started: cancel is refused after attendance, the waitlist is cancelled', async () => {
    const e = await event(station, eventId);
    const cancel = await refused(
      () =>
        station.gql(
          graphql(`
            mutation CancelServiceEvent2($id: ID!, $v: Int!) {
              cancelServiceEvent(id: $id, version: $v, reason: "下雨") {
                id
              }
            }
          `),
          { id: eventId, v: e.version },
        ),
      'CONFLICT',
      'eventHasAttendance',
    );
    expect(errorOf(cancel).params).toEqual({ count: 3 });
    const closed = await station.gql(
      graphql(`
        mutation CloseServiceEvent2($id: ID!, $v: Int!) {
          closeServiceEvent(id: $id, version: $v) {
            status
          }
        }
      `),
      { id: eventId, v: e.version },
    );
    expect(closed.data.closeServiceEvent.status).toBe('CLOSED');
    await refused(() => signUp(volunteer, eventId), 'BAD_USER_INPUT', 'eventNotOpen');
  });
});
