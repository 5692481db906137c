// A pairing visit counts as service time once the pairing's owner confirms it (issue 12): the visit's
// review, and the verified participation its confirmation records under an event of origin PAIRING_VISIT.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitReview1796543271294 implements MigrationInterface {
  name = 'VisitReview1796543271294';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."visit_review" AS ENUM('PENDING', 'CONFIRMED', 'DECLINED')`);
    await q.query(`ALTER TABLE "pairing_visit" ADD "review" "public"."visit_review" NOT NULL DEFAULT 'PENDING'`);
    await q.query(`ALTER TABLE "pairing_visit" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "pairing_visit" ADD "reviewed_by_id" bigint`);
    await q.query(`ALTER TABLE "pairing_visit" ADD "review_note" text`);
    await q.query(`ALTER TABLE "pairing_visit" ADD "participation_id" bigint`);
    await q.query(`ALTER TYPE "public"."event_origin" ADD VALUE 'PAIRING_VISIT'`);
    await q.query(`CREATE INDEX "IDX_678f57edc3aec07db428df422b" ON "pairing_visit" ("participation_id")`);
    await q.query(
      `ALTER TABLE "pairing_visit" ADD CONSTRAINT "FK_678f57edc3aec07db428df422bd" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pairing_visit" DROP CONSTRAINT "FK_678f57edc3aec07db428df422bd"`);
    await q.query(`DROP INDEX "public"."IDX_678f57edc3aec07db428df422b"`);
    // Confirmed visits' events read as approved hour reports once the origin is gone.
    await q.query(`CREATE TYPE "public"."event_origin_old" AS ENUM('SCHEDULED', 'SERVICE_REQUEST', 'HOUR_REPORT')`);
    await q.query(`ALTER TABLE "service_event" ALTER COLUMN "origin" DROP DEFAULT`);
    await q.query(
      `ALTER TABLE "service_event" ALTER COLUMN "origin" TYPE "public"."event_origin_old" USING (CASE WHEN "origin" = 'PAIRING_VISIT' THEN 'HOUR_REPORT' ELSE "origin"::text END)::"public"."event_origin_old"`,
    );
    await q.query(`DROP TYPE "public"."event_origin"`);
    await q.query(`ALTER TYPE "public"."event_origin_old" RENAME TO "event_origin"`);
    await q.query(`ALTER TABLE "service_event" ALTER COLUMN "origin" SET DEFAULT 'SCHEDULED'`);
    await q.query(`ALTER TABLE "pairing_visit" DROP COLUMN "participation_id"`);
    await q.query(`ALTER TABLE "pairing_visit" DROP COLUMN "review_note"`);
    await q.query(`ALTER TABLE "pairing_visit" DROP COLUMN "reviewed_by_id"`);
    await q.query(`ALTER TABLE "pairing_visit" DROP COLUMN "reviewed_at"`);
    await q.query(`ALTER TABLE "pairing_visit" DROP COLUMN "review"`);
    await q.query(`DROP TYPE "public"."visit_review"`);
  }
}
