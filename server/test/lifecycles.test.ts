// Lifecycles of campaigns, events and participations: the state tables hold, refusals are typed
// INVALID_STATE with the current state, dates follow the parent, check-in happens during the event,
// closing a campaign settles its events, a mistaken check-in is undone. Fixtures are set with SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let volunteer: Client;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Rows as the fixtures select them: ids and states as text. */
type Row = Record<string, string>;
const sql = async <T = Row>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const one = async <T = Row>(q: string, p: unknown[] = []) => {
  const [row] = await sql<T>(q, p);
  if (!row) throw new Error(`fixture not found: ${q}`);
  return row;
};
const cityDate = (d: Date) => new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
const ext = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions ?? {};

beforeAll(async () => {
  t = await createSeededDatabase('lifecycles');
  server = await startTestServer(t.db);
  [hub, volunteer] = await Promise.all(['hub.admin', 'volunteer.demo'].map((u) => server.as(u)));
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

/** A campaign (status as given) spanning the coming weeks, with one OPEN event tomorrow and nobody signed up. */
async function campaignWithEvent(status: string, startsInMs = DAY) {
  const c = await one(`SELECT id::text FROM campaign ORDER BY id LIMIT 1 OFFSET 2`);
  const now = Date.now();
  await sql(`UPDATE campaign SET status = $2, starts_on = $3, ends_on = $4 WHERE id = $1`, [
    c.id,
    status,
    cityDate(new Date(now - 30 * DAY)),
    cityDate(new Date(now + 200 * DAY)),
  ]);
  const e = await one(
    `SELECT id::text FROM service_event WHERE origin = 'SCHEDULED' ORDER BY service_event.id LIMIT 1 OFFSET 3`,
  );
  await sql(`DELETE FROM participation WHERE event_id = $1`, [e.id]);
  await sql(
    `UPDATE service_event SET campaign_id = $2, status = 'OPEN', capacity = 10, starts_at = $3, ends_at = $4 WHERE id = $1`,
    [e.id, c.id, new Date(now + startsInMs), new Date(now + startsInMs + 2 * HOUR)],
  );
  return { campaignId: c.id, eventId: e.id };
}

const SIGN_UP = graphql(`
  mutation LifecycleSignUp($e: ID!) {
    signUpForEvent(eventId: $e) {
      id
      status
      version
    }
  }
`);

describe('sign-ups follow the campaign', () => {
  it('are refused while the campaign is a draft or closed, typed INVALID_STATE with its state, and taken once it is published', async () => {
    const { campaignId, eventId } = await campaignWithEvent('DRAFT');
    const e = toGlobalId('ServiceEvent', eventId);
    const draft = await volunteer.gql(SIGN_UP, { e });
    expect(ext(draft)).toMatchObject({ code: 'INVALID_STATE', state: 'DRAFT' });
    await sql(`UPDATE campaign SET status = 'CLOSED' WHERE id = $1`, [campaignId]);
    expect(ext(await volunteer.gql(SIGN_UP, { e }))).toMatchObject({
      code: 'INVALID_STATE',
      state: 'CLOSED',
    });
    expect((await sql(`SELECT 1 FROM participation WHERE event_id = $1`, [eventId])).length).toBe(0);
    await sql(`UPDATE campaign SET status = 'PUBLISHED' WHERE id = $1`, [campaignId]);
    const ok = await volunteer.gql(SIGN_UP, { e });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.signUpForEvent.status).toBe('SIGNED_UP');
  });
});

describe('event dates', () => {
  const CREATE = graphql(`
    mutation LifecycleCreateEvent($input: CreateServiceEventInput!) {
      createServiceEvent(input: $input) {
        id
      }
    }
  `);
  const input = async (startsAt: Date, campaignId?: string) => {
    const s = await one(
      `SELECT id::text, organisation_id::text AS org FROM service_station WHERE organisation_id IS NOT NULL ORDER BY id LIMIT 1`,
    );
    const type = await one(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    return {
      title: '日期检查',
      place: '服务站',
      stationId: toGlobalId('ServiceStation', s.id),
      serviceTypeId: toGlobalId('ServiceType', type.id),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      capacity: 5,
      ...(campaignId ? { campaignId: toGlobalId('Campaign', campaignId) } : {}),
    };
  };

  it('refuses an event that has already ended (one under way may be recorded on the day)', async () => {
    const res = await hub.gql(CREATE, { input: await input(new Date(Date.now() - DAY)) });
    expect(ext(res)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'eventInPast' });
  });

  it('refuses an event outside its campaign’s dates', async () => {
    const { campaignId } = await campaignWithEvent('PUBLISHED');
    const res = await hub.gql(CREATE, { input: await input(new Date(Date.now() + 400 * DAY), campaignId) });
    expect(ext(res)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'outsideCampaignDates' });
    const inside = await hub.gql(CREATE, { input: await input(new Date(Date.now() + 10 * DAY), campaignId) });
    expect(inside.errors).toBeUndefined();
  });

  it('holds on update too: an event is not moved outside its campaign’s dates nor into the past', async () => {
    const UPDATE = graphql(`
      mutation LifecycleMoveEvent($id: ID!, $version: Int!, $input: UpdateServiceEventInput!) {
        updateServiceEvent(id: $id, version: $version, input: $input) {
          startsAt
          version
        }
      }
    `);
    const { eventId } = await campaignWithEvent('PUBLISHED');
    const id = toGlobalId('ServiceEvent', eventId);
    const at = (offset: number) => ({
      startsAt: new Date(Date.now() + offset).toISOString(),
      endsAt: new Date(Date.now() + offset + 2 * HOUR).toISOString(),
    });
    const before = await one(`SELECT starts_at, version FROM service_event WHERE id = $1`, [eventId]);
    const version = Number(before.version);
    const late = await hub.gql(UPDATE, { id, version, input: at(400 * DAY) });
    expect(ext(late)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'outsideCampaignDates' });
    const past = await hub.gql(UPDATE, { id, version, input: at(-2 * DAY) });
    expect(ext(past)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'eventInPast' });
    expect(await one(`SELECT starts_at, version FROM service_event WHERE id = $1`, [eventId])).toEqual(before);
    const moved = await hub.gql(UPDATE, { id, version, input: at(5 * DAY) });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateServiceEvent.version).toBe(version + 1);
  });
});

describe('attendance', () => {
  const CHECK_IN = graphql(`
    mutation LifecycleCheckIn($p: ID!, $v: Int!) {
      checkIn(participationId: $p, version: $v) {
        id
        status
        version
      }
    }
  `);
  const UNDO = graphql(`
    mutation LifecycleUndoCheckIn($p: ID!, $v: Int!) {
      undoCheckIn(participationId: $p, version: $v, reason: "签错了人") {
        id
        status
        checkInAt
        version
      }
    }
  `);

  it('checks in only during the event (from the early margin), and the organiser undoes a mistaken check-in, audited', async () => {
    // An event five months away: "now" is far outside its window.
    const { eventId } = await campaignWithEvent('PUBLISHED', 150 * DAY);
    const signed = await volunteer.gql(SIGN_UP, { e: toGlobalId('ServiceEvent', eventId) });
    expect(signed.errors).toBeUndefined();
    const p = signed.data.signUpForEvent;
    const far = await hub.gql(CHECK_IN, { p: p.id, v: p.version });
    expect(ext(far)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'outsideEventWindow' });
    // Thirty minutes before it starts is inside the default hour's margin.
    await sql(
      `UPDATE service_event SET starts_at = now() + interval '30 minutes', ends_at = now() + interval '150 minutes' WHERE id = $1`,
      [eventId],
    );
    const inWindow = await hub.gql(CHECK_IN, { p: p.id, v: p.version });
    expect(inWindow.errors).toBeUndefined();
    expect(inWindow.data.checkIn.status).toBe('CHECKED_IN');
    const undone = await hub.gql(UNDO, { p: p.id, v: inWindow.data.checkIn.version });
    expect(undone.errors).toBeUndefined();
    expect(undone.data.undoCheckIn).toMatchObject({ status: 'SIGNED_UP', checkInAt: null });
    const [audit] = await sql(
      `SELECT action, reason FROM audit_log WHERE record_type = 'Participation' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'UNDO_CHECK_IN', reason: '签错了人' });
    // Undoing again finds it signed up: refused with its state.
    const again = await hub.gql(UNDO, { p: p.id, v: undone.data.undoCheckIn.version });
    expect(ext(again)).toMatchObject({ code: 'INVALID_STATE', state: 'SIGNED_UP' });
  });
});

describe('closing a campaign', () => {
  const CLOSE = graphql(`
    mutation LifecycleCloseCampaign($id: ID!, $v: Int!, $events: CampaignEventsOnClose) {
      closeCampaign(id: $id, version: $v, events: $events) {
        status
      }
    }
  `);

  it('closes its open events, or cancels them, as the lead chooses', async () => {
    for (const [choice, expected] of [
      ['CLOSE', 'CLOSED'],
      ['CANCEL', 'CANCELLED'],
    ] as const) {
      const { campaignId, eventId } = await campaignWithEvent('PUBLISHED');
      const signed = await volunteer.gql(SIGN_UP, { e: toGlobalId('ServiceEvent', eventId) });
      expect(signed.errors).toBeUndefined();
      const { version } = await one<{ version: number }>(`SELECT version FROM campaign WHERE id = $1`, [campaignId]);
      const res = await hub.gql(CLOSE, {
        id: toGlobalId('Campaign', campaignId),
        v: version,
        events: choice,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.closeCampaign.status).toBe('CLOSED');
      const event = await one(`SELECT status::text FROM service_event WHERE id = $1`, [eventId]);
      expect(event.status).toBe(expected);
      const open = await sql(`SELECT 1 FROM service_event WHERE campaign_id = $1 AND status IN ('OPEN', 'DRAFT')`, [
        campaignId,
      ]);
      expect(open).toEqual([]);
      const signUp = await one(`SELECT status::text FROM participation WHERE event_id = $1`, [eventId]);
      expect(signUp.status).toBe(choice === 'CLOSE' ? 'NO_SHOW' : 'CANCELLED');
      // Closed for good: closing again is refused with the state.
      const twice = await hub.gql(CLOSE, { id: toGlobalId('Campaign', campaignId), v: version + 1 });
      expect(ext(twice)).toMatchObject({ code: 'INVALID_STATE', state: 'CLOSED' });
      await sql(`UPDATE service_event SET campaign_id = NULL WHERE id = $1`, [eventId]);
    }
  });
});
