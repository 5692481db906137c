// Start-up: config → database → schema → HTTP; and the ordered shutdown.
import 'reflect-metadata';
import pg from 'pg';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { createDataSource, statementTimeoutFor } from './db/data-source';
import { startMetricsServer } from './common/metrics';
import { startEmbedded, type EmbeddedDatabase } from './db/embedded';
import { seedDemo } from './db/seed/seed';
import { buildHubSchemas } from './schema/build';
import { createApp } from './app';
import { createAuthRuntime } from './auth/runtime';
import { loadTrustedDocuments } from './schema/trusted-documents';
import { seedDemoAccounts } from './db/seed/accounts';
import { configureDashboardCache } from './modules/dashboard/dashboard-cache';
import { JobRunner, registerJobs } from './jobs';

/**
 * Exit codes: 0 stopped cleanly (every request finished within SHUTDOWN_GRACE_MS); 1 start-up failed
 * or a fatal error; 2 the grace ran out and the requests still running were cancelled (their
 * transactions rolled back, answered SERVICE_UNAVAILABLE); 3 the shutdown itself hung and was forced.
 */
export const EXIT = { CLEAN: 0, FATAL: 1, CANCELLED: 2, FORCED: 3 } as const;

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  configureDashboardCache(config.DASHBOARD_CACHE_MB);
  const cleanups: Array<() => Promise<void>> = [];
  let exitCode: number = EXIT.CLEAN;
  let stopping: Promise<void> | undefined;

  // Stops in reverse start order: HTTP (drain) → jobs → pool → embedded postgres.
  const shutdown = (reason: string, code: number) => {
    stopping ??= (async () => {
      exitCode = code;
      log.info({ reason, graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down');
      // The drain cancels what outlives the grace, so only a hung step (a frozen database) gets here.
      const timer = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        process.exit(EXIT.FORCED);
      }, config.SHUTDOWN_GRACE_MS + 15_000).unref();
      for (const step of cleanups.reverse()) {
        try {
          await step();
        } catch (err) {
          log.error({ err }, 'shutdown step failed');
        }
      }
      clearTimeout(timer);
      log.info({ exitCode }, 'stopped');
      process.exit(exitCode);
    })();
    return stopping;
  };
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(sig, () => void shutdown(sig, EXIT.CLEAN));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    void shutdown('uncaughtException', EXIT.FATAL);
  });
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    void shutdown('unhandledRejection', EXIT.FATAL);
  });

  try {
    let url = config.DATABASE_URL;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbedded(config.DATA_DIR, config.EMBEDDED_PG_PORT, log);
      cleanups.push(() => embedded.stop());
      url = embedded.url;
    }
    const db = createDataSource({
      url,
      poolSize: config.DB_POOL_SIZE,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: statementTimeoutFor(config.REQUEST_TIMEOUT_MS),
    });
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

    const auth = createAuthRuntime(config);
    // WORKER=off still enqueues (a worker process runs the jobs); WORKER=only runs jobs and no HTTP.
    const jobs = registerJobs(
      new JobRunner({
        url,
        db,
        log: log.child({ component: 'jobs' }),
        work: config.WORKER !== 'off',
        pollingIntervalSeconds: config.JOB_POLL_INTERVAL_S,
        stopTimeoutMs: config.SHUTDOWN_GRACE_MS,
      }),
      { auth, resultTtlHours: config.JOB_RESULT_TTL_H },
      config,
    );
    await jobs.start();
    cleanups.push(() => jobs.stop());
    if (config.WORKER === 'only') {
      log.info({ ms: Date.now() - started }, 'Tongxin worker ready (no HTTP)');
      return;
    }

    const { subgraphSchema } = await buildHubSchemas();
    const { httpServer, apollo, drain } = await createApp(
      {
        ...config,
        settings: {
          pairingOverdueDays: config.PAIRING_OVERDUE_DAYS,
          attendanceShare: config.ATTENDANCE_SHARE,
          checkInEarlyMinutes: config.CHECK_IN_EARLY_MINUTES,
          volunteerMinAge: config.VOLUNTEER_MIN_AGE,
        },
        trustedDocuments: loadTrustedDocuments(config),
      },
      db,
      subgraphSchema,
      log,
      auth,
    );
    cleanups.push(async () => {
      const { cancelled } = await drain(config.SHUTDOWN_GRACE_MS);
      if (cancelled) {
        log.warn({ cancelled }, 'grace ran out: requests cancelled and rolled back');
        if (exitCode === EXIT.CLEAN) exitCode = EXIT.CANCELLED;
      }
      await apollo.stop();
    });
    if (config.METRICS_PORT) {
      const metrics = await startMetricsServer(config.METRICS_PORT, config.HOST);
      cleanups.push(() => new Promise<void>((resolve) => metrics.close(() => resolve())));
      log.info({ port: config.METRICS_PORT }, 'metrics at /metrics');
    }
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
    await shutdown('start-up failed', EXIT.FATAL);
  }
}

void main();
