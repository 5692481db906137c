// Dashboard figures computed in SQL under the caller's scope; results cached until any write
// bumps the data version (triggers, see the Rollups migration), see dashboard-cache.ts.
import type { Context } from '../../context/context';
import { toGlobalId } from '../../common/node';
import { suppressSmallGroups, suppressSmallTotal } from '../../auth/small-groups';
import { contributionSql } from '../campaign/contribution.sql';
import { DEFAULT_STAR_THRESHOLDS_HOURS } from '../volunteer/star-level';
import { resolveLens, type Lens } from './dashboard-lens';
import type { Bucket, Dashboard, DashboardFilter } from './dashboard.inputs';
import { bucketLabel } from './labels';
import { dashboardCache } from './dashboard-cache';
import {
  AGE_BAND,
  beneficiaryWhere,
  JURISDICTION_THRESHOLDS,
  childRegion,
  donationWhere,
  eventWhere,
  Params,
  pairingWhere,
  STAR_LEVEL,
  volunteerWhere,
} from './dashboard.sql';
import { cacheLookups } from '../../common/metrics';

type Row = Record<string, string | number | boolean | null>;
const num = (v: unknown) => Number(v ?? 0);
const hours = (minutes: unknown) => Math.round((num(minutes) / 60) * 100) / 100;
/** A grouping key or label as text: the SQL returns them as text, numbers, booleans or NULL. */
const text = (v: unknown, empty: string): string =>
  v === null || v === undefined
    ? empty
    : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
      ? String(v)
      : JSON.stringify(v);
const buckets = (rows: Row[], set: string, value = 'n', keyCol = 'k', labelCol?: string): Bucket[] =>
  rows
    .filter((r) => r.set === set)
    .map((r) => ({
      key: text(r[keyCol], 'NONE'),
      label: labelCol ? text(r[labelCol], '') : bucketLabel('enum', text(r[keyCol], 'NONE'), 'zh-CN'),
      value: num(r[value]),
      ...(labelCol ? {} : { labelSet: 'enum' as const }),
    }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));

export class DashboardService {
  async overview(ctx: Context, filter: DashboardFilter): Promise<Dashboard> {
    const lens = await resolveLens(ctx, filter);
    const [{ version }] = await ctx.db.query<Array<{ version: string }>>(
      `SELECT version::text FROM data_version WHERE id = 1`,
    );
    // One entry per scope and filter: a period ending "now" is keyed as such, not by the clock.
    const fixedEnd = !!filter.to;
    const key = JSON.stringify({
      ...lens,
      to: fixedEnd ? lens.to : 'now',
      overdueDays: ctx.settings.pairingOverdueDays,
    });
    const now = ctx.now().getTime();
    const hit = dashboardCache().get(key, version, now);
    cacheLookups.inc({ cache: 'dashboard', result: hit ? 'hit' : 'miss' });
    if (hit) return hit;
    const dashboard = await this.compute(ctx, lens);
    dashboardCache().set(key, { version, computedAt: now, fixedEnd, value: dashboard });
    return dashboard;
  }

  private async compute(ctx: Context, lens: Lens): Promise<Dashboard> {
    const q = (build: (p: Params) => string) => {
      const p = new Params();
      const sql = build(p);
      return ctx.db.query<Row[]>(sql, p.values);
    };
    const [people, network, events, active, pairings, campaigns, training, donations, disability] = await Promise.all([
      q(
        (p) => `SELECT CASE WHEN GROUPING(v.status) = 0 THEN 'status' WHEN GROUPING(v.category) = 0 THEN 'category'
          WHEN GROUPING(band) = 0 THEN 'age' WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(stars) = 0 THEN 'stars'
          WHEN GROUPING(v.insured) = 0 THEN 'insured' ELSE 'all' END AS set,
          COALESCE(v.status::text, v.category::text, band, kind, stars::text, v.insured::text) AS k, count(*)::int AS n
        FROM (SELECT v.*, ${AGE_BAND('v.birth_date', p, lens)} AS band, COALESCE(o.kind::text, 'NONE') AS kind,
                CASE WHEN j.th IS NULL THEN ${STAR_LEVEL('v.verified_minutes', DEFAULT_STAR_THRESHOLDS_HOURS)}
                     ELSE (SELECT count(*)::int FROM unnest(j.th) h WHERE v.verified_minutes >= h * 60) END AS stars
                FROM volunteer v LEFT JOIN organisation o ON o.id = v.organisation_id
                LEFT JOIN (${JURISDICTION_THRESHOLDS}) j ON j.region_id = v.home_region_id
               WHERE ${volunteerWhere('v', p, lens)}) v
        GROUP BY GROUPING SETS ((v.status), (v.category), (band), (kind), (stars), (v.insured), ())`,
      ),
      q(
        (p) => `SELECT
          (SELECT count(*)::int FROM service_station s WHERE ${lens.regionPath ? `s.region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE'}
             ${lens.organisationId ? `AND s.organisation_id = ${p.add(lens.organisationId)}` : ''}) AS stations,
          (SELECT count(*)::int FROM volunteer_team t WHERE ${lens.regionPath ? `t.region_id IN (SELECT id FROM region WHERE path LIKE ${p.add(`${lens.regionPath}%`)})` : 'TRUE'}
             ${lens.organisationId ? `AND t.organisation_id = ${p.add(lens.organisationId)}` : ''}) AS teams`,
      ),
      q(
        (p) => `SELECT CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(st.id) = 0 THEN 'type'
          WHEN GROUPING(o.id) = 0 THEN 'org' WHEN GROUPING(area) = 0 THEN 'region' ELSE 'all' END AS set,
          COALESCE(month, st.id::text, o.id::text, area) AS k, COALESCE(st.name, o.name, ar.name, month) AS label,
          sum(e.verified_minutes)::bigint AS minutes, sum(e.person_times_served)::bigint AS served
        FROM (SELECT e.*, to_char(e.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${childRegion('r.path', lens)} AS area
                FROM service_event e JOIN region r ON r.id = e.region_id WHERE ${eventWhere('e', p, lens)} AND e.status <> 'CANCELLED') e
        JOIN service_type st ON st.id = e.service_type_id JOIN organisation o ON o.id = e.organiser_id
        LEFT JOIN region ar ON ar.id::text = e.area
        GROUP BY GROUPING SETS ((month), (st.id, st.name), (o.id, o.name), (area, ar.name), ())`,
      ),
      q(
        (
          p,
        ) => `SELECT count(DISTINCT p.volunteer_id)::int AS n FROM participation p JOIN service_event e ON e.id = p.event_id
        WHERE ${eventWhere('e', p, lens, { byOrganiser: false })} AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL
          ${lens.organisationId ? `AND p.volunteer_id IN (SELECT id FROM volunteer WHERE organisation_id = ${p.add(lens.organisationId)})` : ''}`,
      ),
      q(
        (p) => `WITH pr AS (SELECT * FROM pairing pr WHERE ${pairingWhere('pr', p, lens)}),
          ben AS (SELECT b.id, ${childRegion('r.path', lens)} AS area,
                    EXISTS (SELECT 1 FROM pairing x WHERE x.status = 'ACTIVE' AND (x.beneficiary_id = b.id OR x.household_id = b.household_id)) AS covered
                  FROM beneficiary b JOIN region r ON r.id = b.region_id WHERE ${beneficiaryWhere('b', p, lens)})
        SELECT 'kind' AS set, kind::text AS k, NULL AS label, count(*)::int AS n FROM pr GROUP BY kind
        UNION ALL SELECT 'status', status::text, NULL, count(*)::int FROM pr GROUP BY status
        UNION ALL SELECT 'overdue', NULL, NULL, count(*)::int FROM pr WHERE status = 'ACTIVE'
          AND COALESCE(last_visit_at, started_on::timestamptz) < ${p.add(lens.to)}::timestamptz - make_interval(days => ${p.add(ctx.settings.pairingOverdueDays)}::int)
        UNION ALL SELECT 'coverage', ben.area, max(ar.name), (avg(covered::int) * 10000)::int
          FROM ben LEFT JOIN region ar ON ar.id::text = ben.area GROUP BY ROLLUP (ben.area)`,
      ),
      q(
        (p) => `SELECT c.id::text AS campaign_id, c.name, x.role, o.id::text AS org_id, o.name AS org_name,
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
      ),
      q(
        (p) => `SELECT count(*)::int AS active,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_attendance a JOIN training_session s ON s.id = a.session_id
            WHERE a.volunteer_id = v.id AND a.attended AND s.held_on > (${p.add(lens.to)}::timestamptz - interval '12 months')::date
              AND s.held_on <= ${p.add(lens.to)}::timestamptz::date))::int AS trained
        FROM volunteer v WHERE v.status = 'ACTIVE' AND ${volunteerWhere('v', p, lens)}`,
      ),
      q(
        (p) => `SELECT CASE WHEN GROUPING(d.item) = 0 THEN 'item' ELSE 'cash' END AS set, d.item AS k,
          COALESCE(sum(d.amount_fen) FILTER (WHERE d.kind = 'CASH'), 0)::bigint AS fen, COALESCE(sum(d.quantity), 0)::int AS n
        FROM donation d WHERE ${donationWhere('d', p, lens)}
        GROUP BY GROUPING SETS ((d.item), ())`,
      ),
      q(
        (
          p,
        ) => `SELECT CASE WHEN GROUPING(b.disability_category) = 0 THEN 'category' WHEN GROUPING(b.disability_grade) = 0 THEN 'grade' ELSE 'all' END AS set,
          COALESCE(b.disability_category::text, b.disability_grade::text) AS k, count(*)::int AS n
        FROM beneficiary b WHERE ${beneficiaryWhere('b', p, lens)}
        GROUP BY GROUPING SETS ((b.disability_category), (b.disability_grade), ())`,
      ),
    ]);
    return this.assemble(lens, {
      people,
      network,
      events,
      active,
      pairings,
      campaigns,
      training,
      donations,
      disability,
    });
  }

  private assemble(lens: Lens, r: Record<string, Row[]>): Dashboard {
    const total = num(r.people.find((x) => x.set === 'all')?.n);
    const byCategory = buckets(r.people, 'category');
    const insured = num(r.people.find((x) => x.set === 'insured' && x.k === 'true')?.n);
    const eventsAll = r.events.find((x) => x.set === 'all');
    const eventBuckets = (set: string, value: 'minutes' | 'served') =>
      buckets(r.events, set, value, 'k', 'label').map((b) => ({
        ...b,
        value: value === 'minutes' ? hours(b.value) : b.value,
      }));
    const coverageAll = r.pairings.find((x) => x.set === 'coverage' && x.k === null);
    // The merged group is labelled like a code, in the caller's language.
    const suppress = (b: Bucket[]) =>
      lens.suppressSmallGroups
        ? suppressSmallGroups(b).map((x) =>
            x.key === 'SUPPRESSED'
              ? { ...x, label: bucketLabel('enum', x.key, 'zh-CN'), labelSet: 'enum' as const }
              : x,
          )
        : b;
    const campaigns = new Map<string, Dashboard['campaigns'][number]>();
    for (const row of r.campaigns) {
      const id = String(row.campaign_id);
      const c = campaigns.get(id) ?? { campaignId: toGlobalId('Campaign', id), name: String(row.name), partners: [] };
      c.partners.push({
        organisationId: toGlobalId('Organisation', String(row.org_id)),
        organisationName: String(row.org_name),
        role: String(row.role),
        volunteers: num(row.volunteers),
        events: num(row.events),
        verifiedHours: hours(row.minutes),
        personTimes: num(row.served),
        donationsFen: num(row.fen),
      });
      campaigns.set(id, c);
    }
    const trainingRow = r.training[0] ?? {};
    const beneficiaries = num(r.disability.find((x) => x.set === 'all')?.n);
    return {
      counts: {
        stations: num(r.network[0]?.stations),
        teams: num(r.network[0]?.teams),
        volunteers: total,
        volunteersByStatus: buckets(r.people, 'status'),
        activeVolunteers: num(r.active[0]?.n),
      },
      composition: {
        byCategory,
        studentShare: total ? num(byCategory.find((b) => b.key === 'STUDENT')?.value) / total : 0,
        byStarLevel: buckets(r.people, 'stars').map((b) => ({
          ...b,
          label: bucketLabel('stars', b.key, 'zh-CN'),
          labelSet: 'stars' as const,
        })),
        byAgeBand: buckets(r.people, 'age'),
        byOrganisationKind: buckets(r.people, 'kind'),
        insuredShare: total ? insured / total : 0,
      },
      hours: {
        verified: hours(eventsAll?.minutes),
        byMonth: eventBuckets('month', 'minutes'),
        byServiceType: eventBuckets('type', 'minutes'),
        byOrganisation: eventBuckets('org', 'minutes'),
      },
      personTimes: {
        total: num(eventsAll?.served),
        byMonth: eventBuckets('month', 'served'),
        byRegion: eventBuckets('region', 'served'),
        byServiceType: eventBuckets('type', 'served'),
      },
      pairings: {
        byKind: buckets(r.pairings, 'kind'),
        byStatus: buckets(r.pairings, 'status'),
        overdue: num(r.pairings.find((x) => x.set === 'overdue')?.n),
        coverage: num(coverageAll?.n) / 10000,
        coverageByRegion: r.pairings
          .filter((x) => x.set === 'coverage' && x.k !== null)
          .map((x) => ({ key: String(x.k), label: String(x.label ?? x.k), value: num(x.n) / 10000 })),
      },
      campaigns: [...campaigns.values()],
      training: {
        active: num(trainingRow.active),
        trained: num(trainingRow.trained),
        share: num(trainingRow.active) ? num(trainingRow.trained) / num(trainingRow.active) : 0,
      },
      donations: {
        cashFen: num(r.donations.find((x) => x.set === 'cash')?.fen),
        inKindByItem: r.donations
          .filter((x) => x.set === 'item' && x.k)
          .map((x) => ({ key: String(x.k), label: String(x.k), value: num(x.n) })),
      },
      disability: {
        // Both breakdowns partition this total: each hides its groups so the total minus the visible
        // groups never isolates one (complementary suppression), and a total under the threshold is rounded.
        beneficiaries: lens.suppressSmallGroups ? suppressSmallTotal(beneficiaries) : beneficiaries,
        byCategory: suppress(buckets(r.disability, 'category')),
        byGrade: suppress(
          buckets(r.disability, 'grade').map((b) => ({
            ...b,
            label: bucketLabel('grade', b.key, 'zh-CN'),
            labelSet: 'grade' as const,
          })),
        ),
      },
    };
  }
}
