// The first admin of a fresh deployment: `npm run admin` creates a HUB_ADMIN without a password and
// prints a one-time code; `activateAccount` sets the password. And `npm run seed` on an external
// database brings the demo accounts with the city. The commands run as real child processes.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { graphql } from './generated';
import { startTestServer, type TestServer } from './helpers/server';

const run = promisify(execFile);
const serverDir = path.resolve(__dirname, '..');

/** Runs a command-line entry point from source, with the given environment (nothing inherited but PATH). */
async function cli(entry: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
      cwd: serverDir,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
      timeout: 170_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const admin = (args: string[], env: Record<string, string>) => cli('src/cli/admin.cli.ts', args, env);
const codeIn = (stdout: string) => /^ {2}([\w-]{30,})$/m.exec(stdout)?.[1];

let t: TestDatabase;
let server: TestServer;
type Row = Record<string, unknown>;
const sql = <T = Row>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);
const ACTIVATE = graphql(`
  mutation FirstAdminActivate($c: String!, $p: String!) {
    activateAccount(code: $c, password: $p)
  }
`);
const LOGIN = graphql(`
  mutation FirstAdminLogin($u: String!, $p: String!) {
    login(input: { username: $u, password: $p }) {
      viewer {
        username
        roles {
          role
        }
      }
    }
  }
`);

beforeAll(async () => {
  t = await createTestDatabase('first_admin');
  server = await startTestServer(t.db);
});
afterAll(async () => {
  await server?.close();
  await t?.drop();
});

describe('npm run admin -- create', () => {
  let code: string;

  it('creates a HUB_ADMIN without a password and prints a code kept only as a hash, audit-logged', async () => {
    const out = await admin(['create', '--username', 'Ops.Chief', '--display-name', '运维负责人'], {
      DATABASE_URL: t.url,
    });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('Created the hub administrator "ops.chief"');
    code = codeIn(out.stdout)!;
    expect(code).toBeTruthy();

    const [account] = await sql(
      `SELECT a.id, a.display_name, a.password_hash, array_agg(r.role::text) AS roles
         FROM user_account a JOIN role_assignment r ON r.account_id = a.id WHERE a.username = 'ops.chief' GROUP BY a.id`,
    );
    expect(account).toMatchObject({ display_name: '运维负责人', password_hash: null, roles: ['HUB_ADMIN'] });
    const stored = await sql(`SELECT code_hash, used_at FROM account_activation WHERE account_id = $1`, [account.id]);
    expect(stored).toEqual([{ code_hash: createHash('sha256').update(code).digest('hex'), used_at: null }]);
    expect(JSON.stringify(await sql(`SELECT * FROM audit_log`))).not.toContain(code);
    const audit = await sql(`SELECT action, actor_id, request_id FROM audit_log WHERE record_id = $1 ORDER BY id`, [
      account.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE_ACCOUNT', 'ASSIGN_ROLE', 'ISSUE_ACTIVATION']);
    expect(audit.every((a) => a.actor_id === null && /^cli-admin-/.test(String(a.request_id)))).toBe(true);
  });

  it('refuses a taken username and says how to get a new code', async () => {
    const out = await admin(['create', '--username', 'ops.chief'], { DATABASE_URL: t.url });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/taken.*activation/);
    expect(await sql(`SELECT count(*)::int AS n FROM user_account`)).toEqual([{ n: 1 }]);
  });

  it('lets nobody log in before activation, not even with the timing dummy’s password', async () => {
    for (const p of ['tongxin-timing-equaliser', '']) {
      const res = await server.gql(LOGIN, { u: 'ops.chief', p: p || 'anything-1234' });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('checks the password policy without using the code up', async () => {
    const weak = await server.gql(ACTIVATE, { c: code, p: 'short1' });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql(`SELECT used_at FROM account_activation`)).toEqual([{ used_at: null }]);
  });

  it('sets the password once; the account then logs in as HUB_ADMIN and the code is spent', async () => {
    const ok = await server.gql(ACTIVATE, { c: code, p: 'Night-shift-2026' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.activateAccount).toBe(true);
    const login = await server.gql(LOGIN, { u: 'ops.chief', p: 'Night-shift-2026' });
    expect(login.data.login.viewer).toEqual({ username: 'ops.chief', roles: [{ role: 'HUB_ADMIN' }] });

    const again = await server.gql(ACTIVATE, { c: code, p: 'Another-pass-2026' });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const still = await server.gql(LOGIN, { u: 'ops.chief', p: 'Night-shift-2026' });
    expect(still.errors).toBeUndefined();
    const actions = await sql(`SELECT action FROM audit_log WHERE action LIKE 'ACTIVAT%' ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(['ACTIVATE_ACCOUNT', 'ACTIVATION_FAILED']);
  });

  it('issues a new code on request, which replaces the old one, and an expired code does not work', async () => {
    const first = codeIn((await admin(['activation', '--username', 'ops.chief'], { DATABASE_URL: t.url })).stdout)!;
    const out = await admin(['activation', '--username', 'ops.chief', '--expires-in', '1'], { DATABASE_URL: t.url });
    expect(out.code, out.stderr).toBe(0);
    const second = codeIn(out.stdout)!;
    expect(second).not.toBe(first);
    const replaced = await server.gql(ACTIVATE, { c: first, p: 'Replaced-code-2026' });
    expect(replaced.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await sql(`UPDATE account_activation SET expires_at = now() - interval '1 second' WHERE code_hash = $1`, [
      createHash('sha256').update(second).digest('hex'),
    ]);
    const expired = await server.gql(ACTIVATE, { c: second, p: 'Expired-code-2026' });
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await server.gql(LOGIN, { u: 'ops.chief', p: 'Night-shift-2026' });
    expect(login.errors).toBeUndefined();
  });

  it('backs off an address that keeps trying wrong codes', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(ACTIVATE, { c: `guess-${i}-${'x'.repeat(30)}`, p: 'Whatever-2026' }, from);
      codes.push(String(res.errors?.[0].extensions?.code));
    }
    expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = await server.gql(
      ACTIVATE,
      { c: 'guess-elsewhere-xxxxxxxxxxxxxxxxxxxxxxxx', p: 'Whatever-2026' },
      { 'x-forwarded-for': '198.51.100.8' },
    );
    expect(elsewhere.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('npm run admin on the embedded database', () => {
  it('starts the embedded PostgreSQL under DATA_DIR when no DATABASE_URL is set, and keeps the account there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-admin-'));
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(50_000 + (process.pid % 4_000)) };
    try {
      const created = await admin(['create', '--username', 'first.admin'], env);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stderr).toContain('embedded PostgreSQL');
      expect(codeIn(created.stdout)).toBeTruthy();
      // A second run finds the account the first one left in the data directory.
      const again = await admin(['create', '--username', 'first.admin'], env);
      expect(again.stderr).toMatch(/taken/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('npm run seed on an external database', () => {
  let seeded: TestDatabase;
  afterAll(() => seeded?.drop());

  it('creates the demo accounts with the city, with DEMO_PASSWORD, and says so', async () => {
    seeded = await createTestDatabase('seed_cli', { migrate: false });
    const out = await cli('src/db/seed/cli.ts', ['--scale', '0.05'], {
      DATABASE_URL: seeded.url,
      DEMO_PASSWORD: 'Demo-password-42',
    });
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/demo accounts: hub\.admin, district\.admin/);
    expect(out.stdout).toContain('the DEMO_PASSWORD you set');
    const rows = await seeded.db.query<Row[]>(
      `SELECT a.username, r.role::text FROM user_account a JOIN role_assignment r ON r.account_id = a.id ORDER BY a.username`,
    );
    expect(rows).toContainEqual({ username: 'hub.admin', role: 'HUB_ADMIN' });
    expect(rows).toContainEqual({ username: 'volunteer.demo', role: 'VOLUNTEER' });
    expect(rows).toHaveLength(8);

    const hub = await startTestServer(seeded.db);
    try {
      const login = await hub.gql(LOGIN, { u: 'district.admin', p: 'Demo-password-42' });
      expect(login.data.login.viewer.roles).toEqual([{ role: 'REGION_ADMIN' }]);
    } finally {
      await hub.close();
    }
  });
});
