// Background jobs as their owners see them, and uploaded spreadsheets with their dry-run problems.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class BackgroundJobs1796547596687 implements MigrationInterface {
  name = 'BackgroundJobs1796547596687';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."background_job_kind" AS ENUM('IMPORT', 'EXPORT', 'REPORT')`);
    await queryRunner.query(`CREATE TYPE "public"."background_job_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "background_job" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "kind" "public"."background_job_kind" NOT NULL, "owner_account_id" bigint NOT NULL, "status" "public"."background_job_status" NOT NULL DEFAULT 'QUEUED', "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "cancel_requested" boolean NOT NULL DEFAULT false, "payload" jsonb NOT NULL DEFAULT '{}', "result" jsonb, "result_file" bytea, "result_file_name" text, "result_mime" text, "result_expires_at" TIMESTAMP WITH TIME ZONE, "error" text, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fed82f6367edf1165d86b784041" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ae64d2fd4d32bb56dba2f92159" ON "background_job"  ("owner_account_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_6585bbae1d24e13166690dc797" ON "background_job"  ("status")`);
    await queryRunner.query(`CREATE TYPE "public"."import_kind" AS ENUM('VOLUNTEER', 'BENEFICIARY')`);
    await queryRunner.query(`CREATE TABLE "spreadsheet_import" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "kind" "public"."import_kind" NOT NULL, "owner_account_id" bigint NOT NULL, "file_name" character varying NOT NULL, "file" bytea NOT NULL, "file_hash" character varying(64) NOT NULL, "row_count" integer NOT NULL, "error_row_count" integer NOT NULL, "problems" jsonb NOT NULL DEFAULT '[]', "job_id" bigint, CONSTRAINT "PK_1faaadcb49c62eb893a75f76789" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3085588539e1c194245ddfd509" ON "spreadsheet_import"  ("owner_account_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_09b6f10ceae422a85acfbc270d" ON "spreadsheet_import"  ("job_id")`);
    await queryRunner.query(`ALTER TABLE "background_job" ADD CONSTRAINT "FK_ae64d2fd4d32bb56dba2f921593" FOREIGN KEY ("owner_account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "spreadsheet_import" ADD CONSTRAINT "FK_3085588539e1c194245ddfd5093" FOREIGN KEY ("owner_account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "spreadsheet_import" ADD CONSTRAINT "FK_09b6f10ceae422a85acfbc270de" FOREIGN KEY ("job_id") REFERENCES "background_job"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "spreadsheet_import" DROP CONSTRAINT "FK_09b6f10ceae422a85acfbc270de"`);
    await queryRunner.query(`ALTER TABLE "spreadsheet_import" DROP CONSTRAINT "FK_3085588539e1c194245ddfd5093"`);
    await queryRunner.query(`ALTER TABLE "background_job" DROP CONSTRAINT "FK_ae64d2fd4d32bb56dba2f921593"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09b6f10ceae422a85acfbc270d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3085588539e1c194245ddfd509"`);
    await queryRunner.query(`DROP TABLE "spreadsheet_import"`);
    await queryRunner.query(`DROP TYPE "public"."import_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6585bbae1d24e13166690dc797"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae64d2fd4d32bb56dba2f92159"`);
    await queryRunner.query(`DROP TABLE "background_job"`);
    await queryRunner.query(`DROP TYPE "public"."background_job_status"`);
    await queryRunner.query(`DROP TYPE "public"."background_job_kind"`);
  }
}
