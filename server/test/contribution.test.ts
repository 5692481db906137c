// One definition of a partner's contribution to a campaign (its events, the volunteers who served
// at them, their verified hours, the person-times, its donations): a campaign built so that the
// two old definitions (by the volunteer's own organisation, by the event's organiser) disagree,
// and the campaign page and the dashboard both give the figures worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { graphql } from './generated';
import { startTestServer, type Client, type TestServer } from './helpers/server';

const PAGE_CONTRIBUTIONS = graphql(`
  query ContributionPage($id: ID!) {
    node(id: $id) {
      ... on Campaign {
        contributions {
          organisation {
            id
          }
          volunteers
          events
          verifiedMinutes
          verifiedHours
          personTimesServed
          donationCashFen
          donationItems
        }
      }
    }
  }
`);
const DASHBOARD_CONTRIBUTIONS = graphql(`
  query ContributionDashboard($f: DashboardFilter) {
    dashboard(filter: $f) {
      campaigns {
        campaignId
        partners {
          organisationId
          role
          volunteers
          events
          verifiedHours
          personTimes
          donationsFen
        }
      }
    }
  }
`);

let t: TestDatabase;
let server: TestServer;
let hub: Client;
const sql = async <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const one = async (q: string, p: unknown[] = []) => String((await sql<{ id: string }>(q, p))[0].id);

/** Ids of the fixture: organisations A and B, their volunteers, the campaign. */
const f = { a: '', b: '', campaign: '', aVol: [] as string[], bVol: [] as string[] };

async function event(organiser: string, day: number, served: number, status = 'CLOSED') {
  return one(
    `INSERT INTO service_event (title, campaign_id, service_type_id, organiser_id, region_id, place, starts_at, ends_at, capacity, status, person_times_served)
     SELECT 'contribution fixture', $1, (SELECT min(id) FROM service_type), $2, o.region_id, 'hall',
            $3::timestamptz, $3::timestamptz + interval '3 hours', 20, $5::event_status, $4
       FROM organisation o WHERE o.id = $2 RETURNING id::text`,
    [f.campaign, organiser, `2026-06-${String(day).padStart(2, '0')}T09:00:00+08:00`, served, status],
  );
}

async function served(eventId: string, volunteer: string, status: string, minutes: number, verified: boolean) {
  await sql(
    `INSERT INTO participation (event_id, volunteer_id, status, minutes, verified_at) VALUES ($1, $2, $3, $4, $5)`,
    [eventId, volunteer, status, minutes, verified ? new Date('2026-06-30T12:00:00Z') : null],
  );
}

beforeAll(async () => {
  t = await createSeededDatabase('contribution');
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
  const orgs = await sql<{ id: string }>(
    `SELECT organisation_id::text AS id FROM volunteer WHERE organisation_id IS NOT NULL
      GROUP BY organisation_id HAVING count(*) >= 3 ORDER BY organisation_id LIMIT 2`,
  );
  [f.a, f.b] = orgs.map((o) => o.id);
  const vols = (org: string) =>
    sql<{ id: string }>(`SELECT id::text FROM volunteer WHERE organisation_id = $1 ORDER BY id LIMIT 3`, [org]);
  f.aVol = (await vols(f.a)).map((v) => v.id);
  f.bVol = (await vols(f.b)).map((v) => v.id);
  f.campaign = await one(
    `INSERT INTO campaign (name, starts_on, ends_on, status, lead_organisation_id, region_id)
     SELECT 'Contribution fixture', '2026-06-01', '2026-06-30', 'PUBLISHED', o.id, o.region_id FROM organisation o WHERE o.id = $1
     RETURNING id::text`,
    [f.a],
  );
  await sql(
    `INSERT INTO campaign_partner (campaign_id, organisation_id, role, status, responded_at)
     VALUES ($1, $2, 'LEAD', 'ACCEPTED', now()), ($1, $3, 'CO_ORGANISER', 'ACCEPTED', now())`,
    [f.campaign, f.a, f.b],
  );
  const [a1, a2, a3] = f.aVol;
  const [b1, b2, b3] = f.bVol;
  // A organises two events, B one; B's volunteers mostly serve at A's events.
  const e1 = await event(f.a, 10, 50);
  await served(e1, b1, 'COMPLETED', 120, true);
  await served(e1, b2, 'COMPLETED', 60, true);
  await served(e1, a1, 'COMPLETED', 90, false); // served, not yet verified: counts as a volunteer, not in hours
  await served(e1, b3, 'NO_SHOW', 0, false); // did not serve
  const e2 = await event(f.a, 11, 20);
  await served(e2, b1, 'COMPLETED', 30, true); // the same volunteer again: one volunteer, more hours
  await served(e2, a2, 'CANCELLED', 0, false);
  const e3 = await event(f.b, 12, 7);
  await served(e3, a1, 'COMPLETED', 45, true);
  await served(e3, a3, 'WAITLISTED', 0, false);
  const cancelled = await event(f.a, 13, 99, 'CANCELLED'); // a cancelled event counts for nothing
  await served(cancelled, b3, 'COMPLETED', 100, true);
  await sql(
    `INSERT INTO donation (kind, amount_fen, donated_on, donor_organisation_id, campaign_id) VALUES ('CASH', 10000, '2026-06-10', $1, $2)`,
    [f.a, f.campaign],
  );
  await sql(
    `INSERT INTO donation (kind, item, quantity, unit, donated_on, donor_organisation_id, campaign_id) VALUES ('IN_KIND', 'rice', 20, 'bag', '2026-06-12', $1, $2)`,
    [f.b, f.campaign],
  );
  // A voided donation counts for nothing.
  await sql(
    `INSERT INTO donation (kind, amount_fen, donated_on, donor_organisation_id, campaign_id, deleted_at) VALUES ('CASH', 5000, '2026-06-12', $1, $2, now())`,
    [f.b, f.campaign],
  );
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

// Worked out by hand from the fixture above.
const EXPECTED = {
  a: { events: 2, volunteers: 3, verifiedMinutes: 120 + 60 + 30, personTimes: 50 + 20, cashFen: 10000, items: 0 },
  b: { events: 1, volunteers: 1, verifiedMinutes: 45, personTimes: 7, cashFen: 0, items: 1 },
};

describe('a partner’s contribution to a campaign', () => {
  it('is a fixture where counting by the volunteer’s own organisation gives other figures', async () => {
    const byOwnOrganisation = await sql<{ org: string; n: number }>(
      `SELECT v.organisation_id::text AS org, count(DISTINCT p.volunteer_id)::int AS n
         FROM participation p JOIN service_event e ON e.id = p.event_id JOIN volunteer v ON v.id = p.volunteer_id
        WHERE e.campaign_id = $1 AND p.status NOT IN ('CANCELLED', 'WAITLISTED', 'NO_SHOW') GROUP BY 1`,
      [f.campaign],
    );
    const n = (org: string) => byOwnOrganisation.find((r) => r.org === org)?.n;
    expect(n(f.a)).not.toBe(EXPECTED.a.volunteers);
    expect(n(f.b)).not.toBe(EXPECTED.b.volunteers);
  });

  it('is the same on the campaign page and on the dashboard, and counts what the organiser ran', async () => {
    const page = await hub.gql(PAGE_CONTRIBUTIONS, { id: toGlobalId('Campaign', f.campaign) });
    expect(page.errors).toBeUndefined();
    const dash = await hub.gql(DASHBOARD_CONTRIBUTIONS, {
      f: {
        campaignId: toGlobalId('Campaign', f.campaign),
        from: '2026-01-01T00:00:00+08:00',
        to: '2027-01-01T00:00:00+08:00',
      },
    });
    expect(dash.errors).toBeUndefined();
    const [campaign] = dash.data.dashboard.campaigns;
    expect(campaign.campaignId).toBe(toGlobalId('Campaign', f.campaign));

    for (const [key, org] of [
      ['a', f.a],
      ['b', f.b],
    ] as const) {
      const want = EXPECTED[key];
      const id = toGlobalId('Organisation', org);
      const node = page.data.node;
      const p = node && 'contributions' in node ? node.contributions.find((c) => c.organisation.id === id) : undefined;
      expect(p).toEqual({
        organisation: { id },
        volunteers: want.volunteers,
        events: want.events,
        verifiedMinutes: want.verifiedMinutes,
        verifiedHours: want.verifiedMinutes / 60,
        personTimesServed: want.personTimes,
        donationCashFen: want.cashFen,
        donationItems: want.items,
      });
      const d = campaign.partners.find((c) => c.organisationId === id);
      expect(d).toEqual({
        organisationId: id,
        role: key === 'a' ? 'LEAD' : 'CO_ORGANISER',
        volunteers: want.volunteers,
        events: want.events,
        verifiedHours: Math.round((want.verifiedMinutes / 60) * 100) / 100,
        personTimes: want.personTimes,
        donationsFen: want.cashFen,
      });
    }
  });
});
