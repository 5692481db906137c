// Service requests: the public form with a callback, or filed by the coordinator, through assignment
// to a verified participation, and read with their outcome.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { nodeAs, startTestServer, type Client, type GqlResponse, type TestServer } from './helpers/server';
import { graphql } from './generated';
import type { RequestFieldsFragment, SubmitServiceRequestInput } from './generated/graphql';
import { SUBMIT, CREATE, ASSIGN, COMPLETE, CANCEL, READ } from './operations/service-requests';

const counter = new StatementCounter();
const T0 = new Date('2027-03-01T10:00:00+08:00');

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client;
let youth: Client;
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
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const count = async (table: string) => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const g = (type: string, id: string) => toGlobalId(type, id);
const rowId = (globalId: string) => fromGlobalId(globalId).id;
/** The request a public reference names (the public itself never learns the id). */
const byReference = async (reference: string) =>
  g(
    'ServiceRequest',
    (await sql<{ id: string }>(`SELECT id::text FROM service_request WHERE reference = $1`, [reference]))[0].id,
  );
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.[0].extensions?.fields?.map((f) => [f.field, f.key]);

beforeAll(async () => {
  t = await createSeededDatabase('service_requests', { logger: counter });
  server = await startTestServer(t.db, { now: () => T0 });
  [hub, station, youth] = await Promise.all(['hub.admin', 'station.coord', 'youth.admin'].map((u) => server.as(u)));
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
  [{ id: ids.women }] = await sql(
    `SELECT id::text FROM organisation WHERE kind = 'WOMENS_FEDERATION' ORDER BY organisation.id LIMIT 1`,
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

const form = (over: Partial<SubmitServiceRequestInput> = {}): SubmitServiceRequestInput => ({
  requesterName: '王阿姨',
  phone: '138-0013-8000',
  stationId: g('ServiceStation', ids.station),
  serviceTypeId: g('ServiceType', ids.serviceType),
  description: '家里轮椅坏了，希望有人上门修理',
  ...over,
});

describe('the public request form', () => {
  it('takes a request without a login, once per idempotency key, and answers with a reference only', async () => {
    const before = await count('service_request');
    const res = await server.gql(SUBMIT, { input: form({ idempotencyKey: 'public-form-0001' }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitServiceRequest).toEqual({
      reference: expect.stringMatching(/^TX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/) as unknown,
      station: { name: expect.any(String) as unknown, phone: expect.any(String) as unknown },
      status: 'OPEN',
      createdAt: T0.toISOString(),
    });
    const retry = await server.gql(SUBMIT, { input: form({ idempotencyKey: 'public-form-0001' }) });
    expect(retry.data.submitServiceRequest.reference).toBe(res.data.submitServiceRequest.reference);
    expect(await count('service_request')).toBe(before + 1);
    const [row] = await sql(`SELECT phone, callback_requested, region_id::text FROM service_request WHERE id = $1`, [
      rowId(await byReference(res.data.submitServiceRequest.reference)),
    ]);
    expect(row).toMatchObject({ phone: '13800138000', callback_requested: true });
    const [audit] = await sql(
      `SELECT action, actor_id, after->>'phone' AS phone FROM audit_log WHERE record_type = 'ServiceRequest' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      action: 'SUBMIT_SERVICE_REQUEST',
      actor_id: null,
      phone: expect.not.stringContaining('0013') as unknown,
    });
    // The reference does not open the request to the public.
    const peek = await server.gql(READ, { id: await byReference(res.data.submitServiceRequest.reference) });
    expect(peek.data?.node ?? null).toBeNull();
  });

  it('refuses a bad phone number, no place and an empty description together, writing nothing', async () => {
    const [requests, audits] = [await count('service_request'), await count('audit_log')];
    const res = await server.gql(SUBMIT, {
      input: form({ phone: '12345678901', stationId: null, description: '   ' }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([
      ['phone', 'phoneInvalid'],
      ['description', 'required'],
      ['stationId', 'requestPlaceRequired'],
    ]);
    const city = await server.gql(SUBMIT, { input: form({ stationId: null, regionId: g('Region', ids.city) }) });
    expect(fieldsOf(city)).toEqual([['regionId', 'regionTooBroad']]);
    const long = await server.gql(SUBMIT, { input: form({ description: '修'.repeat(501) }) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect([await count('service_request'), await count('audit_log')]).toEqual([requests, audits]);
  });

  it('limits how many requests one number files in a day', async () => {
    const phone = '13900001111';
    for (let i = 0; i < 5; i++) expect((await server.gql(SUBMIT, { input: form({ phone }) })).errors).toBeUndefined();
    const sixth = await server.gql(SUBMIT, { input: form({ phone }) });
    expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', messageKey: 'tooManyRequests' });
    // The next day, by the business clock, the number may ask again.
    const tomorrow = await startTestServer(t.db, { now: () => new Date(T0.getTime() + 86_400_000 + 1000) });
    try {
      expect((await tomorrow.gql(SUBMIT, { input: form({ phone }) })).errors).toBeUndefined();
    } finally {
      await tomorrow.close();
    }
  });
});

describe('the coordinator handles requests', () => {
  let request: RequestFieldsFragment;

  it('assigns an active volunteer it can see; refuses others and stale versions', async () => {
    const submitted = await server.gql(SUBMIT, {
      input: form({ idempotencyKey: 'public-form-0002', callbackRequested: false }),
    });
    request = nodeAs(
      (await station.gql(READ, { id: await byReference(submitted.data.submitServiceRequest.reference) })).data.node,
      'ServiceRequest',
    );
    expect(request).toMatchObject({
      status: 'OPEN',
      callbackRequested: false,
      phone: expect.stringMatching(/\*/) as unknown,
    });
    const stranger = await station.gql(ASSIGN, {
      id: request.id,
      v: request.version,
      vol: g('Volunteer', ids.stranger),
    });
    expect(stranger.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volunteerId',
      messageKey: 'notFound',
    });
    const idle = await station.gql(ASSIGN, { id: request.id, v: request.version, vol: g('Volunteer', ids.idle) });
    expect(idle.errors?.[0].extensions).toMatchObject({ field: 'volunteerId', messageKey: 'volunteerNotActive' });
    const stale = await station.gql(ASSIGN, {
      id: request.id,
      v: request.version + 3,
      vol: g('Volunteer', ids.helper),
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const res = await station.gql(ASSIGN, { id: request.id, v: request.version, vol: g('Volunteer', ids.helper) });
    expect(res.errors).toBeUndefined();
    expect(res.data.assignServiceRequest).toMatchObject({
      status: 'ASSIGNED',
      assignedVolunteer: { id: g('Volunteer', ids.helper) },
    });
    request = res.data.assignServiceRequest;
  });

  it('completes it: a verified participation of the volunteer, whose verified minutes grow', async () => {
    const [{ minutes: before }] = await sql<{ minutes: number }>(
      `SELECT verified_minutes::int AS minutes FROM volunteer WHERE id = $1`,
      [ids.helper],
    );
    const res = await station.gql(COMPLETE, { id: request.id, v: request.version, m: 90, p: 2, n: '已修好' });
    expect(res.errors).toBeUndefined();
    const done = res.data.completeServiceRequest;
    expect(done).toMatchObject({
      status: 'DONE',
      closingNote: '已修好',
      participation: { minutes: 90, status: 'COMPLETED', verifiedAt: T0.toISOString() },
    });
    const [{ minutes: after }] = await sql<{ minutes: number }>(
      `SELECT verified_minutes::int AS minutes FROM volunteer WHERE id = $1`,
      [ids.helper],
    );
    expect(after).toBe(before + 90);
    const [event] = await sql(
      `SELECT e.origin, e.status, e.capacity, e.station_id::text, e.organiser_id::text, e.person_times_served, e.verified_minutes::int,
              p.verified_by_id = (SELECT id FROM user_account WHERE username = 'station.coord') AS verified_by_coordinator
         FROM participation p JOIN service_event e ON e.id = p.event_id WHERE p.id = $1`,
      [rowId(done.participation!.id)],
    );
    expect(event).toEqual({
      origin: 'SERVICE_REQUEST',
      status: 'CLOSED',
      capacity: 1,
      station_id: ids.station,
      organiser_id: ids.stationOrg,
      person_times_served: 2,
      verified_minutes: 90,
      verified_by_coordinator: true,
    });
    const again = await station.gql(COMPLETE, { id: done.id, v: done.version, m: 90 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_STATE', messageKey: 'invalidTransition' });
    const cancel = await station.gql(CANCEL, { id: done.id, v: done.version, r: '重复' });
    expect(cancel.errors?.[0].extensions?.messageKey).toBe('invalidTransition');
  });

  it('refuses to complete a request nobody was assigned, writing nothing', async () => {
    const submitted = await server.gql(SUBMIT, { input: form({ idempotencyKey: 'public-form-0003' }) });
    const open = nodeAs(
      (await station.gql(READ, { id: await byReference(submitted.data.submitServiceRequest.reference) })).data.node,
      'ServiceRequest',
    );
    const [participations, events, audits] = [
      await count('participation'),
      await count('service_event'),
      await count('audit_log'),
    ];
    const res = await station.gql(COMPLETE, { id: open.id, v: open.version, m: 60 });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'volunteerId',
      messageKey: 'volunteerRequired',
    });
    expect([await count('participation'), await count('service_event'), await count('audit_log')]).toEqual([
      participations,
      events,
      audits,
    ]);
    const blank = await station.gql(CANCEL, { id: open.id, v: open.version, r: ' ' });
    expect(blank.errors?.[0].extensions?.messageKey).toBe('reasonRequired');
    const cancelled = await station.gql(CANCEL, { id: open.id, v: open.version, r: '已电话联系，不再需要' });
    expect(cancelled.data.cancelServiceRequest).toMatchObject({
      status: 'CANCELLED',
      closingNote: '已电话联系，不再需要',
    });
  });

  it('files a request for a beneficiary of its station, with the beneficiary’s phone; not for others', async () => {
    const res = await station.gql(CREATE, {
      input: {
        beneficiaryId: g('Beneficiary', ids.beneficiary),
        serviceTypeId: g('ServiceType', ids.serviceType),
        description: '需要陪同复诊',
        idempotencyKey: 'coordinator-0001',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createServiceRequest).toMatchObject({
      status: 'OPEN',
      callbackRequested: false,
      beneficiary: { id: g('Beneficiary', ids.beneficiary) },
    });
    const [row] = await sql(
      `SELECT r.phone = b.phone AS same_phone, r.station_id::text, r.requester_name = b.real_name AS same_name
      FROM service_request r JOIN beneficiary b ON b.id = r.beneficiary_id WHERE r.id = $1`,
      [rowId(res.data.createServiceRequest.id)],
    );
    expect(row).toEqual({ same_phone: true, station_id: ids.station, same_name: true });
    const other = await station.gql(CREATE, {
      input: {
        beneficiaryId: g('Beneficiary', ids.otherBeneficiary),
        serviceTypeId: g('ServiceType', ids.serviceType),
        description: 'x',
        phone: '123',
      },
    });
    expect(fieldsOf(other)).toEqual([
      ['beneficiaryId', 'notFound'],
      ['phone', 'phoneInvalid'],
    ]);
    const youthTries = await youth.gql(CREATE, {
      input: {
        beneficiaryId: g('Beneficiary', ids.beneficiary),
        serviceTypeId: g('ServiceType', ids.serviceType),
        description: 'x',
      },
    });
    expect(youthTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('requests read with their outcome', () => {
  it('load the participation and volunteer of every request at a fixed number of statements', async () => {
    const nested = graphql(`
      query ServiceRequests($n: Int!) {
        serviceRequests(first: $n) {
          nodes {
            status
            assignedVolunteer {
              id
            }
            participation {
              minutes
              volunteer {
                id
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
        done: res.data.serviceRequests.nodes.filter((r) => r.participation).length,
      };
    };
    const large = await statements(100);
    expect(large.done).toBeGreaterThan(0);
    // the viewer, the requests, then at most one per relation: volunteers, participations, their volunteers
    expect(large.count).toBeLessThanOrEqual(5);
  });
});
