// The fault suite (`npm run test:faults`): the hub as operators run it (real processes) on a
// PostgreSQL cluster of its own, under writers that retry with idempotency keys, while the
// database is restarted, stopped for 10 s and frozen for 20 s, the hub is killed and restarted,
// and one of two replicas is killed. Each drill asserts: every acknowledged write is in the
// database exactly once with its audit entry; every failed answer carries a retryable code;
// writes are acknowledged again within 5 s of the database (or a hub) being back.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/common/node';
import { createDataSource } from '../src/db/data-source';
import { seedDemo } from '../src/db/seed/seed';
import { seedDemoAccounts } from '../src/db/seed/accounts';
import { ensureServerBuilt, startHub, type HubProcess } from '../scripts/hub-process';
import { FaultCluster } from './cluster';
import { Writers, type Failure, type WriteTarget } from './writers';

const PASSWORD = 'Faults#2026';
/** The issue's requirement: writes succeed again within 5 s of the database being back. */
const RECOVERY_LIMIT_MS = 5_000;
/** Codes that tell a client "nothing was written, send it again" (extensions.retryable: true). */
const RETRYABLE_CODES = ['SERVICE_UNAVAILABLE', 'TIMEOUT'];
const HUB_ENV = { REQUEST_TIMEOUT_MS: '5000', DB_POOL_SIZE: '5', SHUTDOWN_GRACE_MS: '3000' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: FaultCluster;
let hub: HubProcess;
let input: { donorOrganisationId: string; campaignId: string };
const tokens = new Map<string, string>();
const report: Array<Record<string, unknown>> = [];
/** Every hub process started, for their logs. */
const hubsStarted: HubProcess[] = [];
const launch = async (port?: number) => {
  const h = await startHub({ databaseUrl: cluster.url('tongxin'), port, env: HUB_ENV });
  hubsStarted.push(h);
  return h;
};

async function login(h: HubProcess): Promise<WriteTarget> {
  const res = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($p: String!) { login(input: { username: "hub.admin", password: $p }) { accessToken } }`,
      variables: { p: PASSWORD },
    }),
  });
  const body = (await res.json()) as { data: { login: { accessToken: string } } };
  tokens.set(h.url, body.data.login.accessToken);
  return { url: h.url, token: body.data.login.accessToken };
}

const target = (h: HubProcess): WriteTarget => ({ url: h.url, token: tokens.get(h.url)! });

/** Runs `fault` under writers; `fault` returns when the database (or hub) is back, with that time. */
async function drill(
  name: string,
  targets: () => WriteTarget[],
  fault: () => Promise<number>,
): Promise<{ writers: Writers; backAt: number; recoveryMs: number | undefined }> {
  const started = Date.now();
  const writers = new Writers(targets, input, 4);
  writers.start();
  await sleep(2_000);
  const ackedBefore = writers.acked.size;
  const backAt = await fault();
  // Writes keep going until one is acknowledged after the recovery (or clearly not), then for a
  // few seconds more, so the recovered state is written to as well.
  for (let i = 0; i < 200 && writers.firstAckAfter(backAt) === undefined; i++) await sleep(100);
  await sleep(3_000);
  await writers.stop();
  const firstAck = writers.firstAckAfter(backAt);
  const recoveryMs = firstAck === undefined ? undefined : firstAck - backAt;
  const codes = new Map<string, number>();
  for (const f of writers.failures) {
    const k = f.status === null ? `no answer (${f.network})` : `${f.status} ${f.code ?? '?'}`;
    codes.set(k, (codes.get(k) ?? 0) + 1);
  }
  report.push({
    drill: name,
    acknowledged: writers.acked.size,
    ackedBeforeFault: ackedBefore,
    keys: writers.attempted.size,
    failures: Object.fromEntries(codes),
    recoveryMs,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });
  expect(ackedBefore, 'writes were acknowledged before the fault').toBeGreaterThan(0);
  return { writers, backAt, recoveryMs };
}

/** Every acknowledged key made exactly one donation, with one audit entry; no key made two. */
async function expectLedger(writers: Writers) {
  const client = new pg.Client({ connectionString: cluster.url('tongxin') });
  await client.connect();
  try {
    const keys = [...writers.attempted];
    const { rows } = await client.query<{ key: string; ids: string[] }>(
      `SELECT donor_name AS key, array_agg(id::text) AS ids FROM donation WHERE donor_name = ANY($1) GROUP BY donor_name`,
      [keys],
    );
    const byKey = new Map(rows.map((r) => [r.key, r.ids]));
    const problems: string[] = [];
    for (const key of keys) {
      const ids = byKey.get(key) ?? [];
      const acked = writers.acked.get(key);
      if (acked && (ids.length !== 1 || toGlobalId('Donation', ids[0]) !== acked))
        problems.push(`acknowledged ${key} as ${acked}, the database has ${ids.length} rows: ${ids.join(', ')}`);
      if (!acked && ids.length > 1) problems.push(`unacknowledged ${key} made ${ids.length} rows`);
    }
    const ackedIds = [...writers.acked.values()].map((g) => fromGlobalId(g).id);
    const audit = await client.query<{ id: string; n: number }>(
      `SELECT d.id::text, (SELECT count(*)::int FROM audit_log a WHERE a.action = 'RECORD_DONATION'
          AND a.record_type = 'Donation' AND a.record_id = d.id) AS n
         FROM donation d WHERE d.id = ANY($1::bigint[])`,
      [ackedIds],
    );
    for (const r of audit.rows) if (r.n !== 1) problems.push(`donation ${r.id} has ${r.n} audit entries`);
    expect.soft(problems).toEqual([]);
    expect.soft(audit.rows).toHaveLength(writers.acked.size);
  } finally {
    await client.end();
  }
}

/** Every answer that was not a success says, in a code, that the write can be sent again. */
function expectRetryable(failures: Failure[], noAnswerAllowed: (f: Failure) => boolean = () => false) {
  const wrong = failures
    .filter((f) =>
      f.status === null
        ? !noAnswerAllowed(f)
        : !(
            f.retryable === true &&
            RETRYABLE_CODES.includes(String(f.code)) &&
            !!f.requestId &&
            (f.status !== 503 || !!f.retryAfter)
          ),
    )
    .map((f) => ({
      status: f.status,
      code: f.code,
      message: f.message,
      retryable: f.retryable,
      retryAfter: f.retryAfter,
      network: f.network,
    }));
  const distinct = [...new Set(wrong.map((w) => JSON.stringify(w)))];
  expect.soft(distinct, `${wrong.length} failed answers without a retryable code`).toEqual([]);
}

function expectRecovered(recoveryMs: number | undefined) {
  expect.soft(recoveryMs, 'a write was acknowledged after the recovery').toBeDefined();
  expect.soft(recoveryMs ?? Infinity, 'writes again within 5 s').toBeLessThan(RECOVERY_LIMIT_MS);
}

beforeAll(async () => {
  ensureServerBuilt();
  cluster = await FaultCluster.create();
  await cluster.createDatabase('tongxin');
  const ds = createDataSource({ url: cluster.url('tongxin') });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  const pool = new pg.Pool({ connectionString: cluster.url('tongxin'), max: 2 });
  await seedDemo(pool, { scale: 0.05 });
  await seedDemoAccounts(pool, PASSWORD);
  const [c] = (
    await pool.query<{ id: string; lead_organisation_id: string }>(
      `SELECT id, lead_organisation_id FROM campaign ORDER BY id LIMIT 1`,
    )
  ).rows;
  await pool.end();
  input = {
    donorOrganisationId: toGlobalId('Organisation', c.lead_organisation_id),
    campaignId: toGlobalId('Campaign', c.id),
  };
  hub = await launch();
  await login(hub);
}, 300_000);

afterAll(async () => {
  console.log(`fault suite:\n${report.map((r) => `  ${JSON.stringify(r)}`).join('\n')}`);
  // What the hub logged as unexpected, to find why an answer was not retryable.
  const unexpected = hubsStarted.flatMap((h) => h.errors).slice(-5);
  if (unexpected.length) console.log(`the hubs' last errors:\n${unexpected.join('\n')}`);
  if (hub && hub.child.exitCode === null) await hub.stop();
  await cluster?.destroy();
});

describe('PostgreSQL faults under write load', () => {
  it('restarted: no acknowledged write lost or doubled, failures retryable, writes again within 5 s', async () => {
    const { writers, recoveryMs } = await drill(
      'postgres restarted',
      () => [target(hub)],
      async () => {
        await cluster.restart();
        return Date.now();
      },
    );
    expect(hub.child.exitCode, 'the hub stayed up').toBeNull();
    await expectLedger(writers);
    expectRetryable(writers.failures);
    expectRecovered(recoveryMs);
  });

  it('stopped for 10 s: the same', async () => {
    const { writers, recoveryMs } = await drill(
      'postgres stopped 10 s',
      () => [target(hub)],
      async () => {
        await cluster.stop();
        await sleep(10_000);
        await cluster.start();
        return Date.now();
      },
    );
    expect(hub.child.exitCode, 'the hub stayed up').toBeNull();
    expect(writers.failures.length, 'the outage was felt').toBeGreaterThan(0);
    await expectLedger(writers);
    expectRetryable(writers.failures);
    expectRecovered(recoveryMs);
  });

  it('frozen (SIGSTOP) for 20 s: the same', async () => {
    const { writers, recoveryMs } = await drill(
      'postgres frozen 20 s',
      () => [target(hub)],
      async () => {
        cluster.freeze();
        await sleep(20_000);
        cluster.thaw();
        return Date.now();
      },
    );
    expect(hub.child.exitCode, 'the hub stayed up').toBeNull();
    expect(writers.failures.length, 'the outage was felt').toBeGreaterThan(0);
    await expectLedger(writers);
    expectRetryable(writers.failures);
    expectRecovered(recoveryMs);
  });
});

describe('hub faults under write load', () => {
  it('killed (SIGKILL) mid-write and restarted: no acknowledged write lost or doubled', async () => {
    const port = hub.port;
    let killedAt = 0;
    const { writers, backAt, recoveryMs } = await drill(
      'hub killed and restarted',
      () => [target(hub)],
      async () => {
        killedAt = Date.now();
        hub.child.kill('SIGKILL');
        await hub.exited;
        hub = await launch(port);
        return Date.now();
      },
    );
    await expectLedger(writers);
    // Requests cut by the kill, and those sent while no process listened, had nobody to answer
    // them; every answer given was retryable.
    expectRetryable(writers.failures, (f) => f.endedAt >= killedAt && f.at < backAt);
    expectRecovered(recoveryMs);
  });

  it('two replicas behind one address, one killed: the other carries the writes on', async () => {
    const second = await launch();
    tokens.set(second.url, tokens.get(hub.url)!); // one signing key: a token is good on every replica
    const { writers, backAt, recoveryMs } = await drill(
      'two replicas, one killed',
      () => [target(hub), target(second)],
      async () => {
        second.child.kill('SIGKILL');
        await second.exited;
        return Date.now();
      },
    );
    await expectLedger(writers);
    // Only the killed replica may leave a request unanswered (those in flight, and those sent to it after).
    expectRetryable(writers.failures, (f) => f.target === second.url);
    expectRecovered(recoveryMs);
    expect(writers.ackTimes.filter((t) => t >= backAt).length, 'the survivor acknowledged writes').toBeGreaterThan(5);
    expect(hub.child.exitCode, 'the surviving replica stayed up').toBeNull();
  });
});
