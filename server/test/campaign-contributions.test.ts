// Every partner's contribution to each joint campaign, against a brute-force recomputation, in a
// fixed number of statements.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { graphql } from './generated';

const NOW = new Date('2026-12-20T10:00:00.000Z'); // 18:00 in the city, 20 December 2026
const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const org = (id: string) => toGlobalId('Organisation', id);
beforeAll(async () => {
  t = await createSeededDatabase('campaign_contributions', { logger: counter });
  server = await startTestServer(t.db, { now: () => NOW });
  hub = await server.as('hub.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

/** Each partner's figures, recomputed row by row with correlated subqueries: all counted from the events it organised. */
async function bruteForce() {
  const rows = await sql<{
    campaign: string;
    organisation: string;
    role: string;
    status: string;
    volunteers: number;
    events: number;
    minutes: number;
    served: number;
    cash: number;
    items: number;
  }>(`
    SELECT cp.campaign_id::text AS campaign, cp.organisation_id::text AS organisation, cp.role::text, cp.status::text,
      (SELECT count(DISTINCT p.volunteer_id) FROM participation p, service_event e
        WHERE e.id = p.event_id AND e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED'
          AND p.deleted_at IS NULL AND p.status::text NOT IN ('CANCELLED', 'WAITLISTED', 'NO_SHOW'))::int AS volunteers,
      (SELECT count(*) FROM service_event e WHERE e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED')::int AS events,
      (SELECT COALESCE(sum(p.minutes), 0) FROM participation p, service_event e
        WHERE e.id = p.event_id AND e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED'
          AND p.deleted_at IS NULL AND p.verified_at IS NOT NULL)::int AS minutes,
      (SELECT COALESCE(sum(e.person_times_served), 0) FROM service_event e
        WHERE e.campaign_id = cp.campaign_id AND e.organiser_id = cp.organisation_id AND e.status::text <> 'CANCELLED')::int AS served,
      (SELECT COALESCE(sum(d.amount_fen), 0) FROM donation d WHERE d.campaign_id = cp.campaign_id AND d.donor_organisation_id = cp.organisation_id
          AND d.kind = 'CASH' AND d.deleted_at IS NULL)::int AS cash,
      (SELECT count(*) FROM donation d WHERE d.campaign_id = cp.campaign_id AND d.donor_organisation_id = cp.organisation_id
          AND d.kind = 'IN_KIND' AND d.deleted_at IS NULL)::int AS items
    FROM campaign_partner cp ORDER BY cp.campaign_id, cp.organisation_id`);
  return rows.map((r) => ({
    campaign: toGlobalId('Campaign', r.campaign),
    organisation: org(r.organisation),
    role: r.role,
    status: r.status,
    volunteers: r.volunteers,
    events: r.events,
    verifiedMinutes: r.minutes,
    personTimesServed: r.served,
    donationCashFen: r.cash,
    donationItems: r.items,
  }));
}

async function reported() {
  const res = await hub.gql(
    graphql(`
      query Campaigns7 {
        campaigns(first: 50) {
          nodes {
            id
            ...CampaignFigures
          }
        }
      }
    `),
  );
  expect(res.errors).toBeUndefined();
  return res.data.campaigns.nodes;
}

const flatten = (nodes: Awaited<ReturnType<typeof reported>>) =>
  nodes
    .flatMap((c) =>
      c.contributions.map((p) => {
        expect(p.verifiedHours).toBeCloseTo(p.verifiedMinutes / 60, 9);
        return {
          campaign: c.id,
          organisation: p.organisation.id,
          role: p.role,
          status: p.status,
          volunteers: p.volunteers,
          events: p.events,
          verifiedMinutes: p.verifiedMinutes,
          personTimesServed: p.personTimesServed,
          donationCashFen: p.donationCashFen,
          donationItems: p.donationItems,
        };
      }),
    )
    .sort((a, b) => a.campaign.localeCompare(b.campaign) || a.organisation.localeCompare(b.organisation));

describe('partner contributions', () => {
  it('equal a brute-force recomputation for every partner of every campaign', async () => {
    const expected = (await bruteForce()).sort(
      (a, b) => a.campaign.localeCompare(b.campaign) || a.organisation.localeCompare(b.organisation),
    );
    const got = flatten(await reported());
    expect(got).toEqual(expected);
    // The demo year gives real figures to compare, not zeros.
    expect(got.some((r) => r.volunteers > 0 && r.verifiedMinutes > 0 && r.events > 0 && r.personTimesServed > 0)).toBe(
      true,
    );
    expect(got.some((r) => r.donationCashFen > 0)).toBe(true);
    expect(got.some((r) => r.donationItems > 0)).toBe(true);
  });

  it('list the lead first, and every partner whatever its answer', async () => {
    const nodes = await reported();
    for (const c of nodes) expect(c.contributions[0].role).toBe('LEAD');
    const statuses = new Set(nodes.flatMap((c) => c.contributions.map((p) => p.status)));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'DECLINED', 'INVITED']);
  });

  it('cost a constant number of statements however many campaigns are listed', async () => {
    const nested = graphql(`
      query Campaigns8($n: Int!) {
        campaigns(first: $n) {
          nodes {
            id
            ...CampaignFigures
            contributions {
              organisation {
                name
                region {
                  name
                }
              }
            }
          }
        }
      }
    `);
    const run = async (n: number) => {
      counter.reset();
      const res = await hub.gql(nested, { n });
      expect(res.errors).toBeUndefined();
      return {
        count: counter.count,
        partners: res.data.campaigns.nodes.flatMap((c) => c.contributions).length,
      };
    };
    const small = await run(1);
    const large = await run(20);
    expect(large.partners).toBeGreaterThan(small.partners * 4);
    expect(large.count).toBe(small.count);
    // the viewer, campaigns, contributions, organisations, regions, donation totals
    expect(large.count).toBeLessThanOrEqual(7);
  });
});
