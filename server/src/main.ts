// Start-up: config → database → schema → HTTP; and the ordered shutdown.
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { createDataSource } from './db/data-source';
import { startEmbedded, type EmbeddedDatabase } from './db/embedded';
import { seedDemo } from './db/seed/seed';
import { buildHubSchemas } from './schema/build';
import { createApp } from './app';
import { createAuthRuntime } from './auth/runtime';
import { seedDemoAccounts } from './db/seed/accounts';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const cleanups: Array<() => Promise<void>> = [];
  let stopping: Promise<void> | undefined;

  // Stops in reverse start order: HTTP (drain) → pool → embedded postgres.
  const shutdown = (reason: string, code: number) => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      const timer = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(1);
      }, config.SHUTDOWN_GRACE_MS + 5000).unref();
      for (const step of cleanups.reverse()) {
        try {
          await step();
        } catch (err) {
          log.error({ err }, 'shutdown step failed');
        }
      }
      clearTimeout(timer);
      log.info('stopped');
      process.exit(code);
    })();
    return stopping;
  };
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => void shutdown(sig, 0));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    void shutdown('uncaughtException', 1);
  });
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    void shutdown('unhandledRejection', 1);
  });

  try {
    let url = config.DATABASE_URL;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbedded(config.DATA_DIR, config.EMBEDDED_PG_PORT, log);
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    }
    const db = createDataSource({ url, poolSize: config.DB_POOL_SIZE });
    await db.initialize();
    cleanups.push(() => db.destroy());
    const applied = await db.runMigrations();
    if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');

    if (config.seedOnEmpty) {
      const [{ n }] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM region');
      if (n === 0) {
        log.info('empty database: seeding the demo city');
        const pool = new pg.Pool({ connectionString: url, max: 2 });
        try {
          await seedDemo(pool, {
            onProgress: (step: string, done: number, total: number) => log.info({ step, done, total }, 'seeding'),
          });
          await seedDemoAccounts(pool, config.DEMO_PASSWORD);
        } finally {
          await pool.end();
        }
      }
    }

    const { subgraphSchema } = await buildHubSchemas();
    const { httpServer, apollo } = await createApp(
      {
        ...config,
        settings: { pairingOverdueDays: config.PAIRING_OVERDUE_DAYS, attendanceShare: config.ATTENDANCE_SHARE },
      },
      db,
      subgraphSchema,
      log,
      createAuthRuntime(config),
    );
    cleanups.push(() => apollo.stop());
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, resolve);
    });
    log.info(
      { port: config.PORT, ms: Date.now() - started },
      `Tongxin ready at http://localhost:${config.PORT}/graphql`,
    );
  } catch (err) {
    log.fatal({ err }, 'start-up failed');
    await shutdown('start-up failed', 1);
  }
}

void main();
