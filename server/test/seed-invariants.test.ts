// The demo city obeys the rules the API enforces: every lifecycle, date and link is checked over all
// rows of a seeded city with SQL, one statement per rule counting the rows that break it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CADRE_DONATION_FEN } from '../src/db/seed/donations';
import { DEMO_NOW_MS, DEMO_TODAY, DEMO_YEAR } from '../src/db/seed/calendar';
import type { TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';

let t: TestDatabase;
const DEMO_NOW = new Date(DEMO_NOW_MS).toISOString();
/** A timestamp's date in the city (UTC+8). */
const cityDay = (col: string) => `((${col}) AT TIME ZONE 'Asia/Shanghai')::date`;

/** Rule → a statement counting the rows that break it (`$1` is the demo's now, `$2` its today). */
const LIFECYCLES: Record<string, string> = {
  'the demo’s today is not after the day it is loaded': `SELECT count(*) FROM (SELECT 1) x WHERE $1::timestamptz > now()`,
  'a CLOSED event has ended by the demo’s now': `SELECT count(*) FROM service_event WHERE status = 'CLOSED' AND ends_at > $1`,
  'an event starts before it ends': `SELECT count(*) FROM service_event WHERE starts_at >= ends_at`,
  'an event of a campaign lies within the campaign’s dates': `SELECT count(*) FROM service_event e JOIN campaign c ON c.id = e.campaign_id
     WHERE ${cityDay('e.starts_at')} < c.starts_on OR ${cityDay('e.ends_at')} > c.ends_on`,
  'a CLOSED campaign has no OPEN or DRAFT event': `SELECT count(*) FROM service_event e JOIN campaign c ON c.id = e.campaign_id
     WHERE c.status = 'CLOSED' AND e.status IN ('OPEN', 'DRAFT')`,
  'a DRAFT campaign’s events take no sign-ups': `SELECT count(*) FROM participation p JOIN service_event e ON e.id = p.event_id
     JOIN campaign c ON c.id = e.campaign_id WHERE c.status = 'DRAFT' AND p.deleted_at IS NULL`,
  'a campaign closes once its days are over, and not before': `SELECT count(*) FROM campaign
     WHERE (status = 'CLOSED') <> (ends_on < $2::date) AND status <> 'DRAFT'`,
  'attendance happens at events that have started, never cancelled ones': `SELECT count(*) FROM participation p JOIN service_event e ON e.id = p.event_id
     WHERE p.status IN ('CHECKED_IN', 'COMPLETED') AND (e.starts_at > $1 OR e.status = 'CANCELLED')`,
  'hours are verified at completed participations, by the demo’s now': `SELECT count(*) FROM participation
     WHERE verified_at IS NOT NULL AND (status <> 'COMPLETED' OR verified_at > $1)`,
  'nobody is still signed up for a closed event': `SELECT count(*) FROM participation p JOIN service_event e ON e.id = p.event_id
     WHERE e.status = 'CLOSED' AND p.status IN ('SIGNED_UP', 'WAITLISTED', 'CHECKED_IN')`,
  'a pairing’s status agrees with its dates': `SELECT count(*) FROM pairing WHERE
     (status = 'ENDED') <> (ended_on IS NOT NULL) OR (status <> 'PROPOSED' AND started_on IS NULL)
     OR started_on > $2::date OR ended_on > $2::date OR ended_on < started_on`,
  'no visit after the demo’s today, before its pairing started or after it ended': `SELECT count(*) FROM pairing_visit v JOIN pairing p ON p.id = v.pairing_id
     WHERE v.visited_on > $2::date OR v.visited_on < p.started_on OR v.visited_on > p.ended_on`,
  'a pairing’s last visit is its latest visit, not after the demo’s today': `SELECT count(*) FROM pairing p
     WHERE ${cityDay('p.last_visit_at')} > $2::date
        OR ${cityDay('p.last_visit_at')} IS DISTINCT FROM (SELECT max(v.visited_on) FROM pairing_visit v WHERE v.pairing_id = p.id)`,
  'a visit is reviewed after it took place and by the demo’s now': `SELECT count(*) FROM pairing_visit
     WHERE reviewed_at IS NOT NULL AND (${cityDay('reviewed_at')} < visited_on OR reviewed_at > $1)`,
  'a reviewed visit says so, with a reason when declined; a pending one is not reviewed': `SELECT count(*) FROM pairing_visit
     WHERE (review = 'PENDING') <> (reviewed_at IS NULL) OR (review = 'DECLINED' AND COALESCE(review_note, '') = '')
        OR (review = 'CONFIRMED') <> (participation_id IS NOT NULL)`,
  'visits a week old or more have been reviewed, where a volunteer made them': `SELECT count(*) FROM pairing_visit v JOIN pairing p ON p.id = v.pairing_id
     WHERE v.review = 'PENDING' AND p.volunteer_id IS NOT NULL AND v.visited_on <= $2::date - 7`,
  'a service request is not created after the demo’s now': `SELECT count(*) FROM service_request WHERE created_at > $1`,
};

const LINKS: Record<string, string> = {
  'a confirmed visit is its volunteer’s verified service: that day, those minutes, one closed event of its own': `SELECT count(*) FROM pairing_visit v
     JOIN pairing p ON p.id = v.pairing_id
     LEFT JOIN participation pa ON pa.id = v.participation_id
     LEFT JOIN service_event e ON e.id = pa.event_id
     WHERE v.review = 'CONFIRMED' AND (pa.id IS NULL OR pa.volunteer_id IS DISTINCT FROM p.volunteer_id
        OR pa.status <> 'COMPLETED' OR pa.verified_at IS NULL OR pa.minutes <> v.minutes
        OR e.origin <> 'PAIRING_VISIT' OR e.status <> 'CLOSED' OR ${cityDay('e.starts_at')} <> v.visited_on
        OR e.organiser_id <> p.owner_a_id
        OR (SELECT count(*) FROM participation o WHERE o.event_id = e.id) <> 1
        OR (SELECT count(*) FROM pairing_visit o WHERE o.participation_id = pa.id) <> 1)`,
  'a volunteer’s verified minutes are those of its verified participations': `SELECT count(*) FROM volunteer vo
     WHERE vo.verified_minutes <> (SELECT COALESCE(sum(pa.minutes), 0) FROM participation pa
                                    WHERE pa.volunteer_id = vo.id AND pa.verified_at IS NOT NULL AND pa.deleted_at IS NULL)`,
  'an event of origin PAIRING_VISIT is a confirmed visit’s': `SELECT count(*) FROM service_event e WHERE e.origin = 'PAIRING_VISIT'
     AND NOT EXISTS (SELECT 1 FROM participation pa JOIN pairing_visit v ON v.participation_id = pa.id
                      WHERE pa.event_id = e.id AND v.review = 'CONFIRMED')`,
  'a donation is not dated after the demo’s today': `SELECT count(*) FROM donation WHERE donated_on > $2::date`,
  'a donation of a campaign is dated within the campaign': `SELECT count(*) FROM donation d JOIN campaign c ON c.id = d.campaign_id
     WHERE d.donated_on < c.starts_on OR d.donated_on > c.ends_on`,
  'a donation handed over on a visit is of that visit’s pairing and day': `SELECT count(*) FROM donation d JOIN pairing_visit v ON v.id = d.visit_id
     WHERE d.pairing_id IS DISTINCT FROM v.pairing_id OR d.donated_on <> v.visited_on`,
  'a donation of a pairing goes to the pairing’s helped side': `SELECT count(*) FROM donation d JOIN pairing p ON p.id = d.pairing_id
     WHERE (p.household_id IS NOT NULL AND d.household_id IS DISTINCT FROM p.household_id)
        OR (p.beneficiary_id IS NOT NULL AND d.beneficiary_id IS DISTINCT FROM p.beneficiary_id)`,
  'an event’s organiser took part in its campaign': `SELECT count(*) FROM service_event e JOIN campaign c ON c.id = e.campaign_id
     WHERE NOT EXISTS (SELECT 1 FROM campaign_partner cp WHERE cp.campaign_id = c.id AND cp.organisation_id = e.organiser_id AND cp.status = 'ACCEPTED')`,
};

beforeAll(async () => {
  t = await createSeededDatabase('seed_invariants');
});
afterAll(async () => {
  await t?.drop();
});

// The leading CTE types both parameters for the statements that use only one of them.
const broken = async (sql: string) =>
  Number(
    (
      await t.db.query<Array<{ count: string }>>(
        `WITH demo AS (SELECT $1::timestamptz AS now_at, $2::date AS today) ${sql}`,
        [DEMO_NOW, DEMO_TODAY],
      )
    )[0].count,
  );

describe('the seeded city', () => {
  it.each(Object.entries(LIFECYCLES))('keeps its lifecycles: %s', async (_rule, sql) => {
    expect(await broken(sql)).toBe(0);
  });

  it.each(Object.entries(LINKS))('keeps its links: %s', async (_rule, sql) => {
    expect(await broken(sql)).toBe(0);
  });

  it('has reviewed the volunteers’ and cadres’ visits: most confirmed as service, some declined, the last week’s pending', async () => {
    const rows = await t.db.query<Array<{ review: string; n: number }>>(
      `SELECT v.review, count(*)::int AS n FROM pairing_visit v JOIN pairing p ON p.id = v.pairing_id
        WHERE p.volunteer_id IS NOT NULL GROUP BY 1`,
    );
    const n = Object.fromEntries(rows.map((r) => [r.review, r.n]));
    expect(n.CONFIRMED).toBeGreaterThan(10 * n.DECLINED);
    expect(n.DECLINED).toBeGreaterThan(0);
    expect(n.PENDING).toBeGreaterThan(0);
  });

  it('dates the 45 cadres’ 200-yuan gifts on Poverty Alleviation Day, linked to that campaign and a home visit', async () => {
    const rows = await t.db.query<Array<Record<string, unknown>>>(
      `SELECT d.donated_on::text AS day, c.theme_day, v.mode, v.visited_on::text AS visited, count(*)::int AS n
         FROM pairing p
         JOIN donation d ON d.pairing_id = p.id AND d.kind = 'CASH' AND d.amount_fen = $1
         LEFT JOIN campaign c ON c.id = d.campaign_id
         LEFT JOIN pairing_visit v ON v.id = d.visit_id
        WHERE p.kind = 'CADRE_HOUSEHOLD'
        GROUP BY 1, 2, 3, 4`,
      [CADRE_DONATION_FEN],
    );
    const day = `${DEMO_YEAR}-10-17`;
    expect(rows).toEqual([{ day, theme_day: 'POVERTY_ALLEVIATION_DAY', mode: 'HOME', visited: day, n: 45 }]);
  });
});
