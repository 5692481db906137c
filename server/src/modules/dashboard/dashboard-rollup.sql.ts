// The dashboard's sections read from the rollups (migration DashboardRollups) where the lens allows:
// the whole city or a district, no organisation, no campaign. The period's whole months (China
// Standard Time) come from the rollups, its partial months at either end from the base tables, so
// the figures are exactly those of the base-table statements for any period.
import { eventDeltas } from '../../db/migrations/1796560000000-DashboardRollups';
import type { Lens } from './dashboard-lens';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../volunteer/star-level';
import { AGE_BAND_BY_BOUNDS, AGE_BOUNDS, STAR_LEVEL, volunteerWhere, type Params } from './dashboard.sql';

/** China Standard Time, UTC+8 without daylight saving since 1992 (periods before fall back to the base tables). */
const CST_MS = 8 * 3_600_000;
const SINCE = Date.UTC(1992, 0, 1) - CST_MS;

/** Whether the rollups can answer this lens: they are kept per district, not per organisation or campaign. */
export const rollupLens = (lens: Lens) =>
  !lens.organisationId && !lens.campaignId && lens.regionDepth <= 1 && lens.from.getTime() >= SINCE;

/** The district of a district lens, as the rollups key it (the path's second id); null for the city. */
const district = (lens: Lens) => (lens.regionPath && lens.regionDepth === 1 ? lens.regionPath.split('/')[2] : null);

interface Months {
  /** The period's whole months, [from, to) as first days 'YYYY-MM-01' (from >= to when there are none). */
  from: string;
  to: string;
  /** Per year, a bit per whole month (January = 1). */
  masks: Map<number, number>;
  /** The partial months at either end, as instants [start, end); empty ones left out. */
  partial: Array<[Date, Date]>;
}

const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1) - CST_MS);
const day = (d: Date) => new Date(d.getTime() + CST_MS).toISOString().slice(0, 10);

export function periodMonths(lens: Lens): Months {
  const f = new Date(lens.from.getTime() + CST_MS);
  const t = new Date(lens.to.getTime() + CST_MS);
  const fm = monthStart(f.getUTCFullYear(), f.getUTCMonth());
  const first = fm.getTime() === lens.from.getTime() ? fm : monthStart(f.getUTCFullYear(), f.getUTCMonth() + 1);
  const end = monthStart(t.getUTCFullYear(), t.getUTCMonth());
  const masks = new Map<number, number>();
  for (let m = first; m < end;) {
    const local = new Date(m.getTime() + CST_MS);
    masks.set(local.getUTCFullYear(), (masks.get(local.getUTCFullYear()) ?? 0) | (1 << local.getUTCMonth()));
    m = monthStart(local.getUTCFullYear(), local.getUTCMonth() + 1);
  }
  const min = (a: Date, b: Date) => (a < b ? a : b);
  const max = (...d: Date[]) => d.reduce((a, b) => (a > b ? a : b));
  const partial: Array<[Date, Date]> = [
    [lens.from, min(lens.to, first)],
    [max(lens.from, first, end), lens.to],
  ];
  return { from: day(first), to: day(end), masks, partial: partial.filter(([a, b]) => a < b) };
}

/** Events `alias` starting in the period's partial months. */
const inPartial = (p: Params, alias: string, m: Months) =>
  m.partial.length
    ? `(${m.partial.map(([a, b]) => `(${alias}.starts_at >= ${p.add(a)} AND ${alias}.starts_at < ${p.add(b)})`).join(' OR ')})`
    : 'FALSE';

export function eventsFromRollup(p: Params, lens: Lens): string {
  const m = periodMonths(lens);
  const d = district(lens);
  const inDistrict = d ? `AND district = ${p.add(d)}` : '';
  const area = d ? 'k' : 'district';
  return `WITH e AS (SELECT r.dim, r.month, r.district, r.k, r.events, r.minutes, r.served
              FROM dashboard_event_rollup r WHERE r.month >= ${p.add(m.from)}::date AND r.month < ${p.add(m.to)}::date ${inDistrict}
            UNION ALL
            SELECT * FROM (${eventDeltas(`(SELECT ev.* FROM service_event ev WHERE ${inPartial(p, 'ev', m)})`, 1)}) x
             WHERE TRUE ${inDistrict})
    SELECT 'month' AS set, to_char(month, 'YYYY-MM') AS k, to_char(month, 'YYYY-MM') AS label,
           sum(minutes)::bigint AS minutes, sum(served)::bigint AS served, sum(events)::int AS n
      FROM e WHERE dim = 'area' GROUP BY month HAVING sum(events) > 0
    UNION ALL SELECT 'type', e.k, max(st.name), sum(minutes)::bigint, sum(served)::bigint, sum(events)::int
      FROM e JOIN service_type st ON st.id::text = e.k WHERE dim = 'type' GROUP BY e.k HAVING sum(events) > 0
    UNION ALL SELECT 'org', e.k, max(o.name), sum(minutes)::bigint, sum(served)::bigint, sum(events)::int
      FROM e JOIN organisation o ON o.id::text = e.k WHERE dim = 'org' GROUP BY e.k HAVING sum(events) > 0
    UNION ALL SELECT 'region', e.${area}, max(ar.name), sum(minutes)::bigint, sum(served)::bigint, sum(events)::int
      FROM e LEFT JOIN region ar ON ar.id::text = e.${area} WHERE dim = 'area' GROUP BY e.${area} HAVING sum(events) > 0
    UNION ALL SELECT 'all', NULL, NULL, sum(minutes)::bigint, sum(served)::bigint, COALESCE(sum(events), 0)::int
      FROM e WHERE dim = 'area'`;
}

/**
 * Volunteers with verified service in the period: those whose rollup row marks one of its whole
 * months, plus those who served in its partial months and in none of them. Within one year a
 * volunteer has one row per district, so that count needs no de-duplication, and is read from the
 * volunteers per mask (at most 4,096 rows) rather than from the volunteers' own rows.
 */
export function activeFromRollup(p: Params, lens: Lens): string {
  const m = periodMonths(lens);
  const d = district(lens);
  const key = p.add(d ?? '*');
  const years = [...m.masks];
  const marked = (a: string) =>
    years.length
      ? `(${years.map(([y, mask]) => `(${a}.year = ${p.add(y)} AND ${a}.mask & ${p.add(mask)} <> 0)`).join(' OR ')})`
      : 'FALSE';
  const whole =
    years.length === 1
      ? `SELECT COALESCE(sum(a.n), 0)::int FROM dashboard_active_masks a WHERE a.district = ${key} AND ${marked('a')}`
      : years.length
        ? `SELECT count(DISTINCT a.volunteer_id)::int FROM dashboard_volunteer_activity a
            WHERE a.district = ${key} AND ${marked('a')}`
        : 'SELECT 0';
  return `SELECT (${whole}) + (SELECT count(DISTINCT pa.volunteer_id)::int
      FROM service_event ev JOIN participation pa ON pa.event_id = ev.id
      ${d ? `JOIN region r ON r.id = ev.region_id AND split_part(r.path, '/', 3) = ${key}` : ''}
     WHERE ${inPartial(p, 'ev', m)} AND pa.verified_at IS NOT NULL AND pa.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM dashboard_volunteer_activity a
                        WHERE a.volunteer_id = pa.volunteer_id AND a.district = ${key} AND ${marked('a')})) AS n`;
}

/**
 * Active volunteers of the lens trained in the 12 months before the period end, from the attended
 * attendances kept with their day, their volunteer's home district and whether they are active.
 */
export function trainingFromRollup(p: Params, lens: Lens): string {
  const d = district(lens);
  const to = p.add(lens.to);
  return `SELECT count(DISTINCT t.volunteer_id)::int AS trained FROM dashboard_trained t
     WHERE t.active AND t.held_on > (${to}::timestamptz - interval '12 months')::date AND t.held_on <= ${to}::timestamptz::date
       ${d ? `AND t.district = ${p.add(d)}` : ''}`;
}

/** What the rollups need to know of the data besides the lens (read with the table versions). */
export interface RollupFacts {
  /** Some region sets star thresholds of its own: star levels then need each volunteer's home region. */
  ownStarThresholds: boolean;
}

/**
 * The volunteers' composition from the people rollup: profile breakdowns from its profile rows;
 * age bands from its birth months, except the few months a band boundary falls in, counted from
 * the volunteers born in them (a probe of the birth-date index per such month, so none costs
 * nothing: a join would scan every volunteer); star levels from its verified minutes. Null (the
 * base statement) while a region sets star thresholds of its own.
 */
export function peopleFromRollup(p: Params, lens: Lens, facts: RollupFacts): string | null {
  if (facts.ownStarThresholds) return null;
  const d = district(lens);
  const stars = STAR_LEVEL('k::bigint', DEFAULT_STAR_THRESHOLDS_HOURS);
  return `WITH ${AGE_BOUNDS(p, lens)},
      r AS MATERIALIZED (SELECT dim, k, sum(n)::int AS n FROM dashboard_people_rollup
                          ${d ? `WHERE district = ${p.add(d)}` : ''} GROUP BY dim, k HAVING sum(n) > 0),
      prof AS (SELECT split_part(k, '|', 1) AS org, split_part(k, '|', 2) AS status, split_part(k, '|', 3) AS category,
                      split_part(k, '|', 4) AS insured, n FROM r WHERE dim = 'profile'),
      months AS (SELECT k::date AS m, n, ${AGE_BAND_BY_BOUNDS('k::date')} AS first_band,
                        ${AGE_BAND_BY_BOUNDS(`(k::date + interval '1 month' - interval '1 day')::date`)} AS last_band
                   FROM r CROSS JOIN ages WHERE dim = 'birth')
    SELECT 'status' AS set, status AS k, sum(n)::int AS n FROM prof GROUP BY status HAVING sum(n) > 0
    UNION ALL SELECT 'category', category, sum(n)::int FROM prof GROUP BY category HAVING sum(n) > 0
    UNION ALL SELECT 'insured', insured, sum(n)::int FROM prof GROUP BY insured HAVING sum(n) > 0
    UNION ALL SELECT 'kind', COALESCE(o.kind::text, 'NONE'), sum(n)::int
      FROM prof LEFT JOIN organisation o ON o.id::text = prof.org GROUP BY 2 HAVING sum(n) > 0
    UNION ALL SELECT 'all', NULL, COALESCE(sum(n), 0)::int FROM prof
    UNION ALL SELECT 'age', band, sum(n)::int FROM (
        SELECT first_band AS band, n FROM months WHERE first_band = last_band
        UNION ALL SELECT ${AGE_BAND_BY_BOUNDS('v.birth_date')}, 1
          FROM (SELECT m FROM months WHERE first_band <> last_band) bm CROSS JOIN ages
         CROSS JOIN LATERAL (SELECT v.birth_date FROM volunteer v
                              WHERE v.birth_date >= bm.m AND v.birth_date < (bm.m + interval '1 month')::date
                                AND ${volunteerWhere('v', p, lens)}) v) a
      GROUP BY band HAVING sum(n) > 0
    UNION ALL SELECT 'stars', (${stars})::text, sum(n)::int FROM r WHERE dim = 'minutes' GROUP BY 2 HAVING sum(n) > 0`;
}
