// Each test file works in a database of its own, so files run in parallel without sharing rows.
import pg from 'pg';
import { inject } from 'vitest';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';

/**
 * A row as `pg` returns it to a test's own SQL. The tests read these columns to check what the API
 * wrote; a query that cares names its columns (`sql<{ n: number }>(...)`).
 */
export type SqlRow = Record<string, unknown>;

export interface TestDatabase {
  url: string;
  /** A data source on the fresh database; migrations are applied unless `migrate: false`. */
  db: DataSource;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(
  label: string,
  opts: { migrate?: boolean; logger?: Logger } = {},
): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `tongxin_t_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now() % 100000}`.toLowerCase();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = withDatabase(adminUrl, name);
  const db = createDataSource({ url, poolSize: 4, logger: opts.logger });
  await db.initialize();
  if (opts.migrate !== false) await db.runMigrations();

  return {
    url,
    db,
    async drop() {
      if (db.isInitialized) await db.destroy();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
