// The dashboard's rollups after writes through the API and through plain SQL (another path: an
// import, a repair): the rollup tables equal a fresh aggregation of the base tables (the active-months
// masks a count of the activity rollup's rows, and a disabled mask trigger is caught), every section
// read from them gives the rows of its base-table statement, and the dashboard's figures equal
// hand-written SQL over the base tables, for the city and a district.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/node';
import { DASHBOARD_ROLLUPS_REBUILD_SQL } from '../src/db/migrations/1796560000000-DashboardRollups';
import { DASHBOARD_ACTIVE_MASKS_TRIGGERS } from '../src/db/migrations/1796562000000-DashboardActiveMasks';
import {
  DASHBOARD_TRAINED_REBUILD_SQL,
  DASHBOARD_TRAINED_TRIGGERS,
} from '../src/db/migrations/1796563000000-DashboardTraining';
import type { Lens } from '../src/modules/dashboard/dashboard-lens';
import { rollupLens, SECTIONS } from '../src/modules/dashboard/dashboard-sections';
import { Params } from '../src/modules/dashboard/dashboard.sql';
import type { Context } from '../src/context/context';
import type { SqlRow, TestDatabase } from './helpers/database';
import { createSeededDatabase } from './helpers/fixture';
import { startTestServer, type Client, type TestServer } from './helpers/server';
import { checkIn, checkOut, createEvent, enrol } from './helpers/events';
import { graphql } from './generated';

let t: TestDatabase;
let server: TestServer;
let hub: Client;
let station: Client;
let now = new Date('2026-06-01T00:00:00Z');
const sql = async <T = SqlRow>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
let district: { id: string; path: string };

const ROLLUP_ROWS = {
  people: `SELECT dim, district, k, n FROM dashboard_people_rollup WHERE n <> 0 ORDER BY 1, 2, 3`,
  event: `SELECT dim, month::text, district, k, events, minutes::text, served::text FROM dashboard_event_rollup
           WHERE events <> 0 OR minutes <> 0 OR served <> 0 ORDER BY 1, 2, 3, 4`,
  activity: `SELECT volunteer_id::text, district, year, mask, ${Array.from({ length: 12 }, (_, i) => `m${i + 1}`).join(', ')}
               FROM dashboard_volunteer_activity WHERE mask <> 0 ORDER BY 1, 2, 3`,
  // Zero rows included: the trigger deletes them, and the count below never yields one.
  masks: `SELECT district, year, mask, n FROM dashboard_active_masks ORDER BY 1, 2, 3`,
  trained: `SELECT attendance_id::text, session_id::text, volunteer_id::text, held_on::text, district, active
              FROM dashboard_trained ORDER BY 1`,
};
/** The volunteers per mask, counted from the activity rollup's own rows. */
const MASKS_COUNTED = `SELECT district, year, mask, count(*)::int AS n FROM dashboard_volunteer_activity
  WHERE mask <> 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

/**
 * The rollups as the writes left them, and as a fresh aggregation of the base tables has them (the
 * masks counted from the fresh activity rows); with the masks the rebuild left through the trigger.
 */
async function rollupsAndFresh() {
  const c = new pg.Client({ connectionString: t.url });
  await c.connect();
  try {
    const read = async (masks: string) => ({
      people: (await c.query(ROLLUP_ROWS.people)).rows,
      event: (await c.query(ROLLUP_ROWS.event)).rows,
      activity: (await c.query(ROLLUP_ROWS.activity)).rows,
      masks: (await c.query(masks)).rows,
      trained: (await c.query(ROLLUP_ROWS.trained)).rows,
    });
    const kept = await read(ROLLUP_ROWS.masks);
    await c.query('BEGIN');
    await c.query(DASHBOARD_ROLLUPS_REBUILD_SQL);
    await c.query(DASHBOARD_TRAINED_REBUILD_SQL);
    const fresh = await read(MASKS_COUNTED);
    const rebuiltMasks = (await c.query(ROLLUP_ROWS.masks)).rows;
    await c.query('ROLLBACK');
    return { kept, fresh, rebuiltMasks };
  } finally {
    await c.end();
  }
}

const PERIODS: Array<[string, string]> = [
  ['2026-01-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00'],
  ['2026-01-01T00:00:00+08:00', '2026-06-20T13:30:00Z'],
  ['2026-03-10T05:00:00Z', '2026-03-20T00:00:00Z'],
  ['2025-07-15T10:00:00Z', '2026-02-01T00:00:00+08:00'],
  ['2024-01-01T00:00:00+08:00', '2028-01-01T00:00:00+08:00'],
  ['2025-03-01T00:00:00+08:00', '2025-09-15T00:00:00Z'],
];

/** Each rollup-backed section's rows from the rollups and from its base-table statement. */
async function sectionRows(lens: Lens) {
  const out: Array<{ name: string; rollup: string[]; base: string[] }> = [];
  for (const s of SECTIONS.filter((x) => x.rollup)) {
    const run = async (build: (p: Params) => string) => {
      const p = new Params();
      return (await sql(build(p), p.values)).map((r) => JSON.stringify(r)).sort();
    };
    out.push({
      name: s.name,
      rollup: await run((p) => s.rollup!(p, lens, { ownStarThresholds: false })!),
      base: await run((p) => s.sql(p, lens, {} as Context)),
    });
  }
  return out;
}

const lenses = () =>
  [
    { regionPath: null, regionDepth: 0 },
    { regionPath: district.path, regionDepth: 1 },
  ].flatMap((r) =>
    PERIODS.map(([from, to]): Lens => ({
      ...r,
      organisationId: null,
      campaignId: null,
      from: new Date(from),
      to: new Date(to),
      suppressSmallGroups: false,
    })),
  );

const DASHBOARD = graphql(`
  query DashboardRollups($f: DashboardFilter) {
    dashboard(filter: $f) {
      counts {
        events
        activeVolunteers
      }
      hours {
        verified
        byMonth {
          key
          value
        }
      }
      personTimes {
        total
        byRegion {
          key
          value
        }
      }
    }
  }
`);

beforeAll(async () => {
  t = await createSeededDatabase('dashboard_rollups');
  server = await startTestServer(t.db, { now: () => now });
  [hub, station] = await Promise.all(['hub.admin', 'station.coord'].map((u) => server.as(u)));
  [district] = await sql<{ id: string; path: string }>(`SELECT r.id::text, r.path FROM region r
    WHERE r.level = 'DISTRICT' AND (SELECT s.path FROM service_station st JOIN region s ON s.id = st.region_id
      JOIN role_assignment ra ON ra.station_id = st.id JOIN user_account a ON a.id = ra.account_id
     WHERE a.username = 'station.coord') LIKE r.path || '%'`);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('dashboard rollups', () => {
  it('are exact after the seed’s bulk load', async () => {
    const { kept, fresh, rebuiltMasks } = await rollupsAndFresh();
    expect(kept.event.length).toBeGreaterThan(100);
    expect(kept.activity.length).toBeGreaterThan(100);
    expect(kept.people.length).toBeGreaterThan(100);
    expect(kept.masks.length).toBeGreaterThan(100);
    expect(kept).toEqual(fresh);
    expect(rebuiltMasks).toEqual(fresh.masks);
  });

  it('catch a write that a disabled trigger of theirs missed', async () => {
    const c = new pg.Client({ connectionString: t.url });
    await c.connect();
    const checks = [
      {
        // The masks against a count of the activity rows, after verified service is taken back.
        triggers: DASHBOARD_ACTIVE_MASKS_TRIGGERS.map((tr) => ['dashboard_volunteer_activity', tr]),
        write: `UPDATE participation SET verified_at = NULL WHERE id IN (SELECT p.id FROM participation p
          JOIN service_event e ON e.id = p.event_id WHERE p.verified_at IS NOT NULL AND e.starts_at >= '2026-01-01' ORDER BY p.id LIMIT 30)`,
        kept: ROLLUP_ROWS.masks,
        fresh: async () => (await c.query<SqlRow>(MASKS_COUNTED)).rows,
      },
      // The trained attendances against their rebuild, after a write to the table of each trigger.
      ...(
        [
          [
            'dashboard_trained_ins',
            `INSERT INTO training_attendance (session_id, volunteer_id, attended)
              SELECT s.id, v.id, true FROM (SELECT id FROM training_session ORDER BY id DESC LIMIT 2) s
              CROSS JOIN (SELECT id FROM volunteer WHERE status = 'ACTIVE' ORDER BY id LIMIT 3) v ON CONFLICT DO NOTHING`,
          ],
          [
            'dashboard_trained_upd',
            `UPDATE training_attendance SET attended = NOT attended WHERE id IN (SELECT id FROM training_attendance ORDER BY id LIMIT 5)`,
            'training_attendance',
          ],
          [
            'dashboard_trained_del',
            `DELETE FROM training_attendance WHERE id IN (SELECT id FROM training_attendance WHERE attended ORDER BY id LIMIT 3)`,
          ],
          [
            'dashboard_trained_upd',
            `UPDATE training_session SET held_on = held_on - 400
              WHERE id IN (SELECT session_id FROM training_attendance WHERE attended ORDER BY id LIMIT 1)`,
            'training_session',
          ],
          [
            'dashboard_trained_upd',
            `UPDATE volunteer SET status = CASE WHEN status = 'ACTIVE' THEN 'SUSPENDED'::volunteer_status ELSE 'ACTIVE' END
              WHERE id IN (SELECT volunteer_id FROM training_attendance WHERE attended ORDER BY id LIMIT 3)`,
            'volunteer',
          ],
        ] as const
      ).map(([trigger, write, table = 'training_attendance']) => ({
        triggers: [[table, trigger]],
        write,
        kept: ROLLUP_ROWS.trained,
        fresh: async () => {
          await c.query(DASHBOARD_TRAINED_REBUILD_SQL);
          return (await c.query<SqlRow>(ROLLUP_ROWS.trained)).rows;
        },
      })),
    ];
    // Every trigger but the region's, which the writes below exercise with a region's move.
    expect(checks.flatMap((x) => x.triggers.filter(([table]) => table !== 'dashboard_volunteer_activity'))).toEqual(
      DASHBOARD_TRAINED_TRIGGERS.filter(([table]) => table !== 'region'),
    );
    try {
      // Each write twice, rolled back each time: with the triggers, then without them.
      for (const check of checks) {
        for (const enabled of [true, false]) {
          await c.query('BEGIN');
          if (!enabled)
            for (const [table, tr] of check.triggers) await c.query(`ALTER TABLE ${table} DISABLE TRIGGER ${tr}`);
          await c.query(check.write);
          const kept = (await c.query(check.kept)).rows;
          const fresh = await check.fresh();
          await c.query('ROLLBACK');
          if (enabled) expect({ check: check.triggers, kept }).toEqual({ check: check.triggers, kept: fresh });
          else expect({ check: check.triggers, kept }).not.toEqual({ check: check.triggers, kept: fresh });
        }
      }
    } finally {
      await c.end();
    }
  });

  it('stay exact through writes over the API and over plain SQL, and the sections read from them agree with the base tables', async () => {
    const [{ stationId, serviceTypeId }] = await sql(`SELECT ra.station_id::text AS "stationId",
        (SELECT id::text FROM service_type ORDER BY id LIMIT 1) AS "serviceTypeId"
       FROM role_assignment ra JOIN user_account a ON a.id = ra.account_id WHERE a.username = 'station.coord'`);
    const volunteers = await sql<{ id: string }>(
      `SELECT id::text FROM volunteer WHERE station_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 2`,
      [stationId],
    );
    const input = (startsAt: string, endsAt: string) => ({
      title: '汇总测试活动',
      stationId: toGlobalId('ServiceStation', String(stationId)),
      serviceTypeId: toGlobalId('ServiceType', String(serviceTypeId)),
      place: '社区服务站',
      startsAt,
      endsAt,
      capacity: 5,
    });
    // An event in June, with two volunteers checked in, out and verified, and person-times recorded.
    now = new Date('2026-06-01T00:00:00Z');
    const event = (await createEvent(station, input('2026-06-10T01:00:00Z', '2026-06-10T04:00:00Z'))).data
      .createServiceEvent;
    const moved = (await createEvent(station, input('2026-06-12T01:00:00Z', '2026-06-12T03:00:00Z'))).data
      .createServiceEvent;
    const enrolled = [];
    for (const v of volunteers.slice(0, 2))
      enrolled.push((await enrol(station, event.id, v.id)).data.enrolVolunteerInEvent);
    const onMoved = (await enrol(station, moved.id, volunteers[0].id)).data.enrolVolunteerInEvent;
    // The second event moves to July before it takes place.
    const update = await station.gql(
      graphql(`
        mutation MoveEventForRollups($id: ID!, $v: Int!, $s: DateTimeISO!, $e: DateTimeISO!) {
          updateServiceEvent(id: $id, version: $v, input: { startsAt: $s, endsAt: $e }) {
            id
          }
        }
      `),
      { id: moved.id, v: moved.version, s: '2026-07-03T01:00:00Z', e: '2026-07-03T03:00:00Z' },
    );
    expect(update.errors).toBeUndefined();
    now = new Date('2026-07-03T05:00:00Z');
    for (const p of [...enrolled, onMoved]) {
      const isMoved = p === onMoved;
      const inAt = isMoved ? '2026-07-03T01:00:00Z' : '2026-06-10T01:00:00Z';
      const outAt = isMoved ? '2026-07-03T03:00:00Z' : '2026-06-10T04:00:00Z';
      const c = (await checkIn(station, p.id, p.version, inAt)).data.checkIn;
      expect((await checkOut(station, p.id, c.version, outAt)).errors).toBeUndefined();
    }
    const verified = await station.gql(
      graphql(`
        mutation VerifyHoursForRollups($ids: [ID!]!) {
          verifyHours(participationIds: $ids) {
            id
            version
          }
        }
      `),
      { ids: [...enrolled, onMoved].map((p) => p.id) },
    );
    expect(verified.errors).toBeUndefined();
    const served = await station.gql(
      graphql(`
        mutation PersonTimesForRollups($p: ID!, $v: Int!) {
          recordPersonTimesServed(participationId: $p, version: $v, count: 6) {
            id
          }
        }
      `),
      { p: verified.data.verifyHours[0].id, v: verified.data.verifyHours[0].version },
    );
    expect(served.errors).toBeUndefined();

    // Other paths: a soft delete, a hard delete, a participation moved to another volunteer, an
    // event moved to another district and one cancelled, a bulk un-verification and a bulk insert;
    // and a volunteer alone with its months in its district loses that year's service, so the mask goes.
    const masksBefore = (await sql(ROLLUP_ROWS.masks)).map((r) => JSON.stringify(r));
    const [alone] = await sql<{ volunteer_id: string; district: string; year: number; mask: number }>(
      `SELECT a.volunteer_id::text, a.district, a.year, a.mask FROM dashboard_volunteer_activity a
         JOIN dashboard_active_masks m USING (district, year, mask) WHERE m.n = 1 AND a.district <> '*' ORDER BY 1 LIMIT 1`,
    );
    await sql(
      `UPDATE participation p SET verified_at = NULL FROM service_event e WHERE e.id = p.event_id AND p.volunteer_id = $1
          AND extract(year FROM e.starts_at AT TIME ZONE 'Asia/Shanghai') = $2`,
      [alone.volunteer_id, alone.year],
    );
    expect(
      await sql(`SELECT n FROM dashboard_active_masks WHERE district = $1 AND year = $2 AND mask = $3`, [
        alone.district,
        alone.year,
        alone.mask,
      ]),
    ).toEqual([]);
    const seeded = await sql<{
      id: string;
    }>(`SELECT p.id::text FROM participation p JOIN service_event e ON e.id = p.event_id
      WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL AND e.starts_at >= '2026-01-01' ORDER BY p.id LIMIT 3`);
    await sql(`UPDATE participation SET deleted_at = now() WHERE id = $1`, [seeded[0].id]);
    await sql(`DELETE FROM participation WHERE id = $1`, [seeded[1].id]);
    await sql(
      `UPDATE participation SET volunteer_id = (SELECT id FROM volunteer v WHERE NOT EXISTS
         (SELECT 1 FROM participation x WHERE x.event_id = participation.event_id AND x.volunteer_id = v.id) ORDER BY id DESC LIMIT 1)
        WHERE id = $1`,
      [seeded[2].id],
    );
    await sql(
      `UPDATE service_event SET region_id = (SELECT id FROM region WHERE level = 'COMMUNITY' AND path NOT LIKE $1 ORDER BY id LIMIT 1)
      WHERE id = (SELECT e.id FROM service_event e JOIN region r ON r.id = e.region_id WHERE r.path LIKE $1
                   AND e.verified_minutes > 0 AND e.starts_at >= '2026-03-01' ORDER BY e.id LIMIT 1)`,
      [`${district.path}%`],
    );
    await sql(`UPDATE service_event SET status = 'CANCELLED' WHERE id = (SELECT id FROM service_event
      WHERE status <> 'CANCELLED' AND starts_at >= '2026-02-01' AND verified_minutes > 0 ORDER BY id LIMIT 1)`);
    await sql(`UPDATE participation SET verified_at = NULL WHERE id IN (SELECT p.id FROM participation p
      JOIN service_event e ON e.id = p.event_id WHERE p.verified_at IS NOT NULL AND e.starts_at >= '2026-05-01' ORDER BY p.id LIMIT 40)`);
    await sql(`INSERT INTO participation (event_id, volunteer_id, status, minutes, verified_at)
      SELECT e.id, v.id, 'COMPLETED', 45, now() FROM (SELECT id FROM service_event WHERE starts_at >= '2026-04-01' ORDER BY id LIMIT 5) e
      CROSS JOIN (SELECT id FROM volunteer ORDER BY id DESC LIMIT 4) v ON CONFLICT DO NOTHING`);

    // Training: an upsert of attendance (new rows, and existing ones marked the other way), a
    // session moved back in time, one deleted with its attendance, an attendee moved to another district.
    await sql(`INSERT INTO training_attendance (session_id, volunteer_id, attended)
      SELECT s.id, v.id, true FROM (SELECT id FROM training_session ORDER BY held_on DESC, id LIMIT 3) s
      CROSS JOIN (SELECT DISTINCT volunteer_id AS id FROM training_attendance ORDER BY 1 LIMIT 6) v
      ON CONFLICT (session_id, volunteer_id) DO UPDATE SET attended = NOT training_attendance.attended`);
    await sql(`UPDATE training_session SET held_on = held_on - 200
      WHERE id = (SELECT id FROM training_session WHERE held_on >= '2026-01-01' ORDER BY id LIMIT 1)`);
    await sql(`DELETE FROM training_session
      WHERE id = (SELECT session_id FROM training_attendance WHERE attended ORDER BY id DESC LIMIT 1)`);
    await sql(
      `UPDATE volunteer SET home_region_id = (SELECT id FROM region WHERE level = 'COMMUNITY' AND path NOT LIKE $1 ORDER BY id LIMIT 1)
      WHERE id = (SELECT a.volunteer_id FROM training_attendance a JOIN volunteer v ON v.id = a.volunteer_id
                   JOIN region r ON r.id = v.home_region_id WHERE a.attended AND r.path LIKE $1 ORDER BY a.id LIMIT 1)`,
      [`${district.path}%`],
    );

    // Volunteers corrected: one moved to another district with a new birth date and insurance, a
    // batch suspended, one leaving its organisation.
    await sql(
      `UPDATE volunteer SET home_region_id = (SELECT id FROM region WHERE level = 'COMMUNITY' AND path NOT LIKE $1 ORDER BY id LIMIT 1),
        birth_date = birth_date - 400, insured = NOT insured
      WHERE id = (SELECT v.id FROM volunteer v JOIN region r ON r.id = v.home_region_id WHERE r.path LIKE $1 ORDER BY v.id LIMIT 1)`,
      [`${district.path}%`],
    );
    await sql(
      `UPDATE volunteer SET status = 'SUSPENDED' WHERE id IN (SELECT id FROM volunteer WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 25)`,
    );
    await sql(
      `UPDATE volunteer SET organisation_id = NULL WHERE id = (SELECT id FROM volunteer WHERE organisation_id IS NOT NULL ORDER BY id LIMIT 1)`,
    );

    const { kept, fresh, rebuiltMasks } = await rollupsAndFresh();
    expect(kept).toEqual(fresh);
    expect(rebuiltMasks).toEqual(fresh.masks);
    // The writes did change the masks (so the comparison above tested the trigger's subtractions too).
    const masksAfter = kept.masks.map((r) => JSON.stringify(r));
    expect(masksBefore.filter((m) => !masksAfter.includes(m)).length).toBeGreaterThan(0);
    expect(masksAfter.filter((m) => !masksBefore.includes(m)).length).toBeGreaterThan(0);

    const agree = async () => {
      for (const lens of lenses()) {
        expect(rollupLens(lens)).toBe(true);
        for (const s of await sectionRows(lens))
          expect({ lens, ...s, rollup: s.rollup }).toEqual({ lens, ...s, rollup: s.base });
      }
    };
    await agree();
    const [training] = (await sectionRows(lenses()[0])).filter((x) => x.name === 'training');
    expect(JSON.parse(training.base[0])).not.toEqual({ trained: 0 });

    // A sub-district of the district moved under another district (its path and its descendants').
    const [sub] = await sql<{ path: string }>(
      `SELECT r.path FROM region r WHERE r.depth = $2 AND r.path LIKE $1 AND EXISTS (SELECT 1 FROM volunteer v
         JOIN training_attendance a ON a.volunteer_id = v.id JOIN region h ON h.id = v.home_region_id WHERE h.path LIKE r.path || '%')
       ORDER BY r.id LIMIT 1`,
      [`${district.path}%`, Number(district.path.split('/').filter(Boolean).length)],
    );
    const [other] = await sql<{ id: string; path: string }>(
      `SELECT id::text, path FROM region WHERE level = 'DISTRICT' AND id::text <> $1 ORDER BY id LIMIT 1`,
      [district.id],
    );
    const movedPath = `${other.path}${sub.path.slice(district.path.length)}`;
    await sql(
      `UPDATE region SET path = $3 || substr(path, length($1) + 1),
              parent_id = CASE WHEN path = $1 THEN $2::bigint ELSE parent_id END WHERE path LIKE $1 || '%'`,
      [sub.path, other.id, movedPath],
    );
    const after = await rollupsAndFresh();
    expect(after.kept).toEqual(after.fresh);
    expect(after.kept.trained).not.toEqual(kept.trained);
    await agree();
  });

  it('give the dashboard the figures of hand-written SQL over the base tables', async () => {
    for (const regionPath of [null, district.path]) {
      const [from, to] = ['2026-01-01T00:00:00+08:00', '2026-07-10T00:00:00Z'];
      const res = await hub.gql(DASHBOARD, {
        f: { from, to, ...(regionPath ? { regionId: toGlobalId('Region', district.id) } : {}) },
      });
      expect(res.errors).toBeUndefined();
      const d = res.data.dashboard;
      const inLens = `e.starts_at >= $1 AND e.starts_at < $2 AND r.path LIKE $3`;
      const args = [from, to, `${regionPath ?? '/'}%`];
      const [{ active }] = await sql<{ active: number }>(
        `SELECT count(DISTINCT p.volunteer_id)::int AS active FROM participation p JOIN service_event e ON e.id = p.event_id
          JOIN region r ON r.id = e.region_id WHERE ${inLens} AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL`,
        args,
      );
      expect(d.counts.activeVolunteers).toBe(active);
      const months = await sql<{ key: string; minutes: string; n: number }>(
        `SELECT to_char(e.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS key, sum(p.minutes)::text AS minutes
           FROM service_event e JOIN region r ON r.id = e.region_id
           JOIN participation p ON p.event_id = e.id AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL
          WHERE ${inLens} AND e.status <> 'CANCELLED' GROUP BY 1 ORDER BY 1`,
        args,
      );
      const byMonth = new Map(d.hours.byMonth.map((b) => [b.key, b.value]));
      for (const m of months) expect(byMonth.get(m.key)).toBeCloseTo(Number(m.minutes) / 60, 2);
      const [{ events, served }] = await sql<{ events: number; served: string }>(
        `SELECT count(*)::int AS events, COALESCE(sum(e.person_times_served), 0)::text AS served
           FROM service_event e JOIN region r ON r.id = e.region_id WHERE ${inLens} AND e.status <> 'CANCELLED'`,
        args,
      );
      expect(d.counts.events).toBe(events);
      expect(d.personTimes.total).toBe(Number(served));
      expect(d.personTimes.byRegion.reduce((s, b) => s + b.value, 0)).toBe(Number(served));
    }
  });
});
