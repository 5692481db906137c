// Operations: limits shared by every replica (login and event-code backoff) and a session version per
// account, so logout and disabling an account end its access tokens on every replica at once.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Operations1795960000000 implements MigrationInterface {
  name = 'Operations1795960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT 0, "locked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_rate_limit" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_rate_limit_updated_at" ON "rate_limit" ("updated_at")`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "session_version" integer NOT NULL DEFAULT 0`);
    // Whatever path changes an account's status (disable, enable), its tokens issued before stop working.
    await queryRunner.query(`CREATE FUNCTION bump_session_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status THEN
          NEW.session_version := OLD.session_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_user_account_session_version BEFORE UPDATE OF status ON "user_account" FOR EACH ROW EXECUTE FUNCTION bump_session_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER trg_user_account_session_version ON "user_account"`);
    await queryRunner.query(`DROP FUNCTION bump_session_version()`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "session_version"`);
    await queryRunner.query(`DROP TABLE "rate_limit"`);
  }
}
