// The pairing owners' word on the seeded visits, as the real process gives it (modules/pairing/
// pairing-visit-review.service.ts): a visit a volunteer or cadre logged more than a week before the
// demo's today has been reviewed: most are confirmed, each recorded as that person's service (a
// closed one-person event of origin PAIRING_VISIT with its completed, verified participation, at
// 10:00 local on the day, the helped person's first need as its service type), and one in forty is
// declined with a reason. The last week's visits wait for review. Organisation–institution visits
// have no volunteer whose time they could be, and stay unreviewed.
import type { StepContext } from './model';
import { DEMO_TODAY } from './calendar';

/** Visits newer than this many days before the demo's today still wait for their review. */
export const VISIT_REVIEW_DAYS = 7;
/** Every how many'th reviewed visit (by id) its owner declined. */
export const DECLINED_EVERY = 40;
export const DECLINE_NOTE = '未能与受助方核实此次走访';

export async function seedVisitReviews(ctx: StepContext): Promise<void> {
  const { client } = ctx;
  // Reviewed two days after the visit (noon, city time), and never after the demo's today.
  await client.query(
    `CREATE TEMP TABLE seed_review ON COMMIT DROP AS
     SELECT v.id AS visit_id, v.pairing_id, v.visited_on, v.minutes, p.volunteer_id, p.owner_a_id,
            COALESCE(b.region_id, h.region_id) AS region_id,
            COALESCE(b.need_service_type_ids[1],
                     (SELECT hb.need_service_type_ids[1] FROM beneficiary hb
                       WHERE hb.household_id = p.household_id AND cardinality(hb.need_service_type_ids) > 0
                       ORDER BY hb.id LIMIT 1),
                     (SELECT id FROM service_type ORDER BY id LIMIT 1)) AS service_type_id,
            (LEAST(v.visited_on + 2, $1::date) + time '12:00') AT TIME ZONE 'Asia/Shanghai' AS reviewed_at,
            (v.visited_on + time '10:00') AT TIME ZONE 'Asia/Shanghai' AS starts_at,
            v.id % $3 = 0 AS declined
       FROM pairing_visit v
       JOIN pairing p ON p.id = v.pairing_id
       LEFT JOIN beneficiary b ON b.id = p.beneficiary_id
       LEFT JOIN household h ON h.id = p.household_id
      WHERE p.volunteer_id IS NOT NULL AND v.visited_on <= $1::date - $2::int`,
    [DEMO_TODAY, VISIT_REVIEW_DAYS, DECLINED_EVERY],
  );
  await client.query(
    `UPDATE pairing_visit v SET review = 'DECLINED', reviewed_at = r.reviewed_at, review_note = $1
       FROM seed_review r WHERE r.visit_id = v.id AND r.declined`,
    [DECLINE_NOTE],
  );
  // Explicit ids after the seeded ones, like every other seeded row (the sequences move at the end).
  await client.query(
    `CREATE TEMP TABLE seed_confirmed ON COMMIT DROP AS
     SELECT r.*, (SELECT COALESCE(max(id), 0) FROM service_event) + row_number() OVER (ORDER BY r.visit_id) AS event_id,
            (SELECT COALESCE(max(id), 0) FROM participation) + row_number() OVER (ORDER BY r.visit_id) AS participation_id
       FROM seed_review r WHERE NOT r.declined`,
  );
  await client.query(
    `INSERT INTO service_event (id, title, place, service_type_id, organiser_id, region_id, starts_at, ends_at,
                                capacity, status, origin, person_times_served, created_at, updated_at)
     SELECT event_id, '结对走访', '', service_type_id, owner_a_id, region_id, starts_at,
            starts_at + make_interval(mins => minutes), 1, 'CLOSED', 'PAIRING_VISIT', 1, reviewed_at, reviewed_at
       FROM seed_confirmed`,
  );
  await client.query(
    `INSERT INTO participation (id, event_id, volunteer_id, status, check_in_at, check_out_at, minutes, present_minutes,
                                person_times_served, verified_at, created_at, updated_at)
     SELECT participation_id, event_id, volunteer_id, 'COMPLETED', starts_at, starts_at + make_interval(mins => minutes),
            minutes, minutes, 1, reviewed_at, reviewed_at, reviewed_at
       FROM seed_confirmed`,
  );
  await client.query(
    `UPDATE pairing_visit v SET review = 'CONFIRMED', reviewed_at = c.reviewed_at, participation_id = c.participation_id
       FROM seed_confirmed c WHERE c.visit_id = v.id`,
  );
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM seed_review`);
  ctx.progress('pairing_visit review', rows[0].n, rows[0].n);
}
