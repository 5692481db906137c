// Starts the real hub for the browser tests: the built server on a spare port, with a database of its own
// (a fresh database on DATABASE_URL's server when set, else an embedded PostgreSQL in a temporary folder),
// seeded with the demo city. stop() ends every process it started and removes what it created.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface Hub {
  url: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');
export const ACCESS_TOKEN_TTL_S = 30;

export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the hub was not ready within ${timeoutMs} ms`);
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startHub(log: (line: string) => void = () => {}): Promise<Hub> {
  // The browser tests run the compiled server and the built app, as production does.
  execFileSync(process.execPath, [path.join(root, 'server/scripts/ensure-built.mjs')], { cwd: root, stdio: 'inherit' });

  const port = await sparePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-web-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    WEB_DIST: path.join(root, 'web/dist'),
    DATA_DIR: tmp,
    // Many logins from one address in a few minutes are the test, not an attack.
    LOGIN_MAX_FAILURES: '1000',
    // Access tokens expire every 30 s (the minimum), so every longer test also crosses a refresh.
    ACCESS_TOKEN_TTL_S: String(ACCESS_TOKEN_TTL_S),
    // Lists over 500 rows export as a background job, so the browser tests see both ways.
    EXPORT_DIRECT_ROWS: '500',
  };
  const adminUrl = process.env.DATABASE_URL;
  const dbName = `tongxin_web_e2e_${process.pid}_${Date.now()}`;
  if (adminUrl) {
    await adminQuery(adminUrl, `CREATE DATABASE "${dbName}"`);
    env.DATABASE_URL = withDatabase(adminUrl, dbName);
    env.SEED_ON_EMPTY = 'true';
  } else {
    delete env.DATABASE_URL;
    env.EMBEDDED_PG_PORT = String(await sparePort());
  }

  // Its own process group, so stopping it can never miss a child.
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM'); // the hub drains, closes its pool and stops its embedded PostgreSQL
      let timer: NodeJS.Timeout | undefined;
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 30_000))),
      ]);
      clearTimeout(timer);
      if (!killed && child.pid) process.kill(-child.pid, 'SIGKILL');
      await exited;
    }
    if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child, 240_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
