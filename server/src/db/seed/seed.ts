// The deterministic demo city 同心市: fills an empty, migrated database in one transaction.
import type pg from 'pg';
import { seedBeneficiaries, seedVolunteers, IdentityIssuer } from './people';
import { seedCampaigns } from './campaigns';
import { seedDonations } from './donations';
import { seedEvents } from './events';
import { seedRegions } from './geography';
import type { StepContext, World } from './model';
import { seedTeams, seedStations } from './network';
import { seedOrganisations, seedServiceTypes } from './organisations';
import { seedPairings } from './pairings';
import { rngFor } from './random';
import { seedRequests } from './requests';
import { seedCommendations, seedTraining } from './training';
import { seedVisitReviews } from './visit-reviews';

import { ROLLUP_REFRESH_SQL } from '../migrations/1795930800000-Rollups';
import {
  DASHBOARD_ROLLUP_TABLES,
  DASHBOARD_ROLLUP_TRIGGERS,
  DASHBOARD_ROLLUPS_REBUILD_SQL,
} from '../migrations/1796560000000-DashboardRollups';
export { EYES_NGO_NAME } from './organisations';
export { EYES_CAMPAIGN_NAME, SUNSHINE_CAMPAIGN_NAME } from './campaigns';

/** Every table the seed fills, in load order. user_account and audit_log belong to other components. */
export const SEED_TABLES = [
  'region',
  'organisation',
  'service_type',
  'skill',
  'volunteer_team',
  'service_station',
  'volunteer',
  'household',
  'beneficiary',
  'campaign',
  'campaign_partner',
  'service_event',
  'participation',
  'pairing',
  'pairing_visit',
  'donation',
  'training_session',
  'training_attendance',
  'commendation',
  'service_request',
] as const;
export type SeedTable = (typeof SEED_TABLES)[number];
/** Rows per table after seeding, as counted by the database. */
export type SeedCounts = Record<SeedTable, number>;

export interface SeedOptions {
  /** Multiplies people and activity volumes; regions, stations and teams stay fixed. Default 1. */
  scale?: number;
  /** Called as each table fills (rows done of the table's total), then for 'sequences' and 'analyze'. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export async function seedDemo(pool: pg.Pool, opts: SeedOptions = {}): Promise<SeedCounts> {
  const scale = opts.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 0.05 || scale > 100) {
    throw new RangeError(`seed scale must be between 0.05 and 100, got ${scale}`);
  }
  const progress = throttled(opts.onProgress);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // A second seeder waits here instead of interleaving, then finds the rows and refuses.
    await client.query('LOCK TABLE region IN EXCLUSIVE MODE');
    const { rows } = await client.query<{ filled: boolean }>('SELECT EXISTS (SELECT 1 FROM region) AS filled');
    if (rows[0].filled) {
      throw new Error(
        'The demo seed needs an empty database, but table "region" already has rows. Reset the database first (seed CLI: --reset).',
      );
    }
    await client.query('SET LOCAL synchronous_commit = off');
    // Row triggers keep the dashboard counters fresh on every write; for a bulk load it is far
    // cheaper to recompute them once at the end, inside the same transaction.
    await client.query('ALTER TABLE participation DISABLE TRIGGER participation_rollup');
    await setDashboardRollupTriggers(client, 'DISABLE');
    await fill(client, scale, progress);
    await client.query('ALTER TABLE participation ENABLE TRIGGER participation_rollup');
    await client.query(ROLLUP_REFRESH_SQL);
    await client.query(DASHBOARD_ROLLUPS_REBUILD_SQL);
    // The active-months masks and the trained attendances follow their tables through triggers left
    // on during the load; their statistics do not.
    await client.query('ANALYZE dashboard_active_masks, dashboard_trained');
    await setDashboardRollupTriggers(client, 'ENABLE');
    progress('rollups', 1, 1);
    // Explicit ids bypassed the sequences; move them past the seeded rows so inserts keep working.
    for (const table of SEED_TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    progress('sequences', SEED_TABLES.length, SEED_TABLES.length);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }

  // Fresh statistics, so the first queries on a just-seeded database get sensible plans.
  const counts = {} as SeedCounts;
  await pool.query(`ANALYZE ${SEED_TABLES.join(', ')}`);
  progress('analyze', SEED_TABLES.length, SEED_TABLES.length);
  for (const table of SEED_TABLES) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0].n;
  }
  return counts;
}

async function fill(client: pg.PoolClient, scale: number, progress: StepContext['progress']): Promise<void> {
  const base = (label: string) => ({ client, rng: rngFor(label), progress });
  const geo = await seedRegions(base('region'));
  const orgs = await seedOrganisations(base('organisation'), geo);
  const serviceTypes = await seedServiceTypes(base('service_type'));
  const network = await seedTeams(base('volunteer_team'), geo, orgs);
  await seedStations(base('service_station'), geo, serviceTypes);

  const world: World = {
    scale,
    ...geo,
    ...orgs,
    serviceTypes,
    serviceTypeByCode: new Map(serviceTypes.map((t) => [t.code, t])),
    ...network,
    volunteers: [],
    cadres: [],
    households: [],
    beneficiaries: [],
    villageHouseholds: [],
    campaigns: [],
  };
  const identities = new IdentityIssuer(rngFor('identity'));
  const step = (label: string): StepContext => ({ ...base(label), world, identities });
  await seedVolunteers(step('volunteer'));
  await seedBeneficiaries(step('beneficiary'));
  await seedCampaigns(step('campaign'));
  await seedEvents(step('service_event'));
  const pairings = await seedPairings(step('pairing'));
  await seedVisitReviews(step('pairing_visit review'));
  await seedDonations(step('donation'), pairings);
  await seedTraining(step('training'));
  await seedCommendations(step('commendation'));
  await seedRequests(step('service_request'));
}

/** The dashboard's rollup triggers on the bulk-loaded tables: rebuilt once at the end instead. */
async function setDashboardRollupTriggers(client: pg.PoolClient, how: 'ENABLE' | 'DISABLE'): Promise<void> {
  for (const table of DASHBOARD_ROLLUP_TABLES)
    for (const t of DASHBOARD_ROLLUP_TRIGGERS) await client.query(`ALTER TABLE ${table} ${how} TRIGGER ${t}`);
}

/** Forwards at most every fifth of a table and its completion: COPY reports every chunk, far too chatty. */
function throttled(onProgress: SeedOptions['onProgress']): StepContext['progress'] {
  const last = new Map<string, number>();
  return (step, done, total) => {
    if (!onProgress) return;
    if (done === total || done - (last.get(step) ?? 0) >= total / 5) {
      last.set(step, done);
      onProgress(step, done, total);
    }
  };
}
