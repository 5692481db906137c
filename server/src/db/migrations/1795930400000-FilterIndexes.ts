import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the remaining list filters: skills containment, request dates, title and name search. */
export class FilterIndexes1795930400000 implements MigrationInterface {
  name = 'FilterIndexes1795930400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_volunteer_skills" ON "volunteer" USING gin ("skills")`);
    await queryRunner.query(`CREATE INDEX "idx_service_request_created_at" ON "service_request" ("created_at")`);
    await queryRunner.query(
      `CREATE INDEX "idx_service_event_title_trgm" ON "service_event" USING gin ("title" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_training_session_title_trgm" ON "training_session" USING gin ("title" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_region_name_trgm" ON "region" USING gin ("name" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_region_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_training_session_title_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_event_title_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_request_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_volunteer_skills"`);
  }
}
