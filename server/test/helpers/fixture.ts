// A seeded test database: the demo city at a small scale, with the demo accounts.
import pg from 'pg';
import type { Logger } from 'typeorm';
import { seedDemo } from '../../src/db/seed/seed';
import { seedDemoAccounts } from '../../src/db/seed/accounts';
import { createTestDatabase, type TestDatabase } from './database';
import { TEST_PASSWORD } from './server';

export async function createSeededDatabase(
  label: string,
  opts: { scale?: number; logger?: Logger } = {},
): Promise<TestDatabase> {
  const t = await createTestDatabase(label, { logger: opts.logger });
  const pool = new pg.Pool({ connectionString: t.url, max: 2 });
  try {
    await seedDemo(pool, { scale: opts.scale ?? 0.1 });
    await seedDemoAccounts(pool, TEST_PASSWORD);
  } finally {
    await pool.end();
  }
  return t;
}
