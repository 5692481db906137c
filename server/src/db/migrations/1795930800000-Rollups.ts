import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters the dashboard reads instead of scanning every participation, kept fresh on write by
 * triggers in the same transaction as the change, and a data version that any write bumps (the
 * dashboard's result cache is keyed by it).
 */
export class Rollups1795930800000 implements MigrationInterface {
  name = 'Rollups1795930800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "service_event" ADD "verified_minutes" bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "service_event" ADD "participant_count" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "volunteer" ADD "verified_minutes" bigint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX "idx_volunteer_verified_minutes" ON "volunteer" ("verified_minutes")`);
    await q.query(
      `CREATE TABLE "data_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "version" bigint NOT NULL)`,
    );
    await q.query(`INSERT INTO "data_version" VALUES (1, 1)`);

    // A participation counts for its event and volunteer while it is not soft-deleted; its minutes
    // count once verified. Each row change applies its own delta, so concurrent writes add up.
    await q.query(`CREATE FUNCTION participation_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
          UPDATE service_event SET participant_count = participant_count - 1,
            verified_minutes = verified_minutes - CASE WHEN OLD.verified_at IS NOT NULL THEN OLD.minutes ELSE 0 END
            WHERE id = OLD.event_id;
          IF OLD.verified_at IS NOT NULL THEN
            UPDATE volunteer SET verified_minutes = verified_minutes - OLD.minutes WHERE id = OLD.volunteer_id;
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
          UPDATE service_event SET participant_count = participant_count + 1,
            verified_minutes = verified_minutes + CASE WHEN NEW.verified_at IS NOT NULL THEN NEW.minutes ELSE 0 END
            WHERE id = NEW.event_id;
          IF NEW.verified_at IS NOT NULL THEN
            UPDATE volunteer SET verified_minutes = verified_minutes + NEW.minutes WHERE id = NEW.volunteer_id;
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER participation_rollup AFTER INSERT OR UPDATE OR DELETE ON participation
      FOR EACH ROW EXECUTE FUNCTION participation_rollup()`);

    await q.query(`CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
    for (const table of VERSIONED_TABLES) {
      await q.query(`CREATE TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`);
    }
    // Existing rows (a database migrated after it was seeded) start with correct counters.
    await q.query(ROLLUP_REFRESH_SQL);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) await q.query(`DROP TRIGGER bump_data_version ON "${table}"`);
    await q.query(`DROP FUNCTION bump_data_version()`);
    await q.query(`DROP TRIGGER participation_rollup ON participation`);
    await q.query(`DROP FUNCTION participation_rollup()`);
    await q.query(`DROP TABLE "data_version"`);
    await q.query(`DROP INDEX "public"."idx_volunteer_verified_minutes"`);
    await q.query(`ALTER TABLE "volunteer" DROP COLUMN "verified_minutes"`);
    await q.query(`ALTER TABLE "service_event" DROP COLUMN "participant_count"`);
    await q.query(`ALTER TABLE "service_event" DROP COLUMN "verified_minutes"`);
  }
}

/** Tables whose changes can move a dashboard figure. */
export const VERSIONED_TABLES = [
  'region',
  'organisation',
  'service_station',
  'volunteer_team',
  'volunteer',
  'beneficiary',
  'household',
  'campaign',
  'campaign_partner',
  'service_event',
  'participation',
  'pairing',
  'pairing_visit',
  'donation',
  'training_session',
  'training_attendance',
];

/** Recomputes the counters from scratch: after a bulk load with the triggers off. */
export const ROLLUP_REFRESH_SQL = `
  UPDATE service_event e SET verified_minutes = COALESCE(s.minutes, 0), participant_count = COALESCE(s.n, 0)
    FROM (SELECT ev.id, sum(p.minutes) FILTER (WHERE p.verified_at IS NOT NULL) AS minutes, count(p.id) AS n
            FROM service_event ev LEFT JOIN participation p ON p.event_id = ev.id AND p.deleted_at IS NULL GROUP BY ev.id) s
   WHERE s.id = e.id;
  UPDATE volunteer v SET verified_minutes = s.minutes
    FROM (SELECT vo.id, COALESCE(sum(p.minutes) FILTER (WHERE p.verified_at IS NOT NULL AND p.deleted_at IS NULL), 0) AS minutes
            FROM volunteer vo LEFT JOIN participation p ON p.volunteer_id = vo.id GROUP BY vo.id) s
   WHERE s.id = v.id AND v.verified_minutes IS DISTINCT FROM s.minutes;
  UPDATE data_version SET version = version + 1;`;
