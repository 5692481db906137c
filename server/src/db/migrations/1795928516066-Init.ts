import { MigrationInterface, QueryRunner } from 'typeorm';

const TRGM_INDEXES: Array<[string, string]> = [
  ['volunteer', 'real_name'],
  ['beneficiary', 'real_name'],
  ['organisation', 'name'],
  ['service_station', 'name'],
  ['campaign', 'name'],
  ['household', 'head_name'],
];

export class Init1795928516066 implements MigrationInterface {
  name = 'Init1795928516066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."region_level" AS ENUM('CITY', 'DISTRICT', 'SUBDISTRICT', 'COMMUNITY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "code" character varying NOT NULL, "level" "public"."region_level" NOT NULL, "parent_id" bigint, "path" character varying NOT NULL, "depth" smallint NOT NULL, CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_74f7723fdff738f92929c0056c" ON "region"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_ebe754ed1735718016ce2f6221" ON "region"  ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_2547f55866c0274d35fdd9a29c" ON "region"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('DPF', 'YOUTH_LEAGUE', 'WOMENS_FEDERATION', 'CIVIL_AFFAIRS', 'TRADE_UNION', 'CIVILIZATION_OFFICE', 'NGO', 'UNIVERSITY', 'ENTERPRISE', 'DISABLED_PERSONS_ENTERPRISE', 'SERVICE_INSTITUTION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "region_id" bigint NOT NULL, "parent_id" bigint, "contact_name" text, "contact_phone" text, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_497921db8c90b627fe66c106a4" ON "organisation"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_baf378a702da51ca448b9f7634" ON "organisation"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c4ba39f5697ec0cd6e03314b61" ON "organisation"  ("parent_id") `);
    await queryRunner.query(`CREATE TYPE "public"."service_audience" AS ENUM('GENERAL', 'YOUTH', 'BLIND')`);
    await queryRunner.query(
      `CREATE TABLE "service_type" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character varying NOT NULL, "name" character varying NOT NULL, "name_en" character varying NOT NULL, "audience" "public"."service_audience" NOT NULL DEFAULT 'GENERAL', CONSTRAINT "PK_0a11a8d444eff1346826caed987" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0611cf72aded69162ee44e8250" ON "service_type"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_06d706f1f6dfb90510a0950f7b" ON "service_type"  ("audience") `);
    await queryRunner.query(
      `CREATE TABLE "volunteer_team" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "region_id" bigint NOT NULL, "organisation_id" bigint, CONSTRAINT "PK_426a82503d4a4f4ae1483855a92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_191209734fb2f6da662667d95b" ON "volunteer_team"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_49dd02b28f7a32b73779725735" ON "volunteer_team"  ("organisation_id") `);
    await queryRunner.query(
      `CREATE TABLE "service_station" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "region_id" bigint NOT NULL, "organisation_id" bigint, "address" character varying NOT NULL, "opening_hours" character varying NOT NULL, "contact_name" character varying NOT NULL, "contact_phone" character varying NOT NULL, "service_type_ids" bigint array NOT NULL DEFAULT '{}', CONSTRAINT "PK_afbe93cff06628fc6ce58505bc7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f2687f32dce3a9c95361671abe" ON "service_station"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_da2611579b9e907e29be77053f" ON "service_station"  ("organisation_id") `);
    await queryRunner.query(`CREATE TYPE "public"."gender" AS ENUM('MALE', 'FEMALE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."volunteer_category" AS ENUM('STUDENT', 'RESIDENT_COMMITTEE', 'COMMUNITY_WORKER', 'CIVIL_SERVANT', 'PUBLIC_INSTITUTION_STAFF', 'ENTERPRISE_STAFF', 'PARTY_CADRE', 'RETIREE', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."volunteer_status" AS ENUM('PENDING', 'ACTIVE', 'SUSPENDED', 'RETIRED', 'REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "volunteer" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "real_name" character varying NOT NULL, "id_number" character varying(18) NOT NULL, "gender" "public"."gender" NOT NULL, "birth_date" date NOT NULL, "phone" character varying(11) NOT NULL, "category" "public"."volunteer_category" NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "status" "public"."volunteer_status" NOT NULL DEFAULT 'PENDING', "organisation_id" bigint, "team_id" bigint, "station_id" bigint, "home_region_id" bigint NOT NULL, "insured" boolean NOT NULL DEFAULT false, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "consent_at" TIMESTAMP WITH TIME ZONE, "consent_version" text, CONSTRAINT "PK_76924da1998b3e07025e04c4d3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9d75a0ba9c162e63da02698784" ON "volunteer"  ("real_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a84b3951efa2e7caedc213e65b" ON "volunteer"  ("id_number") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd1956d478fcc0a9112735cde4" ON "volunteer"  ("category") `);
    await queryRunner.query(`CREATE INDEX "IDX_c698cd46d733cfab484d5dd8fd" ON "volunteer"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b1ec8818832f5f37c2d4fa8dad" ON "volunteer"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_426a82503d4a4f4ae1483855a9" ON "volunteer"  ("team_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_34682286a293ce52f301be8c68" ON "volunteer"  ("station_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_97c25eabbd0e2a1a8b0feae7d5" ON "volunteer"  ("home_region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_044fa3c0c711eb61326b896d49" ON "volunteer"  ("registered_at") `);
    await queryRunner.query(
      `CREATE TABLE "household" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "head_name" character varying NOT NULL, "size" smallint NOT NULL DEFAULT '1', "region_id" bigint NOT NULL, "address" character varying NOT NULL, "phone" character varying(11), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9920349fdea0b0bbc1a6d124ce" ON "household"  ("head_name") `);
    await queryRunner.query(`CREATE INDEX "IDX_c2fc456c34ee8245bc9245c490" ON "household"  ("region_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."disability_category" AS ENUM('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."access_need" AS ENUM('SIGN_LANGUAGE', 'GUIDE', 'WHEELCHAIR', 'EASY_READ')`,
    );
    await queryRunner.query(
      `CREATE TABLE "beneficiary" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "real_name" character varying NOT NULL, "id_number" character varying(18) NOT NULL, "gender" "public"."gender" NOT NULL, "birth_date" date NOT NULL, "disability_category" "public"."disability_category" NOT NULL, "disability_grade" smallint NOT NULL, "certificate_number" character varying(20) NOT NULL, "region_id" bigint NOT NULL, "household_id" bigint, "station_id" bigint, "phone" character varying(11), "address" text, "need_service_type_ids" bigint array NOT NULL DEFAULT '{}', "access_needs" "public"."access_need" array NOT NULL DEFAULT '{}', CONSTRAINT "PK_c7514d7fed62b8e619cb1840f41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f07aa30ad486535656ef1dd249" ON "beneficiary"  ("real_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a1c3544a36ea3c1fb0007b6710" ON "beneficiary"  ("id_number") `);
    await queryRunner.query(`CREATE INDEX "IDX_1352134f8630d486d9e6ac8d41" ON "beneficiary"  ("disability_category") `);
    await queryRunner.query(`CREATE INDEX "IDX_08ac9b8c0307af9f995a600887" ON "beneficiary"  ("disability_grade") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_102195188591c0c4ccf48b3b99" ON "beneficiary"  ("certificate_number") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_16dfd30e434609b4ee7cf00eaf" ON "beneficiary"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2c484909d57e5bff1d35376842" ON "beneficiary"  ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_be8665aa99e5345c34ec317e27" ON "beneficiary"  ("station_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."theme_day" AS ENUM('LEI_FENG_DAY', 'WOMENS_DAY', 'HELP_THE_DISABLED_DAY', 'POVERTY_ALLEVIATION_DAY', 'INTERNATIONAL_DAY_OF_PERSONS_WITH_DISABILITIES')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."campaign_status" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "name" character varying NOT NULL, "description" text NOT NULL DEFAULT '', "theme_day" "public"."theme_day", "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" "public"."campaign_status" NOT NULL DEFAULT 'DRAFT', "lead_organisation_id" bigint NOT NULL, "region_id" bigint NOT NULL, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e290ca6f46908d64b270de6547" ON "campaign"  ("name") `);
    await queryRunner.query(`CREATE INDEX "IDX_a83f9485f6f28253756674e4ad" ON "campaign"  ("theme_day") `);
    await queryRunner.query(`CREATE INDEX "IDX_a7e0fd63a7188a2cf40fcc8454" ON "campaign"  ("starts_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_08135474cffdb8282c4ff37271" ON "campaign"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_879266b6a418913ebe92ea307d" ON "campaign"  ("lead_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fc1fd210caabd411a728985fcd" ON "campaign"  ("region_id") `);
    await queryRunner.query(`CREATE TYPE "public"."partner_role" AS ENUM('LEAD', 'CO_ORGANISER', 'SUPPORTER')`);
    await queryRunner.query(`CREATE TYPE "public"."partner_status" AS ENUM('INVITED', 'ACCEPTED', 'DECLINED')`);
    await queryRunner.query(
      `CREATE TABLE "campaign_partner" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "campaign_id" bigint NOT NULL, "organisation_id" bigint NOT NULL, "role" "public"."partner_role" NOT NULL, "status" "public"."partner_status" NOT NULL DEFAULT 'INVITED', "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_campaign_partner" UNIQUE ("campaign_id", "organisation_id"), CONSTRAINT "PK_35163187bea8422185977b5de70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cc0fb60519767ea0ec88232946" ON "campaign_partner"  ("campaign_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_107e3a4679156d8ab9155aba93" ON "campaign_partner"  ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e5b4202a51f0e5463d4f7e490d" ON "campaign_partner"  ("status") `);
    await queryRunner.query(`CREATE TYPE "public"."event_status" AS ENUM('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "service_event" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "title" character varying NOT NULL, "campaign_id" bigint, "station_id" bigint, "service_type_id" bigint NOT NULL, "organiser_id" bigint NOT NULL, "region_id" bigint NOT NULL, "place" character varying NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "status" "public"."event_status" NOT NULL DEFAULT 'DRAFT', "person_times_served" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_e65986d882b4bb30bea3e4224bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0dbf81109c5f5d321fcaf51466" ON "service_event"  ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_12d7e7f01b8bf463fbd88500dc" ON "service_event"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c047de9b3410937ac77e13de5f" ON "service_event"  ("station_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cdd8b36fa068859b90d5ba3442" ON "service_event"  ("service_type_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_528161b6cee8dc5f4b58de0883" ON "service_event"  ("organiser_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_728cadf2db23c4ae1930a55190" ON "service_event"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c483c23d84bc82afd7d8680de0" ON "service_event"  ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_service_event_window" ON "service_event"  ("starts_at", "ends_at") `);
    await queryRunner.query(`CREATE TYPE "public"."account_status" AS ENUM('ACTIVE', 'DISABLED')`);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "username" character varying NOT NULL, "display_name" character varying NOT NULL, "password_hash" text, "status" "public"."account_status" NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3c4d4fae641bf9048ad324ee0d" ON "user_account"  ("username") `);
    await queryRunner.query(
      `CREATE TYPE "public"."participation_status" AS ENUM('SIGNED_UP', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participation" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, "event_id" bigint NOT NULL, "volunteer_id" bigint NOT NULL, "status" "public"."participation_status" NOT NULL, "check_in_at" TIMESTAMP WITH TIME ZONE, "check_out_at" TIMESTAMP WITH TIME ZONE, "minutes" integer NOT NULL DEFAULT '0', "verified_by_id" bigint, "verified_at" TIMESTAMP WITH TIME ZONE, "person_times_served" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_participation_event_volunteer" UNIQUE ("event_id", "volunteer_id"), CONSTRAINT "PK_ba5442bab90fc96ddde456c69e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4cf8c7ce91a003f48844c77382" ON "participation"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9f6c65259f3bf05324b12ca896" ON "participation"  ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_76e5ae2ccb49ba3df7f8f4c19c" ON "participation"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_704d85d55ad87995c96888b875" ON "participation"  ("verified_by_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8c138b8082a1c0c06ec4fea865" ON "participation"  ("verified_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."pairing_kind" AS ENUM('VOLUNTEER_BENEFICIARY', 'CADRE_HOUSEHOLD', 'ORGANISATION_INSTITUTION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."pairing_status" AS ENUM('PROPOSED', 'ACTIVE', 'PAUSED', 'ENDED')`);
    await queryRunner.query(`CREATE TABLE "pairing" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "kind" "public"."pairing_kind" NOT NULL, "status" "public"."pairing_status" NOT NULL DEFAULT 'PROPOSED', "volunteer_id" bigint, "beneficiary_id" bigint, "household_id" bigint, "institution_id" bigint, "owner_a_id" bigint NOT NULL, "owner_b_id" bigint NOT NULL, "started_on" date, "ended_on" date, "end_reason" text, "last_visit_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_pairing_sides" CHECK ((
  (kind = 'VOLUNTEER_BENEFICIARY' AND volunteer_id IS NOT NULL AND beneficiary_id IS NOT NULL) OR
  (kind = 'CADRE_HOUSEHOLD' AND volunteer_id IS NOT NULL AND household_id IS NOT NULL) OR
  (kind = 'ORGANISATION_INSTITUTION' AND institution_id IS NOT NULL))), CONSTRAINT "PK_c3c0ac8fe888bef766c3366e36b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_799c5f8410bf9e3c83b2c937db" ON "pairing"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d803142d964f3a3606f1217fc" ON "pairing"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_952c2b77ae749eb26d17301fdb" ON "pairing"  ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e30a89e60882c1aa9c40a1e5e6" ON "pairing"  ("beneficiary_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_670a3c86e8d3b217f20093a4ce" ON "pairing"  ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f3b51bd563cf411aa52d8535c3" ON "pairing"  ("institution_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c66cba62c0374e08d1686b9033" ON "pairing"  ("owner_a_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b767947f26a2481683f75bee80" ON "pairing"  ("owner_b_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_199081235c5ca9846e3b57f2e0" ON "pairing"  ("started_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_caf11cab8a8903814d96d4ecb8" ON "pairing"  ("last_visit_at") `);
    await queryRunner.query(`CREATE TYPE "public"."visit_mode" AS ENUM('HOME', 'PHONE', 'VIDEO')`);
    await queryRunner.query(
      `CREATE TABLE "pairing_visit" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, "pairing_id" bigint NOT NULL, "visited_on" date NOT NULL, "minutes" integer NOT NULL, "mode" "public"."visit_mode" NOT NULL, "notes" text NOT NULL DEFAULT '', CONSTRAINT "PK_70d69308ab4a9bff0169137d694" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_66dc5ed10afe38aa54319d702b" ON "pairing_visit"  ("pairing_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f7f3e2b076f5819212d0d9387d" ON "pairing_visit"  ("visited_on") `);
    await queryRunner.query(`CREATE TYPE "public"."donation_kind" AS ENUM('CASH', 'IN_KIND')`);
    await queryRunner.query(`CREATE TABLE "donation" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, "kind" "public"."donation_kind" NOT NULL, "amount_fen" bigint, "item" text, "quantity" integer, "unit" text, "donated_on" date NOT NULL, "donor_organisation_id" bigint, "donor_name" text, "campaign_id" bigint, "pairing_id" bigint, "visit_id" bigint, "beneficiary_id" bigint, "household_id" bigint, CONSTRAINT "chk_donation_donor" CHECK ((donor_organisation_id IS NOT NULL OR donor_name IS NOT NULL)), CONSTRAINT "chk_donation_kind" CHECK ((
  (kind = 'CASH' AND amount_fen > 0 AND item IS NULL) OR
  (kind = 'IN_KIND' AND item IS NOT NULL AND quantity > 0))), CONSTRAINT "PK_25fb5a541964bc5cfc18fb13a82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_efc93cb449e3590b279c228137" ON "donation"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_b40741601f5e5e05129c6ac6b3" ON "donation"  ("item") `);
    await queryRunner.query(`CREATE INDEX "IDX_c3b1319b2a2bbc06820ea10981" ON "donation"  ("donated_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_1cb41cf1e122ee5a86b23a54e6" ON "donation"  ("donor_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f1e3d70dd965518f5f3374d199" ON "donation"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ad8a768f080e6abb308b86cb2" ON "donation"  ("pairing_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2a61d91cdddb41d98ce1de16ec" ON "donation"  ("visit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fb6aec32fd895952788b2478af" ON "donation"  ("beneficiary_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_710bee71ba0a337be071cb11b3" ON "donation"  ("household_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."service_request_status" AS ENUM('OPEN', 'ASSIGNED', 'DONE', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_request" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "requester_name" character varying NOT NULL, "phone" character varying(11) NOT NULL, "description" text NOT NULL, "status" "public"."service_request_status" NOT NULL DEFAULT 'OPEN', "region_id" bigint NOT NULL, "station_id" bigint, "service_type_id" bigint NOT NULL, "beneficiary_id" bigint, "assigned_volunteer_id" bigint, CONSTRAINT "PK_08446fa58294cb2dd0b6ff9e5a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1d234732e994279367e5521fa8" ON "service_request"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_2589817354cfe985461c41c08f" ON "service_request"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e4ce5f15a858422b6a9cf8fcb8" ON "service_request"  ("station_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_378856c81bbcfcbd1b18b0f361" ON "service_request"  ("service_type_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_661ec9bbb3105671df6180a380" ON "service_request"  ("beneficiary_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_e6306c3b5113610cad13e22caa" ON "service_request"  ("assigned_volunteer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_session" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "title" character varying NOT NULL, "held_on" date NOT NULL, "minutes" integer NOT NULL, "organisation_id" bigint NOT NULL, "region_id" bigint NOT NULL, CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d63cd6aa5c23fb5c5283216e6a" ON "training_session"  ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_b7c24d62d01f01744886c9b56e" ON "training_session"  ("held_on") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_3ea8a4229e4ba2b98d6d2d5ceb" ON "training_session"  ("organisation_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8779887cb3ad287dfb6d61c8ca" ON "training_session"  ("region_id") `);
    await queryRunner.query(
      `CREATE TABLE "training_attendance" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "session_id" bigint NOT NULL, "volunteer_id" bigint NOT NULL, "attended" boolean NOT NULL DEFAULT true, CONSTRAINT "uq_training_attendance" UNIQUE ("session_id", "volunteer_id"), CONSTRAINT "PK_ec1cf074a9001ef4aa80a74bd61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_090affd9d04b9767b5fe2ace68" ON "training_attendance"  ("session_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_974af27d1bb3b7cc8df4a529e5" ON "training_attendance"  ("volunteer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "commendation" ("id" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "volunteer_id" bigint NOT NULL, "year" smallint NOT NULL, "title" character varying NOT NULL, "awarded_by_id" bigint NOT NULL, "awarded_on" date NOT NULL, CONSTRAINT "PK_62d1b6e91e54297aa408e3330d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_53b0c8f55ff94f618a4370e472" ON "commendation"  ("volunteer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dc48af41db50f9714d22c0c9ac" ON "commendation"  ("year") `);
    await queryRunner.query(`CREATE INDEX "IDX_7b81a83030fbc1cca89154f294" ON "commendation"  ("awarded_by_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" bigint, "action" character varying NOT NULL, "record_type" character varying NOT NULL, "record_id" bigint, "before" jsonb, "after" jsonb, "reason" text, "request_id" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log"  ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_record" ON "audit_log"  ("record_type", "record_id") `);
    await queryRunner.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0" FOREIGN KEY ("parent_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "FK_baf378a702da51ca448b9f76340" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_team" ADD CONSTRAINT "FK_191209734fb2f6da662667d95b6" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer_team" ADD CONSTRAINT "FK_49dd02b28f7a32b737797257357" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_station" ADD CONSTRAINT "FK_f2687f32dce3a9c95361671abee" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_station" ADD CONSTRAINT "FK_da2611579b9e907e29be77053fa" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_b1ec8818832f5f37c2d4fa8dadd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_426a82503d4a4f4ae1483855a92" FOREIGN KEY ("team_id") REFERENCES "volunteer_team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_34682286a293ce52f301be8c689" FOREIGN KEY ("station_id") REFERENCES "service_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_97c25eabbd0e2a1a8b0feae7d57" FOREIGN KEY ("home_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "household" ADD CONSTRAINT "FK_c2fc456c34ee8245bc9245c490b" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiary" ADD CONSTRAINT "FK_16dfd30e434609b4ee7cf00eaf5" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiary" ADD CONSTRAINT "FK_2c484909d57e5bff1d35376842d" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiary" ADD CONSTRAINT "FK_be8665aa99e5345c34ec317e27e" FOREIGN KEY ("station_id") REFERENCES "service_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "FK_879266b6a418913ebe92ea307d9" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "FK_fc1fd210caabd411a728985fcdb" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_partner" ADD CONSTRAINT "FK_cc0fb60519767ea0ec882329461" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign_partner" ADD CONSTRAINT "FK_107e3a4679156d8ab9155aba93d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD CONSTRAINT "FK_12d7e7f01b8bf463fbd88500dc7" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD CONSTRAINT "FK_c047de9b3410937ac77e13de5f9" FOREIGN KEY ("station_id") REFERENCES "service_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD CONSTRAINT "FK_cdd8b36fa068859b90d5ba3442d" FOREIGN KEY ("service_type_id") REFERENCES "service_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD CONSTRAINT "FK_528161b6cee8dc5f4b58de08835" FOREIGN KEY ("organiser_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_event" ADD CONSTRAINT "FK_728cadf2db23c4ae1930a551902" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_4cf8c7ce91a003f48844c773826" FOREIGN KEY ("event_id") REFERENCES "service_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_9f6c65259f3bf05324b12ca8964" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_704d85d55ad87995c96888b8757" FOREIGN KEY ("verified_by_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_952c2b77ae749eb26d17301fdb9" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_e30a89e60882c1aa9c40a1e5e62" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_670a3c86e8d3b217f20093a4cec" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_f3b51bd563cf411aa52d8535c37" FOREIGN KEY ("institution_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_c66cba62c0374e08d1686b90333" FOREIGN KEY ("owner_a_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing" ADD CONSTRAINT "FK_b767947f26a2481683f75bee804" FOREIGN KEY ("owner_b_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairing_visit" ADD CONSTRAINT "FK_66dc5ed10afe38aa54319d702b1" FOREIGN KEY ("pairing_id") REFERENCES "pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_1cb41cf1e122ee5a86b23a54e66" FOREIGN KEY ("donor_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_f1e3d70dd965518f5f3374d1999" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_2ad8a768f080e6abb308b86cb25" FOREIGN KEY ("pairing_id") REFERENCES "pairing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_2a61d91cdddb41d98ce1de16ec6" FOREIGN KEY ("visit_id") REFERENCES "pairing_visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_fb6aec32fd895952788b2478aff" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "donation" ADD CONSTRAINT "FK_710bee71ba0a337be071cb11b35" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_2589817354cfe985461c41c08f2" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_e4ce5f15a858422b6a9cf8fcb87" FOREIGN KEY ("station_id") REFERENCES "service_station"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_378856c81bbcfcbd1b18b0f3612" FOREIGN KEY ("service_type_id") REFERENCES "service_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_661ec9bbb3105671df6180a3800" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request" ADD CONSTRAINT "FK_e6306c3b5113610cad13e22caa1" FOREIGN KEY ("assigned_volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_3ea8a4229e4ba2b98d6d2d5ceb2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_8779887cb3ad287dfb6d61c8cad" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_attendance" ADD CONSTRAINT "FK_090affd9d04b9767b5fe2ace682" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_attendance" ADD CONSTRAINT "FK_974af27d1bb3b7cc8df4a529e56" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendation" ADD CONSTRAINT "FK_53b0c8f55ff94f618a4370e4723" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commendation" ADD CONSTRAINT "FK_7b81a83030fbc1cca89154f294a" FOREIGN KEY ("awarded_by_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Indexes TypeORM cannot express: subtree prefix scans, array containment, substring search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "idx_region_path" ON "region" ("path" text_pattern_ops)`);
    await queryRunner.query(
      `CREATE INDEX "idx_service_station_service_type_ids" ON "service_station" USING gin ("service_type_ids")`,
    );
    for (const [table, column] of TRGM_INDEXES) {
      await queryRunner.query(
        `CREATE INDEX "idx_${table}_${column}_trgm" ON "${table}" USING gin ("${column}" gin_trgm_ops)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of TRGM_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."idx_${table}_${column}_trgm"`);
    }
    await queryRunner.query(`DROP INDEX "public"."idx_service_station_service_type_ids"`);
    await queryRunner.query(`DROP INDEX "public"."idx_region_path"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2"`);
    await queryRunner.query(`ALTER TABLE "commendation" DROP CONSTRAINT "FK_7b81a83030fbc1cca89154f294a"`);
    await queryRunner.query(`ALTER TABLE "commendation" DROP CONSTRAINT "FK_53b0c8f55ff94f618a4370e4723"`);
    await queryRunner.query(`ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_974af27d1bb3b7cc8df4a529e56"`);
    await queryRunner.query(`ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_090affd9d04b9767b5fe2ace682"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_8779887cb3ad287dfb6d61c8cad"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_3ea8a4229e4ba2b98d6d2d5ceb2"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_e6306c3b5113610cad13e22caa1"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_661ec9bbb3105671df6180a3800"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_378856c81bbcfcbd1b18b0f3612"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_e4ce5f15a858422b6a9cf8fcb87"`);
    await queryRunner.query(`ALTER TABLE "service_request" DROP CONSTRAINT "FK_2589817354cfe985461c41c08f2"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_710bee71ba0a337be071cb11b35"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_fb6aec32fd895952788b2478aff"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_2a61d91cdddb41d98ce1de16ec6"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_2ad8a768f080e6abb308b86cb25"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_f1e3d70dd965518f5f3374d1999"`);
    await queryRunner.query(`ALTER TABLE "donation" DROP CONSTRAINT "FK_1cb41cf1e122ee5a86b23a54e66"`);
    await queryRunner.query(`ALTER TABLE "pairing_visit" DROP CONSTRAINT "FK_66dc5ed10afe38aa54319d702b1"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_b767947f26a2481683f75bee804"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_c66cba62c0374e08d1686b90333"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_f3b51bd563cf411aa52d8535c37"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_670a3c86e8d3b217f20093a4cec"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_e30a89e60882c1aa9c40a1e5e62"`);
    await queryRunner.query(`ALTER TABLE "pairing" DROP CONSTRAINT "FK_952c2b77ae749eb26d17301fdb9"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "FK_704d85d55ad87995c96888b8757"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "FK_9f6c65259f3bf05324b12ca8964"`);
    await queryRunner.query(`ALTER TABLE "participation" DROP CONSTRAINT "FK_4cf8c7ce91a003f48844c773826"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP CONSTRAINT "FK_728cadf2db23c4ae1930a551902"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP CONSTRAINT "FK_528161b6cee8dc5f4b58de08835"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP CONSTRAINT "FK_cdd8b36fa068859b90d5ba3442d"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP CONSTRAINT "FK_c047de9b3410937ac77e13de5f9"`);
    await queryRunner.query(`ALTER TABLE "service_event" DROP CONSTRAINT "FK_12d7e7f01b8bf463fbd88500dc7"`);
    await queryRunner.query(`ALTER TABLE "campaign_partner" DROP CONSTRAINT "FK_107e3a4679156d8ab9155aba93d"`);
    await queryRunner.query(`ALTER TABLE "campaign_partner" DROP CONSTRAINT "FK_cc0fb60519767ea0ec882329461"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_fc1fd210caabd411a728985fcdb"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_879266b6a418913ebe92ea307d9"`);
    await queryRunner.query(`ALTER TABLE "beneficiary" DROP CONSTRAINT "FK_be8665aa99e5345c34ec317e27e"`);
    await queryRunner.query(`ALTER TABLE "beneficiary" DROP CONSTRAINT "FK_2c484909d57e5bff1d35376842d"`);
    await queryRunner.query(`ALTER TABLE "beneficiary" DROP CONSTRAINT "FK_16dfd30e434609b4ee7cf00eaf5"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_c2fc456c34ee8245bc9245c490b"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_97c25eabbd0e2a1a8b0feae7d57"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_34682286a293ce52f301be8c689"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_426a82503d4a4f4ae1483855a92"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_b1ec8818832f5f37c2d4fa8dadd"`);
    await queryRunner.query(`ALTER TABLE "service_station" DROP CONSTRAINT "FK_da2611579b9e907e29be77053fa"`);
    await queryRunner.query(`ALTER TABLE "service_station" DROP CONSTRAINT "FK_f2687f32dce3a9c95361671abee"`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP CONSTRAINT "FK_49dd02b28f7a32b737797257357"`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP CONSTRAINT "FK_191209734fb2f6da662667d95b6"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_baf378a702da51ca448b9f76340"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_2547f55866c0274d35fdd9a29c0"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b81a83030fbc1cca89154f294"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc48af41db50f9714d22c0c9ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53b0c8f55ff94f618a4370e472"`);
    await queryRunner.query(`DROP TABLE "commendation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_974af27d1bb3b7cc8df4a529e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_090affd9d04b9767b5fe2ace68"`);
    await queryRunner.query(`DROP TABLE "training_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8779887cb3ad287dfb6d61c8ca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ea8a4229e4ba2b98d6d2d5ceb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7c24d62d01f01744886c9b56e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d63cd6aa5c23fb5c5283216e6a"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e6306c3b5113610cad13e22caa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_661ec9bbb3105671df6180a380"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_378856c81bbcfcbd1b18b0f361"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4ce5f15a858422b6a9cf8fcb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2589817354cfe985461c41c08f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d234732e994279367e5521fa8"`);
    await queryRunner.query(`DROP TABLE "service_request"`);
    await queryRunner.query(`DROP TYPE "public"."service_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_710bee71ba0a337be071cb11b3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb6aec32fd895952788b2478af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2a61d91cdddb41d98ce1de16ec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ad8a768f080e6abb308b86cb2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1e3d70dd965518f5f3374d199"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1cb41cf1e122ee5a86b23a54e6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3b1319b2a2bbc06820ea10981"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b40741601f5e5e05129c6ac6b3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_efc93cb449e3590b279c228137"`);
    await queryRunner.query(`DROP TABLE "donation"`);
    await queryRunner.query(`DROP TYPE "public"."donation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f7f3e2b076f5819212d0d9387d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66dc5ed10afe38aa54319d702b"`);
    await queryRunner.query(`DROP TABLE "pairing_visit"`);
    await queryRunner.query(`DROP TYPE "public"."visit_mode"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_caf11cab8a8903814d96d4ecb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_199081235c5ca9846e3b57f2e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b767947f26a2481683f75bee80"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c66cba62c0374e08d1686b9033"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f3b51bd563cf411aa52d8535c3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_670a3c86e8d3b217f20093a4ce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e30a89e60882c1aa9c40a1e5e6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_952c2b77ae749eb26d17301fdb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d803142d964f3a3606f1217fc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_799c5f8410bf9e3c83b2c937db"`);
    await queryRunner.query(`DROP TABLE "pairing"`);
    await queryRunner.query(`DROP TYPE "public"."pairing_status"`);
    await queryRunner.query(`DROP TYPE "public"."pairing_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c138b8082a1c0c06ec4fea865"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_704d85d55ad87995c96888b875"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76e5ae2ccb49ba3df7f8f4c19c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f6c65259f3bf05324b12ca896"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cf8c7ce91a003f48844c77382"`);
    await queryRunner.query(`DROP TABLE "participation"`);
    await queryRunner.query(`DROP TYPE "public"."participation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c4d4fae641bf9048ad324ee0d"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TYPE "public"."account_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_service_event_window"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c483c23d84bc82afd7d8680de0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_728cadf2db23c4ae1930a55190"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_528161b6cee8dc5f4b58de0883"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cdd8b36fa068859b90d5ba3442"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c047de9b3410937ac77e13de5f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12d7e7f01b8bf463fbd88500dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0dbf81109c5f5d321fcaf51466"`);
    await queryRunner.query(`DROP TABLE "service_event"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5b4202a51f0e5463d4f7e490d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_107e3a4679156d8ab9155aba93"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc0fb60519767ea0ec88232946"`);
    await queryRunner.query(`DROP TABLE "campaign_partner"`);
    await queryRunner.query(`DROP TYPE "public"."partner_status"`);
    await queryRunner.query(`DROP TYPE "public"."partner_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc1fd210caabd411a728985fcd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_879266b6a418913ebe92ea307d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08135474cffdb8282c4ff37271"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7e0fd63a7188a2cf40fcc8454"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83f9485f6f28253756674e4ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e290ca6f46908d64b270de6547"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_status"`);
    await queryRunner.query(`DROP TYPE "public"."theme_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be8665aa99e5345c34ec317e27"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c484909d57e5bff1d35376842"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16dfd30e434609b4ee7cf00eaf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_102195188591c0c4ccf48b3b99"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08ac9b8c0307af9f995a600887"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1352134f8630d486d9e6ac8d41"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1c3544a36ea3c1fb0007b6710"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f07aa30ad486535656ef1dd249"`);
    await queryRunner.query(`DROP TABLE "beneficiary"`);
    await queryRunner.query(`DROP TYPE "public"."access_need"`);
    await queryRunner.query(`DROP TYPE "public"."disability_category"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2fc456c34ee8245bc9245c490"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9920349fdea0b0bbc1a6d124ce"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_044fa3c0c711eb61326b896d49"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97c25eabbd0e2a1a8b0feae7d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34682286a293ce52f301be8c68"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_426a82503d4a4f4ae1483855a9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b1ec8818832f5f37c2d4fa8dad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c698cd46d733cfab484d5dd8fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd1956d478fcc0a9112735cde4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a84b3951efa2e7caedc213e65b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d75a0ba9c162e63da02698784"`);
    await queryRunner.query(`DROP TABLE "volunteer"`);
    await queryRunner.query(`DROP TYPE "public"."volunteer_status"`);
    await queryRunner.query(`DROP TYPE "public"."volunteer_category"`);
    await queryRunner.query(`DROP TYPE "public"."gender"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da2611579b9e907e29be77053f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2687f32dce3a9c95361671abe"`);
    await queryRunner.query(`DROP TABLE "service_station"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49dd02b28f7a32b73779725735"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_191209734fb2f6da662667d95b"`);
    await queryRunner.query(`DROP TABLE "volunteer_team"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06d706f1f6dfb90510a0950f7b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0611cf72aded69162ee44e8250"`);
    await queryRunner.query(`DROP TABLE "service_type"`);
    await queryRunner.query(`DROP TYPE "public"."service_audience"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4ba39f5697ec0cd6e03314b61"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_baf378a702da51ca448b9f7634"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_497921db8c90b627fe66c106a4"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2547f55866c0274d35fdd9a29c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebe754ed1735718016ce2f6221"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74f7723fdff738f92929c0056c"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."region_level"`);
  }
}
