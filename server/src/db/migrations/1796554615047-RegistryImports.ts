import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Spreadsheet imports of organisations, volunteer teams and service stations. */
export class RegistryImports1796554615047 implements MigrationInterface {
  name = 'RegistryImports1796554615047';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."import_kind" RENAME TO "import_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."import_kind" AS ENUM('VOLUNTEER', 'BENEFICIARY', 'ORGANISATION', 'TEAM', 'STATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "spreadsheet_import" ALTER COLUMN "kind" TYPE "public"."import_kind" USING "kind"::"text"::"public"."import_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."import_kind_old"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "spreadsheet_import" WHERE "kind" IN ('ORGANISATION', 'TEAM', 'STATION')`);
    await queryRunner.query(`CREATE TYPE "public"."import_kind_old" AS ENUM('VOLUNTEER', 'BENEFICIARY')`);
    await queryRunner.query(
      `ALTER TABLE "spreadsheet_import" ALTER COLUMN "kind" TYPE "public"."import_kind_old" USING "kind"::"text"::"public"."import_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."import_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."import_kind_old" RENAME TO "import_kind"`);
  }
}
