// A rollup of the activity rollup: per district ('*' for the city) and year, how many volunteers
// have exactly each mask of months with verified service. A one-year period's active volunteers are
// then a sum over at most 4,096 masks rather than a count of every volunteer active that year. A
// statement trigger with transition tables on dashboard_volunteer_activity keeps it, whatever
// changed the activity (the base tables' triggers, the rebuild after a region moves, the seed).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { byOperation } from './1796560000000-DashboardRollups';

export const DASHBOARD_ACTIVE_MASKS_TRIGGERS = [
  'dashboard_active_masks_ins',
  'dashboard_active_masks_upd',
  'dashboard_active_masks_del',
];

/** Activity rows of a set `a` with a sign, by district, year and mask; a row without service counts nowhere. */
const maskDeltas = (source: string, sign: number) => `
  SELECT a.district, a.year, a.mask, ${sign} AS n FROM ${source} a WHERE a.mask <> 0`;

/** Adds signed mask rows; an activity row whose mask did not change cancels out (HAVING). */
const applyMasks = (deltas: string) => `
  INSERT INTO dashboard_active_masks AS t (district, year, mask, n)
  SELECT district, year, mask, sum(n) FROM (${deltas}) d GROUP BY district, year, mask HAVING sum(n) <> 0
   ORDER BY district, year, mask
  ON CONFLICT (district, year, mask) DO UPDATE SET n = t.n + EXCLUDED.n`;

export class DashboardActiveMasks1796562000000 implements MigrationInterface {
  name = 'DashboardActiveMasks1796562000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "dashboard_active_masks" ("district" text NOT NULL, "year" integer NOT NULL,
      "mask" integer NOT NULL, "n" integer NOT NULL, PRIMARY KEY ("district", "year", "mask"))`);
    // The masks no volunteer has any more, found and deleted after each change.
    await q.query(`CREATE INDEX "idx_dashboard_active_masks_zero" ON "dashboard_active_masks" ("district") WHERE "n" = 0`);
    await q.query(`CREATE FUNCTION dashboard_active_masks_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${byOperation(applyMasks, maskDeltas)}
        END IF;
        DELETE FROM dashboard_active_masks WHERE n = 0;
        RETURN NULL;
      END $$`);
    // An upsert into the activity rollup fires both its insert and its update triggers, each with its own rows.
    await q.query(`CREATE TRIGGER dashboard_active_masks_ins AFTER INSERT ON "dashboard_volunteer_activity"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_active_masks_rollup()`);
    await q.query(`CREATE TRIGGER dashboard_active_masks_upd AFTER UPDATE ON "dashboard_volunteer_activity"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_active_masks_rollup()`);
    await q.query(`CREATE TRIGGER dashboard_active_masks_del AFTER DELETE ON "dashboard_volunteer_activity"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_active_masks_rollup()`);
    await q.query(`INSERT INTO dashboard_active_masks (district, year, mask, n)
      SELECT district, year, mask, count(*) FROM dashboard_volunteer_activity WHERE mask <> 0 GROUP BY district, year, mask`);
    // The rollups of the previous migration were filled without statistics.
    await q.query(
      `ANALYZE dashboard_active_masks, dashboard_volunteer_activity, dashboard_people_rollup, dashboard_event_rollup`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of DASHBOARD_ACTIVE_MASKS_TRIGGERS) await q.query(`DROP TRIGGER ${t} ON "dashboard_volunteer_activity"`);
    await q.query(`DROP FUNCTION dashboard_active_masks_rollup()`);
    await q.query(`DROP TABLE "dashboard_active_masks"`);
  }
}
