// The durable job runner: pg-boss queues in the hub's own PostgreSQL (schema `pgboss`), so a job
// enqueued inside a transaction exists only if that transaction commits, runs once however many
// hubs and workers share the database, is retried with backoff, and survives a restart.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobName, JobTypes } from './job-types';

/** What a handler gets besides its payload. */
export interface JobContext {
  db: DataSource;
  log: Logger;
  /** The business clock (tests move it). */
  now: () => Date;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** Enqueue follow-up jobs (after this one, in their own transaction or in `tx`). */
  jobs: JobQueue;
}

export type JobHandler<N extends JobName> = (data: JobTypes[N], jc: JobContext) => Promise<void>;

export interface JobDefinition {
  /**
   * How a queue treats jobs with the same singleton key: `standard` keeps them all, `short` at most
   * one waiting, `singleton` at most one running, `stately` at most one waiting and one running.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** Retries after the first attempt fails (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry (default 10); doubled each time with `retryBackoff`. */
  retryDelay?: number;
  /** Exponential backoff between retries (default true). */
  retryBackoff?: boolean;
  /** A running job not finished after this is failed (and retried): default 5 minutes. */
  expireInSeconds?: number;
  /** Run at these times (cron, five fields) in `tz` (default Asia/Shanghai), with this payload. */
  cron?: string;
  cronData?: object;
  tz?: string;
}

export interface EnqueueOptions {
  /** Write the job in this transaction: it exists only if the transaction commits. */
  tx?: EntityManager;
  /** With the queue's policy (or `singletonSeconds`) at most one job per key. */
  singletonKey?: string;
  /** One job per key within each window of this many seconds. */
  singletonSeconds?: number;
  startAfter?: Date;
}

/** Enqueuing only: what services and handlers see of the runner. */
export interface JobQueue {
  /** The job's id, or null when a singleton key dropped it as a duplicate. */
  enqueue<N extends JobName>(name: N, data: JobTypes[N], opts?: EnqueueOptions): Promise<string | null>;
}

export interface JobRunnerOptions {
  /** The PostgreSQL the hub uses; the runner keeps its own small pool to it. */
  url: string;
  db: DataSource;
  log: Logger;
  /** Fetch and run jobs and fire schedules (false: only enqueue, `WORKER=off`). */
  work: boolean;
  now?: () => Date;
  /** How often an idle worker looks for jobs, in seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Connections of the runner's own pool. */
  poolSize?: number;
  /** How long `stop()` waits for running jobs before failing them for a retry elsewhere. */
  stopTimeoutMs?: number;
}

const runners = new WeakMap<DataSource, JobRunner>();

/** The started runner of this data source: how code holding only a transaction enqueues. */
export function jobsOf(db: DataSource): JobQueue | undefined {
  return runners.get(db);
}

/** Runs the statements pg-boss sends inside a TypeORM transaction. */
function inTransaction(tx: EntityManager): PgBoss.Db {
  const qr = tx.queryRunner;
  if (!qr?.isTransactionActive) throw new Error('enqueue({ tx }) needs a manager inside a transaction');
  return {
    executeSql: async (text, values) => {
      const r = await qr.query(text, values, true);
      return { rows: (r.records ?? []) as unknown[] as never[] };
    },
  };
}

export class JobRunner implements JobQueue {
  private readonly boss: PgBoss;
  private readonly defs = new Map<string, { def: JobDefinition; handler: JobHandler<never> }>();
  private started = false;

  constructor(private readonly opts: JobRunnerOptions) {
    this.boss = new PgBoss({
      connectionString: opts.url,
      schema: 'pgboss',
      application_name: 'tongxin-jobs',
      max: opts.poolSize ?? 3,
      // Maintenance (expiry, archiving) and the cron clock run only where jobs run.
      supervise: opts.work,
      schedule: opts.work,
      migrate: true,
    });
    this.boss.on('error', (err) => opts.log.error({ err }, 'job runner error'));
  }

  /** Declares a job and its handler; before `start()`. */
  register<N extends JobName>(name: N, handler: JobHandler<N>, def: JobDefinition = {}): this {
    if (this.started) throw new Error(`job ${name} registered after start`);
    if (this.defs.has(name)) throw new Error(`job ${name} registered twice`);
    this.defs.set(name, { def, handler });
    return this;
  }

  async start(): Promise<void> {
    await this.boss.start();
    // Runners starting together on a fresh database deadlock creating the queues (each queue is a
    // partition of pg-boss's job table): they take turns, holding a lock of the database meanwhile.
    const turn = this.opts.db.createQueryRunner();
    await turn.connect();
    try {
      await turn.query(`SELECT pg_advisory_lock(hashtext('tongxin:job-queues'))`);
      for (const [name, { def }] of this.defs) {
        const queue = {
          name,
          policy: def.policy ?? 'standard',
          retryLimit: def.retryLimit ?? 5,
          retryDelay: def.retryDelay ?? 10,
          retryBackoff: def.retryBackoff ?? true,
          expireInSeconds: def.expireInSeconds ?? 300,
        };
        if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queue);
        else await this.boss.createQueue(name, queue);
      }
    } finally {
      await turn.query(`SELECT pg_advisory_unlock(hashtext('tongxin:job-queues'))`).catch(() => undefined);
      await turn.release();
    }
    this.started = true;
    runners.set(this.opts.db, this);
    if (!this.opts.work) return;
    for (const [name, { def, handler }] of this.defs) {
      if (def.cron) await this.boss.schedule(name, def.cron, def.cronData ?? {}, { tz: def.tz ?? 'Asia/Shanghai' });
      await this.boss.work<object>(
        name,
        { pollingIntervalSeconds: this.opts.pollingIntervalSeconds ?? 2, batchSize: 1, includeMetadata: true },
        async ([job]) => {
          const log = this.opts.log.child({ job: name, jobId: job.id });
          try {
            await handler(job.data as never, {
              db: this.opts.db,
              log,
              now: this.opts.now ?? (() => new Date()),
              jobId: job.id,
              retryCount: job.retryCount,
              jobs: this,
            });
          } catch (err) {
            log.warn({ err, retryCount: job.retryCount }, 'job failed');
            throw err;
          }
        },
      );
    }
  }

  async enqueue<N extends JobName>(name: N, data: JobTypes[N], opts: EnqueueOptions = {}): Promise<string | null> {
    if (!this.defs.has(name)) throw new Error(`job ${name} is not registered`);
    return this.boss.send(name, data as object, {
      singletonKey: opts.singletonKey,
      singletonSeconds: opts.singletonSeconds,
      startAfter: opts.startAfter,
      ...(opts.tx ? { db: inTransaction(opts.tx) } : {}),
    });
  }

  /** Runs a job's handler now, in this process, as its schedule would (tests, the admin CLI). */
  async runNow<N extends JobName>(name: N, data: JobTypes[N]): Promise<void> {
    const entry = this.defs.get(name);
    if (!entry) throw new Error(`job ${name} is not registered`);
    await entry.handler(data as never, {
      db: this.opts.db,
      log: this.opts.log.child({ job: name }),
      now: this.opts.now ?? (() => new Date()),
      jobId: 'inline',
      retryCount: 0,
      jobs: this,
    });
  }

  /**
   * Stops fetching, waits up to `stopTimeoutMs` for running jobs (those still running are failed and
   * retried by another runner), then closes the pool.
   */
  async stop(): Promise<void> {
    if (runners.get(this.opts.db) === this) runners.delete(this.opts.db);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: this.opts.stopTimeoutMs ?? 10_000 });
  }
}
