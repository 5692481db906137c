// Shutdown (#17.4): the real process (src/main.ts) on a test database. The drain waits SHUTDOWN_GRACE_MS;
// a request still running past it is cancelled (its transaction rolled back, answered SERVICE_UNAVAILABLE)
// and the exit code says so (2); a request that finishes within the grace is answered and the exit is 0.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/modules/account/session.service';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { TEST_AUTH, TEST_PASSWORD } from './helpers/server';

let t: TestDatabase;
let accountId: string;
let locker: pg.Client;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-shutdown-'));
type LoginBody = {
  data?: { login: { accessToken: string } };
  errors: Array<{ extensions?: Record<string, unknown> }>;
};
const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken } }`;

beforeAll(async () => {
  t = await createTestDatabase('shutdown');
  const [row] = await t.db.query<Array<{ id: string }>>(
    `INSERT INTO user_account (username, display_name, password_hash) VALUES ('drain.user', 'Drain', $1) RETURNING id::text`,
    [await hashPassword(TEST_PASSWORD)],
  );
  accountId = row.id;
  locker = new pg.Client({ connectionString: t.url });
  await locker.connect();
});
afterAll(async () => {
  await locker?.end();
  await t?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/** Starts the hub as `npm run dev` does (without --watch) and waits until it answers. */
async function startHub(graceMs: number): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      JWT_KEYS: TEST_AUTH.JWT_KEYS,
      DATA_DIR: dataDir,
      WEB_DIST: '/nonexistent',
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: String(graceMs),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, exit };
    if (child.exitCode !== null) throw new Error(`hub exited early with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('hub did not start');
}

/** Holds the account row, so a login's writes (they reference it) wait until released. */
async function holdAccount() {
  await locker.query('BEGIN');
  await locker.query('SELECT 1 FROM user_account WHERE id = $1 FOR UPDATE', [accountId]);
  return () => locker.query('COMMIT');
}

/** Resolves once a statement of this database waits on a lock: the hub's login is in flight. */
async function loginWaiting() {
  for (let i = 0; i < 300; i++) {
    const [{ n }] = await t.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the login never reached the lock');
}

async function written(): Promise<number> {
  const [{ n }] = await t.db.query<Array<{ n: string }>>(
    `SELECT (SELECT count(*) FROM audit_log WHERE action = 'LOGIN' AND record_id = $1)
          + (SELECT count(*) FROM refresh_token WHERE account_id = $1) AS n`,
    [accountId],
  );
  return Number(n);
}

const login = (url: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'drain-req-1' },
    body: JSON.stringify({ query: LOGIN, variables: { u: 'drain.user', p: TEST_PASSWORD } }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as LoginBody }));

describe('shutdown', () => {
  it('cancels what outlives SHUTDOWN_GRACE_MS: rolled back, answered SERVICE_UNAVAILABLE, exit code 2', async () => {
    const hub = await startHub(800);
    const release = await holdAccount();
    const answer = login(hub.url);
    await loginWaiting();
    hub.child.kill('SIGTERM');
    const res = await answer;
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      retryable: true,
      requestId: 'drain-req-1',
    });
    expect(await hub.exit).toBe(2);
    await release();
    expect(await written()).toBe(0);
  });

  it('lets a request finish within the grace and exits 0', async () => {
    const hub = await startHub(20_000);
    const release = await holdAccount();
    const answer = login(hub.url);
    await loginWaiting();
    hub.child.kill('SIGTERM');
    // Still draining: new connections are refused, the running request goes on.
    await new Promise((r) => setTimeout(r, 300));
    await release();
    const res = await answer;
    expect(res.status).toBe(200);
    expect(res.body.data?.login.accessToken).toEqual(expect.any(String));
    expect(await hub.exit).toBe(0);
    expect(await written()).toBe(2);
  });
});
