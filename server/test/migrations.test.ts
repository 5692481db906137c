import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database';

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('migrations', { migrate: false });
  });
  afterAll(() => t?.drop());

  const tables = async () =>
    (
      await t.db.query<{ tablename: string }[]>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).map((r) => r.tablename);

  it('apply from empty, leaving the schema exactly as the entities describe it', async () => {
    expect(await tables()).toEqual([]);
    const applied = await t.db.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'region',
        'volunteer',
        'participation',
        'pairing',
        'donation',
        'audit_log',
        'user_account',
      ]),
    );
    // No drift: the entities need no further DDL.
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('index every foreign key', async () => {
    const unindexed = await t.db.query<unknown[]>(`
      SELECT c.conrelid::regclass AS tbl, a.attname AS col
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND NOT EXISTS (
        SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
    expect(unindexed).toEqual([]);
  });

  it('revert completely', async () => {
    while ((await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM typeorm_migrations`))[0].n > 0) {
      await t.db.undoLastMigration();
    }
    expect(await tables()).toEqual(['typeorm_migrations']);
    const types = await t.db.query<unknown[]>(
      `SELECT typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`,
    );
    expect(types).toEqual([]);
  });
});
