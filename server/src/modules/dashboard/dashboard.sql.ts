// The dashboard's SQL: one statement per section, every breakdown a GROUPING SETS over one scan.
// Predicates come from the lens only; values travel as parameters.
import type { Lens } from './dashboard-lens';

export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const inRegion = (col: string, p: Params, lens: Lens) =>
  lens.regionPath ? `${col} IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE';

/** Volunteers of the lens: living in the region, of the organisation, active in the campaign. */
export function volunteerWhere(a: string, p: Params, lens: Lens): string {
  return [
    inRegion(`${a}.home_region_id`, p, lens),
    lens.organisationId ? `${a}.organisation_id = ${p.add(lens.organisationId)}` : 'TRUE',
    lens.campaignId
      ? `${a}.id IN (SELECT cp.volunteer_id FROM participation cp JOIN service_event ce ON ce.id = cp.event_id WHERE ce.campaign_id = ${p.add(lens.campaignId)} AND cp.deleted_at IS NULL)`
      : 'TRUE',
  ].join(' AND ');
}

/** Events of the lens and the period; with an organisation, the events it organises. */
export function eventWhere(
  a: string,
  p: Params,
  lens: Lens,
  opts: { byOrganiser?: boolean; period?: boolean } = {},
): string {
  return [
    inRegion(`${a}.region_id`, p, lens),
    lens.organisationId && opts.byOrganiser !== false ? `${a}.organiser_id = ${p.add(lens.organisationId)}` : 'TRUE',
    lens.campaignId ? `${a}.campaign_id = ${p.add(lens.campaignId)}` : 'TRUE',
    opts.period === false ? 'TRUE' : `${a}.starts_at >= ${p.add(lens.from)} AND ${a}.starts_at < ${p.add(lens.to)}`,
  ].join(' AND ');
}

export function beneficiaryWhere(a: string, p: Params, lens: Lens): string {
  return [
    inRegion(`${a}.region_id`, p, lens),
    lens.organisationId
      ? `${a}.id IN (SELECT ob.beneficiary_id FROM pairing ob WHERE ob.owner_a_id = ${p.add(lens.organisationId)} OR ob.owner_b_id = ${p.add(lens.organisationId)})`
      : 'TRUE',
  ].join(' AND ');
}

export function pairingWhere(a: string, p: Params, lens: Lens): string {
  const region = lens.regionPath
    ? `(${a}.beneficiary_id IN (SELECT b.id FROM beneficiary b WHERE ${inRegion('b.region_id', p, lens)})
        OR ${a}.household_id IN (SELECT h.id FROM household h WHERE ${inRegion('h.region_id', p, lens)})
        OR (${a}.beneficiary_id IS NULL AND ${a}.household_id IS NULL AND ${a}.institution_id IN (SELECT o.id FROM organisation o WHERE ${inRegion('o.region_id', p, lens)})))`
    : 'TRUE';
  const org = lens.organisationId
    ? `(${a}.owner_a_id = ${p.add(lens.organisationId)} OR ${a}.owner_b_id = ${p.add(lens.organisationId)})`
    : 'TRUE';
  return `${region} AND ${org}`;
}

export function donationWhere(a: string, p: Params, lens: Lens): string {
  const region = lens.regionPath
    ? `(${a}.beneficiary_id IN (SELECT b.id FROM beneficiary b WHERE ${inRegion('b.region_id', p, lens)})
        OR ${a}.household_id IN (SELECT h.id FROM household h WHERE ${inRegion('h.region_id', p, lens)}))`
    : 'TRUE';
  const org = lens.organisationId
    ? `(${a}.donor_organisation_id = ${p.add(lens.organisationId)} OR ${a}.pairing_id IN (SELECT op.id FROM pairing op WHERE op.owner_a_id = ${p.add(lens.organisationId)}))`
    : 'TRUE';
  const campaign = lens.campaignId ? `${a}.campaign_id = ${p.add(lens.campaignId)}` : 'TRUE';
  const period = `${a}.donated_on >= (${p.add(lens.from)}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND ${a}.donated_on < (${p.add(lens.to)}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date + 1`;
  return `${a}.deleted_at IS NULL AND ${region} AND ${org} AND ${campaign} AND ${period}`;
}

/** The ancestor one level below the lens region (districts for the city): `split_part` of the path. */
export const childRegion = (pathExpr: string, lens: Lens) => `split_part(${pathExpr}, '/', ${lens.regionDepth + 3})`;

const AGES = [18, 25, 35, 45, 60];
const BANDS = ['UNDER_18', '18_24', '25_34', '35_44', '45_59', '60_PLUS'];

/**
 * The age bands as birth-date boundaries: for each age A, the last birth date whose age at the
 * period end is at least A, found among the seven days around "end minus A years" with the very
 * age expression of AGE_BAND (ages only fall as the birth date moves later). A CTE `ages` with a
 * column per age; AGE_BAND_BY_BOUNDS then compares dates instead of computing an age per volunteer.
 */
export const AGE_BOUNDS = (p: Params, lens: Lens) => {
  const to = `${p.add(lens.to)}::timestamptz`;
  return `ages AS MATERIALIZED (SELECT ${AGES.map((a) => `max(d) FILTER (WHERE a = ${a}) AS a${a}`).join(', ')}
      FROM unnest(ARRAY[${AGES.join(', ')}]) a CROSS JOIN generate_series(-3, 3) o
     CROSS JOIN LATERAL (SELECT (${to} - make_interval(years => a))::date + o AS d) c
     WHERE date_part('year', age(${to}, c.d::timestamptz)) >= a)`;
};

export const AGE_BAND_BY_BOUNDS = (birth: string) =>
  `CASE ${AGES.map((a, i) => `WHEN ${birth} > ages.a${a} THEN '${BANDS[i]}'`).join(' ')} ELSE '${BANDS[BANDS.length - 1]}' END`;

/** A volunteer's age band at the period end (the definition AGE_BOUNDS reproduces). */
export const AGE_BAND = (birth: string, p: Params, lens: Lens) => {
  const age = `date_part('year', age(${p.add(lens.to)}::timestamptz, ${birth}::timestamptz))`;
  return `CASE WHEN ${age} < 18 THEN 'UNDER_18' WHEN ${age} < 25 THEN '18_24' WHEN ${age} < 35 THEN '25_34'
    WHEN ${age} < 45 THEN '35_44' WHEN ${age} < 60 THEN '45_59' ELSE '60_PLUS' END`;
};

/**
 * Regions below a jurisdiction that set its own star thresholds, with the nearest such thresholds;
 * only the few subtrees that configured them are listed, so everywhere else takes the default.
 */
export const JURISDICTION_THRESHOLDS = `SELECT DISTINCT ON (r.id) r.id AS region_id, t.star_thresholds_hours AS th
  FROM region t JOIN region r ON r.path LIKE t.path || '%'
 WHERE t.star_thresholds_hours IS NOT NULL
 ORDER BY r.id, length(t.path) DESC`;

export const STAR_LEVEL = (minutes: string, thresholdsHours: readonly number[]) =>
  `(${thresholdsHours.map((h) => `(CASE WHEN ${minutes} >= ${Math.round(h * 60)} THEN 1 ELSE 0 END)`).join(' + ')})`;
