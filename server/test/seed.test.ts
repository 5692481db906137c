// The demo city at scale 1 has the shape of the source document's year.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isValidCertificateNumber,
  isValidIdentityNumber,
  birthDateFromIdentity,
  genderFromIdentity,
  type DisabilityCategoryCode,
} from '../src/common/identity';
import { EYES_CAMPAIGN_NAME, seedDemo, SUNSHINE_CAMPAIGN_NAME, type SeedCounts } from '../src/db/seed/seed';
import { seedDemoAccounts, DEMO_ACCOUNTS } from '../src/db/seed/accounts';
import { createTestDatabase, type TestDatabase } from './helpers/database';

let t: TestDatabase;
let pool: pg.Pool;
let counts: SeedCounts;
const one = async <T extends object = Record<string, unknown>>(q: string) => (await pool.query<T>(q)).rows[0];

beforeAll(async () => {
  t = await createTestDatabase('seed');
  pool = new pg.Pool({ connectionString: t.url, max: 2 });
  counts = await seedDemo(pool, { scale: 1 });
  await seedDemoAccounts(pool, 'Tongxin#2026');
});
afterAll(async () => {
  await pool?.end();
  await t?.drop();
});

describe('demo seed', () => {
  it('builds the documented network: 14 districts with a team each, 788 communities each with a station', async () => {
    expect(
      await one(`SELECT count(*) FILTER (WHERE level = 'CITY')::int AS cities, count(*) FILTER (WHERE level = 'DISTRICT')::int AS districts,
      count(*) FILTER (WHERE level = 'COMMUNITY')::int AS communities FROM region`),
    ).toEqual({ cities: 1, districts: 14, communities: 788 });
    expect(counts.service_station).toBe(788);
    expect(await one(`SELECT count(DISTINCT region_id)::int AS n FROM service_station`)).toEqual({ n: 788 });
    expect(
      await one(`SELECT count(*)::int AS n FROM region d WHERE d.level = 'DISTRICT'
      AND EXISTS (SELECT 1 FROM volunteer_team t WHERE t.region_id = d.id)`),
    ).toEqual({ n: 14 });
  });

  it('registers 30,000 volunteers, about 45% of them students', async () => {
    expect(counts.volunteer).toBe(30_000);
    const { share } = await one<{ share: number }>(
      `SELECT avg((category = 'STUDENT')::int)::float AS share FROM volunteer`,
    );
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
  });

  it('records about 3,000 beneficiaries across every category and grade, with valid identity and certificate numbers', async () => {
    expect(counts.beneficiary).toBeGreaterThanOrEqual(2_900);
    expect(counts.beneficiary).toBeLessThanOrEqual(3_100);
    expect(
      await one(
        `SELECT count(DISTINCT disability_category)::int AS c, count(DISTINCT disability_grade)::int AS g FROM beneficiary`,
      ),
    ).toEqual({ c: 7, g: 4 });
    const people = await pool.query<{
      id_number: string;
      certificate_number: string;
      disability_category: DisabilityCategoryCode;
      disability_grade: number;
      birth_date: string;
      gender: string;
    }>(
      `SELECT id_number, certificate_number, disability_category, disability_grade, birth_date::text, gender FROM beneficiary`,
    );
    for (const b of people.rows) {
      expect(isValidIdentityNumber(b.id_number), b.id_number).toBe(true);
      expect(
        isValidCertificateNumber(b.certificate_number, b.disability_category, b.disability_grade),
        b.certificate_number,
      ).toBe(true);
      expect(birthDateFromIdentity(b.id_number)).toBe(b.birth_date);
      expect(genderFromIdentity(b.id_number)).toBe(b.gender);
    }
    const volunteers = await pool.query<{ id_number: string }>(`SELECT id_number FROM volunteer`);
    expect(volunteers.rows.filter((v) => !isValidIdentityNumber(v.id_number))).toEqual([]);
  });

  it('holds the partner agencies, 20+ NGOs, universities, enterprises and institutions', async () => {
    const kinds = Object.fromEntries(
      (
        await pool.query<{ kind: string; n: number }>(`SELECT kind, count(*)::int AS n FROM organisation GROUP BY kind`)
      ).rows.map((r) => [r.kind, r.n]),
    );
    for (const k of [
      'DPF',
      'YOUTH_LEAGUE',
      'WOMENS_FEDERATION',
      'CIVIL_AFFAIRS',
      'TRADE_UNION',
      'CIVILIZATION_OFFICE',
      'UNIVERSITY',
      'DISABLED_PERSONS_ENTERPRISE',
      'SERVICE_INSTITUTION',
    ]) {
      expect(kinds[k], k).toBeGreaterThan(0);
    }
    expect(kinds.NGO).toBeGreaterThanOrEqual(20);
  });

  it('runs five joint campaigns, with "I am your eyes" and the Youth League leading "Sunshine Action"', async () => {
    expect(counts.campaign).toBe(5);
    const eyes = await one<{ blind: number; audiobooks: number }>(`SELECT
      (SELECT count(DISTINCT d.beneficiary_id)::int FROM donation d JOIN beneficiary b ON b.id = d.beneficiary_id
        WHERE d.campaign_id = c.id AND d.kind = 'IN_KIND' AND b.disability_category = 'VISUAL') AS blind,
      (SELECT count(*)::int FROM donation d WHERE d.campaign_id = c.id AND d.item LIKE '%有声%') AS audiobooks
      FROM campaign c WHERE c.name = '${EYES_CAMPAIGN_NAME}'`);
    expect(eyes.blind).toBe(50);
    expect(eyes.audiobooks).toBeGreaterThanOrEqual(50);
    expect(
      await one(
        `SELECT o.kind FROM campaign c JOIN organisation o ON o.id = c.lead_organisation_id WHERE c.name = '${SUNSHINE_CAMPAIGN_NAME}'`,
      ),
    ).toEqual({ kind: 'YOUTH_LEAGUE' });
  });

  it('holds 100+ events whose participations serve 8,000+ person-times', async () => {
    expect(counts.service_event).toBeGreaterThanOrEqual(100);
    const { served } = await one<{ served: number }>(
      `SELECT sum(person_times_served)::int AS served FROM participation WHERE deleted_at IS NULL`,
    );
    expect(served).toBeGreaterThanOrEqual(8_000);
    expect(
      await one(
        `SELECT count(*)::int AS n FROM service_event e WHERE e.person_times_served <> (SELECT COALESCE(sum(p.person_times_served), 0) FROM participation p WHERE p.event_id = e.id)`,
      ),
    ).toEqual({ n: 0 });
  });

  it('pairs 45 cadres with 45 households of one village, with visits and 200-yuan donations, and ~1,000 volunteers one-to-one', async () => {
    const cadre = await one<{
      pairings: number;
      villages: number;
      visited: number;
      donated: number;
    }>(`SELECT count(*)::int AS pairings,
      count(DISTINCT h.region_id)::int AS villages,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pairing_visit v WHERE v.pairing_id = p.id))::int AS visited,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM donation d WHERE d.pairing_id = p.id AND d.kind = 'CASH' AND d.amount_fen = 20000))::int AS donated
      FROM pairing p JOIN household h ON h.id = p.household_id WHERE p.kind = 'CADRE_HOUSEHOLD'`);
    expect(cadre).toEqual({ pairings: 45, villages: 1, visited: 45, donated: 45 });
    const { n } = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM pairing WHERE kind = 'VOLUNTEER_BENEFICIARY'`,
    );
    expect(n).toBeGreaterThanOrEqual(900);
    expect(n).toBeLessThanOrEqual(1_100);
  });

  it('records training with attendance, and one demo account per role', async () => {
    expect(counts.training_session).toBeGreaterThan(0);
    expect(counts.training_attendance).toBeGreaterThan(0);
    const roles = (
      await pool.query<{ username: string; role: string }>(
        `SELECT a.username, r.role FROM user_account a JOIN role_assignment r ON r.account_id = a.id ORDER BY a.id`,
      )
    ).rows;
    expect(roles.map((r) => r.username)).toEqual(DEMO_ACCOUNTS.map((a) => a.username));
    expect(new Set(roles.map((r) => r.role))).toEqual(
      new Set(['HUB_ADMIN', 'REGION_ADMIN', 'ORG_ADMIN', 'STATION_COORDINATOR', 'VOLUNTEER', 'VIEWER']),
    );
  });

  it('refuses to seed a database that already has data, changing nothing', async () => {
    await expect(seedDemo(pool, { scale: 1 })).rejects.toThrow(/empty database/);
    expect(await one(`SELECT count(*)::int AS n FROM volunteer`)).toEqual({ n: 30_000 });
  });
});
