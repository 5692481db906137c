// The database a command-line tool works on: DATABASE_URL, or the embedded one under DATA_DIR,
// used where it runs (the hub is up) or started for the command and stopped after it.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from '../db/data-source';
import { EMBEDDED_DB, startEmbedded } from '../db/embedded';

export interface CliDatabase {
  db: DataSource;
  url: string;
  /** Where it is, for the operator (never the password). */
  label: string;
  close(): Promise<void>;
}

/** The port of a PostgreSQL already serving the embedded data directory, if one is. */
function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // Line 4 of postmaster.pid is the port the server listens on.
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>) {
  let url = config.DATABASE_URL;
  let label: string;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (url) {
    const u = new URL(url);
    label = `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } else {
    const dataDir = path.resolve(config.DATA_DIR, 'pg');
    const port = runningEmbeddedPort(dataDir);
    if (port) {
      url = EMBEDDED_DB.url(port);
      label = `the running embedded PostgreSQL (${dataDir})`;
    } else {
      const embedded = await startEmbedded(config.DATA_DIR, config.EMBEDDED_PG_PORT, pino({ level: 'warn' }));
      url = embedded.url;
      stopEmbedded = () => embedded.stop();
      label = `the embedded PostgreSQL (${dataDir}, started for this command)`;
    }
  }
  const db = createDataSource({ url, poolSize: 2 });
  try {
    await db.initialize();
    await db.runMigrations();
  } catch (err) {
    if (db.isInitialized) await db.destroy();
    await stopEmbedded?.();
    throw err;
  }
  return {
    db,
    url,
    label,
    async close() {
      await db.destroy();
      await stopEmbedded?.();
    },
  } satisfies CliDatabase;
}
