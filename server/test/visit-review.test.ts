// A pairing visit logged by its volunteer counts as service time once the pairing's owner confirms
// it: the volunteer's hours and stars and the dashboard's hours take it in; declined, it counts for
// nothing. Confirming is the owner's (write policy), audited once, and a retry changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { buildKnownWorld, type KnownWorld } from './helpers/known-world';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { inviteAndActivate } from './helpers/accounts';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let w: KnownWorld;
let hub: Client;
let alpha: Client; // ORG_ADMIN of alpha, owner A of p1
let beta: Client; // ORG_ADMIN of beta, no owner of p1
let a1: Client; // VOLUNTEER a1, p1's volunteer

const LOG = graphql(`
  mutation VisitReviewLog($input: LogPairingVisitInput!) {
    logPairingVisit(input: $input) {
      visit {
        id
        version
        review
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation VisitReviewConfirm($id: ID!, $version: Int!, $serviceTypeId: ID) {
    confirmPairingVisit(id: $id, version: $version, serviceTypeId: $serviceTypeId) {
      id
      review
      version
      reviewedAt
    }
  }
`);
const DECLINE = graphql(`
  mutation VisitReviewDecline($id: ID!, $version: Int!, $reason: String!) {
    declinePairingVisit(id: $id, version: $version, reason: $reason) {
      review
      reviewNote
      version
    }
  }
`);
const VOLUNTEER = graphql(`
  query VisitReviewVolunteer($id: ID!, $region: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    node(id: $id) {
      ... on Volunteer {
        verifiedHours
        starLevel
      }
    }
    dashboard(filter: { regionId: $region, from: $from, to: $to }) {
      hours {
        verified
      }
    }
  }
`);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions ?? {};
const audits = async (action: string, id: string) =>
  (
    await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_type = 'PairingVisit' AND record_id = $2`,
      [action, id],
    )
  )[0].n;
const dbIdOf = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1];
const standing = async () => {
  const res = await hub.gql(VOLUNTEER, {
    id: toGlobalId('Volunteer', w.volunteer.a1),
    region: toGlobalId('Region', w.region.north),
    // The visit's day in China Standard Time, whole: a confirmed visit is placed at 10:00 of its day, which
    // just after midnight is still ahead of now (the default period ends now).
    from: `${today()}T00:00:00+08:00`,
    to: new Date(Date.parse(`${today()}T00:00:00+08:00`) + 86_400_000).toISOString(),
  });
  expect(res.errors).toBeUndefined();
  const v = res.data.node as { verifiedHours: number; starLevel: number };
  return { hours: v.verifiedHours, stars: v.starLevel, dashboard: res.data.dashboard.hours.verified };
};
const logVisit = async (minutes: number) => {
  const res = await a1.gql(LOG, {
    input: { pairingId: toGlobalId('Pairing', w.pairing.p1), visitedOn: today(), minutes, mode: 'HOME', notes: '' },
  });
  expect(res.errors).toBeUndefined();
  return res.data.logPairingVisit.visit;
};

beforeAll(async () => {
  t = await createSeededDatabase('visit_review');
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
  w = await buildKnownWorld(t.db, hub);
  const made = await inviteAndActivate(hub, hub, {
    username: 'visit.beta',
    roles: [{ role: 'ORG_ADMIN', organisationId: toGlobalId('Organisation', w.org.beta) }],
  });
  expect(made.errors).toBeUndefined();
  [alpha, beta, a1] = await Promise.all([w.account.alpha, 'visit.beta', w.account.a1].map((u) => server.as(u)));
  // One star from one hour in the world's north district, so a single visit moves the star level.
  await t.db.query(`UPDATE region SET star_thresholds_hours = '{1,2,3,4,5}' WHERE id = $1`, [w.region.north]);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('a logged visit', () => {
  it('counts as the volunteer’s service time once the owner confirms it, once however often it is confirmed', async () => {
    const visit = await logVisit(90);
    expect(visit.review).toBe('PENDING');
    const before = await standing();
    expect(before.stars).toBe(0);

    // Not the volunteer's to confirm, nor a stranger organisation's; the person needs list is empty, so the type is asked for.
    expect(code(await a1.gql(CONFIRM, { id: visit.id, version: visit.version }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(code(await beta.gql(CONFIRM, { id: visit.id, version: visit.version }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const untyped = await alpha.gql(CONFIRM, { id: visit.id, version: visit.version });
    expect(code(untyped)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceTypeId' });
    expect(await standing()).toEqual(before);

    const [type] = await t.db.query<Array<{ id: string }>>(`SELECT id::text FROM service_type ORDER BY id LIMIT 1`);
    const serviceTypeId = toGlobalId('ServiceType', type.id);
    const confirmed = await alpha.gql(CONFIRM, { id: visit.id, version: visit.version, serviceTypeId });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmPairingVisit).toMatchObject({ review: 'CONFIRMED', version: visit.version + 1 });
    const after = await standing();
    expect(after.hours).toBeCloseTo(before.hours + 1.5, 5);
    expect(after.stars).toBe(1);
    expect(after.dashboard).toBeCloseTo(before.dashboard + 1.5, 5);

    const again = await alpha.gql(CONFIRM, { id: visit.id, version: visit.version, serviceTypeId });
    expect(again.data.confirmPairingVisit).toEqual(confirmed.data.confirmPairingVisit);
    expect(await standing()).toEqual(after);
    expect(await audits('CONFIRM_PAIRING_VISIT', dbIdOf(visit.id))).toBe(1);
    const [credited] = await t.db.query<Array<{ origin: string; minutes: number; verified: boolean }>>(
      `SELECT e.origin, p.minutes, p.verified_at IS NOT NULL AS verified FROM pairing_visit v
         JOIN participation p ON p.id = v.participation_id JOIN service_event e ON e.id = p.event_id WHERE v.id = $1`,
      [dbIdOf(visit.id)],
    );
    expect(credited).toEqual({ origin: 'PAIRING_VISIT', minutes: 90, verified: true });
  });

  it('counts for nothing once declined, with a reason, and a declined visit cannot be confirmed', async () => {
    const visit = await logVisit(60);
    const before = await standing();
    expect(code(await alpha.gql(DECLINE, { id: visit.id, version: visit.version, reason: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const declined = await alpha.gql(DECLINE, { id: visit.id, version: visit.version, reason: '未入户' });
    expect(declined.data.declinePairingVisit).toEqual({
      review: 'DECLINED',
      reviewNote: '未入户',
      version: visit.version + 1,
    });
    const twice = await alpha.gql(DECLINE, { id: visit.id, version: visit.version, reason: '未入户' });
    expect(twice.data.declinePairingVisit).toEqual(declined.data.declinePairingVisit);
    const confirm = await alpha.gql(CONFIRM, { id: visit.id, version: visit.version + 1 });
    expect(code(confirm)).toMatchObject({ code: 'INVALID_STATE', state: 'DECLINED' });
    expect(await standing()).toEqual(before);
    expect(await audits('DECLINE_PAIRING_VISIT', dbIdOf(visit.id))).toBe(1);
  });

  it('is offered for review by the pairing’s viewerCan to its owner, not to its volunteer', async () => {
    const CAN = graphql(`
      query VisitReviewCan($id: ID!) {
        node(id: $id) {
          ... on Pairing {
            viewerCan {
              manage
              logVisit
              accept
              reviewVisits
            }
          }
        }
      }
    `);
    const id = toGlobalId('Pairing', w.pairing.p1);
    expect((await alpha.gql(CAN, { id })).data.node).toEqual({
      viewerCan: { manage: true, logVisit: true, accept: false, reviewVisits: true },
    });
    expect((await a1.gql(CAN, { id })).data.node).toEqual({
      viewerCan: { manage: false, logVisit: true, accept: false, reviewVisits: false },
    });
  });
});
