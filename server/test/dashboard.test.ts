// Every dashboard figure equals a brute-force recomputation in plain code over the raw rows of a
// small seeded city; scoping per role; small-group suppression; freshness after a write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { StatementCounter } from '../src/db/statement-counter';
import { starLevel } from '../src/modules/volunteer/star-level';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from './generated';

const counter = new StatementCounter();
let t: TestDatabase;
let server: TestServer;
let hub: Client;
const FROM = '2026-01-01T00:00:00+08:00';
const TO = '2027-01-01T00:00:00+08:00';
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

const DASHBOARD = graphql(`
  query Dashboard2($f: DashboardFilter) {
    dashboard(filter: $f) {
      counts {
        stations
        teams
        volunteers
        activeVolunteers
        volunteersByStatus {
          key
          value
        }
      }
      composition {
        studentShare
        insuredShare
        byCategory {
          key
          value
        }
        byStarLevel {
          key
          value
        }
        byAgeBand {
          key
          value
        }
        byOrganisationKind {
          key
          value
        }
      }
      hours {
        verified
        byMonth {
          key
          value
        }
        byServiceType {
          key
          value
        }
        byOrganisation {
          key
          value
        }
      }
      personTimes {
        total
        byMonth {
          key
          value
        }
        byRegion {
          key
          label
          value
        }
        byServiceType {
          key
          value
        }
      }
      pairings {
        overdue
        coverage
        byKind {
          key
          value
        }
        byStatus {
          key
          value
        }
        coverageByRegion {
          key
          value
        }
      }
      campaigns {
        campaignId
        partners {
          organisationId
          events
          volunteers
          verifiedHours
          personTimes
          donationsFen
        }
      }
      training {
        active
        trained
        share
      }
      donations {
        cashFen
        inKindByItem {
          key
          value
        }
      }
      disability {
        beneficiaries
        byCategory {
          key
          value
        }
        byGrade {
          key
          value
        }
      }
    }
  }
`);

const tally = <T>(rows: T[], key: (r: T) => string | null, value: (r: T) => number = () => 1) => {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + value(r));
  }
  return [...m]
    .map(([k, v]) => ({ key: k, value: v }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
};
const round2 = (n: number) => Math.round(n * 100) / 100;
const asBuckets = (b: Array<{ key: string; value: number }>) => b.map((x) => ({ key: x.key, value: x.value }));

beforeAll(async () => {
  t = await createSeededDatabase('dashboard', { logger: counter });
  server = await startTestServer(t.db);
  hub = await server.as('hub.admin');
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('dashboard figures for the whole city', () => {
  let d: ResultOf<typeof DASHBOARD>['dashboard'];
  let raw: {
    volunteers: Array<{
      id: string;
      status: string;
      category: string;
      insured: boolean;
      birth: string;
      vm: number;
      kind: string;
    }>;
    events: Array<{
      id: string;
      status: string;
      st: string;
      org: string;
      served: number;
      starts_at: Date;
      month: string;
      district: string;
    }>;
    participations: Array<{
      event: string;
      volunteer: string;
      minutes: number;
      verified_at: Date | null;
      deleted_at: Date | null;
    }>;
    pairings: Array<{
      kind: string;
      status: string;
      b: string | null;
      h: string | null;
      last_visit_at: Date | null;
      started_on: string | null;
    }>;
    beneficiaries: Array<{ id: string; h: string | null; cat: string; grade: number }>;
    donations: Array<{ kind: string; fen: string | null; item: string | null; quantity: number; day: string }>;
  };
  beforeAll(async () => {
    const res = await hub.gql(DASHBOARD, { f: { from: FROM, to: TO } });
    expect(res.errors).toBeUndefined();
    d = res.data.dashboard;
    raw = {
      volunteers: await sql<(typeof raw.volunteers)[number]>(
        `SELECT v.id::text, v.status::text, v.category::text, v.insured, v.birth_date::text AS birth, v.verified_minutes::int AS vm, COALESCE(o.kind::text, 'NONE') AS kind FROM volunteer v LEFT JOIN organisation o ON o.id = v.organisation_id`,
      ),
      events: await sql<(typeof raw.events)[number]>(
        `SELECT e.id::text, e.status::text, e.service_type_id::text AS st, e.organiser_id::text AS org, e.person_times_served AS served, e.starts_at,
        to_char(e.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, split_part(r.path, '/', 3) AS district FROM service_event e JOIN region r ON r.id = e.region_id
        WHERE e.starts_at >= $1 AND e.starts_at < $2`,
        [FROM, TO],
      ),
      participations: await sql<(typeof raw.participations)[number]>(
        `SELECT p.event_id::text AS event, p.volunteer_id::text AS volunteer, p.minutes, p.verified_at, p.deleted_at FROM participation p`,
      ),
      pairings: await sql<(typeof raw.pairings)[number]>(
        `SELECT kind::text, status::text, beneficiary_id::text AS b, household_id::text AS h, last_visit_at, started_on::text FROM pairing`,
      ),
      beneficiaries: await sql<(typeof raw.beneficiaries)[number]>(
        `SELECT id::text, household_id::text AS h, disability_category::text AS cat, disability_grade AS grade FROM beneficiary`,
      ),
      donations: await sql<(typeof raw.donations)[number]>(
        `SELECT kind::text, amount_fen::bigint AS fen, item, quantity, donated_on::text AS day FROM donation WHERE deleted_at IS NULL`,
      ),
    };
  });

  it('counts volunteers and their composition', () => {
    const v = raw.volunteers;
    expect(d.counts.volunteers).toBe(v.length);
    expect(asBuckets(d.counts.volunteersByStatus)).toEqual(tally(v, (x) => x.status));
    expect(asBuckets(d.composition.byCategory)).toEqual(tally(v, (x) => x.category));
    expect(d.composition.studentShare).toBeCloseTo(v.filter((x) => x.category === 'STUDENT').length / v.length, 10);
    expect(d.composition.insuredShare).toBeCloseTo(v.filter((x) => x.insured).length / v.length, 10);
    expect(asBuckets(d.composition.byOrganisationKind)).toEqual(tally(v, (x) => x.kind));
    expect(asBuckets(d.composition.byStarLevel)).toEqual(tally(v, (x) => String(starLevel(x.vm))));
    const age = (birth: string) => {
      const end = new Date(TO);
      const b = new Date(`${birth}T00:00:00+08:00`);
      let a = end.getUTCFullYear() - b.getUTCFullYear();
      if (end.getTime() < new Date(b).setUTCFullYear(b.getUTCFullYear() + a)) a--;
      return a < 18
        ? 'UNDER_18'
        : a < 25
          ? '18_24'
          : a < 35
            ? '25_34'
            : a < 45
              ? '35_44'
              : a < 60
                ? '45_59'
                : '60_PLUS';
    };
    const ages = asBuckets(d.composition.byAgeBand);
    expect(ages.reduce((s, b) => s + b.value, 0)).toBe(v.length);
    // Ages are taken at the period end; a birthday on the boundary day may fall either side of it.
    for (const b of tally(v, (x) => age(x.birth)))
      expect(Math.abs((ages.find((a) => a.key === b.key)?.value ?? 0) - b.value)).toBeLessThanOrEqual(3);
  });

  it('adds up verified hours and person-times by month, service type, organiser and district', () => {
    const live = raw.events.filter((e) => e.status !== 'CANCELLED');
    const byEvent = new Map<string, number>();
    for (const p of raw.participations) {
      if (p.verified_at && !p.deleted_at) byEvent.set(p.event, (byEvent.get(p.event) ?? 0) + p.minutes);
    }
    const minutes = (e: { id: string }) => byEvent.get(e.id) ?? 0;
    expect(d.hours.verified).toBeCloseTo(live.reduce((s, e) => s + minutes(e), 0) / 60, 1);
    expect(asBuckets(d.hours.byMonth)).toEqual(
      tally(live, (e) => e.month, minutes).map((b) => ({ ...b, value: round2(b.value / 60) })),
    );
    expect(asBuckets(d.hours.byServiceType)).toEqual(
      tally(live, (e) => e.st, minutes).map((b) => ({ ...b, value: round2(b.value / 60) })),
    );
    expect(asBuckets(d.hours.byOrganisation)).toEqual(
      tally(live, (e) => e.org, minutes).map((b) => ({ ...b, value: round2(b.value / 60) })),
    );
    expect(d.personTimes.total).toBe(live.reduce((s, e) => s + e.served, 0));
    expect(asBuckets(d.personTimes.byRegion)).toEqual(
      tally(
        live,
        (e) => e.district,
        (e) => e.served,
      ),
    );
    expect(asBuckets(d.personTimes.byServiceType)).toEqual(
      tally(
        live,
        (e) => e.st,
        (e) => e.served,
      ),
    );
    const active = new Set(
      raw.participations
        .filter((p) => p.verified_at && !p.deleted_at && raw.events.some((e) => e.id === p.event))
        .map((p) => p.volunteer),
    );
    expect(d.counts.activeVolunteers).toBe(active.size);
  });

  it('summarises pairings, overdue ones and coverage', () => {
    const p = raw.pairings;
    expect(asBuckets(d.pairings.byKind)).toEqual(tally(p, (x) => x.kind));
    expect(asBuckets(d.pairings.byStatus)).toEqual(tally(p, (x) => x.status));
    const end = new Date(TO).getTime();
    const overdue = p.filter(
      (x) =>
        x.status === 'ACTIVE' &&
        (x.last_visit_at ? new Date(x.last_visit_at) : new Date(`${x.started_on}T00:00:00Z`)).getTime() <
          end - 60 * 86_400_000,
    );
    expect(d.pairings.overdue).toBe(overdue.length);
    const activeB = new Set(p.filter((x) => x.status === 'ACTIVE').map((x) => x.b));
    const activeH = new Set(p.filter((x) => x.status === 'ACTIVE').map((x) => x.h));
    const covered = raw.beneficiaries.filter((b) => activeB.has(b.id) || (b.h && activeH.has(b.h))).length;
    expect(d.pairings.coverage).toBeCloseTo(covered / raw.beneficiaries.length, 3);
  });

  it('totals donations in fen and in-kind by item, and the disability breakdowns', () => {
    const inPeriod = raw.donations.filter((x) => x.day >= '2026-01-01' && x.day < '2027-01-01');
    expect(d.donations.cashFen).toBe(inPeriod.filter((x) => x.kind === 'CASH').reduce((s, x) => s + Number(x.fen), 0));
    expect(asBuckets(d.donations.inKindByItem).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      tally(
        inPeriod.filter((x) => x.item),
        (x) => x.item,
        (x) => x.quantity,
      ).sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(d.disability.beneficiaries).toBe(raw.beneficiaries.length);
    expect(asBuckets(d.disability.byCategory)).toEqual(tally(raw.beneficiaries, (b) => b.cat));
    expect(asBuckets(d.disability.byGrade)).toEqual(tally(raw.beneficiaries, (b) => String(b.grade)));
  });

  it('counts the active volunteers trained in the 12 months before the period end, for the city, a district and an organisation', async () => {
    // The window's days as the dashboard defines them: the period end's date, less 12 months.
    const [{ lo, hi }] = await sql<{ lo: string; hi: string }>(
      `SELECT ($1::timestamptz - interval '12 months')::date::text AS lo, $1::timestamptz::date::text AS hi`,
      [TO],
    );
    const attended = await sql<{ volunteer: string; day: string; district: string; org: string | null }>(
      `SELECT a.volunteer_id::text AS volunteer, s.held_on::text AS day, r.id::text AS district, v.organisation_id::text AS org
         FROM training_attendance a JOIN training_session s ON s.id = a.session_id JOIN volunteer v ON v.id = a.volunteer_id
         JOIN region h ON h.id = v.home_region_id JOIN region r ON r.level = 'DISTRICT' AND h.path LIKE r.path || '%'
        WHERE a.attended AND v.status = 'ACTIVE'`,
    );
    const trained = (keep: (a: (typeof attended)[number]) => boolean) =>
      new Set(attended.filter((a) => a.day > lo && a.day <= hi && keep(a)).map((a) => a.volunteer)).size;
    expect(trained(() => true)).toBeGreaterThan(0);
    expect(d.training.trained).toBe(trained(() => true));
    const active = d.counts.volunteersByStatus.find((b) => b.key === 'ACTIVE')!.value;
    expect(d.training.share).toBeCloseTo(trained(() => true) / active, 10);
    const [{ district, org }] = await sql<{ district: string; org: string }>(
      `SELECT (SELECT id::text FROM region WHERE level = 'DISTRICT' ORDER BY id LIMIT 1) AS district,
              (SELECT organisation_id::text FROM volunteer WHERE organisation_id IS NOT NULL ORDER BY id LIMIT 1) AS org`,
    );
    for (const [f, keep] of [
      [{ regionId: toGlobalId('Region', district) }, (a: (typeof attended)[number]) => a.district === district],
      [{ organisationId: toGlobalId('Organisation', org) }, (a: (typeof attended)[number]) => a.org === org],
    ] as const) {
      const res = await hub.gql(DASHBOARD, { f: { from: FROM, to: TO, ...f } });
      expect(res.errors).toBeUndefined();
      expect(res.data.dashboard.training.trained).toBe(trained(keep));
    }
  });

  it("reports each accepted partner's contribution to each campaign", async () => {
    const rows = await sql<{ c: string; o: string }>(
      `SELECT c.id::text AS c, cp.organisation_id::text AS o FROM campaign c JOIN campaign_partner cp ON cp.campaign_id = c.id AND cp.status = 'ACCEPTED'`,
    );
    const partners = d.campaigns.flatMap((c) => c.partners.map((p) => `${c.campaignId}/${p.organisationId}`)).sort();
    expect(partners).toEqual(
      rows.map((r) => `${toGlobalId('Campaign', r.c)}/${toGlobalId('Organisation', r.o)}`).sort(),
    );
    const lead = d.campaigns.flatMap((c) => c.partners).find((p) => p.events > 0);
    expect(lead).toBeDefined();
  });
});

describe('star levels by jurisdiction', () => {
  it('count each volunteer on the thresholds of their nearest jurisdiction that set them', async () => {
    const [district] = await sql<{ id: string; path: string }>(
      `SELECT id::text, path FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`,
    );
    const low = [1, 2, 3, 4, 5];
    await sql(`UPDATE region SET star_thresholds_hours = $2 WHERE id = $1`, [district.id, low]);
    try {
      const res = await hub.gql(
        graphql(`
          query Dashboard3 {
            dashboard {
              composition {
                byStarLevel {
                  key
                  value
                }
              }
            }
          }
        `),
      );
      expect(res.errors).toBeUndefined();
      const v = await sql<{ vm: number; path: string }>(
        `SELECT v.verified_minutes::int AS vm, r.path FROM volunteer v JOIN region r ON r.id = v.home_region_id`,
      );
      const expected = tally(v, (x) => String(starLevel(x.vm, x.path.startsWith(district.path) ? low : undefined)));
      expect(asBuckets(res.data.dashboard.composition.byStarLevel)).toEqual(expected);
      expect(expected).not.toEqual(tally(v, (x) => String(starLevel(x.vm)))); // the setting made a difference
    } finally {
      await sql(`UPDATE region SET star_thresholds_hours = NULL WHERE id = $1`, [district.id]);
    }
  });
});

describe('scope', () => {
  it('gives a region admin its district, a partner its organisation, and refuses what lies outside', async () => {
    const district = await server.as('district.admin');
    const [{ path, id }] = await sql<{ path: string; id: string }>(
      `SELECT path, id::text FROM region WHERE level = 'DISTRICT' ORDER BY region.id LIMIT 1`,
    );
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM volunteer v JOIN region r ON r.id = v.home_region_id WHERE r.path LIKE $1`,
      [`${path}%`],
    );
    const mine = await district.gql(DASHBOARD, { f: { from: FROM, to: TO } });
    expect(mine.data.dashboard.counts.volunteers).toBe(n);
    expect(mine.data.dashboard.counts.stations).toBeLessThan(788);
    const same = await hub.gql(DASHBOARD, { f: { from: FROM, to: TO, regionId: toGlobalId('Region', id) } });
    expect(same.data.dashboard).toEqual(mine.data.dashboard);
    const [other] = await sql<{ id: string }>(
      `SELECT id::text FROM region WHERE level = 'DISTRICT' ORDER BY region.id DESC LIMIT 1`,
    );
    const outside = await district.gql(DASHBOARD, { f: { regionId: toGlobalId('Region', other.id) } });
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const youth = await server.as('youth.admin');
    const [{ org, m }] = await sql<{ org: string; m: number }>(
      `SELECT o.id::text AS org, (SELECT count(*)::int FROM volunteer WHERE organisation_id = o.id) AS m FROM organisation o WHERE kind = 'YOUTH_LEAGUE' ORDER BY o.id LIMIT 1`,
    );
    const partner = await youth.gql(DASHBOARD, { f: { from: FROM, to: TO } });
    expect(partner.data.dashboard.counts.volunteers).toBe(m);
    for (const c of partner.data.dashboard.campaigns)
      expect(c.partners.map((p) => p.organisationId)).toContain(toGlobalId('Organisation', org));

    const volunteer = await server.as('volunteer.demo');
    expect((await volunteer.gql(DASHBOARD)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('suppresses disability groups under 5 for a viewer, not for an administrator', async () => {
    const station = await server.as('station.coord'); // small area: small groups
    const viewerLike = await station.gql(DASHBOARD, { f: { from: FROM, to: TO } });
    const raw = viewerLike.data.dashboard.disability.byCategory;
    expect(raw.some((b) => b.value > 0 && b.value < 5)).toBe(true); // coordinators may read people: no suppression

    const viewer = await server.as('viewer.demo');
    const [{ id: stationRegion }] = await sql<{ id: string }>(
      `SELECT s.region_id::text AS id FROM service_station s JOIN role_assignment ra ON ra.station_id = s.id LIMIT 1`,
    );
    const res = await viewer.gql(DASHBOARD, {
      f: { from: FROM, to: TO, regionId: toGlobalId('Region', stationRegion) },
    });
    const shown = res.data.dashboard.disability.byCategory;
    expect(shown.every((b) => b.value === 0 || b.value >= 5)).toBe(true);
    expect(shown.length).toBeLessThan(raw.length);
  });
});

describe('cost and freshness', () => {
  it('uses the same number of statements for a community and for the whole city', async () => {
    const [{ id }] = await sql<{ id: string }>(`SELECT region_id::text AS id FROM service_station ORDER BY id LIMIT 1`);
    const [{ id: city }] = await sql<{ id: string }>(`SELECT id::text FROM region WHERE level = 'CITY'`);
    counter.reset();
    await hub.gql(DASHBOARD, { f: { from: '2026-02-01T00:00:00Z', regionId: toGlobalId('Region', id) } });
    const small = counter.count;
    counter.reset();
    await hub.gql(DASHBOARD, { f: { from: '2026-02-01T00:00:00Z', regionId: toGlobalId('Region', city) } });
    expect(counter.count).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });

  it('shows a newly verified participation at once (the cache follows the data version)', async () => {
    const before = (await hub.gql(DASHBOARD, { f: { from: FROM, to: TO } })).data.dashboard.hours.verified;
    const [p] = await sql(
      `SELECT p.id::text FROM participation p JOIN service_event e ON e.id = p.event_id
      WHERE p.verified_at IS NULL AND p.deleted_at IS NULL AND e.status <> 'CANCELLED' AND e.starts_at >= $1 AND e.starts_at < $2 LIMIT 1`,
      [FROM, TO],
    );
    await sql(`UPDATE participation SET minutes = 90, verified_at = now() WHERE id = $1`, [p.id]);
    const after = (await hub.gql(DASHBOARD, { f: { from: FROM, to: TO } })).data.dashboard.hours.verified;
    expect(after).toBeCloseTo(before + 1.5, 2);
  });
});

const LABELS = graphql(`
  query DashboardLabels($f: DashboardFilter) {
    dashboard(filter: $f) {
      counts {
        volunteersByStatus {
          key
          label
          value
        }
      }
      composition {
        byStarLevel {
          key
          label
          value
        }
      }
      disability {
        byGrade {
          key
          label
          value
        }
      }
    }
  }
`);

describe('labels', () => {
  it('come in the language of Accept-Language, from the same (cached) figures', async () => {
    const f = { from: FROM, to: TO };
    const zh = (await hub.gql(LABELS, { f }, { 'accept-language': 'zh-CN,zh;q=0.9' })).data.dashboard;
    const en = (await hub.gql(LABELS, { f }, { 'accept-language': 'en-GB,en;q=0.8' })).data.dashboard;
    const byKey = (buckets: Array<{ key: string; label: string }>) =>
      Object.fromEntries(buckets.map((b) => [b.key, b.label]));
    expect(byKey(zh.counts.volunteersByStatus)).toMatchObject({ ACTIVE: '在册', PENDING: '待审核' });
    expect(byKey(en.counts.volunteersByStatus)).toMatchObject({ ACTIVE: 'Active', PENDING: 'Pending review' });
    expect(byKey(zh.composition.byStarLevel)['0']).toBe('未达星级');
    expect(byKey(en.composition.byStarLevel)['0']).toBe('No star yet');
    expect(en.disability.byGrade.map((b) => b.label)).toEqual(en.disability.byGrade.map((b) => `Grade ${b.key}`));
    // The same figures either way: only the words differ.
    const values = (d: typeof zh) => [d.counts, d.composition, d.disability].flatMap((s) => Object.values(s).flat());
    expect(values(en).map((b) => [b.key, b.value])).toEqual(values(zh).map((b) => [b.key, b.value]));
  });
});
