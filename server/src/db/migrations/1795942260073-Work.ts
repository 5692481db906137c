// The work issue: hour corrections and reports, idempotency keys, event codes and attendance shares,
// jurisdiction star thresholds, service-request outcomes.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Work1795942260073 implements MigrationInterface {
  name = 'Work1795942260073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "hour_correction" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "participation_id" bigint NOT NULL, "volunteer_id" bigint NOT NULL, "previous_minutes" integer NOT NULL, "requested_minutes" integer NOT NULL, "reason" text NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT 'PENDING', "resolved_by_id" bigint, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_note" text, CONSTRAINT "PK_dc0bd83d6be2ae2fe254846f41a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7fd400aa40244e8e9e5865a101" ON "hour_correction"  ("participation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ed65c80cccfbf3ed5d36caa36d" ON "hour_correction"  ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cbc1605b98d102027b846ed1f7" ON "hour_correction"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_908090ea5aff255fbe70a110be" ON "hour_correction"  ("resolved_by_id") `);
    await queryRunner.query(
      `CREATE TABLE "hour_report" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "volunteer_id" bigint NOT NULL, "organisation_id" bigint NOT NULL, "service_type_id" bigint NOT NULL, "region_id" bigint NOT NULL, "served_on" date NOT NULL, "minutes" integer NOT NULL, "person_times_served" integer NOT NULL DEFAULT '0', "description" text NOT NULL, "status" "public"."review_status" NOT NULL DEFAULT 'PENDING', "resolved_by_id" bigint, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_note" text, "participation_id" bigint, CONSTRAINT "PK_c3cac743f46cfa6005f0f8dfd44" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0c3adf5b7e3c0ddbd710f405fe" ON "hour_report"  ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4594aa8b23bbb2a34b51f469ed" ON "hour_report"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_21794ef311fcea7cf77077e539" ON "hour_report"  ("service_type_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_959360597254d2df9a888eb55f" ON "hour_report"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e5179eee85f722f733935d2e3" ON "hour_report"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_e000d975532f62923f00ecbd5d" ON "hour_report"  ("resolved_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bc44426e79da2c378a40bfdc0c" ON "hour_report"  ("participation_id") `);
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("actor" text NOT NULL, "operation" text NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "result_id" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d280de65d1cd7d01b5008444ff8" PRIMARY KEY ("actor", "operation", "key"))`,
    );
    await queryRunner.query(`ALTER TABLE "region" ADD "star_thresholds_hours" integer array`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "status_reason" text`);
    await queryRunner.query(
      `CREATE TYPE "public"."event_origin" AS ENUM('SCHEDULED', 'SERVICE_REQUEST', 'HOUR_REPORT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD "origin" "public"."event_origin" NOT NULL DEFAULT 'SCHEDULED'`,
    );
    await queryRunner.query(`ALTER TABLE "service_event" ADD "attendance_share" numeric(3,2)`);
    await queryRunner.query(`ALTER TABLE "service_event" ADD "check_code_hash" text`);
    await queryRunner.query(`ALTER TABLE "service_event" ADD "check_code_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participation" ADD "present_minutes" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "service_request" ADD "callback_requested" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "service_request" ADD "closing_note" text`);
    await queryRunner.query(`ALTER TABLE "service_request" ADD "participation_id" bigint`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0e040863bf534dbda5e309a106" ON "service_request"  ("participation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_0e040863bf534dbda5e309a106d" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_correction" ADD CONSTRAINT "FK_7fd400aa40244e8e9e5865a101c" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_correction" ADD CONSTRAINT "FK_ed65c80cccfbf3ed5d36caa36d6" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_correction" ADD CONSTRAINT "FK_908090ea5aff255fbe70a110bed" FOREIGN KEY ("resolved_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_0c3adf5b7e3c0ddbd710f405fe8" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_4594aa8b23bbb2a34b51f469edd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_21794ef311fcea7cf77077e5394" FOREIGN KEY ("service_type_id") REFERENCES "service_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_959360597254d2df9a888eb55f3" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_e000d975532f62923f00ecbd5df" FOREIGN KEY ("resolved_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hour_report" ADD CONSTRAINT "FK_bc44426e79da2c378a40bfdc0c6" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_bc44426e79da2c378a40bfdc0c6"`);
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_e000d975532f62923f00ecbd5df"`);
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_959360597254d2df9a888eb55f3"`);
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_21794ef311fcea7cf77077e5394"`);
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_4594aa8b23bbb2a34b51f469edd"`);
    await queryRunner.query(`ALTER TABLE "hour_report" DROP CONSTRAINT "FK_0c3adf5b7e3c0ddbd710f405fe8"`);
    await queryRunner.query(`ALTER TABLE "hour_correction" DROP CONSTRAINT "FK_908090ea5aff255fbe70a110bed"`);
    await queryRunner.query(`ALTER TABLE "hour_correction" DROP CONSTRAINT "FK_ed65c80cccfbf3ed5d36caa36d6"`);
    await queryRunner.query(`ALTER TABLE "hour_correction" DROP CONSTRAINT "FK_7fd400aa40244e8e9e5865a101c"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_0e040863bf534dbda5e309a106d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e040863bf534dbda5e309a106"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP COLUMN "participation_id"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP COLUMN "closing_note"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP COLUMN "callback_requested"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP COLUMN "present_minutes"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "check_code_expires_at"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "check_code_hash"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "attendance_share"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "origin"`);
    await queryRunner.query(`DROP TYPE "public"."event_origin"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "status_reason"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "star_thresholds_hours"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc44426e79da2c378a40bfdc0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e000d975532f62923f00ecbd5d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e5179eee85f722f733935d2e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_959360597254d2df9a888eb55f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21794ef311fcea7cf77077e539"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4594aa8b23bbb2a34b51f469ed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c3adf5b7e3c0ddbd710f405fe"`);
    await queryRunner.query(`DROP TABLE "hour_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_908090ea5aff255fbe70a110be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cbc1605b98d102027b846ed1f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed65c80cccfbf3ed5d36caa36d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7fd400aa40244e8e9e5865a101"`);
    await queryRunner.query(`DROP TABLE "hour_correction"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
  }
}
