import { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1795929665906 implements MigrationInterface {
  name = 'Access1795929665906';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('HUB_ADMIN', 'REGION_ADMIN', 'ORG_ADMIN', 'STATION_COORDINATOR', 'VOLUNTEER', 'VIEWER')`,
    );
    await queryRunner.query(`CREATE TABLE "role_assignment" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "account_id" bigint NOT NULL, "role" "public"."role" NOT NULL, "region_id" bigint, "organisation_id" bigint, "station_id" bigint, "volunteer_id" bigint, CONSTRAINT "uq_role_assignment" UNIQUE ("account_id", "role", "region_id", "organisation_id", "station_id", "volunteer_id"), CONSTRAINT "chk_role_scope" CHECK ((
  (role = 'HUB_ADMIN' AND region_id IS NULL AND organisation_id IS NULL AND station_id IS NULL AND volunteer_id IS NULL) OR
  (role = 'REGION_ADMIN' AND region_id IS NOT NULL) OR
  (role = 'ORG_ADMIN' AND organisation_id IS NOT NULL) OR
  (role = 'STATION_COORDINATOR' AND station_id IS NOT NULL) OR
  (role = 'VOLUNTEER' AND volunteer_id IS NOT NULL) OR
  (role = 'VIEWER' AND organisation_id IS NULL AND station_id IS NULL AND volunteer_id IS NULL))), CONSTRAINT "PK_7e79671a8a5db18936173148cb4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8ca995795f31a73dd0e8eb2125" ON "role_assignment"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5549cc21f55db6cc8538effaa4" ON "role_assignment"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_68286e4b4a5a7b148da9d5d7c7" ON "role_assignment"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_16d9925f8f41b3f0717a2c12cc" ON "role_assignment"  ("station_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a61e8b9db4092b77b579e7d853" ON "role_assignment"  ("volunteer_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" BIGSERIAL NOT NULL, "account_id" bigint NOT NULL, "token_hash" character varying(64) NOT NULL, "family_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f8e6c51db7655e2f7084f61568" ON "refresh_token"  ("account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "region_id" bigint`);
    await queryRunner.query(`CREATE INDEX "IDX_e7c4b0168f39ecd09c160d5e47" ON "audit_log"  ("region_id") `);
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_8ca995795f31a73dd0e8eb2125d" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_5549cc21f55db6cc8538effaa4e" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_68286e4b4a5a7b148da9d5d7c72" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_16d9925f8f41b3f0717a2c12cce" FOREIGN KEY ("station_id") REFERENCES "service_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_assignment" ADD CONSTRAINT "FK_a61e8b9db4092b77b579e7d853c" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_f8e6c51db7655e2f7084f615681" FOREIGN KEY ("account_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_f8e6c51db7655e2f7084f615681"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_a61e8b9db4092b77b579e7d853c"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_16d9925f8f41b3f0717a2c12cce"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_68286e4b4a5a7b148da9d5d7c72"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_5549cc21f55db6cc8538effaa4e"`);
    await queryRunner.query(`ALTER TABLE "role_assignment" DROP CONSTRAINT "FK_8ca995795f31a73dd0e8eb2125d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7c4b0168f39ecd09c160d5e47"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "region_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f8e6c51db7655e2f7084f61568"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a61e8b9db4092b77b579e7d853"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16d9925f8f41b3f0717a2c12cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_68286e4b4a5a7b148da9d5d7c7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5549cc21f55db6cc8538effaa4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ca995795f31a73dd0e8eb2125"`);
    await queryRunner.query(`DROP TABLE "role_assignment"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
  }
}
