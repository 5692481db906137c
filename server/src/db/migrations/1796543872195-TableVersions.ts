import { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_TABLES } from './1795930800000-Rollups';

/**
 * A version per table beside the data version: a write's own trigger, in its transaction, stamps
 * the tables it changed with the new data version, so the dashboard recomputes only the sections
 * that read them (a donation does not recompute the volunteer figures).
 */
export class TableVersions1796543872195 implements MigrationInterface {
  name = 'TableVersions1796543872195';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "table_version" ("table_name" text PRIMARY KEY, "version" bigint NOT NULL)`);
    await q.query(
      `INSERT INTO "table_version" SELECT t, (SELECT version FROM data_version WHERE id = 1) FROM unnest($1::text[]) t`,
      [VERSIONED_TABLES],
    );
    await q.query(`CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE v bigint;
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
        UPDATE table_version SET version = v WHERE table_name = TG_TABLE_NAME;
        RETURN NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$`);
    await q.query(`DROP TABLE "table_version"`);
  }
}

/** Marks every table changed (after a bulk load with the triggers off, or to measure a cold dashboard). */
export const TOUCH_ALL_TABLES_SQL = `UPDATE data_version SET version = version + 1 WHERE id = 1;
  UPDATE table_version SET version = (SELECT version FROM data_version WHERE id = 1);`;
