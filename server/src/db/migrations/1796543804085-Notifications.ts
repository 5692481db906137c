// The inbox, the outbox (one row per channel and send), contacts and channel choices, and the
// development SMS outbox (#15.2).
import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796543804085 implements MigrationInterface {
    name = 'Notifications1796543804085'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification" ("id" BIGSERIAL NOT NULL, "account_id" bigint, "volunteer_id" bigint, "kind" text NOT NULL, "payload" jsonb NOT NULL, "in_app" boolean NOT NULL DEFAULT true, "dedup_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_d9cc9b3fd409d004d3b2a97e96" ON "notification"  ("volunteer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_69429acef45a0a64ec5b5f8c3b" ON "notification"  ("dedup_key") WHERE dedup_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_677f300ded2aa2e1ca8fdbdc55" ON "notification"  ("account_id", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('EMAIL', 'SMS')`);
        await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'SKIPPED')`);
        await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" BIGSERIAL NOT NULL, "notification_id" bigint NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "address" text NOT NULL, "locale" text NOT NULL DEFAULT 'zh-CN', "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "queued_at" TIMESTAMP WITH TIME ZONE, "not_before" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2e70a64359ce7416b06a4d7a43" ON "notification_delivery"  ("notification_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_80da47ae7d97d09d1ed6143652" ON "notification_delivery"  ("status", "queued_at") `);
        await queryRunner.query(`CREATE TABLE "notification_contact" ("account_id" bigint NOT NULL, "email" text, "mobile" text, "locale" text NOT NULL DEFAULT 'zh-CN', CONSTRAINT "PK_ff88837b10ac362814c8cb74023" PRIMARY KEY ("account_id"))`);
        await queryRunner.query(`CREATE TABLE "notification_preference" ("account_id" bigint NOT NULL, "kind" text NOT NULL, "email" boolean NOT NULL, "sms" boolean NOT NULL, CONSTRAINT "PK_f9793aa7953fa63e9a2747a0274" PRIMARY KEY ("account_id", "kind"))`);
        await queryRunner.query(`CREATE TABLE "sms_outbox" ("id" BIGSERIAL NOT NULL, "delivery_id" bigint NOT NULL, "mobile" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b64347e4647de6ac287b2ed834" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8a84f13c8972b77192881a7c0" ON "sms_outbox"  ("delivery_id") `);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_6bfa96ab97f1a09d73091294efc" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_d9cc9b3fd409d004d3b2a97e96a" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_contact" ADD CONSTRAINT "FK_ff88837b10ac362814c8cb74023" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_0de9a88591fd099ec107a3fb9a6" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sms_outbox" ADD CONSTRAINT "FK_a8a84f13c8972b77192881a7c02" FOREIGN KEY ("delivery_id") REFERENCES "notification_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sms_outbox" DROP CONSTRAINT "FK_a8a84f13c8972b77192881a7c02"`);
        await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_0de9a88591fd099ec107a3fb9a6"`);
        await queryRunner.query(`ALTER TABLE "notification_contact" DROP CONSTRAINT "FK_ff88837b10ac362814c8cb74023"`);
        await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_d9cc9b3fd409d004d3b2a97e96a"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_6bfa96ab97f1a09d73091294efc"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a8a84f13c8972b77192881a7c0"`);
        await queryRunner.query(`DROP TABLE "sms_outbox"`);
        await queryRunner.query(`DROP TABLE "notification_preference"`);
        await queryRunner.query(`DROP TABLE "notification_contact"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_80da47ae7d97d09d1ed6143652"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2e70a64359ce7416b06a4d7a43"`);
        await queryRunner.query(`DROP TABLE "notification_delivery"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
        await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_677f300ded2aa2e1ca8fdbdc55"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_69429acef45a0a64ec5b5f8c3b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d9cc9b3fd409d004d3b2a97e96"`);
        await queryRunner.query(`DROP TABLE "notification"`);
    }

}
