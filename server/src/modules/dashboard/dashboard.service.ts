// Dashboard figures computed in SQL under the caller's scope, one statement per section. Results
// are cached per scope and filter, each section with the versions of the tables it reads (stamped
// by the writes' own triggers), so after a write only the sections over the changed tables are
// recomputed; concurrent readers of the same section share one computation. See dashboard-cache.ts.
import type { Context } from '../../context/context';
import { toGlobalId } from '../../common/node';
import { suppressSmallGroups, suppressSmallTotal } from '../../auth/small-groups';
import { resolveLens, type Lens } from './dashboard-lens';
import type { Bucket, Dashboard, DashboardFilter } from './dashboard.inputs';
import { bucketLabel } from './labels';
import { dashboardCache, type SectionEntry } from './dashboard-cache';
import { Params } from './dashboard.sql';
import { SECTIONS, sectionSql, type RollupFacts, type Row } from './dashboard-sections';
import { cacheLookups } from '../../common/metrics';

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

/** Sections being computed, by scope, filter, section and version: a burst of readers after a write computes each once. */
const inFlight = new Map<string, Promise<Row[]>>();

export class DashboardService {
  async overview(ctx: Context, filter: DashboardFilter): Promise<Dashboard> {
    const lens = await resolveLens(ctx, filter);
    const [{ version, tables, ownStarThresholds }] = await ctx.db.query<
      Array<{ version: string; tables: Record<string, string>; ownStarThresholds: boolean }>
    >(
      `SELECT (SELECT version::text FROM data_version WHERE id = 1) AS version,
              (SELECT json_object_agg(table_name, version::text) FROM table_version) AS tables,
              EXISTS (SELECT 1 FROM region WHERE star_thresholds_hours IS NOT NULL) AS "ownStarThresholds"`,
    );
    // One entry per scope and filter: a period ending "now" is keyed as such, not by the clock.
    const fixedEnd = !!filter.to;
    const key = JSON.stringify({
      ...lens,
      to: fixedEnd ? lens.to : 'now',
      overdueDays: ctx.settings.pairingOverdueDays,
    });
    const now = ctx.now().getTime();
    const { hit, stale } = dashboardCache().lookup(key, version, now);
    cacheLookups.inc({ cache: 'dashboard', result: hit ? 'hit' : 'miss' });
    if (hit) return hit;
    const sections: Record<string, SectionEntry> = {};
    // The sections this reader computes stay in flight until its result is cached: a reader arriving
    // between a section's answer and the cache entry would otherwise compute it again.
    const started: string[] = [];
    try {
      await this.computeSections(ctx, lens, key, now, tables, version, stale, sections, started, {
        ownStarThresholds,
      });
      const dashboard = this.assemble(
        lens,
        Object.fromEntries(Object.entries(sections).map(([name, e]) => [name, e.rows])),
      );
      // A period ending "now" is as old as its oldest section.
      const computedAt = Math.min(...Object.values(sections).map((e) => e.computedAt));
      dashboardCache().set(key, { version, computedAt, fixedEnd, value: dashboard, sections });
      return dashboard;
    } finally {
      for (const k of started) inFlight.delete(k);
    }
  }

  private async computeSections(
    ctx: Context,
    lens: Lens,
    key: string,
    now: number,
    tables: Record<string, string>,
    version: string,
    stale: { sections?: Record<string, SectionEntry> } | undefined,
    sections: Record<string, SectionEntry>,
    started: string[],
    facts: RollupFacts,
  ): Promise<void> {
    await Promise.all(
      SECTIONS.map(async (s) => {
        const sectionVersion = s
          .deps(lens)
          .map((t) => tables[t] ?? version)
          .join('.');
        const kept = stale?.sections?.[s.name];
        if (kept && kept.version === sectionVersion) {
          sections[s.name] = kept;
          return;
        }
        const flightKey = `${key}|${s.name}|${sectionVersion}`;
        let rows = inFlight.get(flightKey);
        if (!rows) {
          const p = new Params();
          const sql = sectionSql(s, p, lens, ctx, facts);
          rows = ctx.db.query<Row[]>(sql, p.values);
          inFlight.set(flightKey, rows);
          started.push(flightKey);
        }
        sections[s.name] = { version: sectionVersion, computedAt: now, rows: await rows };
      }),
    );
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
    const activeMembers = num(r.people.find((x) => x.set === 'status' && x.k === 'ACTIVE')?.n);
    const beneficiaries = num(r.disability.find((x) => x.set === 'all')?.n);
    return {
      counts: {
        stations: num(r.network[0]?.stations),
        teams: num(r.network[0]?.teams),
        districtTeams: num(r.network[0]?.district_teams),
        volunteers: total,
        volunteersByStatus: buckets(r.people, 'status'),
        activeVolunteers: num(r.active[0]?.n),
        events: num(eventsAll?.n),
        stationsWithoutEvents: num(r.network[0]?.stations_without_events),
        commendations: num(r.network[0]?.commendations),
        partners: new Set(r.campaigns.map((row) => String(row.org_id))).size,
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
        active: activeMembers,
        trained: num(trainingRow.trained),
        share: activeMembers ? num(trainingRow.trained) / activeMembers : 0,
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
