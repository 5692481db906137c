// The bench's database: a scale-N demo city on DATABASE_URL's server or on an embedded PostgreSQL,
// built once and reused by later runs.
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createDataSource } from '../src/db/data-source';
import { startEmbedded, type EmbeddedDatabase } from '../src/db/embedded';
import { seedDemo } from '../src/db/seed/seed';
import { seedDemoAccounts } from '../src/db/seed/accounts';

export const BENCH_PASSWORD = 'Tongxin#2026';

export async function benchDatabase(
  scale: number,
  /** A database of its own for a bench that writes (the soak), so the read bench's figures stay comparable. */
  name = `tongxin_bench_s${String(scale).replace('.', '_')}`,
): Promise<{ url: string; stop: () => Promise<void> }> {
  let adminUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!adminUrl) {
    embedded = await startEmbedded(
      path.resolve(__dirname, '..', '..', '.data', 'bench'),
      54339,
      pino({ level: 'warn' }),
    );
    adminUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();

  const ds = createDataSource({ url });
  await ds.initialize();
  await ds.runMigrations();
  const [{ n }] = await ds.query<{ n: number }[]>('SELECT count(*)::int AS n FROM region');
  await ds.destroy();
  if (n === 0) {
    const started = Date.now();
    process.stderr.write(`seeding ${name} at scale ${scale}...\n`);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    await seedDemo(pool, {
      scale,
      onProgress: (step, done, total) =>
        process.stderr.write(`  ${step} ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`),
    });
    await seedDemoAccounts(pool, BENCH_PASSWORD);
    await pool.end();
    process.stderr.write(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return { url, stop: async () => embedded?.stop() };
}
