// Rollups the dashboard reads instead of the base tables, for the whole city and for a district
// (the lenses of the hub and district administrators): events by month and district, and by
// month with their sub-district, service type and organiser; each volunteer's months of verified
// service per district; and volunteers by home district with their profile, birth month and
// verified minutes. Statement-level triggers with transition tables keep them in the
// write's own transaction whatever path wrote (a mutation, the seed, an import), one pass per
// statement, so a bulk statement costs one aggregation rather than one upsert per row.
import { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The event rows of a set of service_event rows `e` with a sign: one per dimension. */
export const eventDeltas = (source: string, sign: number) => `
  SELECT x.dim, date_trunc('month', e.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS month,
         split_part(r.path, '/', 3) AS district, x.k, ${sign} AS events,
         ${sign} * e.verified_minutes AS minutes, ${sign} * e.person_times_served::bigint AS served
    FROM ${source} e JOIN region r ON r.id = e.region_id
   CROSS JOIN LATERAL (VALUES ('area', split_part(r.path, '/', 4)), ('type', e.service_type_id::text),
                              ('org', e.organiser_id::text)) x(dim, k)
   WHERE e.status <> 'CANCELLED'`;

/** Verified, live participations of a set `p` with a sign, by volunteer, district ('*' for the city), year and month. */
const activityDeltas = (source: string, sign: number) => `
  SELECT p.volunteer_id, d.district, extract(year FROM l.t)::int AS year, extract(month FROM l.t)::int AS month, ${sign} AS n
    FROM ${source} p JOIN service_event e ON e.id = p.event_id JOIN region r ON r.id = e.region_id
   CROSS JOIN LATERAL (SELECT e.starts_at AT TIME ZONE 'Asia/Shanghai' AS t) l
   CROSS JOIN LATERAL (VALUES ('*'), (split_part(r.path, '/', 3))) d(district)
   WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL`;

/**
 * Volunteers of a set `v` with a sign, by home district: their organisation, status, category and
 * insurance together; their birth month; their verified minutes (each a breakdown of its own).
 */
export const peopleDeltas = (source: string, sign: number) => `
  SELECT x.dim, split_part(r.path, '/', 3) AS district, x.k, ${sign} AS n
    FROM ${source} v JOIN region r ON r.id = v.home_region_id
   CROSS JOIN LATERAL (VALUES
     ('profile', concat_ws('|', COALESCE(v.organisation_id::text, ''), v.status::text, v.category::text, v.insured::text)),
     ('birth', date_trunc('month', v.birth_date)::date::text), ('minutes', v.verified_minutes::text)) x(dim, k)`;

/** Adds signed event rows (a query of eventDeltas' columns) into the rollup. */
const applyEvents = (deltas: string) => `
  INSERT INTO dashboard_event_rollup AS t (dim, month, district, k, events, minutes, served)
  SELECT dim, month, district, k, sum(events), sum(minutes), sum(served) FROM (${deltas}) d
   GROUP BY dim, month, district, k
  HAVING sum(events) <> 0 OR sum(minutes) <> 0 OR sum(served) <> 0
   ORDER BY dim, month, district, k
  ON CONFLICT (dim, month, district, k) DO UPDATE SET events = t.events + EXCLUDED.events,
    minutes = t.minutes + EXCLUDED.minutes, served = t.served + EXCLUDED.served`;

const applyPeople = (deltas: string) => `
  INSERT INTO dashboard_people_rollup AS t (dim, district, k, n)
  SELECT dim, district, k, sum(n) FROM (${deltas}) d GROUP BY dim, district, k HAVING sum(n) <> 0
   ORDER BY dim, district, k
  ON CONFLICT (dim, district, k) DO UPDATE SET n = t.n + EXCLUDED.n`;

// A statement trigger's changes, applied once: inserted rows counted in, deleted rows out, and an update
// as both (its old rows out, its new rows in); the plpgsql branches, up to an update's own ELSE work.
export const byOperation = (apply: (deltas: string) => string, deltas: (source: string, sign: number) => string) => `
        IF TG_OP = 'INSERT' THEN
          ${apply(deltas('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${apply(deltas('old_rows', -1))};
        ELSE
          ${apply(`${deltas('old_rows', -1)} UNION ALL ${deltas('new_rows', 1)}`)};`;

const applyActivity = (deltas: string) => `
  INSERT INTO dashboard_volunteer_activity AS t (volunteer_id, district, year, ${MONTHS.map((m) => `m${m}`).join(', ')})
  SELECT volunteer_id, district, year, ${MONTHS.map((m) => `COALESCE(sum(n) FILTER (WHERE month = ${m}), 0)`).join(', ')}
    FROM (${deltas}) d GROUP BY volunteer_id, district, year HAVING sum(abs(n)) <> 0
   ORDER BY volunteer_id, district, year
  ON CONFLICT (volunteer_id, district, year) DO UPDATE SET
    ${MONTHS.map((m) => `m${m} = t.m${m} + EXCLUDED.m${m}`).join(', ')}`;

/** The rollups from the base tables, as a region's move rebuilds them. */
const REBUILD_SQL = `
  DELETE FROM dashboard_event_rollup;
  ${applyEvents(eventDeltas('service_event', 1))};
  DELETE FROM dashboard_volunteer_activity;
  ${applyActivity(activityDeltas('participation', 1))};
  DELETE FROM dashboard_people_rollup;
  ${applyPeople(peopleDeltas('volunteer', 1))};`;

/**
 * The rollups from the base tables and then their statistics, for the backfill and the seed's last
 * step: freshly filled tables have none, and the planner would take them for a few rows (a region's
 * move rebuilds them at much the same size, so it keeps their statistics).
 */
export const DASHBOARD_ROLLUPS_REBUILD_SQL = `${REBUILD_SQL}
  ANALYZE dashboard_event_rollup, dashboard_volunteer_activity, dashboard_people_rollup;`;

export const DASHBOARD_ROLLUP_TRIGGERS = ['dashboard_rollup_ins', 'dashboard_rollup_upd', 'dashboard_rollup_del'];
/** The tables whose statements maintain the rollups (the seed turns their triggers off while it loads). */
export const DASHBOARD_ROLLUP_TABLES = ['service_event', 'participation', 'volunteer'];

export class DashboardRollups1796560000000 implements MigrationInterface {
  name = 'DashboardRollups1796560000000';

  public async up(q: QueryRunner): Promise<void> {
    // The district and sub-district are the parts of the event region's path (text, as the
    // dashboard's own grouping has them); k is the sub-district, service type or organiser.
    await q.query(`CREATE TABLE "dashboard_event_rollup" ("dim" text NOT NULL, "month" date NOT NULL,
      "district" text NOT NULL, "k" text NOT NULL, "events" integer NOT NULL, "minutes" bigint NOT NULL,
      "served" bigint NOT NULL, PRIMARY KEY ("dim", "month", "district", "k"))`);
    // Counts per month, so a deletion knows whether the month stays active; the mask says which
    // months have any, so a reader tests a period's full months with one AND.
    await q.query(`CREATE TABLE "dashboard_volunteer_activity" ("volunteer_id" bigint NOT NULL, "district" text NOT NULL,
      "year" integer NOT NULL, ${MONTHS.map((m) => `"m${m}" integer NOT NULL DEFAULT 0`).join(', ')},
      "mask" integer GENERATED ALWAYS AS (${MONTHS.map((m) => `(CASE WHEN "m${m}" > 0 THEN ${1 << (m - 1)} ELSE 0 END)`).join(' + ')}) STORED,
      PRIMARY KEY ("volunteer_id", "district", "year"))`);
    await q.query(
      `CREATE INDEX "idx_dashboard_volunteer_activity_scope" ON "dashboard_volunteer_activity" ("district", "year") INCLUDE ("volunteer_id", "mask")`,
    );
    // The people section reads these columns of every volunteer of the lens: an index-only scan
    // instead of the wide table.
    await q.query(`CREATE TABLE "dashboard_people_rollup" ("dim" text NOT NULL, "district" text NOT NULL, "k" text NOT NULL,
      "n" integer NOT NULL, PRIMARY KEY ("dim", "district", "k"))`);
    // The few birth months an age band boundary falls in are counted from the volunteers themselves.
    await q.query(`CREATE INDEX "idx_volunteer_birth_date" ON "volunteer" ("birth_date") INCLUDE ("home_region_id")`);
    await q.query(
      `CREATE INDEX "idx_volunteer_dashboard" ON "volunteer" ("home_region_id", "organisation_id", "status", "category", "insured", "birth_date", "verified_minutes")`,
    );

    await q.query(`CREATE FUNCTION service_event_dashboard_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${byOperation(applyEvents, eventDeltas)}
          -- An event moved in place or time moves its volunteers' service with it.
          ${applyActivity(`${activityDeltas(
            `(SELECT p.* FROM participation p JOIN old_rows o ON o.id = p.event_id JOIN new_rows n ON n.id = o.id
                 WHERE o.region_id <> n.region_id OR o.starts_at <> n.starts_at)`,
            1,
          )}
               UNION ALL
               SELECT p.volunteer_id, d.district, extract(year FROM l.t)::int, extract(month FROM l.t)::int, -1
                 FROM participation p JOIN old_rows o ON o.id = p.event_id JOIN new_rows n ON n.id = o.id
                 JOIN region r ON r.id = o.region_id
                CROSS JOIN LATERAL (SELECT o.starts_at AT TIME ZONE 'Asia/Shanghai' AS t) l
                CROSS JOIN LATERAL (VALUES ('*'), (split_part(r.path, '/', 3))) d(district)
                WHERE (o.region_id <> n.region_id OR o.starts_at <> n.starts_at)
                  AND p.verified_at IS NOT NULL AND p.deleted_at IS NULL`)};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION participation_dashboard_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${byOperation(applyActivity, activityDeltas)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION volunteer_dashboard_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${byOperation(applyPeople, peopleDeltas)}
        END IF;
        RETURN NULL;
      END $$`);
    // A region moved under another parent changes the district of everything in it: rebuild.
    await q.query(`CREATE FUNCTION region_dashboard_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path IS DISTINCT FROM n.path) THEN
          ${REBUILD_SQL}
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['service_event', 'service_event_dashboard_rollup'],
      ['participation', 'participation_dashboard_rollup'],
      ['volunteer', 'volunteer_dashboard_rollup'],
    ]) {
      await q.query(`CREATE TRIGGER dashboard_rollup_ins AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER dashboard_rollup_upd AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(`CREATE TRIGGER dashboard_rollup_del AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(`CREATE TRIGGER dashboard_rollup_upd AFTER UPDATE ON "region" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION region_dashboard_rollup()`);
    await q.query(DASHBOARD_ROLLUPS_REBUILD_SQL);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER dashboard_rollup_upd ON "region"`);
    for (const table of DASHBOARD_ROLLUP_TABLES) {
      for (const t of DASHBOARD_ROLLUP_TRIGGERS) await q.query(`DROP TRIGGER ${t} ON "${table}"`);
    }
    await q.query(`DROP FUNCTION region_dashboard_rollup()`);
    await q.query(`DROP FUNCTION participation_dashboard_rollup()`);
    await q.query(`DROP FUNCTION service_event_dashboard_rollup()`);
    await q.query(`DROP FUNCTION volunteer_dashboard_rollup()`);
    await q.query(`DROP TABLE "dashboard_people_rollup"`);
    await q.query(`DROP INDEX "public"."idx_volunteer_birth_date"`);
    await q.query(`DROP INDEX "public"."idx_volunteer_dashboard"`);
    await q.query(`DROP TABLE "dashboard_volunteer_activity"`);
    await q.query(`DROP TABLE "dashboard_event_rollup"`);
  }
}
