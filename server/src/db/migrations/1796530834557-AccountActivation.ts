// One-time activation codes for accounts created from the command line (the first admin).
import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountActivation1796530834557 implements MigrationInterface {
    name = 'AccountActivation1796530834557'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_activation" ("id" BIGSERIAL NOT NULL, "account_id" bigint NOT NULL, "code_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9d86aafd3b02250199c479c1547" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e4eba1f9d967cc8e401641034a" ON "account_activation"  ("account_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5094b3e757daff99000c643ede" ON "account_activation"  ("code_hash") `);
        await queryRunner.query(`ALTER TABLE "account_activation" ADD CONSTRAINT "FK_e4eba1f9d967cc8e401641034a9" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_activation" DROP CONSTRAINT "FK_e4eba1f9d967cc8e401641034a9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5094b3e757daff99000c643ede"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e4eba1f9d967cc8e401641034a"`);
        await queryRunner.query(`DROP TABLE "account_activation"`);
    }

}
