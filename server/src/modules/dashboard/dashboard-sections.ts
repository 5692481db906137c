// The dashboard's sections: one statement each, and the tables each reads, so a write recomputes
// only the sections over the tables it changed (their versions: the TableVersions migration).
import type { Context } from '../../context/context';
import { contributionSql } from '../campaign/contribution.sql';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../volunteer/star-level';
import type { Lens } from './dashboard-lens';
import {
  activeFromRollup,
  eventsFromRollup,
  peopleFromRollup,
  rollupLens,
  trainingFromRollup,
  type RollupFacts,
} from './dashboard-rollup.sql';
export { rollupLens, type RollupFacts };
import {
  AGE_BAND_BY_BOUNDS,
  AGE_BOUNDS,
  beneficiaryWhere,
  JURISDICTION_THRESHOLDS,
  childRegion,
  donationWhere,
  eventWhere,
  type Params,
  pairingWhere,
  STAR_LEVEL,
  volunteerWhere,
} from './dashboard.sql';

export type Row = Record<string, string | number | boolean | null>;

export interface Section {
  name: SectionName;
  /** Every versioned table the statement reads under this lens (reference tables never change). */
  deps: (lens: Lens) => string[];
  /** The statement over the base tables: any lens. */
  sql: (p: Params, lens: Lens, ctx: Context) => string;
  /** The same figures from the rollups, for a lens they serve (`rollupLens`); null when the data needs the base tables. */
  rollup?: (p: Params, lens: Lens, facts: RollupFacts) => string | null;
}

export type SectionName =
  'people' | 'network' | 'events' | 'active' | 'pairings' | 'campaigns' | 'training' | 'donations' | 'disability';

/**
 * A beneficiary `b` is covered by an active pairing of its own or of its household. For the whole
 * city, two hashed lists of the active pairings; for a region or an organisation, a search of the pairings per
 * beneficiary (fewer beneficiaries than active pairings).
 */
const COVERED_BY_SEARCH = `EXISTS (SELECT 1 FROM pairing x WHERE x.status = 'ACTIVE' AND (x.beneficiary_id = b.id OR x.household_id = b.household_id))`;
const COVERED_BY_LISTS = `(b.id IN (SELECT x.beneficiary_id FROM pairing x WHERE x.status = 'ACTIVE' AND x.beneficiary_id IS NOT NULL)
  OR (b.household_id IS NOT NULL
      AND b.household_id IN (SELECT x.household_id FROM pairing x WHERE x.status = 'ACTIVE' AND x.household_id IS NOT NULL)))`;

/** The statement a section runs under a lens: its rollup where one serves the lens. */
export const sectionSql = (s: Section, p: Params, lens: Lens, ctx: Context, facts: RollupFacts): string =>
  (s.rollup && rollupLens(lens) ? s.rollup(p, lens, facts) : null) ?? s.sql(p, lens, ctx);

export const SECTIONS: readonly Section[] = [
  {
    name: 'people',
    deps: (lens) => [
      'volunteer',
      'organisation',
      'region',
      ...(lens.campaignId ? ['participation', 'service_event'] : []),
    ],
    rollup: peopleFromRollup,
    // Ages are birth-date comparisons against the bands' bounds, not an age computed per volunteer.
    sql: (p, lens) => `WITH ${AGE_BOUNDS(p, lens)}
      SELECT CASE WHEN GROUPING(v.status) = 0 THEN 'status' WHEN GROUPING(v.category) = 0 THEN 'category'
          WHEN GROUPING(band) = 0 THEN 'age' WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(stars) = 0 THEN 'stars'
          WHEN GROUPING(v.insured) = 0 THEN 'insured' ELSE 'all' END AS set,
          COALESCE(v.status::text, v.category::text, band, kind, stars::text, v.insured::text) AS k, count(*)::int AS n
        FROM (SELECT v.status, v.category, v.insured, ${AGE_BAND_BY_BOUNDS('v.birth_date')} AS band, COALESCE(o.kind::text, 'NONE') AS kind,
                CASE WHEN j.th IS NULL THEN ${STAR_LEVEL('v.verified_minutes', DEFAULT_STAR_THRESHOLDS_HOURS)}
                     ELSE (SELECT count(*)::int FROM unnest(j.th) h WHERE v.verified_minutes >= h * 60) END AS stars
                FROM volunteer v CROSS JOIN ages LEFT JOIN organisation o ON o.id = v.organisation_id
                LEFT JOIN (${JURISDICTION_THRESHOLDS}) j ON j.region_id = v.home_region_id
               WHERE ${volunteerWhere('v', p, lens)}) v
        GROUP BY GROUPING SETS ((v.status), (v.category), (band), (kind), (stars), (v.insured), ())`,
  },
  {
    // With the year-end summary's reach: stations of the lens where no event took place in the
    // period, and the commendations awarded in it to the lens's volunteers (dates on China Standard Time).
    name: 'network',
    deps: (lens) => [
      'service_station',
      'volunteer_team',
      'region',
      'organisation',
      'service_event',
      'commendation',
      'volunteer',
      ...(lens.campaignId ? ['participation'] : []),
    ],
    sql: (p, lens) => `SELECT
          (SELECT count(*)::int FROM service_station s WHERE ${lens.regionPath ? `s.region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE'}
             ${lens.organisationId ? `AND s.organisation_id = ${p.add(lens.organisationId)}` : ''}) AS stations,
          (SELECT count(*)::int FROM volunteer_team t WHERE ${lens.regionPath ? `t.region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE'}
             ${lens.organisationId ? `AND t.organisation_id = ${p.add(lens.organisationId)}` : ''}) AS teams,
          (SELECT count(*)::int FROM volunteer_team t JOIN region r ON r.id = t.region_id JOIN organisation o ON o.id = t.organisation_id
             WHERE r.level = 'DISTRICT' AND o.kind = 'DPF'
             ${lens.regionPath ? `AND r.path LIKE ${p.add(`${lens.regionPath}%`)}` : ''}
             ${lens.organisationId ? `AND t.organisation_id = ${p.add(lens.organisationId)}` : ''}) AS district_teams,
          (SELECT count(*)::int FROM service_station s WHERE ${lens.regionPath ? `s.region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE'}
             ${lens.organisationId ? `AND s.organisation_id = ${p.add(lens.organisationId)}` : ''}
             AND NOT EXISTS (SELECT 1 FROM service_event e WHERE e.station_id = s.id AND e.status <> 'CANCELLED'
               AND ${eventWhere('e', p, lens, { byOrganiser: false })})) AS stations_without_events,
          (SELECT count(*)::int FROM commendation c JOIN volunteer v ON v.id = c.volunteer_id
             WHERE ${volunteerWhere('v', p, lens)}
               AND c.awarded_on >= (${p.add(lens.from)}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date
               AND c.awarded_on < (${p.add(lens.to)}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date) AS commendations`,
  },
  {
    name: 'events',
    deps: () => ['service_event', 'organisation', 'region'],
    rollup: eventsFromRollup,
    sql: (p, lens) => `SELECT CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(st.id) = 0 THEN 'type'
          WHEN GROUPING(o.id) = 0 THEN 'org' WHEN GROUPING(area) = 0 THEN 'region' ELSE 'all' END AS set,
          COALESCE(month, st.id::text, o.id::text, area) AS k, COALESCE(st.name, o.name, ar.name, month) AS label,
          sum(e.verified_minutes)::bigint AS minutes, sum(e.person_times_served)::bigint AS served, count(*)::int AS n
        FROM (SELECT e.*, to_char(e.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${childRegion('r.path', lens)} AS area
                FROM service_event e JOIN region r ON r.id = e.region_id WHERE ${eventWhere('e', p, lens)} AND e.status <> 'CANCELLED') e
        JOIN service_type st ON st.id = e.service_type_id JOIN organisation o ON o.id = e.organiser_id
        LEFT JOIN region ar ON ar.id::text = e.area
        GROUP BY GROUPING SETS ((month), (st.id, st.name), (o.id, o.name), (area, ar.name), ())`,
  },
  {
    name: 'active',
    deps: (lens) => ['participation', 'service_event', 'region', ...(lens.organisationId ? ['volunteer'] : [])],
    rollup: activeFromRollup,
    sql: (
      p,
      lens,
    ) => `SELECT count(DISTINCT p.volunteer_id)::int AS n FROM participation p JOIN service_event e ON e.id = p.event_id
        WHERE ${eventWhere('e', p, lens, { byOrganiser: false })} AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL
          ${lens.organisationId ? `AND p.volunteer_id IN (SELECT id FROM volunteer WHERE organisation_id = ${p.add(lens.organisationId)})` : ''}`,
  },
  {
    name: 'pairings',
    deps: () => ['pairing', 'pairing_visit', 'beneficiary', 'household', 'organisation', 'region'],
    sql: (p, lens, ctx) => `WITH pr AS (SELECT * FROM pairing pr WHERE ${pairingWhere('pr', p, lens)}),
          ben AS (SELECT b.id, ${childRegion('r.path', lens)} AS area,
                    ${lens.regionPath || lens.organisationId ? COVERED_BY_SEARCH : COVERED_BY_LISTS} AS covered
                  FROM beneficiary b JOIN region r ON r.id = b.region_id WHERE ${beneficiaryWhere('b', p, lens)})
        SELECT 'kind' AS set, kind::text AS k, NULL AS label, count(*)::int AS n FROM pr GROUP BY kind
        UNION ALL SELECT 'status', status::text, NULL, count(*)::int FROM pr GROUP BY status
        UNION ALL SELECT 'overdue', NULL, NULL, count(*)::int FROM pr WHERE status = 'ACTIVE'
          AND COALESCE(last_visit_at, started_on::timestamptz) < ${p.add(lens.to)}::timestamptz - make_interval(days => ${p.add(ctx.settings.pairingOverdueDays)}::int)
        UNION ALL SELECT 'coverage', ben.area, max(ar.name), (avg(covered::int) * 10000)::int
          FROM ben LEFT JOIN region ar ON ar.id::text = ben.area GROUP BY ROLLUP (ben.area)`,
  },
  {
    name: 'campaigns',
    deps: () => [
      'campaign',
      'campaign_partner',
      'service_event',
      'participation',
      'donation',
      'organisation',
      'region',
    ],
    sql: (p, lens) => `SELECT c.id::text AS campaign_id, c.name, x.role, o.id::text AS org_id, o.name AS org_name,
          x.events, x.minutes, x.served, x.volunteers, x.cash AS fen
        FROM (${contributionSql({
          partners: [
            `cp.status = 'ACCEPTED'`,
            lens.campaignId ? `cp.campaign_id = ${p.add(lens.campaignId)}` : 'TRUE',
            lens.organisationId
              ? `cp.campaign_id IN (SELECT campaign_id FROM campaign_partner WHERE organisation_id = ${p.add(lens.organisationId)})`
              : 'TRUE',
            lens.regionPath
              ? `(cp.campaign_id IN (SELECT id FROM campaign WHERE region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)}))
                 OR cp.campaign_id IN (SELECT e.campaign_id FROM service_event e WHERE ${eventWhere('e', p, { ...lens, organisationId: null, campaignId: null }, { period: false })}))`
              : 'TRUE',
          ].join(' AND '),
          events: (e) => eventWhere(e, p, { ...lens, organisationId: null, campaignId: null }),
        })}) x
        JOIN campaign c ON c.id = x.campaign_id::bigint JOIN organisation o ON o.id = x.organisation_id::bigint
        ORDER BY c.id, array_position(ARRAY['LEAD', 'CO_ORGANISER', 'SUPPORTER'], x.role), o.id`,
  },
  {
    name: 'training',
    deps: (lens) => [
      'volunteer',
      'training_session',
      'training_attendance',
      'region',
      ...(lens.campaignId ? ['participation', 'service_event'] : []),
    ],
    // The city and a district read the attended attendances kept with their volunteers' district and
    // status (dashboard_trained). Otherwise trained volunteers are found from the attendance side (a
    // few thousand in a year), then looked up by id in one scan of the primary key over the array of
    // their ids, not by probing the attendance of every active volunteer of the lens. A join would
    // scan every volunteer, and a subquery per attendee costs an executor call each and an estimate
    // past the JIT threshold. The active volunteers it is a share of are the people section's.
    rollup: trainingFromRollup,
    sql: (p, lens) => `SELECT count(*)::int AS trained FROM volunteer v
        WHERE v.id = ANY (ARRAY(SELECT DISTINCT a.volunteer_id FROM training_attendance a JOIN training_session s ON s.id = a.session_id
              WHERE a.attended AND s.held_on > (${p.add(lens.to)}::timestamptz - interval '12 months')::date
                AND s.held_on <= ${p.add(lens.to)}::timestamptz::date))
          AND v.status = 'ACTIVE' AND ${volunteerWhere('v', p, lens)}`,
  },
  {
    name: 'donations',
    deps: () => ['donation', 'beneficiary', 'household', 'pairing', 'region'],
    sql: (p, lens) => `SELECT CASE WHEN GROUPING(d.item) = 0 THEN 'item' ELSE 'cash' END AS set, d.item AS k,
          COALESCE(sum(d.amount_fen) FILTER (WHERE d.kind = 'CASH'), 0)::bigint AS fen, COALESCE(sum(d.quantity), 0)::int AS n
        FROM donation d WHERE ${donationWhere('d', p, lens)}
        GROUP BY GROUPING SETS ((d.item), ())`,
  },
  {
    name: 'disability',
    deps: () => ['beneficiary', 'pairing', 'region'],
    sql: (
      p,
      lens,
    ) => `SELECT CASE WHEN GROUPING(b.disability_category) = 0 THEN 'category' WHEN GROUPING(b.disability_grade) = 0 THEN 'grade' ELSE 'all' END AS set,
          COALESCE(b.disability_category::text, b.disability_grade::text) AS k, count(*)::int AS n
        FROM beneficiary b WHERE ${beneficiaryWhere('b', p, lens)}
        GROUP BY GROUPING SETS ((b.disability_category), (b.disability_grade), ())`,
  },
];
