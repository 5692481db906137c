// Registry management and onboarding (#13): suspension of registry entries, organisation contacts,
// staff and volunteer accounts reachable by mobile or e-mail, delivered one-time codes of three
// kinds (built on account_activation), and the development outbox those codes go to.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Registry1796542263694 implements MigrationInterface {
    name = 'Registry1796542263694'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."account_code_channel" AS ENUM('SMS', 'EMAIL', 'CLI')`);
        await queryRunner.query(`CREATE TYPE "public"."account_code_kind" AS ENUM('ACTIVATION', 'INVITATION', 'RESET')`);
        await queryRunner.query(`CREATE TYPE "public"."registry_status" AS ENUM('ACTIVE', 'SUSPENDED')`);
        await queryRunner.query(`CREATE TABLE "dev_outbox_message" ("id" BIGSERIAL NOT NULL, "account_id" bigint NOT NULL, "channel" "public"."account_code_channel" NOT NULL, "recipient" text NOT NULL, "kind" "public"."account_code_kind" NOT NULL, "code" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dac1d3a7205c1f72c96e5e2ff86" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1146657f04d41dbbf14a226683" ON "dev_outbox_message"  ("account_id") `);
        await queryRunner.query(`ALTER TABLE "user_account" ADD "mobile" character varying(11)`);
        await queryRunner.query(`ALTER TABLE "user_account" ADD "email" text`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD "contact_email" text`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD "address" text`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD "status" "public"."registry_status" NOT NULL DEFAULT 'ACTIVE'`);
        await queryRunner.query(`ALTER TABLE "service_type" ADD "status" "public"."registry_status" NOT NULL DEFAULT 'ACTIVE'`);
        await queryRunner.query(`ALTER TABLE "volunteer_team" ADD "status" "public"."registry_status" NOT NULL DEFAULT 'ACTIVE'`);
        await queryRunner.query(`ALTER TABLE "service_station" ADD "status" "public"."registry_status" NOT NULL DEFAULT 'ACTIVE'`);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD "kind" "public"."account_code_kind" NOT NULL DEFAULT 'ACTIVATION'`);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD "channel" "public"."account_code_channel" NOT NULL DEFAULT 'CLI'`);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD "destination" text`);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD "issued_by_id" bigint`);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8de960d6f02b91d18f9016ba3" ON "user_account"  ("mobile") WHERE mobile IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2df765ba86afc4088eeb919a11" ON "user_account"  ("email") WHERE email IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_7d99dacfaa91dfd8f5de3f6dd4" ON "account_activation"  ("issued_by_id") `);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD CONSTRAINT "FK_7d99dacfaa91dfd8f5de3f6dd49" FOREIGN KEY ("issued_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "dev_outbox_message" ADD CONSTRAINT "FK_1146657f04d41dbbf14a2266834" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "dev_outbox_message" DROP CONSTRAINT "FK_1146657f04d41dbbf14a2266834"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP CONSTRAINT "FK_7d99dacfaa91dfd8f5de3f6dd49"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7d99dacfaa91dfd8f5de3f6dd4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2df765ba86afc4088eeb919a11"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a8de960d6f02b91d18f9016ba3"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP COLUMN "revoked_at"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP COLUMN "issued_by_id"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP COLUMN "destination"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP COLUMN "channel"`);
        await queryRunner.query(`ALTER TABLE "account_activation" DROP COLUMN "kind"`);
        await queryRunner.query(`ALTER TABLE "service_station" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "volunteer_team" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "service_type" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "address"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "contact_email"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "email"`);
        await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "mobile"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1146657f04d41dbbf14a226683"`);
        await queryRunner.query(`DROP TABLE "dev_outbox_message"`);
        await queryRunner.query(`DROP TYPE "public"."registry_status"`);
        await queryRunner.query(`DROP TYPE "public"."account_code_kind"`);
        await queryRunner.query(`DROP TYPE "public"."account_code_channel"`);
    }

}
