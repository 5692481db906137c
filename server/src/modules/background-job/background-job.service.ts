// The owner's view of background jobs (read, list, ask to stop) and the steps every handler takes:
// start, report progress in the transaction of the work it counts, finish. Which code runs a kind of
// job is registered here; what drives the handlers (when, retries, restarts) is the job runner's.
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Context } from '../../context/context';
import { createContext } from '../../context/context';
import type { AuthRuntime } from '../../auth/runtime';
import type { ScopeTables } from '../../auth/scope';
import { loadViewer } from '../../auth/viewer';
import { notFound } from '../../common/errors';
import { dbId } from '../../common/node';
import { AuditService } from '../audit/audit.service';
import { BackgroundJob, BackgroundJobKind, BackgroundJobStatus, FINISHED } from './background-job.entity';

/** What a handler needs outside any request: the database itself (not a request's), a logger, auth. */
export interface JobEnv {
  db: DataSource;
  log: Logger;
  auth: AuthRuntime;
  /** The registry's row scope (modules/index.ts), passed in to keep this module out of an import cycle. */
  scopeTables: ScopeTables;
  /** Hours a result file is kept (JOB_RESULT_TTL_H). */
  resultTtlHours: number;
  now?: () => Date;
}

export type JobHandler = (env: JobEnv, job: BackgroundJob) => Promise<void>;

const handlers = new Map<BackgroundJobKind, JobHandler>();

/** Each kind's module registers the code that runs its jobs. */
export function registerJobHandler(kind: BackgroundJobKind, handler: JobHandler): void {
  handlers.set(kind, handler);
}

/** The job stopped because its owner asked: the handler returns after recording it. */
export class JobCancelled extends Error {}

export class BackgroundJobService {
  private readonly audit = new AuditService();

  /** The viewer's own job; anyone else's does not exist for it. */
  async get(ctx: Context, id: string): Promise<BackgroundJob> {
    const jobId = dbId(id, 'BackgroundJob', 'id');
    const job = await ctx.db.getRepository(BackgroundJob).findOneBy({ id: jobId });
    if (!job || job.ownerAccountId !== ctx.viewer?.accountId) throw notFound('BackgroundJob');
    return job;
  }

  listMine(ctx: Context, first: number): Promise<BackgroundJob[]> {
    return ctx.db
      .getRepository(BackgroundJob)
      .find({ where: { ownerAccountId: ctx.viewer!.accountId }, order: { id: 'DESC' }, take: first });
  }

  /** Asks a queued or running job to stop; it stops between batches (what is done stays done). */
  async cancel(ctx: Context, id: string): Promise<BackgroundJob> {
    const job = await this.get(ctx, id);
    return ctx.db.transaction(async (m) => {
      const locked = await m.findOneOrFail(BackgroundJob, {
        where: { id: job.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (FINISHED.includes(locked.status) || locked.cancelRequested) return locked;
      const queued = locked.status === BackgroundJobStatus.QUEUED;
      await m.update(
        BackgroundJob,
        { id: job.id },
        queued
          ? { cancelRequested: true, status: BackgroundJobStatus.CANCELLED, finishedAt: ctx.now() }
          : { cancelRequested: true },
      );
      await this.audit.write(ctx, m, {
        action: 'CANCEL_BACKGROUND_JOB',
        recordType: 'BackgroundJob',
        recordId: job.id,
        before: { status: locked.status },
      });
      return m.findOneByOrFail(BackgroundJob, { id: job.id });
    });
  }

  /** The result file, while it is kept. */
  async resultFile(ctx: Context, id: string): Promise<{ file: Buffer; name: string; mime: string } | null> {
    const job = await this.get(ctx, id);
    const row = await ctx.db
      .getRepository(BackgroundJob)
      .createQueryBuilder('j')
      .addSelect('j.resultFile')
      .where('j.id = :id', { id: job.id })
      .getOneOrFail();
    if (!row.resultFile || (row.resultExpiresAt && row.resultExpiresAt < ctx.now())) return null;
    return {
      file: row.resultFile,
      name: row.resultFileName ?? 'result',
      mime: row.resultMime ?? 'application/octet-stream',
    };
  }
}

/**
 * A new job for the viewer, created in the caller's transaction and handed to the job runner in the
 * same one: the job exists, and will run, exactly when the write that asks for it commits.
 */
export async function createJob(
  ctx: Context,
  m: EntityManager,
  kind: BackgroundJobKind,
  total: number,
  payload: Record<string, unknown>,
): Promise<BackgroundJob> {
  if (!ctx.jobs)
    throw new GraphQLError('Background jobs are not running.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  const job = await m.save(m.create(BackgroundJob, { kind, ownerAccountId: ctx.viewer!.accountId, total, payload }));
  await ctx.jobs.enqueue('background-job', { backgroundJobId: job.id }, { tx: m });
  return job;
}

/**
 * Runs job `id` with its kind's handler; a finished or cancelled job is left alone (a redelivery).
 * A failure is thrown on for the runner to retry; only the last attempt marks the job FAILED.
 */
export async function runJob(env: JobEnv, id: string, lastAttempt: boolean): Promise<void> {
  const repo = env.db.getRepository(BackgroundJob);
  const job = await repo.findOneBy({ id });
  if (!job || FINISHED.includes(job.status)) return;
  const handler = handlers.get(job.kind);
  if (!handler) throw new Error(`no handler for ${job.kind} jobs`);
  const now = () => env.now?.() ?? new Date();
  await repo.update({ id }, { status: BackgroundJobStatus.RUNNING, startedAt: job.startedAt ?? now() });
  try {
    await handler(env, { ...job, status: BackgroundJobStatus.RUNNING } as BackgroundJob);
  } catch (err) {
    if (err instanceof JobCancelled) return;
    if (lastAttempt)
      await repo.update({ id }, { status: BackgroundJobStatus.FAILED, error: 'jobFailed', finishedAt: now() });
    throw err;
  }
}

/** The context a job acts in: its owner's roles as they are now, so scope is checked again. */
export async function jobContext(env: JobEnv, job: BackgroundJob): Promise<Context | null> {
  const viewer = await loadViewer(env.db, job.ownerAccountId);
  if (!viewer) return null;
  return createContext(env.db, `job-${job.id}`, env.log, env.auth, env.scopeTables, viewer, { now: env.now });
}

/**
 * Locks the job for one unit of work and says where it stands: the count done (the offset to go on
 * from), the counts so far, whether its owner asked it to stop, whether another runner finished it.
 */
export async function lockProgress(
  m: EntityManager,
  id: string,
): Promise<{ done: number; cancel: boolean; status: BackgroundJobStatus; result: Record<string, number> | null }> {
  const [row] = await m.query<
    Array<{ done: number; cancel: boolean; status: BackgroundJobStatus; result: Record<string, number> | null }>
  >(`SELECT done, cancel_requested AS cancel, status, result FROM background_job WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

/** Progress of one unit, in the transaction that did the work: a crash loses both or neither. */
export async function recordProgress(
  m: EntityManager,
  id: string,
  done: number,
  result: Record<string, number>,
): Promise<void> {
  await m.update(BackgroundJob, { id }, { done, result });
}

/** The job's end, in the transaction of its last write (and its closing audit entry). */
export async function finishJob(
  env: JobEnv,
  m: EntityManager,
  id: string,
  status: BackgroundJobStatus,
  fields: Partial<Pick<BackgroundJob, 'result' | 'error' | 'resultFile' | 'resultFileName' | 'resultMime'>> = {},
): Promise<void> {
  const now = env.now?.() ?? new Date();
  const expires = fields.resultFile ? new Date(now.getTime() + env.resultTtlHours * 3_600_000) : null;
  await m.update(BackgroundJob, { id }, { ...fields, status, finishedAt: now, resultExpiresAt: expires });
}

/** Drops result files past their time (the hourly `background-job-sweep`). */
export async function expireResults(db: DataSource, now = new Date()): Promise<number> {
  const res = await db.query<[unknown, number]>(
    `UPDATE background_job SET result_file = NULL WHERE result_file IS NOT NULL AND result_expires_at < $1`,
    [now],
  );
  return res[1];
}
