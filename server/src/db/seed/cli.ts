// `node dist/db/seed/cli.js [--scale N] [--reset]`: migrate, then seed the demo city and its demo
// accounts into DATABASE_URL, as the embedded start does on an empty database.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDataSource } from '../data-source';
import { loadConfig } from '../../config';
import { seedDemo, SEED_TABLES, type SeedCounts } from './seed';
import { DEMO_ACCOUNTS, seedDemoAccounts } from './accounts';

const USAGE = `Usage: DATABASE_URL=postgres://... node dist/db/seed/cli.js [--scale N] [--reset]

  --scale N   multiply people and activity volumes (default 1: 30,000 volunteers)
  --reset     DROP SCHEMA public CASCADE and recreate it before migrating (destroys all data)

The demo accounts of the README (hub.admin, district.admin, ...) are created with the city; their
password is DEMO_PASSWORD (default Tongxin#2026). For a real deployment use \`npm run admin\` instead.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(`DATABASE_URL is required: the seed CLI never guesses which database to fill.\n\n${USAGE}`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`--scale must be a positive number, got "${values.scale}"`);

  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'tongxin-seed' });
  try {
    if (values.reset) {
      console.error(`reset: DROP SCHEMA public CASCADE; CREATE SCHEMA public; (${redact(url)})`);
      await pool.query('DROP SCHEMA public CASCADE');
      await pool.query('CREATE SCHEMA public');
    }
    const ds = createDataSource({ url });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations();
      console.error(
        `migrations: ${applied.length ? applied.map((m) => m.name).join(', ') : 'up to date'} [${elapsed()}]`,
      );
    } finally {
      await ds.destroy();
    }
    console.error(`seeding the demo city at scale ${scale}`);
    const counts = await seedDemo(pool, {
      scale,
      onProgress: (step, done, total) =>
        console.error(`  ${step.padEnd(20)} ${String(done).padStart(9)} / ${total} [${elapsed()}]`),
    });
    const { DEMO_PASSWORD } = loadConfig();
    await seedDemoAccounts(pool, DEMO_PASSWORD);
    console.error(`done in ${elapsed()}`);
    printCounts(counts);
    console.log(
      `\ndemo accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}\n` +
        `password: ${process.env.DEMO_PASSWORD ? 'the DEMO_PASSWORD you set' : 'Tongxin#2026 (the default DEMO_PASSWORD)'}; ` +
        'anyone who has read the README knows it, so disable these accounts or change their passwords before real use.',
    );
  } finally {
    await pool.end();
  }
}

function printCounts(counts: SeedCounts): void {
  const width = Math.max(...SEED_TABLES.map((t) => t.length));
  console.log(`${'table'.padEnd(width)}  ${'rows'.padStart(9)}`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(9)}`);
  for (const table of SEED_TABLES) console.log(`${table.padEnd(width)}  ${String(counts[table]).padStart(9)}`);
}

/** The password never reaches the terminal. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

main().catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
