// Next year's plans of the year-end summary, one row per scope and year; and commendations versioned
// like the other tables the dashboard reads (its year-end figures now count them).
import { MigrationInterface, QueryRunner } from 'typeorm';

export class YearEndReportPlans1796555230519 implements MigrationInterface {
  name = 'YearEndReportPlans1796555230519';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "year_end_report_plan" ("id" BIGSERIAL NOT NULL, "scope_key" character varying(300) NOT NULL, "year" smallint NOT NULL, "plans" text NOT NULL, "updated_by_id" bigint, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_year_end_report_plan" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_year_end_report_plan_scope_year" ON "year_end_report_plan" ("scope_key", "year") `);
    await queryRunner.query(
      `INSERT INTO "table_version" SELECT 'commendation', version FROM data_version WHERE id = 1 ON CONFLICT DO NOTHING`,
    );
    await queryRunner.query(`CREATE TRIGGER bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "commendation"
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER bump_data_version ON "commendation"`);
    await queryRunner.query(`DELETE FROM "table_version" WHERE table_name = 'commendation'`);
    await queryRunner.query(`DROP INDEX "public"."UQ_year_end_report_plan_scope_year"`);
    await queryRunner.query(`DROP TABLE "year_end_report_plan"`);
  }
}
