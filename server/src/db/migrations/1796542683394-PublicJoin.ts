// Taking part (#13): minors with guardians, the managed skill list per city with availability and
// preferred districts, adults-only events and invitations, short references of public submissions.
// Existing free-text skills move to their city's list; a down migration turns them back into text.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicJoin1796542683394 implements MigrationInterface {
  name = 'PublicJoin1796542683394';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "skill" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying(30) NOT NULL, "region_id" bigint NOT NULL, "service_type_id" bigint, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_15962f835d08d3953b988d3c53" ON "skill"  ("region_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_dfa190ef4bc20d7c7846548110" ON "skill"  ("service_type_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_skill_city_name" ON "skill"  ("region_id", "name")`);
    await queryRunner.query(
      `CREATE TYPE "public"."event_invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_invitation" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "event_id" bigint NOT NULL, "volunteer_id" bigint NOT NULL, "status" "public"."event_invitation_status" NOT NULL DEFAULT 'PENDING', "responded_at" TIMESTAMP WITH TIME ZONE, "participation_id" bigint, CONSTRAINT "PK_e0263312dc6afcb62916431fc54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_30018b44416b0b3aaea40c85cf" ON "event_invitation"  ("event_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_5c2cae6743608f9a83c937f7e7" ON "event_invitation"  ("volunteer_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_25f9df237a45c1b3185fb725c5" ON "event_invitation"  ("participation_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_event_invitation" ON "event_invitation"  ("event_id", "volunteer_id")`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "skill_ids" bigint array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "other_skill" text`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "availability" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "preferred_district_ids" bigint array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "reference" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "guardian_name" text`);
    await queryRunner.query(
      `CREATE TYPE "public"."guardian_relation" AS ENUM('PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER_GUARDIAN')`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "guardian_relation" "public"."guardian_relation"`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "guardian_phone" character varying(11)`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "guardian_consent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "guardian_consent_version" text`);
    await queryRunner.query(`ALTER TABLE "service_event" ADD "adults_only" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "service_event" ADD "required_skill_ids" bigint array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "service_request" ADD "reference" character varying(10)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2944764ded9300cc7f4a7ef154" ON "volunteer"  ("reference")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_62dcc1d774a09a6720733578a8" ON "service_request"  ("reference")`);
    await queryRunner.query(
      `ALTER TABLE "skill" ADD CONSTRAINT "FK_15962f835d08d3953b988d3c53a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "skill" ADD CONSTRAINT "FK_dfa190ef4bc20d7c78465481108" FOREIGN KEY ("service_type_id") REFERENCES "service_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_invitation" ADD CONSTRAINT "FK_30018b44416b0b3aaea40c85cfc" FOREIGN KEY ("event_id") REFERENCES "service_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_invitation" ADD CONSTRAINT "FK_5c2cae6743608f9a83c937f7e74" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_invitation" ADD CONSTRAINT "FK_25f9df237a45c1b3185fb725c51" FOREIGN KEY ("participation_id") REFERENCES "participation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "idx_volunteer_skill_ids" ON "volunteer" USING gin ("skill_ids")`);
    // Every distinct skill written so far joins the list of the volunteer's city, then points there.
    await queryRunner.query(`INSERT INTO skill (name, region_id)
      SELECT DISTINCT left(trim(s), 30), (SELECT split_part(trim(both '/' from h.path), '/', 1)::bigint FROM region h WHERE h.id = v.home_region_id)
        FROM volunteer v, unnest(v.skills) AS s WHERE trim(s) <> ''
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`UPDATE volunteer v SET skill_ids = ARRAY(
        SELECT DISTINCT k.id FROM unnest(v.skills) AS s
          JOIN skill k ON k.name = left(trim(s), 30) AND k.region_id = (SELECT split_part(trim(both '/' from h.path), '/', 1)::bigint FROM region h WHERE h.id = v.home_region_id) ORDER BY k.id)
      WHERE cardinality(v.skills) > 0`);
    await queryRunner.query(`DROP INDEX "public"."idx_volunteer_skills"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "skills"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "skills" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`UPDATE volunteer v SET skills = ARRAY(
        SELECT k.name FROM skill k WHERE k.id = ANY(v.skill_ids) ORDER BY k.id)
          || CASE WHEN v.other_skill IS NULL THEN '{}'::text[] ELSE ARRAY[v.other_skill] END`);
    await queryRunner.query(`CREATE INDEX "idx_volunteer_skills" ON "volunteer" USING gin ("skills")`);
    await queryRunner.query(`DROP INDEX "public"."idx_volunteer_skill_ids"`);
    await queryRunner.query(`ALTER TABLE "event_invitation" DROP CONSTRAINT "FK_25f9df237a45c1b3185fb725c51"`);
    await queryRunner.query(`ALTER TABLE "event_invitation" DROP CONSTRAINT "FK_5c2cae6743608f9a83c937f7e74"`);
    await queryRunner.query(`ALTER TABLE "event_invitation" DROP CONSTRAINT "FK_30018b44416b0b3aaea40c85cfc"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP CONSTRAINT "FK_dfa190ef4bc20d7c78465481108"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP CONSTRAINT "FK_15962f835d08d3953b988d3c53a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62dcc1d774a09a6720733578a8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2944764ded9300cc7f4a7ef154"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP COLUMN "reference"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "required_skill_ids"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP COLUMN "adults_only"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "guardian_consent_version"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "guardian_consent_at"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "guardian_phone"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "guardian_relation"`);
    await queryRunner.query(`DROP TYPE "public"."guardian_relation"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "guardian_name"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "reference"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "preferred_district_ids"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "availability"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "other_skill"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "skill_ids"`);
    await queryRunner.query(`DROP INDEX "public"."uq_event_invitation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25f9df237a45c1b3185fb725c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c2cae6743608f9a83c937f7e7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30018b44416b0b3aaea40c85cf"`);
    await queryRunner.query(`DROP TABLE "event_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."event_invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_skill_city_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfa190ef4bc20d7c7846548110"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15962f835d08d3953b988d3c53"`);
    await queryRunner.query(`DROP TABLE "skill"`);
  }
}
