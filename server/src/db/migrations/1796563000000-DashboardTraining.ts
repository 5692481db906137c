// The dashboard's trained volunteers without a look-up per attendee: each attended training
// attendance with its session's day and its volunteer's home district and whether they are active,
// the join the training section would otherwise make for every attendee of the year. Statement
// triggers with transition tables keep it from every table the join reads: the attendance, the
// session's day, the volunteer's status and home region, and a region moved under another parent.
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attended rows of a set `a` of training_attendance rows, as the rollup keeps them. */
const trainedRows = (source: string) => `
  SELECT a.id, a.session_id, a.volunteer_id, s.held_on, split_part(r.path, '/', 3) AS district, v.status = 'ACTIVE' AS active
    FROM ${source} a JOIN training_session s ON s.id = a.session_id JOIN volunteer v ON v.id = a.volunteer_id
    LEFT JOIN region r ON r.id = v.home_region_id
   WHERE a.attended`;

const insertTrained = (source: string) => `
  INSERT INTO dashboard_trained (attendance_id, session_id, volunteer_id, held_on, district, active)
  SELECT * FROM (${trainedRows(source)}) x ORDER BY id`;

/** Every volunteer's district again, where it changed: after a region moves under another parent. */
const REDISTRICT_SQL = `
  UPDATE dashboard_trained t SET district = split_part(r.path, '/', 3)
    FROM volunteer v LEFT JOIN region r ON r.id = v.home_region_id
   WHERE v.id = t.volunteer_id AND t.district IS DISTINCT FROM split_part(r.path, '/', 3)`;

/** The rollup from the base tables (the backfill; the tests compare it with what the triggers kept). */
export const DASHBOARD_TRAINED_REBUILD_SQL = `
  DELETE FROM dashboard_trained;
  ${insertTrained('training_attendance')};`;

/** The triggers, as [table, trigger]. */
export const DASHBOARD_TRAINED_TRIGGERS: Array<[string, string]> = [
  ['training_attendance', 'dashboard_trained_ins'],
  ['training_attendance', 'dashboard_trained_upd'],
  ['training_attendance', 'dashboard_trained_del'],
  ['training_session', 'dashboard_trained_upd'],
  ['volunteer', 'dashboard_trained_upd'],
  ['region', 'dashboard_trained_upd'],
];

export class DashboardTraining1796563000000 implements MigrationInterface {
  name = 'DashboardTraining1796563000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "dashboard_trained" ("attendance_id" bigint PRIMARY KEY, "session_id" bigint NOT NULL,
      "volunteer_id" bigint NOT NULL, "held_on" date NOT NULL, "district" text, "active" boolean NOT NULL)`);
    // The reader's window of days; the triggers' follow-ups by session and by volunteer.
    await q.query(
      `CREATE INDEX "idx_dashboard_trained_held_on" ON "dashboard_trained" ("held_on") INCLUDE ("volunteer_id", "district", "active")`,
    );
    await q.query(`CREATE INDEX "idx_dashboard_trained_session" ON "dashboard_trained" ("session_id")`);
    await q.query(`CREATE INDEX "idx_dashboard_trained_volunteer" ON "dashboard_trained" ("volunteer_id")`);

    // An attendance changed in place is taken out and put back; a session's deletion cascades to its
    // attendance, whose own trigger then removes the rows by id, needing nothing of the session.
    await q.query(`CREATE FUNCTION training_attendance_dashboard_trained() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM dashboard_trained t USING old_rows o WHERE t.attendance_id = o.id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          ${insertTrained('new_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION training_session_dashboard_trained() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_trained t SET held_on = n.held_on FROM old_rows o JOIN new_rows n ON n.id = o.id
         WHERE o.held_on <> n.held_on AND t.session_id = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION volunteer_dashboard_trained() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE dashboard_trained t SET district = split_part(r.path, '/', 3), active = n.status = 'ACTIVE'
          FROM old_rows o JOIN new_rows n ON n.id = o.id LEFT JOIN region r ON r.id = n.home_region_id
         WHERE (o.status IS DISTINCT FROM n.status OR o.home_region_id IS DISTINCT FROM n.home_region_id)
           AND t.volunteer_id = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION region_dashboard_trained() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.path IS DISTINCT FROM n.path) THEN
          ${REDISTRICT_SQL};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER dashboard_trained_ins AFTER INSERT ON "training_attendance" REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_dashboard_trained()`);
    await q.query(`CREATE TRIGGER dashboard_trained_upd AFTER UPDATE ON "training_attendance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_dashboard_trained()`);
    await q.query(`CREATE TRIGGER dashboard_trained_del AFTER DELETE ON "training_attendance" REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION training_attendance_dashboard_trained()`);
    for (const [table, fn] of [
      ['training_session', 'training_session_dashboard_trained'],
      ['volunteer', 'volunteer_dashboard_trained'],
      ['region', 'region_dashboard_trained'],
    ]) {
      await q.query(`CREATE TRIGGER dashboard_trained_upd AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(DASHBOARD_TRAINED_REBUILD_SQL);
    await q.query(`ANALYZE dashboard_trained`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table, t] of DASHBOARD_TRAINED_TRIGGERS) await q.query(`DROP TRIGGER ${t} ON "${table}"`);
    await q.query(`DROP FUNCTION training_attendance_dashboard_trained()`);
    await q.query(`DROP FUNCTION training_session_dashboard_trained()`);
    await q.query(`DROP FUNCTION volunteer_dashboard_trained()`);
    await q.query(`DROP FUNCTION region_dashboard_trained()`);
    await q.query(`DROP TABLE "dashboard_trained"`);
  }
}
