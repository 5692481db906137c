// Service events and hours end to end over GraphQL: creation, sign-up with a waitlist that promotes
// itself, attendance by the coordinator and by event code, the attendance share, verification and
// the totals it moves, corrections with their history, self-reported hours, and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { CreateServiceEventInput } from './generated/graphql';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client; // STATION_COORDINATOR of station S, run by organisation O
let ngo: Client; // ORG_ADMIN of volunteer.demo's organisation
let youth: Client; // ORG_ADMIN of another organisation
let women: Client;
let district: Client; // REGION_ADMIN of the station's district
let volunteer: Client; // volunteer.demo
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => (await t.db.query(q, p)) as T[];

/** The injectable clock every business rule reads; tests move it. */
let now = new Date('2027-01-14T00:00:00Z');
const at = (iso: string) => new Date(iso);
const minutesAfter = (d: Date, n: number) => new Date(d.getTime() + n * 60_000).toISOString();

// The event under test: 2027-01-15, 09:00–12:00 local (180 minutes; 60% is 108).
const START = at('2027-01-15T01:00:00Z');
const END = at('2027-01-15T04:00:00Z');

let stationId: string;
let stationOrg: string;
let stationRegion: string;
let serviceTypeId: string;
let demoVolunteer: string;
let ngoOrg: string;
let [volA, volB] = ['', ''];

const P = graphql(`
  fragment ParticipationFields on Participation {
    id
    status
    version
    minutes
    presentMinutes
    checkInAt
    checkOutAt
    verifiedAt
    waitlistPosition
    attendanceMet
    personTimesServed
  }
`);
const E = graphql(`
  fragment EventFields on ServiceEvent {
    id
    status
    version
    capacity
    verifiedMinutes
    verifiedHours
    personTimesServed
    attendanceShare
    organiser {
      id
    }
    region {
      id
    }
    station {
      id
    }
  }
`);

const gid = (type: string, id: string) => toGlobalId(type, id);
const raw = (globalId: string) => fromGlobalId(globalId).id;
const errorOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions ?? {};
const keyOf = (res: GqlResponse<unknown>) => errorOf(res).messageKey ?? errorOf(res).fields?.[0]?.key;

/** Rows and versions of everything these workflows write: a refused mutation leaves them all as they were. */
async function footprint() {
  const [row] = await sql(`SELECT
      (SELECT count(*) FROM audit_log)::int AS audits,
      (SELECT count(*) FROM idempotency_key)::int AS keys,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM service_event) AS events,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM participation) AS participations,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM hour_report) AS reports,
      (SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM hour_correction) AS corrections,
      (SELECT sum(verified_minutes)::text FROM volunteer) AS volunteerMinutes`);
  return row;
}

/** Runs a mutation that must be refused with `code` (and message key), and checks nothing was written. */
async function refused(op: () => Promise<GqlResponse<unknown>>, code: string, key?: string) {
  const before = await footprint();
  const res = await op();
  expect(errorOf(res).code, JSON.stringify(res.errors)).toBe(code);
  if (key) expect(keyOf(res), JSON.stringify(res.errors)).toBe(key);
  expect(await footprint()).toEqual(before);
  return res;
}

const createEvent = (c: Client, input: CreateServiceEventInput) =>
  c.gql(
    graphql(`
      mutation CreateServiceEvent2($i: CreateServiceEventInput!) {
        createServiceEvent(input: $i) {
          ...EventFields
        }
      }
    `),
    { i: input },
  );
const enrol = (c: Client, eventId: string, volunteerId: string) =>
  c.gql(
    graphql(`
      mutation EnrolVolunteerInEvent2($e: ID!, $v: ID!) {
        enrolVolunteerInEvent(eventId: $e, volunteerId: $v) {
          ...ParticipationFields
        }
      }
    `),
    {
      e: eventId,
      v: gid('Volunteer', volunteerId),
    },
  );
const signUp = (c: Client, eventId: string) =>
  c.gql(
    graphql(`
      mutation SignUpForEvent2($e: ID!) {
        signUpForEvent(eventId: $e) {
          ...ParticipationFields
        }
      }
    `),
    { e: eventId },
  );
const cancelSignUp = (c: Client, id: string, version: number) =>
  c.gql(
    graphql(`
      mutation CancelSignUp2($p: ID!, $v: Int!) {
        cancelSignUp(participationId: $p, version: $v) {
          ...ParticipationFields
        }
      }
    `),
    {
      p: id,
      v: version,
    },
  );
const checkIn = (c: Client, id: string, version: number, when?: string) =>
  c.gql(
    graphql(`
      mutation CheckIn2($p: ID!, $v: Int!, $at: DateTimeISO) {
        checkIn(participationId: $p, version: $v, at: $at) {
          ...ParticipationFields
        }
      }
    `),
    { p: id, v: version, at: when },
  );
const checkOut = (c: Client, id: string, version: number, when?: string) =>
  c.gql(
    graphql(`
      mutation CheckOut2($p: ID!, $v: Int!, $at: DateTimeISO) {
        checkOut(participationId: $p, version: $v, at: $at) {
          ...ParticipationFields
        }
      }
    `),
    { p: id, v: version, at: when },
  );
const participation = async (c: Client, id: string) =>
  nodeAs(
    (
      await c.gql(
        graphql(`
          query ParticipationNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on Participation {
                ...ParticipationFields
                corrections {
                  id
                  status
                  previousMinutes
                  requestedMinutes
                }
              }
            }
          }
        `),
        { id },
      )
    ).data.node,
    'Participation',
  );
const event = async (c: Client, id: string) =>
  nodeAs(
    (
      await c.gql(
        graphql(`
          query EventNode($id: ID!) {
            node(id: $id) {
              __typename
              ... on ServiceEvent {
                ...EventFields
              }
            }
          }
        `),
        { id },
      )
    ).data.node,
    'ServiceEvent',
  );
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
  t = await createSeededDatabase('work_events', { logger: counter });
  server = await startTestServer(t.db, { now: () => now });
  [hub, station, ngo, youth, women, volunteer, district] = await Promise.all(
    ['hub.admin', 'station.coord', 'ngo.admin', 'youth.admin', 'women.admin', 'volunteer.demo', 'district.admin'].map(
      (u) => server.as(u),
    ),
  );
  [{ stationId, stationOrg, stationRegion }] =
    await sql(`SELECT s.id::text AS "stationId", s.organisation_id::text AS "stationOrg", s.region_id::text AS "stationRegion"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN service_station s ON s.id = ra.station_id WHERE a.username = 'station.coord'`);
  [{ demoVolunteer, ngoOrg }] =
    await sql(`SELECT ra.volunteer_id::text AS "demoVolunteer", v.organisation_id::text AS "ngoOrg"
      FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id JOIN volunteer v ON v.id = ra.volunteer_id WHERE a.username = 'volunteer.demo'`);
  [{ serviceTypeId }] = await sql(`SELECT id::text AS "serviceTypeId" FROM service_type ORDER BY id LIMIT 1`);
  // Two active volunteers in the coordinator's scope (the station's own), other than volunteer.demo.
  const scoped = await sql(
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

describe('a service event with a waitlist, attendance and verified hours', () => {
  let eventId: string;
  const ids: Record<'a' | 'b' | 'demo', string> = { a: '', b: '', demo: '' };

  it('is created once per idempotency key, at the coordinator’s station, for the station’s organisation', async () => {
    const before = await sql(`SELECT count(*)::int AS n FROM service_event`);
    const input = { ...baseInput(), idempotencyKey: 'work-events-create-1' };
    const first = await createEvent(station, input);
    expect(first.errors).toBeUndefined();
    const created = first.data.createServiceEvent;
    expect(created).toMatchObject({
      status: 'OPEN',
      capacity: 2,
      verifiedMinutes: 0,
      attendanceShare: 0.6,
      organiser: { id: gid('Organisation', stationOrg) },
      region: { id: gid('Region', stationRegion) },
      station: { id: gid('ServiceStation', stationId) },
    });
    eventId = created.id;
    const retry = await createEvent(station, input);
    expect(retry.data.createServiceEvent.id).toBe(eventId);
    expect((await sql(`SELECT count(*)::int AS n FROM service_event`))[0].n).toBe(before[0].n + 1);
    const [audit] = await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'CREATE_SERVICE_EVENT'`);
    expect(audit.n).toBe(1);
    // The same key for a different event is a conflict, not a second event.
    await refused(() => createEvent(station, { ...input, capacity: 3 }), 'CONFLICT', 'idempotencyKeyReused');
  });

  it('refuses bad input, naming every field, and places outside the creator’s scope', async () => {
    const bad = await refused(
      () =>
        createEvent(station, { ...baseInput(), title: '  ', startsAt: END.toISOString(), endsAt: START.toISOString() }),
      'BAD_USER_INPUT',
    );
    expect(errorOf(bad).fields!.map((f) => [f.field, f.key])).toEqual([
      ['input.title', 'required'],
      ['input.endsAt', 'endBeforeStart'],
    ]);
    await refused(() => createEvent(station, { ...baseInput(), capacity: 0 }), 'BAD_USER_INPUT');
    await refused(() => createEvent(station, { ...baseInput(), attendanceShare: 1.5 }), 'BAD_USER_INPUT');
    const [other] = await sql(`SELECT id::text FROM service_station WHERE id <> $1 ORDER BY id LIMIT 1`, [stationId]);
    await refused(
      () => createEvent(station, { ...baseInput(), stationId: gid('ServiceStation', other.id) }),
      'FORBIDDEN',
    );
    // An organisation admin holds events for its own organisation only.
    await refused(
      () =>
        createEvent(youth, {
          ...baseInput(),
          stationId: null,
          regionId: gid('Region', stationRegion),
          organiserId: gid('Organisation', ngoOrg),
        }),
      'FORBIDDEN',
    );
  });

  it('puts events under a campaign only when it is open and the organiser accepted it', async () => {
    const [closed] = await sql(`SELECT id::text FROM campaign WHERE status = 'CLOSED' ORDER BY id LIMIT 1`);
    const [open] = await sql(
      `SELECT c.id::text FROM campaign c JOIN campaign_partner p ON p.campaign_id = c.id
      WHERE c.status = 'PUBLISHED' AND p.organisation_id = $1 AND p.status = 'ACCEPTED' ORDER BY c.id LIMIT 1`,
      [ngoOrg],
    );
    const [notPartner] = await sql(`SELECT c.id::text FROM campaign c WHERE c.status = 'PUBLISHED'
      AND NOT EXISTS (SELECT 1 FROM campaign_partner p WHERE p.campaign_id = c.id AND p.organisation_id = 16 AND p.status = 'ACCEPTED') ORDER BY c.id LIMIT 1`);
    const orgInput = { ...baseInput(), stationId: null, regionId: gid('Region', stationRegion) };
    await refused(
      () => createEvent(ngo, { ...orgInput, campaignId: gid('Campaign', closed.id) }),
      'BAD_USER_INPUT',
      'campaignClosed',
    );
    await refused(
      () => createEvent(youth, { ...orgInput, campaignId: gid('Campaign', notPartner.id) }),
      'BAD_USER_INPUT',
      'notCampaignPartner',
    );
    const ok = await createEvent(ngo, {
      ...orgInput,
      campaignId: gid('Campaign', open.id),
      open: false,
      attendanceShare: 0.5,
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createServiceEvent).toMatchObject({
      status: 'DRAFT',
      attendanceShare: 0.5,
      organiser: { id: gid('Organisation', ngoOrg) },
    });
  });

  it('signs up two, waitlists the third with its position, and refuses duplicates and inactive volunteers', async () => {
    const a = await enrol(station, eventId, volA);
    expect(a.errors).toBeUndefined();
    const b = await enrol(station, eventId, volB);
    expect([a.data.enrolVolunteerInEvent.status, b.data.enrolVolunteerInEvent.status]).toEqual([
      'SIGNED_UP',
      'SIGNED_UP',
    ]);
    const demo = await signUp(volunteer, eventId);
    expect(demo.errors).toBeUndefined();
    expect(demo.data.signUpForEvent).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    [ids.a, ids.b, ids.demo] = [
      a.data.enrolVolunteerInEvent.id,
      b.data.enrolVolunteerInEvent.id,
      demo.data.signUpForEvent.id,
    ];
    const places = await station.gql(
      graphql(`
        query Node12($e: ID!) {
          node(id: $e) {
            ... on ServiceEvent {
              capacity
              placesTaken
              waitlistLength
            }
          }
        }
      `),
      { e: eventId },
    );
    expect(places.data.node).toEqual({ capacity: 2, placesTaken: 2, waitlistLength: 1 });

    await refused(() => signUp(volunteer, eventId), 'CONFLICT', 'alreadySignedUp');
    await refused(() => enrol(station, eventId, volA), 'CONFLICT', 'alreadySignedUp');
    // A volunteer who is no longer active cannot be signed up (asked by the district admin, who also
    // runs the district's events and reaches more volunteers than the station).
    const [inactive] = await sql(
      `SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
      WHERE r.path LIKE (SELECT path FROM region WHERE id = (SELECT region_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'district.admin')) || '%'
        AND v.id NOT IN ($1, $2, $3) ORDER BY v.id LIMIT 1`,
      [volA, volB, demoVolunteer],
    );
    await sql(`UPDATE volunteer SET status = 'SUSPENDED' WHERE id = $1`, [inactive.id]);
    await refused(() => enrol(district, eventId, inactive.id), 'BAD_USER_INPUT', 'volunteerNotActive');
    // A volunteer outside the coordinator's scope cannot be enrolled by it.
    const [outside] = await sql(
      `SELECT id::text FROM volunteer WHERE status = 'ACTIVE' AND station_id <> $1
      AND id NOT IN (SELECT p.volunteer_id FROM participation p JOIN service_event e ON e.id = p.event_id WHERE e.station_id = $1) ORDER BY id LIMIT 1`,
      [stationId],
    );
    await refused(() => enrol(station, eventId, outside.id), 'BAD_USER_INPUT', 'notFound');
  });

  it('promotes the first on the waitlist when a signed-up volunteer cancels; a stale cancel is a conflict', async () => {
    const a = await participation(station, ids.a);
    await refused(() => cancelSignUp(station, ids.a, a.version - 1), 'CONFLICT', 'staleVersion');
    const res = await cancelSignUp(station, ids.a, a.version);
    expect(res.errors).toBeUndefined();
    expect(res.data.cancelSignUp.status).toBe('CANCELLED');
    expect(await participation(volunteer, ids.demo)).toMatchObject({ status: 'SIGNED_UP', waitlistPosition: null });
    const places = await station.gql(
      graphql(`
        query Node13($e: ID!) {
          node(id: $e) {
            ... on ServiceEvent {
              placesTaken
              waitlistLength
            }
          }
        }
      `),
      { e: eventId },
    );
    expect(places.data.node).toEqual({ placesTaken: 2, waitlistLength: 0 });
    const [promoted] = await sql(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'PROMOTE_FROM_WAITLIST' AND record_id = $1`,
      [raw(ids.demo)],
    );
    expect(promoted.n).toBe(1);
  });

  it('reuses the cancelled row on a new sign-up, and a larger capacity promotes it; capacity cannot drop below the signed-up', async () => {
    const again = await enrol(station, eventId, volA);
    expect(again.errors).toBeUndefined();
    expect(again.data.enrolVolunteerInEvent).toMatchObject({ id: ids.a, status: 'WAITLISTED', waitlistPosition: 1 });
    const e = await event(station, eventId);
    const update = (capacity: number, version = e.version) =>
      station.gql(
        graphql(`
          mutation UpdateServiceEvent2($id: ID!, $v: Int!, $c: Int) {
            updateServiceEvent(id: $id, version: $v, input: { capacity: $c }) {
              ...EventFields
            }
          }
        `),
        { id: eventId, v: version, c: capacity },
      );
    const raised = await update(3);
    expect(raised.errors).toBeUndefined();
    expect(raised.data.updateServiceEvent.capacity).toBe(3);
    expect((await participation(station, ids.a)).status).toBe('SIGNED_UP');
    const low = await refused(
      () => update(2, raised.data.updateServiceEvent.version),
      'BAD_USER_INPUT',
      'capacityBelowSignedUp',
    );
    expect(errorOf(low).fields![0]).toMatchObject({ field: 'input.capacity', params: { count: 3 } });
    await refused(() => update(4, e.version), 'CONFLICT', 'staleVersion');
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
    ).data.issueEventCode.code as string;
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

  it('hands out the places exactly once under simultaneous sign-ups', async () => {
    now = at('2027-01-20T00:00:00Z');
    const created = (
      await createEvent(district, {
        ...baseInput(),
        capacity: 2,
        startsAt: '2027-01-26T01:00:00Z',
        endsAt: '2027-01-26T03:00:00Z',
      })
    ).data.createServiceEvent;
    const people = await sql(`SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
      WHERE v.status = 'ACTIVE' AND r.path LIKE (SELECT path FROM region WHERE id = (SELECT region_id FROM role_assignment ra
        JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'district.admin')) || '%' ORDER BY v.id LIMIT 8`);
    expect(people.length).toBeGreaterThan(4);
    const all = await Promise.all(people.map((v) => enrol(district, created.id, v.id)));
    expect(all.map((r) => r.errors)).toEqual(people.map(() => undefined));
    const statuses = all.map((r) => r.data.enrolVolunteerInEvent.status);
    expect(statuses.filter((x) => x === 'SIGNED_UP')).toHaveLength(2);
    const positions = all
      .map((r) => r.data.enrolVolunteerInEvent.waitlistPosition)
      .filter(Boolean)
      .sort();
    expect(positions).toEqual(Array.from({ length: people.length - 2 }, (_, i) => i + 1));
  });

  it('cancels a future event with its sign-ups, with a reason', async () => {
    now = at('2027-01-20T00:00:00Z');
    const created = (
      await createEvent(station, { ...baseInput(), startsAt: '2027-01-25T01:00:00Z', endsAt: '2027-01-25T03:00:00Z' })
    ).data.createServiceEvent;
    const p = (await enrol(station, created.id, volA)).data.enrolVolunteerInEvent;
    await refused(
      () =>
        station.gql(
          graphql(`
            mutation CloseServiceEvent3($id: ID!, $v: Int!) {
              closeServiceEvent(id: $id, version: $v) {
                id
              }
            }
          `),
          {
            id: created.id,
            v: created.version,
          },
        ),
      'CONFLICT',
      'eventNotStarted',
    );
    await refused(
      () =>
        station.gql(
          graphql(`
            mutation CancelServiceEvent3($id: ID!, $v: Int!) {
              cancelServiceEvent(id: $id, version: $v, reason: " ") {
                id
              }
            }
          `),
          {
            id: created.id,
            v: created.version,
          },
        ),
      'BAD_USER_INPUT',
      'reasonRequired',
    );
    const res = await station.gql(
      graphql(`
        mutation CancelServiceEvent4($id: ID!, $v: Int!) {
          cancelServiceEvent(id: $id, version: $v, reason: "场地临时不可用") {
            status
          }
        }
      `),
      { id: created.id, v: created.version },
    );
    expect(res.data.cancelServiceEvent.status).toBe('CANCELLED');
    expect((await participation(station, p.id)).status).toBe('CANCELLED');
  });
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
    await refused(() => review(ngo, r.id, r.version + 1, false, '重复'), 'CONFLICT', 'invalidTransition');
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

describe('nested reads', () => {
  const nested = graphql(`
    query ServiceEvents($n: Int!, $m: Int!) {
      serviceEvents(first: $n) {
        nodes {
          title
          verifiedMinutes
          attendanceShare
          participations(first: $m) {
            status
            waitlistPosition
            attendanceMet
            corrections {
              requestedMinutes
            }
            volunteer {
              realName
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
    return {
      count: counter.count,
      rows: res.data.serviceEvents.nodes.flatMap((e) => e.participations).length,
    };
  }

  it('cost the same number of statements however many events and participations come back', async () => {
    // Waitlisted and completed rows in the first events, so every nested loader is exercised.
    await sql(`UPDATE participation SET status = 'WAITLISTED', verified_at = NULL
      WHERE id IN (SELECT id FROM participation WHERE event_id = (SELECT min(id) FROM service_event) ORDER BY id LIMIT 2)`);
    const small = await statements(1, 20);
    const large = await statements(40, 20);
    expect(large.rows).toBeGreaterThan(small.rows * 5);
    expect(large.count).toBe(small.count);
    // the viewer, then one each: events, participations, waitlist positions, events of attendanceMet, corrections, volunteers
    expect(large.count).toBeLessThanOrEqual(7);
  });
});
