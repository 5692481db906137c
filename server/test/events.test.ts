// Service events over GraphQL: creation, placement under a campaign, sign-up with a waitlist that
// promotes itself, capacity, simultaneous sign-ups, cancellation, and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import { cancelSignUp, createEvent, enrol, errorOf, event, participation, refusedIn, signUp } from './helpers/events';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client; // STATION_COORDINATOR of station S, run by organisation O
let ngo: Client; // ORG_ADMIN of volunteer.demo's organisation
let youth: Client; // ORG_ADMIN of another organisation
let district: Client; // REGION_ADMIN of the station's district
let volunteer: Client; // volunteer.demo
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** The injectable clock every business rule reads; tests move it. */
let now = new Date('2027-01-14T00:00:00Z');
const at = (iso: string) => new Date(iso);
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

const gid = (type: string, id: string) => toGlobalId(type, id);
const raw = (globalId: string) => fromGlobalId(globalId).id;

/** Runs a mutation that must be refused with `code` (and message key), and checks nothing was written. */
const refused = (op: () => Promise<GqlResponse<unknown>>, code: string, key?: string) => refusedIn(t.db, op, code, key);

beforeAll(async () => {
  t = await createSeededDatabase('events', { logger: counter });
  server = await startTestServer(t.db, { now: () => now });
  [hub, station, ngo, youth, volunteer, district] = await Promise.all(
    ['hub.admin', 'station.coord', 'ngo.admin', 'youth.admin', 'volunteer.demo', 'district.admin'].map((u) =>
      server.as(u),
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

describe('a service event: creation, sign-up and the waitlist', () => {
  let eventId: string;
  const ids: Record<'a' | 'b' | 'demo', string> = { a: '', b: '', demo: '' };

  it('is created once per idempotency key, at the coordinator’s station, for the station’s organisation', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM service_event`);
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
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM service_event`))[0].n).toBe(before[0].n + 1);
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
    const [other] = await sql<{ id: string }>(
      `SELECT id::text FROM service_station WHERE id <> $1 ORDER BY id LIMIT 1`,
      [stationId],
    );
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
    // A closed campaign the NGO took part in (one it never partnered does not exist for it: notFound).
    const [closed] = await sql<{ id: string }>(
      `SELECT id::text FROM campaign WHERE status = 'CLOSED' ORDER BY id LIMIT 1`,
    );
    await sql(
      `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at)
       VALUES ($1, $2, 'SUPPORTER', 'ACCEPTED', now()) ON CONFLICT DO NOTHING`,
      [closed.id, ngoOrg],
    );
    const [open] = await sql<{ id: string }>(
      `SELECT c.id::text FROM campaign c JOIN campaign_partner p ON p.campaign_id = c.id
      WHERE c.status = 'PUBLISHED' AND p.organisation_id = $1 AND p.status = 'ACCEPTED' ORDER BY c.id LIMIT 1`,
      [ngoOrg],
    );
    const [notPartner] = await sql<{ id: string }>(`SELECT c.id::text FROM campaign c WHERE c.status = 'PUBLISHED'
      AND NOT EXISTS (SELECT 1 FROM campaign_partner p WHERE p.campaign_id = c.id AND p.organisation_id = 16 AND p.status = 'ACCEPTED') ORDER BY c.id LIMIT 1`);
    // Invited but not (yet) accepted: the campaign is visible to the organisation, which is no partner yet.
    await sql(
      `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status)
       VALUES ($1, 16, 'SUPPORTER', 'INVITED') ON CONFLICT DO NOTHING`,
      [notPartner.id],
    );
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
    // An event lies within its campaign's dates: stretch the campaign over the test's event.
    await sql(`UPDATE campaign SET ends_on = GREATEST(ends_on, $2::date) WHERE id = $1`, [open.id, '2027-12-31']);
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
    const [inactive] = await sql<{ id: string }>(
      `SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
      WHERE r.path LIKE (SELECT path FROM region WHERE id = (SELECT region_id FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'district.admin')) || '%'
        AND v.id NOT IN ($1, $2, $3) ORDER BY v.id LIMIT 1`,
      [volA, volB, demoVolunteer],
    );
    await sql(`UPDATE volunteer SET status = 'SUSPENDED' WHERE id = $1`, [inactive.id]);
    await refused(() => enrol(district, eventId, inactive.id), 'BAD_USER_INPUT', 'volunteerNotActive');
    // A volunteer outside the coordinator's scope cannot be enrolled by it.
    const [outside] = await sql<{ id: string }>(
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
    const people = await sql<{
      id: string;
    }>(`SELECT v.id::text FROM volunteer v JOIN region r ON r.id = v.home_region_id
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
