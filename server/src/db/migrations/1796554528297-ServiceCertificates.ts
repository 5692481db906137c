// Service-record certificates: the facts as issued (a snapshot), the short code, revocation.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceCertificates1796554528297 implements MigrationInterface {
  name = 'ServiceCertificates1796554528297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_certificate" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character varying(14) NOT NULL, "volunteer_id" bigint NOT NULL, "issuer_id" bigint NOT NULL, "issued_by_id" bigint NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "facts" jsonb NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" bigint, "revoke_reason" text, CONSTRAINT "PK_dae3b1381fe4dce3255fa3a2e34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5719f4ed9811e548403eea99b7" ON "service_certificate"  ("code")`);
    await queryRunner.query(`CREATE INDEX "IDX_eceb3b250818d1c3bc74e196b2" ON "service_certificate"  ("volunteer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_0fe75f7e67288b227aa78d090a" ON "service_certificate"  ("issuer_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_558616606f9c4e68018081cf5a" ON "service_certificate"  ("issued_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_cc3f4b24b3ef95ed4e9ee0c7ff" ON "service_certificate"  ("revoked_by_id")`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD CONSTRAINT "FK_eceb3b250818d1c3bc74e196b26" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD CONSTRAINT "FK_0fe75f7e67288b227aa78d090a4" FOREIGN KEY ("issuer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD CONSTRAINT "FK_558616606f9c4e68018081cf5a8" FOREIGN KEY ("issued_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD CONSTRAINT "FK_cc3f4b24b3ef95ed4e9ee0c7ff4" FOREIGN KEY ("revoked_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP CONSTRAINT "FK_cc3f4b24b3ef95ed4e9ee0c7ff4"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP CONSTRAINT "FK_558616606f9c4e68018081cf5a8"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP CONSTRAINT "FK_0fe75f7e67288b227aa78d090a4"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP CONSTRAINT "FK_eceb3b250818d1c3bc74e196b26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc3f4b24b3ef95ed4e9ee0c7ff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_558616606f9c4e68018081cf5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0fe75f7e67288b227aa78d090a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eceb3b250818d1c3bc74e196b2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5719f4ed9811e548403eea99b7"`);
    await queryRunner.query(`DROP TABLE "service_certificate"`);
  }
}
