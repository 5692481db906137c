// The durable job runner (#15.1): a job enqueued in a transaction exists only if it commits, runs
// exactly once however many runners share the database, is retried with backoff, survives a
// restart, and a singleton key drops duplicates.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { JobRunner } from '../src/jobs';
import { loadConfig } from '../src/config';
import { createTestDatabase, type TestDatabase } from './helpers/database';

declare module '../src/jobs/job-types' {
  interface JobTypes {
    'test.probe': { key: string };
    'test.flaky': { key: string };
  }
}

let t: TestDatabase;
const pools: DataSource[] = [];
const runners: JobRunner[] = [];
const log = pino({ level: 'silent' });
const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => t.db.query<T[]>(q, p);

/** A runner on a pool of its own, as another hub or worker process would have. */
async function runner(name: string, work = true): Promise<JobRunner> {
  const db = createDataSource({ url: t.url, poolSize: 2 });
  await db.initialize();
  pools.push(db);
  const r = new JobRunner({ url: t.url, db, log, work, pollingIntervalSeconds: 0.5, stopTimeoutMs: 1000 });
  r.register(
    'test.probe',
    async ({ key }, jc) => {
      await jc.db.query(`INSERT INTO job_probe (key, runner) VALUES ($1, $2)`, [key, name]);
    },
    { retryDelay: 1 },
  );
  r.register(
    'test.flaky',
    async ({ key }, jc) => {
      await jc.db.query(`INSERT INTO job_probe (key, runner) VALUES ($1, $2)`, [`${key}#${jc.retryCount}`, name]);
      if (jc.retryCount < 2) throw new Error('not yet');
    },
    { retryDelay: 1, retryBackoff: true, retryLimit: 3 },
  );
  await r.start();
  runners.push(r);
  return r;
}

async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const probes = (prefix: string) =>
  sql<{ key: string; n: number }>(
    `SELECT key, count(*)::int AS n FROM job_probe WHERE key LIKE $1 GROUP BY key ORDER BY key`,
    [`${prefix}%`],
  );

beforeAll(async () => {
  t = await createTestDatabase('jobs');
  await sql(`CREATE TABLE job_probe (key text NOT NULL, runner text NOT NULL)`);
});

afterAll(async () => {
  for (const r of runners) await r.stop();
  for (const p of pools) await p.destroy();
  await t?.drop();
});

describe('job runner', () => {
  it('runs each job exactly once across two runners', async () => {
    const a = await runner('a');
    await runner('b');
    for (let i = 0; i < 12; i++) await a.enqueue('test.probe', { key: `once-${String(i).padStart(2, '0')}` });
    const rows = await until(
      () => probes('once-'),
      (r) => r.length === 12,
    );
    // Let a second delivery, if there were one, land before counting.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await probes('once-')).toEqual(rows);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('writes a job with the transaction: rolled back, it never runs; committed, it does', async () => {
    const [a] = runners;
    await pools[0]
      .transaction(async (tx) => {
        await a.enqueue('test.probe', { key: 'tx-rolled-back' }, { tx });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await pools[0].transaction(async (tx) => {
      await a.enqueue('test.probe', { key: 'tx-committed' }, { tx });
    });
    await until(
      () => probes('tx-'),
      (r) => r.length > 0,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await probes('tx-')).toEqual([{ key: 'tx-committed', n: 1 }]);
  });

  it('drops a duplicate with the same singleton key', async () => {
    const [a] = runners;
    const first = await a.enqueue('test.probe', { key: 'dedup' }, { singletonKey: 'dedup', singletonSeconds: 60 });
    const second = await a.enqueue('test.probe', { key: 'dedup' }, { singletonKey: 'dedup', singletonSeconds: 60 });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    await until(
      () => probes('dedup'),
      (r) => r.length > 0,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await probes('dedup')).toEqual([{ key: 'dedup', n: 1 }]);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const [a] = runners;
    await a.enqueue('test.flaky', { key: 'flaky' });
    const rows = await until(
      () => probes('flaky'),
      (r) => r.length === 3,
    );
    expect(rows).toEqual([
      { key: 'flaky#0', n: 1 },
      { key: 'flaky#1', n: 1 },
      { key: 'flaky#2', n: 1 },
    ]);
    const [job] = await sql<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM pgboss.job WHERE name = 'test.flaky'`,
    );
    expect(job).toEqual({ state: 'completed', retry_count: 2 });
  });

  it('keeps a job enqueued while no runner works, and runs it after a restart', async () => {
    for (const r of runners.splice(0)) await r.stop();
    const enqueuer = await runner('enqueuer', false);
    await enqueuer.enqueue('test.probe', { key: 'restart' });
    await new Promise((r) => setTimeout(r, 1200));
    expect(await probes('restart')).toEqual([]);
    await enqueuer.stop();
    runners.splice(runners.indexOf(enqueuer), 1);
    await runner('after-restart');
    const rows = await until(
      () => sql<{ key: string; runner: string }>(`SELECT key, runner FROM job_probe WHERE key = 'restart'`),
      (r) => r.length > 0,
    );
    expect(rows).toEqual([{ key: 'restart', runner: 'after-restart' }]);
  });

  it('stores a cron schedule once however many runners declare it', async () => {
    const db = pools[0];
    const make = () => {
      const r = new JobRunner({ url: t.url, db, log, work: true, pollingIntervalSeconds: 0.5, stopTimeoutMs: 1000 });
      r.register('test.probe', async () => undefined, { cron: '0 9 * * *' });
      return r;
    };
    const x = make();
    const y = make();
    await Promise.all([x.start(), y.start()]);
    runners.push(x, y);
    expect(await sql(`SELECT name, cron, options->>'tz' AS tz FROM pgboss.schedule`)).toEqual([
      { name: 'test.probe', cron: '0 9 * * *', tz: 'Asia/Shanghai' },
    ]);
  });
});

describe('WORKER', () => {
  it('is on by default, and a worker without HTTP needs the database the hub uses', () => {
    expect(loadConfig({}).WORKER).toBe('on');
    expect(loadConfig({ WORKER: 'off' }).WORKER).toBe('off');
    expect(loadConfig({ WORKER: 'only', DATABASE_URL: 'postgres://x@h/db' }).WORKER).toBe('only');
    expect(() => loadConfig({ WORKER: 'only' })).toThrow(/WORKER: `only` needs DATABASE_URL/);
    expect(() => loadConfig({ WORKER: 'both' })).toThrow(/WORKER/);
  });
});
